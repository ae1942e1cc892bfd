//! Compilation: AST → compiled forms against a [`World`]. Every name is resolved once:
//! variables become slots (parameters first, then quantified variables by depth), constants
//! object ids, predicates and functions ids; a name that is not declared compiles to something
//! that matches nothing (the linter has reported it). Durative actions are split into their
//! timed parts.

use super::compiled::*;
use crate::pddl::ast::*;
use crate::pddl::index::{declared_types, DomainIndex};
use crate::pddl::state::World;
use crate::source::Span;

/// Turns AST into compiled forms.
pub struct Compiler<'a> {
    pub world: &'a World,
    pub index: &'a DomainIndex,
    pub syms: &'a Symbols,
    scope: Vec<Sym>,
    pub(crate) max_slots: usize,
}

impl<'a> Compiler<'a> {
    pub fn new(world: &'a World, index: &'a DomainIndex, syms: &'a Symbols) -> Compiler<'a> {
        Compiler { world, index, syms, scope: Vec::new(), max_slots: 0 }
    }

    pub(crate) fn reset(&mut self, params: &[TypedName]) {
        self.scope = params.iter().map(|p| p.name.sym).collect();
        self.max_slots = self.scope.len();
    }

    pub(crate) fn push(&mut self, vars: &[TypedName]) -> Vec<QVar> {
        let mut out = Vec::with_capacity(vars.len());
        for v in vars {
            let slot = self.scope.len() as u16;
            self.scope.push(v.name.sym);
            let domain = self.world.domain_of(&declared_types(v, self.index.object));
            out.push(QVar { slot, name: v.name.sym, domain });
        }
        self.max_slots = self.max_slots.max(self.scope.len());
        out
    }

    pub(crate) fn pop(&mut self, n: usize) {
        let keep = self.scope.len().saturating_sub(n);
        self.scope.truncate(keep);
    }

    fn term(&self, t: &Term) -> CTerm {
        match t {
            Term::Var(n) => match self.scope.iter().rposition(|&s| s == n.sym) {
                Some(i) => CTerm::Slot(i as u16, n.sym),
                None => CTerm::Missing(n.sym),
            },
            Term::Const(n) => match self.world.object_ids.get(&n.sym) {
                Some(&o) => CTerm::Obj(o),
                None => CTerm::Missing(n.sym),
            },
        }
    }

    fn terms(&self, ts: &[Term]) -> Box<[CTerm]> {
        ts.iter().map(|t| self.term(t)).collect()
    }

    pub fn formula(&mut self, f: &Formula) -> CFormula {
        match f {
            Formula::Atom(a) => match self.world.pred_ids.get(&a.pred.sym) {
                Some(&pred) => CFormula::Atom {
                    pred,
                    name: a.pred.sym,
                    args: self.terms(&a.args),
                    derived: self.index.derived.contains_key(&a.pred.sym),
                    span: a.span,
                },
                // Undeclared predicate (reported by the linter): never true.
                None => CFormula::Not(Box::new(CFormula::True), a.span),
            },
            Formula::Equal(a, b, s) => CFormula::Eq(self.term(a), self.term(b), *s),
            Formula::Not(inner, s) => CFormula::Not(Box::new(self.formula(inner)), *s),
            Formula::And(parts, s) => CFormula::And(parts.iter().map(|p| self.formula(p)).collect(), *s),
            Formula::Or(parts, s) => CFormula::Or(parts.iter().map(|p| self.formula(p)).collect(), *s),
            Formula::Imply(a, b, s) => CFormula::Imply(Box::new(self.formula(a)), Box::new(self.formula(b)), *s),
            Formula::Exists(vars, body, s) | Formula::Forall(vars, body, s) => {
                let qvars = self.push(vars);
                let body = self.formula(body);
                self.pop(vars.len());
                CFormula::Quant {
                    forall: matches!(f, Formula::Forall(..)),
                    vars: qvars,
                    body: Box::new(body),
                    span: *s,
                }
            }
            Formula::Compare(op, a, b, s) => CFormula::Cmp(*op, self.num(a), self.num(b), *s),
            // Preferences are soft: they never make a plan invalid.
            Formula::Preference(..) => CFormula::True,
            Formula::Timed(_, inner, _) => self.formula(inner),
            Formula::Modal(..) => CFormula::True,
        }
    }

    pub fn num(&mut self, e: &NumExpr) -> CNum {
        match e {
            NumExpr::Number(n, _) => CNum::Const(*n),
            NumExpr::Fluent(a) => CNum::Fluent {
                func: self.world.func_ids.get(&a.pred.sym).copied().unwrap_or(u32::MAX),
                name: a.pred.sym,
                args: self.terms(&a.args),
                span: a.span,
            },
            NumExpr::Op(op, args, _) => CNum::Op(*op, args.iter().map(|a| self.num(a)).collect()),
            NumExpr::Neg(a, _) => CNum::Neg(Box::new(self.num(a))),
            NumExpr::TotalTime(_) => CNum::TotalTime,
            NumExpr::Duration(_) => CNum::Duration,
            NumExpr::IsViolated(n, _) => CNum::IsViolated(n.sym),
            NumExpr::ContinuousTime(_) => CNum::Zero,
        }
    }

    pub fn effect(&mut self, e: &Effect, out: &mut Vec<CEffect>) {
        match e {
            Effect::And(parts, _) => parts.iter().for_each(|p| self.effect(p, out)),
            Effect::Add(a) | Effect::Del(a, _) => {
                let Some(&pred) = self.world.pred_ids.get(&a.pred.sym) else { return };
                let args = self.terms(&a.args);
                out.push(if matches!(e, Effect::Add(_)) {
                    CEffect::Add { pred, args }
                } else {
                    CEffect::Del { pred, args }
                });
            }
            Effect::Forall(vars, body, _) => {
                let qvars = self.push(vars);
                let mut inner = Vec::new();
                self.effect(body, &mut inner);
                self.pop(vars.len());
                out.push(CEffect::Forall { vars: qvars, body: inner });
            }
            Effect::When(cond, body, _) => {
                let cond = self.formula(cond);
                let mut inner = Vec::new();
                self.effect(body, &mut inner);
                out.push(CEffect::When { cond, body: inner });
            }
            Effect::Numeric(op, f, value, s) => {
                let func = self.world.func_ids.get(&f.pred.sym).copied().unwrap_or(u32::MAX);
                let args = self.terms(&f.args);
                let value = self.num(value);
                out.push(CEffect::Num { op: *op, func, name: f.pred.sym, args, value, span: *s });
            }
            Effect::Timed(_, body, _) => self.effect(body, out),
        }
    }

    pub fn action(&mut self, decl: usize, a: &Action) -> CAction {
        self.reset(&a.params);
        let pre = a.precondition.as_ref().map_or(CFormula::True, |p| self.formula(p));
        let mut effects = Vec::new();
        if let Some(e) = &a.effect {
            self.effect(e, &mut effects);
        }
        let params = a.params.iter().map(|p| (p.name.sym, declared_types(p, self.index.object))).collect();
        CAction { name: a.name.sym, decl, params, pre, effects, slots: self.max_slots }
    }

    /// A durative action: its [`CAction`] (for advice) and its timed parts.
    pub fn durative(&mut self, decl: usize, a: &Action) -> (CAction, CDurative) {
        self.reset(&a.params);
        let mut conds: [Vec<CFormula>; 3] = Default::default();
        let mut unsupported = None;
        if let Some(p) = &a.precondition {
            self.split_condition(p, TimeSpec::AtStart, &mut conds);
        }
        let mut start_effects = Vec::new();
        let mut end_effects = Vec::new();
        if let Some(e) = &a.effect {
            self.split_effect(e, None, &mut start_effects, &mut end_effects, &mut unsupported);
        }
        let (duration, fixed_duration) = match &a.duration {
            Some(d) => {
                let fixed = fixed_duration(d).map(|e| self.num(e));
                (self.formula(d), fixed)
            }
            None => (CFormula::True, None),
        };
        let [start, over_all, end] = conds.map(|parts| match parts.len() {
            0 => CFormula::True,
            1 => parts.into_iter().next().unwrap_or(CFormula::True),
            _ => CFormula::And(parts, Span::default()),
        });
        let params = a.params.iter().map(|p| (p.name.sym, declared_types(p, self.index.object))).collect();
        let mut all_effects = start_effects.clone();
        all_effects.extend(end_effects.iter().cloned());
        let action =
            CAction { name: a.name.sym, decl, params, pre: start.clone(), effects: all_effects, slots: self.max_slots };
        let parts =
            CDurative { start, over_all, end, start_effects, end_effects, duration, fixed_duration, unsupported };
        (action, parts)
    }

    /// Sort the conjuncts of a durative condition by time; an untimed one counts as `at start`.
    fn split_condition(&mut self, f: &Formula, default: TimeSpec, out: &mut [Vec<CFormula>; 3]) {
        let slot = |t: TimeSpec| match t {
            TimeSpec::AtStart => 0,
            TimeSpec::OverAll => 1,
            TimeSpec::AtEnd => 2,
        };
        match f {
            Formula::And(parts, _) => parts.iter().for_each(|p| self.split_condition(p, default, out)),
            Formula::Timed(t, inner, _) => {
                let c = self.formula(inner);
                out[slot(*t)].push(c);
            }
            Formula::Forall(vars, body, s) if contains_timed(body) => {
                let qvars = self.push(vars);
                let mut inner: [Vec<CFormula>; 3] = Default::default();
                self.split_condition(body, default, &mut inner);
                self.pop(vars.len());
                for (i, parts) in inner.into_iter().enumerate() {
                    if !parts.is_empty() {
                        let body = Box::new(CFormula::And(parts, *s));
                        out[i].push(CFormula::Quant { forall: true, vars: qvars.clone(), body, span: *s });
                    }
                }
            }
            other => {
                let c = self.formula(other);
                out[slot(default)].push(c);
            }
        }
    }

    /// Sort the effects of a durative action into `at start` and `at end`.
    fn split_effect(
        &mut self,
        e: &Effect,
        at: Option<TimeSpec>,
        start: &mut Vec<CEffect>,
        end: &mut Vec<CEffect>,
        unsupported: &mut Option<(Span, &'static str)>,
    ) {
        match e {
            Effect::And(parts, _) => parts.iter().for_each(|p| self.split_effect(p, at, start, end, unsupported)),
            Effect::Timed(t, body, _) => self.split_effect(body, Some(*t), start, end, unsupported),
            Effect::Forall(vars, body, _) => {
                let qvars = self.push(vars);
                let (mut s, mut en) = (Vec::new(), Vec::new());
                self.split_effect(body, at, &mut s, &mut en, unsupported);
                self.pop(vars.len());
                if !s.is_empty() {
                    start.push(CEffect::Forall { vars: qvars.clone(), body: s });
                }
                if !en.is_empty() {
                    end.push(CEffect::Forall { vars: qvars, body: en });
                }
            }
            Effect::When(cond, body, span) => {
                let mut conds: [Vec<CFormula>; 3] = Default::default();
                self.split_condition(cond, at.unwrap_or(TimeSpec::AtStart), &mut conds);
                let (mut s, mut en) = (Vec::new(), Vec::new());
                self.split_effect(body, at, &mut s, &mut en, unsupported);
                let [cs, co, ce] = conds;
                let simple_start = en.is_empty() && co.is_empty() && ce.is_empty();
                let simple_end = s.is_empty() && co.is_empty() && cs.is_empty();
                if simple_start {
                    start.push(CEffect::When { cond: CFormula::And(cs, *span), body: s });
                } else if simple_end {
                    end.push(CEffect::When { cond: CFormula::And(ce, *span), body: en });
                } else if unsupported.is_none() {
                    *unsupported =
                        Some((*span, "a conditional effect whose condition and effect lie at different times"));
                }
            }
            Effect::Numeric(_, _, value, span) if mentions_continuous_time(value) => {
                if unsupported.is_none() {
                    *unsupported = Some((*span, "a continuous effect (`#t`)"));
                }
            }
            other => {
                let target = if at == Some(TimeSpec::AtEnd) { end } else { start };
                self.effect(other, target);
            }
        }
    }

    /// A closed formula (goal) or one over `params`.
    pub fn closed(&mut self, params: &[TypedName], f: &Formula) -> (CFormula, usize) {
        self.reset(params);
        let c = self.formula(f);
        (c, self.max_slots)
    }

    /// The preferences of a goal, with the variables of the `forall`s around them.
    pub fn preferences(&mut self, goal: &Formula) -> Vec<Preference> {
        self.reset(&[]);
        let mut out = Vec::new();
        self.collect_preferences(goal, &mut Vec::new(), &mut out);
        out
    }

    fn collect_preferences(&mut self, f: &Formula, prefix: &mut Vec<QVar>, out: &mut Vec<Preference>) {
        match f {
            Formula::And(parts, _) => parts.iter().for_each(|p| self.collect_preferences(p, prefix, out)),
            Formula::Forall(vars, body, _) => {
                let q = self.push(vars);
                let n = q.len();
                prefix.extend(q);
                self.collect_preferences(body, prefix, out);
                prefix.truncate(prefix.len() - n);
                self.pop(vars.len());
            }
            Formula::Preference(Some(name), body, _) => {
                let body = self.formula(body);
                out.push(Preference { name: name.sym, vars: prefix.clone(), body, slots: self.max_slots });
            }
            _ => {}
        }
    }

    pub fn derived(&mut self, d: &Derived) -> Option<CDerived> {
        let pred = *self.world.pred_ids.get(&d.name.sym)?;
        self.reset(&d.params);
        let body = self.formula(&d.body);
        let domains = d.params.iter().map(|p| self.world.domain_of(&declared_types(p, self.index.object))).collect();
        Some(CDerived { pred, domains, body, slots: self.max_slots })
    }
}

fn contains_timed(f: &Formula) -> bool {
    match f {
        Formula::Timed(..) => true,
        Formula::And(ps, _) | Formula::Or(ps, _) => ps.iter().any(contains_timed),
        Formula::Not(i, _) | Formula::Exists(_, i, _) | Formula::Forall(_, i, _) => contains_timed(i),
        Formula::Imply(a, b, _) => contains_timed(a) || contains_timed(b),
        _ => false,
    }
}

fn mentions_continuous_time(e: &NumExpr) -> bool {
    match e {
        NumExpr::ContinuousTime(_) => true,
        NumExpr::Op(_, args, _) => args.iter().any(mentions_continuous_time),
        NumExpr::Neg(a, _) => mentions_continuous_time(a),
        _ => false,
    }
}

/// The `e` of a duration constraint `(= ?duration e)` (possibly under `and` or `at start`).
fn fixed_duration(d: &Formula) -> Option<&NumExpr> {
    match d {
        Formula::Compare(CmpOp::Eq, NumExpr::Duration(_), e, _)
        | Formula::Compare(CmpOp::Eq, e, NumExpr::Duration(_), _) => Some(e),
        Formula::And(parts, _) => parts.iter().find_map(fixed_duration),
        Formula::Timed(_, inner, _) => fixed_duration(inner),
        _ => None,
    }
}
