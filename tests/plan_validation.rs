//! Plan validation, case by case.
//!
//! Every case is a (domain, problem, plan) triple under `tests/data/plan/`: `val/` holds the small
//! blocksworld and logistics cases whose VAL output is recorded in `val/VAL_OUTPUTS.md`, `cases/`
//! holds one feature per file (ADL preconditions, conditional effects, derived predicates, numeric
//! fluents, time stamps, LLM noise, unsupported temporal input). For each case the test asserts
//!
//! - the verdict, `detail.failed_step` (1-based among the plan's steps; null when the plan is valid
//!   or only the goal fails), `detail.unsatisfied_goals` and `detail.final_value`;
//! - the exact multiset of diagnostics as (code, file, line of the primary span), so a missing
//!   diagnostic fails as surely as a cascade of follow-on ones;
//! - that every entry of `detail.failures` is backed by a diagnostic on that step's line;
//! - for the cases marked `snapshot`, the three renderings (human, llm, json).
//!
//! Where VAL's behaviour is recorded, the comment above the case says what VAL did; where herbrand
//! deliberately differs, the comment says how and why. `every_fix_repairs_what_it_claims` applies
//! every machine-applicable fix to the plan text, validates again and checks that the failure it
//! claims to repair is gone. Known bugs live in `tests/plan_pending.rs`, ignored.

use std::path::Path;

use herbrand::report::codes;
use herbrand::report::render::{render, Format};
use herbrand::report::{Diagnostic, Edit, Fix};
use herbrand::{validate_plan, Budget, Kind, PlanOptions, Report, Severity, SourceFile, Verdict};
use serde_json::Value;

const DATA: &str = "tests/data/plan";

const BW: &str = "val/bw-domain.pddl";
const BW_P1: &str = "val/bw-p1.pddl";
const LOG: &str = "val/log-domain.pddl";
const LOG_P1: &str = "val/log-p1.pddl";

const SYNTAX: &str = codes::PLAN_SYNTAX_ERROR.name;
const NOISE: &str = codes::PLAN_LLM_NOISE.name;
const STRAY: &str = codes::PLAN_STRAY_PAREN.name;
const UNKNOWN_ACTION: &str = codes::PLAN_UNKNOWN_ACTION.name;
const ARITY: &str = codes::PLAN_WRONG_ARITY.name;
const UNKNOWN_OBJECT: &str = codes::PLAN_UNKNOWN_OBJECT.name;
const TYPE: &str = codes::PLAN_TYPE_MISMATCH.name;
const PRECONDITION: &str = codes::PLAN_UNSATISFIED_PRECONDITION.name;
const GOAL: &str = codes::PLAN_GOAL_NOT_SATISFIED.name;
const UNDEFINED: &str = codes::PLAN_UNDEFINED_FLUENT.name;
const ARITHMETIC: &str = codes::PLAN_ARITHMETIC_ERROR.name;
const INTERFERING: &str = codes::PLAN_INTERFERING_STEPS.name;
const UNSUPPORTED: &str = codes::PLAN_UNSUPPORTED.name;
const INVARIANT: &str = codes::PLAN_INVARIANT_VIOLATED.name;
const DURATION: &str = codes::PLAN_DURATION_VIOLATED.name;
const MISSING_DURATION: &str = codes::PLAN_MISSING_DURATION.name;
const MUTEX: &str = codes::PLAN_MUTEX_VIOLATION.name;
const TD: &str = "cases/temporal-domain.pddl";
const TP: &str = "cases/temporal-problem.pddl";

/// One expected diagnostic: code, file role (`domain`/`problem`/`plan`), line of the primary span.
type Expect = (&'static str, &'static str, usize);

struct Case {
    name: &'static str,
    domain: &'static str,
    problem: &'static str,
    plan: &'static str,
    keep_going: bool,
    max_steps: Option<u64>,
    verdict: Verdict,
    failed_step: Option<usize>,
    goals: &'static [&'static str],
    final_value: Option<f64>,
    diags: &'static [Expect],
    /// Snapshot the three renderings.
    snapshot: bool,
    /// Check the fixes (false only where a known bug makes a fix fail; see plan_pending.rs).
    check_fixes: bool,
}

const DEFAULT: Case = Case {
    name: "",
    domain: BW,
    problem: BW_P1,
    plan: "",
    keep_going: false,
    max_steps: None,
    verdict: Verdict::Valid,
    failed_step: None,
    goals: &[],
    final_value: None,
    diags: &[],
    snapshot: false,
    check_fixes: true,
};

/// Read a test file as the CLI does: bytes, then UTF-8 decoding, the path kept for display.
fn source(role: &str, rel: &str) -> SourceFile {
    let path = format!("{DATA}/{rel}");
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    herbrand::input::decode(role, Some(&path), bytes).unwrap_or_else(|d| panic!("{path}: {}", d.message))
}

fn options(case: &Case) -> (Budget, PlanOptions) {
    let mut budget = Budget::default();
    if let Some(n) = case.max_steps {
        budget.max_steps = n;
    }
    (budget, PlanOptions { keep_going: case.keep_going, trace: None, ..Default::default() })
}

fn validate(case: &Case) -> Report {
    let (budget, opts) = options(case);
    validate_plan(
        source("domain", case.domain),
        source("problem", case.problem),
        source("plan", case.plan),
        &budget,
        &opts,
    )
}

/// The same case with another plan text.
fn validate_text(case: &Case, plan: &str) -> Report {
    let plan = SourceFile::new("plan", plan).with_path(format!("{DATA}/{}", case.plan));
    validate_files(case, source("domain", case.domain), source("problem", case.problem), plan)
}

fn validate_files(case: &Case, domain: SourceFile, problem: SourceFile, plan: SourceFile) -> Report {
    let (budget, opts) = options(case);
    validate_plan(domain, problem, plan, &budget, &opts)
}

fn detail<'a>(report: &'a Report, key: &str) -> &'a Value {
    report.detail.get(key).unwrap_or(&Value::Null)
}

fn failed_step(report: &Report) -> Option<usize> {
    detail(report, "failed_step").as_u64().map(|n| n as usize)
}

fn unsatisfied_goals(report: &Report) -> Vec<String> {
    match detail(report, "unsatisfied_goals") {
        Value::Array(goals) => goals.iter().map(|g| g.as_str().unwrap_or_default().to_string()).collect(),
        _ => Vec::new(),
    }
}

fn failures(report: &Report) -> &[Value] {
    detail(report, "failures").as_array().map_or(&[], Vec::as_slice)
}

fn located(report: &Report) -> Vec<(String, String, usize)> {
    let mut found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.clone(), d.file.clone().unwrap_or_default(), d.span.map_or(0, |s| s.line)))
        .collect();
    found.sort();
    found
}

fn case(name: &str) -> &'static Case {
    CASES.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no case {name}"))
}

fn run(case: &Case) {
    let report = validate(case);
    let llm = render(&report, Format::Llm, false);
    let name = case.name;
    assert_eq!(report.kind, Kind::Plan);
    assert_eq!(report.verdict, case.verdict, "{name}: verdict\n{llm}");
    assert_eq!(failed_step(&report), case.failed_step, "{name}: detail.failed_step\n{llm}");
    assert_eq!(unsatisfied_goals(&report), case.goals, "{name}: detail.unsatisfied_goals\n{llm}");
    let value = detail(&report, "final_value").as_f64();
    assert_eq!(value, case.final_value, "{name}: detail.final_value\n{llm}");
    let mut want: Vec<_> = case.diags.iter().map(|&(c, f, l)| (c.to_string(), f.to_string(), l)).collect();
    want.sort();
    assert_eq!(located(&report), want, "{name}: diagnostics (code, file, line)\n{llm}");

    assert!(!report.summary.trim().is_empty(), "{name}: empty summary");
    for d in &report.diagnostics {
        assert!(codes::lookup(&d.code).is_some(), "{name}: undocumented code {}", d.code);
        assert!(!d.message.trim().is_empty(), "{name}: empty message for {}", d.code);
    }
    if report.verdict == Verdict::Valid {
        assert_eq!(report.count(Severity::Error), 0, "{name}: a valid verdict with errors\n{llm}");
    }
    // Every failing step in the detail is explained by a diagnostic on its line, and the first
    // one is the failed step.
    let steps: Vec<usize> = failures(&report).iter().filter_map(|f| f["step"].as_u64()).map(|s| s as usize).collect();
    assert_eq!(steps.first().copied(), case.failed_step, "{name}: detail.failures[0].step\n{llm}");
    for f in failures(&report) {
        let code = f["code"].as_str().unwrap_or_default();
        let line = f["line"].as_u64().unwrap_or_default() as usize;
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.code == code && d.file.as_deref() == Some("plan") && d.span.map(|s| s.line) == Some(line)),
            "{name}: failure {f} has no diagnostic\n{llm}"
        );
    }
    if let Some(step) = case.failed_step {
        let first = &failures(&report)[0];
        assert_eq!(detail(&report, "failed_line"), &first["line"], "{name}: detail.failed_line");
        assert!(
            report.summary.starts_with(&format!("step {step} ")),
            "{name}: summary names the step: {}",
            report.summary
        );
    }
    if case.snapshot {
        snapshots(name, report);
    }
}

/// The three renderings; wall-clock times (every stat ending in `_ms`) are zeroed.
fn snapshots(name: &str, mut report: Report) {
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

macro_rules! cases {
    ($( $name:ident { $($field:ident: $value:expr),* $(,)? } )*) => {
        const CASES: &[Case] = &[ $( Case { name: stringify!($name), $($field: $value,)* ..DEFAULT } ),* ];
        $( #[test] fn $name() { run(case(stringify!($name))); } )*
    };
}

cases! {
    // ----- VAL's recorded cases (val/VAL_OUTPUTS.md) ---------------------------------------------

    // a_valid — VAL: "Plan valid", "Final value: 6" (no metric: the number of steps).
    val_valid { plan: "val/bw-valid.plan", final_value: Some(6.0), snapshot: true }
    // b_precond — VAL -v: step 1 `(stack b a)` at time 1, advice "(Set (holding b) to true)".
    val_precond {
        plan: "val/bw-precond.plan", verdict: Verdict::Invalid, failed_step: Some(1),
        diags: &[(PRECONDITION, "plan", 1)], snapshot: true,
    }
    // c_goal — VAL: "Goal not satisfied", advice "(Set (on d c) to true)".
    val_goal {
        plan: "val/bw-goal.plan", verdict: Verdict::Invalid, goals: &["(on d c)"],
        diags: &[(GOAL, "problem", 6)], snapshot: true,
    }
    // d1_unknown_action — VAL: "Bad plan description!" (exit 0), no step named.
    val_unknown_action {
        plan: "val/bw-unknown-action.plan", verdict: Verdict::Invalid, failed_step: Some(3),
        diags: &[(UNKNOWN_ACTION, "plan", 3)], snapshot: true,
    }
    // d2_arity — VAL crashes (SIGSEGV, exit 139) on `(stack b)`; herbrand names the step and the
    // declared parameters.
    val_arity {
        plan: "val/bw-arity.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(ARITY, "plan", 2)], snapshot: true,
    }
    // Not run through VAL: too many arguments, and none.
    val_arity_more {
        plan: "val/bw-arity-more.plan", verdict: Verdict::Invalid, failed_step: Some(1),
        diags: &[(ARITY, "plan", 1)],
    }
    val_arity_zero {
        plan: "val/bw-arity-zero.plan", verdict: Verdict::Invalid, failed_step: Some(7),
        diags: &[(ARITY, "plan", 7)],
    }
    // d3_unknown_object — VAL: "Error in type-checking!" (exit 255, no verdict about the plan);
    // herbrand: the plan is invalid at step 3. No name is near `z`, so no fix, only the list.
    val_unknown_object {
        plan: "val/bw-unknown-object.plan", verdict: Verdict::Invalid, failed_step: Some(3),
        diags: &[(UNKNOWN_OBJECT, "plan", 3)], snapshot: true,
    }
    // d4_plan_syntax — VAL: "Bad plan description!". herbrand reads the other steps, reports the
    // unclosed step where it is read, and the run stops there (step 3).
    val_plan_syntax {
        plan: "val/bw-plan-syntax.plan", verdict: Verdict::Invalid, failed_step: Some(3),
        diags: &[(SYNTAX, "plan", 3), (SYNTAX, "plan", 3)], snapshot: true,
    }
    // d5_timestamped — VAL: valid, final value 6.
    val_timestamped { plan: "val/bw-timestamped.plan", final_value: Some(6.0) }
    // d6_empty_plan — VAL: "Goal not satisfied" with all three goal literals.
    val_empty {
        plan: "val/bw-empty.plan", verdict: Verdict::Invalid, goals: &["(on d c)", "(on c b)", "(on b a)"],
        diags: &[(GOAL, "problem", 6)],
    }
    // d8_stray_paren — DIFFERENCE: VAL silently stops reading at the stray `)` after step 2 and
    // reports "Goal not satisfied" for a plan whose six steps do reach the goal. herbrand warns
    // about the `)` and reads on: the plan is valid.
    val_stray_paren {
        plan: "val/bw-stray-paren.plan", final_value: Some(6.0),
        diags: &[(STRAY, "plan", 2)], snapshot: true,
    }
    // d9_garbage_line — DIFFERENCE: VAL silently stops reading at `foo bar` (line 3) and reports
    // "Goal not satisfied". herbrand reports the line as a syntax error (so the plan is invalid)
    // and checks every step: they reach the goal, so no goal failure, no failed step, and the
    // value of the steps read is given.
    val_garbage_line {
        plan: "val/bw-garbage-line.plan", verdict: Verdict::Invalid, final_value: Some(6.0),
        diags: &[(SYNTAX, "plan", 3)],
    }
    // Not run through VAL: upper case names, comments and a cost line.
    val_case { plan: "val/bw-case.plan", final_value: Some(6.0) }
    val_comments { plan: "val/bw-comments.plan", final_value: Some(6.0) }
    // e1_domain_paren — VAL: "Bad plan description!" (it blames the plan). herbrand: the domain
    // cannot be read; verdict `error`, located at the `(define` and at the misplaced `:effect`.
    val_domain_paren {
        domain: "val/bw-domain-paren.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/unclosed-paren", "domain", 5), ("pddl/misplaced-section", "domain", 27)],
    }
    // e2_domain_keyword — VAL: "Problem in domain definition!" (exit 255).
    val_domain_keyword {
        domain: "val/bw-domain-kw.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/unknown-section", "domain", 17)],
    }
    // e3_domain_undefpred — VAL: "Predicate on-table not found".
    val_domain_undefpred {
        domain: "val/bw-domain-undefpred.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/undefined-predicate", "domain", 17)],
    }
    // e4_domain_predarity — VAL: "(holding x x) - too many parameters".
    val_domain_predarity {
        domain: "val/bw-domain-predarity.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/arity-mismatch", "domain", 22)],
    }
    // f1_problem_unkobj — VAL: "Object with unknown type: e".
    val_problem_unknown_object {
        problem: "val/bw-p1-unkobj.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/undefined-object", "problem", 5)],
    }
    // f2_problem_undefpred — VAL: "Predicate above not found".
    val_problem_undefpred {
        problem: "val/bw-p1-undefpred.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/undefined-predicate", "problem", 6)],
    }
    // f3_problem_trunc — VAL: "Parser failed to read file!".
    val_problem_truncated {
        problem: "val/bw-p1-trunc.pddl", plan: "val/bw-valid.plan", verdict: Verdict::Error,
        diags: &[("pddl/unclosed-paren", "problem", 1), ("pddl/unclosed-paren", "problem", 6)],
    }
    // h_typemismatch — VAL: "Bad plan description!"; herbrand names the parameter and the objects
    // that fit.
    val_type_mismatch {
        domain: LOG, problem: LOG_P1, plan: "val/log-typemismatch.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(TYPE, "plan", 1)], snapshot: true,
    }
    // The planner's logistics plan, and the same plan with the wrong truck in step 1.
    val_log_valid { domain: LOG, problem: LOG_P1, plan: "val/log-valid.plan", final_value: Some(20.0) }
    val_log_wrong_object {
        domain: LOG, problem: LOG_P1, plan: "val/log-wrongobj.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(PRECONDITION, "plan", 1)],
    }
    // i_noprecond — DIFFERENCE: VAL answers "Bad operator in plan!" (exit 255) for an action
    // without `:precondition`, which is legal PDDL (VAL issues #29/#65). herbrand: valid.
    val_noprecond {
        domain: "val/noprecond-domain.pddl", problem: "val/noprecond-problem.pddl", plan: "val/noprecond.plan",
        final_value: Some(2.0),
    }
    // PDDL3 trajectory constraints are checked on the states the plan goes through.
    constraints_ok {
        domain: "val/constraints-domain.pddl", problem: "val/constraints-problem.pddl",
        plan: "val/constraints-ok.plan", final_value: Some(2.0),
    }
    constraints_ok2 {
        domain: "val/constraints-domain.pddl", problem: "val/constraints-problem.pddl",
        plan: "val/constraints-ok2.plan", final_value: Some(3.0),
    }
    // `(a) (b) (a) (b) …` makes (p) true a second time at step 3: `(at-most-once (p))` breaks.
    constraints_violate {
        domain: "val/constraints-domain.pddl", problem: "val/constraints-problem.pddl",
        plan: "val/constraints-violate.plan", verdict: Verdict::Invalid,
        diags: &[("plan/constraint-violated", "problem", 2)], snapshot: true,
    }

    // ----- preconditions beyond STRIPS ------------------------------------------------------------
    logic_valid {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-valid.plan",
        final_value: Some(6.0),
    }
    // A negative precondition: (marked a) is already true.
    logic_negative {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-negative.plan",
        verdict: Verdict::Invalid, failed_step: Some(2), diags: &[(PRECONDITION, "plan", 2)],
    }
    // A disjunction: both alternatives are listed.
    logic_or {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-or.plan",
        verdict: Verdict::Invalid, failed_step: Some(2), diags: &[(PRECONDITION, "plan", 2)], snapshot: true,
    }
    // Equality: (swap a a) violates (not (= ?x ?y)).
    logic_eq {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-eq.plan",
        verdict: Verdict::Invalid, failed_step: Some(1), diags: &[(PRECONDITION, "plan", 1)],
    }
    // A universal precondition: the counterexamples b and c are named.
    logic_forall {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-forall.plan",
        verdict: Verdict::Invalid, failed_step: Some(2), diags: &[(PRECONDITION, "plan", 2)], snapshot: true,
    }
    // An existential precondition with no witness.
    logic_exists {
        domain: "cases/logic-domain.pddl", problem: "cases/logic-problem.pddl", plan: "cases/logic-exists.plan",
        verdict: Verdict::Invalid, failed_step: Some(2), diags: &[(PRECONDITION, "plan", 2)],
    }

    // ----- conditional effects --------------------------------------------------------------------
    // Valid only if both `when`s of `toggle` read the state before the step, and if `refresh`
    // (delete then add of (ready)) leaves (ready) true.
    cond_valid {
        domain: "cases/cond-domain.pddl", problem: "cases/cond-problem.pddl", plan: "cases/cond-valid.plan",
        final_value: Some(3.0),
    }
    // Toggling l1 twice switches it back on: the goal names the step that last changed it.
    cond_twice {
        domain: "cases/cond-domain.pddl", problem: "cases/cond-problem.pddl", plan: "cases/cond-twice.plan",
        verdict: Verdict::Invalid, goals: &["(off l1)", "(not (on l1))"], diags: &[(GOAL, "problem", 5)],
        snapshot: true,
    }
    // `forall` + `when`: only the lamps that are on are switched off.
    cond_forall {
        domain: "cases/cond-domain.pddl", problem: "cases/cond-problem.pddl", plan: "cases/cond-forall.plan",
        final_value: Some(3.0),
    }

    // ----- derived predicates ---------------------------------------------------------------------
    // `above` is recursive: (above c a) holds through b.
    derived_valid {
        domain: "cases/derived-domain.pddl", problem: "cases/derived-problem.pddl", plan: "cases/derived-valid.plan",
        final_value: Some(5.0),
    }
    derived_precond {
        domain: "cases/derived-domain.pddl", problem: "cases/derived-problem.pddl", plan: "cases/derived-precond.plan",
        verdict: Verdict::Invalid, failed_step: Some(3), diags: &[(PRECONDITION, "plan", 3)],
    }
    derived_goal {
        domain: "cases/derived-domain.pddl", problem: "cases/derived-problem.pddl", plan: "cases/derived-goal.plan",
        verdict: Verdict::Invalid, goals: &["(above c a)"], diags: &[(GOAL, "problem", 5)],
    }

    // ----- numeric fluents and action costs -------------------------------------------------------
    // level t1: 0 +5 ×2 −3 ÷2 :=10 −3 = 7; total-cost 2+3+1+1+4+1+1+1 = 14 (the metric).
    numeric_valid {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-problem.pddl", plan: "cases/numeric-valid.plan",
        final_value: Some(14.0), snapshot: true,
    }
    // A comparison: (>= (level t1) 3) with (level t1) = 2 at step 3.
    numeric_precond {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-problem.pddl", plan: "cases/numeric-precond.plan",
        verdict: Verdict::Invalid, failed_step: Some(3), diags: &[(PRECONDITION, "plan", 3)],
    }
    // (level t3) has no value and the precondition reads it.
    numeric_undefined_pre {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-problem.pddl",
        plan: "cases/numeric-undefined-pre.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(UNDEFINED, "plan", 2)], snapshot: true,
    }
    // (level t3) has no value and only the effect reads it (message: plan_pending.rs).
    numeric_undefined_eff {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-problem.pddl",
        plan: "cases/numeric-undefined-eff.plan", verdict: Verdict::Invalid, failed_step: Some(1),
        diags: &[(UNDEFINED, "plan", 1)],
    }
    // (/ (level t2) (capacity t2)) with capacity 0 (message and snapshot: plan_pending.rs).
    numeric_divzero {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-problem.pddl",
        plan: "cases/numeric-divzero.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(ARITHMETIC, "plan", 2)],
    }
    // The goal reads (level t3), which has no value (message: plan_pending.rs).
    numeric_undefined_goal {
        domain: "cases/numeric-domain.pddl", problem: "cases/numeric-undefined-goal.problem.pddl",
        plan: "val/bw-empty.plan", verdict: Verdict::Invalid, goals: &["(>= (level t3) 1)"],
        diags: &[(UNDEFINED, "problem", 5)],
    }

    // ----- time stamps ----------------------------------------------------------------------------
    // Two pick-ups at time 2 both need and delete (handempty): they interfere (VAL refuses such
    // happenings too). Step 4 is reported, with step 3 as the other party.
    ts_interfering {
        plan: "cases/bw-interfering.plan", verdict: Verdict::Invalid, failed_step: Some(4),
        diags: &[(INTERFERING, "plan", 4)], snapshot: true,
    }
    // Steps sharing a time stamp are checked in the same state: (stack b a) at time 0 cannot use
    // the (holding b) that (pick-up b) at time 0 produces. (Its fix: plan_pending.rs.)
    ts_same_state {
        plan: "cases/bw-same-state.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(PRECONDITION, "plan", 3)], check_fixes: false,
    }
    // LPG-td style: independent loads and drives share time stamps: 20 steps in 9 happenings.
    ts_simultaneous {
        domain: LOG, problem: LOG_P1, plan: "cases/log-simultaneous.plan", final_value: Some(20.0),
    }
    // LPG-td's `[8.0000])`: the stray `)` after a duration is skipped with a warning.
    ts_lpg_stray_paren {
        plan: "cases/bw-lpg-stray.plan", final_value: Some(6.0), diags: &[(STRAY, "plan", 1)],
    }

    // ----- what LLMs write around plans -----------------------------------------------------------
    // A fence, list numbering (`1.`, `3)`, `-`, `*`, `Step 5:`) and backticks: warnings, and the
    // steps inside are read.
    llm_noise {
        plan: "cases/bw-llm-noise.plan", final_value: Some(6.0),
        diags: &[
            (NOISE, "plan", 1), (NOISE, "plan", 2), (NOISE, "plan", 3), (NOISE, "plan", 3), (NOISE, "plan", 3),
            (NOISE, "plan", 4), (NOISE, "plan", 5), (NOISE, "plan", 6), (NOISE, "plan", 7), (NOISE, "plan", 8),
        ],
        snapshot: true,
    }
    // A prose line first, prose after a step, a prose line last: syntax errors (the plan is
    // invalid), but every step is still read and checked, and they reach the goal.
    llm_prose {
        plan: "cases/bw-llm-prose.plan", verdict: Verdict::Invalid, final_value: Some(6.0),
        diags: &[(SYNTAX, "plan", 1), (SYNTAX, "plan", 5), (SYNTAX, "plan", 8)], snapshot: true,
    }
    // Windows line ends and a comment after a step.
    crlf { plan: "cases/bw-crlf.plan", final_value: Some(6.0) }
    // An empty step `()` and a time stamp without a step.
    empty_step {
        plan: "cases/bw-empty-step.plan", verdict: Verdict::Invalid, final_value: Some(6.0),
        diags: &[(SYNTAX, "plan", 3), (SYNTAX, "plan", 8)],
    }
    // The last step is not closed: the run stops there.
    unclosed_last_step {
        plan: "cases/bw-unclosed-last.plan", verdict: Verdict::Invalid, failed_step: Some(6),
        diags: &[(SYNTAX, "plan", 6), (SYNTAX, "plan", 6)],
    }

    // ----- empty plans ----------------------------------------------------------------------------
    // Valid iff the goal holds initially; the value of an empty plan without a metric is 0.
    empty_plan_goal_holds { problem: "cases/bw-trivial.problem.pddl", plan: "val/bw-empty.plan", final_value: Some(0.0) }
    comment_only_plan_goal_holds {
        problem: "cases/bw-trivial.problem.pddl", plan: "cases/bw-empty-comment.plan", final_value: Some(0.0),
    }

    // ----- names ----------------------------------------------------------------------------------
    // `truk2` is near `tru2`, a truck: the fix replaces it.
    near_object {
        domain: LOG, problem: LOG_P1, plan: "cases/log-near-object.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(UNKNOWN_OBJECT, "plan", 1)],
    }

    // ----- keep going (--continue) ----------------------------------------------------------------
    // Three failing steps (unknown action, precondition, arity), each skipped, then the goal.
    keep_going {
        plan: "cases/bw-several.plan", keep_going: true, verdict: Verdict::Invalid, failed_step: Some(3),
        goals: &["(on d c)", "(on c b)"],
        diags: &[(UNKNOWN_ACTION, "plan", 3), (PRECONDITION, "plan", 4), (ARITY, "plan", 6), (GOAL, "problem", 6)],
        snapshot: true,
    }
    // Without --continue the same plan stops at its first failure.
    stop_at_first_failure {
        plan: "cases/bw-several.plan", verdict: Verdict::Invalid, failed_step: Some(3),
        diags: &[(UNKNOWN_ACTION, "plan", 3)],
    }

    // ----- temporal plans (durative actions, timed initial literals) --------------------------------
    // A one-step durative plan: no metric, so the final value is the number of steps.
    durative {
        domain: "cases/durative-domain.pddl", problem: "cases/durative-problem.pddl", plan: "cases/durative.plan",
        final_value: Some(1.0),
    }
    // Drive, charge, drive; the ridge opens at 6 (a TIL). Metric total-time: the makespan 12.02.
    temporal_valid { domain: TD, problem: TP, plan: "cases/temporal-valid.plan", final_value: Some(12.02), snapshot: true }
    // Step 2 starts at 2.00, before the rover arrives (5.00): its `at start` condition fails; the
    // fix starts it at 5.01 (checked by re-running the plan).
    temporal_start {
        domain: TD, problem: TP, plan: "cases/temporal-start.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(PRECONDITION, "plan", 3)], snapshot: true,
    }
    // Step 3 closes the ridge (end 7.50) before step 2 arrives (8.01): its `at end` fails.
    temporal_end {
        domain: TD, problem: TP, plan: "cases/temporal-end.plan", verdict: Verdict::Invalid, failed_step: Some(2),
        diags: &[(PRECONDITION, "plan", 3)], snapshot: true,
    }
    // Step 3 drives away at 7.00 while step 2 charges until 9.01: `over all (at r1 crater)` breaks
    // between 7 and 9.01, and the note names step 3.
    temporal_invariant {
        domain: TD, problem: TP, plan: "cases/temporal-invariant.plan", verdict: Verdict::Invalid,
        failed_step: Some(2), diags: &[(INVARIANT, "plan", 3)], snapshot: true,
    }
    // Charging starts at 4.00, the rover arrives at 5.00: the invariant is false from the start;
    // the fix starts it at 5.01.
    temporal_invariant_early {
        domain: TD, problem: TP, plan: "cases/temporal-invariant-early.plan", verdict: Verdict::Invalid,
        failed_step: Some(2), diags: &[(INVARIANT, "plan", 3)], snapshot: true,
    }
    // [4.00] where `(= ?duration (distance base crater))` is 5: the fix writes [5].
    temporal_duration {
        domain: TD, problem: TP, plan: "cases/temporal-duration.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(DURATION, "plan", 1)], snapshot: true,
    }
    // No [duration]: the fix appends the one the constraint fixes.
    temporal_missing_duration {
        domain: TD, problem: TP, plan: "cases/temporal-missing.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(MISSING_DURATION, "plan", 1)], snapshot: true,
    }
    // The crater closes (end of step 2) at 5.01, the moment step 3 starts charging there.
    temporal_mutex {
        domain: TD, problem: TP, plan: "cases/temporal-mutex.plan", verdict: Verdict::Invalid, failed_step: Some(3),
        diags: &[(MUTEX, "plan", 4)], snapshot: true,
    }
    // An LLM's plan for a temporal domain without times or durations.
    temporal_untimed {
        domain: TD, problem: TP, plan: "cases/temporal-untimed.plan", verdict: Verdict::Invalid,
        failed_step: Some(1), diags: &[(MISSING_DURATION, "plan", 1)],
    }
    // A TIL after the plan: no metric, so the final value counts it as a step (as VAL does).
    timed_initial_literal { problem: "cases/til-problem.pddl", plan: "cases/til.plan", final_value: Some(3.0) }

    // ----- what herbrand does not check -----------------------------------------------------------
    temporal_continuous {
        domain: "cases/temporal-continuous-domain.pddl", problem: "cases/temporal-continuous-problem.pddl",
        plan: "cases/temporal-continuous.plan", verdict: Verdict::Unknown, diags: &[(UNSUPPORTED, "domain", 10)],
        snapshot: true,
    }
    // The step budget ends the run at step 4: verdict unknown.
    step_budget {
        plan: "val/bw-valid.plan", max_steps: Some(3), verdict: Verdict::Unknown,
        diags: &[("limit/steps", "plan", 4)],
    }
}

// ----- coverage of codes and files -----------------------------------------------------------------

/// `plan/metric` is documented but never emitted (plan_pending.rs), so no case can show it.
const NEVER_EMITTED: &[&str] = &[];

/// Codes whose snapshot is taken in plan_regressions.rs.
const SNAPSHOT_PENDING: &[&str] = &["plan/arithmetic-error"];

#[test]
fn every_plan_code_has_a_case() {
    let shown: Vec<&str> = CASES.iter().flat_map(|c| c.diags.iter().map(|e| e.0)).collect();
    let missing: Vec<&str> = codes::all()
        .map(|c| c.name)
        .filter(|n| n.starts_with("plan/") && !NEVER_EMITTED.contains(n))
        .filter(|n| !shown.contains(n))
        .collect();
    assert!(missing.is_empty(), "plan codes without a case: {missing:?}");
}

#[test]
fn every_plan_code_has_a_snapshot() {
    let shown: Vec<&str> = CASES.iter().filter(|c| c.snapshot).flat_map(|c| c.diags.iter().map(|e| e.0)).collect();
    let missing: Vec<&str> = codes::all()
        .map(|c| c.name)
        .filter(|n| n.starts_with("plan/") && !NEVER_EMITTED.contains(n) && !SNAPSHOT_PENDING.contains(n))
        .filter(|n| !shown.contains(n))
        .collect();
    assert!(missing.is_empty(), "plan codes without a snapshot: {missing:?}");
    assert!(CASES.iter().any(|c| c.snapshot && c.verdict == Verdict::Valid && c.diags.is_empty()));
}

/// Files used by plan_regressions.rs and plan_differential.rs (other test crates).
const USED_ELSEWHERE: &[&str] = &[
    "val/VAL_OUTPUTS.md",
    "val/constraints-violate.plan",
    "cases/bw-timestamped-goal.plan",
    "cases/bw-timestamped-gap.plan",
    "cases/bw-llm-bullet-backtick.plan",
];

/// Every file under tests/data/plan is used, so none rots unchecked.
#[test]
fn every_data_file_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA);
    for dir in ["val", "cases"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("data dir") {
            let name = format!("{dir}/{}", entry.expect("entry").file_name().to_string_lossy());
            let used = CASES.iter().any(|c| [c.domain, c.problem, c.plan].contains(&name.as_str()))
                || USED_ELSEWHERE.contains(&name.as_str());
            assert!(used, "{name} is not used by any case");
        }
    }
}

// ----- keep going ----------------------------------------------------------------------------------

#[test]
fn keep_going_reports_one_failure_per_failing_step() {
    let report = validate(case("keep_going"));
    let got: Vec<(u64, &str)> = failures(&report)
        .iter()
        .map(|f| (f["step"].as_u64().unwrap_or_default(), f["code"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(got, [(3, UNKNOWN_ACTION), (4, PRECONDITION), (6, ARITY)]);
    // The failing steps were skipped, the three others executed.
    assert_eq!(detail(&report, "executed_steps"), &Value::from(3));
    assert!(report.summary.contains("3 failing steps in all"), "{}", report.summary);
    // Skipping (pickup c) leaves the hand empty when (stack c b) is reached.
    let state = failures(&report)[1]["state"].as_array().expect("state");
    assert!(state.contains(&Value::from("(handempty)")) && state.contains(&Value::from("(on b a)")), "{state:?}");

    let first_only = validate(case("stop_at_first_failure"));
    assert_eq!(failures(&first_only).len(), 1);
    assert_eq!(detail(&first_only, "executed_steps"), &Value::from(2));
    assert!(unsatisfied_goals(&first_only).is_empty(), "the goal is not checked after a failure");
}

// ----- fixes ---------------------------------------------------------------------------------------

/// Apply edits (of one file) to a text.
fn apply(text: &str, edits: &[&Edit]) -> String {
    let mut edits = edits.to_vec();
    edits.sort_by_key(|e| std::cmp::Reverse((e.span.start, e.span.end)));
    let mut out = text.to_string();
    for e in edits {
        out.replace_range(e.span.start..e.span.end, &e.text);
    }
    out
}

/// Where byte `offset` of the old text is after the edits (an edit that covers it leaves it at
/// the edit's start).
fn map_offset(offset: usize, edits: &[&Edit]) -> usize {
    let mut shift: isize = 0;
    for e in edits {
        if e.span.end <= offset {
            shift += e.text.len() as isize - (e.span.end - e.span.start) as isize;
        }
    }
    (offset as isize + shift) as usize
}

fn failure_at_line(report: &Report, line: usize) -> &Value {
    failures(report).iter().find(|f| f["line"].as_u64() == Some(line as u64)).expect("a failure on the line")
}

/// Apply `fix` of `d` to the plan of `case` and say what is wrong with the result, if anything.
fn check_fix(case: &Case, report: &Report, d: &Diagnostic, fix: &Fix) -> Result<Report, String> {
    let edits: Vec<&Edit> = fix.edits.iter().collect();
    let file = edits.first().map_or("plan", |e| e.file.as_str());
    assert!(edits.iter().all(|e| e.file == file), "{}: `{}` edits several files", case.name, fix.description);
    let fixed = apply(report.source(file).expect("source").text(), &edits);
    let after = match file {
        "plan" => validate_text(case, &fixed),
        "domain" => validate_files(
            case,
            SourceFile::new("domain", fixed.as_str()),
            source("problem", case.problem),
            source("plan", case.plan),
        ),
        _ => validate_files(
            case,
            source("domain", case.domain),
            SourceFile::new("problem", fixed.as_str()),
            source("plan", case.plan),
        ),
    };
    let line = d.span.map_or(0, |s| s.line);
    let why = |what: &str| {
        Err(format!(
            "`{}` ({} on line {line}): {what}\n--- fixed {file} ---\n{fixed}\n--- after ---\n{}",
            fix.description,
            d.code,
            render(&after, Format::Llm, false)
        ))
    };
    match d.code.as_str() {
        // "replace step N with (variant)": the step applies now.
        PRECONDITION if edits[0].span.start != edits[0].span.end => {
            let step = failure_at_line(report, line)["step"].as_u64();
            if failures(&after).iter().any(|f| f["step"].as_u64() == step) {
                return why("the replaced step still fails");
            }
        }
        // "insert (achiever) before step N": the achiever applies where it is inserted, and the
        // fact it achieves is no longer missing at the step (now one later).
        PRECONDITION => {
            let failure = failure_at_line(report, line);
            let step = failure["step"].as_u64().expect("step");
            let inserted = edits[0].text.trim();
            let fact = failure["achievers"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|a| {
                    a["actions"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|x| x["step"] == inserted && x["applicable"] == true)
                })
                .and_then(|a| a["fact"].as_str())
                .unwrap_or_else(|| panic!("{}: {inserted} is not an applicable achiever in {failure}", case.name));
            for f in failures(&after) {
                if f["step"].as_u64() == Some(step) {
                    return why(&format!("the inserted {inserted} fails"));
                }
                let still = f["unsatisfied"].as_array().into_iter().flatten().any(|u| u["literal"] == fact);
                if f["step"].as_u64() == Some(step + 1) && still {
                    return why(&format!("{fact} is still false at the step"));
                }
            }
        }
        // "append (achiever)": it applies at the end, and fewer goal literals are false.
        GOAL => {
            let steps = detail(report, "steps").as_u64().expect("steps");
            if failures(&after).iter().any(|f| f["step"].as_u64() == Some(steps + 1)) {
                return why("the appended step fails");
            }
            if unsatisfied_goals(&after).len() >= unsatisfied_goals(report).len() {
                return why("no fewer goal literals are false");
            }
        }
        // Text fixes (replace a name, delete or add a character, remove markup): the diagnostic
        // is gone from its place.
        _ => {
            let start = map_offset(d.span.expect("span").start, &edits);
            let again = after.diagnostics.iter().any(|x| {
                x.code == d.code && x.file == d.file && x.message == d.message && x.span.map(|s| s.start) == Some(start)
            });
            if again {
                return why("the same diagnostic is still there");
            }
        }
    }
    Ok(after)
}

/// Every machine-applicable fix of every case, applied alone, repairs what it claims to.
#[test]
fn every_fix_repairs_what_it_claims() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in CASES.iter().filter(|c| c.check_fixes) {
        let report = validate(case);
        for d in &report.diagnostics {
            for fix in &d.fixes {
                checked += 1;
                if let Err(e) = check_fix(case, &report, d, fix) {
                    problems.push(format!("{}: {e}", case.name));
                }
            }
        }
    }
    assert!(checked >= 30, "only {checked} fixes checked");
    assert!(problems.is_empty(), "{} fixes do not repair:\n\n{}", problems.len(), problems.join("\n\n"));
}

/// The one fix of the first error diagnostic with `code`, applied; the validation after it.
fn apply_only_fix(name: &str, code: &str) -> (String, Report) {
    let case = case(name);
    let report = validate(case);
    let d = report.find(code).unwrap_or_else(|| panic!("{name}: no {code}"));
    assert_eq!(d.fixes.len(), 1, "{name}: one fix expected");
    let fix = &d.fixes[0];
    let after = check_fix(case, &report, d, fix).unwrap_or_else(|e| panic!("{e}"));
    (fix.description.clone(), after)
}

#[test]
fn inserting_the_achiever_repairs_the_plan() {
    let (description, after) = apply_only_fix("val_precond", PRECONDITION);
    assert_eq!(description, "insert (pick-up b) before step 1");
    // With (pick-up b) back in front, bw-precond.plan is bw-valid.plan.
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
    assert_eq!(detail(&after, "final_value").as_f64(), Some(6.0));
}

#[test]
fn did_you_mean_action_repairs_the_plan() {
    let (description, after) = apply_only_fix("val_unknown_action", UNKNOWN_ACTION);
    assert_eq!(description, "replace `pickup` with `pick-up`");
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
}

#[test]
fn did_you_mean_object_repairs_the_plan() {
    let (description, after) = apply_only_fix("near_object", UNKNOWN_OBJECT);
    assert_eq!(description, "replace `truk2` with `tru2`");
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
}

#[test]
fn appending_the_achiever_repairs_the_goal() {
    let (description, after) = apply_only_fix("val_goal", GOAL);
    assert_eq!(description, "append (stack d c) to the plan");
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
    let (_, after) = apply_only_fix("cond_twice", GOAL);
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
}

#[test]
fn closing_the_step_repairs_the_plan() {
    let (description, after) = apply_only_fix("unclosed_last_step", SYNTAX);
    assert_eq!(description, "add the missing `)`");
    assert_eq!(after.verdict, Verdict::Valid, "{}", render(&after, Format::Llm, false));
}

/// Applying every fix of the noise warnings at once leaves a plain plan with no diagnostic.
#[test]
fn removing_all_noise_leaves_a_plain_plan() {
    let case = case("llm_noise");
    let report = validate(case);
    let edits: Vec<&Edit> = report.diagnostics.iter().flat_map(|d| &d.fixes).flat_map(|f| &f.edits).collect();
    let fixed = apply(report.source("plan").expect("plan").text(), &edits);
    let after = validate_text(case, &fixed);
    assert_eq!(after.verdict, Verdict::Valid);
    assert!(after.diagnostics.is_empty(), "{}", render(&after, Format::Llm, false));
    let steps: Vec<&str> = fixed.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(steps, ["(pick-up b)", "(stack b a)", "(pick-up c)", "(stack c b)", "(pick-up d)", "(stack d c)"]);
}

// ----- the detail --------------------------------------------------------------------------------

#[test]
fn precondition_failure_detail() {
    let report = validate(case("val_precond"));
    let f = &failures(&report)[0];
    assert_eq!(f["action"], "(stack b a)");
    assert_eq!(f["unsatisfied"][0]["literal"], "(holding b)");
    assert_eq!(f["achievers"][0]["fact"], "(holding b)");
    assert_eq!(f["achievers"][0]["actions"][0]["step"], "(pick-up b)");
    assert_eq!(f["achievers"][0]["actions"][0]["applicable"], true);
    assert_eq!(detail(&report, "failed_action"), "(stack b a)");
    assert_eq!(detail(&report, "failed_time"), &Value::from(1.0));
    assert_eq!(detail(&report, "executed_steps"), &Value::from(0));
    // The label points at the failing literal in the domain: `(holding ?x)` on line 34.
    let d = report.find(PRECONDITION).expect("diagnostic");
    assert_eq!(d.labels[0].file, "domain");
    assert_eq!(d.labels[0].span.line, 34);
}

#[test]
fn quantified_failures_name_their_binding() {
    let report = validate(case("logic_forall"));
    let unsatisfied = &failures(&report)[0]["unsatisfied"];
    assert_eq!(unsatisfied[0]["literal"], "(marked b)");
    assert_eq!(unsatisfied[0]["context"], "for ?b = b");
    assert_eq!(unsatisfied[1]["literal"], "(marked c)");
    assert_eq!(unsatisfied[1]["context"], "for ?b = c");

    let report = validate(case("logic_or"));
    let literals: Vec<&Value> =
        failures(&report)[0]["unsatisfied"].as_array().expect("list").iter().map(|u| &u["literal"]).collect();
    assert_eq!(literals, ["(red c)", "(blue c)"]);

    let report = validate(case("logic_eq"));
    assert_eq!(failures(&report)[0]["unsatisfied"][0]["literal"], "(not (= a a))");

    let report = validate(case("logic_negative"));
    let u = &failures(&report)[0]["unsatisfied"][0];
    assert_eq!((u["literal"].as_str(), u["value"].as_str()), (Some("(not (marked a))"), Some("(marked a) is true")));
}

#[test]
fn numeric_failures_show_values() {
    let report = validate(case("numeric_precond"));
    let u = &failures(&report)[0]["unsatisfied"][0];
    assert_eq!(u["literal"], "(>= (level t1) 3)");
    assert_eq!(u["value"], "(level t1) = 2");

    let report = validate(case("numeric_undefined_pre"));
    assert!(report.find(UNDEFINED).expect("diagnostic").message.contains("(level t3) has no value"));

    let report = validate(case("numeric_divzero"));
    assert!(report
        .find(ARITHMETIC)
        .expect("diagnostic")
        .message
        .contains("division by zero in (/ (level t2) (capacity t2))"));
}

#[test]
fn interfering_steps_name_both_steps() {
    let report = validate(case("ts_interfering"));
    let d = report.find(INTERFERING).expect("diagnostic");
    assert!(d.message.contains("step 4 `(pick-up d)`") && d.message.contains("step 3 `(pick-up c)`"), "{}", d.message);
    assert!(d.message.contains("(handempty)"), "{}", d.message);
    assert_eq!(d.labels[0].span.line, 3);
    assert_eq!(detail(&report, "failed_time"), &Value::from(2.0));
}

#[test]
fn simultaneous_steps_form_one_happening() {
    let report = validate(case("ts_simultaneous"));
    assert_eq!(detail(&report, "happenings"), &Value::from(9));
    assert_eq!(detail(&report, "executed_steps"), &Value::from(20));
    let trace = detail(&report, "trace").as_array().expect("trace");
    assert_eq!(trace.len(), 9);
    assert_eq!(trace[0]["steps"].as_array().map(Vec::len), Some(4));
    assert_eq!(trace[0]["time"], 0.0);
}

#[test]
fn goal_failure_names_the_step_that_last_changed_it() {
    let report = validate(case("cond_twice"));
    let d = report.find(GOAL).expect("goal diagnostic");
    assert!(d.notes[0].contains("(off l1): last changed by step 3 `(toggle l1)` (line 3)"), "{:?}", d.notes);
}

/// The trace records what each happening added, deleted and changed.
#[test]
fn trace_records_effects() {
    let report = validate(case("cond_valid"));
    let trace = detail(&report, "trace").as_array().expect("trace");
    assert_eq!(trace[0]["added"], serde_json::json!(["(off l1)"]));
    assert_eq!(trace[0]["deleted"], serde_json::json!(["(on l1)"]));
    // refresh deletes then adds (ready): the trace logs both, as VAL -v does, and (ready) stays
    // (the goal needs it and the plan is valid).
    assert_eq!(trace[2]["added"], serde_json::json!(["(fresh)", "(ready)"]));
    assert_eq!(trace[2]["deleted"], serde_json::json!(["(ready)"]));

    let report = validate(case("numeric_valid"));
    let trace = detail(&report, "trace").as_array().expect("trace");
    let level: Vec<f64> = trace
        .iter()
        .filter_map(|h| h["numeric"].as_array()?.iter().find(|n| n["fluent"] == "(level t1)")?["to"].as_f64())
        .collect();
    assert_eq!(level, [5.0, 10.0, 7.0, 3.5, 10.0, 7.0]);

    let no_trace = validate_plan(
        source("domain", BW),
        source("problem", BW_P1),
        source("plan", "val/bw-valid.plan"),
        &Budget::default(),
        &PlanOptions { keep_going: false, trace: Some(false), ..Default::default() },
    );
    assert_eq!(detail(&no_trace, "trace"), &Value::Null);
}

// ----- the command line ----------------------------------------------------------------------------

fn cli(args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_herbrand"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA))
        .args(args)
        .output()
        .expect("run herbrand");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn cli_exit_codes_follow_the_verdict() {
    let run = |domain: &str, problem: &str, plan: &str| cli(&["plan", domain, problem, plan, "--format", "llm"]).0;
    assert_eq!(run(BW, BW_P1, "val/bw-valid.plan"), 0);
    assert_eq!(run(BW, BW_P1, "val/bw-precond.plan"), 1);
    assert_eq!(run("val/bw-domain-kw.pddl", BW_P1, "val/bw-valid.plan"), 2);
    assert_eq!(run("cases/durative-domain.pddl", "cases/durative-problem.pddl", "cases/durative.plan"), 0);
    let continuous = ("cases/temporal-continuous-domain.pddl", "cases/temporal-continuous-problem.pddl");
    assert_eq!(run(continuous.0, continuous.1, "cases/temporal-continuous.plan"), 3);
    assert_eq!(run(BW, BW_P1, "does-not-exist.plan"), 4);
}

#[test]
fn cli_json_is_the_library_report() {
    let (code, out) = cli(&["plan", BW, BW_P1, "cases/bw-several.plan", "--continue", "--format", "json"]);
    assert_eq!(code, 1);
    let json: Value = serde_json::from_str(&out).expect("json");
    let report = validate(case("keep_going"));
    assert_eq!(json["verdict"], "invalid");
    assert_eq!(json["summary"].as_str(), Some(report.summary.as_str()));
    assert_eq!(json["detail"]["failures"].as_array().map(Vec::len), Some(3));
    let codes: Vec<&str> =
        json["diagnostics"].as_array().expect("list").iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, report.codes());
    assert!(json["detail"]["trace"].is_array(), "a short plan has its trace by default");

    let (_, out) = cli(&["plan", BW, BW_P1, "val/bw-valid.plan", "--no-trace", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("json");
    assert!(json["detail"]["trace"].is_null());
    let (_, out) = cli(&["plan", BW, BW_P1, "val/bw-valid.plan", "--trace", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(json["detail"]["trace"].as_array().map(Vec::len), Some(6));
}

#[test]
fn cli_human_names_the_files() {
    let (code, out) = cli(&["plan", BW, BW_P1, "val/bw-precond.plan", "--color", "never"]);
    assert_eq!(code, 1);
    assert!(out.contains("--> val/bw-precond.plan:1:1"), "{out}");
    assert!(out.contains("val/bw-domain.pddl:34:26"), "{out}");
    assert!(out.contains("insert (pick-up b) before step 1"), "{out}");
}
