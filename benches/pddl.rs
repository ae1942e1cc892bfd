//! Parse+lint throughput of [`herbrand::check_pddl`] (a bench binary, no criterion).
//!
//! Cases: the largest problems of the shared perf corpus (`$HERBRAND_SHARED/corpora/pddl/perf`,
//! by default `<crate>/../shared/...`; skipped with a notice when absent) and a generated ~10 MB
//! visitall-style grid problem for an inlined domain (always run).
//!
//! For each case it prints the median wall time of N runs of `SourceFile::new` + `check_pddl`
//! in this process (`lib ms`; the text is copied before the clock starts), the throughput in MB/s,
//! the median wall time of the `herbrand pddl D P --format json` process (`cli ms`: start-up, read,
//! check, render), and three ratios:
//!
//! - `lib/base`: against a baseline measured in the same run on the same files — read them from
//!   disk (page cache) and count their parentheses with a plain byte scan. It is the floor any
//!   reader pays, and it makes figures comparable across machines and loads.
//! - `lib/VAL`, `cli/VAL`: against VAL's recorded "VAL parse+typecheck only (Validate d p)" median
//!   from `perf/bench-results.jsonl`, a whole process like `cli ms`; `n/a` when the corpus or the
//!   record is missing.
//!
//! The bench uses mimalloc, the allocator of the `herbrand` binary. `BENCH_RUNS` sets N (default
//! 15); an argument selects cases by substring. Run with `cargo bench --bench pddl`.

use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use herbrand::{check_pddl, Budget, Severity, SourceFile, Verdict};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The tool whose recorded time `×VAL` compares against.
const VAL_TOOL: &str = "VAL parse+typecheck only (Validate d p)";

/// Perf-corpus cases: display name, domain file, problem file, case name in bench-results.jsonl.
const PERF_CASES: &[(&str, &str, &str, &str)] = &[
    ("visitall14-p20", "visitall14-domain.pddl", "visitall14-p20.pddl", "visitall-ipc14-p20"),
    ("visitall-p20", "visitall-domain.pddl", "visitall-p20.pddl", "visitall-ipc11-p20"),
    ("gripper-5000", "gripper-domain.pddl", "gripper-5000.pddl", "gripper-5000"),
    ("bw-p30", "bw-domain.pddl", "bw-p30.pddl", "bw-p30"),
];

/// The domain of the generated case (visitall, typed).
const GRID_DOMAIN: &str = "(define (domain grid-visit-all)
  (:requirements :typing)
  (:types place - object)
  (:predicates (connected ?x ?y - place) (at-robot ?x - place) (visited ?x - place))
  (:action move
    :parameters (?curpos ?nextpos - place)
    :precondition (and (at-robot ?curpos) (connected ?curpos ?nextpos))
    :effect (and (at-robot ?nextpos) (not (at-robot ?curpos)) (visited ?nextpos))))
";

/// Side of the generated grid: 230 × 230 places gives a problem of about 10 MB.
const GRID_SIDE: usize = 230;

struct Case {
    name: String,
    domain: PathBuf,
    problem: PathBuf,
    val_seconds: Option<f64>,
}

fn shared_dir() -> PathBuf {
    match std::env::var_os("HERBRAND_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

/// VAL's median wall time for `case` (matched as `case` or `case (…)`), if recorded.
fn val_seconds(results: &str, case: &str) -> Option<f64> {
    results.lines().filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok()).find_map(|record| {
        let name = record["case"].as_str()?;
        let matches = name == case || name.strip_prefix(case).is_some_and(|rest| rest.starts_with(" ("));
        if matches && record["tool"] == VAL_TOOL {
            record["median_wall_s"].as_f64()
        } else {
            None
        }
    })
}

/// A visitall problem on a `side` × `side` grid: every place connected to its 4 neighbours, the
/// robot in a corner, every place to be visited.
fn grid_problem(side: usize) -> String {
    let place = |x: usize, y: usize| format!("loc-x{x}-y{y}");
    let mut text = String::with_capacity(side * side * 200);
    text.push_str("(define (problem grid-generated)\n(:domain grid-visit-all)\n(:objects\n");
    for x in 0..side {
        for y in 0..side {
            writeln!(text, "\t{}", place(x, y)).unwrap();
        }
    }
    text.push_str("- place\n)\n(:init\n\t(at-robot loc-x0-y0)\n\t(visited loc-x0-y0)\n");
    for x in 0..side {
        for y in 0..side {
            let neighbours = [(x.wrapping_sub(1), y), (x + 1, y), (x, y.wrapping_sub(1)), (x, y + 1)];
            for (nx, ny) in neighbours.into_iter().filter(|&(nx, ny)| nx < side && ny < side) {
                writeln!(text, "\t(connected {} {})", place(x, y), place(nx, ny)).unwrap();
            }
        }
    }
    text.push_str(")\n(:goal\n(and\n");
    for x in 0..side {
        for y in 0..side {
            writeln!(text, "\t(visited {})", place(x, y)).unwrap();
        }
    }
    text.push_str(")\n)\n)\n");
    text
}

/// The median, in seconds.
fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64()
}

fn time(f: impl FnOnce()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

/// The baseline: read both files and count their parentheses.
fn read_and_count_parens(domain: &Path, problem: &Path) -> usize {
    [domain, problem]
        .iter()
        .map(|path| {
            let bytes = fs::read(path).expect("readable input");
            bytes.iter().filter(|&&b| b == b'(' || b == b')').count()
        })
        .sum()
}

/// One `herbrand pddl` process on the case, output discarded; it must exit 0 (valid).
fn run_cli(case: &Case) {
    let status = Command::new(env!("CARGO_BIN_EXE_herbrand"))
        .args(["pddl", "--format", "json"])
        .arg(&case.domain)
        .arg(&case.problem)
        .stdout(Stdio::null())
        .status()
        .expect("run the herbrand binary");
    assert!(status.success(), "{}: herbrand pddl exited with {status}", case.name);
}

fn check(domain: String, problem: String, budget: &Budget) -> herbrand::Report {
    check_pddl(SourceFile::new("domain", domain), Some(SourceFile::new("problem", problem)), budget)
}

fn bench_case(case: &Case, runs: usize) {
    let domain = fs::read_to_string(&case.domain).expect("readable domain");
    let problem = fs::read_to_string(&case.problem).expect("readable problem");
    let budget = Budget::default();
    let report = check(domain.clone(), problem.clone(), &budget);
    assert!(
        report.verdict == Verdict::Valid && report.count(Severity::Error) == 0,
        "{}: expected a valid report, got {} ({})",
        case.name,
        report.verdict.as_str(),
        report.summary
    );
    // The three measurements are interleaved, one of each per round, so that a change in machine
    // load during the run affects them alike and the ratios stay meaningful.
    let (mut lib, mut base, mut cli) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        base.push(time(|| {
            black_box(read_and_count_parens(&case.domain, &case.problem));
        }));
        let (d, p) = (domain.clone(), problem.clone());
        lib.push(time(|| {
            black_box(check(d, p, &budget));
        }));
        cli.push(time(|| run_cli(case)));
    }
    let (wall, baseline, cli) = (median(lib), median(base), median(cli));
    let bytes = domain.len() + problem.len();
    let val = match case.val_seconds {
        Some(v) => format!("{:>8.1} {:>8.2} {:>8.2}", v * 1e3, wall / v, cli / v),
        None => format!("{:>8} {:>8} {:>8}", "n/a", "n/a", "n/a"),
    };
    println!(
        "{:<16} {:>10} {:>9.2} {:>7.1} {:>8.3} {:>8.1} {:>8.2} {val}",
        case.name,
        bytes,
        wall * 1e3,
        bytes as f64 / 1e6 / wall,
        baseline * 1e3,
        wall / baseline,
        cli * 1e3,
    );
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument, if any, selects cases by substring.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(15).max(1);
    let perf = shared_dir().join("corpora/pddl/perf");
    let mut cases = Vec::new();
    if perf.is_dir() {
        let results = fs::read_to_string(perf.join("bench-results.jsonl")).unwrap_or_default();
        for (name, domain, problem, val_case) in PERF_CASES {
            cases.push(Case {
                name: name.to_string(),
                domain: perf.join(domain),
                problem: perf.join(problem),
                val_seconds: val_seconds(&results, val_case),
            });
        }
    } else {
        println!("NOTICE: {} not found; perf-corpus cases skipped, VAL ratios n/a", perf.display());
    }
    let generated = std::env::temp_dir().join(format!("herbrand-bench-{}", std::process::id()));
    fs::create_dir_all(&generated).expect("temp dir");
    let grid_domain = generated.join("grid-domain.pddl");
    let grid_problem_path = generated.join("grid-problem.pddl");
    fs::write(&grid_domain, GRID_DOMAIN).expect("write generated domain");
    fs::write(&grid_problem_path, grid_problem(GRID_SIDE)).expect("write generated problem");
    cases.push(Case {
        name: format!("grid-{GRID_SIDE}x{GRID_SIDE}"),
        domain: grid_domain,
        problem: grid_problem_path,
        val_seconds: None,
    });

    println!("median of {runs} runs; lib = SourceFile::new + check_pddl in process; base = read files + count parens;");
    println!("cli = `herbrand pddl --format json D P` process; VAL = {VAL_TOOL} (recorded)");
    println!(
        "{:<16} {:>10} {:>9} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "case", "bytes", "lib ms", "MB/s", "base ms", "lib/base", "cli ms", "VAL ms", "lib/VAL", "cli/VAL"
    );
    for case in cases.iter().filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f))) {
        bench_case(case, runs);
    }
    let _ = fs::remove_dir_all(&generated);
}
