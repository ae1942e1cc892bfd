//! FOL checks: every lint and every label on a small file, with the verdict, the label, the
//! diagnostics (code and line) and snapshots of the three renderings.

use std::path::Path;

use herbrand::report::codes;
use herbrand::report::render::{render, Format};
use herbrand::{check_fol, fol_equivalent, Budget, FolOptions, Report, Severity, SourceFile, Verdict};

const DATA: &str = "tests/data/fol";

fn source(role: &str, rel: &str) -> SourceFile {
    let path = format!("{DATA}/{rel}");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    SourceFile::new(role, text).with_path(path)
}

struct Case {
    file: &'static str,
    verdict: Verdict,
    label: Option<&'static str>,
    /// (code, line) of every diagnostic other than the `fol/label` info.
    diags: &'static [(&'static str, usize)],
    budget: Option<Budget>,
}

fn run(name: &str, case: Case) -> Report {
    let budget = case.budget.clone().unwrap_or_default();
    let report = check_fol(source("program", case.file), &FolOptions::default(), &budget);
    let llm = render(&report, Format::Llm, false);
    assert_eq!(report.verdict, case.verdict, "{name}: verdict\n{llm}");
    assert_eq!(report.detail["label"].as_str(), case.label, "{name}: label\n{llm}");
    let mut got: Vec<(String, usize)> = report
        .diagnostics
        .iter()
        .filter(|d| d.code != codes::FOL_LABEL.name)
        .map(|d| (d.code.clone(), d.span.map_or(0, |s| s.line)))
        .collect();
    got.sort();
    let mut want: Vec<(String, usize)> = case.diags.iter().map(|(c, l)| (c.to_string(), *l)).collect();
    want.sort();
    assert_eq!(got, want, "{name}: diagnostics\n{llm}");
    // A label always comes with its evidence.
    if let Some(l) = case.label {
        let info = report.find(codes::FOL_LABEL.name);
        match l {
            "True" | "False" => assert!(report.detail.get("core").is_some() && info.is_some(), "{name}: no core"),
            "Uncertain" => assert!(report.detail.get("countermodels").is_some(), "{name}: no countermodel"),
            _ => assert!(report.detail.get("inconsistent_core").is_some(), "{name}: no inconsistent core"),
        }
    }
    for d in &report.diagnostics {
        assert!(codes::lookup(&d.code).is_some(), "{name}: undocumented {}", d.code);
    }
    snapshots(name, report.clone());
    report
}

fn snapshots(name: &str, mut report: Report) {
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

macro_rules! case {
    ($name:ident, $file:expr, $verdict:ident, $label:expr, [$(($code:expr, $line:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            run(stringify!($name), Case {
                file: $file, verdict: Verdict::$verdict, label: $label, diags: &[$(($code.name, $line)),*], budget: None,
            });
        }
    };
}

use codes::*;

// ----- labels ----------------------------------------------------------------------------------
case!(label_true, "label-true.txt", Valid, Some("True"), []);
case!(label_false, "label-false.txt", Valid, Some("False"), []);
case!(label_uncertain, "label-uncertain.txt", Valid, Some("Uncertain"), []);
case!(inconsistent, "inconsistent.txt", Invalid, Some("Inconsistent"), [(FOL_INCONSISTENT, 2)]);
case!(no_conclusion, "no-conclusion.txt", Valid, None, [(FOL_NO_CONCLUSION, 0)]);

// ----- dialects and containers: the same argument, the same label ------------------------------
case!(dialect_nltk, "nltk.txt", Valid, Some("True"), []);
case!(dialect_prover9, "prover9.p9", Valid, Some("True"), []);
case!(dialect_tptp, "tptp.p", Valid, Some("True"), []);
case!(container_json, "program.json", Valid, Some("True"), []);

// ----- what cannot be read ---------------------------------------------------------------------
case!(syntax_error, "syntax-error.txt", Invalid, None, [(FOL_SYNTAX_ERROR, 3)]);
case!(unbalanced, "unbalanced.txt", Invalid, None, [(FOL_UNBALANCED_PARENS, 2)]);
case!(not_first_order, "not-fol.txt", Invalid, None, [(FOL_NOT_FOL, 2)]);
case!(nothing_readable, "nothing-readable.txt", Error, None, [(FOL_NOT_FOL, 2), (FOL_SYNTAX_ERROR, 4)]);
case!(quirks, "quirk.txt", Valid, Some("True"), [(FOL_QUIRK, 2), (FOL_QUIRK, 2), (FOL_QUIRK, 3)]);

// ----- lints -----------------------------------------------------------------------------------
case!(arity_mismatch, "arity.txt", Invalid, Some("Uncertain"), [(FOL_ARITY_MISMATCH, 2)]);
case!(symbol_clash, "symbol-clash.txt", Invalid, Some("Uncertain"), [(FOL_SYMBOL_CLASH, 2)]);
case!(free_variable, "free-variable.txt", Invalid, Some("True"), [(FOL_FREE_VARIABLE, 2)]);
case!(vacuous_quantifier, "vacuous.txt", Valid, Some("True"), [(FOL_VACUOUS_QUANTIFIER, 2)]);
case!(shadowed_quantifier, "shadowed.txt", Valid, Some("True"), [(FOL_SHADOWED_QUANTIFIER, 2)]);
case!(quantifier_scope, "scope.txt", Valid, Some("True"), [(FOL_QUANTIFIER_SCOPE, 2)]);
case!(precedence, "precedence.txt", Valid, Some("Uncertain"), [(FOL_PRECEDENCE, 2)]);
case!(xor_chain, "xor-chain.txt", Valid, Some("Uncertain"), [(FOL_XOR_CHAIN, 2)]);
case!(predicate_drift, "drift.txt", Valid, Some("Uncertain"), [(FOL_PREDICATE_DRIFT, 3)]);
case!(
    declarations,
    "declarations.txt",
    Valid,
    Some("True"),
    [(FOL_UNDECLARED_PREDICATE, 6), (FOL_UNUSED_PREDICATE, 3)]
);

/// Premises whose only models are infinite: Z3 cannot decide, the finite-model search finds
/// nothing; the small budget makes it stop quickly with verdict `unknown`.
#[test]
fn solver_unknown() {
    let budget = Budget { solver_rlimit: 200_000, ..Budget::default() };
    run(
        "solver_unknown",
        Case {
            file: "hard.txt",
            verdict: Verdict::Unknown,
            label: None,
            diags: &[(FOL_SOLVER_UNKNOWN.name, 0)],
            budget: Some(budget),
        },
    );
}

/// The fix of a free variable quantifies it, and the fixed program has no free variable.
#[test]
fn the_free_variable_fix_quantifies_the_formula() {
    let report = check_fol(source("program", "free-variable.txt"), &FolOptions::default(), &Budget::default());
    let d = report.find(FOL_FREE_VARIABLE.name).expect("free variable");
    let edit = &d.fixes[0].edits[0];
    assert_eq!(edit.text, "∀x (Dog(x) → Animal(x))");
    let text = report.source("program").expect("source").text();
    let fixed = format!("{}{}{}", &text[..edit.span.start], edit.text, &text[edit.span.end..]);
    let again = check_fol(SourceFile::new("program", fixed), &FolOptions::default(), &Budget::default());
    assert!(again.find(FOL_FREE_VARIABLE.name).is_none(), "{}", again.summary);
    assert_eq!(again.verdict, Verdict::Valid);
}

/// A conclusion given separately makes every line a premise.
#[test]
fn conclusion_option() {
    let opts = FolOptions { conclusion: Some("Animal(fido)".into()), ..FolOptions::default() };
    let report = check_fol(source("program", "no-conclusion.txt"), &opts, &Budget::default());
    assert_eq!(report.detail["label"], "Uncertain", "{}", report.summary);
    let opts = FolOptions { conclusion: Some("Animal(rex)".into()), ..FolOptions::default() };
    let report = check_fol(source("program", "no-conclusion.txt"), &opts, &Budget::default());
    assert_eq!(report.detail["label"], "True");
    let opts = FolOptions { dialect: Some("klingon".into()), ..FolOptions::default() };
    let report = check_fol(source("program", "no-conclusion.txt"), &opts, &Budget::default());
    assert_eq!(report.verdict, Verdict::Error);
}

// ----- equivalence -----------------------------------------------------------------------------

#[test]
fn equivalent_formulas() {
    let r = fol_equivalent(
        source("candidate", "equiv-same.txt"),
        source("reference", "equiv-reference.txt"),
        &FolOptions::default(),
        &Budget::default(),
    );
    assert_eq!(r.verdict, Verdict::Valid, "{}", r.summary);
    assert_eq!(r.detail["equivalent"], true);
    snapshots("equivalent", r);
}

#[test]
fn not_equivalent_formulas() {
    let r = fol_equivalent(
        source("candidate", "equiv-stronger.txt"),
        source("reference", "equiv-reference.txt"),
        &FolOptions::default(),
        &Budget::default(),
    );
    assert_eq!(r.verdict, Verdict::Invalid, "{}", r.summary);
    assert_eq!(r.detail["equivalent"], false);
    assert_eq!(r.detail["comparisons"][0]["relation"], "stronger");
    assert!(r.detail.get("distinguishing_model").is_some());
    assert_eq!(r.count(Severity::Error), 1);
    snapshots("not_equivalent", r);
}

/// Every `fol/*` code has a case above (and so a snapshot).
#[test]
fn every_fol_code_has_a_case() {
    let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fol_checks.rs")).expect("self");
    for code in codes::all().filter(|c| c.name.starts_with("fol/")) {
        let ident = code_ident(code.name);
        let covered = src.contains(&format!("({ident},"))
            || src.contains(&format!("({ident}."))
            || ["fol/label", "fol/not-equivalent"].contains(&code.name);
        assert!(covered, "{} ({ident}) has no case", code.name);
    }
}

fn code_ident(name: &str) -> String {
    match name {
        "fol/not-first-order" => "FOL_NOT_FOL".into(),
        "fol/inconsistent-premises" => "FOL_INCONSISTENT".into(),
        n => n.replace(['/', '-'], "_").to_uppercase(),
    }
}
