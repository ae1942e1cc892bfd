//! Fuzz target `rules`: a rule set through `check_rules`, then every renderer.
//!
//! Input layout: up to three parts separated by `0xFF` bytes (which never occur in UTF-8):
//! the program, then `--query` lines (one query per line), then either an expectation file or,
//! when the program has chain rules (`<--`), a knowledge graph. Every part is decoded lossily.
//! The first byte's low bit asks for proofs.
//!
//! Invariants checked: no panic, no hang (the budget bounds the work), every Report renders
//! in all three formats, and a Report with verdict `valid` has no error.

#![no_main]

use herbrand::report::render::{render, Format};
use herbrand::{check_rules, Budget, RulesOptions, Severity, SourceFile, Verdict};
use libfuzzer_sys::fuzz_target;

const SEPARATOR: u8 = 0xFF;

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.splitn(3, |&b| b == SEPARATOR).collect();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let program = text(parts[0]);
    let queries: Vec<String> =
        parts.get(1).map(|q| text(q).lines().filter(|l| !l.trim().is_empty()).take(8).map(str::to_string).collect()).unwrap_or_default();
    let third = parts.get(2).map(|t| text(t));
    let kg_mode = program.contains("<--");
    let options = RulesOptions {
        queries,
        expect: if kg_mode { None } else { third.clone() },
        kg: if kg_mode { third } else { None },
        proofs: data.first().is_some_and(|b| b & 1 == 1),
        ..Default::default()
    };
    let budget =
        Budget { max_input_bytes: 1 << 20, max_steps: 100_000, max_ground_atoms: 100_000, ..Budget::default() };
    let report = check_rules(SourceFile::new("program", program), &options, &budget);
    if report.verdict == Verdict::Valid {
        assert_eq!(report.count(Severity::Error), 0, "valid with errors: {:?}", report.codes());
    }
    for format in [Format::Human, Format::Json, Format::Llm] {
        let text = render(&report, format, false);
        assert!(!text.is_empty(), "empty {format:?} rendering");
    }
});
