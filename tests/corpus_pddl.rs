//! Corpus check: every domain/problem pair of the shared PDDL corpus must come out `valid` with no
//! error-severity diagnostic.
//!
//! The corpus lives outside the repository (`$HERBRAND_SHARED/corpora/pddl`, by default
//! `<crate>/../shared/corpora/pddl`), so the test is `#[ignore]`d and a plain `cargo test` on a
//! fresh clone passes; `.ci/run` runs it with `--ignored` when the corpus is present. Pairs:
//!
//! - `<dir>/domain.pddl` with every `p*.pddl` / `pfile*.pddl` in the same folder;
//! - the perf pairs listed in [`PERF_PAIRS`].
//!
//! At the end it prints a table of warnings per code, so lint noise on real-world input is
//! visible at a glance.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use herbrand::{check_pddl, Budget, Report, Severity, SourceFile, Verdict};

/// Domain file and the problem-file prefix that pairs with it in `perf/`.
const PERF_PAIRS: &[(&str, &str)] = &[
    ("bw-domain.pddl", "bw-p30.pddl"),
    ("gripper-domain.pddl", "gripper-"),
    ("visitall-domain.pddl", "visitall-p20.pddl"),
    ("visitall14-domain.pddl", "visitall14-p20.pddl"),
];

fn shared_dir() -> PathBuf {
    match std::env::var_os("HERBRAND_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

fn is_problem_file(path: &Path) -> bool {
    let name = file_name(path);
    // `p*.pddl` also covers `pfile*.pddl`.
    name.starts_with('p') && name.ends_with(".pddl")
}

/// Every (domain, problem) pair the corpus check covers, in a stable order.
fn corpus_pairs(corpus: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut pairs = Vec::new();
    for dir in sorted_entries(corpus) {
        let domain = dir.join("domain.pddl");
        if !dir.is_dir() || !domain.is_file() {
            continue;
        }
        for problem in sorted_entries(&dir).into_iter().filter(|p| is_problem_file(p)) {
            pairs.push((domain.clone(), problem));
        }
    }
    let perf = corpus.join("perf");
    for (domain, problem_prefix) in PERF_PAIRS {
        let domain = perf.join(domain);
        let problems: Vec<PathBuf> = sorted_entries(&perf)
            .into_iter()
            .filter(|p| {
                let name = file_name(p);
                name.starts_with(problem_prefix) && name.ends_with(".pddl") && p != &domain
            })
            .collect();
        assert!(!problems.is_empty(), "no problem for {} in {}", domain.display(), perf.display());
        pairs.extend(problems.into_iter().map(|p| (domain.clone(), p)));
    }
    pairs
}

fn load(role: &str, path: &Path) -> SourceFile {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    SourceFile::new(role, text).with_path(path.display().to_string())
}

fn describe_errors(report: &Report) -> String {
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let line = d.span.map_or(String::new(), |s| format!(":{}", s.line));
            format!("    {} {}{line}: {}", d.code, d.file.as_deref().unwrap_or("-"), d.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
#[ignore = "needs the shared corpus (../shared); run with --ignored"]
fn every_corpus_domain_and_problem_is_valid() {
    let corpus = shared_dir().join("corpora/pddl");
    if !corpus.is_dir() {
        println!("NOTICE: {} not found; PDDL corpus check skipped", corpus.display());
        return;
    }
    let pairs = corpus_pairs(&corpus);
    assert!(pairs.len() >= 60, "only {} pairs found under {}", pairs.len(), corpus.display());

    let budget = Budget::default();
    let mut failures = Vec::new();
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    let mut infos: BTreeMap<String, usize> = BTreeMap::new();
    for (domain, problem) in &pairs {
        let report = check_pddl(load("domain", domain), Some(load("problem", problem)), &budget);
        let rel = |p: &Path| p.strip_prefix(&corpus).unwrap_or(p).display().to_string();
        let errors = report.count(Severity::Error);
        if report.verdict != Verdict::Valid || errors > 0 {
            failures.push(format!(
                "{} + {}: verdict {}, {errors} error(s)\n{}",
                rel(domain),
                rel(problem),
                report.verdict.as_str(),
                describe_errors(&report)
            ));
        }
        for d in &report.diagnostics {
            match d.severity {
                Severity::Warning => *warnings.entry(d.code.clone()).or_default() += 1,
                Severity::Info => *infos.entry(d.code.clone()).or_default() += 1,
                Severity::Error => {}
            }
        }
    }

    println!("\nPDDL corpus: {} domain/problem pairs, {} failing", pairs.len(), failures.len());
    println!("{:<48} {:>8}", "warning code", "count");
    for (code, n) in &warnings {
        println!("{code:<48} {n:>8}");
    }
    println!("{:<48} {:>8}", "(total warnings)", warnings.values().sum::<usize>());
    if !infos.is_empty() {
        println!("{:<48} {:>8}", "info code", "count");
        for (code, n) in &infos {
            println!("{code:<48} {n:>8}");
        }
    }
    assert!(failures.is_empty(), "{} pair(s) not valid:\n{}", failures.len(), failures.join("\n"));
}
