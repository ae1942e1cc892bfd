//! Corpus check: herbrand's FOL labels against FOLIO's gold labels and the reference provers.
//!
//! `$HERBRAND_SHARED/corpora/fol/` (default `<crate>/../shared`):
//! - FOLIO validation (204 examples with gold FOL): every formula parses (strictly or with a
//!   quirk warning), and the label agrees with gold on at least the 195 that E, Prover9 and Z3
//!   all reach; every disagreement must come with evidence (a countermodel, an inconsistent
//!   core, or a lint).
//! - FOLIO train premises (1004 examples): all parse; the inconsistent premise sets are listed.
//! - Logic-LM's GPT-4 programs for the 204 validation examples: at least 193 execute and at least
//!   144 answer correctly, and every program that does not execute has a located error.
//!
//! The corpus is outside the repository: `#[ignore]`d; `.ci/run` runs it with `--ignored`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use herbrand::{check_fol, Budget, FolOptions, Report, Severity, SourceFile};
use serde_json::{json, Value};

fn shared_dir() -> PathBuf {
    match std::env::var_os("HERBRAND_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

fn corpus() -> Option<PathBuf> {
    let dir = shared_dir().join("corpora/fol");
    if dir.join("folio/folio-validation.jsonl").is_file() {
        Some(dir)
    } else {
        eprintln!("NOTICE: {} not found; FOL corpus check skipped", dir.display());
        None
    }
}

fn jsonl(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn check_json(name: &str, premises: &Value, conclusion: Option<&Value>) -> Report {
    let mut program = json!({ "premises": premises });
    if let Some(c) = conclusion {
        program["conclusion"] = c.clone();
    }
    let text = serde_json::to_string_pretty(&program).expect("JSON");
    check_fol(SourceFile::new("program", text).with_path(name), &FolOptions::default(), &Budget::default())
}

fn label(r: &Report) -> Option<&str> {
    r.detail.get("label").and_then(Value::as_str)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(0.0)
}

#[test]
#[ignore = "needs ../shared/corpora; run by .ci/run"]
fn folio_gold_labels_agree_with_the_provers() {
    let Some(dir) = corpus() else { return };
    let mut agree = 0;
    let mut parse_failures = Vec::new();
    let mut unexplained = Vec::new();
    let mut times = Vec::new();
    let examples = jsonl(&dir.join("folio/folio-validation.jsonl"));
    for (i, e) in examples.iter().enumerate() {
        let started = Instant::now();
        let r = check_json(&format!("folio-validation-{i}"), &e["premises-FOL"], Some(&e["conclusion-FOL"]));
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        let gold = e["label"].as_str().unwrap_or("?");
        if r.detail["unreadable"].as_array().is_some_and(|u| !u.is_empty()) {
            parse_failures.push(format!("{i}: {}", r.summary));
            continue;
        }
        if label(&r) == Some(gold) {
            agree += 1;
            continue;
        }
        // A disagreement must come with evidence.
        let evidence = r.detail.get("countermodels").is_some()
            || r.detail.get("inconsistent_core").is_some()
            || r.detail.get("core").is_some()
            || r.diagnostics.iter().any(|d| d.severity != Severity::Info);
        if !evidence {
            unexplained.push(format!("{i}: gold {gold}, herbrand {:?}", label(&r)));
        }
    }
    println!(
        "FOLIO validation: {agree}/{} labels agree with gold; {} do not parse; median {:.2} ms per example",
        examples.len(),
        parse_failures.len(),
        median(times)
    );
    assert!(parse_failures.is_empty(), "formulas that do not parse:\n{}", parse_failures.join("\n"));
    assert!(unexplained.is_empty(), "disagreements without evidence:\n{}", unexplained.join("\n"));
    assert!(agree >= 195, "only {agree} labels agree with gold (E, Prover9 and Z3 reach 195)");
}

#[test]
#[ignore = "needs ../shared/corpora; run by .ci/run"]
fn folio_train_premises_all_parse() {
    let Some(dir) = corpus() else { return };
    let examples = jsonl(&dir.join("folio/folio-train.jsonl"));
    let mut failures = Vec::new();
    let mut inconsistent = std::collections::BTreeSet::new();
    for (i, e) in examples.iter().enumerate() {
        let r = check_json(&format!("folio-train-{i}"), &e["premises-FOL"], None);
        if r.detail["unreadable"].as_array().is_some_and(|u| !u.is_empty()) {
            let d = r.diagnostics.iter().find(|d| d.severity == Severity::Error);
            failures.push(format!("{i}: {}", d.map_or(r.summary.clone(), |d| d.message.clone())));
        }
        if label(&r) == Some("Inconsistent") {
            inconsistent.insert(e["premises-FOL"].to_string());
        }
    }
    println!(
        "FOLIO train: {} examples, {} with premises that do not parse, {} inconsistent premise sets",
        examples.len(),
        failures.len(),
        inconsistent.len()
    );
    for s in &inconsistent {
        println!("  inconsistent: {s}");
    }
    for f in &failures {
        println!("  {f}");
    }
    assert!(failures.is_empty(), "{} premise sets do not parse", failures.len());
}

#[test]
#[ignore = "needs ../shared/corpora; run by .ci/run"]
fn logic_lm_gpt4_programs_execute_and_answer() {
    let Some(dir) = corpus() else { return };
    let text = fs::read_to_string(dir.join("logiclm/FOLIO_dev_gpt-4.json")).expect("Logic-LM programs");
    let programs: Vec<Value> = serde_json::from_str(&text).expect("JSON");
    let (mut executed, mut correct) = (0, 0);
    let mut unlocated = Vec::new();
    let mut times = Vec::new();
    for p in &programs {
        let id = p["id"].as_str().unwrap_or("?");
        let program = p["raw_logic_programs"][0].as_str().unwrap_or("");
        let gold = match p["answer"].as_str() {
            Some("A") => "True",
            Some("B") => "False",
            _ => "Uncertain",
        };
        let started = Instant::now();
        let r =
            check_fol(SourceFile::new("program", program).with_path(id), &FolOptions::default(), &Budget::default());
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        match label(&r) {
            Some(l) => {
                executed += 1;
                if l == gold {
                    correct += 1;
                }
            }
            None => {
                if !r.diagnostics.iter().any(|d| d.severity == Severity::Error && d.span.is_some()) {
                    unlocated.push(format!("{id}: {}", r.summary));
                }
            }
        }
    }
    println!(
        "Logic-LM GPT-4 FOLIO programs: {executed}/{} execute, {correct}/{} correct; median {:.2} ms",
        programs.len(),
        programs.len(),
        median(times)
    );
    assert!(unlocated.is_empty(), "programs that do not run without a located error:\n{}", unlocated.join("\n"));
    assert!(executed >= 193, "only {executed} programs execute (a careful prototype: 193)");
    assert!(correct >= 144, "only {correct} answers are correct (a careful prototype: 144)");
}
