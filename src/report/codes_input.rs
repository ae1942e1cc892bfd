// Codes shared by every check: input handling and budgets.
codes! { INPUT;
INPUT_NOT_UTF8 = "input/not-utf8", Error, "the input is not valid UTF-8",
    what: "An input file contains bytes that are not valid UTF-8, so it cannot be read as text.",
    why: "herbrand reports positions in Unicode scalar values and quotes source text; it cannot do either on undecodable bytes.",
    example: "A plan saved as UTF-16 by a Windows editor, or a domain with a Latin-1 `é` in a comment.",
    fix: "Re-save the file as UTF-8 (for instance `iconv -f latin1 -t utf-8 in.pddl > out.pddl`).";
LIMIT_INPUT_BYTES = "limit/input-bytes", Error, "an input is larger than the input budget",
    what: "An input is larger than the `max_input_bytes` budget, so it was not read.",
    why: "Budgets keep herbrand bounded in time and memory on hostile or runaway inputs; the verdict is `unknown`, not a claim about the artifact.",
    example: "A 2 GB plan file with the default budget of 256 MiB.",
    fix: "Raise the budget (`--max-input-bytes N` on the CLI, `Budget::max_input_bytes` in the library) or shrink the input.";
LIMIT_STEPS = "limit/steps", Error, "the step budget ran out",
    what: "An engine used up its step budget (plan steps executed, fixpoint iterations, search steps) before it reached an answer.",
    why: "Budgets keep every check bounded; the verdict is `unknown` because the check did not finish.",
    example: "A plan with 20 million steps checked with `--max-steps 10000000`.",
    fix: "Raise the budget (`--max-steps N`) if the input is legitimately that large.";
LIMIT_GROUND_ATOMS = "limit/ground-atoms", Error, "the ground-atom budget ran out",
    what: "Grounding (instantiating quantifiers or derived predicates over the objects) would create more ground atoms or instances than the `max_ground_atoms` budget allows.",
    why: "Quantifiers over many objects grow combinatorially; the budget keeps memory bounded and the verdict is `unknown`.",
    example: "A derived predicate with five parameters over 1,000 objects (10^15 instances).",
    fix: "Raise the budget (`--max-ground-atoms N`) or reduce the number of parameters / objects.";
LIMIT_DEPTH = "limit/depth", Error, "the nesting-depth budget ran out",
    what: "An input nests deeper than the `max_depth` budget (parentheses, formulas, proof search).",
    why: "Deep nesting is a classic way to exhaust the stack; herbrand stops and reports `unknown` instead of crashing.",
    example: "A file with 100,000 `(` in a row.",
    fix: "Flatten the input, or raise the budget (`--max-depth N`) if the nesting is real.";
LIMIT_TIME = "limit/time", Error, "the time budget ran out",
    what: "A check did not finish within its wall-clock budget (`max_time_ms`): grounding, evaluation, search, solver calls or suggestions were stopped.",
    why: "A verifier inside a refinement loop or a reward function must answer within a known time; past the budget the verdict is `unknown`, not a claim about the artifact.",
    example: "A derived predicate computing reachability over a cycle of 100,000 objects, checked with the default budget.",
    fix: "Raise the budget (`--max-time-ms N`, the `max_time_ms` argument) if the input is legitimately that large, or shrink it.";
LIMIT_MEMORY = "limit/memory", Error, "the memory budget ran out",
    what: "The tables a check builds (ground atoms, derived facts, search states) grew past its memory budget (`max_memory_bytes`).",
    why: "A small input can ask for an enormous grounding; the budget keeps the machine safe and the verdict is `unknown`.",
    example: "100 facts and one rule with 16 variables joined as a cartesian product.",
    fix: "Raise the budget (`--max-memory-bytes N`, the `max_memory_bytes` argument), or rewrite the rule so its body joins on shared variables.";
}
