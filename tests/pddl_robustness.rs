//! Robustness of the PDDL front end on damaged input: a model's answer cut off anywhere, or one
//! parenthesis too few or too many.
//!
//! For every prefix of every valid test file (and every single deleted parenthesis), the front
//! end and all three renderers must not panic, every span must lie inside its file, and a file
//! whose parentheses do not balance must never come out `valid`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use herbrand::report::render::{render, Format};
use herbrand::{check_pddl, Budget, Report, SourceFile, Verdict};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pddl");

/// (domain, problem) pairs of the valid test data.
const PAIRS: &[(&str, &str)] = &[
    ("valid/blocksworld-domain.pddl", "valid/blocksworld-problem.pddl"),
    ("valid/logistics-domain.pddl", "valid/logistics-problem.pddl"),
    ("valid/briefcase-domain.pddl", "valid/briefcase-problem.pddl"),
];

fn text(rel: &str) -> String {
    std::fs::read_to_string(Path::new(DATA).join(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

/// `(` minus `)` outside `;` comments: zero when the parentheses balance (and never go negative).
fn balanced(text: &str) -> bool {
    let mut depth: i64 = 0;
    for line in text.lines() {
        for c in line.split(';').next().unwrap_or("").chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return false;
            }
        }
    }
    depth == 0
}

/// Check a domain and problem text; panics (with the input named) if anything misbehaves.
fn check_damaged(what: &str, domain: &str, problem: Option<&str>) -> Report {
    let run = || {
        let report = check_pddl(
            SourceFile::new("domain", domain),
            problem.map(|p| SourceFile::new("problem", p)),
            &Budget::default(),
        );
        for format in [Format::Human, Format::Llm, Format::Json] {
            let _ = render(&report, format, false);
        }
        report
    };
    let report = catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|_| panic!("panic on {what}"));
    for d in &report.diagnostics {
        let Some(span) = d.span else { continue };
        let len = match d.file.as_deref() {
            Some("problem") => problem.map_or(0, str::len),
            _ => domain.len(),
        };
        assert!(span.start <= span.end && span.end <= len, "{what}: span {span:?} of {} outside the file", d.code);
        assert!(span.line >= 1 && span.column >= 1, "{what}: position {span:?} of {}", d.code);
    }
    report
}

fn assert_not_valid_if_unbalanced(what: &str, text: &str, report: &Report) {
    if !balanced(text) {
        assert_ne!(
            report.verdict,
            Verdict::Valid,
            "{what}: unbalanced parentheses came out valid\n{}",
            render(report, Format::Llm, false)
        );
    }
}

fn prefixes(text: &str, step: usize) -> impl Iterator<Item = &str> {
    (0..text.len()).step_by(step).filter(|&n| text.is_char_boundary(n)).map(|n| &text[..n])
}

#[test]
fn every_prefix_of_a_valid_domain_is_handled() {
    for (domain, _) in PAIRS {
        let full = text(domain);
        for prefix in prefixes(&full, 1) {
            let what = format!("{domain} cut at byte {}", prefix.len());
            let report = check_damaged(&what, prefix, None);
            assert_not_valid_if_unbalanced(&what, prefix, &report);
        }
    }
}

#[test]
fn every_prefix_of_a_valid_problem_is_handled() {
    for (domain, problem) in PAIRS {
        let domain_text = text(domain);
        let full = text(problem);
        for prefix in prefixes(&full, 1) {
            let what = format!("{problem} cut at byte {}", prefix.len());
            let report = check_damaged(&what, &domain_text, Some(prefix));
            assert_not_valid_if_unbalanced(&what, prefix, &report);
        }
    }
}

#[test]
fn a_cut_file_is_never_valid_before_its_last_paren() {
    // Stronger than the balance rule: a prefix that stops before the final `)` is incomplete.
    for (domain, problem) in PAIRS {
        for rel in [domain, problem] {
            let full = text(rel);
            let last_paren = full.rfind(')').expect("a closing paren");
            for prefix in prefixes(&full[..last_paren], 7) {
                let what = format!("{rel} cut at byte {}", prefix.len());
                let report = if rel == domain {
                    check_damaged(&what, prefix, None)
                } else {
                    check_damaged(&what, &text(domain), Some(prefix))
                };
                assert_ne!(report.verdict, Verdict::Valid, "{what}\n{}", render(&report, Format::Llm, false));
            }
        }
    }
}

#[test]
fn deleting_any_one_paren_is_reported_as_malformed() {
    for (domain, problem) in PAIRS {
        for rel in [domain, problem] {
            let full = text(rel);
            let parens = full.char_indices().filter(|&(_, c)| c == '(' || c == ')').map(|(i, _)| i);
            for at in parens.collect::<Vec<_>>() {
                if full[..at].rsplit('\n').next().is_some_and(|line| line.contains(';')) {
                    continue; // inside a comment
                }
                let mut damaged = full.clone();
                damaged.remove(at);
                let what = format!("{rel} without the paren at byte {at}");
                let report = if rel == domain {
                    check_damaged(&what, &damaged, None)
                } else {
                    check_damaged(&what, &text(domain), Some(&damaged))
                };
                assert_eq!(report.verdict, Verdict::Error, "{what}\n{}", render(&report, Format::Llm, false));
                assert!(
                    report.codes().iter().any(|c| *c == "pddl/unclosed-paren" || *c == "pddl/unexpected-close-paren"),
                    "{what}: no parenthesis diagnostic\n{}",
                    render(&report, Format::Llm, false)
                );
            }
        }
    }
}

#[test]
fn prefixes_of_the_broken_files_do_not_panic() {
    let dir = Path::new(DATA).join("broken");
    for entry in std::fs::read_dir(&dir).expect("broken dir") {
        let path = entry.expect("entry").path();
        let Ok(full) = std::fs::read_to_string(&path) else { continue }; // the not-UTF-8 case
        for prefix in prefixes(&full, 11) {
            let what = format!("{} cut at byte {}", path.display(), prefix.len());
            let report = check_damaged(&what, prefix, None);
            assert_not_valid_if_unbalanced(&what, prefix, &report);
            // The same text as a problem, against a valid domain.
            let report = check_damaged(&what, &text(PAIRS[0].0), Some(prefix));
            assert_not_valid_if_unbalanced(&what, prefix, &report);
        }
    }
}
