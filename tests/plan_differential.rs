//! herbrand against an independent tiny simulator, on random blocksworld plans.
//!
//! The simulator below knows the four actions of `tests/data/plan/val/bw-domain.pddl` (the typed
//! IPC 2000 blocksworld) as STRIPS schemas over a set of atoms, nothing more. From a random
//! initial state it takes a random walk (a random applicable action at each step), and the goal
//! is set to the state the walk reaches. Then, for a fixed seed:
//!
//! - the walk is a valid plan: herbrand says `valid`, with the walk's length as final value, and
//!   its trace adds and deletes exactly what the simulator's states differ by;
//! - with one random step deleted (against the whole final state as goal, and against a random
//!   part of it, so that the shorter plan is sometimes still valid), or with one step replaced by
//!   a random action (applicable or not), herbrand's verdict, failed step, false precondition
//!   literals and false goal literals are the simulator's;
//! - with `keep_going`, the failing steps herbrand reports are the ones the simulator skips.

use std::collections::BTreeSet;
use std::path::Path;

use herbrand::report::render::{render, Format};
use herbrand::{validate_plan, Budget, PlanOptions, Report, SourceFile, Verdict};
use serde_json::Value;

/// xorshift64*: small, deterministic, good enough to pick steps.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A ground atom, written as PDDL: `(on b1 b2)`.
type Atom = String;
type State = BTreeSet<Atom>;

fn atom(pred: &str, args: &[&str]) -> Atom {
    if args.is_empty() {
        format!("({pred})")
    } else {
        format!("({pred} {})", args.join(" "))
    }
}

/// A ground action: its text and its STRIPS precondition, delete and add lists.
#[derive(Clone, Debug)]
struct Action {
    text: String,
    pre: Vec<Atom>,
    del: Vec<Atom>,
    add: Vec<Atom>,
}

/// The four schemas of bw-domain.pddl, grounded.
fn ground(name: &str, args: &[&str]) -> Action {
    let (pre, del, add) = match (name, args) {
        ("pick-up", [x]) => (
            vec![atom("clear", &[x]), atom("ontable", &[x]), atom("handempty", &[])],
            vec![atom("ontable", &[x]), atom("clear", &[x]), atom("handempty", &[])],
            vec![atom("holding", &[x])],
        ),
        ("put-down", [x]) => (
            vec![atom("holding", &[x])],
            vec![atom("holding", &[x])],
            vec![atom("clear", &[x]), atom("handempty", &[]), atom("ontable", &[x])],
        ),
        ("stack", [x, y]) => (
            vec![atom("holding", &[x]), atom("clear", &[y])],
            vec![atom("holding", &[x]), atom("clear", &[y])],
            vec![atom("clear", &[x]), atom("handempty", &[]), atom("on", &[x, y])],
        ),
        ("unstack", [x, y]) => (
            vec![atom("on", &[x, y]), atom("clear", &[x]), atom("handempty", &[])],
            vec![atom("clear", &[x]), atom("handempty", &[]), atom("on", &[x, y])],
            vec![atom("holding", &[x]), atom("clear", &[y])],
        ),
        _ => panic!("no action {name}/{}", args.len()),
    };
    Action { text: format!("({name} {})", args.join(" ")), pre, del, add }
}

fn all_actions(blocks: &[String]) -> Vec<Action> {
    let mut out = Vec::new();
    for x in blocks {
        out.push(ground("pick-up", &[x]));
        out.push(ground("put-down", &[x]));
        for y in blocks {
            out.push(ground("stack", &[x, y]));
            out.push(ground("unstack", &[x, y]));
        }
    }
    out
}

fn false_preconditions(state: &State, a: &Action) -> Vec<Atom> {
    a.pre.iter().filter(|p| !state.contains(*p)).cloned().collect()
}

/// Deletes first, then adds (the add wins when an atom is in both).
fn apply(state: &mut State, a: &Action) {
    for d in &a.del {
        state.remove(d);
    }
    for x in &a.add {
        state.insert(x.clone());
    }
}

/// What the simulator says about a plan.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// Every step applies and the goal holds.
    Valid,
    /// Step `step` (1-based) is the first that does not apply; its false preconditions.
    StepFails { step: usize, missing: BTreeSet<Atom> },
    /// Every step applies; the goal atoms that are false at the end.
    GoalFails(BTreeSet<Atom>),
}

fn simulate(init: &State, goal: &State, plan: &[Action]) -> Outcome {
    let mut state = init.clone();
    for (i, a) in plan.iter().enumerate() {
        let missing = false_preconditions(&state, a);
        if !missing.is_empty() {
            return Outcome::StepFails { step: i + 1, missing: missing.into_iter().collect() };
        }
        apply(&mut state, a);
    }
    let unmet: BTreeSet<Atom> = goal.difference(&state).cloned().collect();
    if unmet.is_empty() {
        Outcome::Valid
    } else {
        Outcome::GoalFails(unmet)
    }
}

/// The steps that fail when failing steps are skipped.
fn failing_steps_skipping(init: &State, plan: &[Action]) -> Vec<usize> {
    let mut state = init.clone();
    let mut failing = Vec::new();
    for (i, a) in plan.iter().enumerate() {
        if false_preconditions(&state, a).is_empty() {
            apply(&mut state, a);
        } else {
            failing.push(i + 1);
        }
    }
    failing
}

/// A random initial state: the blocks, shuffled, cut into towers; the hand is empty.
fn random_state(rng: &mut Rng, blocks: &[String]) -> State {
    let mut order: Vec<&String> = blocks.iter().collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut state = State::new();
    state.insert(atom("handempty", &[]));
    let mut below: Option<&String> = None;
    for (i, b) in order.iter().enumerate() {
        match below {
            Some(under) => state.insert(atom("on", &[b, under])),
            None => state.insert(atom("ontable", &[b])),
        };
        let top = i + 1 == order.len() || rng.below(3) == 0;
        if top {
            state.insert(atom("clear", &[b]));
            below = None;
        } else {
            below = Some(b);
        }
    }
    state
}

fn problem_text(blocks: &[String], init: &State, goal: &State) -> String {
    let set = |s: &State| s.iter().cloned().collect::<Vec<_>>().join(" ");
    format!(
        "(define (problem random) (:domain BLOCKS)\n  (:objects {} - block)\n  (:init {})\n  (:goal (and {})))\n",
        blocks.join(" "),
        set(init),
        set(goal)
    )
}

fn plan_text(plan: &[Action]) -> String {
    plan.iter().map(|a| format!("{}\n", a.text)).collect()
}

fn domain() -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/plan/val/bw-domain.pddl");
    SourceFile::new("domain", std::fs::read_to_string(path).expect("domain"))
}

fn herbrand(problem: &str, plan: &[Action], keep_going: bool) -> Report {
    validate_plan(
        domain(),
        SourceFile::new("problem", problem),
        SourceFile::new("plan", plan_text(plan)),
        &Budget::default(),
        &PlanOptions { keep_going, trace: Some(true), ..Default::default() },
    )
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

/// herbrand's report, in the simulator's terms.
fn outcome_of(report: &Report) -> Outcome {
    let d = &report.detail;
    if let Some(step) = d["failed_step"].as_u64() {
        let missing = d["failures"][0]["unsatisfied"].as_array().into_iter().flatten();
        let missing = missing.filter_map(|u| u["literal"].as_str().map(str::to_string)).collect();
        return Outcome::StepFails { step: step as usize, missing };
    }
    match report.verdict {
        Verdict::Valid => Outcome::Valid,
        _ => Outcome::GoalFails(strings(&d["unsatisfied_goals"])),
    }
}

/// One random problem and walk: (blocks, init, goal = final state, walk).
fn random_walk(rng: &mut Rng) -> (Vec<String>, State, State, Vec<Action>) {
    let n = 2 + rng.below(5);
    let blocks: Vec<String> = (1..=n).map(|i| format!("b{i}")).collect();
    let actions = all_actions(&blocks);
    let init = random_state(rng, &blocks);
    let mut state = init.clone();
    let mut walk = Vec::new();
    for _ in 0..1 + rng.below(24) {
        let applicable: Vec<&Action> = actions.iter().filter(|a| false_preconditions(&state, a).is_empty()).collect();
        // The hand is empty or holds a block: something always applies.
        let a = applicable[rng.below(applicable.len())].clone();
        apply(&mut state, &a);
        walk.push(a);
    }
    (blocks, init, state, walk)
}

const WALKS: usize = 250;

#[test]
fn random_walks_agree_with_the_simulator() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut seen = [0usize; 3];
    for round in 0..WALKS {
        let (blocks, init, goal, walk) = random_walk(&mut rng);
        let problem = problem_text(&blocks, &init, &goal);
        let context = |plan: &[Action], report: &Report| {
            format!("round {round}\n{problem}\n{}\n{}", plan_text(plan), render(report, Format::Llm, false))
        };

        // The walk itself is valid; its value is its length; the trace is the state changes.
        let report = herbrand(&problem, &walk, false);
        assert_eq!(report.verdict, Verdict::Valid, "{}", context(&walk, &report));
        assert_eq!(report.detail["final_value"].as_f64(), Some(walk.len() as f64));
        let trace = report.detail["trace"].as_array().expect("trace");
        assert_eq!(trace.len(), walk.len());
        let mut state = init.clone();
        for (a, entry) in walk.iter().zip(trace) {
            let before = state.clone();
            apply(&mut state, a);
            let added: BTreeSet<Atom> = state.difference(&before).cloned().collect();
            let deleted: BTreeSet<Atom> = before.difference(&state).cloned().collect();
            assert_eq!(strings(&entry["added"]), added, "{}: added\n{}", a.text, context(&walk, &report));
            assert_eq!(strings(&entry["deleted"]), deleted, "{}: deleted\n{}", a.text, context(&walk, &report));
        }

        // One step deleted, against the whole final state as goal and against part of it (with
        // part of it, the shorter plan is sometimes still valid).
        let mut shorter = walk.clone();
        shorter.remove(rng.below(walk.len()));
        let part: State = goal.iter().filter(|_| rng.below(3) == 0).cloned().collect();
        let part = if part.is_empty() { goal.iter().take(1).cloned().collect() } else { part };
        for (goal, problem) in [(&goal, problem.clone()), (&part, problem_text(&blocks, &init, &part))] {
            let expected = simulate(&init, goal, &shorter);
            let report = herbrand(&problem, &shorter, false);
            let context =
                format!("round {round}\n{problem}\n{}\n{}", plan_text(&shorter), render(&report, Format::Llm, false));
            assert_eq!(outcome_of(&report), expected, "deleted step\n{context}");
            let want = if expected == Outcome::Valid { Verdict::Valid } else { Verdict::Invalid };
            assert_eq!(report.verdict, want, "{context}");
            seen[match expected {
                Outcome::Valid => 0,
                Outcome::StepFails { .. } => 1,
                Outcome::GoalFails(_) => 2,
            }] += 1;
        }

        // One step replaced by any action, applicable or not; then every failure with keep_going.
        let actions = all_actions(&blocks);
        let mut mutated = walk.clone();
        let at = rng.below(walk.len());
        mutated[at] = actions[rng.below(actions.len())].clone();
        let report = herbrand(&problem, &mutated, false);
        assert_eq!(
            outcome_of(&report),
            simulate(&init, &goal, &mutated),
            "replaced step\n{}",
            context(&mutated, &report)
        );
        let report = herbrand(&problem, &mutated, true);
        let failing: Vec<usize> = report.detail["failures"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["step"].as_u64())
            .map(|s| s as usize)
            .collect();
        assert_eq!(failing, failing_steps_skipping(&init, &mutated), "keep going\n{}", context(&mutated, &report));
    }
    // The seed exercises every outcome.
    assert!(seen.iter().all(|&n| n > 0), "outcomes valid/step/goal: {seen:?}");
}
