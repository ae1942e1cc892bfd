//! Budgets: running out of one gives verdict `unknown` with a `limit/...` diagnostic that names
//! the budget and how to raise it — never a hang, a crash or a claim about the artifact.

use std::path::Path;

use herbrand::report::render::{render, Format};
use herbrand::{check_pddl, validate_plan, Budget, PlanOptions, Report, SourceFile, Verdict};

fn source(role: &str, rel: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/plan").join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    SourceFile::new(role, text).with_path(format!("tests/data/plan/{rel}"))
}

fn plan(domain: &str, problem: &str, plan: &str, budget: &Budget) -> Report {
    validate_plan(
        source("domain", domain),
        source("problem", problem),
        source("plan", plan),
        budget,
        &PlanOptions::default(),
    )
}

fn snapshots(name: &str, mut report: Report) {
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

#[test]
fn an_input_over_the_byte_budget_is_not_read() {
    let budget = Budget { max_input_bytes: 200, ..Budget::default() };
    let report = check_pddl(source("domain", "val/bw-domain.pddl"), None, &budget);
    assert_eq!(report.verdict, Verdict::Unknown);
    let d = report.find("limit/input-bytes").expect("limit/input-bytes");
    assert!(d.help.as_deref().unwrap_or("").contains("--max-input-bytes"));
    snapshots("input_bytes", report);
}

#[test]
fn a_plan_over_the_byte_budget_is_not_read() {
    let budget = Budget { max_input_bytes: 60, ..Budget::default() };
    let report = validate_plan(
        SourceFile::new("domain", "(define (domain d) (:predicates (p)))"),
        SourceFile::new("problem", "(define (problem q) (:domain d) (:goal (p)))"),
        source("plan", "val/bw-valid.plan"),
        &budget,
        &PlanOptions::default(),
    );
    assert_eq!(report.verdict, Verdict::Unknown);
    assert!(report.find("limit/input-bytes").is_some(), "{}", render(&report, Format::Llm, false));
}

#[test]
fn a_plan_longer_than_the_step_budget_is_unknown() {
    let budget = Budget { max_steps: 3, ..Budget::default() };
    let report = plan("val/bw-domain.pddl", "val/bw-p1.pddl", "val/bw-valid.plan", &budget);
    assert_eq!(report.verdict, Verdict::Unknown);
    let d = report.find("limit/steps").expect("limit/steps");
    assert_eq!(d.span.map(|s| s.line), Some(4), "the first step past the budget");
    assert!(d.help.as_deref().unwrap_or("").contains("--max-steps"));
    // The same plan within budget is valid: the limit, not the plan, decided.
    let ok = plan("val/bw-domain.pddl", "val/bw-p1.pddl", "val/bw-valid.plan", &Budget::default());
    assert_eq!(ok.verdict, Verdict::Valid);
    snapshots("steps", report);
}

#[test]
fn derived_predicates_over_the_grounding_budget_are_unknown() {
    let budget = Budget { max_ground_atoms: 10, ..Budget::default() };
    let report = plan("cases/derived-domain.pddl", "cases/derived-problem.pddl", "cases/derived-valid.plan", &budget);
    assert_eq!(report.verdict, Verdict::Unknown);
    let d = report.find("limit/ground-atoms").expect("limit/ground-atoms");
    assert!(d.help.as_deref().unwrap_or("").contains("--max-ground-atoms"));
    let ok =
        plan("cases/derived-domain.pddl", "cases/derived-problem.pddl", "cases/derived-valid.plan", &Budget::default());
    assert_eq!(ok.verdict, Verdict::Valid);
    snapshots("ground_atoms", report);
}

/// A precondition quantifying over five variables and 200 objects (3.2 × 10^11 bindings) would
/// never finish; the binding budget stops it.
#[test]
fn nested_quantifiers_over_many_objects_hit_the_budget() {
    let domain = "(define (domain q) (:requirements :adl) (:predicates (p ?a ?b ?c ?d ?e) (done))
        (:action go :parameters () :precondition (forall (?a ?b ?c ?d ?e) (not (p ?a ?b ?c ?d ?e))) :effect (done)))";
    let objects: Vec<String> = (0..200).map(|i| format!("o{i}")).collect();
    let problem = format!("(define (problem qp) (:domain q) (:objects {}) (:init) (:goal (done)))", objects.join(" "));
    let budget = Budget { max_ground_atoms: 100_000, ..Budget::default() };
    let report = validate_plan(
        SourceFile::new("domain", domain),
        SourceFile::new("problem", problem),
        SourceFile::new("plan", "(go)\n"),
        &budget,
        &PlanOptions::default(),
    );
    assert_eq!(report.verdict, Verdict::Unknown, "{}", render(&report, Format::Llm, false));
    assert!(report.find("limit/ground-atoms").is_some());
}
