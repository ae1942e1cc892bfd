//! The name-resolving walk over formulas, effects, expressions and the initial state.

use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{undefined, with_suggestion};
use crate::limits::Ctx;
use crate::pddl::ast::*;
use crate::pddl::index::{declared_types, DomainIndex};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// Where the walk happens: in the domain (names are constants, `?x` are parameters) or in a
/// problem (names are objects or constants).
pub enum Scope<'a> {
    Domain,
    Problem(&'a Problem),
}

/// Features used by the files, with the first place each was used, for the requirement lint.
#[derive(Debug, Default, Clone)]
pub struct Features {
    first_use: Vec<(Requirement, Span, bool)>,
    in_problem: bool,
}

impl Features {
    pub fn note(&mut self, req: Requirement, span: Span) {
        if !self.first_use.iter().any(|(r, _, _)| *r == req) {
            self.first_use.push((req, span, self.in_problem));
        }
    }

    pub fn merge(&mut self, other: &Features) {
        for &(r, s, p) in &other.first_use {
            if !self.first_use.iter().any(|(q, _, _)| *q == r) {
                self.first_use.push((r, s, p));
            }
        }
    }

    pub fn uses(&self) -> impl Iterator<Item = (Requirement, Span, bool)> + '_ {
        self.first_use.iter().copied()
    }
}

/// Whether a used feature is covered by the declared requirements.
pub fn satisfied(used: Requirement, declared: &FxHashSet<Requirement>) -> bool {
    declared.contains(&used)
        || match used {
            Requirement::ActionCosts => declared.contains(&Requirement::NumericFluents),
            // Either flag enables numeric expressions in practice.
            Requirement::NumericFluents => declared.contains(&Requirement::Fluents),
            _ => false,
        }
}

pub fn note_duration_features(f: &Formula, features: &mut Features) {
    match f {
        Formula::Compare(op, _, _, s) if *op != CmpOp::Eq => features.note(Requirement::DurationInequalities, *s),
        Formula::And(parts, _) => parts.iter().for_each(|p| note_duration_features(p, features)),
        Formula::Timed(_, inner, _) => note_duration_features(inner, features),
        _ => {}
    }
}

/// Every predicate an effect adds or deletes.
pub fn effect_predicates(e: &Effect, out: &mut FxHashSet<Sym>) {
    match e {
        Effect::And(parts, _) => parts.iter().for_each(|p| effect_predicates(p, out)),
        Effect::Add(a) | Effect::Del(a, _) => {
            out.insert(a.pred.sym);
        }
        Effect::Forall(_, b, _) | Effect::When(_, b, _) | Effect::Timed(_, b, _) => effect_predicates(b, out),
        Effect::Numeric(..) => {}
    }
}

/// Functions that only make sense under `:action-costs`: `total-cost` and every function used in
/// the amount of an `(increase (total-cost) …)` effect (static costs such as `(road-length ?a ?b)`).
/// Their values in `:init` need `:action-costs`, not `:numeric-fluents`.
pub fn cost_functions(dom: &Domain, syms: &Symbols) -> FxHashSet<Sym> {
    fn in_expr(e: &NumExpr, out: &mut FxHashSet<Sym>) {
        match e {
            NumExpr::Fluent(a) => {
                out.insert(a.pred.sym);
            }
            NumExpr::Op(_, args, _) => args.iter().for_each(|a| in_expr(a, out)),
            NumExpr::Neg(a, _) => in_expr(a, out),
            _ => {}
        }
    }
    fn in_effect(e: &Effect, syms: &Symbols, out: &mut FxHashSet<Sym>) {
        match e {
            Effect::And(parts, _) => parts.iter().for_each(|p| in_effect(p, syms, out)),
            Effect::Forall(_, b, _) | Effect::When(_, b, _) | Effect::Timed(_, b, _) => in_effect(b, syms, out),
            Effect::Numeric(AssignOp::Increase, f, value, _) if syms.name(f.pred.sym) == "total-cost" => {
                out.insert(f.pred.sym);
                in_expr(value, out);
            }
            _ => {}
        }
    }
    let mut out = FxHashSet::default();
    if let Some(total_cost) = syms.get("total-cost") {
        out.insert(total_cost);
    }
    for a in &dom.actions {
        if let Some(e) = &a.effect {
            in_effect(e, syms, &mut out);
        }
    }
    out
}

/// The literals of a goal's top-level conjunction.
pub fn goal_literals<'f>(f: &'f Formula, positive: bool, out: &mut Vec<(&'f Atom, bool)>) {
    match f {
        Formula::Atom(a) => out.push((a, positive)),
        Formula::Not(inner, _) => goal_literals(inner, !positive, out),
        Formula::And(parts, _) if positive => parts.iter().for_each(|p| goal_literals(p, true, out)),
        _ => {}
    }
}

struct Var {
    sym: Sym,
    types: Rc<[Sym]>,
}

pub struct Walker<'a> {
    ctx: &'a Ctx,
    index: &'a DomainIndex,
    syms: &'a Symbols,
    dom: &'a Domain,
    dsrc: &'a SourceFile,
    src: &'a SourceFile,
    vars: Vec<Var>,
    /// Every object and constant with its types (shared, so lookups do not allocate).
    objects: FxHashMap<Sym, Rc<[Sym]>>,
    in_problem: bool,
    /// See [`cost_functions`]; filled for the problem's walk only.
    cost_functions: FxHashSet<Sym>,
    pub used_vars: FxHashSet<Sym>,
    pub used_predicates: FxHashSet<Sym>,
    pub mentioned_objects: FxHashSet<Sym>,
    pub features: Features,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Walker<'a> {
    pub fn new(
        ctx: &'a Ctx,
        index: &'a DomainIndex,
        syms: &'a Symbols,
        dom: &'a Domain,
        dsrc: &'a SourceFile,
        src: &'a SourceFile,
        scope: Scope<'a>,
    ) -> Walker<'a> {
        let mut objects = FxHashMap::default();
        for c in &dom.constants {
            objects.entry(c.name.sym).or_insert_with(|| declared_types(c, index.object).into());
        }
        let in_problem = matches!(scope, Scope::Problem(_));
        if let Scope::Problem(p) = scope {
            for o in &p.objects {
                objects.entry(o.name.sym).or_insert_with(|| declared_types(o, index.object).into());
            }
        }
        let features = Features { in_problem, ..Features::default() };
        let cost_functions = if in_problem { cost_functions(dom, syms) } else { FxHashSet::default() };
        Walker {
            ctx,
            index,
            syms,
            dom,
            dsrc,
            src,
            vars: Vec::new(),
            objects,
            in_problem,
            cost_functions,
            used_vars: FxHashSet::default(),
            used_predicates: FxHashSet::default(),
            mentioned_objects: FxHashSet::default(),
            features,
            diags: Vec::new(),
        }
    }

    pub fn push_vars(&mut self, vars: &[TypedName]) {
        for v in vars {
            if v.ty.is_some() {
                self.features.note(Requirement::Typing, v.name.span);
            }
            self.vars.push(Var { sym: v.name.sym, types: declared_types(v, self.index.object).into() });
        }
    }

    fn pop_vars(&mut self, n: usize) {
        let keep = self.vars.len().saturating_sub(n);
        self.vars.truncate(keep);
    }

    fn check_quantified_types(&mut self, vars: &[TypedName]) {
        for v in vars {
            if let Some(ty) = &v.ty {
                for n in ty.names() {
                    if !self.index.types.contains_key(&n.sym) {
                        let candidates: Vec<&str> = self.index.types.keys().map(|&s| self.syms.name(s)).collect();
                        let d = undefined(
                            self.ctx,
                            &codes::PDDL_UNDEFINED_TYPE,
                            self.src,
                            n.span,
                            "type",
                            candidates,
                            "declare it in `(:types …)`",
                        );
                        self.diags.push(d);
                    }
                }
            }
        }
    }

    /// The types of a term, or `None` (reported) when it is not declared.
    fn term(&mut self, t: &Term) -> Option<Rc<[Sym]>> {
        match t {
            Term::Var(n) => {
                if let Some(v) = self.vars.iter().rev().find(|v| v.sym == n.sym) {
                    self.used_vars.insert(n.sym);
                    return Some(Rc::clone(&v.types));
                }
                let candidates: Vec<&str> = self.vars.iter().map(|v| self.syms.name(v.sym)).collect();
                let text = self.src.slice(n.span).to_string();
                let otherwise = if self.in_problem {
                    "variables can only appear under a quantifier in a problem"
                } else {
                    "add it to the action's `:parameters`, or bind it with `forall`/`exists`"
                };
                let d = Diagnostic::new(
                    &codes::PDDL_UNDEFINED_VARIABLE,
                    format!("variable `{text}` is not bound by any parameter or quantifier"),
                )
                .at(self.src, n.span);
                self.diags.push(with_suggestion(self.ctx, d, self.src, n.span, &text, candidates, otherwise));
                None
            }
            Term::Const(n) => {
                if let Some(types) = self.objects.get(&n.sym) {
                    self.mentioned_objects.insert(n.sym);
                    return Some(types.clone());
                }
                let text = self.src.slice(n.span).to_string();
                let as_var = format!("?{}", self.syms.name(n.sym));
                if !self.in_problem && self.vars.iter().any(|v| self.syms.name(v.sym) == as_var) {
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_UNDEFINED_CONSTANT,
                            format!("`{text}` is not a declared constant"),
                        )
                        .at(self.src, n.span)
                        .help(format!("did you mean the variable `?{text}`?"))
                        .fix(Fix::new(format!("write `?{text}`")).edit(
                            self.src,
                            n.span.at_start(),
                            "?",
                        )),
                    );
                    return None;
                }
                let candidates: Vec<&str> = self.objects.keys().map(|&s| self.syms.name(s)).collect();
                let d = if self.in_problem {
                    undefined(
                        self.ctx,
                        &codes::PDDL_UNDEFINED_OBJECT,
                        self.src,
                        n.span,
                        "object",
                        candidates,
                        "declare it in `(:objects …)`",
                    )
                } else {
                    undefined(
                        self.ctx,
                        &codes::PDDL_UNDEFINED_CONSTANT,
                        self.src,
                        n.span,
                        "constant",
                        candidates,
                        "declare it in `(:constants …)`, or write it as a `?variable`",
                    )
                };
                self.diags.push(d);
                None
            }
        }
    }

    /// Check the arguments of an application against a declaration's parameters.
    fn arguments(&mut self, what: &str, atom: &Atom, params: &[TypedName], decl_span: Span, ground_only: bool) {
        let name = self.src.slice(atom.pred.span);
        if atom.args.len() != params.len() {
            let signature: Vec<&str> = params.iter().map(|p| self.dsrc.slice(p.name.span)).collect();
            self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_ARITY_MISMATCH,
                    format!(
                        "{what} `{name}` takes {} argument{}, found {}",
                        params.len(),
                        if params.len() == 1 { "" } else { "s" },
                        atom.args.len()
                    ),
                )
                .at(self.src, atom.span)
                .label(
                    self.dsrc,
                    decl_span,
                    format!(
                        "declared here as ({name}{}{})",
                        if signature.is_empty() { "" } else { " " },
                        signature.join(" ")
                    ),
                ),
            );
            for arg in &atom.args {
                let _ = self.term(arg);
            }
            return;
        }
        // (argument index, its types, index of its diagnostic) of every argument of the wrong type.
        let mut mismatches: Vec<(usize, Vec<Sym>, usize)> = Vec::new();
        for (k, (arg, param)) in atom.args.iter().zip(params).enumerate() {
            if ground_only {
                if let Term::Var(n) = arg {
                    self.variable_in_init(n);
                    continue;
                }
            }
            let Some(have) = self.term(arg) else { continue };
            if !self.index.typed {
                continue;
            }
            let want = declared_types(param, self.index.object);
            // An undeclared type is reported once where it is declared; do not cascade.
            if have.iter().chain(&want).any(|t| !self.index.types.contains_key(t)) {
                continue;
            }
            if !self.fits(arg, &have, &want) {
                let arg_text = self.src.slice(arg.span());
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_TYPE_MISMATCH,
                        format!(
                            "`{arg_text}` is {}, but {what} `{name}` expects {} here",
                            self.type_phrase(&have),
                            self.type_phrase(&want)
                        ),
                    )
                    .at(self.src, arg.span())
                    .label(self.dsrc, param.name.span, "parameter declared here"),
                );
                mismatches.push((k, have.to_vec(), self.diags.len() - 1));
            }
        }
        if let [(i, have_i, diag), (j, have_j, _)] = mismatches.as_slice() {
            self.suggest_swap(atom, params, (*i, have_i), (*j, have_j), *diag);
        }
    }

    fn fits(&self, arg: &Term, have: &[Sym], want: &[Sym]) -> bool {
        match arg {
            Term::Const(_) => self.index.object_fits(have, want),
            Term::Var(_) => self.index.types_overlap(have, want),
        }
    }

    /// "a `truck`", "an `airplane` or `truck`".
    fn type_phrase(&self, types: &[Sym]) -> String {
        let names: Vec<String> = types.iter().map(|&s| format!("`{}`", self.syms.name(s))).collect();
        let first = types.first().map_or("", |&s| self.syms.name(s));
        let article = if first.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
        format!("{article} {}", names.join(" or "))
    }

    /// Two arguments of the wrong type that would both fit if exchanged: say so, with the fix.
    fn suggest_swap(
        &mut self,
        atom: &Atom,
        params: &[TypedName],
        (i, have_i): (usize, &[Sym]),
        (j, have_j): (usize, &[Sym]),
        diag: usize,
    ) {
        let (arg_i, arg_j) = (&atom.args[i], &atom.args[j]);
        let want_i = declared_types(&params[i], self.index.object);
        let want_j = declared_types(&params[j], self.index.object);
        if !(self.fits(arg_i, have_i, &want_j) && self.fits(arg_j, have_j, &want_i)) {
            return;
        }
        let (text_i, text_j) = (self.src.slice(arg_i.span()), self.src.slice(arg_j.span()));
        let mut swapped: Vec<&str> = atom.args.iter().map(|a| self.src.slice(a.span())).collect();
        swapped.swap(i, j);
        let written = format!("({} {})", self.src.slice(atom.pred.span), swapped.join(" "));
        let fix = Fix::new(format!("write `{written}`")).edit(self.src, arg_i.span(), text_j).edit(
            self.src,
            arg_j.span(),
            text_i,
        );
        if let Some(d) = self.diags.get_mut(diag) {
            d.help = Some(format!("`{text_i}` and `{text_j}` look swapped: write `{written}`"));
            d.fixes.push(fix);
        }
    }

    /// A `?variable` in `:init`, which holds ground facts only.
    fn variable_in_init(&mut self, n: &Name) {
        let text = self.src.slice(n.span);
        let mut d = Diagnostic::new(
            &codes::PDDL_SYNTAX_ERROR,
            format!("the initial state holds ground facts; `{text}` is a variable"),
        )
        .at(self.src, n.span);
        let bare = text.trim_start_matches('?');
        match self.syms.get(bare).filter(|s| self.objects.contains_key(s)) {
            Some(sym) => {
                self.mentioned_objects.insert(sym);
                d = d.fix(Fix::new(format!("write the object `{bare}`")).edit(self.src, n.span, bare));
            }
            None => d = d.help("write an object name instead"),
        }
        self.diags.push(d);
    }

    fn predicate_atom(&mut self, atom: &Atom, ground_only: bool) {
        let p = atom.pred.sym;
        self.used_predicates.insert(p);
        if let Some(&i) = self.index.predicates.get(&p) {
            let decl = &self.dom.predicates[i];
            self.arguments("predicate", atom, &decl.params, decl.span, ground_only);
        } else if let Some(d) = self.index.derived.get(&p).and_then(|is| is.first()).map(|&i| &self.dom.derived[i]) {
            let params = d.params.clone();
            self.arguments("predicate", atom, &params, d.span, ground_only);
        } else {
            let candidates: Vec<&str> = self
                .dom
                .predicates
                .iter()
                .map(|d| d.name.sym)
                .chain(self.index.derived.keys().copied())
                .map(|s| self.syms.name(s))
                .collect();
            // The predicate it was probably meant to be is not "unused": that warning would only
            // repeat this error.
            let text = self.src.slice(atom.pred.span);
            if let Some(meant) =
                crate::suggest::closest(self.ctx, text, candidates.iter().copied()).and_then(|m| self.syms.get(m))
            {
                self.used_predicates.insert(meant);
            }
            let mut d = undefined(
                self.ctx,
                &codes::PDDL_UNDEFINED_PREDICATE,
                self.src,
                atom.pred.span,
                "predicate",
                candidates,
                "declare it in `(:predicates …)`",
            );
            // Names of another kind used as a predicate: say what they are.
            if d.fixes.is_empty() {
                let text = self.src.slice(atom.pred.span);
                if self.index.types.contains_key(&p) {
                    d.help = Some(format!(
                        "`{text}` is a type, not a predicate: typed PDDL states it with `- {text}` in the parameter or object list"
                    ));
                } else if self.index.actions.contains_key(&p) {
                    d.help = Some(format!(
                        "`{text}` is an action, not a predicate: conditions and goals name the facts an action makes true"
                    ));
                }
            }
            self.diags.push(d);
            for arg in &atom.args {
                let _ = self.term(arg);
            }
        }
    }

    fn function_atom(&mut self, atom: &Atom, ground_only: bool) {
        if let Some(&i) = self.index.functions.get(&atom.pred.sym) {
            let decl = &self.dom.functions[i];
            self.arguments("function", atom, &decl.params, decl.span, ground_only);
        } else {
            let candidates: Vec<&str> = self.dom.functions.iter().map(|f| self.syms.name(f.name.sym)).collect();
            let d = undefined(
                self.ctx,
                &codes::PDDL_UNDEFINED_FUNCTION,
                self.src,
                atom.pred.span,
                "function",
                candidates,
                "declare it in `(:functions …)`",
            );
            self.diags.push(d);
            for arg in &atom.args {
                let _ = self.term(arg);
            }
        }
    }

    pub fn formula(&mut self, f: &Formula) {
        match f {
            Formula::Atom(a) => self.predicate_atom(a, false),
            Formula::Equal(a, b, s) => {
                self.features.note(Requirement::Equality, *s);
                let _ = self.term(a);
                let _ = self.term(b);
            }
            Formula::Not(inner, s) => {
                if matches!(**inner, Formula::Atom(_)) {
                    self.features.note(Requirement::NegativePreconditions, *s);
                } else if !matches!(**inner, Formula::Equal(..)) {
                    self.features.note(Requirement::DisjunctivePreconditions, *s);
                }
                self.formula(inner);
            }
            Formula::And(parts, _) => parts.iter().for_each(|p| self.formula(p)),
            Formula::Or(parts, s) => {
                self.features.note(Requirement::DisjunctivePreconditions, *s);
                parts.iter().for_each(|p| self.formula(p));
            }
            Formula::Imply(a, b, s) => {
                self.features.note(Requirement::DisjunctivePreconditions, *s);
                self.formula(a);
                self.formula(b);
            }
            Formula::Exists(vars, body, s) | Formula::Forall(vars, body, s) => {
                let req = if matches!(f, Formula::Exists(..)) {
                    Requirement::ExistentialPreconditions
                } else {
                    Requirement::UniversalPreconditions
                };
                self.features.note(req, *s);
                self.check_quantified_types(vars);
                self.push_vars(vars);
                self.formula(body);
                self.pop_vars(vars.len());
            }
            Formula::Compare(_, a, b, s) => {
                self.features.note(Requirement::NumericFluents, *s);
                self.num_expr(a);
                self.num_expr(b);
            }
            Formula::Preference(_, body, s) => {
                self.features.note(Requirement::Preferences, *s);
                self.formula(body);
            }
            Formula::Timed(_, body, _) => self.formula(body),
            Formula::Modal(_, _, parts, s) => {
                self.features.note(Requirement::Constraints, *s);
                parts.iter().for_each(|p| self.formula(p));
            }
        }
    }

    pub fn effect(&mut self, e: &Effect) {
        match e {
            Effect::And(parts, _) => parts.iter().for_each(|p| self.effect(p)),
            Effect::Add(a) | Effect::Del(a, _) => self.predicate_atom(a, false),
            Effect::Forall(vars, body, s) => {
                self.features.note(Requirement::ConditionalEffects, *s);
                self.check_quantified_types(vars);
                self.push_vars(vars);
                self.effect(body);
                self.pop_vars(vars.len());
            }
            Effect::When(cond, body, s) => {
                self.features.note(Requirement::ConditionalEffects, *s);
                self.formula(cond);
                self.effect(body);
            }
            Effect::Numeric(op, fluent, value, s) => {
                let is_cost = self.syms.name(fluent.pred.sym) == "total-cost" && *op == AssignOp::Increase;
                self.features.note(if is_cost { Requirement::ActionCosts } else { Requirement::NumericFluents }, *s);
                self.function_atom(fluent, false);
                self.num_expr(value);
            }
            Effect::Timed(_, body, _) => self.effect(body),
        }
    }

    pub fn num_expr(&mut self, e: &NumExpr) {
        match e {
            NumExpr::Fluent(a) => self.function_atom(a, false),
            NumExpr::Op(_, args, _) => args.iter().for_each(|a| self.num_expr(a)),
            NumExpr::Neg(a, _) => self.num_expr(a),
            NumExpr::ContinuousTime(s) => self.features.note(Requirement::ContinuousEffects, *s),
            NumExpr::IsViolated(_, s) => self.features.note(Requirement::Preferences, *s),
            NumExpr::Number(..) | NumExpr::TotalTime(_) | NumExpr::Duration(_) => {}
        }
    }

    pub fn init(&mut self, init: &Init) {
        match init {
            Init::Atom(a) => {
                if !self.index.derived.contains_key(&a.pred.sym) {
                    self.predicate_atom(a, true);
                    return;
                }
                let text = self.src.slice(a.span);
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DERIVED_IN_INIT,
                        format!("`{text}` is a derived predicate; it cannot be set in `:init`"),
                    )
                    .at(self.src, a.span)
                    .help("derived facts follow from the other facts; list the facts it follows from instead")
                    .fix(Fix::new(format!("remove `{text}`")).edit(self.src, a.span, "")),
                );
                if self.index.predicates.contains_key(&a.pred.sym) {
                    self.predicate_atom(a, true);
                } else {
                    self.used_predicates.insert(a.pred.sym);
                }
            }
            Init::Not(a, _) => self.predicate_atom(a, true),
            Init::Assign(f, value, s) => {
                // Initial values of costs are part of `:action-costs`; any other value needs
                // numeric fluents.
                if self.cost_functions.contains(&f.pred.sym) {
                    self.features.note(Requirement::ActionCosts, *s);
                } else {
                    self.features.note(Requirement::NumericFluents, *s);
                }
                self.function_atom(f, true);
                if let InitValue::Object(o) = value {
                    let _ = self.term(&Term::Const(*o));
                }
            }
            Init::At(_, inner, s) => {
                self.features.note(Requirement::TimedInitialLiterals, *s);
                self.init(inner);
            }
        }
    }

    /// A derived predicate's head must agree with its declaration, if it has one.
    pub fn check_derived_head(&mut self, d: &Derived) {
        if let Some(&i) = self.index.predicates.get(&d.name.sym) {
            let decl = &self.dom.predicates[i];
            if decl.params.len() != d.params.len() {
                let name = self.src.slice(d.name.span);
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_ARITY_MISMATCH,
                        format!(
                            "derived predicate `{name}` has {} parameters, but is declared with {}",
                            d.params.len(),
                            decl.params.len()
                        ),
                    )
                    .at(self.src, d.name.span)
                    .label(self.dsrc, decl.span, "declared here"),
                );
            }
        }
    }
}
