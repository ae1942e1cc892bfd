// Codes of the PDDL front end: reading, lowering and linting domains and problems.
codes! { PDDL;
PDDL_UNCLOSED_PAREN = "pddl/unclosed-paren", Error, "an opening parenthesis is never closed",
    what: "A `(` has no matching `)` before the end of the file. The diagnostic points at the `(` that never closes; when the structure shows where the `)` is most likely missing (a section or `:effect` nested where it cannot be), a second diagnostic points there.",
    why: "Every PDDL planner and validator rejects the file. An unclosed list also swallows whatever follows it, so later sections silently end up in the wrong place.",
    example: "(:action pick-up\n  :parameters (?x)\n  :precondition (and (clear ?x) (handempty)\n  :effect (holding ?x))",
    fix: "Add the missing `)` where the list should end (above: after `(handempty)`).";
PDDL_UNEXPECTED_CLOSE_PAREN = "pddl/unexpected-close-paren", Error, "a `)` closes nothing",
    what: "A `)` appears when no list is open: the file has more closing than opening parentheses.",
    why: "Planners stop reading at this point or reject the file; everything after it is ignored or misread.",
    example: "(define (domain d) (:predicates (p)))\n)",
    fix: "Delete the stray `)`, or add the `(` it was meant to close.";
PDDL_EXPECTED_DEFINE = "pddl/expected-define", Error, "the file is not a `(define (domain …) …)` or `(define (problem …) …)`",
    what: "The file is not a `(define (domain NAME) …)` or `(define (problem NAME) …)` form: it is empty, its `define` is not followed by `(domain NAME)` or `(problem NAME)`, or there is text (prose, Markdown fences) before or after the `(define …)` form. Each run of such text is one diagnostic.",
    why: "Nothing else is a PDDL file; the input may be empty, a plan, or a model's answer with prose around the PDDL.",
    example: "Here is the domain:\n```pddl\n(define (domain blocks) …)\n```",
    fix: "Remove everything before `(define` and after its closing `)` (the fix does), and make the first element `(domain NAME)` or `(problem NAME)`.";
PDDL_WRONG_FILE_KIND = "pddl/wrong-file-kind", Error, "a problem was given where a domain was expected, or the reverse",
    what: "The file passed as the domain defines a problem (or the file passed as the problem defines a domain).",
    why: "Arguments in the wrong order are a common slip; nothing can be checked until they are swapped.",
    example: "herbrand pddl p01.pddl domain.pddl",
    fix: "Pass the domain first and the problem second.";
PDDL_SYNTAX_ERROR = "pddl/syntax-error", Error, "a PDDL form does not have the expected shape",
    what: "A form is not what PDDL allows at this place: a name where a list is expected, a missing name, a malformed parameter list, a number that is not a number, and habits from programming languages such as commas between items, `(= (clear ?x) true)` or `(not clear ?x)`. The message says what was expected and what was found; where the intent is clear, herbrand reads the form as meant and checks the rest.",
    why: "Planners reject the file, usually with a less specific message.",
    example: "(:action move :parameters ?x ?y …)   ; parameters must be a list",
    fix: "Rewrite the form as the message says: here `:parameters (?x ?y)`.";
PDDL_BARE_FUNCTION = "pddl/bare-function", Warning, "a function used without parentheses",
    what: "A zero-argument function (numeric fluent) is written as a bare name, `total-cost`, instead of being applied, `(total-cost)`. herbrand reads it as the application.",
    why: "PDDL's grammar requires the parentheses; VAL and some planners accept the bare name, others reject the file.",
    example: "(at end (increase total-fuel-used (* (distance ?c1 ?c2) (slow-burn ?a))))",
    fix: "Write the function in parentheses: `(increase (total-fuel-used) …)`.";
PDDL_UNKNOWN_SECTION = "pddl/unknown-section", Error, "an unknown `:keyword`",
    what: "A section of a domain or problem, or a field of an action, starts with a keyword PDDL does not define (often a misspelling such as `:predicate` or `:precondtion`).",
    why: "Planners reject the file or ignore the section; a misspelled `:precondition` turns into an action that is always applicable.",
    example: "(:action pick-up :parameters (?x) :precondtion (clear ?x) :effect (holding ?x))",
    fix: "Use the keyword suggested in the help (here `:precondition`). herbrand checks the section as if it had the suggested keyword, so what follows is still checked.";
PDDL_MISPLACED_SECTION = "pddl/misplaced-section", Error, "a section or keyword appears inside another one",
    what: "A section (`(:action …)`, `(:predicates …)`, …) or an action keyword (`:effect`, `:precondition`) appears nested inside a form where it cannot be — almost always a missing `)` just before it — or a section comes after the end of the `(define …)` form because a `)` too many closed it early. Either way the section is still read where it belongs.",
    why: "The parenthesis structure no longer says what the author meant; the following sections are read as part of the previous one.",
    example: "  :precondition (and (clear ?x) (handempty)\n  :effect (holding ?x))",
    fix: "Add the missing `)` at the end of the previous form (the help says where).";
PDDL_DUPLICATE_SECTION = "pddl/duplicate-section", Warning, "a section appears twice",
    what: "The same section (`:predicates`, `:init`, `:goal`, …) or action field appears more than once.",
    why: "Some planners keep the first, others the last, others reject the file. herbrand merges lists and keeps the first formula.",
    example: "(:predicates (on ?x ?y)) (:predicates (clear ?x))",
    fix: "Merge the two sections into one.";
PDDL_UNKNOWN_REQUIREMENT = "pddl/unknown-requirement", Error, "a requirement flag PDDL does not define",
    what: "A `:requirements` entry is not one of PDDL's requirement flags.",
    why: "Planners refuse files with requirements they do not know.",
    example: "(:requirements :strips :typed)",
    fix: "Use the flag suggested in the help (here `:typing`), or remove it. herbrand checks the file as if the suggested flag were declared.";
PDDL_MISSING_REQUIREMENT = "pddl/missing-requirement", Warning, "a feature is used without declaring its requirement",
    what: "The domain or problem uses a feature (types, negative preconditions, conditional effects, numeric fluents, …) whose requirement flag is not declared. Flags declared in the problem count; `(total-cost)` and the static functions added to it need only `:action-costs`.",
    why: "Strict planners reject such files, lenient ones accept them; declaring the flag makes the file portable.",
    example: "(:requirements :strips)  ; but an action uses (not (clear ?x)) in its precondition",
    fix: "Add the flag named in the message to `:requirements`.";
PDDL_NOT_YET_VERIFIED = "pddl/not-yet-verified", Warning, "a construct is parsed but not verified",
    what: "The file uses a construct that `herbrand pddl` reads and lints but does not evaluate: PDDL3 `:constraints` and preferences (which `herbrand plan` checks against a plan), continuous effects (not evaluated yet).",
    why: "A `valid` verdict of `herbrand pddl` says the file is well-formed, not that the constraints can be met; validate a plan to check them.",
    example: "(:constraints (always (clear a)))",
    fix: "Nothing to fix in the file; check that construct with another tool until herbrand supports it.";
PDDL_UNDEFINED_TYPE = "pddl/undefined-type", Error, "a type that is not declared in `:types`",
    what: "A parameter, constant, object or `either` list names a type that is not declared in the domain's `:types` (nor the built-in `object`). A type named only as a parent in `:types` (`truck - vehicle` without declaring `vehicle`) counts as declared, a subtype of `object`, unless it is a near miss of a declared type (`truck - vehical`).",
    why: "Planners reject the file; objects of an unknown type match no action parameter.",
    example: "(:types block)\n(:action pick-up :parameters (?x - blok) …)",
    fix: "Use a declared type (the help suggests the nearest name) or declare the type.";
PDDL_UNDEFINED_PREDICATE = "pddl/undefined-predicate", Error, "a predicate that is not declared",
    what: "A formula, effect, init or goal uses a predicate that is not declared in `:predicates` (nor defined by `:derived`).",
    why: "Planners reject the file; LLMs often invent a predicate or misspell a declared one.",
    example: "(:predicates (on ?x ?y) (clear ?x))\n… :precondition (on-top ?x ?y)",
    fix: "Use the declared predicate suggested in the help, or declare the new predicate.";
PDDL_UNDEFINED_FUNCTION = "pddl/undefined-function", Error, "a numeric function that is not declared",
    what: "A numeric expression or effect uses a function (fluent) that is not declared in `:functions`.",
    why: "Planners reject the file.",
    example: "(:functions (fuel ?t))\n… (decrease (fuel-level ?t) 1)",
    fix: "Use the declared function suggested in the help, or declare the function.";
PDDL_UNDEFINED_CONSTANT = "pddl/undefined-constant", Error, "a name in the domain that is neither a parameter nor a constant",
    what: "An action, derived predicate or domain constraint uses a name (not a `?variable`) that is not declared in `:constants`.",
    why: "Planners reject the file. Often a `?` was forgotten in front of a variable.",
    example: "(:action pick-up :parameters (?x) :precondition (clear x) …)",
    fix: "Write the variable with its `?` (here `?x`), or declare the constant in `:constants`.";
PDDL_UNDEFINED_OBJECT = "pddl/undefined-object", Error, "a name in the problem that is not an object or constant",
    what: "The problem's `:init`, `:goal` or metric uses a name that is neither a problem object nor a domain constant.",
    why: "Planners reject the problem; LLMs often invent or misspell object names.",
    example: "(:objects a b - block)\n(:init (clear c))",
    fix: "Use a declared object (the help suggests the nearest), or add it to `:objects`.";
PDDL_UNDEFINED_VARIABLE = "pddl/undefined-variable", Error, "a variable that no parameter or quantifier binds",
    what: "A `?variable` is used in a formula or effect but is not a parameter of the action and not bound by an enclosing `forall`/`exists`.",
    why: "Planners reject the file; the formula's meaning is undefined.",
    example: "(:action drop :parameters (?o) :effect (at ?o ?room))",
    fix: "Add the variable to `:parameters`, bind it with a quantifier, or fix its spelling.";
PDDL_ARITY_MISMATCH = "pddl/arity-mismatch", Error, "a predicate or function used with the wrong number of arguments",
    what: "A predicate or function is applied to a different number of arguments than its declaration has.",
    why: "Planners reject the file; such an atom can never match a declared one.",
    example: "(:predicates (on ?x ?y))\n(:init (on a))",
    fix: "Give it exactly as many arguments as the declaration (shown in the label).";
PDDL_TYPE_MISMATCH = "pddl/type-mismatch", Error, "an argument of the wrong type",
    what: "A constant, object or variable is passed where the predicate, function or action declares an incompatible type.",
    why: "Typed planners reject the file or drop the atom; the atom can never be true in a typed state.",
    example: "(:predicates (at ?t - truck ?l - location))\n(:init (at pkg1 depot))   ; pkg1 is a package",
    fix: "Pass an argument of the declared type, or fix the declaration.";
PDDL_DUPLICATE_DECLARATION = "pddl/duplicate-declaration", Error, "a name declared twice",
    what: "A type, predicate, function, constant, object, action or parameter is declared more than once in the same scope (a problem object that repeats a domain constant counts).",
    why: "Planners reject the file or pick one of the declarations silently, with possibly different types.",
    example: "(:objects a b a - block)",
    fix: "Remove the repeated declaration, or rename one of them.";
PDDL_DOMAIN_NAME_MISMATCH = "pddl/domain-name-mismatch", Error, "the problem names a different domain",
    what: "The problem's `(:domain NAME)` is not the name of the domain it is checked against.",
    why: "Planners and VAL reject the pair; usually the wrong domain file was passed.",
    example: "(define (domain blocksworld) …)\n(define (problem p1) (:domain blocks) …)",
    fix: "Pass the right domain, or correct the name in `(:domain …)`.";
PDDL_TYPE_CYCLE = "pddl/type-cycle", Error, "the type hierarchy has a cycle",
    what: "Following `:types` declarations from a type to its parent leads back to the type itself.",
    why: "Subtyping is undefined; planners reject the file or loop.",
    example: "(:types a - b b - a)",
    fix: "Break the cycle: one of the types must have a parent outside it (usually `object`).";
PDDL_UNUSED_PREDICATE = "pddl/unused-predicate", Warning, "a predicate is declared but never used",
    what: "A predicate is declared in the domain but appears in no action, derived predicate, init or goal. Not reported for a predicate that an undeclared one is probably a misspelling of, nor when the file is cut off (its `(define` never closes).",
    why: "Often the sign of a misspelling elsewhere (the intended predicate is used under another name) or of a half-finished model.",
    example: "(:predicates (on ?x ?y) (ontop ?x ?y))",
    fix: "Remove the declaration, or use it where it was meant to be used.";
PDDL_UNUSED_PARAMETER = "pddl/unused-parameter", Warning, "an action parameter is never used",
    what: "An action parameter appears in neither the precondition, the effect nor the duration. Not reported when the domain is cut off.",
    why: "The parameter multiplies the number of ground actions for nothing, and often hides a missing condition or effect.",
    example: "(:action move :parameters (?from ?to) :precondition (at ?from) :effect (not (at ?from)))",
    fix: "Use the parameter (above, the effect should add `(at ?to)`) or remove it.";
PDDL_UNUSED_OBJECT = "pddl/unused-object", Warning, "a problem object appears in neither init nor goal",
    what: "An object is declared in `:objects` but no `:init` fact, numeric value or goal mentions it. Not reported when the problem is cut off.",
    why: "Such an object can only be used through actions whose preconditions need no fact about it; more often it is a leftover or a misspelling.",
    example: "(:objects a b c - block)\n(:init (clear a) (clear b))",
    fix: "Add the facts that describe it to `:init`, or remove it.";
PDDL_ADD_DELETE_CONFLICT = "pddl/add-delete-conflict", Warning, "an effect adds and deletes the same atom",
    what: "An action's effect both adds and deletes the same atom (unconditionally, with the same arguments).",
    why: "By PDDL's semantics (delete first, then add) the atom ends up true, which is rarely what the author meant.",
    example: ":effect (and (holding ?x) (not (holding ?x)))",
    fix: "Remove one of the two literals.";
PDDL_IMPOSSIBLE_GOAL = "pddl/impossible-goal", Error, "a goal literal over a static predicate is false in the initial state",
    what: "A goal literal uses a static predicate (one no action changes) and the literal is false in the initial state, so no plan can ever reach the goal.",
    why: "The problem is unsolvable as written; planners search in vain.",
    example: "(:init (road a b))\n(:goal (road b a))   ; no action adds `road`",
    fix: "Correct the goal, or add the fact to `:init` if it was meant to hold.";
PDDL_DERIVED_IN_INIT = "pddl/derived-in-init", Error, "a fact of a derived predicate in the initial state",
    what: "The initial state lists a fact of a derived predicate; derived predicates are computed from the other facts and cannot be set.",
    why: "Planners reject the problem or ignore the fact.",
    example: "(:derived (above ?x ?y) …)\n(:init (above a b))",
    fix: "Remove the fact and add the base facts it follows from.";
}
