//! Rule sets: Prolog programs, Logic-LM programs and knowledge-graph chain rules.
//!
//! The flow is read (`parse` + `lower` for Prolog, `logiclm` for the labelled format, `kg` for
//! chain rules) → [`ast::Program`] → `check` (lints, petgraph dependency graph) → `eval`
//! (semi-naive, stratified) → answers, labelled query results, expectations, proofs and why-not
//! (`explain`) → one [`Report`]. [`check_rules`] is the one entry point; every input (queries,
//! expectations, a KG, extra relations) is passed as text in [`RulesOptions`], so the CLI, the
//! library and a future MCP tool give the same Report.

pub mod ast;
pub mod check;
pub mod compiled;
pub mod eval;
pub mod exec;
pub mod explain;
pub mod kg;
pub mod logiclm;
pub mod lower;
pub mod parse;
pub mod relation;
pub mod values;

use std::sync::Arc;
use std::time::Instant;

use serde_json::{json, Value};

use crate::limits::{Budget, Ctx};
use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Severity, Verdict};
use crate::source::{SourceFile, Span};
use ast::{Dialect, PredKey, Program};
use eval::{Engine, Status};
use exec::Exhausted;

/// What to ask of a rule set besides linting it. Every input is text, not a path.
#[derive(Clone, Debug, Default)]
pub struct RulesOptions {
    /// Extra queries (`--query`), in the program's syntax (`grandparent(tom, X)`, or
    /// `Kind(Bob, True)` for a Logic-LM program).
    pub queries: Vec<String>,
    /// An expectation file: facts that must hold (`p(a).`) and must not (`\+ p(b).`).
    pub expect: Option<String>,
    /// A knowledge graph as TSV triples `head<TAB>relation<TAB>tail`, for chain rules.
    pub kg: Option<String>,
    /// Extra input relations: `(predicate name, TSV text)`; each line is one tuple, fields that
    /// read as integers are integers, the others atoms.
    pub facts: Vec<(String, String)>,
    /// Attach a proof tree to every answer (answers are limited by `max_answers`).
    pub proofs: bool,
    /// Most answers listed per query (default 100 when 0).
    pub max_answers: usize,
}

/// Codes that mean the text could not be read: the verdict is `error`.
const MALFORMED: &[&str] = &["rules/syntax-error", "rules/missing-period", "rules/bad-head", "input/not-utf8"];

/// Check a rule set: read it (dialect detected), lint it, evaluate it, answer its queries and
/// expectations, and report.
pub fn check_rules(program: SourceFile, opts: &RulesOptions, budget: &Budget) -> Report {
    let ctx = Ctx::new(budget);
    let started = ctx.started();
    let src = Arc::new(program);
    let mut report = Report::new(Kind::Rules);
    report.add_source(src.clone());
    if let Some(d) = budget.input_too_large(&src, src.display_name()) {
        report.push(d);
        report.verdict = Verdict::Unknown;
        report.summary = "not checked: the input is larger than the input budget".to_string();
        return report;
    }
    let dialect = if opts.kg.is_some() || kg::detect(src.text()) {
        Dialect::Kg
    } else if logiclm::detect(src.text()) {
        Dialect::LogicLm
    } else {
        Dialect::Prolog
    };
    if dialect == Dialect::Kg {
        return kg::check(&ctx, src, opts, report);
    }
    let mut out_of_budget = false;
    let (mut program, diagnostics) = read_program(&src, dialect, budget, &mut out_of_budget);
    report.extend(diagnostics);
    add_queries(&mut program, &opts.queries, budget, &mut report);
    let expectations = match &opts.expect {
        Some(text) => {
            let esrc = Arc::new(SourceFile::new("expect", text.clone()));
            report.add_source(esrc.clone());
            let (exps, ds) = explain::read_expectations(&esrc, dialect, budget);
            report.extend(ds);
            exps
        }
        None => Vec::new(),
    };
    let parse_ms = started.elapsed().as_secs_f64() * 1000.0;

    // Relations given as TSV are defined (like `:- dynamic`) for the lints.
    for (name, text) in &opts.facts {
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let arity = if first.contains('\t') { first.split('\t').count() } else { first.split_whitespace().count() };
        program.dynamic.push(ast::Declaration { key: PredKey { name: name.clone(), arity }, span: Span::default() });
    }
    let roots: Vec<PredKey> = expectations.iter().map(|e| e.atom.key()).collect();
    report.extend(check::lint(&ctx, &program, &src, &roots));

    let eval_started = Instant::now();
    let mut engine = Engine::new(budget);
    engine.load(&program);
    for (name, text) in &opts.facts {
        let fsrc = SourceFile::new(format!("facts:{name}"), text.clone());
        let ds = load_tsv(&mut engine, name, &fsrc);
        report.extend(ds);
    }
    for e in &expectations {
        engine.rel(&e.atom.key());
    }
    engine.run();
    let eval_ms = eval_started.elapsed().as_secs_f64() * 1000.0;
    if let Status::OutOfBudget(what) = engine.status {
        out_of_budget = true;
        report.push(budget_diagnostic(what, budget, &engine));
    }
    report.extend(explain::evaluation_errors(&engine, &program, &src));
    if program.labelled && !out_of_budget {
        report.extend(check::contradictions(&engine, &program, &src));
    }
    let queries = explain::answer_queries(&mut engine, &program, opts, &src);
    let exp = explain::check_expectations(&mut engine, &program, &expectations, &mut report);

    report.set_detail("dialect", dialect.as_str());
    report.set_detail("queries", Value::Array(queries.clone()));
    if !expectations.is_empty() {
        report.set_detail("expectations", Value::Array(exp));
    }
    report.set_detail("predicates", predicate_table(&engine, &program));
    report.set_stat("clauses", program.clauses.len());
    report.set_stat("facts", program.clauses.iter().filter(|c| c.is_fact()).count());
    report.set_stat("rules", program.clauses.iter().filter(|c| !c.is_fact()).count());
    report.set_stat("derived_facts", engine.derived);
    report.set_stat("rounds", engine.round);
    report.set_stat("strata", engine.strata);
    report.set_stat("join_work", engine.work);
    report.set_stat("parse_ms", parse_ms);
    report.set_stat("eval_ms", eval_ms);
    report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);

    out_of_budget |= report.diagnostics.iter().any(|d| d.code.starts_with("limit/"));
    report.verdict = if out_of_budget {
        Verdict::Unknown
    } else if report.diagnostics.iter().any(|d| d.severity == Severity::Error && MALFORMED.contains(&d.code.as_str())) {
        Verdict::Error
    } else if report.has_errors() {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    report.summary = summary(&report, &program, &queries);
    report
}

fn read_program(
    src: &SourceFile,
    dialect: Dialect,
    budget: &Budget,
    out_of_budget: &mut bool,
) -> (Program, Vec<Diagnostic>) {
    match dialect {
        Dialect::LogicLm => {
            let r = logiclm::read(src);
            (r.program, r.diagnostics)
        }
        _ => {
            let read = parse::read_program(src, budget.max_depth);
            *out_of_budget |= read.out_of_budget;
            let mut lowerer = lower::Lowerer::new(src, Dialect::Prolog);
            lowerer.lower_clauses(read.clauses);
            let mut ds = read.diagnostics;
            ds.extend(lowerer.diagnostics);
            (lowerer.program, ds)
        }
    }
}

fn add_queries(program: &mut Program, queries: &[String], budget: &Budget, report: &mut Report) {
    for (i, q) in queries.iter().enumerate() {
        let role = if queries.len() == 1 { "query".to_string() } else { format!("query{}", i + 1) };
        let qsrc = Arc::new(SourceFile::new(role.clone(), q.clone()));
        report.add_source(qsrc.clone());
        if program.labelled {
            let r = logiclm::read_queries(&qsrc);
            program.queries.extend(r.0);
            report.extend(r.1);
            continue;
        }
        let whole = Span::new(0, q.len());
        let text = q.trim().trim_start_matches("?-").trim().trim_end_matches('.').to_string();
        match parse::read_goal(&qsrc, whole, budget.max_depth) {
            Ok(term) => {
                let term = match term.kind {
                    ast::TermKind::Compound(ref op, ref args) if op == "?-" && args.len() == 1 => args[0].clone(),
                    _ => term,
                };
                let mut lowerer = lower::Lowerer::new(&qsrc, Dialect::Prolog);
                let q = lowerer.query(&term, text, &role);
                program.clauses.extend(lowerer.program.clauses);
                report.extend(lowerer.diagnostics);
                program.queries.extend(q);
            }
            Err(d) => report.push(d),
        }
    }
}

/// Read a TSV relation into the engine.
fn load_tsv(engine: &mut Engine, name: &str, src: &SourceFile) -> Vec<Diagnostic> {
    let mut ds = Vec::new();
    let mut arity = None;
    let mut tuples = Vec::new();
    let mut offset = 0;
    for line in src.text().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let l = line.trim_end_matches(['\n', '\r']);
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = if l.contains('\t') { l.split('\t').collect() } else { l.split_whitespace().collect() };
        let a = *arity.get_or_insert(fields.len());
        if fields.len() != a {
            if ds.len() < 20 {
                ds.push(
                    Diagnostic::new(
                        &codes::RULES_KG_BAD_TRIPLE,
                        format!("this line has {} fields; the first line has {a}", fields.len()),
                    )
                    .at(src, Span::new(start, start + l.len())),
                );
            }
            continue;
        }
        let t: Vec<u32> = fields
            .iter()
            .map(|f| match f.trim().parse::<i64>() {
                Ok(i) => engine.values.int(i),
                Err(_) => engine.values.atom(f.trim()),
            })
            .collect();
        tuples.push(t);
    }
    if let Some(a) = arity {
        engine.add_facts(&PredKey { name: name.to_string(), arity: a }, tuples);
    }
    ds
}

pub(crate) fn budget_diagnostic(what: Exhausted, budget: &Budget, engine: &Engine) -> Diagnostic {
    match what {
        Exhausted::DerivedFacts => Diagnostic::new(
            &codes::LIMIT_GROUND_ATOMS,
            format!("evaluation derived more than {} facts (the ground-atom budget) and stopped", budget.max_ground_atoms),
        )
        .note(format!("{} facts were derived before it stopped; answers may be incomplete", engine.derived))
        .help("raise --max-ground-atoms if the program is meant to derive that many facts; a rule that builds ever larger terms (f(X) from X) never stops"),
        Exhausted::Rounds => Diagnostic::new(
            &codes::LIMIT_STEPS,
            format!("evaluation ran more than {} rounds (the step budget) and stopped", budget.max_steps),
        )
        .help("raise --max-steps"),
        Exhausted::Work => Diagnostic::new(
            &codes::LIMIT_STEPS,
            format!("joins visited more than {} rows (100 × the step budget) and stopped", budget.max_steps.saturating_mul(100)),
        )
        .note("a rule body with unrelated atoms joins them as a cross product")
        .help("share variables between body atoms, or raise --max-steps"),
    }
}

fn predicate_table(engine: &Engine, program: &Program) -> Value {
    let mut keys: Vec<&PredKey> = engine.rel_keys.iter().filter(|k| !ast::is_internal(&k.name)).collect();
    keys.sort();
    keys.dedup();
    let _ = program;
    Value::Array(
        keys.iter()
            .take(1000)
            .map(|k| {
                let r = engine.rel_of[*k];
                json!({"predicate": k.to_string(), "facts": engine.rels[r].len(), "evaluated": !engine.skipped.contains(&r)})
            })
            .collect(),
    )
}

fn summary(report: &Report, program: &Program, queries: &[Value]) -> String {
    let answered = |q: &Value| -> String {
        if let Some(r) = q.get("result").and_then(Value::as_str) {
            format!("query `{}` is {r}", q["query"].as_str().unwrap_or(""))
        } else {
            let n = q.get("answer_count").and_then(Value::as_u64).unwrap_or(0);
            format!("query `{}` has {n} answer{}", q["query"].as_str().unwrap_or(""), if n == 1 { "" } else { "s" })
        }
    };
    let q = match queries {
        [] => String::new(),
        [one] => format!("; {}", answered(one)),
        many => format!("; {} queries, first: {}", many.len(), answered(&many[0])),
    };
    let what = format!("{} clause{}", program.clauses.len(), if program.clauses.len() == 1 { "" } else { "s" });
    match report.verdict {
        Verdict::Valid => format!("{what} read and evaluated, {}{q}", report.counts_phrase()),
        Verdict::Invalid => format!("{what}: {}{q}", report.counts_phrase()),
        Verdict::Error => format!("the rule set cannot be fully read: {}{q}", report.counts_phrase()),
        Verdict::Unknown => format!("evaluation stopped at a budget: {}{q}", report.counts_phrase()),
    }
}
