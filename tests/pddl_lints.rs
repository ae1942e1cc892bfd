//! The PDDL front end, mistake by mistake.
//!
//! Every case is a small domain (and problem) under `tests/data/pddl/`: the valid files are the
//! typed blocksworld, logistics and briefcase models the broken ones are made from, and each
//! broken file holds the kind of mistake models and people really make (several hold more than
//! one, to show that one run reports them all). For each case the test asserts
//!
//! - the verdict (`invalid` for lint errors, `error` for malformed input, `valid` for warnings
//!   only, `unknown` when a budget ran out);
//! - the exact set of diagnostics, as (code, file, line, column) of the mistake — so a cascade of
//!   follow-on errors after a recovered mistake fails the test as surely as a missing one;
//! - that applying every machine-applicable fix leaves fewer errors and no new kind of problem;
//! - snapshots of the three renderings (human, llm, json), reviewed by reading them.

use std::path::Path;

use herbrand::report::codes;
use herbrand::report::render::{render, Format};
use herbrand::{check_pddl, Budget, Kind, Report, Severity, SourceFile, Verdict};

const DATA: &str = "tests/data/pddl";

/// One expected diagnostic: code, file role (`domain`/`problem`), line, column.
type Expect = (&'static str, &'static str, usize, usize);

struct Case {
    name: &'static str,
    domain: &'static str,
    problem: Option<&'static str>,
    verdict: Verdict,
    expect: &'static [Expect],
    max_depth: Option<usize>,
}

/// Read a test file as the CLI does: bytes, then UTF-8 decoding that reports bad bytes.
fn read(role: &str, rel: &str) -> Result<SourceFile, Box<Report>> {
    let path = format!("{DATA}/{rel}");
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    herbrand::input::decode(role, Some(&path), bytes).map_err(|d| Box::new(herbrand::input::unreadable(Kind::Pddl, d)))
}

fn check(case: &Case) -> Report {
    let mut budget = Budget::default();
    if let Some(depth) = case.max_depth {
        budget.max_depth = depth;
    }
    let domain = match read("domain", case.domain) {
        Ok(src) => src,
        Err(report) => return *report,
    };
    let problem = match case.problem.map(|p| read("problem", p)) {
        Some(Ok(src)) => Some(src),
        Some(Err(report)) => return *report,
        None => None,
    };
    check_pddl(domain, problem, &budget)
}

fn located(report: &Report) -> Vec<(String, String, usize, usize)> {
    let mut found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.span.map_or((0, 0), |s| (s.line, s.column));
            (d.code.clone(), d.file.clone().unwrap_or_default(), line, column)
        })
        .collect();
    found.sort();
    found
}

fn run(case: &Case) {
    let report = check(case);
    let llm = render(&report, Format::Llm, false);
    assert_eq!(report.verdict, case.verdict, "{}: wrong verdict\n{llm}", case.name);
    let mut want: Vec<_> =
        case.expect.iter().map(|&(code, file, line, col)| (code.to_string(), file.to_string(), line, col)).collect();
    want.sort();
    assert_eq!(
        located(&report),
        want,
        "{}: diagnostics differ from (code, file, line, column) expected\n{llm}",
        case.name
    );
    if report.verdict == Verdict::Valid {
        assert_eq!(report.count(Severity::Error), 0, "{}: a valid verdict with errors", case.name);
    }
    for d in &report.diagnostics {
        assert!(codes::lookup(&d.code).is_some(), "{}: undocumented code {}", case.name, d.code);
        assert!(!d.message.trim().is_empty(), "{}: empty message for {}", case.name, d.code);
    }
    fixes_help(case, &report);
    snapshots(case.name, report);
}

/// Applying every fix of a report must leave fewer errors and no new kind of error: a fix
/// that breaks the file (an unbalanced edit, a removal that strands a `- type`) fails here.
fn fixes_help(case: &Case, report: &Report) {
    if report.diagnostics.iter().all(|d| d.fixes.is_empty()) || report.sources.is_empty() {
        return;
    }
    let fixed = |role: &str| apply_fixes(report, role).map(|text| SourceFile::new(role, text));
    let Some(domain) = fixed("domain") else { return };
    let after = check_pddl(domain, fixed("problem"), &Budget::default());
    let errors = |r: &Report| -> Vec<String> {
        r.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.code.clone()).collect()
    };
    let before_codes = errors(report);
    let new: Vec<String> = errors(&after).into_iter().filter(|c| !before_codes.contains(c)).collect();
    assert!(
        after.count(Severity::Error) < report.count(Severity::Error) || report.count(Severity::Error) == 0,
        "{}: applying the fixes did not reduce the errors\n{}",
        case.name,
        render(&after, Format::Llm, false)
    );
    assert!(
        new.is_empty(),
        "{}: applying the fixes introduced {new:?}\n{}",
        case.name,
        render(&after, Format::Llm, false)
    );
}

/// The text of `role` with every fix of the report applied (of two overlapping edits, the later
/// one wins).
fn apply_fixes(report: &Report, role: &str) -> Option<String> {
    let src = report.source(role)?;
    let mut edits: Vec<_> =
        report.diagnostics.iter().flat_map(|d| &d.fixes).flat_map(|f| &f.edits).filter(|e| e.file == role).collect();
    edits.sort_by_key(|e| std::cmp::Reverse((e.span.start, e.span.end)));
    let mut text = src.text().to_string();
    let mut floor = usize::MAX;
    for e in edits {
        if e.span.end > floor {
            continue;
        }
        text.replace_range(e.span.start..e.span.end, &e.text);
        floor = e.span.start;
    }
    Some(text)
}

fn snapshots(name: &str, mut report: Report) {
    let name = name.replace('-', "_");
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    // Wall time is the one nondeterministic field.
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

macro_rules! opt {
    () => {
        None
    };
    ($x:literal) => {
        Some($x)
    };
}

macro_rules! cases {
    ($( $test:ident: $domain:literal $(+ $problem:literal)? $(, max_depth $depth:literal)? => $verdict:ident [ $($e:expr),* $(,)? ]; )*) => {
        $(
            #[test]
            fn $test() {
                run(&CASES[CASES.iter().position(|c| c.name == stringify!($test)).expect("case")]);
            }
        )*
        const CASES: &[Case] = &[ $( Case {
            name: stringify!($test),
            domain: $domain,
            problem: opt!($($problem)?),
            verdict: Verdict::$verdict,
            expect: &[ $($e),* ],
            max_depth: opt!($($depth)?),
        } ),* ];
    };
}

cases! {
    // ----- valid inputs: no diagnostic at all ----------------------------------------------------
    valid_blocksworld: "valid/blocksworld-domain.pddl" + "valid/blocksworld-problem.pddl" => Valid [];
    valid_logistics: "valid/logistics-domain.pddl" + "valid/logistics-problem.pddl" => Valid [];
    valid_briefcase: "valid/briefcase-domain.pddl" + "valid/briefcase-problem.pddl" => Valid [];
    valid_domain_alone: "valid/logistics-domain.pddl" => Valid [];

    // ----- reading ------------------------------------------------------------------------------
    unclosed_paren: "broken/unclosed-paren.domain.pddl" => Error [
        ("pddl/unclosed-paren", "domain", 1, 1),
        ("pddl/misplaced-section", "domain", 10, 5),
    ];
    truncated: "broken/truncated.domain.pddl" => Error [
        ("pddl/unclosed-paren", "domain", 1, 1),
        ("pddl/unclosed-paren", "domain", 7, 3),
        ("pddl/unclosed-paren", "domain", 10, 13),
    ];
    unexpected_close_paren: "broken/unexpected-close-paren.domain.pddl" => Error [
        ("pddl/unexpected-close-paren", "domain", 15, 74),
        ("pddl/misplaced-section", "domain", 12, 3),
        ("pddl/unused-predicate", "domain", 4, 17),
    ];
    extra_close_paren: "valid/blocksworld-domain.pddl" + "broken/extra-close-paren.problem.pddl" => Error [
        ("pddl/unexpected-close-paren", "problem", 6, 1),
    ];
    expected_define: "broken/expected-define.domain.pddl" => Error [
        ("pddl/expected-define", "domain", 1, 1),
        ("pddl/expected-define", "domain", 17, 1),
        ("pddl/unused-predicate", "domain", 7, 17),
    ];
    misspelled_header: "broken/misspelled-header.domain.pddl" => Error [
        ("pddl/expected-define", "domain", 1, 9),
    ];
    wrong_file_kind: "valid/blocksworld-problem.pddl" + "valid/blocksworld-domain.pddl" => Error [
        ("pddl/wrong-file-kind", "domain", 2, 1),
        ("pddl/wrong-file-kind", "problem", 2, 1),
    ];
    not_utf8: "broken/not-utf8.domain.pddl" => Error [
        ("input/not-utf8", "domain", 1, 17),
    ];
    depth_limit: "valid/blocksworld-domain.pddl", max_depth 3 => Unknown [
        ("limit/depth", "domain", 14, 24),
    ];

    // ----- shapes and sections -------------------------------------------------------------------
    syntax_error: "broken/syntax-error.domain.pddl" + "broken/syntax-error.problem.pddl" => Error [
        ("pddl/syntax-error", "domain", 5, 16),
        ("pddl/syntax-error", "domain", 8, 18),
        ("pddl/syntax-error", "domain", 13, 17),
        ("pddl/syntax-error", "problem", 4, 48),
        ("pddl/syntax-error", "problem", 5, 19),
    ];
    programming_habits: "broken/programming-habits.domain.pddl" + "broken/programming-habits.problem.pddl" => Error [
        ("pddl/syntax-error", "domain", 10, 24),
        ("pddl/syntax-error", "domain", 11, 23),
        ("pddl/syntax-error", "domain", 14, 28),
        ("pddl/syntax-error", "domain", 15, 48),
        ("pddl/syntax-error", "domain", 16, 18),
        ("pddl/syntax-error", "problem", 3, 14),
        ("pddl/syntax-error", "problem", 3, 17),
    ];
    bare_function: "broken/bare-function.domain.pddl" => Valid [
        ("pddl/bare-function", "domain", 11, 28),
    ];
    unknown_section: "broken/unknown-section.domain.pddl" => Invalid [
        ("pddl/unknown-section", "domain", 4, 4),
        ("pddl/unknown-section", "domain", 8, 5),
    ];
    section_in_wrong_file: "valid/blocksworld-domain.pddl" + "broken/section-in-wrong-file.problem.pddl" => Invalid [
        ("pddl/unknown-section", "problem", 3, 4),
    ];
    misplaced_section: "broken/misplaced-section.domain.pddl" => Error [
        ("pddl/unclosed-paren", "domain", 1, 1),
        ("pddl/misplaced-section", "domain", 6, 3),
    ];
    misplaced_goal: "valid/blocksworld-domain.pddl" + "broken/misplaced-goal.problem.pddl" => Error [
        ("pddl/unclosed-paren", "problem", 1, 1),
        ("pddl/misplaced-section", "problem", 6, 3),
    ];
    duplicate_section: "broken/duplicate-section.domain.pddl" => Valid [
        ("pddl/duplicate-section", "domain", 5, 4),
        ("pddl/duplicate-section", "domain", 11, 5),
    ];
    unknown_requirement: "broken/unknown-requirement.domain.pddl" => Invalid [
        ("pddl/unknown-requirement", "domain", 2, 26),
        ("pddl/unknown-requirement", "domain", 2, 33),
    ];
    missing_requirement: "broken/missing-requirement.domain.pddl" => Valid [
        ("pddl/missing-requirement", "domain", 3, 11),
        ("pddl/missing-requirement", "domain", 9, 53),
        ("pddl/missing-requirement", "domain", 15, 13),
    ];
    not_yet_verified: "valid/blocksworld-domain.pddl" + "broken/not-yet-verified.problem.pddl" => Valid [
        ("pddl/not-yet-verified", "problem", 6, 24),
        ("pddl/not-yet-verified", "problem", 7, 17),
    ];

    // ----- names and types -----------------------------------------------------------------------
    undefined_type: "broken/undefined-type.domain.pddl" + "broken/undefined-type.problem.pddl" => Invalid [
        ("pddl/undefined-type", "domain", 7, 42),
        ("pddl/undefined-type", "domain", 11, 27),
        ("pddl/undefined-type", "problem", 6, 18),
        ("pddl/unused-predicate", "domain", 8, 17),
    ];
    undefined_predicate: "broken/undefined-predicate.domain.pddl" => Invalid [
        ("pddl/undefined-predicate", "domain", 9, 36),
        ("pddl/undefined-predicate", "domain", 10, 24),
        ("pddl/undefined-predicate", "domain", 14, 47),
    ];
    undefined_function: "broken/undefined-function.domain.pddl" => Invalid [
        ("pddl/undefined-function", "domain", 9, 43),
        ("pddl/undefined-function", "domain", 12, 29),
    ];
    undefined_constant: "broken/undefined-constant.domain.pddl" => Invalid [
        ("pddl/undefined-constant", "domain", 9, 31),
        ("pddl/undefined-constant", "domain", 15, 67),
    ];
    undefined_object: "valid/blocksworld-domain.pddl" + "broken/undefined-object.problem.pddl" => Invalid [
        ("pddl/undefined-object", "problem", 5, 39),
    ];
    undefined_variable: "broken/undefined-variable.domain.pddl" => Invalid [
        ("pddl/undefined-variable", "domain", 10, 38),
        ("pddl/undefined-variable", "domain", 14, 28),
    ];
    names_of_the_wrong_kind: "broken/names-of-the-wrong-kind.domain.pddl" + "broken/names-of-the-wrong-kind.problem.pddl" => Invalid [
        ("pddl/unknown-section", "domain", 5, 4),
        ("pddl/undefined-predicate", "domain", 10, 25),
        ("pddl/undefined-predicate", "problem", 6, 16),
    ];
    arity_mismatch: "broken/arity-mismatch.domain.pddl" + "broken/arity-mismatch.problem.pddl" => Invalid [
        ("pddl/arity-mismatch", "domain", 10, 65),
        ("pddl/arity-mismatch", "domain", 15, 82),
        ("pddl/arity-mismatch", "problem", 4, 20),
    ];
    type_mismatch_domain: "broken/type-mismatch.domain.pddl" => Invalid [
        ("pddl/type-mismatch", "domain", 18, 43),
        ("pddl/type-mismatch", "domain", 18, 50),
    ];
    type_mismatch_problem: "valid/logistics-domain.pddl" + "broken/type-mismatch.problem.pddl" => Invalid [
        ("pddl/type-mismatch", "problem", 13, 9),
        ("pddl/type-mismatch", "problem", 13, 16),
        ("pddl/type-mismatch", "problem", 14, 12),
        ("pddl/type-mismatch", "problem", 16, 42),
    ];
    duplicate_declaration: "broken/duplicate-declaration.domain.pddl" + "broken/duplicate-declaration.problem.pddl" => Invalid [
        ("pddl/duplicate-declaration", "domain", 5, 50),
        ("pddl/duplicate-declaration", "domain", 13, 29),
        ("pddl/duplicate-declaration", "domain", 17, 12),
        ("pddl/duplicate-declaration", "problem", 4, 15),
    ];
    domain_name_mismatch: "valid/blocksworld-domain.pddl" + "broken/domain-name-mismatch.problem.pddl" => Invalid [
        ("pddl/domain-name-mismatch", "problem", 2, 12),
    ];
    type_cycle: "broken/type-cycle.domain.pddl" => Invalid [
        ("pddl/type-cycle", "domain", 3, 11),
    ];

    // ----- lints on well-formed files ------------------------------------------------------------
    unused_predicate: "broken/unused-predicate.domain.pddl" => Valid [
        ("pddl/unused-predicate", "domain", 5, 50),
    ];
    unused_parameter: "broken/unused-parameter.domain.pddl" => Valid [
        ("pddl/unused-parameter", "domain", 13, 29),
    ];
    unused_object: "valid/blocksworld-domain.pddl" + "broken/unused-object.problem.pddl" => Valid [
        ("pddl/unused-object", "problem", 3, 19),
    ];
    add_delete_conflict: "broken/add-delete-conflict.domain.pddl" => Valid [
        ("pddl/add-delete-conflict", "domain", 16, 23),
    ];
    impossible_goal: "valid/briefcase-domain.pddl" + "broken/impossible-goal.problem.pddl" => Invalid [
        ("pddl/impossible-goal", "problem", 9, 34),
        ("pddl/impossible-goal", "problem", 9, 56),
    ];
    derived_in_init: "valid/briefcase-domain.pddl" + "broken/derived-in-init.problem.pddl" => Invalid [
        ("pddl/derived-in-init", "problem", 9, 5),
    ];

    // ----- several mistakes in one run ---------------------------------------------------------
    several_mistakes: "broken/several-mistakes.domain.pddl" + "broken/several-mistakes.problem.pddl" => Invalid [
        ("pddl/undefined-constant", "domain", 13, 48),
        ("pddl/undefined-predicate", "domain", 18, 19),
        ("pddl/undefined-variable", "domain", 23, 25),
        ("pddl/arity-mismatch", "domain", 23, 47),
        ("pddl/unused-parameter", "domain", 21, 28),
        ("pddl/missing-requirement", "domain", 12, 46),
        ("pddl/domain-name-mismatch", "problem", 2, 12),
        ("pddl/type-mismatch", "problem", 9, 14),
        ("pddl/undefined-object", "problem", 10, 42),
    ];
}

/// Every code of the PDDL front end (and the input and depth codes it can raise) is shown by
/// at least one case.
#[test]
fn every_pddl_code_has_a_case() {
    let shown: Vec<&str> = CASES.iter().flat_map(|c| c.expect.iter().map(|e| e.0)).collect();
    let wanted = codes::all()
        .map(|c| c.name)
        .filter(|n| n.starts_with("pddl/") || *n == "input/not-utf8" || *n == "limit/depth");
    let missing: Vec<&str> = wanted.filter(|n| !shown.contains(n)).collect();
    assert!(missing.is_empty(), "codes without a test case: {missing:?}");
}

/// Every file under tests/data/pddl is used by a case, so none rots unchecked.
#[test]
fn every_data_file_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA);
    for dir in ["valid", "broken"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("data dir") {
            let name = format!("{dir}/{}", entry.expect("entry").file_name().to_string_lossy());
            assert!(
                CASES.iter().any(|c| c.domain == name || c.problem == Some(name.as_str())),
                "{name} is not used by any case"
            );
        }
    }
}

// ----- regressions: small inline inputs for bugs found while writing the cases above -------------

fn check_texts(domain: &str, problem: Option<&str>) -> Report {
    check_pddl(SourceFile::new("domain", domain), problem.map(|p| SourceFile::new("problem", p)), &Budget::default())
}

const TRUCKS: &str = "(define (domain trucks) (:requirements :typing)
  (:types truck airplane - vehicle place)
  (:predicates (at ?v - vehicle ?p - place) (hangar ?a - airplane ?p - place))
  (:action park :parameters (?a - airplane ?p - place)
    :precondition (at ?a ?p) :effect (hangar ?a ?p)))";

#[test]
fn type_mismatch_uses_the_right_article() {
    let report = check_texts(
        TRUCKS,
        Some(
            "(define (problem p) (:domain trucks) (:objects t - truck home - place)
  (:init (at t home)) (:goal (hangar t home)))",
        ),
    );
    let d = report.find("pddl/type-mismatch").expect("type mismatch");
    assert_eq!(d.message, "`t` is a `truck`, but predicate `hangar` expects an `airplane` here");
}

#[test]
fn an_undeclared_parent_type_is_a_subtype_of_object() {
    // `vehicle` is only named as a parent: planners read it as declared.
    let report = check_texts(TRUCKS, None);
    assert!(report.diagnostics.is_empty(), "{}", render(&report, Format::Llm, false));
    // …but a parent that is a misspelling of a declared type is reported, with the fix.
    let report = check_texts(
        "(define (domain d) (:requirements :typing) (:types truck - vehical vehicle)
  (:predicates (at ?v - vehicle)) (:action a :parameters (?t - truck) :precondition (at ?t) :effect (not (at ?t))))",
        None,
    );
    assert_eq!(report.codes(), ["pddl/undefined-type"]);
    let d = &report.diagnostics[0];
    assert_eq!((d.span.unwrap().line, d.span.unwrap().column), (1, 60));
    assert_eq!(d.help.as_deref(), Some("did you mean `vehicle`?"));
}

#[test]
fn static_cost_functions_need_only_action_costs() {
    let domain = "(define (domain roads) (:requirements :typing :action-costs)
  (:types place) (:predicates (at ?p - place))
  (:functions (total-cost) - number (road-length ?a ?b - place) - number)
  (:action drive :parameters (?a ?b - place) :precondition (at ?a)
    :effect (and (not (at ?a)) (at ?b) (increase (total-cost) (road-length ?a ?b)))))";
    let problem = "(define (problem p) (:domain roads) (:objects x y - place)
  (:init (at x) (= (road-length x y) 3) (= (total-cost) 0)) (:goal (at y)) (:metric minimize (total-cost)))";
    let report = check_texts(domain, Some(problem));
    assert!(report.diagnostics.is_empty(), "{}", render(&report, Format::Llm, false));
}

#[test]
fn a_truncated_file_gets_no_unused_warnings_even_when_it_ends_with_a_paren() {
    // The model stopped after `(q)`: `q` would have been used by the actions that never came.
    let report = check_texts("(define (domain d) (:predicates (p) (q))", None);
    assert_eq!(report.codes(), ["pddl/unclosed-paren"]);
    assert_eq!(report.verdict, Verdict::Error);
}

#[test]
fn problem_sections_after_an_early_close_are_still_checked() {
    let problem = "(define (problem p) (:domain trucks) (:objects t - truck home - place))
  (:init (at t home))
  (:goal (at t hom)))";
    let report = check_texts(TRUCKS, Some(problem));
    // The stray `)`, the misplaced sections, and the misspelled object in the goal that was only
    // found because the sections were read anyway; no unused-object for `t` or `home`.
    assert_eq!(report.codes(), ["pddl/unexpected-close-paren", "pddl/misplaced-section", "pddl/undefined-object"]);
    let fixed = apply_fixes(&report, "problem").expect("problem source");
    let again = check_texts(TRUCKS, Some(&fixed));
    assert!(again.diagnostics.is_empty(), "{fixed}\n{}", render(&again, Format::Llm, false));
}

#[test]
fn removing_a_duplicate_keeps_typed_lists_well_formed() {
    let domain = "(define (domain d) (:requirements :typing) (:types block)
  (:predicates (clear ?x - block)) (:action a :parameters (?x - block) :precondition (clear ?x) :effect (not (clear ?x))))";
    let problem = "(define (problem p) (:domain d) (:objects a - block b - block a - block c d a - block)
  (:init (clear a) (clear b) (clear c) (clear d)) (:goal (clear a)))";
    let report = check_texts(domain, Some(problem));
    assert_eq!(report.codes(), ["pddl/duplicate-declaration", "pddl/duplicate-declaration"]);
    let fixed = apply_fixes(&report, "problem").expect("problem source");
    assert!(fixed.contains("(:objects a - block b - block  c d  - block)"), "{fixed}");
}

#[test]
fn several_goal_formulas_are_checked_as_a_conjunction() {
    let problem = "(define (problem p) (:domain trucks) (:objects t - truck home - place)
  (:init (at t home)) (:goal (at t home) (at t garage)))";
    let report = check_texts(TRUCKS, Some(problem));
    assert_eq!(report.codes(), ["pddl/syntax-error", "pddl/undefined-object"]);
}

#[test]
fn an_empty_file_is_called_empty() {
    let report = check_texts("  \n", None);
    assert_eq!(report.verdict, Verdict::Error);
    assert_eq!(report.diagnostics[0].message, "the file is empty");
    let report = check_texts("; (define (domain d))\n", None);
    assert_eq!(report.diagnostics[0].message, "the file holds only comments, no `(define …)` form");
}

#[test]

fn a_problem_in_the_domain_file_is_linted() {
    let both = "(define (domain d) (:predicates (p ?x)) (:action a :parameters (?x) :precondition (p ?x) :effect (not (p ?x))))
(define (problem q) (:domain d) (:objects o) (:init (p o) (zz o)) (:goal (p nobody)))";
    let report = check_texts(both, None);
    assert_eq!(report.verdict, Verdict::Invalid, "{}", render(&report, Format::Llm, false));
    assert!(report.find("pddl/undefined-predicate").is_some());
    assert!(report.find("pddl/undefined-object").is_some());
}

/// `:precondition (a) (b)` — several formulas without `and` — is one error, read as the
/// conjunction the author meant, and its fix (wrap in `(and …)`) gives a valid domain.
#[test]
fn several_formulas_after_a_field_are_one_error_with_a_fix() {
    let text = "(define (domain bw) (:requirements :strips)
  (:predicates (clear ?x) (ontable ?x) (handempty) (holding ?x))
  (:action pick-up :parameters (?x)
    :precondition (clear ?x) (ontable ?x) (handempty)
    :effect (not (ontable ?x)) (holding ?x)))";
    let report = check_pddl(SourceFile::new("domain", text), None, &Budget::default());
    let errors: Vec<_> = report.diagnostics.iter().filter(|d| d.severity == herbrand::Severity::Error).collect();
    assert_eq!(
        errors.len(),
        2,
        "{}",
        herbrand::report::render::render(&report, herbrand::report::render::Format::Llm, false)
    );
    assert!(errors.iter().all(|d| d.code == "pddl/syntax-error"));
    assert_eq!(errors[0].span.map(|s| s.line), Some(4));
    assert_eq!(errors[1].span.map(|s| s.line), Some(5));
    // No follow-on lint: `handempty` and `holding` count as used.
    assert!(report.find("pddl/unused-predicate").is_none());
    let mut fixed = text.to_string();
    let mut edits: Vec<_> = errors.iter().flat_map(|d| d.fixes[0].edits.iter()).collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in edits {
        fixed.replace_range(e.span.start..e.span.end, &e.text);
    }
    let after = check_pddl(SourceFile::new("domain", fixed.as_str()), None, &Budget::default());
    assert_eq!(after.verdict, herbrand::Verdict::Valid, "{fixed}");
}

/// `(holding ?x - block)`: a type copied into an atom is one error whose fix removes it — not an
/// arity mismatch plus two undefined constants.
#[test]
fn a_type_inside_an_atom_is_one_error_with_a_fix() {
    let text = "(define (domain bw) (:requirements :strips :typing) (:types block)
  (:predicates (clear ?x - block) (holding ?x - block))
  (:action put :parameters (?x - block)
    :precondition (holding ?x - block)
    :effect (and (clear ?x) (not (holding ?x)))))";
    let report = check_pddl(SourceFile::new("domain", text), None, &Budget::default());
    let codes: Vec<&str> = report.codes();
    assert_eq!(codes, ["pddl/syntax-error"], "{codes:?}");
    let d = &report.diagnostics[0];
    assert_eq!(d.span.map(|s| (s.line, s.column)), Some((4, 31)));
    let e = &d.fixes[0].edits[0];
    let mut fixed = text.to_string();
    fixed.replace_range(e.span.start..e.span.end, &e.text);
    assert!(fixed.contains(":precondition (holding ?x)\n"), "{fixed}");
    assert_eq!(
        check_pddl(SourceFile::new("domain", fixed), None, &Budget::default()).verdict,
        herbrand::Verdict::Valid
    );
}
