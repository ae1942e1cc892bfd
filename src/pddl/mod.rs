//! PDDL: domains, problems and plans.
//!
//! The flow is `sexpr` (read) → `lower` (shape, AST) → `check` (names, types, lints), then for
//! plans `plan` (read the plan) → `validate` (simulate). [`load`] runs the front end once for a
//! domain and an optional problem and is shared by `herbrand pddl` and `herbrand plan`.

pub mod advice;
pub mod ast;
pub mod cache;
pub mod check;
pub mod eval;
pub mod index;
pub mod lower;
pub mod plan;
pub mod sexpr;
pub mod state;
pub mod trajectory;
pub mod validate;

use std::sync::Arc;

use serde_json::json;

use crate::limits::{Budget, Ctx};
use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Severity, Verdict};
use crate::source::{SourceFile, Span};
use ast::{Domain, Problem, Symbols};
use index::DomainIndex;

/// Codes that mean the text could not be read as PDDL: the verdict is `error`, not `invalid`.
const MALFORMED: &[&str] = &[
    "pddl/unclosed-paren",
    "pddl/unexpected-close-paren",
    "pddl/expected-define",
    "pddl/wrong-file-kind",
    "pddl/syntax-error",
    "pddl/misplaced-section",
    "input/not-utf8",
];

/// The front end's result for a domain and an optional problem.
pub struct Loaded {
    pub syms: Symbols,
    pub domain: Option<Domain>,
    pub problem: Option<Problem>,
    pub index: Option<DomainIndex>,
    pub domain_src: Arc<SourceFile>,
    pub problem_src: Option<Arc<SourceFile>>,
    pub diagnostics: Vec<Diagnostic>,
    /// A budget stopped the front end: the verdict must be `unknown`.
    pub out_of_budget: bool,
    /// The suggestion allowance left after loading (see [`Ctx::set_suggestions_left`]): a check
    /// that reuses this front end resumes from it, so its Report equals a fresh load's.
    pub suggest_budget_left: u64,
}

impl Loaded {
    /// Whether the input could not be read (a malformed-input diagnostic).
    pub fn malformed(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error && MALFORMED.contains(&d.code.as_str()))
    }
}

/// Read, lower and lint a domain and an optional problem.
pub fn load(domain_src: Arc<SourceFile>, problem_src: Option<Arc<SourceFile>>, ctx: &Ctx) -> Loaded {
    let budget = ctx.budget();
    let mut loaded = Loaded {
        syms: Symbols::default(),
        domain: None,
        problem: None,
        index: None,
        domain_src: domain_src.clone(),
        problem_src: problem_src.clone(),
        diagnostics: Vec::new(),
        out_of_budget: false,
        suggest_budget_left: 0,
    };
    for src in std::iter::once(&domain_src).chain(problem_src.as_ref()) {
        if let Some(d) = budget.input_too_large(src, src.display_name()) {
            loaded.diagnostics.push(d);
            loaded.out_of_budget = true;
        }
    }
    if loaded.out_of_budget {
        loaded.suggest_budget_left = ctx.suggestions_left();
        return loaded;
    }
    let (domain, problem_in_domain_file) = read_file(&domain_src, &mut loaded, ctx);
    loaded.domain = domain;
    if let Some(p) = problem_in_domain_file {
        if loaded.domain.is_none() {
            let help = if problem_src.is_some() {
                "pass the domain file first and the problem file second"
            } else {
                "pass the domain file too: `herbrand pddl DOMAIN PROBLEM`"
            };
            let head = Span::new(p.span.start as usize, p.span.start as usize + 7);
            loaded.diagnostics.push(
                Diagnostic::new(
                    &codes::PDDL_WRONG_FILE_KIND,
                    "this file defines a problem, but a domain was expected here",
                )
                .at(&domain_src, head)
                .help(help),
            );
        } else if problem_src.is_none() {
            // A domain and its problem in one file (as LLMs often write them): check both.
            loaded.problem = Some(p);
            loaded.problem_src = Some(domain_src.clone());
        }
    }
    if let Some(psrc) = &problem_src {
        let (domain_in_problem_file, problem) = read_file(psrc, &mut loaded, ctx);
        if problem.is_none() && domain_in_problem_file.is_some() {
            let span = domain_in_problem_file.as_ref().map_or(Span::default(), |d| d.span);
            loaded.diagnostics.push(
                Diagnostic::new(
                    &codes::PDDL_WRONG_FILE_KIND,
                    "this file defines a domain, but a problem was expected here",
                )
                .at(psrc, span.at_start().to(Span::new(span.start as usize, span.start as usize + 7)))
                .help("pass the domain file first and the problem file second"),
            );
        }
        loaded.problem = problem;
    }
    if let Some(domain) = &loaded.domain {
        let index = DomainIndex::new(ctx, domain, &mut loaded.syms);
        let psrc = loaded.problem_src.clone();
        let inputs = check::Inputs {
            domain,
            domain_src: &loaded.domain_src,
            problem: loaded.problem.as_ref().zip(psrc.as_deref()),
        };
        let lints = check::lint(ctx, &inputs, &index, &loaded.syms);
        loaded.diagnostics.extend(lints);
        loaded.index = Some(index);
    }
    loaded.suggest_budget_left = ctx.suggestions_left();
    loaded
}

fn read_file(src: &SourceFile, loaded: &mut Loaded, ctx: &Ctx) -> (Option<Domain>, Option<Problem>) {
    let read = sexpr::read(src, ctx.budget());
    loaded.diagnostics.extend(read.diagnostics);
    if read.truncated {
        loaded.out_of_budget = true;
        return (None, None);
    }
    let lowered = lower::lower(ctx, src, &mut loaded.syms, &read.forms);
    loaded.diagnostics.extend(lowered.diagnostics);
    (lowered.domain, lowered.problem)
}

/// The verdict the front end's diagnostics imply.
pub fn front_end_verdict(loaded: &Loaded) -> Verdict {
    if loaded.out_of_budget {
        Verdict::Unknown
    } else if loaded.malformed() || loaded.domain.is_none() {
        Verdict::Error
    } else if loaded.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Verdict::Invalid
    } else {
        Verdict::Valid
    }
}

/// Check a domain and optionally a problem: parse, lint, report.
pub fn check_pddl(domain: SourceFile, problem: Option<SourceFile>, budget: &Budget) -> Report {
    let ctx = Ctx::new(budget);
    let domain = Arc::new(domain);
    let problem = problem.map(Arc::new);
    let loaded = load(domain.clone(), problem.clone(), &ctx);
    let mut report = Report::new(Kind::Pddl);
    report.add_source(domain.clone());
    if let Some(p) = &problem {
        report.add_source(p.clone());
    }
    report.verdict = front_end_verdict(&loaded);
    // Names as written (PDDL is case-insensitive; the user's spelling reads better).
    let domain_name = loaded.domain.as_ref().and_then(|d| d.name).map(|n| loaded.domain_src.slice(n.span).to_string());
    let problem_name = loaded.problem.as_ref().and_then(|p| p.name).map(|n| {
        loaded.problem_src.as_ref().map_or_else(|| loaded.syms.name(n.sym).to_string(), |s| s.slice(n.span).to_string())
    });
    let what = match (&domain_name, &problem_name) {
        (Some(d), Some(p)) => format!("domain `{d}` and problem `{p}`"),
        (Some(d), None) => format!("domain `{d}`"),
        _ => "the input".to_string(),
    };
    report.extend(loaded.diagnostics.iter().cloned());
    report.summary = summarize(&report, &what);
    if let Some(d) = &loaded.domain {
        report.set_detail("domain", json!(domain_name));
        report.set_detail("problem", json!(problem_name));
        report.set_detail("requirements", json!(d.requirements.iter().map(|r| r.req.keyword()).collect::<Vec<_>>()));
        report.set_stat("types", d.types.len());
        report.set_stat("predicates", d.predicates.len());
        report.set_stat("functions", d.functions.len());
        report.set_stat("actions", d.actions.len());
    }
    if let Some(p) = &loaded.problem {
        report.set_stat("objects", p.objects.len());
        report.set_stat("init_facts", p.init.len());
    }
    report.set_stat("bytes", domain.text().len() + problem.as_ref().map_or(0, |p| p.text().len()));
    report.set_stat("elapsed_ms", ctx.started().elapsed().as_secs_f64() * 1000.0);
    report
}

/// "domain `d` is well-formed" or "3 errors; first: …".
pub(crate) fn summarize(report: &Report, what: &str) -> String {
    let first_error = report.diagnostics.iter().find(|d| d.severity == Severity::Error);
    match (report.verdict, first_error) {
        (Verdict::Valid, _) => {
            let warnings = report.count(Severity::Warning);
            if warnings == 0 {
                format!("{what} well-formed")
            } else {
                format!("{what} well-formed, {warnings} warning{}", if warnings == 1 { "" } else { "s" })
            }
        }
        (_, Some(d)) => {
            let at = match (&d.file, &d.span) {
                (Some(f), Some(s)) => format!(" ({f}:{}:{})", s.line, s.column),
                _ => String::new(),
            };
            format!("{}; first: {}{at}", report.counts_phrase(), d.message)
        }
        (_, None) => format!("{what} could not be checked"),
    }
}
