//! First-order logic: read every dialect LLMs write, lint it, and decide it with Z3.
//!
//! [`check_fol`] reads a program (premises and a conclusion), lints it, checks that the premises
//! are consistent and computes the entailment label — `True`, `False`, `Uncertain` or
//! `Inconsistent` — with evidence: the premises the answer depends on (an unsat core, minimised)
//! or a countermodel for each direction that is not entailed. [`fol_equivalent`] compares a
//! candidate formalization with a reference.
//!
//! Verdict: `valid` when the program is well-formed and its premises consistent; `invalid` when
//! a lint at error severity fires or the premises are inconsistent (the label is still computed
//! when every formula parses); `error` when nothing could be read; `unknown` when the solver's
//! budget ran out. Closed-world readers of the label map nothing: `Uncertain` means neither the
//! conclusion nor its negation follows.

pub mod ast;
pub mod lint;
pub mod parse;
pub mod program;
pub mod solve;

use std::sync::Arc;
use std::time::Instant;

use serde_json::{json, Value};

use self::ast::{Formula, Role};
use self::parse::{Dialect, IssueKind};
use self::program::{Program, ReadOptions};
use self::solve::{Answer, Session};
use crate::limits::{Budget, Ctx};
use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Severity, Verdict};
use crate::source::{SourceFile, Span};

/// Options of a FOL check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolOptions {
    /// The dialect; `None` = detect it.
    pub dialect: Option<String>,
    /// A conclusion given separately (every line of the file is then a premise).
    pub conclusion: Option<String>,
}

fn read(src: &SourceFile, opts: &FolOptions, ctx: &Ctx) -> Result<Program, Box<Diagnostic>> {
    let dialect = match &opts.dialect {
        Some(d) => Some(Dialect::parse(d).ok_or_else(|| {
            Box::new(Diagnostic::new(
                &codes::FOL_SYNTAX_ERROR,
                format!("unknown dialect `{d}` (use folio, nltk, prover9 or tptp)"),
            ))
        })?),
        None => None,
    };
    Ok(program::read(
        src,
        &ReadOptions { dialect, conclusion: opts.conclusion.clone(), max_depth: ctx.budget().max_depth },
    ))
}

fn issue_diagnostic(src: &SourceFile, issue: &parse::Issue) -> Diagnostic {
    let code = match issue.kind {
        IssueKind::Syntax => &codes::FOL_SYNTAX_ERROR,
        IssueKind::Unbalanced => &codes::FOL_UNBALANCED_PARENS,
        IssueKind::NotFol => &codes::FOL_NOT_FOL,
        IssueKind::Quirk => &codes::FOL_QUIRK,
        IssueKind::Scope => &codes::FOL_QUANTIFIER_SCOPE,
        IssueKind::Precedence if issue.message.starts_with("a chain of ⊕") => &codes::FOL_XOR_CHAIN,
        IssueKind::Precedence => &codes::FOL_PRECEDENCE,
    };
    let repaired = issue.kind == IssueKind::Quirk && issue.message.starts_with("unbalanced");
    let code = if repaired { &codes::FOL_UNBALANCED_PARENS } else { code };
    let mut d = Diagnostic::new(code, issue.message.clone());
    if repaired {
        d = d.severity(Severity::Warning);
    }
    let d = if issue.span == Span::default() && issue.span.start == 0 { d.in_file(src) } else { d.at(src, issue.span) };
    match &issue.help {
        Some(h) => d.help(h.clone()),
        None => d,
    }
}

fn items_json(prog: &Program, src: &SourceFile) -> (Vec<Value>, Value) {
    let line = |s: Span| if s == Span::default() { Value::Null } else { json!(src.span_info(s).line) };
    let premises = prog
        .items
        .iter()
        .filter(|i| i.role == Role::Premise)
        .map(|i| json!({"index": i.index, "formula": i.formula.show(), "line": line(i.span)}))
        .collect();
    let conclusion = prog
        .items
        .iter()
        .find(|i| i.role == Role::Conclusion)
        .map_or(Value::Null, |i| json!({"formula": i.formula.show(), "line": line(i.span)}));
    (premises, conclusion)
}

/// Read and lint one program into `report`: its reading problems and lints are pushed. `None`
/// (with the verdict and summary set) when it is over the input budget or cannot be read at all.
fn load(report: &mut Report, src: &SourceFile, what: &str, options: &FolOptions, ctx: &Ctx) -> Option<Program> {
    let stop = |report: &mut Report, verdict: Verdict, d: Diagnostic| {
        report.verdict = verdict;
        report.summary = d.message.clone();
        report.push(d);
        None
    };
    if let Some(d) = ctx.budget().input_too_large(src, what) {
        return stop(report, Verdict::Unknown, d);
    }
    let mut prog = match read(src, options, ctx) {
        Ok(p) => p,
        Err(d) => return stop(report, Verdict::Error, *d),
    };
    report.extend(prog.issues.iter().map(|i| issue_diagnostic(src, i)));
    let lints = lint::lint(ctx, &mut prog, src);
    report.extend(lints);
    Some(prog)
}

/// Check a first-order formalization.
pub fn check_fol(program: SourceFile, options: &FolOptions, budget: &Budget) -> Report {
    let ctx = Ctx::new(budget);
    let started = ctx.started();
    let src = Arc::new(program);
    let mut report = Report::new(Kind::Fol);
    report.add_source(src.clone());
    let Some(prog) = load(&mut report, &src, "the program", options, &ctx) else { return report };
    report.set_detail("format", prog.format);
    report.set_detail("dialect", prog.dialect.map(|d| d.name()));
    let (premises_json, conclusion_json) = items_json(&prog, &src);
    report.set_detail("premises", Value::Array(premises_json));
    report.set_detail("conclusion", conclusion_json);
    report.set_detail(
        "unreadable",
        json!(prog
            .unreadable
            .iter()
            .map(|(r, i)| match r {
                Role::Premise => format!("premise {i}"),
                Role::Conclusion => "conclusion".to_string(),
            })
            .collect::<Vec<_>>()),
    );
    report.set_stat("parse_ms", started.elapsed().as_secs_f64() * 1000.0);

    if prog.items.is_empty() {
        report.verdict = Verdict::Error;
        report.set_detail("label", Value::Null);
        report.summary = match report.diagnostics.iter().find(|d| d.severity == Severity::Error) {
            Some(d) => format!("no formula could be read; first: {}", d.message),
            None => "the program has no formulas".to_string(),
        };
        if report.diagnostics.is_empty() {
            report.push(Diagnostic::new(&codes::FOL_SYNTAX_ERROR, "the program has no formulas").in_file(&src));
        }
        return report;
    }
    let conclusion = prog.items.iter().find(|i| i.role == Role::Conclusion).map(|i| i.formula.clone());
    if conclusion.is_none() && !prog.unreadable.iter().any(|(r, _)| *r == Role::Conclusion) {
        report.push(
            Diagnostic::new(&codes::FOL_NO_CONCLUSION, "the program has no conclusion: only consistency is checked")
                .in_file(&src)
                .help("add a `Conclusion:` section, or pass --conclusion"),
        );
    }
    let reason_started = Instant::now();
    let label =
        if prog.unreadable.is_empty() { reason(&mut report, &prog, conclusion.as_ref(), &src, &ctx) } else { None };
    report.set_stat("reason_ms", reason_started.elapsed().as_secs_f64() * 1000.0);
    report.set_detail("label", json!(label));
    let errors = report.count(Severity::Error);
    let unknown = report.find(codes::FOL_SOLVER_UNKNOWN.name).is_some();
    report.verdict = if unknown {
        Verdict::Unknown
    } else if errors > 0 {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    let first_error = report.diagnostics.iter().find(|d| d.severity == Severity::Error).map(|d| d.message.clone());
    report.summary = match (&label, first_error) {
        (_, _) if unknown => "the solver gave no answer within its budget".to_string(),
        (Some(l), None) => format!("well-formed; label {l}: {}", label_phrase(l)),
        (Some(l), Some(e)) if l == "Inconsistent" && report.count(Severity::Error) == 1 => format!("label {l}: {e}"),
        (Some(l), Some(e)) => format!("label {l}, but the formalization has errors; first: {e}"),
        (None, Some(e)) => format!("no label: {e}"),
        (None, None) => "well-formed; the premises are consistent".to_string(),
    };
    report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
    report
}

fn label_phrase(label: &str) -> &'static str {
    match label {
        "True" => "the premises entail the conclusion",
        "False" => "the premises entail the negation of the conclusion",
        "Uncertain" => "the premises entail neither the conclusion nor its negation",
        _ => "the premises contradict each other",
    }
}

fn premise_list(prog: &Program, idx: &[usize]) -> String {
    let premises: Vec<&ast::Item> = prog.items.iter().filter(|i| i.role == Role::Premise).collect();
    idx.iter()
        .map(|&k| format!("{} `{}`", premises[k].index, premises[k].formula.show()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Consistency and the label; pushes the diagnostics; returns the label.
fn reason(
    report: &mut Report,
    prog: &Program,
    conclusion: Option<&Formula>,
    src: &SourceFile,
    ctx: &Ctx,
) -> Option<String> {
    let premises: Vec<&Formula> = prog.items.iter().filter(|i| i.role == Role::Premise).map(|i| &i.formula).collect();
    let all: Vec<usize> = (0..premises.len()).collect();
    let mut session = Session::new(&premises, ctx);
    let unknown = |report: &mut Report, what: &str| {
        report.push(
            Diagnostic::new(
                &codes::FOL_SOLVER_UNKNOWN,
                format!("Z3 gave no answer for {what}, and no finite model up to the search bound was found"),
            )
            .in_file(src)
            .help("raise --solver-rlimit / --solver-timeout-ms, or simplify the formulas"),
        );
    };
    let items: Vec<&ast::Item> = prog.items.iter().filter(|i| i.role == Role::Premise).collect();
    match session.check(&all, None, false) {
        Answer::Unsat(core) => {
            let core = session.minimize(core, None);
            let first = core.first().map(|&k| items[k].span).unwrap_or_default();
            let mut d = Diagnostic::new(
                &codes::FOL_INCONSISTENT,
                format!(
                    "the premises contradict each other: premises {} cannot all hold",
                    core.iter().map(|k| items[*k].index.to_string()).collect::<Vec<_>>().join(", ")
                ),
            );
            d = if first == Span::default() { d.in_file(src) } else { d.at(src, first) };
            for &k in core.iter().skip(1) {
                if items[k].span != Span::default() {
                    d = d.label(src, items[k].span, format!("premise {}", items[k].index));
                }
            }
            d = d.note(format!("a minimal contradictory set: {}", premise_list(prog, &core))).help(
                "find the premise in this set that misstates its sentence (often a negation, or a ⊕ that should be ∨)",
            );
            report.push(d);
            report.set_detail("inconsistent_core", json!(core.iter().map(|k| items[*k].index).collect::<Vec<_>>()));
            return Some("Inconsistent".to_string());
        }
        Answer::Unknown => {
            unknown(report, "the consistency of the premises");
            return None;
        }
        Answer::Sat(_) => {}
    }
    let c = conclusion?;
    let goal = session.translate(c);
    let not_goal = goal.not();
    let entailed = session.check(&all, Some(&not_goal), true);
    let refuted = session.check(&all, Some(&goal), true);
    let (label, core, models) = match (&entailed, &refuted) {
        (Answer::Unsat(core), _) => ("True", Some(session.minimize(core.clone(), Some(&not_goal))), vec![]),
        (_, Answer::Unsat(core)) => ("False", Some(session.minimize(core.clone(), Some(&goal))), vec![]),
        (Answer::Sat(a), Answer::Sat(b)) => {
            ("Uncertain", None, vec![("the conclusion is false", a.clone()), ("the conclusion is true", b.clone())])
        }
        _ => {
            unknown(report, "the entailment");
            return None;
        }
    };
    report.set_stat("solver_calls", session.calls);
    let conclusion_item = prog.items.iter().find(|i| i.role == Role::Conclusion);
    let mut d = Diagnostic::new(&codes::FOL_LABEL, format!("label {label}: {}", label_phrase(label)));
    d = match conclusion_item.map(|i| i.span).filter(|s| *s != Span::default()) {
        Some(s) => d.at(src, s),
        None => d.in_file(src),
    };
    if let Some(core) = &core {
        let used = premise_list(prog, core);
        d = d.note(if core.is_empty() {
            "it follows from no premise at all (the conclusion is valid or contradictory on its own)".to_string()
        } else {
            format!("it follows from premises {used}")
        });
        report.set_detail("core", json!(core.iter().map(|k| items[*k].index).collect::<Vec<_>>()));
    }
    let mut countermodels = serde_json::Map::new();
    for (what, m) in &models {
        if let Some(m) = m {
            d = d.note(format!("a model of the premises where {what}: {}", m.show()));
            countermodels.insert(
                if what.ends_with("false") { "conclusion_false" } else { "conclusion_true" }.to_string(),
                json!(m),
            );
        }
    }
    if !countermodels.is_empty() {
        report.set_detail("countermodels", Value::Object(countermodels));
    }
    report.push(d);
    Some(label.to_string())
}

/// Compare a candidate formalization with a reference: equivalent, or a distinguishing model,
/// and per premise whether the candidate's is equivalent, stronger, weaker or incomparable.
pub fn fol_equivalent(candidate: SourceFile, reference: SourceFile, options: &FolOptions, budget: &Budget) -> Report {
    let ctx = Ctx::new(budget);
    let started = Instant::now();
    let (cand_src, ref_src) = (Arc::new(candidate), Arc::new(reference));
    let mut report = Report::new(Kind::Fol);
    report.add_source(cand_src.clone());
    report.add_source(ref_src.clone());
    let mut progs = Vec::new();
    for src in [&cand_src, &ref_src] {
        let what = format!("the {}", src.name());
        let Some(prog) = load(&mut report, src, &what, options, &ctx) else { return report };
        progs.push(prog);
    }
    if progs.iter().any(|p| !p.unreadable.is_empty() || p.items.is_empty()) {
        report.verdict = Verdict::Error;
        report.summary = "a formula of the candidate or the reference cannot be read".to_string();
        return report;
    }
    // Single formulas compare as formulas; programs compare premises (as a conjunction and one
    // by one) and conclusions.
    let whole = |p: &Program| -> Formula {
        let parts: Vec<Formula> = p.items.iter().map(|i| i.formula.clone()).collect();
        if parts.len() == 1 {
            parts.into_iter().next().unwrap_or(Formula::True(Span::default()))
        } else {
            Formula::And(parts, Span::default())
        }
    };
    let (a, b) = (whole(&progs[0]), whole(&progs[1]));
    let mut session = Session::new(&[], &ctx);
    let (fa, fb) = (session.translate(&a), session.translate(&b));
    let differ = fa.iff(&fb).not();
    let answer = session.check(&[], Some(&differ), true);
    let mut comparisons = Vec::new();
    let pa: Vec<&ast::Item> = progs[0].items.iter().collect();
    let pb: Vec<&ast::Item> = progs[1].items.iter().collect();
    for (x, y) in pa.iter().zip(&pb) {
        let (fx, fy) = (session.translate(&x.formula), session.translate(&y.formula));
        let x_implies_y = matches!(session.check(&[], Some(&fx.implies(&fy).not()), false), Answer::Unsat(_));
        let y_implies_x = matches!(session.check(&[], Some(&fy.implies(&fx).not()), false), Answer::Unsat(_));
        let relation = match (x_implies_y, y_implies_x) {
            (true, true) => "equivalent",
            (true, false) => "stronger",
            (false, true) => "weaker",
            (false, false) => "incomparable",
        };
        let which = match x.role {
            _ if pa.len() == 1 && pb.len() == 1 => "formula".to_string(),
            Role::Premise => format!("premise {}", x.index),
            Role::Conclusion => "conclusion".to_string(),
        };
        comparisons.push(
            json!({"item": which, "candidate": x.formula.show(), "reference": y.formula.show(), "relation": relation}),
        );
    }
    report.set_detail("comparisons", Value::Array(comparisons.clone()));
    match answer {
        Answer::Unsat(_) => {
            report.set_detail("equivalent", true);
            report.verdict = if report.count(Severity::Error) > 0 { Verdict::Invalid } else { Verdict::Valid };
            report.summary = "the candidate is equivalent to the reference".to_string();
        }
        Answer::Sat(model) => {
            report.set_detail("equivalent", false);
            let mut d = Diagnostic::new(&codes::FOL_NOT_EQUIVALENT, "the candidate is not equivalent to the reference")
                .in_file(&cand_src);
            if let Some(m) = &model {
                d = d.note(format!("they disagree in this model: {}", m.show()));
                report.set_detail("distinguishing_model", json!(m));
            }
            for c in &comparisons {
                if c["relation"] != "equivalent" {
                    d = d.note(format!(
                        "{}: the candidate's `{}` is {} the reference's `{}`",
                        c["item"].as_str().unwrap_or(""),
                        c["candidate"].as_str().unwrap_or(""),
                        match c["relation"].as_str() {
                            Some("stronger") => "stronger than",
                            Some("weaker") => "weaker than",
                            _ => "incomparable with",
                        },
                        c["reference"].as_str().unwrap_or("")
                    ));
                }
            }
            report.push(d.help("change the premises marked stronger, weaker or incomparable"));
            report.verdict = Verdict::Invalid;
            report.summary = "the candidate is not equivalent to the reference".to_string();
        }
        Answer::Unknown => {
            report.push(
                Diagnostic::new(&codes::FOL_SOLVER_UNKNOWN, "Z3 gave no answer for the equivalence").in_file(&cand_src),
            );
            report.verdict = Verdict::Unknown;
            report.summary = "the solver gave no answer within its budget".to_string();
        }
    }
    report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
    report
}
