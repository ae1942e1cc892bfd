//! Fuzz target `plan`: a domain, a problem and a plan through `validate_plan`, then every
//! renderer.
//!
//! Input layout: three parts separated by `0xFF` bytes (which never occur in UTF-8): domain,
//! problem, plan. With fewer separators the missing parts are a fixed small blocksworld domain
//! and problem, so that plain plan text — the part LLMs write — is fuzzed against a real domain.
//! Every part is decoded lossily.
//!
//! Invariants checked: no panic, no hang (the budget bounds the work), and every Report renders
//! in all three formats.

#![no_main]

use herbrand::report::render::{render, Format};
use herbrand::{validate_plan, Budget, PlanOptions, SourceFile};
use libfuzzer_sys::fuzz_target;

const SEPARATOR: u8 = 0xFF;

const DOMAIN: &str = "(define (domain bw) (:requirements :strips :typing) (:types block)
 (:predicates (on ?x ?y - block) (ontable ?x - block) (clear ?x - block) (handempty) (holding ?x - block))
 (:action pick-up :parameters (?x - block) :precondition (and (clear ?x) (ontable ?x) (handempty))
  :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x)))
 (:action put-down :parameters (?x - block) :precondition (holding ?x)
  :effect (and (not (holding ?x)) (clear ?x) (handempty) (ontable ?x)))
 (:action stack :parameters (?x ?y - block) :precondition (and (holding ?x) (clear ?y))
  :effect (and (not (holding ?x)) (not (clear ?y)) (clear ?x) (handempty) (on ?x ?y)))
 (:action unstack :parameters (?x ?y - block) :precondition (and (on ?x ?y) (clear ?x) (handempty))
  :effect (and (holding ?x) (clear ?y) (not (clear ?x)) (not (handempty)) (not (on ?x ?y)))))";

/// Used when the first byte has bit 1 set: a temporal domain with a TIL.
const TEMPORAL_DOMAIN: &str = include_str!("../../tests/data/plan/cases/temporal-domain.pddl");
const TEMPORAL_PROBLEM: &str = include_str!("../../tests/data/plan/cases/temporal-problem.pddl");

const PROBLEM: &str = "(define (problem p) (:domain bw) (:objects a b c - block)
 (:init (clear a) (clear b) (clear c) (ontable a) (ontable b) (ontable c) (handempty))
 (:goal (and (on a b) (on b c))))";

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.splitn(3, |&b| b == SEPARATOR).collect();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let temporal = data.first().is_some_and(|b| b & 2 == 2);
    let (default_domain, default_problem) =
        if temporal { (TEMPORAL_DOMAIN, TEMPORAL_PROBLEM) } else { (DOMAIN, PROBLEM) };
    let (domain, problem, plan) = match parts.as_slice() {
        [d, p, plan] => (text(d), text(p), text(plan)),
        [p, plan] => (default_domain.to_string(), text(p), text(plan)),
        [plan] => (default_domain.to_string(), default_problem.to_string(), text(plan)),
        _ => return,
    };
    // The tolerance from the second byte: 0 (everything separate) up to 2.55.
    let tolerance = data.get(1).map(|&b| f64::from(b) / 100.0);
    let budget =
        Budget { max_input_bytes: 1 << 20, max_steps: 100_000, max_ground_atoms: 100_000, ..Budget::default() };
    let options = PlanOptions { keep_going: data.first().is_some_and(|b| b & 1 == 1), trace: Some(true), tolerance };
    let report = validate_plan(
        SourceFile::new("domain", domain),
        SourceFile::new("problem", problem),
        SourceFile::new("plan", plan),
        &budget,
        &options,
    );
    for format in [Format::Human, Format::Json, Format::Llm] {
        let text = render(&report, format, false);
        assert!(!text.is_empty(), "empty {format:?} rendering");
    }
});
