//! Answers, proof trees, "why not", and expectations.
//!
//! A proof of a derived fact is found again after evaluation: every row remembers the round it
//! was derived in, and a fact of round `r` has a derivation whose premises all come from rounds
//! before `r` — so the search runs the rule's plan with the head bound and every relation cut
//! to its rows before `r`, which makes proofs well-founded (no cycles) without storing any
//! derivation during evaluation. "Why not" runs each rule for the goal with the head bound and
//! keeps the deepest point the join reached: the premises that held, and the first that did not
//! (recursively, a few levels, for a missing derived premise). Both are bounded in nodes.

use std::sync::Arc;

use serde_json::{json, Value};

use super::ast::{Atom, Dialect, Literal, PredKey, Program};
use super::compiled::{query_clause, CLit, Pat, Step, UNBOUND};
use super::eval::{query_vars, Engine};
use super::exec::{match_pat, Exec, Mode};
use super::values::{Id, Val};
use super::{logiclm, RulesOptions};
use crate::limits::Budget;
use crate::report::codes;
use crate::report::{Diagnostic, Report};
use crate::source::{SourceFile, Span};

/// Most proof-tree nodes per proof.
const PROOF_NODES: usize = 200;
/// Deepest why-not explanation.
const WHY_NOT_DEPTH: usize = 4;

/// One line of an expectation file.
#[derive(Clone, Debug)]
pub struct Expectation {
    pub atom: Atom,
    pub must_hold: bool,
    pub span: Span,
    pub src: Arc<SourceFile>,
}

/// Read an expectation file: `fact.` must hold, `\+ fact.` (or `not fact`) must not.
pub fn read_expectations(
    src: &Arc<SourceFile>,
    dialect: Dialect,
    budget: &Budget,
) -> (Vec<Expectation>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut ds = Vec::new();
    if dialect == Dialect::LogicLm {
        let mut offset = 0;
        for line in src.text().split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let body = line.split(":::").next().unwrap_or("").trim_end();
            let lead = body.len() - body.trim_start().len();
            let mut text = body.trim_start();
            if text.is_empty() || text.starts_with('%') || text.starts_with('#') {
                continue;
            }
            let mut must_hold = true;
            let mut at = start + lead;
            for p in ["\\+ ", "not ", "NOT "] {
                if let Some(rest) = text.strip_prefix(p) {
                    must_hold = false;
                    at += p.len();
                    text = rest;
                }
            }
            match logiclm::read_atom(src, text, at) {
                Ok(atom) => out.push(Expectation { span: atom.span, atom, must_hold, src: src.clone() }),
                Err(d) => ds.push(d),
            }
        }
        return (out, ds);
    }
    let read = super::parse::read_program(src, budget.max_depth);
    ds.extend(read.diagnostics);
    let mut lowerer = super::lower::Lowerer::new(src, Dialect::Prolog);
    for c in read.clauses {
        let (term, must_hold) = match &c.term.kind {
            super::ast::TermKind::Compound(op, args) if (op == "\\+" || op == "not") && args.len() == 1 => {
                (args[0].clone(), false)
            }
            _ => (c.term.clone(), true),
        };
        if let Some(atom) = lowerer.head(&term) {
            if atom.args.iter().all(|a| a.is_ground()) {
                out.push(Expectation { span: c.span, atom, must_hold, src: src.clone() });
            } else {
                ds.push(
                    Diagnostic::new(&codes::RULES_SYNTAX_ERROR, "an expectation must be a ground fact (no variables)")
                        .at(src, c.span),
                );
            }
        }
    }
    ds.extend(lowerer.diagnostics);
    (out, ds)
}

/// The text of a tuple of a relation, as the program would write it.
pub fn show_tuple(engine: &Engine, rel: usize, tuple: &[Id], plain: bool) -> String {
    let key = &engine.rel_keys[rel];
    if tuple.is_empty() {
        return key.name.clone();
    }
    let args: Vec<String> = tuple.iter().map(|&v| engine.values.show(v, plain)).collect();
    let mut name = String::new();
    if plain {
        name.push_str(&key.name);
    } else {
        let _ = super::ast::write_atom(&mut name, &key.name);
    }
    format!("{name}({})", args.join(", "))
}

fn show_pat(engine: &Engine, p: &Pat, regs: &[Id], plain: bool) -> String {
    match p {
        Pat::Slot(s) => match regs.get(*s as usize) {
            Some(&v) if v != UNBOUND => engine.values.show(v, plain),
            _ => "_".to_string(),
        },
        Pat::Const(id) => engine.values.show(*id, plain),
        Pat::Comp(f, args) => {
            let name = engine.values.show(*f, plain);
            let a: Vec<String> = args.iter().map(|x| show_pat(engine, x, regs, plain)).collect();
            if a.len() == 2 && matches!(name.as_str(), "+" | "-" | "*" | "/" | "//" | "mod") {
                format!("{} {name} {}", a[0], a[1])
            } else {
                format!("{name}({})", a.join(", "))
            }
        }
    }
}

fn show_lit(engine: &Engine, lit: &CLit, regs: &[Id], plain: bool) -> String {
    let atom = |rel: usize, args: &[Pat]| {
        let key = &engine.rel_keys[rel];
        if args.is_empty() {
            return key.name.clone();
        }
        let a: Vec<String> = args.iter().map(|x| show_pat(engine, x, regs, plain)).collect();
        format!("{}({})", key.name, a.join(", "))
    };
    match lit {
        CLit::Pos { rel, args } => atom(*rel, args),
        CLit::Neg { rel, args } => format!("\\+ {}", atom(*rel, args)),
        CLit::Builtin { op, left, right } => {
            format!("{} {} {}", show_pat(engine, left, regs, plain), op.as_str(), show_pat(engine, right, regs, plain))
        }
        CLit::Member { elem, list } => {
            format!("member({}, {})", show_pat(engine, elem, regs, plain), show_pat(engine, list, regs, plain))
        }
    }
}

/// The values of a literal's arguments under bindings (`None` when one is unbound or unknown).
fn lit_tuple(engine: &Engine, args: &[Pat], regs: &[Id]) -> Option<Vec<Id>> {
    args.iter().map(|p| pat_value(engine, p, regs)).collect()
}

fn pat_value(engine: &Engine, p: &Pat, regs: &[Id]) -> Option<Id> {
    match p {
        Pat::Slot(s) => regs.get(*s as usize).copied().filter(|&v| v != UNBOUND),
        Pat::Const(id) => Some(*id),
        Pat::Comp(f, args) => {
            let ids: Option<Vec<Id>> = args.iter().map(|a| pat_value(engine, a, regs)).collect();
            engine.values.lookup(&Val::Compound(*f, ids?.into()))
        }
    }
}

/// Bind a rule's head to a tuple; the slots it binds.
fn bind_head(engine: &Engine, rule: usize, tuple: &[Id]) -> Option<(Vec<Id>, Vec<u16>)> {
    let r = &engine.rules[rule];
    let mut regs = vec![UNBOUND; r.slot_names.len()];
    for (p, &v) in r.head.iter().zip(tuple) {
        if !match_pat(p, v, &mut regs, &engine.values) {
            return None;
        }
    }
    let bound = (0..regs.len()).filter(|&s| regs[s] != UNBOUND).map(|s| s as u16).collect();
    Some((regs, bound))
}

/// Where a clause is and what it says, for proofs and attempts.
fn clause_ref(program: &Program, src: &SourceFile, clause: usize) -> Value {
    match program.clauses.get(clause) {
        Some(c) => {
            let line = src.span_info(c.span).line;
            let text: String = src.slice(c.span).chars().take(300).collect();
            json!({"line": line, "clause": text.trim()})
        }
        None => json!({"clause": "query"}),
    }
}

/// A proof tree of a fact known to be in the model.
pub fn prove(
    engine: &mut Engine,
    program: &Program,
    src: &SourceFile,
    rel: usize,
    tuple: &[Id],
    nodes: &mut usize,
) -> Value {
    let plain = program.labelled;
    let fact = show_tuple(engine, rel, tuple, plain);
    *nodes += 1;
    if *nodes > PROOF_NODES {
        return json!({"fact": fact, "by": "truncated"});
    }
    let Some(row) = engine.rels[rel].find(tuple) else {
        return json!({"fact": fact, "by": "not derived"});
    };
    if let Some(&ci) = engine.fact_clause.get(&(rel, row as u32)) {
        let mut v = clause_ref(program, src, ci);
        v["fact"] = json!(fact);
        v["by"] = json!("fact");
        return v;
    }
    let round = engine.rels[rel].round_of(row);
    if round == 0 {
        return json!({"fact": fact, "by": "input"});
    }
    let rules: Vec<usize> = (0..engine.rules.len()).filter(|&i| engine.rules[i].head_rel == rel).collect();
    for ri in rules {
        let Some((regs, bound)) = bind_head(engine, ri, tuple) else { continue };
        let plan = engine.plan(ri, None, &bound, None);
        let ranges: Vec<(usize, usize)> = plan
            .steps
            .iter()
            .map(|s| match s {
                Step::Scan { rel, .. } => (0, engine.rels[*rel].rows_before(round)),
                _ => (0, usize::MAX),
            })
            .collect();
        let rule = engine.rules[ri].clone();
        let found = {
            let mut exec =
                Exec::new(&engine.rels, &mut engine.values, &plan.steps, &ranges, &rule.head, regs, Mode::Prove);
            exec.work_left = 1_000_000;
            exec.go();
            exec.capture.take()
        };
        let Some(regs) = found else { continue };
        let mut premises = Vec::new();
        for lit in &rule.body {
            match lit {
                CLit::Pos { rel: r, args } => match lit_tuple(engine, args, &regs) {
                    Some(t) => premises.push(prove(engine, program, src, *r, &t, nodes)),
                    None => premises.push(json!({"fact": show_lit(engine, lit, &regs, plain), "by": "unknown"})),
                },
                CLit::Neg { .. } => premises.push(json!({"fact": show_lit(engine, lit, &regs, plain), "by": "absent"})),
                _ => premises.push(json!({"fact": show_lit(engine, lit, &regs, plain), "by": "built-in"})),
            }
        }
        let mut v = clause_ref(program, src, rule.clause);
        v["fact"] = json!(fact);
        v["by"] = json!("rule");
        v["premises"] = Value::Array(premises);
        return v;
    }
    json!({"fact": fact, "by": "not found"})
}

/// The deepest attempt of one rule: satisfied premises, the first missing one, and the tuple
/// of the missing premise when it is a ground atom.
struct Attempt {
    rule: usize,
    satisfied: Vec<String>,
    missing: Option<String>,
    missing_atom: Option<(usize, Vec<Id>)>,
    score: (usize, usize),
}

fn attempt(engine: &mut Engine, ri: usize, head: Option<&[Id]>) -> Option<Attempt> {
    let plain_regs;
    let (regs, bound) = match head {
        Some(t) => bind_head(engine, ri, t)?,
        None => {
            plain_regs = vec![UNBOUND; engine.rules[ri].slot_names.len()];
            (plain_regs, Vec::new())
        }
    };
    let plan = engine.plan(ri, None, &bound, None);
    let ranges = vec![(0usize, usize::MAX); plan.steps.len()];
    let rule = engine.rules[ri].clone();
    let (k, deep_regs) = {
        let mut exec =
            Exec::new(&engine.rels, &mut engine.values, &plan.steps, &ranges, &rule.head, regs, Mode::WhyNot);
        exec.work_left = 1_000_000;
        exec.go();
        exec.deepest.clone()
    };
    let body_steps: Vec<&Step> = plan.steps.iter().collect();
    let satisfied: Vec<String> = body_steps[..k.min(body_steps.len())]
        .iter()
        .filter_map(|s| s.lit())
        .map(|li| show_lit(engine, &rule.body[li], &deep_regs, false))
        .collect();
    let (missing, missing_atom) = match body_steps.get(k).and_then(|s| s.lit()) {
        Some(li) => {
            let lit = &rule.body[li];
            let atom = match lit {
                CLit::Pos { rel, args } => lit_tuple(engine, args, &deep_regs).map(|t| (*rel, t)),
                _ => None,
            };
            (Some(show_lit(engine, lit, &deep_regs, false)), atom)
        }
        None => (None, None),
    };
    let total = plan.steps.len().max(1);
    Some(Attempt { rule: ri, satisfied, missing, missing_atom, score: (k * 1000 / total, k) })
}

/// Why a fact is not derived: the nearest attempts, recursively for a missing derived premise.
pub fn why_not(
    engine: &mut Engine,
    program: &Program,
    src: &SourceFile,
    rel: usize,
    tuple: &[Id],
    depth: usize,
) -> Value {
    let plain = program.labelled;
    let fact = show_tuple(engine, rel, tuple, plain);
    if engine.rels[rel].contains(tuple) {
        return json!({"fact": fact, "reason": "it is derived"});
    }
    let rules: Vec<usize> = (0..engine.rules.len()).filter(|&i| engine.rules[i].head_rel == rel).collect();
    let key = engine.rel_keys[rel].clone();
    if rules.is_empty() {
        let reason = if engine.rels[rel].is_empty() {
            format!("no fact or rule defines `{key}`")
        } else {
            format!("`{key}` has facts, but not this one, and no rule derives it")
        };
        return json!({"fact": fact, "reason": reason});
    }
    let mut attempts: Vec<Attempt> = rules.iter().filter_map(|&ri| attempt(engine, ri, Some(tuple))).collect();
    if attempts.is_empty() {
        return json!({"fact": fact, "reason": format!("no rule for `{key}` has a head that matches it")});
    }
    attempts.sort_by_key(|a| std::cmp::Reverse(a.score));
    attempts.truncate(3);
    let mut out = Vec::new();
    for (i, a) in attempts.into_iter().enumerate() {
        let mut v = clause_ref(program, src, engine.rules[a.rule].clause);
        v["satisfied"] = json!(a.satisfied);
        if let Some(m) = &a.missing {
            v["missing"] = json!(m);
        }
        if i == 0 && depth + 1 < WHY_NOT_DEPTH {
            if let Some((r, t)) = &a.missing_atom {
                if !engine.rules.iter().all(|x| x.head_rel != *r) || !engine.rels[*r].is_empty() {
                    v["why"] = why_not(engine, program, src, *r, t, depth + 1);
                } else {
                    v["why"] = json!({"fact": show_tuple(engine, *r, t, plain), "reason": format!("no fact or rule defines `{}`", engine.rel_keys[*r])});
                }
            }
        }
        out.push(v);
    }
    json!({"fact": fact, "attempts": out})
}

/// One line saying why a fact is missing, from a why-not value.
fn why_not_line(v: &Value) -> String {
    if let Some(r) = v.get("reason").and_then(Value::as_str) {
        return r.to_string();
    }
    let Some(a) = v.get("attempts").and_then(|a| a.get(0)) else { return String::new() };
    let line = a.get("line").and_then(Value::as_u64).map(|l| format!(" (line {l})")).unwrap_or_default();
    let held: Vec<&str> =
        a["satisfied"].as_array().map(|x| x.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let missing = a.get("missing").and_then(Value::as_str).unwrap_or("?");
    let mut s = format!("nearest attempt: the rule{line} needs `{missing}`");
    if !held.is_empty() {
        s.push_str(&format!(" (after `{}` held)", held.join("`, `")));
    }
    if let Some(w) = a.get("why") {
        let inner = why_not_line(w);
        if !inner.is_empty() {
            s.push_str(&format!("; `{missing}`: {inner}"));
        }
    }
    s
}

/// The answers of every query, as JSON.
pub fn answer_queries(engine: &mut Engine, program: &Program, opts: &RulesOptions, src: &SourceFile) -> Vec<Value> {
    let max_answers = if opts.max_answers == 0 { 100 } else { opts.max_answers };
    let mut out = Vec::new();
    for (qi, q) in program.queries.iter().enumerate() {
        let vars = query_vars(q);
        let key = PredKey { name: format!("$query{qi}"), arity: vars.len() };
        let Some(rel) = engine.rel_id(&key) else { continue };
        let skipped = engine.skipped.contains(&rel);
        let mut v = json!({"query": q.text, "file": q.file});
        if let Some(l) = &q.labelled {
            let result = labelled_result(engine, &l.atom, l.label);
            v["result"] = json!(if skipped { "unknown" } else { result.0 });
            if let Some((r, t)) = result.1 {
                let mut nodes = 0;
                v["proof"] = prove(engine, program, src, r, &t, &mut nodes);
            }
            if result.0 != "true" {
                if let Some((r, t)) = ground_atom(engine, &l.atom) {
                    v["why_not"] = why_not(engine, program, src, r, &t, 0);
                }
            }
            out.push(v);
            continue;
        }
        let n = engine.rels[rel].len();
        v["answer_count"] = json!(n);
        if skipped {
            v["note"] = json!("the query depends on predicates that are not evaluated (unstratifiable)");
        }
        let mut answers = Vec::new();
        for row in 0..n.min(max_answers) {
            let tuple = engine.rels[rel].row(row).to_vec();
            let mut bindings = serde_json::Map::new();
            for (name, &val) in vars.iter().zip(&tuple) {
                bindings.insert(name.clone(), json!(engine.values.show(val, false)));
            }
            let mut a = json!({"bindings": bindings});
            if opts.proofs {
                let mut nodes = 0;
                let mut p = prove(engine, program, src, rel, &tuple, &mut nodes);
                // The query itself is not a clause of the program: show its premises.
                if let Some(premises) = p.get_mut("premises").map(Value::take) {
                    p = premises;
                }
                a["proof"] = p;
            }
            answers.push(a);
        }
        if n > max_answers {
            v["truncated"] = json!(true);
        }
        v["answers"] = Value::Array(answers);
        if n == 0 && !skipped {
            let qrules: Vec<usize> =
                (0..engine.rules.len()).filter(|&i| engine.rules[i].clause == query_clause(qi)).collect();
            let mut best: Option<Attempt> = None;
            for ri in qrules {
                if let Some(a) = attempt(engine, ri, None) {
                    if best.as_ref().is_none_or(|b| a.score > b.score) {
                        best = Some(a);
                    }
                }
            }
            if let Some(a) = best {
                let mut w = json!({"satisfied": a.satisfied});
                if let Some(m) = &a.missing {
                    w["missing"] = json!(m);
                }
                if let Some((r, t)) = &a.missing_atom {
                    w["why"] = why_not(engine, program, src, *r, t, 1);
                }
                v["why_not"] = w;
            }
        }
        out.push(v);
    }
    out
}

/// A labelled query's result: `true` (derived as written), `false` (derived with the opposite
/// label), `unknown`; with the relation and tuple of the derived atom.
fn labelled_result(engine: &mut Engine, atom: &Atom, label: bool) -> (&'static str, Option<(usize, Vec<Id>)>) {
    let Some((rel, tuple)) = ground_atom(engine, atom) else { return ("unknown", None) };
    if engine.rels[rel].contains(&tuple) {
        return ("true", Some((rel, tuple)));
    }
    let mut flipped = tuple.clone();
    if let Some(last) = flipped.last_mut() {
        *last = engine.values.atom(if label { "False" } else { "True" });
    }
    if engine.rels[rel].contains(&flipped) {
        return ("false", Some((rel, flipped)));
    }
    ("unknown", None)
}

fn ground_atom(engine: &mut Engine, atom: &Atom) -> Option<(usize, Vec<Id>)> {
    if !atom.args.iter().all(|a| a.is_ground()) {
        return None;
    }
    let rel = engine.rel(&atom.key());
    let tuple = atom.args.iter().map(|a| engine.ground(a)).collect();
    Some((rel, tuple))
}

/// Check expectations; one diagnostic per unmet one. Returns the JSON detail.
pub fn check_expectations(
    engine: &mut Engine,
    program: &Program,
    exps: &[Expectation],
    report: &mut Report,
) -> Vec<Value> {
    let src = report.sources.first().cloned();
    let Some(src) = src else { return Vec::new() };
    let plain = program.labelled;
    let mut out = Vec::new();
    for e in exps {
        let Some((rel, tuple)) = ground_atom(engine, &e.atom) else { continue };
        let holds = engine.rels[rel].contains(&tuple);
        let fact = show_tuple(engine, rel, &tuple, plain);
        let met = holds == e.must_hold;
        let mut v = json!({"fact": fact, "must_hold": e.must_hold, "holds": holds, "met": met});
        if !met && e.must_hold {
            let w = why_not(engine, program, &src, rel, &tuple, 0);
            let line = why_not_line(&w);
            let mut d = Diagnostic::new(
                &codes::RULES_EXPECTED_FACT_MISSING,
                format!("`{fact}` must hold, but it is not derived"),
            )
            .at(&e.src, e.span);
            if !line.is_empty() {
                d = d.note(line);
            }
            if let Some(first) = w.get("attempts").and_then(|a| a.get(0)) {
                if let Some(c) = program
                    .clauses
                    .iter()
                    .find(|c| Some(src.span_info(c.span).line as u64) == first.get("line").and_then(Value::as_u64))
                {
                    d = d.label(&src, c.span, "nearest derivation attempt");
                }
            }
            report.push(d);
            v["why_not"] = w;
        } else if !met {
            let mut nodes = 0;
            let p = prove(engine, program, &src, rel, &tuple, &mut nodes);
            let mut d =
                Diagnostic::new(&codes::RULES_UNEXPECTED_FACT, format!("`{fact}` must not hold, but it is derived"))
                    .at(&e.src, e.span);
            if let Some(line) = p.get("line").and_then(Value::as_u64) {
                if let Some(c) = program.clauses.iter().find(|c| src.span_info(c.span).line as u64 == line) {
                    d = d.label(
                        &src,
                        c.span,
                        if p["by"] == "fact" { "stated as a fact here" } else { "derived by this rule" },
                    );
                }
            }
            if let Some(premises) = p.get("premises").and_then(Value::as_array) {
                let ps: Vec<&str> = premises.iter().filter_map(|x| x.get("fact").and_then(Value::as_str)).collect();
                d = d.note(format!("from {}", ps.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")));
            }
            report.push(d);
            v["proof"] = p;
        }
        out.push(v);
    }
    out
}

/// Built-in errors met during evaluation, at their literals.
pub fn evaluation_errors(engine: &Engine, program: &Program, src: &SourceFile) -> Vec<Diagnostic> {
    let mut ds = Vec::new();
    for e in &engine.errors {
        let rule = &engine.rules[e.rule];
        let span = match program.clauses.get(rule.clause) {
            Some(c) => c.body.get(e.lit).map(Literal::span).unwrap_or(c.span),
            None => continue,
        };
        ds.push(
            Diagnostic::new(&codes::RULES_EVALUATION_ERROR, e.message.clone())
                .at(src, span)
                .note("the literal fails for that binding"),
        );
        if ds.len() >= 20 {
            break;
        }
    }
    ds
}
