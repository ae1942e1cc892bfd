//! Fuzz target `fol`: a program through `check_fol`, or (with a `0xFF` byte) a candidate and a
//! reference through `fol_equivalent`, then every renderer.
//!
//! Invariants checked: no panic, no hang (a small solver rlimit bounds Z3), and every Report
//! renders in all three formats.

#![no_main]

use herbrand::report::render::{render, Format};
use herbrand::{check_fol, fol_equivalent, Budget, FolOptions, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let budget = Budget { max_input_bytes: 1 << 16, max_depth: 200, solver_rlimit: 100_000, ..Budget::default() };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let report = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => fol_equivalent(
            SourceFile::new("candidate", text(&data[..i])),
            SourceFile::new("reference", text(&data[i + 1..])),
            &FolOptions::default(),
            &budget,
        ),
        None => check_fol(SourceFile::new("program", text(data)), &FolOptions::default(), &budget),
    };
    for format in [Format::Human, Format::Json, Format::Llm] {
        let text = render(&report, format, false);
        assert!(!text.is_empty(), "empty {format:?} rendering");
    }
});
