"""The tool functions: generated from the registry, same Reports as the library, misuse raises."""

import inspect
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import herbrand
from herbrand import _native
from conftest import triple

PYTHON_DIR = Path(__file__).resolve().parents[1]


def test_every_registry_tool_is_a_function_with_the_schema_arguments():
    names = [t["name"] for t in herbrand.TOOLS]
    assert names[:5] == ["validate_plan", "check_pddl", "check_fol", "fol_equivalent", "check_rules"]
    for spec in herbrand.TOOLS:
        schema = spec["input_schema"]
        signature = inspect.signature(getattr(herbrand, spec["name"]))
        required = schema.get("required", [])
        positional = [p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
        keyword_only = {p.name for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY}
        assert positional == required, spec["name"]
        assert keyword_only == set(schema["properties"]) - set(required), spec["name"]
        assert all(p.default is None for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY)
        assert spec["description"].split()[0] in getattr(herbrand, spec["name"]).__doc__


def test_validate_plan_takes_the_positional_order_of_the_cli():
    domain, problem, plan = triple("blocksworld", "valid")
    assert herbrand.validate_plan(domain, problem, plan).verdict == "valid"
    assert herbrand.validate_plan(plan=plan, problem=problem, domain=domain).verdict == "valid"


def test_the_stub_is_generated_from_the_current_registry():
    result = subprocess.run([sys.executable, str(PYTHON_DIR / "scripts" / "gen_stubs.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_native_stub_names_exactly_what_the_module_defines():
    import ast

    tree = ast.parse((PYTHON_DIR / "herbrand" / "_native.pyi").read_text())
    stubbed = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    stubbed |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)}
    defined = {n for n in dir(_native) if not n.startswith("__") or n == "__version__"}
    assert stubbed == defined
    for cls in (herbrand.Report, herbrand.Diagnostic, herbrand.Fix, herbrand.Span):
        node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
        members = {m.name for m in node.body if isinstance(m, ast.FunctionDef)}
        members |= {m.target.id for m in node.body if isinstance(m, ast.AnnAssign)}
        public = {m for m in dir(cls) if not m.startswith("_")}
        assert members == public, cls.__name__


def test_a_report_carries_verdict_summary_diagnostics_detail_and_renderings():
    domain, problem, plan = triple("blocksworld", "misspell_action")
    report = herbrand.validate_plan(domain, problem, plan)
    assert (report.kind, report.verdict, report.ok, report.is_error) == ("plan", "invalid", False, False)
    assert "stac" in report.summary
    first = report.diagnostics[0]
    assert first.code == "plan/unknown-action" and first.severity == "error" and first.file == "plan"
    assert (first.span.line, first.span.column) == (3, 2)
    assert domain is not None and first.help == "did you mean `stack`?"
    assert report.codes == [d.code for d in report.diagnostics]
    assert report.detail["failed_step"] == 2
    assert "elapsed_ms" in report.stats
    as_dict = report.to_dict()
    assert as_dict["schema"] == "herbrand.report/v1" and as_dict["detail"] == report.detail
    assert json.loads(report.to_json()) == as_dict
    assert report.render("llm").startswith("INVALID: step 2")
    assert "plan/unknown-action" in report.render("human")
    with pytest.raises(ValueError):
        report.render("yaml")


def test_apply_fix_returns_the_repaired_text_which_validates():
    domain, problem, plan = triple("blocksworld", "misspell_action")
    report = herbrand.validate_plan(domain, problem, plan)
    fixed = report.apply_fix(0)
    assert "(stack b a)" in fixed and "(stac " not in fixed
    assert herbrand.validate_plan(domain, problem, fixed).verdict == "valid"
    assert report.apply_fix(0, file="plan") == fixed
    with pytest.raises(IndexError):
        report.apply_fix(len(report.diagnostics))
    with pytest.raises(IndexError):
        report.apply_fix(0, fix=5)
    with pytest.raises(ValueError):
        report.apply_fix(0, file="domain")


def test_bad_input_is_a_report_misuse_raises():
    broken = herbrand.check_pddl("(define (domain d) (:predicates (p)")
    assert broken.verdict == "error" and not broken.is_error
    with pytest.raises(TypeError, match="expected a string"):
        herbrand.check_pddl(42)
    with pytest.raises(TypeError):
        herbrand.validate_plan("d", "p")  # a missing argument
    with pytest.raises(TypeError):
        herbrand.check_rules("p(a).", qeuries=["p(X)"])  # a misspelt argument
    with pytest.raises(TypeError, match="no argument"):
        herbrand.call("check_rules", program="p(a).", qeuries=["p(X)"])
    with pytest.raises(TypeError, match="JSON"):
        herbrand.call("check_rules", program=object())
    oversized = herbrand.check_rules("p(a).\n" * 100, max_input_bytes=10)
    assert (oversized.verdict, oversized.is_error) == ("unknown", True)
    assert herbrand.call("no_such_tool").codes == ["request/unknown-tool"]


def test_every_check_runs_from_python():
    fol = herbrand.check_fol("Premises:\nBird(tweety)\nConclusion:\nBird(tweety)\n")
    assert fol.detail["label"] == "True"
    equivalent = herbrand.fol_equivalent("∀x (P(x) → Q(x))", "∀y (¬P(y) ∨ Q(y))")
    assert equivalent.detail["equivalent"] is True
    rules = herbrand.check_rules("parent(tom, bob).\nparent(bob, ann).\ngp(X, Z) :- parent(X, Y), parent(Y, Z).\n",
                                 queries=["gp(tom, X)"])
    assert rules.detail["queries"][0]["answers"] == [{"bindings": {"X": "ann"}}]
    assert herbrand.check_pddl(triple("gripper", "valid")[0]).verdict == "valid"


def test_explain_and_codes_read_the_code_registry():
    assert "plan/unknown-action" in herbrand.codes()
    assert herbrand.explain("plan/unknown-action").startswith("plan/unknown-action")
    assert herbrand.explain("no/such-code") is None


def test_checks_release_the_gil():
    """While one thread runs a long check, another Python thread keeps running (were the GIL
    held, it would stand still for the whole check, but for one switch interval of 5 ms)."""
    n = 1200
    program = "".join(f"e(n{i}, n{i + 1}).\n" for i in range(n)) + "p(X, Y) :- e(X, Y).\np(X, Z) :- e(X, Y), p(Y, Z).\n"

    def spin(seconds):
        ticks, end = 0, time.perf_counter() + seconds
        while time.perf_counter() < end:
            ticks += 1
        return ticks

    rate = spin(0.2) / 0.2  # loop iterations per second with nothing else running here
    started, done = threading.Event(), threading.Event()
    result = []

    def check():
        started.set()
        result.append(herbrand.check_rules(program))
        done.set()

    worker = threading.Thread(target=check)
    worker.start()
    started.wait()
    ticks, began = 0, time.perf_counter()
    while not done.is_set():
        ticks += 1
    elapsed = time.perf_counter() - began
    worker.join()
    assert result[0].verdict == "valid"
    assert elapsed > 0.1, "the check was too quick to tell"
    # Held GIL: at most ~5 ms worth of iterations. Released: a good share of the whole time.
    assert ticks > rate * max(0.05 * elapsed, 0.02), (ticks, rate, elapsed)


def test_reports_match_the_command_line():
    """The same Report as `herbrand plan --format json` (wall times aside), when the binary is
    built next to the package."""
    binary = PYTHON_DIR.parent / "target" / "debug" / "herbrand"
    if not binary.exists():
        binary = PYTHON_DIR.parent / "target" / "release" / "herbrand"
    if not binary.exists():
        pytest.skip("no herbrand binary built in target/")
    base = PYTHON_DIR.parent / "domains" / "blocksworld"
    for plan in ("valid", "delete_step", "unknown_object"):
        paths = [base / "domain.pddl", base / "p01.pddl", base / "plans" / f"p01.{plan}.plan"]
        cli = subprocess.run([str(binary), "plan", *map(str, paths), "--format", "json"], capture_output=True, text=True)
        from_cli = json.loads(cli.stdout)
        from_python = herbrand.validate_plan(*(p.read_text() for p in paths)).to_dict()
        for report in (from_cli, from_python):
            report["stats"] = {k: v for k, v in report["stats"].items() if not k.endswith("_ms")}
        assert from_python == from_cli, plan
