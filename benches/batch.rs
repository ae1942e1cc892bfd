//! Batch throughput: 100,000 small plan-validation requests through `herbrand batch` (a bench
//! binary, no criterion).
//!
//! The requests cycle through the 16 blocksworld and gripper triples of the bundled `domains/`
//! (planner plans and their mutations: 2 valid, 14 invalid), each a JSONL line carrying the
//! domain, problem and plan texts, with the tool's default arguments — what an RL pipeline sends.
//!
//! It prints, for 1 and 2 jobs (medians of `BENCH_RUNS` runs, default 3):
//! - `in-process`: `serve::batch::run` over the input in memory, output to a sink;
//! - `process`: the real `herbrand batch -j N` reading the JSONL file, output to /dev/null;
//!
//! - `no reuse`: in-process again, but every request has its own problem text, so the front end
//!   (reading and linting the domain and problem) cannot be reused between requests;
//!
//! with requests/s, requests/s per job, and the 1 → 2 scaling; and two baselines measured in the
//! same run: `parse only` (reading and `serde_json`-parsing every line, the floor of any JSONL
//! tool) and `direct` (calling `validate_plan` on the same texts in a loop, one thread, no JSON),
//! so `batch/direct` is the cost of the JSON in and out around the checks. `req/CPU-s` divides the
//! requests by the CPU time the process used (all threads): a per-core figure that holds up when
//! other processes share the cores.
//!
//! `BENCH_REQUESTS` changes the number of requests. Run with `cargo bench --bench batch`.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use herbrand::serve::batch::{self, BatchOptions};
use herbrand::{validate_plan, Budget, PlanOptions, SourceFile};
use serde_json::{json, Value};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default).max(1)
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// The 16 triples: (domain, problem, plan) texts.
fn triples() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("domains");
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let mut out = Vec::new();
    for domain in ["blocksworld", "gripper"] {
        let dir = root.join(domain);
        let mut plans: Vec<_> =
            fs::read_dir(dir.join("plans")).expect("plans dir").flatten().map(|e| e.path()).collect();
        plans.sort();
        for plan in plans {
            out.push((read(&dir.join("domain.pddl")), read(&dir.join("p01.pddl")), read(&plan)));
        }
    }
    out
}

/// CPU time (user + system) of this process so far, in seconds, from /proc (0 where absent).
fn cpu_seconds() -> f64 {
    let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after the last `)`.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the line (indices 11 and 12 here), in 1/100 s.
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let requests = env_usize("BENCH_REQUESTS", 100_000);
    let runs = env_usize("BENCH_RUNS", 3);
    let triples = triples();
    // `distinct`: every problem text differs (a comment with the request number), so no request
    // reuses a domain and problem read before: the cost without the front-end cache.
    let requests_text = |distinct: bool| {
        let mut input = String::new();
        for i in 0..requests {
            let (d, p, l) = &triples[i % triples.len()];
            let p = if distinct { format!("{p}\n; request {i}\n") } else { p.clone() };
            let line = json!({"id": i, "tool": "validate_plan", "arguments": {"domain": d, "problem": p, "plan": l}});
            input.push_str(&line.to_string());
            input.push('\n');
        }
        input
    };
    let input = requests_text(false);
    let distinct_input = requests_text(true);
    if std::env::var_os("BENCH_DETAIL").is_some() {
        // Per triple: where the time of one request goes.
        for (d, p, l) in &triples {
            let n = 2000;
            let started = Instant::now();
            let mut verdict = String::new();
            let mut len = 0;
            for _ in 0..n {
                let report = validate_plan(
                    SourceFile::new("domain", d.clone()),
                    SourceFile::new("problem", p.clone()),
                    SourceFile::new("plan", l.clone()),
                    &Budget::default(),
                    &PlanOptions::default(),
                );
                verdict = report.verdict.as_str().to_string();
                len = serde_json::to_string(&report).map_or(0, |s| s.len());
            }
            let us = started.elapsed().as_secs_f64() * 1e6 / n as f64;
            println!("{:>8.1} µs  {:<8} {:>6} B out  {}", us, verdict, len, l.lines().next().unwrap_or(""));
        }
    }
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "herbrand batch bench: {requests} validate_plan requests ({} distinct triples, {:.1} MB of JSONL), median of {runs} runs; load average {}",
        triples.len(),
        input.len() as f64 / 1e6,
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );

    // Baseline 1: read and parse every line, nothing else.
    let parse_only = median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                let mut n = 0usize;
                for line in input.lines() {
                    let v: Value = serde_json::from_str(line).expect("JSON");
                    n += v["arguments"]["plan"].as_str().map_or(0, str::len);
                }
                assert!(n > 0);
                started.elapsed()
            })
            .collect(),
    );

    // Baseline 2: the checks alone, one thread, inputs already in memory, no JSON.
    let direct = median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                for i in 0..requests {
                    let (d, p, l) = &triples[i % triples.len()];
                    let report = validate_plan(
                        SourceFile::new("domain", d.clone()),
                        SourceFile::new("problem", p.clone()),
                        SourceFile::new("plan", l.clone()),
                        &Budget::default(),
                        &PlanOptions::default(),
                    );
                    std::hint::black_box(report);
                }
                started.elapsed()
            })
            .collect(),
    );

    // (median wall time, mean CPU time of the process per run)
    let in_process = |jobs: usize, input: &str| {
        let cpu_before = cpu_seconds();
        let wall = median(
            (0..runs)
                .map(|_| {
                    let options = BatchOptions { jobs, progress: false, ..BatchOptions::default() };
                    let started = Instant::now();
                    let summary = batch::run(input.as_bytes(), std::io::sink(), &options).expect("batch");
                    assert_eq!(summary.lines as usize, requests);
                    assert_eq!(summary.failed_requests, 0);
                    started.elapsed()
                })
                .collect::<Vec<_>>(),
        );
        (wall, (cpu_seconds() - cpu_before) / runs as f64)
    };

    let file = std::env::temp_dir().join(format!("herbrand-batch-bench-{}.jsonl", std::process::id()));
    fs::write(&file, &input).expect("write the requests");
    let exe = env!("CARGO_BIN_EXE_herbrand");
    let process = |jobs: usize| {
        median(
            (0..runs)
                .map(|_| {
                    let started = Instant::now();
                    let status = Command::new(exe)
                        .args(["batch", "-q", "-j", &jobs.to_string()])
                        .arg(&file)
                        .stdout(Stdio::null())
                        .stderr(Stdio::null())
                        .status()
                        .expect("run herbrand batch");
                    assert!(status.success());
                    started.elapsed()
                })
                .collect::<Vec<_>>(),
        )
    };

    let rate = |d: Duration| requests as f64 / d.as_secs_f64();
    println!(
        "\n{:<22} {:>9} {:>12} {:>14} {:>9} {:>12}",
        "measure", "seconds", "requests/s", "per job/core", "vs 1 job", "req/CPU-s"
    );
    let row = |name: &str, d: Duration, jobs: usize, one: Option<Duration>, cpu: Option<f64>| {
        println!(
            "{:<22} {:>9.3} {:>12.0} {:>14.0} {:>9} {:>12}",
            name,
            d.as_secs_f64(),
            rate(d),
            rate(d) / jobs as f64,
            one.map_or("".to_string(), |o| format!("{:.2}x", o.as_secs_f64() / d.as_secs_f64())),
            cpu.map_or("".to_string(), |c| format!("{:.0}", requests as f64 / c))
        );
    };
    row("baseline: parse only", parse_only, 1, None, None);
    row("baseline: direct", direct, 1, None, None);
    let (in1, cpu1) = in_process(1, &input);
    let (in2, cpu2) = in_process(2, &input);
    row("in-process, 1 job", in1, 1, None, Some(cpu1));
    row("in-process, 2 jobs", in2, 2, Some(in1), Some(cpu2));
    let (miss1, mcpu1) = in_process(1, &distinct_input);
    let (miss2, mcpu2) = in_process(2, &distinct_input);
    row("no reuse, 1 job", miss1, 1, None, Some(mcpu1));
    row("no reuse, 2 jobs", miss2, 2, Some(miss1), Some(mcpu2));
    let p1 = process(1);
    let p2 = process(2);
    row("process, 1 job", p1, 1, None, None);
    row("process, 2 jobs", p2, 2, Some(p1), None);
    let _ = fs::remove_file(&file);
    println!(
        "\nbatch/direct (1 job, in-process): {:.2}; parse share of batch (1 job): {:.0} %",
        in1.as_secs_f64() / direct.as_secs_f64(),
        100.0 * parse_only.as_secs_f64() / in1.as_secs_f64()
    );
}
