//! Corpus checks against `../shared/corpora/rules` (ignored by default; `.ci/run` runs them).
//!
//! - Logic-LM GPT-4 programs for ProntoQA (500) and ProofWriter (600): herbrand's labelled query
//!   result must match the gold answer at least as often as SWI-Prolog through a careful
//!   converter (416/500 and 594/600), and every program that cannot be read must carry a
//!   located diagnostic.
//! - ChatRule family and UMLS rule files: every rule's support, coverage, confidence and PCA
//!   confidence must equal the published ones (to 4 decimals), over the KG as ChatRule reads it
//!   (`facts.txt.inv` + `train.txt` + `valid.txt`).
//!
//! Run: `cargo test --release --test corpus_rules -- --ignored --nocapture`.

use std::path::PathBuf;
use std::time::Instant;

use herbrand::{check_rules, Budget, RulesOptions, SourceFile, Verdict};
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("HERBRAND_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let rules = dir.join("corpora/rules");
    if rules.is_dir() {
        Some(rules)
    } else {
        println!("NOTICE: {} not found; rules corpus checks skipped", rules.display());
        None
    }
}

/// Run every program of a Logic-LM file; returns (correct, total).
fn logiclm(file: &str, gold_file: &str, three_way: bool) -> Option<(usize, usize)> {
    let dir = shared()?.join("logiclm");
    let programs: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join(file)).ok()?).ok()?;
    let gold: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold").join(gold_file)).ok()?).ok()?;
    let gold: std::collections::HashMap<&str, &str> =
        gold.iter().filter_map(|g| Some((g["id"].as_str()?, g["answer"].as_str()?))).collect();
    let (mut correct, mut total, mut unreadable) = (0, 0, 0);
    let mut wrong = Vec::new();
    let started = Instant::now();
    for p in &programs {
        let id = p["id"].as_str().unwrap_or("?");
        let text = p["raw_logic_programs"][0].as_str().unwrap_or("");
        let report = check_rules(SourceFile::new("program", text), &RulesOptions::default(), &Budget::default());
        let result = report.detail["queries"].get(0).and_then(|q| q["result"].as_str()).unwrap_or("none");
        let answer = match (result, three_way) {
            ("true", _) => "A",
            ("false", true) => "B",
            (_, true) => "C",
            (_, false) => "B",
        };
        total += 1;
        let expected = gold.get(id).copied().unwrap_or("?");
        if answer == expected {
            correct += 1;
        } else {
            wrong.push(format!("{id}: gold {expected}, ours {answer} ({result}); {}", report.codes().join(" ")));
        }
        if report.verdict == Verdict::Error {
            unreadable += 1;
            assert!(
                report.diagnostics.iter().any(|d| d.span.is_some() && d.severity == herbrand::Severity::Error),
                "{id}: the program does not run but no located error says why"
            );
        }
    }
    println!(
        "{file}: {correct}/{total} match the gold answer; {unreadable} programs with unreadable parts (all located); {:.1} ms per program",
        started.elapsed().as_secs_f64() * 1000.0 / total.max(1) as f64
    );
    for w in wrong.iter().take(200) {
        println!("  wrong: {w}");
    }
    Some((correct, total))
}

#[test]
#[ignore]
fn prontoqa_gpt4_matches_gold_at_least_as_often_as_swi() {
    if let Some((correct, total)) = logiclm("ProntoQA_dev_gpt-4.json", "ProntoQA_dev.json", false) {
        assert_eq!(total, 500);
        assert!(correct >= 416, "ProntoQA: {correct}/500 < SWI-Prolog's 416/500");
    }
}

#[test]
#[ignore]
fn proofwriter_gpt4_matches_gold_at_least_as_often_as_swi() {
    if let Some((correct, total)) = logiclm("ProofWriter_dev_gpt-4.json", "ProofWriter_dev.json", true) {
        assert_eq!(total, 600);
        assert!(correct >= 594, "ProofWriter: {correct}/600 < SWI-Prolog's 594/600");
    }
}

fn chatrule(kg: &str) {
    let Some(dir) = shared() else { return };
    let dir = dir.join("chatrule");
    let data = dir.join("datasets").join(kg);
    let mut graph = String::new();
    for f in ["facts.txt.inv", "train.txt", "valid.txt"] {
        graph.push_str(&std::fs::read_to_string(data.join(f)).expect("KG file"));
        if !graph.ends_with('\n') {
            graph.push('\n');
        }
    }
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir.join("FinalRules").join(kg)).expect("rules dir").map(|e| e.unwrap().path()).collect();
    files.sort();
    let (mut rules, mut matched, mut ms) = (0usize, 0usize, 0.0f64);
    let mut worst = 0.0f64;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let options = RulesOptions { kg: Some(graph.clone()), ..Default::default() };
        let report = check_rules(SourceFile::new("program", text), &options, &Budget::default());
        assert_eq!(report.verdict, Verdict::Valid, "{}: {:?}", f.display(), report.codes());
        ms += report.stats["metrics_ms"].as_f64().unwrap_or(0.0);
        for row in report.detail["kg_rules"].as_array().unwrap() {
            rules += 1;
            let p = &row["published"];
            let mut ok = true;
            for k in ["support", "coverage", "confidence", "pca_confidence"] {
                let (a, b) = (row[k].as_f64().unwrap_or(f64::NAN), p[k].as_f64().unwrap_or(f64::NAN));
                let d = (a - b).abs();
                worst = worst.max(d);
                // Equal to 4 decimals.
                ok &= (a * 1e4).round() == (b * 1e4).round() || d < 1e-9;
            }
            if ok {
                matched += 1;
            } else {
                println!("  mismatch {}: {row}", f.display());
            }
        }
    }
    println!(
        "chatrule {kg}: {matched}/{rules} rules with all four metrics equal to the published ones (max abs diff {worst:.2e}); {:.1} ms per 1000 rules",
        ms * 1000.0 / rules.max(1) as f64
    );
    assert_eq!(matched, rules, "{kg}: some metrics differ from the published ones");
}

#[test]
#[ignore]
fn chatrule_family_metrics_equal_published() {
    chatrule("family");
}

#[test]
#[ignore]
fn chatrule_umls_metrics_equal_published() {
    chatrule("umls");
}
