//! Plan-validation speed of [`herbrand::validate_plan`] (a bench binary, no criterion).
//!
//! Cases: the long plans of the shared perf corpus (`$HERBRAND_SHARED/corpora/pddl/perf`, by
//! default `<crate>/../shared/...`; skipped with a notice when absent), and generated blocksworld
//! plans of 10^4 to 10^6 steps (always run) to show that time grows linearly with plan length.
//!
//! For each corpus case it prints:
//! - `process`: median wall time of the real `herbrand plan … --format json --no-trace` process,
//!   the same measure as VAL's recorded times; `×VAL` is VAL's recorded "VAL Validate" median
//!   from `perf/bench-results.jsonl` divided by ours (above 1 means herbrand is faster);
//! - `base`: median wall time, in the same run, of a process that only reads the three files
//!   (`wc -c`), the floor any validator pays; `×base` is process / base;
//! - `engine`: median in-process time of `validate_plan` (inputs already in memory), with
//!   steps/s and plans/s.
//!
//! `BENCH_RUNS` sets the number of runs (default 11). Run with `cargo bench --bench plan`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use herbrand::{validate_plan, Budget, PlanOptions, SourceFile, Verdict};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Corpus cases: name, domain, problem, plan, case name in bench-results.jsonl.
const PERF_CASES: &[(&str, &str, &str, &str, &str)] = &[
    ("bw-p30 (66)", "bw-domain.pddl", "bw-p30.pddl", "../blocksworld/plans/p30.valid.plan", "bw-p30 (66 steps)"),
    ("gripper-500", "gripper-domain.pddl", "gripper-500.pddl", "gripper-500.plan", "gripper-500 (1499 steps"),
    ("gripper-2000", "gripper-domain.pddl", "gripper-2000.pddl", "gripper-2000.plan", "gripper-2000 (5999 steps"),
    ("gripper-3300", "gripper-domain.pddl", "gripper-3300.pddl", "gripper-3300.plan", "gripper-3300 (9899 steps"),
    ("gripper-5000", "gripper-domain.pddl", "gripper-5000.pddl", "gripper-5000.plan", "gripper-5000 (14999 steps"),
    ("visitall-p20", "visitall-domain.pddl", "visitall-p20.pddl", "visitall-p20.plan", "visitall-ipc11-p20"),
    ("visitall14-p20", "visitall14-domain.pddl", "visitall14-p20.pddl", "visitall14-p20.plan", "visitall-ipc14-p20"),
    ("bw-cycles4964", "bw-domain.pddl", "bw-p30.pddl", "bw-p30-cycles4964.plan", "bw-p30+4964 cycles"),
    ("bw-cycles10000", "bw-domain.pddl", "bw-p30.pddl", "bw-p30-cycles10000.plan", "bw-p30+10k cycles"),
    ("bw-cycles50000", "bw-domain.pddl", "bw-p30.pddl", "bw-p30-cycles50000.plan", "bw-p30+50k cycles"),
];

const BW_DOMAIN: &str = "(define (domain bw) (:requirements :strips :typing) (:types block)
 (:predicates (on ?x ?y - block) (ontable ?x - block) (clear ?x - block) (handempty) (holding ?x - block))
 (:action pick-up :parameters (?x - block) :precondition (and (clear ?x) (ontable ?x) (handempty))
  :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x)))
 (:action put-down :parameters (?x - block) :precondition (holding ?x)
  :effect (and (not (holding ?x)) (clear ?x) (handempty) (ontable ?x)))
 (:action stack :parameters (?x ?y - block) :precondition (and (holding ?x) (clear ?y))
  :effect (and (not (holding ?x)) (not (clear ?y)) (clear ?x) (handempty) (on ?x ?y)))
 (:action unstack :parameters (?x ?y - block) :precondition (and (on ?x ?y) (clear ?x) (handempty))
  :effect (and (holding ?x) (clear ?y) (not (clear ?x)) (not (handempty)) (not (on ?x ?y)))))";

const BW_PROBLEM: &str = "(define (problem p) (:domain bw) (:objects a b c - block)
 (:init (clear a) (clear b) (clear c) (ontable a) (ontable b) (ontable c) (handempty))
 (:goal (and (on a b) (on b c))))";

fn runs() -> usize {
    std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(11).max(1)
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn time_process(cmd: &mut dyn FnMut() -> Command, n: usize) -> Duration {
    let mut times = Vec::with_capacity(n);
    for i in 0..=n {
        let started = Instant::now();
        let status = cmd().stdout(Stdio::null()).stderr(Stdio::null()).status().expect("spawn");
        let took = started.elapsed();
        assert!(status.code().is_some(), "process killed");
        if i > 0 {
            times.push(took); // the first run warms the page cache
        }
    }
    median(times)
}

fn time_engine(domain: &str, problem: &str, plan: &str, n: usize) -> (Duration, usize, Verdict) {
    let mut times = Vec::with_capacity(n);
    let mut outcome = (0, Verdict::Error);
    let options = PlanOptions { keep_going: false, trace: Some(false), ..Default::default() };
    for _ in 0..n {
        let (d, p, s) = (domain.to_string(), problem.to_string(), plan.to_string());
        let started = Instant::now();
        let report = validate_plan(
            SourceFile::new("domain", d),
            SourceFile::new("problem", p),
            SourceFile::new("plan", s),
            &Budget::default(),
            &options,
        );
        times.push(started.elapsed());
        outcome = (report.detail["steps"].as_u64().unwrap_or(0) as usize, report.verdict);
    }
    (median(times), outcome.0, outcome.1)
}

fn shared_dir() -> PathBuf {
    match std::env::var_os("HERBRAND_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

/// VAL's recorded median wall time for a case.
fn val_seconds(results: &str, case_prefix: &str) -> Option<f64> {
    results.lines().find_map(|line| {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let case = v["case"].as_str()?;
        (case.starts_with(case_prefix) && v["tool"].as_str()? == "VAL Validate").then(|| v["median_wall_s"].as_f64())?
    })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let n = runs();
    let exe = env!("CARGO_BIN_EXE_herbrand");
    println!("herbrand plan-validation bench, {n} runs per figure (medians)\n");
    let perf = shared_dir().join("corpora/pddl/perf");
    if perf.is_dir() {
        let results = fs::read_to_string(perf.join("bench-results.jsonl")).unwrap_or_default();
        println!(
            "{:<16} {:>7} {:>10} {:>9} {:>7} {:>9} {:>7} {:>10} {:>12} {:>9}",
            "case", "steps", "process", "VAL", "×VAL", "base", "×base", "engine", "steps/s", "plans/s"
        );
        for (name, d, p, plan, case) in PERF_CASES {
            let (dp, pp, sp) = (perf.join(d), perf.join(p), perf.join(plan));
            let (Ok(dt), Ok(pt), Ok(st)) = (fs::read_to_string(&dp), fs::read_to_string(&pp), fs::read_to_string(&sp))
            else {
                println!("{name:<16} (missing files)");
                continue;
            };
            let process = time_process(
                &mut || {
                    let mut c = Command::new(exe);
                    c.args(["plan"]).arg(&dp).arg(&pp).arg(&sp).args(["--format", "json", "--no-trace"]);
                    c
                },
                n,
            );
            let base = time_process(
                &mut || {
                    let mut c = Command::new("wc");
                    c.arg("-c").arg(&dp).arg(&pp).arg(&sp);
                    c
                },
                n,
            );
            let (engine, steps, verdict) = time_engine(&dt, &pt, &st, n);
            assert_eq!(verdict, Verdict::Valid, "{name} should be valid");
            let val = val_seconds(&results, case);
            println!(
                "{:<16} {:>7} {:>8.2}ms {:>9} {:>7} {:>7.2}ms {:>7.1} {:>8.2}ms {:>12.0} {:>9.1}",
                name,
                steps,
                ms(process),
                val.map_or("n/a".to_string(), |v| format!("{:.1}ms", v * 1000.0)),
                val.map_or("n/a".to_string(), |v| format!("{:.1}", v / process.as_secs_f64())),
                ms(base),
                process.as_secs_f64() / base.as_secs_f64(),
                ms(engine),
                steps as f64 / engine.as_secs_f64(),
                1.0 / engine.as_secs_f64(),
            );
        }
        println!();
    } else {
        println!("NOTICE: {} not found; corpus cases skipped\n", perf.display());
    }
    println!("linearity: generated blocksworld plans (pick-up/put-down cycles, then the goal)");
    println!("{:>9} {:>10} {:>10} {:>12}", "steps", "engine", "ns/step", "steps/s");
    let tail = "(pick-up b)\n(stack b c)\n(pick-up a)\n(stack a b)\n";
    for cycles in [5_000usize, 50_000, 500_000] {
        let mut plan = String::with_capacity(cycles * 26 + tail.len());
        for _ in 0..cycles {
            plan.push_str("(pick-up a)\n(put-down a)\n");
        }
        plan.push_str(tail);
        let (engine, steps, verdict) = time_engine(BW_DOMAIN, BW_PROBLEM, &plan, n.min(5));
        assert_eq!(verdict, Verdict::Valid);
        println!(
            "{:>9} {:>8.1}ms {:>10.1} {:>12.0}",
            steps,
            ms(engine),
            engine.as_nanos() as f64 / steps as f64,
            steps as f64 / engine.as_secs_f64()
        );
    }
}
