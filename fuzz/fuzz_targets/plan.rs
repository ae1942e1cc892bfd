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

const PROBLEM: &str = "(define (problem p) (:domain bw) (:objects a b c - block)
 (:init (clear a) (clear b) (clear c) (ontable a) (ontable b) (ontable c) (handempty))
 (:goal (and (on a b) (on b c))))";

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.splitn(3, |&b| b == SEPARATOR).collect();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let (domain, problem, plan) = match parts.as_slice() {
        [d, p, plan] => (text(d), text(p), text(plan)),
        [p, plan] => (DOMAIN.to_string(), text(p), text(plan)),
        [plan] => (DOMAIN.to_string(), PROBLEM.to_string(), text(plan)),
        _ => return,
    };
    let budget =
        Budget { max_input_bytes: 1 << 20, max_steps: 100_000, max_ground_atoms: 100_000, ..Budget::default() };
    let options = PlanOptions { keep_going: data.first().is_some_and(|b| b & 1 == 1), trace: Some(true), ..Default::default() };
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
