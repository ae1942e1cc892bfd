"""herbrand.rewards: plan extraction (lenient and strict) and the verl / TRL reward shapes."""

import json

import pytest

from herbrand import rewards
from herbrand.rewards import compute_score, extract_plan, make_reward_fn, reward_fn
from conftest import triple

VALID = "(pick-up b)\n(stack b a)\n(pick-up c)\n(stack c b)\n(pick-up d)\n(stack d c)\n"


@pytest.fixture
def truth():
    domain, problem, _ = triple("blocksworld", "valid")
    return {"domain": domain, "problem": problem}


@pytest.mark.parametrize("completion", [
    VALID,
    "Here is the plan:\n```pddl\n" + VALID + "```\nIt stacks d on c on b on a.",
    "<think>maybe (pick-up a) first?\n(stack a b)</think>\nPlan:\n" + VALID,
    "".join(f"{i}. {step}\n" for i, step in enumerate(VALID.splitlines(), 1)),
    "".join(f"- `{step}` ; move\n" for step in VALID.splitlines()),
    "".join(f"Step {i}: {step}\n" for i, step in enumerate(VALID.splitlines(), 1)),
    "```\n; the plan\n" + VALID.replace("\n", "\n\n") + "```",
])
def test_plans_are_found_in_what_models_write(completion):
    assert extract_plan(completion).plan == VALID
    assert extract_plan(completion, strict=False).plan == VALID


@pytest.mark.parametrize("completion, reason", [
    ("```\n(pick-up b)\n```\nor\n```\n(pick-up c)\n```", "2 fenced blocks"),
    ("(pick-up b)\n(stack b a)\nor maybe:\n(pick-up c)\n", "2 separate runs"),
    ("```\n(pick-up b)\n```\n(pick-up c)\n", "inside and outside"),
    ("```\n(pick-up b)\nthen stack it\n(stack b a)\n```", "not a step"),
    ("```\n(pick-up b)\n", "not closed"),
    ("<think>(pick-up b)\n", "not closed"),
    ("I cannot solve this.", "no plan steps"),
    ("(pick-up b)\n" * 10_000, "characters"),
])
def test_strict_mode_refuses_what_a_reward_hacker_could_exploit(completion, reason, truth):
    found = extract_plan(completion)
    assert found.plan is None and reason in found.reason
    assert compute_score("pddl_plan", completion, truth) == 0.0


def test_lenient_mode_takes_the_last_plan():
    assert extract_plan("(pick-up b)\nno wait:\n(pick-up c)\n", strict=False).plan == "(pick-up c)\n"
    assert extract_plan("```\n(a x)\n```\n```\n(b y)\n```", strict=False).plan == "(b y)\n"


def test_plan_scores(truth):
    wrap = lambda name: "```\n" + triple("blocksworld", name)[2] + "```"  # noqa: E731
    assert compute_score("pddl_plan", wrap("valid"), truth) == 1.0
    assert compute_score("pddl_plan", wrap("valid"), json.dumps(truth)) == 1.0
    assert compute_score("pddl_plan", wrap("drop_last"), truth) == 0.0
    # drop_last: all 5 steps execute, 1 of 3 goal conjuncts missed.
    assert compute_score("pddl_plan", wrap("drop_last"), truth, score="executable") == 0.5
    assert compute_score("pddl_plan", wrap("drop_last"), truth, score="goals") == pytest.approx(0.5 * 2 / 3)
    assert compute_score("pddl_plan", wrap("drop_last"), truth, score="goals", partial=1.0) == pytest.approx(2 / 3)
    # delete_step: step 3 of 5 fails.
    assert compute_score("pddl_plan", wrap("delete_step"), truth, score="executable") == pytest.approx(0.5 * 2 / 5)
    assert compute_score("pddl_plan", "", truth, score="goals") == 0.0
    assert compute_score("pddl_plan", wrap("drop_last"), truth, {"score": "executable"}) == 0.5
    with pytest.raises(ValueError):
        compute_score("pddl_plan", VALID, truth, score="fuzzy")
    with pytest.raises(ValueError):
        compute_score("pddl", VALID, truth)
    with pytest.raises(TypeError):
        compute_score("pddl_plan", VALID, {"domain": truth["domain"]})


FOL = "Premises:\n∀x (Bird(x) → ¬Mammal(x))\nBird(tweety)\nConclusion:\nMammal(tweety)\n"


def test_fol_scores():
    assert compute_score("fol", FOL, {"label": "False"}) == 1.0
    assert compute_score("fol", FOL, "False") == 1.0
    assert compute_score("fol", "The formalization:\n```\n" + FOL + "```", {"label": "False"}) == 1.0
    assert compute_score("fol", FOL, {"label": "True"}) == 0.0
    assert compute_score("fol", FOL, {"label": "True"}, score="graded") == 0.5
    inconsistent = "Premises:\nBird(tweety)\n¬Bird(tweety)\nConclusion:\nMammal(tweety)\n"
    assert compute_score("fol", inconsistent, {"label": "True"}, score="graded") == 0.0
    assert compute_score("fol", "Premises:\nBird(tweety) ∧ ∧\nConclusion:\nMammal(tweety)\n", "False", score="graded") == 0.0
    assert compute_score("fol", "∀x (P(x) → Q(x))", {"reference": "∀y (¬P(y) ∨ Q(y))"}) == 1.0
    assert compute_score("fol", "∀x (P(x) ∧ Q(x))", {"reference": "∀y (¬P(y) ∨ Q(y))"}) == 0.0


def test_rules_scores():
    truth = {"facts": "parent(tom, bob).\nparent(bob, ann).\n", "expect": "gp(tom, ann).\n\\+ gp(bob, tom).\n"}
    right = "gp(X, Z) :- parent(X, Y), parent(Y, Z)."
    wrong = "gp(X, Z) :- parent(Z, Y), parent(Y, X)."
    assert compute_score("rules", right, truth) == 1.0
    assert compute_score("rules", "```prolog\n" + right + "\n```", truth) == 1.0
    assert compute_score("rules", wrong, truth) == 0.0
    assert compute_score("rules", wrong, truth, score="graded") == 0.25  # 1 of 2 met, times partial
    assert compute_score("rules", "gp(X, Z) :- parent(X, Y), parent(Y, Z", truth) == 0.0


def test_trl_reward_function_reads_the_columns(truth):
    completions = ["```\n" + VALID + "```", "(pick-up b)\n", "no plan"]
    columns = {"domain": [truth["domain"]] * 3, "problem": [truth["problem"]] * 3, "prompt": ["…"] * 3}
    assert reward_fn(completions, **columns) == [1.0, 0.0, 0.0]
    chat = [[{"role": "assistant", "content": c}] for c in completions]
    assert reward_fn(chat, **columns) == [1.0, 0.0, 0.0]
    mixed = make_reward_fn(score="graded")
    scores = mixed(
        [VALID, FOL, "gp(X, Z) :- parent(X, Y), parent(Y, Z)."],
        data_source=["pddl_plan", "fol", "rules"],
        ground_truth=[truth, json.dumps({"label": "False"}),
                      {"facts": "parent(tom, bob).\nparent(bob, ann).\n", "expect": "gp(tom, ann).\n"}],
    )
    assert scores == [1.0, 1.0, 1.0]
    with pytest.raises(TypeError):
        reward_fn(completions, prompt=["…"] * 3)


def test_scores_are_deterministic_and_bounded(truth):
    completions = ["```\n" + triple("blocksworld", name)[2] + "```"
                   for name in ("valid", "delete_step", "swap_adjacent", "misspell_action", "unknown_object")] * 20
    columns = {"domain": [truth["domain"]] * 100, "problem": [truth["problem"]] * 100}
    graded = make_reward_fn(score="graded", jobs=2)
    first = graded(completions, **columns)
    assert graded(completions, **columns) == first
    assert make_reward_fn(score="graded", jobs=1)(completions, **columns) == first
    assert all(0.0 <= s <= 1.0 for s in first)
    # A plan whose simulation would run past the budget gives 0, not a hang.
    long_plan = "(pick-up b)\n(put-down b)\n" * 2_000
    assert compute_score("pddl_plan", long_plan, truth, limits={"max_steps": 100}) == 0.0
