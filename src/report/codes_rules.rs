// Rule sets: Prolog, Logic-LM programs, knowledge-graph chain rules (`herbrand rules`).
codes! { RULES;
RULES_SYNTAX_ERROR = "rules/syntax-error", Error, "a clause cannot be read",
    what: "A clause (or a line of a Logic-LM program, a query or an expectation) does not follow the syntax; the message says what was expected at the position shown.",
    why: "A clause that cannot be read is not part of the program: every answer that depended on it is wrong. Prolog would refuse to load it (`Syntax error: Operator expected`).",
    example: "parent(tom bob).          % a `,` is missing between the arguments",
    fix: "Write what the message expects at the marked position; the rest of the file was read, so fix the marked clauses only.";
RULES_MISSING_PERIOD = "rules/missing-period", Error, "the last clause does not end with `.`",
    what: "The text ends in the middle of a clause: every Prolog clause ends with a `.` followed by a space, a line break or the end of the file.",
    why: "Prolog reports a syntax error at the end of the file and drops the clause.",
    example: "parent(tom, bob).\nparent(bob, ann)",
    fix: "Add the `.` (the fix does it).";
RULES_BAD_HEAD = "rules/bad-head", Error, "a clause head is not a predicate",
    what: "The head of a clause (left of `:-`, or a fact) is a variable, a number, a conjunction or a built-in such as `X > 1`, which cannot be defined.",
    why: "Prolog raises `No permission to modify static procedure` or a type error; the clause defines nothing.",
    example: "X > 0 :- positive(X).\n(a, b) :- c.",
    fix: "Put one predicate atom in the head: `positive_num(X) :- X > 0.`; split `a, b :- c` into `a :- c.` and `b :- c.`";
RULES_UNSUPPORTED = "rules/unsupported", Error, "a construct the evaluator does not run",
    what: "The clause uses something outside the Datalog-with-extras subset that herbrand evaluates bottom-up: cut `!`, `call/N`, a variable as a goal, `assert`/`retract`, `findall`/`bagof`/`setof`, if-then without else, I/O.",
    why: "Such clauses depend on Prolog's evaluation order or side effects; the clause is left out, so answers that depend on it may be missing.",
    example: "max(X, Y, X) :- X >= Y, !.",
    fix: "Write the rule declaratively: `max(X, Y, X) :- X >= Y.  max(X, Y, Y) :- X < Y.`";
RULES_UNDEFINED_PREDICATE = "rules/undefined-predicate", Error, "a predicate is called but never defined",
    what: "A body calls a predicate that no fact or rule defines and that is not declared `:- dynamic`. The name is often a misspelling of a defined one (did-you-mean).",
    why: "Prolog raises `Unknown procedure: parnet/2`; in Datalog the call is simply false, so every rule through it silently derives nothing.",
    example: "grandparent(X, Z) :- parnet(X, Y), parent(Y, Z).",
    fix: "Use the defined name (`parent`), define the predicate, or declare it `:- dynamic parnet/2.` if it is meant to be empty.";
RULES_ARITY_CLASH = "rules/arity-clash", Warning, "one name is used with different numbers of arguments",
    what: "The same predicate name appears with two arities (`p/2` and `p/3`). Prolog treats them as unrelated predicates.",
    why: "Almost always an argument was dropped or added by mistake, so calls of one arity never see the facts of the other.",
    example: "parent(tom, bob).\nchild(X, Y) :- parent(Y, X, _).",
    fix: "Use one arity everywhere for the name; rename one of them if two predicates are really meant.";
RULES_SINGLETON_VARIABLE = "rules/singleton-variable", Warning, "a variable occurs only once in its clause",
    what: "A named variable appears once in a clause. SWI-Prolog warns `Singleton variables: [Z]`.",
    why: "A variable used once links nothing: it is usually a typo for another variable (`Y` vs `Yy`), or a missing join.",
    example: "grandparent(X, Z) :- parent(X, Y), parent(Yy, Z).",
    fix: "Correct the name so it matches the variable it should join with, or write `_` (or `_Name`) when the value does not matter.";
RULES_UNSAFE_VARIABLE = "rules/unsafe-variable", Warning, "a variable is not bound by a positive body atom",
    what: "A variable of the head, of a negated atom or of a comparison is not bound by any positive atom of the body. Datalog engines reject such rules (Soufflé: `Ungrounded variable`).",
    why: "The rule then claims its head for every value: herbrand evaluates an unbound head variable over every constant of the program (what a Prolog query with that constant would answer), and a comparison or negation on an unbound variable fails.",
    example: "red(X) :- quiet(anne).",
    fix: "Bind the variable in the body (`red(X) :- quiet(X).`) or use a constant in the head (`red(anne) :- quiet(anne).`).";
RULES_UNSTRATIFIABLE = "rules/unstratifiable", Error, "negation through recursion",
    what: "A predicate depends on its own negation through a cycle of rules, so the program has no stratification (Soufflé: `Unable to stratify relation(s)`). The cycle is printed.",
    why: "Such a program has no unique meaning under negation as failure; Prolog may loop or give answers that depend on clause order. herbrand does not evaluate the cycle's predicates.",
    example: "win(X) :- move(X, Y), \\+ win(Y).",
    fix: "Break the cycle: make the negated predicate depend only on predicates that do not depend on it, e.g. by bounding the recursion with a stratified helper.";
RULES_NO_BASE_CASE = "rules/no-base-case", Warning, "a recursive predicate has no base case",
    what: "Every rule of a recursive predicate (or group of mutually recursive ones) calls the group again, and no fact or non-recursive rule starts it.",
    why: "Bottom-up, the predicate is empty; top-down, Prolog recurses forever. Either way every query on it fails.",
    example: "ancestor(X, Z) :- parent(X, Y), ancestor(Y, Z).",
    fix: "Add the base case: `ancestor(X, Y) :- parent(X, Y).`";
RULES_UNREACHABLE_RULE = "rules/unreachable-rule", Info, "a rule is never used by any query",
    what: "The program has queries, and no query depends (directly or through other rules) on this rule's predicate.",
    why: "Dead rules are often a sign that a predicate name drifted between the rule and its use, or that the query asks for the wrong predicate.",
    example: "grandparent(X, Z) :- parent(X, Y), parent(Y, Z).\n?- grandfather(tom, Z).",
    fix: "Check that the query asks for the predicate the rules define; delete rules that are really unused.";
RULES_CONTRADICTION = "rules/contradiction", Warning, "an atom is derived both true and false",
    what: "In a labelled program (truth label as last argument) both `P(a, True)` and `P(a, False)` are derived.",
    why: "The rules contradict each other (or a fact contradicts a rule); the answer to a query on that atom depends on which label is asked, not on the logic.",
    example: "Facts: Big(Bob, True)\nRules: Cold($x, True) >>> Big($x, False)\nFacts: Cold(Bob, True)",
    fix: "Find the rule that derives the wrong label (the proofs in the JSON detail show both derivations) and correct its label or its condition.";
RULES_DUPLICATE_CLAUSE = "rules/duplicate-clause", Warning, "a clause is written twice",
    what: "Two clauses are identical up to the names of their variables.",
    why: "A duplicate adds nothing in Datalog and makes Prolog return every answer twice; it often hides a clause that was meant to differ.",
    example: "parent(tom, bob).\nparent(tom, bob).",
    fix: "Delete one copy (the fix does it), or correct the copy that was meant to say something else.";
RULES_EVALUATION_ERROR = "rules/evaluation-error", Warning, "a built-in could not be evaluated",
    what: "Arithmetic or a comparison met a value it cannot compute with: an atom in arithmetic, an unbound variable, a division by zero, an overflow. The literal fails for that binding.",
    why: "Prolog throws a type or instantiation error here and stops; herbrand reports the first such case per literal and goes on.",
    example: "age_next(X, N) :- age(X, A), N is A + one.",
    fix: "Make sure the operands are numbers, bound before the built-in (order matters in Prolog).";
RULES_EXPECTED_FACT_MISSING = "rules/expected-fact-missing", Error, "a fact that must hold is not derived",
    what: "The expectation file says this fact must hold, and the program does not derive it. The diagnostic shows the nearest derivation attempt and the premise(s) that are missing.",
    why: "The rule set does not capture the intended knowledge.",
    example: "expect:  grandparent(tom, ann).\nprogram: grandparent(X, Z) :- parent(X, Y), parent(Y, Z).  parent(tom, bob).",
    fix: "Add the missing premise (here `parent(bob, ann).`) or correct the rule the attempt went through.";
RULES_UNEXPECTED_FACT = "rules/unexpected-fact", Error, "a fact that must not hold is derived",
    what: "The expectation file says this fact must not hold (`\\+ fact.`), and the program derives it. The proof is attached.",
    why: "The rule set over-generalises: some rule fires where it should not.",
    example: "expect:  \\+ flies(tweety).\nprogram: flies(X) :- bird(X).  bird(tweety).",
    fix: "Read the proof and add the missing condition to the rule it used (e.g. `flies(X) :- bird(X), \\+ penguin(X).`).";
RULES_RULE_IN_FACTS = "rules/rule-in-facts", Warning, "a rule is written in the Facts section",
    what: "In a Logic-LM program, a line of `Facts:` contains `>>>`: it is a rule. It is read as a rule.",
    why: "Executors that read the sections literally reject it or treat it as a malformed fact.",
    example: "Facts:\nQuiet($x, True) >>> Smart($x, True)",
    fix: "Move the line under `Rules:`.";
RULES_NON_GROUND_FACT = "rules/non-ground-fact", Warning, "a fact contains a variable",
    what: "A line of `Facts:` (or a Prolog fact) has a variable such as `$x`, so it states the fact for every value.",
    why: "Usually the model meant a rule (`All cats are cute`) or forgot to substitute a name; herbrand evaluates it over every constant of the program.",
    example: "Facts:\nCute($x, True)",
    fix: "Substitute the individual the sentence is about, or move a general statement under `Rules:` with a condition.";
RULES_MISSING_SECTION = "rules/missing-section", Warning, "a Logic-LM section is missing",
    what: "A program in the Logic-LM format lacks one of `Predicates:`, `Facts:`, `Rules:`, `Query:`.",
    why: "Without `Query:` there is nothing to answer; without `Predicates:` names cannot be checked against declarations.",
    example: "Facts:\nCold(Bob, True)\nRules:\nCold($x, True) >>> Kind($x, True)",
    fix: "Add the missing section (`Query:` with the atom to prove, e.g. `Kind(Bob, True)`).";
RULES_QUERY_WITHOUT_LABEL = "rules/query-without-label", Warning, "a query has no truth label",
    what: "A `Query:` atom of a labelled program has no `True`/`False` as its last argument, unlike its declaration and facts.",
    why: "The query has one argument fewer than the predicate, so it matches nothing and every answer is unknown. herbrand reads it as asking `True`.",
    example: "Predicates: Kind($x, bool)\nQuery: Kind(Bob)",
    fix: "Add the label: `Kind(Bob, True)`.";
RULES_MULTIPLE_QUERIES = "rules/multiple-queries", Warning, "a Logic-LM program has more than one query",
    what: "`Query:` holds more than one atom (or the section appears twice). Each is answered, but the program's answer is taken from the first.",
    why: "Logic-LM's executor reads one query; a second one usually means the question was split or rephrased.",
    example: "Query:\nKind(Bob, True)\nKind(Bob, False)",
    fix: "Keep the one atom that the question asks about.";
RULES_INVENTED_NEGATION = "rules/invented-negation", Warning, "negation written with an operator the format does not have",
    what: "A labelled program writes negation as `¬P(x, True)`, `~P`, `!P`, `not P` or `Not(P(...))`. The format expresses negation only by the truth label. herbrand reads it as the opposite label.",
    why: "Executors of the format do not know these operators: the line is a syntax error for them, or silently a different predicate.",
    example: "Smart($x, True) && !Red($x, True) >>> Green($x, True)",
    fix: "Flip the label instead: `Smart($x, True) && Red($x, False) >>> Green($x, True)` (the fix does it).";
RULES_PREDICATE_DRIFT = "rules/predicate-drift", Warning, "a predicate name drifts from its declaration",
    what: "A name used in a labelled program differs from a declared or defined one only by case or by a plural (`Wumpuses` vs `Wumpus`, `quiet` vs `Quiet`).",
    why: "The two spellings are different predicates: facts under one are never seen by rules on the other, so answers come out unknown.",
    example: "Predicates: Wumpus($x, bool)\nRules: Wumpuses($x, True) >>> Tumpus($x, True)",
    fix: "Use the declared spelling everywhere (the fix renames it).";
RULES_UNDECLARED_PREDICATE = "rules/undeclared-predicate", Warning, "a predicate is used but neither declared nor defined",
    what: "A labelled program uses a predicate in a rule body or query that is not in `Predicates:` and that no fact or rule defines.",
    why: "The atom can never be derived; in the Logic-LM corpora this is the warning that best predicts a wrong answer (often a misspelling such as `Quite` for `Quiet`).",
    example: "Predicates: Quiet($x, bool)\nFacts: Quite(Anne, True)",
    fix: "Use the declared name (did-you-mean), or declare and define the predicate.";
RULES_BAD_LABEL = "rules/bad-label", Warning, "a labelled atom does not end with True or False",
    what: "In a labelled program an atom's last argument should be the truth label `True` or `False`; this one ends with something else.",
    why: "The atom will not match its declaration or the other atoms of the predicate.",
    example: "Cold(Bob, Yes)",
    fix: "End the atom with `True` or `False`.";
RULES_KG_BAD_TRIPLE = "rules/kg-bad-triple", Warning, "a knowledge-graph line is not a triple",
    what: "A line of the KG file does not have three tab- or space-separated fields `head relation tail`.",
    why: "The line is skipped, so metrics are computed without it.",
    example: "7\taunt",
    fix: "Write one triple per line: `7\\taunt\\t72`.";
RULES_KG_UNKNOWN_RELATION = "rules/kg-unknown-relation", Warning, "a rule uses a relation that is not in the knowledge graph",
    what: "A chain rule's head or body names a relation with no triple in the KG (an `inv_r` relation needs `r`).",
    why: "The rule's support is 0: nothing can match. LLM rule miners often invent or misspell relation names (ChatRule maps them to the closest known one before ranking).",
    example: "aunt <-- inv_sisterr, inv_daughter",
    fix: "Use a relation of the KG (did-you-mean), or drop the rule.";
}
