//! Inputs that once broke or slowed the renderers, kept as regression tests.

use std::path::Path;

use herbrand::report::render::{render, Format};
use herbrand::{check_pddl, Budget, SourceFile};

fn repro(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/repro").join(name)).expect("repro file")
}

/// Split a fuzz input as the `pddl` fuzz target does: domain, 0xFF, problem; decoded lossily.
fn fuzz_input(bytes: &[u8]) -> (SourceFile, Option<SourceFile>) {
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match bytes.iter().position(|&b| b == 0xFF) {
        Some(i) => {
            (SourceFile::new("domain", text(&bytes[..i])), Some(SourceFile::new("problem", text(&bytes[i + 1..]))))
        }
        None => (SourceFile::new("domain", text(bytes)), None),
    }
}

#[test]
fn tabs_and_wide_characters_before_a_span_render_in_every_format() {
    for name in ["fuzz-pddl-human-margin-overflow.bin", "human-margin-overflow.pddl"] {
        let (domain, problem) = fuzz_input(&repro(name));
        let report = check_pddl(domain, problem, &Budget::default());
        for format in [Format::Human, Format::Json, Format::Llm] {
            assert!(!render(&report, format, false).is_empty(), "{name} {format:?}");
        }
    }
}

/// 10,000 errors on one 247 KB line: the human rendering clips the line around each span and
/// renders the first diagnostics in full, so it stays small and fast.
#[test]
fn a_file_on_one_line_renders_clipped_and_capped() {
    let domain = SourceFile::new("domain", String::from_utf8(repro("render-long-line.domain.pddl")).unwrap());
    let problem = SourceFile::new("problem", String::from_utf8(repro("render-long-line.problem.pddl")).unwrap());
    let report = check_pddl(domain, Some(problem), &Budget::default());
    assert_eq!(report.diagnostics.len(), 10_000);
    let human = render(&report, Format::Human, false);
    let llm = render(&report, Format::Llm, false);
    assert!(human.len() < 200_000, "human rendering is {} bytes", human.len());
    assert!(human.contains("and 9900 more diagnostics"));
    assert!(human.contains("at problem:1:78946 (the line is shown clipped)"));
    // The llm rendering quotes the part of the line around the span, not its start.
    assert!(llm.contains("(pp0 obj0)"));
    assert!(llm.contains("and 9950 more diagnostics"));
}

/// A `plan` fuzz find: naming an unclosed list sliced a string inside a multi-byte character.
/// Replayed as the fuzz target splits its input: domain 0xFF problem 0xFF plan.
#[test]
fn the_plan_fuzz_crash_on_an_unclosed_list_is_fixed() {
    let bytes = repro("fuzz-plan-head-text-boundary.bin");
    let parts: Vec<&[u8]> = bytes.splitn(3, |&b| b == 0xFF).collect();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let get = |i: usize| parts.get(i).map_or_else(String::new, |p| text(p));
    let report = herbrand::validate_plan(
        SourceFile::new("domain", get(0)),
        SourceFile::new("problem", get(1)),
        SourceFile::new("plan", get(2)),
        &Budget { max_input_bytes: 1 << 20, max_steps: 100_000, max_ground_atoms: 100_000, ..Budget::default() },
        &herbrand::PlanOptions { keep_going: false, trace: Some(true), ..Default::default() },
    );
    for format in [Format::Human, Format::Json, Format::Llm] {
        assert!(!render(&report, format, false).is_empty());
    }
}
