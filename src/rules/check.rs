//! Lints on a [`Program`]: names, arities, variables, the dependency graph.
//!
//! Reads the AST only (evaluation never runs here), except [`contradictions`], which reads the
//! evaluated model. The predicate dependency graph is a petgraph `DiGraphMap` over predicate
//! numbers, edges body → head marked negative for `\+`; its SCCs give unstratifiable cycles and
//! recursion without a base case. Names made by lowering (`$…`) are never reported.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use rustc_hash::{FxHashMap, FxHashSet};

use super::ast::{is_internal, BuiltinOp, Clause, Literal, Origin, PredKey, Program, Term};
use super::eval::Engine;
use super::logiclm::show;
use crate::limits::Ctx;
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// Every lint that needs only the program.
/// `roots`: predicates used from outside the program (expectations) besides its queries.
pub fn lint(ctx: &Ctx, program: &Program, src: &SourceFile, roots: &[PredKey]) -> Vec<Diagnostic> {
    let mut ds = Vec::new();
    let names = Names::new(program);
    if program.labelled {
        drift(ctx, program, &names, src, &mut ds);
    } else {
        undefined(ctx, program, &names, src, &mut ds);
    }
    arity_clashes(&names, src, &mut ds);
    for clause in &program.clauses {
        if clause.origin == Origin::Auxiliary {
            continue;
        }
        if !clause.body.is_empty() {
            unsafe_vars(clause, program.labelled, src, &mut ds);
        }
    }
    graph_lints(program, src, roots, &mut ds);
    duplicates(program, src, &mut ds);
    ds
}

/// Where each predicate is defined, called and declared.
struct Names {
    defined: BTreeMap<PredKey, Span>,
    called: BTreeMap<PredKey, Vec<Span>>,
    declared: BTreeMap<PredKey, Span>,
    dynamic: BTreeSet<PredKey>,
}

impl Names {
    fn new(program: &Program) -> Names {
        let mut n = Names {
            defined: BTreeMap::new(),
            called: BTreeMap::new(),
            declared: BTreeMap::new(),
            dynamic: BTreeSet::new(),
        };
        for c in &program.clauses {
            n.defined.entry(c.head.key()).or_insert(c.head.name_span);
            for l in &c.body {
                if let Some(a) = l.atom() {
                    n.called.entry(a.key()).or_default().push(a.name_span);
                }
            }
        }
        for q in &program.queries {
            for body in &q.bodies {
                for l in body {
                    if let Some(a) = l.atom() {
                        n.called.entry(a.key()).or_default().push(a.name_span);
                    }
                }
            }
        }
        for d in &program.declared {
            n.declared.entry(d.key.clone()).or_insert(d.span);
        }
        for d in &program.dynamic {
            n.dynamic.insert(d.key.clone());
        }
        n
    }

    fn known(&self) -> impl Iterator<Item = &PredKey> {
        self.defined.keys().chain(self.declared.keys()).filter(|k| !is_internal(&k.name))
    }
}

fn undefined(ctx: &Ctx, program: &Program, names: &Names, src: &SourceFile, ds: &mut Vec<Diagnostic>) {
    let _ = program;
    for (key, spans) in &names.called {
        if is_internal(&key.name) || names.defined.contains_key(key) || names.dynamic.contains(key) {
            continue;
        }
        // Defined with another arity: the arity lint says it better.
        if names.defined.keys().any(|k| k.name == key.name) {
            continue;
        }
        let candidates: Vec<&str> = names.known().filter(|k| k.arity == key.arity).map(|k| k.name.as_str()).collect();
        let mut d = Diagnostic::new(&codes::RULES_UNDEFINED_PREDICATE, format!("`{key}` is called but never defined"))
            .at(src, spans[0]);
        if spans.len() > 1 {
            d = d.note(format!("called {} times", spans.len()));
        }
        if let Some(best) = crate::suggest::closest(ctx, &key.name, candidates) {
            let fixed = best.to_string();
            let mut fix = Fix::new(format!("rename to `{fixed}`"));
            for s in spans {
                fix = fix.edit(src, *s, fixed.clone());
            }
            let defined_at = names.defined.get(&PredKey { name: fixed.clone(), arity: key.arity }).copied();
            d = d.help(format!("did you mean `{fixed}/{}`?", key.arity)).fix(fix);
            if let Some(at) = defined_at {
                d = d.label(src, at, format!("`{fixed}/{}` is defined here", key.arity));
            }
        } else {
            d = d.help(format!("define `{key}`, or declare it `:- dynamic {key}.` if it is meant to have no facts"));
        }
        ds.push(d);
    }
}

/// Labelled programs: names that drift from the declared ones (case, plural), and names used
/// but neither declared nor defined.
fn drift(ctx: &Ctx, program: &Program, names: &Names, src: &SourceFile, ds: &mut Vec<Diagnostic>) {
    let declared: Vec<&PredKey> = names.declared.keys().collect();
    let mut used: BTreeMap<PredKey, Vec<Span>> = BTreeMap::new();
    for c in &program.clauses {
        used.entry(c.head.key()).or_default().push(c.head.name_span);
    }
    for (k, spans) in &names.called {
        used.entry(k.clone()).or_default().extend(spans.iter().copied());
    }
    for (key, spans) in &used {
        if names.declared.contains_key(key) || is_internal(&key.name) {
            continue;
        }
        let variant = declared.iter().find(|d| d.arity == key.arity && drifts(&d.name, &key.name));
        if let Some(d) = variant {
            let kind = if d.name.eq_ignore_ascii_case(&key.name) { "case" } else { "a plural" };
            let mut fix = Fix::new(format!("rename to `{}`", d.name));
            for s in spans {
                fix = fix.edit(src, *s, d.name.clone());
            }
            let decl = names.declared[*d];
            ds.push(
                Diagnostic::new(
                    &codes::RULES_PREDICATE_DRIFT,
                    format!("`{}` differs from the declared `{}` only by {kind}", key.name, d.name),
                )
                .at(src, spans[0])
                .label(src, decl, "declared here")
                .note("they are different predicates: facts and rules on one are not seen by the other")
                .fix(fix),
            );
            continue;
        }
        if !names.defined.contains_key(key) && !declared.is_empty() {
            let candidates: Vec<&str> =
                declared.iter().filter(|k| k.arity == key.arity).map(|k| k.name.as_str()).collect();
            let mut d = Diagnostic::new(
                &codes::RULES_UNDECLARED_PREDICATE,
                format!("`{}` is used but neither declared in `Predicates:` nor given by a fact or rule", key.name),
            )
            .at(src, spans[0])
            .note("no atom of it can ever be derived, so every query through it is unknown");
            if let Some(best) = crate::suggest::closest(ctx, &key.name, candidates) {
                let best = best.to_string();
                let mut fix = Fix::new(format!("rename to `{best}`"));
                for s in spans {
                    fix = fix.edit(src, *s, best.clone());
                }
                d = d.help(format!("did you mean `{best}`?")).fix(fix);
            }
            ds.push(d);
        }
    }
}

/// Two names that differ only by case or by a plural ending.
fn drifts(declared: &str, used: &str) -> bool {
    if declared == used {
        return false;
    }
    let (a, b) = (declared.to_lowercase(), used.to_lowercase());
    if a == b {
        return true;
    }
    let singular = |s: &str| -> String {
        if let Some(x) = s.strip_suffix("es") {
            if x.ends_with('s') || x.ends_with('x') || x.ends_with("ch") || x.ends_with("sh") {
                return x.to_string();
            }
        }
        s.strip_suffix('s').unwrap_or(s).to_string()
    };
    singular(&a) == singular(&b) || singular(&a) == b || a == singular(&b)
}

fn arity_clashes(names: &Names, src: &SourceFile, ds: &mut Vec<Diagnostic>) {
    let mut by_name: BTreeMap<&str, Vec<(&PredKey, Span)>> = BTreeMap::new();
    for (k, s) in names.defined.iter().map(|(k, s)| (k, *s)).chain(names.called.iter().map(|(k, s)| (k, s[0]))) {
        if is_internal(&k.name) {
            continue;
        }
        let e = by_name.entry(&k.name).or_default();
        if !e.iter().any(|(x, _)| *x == k) {
            e.push((k, s));
        }
    }
    for (name, mut uses) in by_name {
        if uses.len() < 2 {
            continue;
        }
        // The first written use is the reference; every other arity is reported.
        uses.sort_by_key(|(_, s)| s.start);
        let (first, first_span) = uses[0];
        for (k, s) in &uses[1..] {
            ds.push(
                Diagnostic::new(
                    &codes::RULES_ARITY_CLASH,
                    format!(
                        "`{name}` is used with {} argument{} here and with {} elsewhere",
                        k.arity,
                        plural(k.arity),
                        first.arity
                    ),
                )
                .at(src, *s)
                .label(src, first_span, format!("`{first}` is here"))
                .note(format!("`{k}` and `{first}` are different predicates")),
            );
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn unsafe_vars(clause: &Clause, _labelled: bool, src: &SourceFile, ds: &mut Vec<Diagnostic>) {
    let mut bound: FxHashSet<&str> = FxHashSet::default();
    let mut grow = true;
    // Positive atoms bind; `is`, `=` and member bind once their inputs are bound (a fixpoint).
    while grow {
        grow = false;
        for l in &clause.body {
            let mut new = Vec::new();
            match l {
                Literal::Pos(a) => a.args.iter().for_each(|t| t.vars(&mut new)),
                Literal::Builtin { op: BuiltinOp::Is, left, right, .. } if vars_bound(right, &bound) => {
                    left.vars(&mut new)
                }
                Literal::Builtin { op: BuiltinOp::Unify, left, right, .. } => {
                    if vars_bound(right, &bound) {
                        left.vars(&mut new);
                    }
                    if vars_bound(left, &bound) {
                        right.vars(&mut new);
                    }
                }
                Literal::Member { elem, list, .. } if vars_bound(list, &bound) => elem.vars(&mut new),
                _ => {}
            }
            for (v, _) in new {
                grow |= bound.insert(v);
            }
        }
    }
    let mut reported: FxHashSet<&str> = FxHashSet::default();
    let mut head_vars = Vec::new();
    clause.head.args.iter().for_each(|t| t.vars(&mut head_vars));
    for (v, s) in head_vars {
        if !bound.contains(v) && reported.insert(v) {
            let shown = v.to_string();
            ds.push(
                Diagnostic::new(
                    &codes::RULES_UNSAFE_VARIABLE,
                    format!("the head variable `{shown}` is not bound by the body"),
                )
                .at(src, s)
                .note("the rule is evaluated with it ranging over every constant of the program")
                .help("bind it in a positive body atom, or put a constant in the head"),
            );
        }
    }
    for l in &clause.body {
        let (what, vars) = match l {
            Literal::Neg(_) => ("a negated atom", l),
            Literal::Builtin { op, .. } if !op.binds() => ("a comparison", l),
            _ => continue,
        };
        let mut vs = Vec::new();
        vars.vars(&mut vs);
        for (v, s) in vs {
            if !bound.contains(v) && !v.starts_with('_') && reported.insert(v) {
                ds.push(
                    Diagnostic::new(&codes::RULES_UNSAFE_VARIABLE, format!("the variable `{v}` occurs only in {what}"))
                        .at(src, s)
                        .note(if what == "a comparison" {
                            "a comparison on an unbound variable is an instantiation error in Prolog; here it fails"
                        } else {
                            "under negation as failure it means \"no value at all\", which is rarely what is meant"
                        })
                        .help("bind it in a positive body atom first"),
                );
            }
        }
    }
}

fn vars_bound(t: &Term, bound: &FxHashSet<&str>) -> bool {
    let mut vs = Vec::new();
    t.vars(&mut vs);
    vs.iter().all(|(v, _)| bound.contains(v))
}

/// The predicate dependency graph over predicate numbers (edges body → head, `true` = negative).
fn dependency_graph(program: &Program) -> (Vec<PredKey>, DiGraphMap<usize, bool, rustc_hash::FxBuildHasher>) {
    let mut ids: FxHashMap<PredKey, usize> = FxHashMap::default();
    let mut keys = Vec::new();
    let mut id = |k: PredKey, keys: &mut Vec<PredKey>| -> usize {
        *ids.entry(k.clone()).or_insert_with(|| {
            keys.push(k);
            keys.len() - 1
        })
    };
    let mut g = DiGraphMap::default();
    for c in &program.clauses {
        let h = id(c.head.key(), &mut keys);
        g.add_node(h);
        for l in &c.body {
            let (a, neg) = match l {
                Literal::Pos(a) => (a, false),
                Literal::Neg(a) => (a, true),
                _ => continue,
            };
            let b = id(a.key(), &mut keys);
            let old = g.edge_weight(b, h).copied().unwrap_or(false);
            g.add_edge(b, h, old || neg);
        }
    }
    (keys, g)
}

fn graph_lints(program: &Program, src: &SourceFile, roots: &[PredKey], ds: &mut Vec<Diagnostic>) {
    let (keys, g) = dependency_graph(program);
    let dynamic: FxHashSet<&PredKey> = program.dynamic.iter().map(|d| &d.key).collect();
    let show_key = |k: &PredKey| -> String {
        if is_internal(&k.name) {
            "(a negated conjunction)".to_string()
        } else {
            format!("`{k}`")
        }
    };
    for scc in tarjan_scc(&g) {
        let members: FxHashSet<usize> = scc.iter().copied().collect();
        let recursive = scc.len() > 1 || g.contains_edge(scc[0], scc[0]);
        if !recursive {
            continue;
        }
        // A negative edge inside: unstratifiable, with the cycle.
        let neg = scc
            .iter()
            .flat_map(|&b| g.edges(b))
            .find(|(b, h, neg)| **neg && members.contains(b) && members.contains(h));
        if let Some((b, h, _)) = neg {
            // h depends on \+ b. Edges run body → head, so a path h → x1 → … → b means
            // b depends on …, which depends on x1, which depends on h: read it backwards.
            let path = if b == h { Vec::new() } else { path_within(&g, &members, h, b).unwrap_or_default() };
            let mut chain: Vec<usize> = path.iter().rev().skip(1).copied().collect();
            chain.push(h);
            let mut text = format!("{} depends on the negation of {}", show_key(&keys[h]), show_key(&keys[b]));
            if b != h {
                let back: Vec<String> = chain.iter().map(|&n| show_key(&keys[n])).collect();
                text.push_str(&format!(", which depends on {}", back.join(", which depends on ")));
            }
            let cycle: Vec<String> = std::iter::once(keys[h].to_string())
                .chain(std::iter::once(format!("\\+ {}", keys[b])))
                .chain(if b == h { Vec::new() } else { chain.iter().map(|&n| keys[n].to_string()).collect() })
                .collect();
            let at = negative_use(program, &keys[h], &keys[b]).unwrap_or_default();
            ds.push(
                Diagnostic::new(&codes::RULES_UNSTRATIFIABLE, format!("negation through recursion: {text}"))
                    .at(src, at)
                    .note(format!("cycle: {}", cycle.join(" → ")))
                    .note("these predicates are not evaluated: the program has no stratified meaning"),
            );
            continue;
        }
        // No base case: every clause of the component calls the component.
        let has_base = program.clauses.iter().any(|c| {
            keys.iter().position(|k| *k == c.head.key()).is_some_and(|h| members.contains(&h))
                && !c.body.iter().any(|l| {
                    l.atom()
                        .is_some_and(|a| keys.iter().position(|k| *k == a.key()).is_some_and(|x| members.contains(&x)))
                })
        });
        let external = scc.iter().any(|&n| dynamic.contains(&keys[n]));
        if !has_base && !external {
            let mut names: Vec<String> =
                scc.iter().filter(|&&n| !is_internal(&keys[n].name)).map(|&n| format!("`{}`", keys[n])).collect();
            names.sort();
            let first = program
                .clauses
                .iter()
                .find(|c| keys.iter().position(|k| *k == c.head.key()).is_some_and(|h| members.contains(&h)));
            if let Some(c) = first {
                ds.push(
                    Diagnostic::new(
                        &codes::RULES_NO_BASE_CASE,
                        format!(
                            "{} {} recursive with no base case",
                            names.join(", "),
                            if names.len() == 1 { "is" } else { "are" }
                        ),
                    )
                    .at(src, c.head.span)
                    .note("every rule calls the predicate again and no fact starts it, so it derives nothing")
                    .help("add a fact or a non-recursive rule for it"),
                );
            }
        }
    }
    unreachable(program, &keys, &g, roots, src, ds);
}

/// A path from `from` to `to` inside a component (BFS), as nodes after `from`.
fn path_within(
    g: &DiGraphMap<usize, bool, rustc_hash::FxBuildHasher>,
    members: &FxHashSet<usize>,
    from: usize,
    to: usize,
) -> Option<Vec<usize>> {
    if from == to {
        return Some(Vec::new());
    }
    let mut prev: FxHashMap<usize, usize> = FxHashMap::default();
    let mut queue = std::collections::VecDeque::from([from]);
    while let Some(n) = queue.pop_front() {
        for m in g.neighbors(n) {
            if !members.contains(&m) || prev.contains_key(&m) || m == from {
                continue;
            }
            prev.insert(m, n);
            if m == to {
                let mut path = vec![to];
                let mut cur = to;
                while let Some(&p) = prev.get(&cur) {
                    if p == from {
                        break;
                    }
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                // path: from → … → to, without `from`; return reversed order of dependency.
                return Some(path);
            }
            queue.push_back(m);
        }
    }
    None
}

fn negative_use(program: &Program, head: &PredKey, body: &PredKey) -> Option<Span> {
    program.clauses.iter().filter(|c| c.head.key() == *head).flat_map(|c| &c.body).find_map(|l| match l {
        Literal::Neg(a) if a.key() == *body => Some(a.span),
        _ => None,
    })
}

fn unreachable(
    program: &Program,
    keys: &[PredKey],
    g: &DiGraphMap<usize, bool, rustc_hash::FxBuildHasher>,
    roots: &[PredKey],
    src: &SourceFile,
    ds: &mut Vec<Diagnostic>,
) {
    if program.queries.is_empty() && roots.is_empty() {
        return;
    }
    let mut seen: FxHashSet<usize> = FxHashSet::default();
    let mut stack: Vec<usize> = roots.iter().filter_map(|r| keys.iter().position(|k| k == r)).collect();
    for q in &program.queries {
        for body in &q.bodies {
            for l in body {
                if let Some(a) = l.atom() {
                    if let Some(i) = keys.iter().position(|k| *k == a.key()) {
                        stack.push(i);
                    }
                }
            }
        }
    }
    while let Some(n) = stack.pop() {
        if seen.insert(n) {
            stack.extend(g.neighbors_directed(n, petgraph::Direction::Incoming));
        }
    }
    let mut reported: FxHashSet<PredKey> = FxHashSet::default();
    for c in &program.clauses {
        if c.body.is_empty() || c.origin == Origin::Auxiliary || is_internal(&c.head.pred) {
            continue;
        }
        let k = c.head.key();
        let Some(i) = keys.iter().position(|x| *x == k) else { continue };
        if !seen.contains(&i) && reported.insert(k.clone()) {
            let count = program.clauses.iter().filter(|d| d.head.key() == k && !d.body.is_empty()).count();
            let shown = if program.labelled { c.head.pred.clone() } else { k.to_string() };
            ds.push(
                Diagnostic::new(
                    &codes::RULES_UNREACHABLE_RULE,
                    format!(
                        "no query uses `{shown}`: {} rule{} for it {} never used",
                        count,
                        plural(count),
                        if count == 1 { "is" } else { "are" }
                    ),
                )
                .at(src, c.head.span),
            );
        }
    }
}

fn duplicates(program: &Program, src: &SourceFile, ds: &mut Vec<Diagnostic>) {
    let mut seen: FxHashMap<String, Span> = FxHashMap::default();
    let mut last_span = None;
    for c in &program.clauses {
        if c.origin != Origin::Written || last_span == Some(c.span) {
            continue;
        }
        last_span = Some(c.span);
        let key = normalised(c);
        match seen.get(&key) {
            Some(first) => {
                let text = src.text();
                let mut end = c.span.end as usize;
                // Delete the clause with its `.` and the line break after it.
                if text[end..].starts_with('.') {
                    end += 1;
                }
                if let Some(nl) = text[end..].find('\n') {
                    if text[end..end + nl].trim().is_empty() || text[end..end + nl].trim_start().starts_with(":::") {
                        end += nl + 1;
                    }
                }
                let whole = Span::new(c.span.start as usize, end);
                let shown = if program.labelled { show(&c.head) } else { c.head.to_string() };
                ds.push(
                    Diagnostic::new(
                        &codes::RULES_DUPLICATE_CLAUSE,
                        format!("this clause for `{shown}` repeats an earlier one"),
                    )
                    .at(src, c.span)
                    .label(src, *first, "first written here")
                    .fix(Fix::new("delete the repeated clause").edit(src, whole, "")),
                );
            }
            None => {
                seen.insert(key, c.span);
            }
        }
    }
}

/// A clause's text with variables renamed by first occurrence.
fn normalised(c: &Clause) -> String {
    let mut occ = Vec::new();
    c.head.args.iter().for_each(|t| t.vars(&mut occ));
    c.body.iter().for_each(|l| l.vars(&mut occ));
    let mut names: FxHashMap<&str, usize> = FxHashMap::default();
    for (v, _) in &occ {
        let n = names.len();
        names.entry(v).or_insert(n);
    }
    let mut s = c.to_string();
    // Rename longest names first so `X1` is not changed through `X`.
    let mut vs: Vec<(&&str, &usize)> = names.iter().collect();
    vs.sort_by_key(|(v, _)| std::cmp::Reverse(v.len()));
    for (v, n) in vs {
        s = replace_var(&s, v, &format!("_V{n}"));
    }
    s
}

fn replace_var(s: &str, var: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(var) {
            let before_ok =
                i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'$');
            let after = i + var.len();
            let after_ok = after >= s.len() || !(bytes[after].is_ascii_alphanumeric() || bytes[after] == b'_');
            if before_ok && after_ok {
                out.push_str(with);
                i = after;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Labelled programs: atoms derived both `True` and `False`.
pub fn contradictions(engine: &Engine, program: &Program, src: &SourceFile) -> Vec<Diagnostic> {
    let mut ds = Vec::new();
    let (Some(t), Some(f)) = (
        engine.values.lookup(&super::values::Val::Atom("True".into())),
        engine.values.lookup(&super::values::Val::Atom("False".into())),
    ) else {
        return ds;
    };
    for (r, key) in engine.rel_keys.iter().enumerate() {
        if key.arity == 0 || is_internal(&key.name) {
            continue;
        }
        let rel = &engine.rels[r];
        for row in 0..rel.len() {
            let tuple = rel.row(row);
            if tuple[key.arity - 1] != t {
                continue;
            }
            let mut flipped = tuple.to_vec();
            flipped[key.arity - 1] = f;
            if rel.contains(&flipped) {
                let args: Vec<String> = tuple[..key.arity - 1].iter().map(|&v| engine.values.show(v, true)).collect();
                let atom = format!("{}({}", key.name, args.join(", "));
                let at = program
                    .clauses
                    .iter()
                    .find(|c| {
                        c.head.key() == *key && c.head.args.last().is_some_and(|a| a.to_string().contains("False"))
                    })
                    .map(|c| c.span);
                let mut d = Diagnostic::new(
                    &codes::RULES_CONTRADICTION,
                    format!("`{atom}, True)` and `{atom}, False)` are both derived"),
                );
                d = match at {
                    Some(s) => d.at(src, s).note("this clause derives the `False` side; see the proofs with --proofs"),
                    None => d.in_file(src),
                };
                ds.push(d);
                if ds.len() >= 10 {
                    return ds;
                }
            }
        }
    }
    ds
}
