//! The bundled domains (`domains/`) against VAL's recorded verdicts (`domains/manifest.jsonl`).
//!
//! Runs on a fresh clone: the files and VAL's verdicts are in the repository. For every plan:
//! the verdict, the failing step VAL names and, for valid plans, VAL's `Final value`. Every
//! domain/problem pair must also lint as `valid`.

use std::fs;
use std::path::Path;

use herbrand::{check_pddl, validate_plan, Budget, PlanOptions, Severity, SourceFile, Verdict};
use serde_json::Value;

fn source(role: &str, rel: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("domains").join(rel);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    SourceFile::new(role, text).with_path(rel.to_string())
}

fn manifest() -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("domains/manifest.jsonl");
    fs::read_to_string(path)
        .expect("domains/manifest.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn every_bundled_plan_gets_vals_verdict_failing_step_and_value() {
    let entries = manifest();
    assert!(entries.len() >= 40, "the manifest lists {} plans", entries.len());
    let mut disagreements = Vec::new();
    for e in &entries {
        let s = |k: &str| e[k].as_str().expect("string field");
        // VAL's `-t` where the manifest used one (the LPG temporal plans need 0.001).
        let tolerance = s("val_cmd").split_whitespace().skip_while(|w| *w != "-t").nth(1).and_then(|t| t.parse().ok());
        let report = validate_plan(
            source("domain", s("domain")),
            source("problem", s("problem")),
            source("plan", s("plan")),
            &Budget::default(),
            &PlanOptions { tolerance, ..PlanOptions::default() },
        );
        let want = if e["val_valid"].as_bool() == Some(true) { Verdict::Valid } else { Verdict::Invalid };
        if report.verdict != want {
            disagreements.push(format!("{}: want {want:?}, got {:?}: {}", s("plan"), report.verdict, report.summary));
            continue;
        }
        if let Some(step) = e["val_failed_step"].as_u64() {
            if report.detail["failed_step"].as_u64() != Some(step) {
                disagreements.push(format!("{}: VAL fails at step {step}, herbrand: {}", s("plan"), report.summary));
            }
        }
        if let Some(time) = e["val_failed_time"].as_f64() {
            let ours = report.detail["failed_time"].as_f64();
            if ours.is_none_or(|t| (t - time).abs() > 1e-3) {
                disagreements.push(format!("{}: VAL fails at time {time}, herbrand at {ours:?}", s("plan")));
            }
        }
        if let Some(value) = e["val_final_value"].as_f64() {
            let ours = report.detail["final_value"].as_f64();
            if ours.is_none_or(|v| (v - value).abs() > 1e-6 * value.abs().max(1.0)) {
                disagreements.push(format!("{}: VAL final value {value}, herbrand {ours:?}", s("plan")));
            }
        }
        // Every invalid plan is explained by an error diagnostic located in one of the inputs.
        if want == Verdict::Invalid {
            let d = report.diagnostics.iter().find(|d| d.severity == Severity::Error);
            assert!(d.is_some_and(|d| d.span.is_some()), "{}: no located error", s("plan"));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

#[test]
fn every_bundled_domain_and_problem_is_well_formed() {
    let mut pairs: Vec<(String, String)> = manifest()
        .iter()
        .map(|e| (e["domain"].as_str().unwrap().into(), e["problem"].as_str().unwrap().into()))
        .collect();
    pairs.dedup();
    assert_eq!(pairs.len(), 8);
    for (d, p) in pairs {
        let report = check_pddl(source("domain", &d), Some(source("problem", &p)), &Budget::default());
        assert_eq!(report.verdict, Verdict::Valid, "{d} {p}: {}", report.summary);
        assert_eq!(report.count(Severity::Error), 0);
    }
}
