//! Rule sets, mistake by mistake.
//!
//! Every case is a small rule set under `tests/data/rules/` (Prolog, Logic-LM, or chain rules
//! with a KG), holding the kind of mistake models write. For each case the test asserts
//!
//! - the verdict (`valid` for warnings only, `invalid` for lint errors and unmet expectations,
//!   `error` for unreadable text, `unknown` when a budget ran out);
//! - the exact set of diagnostics as (code, file, line, column), so a cascade of follow-on
//!   diagnostics fails the test as surely as a missing one;
//! - that every code is documented, and that applying the fixes removes what they fix;
//! - snapshots of the three renderings (human, llm, json), reviewed by reading them.

use std::path::Path;

use herbrand::report::codes;
use herbrand::report::render::{render, Format};
use herbrand::{check_rules, Budget, Report, RulesOptions, Severity, SourceFile, Verdict};

const DATA: &str = "tests/data/rules";

type Expect = (&'static str, &'static str, usize, usize);

struct Case {
    name: &'static str,
    program: &'static str,
    queries: &'static [&'static str],
    expect_file: Option<&'static str>,
    kg: Option<&'static str>,
    budget: fn() -> Budget,
    verdict: Verdict,
    expect: &'static [Expect],
}

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn check(case: &Case) -> Report {
    let options = RulesOptions {
        queries: case.queries.iter().map(|q| q.to_string()).collect(),
        expect: case.expect_file.map(read),
        kg: case.kg.map(read),
        ..Default::default()
    };
    let src = SourceFile::new("program", read(case.program)).with_path(format!("{DATA}/{}", case.program));
    check_rules(src, &options, &(case.budget)())
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
    assert_eq!(located(&report), want, "{}: diagnostics differ\n{llm}", case.name);
    if report.verdict == Verdict::Valid {
        assert_eq!(report.count(Severity::Error), 0, "{}: a valid verdict with errors", case.name);
    }
    for d in &report.diagnostics {
        assert!(codes::lookup(&d.code).is_some(), "{}: undocumented code {}", case.name, d.code);
    }
    fixes_remove_their_diagnostics(case, &report);
    snapshots(case.name, report);
}

/// Applying every fix must remove every diagnostic that carried one and add no new code.
fn fixes_remove_their_diagnostics(case: &Case, report: &Report) {
    let fixed_codes: Vec<&str> =
        report.diagnostics.iter().filter(|d| !d.fixes.is_empty()).map(|d| d.code.as_str()).collect();
    if fixed_codes.is_empty() || case.kg.is_some() {
        return;
    }
    let Some(src) = report.source("program") else { return };
    let mut edits: Vec<_> = report
        .diagnostics
        .iter()
        .flat_map(|d| d.fixes.iter().take(1))
        .flat_map(|f| &f.edits)
        .filter(|e| e.file == "program")
        .collect();
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
    let options = RulesOptions { queries: case.queries.iter().map(|q| q.to_string()).collect(), ..Default::default() };
    let after = check_rules(SourceFile::new("program", text), &options, &(case.budget)());
    let before: Vec<&str> = report.codes();
    for d in &after.diagnostics {
        assert!(
            before.contains(&d.code.as_str()),
            "{}: the fixes introduced {}\n{}",
            case.name,
            d.code,
            render(&after, Format::Llm, false)
        );
    }
    let count = |r: &Report, code: &str| r.diagnostics.iter().filter(|d| d.code == code && !d.fixes.is_empty()).count();
    for code in fixed_codes {
        assert!(count(&after, code) < count(report, code), "{}: the fixes did not remove {code}", case.name);
    }
}

fn snapshots(name: &str, mut report: Report) {
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

fn default_budget() -> Budget {
    Budget::default()
}

fn small_facts() -> Budget {
    Budget { max_ground_atoms: 1_000, ..Budget::default() }
}

fn small_steps() -> Budget {
    Budget { max_steps: 100, ..Budget::default() }
}

fn tiny_input() -> Budget {
    Budget { max_input_bytes: 10, ..Budget::default() }
}

fn shallow() -> Budget {
    Budget { max_depth: 3, ..Budget::default() }
}

macro_rules! opt {
    () => {
        None
    };
    ($x:literal) => {
        Some($x)
    };
}

macro_rules! budget {
    () => {
        default_budget
    };
    ($f:ident) => {
        $f
    };
}

macro_rules! cases {
    ($( $test:ident: $program:literal $(, query $q:literal)* $(, expect $e:literal)? $(, kg $kg:literal)? $(, budget $b:ident)? => $verdict:ident [ $($x:expr),* $(,)? ]; )*) => {
        $(
            #[test]
            fn $test() {
                run(&CASES[CASES.iter().position(|c| c.name == stringify!($test)).expect("case")]);
            }
        )*
        const CASES: &[Case] = &[ $( Case {
            name: stringify!($test),
            program: $program,
            queries: &[$($q),*],
            expect_file: opt!($($e)?),
            kg: opt!($($kg)?),
            budget: budget!($($b)?),
            verdict: Verdict::$verdict,
            expect: &[ $($x),* ],
        } ),* ];
    };
}

cases! {
    // ----- programs without mistakes ------------------------------------------------------------
    family_valid: "family.pl", query "ancestor(tom, X)" => Valid [
        ("rules/unreachable-rule", "program", 14, 1),
        ("rules/unreachable-rule", "program", 15, 1),
        ("rules/unreachable-rule", "program", 16, 1),
    ];
    labelled_valid: "labelled-valid.txt" => Valid [];

    // ----- reading ------------------------------------------------------------------------------
    syntax_error: "syntax.pl" => Error [
        ("rules/syntax-error", "program", 2, 12),
        ("rules/syntax-error", "program", 4, 35),
        ("rules/missing-period", "program", 5, 44),
    ];
    missing_period: "missing-period.pl" => Error [("rules/missing-period", "program", 2, 17)];
    bad_head: "bad-head.pl" => Error [("rules/bad-head", "program", 1, 1), ("rules/bad-head", "program", 2, 1)];
    unsupported: "unsupported.pl" => Invalid [
        ("rules/unsafe-variable", "program", 5, 5),
        ("rules/unsafe-variable", "program", 5, 8),
        ("rules/unsupported", "program", 4, 13),
        ("rules/unsupported", "program", 5, 25),
    ];

    // ----- names and variables ------------------------------------------------------------------
    undefined_predicate: "undefined.pl" => Invalid [
        ("rules/undefined-predicate", "program", 3, 22),
        ("rules/undefined-predicate", "program", 4, 13),
    ];
    arity_clash: "arity.pl" => Valid [("rules/arity-clash", "program", 3, 16)];
    singleton_variable: "singleton.pl" => Valid [
        ("rules/singleton-variable", "program", 3, 32),
        ("rules/singleton-variable", "program", 3, 43),
    ];
    unsafe_variable: "unsafe.pl" => Valid [
        ("rules/singleton-variable", "program", 2, 5),
        ("rules/singleton-variable", "program", 3, 37),
        ("rules/singleton-variable", "program", 4, 21),
        ("rules/unsafe-variable", "program", 2, 5),
        ("rules/unsafe-variable", "program", 3, 37),
        ("rules/unsafe-variable", "program", 4, 21),
        ("rules/evaluation-error", "program", 4, 21),
    ];
    duplicate_clause: "duplicate.pl" => Valid [
        ("rules/duplicate-clause", "program", 2, 1),
        ("rules/duplicate-clause", "program", 4, 1),
    ];

    // ----- the dependency graph -----------------------------------------------------------------
    unstratifiable: "unstratifiable.pl" => Invalid [
        ("rules/unstratifiable", "program", 3, 26),
        ("rules/unstratifiable", "program", 4, 24),
    ];
    no_base_case: "no-base.pl" => Valid [("rules/no-base-case", "program", 2, 1)];
    unreachable_rule: "unreachable.pl" => Valid [("rules/unreachable-rule", "program", 4, 1)];

    // ----- evaluation ---------------------------------------------------------------------------
    evaluation_error: "eval-error.pl", query "next_age(X, N)", query "ratio(X, R)" => Valid [
        ("rules/evaluation-error", "program", 3, 30),
        ("rules/evaluation-error", "program", 4, 27),
    ];
    expectations: "expect-family.pl", expect "expect-family.expect" => Invalid [
        ("rules/expected-fact-missing", "expect", 3, 1),
        ("rules/unexpected-fact", "expect", 6, 1),
    ];

    // ----- the Logic-LM format ------------------------------------------------------------------
    labelled_quirks: "labelled-quirks.txt" => Valid [
        ("rules/non-ground-fact", "program", 12, 1),
        ("rules/rule-in-facts", "program", 13, 1),
        ("rules/bad-label", "program", 14, 11),
        ("rules/invented-negation", "program", 19, 20),
        ("rules/query-without-label", "program", 23, 1),
        ("rules/multiple-queries", "program", 24, 1),
        ("rules/undeclared-predicate", "program", 20, 1),
        ("rules/predicate-drift", "program", 17, 1),
        ("rules/predicate-drift", "program", 18, 1),
    ];
    contradiction: "labelled-contradiction.txt" => Valid [("rules/contradiction", "program", 10, 1)];
    missing_section: "labelled-no-query.txt" => Valid [
        ("rules/missing-section", "program", 0, 0),
        ("rules/missing-section", "program", 0, 0),
    ];

    // ----- knowledge-graph chain rules ----------------------------------------------------------
    kg_rules: "kg-rules.txt", kg "kg.tsv" => Valid [
        ("rules/duplicate-clause", "program", 5, 1),
        ("rules/kg-bad-triple", "kg", 9, 1),
        ("rules/kg-unknown-relation", "program", 4, 1),
        ("rules/kg-unknown-relation", "program", 6, 1),
        ("rules/kg-unknown-relation", "program", 6, 10),
    ];

    // ----- budgets ------------------------------------------------------------------------------
    limit_ground_atoms: "runaway.pl", budget small_facts => Unknown [("limit/ground-atoms", "", 0, 0)];
    limit_steps: "cross.pl", budget small_steps => Unknown [("limit/steps", "", 0, 0)];
    limit_input_bytes: "family.pl", budget tiny_input => Unknown [("limit/input-bytes", "program", 0, 0)];
    limit_depth: "family.pl", query "grandparent(f(g(h(i(j)))), X)", budget shallow => Unknown [
        ("limit/depth", "query", 1, 1),
        ("rules/unreachable-rule", "program", 12, 1),
        ("rules/unreachable-rule", "program", 14, 1),
        ("rules/unreachable-rule", "program", 15, 1),
        ("rules/unreachable-rule", "program", 16, 1),
    ];
}

/// The answers a query gets, and their proofs, are part of the contract.
#[test]
fn answers_and_proofs() {
    let src = SourceFile::new("program", read("family.pl"));
    let options = RulesOptions { queries: vec!["ancestor(tom, X)".into()], proofs: true, ..Default::default() };
    let report = check_rules(src, &options, &Budget::default());
    let q = &report.detail["queries"][1];
    assert_eq!(q["answer_count"], 5);
    let xs: Vec<&str> = q["answers"].as_array().unwrap().iter().map(|a| a["bindings"]["X"].as_str().unwrap()).collect();
    assert_eq!(xs, ["bob", "liz", "ann", "pat", "jim"]);
    // ancestor(tom, ann): the recursive rule, over parent(tom, bob) and ancestor(bob, ann).
    let proof = &q["answers"][2]["proof"][0];
    assert_eq!(proof["fact"], "ancestor(tom, ann)");
    assert_eq!(proof["line"], 13);
    assert_eq!(proof["premises"][0]["fact"], "parent(tom, bob)");
    assert_eq!(proof["premises"][1]["fact"], "ancestor(bob, ann)");
    assert_eq!(proof["premises"][1]["line"], 12);
}

/// Labelled query results: true as written, false when the opposite label is derived.
#[test]
fn labelled_results() {
    let text = read("labelled-valid.txt");
    for (query, result) in [
        ("Kind(Bob, True)", "true"),
        ("Kind(Bob, False)", "false"),
        ("Kind(Dave, True)", "false"),
        ("Smart(Dave, True)", "unknown"),
    ] {
        let options = RulesOptions { queries: vec![query.into()], ..Default::default() };
        let report = check_rules(SourceFile::new("program", text.clone()), &options, &Budget::default());
        assert_eq!(report.detail["queries"][1]["result"], result, "{query}");
    }
}

/// Stratified negation and a negated conjunction with a comparison on an outer variable.
#[test]
fn negation_is_stratified() {
    let text = "score(a, 3). score(b, 5). score(c, 5).\nbest(X) :- score(X, S), \\+ (score(_, T), T > S).\nloser(X) :- score(X, _), \\+ best(X).\n";
    let options = RulesOptions { queries: vec!["best(X)".into(), "loser(Y)".into()], ..Default::default() };
    let report = check_rules(SourceFile::new("program", text), &options, &Budget::default());
    assert_eq!(report.verdict, Verdict::Valid, "{}", render(&report, Format::Llm, false));
    let answers = |i: usize| -> Vec<String> {
        report.detail["queries"][i]["answers"].as_array().unwrap().iter().map(|a| a["bindings"].to_string()).collect()
    };
    assert_eq!(answers(0), [r#"{"X":"b"}"#, r#"{"X":"c"}"#]);
    assert_eq!(answers(1), [r#"{"Y":"a"}"#]);
}

/// Why-not names the missing premise of the nearest attempt.
#[test]
fn why_not_finds_the_missing_premise() {
    let text = "parent(tom, bob).\ngrandparent(X, Z) :- parent(X, Y), parent(Y, Z).\n";
    let options = RulesOptions { queries: vec!["grandparent(tom, ann)".into()], ..Default::default() };
    let report = check_rules(SourceFile::new("program", text), &options, &Budget::default());
    let w = &report.detail["queries"][0]["why_not"];
    assert_eq!(w["why"]["attempts"][0]["missing"], "parent(bob, ann)", "{w}");
    assert_eq!(w["why"]["attempts"][0]["satisfied"][0], "parent(tom, bob)");
}

/// Arithmetic, lists and member/2.
#[test]
fn builtins_evaluate() {
    let text = "n(1). n(2). n(3).\nsq(X, Y) :- n(X), Y is X * X + 1.\nsmall(X) :- member(X, [1, 2, 7]), n(X).\nfact(0, 1).\nfact(N, F) :- fact(M, G), M < 5, N is M + 1, F is N * G.\n";
    let options =
        RulesOptions { queries: vec!["sq(3, Y)".into(), "small(X)".into(), "fact(5, F)".into()], ..Default::default() };
    let report = check_rules(SourceFile::new("program", text), &options, &Budget::default());
    let first = |i: usize| report.detail["queries"][i]["answers"][0]["bindings"].to_string();
    assert_eq!(first(0), r#"{"Y":"10"}"#);
    assert_eq!(report.detail["queries"][1]["answer_count"], 2);
    assert_eq!(first(2), r#"{"F":"120"}"#);
}
