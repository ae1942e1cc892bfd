//! Rule-engine speed: transitive closure, reachability and same-generation (a bench binary,
//! no criterion) against the recorded timings of other engines.
//!
//! Inputs are those `../shared/corpora/rules/bench/gen.py` writes, generated here byte for byte
//! (chains, trees, and the random graphs of Python's `random.Random(42)`, whose Mersenne
//! Twister is reproduced below), so the bench needs neither Python nor the shared directory.
//! Programs are the ones of `bench/progs/*.dl`, in Prolog syntax; the input relation is given
//! as TSV text (`RulesOptions::facts`), like Soufflé's `.input`.
//!
//! Every measurement runs in a fresh child process (this binary, re-executed), which reports
//! the wall time and CPU time of `check_rules` (read, lint, evaluate, report) and its peak RSS
//! (`VmHWM`), so memory is comparable with the recorded peak RSS of whole engine processes.
//! Reference figures (median wall s / peak RSS MB) are copied from `bench/perf_table.md`.
//!
//! `BENCH_RUNS` (default 3) runs per case, medians reported; an argument filters cases by
//! name (`cargo bench --bench rules sg`); `BENCH_SKIP_BIG=1` skips tc chain_10000 (50M tuples).

use std::process::Command;
use std::time::Instant;

use herbrand::{check_rules, Budget, RulesOptions, SourceFile, Verdict};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TC: &str = "path(X, Y) :- edge(X, Y).\npath(X, Z) :- path(X, Y), edge(Y, Z).\n";
const REACH: &str = "reach(0).\nreach(Y) :- reach(X), edge(X, Y).\n";
const SG: &str = "node(X) :- par(X, _).\nnode(Y) :- par(_, Y).\nsg(X, X) :- node(X).\nsg(X, Y) :- par(X, Xp), sg(Xp, Yp), par(Y, Yp).\n";

/// (workload, input, expected count, SWI tabled wall/RSS, Soufflé interpreter wall/RSS).
type Reference = (&'static str, &'static str, usize, Option<(f64, f64)>, (f64, f64));
const CASES: &[Reference] = &[
    ("tc", "chain_1000", 500_500, Some((0.35, 87.0)), (0.11, 17.0)),
    ("tc", "chain_10000", 50_005_000, Some((43.79, 7884.0)), (20.68, 500.0)),
    ("tc", "rand_1000", 7_162, Some((0.02, 14.0)), (0.00, 11.0)),
    ("tc", "rand_10000", 286_236, Some((0.24, 63.0)), (0.09, 15.0)),
    ("tc", "rand_100000", 4_475_237, Some((4.62, 781.0)), (2.59, 72.0)),
    ("reach", "chain_1000", 1_001, Some((0.02, 13.0)), (0.00, 11.0)),
    ("reach", "chain_10000", 10_001, Some((0.06, 16.0)), (0.00, 11.0)),
    ("reach", "chain_100000", 100_001, Some((0.58, 49.0)), (0.04, 12.0)),
    ("sg", "tree_1000", 326_502, Some((0.24, 79.0)), (0.05, 17.0)),
    ("sg", "tree_2000", 1_304_054, Some((0.64, 243.0)), (0.19, 34.0)),
    ("sg", "tree_10000", 25_642_102, Some((12.43, 4752.0)), (3.72, 431.0)),
];

/// Python's `random.Random(seed)` for what gen.py uses: MT19937 seeded by `init_by_array`.
struct PyRandom {
    mt: [u32; 624],
    index: usize,
}

impl PyRandom {
    fn new(seed: u32) -> PyRandom {
        let mut mt = [0u32; 624];
        mt[0] = 19_650_218;
        for i in 1..624 {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        let key = [seed];
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..624 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..623 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        PyRandom { mt, index: 624 }
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= 624 {
            for k in 0..624 {
                let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % 624] & 0x7fff_ffff);
                let mut v = self.mt[(k + 397) % 624] ^ (y >> 1);
                if y & 1 == 1 {
                    v ^= 0x9908_b0df;
                }
                self.mt[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `randrange(n)`: rejection sampling on `getrandbits(n.bit_length())`.
    fn randrange(&mut self, n: u32) -> u32 {
        let k = 32 - n.leading_zeros();
        loop {
            let r = self.next_u32() >> (32 - k);
            if r < n {
                return r;
            }
        }
    }
}

/// The TSV text gen.py writes for an input name.
fn input(name: &str) -> String {
    let (kind, n) = name.split_once('_').expect("kind_n");
    let n: u32 = n.parse().expect("size");
    let edges: Vec<(u32, u32)> = match kind {
        "chain" => (0..n).map(|i| (i, i + 1)).collect(),
        "tree" => (1..n).map(|i| (i, (i - 1) / 2)).collect(),
        _ => {
            let mut r = PyRandom::new(42);
            let mut s = std::collections::BTreeSet::new();
            while s.len() < n as usize {
                let (a, b) = (r.randrange(n), r.randrange(n));
                if a != b {
                    s.insert((a, b));
                }
            }
            s.into_iter().collect()
        }
    };
    let mut out = String::with_capacity(edges.len() * 12);
    for (a, b) in edges {
        out.push_str(&format!("{a}\t{b}\n"));
    }
    out
}

/// Peak RSS (MB) and CPU seconds (user + system) of this process, from /proc.
fn proc_usage() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0;
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (hwm, (ticks(11) + ticks(12)) / 100.0)
}

/// Child: run one case, print `wall cpu rss count`.
fn child(case: &str) {
    let (workload, name) = case.split_once(':').expect("workload:input");
    let (program, relation, result) = match workload {
        "tc" => (TC, "edge", "path/2"),
        "reach" => (REACH, "edge", "reach/1"),
        _ => (SG, "par", "sg/2"),
    };
    let tsv = input(name);
    let (_, cpu0) = proc_usage();
    let budget = Budget { max_ground_atoms: 200_000_000, max_steps: 100_000_000, ..Budget::default() };
    let options = RulesOptions { facts: vec![(relation.to_string(), tsv)], ..Default::default() };
    let started = Instant::now();
    let report = check_rules(SourceFile::new("program", program), &options, &budget);
    let wall = started.elapsed().as_secs_f64();
    let (rss, cpu1) = proc_usage();
    assert_eq!(report.verdict, Verdict::Valid, "{case}: {:?}", report.codes());
    let count = report.detail["predicates"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["predicate"] == result))
        .and_then(|p| p["facts"].as_u64())
        .unwrap_or(0);
    println!("{wall} {} {rss} {count}", cpu1 - cpu0);
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn main() {
    // `HERBRAND_RULES_BENCH_DUMP=rand_1000` prints an input (to compare with gen.py's file).
    if let Ok(name) = std::env::var("HERBRAND_RULES_BENCH_DUMP") {
        print!("{}", input(&name));
        return;
    }
    if let Ok(case) = std::env::var("HERBRAND_RULES_BENCH_CASE") {
        child(&case);
        return;
    }
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let skip_big = std::env::var("BENCH_SKIP_BIG").is_ok_and(|v| v == "1");
    let exe = std::env::current_exe().expect("own path");
    println!("herbrand rules bench: median of {runs} runs, each in a fresh process; check_rules wall/CPU seconds, peak RSS MB");
    println!("ratios: ×souffle = Soufflé interpreter wall / ours (above 1: herbrand faster); rss/swi = our RSS / SWI tabled RSS");
    println!(
        "{:<6} {:<13} {:>10} {:>8} {:>8} {:>8}  {:>9} {:>9} {:>8}  {:>9} {:>8} {:>7}",
        "work",
        "input",
        "tuples",
        "wall s",
        "cpu s",
        "rss MB",
        "souffle s",
        "×souffle",
        "s-rss",
        "swi s",
        "swi-rss",
        "rss/swi"
    );
    for &(workload, name, expected, swi, souffle) in CASES {
        let case = format!("{workload}:{name}");
        if filter.as_ref().is_some_and(|f| !case.contains(f.as_str())) || (skip_big && case == "tc:chain_10000") {
            continue;
        }
        let (mut walls, mut cpus, mut rsss) = (Vec::new(), Vec::new(), Vec::new());
        let mut count = 0;
        for _ in 0..runs {
            let out = Command::new(&exe).env("HERBRAND_RULES_BENCH_CASE", &case).output().expect("run child");
            assert!(out.status.success(), "{case}: {}", String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8_lossy(&out.stdout);
            let v: Vec<f64> = text.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            walls.push(v[0]);
            cpus.push(v[1]);
            rsss.push(v[2]);
            count = v[3] as usize;
        }
        assert_eq!(count, expected, "{case}: wrong number of tuples");
        let (wall, cpu, rss) = (median(walls), median(cpus), median(rsss));
        // The recorded figures have a resolution of 10 ms: no ratio below it.
        let ratio = |theirs: f64| {
            if theirs >= 0.01 && wall > 0.0 {
                format!("{:.2}", theirs / wall)
            } else {
                "–".to_string()
            }
        };
        let (swi_s, swi_rss, rss_ratio) = match swi {
            Some((s, r)) => (format!("{s:.2}"), format!("{r:.0}"), format!("{:.2}", rss / r)),
            None => ("–".into(), "–".into(), "–".into()),
        };
        println!(
            "{workload:<6} {name:<13} {count:>10} {wall:>8.3} {cpu:>8.3} {rss:>8.0}  {:>9.2} {:>9} {:>8.0}  {swi_s:>9} {swi_rss:>8} {rss_ratio:>7}",
            souffle.0,
            ratio(souffle.0),
            souffle.1
        );
    }
}
