//! Fuzz target `pddl`: a domain and an optional problem through `check_pddl`, then every renderer.
//!
//! Input layout: the bytes before the first `0xFF` are the domain, the bytes after it (if there is
//! a `0xFF`) the problem. `0xFF` never occurs in UTF-8, so seeds made of two PDDL files joined by
//! one `0xFF` byte split exactly where they were joined. Both halves are decoded lossily.
//!
//! Invariants checked: no panic, no hang (the budget bounds the work), and every Report renders
//! in all three formats.

#![no_main]

use herbrand::report::render::{render, Format};
use herbrand::{check_pddl, Budget, SourceFile};
use libfuzzer_sys::fuzz_target;

const SEPARATOR: u8 = 0xFF;

fuzz_target!(|data: &[u8]| {
    let (domain, problem) = match data.iter().position(|&b| b == SEPARATOR) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let domain = SourceFile::new("domain", String::from_utf8_lossy(domain).into_owned());
    let problem = problem.map(|p| SourceFile::new("problem", String::from_utf8_lossy(p).into_owned()));
    let budget =
        Budget { max_input_bytes: 1 << 20, max_steps: 100_000, max_ground_atoms: 100_000, ..Budget::default() };
    let report = check_pddl(domain, problem, &budget);
    for format in [Format::Human, Format::Json, Format::Llm] {
        let text = render(&report, format, false);
        assert!(!text.is_empty(), "empty {format:?} rendering");
    }
});
