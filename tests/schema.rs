//! The published Report schema: `schema/report.schema.json` is what the Rust types generate, and
//! every Report the test suite produces validates against it — the bundled domains, the test
//! inputs, every JSON snapshot, and the error Reports of the servers.
//!
//! After changing the Report types, regenerate the file with
//! `HERBRAND_UPDATE_SCHEMA=1 cargo test --test schema` (or `herbrand schema > schema/report.schema.json`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_valid_report, read, root, BIN};
use herbrand::report::render::{render, Format};
use herbrand::serve::batch::{self, BatchOptions};
use serde_json::{json, Value};

#[test]
fn schema_file_is_current() {
    let generated = herbrand::schema::report_schema_text();
    let path = root().join("schema/report.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        if std::env::var_os("HERBRAND_UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).expect("write schema/report.schema.json");
        } else {
            panic!(
                "schema/report.schema.json is out of date with the Report types; regenerate it with \
                 `HERBRAND_UPDATE_SCHEMA=1 cargo test --test schema` and commit it"
            );
        }
    }
}

#[test]
fn herbrand_schema_prints_the_committed_file() {
    let out = Command::new(BIN).arg("schema").output().expect("run herbrand schema");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), read("schema/report.schema.json"));
}

#[test]
fn the_schema_rejects_what_is_not_a_report() {
    let report = herbrand::tools::call("check_pddl", json!({"domain": "(define (domain d))"})).report;
    let good = serde_json::to_value(&report).expect("serialize");
    assert_valid_report(&good, "a real Report");
    let validator = common::validator();
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        v
    };
    let cases = [
        broken(&|v| v["verdict"] = json!("maybe")),
        broken(&|v| v["schema"] = json!("herbrand.report/v0")),
        broken(&|v| v["stats"]["bytes"] = json!("many")),
        broken(&|v| {
            v.as_object_mut().map(|o| o.remove("summary"));
        }),
        broken(&|v| v["diagnostics"] = json!([{"code": "Not A Code", "severity": "error"}])),
    ];
    for case in &cases {
        assert!(!validator.is_valid(case), "accepted: {case}");
    }
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn text(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).expect("read")).into_owned()
}

/// Run a tool through the registry and validate its Report; returns the verdict.
fn check(tool: &str, arguments: Value, context: &str) -> String {
    let outcome = herbrand::tools::call(tool, arguments);
    let value = serde_json::to_value(&outcome.report).expect("serialize");
    assert_valid_report(&value, context);
    // The JSON rendering is the same contract.
    let rendered: Value = serde_json::from_str(&render(&outcome.report, Format::Json, false)).expect("json");
    assert_eq!(rendered, value, "{context}");
    outcome.report.verdict.as_str().to_string()
}

#[test]
fn every_bundled_triple_gives_a_valid_report() {
    let manifest = read("domains/manifest.jsonl");
    let mut verdicts = std::collections::BTreeMap::<String, usize>::new();
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let entry: Value = serde_json::from_str(line).expect("manifest line");
        let file = |key: &str| read(format!("domains/{}", entry[key].as_str().expect(key)));
        let (domain, problem, plan) = (file("domain"), file("problem"), file("plan"));
        let context = entry["plan"].as_str().unwrap_or_default().to_string();
        let v = check("validate_plan", json!({"domain": domain, "problem": problem, "plan": plan}), &context);
        *verdicts.entry(v).or_default() += 1;
        check("check_pddl", json!({"domain": domain, "problem": problem}), &context);
        // The same with every option, where it is cheap in a debug build.
        if entry["plan_steps"].as_u64().unwrap_or(u64::MAX) <= 100 && entry["domain_name"] != "psr-middle" {
            let all = json!({"domain": domain, "problem": problem, "plan": plan, "keep_going": true, "trace": true});
            check("validate_plan", all, &context);
        }
    }
    assert!(
        verdicts.get("valid").copied().unwrap_or(0) > 0 && verdicts.get("invalid").copied().unwrap_or(0) > 0,
        "{verdicts:?}"
    );
}

/// The domain and problem a plan of `tests/data` is written for, by its name's prefix.
fn plan_context(path: &Path) -> (String, String) {
    let val = root().join("tests/data/plan/val");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let pairs = [
        ("bw-", "bw-domain.pddl", "bw-p1.pddl"),
        ("log-", "log-domain.pddl", "log-p1.pddl"),
        ("constraints-", "constraints-domain.pddl", "constraints-problem.pddl"),
        ("noprecond", "noprecond-domain.pddl", "noprecond-problem.pddl"),
    ];
    match pairs.iter().find(|(prefix, _, _)| name.starts_with(prefix) && path.starts_with(&val)) {
        Some((_, d, p)) => (text(&val.join(d)), text(&val.join(p))),
        None => (read("domains/blocksworld/domain.pddl"), read("domains/blocksworld/p01.pddl")),
    }
}

#[test]
fn every_test_input_gives_a_valid_report() {
    let data = root().join("tests/data");
    let mut count = 0;
    for path in files(&data, ".pddl") {
        let name = path.display().to_string();
        // The performance repros take seconds each in a debug build and give Reports of the
        // same shapes as the small inputs.
        if path.starts_with(data.join("repro")) && std::fs::metadata(&path).map_or(0, |m| m.len()) > 64 * 1024 {
            continue;
        }
        let source = text(&path);
        check("check_pddl", json!({"domain": source}), &name);
        for (problem_suffix, domain_suffix) in [(".problem.pddl", ".domain.pddl"), ("-problem.pddl", "-domain.pddl")] {
            if let Some(stem) = name.strip_suffix(problem_suffix) {
                let domain = PathBuf::from(format!("{stem}{domain_suffix}"));
                if domain.exists() {
                    let domain = text(&domain);
                    check("check_pddl", json!({"domain": domain, "problem": source}), &name);
                    check("validate_plan", json!({"domain": domain, "problem": source, "plan": "(pick-up a)"}), &name);
                }
            }
        }
        count += 1;
    }
    for path in files(&data, ".plan") {
        let name = path.display().to_string();
        let (domain, problem) = plan_context(&path);
        check("validate_plan", json!({"domain": domain, "problem": problem, "plan": text(&path)}), &name);
        check(
            "validate_plan",
            json!({"domain": domain, "problem": problem, "plan": text(&path), "keep_going": true}),
            &name,
        );
        count += 1;
    }
    for path in files(&data, ".bin") {
        let bytes = std::fs::read(&path).expect("read");
        let report = match herbrand::input::decode("domain", None, bytes) {
            Ok(src) => herbrand::check_pddl(src, None, &herbrand::Budget::default()),
            Err(d) => herbrand::input::unreadable(herbrand::Kind::Pddl, d),
        };
        assert_valid_report(&serde_json::to_value(&report).expect("serialize"), &path.display().to_string());
        count += 1;
    }
    assert!(count > 100, "only {count} inputs found under tests/data");
}

#[test]
fn every_json_snapshot_is_a_valid_report() {
    let mut count = 0;
    for path in files(&root().join("tests/snapshots"), "__json.snap") {
        let snap = text(&path);
        // An insta snapshot is a `---`-delimited header, then the value.
        let body = snap.splitn(3, "---\n").nth(2).unwrap_or_else(|| panic!("{}: no snapshot body", path.display()));
        let value: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_valid_report(&value, &path.display().to_string());
        count += 1;
    }
    assert!(count >= 50, "only {count} JSON snapshots found");
}

#[test]
fn error_reports_of_the_servers_are_valid_reports() {
    let input = [
        "",
        "   ",
        "{broken",
        "[1, 2]",
        r#"{"id": 1}"#,
        r#"{"id": 2, "tool": 7}"#,
        r#"{"id": 3, "tool": "nope", "arguments": {}}"#,
        r#"{"id": 4, "tool": "check_pddl", "arguments": {"domain": 1}}"#,
        r#"{"id": 5, "tool": "check_pddl", "arguments": {"domain": "(define (domain d))", "extra": 1}}"#,
        r#"{"id": 6, "tool": "check_pddl", "arguments": {"domain": "(define (domain d))", "max_input_bytes": 3}}"#,
        r#"{"id": 7, "tool": "check_pddl", "arguments": {"domain": "(define (domain d))"}, "more": 1}"#,
        &format!(r#"{{"id": 8, "pad": "{}"}}"#, "x".repeat(300)),
    ]
    .join("\n");
    let options = BatchOptions { max_line_bytes: 200, progress: false, ..BatchOptions::default() };
    let mut out = Vec::new();
    batch::run(input.as_bytes(), &mut out, &options).expect("in-memory batch");
    let lines: Vec<Value> =
        String::from_utf8(out).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 12);
    for line in &lines {
        assert_eq!(line["is_error"], true, "{line}");
        assert_valid_report(&line["report"], &line["line"].to_string());
    }
}
