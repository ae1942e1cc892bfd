//! `herbrand batch`: the real binary on JSONL. Lines in = lines out whatever the lines hold, ids
//! echoed, byte-identical output whatever `--jobs`, the same Reports as the CLI, bounded memory.

mod common;

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use common::{assert_valid_report, read, triple, BIN};
use herbrand::serve::batch::{self, BatchOptions};
use serde_json::{json, Value};

/// Run `herbrand batch ARGS` with `input` on stdin.
fn run_batch(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start herbrand batch");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    // Write from another thread: the output is read while the input is still being written.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

fn output_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("the output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("output line is not JSON ({e}): {l}")))
        .collect()
}

fn request(id: Value, tool: &str, arguments: Value) -> String {
    json!({"id": id, "tool": tool, "arguments": arguments}).to_string()
}

fn plan_request(id: Value, domain: &str, plan: &str) -> String {
    let (d, p, l) = triple(domain, "p01", plan);
    request(id, "validate_plan", json!({"domain": d, "problem": p, "plan": l}))
}

/// Mixed requests from the bundled domains: valid and invalid plans, lints, broken lines.
fn mixed_input(copies: usize) -> String {
    let mut lines = Vec::new();
    let plans = [
        "p01.valid",
        "p01.delete_step",
        "p01.swap_adjacent",
        "p01.misspell_action",
        "p01.unknown_object",
        "p01.drop_last",
    ];
    for i in 0..copies {
        for (j, plan) in plans.iter().enumerate() {
            let domain = if j % 2 == 0 { "blocksworld" } else { "gripper" };
            lines.push(plan_request(json!(format!("{i}-{j}")), domain, plan));
        }
        lines.push(request(
            json!(i),
            "check_pddl",
            json!({"domain": read("tests/data/pddl/broken/several-mistakes.domain.pddl")}),
        ));
        lines.push("{not json".to_string());
        lines.push(String::new());
    }
    lines.join("\n") + "\n"
}

#[test]
fn every_line_gets_one_output_line_in_order() {
    let ids = [
        json!(1),
        json!(-7),
        json!(2.5),
        json!("text id"),
        json!("ünïcødé ✓"),
        json!(null),
        json!(true),
        json!([1, "two", [3]]),
        json!({"episode": 12, "sample": {"k": [1, 2]}}),
    ];
    let mut input: Vec<u8> = b"\xEF\xBB\xBF".to_vec(); // a BOM on the first line is skipped
    for id in &ids {
        input.extend(plan_request(id.clone(), "blocksworld", "p01.valid").bytes());
        input.push(b'\n');
    }
    let tricky: Vec<Vec<u8>> = vec![
        b"".to_vec(),                                                                       // empty
        b"   \t ".to_vec(),                                                                 // blank
        b"{\"id\": 1, \"tool\": ".to_vec(),                                                 // truncated JSON
        b"[\"validate_plan\"]".to_vec(),                                                    // not an object
        b"{\"id\": \"no tool\", \"arguments\": {}}".to_vec(),                               // no tool
        b"{\"id\": \"name\", \"name\": \"check_pddl\"}".to_vec(), // MCP's key instead of batch's
        b"{\"id\": \"x\", \"tool\": \"check_pdl\", \"arguments\": {}}".to_vec(), // unknown tool
        b"{\"id\": \"y\", \"tool\": \"check_pddl\", \"arguments\": {}}".to_vec(), // missing argument
        b"{\"id\": \"z\", \"tool\": \"check_pddl\", \"arguments\": \"d\"}".to_vec(), // arguments not an object
        b"{\"id\": \"\xff\xfe\", \"tool\": \"check_pddl\"}".to_vec(), // invalid UTF-8
        format!("{{\"id\": \"huge\", \"pad\": \"{}\"}}", "x".repeat(1 << 20)).into_bytes(), // over the line limit
        b"{\"id\": \"crlf\", \"tool\": \"check_pddl\", \"arguments\": {\"domain\": \"(define (domain d))\"}}\r"
            .to_vec(),
    ];
    for line in &tricky {
        input.extend(line);
        input.push(b'\n');
    }
    // The last line has no newline.
    input.extend(request(json!("last"), "check_pddl", json!({"domain": "(define (domain d))"})).bytes());
    let in_lines = ids.len() + tricky.len() + 1;

    let out = run_batch(&["--max-line-bytes", "65536", "-j", "2"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = output_lines(&out);
    assert_eq!(lines.len(), in_lines, "lines in = lines out");
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["line"], i + 1, "in input order");
        assert_valid_report(&line["report"], &format!("line {}", i + 1));
        let keys: Vec<&String> = line.as_object().map(|o| o.keys().collect()).unwrap_or_default();
        assert_eq!(keys.len(), 5, "{line}");
    }
    for (line, id) in lines.iter().zip(&ids) {
        assert_eq!(&line["id"], id, "the id is echoed as given");
        assert_eq!(line["is_error"], false);
        assert_eq!(line["report"]["verdict"], "valid");
    }
    let tricky_out = &lines[ids.len()..];
    let codes: Vec<&str> =
        tricky_out.iter().map(|l| l["report"]["diagnostics"][0]["code"].as_str().unwrap_or("-")).collect();
    assert_eq!(
        codes[..11],
        [
            "request/empty-line",
            "request/empty-line",
            "request/malformed-json",
            "request/malformed",
            "request/malformed",
            "request/malformed",
            "request/unknown-tool",
            "request/bad-arguments",
            "request/bad-arguments",
            "request/malformed-json",
            "request/line-too-long",
        ]
    );
    for line in &tricky_out[..11] {
        assert_eq!(line["is_error"], true, "{line}");
        assert_eq!(line["report"]["verdict"], "error");
    }
    assert_eq!(tricky_out[4]["id"], "no tool", "the id is echoed even when the request is unusable");
    assert_eq!(tricky_out[6]["tool"], "check_pdl");
    assert!(tricky_out[5]["report"]["diagnostics"][0]["help"].as_str().unwrap_or("").contains("`tool`"));
    assert!(tricky_out[6]["report"]["diagnostics"][0]["help"]
        .as_str()
        .unwrap_or("")
        .contains("did you mean `check_pddl`"));
    // A CRLF line is read without its `\r`.
    assert_eq!((&tricky_out[11]["id"], &tricky_out[11]["is_error"]), (&json!("crlf"), &json!(false)));
    assert_eq!(lines[in_lines - 1]["id"], "last");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{in_lines} lines: ")), "summary: {stderr}");
}

#[test]
fn output_is_byte_identical_whatever_the_jobs() {
    let input = mixed_input(12);
    let one = run_batch(&["--jobs", "1"], input.as_bytes());
    let two = run_batch(&["--jobs", "2"], input.as_bytes());
    let three = run_batch(&["-j", "3"], input.as_bytes());
    assert!(one.status.success() && two.status.success() && three.status.success());
    assert_eq!(output_lines(&one).len(), input.lines().count());
    assert!(one.stdout == two.stdout, "--jobs 1 and --jobs 2 differ");
    assert!(one.stdout == three.stdout, "--jobs 1 and --jobs 3 differ");
    assert!(!String::from_utf8_lossy(&one.stdout).contains("_ms\""), "no wall times by default");
    let summary = String::from_utf8_lossy(&two.stderr);
    assert!(summary.contains("with 2 jobs"), "{summary}");
    assert!(
        summary.contains(&format!("{} lines: 12 valid, 72 invalid, 24 error, 0 unknown (24 requests failed)", 12 * 9)),
        "{summary}"
    );
}

#[test]
fn window_size_does_not_change_the_output() {
    let input = mixed_input(3);
    let run = |window_lines: usize, jobs: usize| {
        let options = BatchOptions { window_lines, jobs, progress: false, ..BatchOptions::default() };
        let mut out = Vec::new();
        let summary = batch::run(input.as_bytes(), &mut out, &options).expect("in-memory batch");
        assert_eq!(summary.lines as usize, input.lines().count());
        out
    };
    let reference = run(4096, 1);
    for (window, jobs) in [(1, 2), (2, 2), (7, 1), (7, 2)] {
        assert!(run(window, jobs) == reference, "window {window}, {jobs} jobs");
    }
}

#[test]
fn timings_are_kept_only_when_asked() {
    let input = plan_request(json!(1), "gripper", "p01.valid") + "\n";
    let with = output_lines(&run_batch(&["--timings"], input.as_bytes()));
    assert!(with[0]["report"]["stats"]["elapsed_ms"].is_number(), "{}", with[0]["report"]["stats"]);
    let without = output_lines(&run_batch(&[], input.as_bytes()));
    assert!(without[0]["report"]["stats"].get("elapsed_ms").is_none());
    assert_eq!(without[0]["report"]["stats"]["steps"], with[0]["report"]["stats"]["steps"]);
}

#[test]
fn a_batch_report_is_the_cli_report() {
    for (domain, plan) in
        [("blocksworld", "p01.swap_adjacent"), ("gripper", "p01.valid"), ("logistics", "p01.replace_arg")]
    {
        let dir = format!("{}/domains/{domain}", env!("CARGO_MANIFEST_DIR"));
        let cli = Command::new(BIN)
            .args([
                "plan",
                &format!("{dir}/domain.pddl"),
                &format!("{dir}/p01.pddl"),
                &format!("{dir}/plans/{plan}.plan"),
                "--format",
                "json",
            ])
            .output()
            .expect("run herbrand plan");
        let mut cli: Value = serde_json::from_slice(&cli.stdout).expect("CLI JSON");
        if let Some(stats) = cli["stats"].as_object_mut() {
            stats.retain(|k, _| !k.ends_with("_ms"));
        }
        let input = plan_request(json!(plan), domain, plan) + "\n";
        let lines = output_lines(&run_batch(&[], input.as_bytes()));
        assert_eq!(lines[0]["report"], cli, "{domain} {plan}");
    }
}

#[test]
fn reads_a_file_argument_and_reports_a_missing_one() {
    let dir = std::env::temp_dir().join(format!("herbrand-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("requests.jsonl");
    std::fs::write(&path, mixed_input(1)).expect("write");
    let out = Command::new(BIN).args(["batch", "-q"]).arg(&path).output().expect("run");
    assert!(out.status.success());
    assert_eq!(output_lines(&out).len(), 9);
    assert!(out.stderr.is_empty(), "--quiet prints no summary");
    let missing = Command::new(BIN).args(["batch"]).arg(dir.join("nope.jsonl")).output().expect("run");
    assert_eq!(missing.status.code(), Some(4));
    assert!(missing.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn empty_input_gives_empty_output() {
    let out = run_batch(&[], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 lines"));
}

/// Peak memory stays small on a long stream: the input is streamed in windows, never slurped.
#[cfg(target_os = "linux")]
#[test]
fn memory_stays_bounded_on_a_long_stream() {
    const LINES: usize = 40_000;
    let pad = "p".repeat(2000);
    let line = format!("{{\"id\": \"{pad}\", \"tool\": \"no_such_tool\", \"arguments\": {{}}}}\n");
    let mut child = Command::new(BIN)
        .args(["batch", "-q", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    let writer = std::thread::spawn(move || {
        for _ in 0..LINES {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    // Count output lines; near the end of the stream (when ~26 MB of output are still unread, so
    // the process cannot have exited), read the process's peak resident size.
    let mut seen = 0usize;
    let mut peak_kib = None;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = stdout.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        seen += buf[..n].iter().filter(|&&b| b == b'\n').count();
        if seen >= LINES - 10_000 {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            peak_kib = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            break;
        }
    }
    let mut rest = Vec::new();
    stdout.read_to_end(&mut rest).expect("read");
    seen += rest.iter().filter(|&&b| b == b'\n').count();
    writer.join().expect("writer");
    assert!(child.wait().expect("wait").success());
    assert_eq!(seen, LINES, "lines in = lines out");
    let input_mib = LINES * 2060 / (1 << 20);
    let peak_mib = peak_kib.expect("VmHWM read") / 1024;
    eprintln!("peak resident size {peak_mib} MiB for a {input_mib} MiB input");
    // The binary maps Z3's C library (libz3.so is 23 MB; its touched pages count as resident),
    // so the bound is the ~27 MiB measured before FOL plus that, well under the input's size.
    assert!(peak_mib < 64, "peak resident size {peak_mib} MiB for a {input_mib} MiB input");
}

/// Every check, not only plans, goes through batch: FOL, equivalence and rule-set requests mixed,
/// with the same output whatever the number of jobs (Z3's answers and countermodels included).
#[test]
fn every_tool_runs_in_batch_deterministically() {
    let mut lines = Vec::new();
    for i in 0..8 {
        let fol =
            ["tests/data/fol/label-uncertain.txt", "tests/data/fol/inconsistent.txt", "tests/data/fol/label-false.txt"]
                [i % 3];
        lines.push(request(json!(format!("fol-{i}")), "check_fol", json!({"program": read(fol)})));
        lines.push(request(
            json!(i),
            "fol_equivalent",
            json!({"candidate": "∀x (Dog(x) ∧ Animal(x))", "reference": "∀x (Dog(x) → Animal(x))"}),
        ));
        lines.push(request(
            json!(null),
            "check_rules",
            json!({"program": "parent(tom, bob).\nparent(bob, ann).\ngp(X, Z) :- parent(X, Y), parent(Y, Z).\n",
                   "queries": ["gp(tom, X)"]}),
        ));
    }
    let input = lines.join("\n") + "\n";
    let one = run_batch(&["--jobs", "1"], input.as_bytes());
    let two = run_batch(&["--jobs", "2"], input.as_bytes());
    assert!(one.status.success() && two.status.success());
    assert!(one.stdout == two.stdout, "--jobs 1 and --jobs 2 differ");
    let out = output_lines(&one);
    assert_eq!(out.len(), lines.len());
    let labels: Vec<&str> = out.iter().filter_map(|l| l["report"]["detail"]["label"].as_str()).collect();
    assert_eq!(&labels[..3], ["Uncertain", "Inconsistent", "False"]);
    assert_eq!(out[1]["report"]["detail"]["equivalent"], false);
    assert_eq!(out[2]["report"]["kind"], "rules");
    assert!(out.iter().all(|l| l["is_error"] == false), "{out:?}");
}

/// A long-lived caller (a reward server over a pipe) writes one request at a time and waits for
/// its answer: each is answered while stdin stays open, in order, each promptly.
#[test]
fn a_request_written_and_flushed_is_answered_while_stdin_stays_open() {
    use std::io::BufRead;
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let mut child = Command::new(BIN)
        .args(["batch", "-j", "2", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start herbrand batch");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (sender, answers) = mpsc::channel::<(Instant, String)>();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let plans = ["p01.valid", "p01.delete_step", "p01.misspell_action"];
    let mut latencies = Vec::new();
    // Request 0 warms up the process (thread pool, first allocations); 1..=10 are measured.
    for i in 0..=10u64 {
        let line = plan_request(json!(i), "blocksworld", plans[i as usize % plans.len()]) + "\n";
        stdin.write_all(line.as_bytes()).expect("write a request");
        stdin.flush().expect("flush");
        let sent = Instant::now();
        // A generous deadline for a loaded machine: the old batch never answered before EOF.
        let (at, answer) = answers
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("request {i} got no answer while stdin was open"));
        let answer: Value = serde_json::from_str(&answer).expect("an answer is JSON");
        assert_eq!(answer["id"], json!(i), "answers come in order, one per request");
        assert_eq!(answer["line"], json!(i + 1));
        if i > 0 {
            latencies.push(at.saturating_duration_since(sent));
        }
    }
    drop(stdin);
    assert!(child.wait().expect("wait").success());
    reader.join().expect("reader");
    latencies.sort();
    let median = latencies[latencies.len() / 2];
    assert!(median <= Duration::from_millis(50), "median latency {median:?} over 50 ms: {latencies:?}");
}
