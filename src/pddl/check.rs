//! The domain and problem linter.
//!
//! Resolves every name of the AST against the declarations ([`DomainIndex`]) and reports what
//! does not fit: undefined names (with did-you-mean), arity and type mismatches, unbound
//! variables, duplicates, a type cycle, missing requirements, unused declarations, effects that
//! contradict themselves and goals that a static predicate makes impossible. It only reads the
//! AST; it never evaluates a plan.

mod walk;

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use rustc_hash::{FxHashMap, FxHashSet};

use super::ast::*;
use super::index::DomainIndex;
use crate::limits::Ctx;
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};
use crate::suggest::closest;
pub use walk::Features;
use walk::{Scope, Walker};

/// Everything the linter needs to know about the inputs.
pub struct Inputs<'a> {
    pub domain: &'a Domain,
    pub domain_src: &'a SourceFile,
    pub problem: Option<(&'a Problem, &'a SourceFile)>,
}

/// Lint a domain (and its problem). Returns the diagnostics in source order per file.
pub fn lint(ctx: &Ctx, inputs: &Inputs, index: &DomainIndex, syms: &Symbols) -> Vec<Diagnostic> {
    let mut linter = Linter {
        ctx,
        inputs,
        index,
        syms,
        diags: Vec::new(),
        features: Features::default(),
        reported_types: FxHashSet::default(),
        domain_complete: define_is_closed(inputs.domain_src, inputs.domain.span),
        problem_complete: inputs.problem.is_none_or(|(p, psrc)| define_is_closed(psrc, p.span)),
    };
    // `:typing` is first used by the `:types` section, before any typed parameter.
    if let Some(first_type) = inputs.domain.types.first() {
        linter.features.note(Requirement::Typing, first_type.name.span);
    }
    linter.domain_declarations();
    linter.type_cycles();
    let mut used = FxHashSet::default();
    linter.domain_bodies(&mut used);
    if let Some((problem, psrc)) = inputs.problem {
        linter.problem(problem, psrc, &mut used);
    }
    linter.unused_predicates(&used);
    linter.missing_requirements();
    linter.diags
}

struct Linter<'a> {
    ctx: &'a Ctx,
    inputs: &'a Inputs<'a>,
    index: &'a DomainIndex,
    syms: &'a Symbols,
    diags: Vec<Diagnostic>,
    features: Features,
    /// Where an undefined type was reported: `a b - t` names `t` once for two entries.
    reported_types: FxHashSet<(String, Span)>,
    /// Whether each file's `(define …)` is closed. When the input stops early (a truncated
    /// answer), what is missing may be exactly the use of a name, so the `unused-*` lints,
    /// which claim an absence, stay quiet.
    domain_complete: bool,
    problem_complete: bool,
}

impl<'a> Linter<'a> {
    fn name(&self, sym: Sym) -> &'a str {
        self.syms.name(sym)
    }

    fn dsrc(&self) -> &'a SourceFile {
        self.inputs.domain_src
    }

    /// Report a repeated declaration. `removal` is the text whose deletion removes it cleanly;
    /// without one (parameters, actions) renaming is as likely the fix as removing.
    fn duplicate(
        &mut self,
        src: &SourceFile,
        what: &str,
        name: Name,
        first: (&SourceFile, Span),
        removal: Option<Span>,
    ) {
        let text = src.slice(name.span).to_string();
        let mut d = Diagnostic::new(&codes::PDDL_DUPLICATE_DECLARATION, format!("{what} `{text}` is declared twice"))
            .at(src, name.span)
            .label(first.0, first.1, "first declared here");
        d = match removal {
            Some(span) => d.fix(Fix::new(format!("remove the second declaration of `{text}`")).edit(src, span, "")),
            None => d.help(format!("rename one of the two `{text}`, or remove one")),
        };
        self.diags.push(d);
    }

    fn check_type_names(&mut self, src: &SourceFile, ty: &Option<TypeRef>) {
        let Some(ty) = ty else { return };
        for n in ty.names() {
            let first_report = self.reported_types.insert((src.name().to_string(), n.span));
            if first_report && !self.index.types.contains_key(&n.sym) && n.sym != self.index.number {
                let text = src.slice(n.span).to_string();
                let candidates: Vec<&str> = self.index.types.keys().map(|&s| self.name(s)).collect();
                let mut d = Diagnostic::new(&codes::PDDL_UNDEFINED_TYPE, format!("type `{text}` is not declared"))
                    .at(src, n.span);
                let otherwise = if std::ptr::eq(src, self.dsrc()) {
                    "declare it in `(:types …)`"
                } else {
                    "declare it in the domain's `(:types …)`"
                };
                d = with_suggestion(self.ctx, d, src, n.span, &text, candidates, otherwise);
                self.diags.push(d);
            }
        }
    }

    /// Duplicates and undefined types among the declarations of the domain.
    fn domain_declarations(&mut self) {
        let dom = self.inputs.domain;
        let src = self.dsrc();
        let mut seen: FxHashMap<Sym, Span> = FxHashMap::default();
        for t in &dom.types {
            if t.name.sym == self.index.object {
                continue;
            }
            match seen.get(&t.name.sym) {
                // `(:types a b - c a - d)` repeats `a`: a real duplicate only if written twice.
                Some(&first) if first != t.name.span => {
                    let removal = typed_entry_removal(&dom.types, t);
                    self.duplicate(src, "type", t.name, (src, first), Some(removal))
                }
                _ => {
                    seen.insert(t.name.sym, t.name.span);
                }
            }
            self.check_parent_type(src, t);
        }
        self.unique(
            src,
            "constant",
            dom.constants.iter().map(|c| (c.name, Some(typed_entry_removal(&dom.constants, c)))),
        );
        for c in &dom.constants {
            self.check_type_names(src, &c.ty);
        }
        self.unique(src, "predicate", dom.predicates.iter().map(|p| (p.name, Some(p.span))));
        for p in &dom.predicates {
            self.unique(src, "parameter", p.params.iter().map(|v| (v.name, None)));
            for v in &p.params {
                self.check_type_names(src, &v.ty);
            }
        }
        self.unique(src, "function", dom.functions.iter().map(|f| (f.name, Some(f.span))));
        for f in &dom.functions {
            self.unique(src, "parameter", f.params.iter().map(|v| (v.name, None)));
            for v in &f.params {
                self.check_type_names(src, &v.ty);
            }
            if let Some(r) = f.result {
                if r.sym != self.index.number {
                    self.check_type_names(src, &Some(TypeRef::Name(r)));
                }
            }
        }
        self.unique(src, "action", dom.actions.iter().map(|a| (a.name, None)));
        for a in &dom.actions {
            self.unique(src, "parameter", a.params.iter().map(|v| (v.name, None)));
            for v in &a.params {
                self.check_type_names(src, &v.ty);
            }
        }
        for d in &dom.derived {
            for v in &d.params {
                self.check_type_names(src, &v.ty);
            }
        }
    }

    /// A parent type in `:types` need not be declared itself (it is then a subtype of `object`),
    /// but one that is only a misspelling of a declared type is reported as undefined.
    fn check_parent_type(&mut self, src: &SourceFile, t: &TypedName) {
        let Some(ty) = &t.ty else { return };
        let dom = self.inputs.domain;
        for n in ty.names() {
            let declared = n.sym == self.index.object || dom.types.iter().any(|d| d.name.sym == n.sym);
            if declared || !self.reported_types.insert((src.name().to_string(), n.span)) {
                continue;
            }
            let text = src.slice(n.span).to_string();
            let mut names: Vec<&str> = dom.types.iter().map(|d| self.name(d.name.sym)).collect();
            names.push("object");
            if let Some(best) = closest(self.ctx, &text, names) {
                self.diags.push(
                    Diagnostic::new(&codes::PDDL_UNDEFINED_TYPE, format!("type `{text}` is not declared"))
                        .at(src, n.span)
                        .help(format!("did you mean `{best}`?"))
                        .note(format!(
                            "a parent type need not be declared, but `{text}` looks like a misspelling of `{best}`"
                        ))
                        .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(src, n.span, best)),
                );
            }
        }
    }

    fn unique(&mut self, src: &SourceFile, what: &str, names: impl Iterator<Item = (Name, Option<Span>)>) {
        let mut seen: FxHashMap<Sym, Span> = FxHashMap::default();
        for (n, removal) in names {
            match seen.get(&n.sym) {
                Some(&first) => self.duplicate(src, what, n, (src, first), removal),
                None => {
                    seen.insert(n.sym, n.span);
                }
            }
        }
    }

    /// A cycle in the type hierarchy, found as a strongly connected component (petgraph).
    fn type_cycles(&mut self) {
        let mut graph: DiGraphMap<Sym, (), rustc_hash::FxBuildHasher> = DiGraphMap::default();
        for (&t, parents) in &self.index.types {
            graph.add_node(t);
            for &p in parents {
                graph.add_edge(t, p, ());
            }
        }
        let mut cycles: Vec<Vec<Sym>> =
            tarjan_scc(&graph).into_iter().filter(|c| c.len() > 1 || graph.contains_edge(c[0], c[0])).collect();
        for c in &mut cycles {
            c.sort_by_key(|s| self.index.type_spans.get(s).copied().unwrap_or_default());
        }
        cycles.sort_by_key(|c| self.index.type_spans.get(&c[0]).copied().unwrap_or_default());
        for cycle in cycles {
            let src = self.dsrc();
            let first = cycle[0];
            let span = self.index.type_spans.get(&first).copied().unwrap_or_default();
            let mut path: Vec<&str> = cycle.iter().map(|&s| self.name(s)).collect();
            path.push(self.name(first));
            let mut d = Diagnostic::new(
                &codes::PDDL_TYPE_CYCLE,
                format!("the type hierarchy has a cycle: {}", path.join(" - ")),
            )
            .at(src, span)
            .help("make one of these types a subtype of `object` (or of a type outside the cycle)");
            for &t in &cycle[1..] {
                if let Some(&s) = self.index.type_spans.get(&t) {
                    d = d.label(src, s, format!("`{}` is part of the cycle", self.name(t)));
                }
            }
            self.diags.push(d);
        }
    }

    fn domain_bodies(&mut self, used: &mut FxHashSet<Sym>) {
        let dom = self.inputs.domain;
        let src = self.dsrc();
        for action in &dom.actions {
            let mut walker = Walker::new(self.ctx, self.index, self.syms, dom, src, src, Scope::Domain);
            walker.push_vars(&action.params);
            if let Some(pre) = &action.precondition {
                walker.formula(pre);
            }
            if let Some(eff) = &action.effect {
                walker.effect(eff);
            }
            if let Some(dur) = &action.duration {
                walker.formula(dur);
            }
            if action.durative {
                walker.features.note(Requirement::DurativeActions, action.name.span);
                if let Some(dur) = &action.duration {
                    walk::note_duration_features(dur, &mut walker.features);
                }
            }
            let used_vars = walker.used_vars.clone();
            self.absorb(walker, used);
            for p in action.params.iter().filter(|_| self.domain_complete) {
                if !used_vars.contains(&p.name.sym) {
                    let text = src.slice(p.name.span);
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_UNUSED_PARAMETER,
                            format!("parameter `{text}` of action `{}` is never used", src.slice(action.name.span)),
                        )
                        .at(src, p.name.span)
                        .help("use it in the precondition or effect, or remove it"),
                    );
                }
            }
            if let Some(eff) = &action.effect {
                self.add_delete_conflicts(eff, src);
            }
        }
        for d in &dom.derived {
            let mut walker = Walker::new(self.ctx, self.index, self.syms, dom, src, src, Scope::Domain);
            walker.features.note(Requirement::DerivedPredicates, d.name.span);
            walker.check_derived_head(d);
            walker.push_vars(&d.params);
            walker.formula(&d.body);
            self.absorb(walker, used);
        }
        if let Some(c) = &dom.constraints {
            let mut walker = Walker::new(self.ctx, self.index, self.syms, dom, src, src, Scope::Domain);
            walker.features.note(Requirement::Constraints, c.span());
            walker.formula(c);
            self.absorb(walker, used);
            self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_NOT_YET_VERIFIED,
                    "the domain's `:constraints` are parsed and linted but not verified",
                )
                .at(src, c.span()),
            );
        }
    }

    fn absorb(&mut self, walker: Walker, used: &mut FxHashSet<Sym>) {
        used.extend(walker.used_predicates.iter().copied());
        self.features.merge(&walker.features);
        self.diags.extend(walker.diags);
    }

    /// Unconditional adds and deletes of the same atom in one effect.
    fn add_delete_conflicts(&mut self, effect: &Effect, src: &SourceFile) {
        fn collect<'e>(e: &'e Effect, adds: &mut Vec<&'e Atom>, dels: &mut Vec<&'e Atom>) {
            match e {
                Effect::And(parts, _) => parts.iter().for_each(|p| collect(p, adds, dels)),
                Effect::Add(a) => adds.push(a),
                Effect::Del(a, _) => dels.push(a),
                _ => {}
            }
        }
        let (mut adds, mut dels) = (Vec::new(), Vec::new());
        collect(effect, &mut adds, &mut dels);
        let key = |a: &Atom| (a.pred.sym, a.args.iter().map(|t| t.name().sym).collect::<Vec<_>>());
        for del in &dels {
            if let Some(add) = adds.iter().find(|a| key(a) == key(del)) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_ADD_DELETE_CONFLICT,
                        format!("the effect both adds and deletes `{}`", src.slice(add.span)),
                    )
                    .at(src, del.span)
                    .label(src, add.span, "also added here")
                    .note("deletes apply before adds, so the atom ends up true"),
                );
            }
        }
    }

    fn problem(&mut self, problem: &Problem, psrc: &SourceFile, used: &mut FxHashSet<Sym>) {
        let dom = self.inputs.domain;
        let dsrc = self.dsrc();
        if let (Some(pd), Some(dn)) = (problem.domain, dom.name) {
            if pd.sym != dn.sym {
                let want = dsrc.slice(dn.span).to_string();
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DOMAIN_NAME_MISMATCH,
                        format!("the problem is for domain `{}`, but the domain is `{want}`", psrc.slice(pd.span)),
                    )
                    .at(psrc, pd.span)
                    .label(dsrc, dn.span, "the domain's name")
                    .fix(Fix::new(format!("write `{want}`")).edit(psrc, pd.span, want.clone())),
                );
            }
        }
        // Objects: duplicates among themselves and with domain constants.
        let mut seen: FxHashMap<Sym, Span> = FxHashMap::default();
        for o in &problem.objects {
            if let Some(&ci) = self.index.constants.get(&o.name.sym) {
                let first = dom.constants[ci].name.span;
                self.duplicate(psrc, "object", o.name, (dsrc, first), Some(typed_entry_removal(&problem.objects, o)));
            } else if let Some(&first) = seen.get(&o.name.sym) {
                self.duplicate(psrc, "object", o.name, (psrc, first), Some(typed_entry_removal(&problem.objects, o)));
            } else {
                seen.insert(o.name.sym, o.name.span);
            }
            self.check_type_names(psrc, &o.ty);
        }
        let mut walker = Walker::new(self.ctx, self.index, self.syms, dom, dsrc, psrc, Scope::Problem(problem));
        for init in &problem.init {
            walker.init(init);
        }
        if let Some(goal) = &problem.goal {
            walker.formula(goal);
        }
        if let Some(m) = &problem.metric {
            walker.num_expr(&m.expr);
        }
        if let Some(c) = &problem.constraints {
            walker.features.note(Requirement::Constraints, c.span());
            walker.formula(c);
        }
        let mentioned = std::mem::take(&mut walker.mentioned_objects);
        self.absorb(walker, used);
        if let Some(c) = &problem.constraints {
            self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_NOT_YET_VERIFIED,
                    "the problem's `:constraints` are parsed and linted but not verified",
                )
                .at(psrc, c.span()),
            );
        }
        if let Some(goal) = &problem.goal {
            if let Some(span) = first_preference(goal) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_NOT_YET_VERIFIED,
                        "goal preferences are parsed but not verified; they do not affect validity",
                    )
                    .at(psrc, span),
                );
            }
        }
        for o in problem.objects.iter().filter(|_| self.problem_complete) {
            if !mentioned.contains(&o.name.sym) && seen.get(&o.name.sym) == Some(&o.name.span) {
                let text = psrc.slice(o.name.span);
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_UNUSED_OBJECT,
                        format!("object `{text}` appears in neither `:init` nor `:goal`"),
                    )
                    .at(psrc, o.name.span)
                    .help("describe it in `:init`, or remove it if it is a leftover"),
                );
            }
        }
        self.impossible_goals(problem, psrc);
    }

    /// Goal literals over static predicates that the initial state already decides against.
    fn impossible_goals(&mut self, problem: &Problem, psrc: &SourceFile) {
        let Some(goal) = &problem.goal else { return };
        let dom = self.inputs.domain;
        let mut changed: FxHashSet<Sym> = FxHashSet::default();
        for a in &dom.actions {
            if let Some(e) = &a.effect {
                walk::effect_predicates(e, &mut changed);
            }
        }
        let has_tils = problem.init.iter().any(|i| matches!(i, Init::At(..)));
        let mut literals = Vec::new();
        walk::goal_literals(goal, true, &mut literals);
        // Only goal literals over static, declared, non-derived predicates can be decided here.
        let is_static = |p: &Sym| {
            self.index.predicates.contains_key(p) && !changed.contains(p) && !self.index.derived.contains_key(p)
        };
        literals.retain(|(a, _)| is_static(&a.pred.sym));
        if literals.is_empty() || has_tils {
            return;
        }
        let wanted: FxHashSet<Sym> = literals.iter().map(|(a, _)| a.pred.sym).collect();
        let init: FxHashSet<(Sym, Vec<Sym>)> = problem
            .init
            .iter()
            .filter_map(|i| match i {
                Init::Atom(a) if wanted.contains(&a.pred.sym) => {
                    Some((a.pred.sym, a.args.iter().map(|t| t.name().sym).collect()))
                }
                _ => None,
            })
            .collect();
        let objects: FxHashSet<Sym> = problem.objects.iter().map(|o| o.name.sym).collect();
        for (atom, positive) in literals {
            let p = atom.pred.sym;
            // Variables, undeclared objects and wrong arities are reported elsewhere; whether
            // such a literal is reachable is not a separate mistake.
            let known = |t: &Term| match t {
                Term::Var(_) => false,
                Term::Const(n) => self.index.constants.contains_key(&n.sym) || objects.contains(&n.sym),
            };
            let arity = self.index.predicates.get(&p).map(|&i| dom.predicates[i].params.len());
            if !atom.args.iter().all(known) || arity != Some(atom.args.len()) {
                continue;
            }
            let key = (p, atom.args.iter().map(|t| t.name().sym).collect::<Vec<_>>());
            if init.contains(&key) != positive {
                let text = psrc.slice(atom.span);
                let msg = if positive {
                    format!("the goal needs `{text}`, which is false initially and no action can add it")
                } else {
                    format!("the goal needs `{text}` to be false, but it is true initially and no action can delete it")
                };
                self.diags.push(
                    Diagnostic::new(&codes::PDDL_IMPOSSIBLE_GOAL, msg)
                        .at(psrc, atom.span)
                        .note(format!("`{}` is static: no action's effect changes it", self.name(p)))
                        .help("correct the goal, or the initial state if the fact was meant to hold"),
                );
            }
        }
    }

    fn unused_predicates(&mut self, used: &FxHashSet<Sym>) {
        if !(self.domain_complete && self.problem_complete) {
            return;
        }
        let src = self.dsrc();
        for p in &self.inputs.domain.predicates {
            if !used.contains(&p.name.sym) && !self.index.derived.contains_key(&p.name.sym) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_UNUSED_PREDICATE,
                        format!("predicate `{}` is declared but never used", src.slice(p.name.span)),
                    )
                    .at(src, p.name.span)
                    .help("use it where it was meant to be used (a misspelling elsewhere?), or remove it"),
                );
            }
        }
    }

    fn missing_requirements(&mut self) {
        let dom = self.inputs.domain;
        let mut declared: FxHashSet<Requirement> = FxHashSet::default();
        let problem_reqs = self.inputs.problem.map(|(p, _)| p.requirements.as_slice()).unwrap_or(&[]);
        for r in dom.requirements.iter().chain(problem_reqs) {
            declared.extend(r.req.implied().iter().copied());
        }
        let src = self.dsrc();
        let last_req = dom.requirements.last().map(|r| r.span);
        for (req, span, in_problem) in self.features.uses() {
            if walk::satisfied(req, &declared) {
                continue;
            }
            let file = match (in_problem, self.inputs.problem) {
                (true, Some((_, psrc))) => psrc,
                _ => src,
            };
            let flag = req.keyword();
            let mut d = Diagnostic::new(
                &codes::PDDL_MISSING_REQUIREMENT,
                format!("this uses `{flag}`, which `:requirements` does not declare"),
            )
            .at(file, span);
            if let Some(last) = last_req {
                d = d.fix(Fix::new(format!("add `{flag}` to the domain's `:requirements`")).edit(
                    src,
                    Span::new(last.end as usize, last.end as usize),
                    format!(" {flag}"),
                ));
            } else {
                d = d.help(format!("add `(:requirements {flag})` to the domain"));
            }
            self.diags.push(d);
        }
    }
}

/// Whether the `(define …)` spanning `span` is closed by its own `)`. The reader closes an
/// unclosed list at the end of the input, so the span alone does not tell.
fn define_is_closed(src: &SourceFile, span: Span) -> bool {
    let text = src.slice(span);
    let mut depth = 0usize;
    let mut in_comment = false;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b'\n' => in_comment = false,
            _ if in_comment => {}
            b';' => in_comment = true,
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// The text to delete to remove one entry of a typed list: its name, and its `- type` too when
/// no other entry shares that type (`a - block b - block` → `a - block`, `a b - block` → `a - block`).
fn typed_entry_removal(list: &[TypedName], entry: &TypedName) -> Span {
    match &entry.ty {
        Some(ty)
            if !list
                .iter()
                .any(|o| o.name.span != entry.name.span && o.ty.as_ref().map(TypeRef::span) == Some(ty.span())) =>
        {
            entry.name.span.to(ty.span())
        }
        _ => entry.name.span,
    }
}

fn first_preference(f: &Formula) -> Option<Span> {
    match f {
        Formula::Preference(_, _, s) => Some(*s),
        Formula::And(parts, _) | Formula::Or(parts, _) => parts.iter().find_map(first_preference),
        Formula::Forall(_, b, _) | Formula::Exists(_, b, _) | Formula::Not(b, _) => first_preference(b),
        _ => None,
    }
}

/// Attach a did-you-mean (help and fix) when a near name exists, or a generic help otherwise.
pub(crate) fn with_suggestion<'c>(
    ctx: &Ctx,
    d: Diagnostic,
    src: &SourceFile,
    span: Span,
    text: &str,
    candidates: impl IntoIterator<Item = &'c str>,
    otherwise: &str,
) -> Diagnostic {
    match closest(ctx, text, candidates) {
        Some(best) => d
            .help(format!("did you mean `{best}`?"))
            .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(src, span, best)),
        None => d.help(otherwise.to_string()),
    }
}

/// An undefined-name diagnostic with a suggestion.
pub(crate) fn undefined<'c>(
    ctx: &Ctx,
    code: &Code,
    src: &SourceFile,
    span: Span,
    what: &str,
    candidates: impl IntoIterator<Item = &'c str>,
    otherwise: &str,
) -> Diagnostic {
    let text = src.slice(span).to_string();
    let d = Diagnostic::new(code, format!("{what} `{text}` is not declared")).at(src, span);
    with_suggestion(ctx, d, src, span, &text, candidates, otherwise)
}
