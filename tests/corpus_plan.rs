//! Corpus check: herbrand's plan verdicts against VAL's on the shared PDDL corpus.
//!
//! `$HERBRAND_SHARED/corpora/pddl/manifest.jsonl` (default `<crate>/../shared`) lists 544
//! (domain, problem, plan) triples with VAL's verdict, failing step and output. For every
//! sequential triple herbrand must give VAL's verdict, VAL's failing step whenever VAL names one,
//! and VAL's `Final value` for valid plans. Temporal triples (durative actions, timed initial
//! literals) are checked with the tolerance of VAL's command line (`-t`), and must also give
//! VAL's failing time.
//!
//! The corpus lives outside the repository, so the test is `#[ignore]`d and a fresh clone's
//! `cargo test` passes; `.ci/run` runs it with `--ignored` when the corpus is present.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use herbrand::{validate_plan, Budget, PlanOptions, SourceFile, Verdict};
use serde_json::Value;

fn shared_dir() -> PathBuf {
    match std::env::var_os("HERBRAND_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

fn source(role: &str, path: &Path) -> SourceFile {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    SourceFile::new(role, text).with_path(path.display().to_string())
}

/// VAL's `Final value: N` from its output, if it printed one.
fn val_final_value(entry: &Value) -> Option<f64> {
    let tail = entry["val_stdout_tail"].as_str()?;
    let rest = &tail[tail.find("Final value:")? + "Final value:".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

#[test]
#[ignore = "needs ../shared/corpora; run by .ci/run"]
fn plan_verdicts_agree_with_val() {
    let corpus = shared_dir().join("corpora/pddl");
    let manifest = corpus.join("manifest.jsonl");
    if !manifest.is_file() {
        eprintln!("NOTICE: {} not found; plan corpus check skipped", manifest.display());
        return;
    }
    let text = fs::read_to_string(&manifest).expect("manifest");
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut mismatches = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let entry: Value = serde_json::from_str(line).expect("manifest line is JSON");
        let path = |key: &str| corpus.join(entry[key].as_str().expect("path field"));
        // VAL's `-t` when the manifest used one (the LPG temporal plans need 0.001).
        let cmd = entry["val_cmd"].as_str().unwrap_or("");
        let tolerance = cmd.split_whitespace().skip_while(|w| *w != "-t").nth(1).and_then(|t| t.parse().ok());
        let options = PlanOptions { keep_going: false, trace: Some(false), tolerance };
        let report = validate_plan(
            source("domain", &path("domain")),
            source("problem", &path("problem")),
            source("plan", &path("plan")),
            &Budget::default(),
            &options,
        );
        let name = entry["plan"].as_str().unwrap_or("?").to_string();
        let domain = entry["domain_name"].as_str().unwrap_or("");
        let temporal = ["satellite-time", "zenotravel-time", "satellite-tils"].contains(&domain);
        let val_valid = entry["val_valid"].as_bool().expect("val_valid");
        let want = if val_valid { Verdict::Valid } else { Verdict::Invalid };
        let reason = entry["val_reason"].as_str().unwrap_or("?");
        let kind = if temporal { "temporal" } else { "sequential" };
        *tally.entry(format!("{kind}: {reason}")).or_default() += 1;
        if report.verdict != want {
            mismatches
                .push(format!("{name}: VAL {reason} ({want:?}), herbrand {:?}: {}", report.verdict, report.summary));
            continue;
        }
        let failed_step = report.detail["failed_step"].as_u64();
        if let Some(val_step) = entry["val_failed_step"].as_u64() {
            if failed_step != Some(val_step) {
                mismatches.push(format!(
                    "{name}: VAL fails at step {val_step}, herbrand at {failed_step:?}: {}",
                    report.summary
                ));
            }
        }
        // VAL's failing time (the happening's, or the end of the interval for an invariant).
        if let (Some(val_time), true) = (entry["val_failed_time"].as_f64(), temporal) {
            let ours = report.detail["failed_time"].as_f64();
            if ours.is_none_or(|t| (t - val_time).abs() > 1e-3) {
                mismatches
                    .push(format!("{name}: VAL fails at time {val_time}, herbrand at {ours:?}: {}", report.summary));
            }
        }
        if val_valid {
            if let Some(val_value) = val_final_value(&entry) {
                let ours = report.detail["final_value"].as_f64();
                if ours.is_none_or(|v| (v - val_value).abs() > 1e-6 * val_value.abs().max(1.0)) {
                    mismatches.push(format!("{name}: VAL final value {val_value}, herbrand {ours:?}"));
                }
            }
        }
    }
    println!("plan corpus: {} triples", tally.values().sum::<usize>());
    for (k, v) in &tally {
        println!("  {v:4}  {k}");
    }
    assert!(mismatches.is_empty(), "{} disagreements with VAL:\n{}", mismatches.len(), mismatches.join("\n"));
}
