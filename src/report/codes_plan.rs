// Codes of plan validation.
codes! { PLAN;
PLAN_SYNTAX_ERROR = "plan/syntax-error", Error, "a plan line that is not an action",
    what: "A line of the plan file is neither an action `(name arg …)` (optionally with a `t:` prefix and a `[d]` duration), a comment, nor blank. A step in function-call notation (`stack(b, a)`) is still read as the step it stands for, so the rest of the plan is checked, and the rewrite is offered as a fix; a step without its parentheses (`pick-up a`) gets them back as a fix.",
    why: "The line cannot be executed; VAL rejects such plans with `Bad plan description!`. The plan is invalid.",
    example: "(pick-up a)\nthen stack it on b\n(stack a b)",
    fix: "Remove the line, or write it as a `(action arg …)` step.";
PLAN_LLM_NOISE = "plan/llm-noise", Warning, "markup around plan steps was ignored",
    what: "The plan contains Markdown code fences, list numbering (`1.`, `-`, `Step 3:`), backticks or quotes around a step, or the brackets of a JSON list; herbrand ignored the markup and read the steps inside.",
    why: "Other validators reject such files; plans meant for a planner pipeline should be plain.",
    example: "```\n1. (pick-up a)\n2. (stack a b)\n```",
    fix: "Write one `(action arg …)` per line with nothing around it.";
PLAN_STRAY_PAREN = "plan/stray-paren", Warning, "a stray `)` after a plan step",
    what: "A plan step is followed by an extra `)` (LPG-td writes `0.0002: (ACT ARGS) [8.0000])`). herbrand ignores it.",
    why: "VAL silently stops reading the plan at that point, so it may check only part of the plan.",
    example: "0.0002: (board p1 plane1 city0) [1.0000])",
    fix: "Remove the trailing `)`.";
PLAN_UNKNOWN_ACTION = "plan/unknown-action", Error, "a step names an action the domain does not define",
    what: "A plan step names an action that is not in the domain.",
    why: "The step cannot be executed, so the plan is invalid; LLM planners often invent or misspell action names.",
    example: "(pickup a)   ; the domain defines pick-up",
    fix: "Use the domain's action suggested in the help.";
PLAN_WRONG_ARITY = "plan/wrong-arity", Error, "a step has the wrong number of arguments",
    what: "A plan step passes a different number of arguments than the action's `:parameters` declare.",
    why: "The step cannot be grounded, so the plan is invalid (VAL crashes on it).",
    example: "(stack a)   ; stack takes ?x ?y",
    fix: "Pass one argument per parameter, in the declared order (the help lists them).";
PLAN_UNKNOWN_OBJECT = "plan/unknown-object", Error, "a step names an object the problem does not declare",
    what: "A plan step passes a name that is neither a problem object nor a domain constant.",
    why: "The step cannot be grounded, so the plan is invalid.",
    example: "(pick-up blockA)   ; the problem declares a b c",
    fix: "Use a declared object (the help suggests the nearest name).";
PLAN_TYPE_MISMATCH = "plan/type-mismatch", Error, "a step passes an object of the wrong type",
    what: "A plan step passes an object whose type is not compatible with the action parameter's declared type.",
    why: "A typed action cannot be applied to such an object; the plan is invalid.",
    example: "(drive truck1 pkg1 depot)   ; ?from must be a location, pkg1 is a package",
    fix: "Pass an object of the parameter's type, or check the argument order.";
PLAN_UNSATISFIED_PRECONDITION = "plan/unsatisfied-precondition", Error, "a step's precondition does not hold",
    what: "When the step is reached, its precondition is false in the current state. The diagnostic lists every failing literal with its value, and the notes name actions that would make the missing facts true.",
    why: "The step cannot be applied, so the plan is invalid from this step on.",
    example: "(stack c b)   ; but the hand is empty: (holding c) is false",
    fix: "Insert an action that achieves the missing fact before the step (a fix is offered when one applies right there), or reorder the steps.";
PLAN_GOAL_NOT_SATISFIED = "plan/goal-not-satisfied", Error, "the plan ends without reaching the goal",
    what: "Every step applied, but the goal is false in the final state. The diagnostic lists every unsatisfied goal literal and the last step that changed it.",
    why: "The plan does not solve the problem.",
    example: "(:goal (and (on a b) (on b c)))   ; the plan ends with (on b c) false",
    fix: "Add steps that achieve the listed literals, or remove the step that undid them.";
PLAN_UNDEFINED_FLUENT = "plan/undefined-fluent", Error, "a numeric fluent is read before it has a value",
    what: "A precondition, effect or the metric reads a numeric fluent that has no value in the current state (it was not given in `:init` and no step assigned it).",
    why: "PDDL leaves the expression undefined; VAL treats the condition as failed and the plan as invalid.",
    example: "(:functions (fuel ?t))   ; :init has no (= (fuel t1) …)\n… :precondition (>= (fuel ?t) 1)",
    fix: "Give the fluent an initial value in the problem's `:init`.";
PLAN_ARITHMETIC_ERROR = "plan/arithmetic-error", Error, "a numeric expression has no value",
    what: "A numeric expression divides by zero or produces a value that is not a finite number.",
    why: "The step's effect or condition is undefined, so the plan is invalid.",
    example: "(assign (ratio ?x) (/ (load ?x) (capacity ?x)))   ; capacity is 0",
    fix: "Guard the step with a precondition, or fix the initial values.";
PLAN_CONSTRAINT_VIOLATED = "plan/constraint-violated", Error, "the plan violates a PDDL3 trajectory constraint",
    what: "A hard constraint of the domain's or problem's `:constraints` (`always`, `sometime`, `at-most-once`, `sometime-after`, `sometime-before`, `at end`, `within`, `always-within`, `hold-during`, `hold-after`) is false on the sequence of states the plan goes through. The message says which state broke it.",
    why: "Constraints are part of what a valid plan must satisfy, like the goal: a plan that reaches the goal but breaks one is invalid.",
    example: "(:constraints (at-most-once (holding a)))   ; the plan picks a up twice",
    fix: "Change the steps around the state the message names so the constraint holds (for `sometime`, add steps that make it true once).";
PLAN_INTERFERING_STEPS = "plan/interfering-steps", Error, "steps scheduled at the same time interfere",
    what: "Two steps share a timestamp (they form one happening) but one deletes or changes something the other needs or changes.",
    why: "Simultaneous steps must be independent; VAL rejects the plan. Give them distinct times if they are meant to run in sequence.",
    example: "1: (pick-up a)\n1: (stack a b)",
    fix: "Give the second step a later timestamp.";
PLAN_INVARIANT_VIOLATED = "plan/invariant-violated", Error, "an `over all` condition breaks while the action runs",
    what: "A durative action's `over all` condition (its invariant) must hold on the whole open interval between its start and its end. After some happening inside that interval it is false. The diagnostic gives the interval, the false literals, and the happening that made each one false (or says it was already false when the action started).",
    why: "The action cannot run through that interval, so the plan is invalid from that point on; VAL reports `Invariant for (action) has its condition unsatisfied between time X to Y`.",
    example: "0.0: (fly plane1 city0 city1) [4.0]\n1.0: (debark p1 plane1 city1) [0.5]   ; needs (at plane1 city1) over all, plane1 lands at 4.0",
    fix: "Start the action after the happening that makes the condition true (the help gives a time), end the action that breaks it later, or reorder the steps.";
PLAN_DURATION_VIOLATED = "plan/duration-violated", Error, "a step's duration breaks the action's `:duration` constraint",
    what: "A durative step `t: (action args) [d]` gives a duration `d` that does not satisfy the action's `:duration` constraint (`(= ?duration e)`, `<=`, `>=`), evaluated in the state where the step starts. Equality is checked to within the tolerance (`--tolerance`).",
    why: "The step cannot be executed with that duration; VAL reports `Failed duration constraint` and rejects the plan.",
    example: "0.0: (fly plane1 city0 city1) [2.0]   ; :duration (= ?duration (/ (distance ?c1 ?c2) (slow-speed ?a))) is 4.236",
    fix: "Use the duration the help computes, or change the state the constraint reads.";
PLAN_MISSING_DURATION = "plan/missing-duration", Error, "a durative step has no `[duration]`",
    what: "A step names a durative action but gives no duration in square brackets, so its end cannot be placed in time.",
    why: "The plan does not say when the action ends; temporal validators cannot execute it.",
    example: "0.0: (fly plane1 city0 city1)",
    fix: "Append the duration: `0.0: (fly plane1 city0 city1) [4.236]` (the fix computes it when the constraint fixes it).";
PLAN_MUTEX_VIOLATION = "plan/mutex-violation", Error, "interfering happenings are too close in time",
    what: "Two happenings of a temporal plan (starts or ends of durative actions, instantaneous steps) fall within the tolerance of each other, so they count as simultaneous, and one of them deletes or changes something the other needs or changes. With tolerance ε, points no more than ε/10 after the first point of a happening join it (as in VAL).",
    why: "Simultaneous happenings must not interfere; a real executor cannot order them. VAL reports a mutex violation and rejects the plan.",
    example: "1.0000: (turn_to sat0 star4 star1) [1.5]\n1.00005: (calibrate sat0 inst0 star1) [5.0]   ; turn_to deletes (pointing sat0 star1) at start",
    fix: "Separate the two by at least the tolerance (the help gives a time), or check that the planner used the same tolerance (`--tolerance`).";
PLAN_UNSUPPORTED = "plan/unsupported", Error, "the plan needs a feature herbrand does not validate yet",
    what: "The domain or plan uses a feature plan validation does not support yet (continuous effects with `#t`, a conditional effect whose condition and effect lie at different times). The verdict is `unknown`.",
    why: "herbrand will not guess: an answer is given only where the semantics is implemented.",
    example: "(increase (fuel ?a) (* #t (refuel-rate ?a)))",
    fix: "Nothing to fix in the plan; validate it with VAL until herbrand supports the feature.";
}
