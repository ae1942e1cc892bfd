"""Reward functions for RL on plans, first-order logic and rule sets, checked by herbrand.

Two shapes, one scoring:

- verl: ``compute_score(data_source, solution_str, ground_truth, extra_info=None)`` — one
  completion; ``data_source`` is ``"pddl_plan"``, ``"fol"`` or ``"rules"``; ``ground_truth``
  (a dict, or its JSON text) holds what the answer is checked against.
- TRL: ``reward_fn(completions, **columns) -> list[float]`` — a batch, checked in parallel; the
  ground truth comes from the dataset's columns (see :func:`reward_fn`).

Ground truth by data source:

- ``pddl_plan``: ``{"domain": PDDL text, "problem": PDDL text}``.
- ``fol``: ``{"label": "True" | "False" | "Uncertain"}`` (the model formalizes premises and a
  conclusion; Z3 decides the label), or ``{"reference": FOL program}`` (the model's
  formalization must be equivalent to it).
- ``rules``: ``{"expect": "p(a).\\n\\\\+ p(b).\\n"}`` (facts that must and must not follow), and
  optionally ``"facts"`` (a text prepended to the model's rules) and ``"queries"``.

Scores (``score=``), all in [0, 1], 1 only for a fully correct answer:

- ``"binary"``: 1 if correct, else 0.
- ``"executable"`` (plans): the share of the plan's steps that execute before the first
  failing one (a plan that executes but misses the goal gets at most ``partial``).
- ``"goals"`` (plans): the share of the goal's conjuncts true at the end, failing steps skipped
  (again at most ``partial`` unless the plan is valid).
- ``"graded"``: plans: ``"goals"``; FOL: 1 for the right label, ``partial`` for a well-formed,
  consistent formalization with the wrong label, 0 otherwise; rules: the share of expectations
  met (at most ``partial`` unless all are).

Plans are extracted from raw completions (reasoning in ``<think>…</think>``, Markdown fences,
numbering, bullets, prose around the plan). ``strict=True`` (the default) refuses — scores 0 —
what a reward hacker could exploit: several plans (several fenced blocks holding steps, or steps
both inside and outside a fence, or separate runs of steps), prose inside the plan, and a
completion over ``max_chars``. A label-only FOL reward can still be gamed by a formalization that
states the conclusion as a premise; ``{"reference": …}`` (equivalence) is the stricter check.
Scores are deterministic (a function of the completion and the
ground truth) and bounded (``max_chars``, and the checks' budgets: ``limits``).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from . import _native

__all__ = ["compute_score", "reward_fn", "make_reward_fn", "extract_plan", "Extraction", "score_reports"]

#: Longest completion scored, in characters; a longer one scores 0.
MAX_CHARS = 65_536

#: Budgets passed to every check a reward makes (tool arguments): small enough that a hostile
#: completion cannot stall a training step.
DEFAULT_LIMITS: Dict[str, Any] = {"max_steps": 100_000, "max_ground_atoms": 1_000_000, "solver_rlimit": 2_000_000}

DATA_SOURCES = ("pddl_plan", "fol", "rules")
SCORES = ("binary", "executable", "goals", "graded")


@dataclass(frozen=True)
class Extraction:
    """What :func:`extract_plan` found: the plan text (one step per line), or why there is none."""

    plan: Optional[str]
    reason: Optional[str] = None


# A step: `(name args…)`, maybe after a time stamp `t:`, maybe with a duration `[d]`, maybe with
# a `;` comment. Numbering (`1.`, `2)`, `Step 3:`) and bullets (`-`, `*`, `•`) come before it.
_PREFIX = re.compile(r"\s*(?:(?:step\s*)?\d{1,6}\s*[.):]\s+|[-*•]\s+)?", re.IGNORECASE)
_STEP = re.compile(
    r"(?:\d{1,12}(?:\.\d{1,12})?\s*:\s*)?\(\s*[A-Za-z][\w\-]*(?:\s+[\w\-?.]+)*\s*\)(?:\s*\[\s*\d{1,12}(?:\.\d{1,12})?\s*\])?"
)
_FENCE = re.compile(r"\s*(```|~~~)")
_LONGEST_LINE = 4_096


def _step(line: str) -> Optional[str]:
    """The step a line holds (prefix, backticks and trailing comment removed), or None."""
    if len(line) > _LONGEST_LINE:
        return None
    text = line.strip().strip("`").strip()
    text = text[_PREFIX.match(text).end() :].strip("`").strip()
    comment = text.find(";")
    if comment >= 0:
        text = text[:comment].strip().strip("`").strip()
    return text if _STEP.fullmatch(text) else None


def _is_filler(line: str) -> bool:
    """A line that may stand inside a plan: blank, or only a comment."""
    text = line.strip()
    return not text or text.startswith(";")


def _final_answer(text: str) -> str:
    """The text after the last closed reasoning block (`<think>…</think>`)."""
    end = text.rfind("</think>")
    return text[end + len("</think>") :] if end >= 0 else text


def _runs(lines: Sequence[str]) -> List[List[str]]:
    """Runs of consecutive step lines (filler lines do not break a run, other lines do)."""
    runs: List[List[str]] = []
    current: List[str] = []
    for line in lines:
        step = _step(line)
        if step is not None:
            current.append(step)
        elif not _is_filler(line) and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def extract_plan(completion: str, strict: bool = True, max_chars: int = MAX_CHARS) -> Extraction:
    """Find the plan in a model's raw completion.

    Lenient mode takes the last fenced block holding steps, else the last run of step lines.
    Strict mode takes a plan only when there is exactly one, and nothing but steps, comments and
    blank lines inside it; otherwise it returns no plan and the reason.
    """
    if not isinstance(completion, str):
        raise TypeError(f"a completion is a str, not {type(completion).__name__}")
    if len(completion) > max_chars:
        return Extraction(None, f"the completion is over {max_chars} characters")
    if strict and "<think>" in completion and "</think>" not in completion:
        return Extraction(None, "the reasoning block <think> is not closed")
    lines = _final_answer(completion).splitlines()

    blocks: List[List[str]] = []  # contents of fenced blocks
    outside: List[str] = []
    inside: Optional[List[str]] = None
    for line in lines:
        if _FENCE.match(line):
            if inside is None:
                inside = []
            else:
                blocks.append(inside)
                inside = None
        elif inside is not None:
            inside.append(line)
        else:
            outside.append(line)
    if inside is not None:  # an unclosed fence runs to the end
        if strict:
            return Extraction(None, "a code fence is not closed")
        blocks.append(inside)

    with_steps = [b for b in blocks if any(_step(line) is not None for line in b)]
    if with_steps:
        if strict:
            if len(with_steps) > 1:
                return Extraction(None, f"{len(with_steps)} fenced blocks hold steps: give one plan")
            if _runs(outside):
                return Extraction(None, "steps stand both inside and outside the code fence")
        chosen = with_steps[-1]
        if strict:
            prose = [line for line in chosen if _step(line) is None and not _is_filler(line)]
            if prose:
                return Extraction(None, f"the plan holds a line that is not a step: {prose[0].strip()[:80]!r}")
        return Extraction("".join(step + "\n" for step in (_step(line) for line in chosen) if step))

    runs = _runs(outside)
    if not runs:
        return Extraction(None, "no plan steps `(action arg …)` found")
    if strict and len(runs) > 1:
        return Extraction(None, f"{len(runs)} separate runs of steps: give one plan")
    return Extraction("".join(step + "\n" for step in runs[-1]))


def _fenced_or_whole(completion: str, strict: bool) -> Optional[str]:
    """For FOL and rules: the one fenced block, else the whole final answer (None when strict
    and there are several blocks)."""
    text = _final_answer(completion)
    blocks = re.findall(r"^\s*(?:```|~~~)[^\n]*\n(.*?)^\s*(?:```|~~~)\s*$", text, flags=re.MULTILINE | re.DOTALL)
    if len(blocks) > 1 and strict:
        return None
    return blocks[-1] if blocks else text


def _ground_truth(ground_truth: Union[str, Mapping[str, Any], None]) -> Dict[str, Any]:
    if ground_truth is None:
        return {}
    if isinstance(ground_truth, str):
        stripped = ground_truth.strip()
        if stripped.startswith("{"):
            value = json.loads(stripped)
            if not isinstance(value, dict):
                raise TypeError("ground_truth JSON must be an object")
            return value
        return {"label": stripped}  # FOL datasets store the bare label
    if isinstance(ground_truth, Mapping):
        return dict(ground_truth)
    raise TypeError(f"ground_truth is a dict or its JSON text, not {type(ground_truth).__name__}")


class _Unscorable(Exception):
    """The completion cannot be checked at all: it scores 0 without a check."""


def _request(data_source: str, solution: str, truth: Dict[str, Any], score: str, strict: bool,
             max_chars: int, limits: Mapping[str, Any]) -> Dict[str, Any]:
    """The registry request that checks one completion."""
    if not isinstance(solution, str):
        raise TypeError(f"a completion is a str, not {type(solution).__name__}")
    if len(solution) > max_chars:
        raise _Unscorable(f"over {max_chars} characters")
    if data_source == "pddl_plan":
        if "domain" not in truth or "problem" not in truth:
            raise TypeError("pddl_plan ground truth needs `domain` and `problem`")
        found = extract_plan(solution, strict=strict, max_chars=max_chars)
        if found.plan is None:
            raise _Unscorable(found.reason)
        arguments = {"domain": truth["domain"], "problem": truth["problem"], "plan": found.plan,
                     "keep_going": score == "goals" or score == "graded", "trace": False}
        return {"tool": "validate_plan", "arguments": {**limits, **arguments}}
    text = _fenced_or_whole(solution, strict)
    if text is None:
        raise _Unscorable("several fenced blocks")
    if data_source == "fol":
        if "reference" in truth:
            return {"tool": "fol_equivalent", "arguments": {**limits, "candidate": text, "reference": truth["reference"]}}
        if "label" not in truth:
            raise TypeError("fol ground truth needs `label` or `reference`")
        return {"tool": "check_fol", "arguments": {**limits, "program": text}}
    if data_source == "rules":
        if "expect" not in truth:
            raise TypeError("rules ground truth needs `expect`")
        program = (truth["facts"].rstrip("\n") + "\n" + text) if truth.get("facts") else text
        arguments = {**limits, "program": program, "expect": truth["expect"]}
        if truth.get("queries"):
            arguments["queries"] = list(truth["queries"])
        return {"tool": "check_rules", "arguments": arguments}
    raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, not {data_source!r}")


@functools.lru_cache(maxsize=256)
def _goal_conjuncts(problem: str) -> Optional[int]:
    """The number of top-level conjuncts of a PDDL problem's goal (1 when it is not an `and`),
    read with a bounded scan; None when the goal cannot be found."""
    text = re.sub(r";[^\n]*", "", problem)
    match = re.search(r"\(\s*:goal\s*", text, flags=re.IGNORECASE)
    if not match:
        return None
    at = match.end()
    if not re.match(r"\(\s*and\b", text[at:], flags=re.IGNORECASE):
        return 1
    at = text.index("(", at) + 1
    at += len(re.match(r"\s*and", text[at:], flags=re.IGNORECASE).group(0))
    count, depth = 0, 0
    for ch in text[at:]:
        if ch == "(":
            if depth == 0:
                count += 1
            depth += 1
        elif ch == ")":
            if depth == 0:
                return count
            depth -= 1
    return None


def _score(data_source: str, report: Any, truth: Dict[str, Any], score: str, partial: float) -> float:
    """The score of one checked completion."""
    if report.is_error or report.verdict in ("error", "unknown"):
        return 0.0
    detail = report.detail
    if data_source == "pddl_plan":
        if report.verdict == "valid":
            return 1.0
        if score == "executable":
            steps = detail.get("steps") or 0
            return partial * (detail.get("executed_steps", 0) / steps) if steps else 0.0
        if score in ("goals", "graded"):
            total = _goal_conjuncts(truth["problem"])
            missed = len(detail.get("unsatisfied_goals") or [])
            if not total or detail.get("steps", 0) == 0:
                return 0.0
            return partial * max(0.0, 1.0 - missed / total)
        return 0.0
    if data_source == "fol":
        if "reference" in truth:
            return 1.0 if detail.get("equivalent") is True else 0.0
        label = detail.get("label")
        if label is None:
            return 0.0
        if str(label).lower() == str(truth["label"]).strip().lower():
            return 1.0
        if score == "graded" and label != "Inconsistent":
            return partial
        return 0.0
    # rules
    expectations = detail.get("expectations") or []
    if not expectations:
        return 0.0
    met = sum(1 for e in expectations if e.get("met"))
    if met == len(expectations):
        return 1.0
    return partial * met / len(expectations) if score == "graded" else 0.0


def _check_score(score: str) -> None:
    if score not in SCORES:
        raise ValueError(f"score must be one of {', '.join(SCORES)}, not {score!r}")


def score_reports(data_sources: Sequence[str], solutions: Sequence[str], ground_truths: Sequence[Any],
                  score: str = "binary", strict: bool = True, partial: float = 0.5,
                  max_chars: int = MAX_CHARS, limits: Optional[Mapping[str, Any]] = None,
                  jobs: Optional[int] = None) -> List[float]:
    """Score many completions at once (checked in parallel): the engine of both reward shapes."""
    _check_score(score)
    if not len(data_sources) == len(solutions) == len(ground_truths):
        raise ValueError("data_sources, solutions and ground_truths differ in length")
    limits = dict(DEFAULT_LIMITS if limits is None else limits)
    truths = [_ground_truth(t) for t in ground_truths]
    requests: List[Dict[str, Any]] = []
    positions: List[int] = []
    for i, (source, solution, truth) in enumerate(zip(data_sources, solutions, truths)):
        try:
            requests.append(_request(source, solution, truth, score, strict, max_chars, limits))
            positions.append(i)
        except _Unscorable:
            pass
    scores = [0.0] * len(solutions)
    for i, report in zip(positions, _native.batch(requests, jobs, 1024)):
        scores[i] = _score(data_sources[i], report, truths[i], score, partial)
    return scores


def compute_score(data_source: str, solution_str: str, ground_truth: Union[str, Mapping[str, Any]],
                  extra_info: Optional[Mapping[str, Any]] = None, *, score: str = "binary",
                  strict: bool = True, partial: float = 0.5, max_chars: int = MAX_CHARS,
                  limits: Optional[Mapping[str, Any]] = None) -> float:
    """verl's reward function: the score of one completion (see the module doc).

    ``extra_info`` may override ``score``, ``strict`` and ``partial`` per example (keys of the
    same names); verl's ``reward_kwargs`` set them for a whole run.
    """
    if extra_info:
        score = extra_info.get("score", score)
        strict = extra_info.get("strict", strict)
        partial = extra_info.get("partial", partial)
    return score_reports([data_source], [solution_str], [ground_truth], score=score, strict=strict,
                         partial=partial, max_chars=max_chars, limits=limits, jobs=1)[0]


def _completion_text(completion: Any) -> str:
    """TRL passes a str, or a conversation (a list of messages) whose last message is the answer."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list) and completion and isinstance(completion[-1], Mapping):
        content = completion[-1].get("content", "")
        if isinstance(content, str):
            return content
    raise TypeError("a completion is a str or a list of chat messages ({'role': …, 'content': str})")


def _infer_source(columns: Mapping[str, Any]) -> str:
    if "domain" in columns and "problem" in columns:
        return "pddl_plan"
    if "expect" in columns:
        return "rules"
    if "label" in columns or "reference" in columns:
        return "fol"
    raise TypeError("cannot tell the data source: pass a `data_source` column, or `domain`+`problem`, "
                    "`label`/`reference`, or `expect` columns")


_TRUTH_KEYS = ("domain", "problem", "label", "reference", "expect", "facts", "queries")


def make_reward_fn(data_source: Optional[str] = None, score: str = "binary", strict: bool = True,
                   partial: float = 0.5, max_chars: int = MAX_CHARS,
                   limits: Optional[Mapping[str, Any]] = None, jobs: Optional[int] = None):
    """A TRL reward function ``f(completions, **columns) -> list[float]`` with these settings.

    The ground truth of example i is its ``ground_truth`` column when there is one (verl-style
    datasets), else its ``domain``/``problem``, ``label``/``reference`` or ``expect``/``facts``/
    ``queries`` columns. The data source is ``data_source`` here, else the ``data_source``
    column, else inferred from the columns present.
    """
    _check_score(score)

    def reward(completions: Sequence[Any], **columns: Any) -> List[float]:
        n = len(completions)
        texts = [_completion_text(c) for c in completions]
        if data_source is not None:
            sources = [data_source] * n
        elif "data_source" in columns:
            sources = list(columns["data_source"])
        else:
            sources = [_infer_source(columns)] * n
        if "ground_truth" in columns:
            truths = list(columns["ground_truth"])
        else:
            present = [k for k in _TRUTH_KEYS if k in columns]
            truths = [{k: columns[k][i] for k in present} for i in range(n)]
        return score_reports(sources, texts, truths, score=score, strict=strict, partial=partial,
                             max_chars=max_chars, limits=limits, jobs=jobs)

    reward.__name__ = f"herbrand_{data_source or 'auto'}_{score}"
    return reward


#: The default TRL reward function: binary, strict, data source from the columns.
reward_fn = make_reward_fn()
reward_fn.__name__ = "reward_fn"
