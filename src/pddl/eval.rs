//! Formulas, effects and numeric expressions compiled against a [`World`], and their evaluation
//! in a [`State`].
//!
//! Compilation resolves every name once: variables become slots of an environment (parameters
//! first, then quantified variables by depth), constants become object ids, predicates and
//! functions become ids. Evaluation then touches only integers. Undefined numeric values and
//! arithmetic errors are values ([`EvalError`]), never panics. Derived predicates are computed
//! per state by a stratified fixpoint ([`DerivedRules::compute`]).

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use rustc_hash::FxBuildHasher;

use super::ast::*;
use super::index::{declared_types, DomainIndex};
use super::state::{Key, ObjId, State, World};
use crate::source::Span;

/// A compiled argument.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CTerm {
    /// An environment slot, with the variable's name for messages.
    Slot(u16, Sym),
    Obj(ObjId),
    /// A name that is not a declared object (already reported by the linter): matches nothing.
    Missing(Sym),
}

#[derive(Clone, Debug)]
pub struct QVar {
    pub slot: u16,
    pub name: Sym,
    pub domain: Vec<ObjId>,
}

#[derive(Clone, Debug)]
pub enum CFormula {
    True,
    Atom { pred: u32, name: Sym, args: Box<[CTerm]>, derived: bool, span: Span },
    Eq(CTerm, CTerm, Span),
    Not(Box<CFormula>, Span),
    And(Vec<CFormula>, Span),
    Or(Vec<CFormula>, Span),
    Imply(Box<CFormula>, Box<CFormula>, Span),
    Quant { forall: bool, vars: Vec<QVar>, body: Box<CFormula>, span: Span },
    Cmp(CmpOp, CNum, CNum, Span),
}

impl CFormula {
    pub fn span(&self) -> Span {
        match self {
            CFormula::True => Span::default(),
            CFormula::Atom { span, .. }
            | CFormula::Eq(_, _, span)
            | CFormula::Not(_, span)
            | CFormula::And(_, span)
            | CFormula::Or(_, span)
            | CFormula::Imply(_, _, span)
            | CFormula::Quant { span, .. }
            | CFormula::Cmp(_, _, _, span) => *span,
        }
    }
}

#[derive(Clone, Debug)]
pub enum CNum {
    Const(f64),
    Fluent {
        func: u32,
        name: Sym,
        args: Box<[CTerm]>,
        span: Span,
    },
    Op(ArithOp, Vec<CNum>),
    Neg(Box<CNum>),
    TotalTime,
    Duration,
    /// `(is-violated p)`: how many instances of preference `p` are violated.
    IsViolated(Sym),
    /// `#t`: continuous effects are not evaluated.
    Zero,
}

#[derive(Clone, Debug)]
pub enum CEffect {
    Add { pred: u32, args: Box<[CTerm]> },
    Del { pred: u32, args: Box<[CTerm]> },
    Forall { vars: Vec<QVar>, body: Vec<CEffect> },
    When { cond: CFormula, body: Vec<CEffect> },
    Num { op: AssignOp, func: u32, name: Sym, args: Box<[CTerm]>, value: CNum, span: Span },
}

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// A fluent with no value; the key and its text.
    Undefined(Key, String),
    /// Division by zero or a non-finite result; the expression's text.
    Arithmetic(String),
    /// Grounding derived predicates or quantifiers went over the budget.
    Budget,
}

/// A compiled action.
#[derive(Clone, Debug)]
pub struct CAction {
    pub name: Sym,
    pub decl: usize,
    pub params: Vec<(Sym, Vec<Sym>)>,
    pub pre: CFormula,
    pub effects: Vec<CEffect>,
    pub slots: usize,
}

/// The parts of a compiled durative action. Its [`CAction`] keeps the `at start` condition as
/// `pre` and every effect (start and end) as `effects`, for advice; simulation uses these parts.
#[derive(Clone, Debug)]
pub struct CDurative {
    pub start: CFormula,
    pub over_all: CFormula,
    pub end: CFormula,
    pub start_effects: Vec<CEffect>,
    pub end_effects: Vec<CEffect>,
    /// The `:duration` constraint, over `?duration` ([`CNum::Duration`]).
    pub duration: CFormula,
    /// `(= ?duration e)`: the value a step must use, for fixes.
    pub fixed_duration: Option<CNum>,
    /// A construct whose semantics herbrand does not implement (continuous effects, a
    /// conditional effect whose condition and effect lie at different times): span and what.
    pub unsupported: Option<(Span, &'static str)>,
}

/// A goal preference: violated in a final state where its body is false, once per binding of
/// the `forall` variables around it.
#[derive(Clone, Debug)]
pub struct Preference {
    pub name: Sym,
    pub vars: Vec<QVar>,
    pub body: CFormula,
    pub slots: usize,
}

/// A compiled derived-predicate rule.
#[derive(Clone, Debug)]
pub struct CDerived {
    pub pred: u32,
    pub domains: Vec<Vec<ObjId>>,
    pub body: CFormula,
    pub slots: usize,
}

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

    pub fn derived(&mut self, d: &super::ast::Derived) -> Option<CDerived> {
        let pred = *self.world.pred_ids.get(&d.name.sym)?;
        self.reset(&d.params);
        let body = self.formula(&d.body);
        let domains = d.params.iter().map(|p| self.world.domain_of(&declared_types(p, self.index.object))).collect();
        Some(CDerived { pred, domains, body, slots: self.max_slots })
    }
}

/// Evaluation of compiled forms in one state.
pub struct Eval<'a> {
    pub world: &'a World,
    pub state: &'a State,
    pub syms: &'a Symbols,
    /// Value of `total-time` and `?duration`.
    pub total_time: f64,
    pub duration: f64,
    /// Violation counts of preferences, for `is-violated` (0 when absent).
    pub violated: Option<&'a rustc_hash::FxHashMap<Sym, f64>>,
    /// Quantifier bindings still allowed (shared by every evaluation of a check); `None` for
    /// no limit. Running out makes the evaluation fail with [`EvalError::Budget`].
    pub bindings: Option<&'a std::cell::Cell<u64>>,
}

impl<'a> Eval<'a> {
    pub fn obj(&self, t: CTerm, env: &[ObjId]) -> Option<ObjId> {
        match t {
            CTerm::Slot(s, _) => env.get(s as usize).copied(),
            CTerm::Obj(o) => Some(o),
            CTerm::Missing(_) => None,
        }
    }

    /// Ground arguments, or `None` when one names no object.
    pub fn ground(&self, args: &[CTerm], env: &[ObjId]) -> Option<Vec<ObjId>> {
        args.iter().map(|&t| self.obj(t, env)).collect()
    }

    pub fn atom_key(&self, pred: u32, args: &[CTerm], env: &[ObjId]) -> Option<Key> {
        let mut buf = [0u32; 8];
        if args.len() <= buf.len() {
            for (slot, &t) in buf.iter_mut().zip(args) {
                *slot = self.obj(t, env)?;
            }
            return self.world.key(pred, &buf[..args.len()]);
        }
        self.world.key(pred, &self.ground(args, env)?)
    }

    pub fn atom_holds(&self, pred: u32, args: &[CTerm], derived: bool, env: &[ObjId]) -> bool {
        match self.atom_key(pred, args, env) {
            Some(k) if derived => self.state.derived.contains(&k),
            Some(k) => self.state.atoms.contains(&k),
            None => false,
        }
    }

    pub fn holds(&self, f: &CFormula, env: &mut [ObjId]) -> Result<bool, EvalError> {
        Ok(match f {
            CFormula::True => true,
            CFormula::Atom { pred, args, derived, .. } => self.atom_holds(*pred, args, *derived, env),
            CFormula::Eq(a, b, _) => match (self.obj(*a, env), self.obj(*b, env)) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
            CFormula::Not(inner, _) => !self.holds(inner, env)?,
            CFormula::And(parts, _) => {
                for p in parts {
                    if !self.holds(p, env)? {
                        return Ok(false);
                    }
                }
                true
            }
            CFormula::Or(parts, _) => {
                for p in parts {
                    if self.holds(p, env)? {
                        return Ok(true);
                    }
                }
                false
            }
            CFormula::Imply(a, b, _) => !self.holds(a, env)? || self.holds(b, env)?,
            CFormula::Quant { forall, vars, body, .. } => self.quantified(*forall, vars, body, env, 0)?,
            CFormula::Cmp(op, a, b, _) => {
                let (x, y) = (self.num(a, env)?, self.num(b, env)?);
                compare(*op, x, y)
            }
        })
    }

    fn quantified(
        &self,
        forall: bool,
        vars: &[QVar],
        body: &CFormula,
        env: &mut [ObjId],
        i: usize,
    ) -> Result<bool, EvalError> {
        let Some(v) = vars.get(i) else { return self.holds(body, env) };
        self.spend(v.domain.len() as u64)?;
        for &o in &v.domain {
            if let Some(slot) = env.get_mut(v.slot as usize) {
                *slot = o;
            }
            let r = self.quantified(forall, vars, body, env, i + 1)?;
            if r != forall {
                return Ok(!forall);
            }
        }
        Ok(forall)
    }

    /// Take `n` quantifier bindings from the budget.
    pub fn spend(&self, n: u64) -> Result<(), EvalError> {
        if let Some(left) = self.bindings {
            if left.get() < n {
                left.set(0);
                return Err(EvalError::Budget);
            }
            left.set(left.get() - n);
        }
        Ok(())
    }

    pub fn fluent_key(&self, func: u32, args: &[CTerm], env: &[ObjId]) -> Option<Key> {
        if func == u32::MAX {
            return None;
        }
        self.atom_key(func, args, env)
    }

    pub fn num(&self, e: &CNum, env: &[ObjId]) -> Result<f64, EvalError> {
        match e {
            CNum::Const(n) => Ok(*n),
            CNum::Fluent { func, args, .. } => {
                let key = self.fluent_key(*func, args, env);
                match key.and_then(|k| self.state.values.get(&k)) {
                    Some(v) => Ok(*v),
                    None => Err(EvalError::Undefined(key.unwrap_or_default(), self.show_num(e, env))),
                }
            }
            CNum::Op(op, args) => {
                let mut it = args.iter();
                let mut acc = match it.next() {
                    Some(a) => self.num(a, env)?,
                    None => 0.0,
                };
                for a in it {
                    let v = self.num(a, env)?;
                    acc = match op {
                        ArithOp::Add => acc + v,
                        ArithOp::Sub => acc - v,
                        ArithOp::Mul => acc * v,
                        ArithOp::Div => {
                            if v == 0.0 {
                                return Err(EvalError::Arithmetic(format!(
                                    "division by zero in {}",
                                    self.show_num(e, env)
                                )));
                            }
                            acc / v
                        }
                    };
                }
                if acc.is_finite() {
                    Ok(acc)
                } else {
                    Err(EvalError::Arithmetic(format!("{} is not a finite number", self.show_num(e, env))))
                }
            }
            CNum::Neg(a) => Ok(-self.num(a, env)?),
            CNum::TotalTime => Ok(self.total_time),
            CNum::Duration => Ok(self.duration),
            CNum::IsViolated(name) => Ok(self.violated.and_then(|v| v.get(name)).copied().unwrap_or(0.0)),
            CNum::Zero => Ok(0.0),
        }
    }

    // ----- printing ----------------------------------------------------------------------------

    fn show_term(&self, t: CTerm, env: &[ObjId], bound: usize) -> String {
        match t {
            CTerm::Slot(s, _) if (s as usize) < bound => {
                env.get(s as usize).map_or("?".to_string(), |&o| self.world.object_name(self.syms, o).to_string())
            }
            CTerm::Slot(_, name) | CTerm::Missing(name) => self.syms.name(name).to_string(),
            CTerm::Obj(o) => self.world.object_name(self.syms, o).to_string(),
        }
    }

    fn show_app(&self, name: Sym, args: &[CTerm], env: &[ObjId], bound: usize) -> String {
        let mut s = format!("({}", self.syms.name(name));
        for &a in args {
            s.push(' ');
            s.push_str(&self.show_term(a, env, bound));
        }
        s.push(')');
        s
    }

    /// The formula with bound variables replaced by their objects.
    pub fn show(&self, f: &CFormula, env: &[ObjId], bound: usize) -> String {
        let list = |word: &str, parts: &[&CFormula]| {
            let inner: Vec<String> = parts.iter().map(|p| self.show(p, env, bound)).collect();
            format!("({word} {})", inner.join(" "))
        };
        match f {
            CFormula::True => "(and)".to_string(),
            CFormula::Atom { name, args, .. } => self.show_app(*name, args, env, bound),
            CFormula::Eq(a, b, _) => {
                format!("(= {} {})", self.show_term(*a, env, bound), self.show_term(*b, env, bound))
            }
            CFormula::Not(inner, _) => format!("(not {})", self.show(inner, env, bound)),
            CFormula::And(parts, _) => list("and", &parts.iter().collect::<Vec<_>>()),
            CFormula::Or(parts, _) => list("or", &parts.iter().collect::<Vec<_>>()),
            CFormula::Imply(a, b, _) => list("imply", &[a, b]),
            CFormula::Quant { forall, vars, body, .. } => {
                let first = vars.first().map_or(bound, |v| v.slot as usize);
                let names: Vec<&str> = vars.iter().map(|v| self.syms.name(v.name)).collect();
                format!(
                    "({} ({}) {})",
                    if *forall { "forall" } else { "exists" },
                    names.join(" "),
                    self.show(body, env, first.min(bound))
                )
            }
            CFormula::Cmp(op, a, b, _) => {
                format!("({} {} {})", op.text(), self.show_num_b(a, env, bound), self.show_num_b(b, env, bound))
            }
        }
    }

    pub fn show_num(&self, e: &CNum, env: &[ObjId]) -> String {
        self.show_num_b(e, env, env.len())
    }

    fn show_num_b(&self, e: &CNum, env: &[ObjId], bound: usize) -> String {
        match e {
            CNum::Const(n) => format_number(*n),
            CNum::Fluent { name, args, .. } => self.show_app(*name, args, env, bound),
            CNum::Op(op, args) => {
                let inner: Vec<String> = args.iter().map(|a| self.show_num_b(a, env, bound)).collect();
                format!("({} {})", op.text(), inner.join(" "))
            }
            CNum::Neg(a) => format!("(- {})", self.show_num_b(a, env, bound)),
            CNum::TotalTime => "(total-time)".to_string(),
            CNum::Duration => "?duration".to_string(),
            CNum::IsViolated(n) => format!("(is-violated {})", self.syms.name(*n)),
            CNum::Zero => "0".to_string(),
        }
    }
}

pub fn compare(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ge => x >= y,
        CmpOp::Gt => x > y,
    }
}

/// Numbers as VAL prints them: integers without a fraction, others with up to 6 digits.
pub fn format_number(n: f64) -> String {
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Derived predicates: their rules, grouped in strata evaluated in order.
#[derive(Debug, Default)]
pub struct DerivedRules {
    pub rules: Vec<CDerived>,
    /// Rule indices per stratum, lowest first.
    pub strata: Vec<Vec<usize>>,
}

impl DerivedRules {
    pub fn new(rules: Vec<CDerived>) -> DerivedRules {
        // Dependency graph between derived predicates: body predicate → head predicate.
        let mut graph: DiGraphMap<u32, (), FxBuildHasher> = DiGraphMap::default();
        for r in &rules {
            graph.add_node(r.pred);
            let mut deps = Vec::new();
            derived_deps(&r.body, &mut deps);
            for d in deps {
                graph.add_edge(d, r.pred, ());
            }
        }
        // tarjan_scc yields components in reverse topological order.
        let mut strata: Vec<Vec<usize>> = tarjan_scc(&graph)
            .into_iter()
            .rev()
            .map(|comp| (0..rules.len()).filter(|&i| comp.contains(&rules[i].pred)).collect::<Vec<_>>())
            .filter(|s: &Vec<usize>| !s.is_empty())
            .collect();
        strata.retain(|s| !s.is_empty());
        DerivedRules { rules, strata }
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Recompute the derived atoms of `state`. `work` counts ground rule instances evaluated
    /// and is checked against `limit`.
    pub fn compute(
        &self,
        world: &World,
        syms: &Symbols,
        state: &mut State,
        work: &mut u64,
        limit: u64,
    ) -> Result<(), EvalError> {
        state.derived.clear();
        for stratum in &self.strata {
            loop {
                let mut new: Vec<Key> = Vec::new();
                {
                    let eval =
                        Eval { world, state, syms, total_time: 0.0, duration: 0.0, violated: None, bindings: None };
                    for &ri in stratum {
                        let rule = &self.rules[ri];
                        let mut env = vec![0; rule.slots.max(rule.domains.len())];
                        let mut idx = vec![0usize; rule.domains.len()];
                        if rule.domains.iter().any(|d| d.is_empty()) {
                            continue;
                        }
                        loop {
                            for (i, d) in rule.domains.iter().enumerate() {
                                env[i] = d[idx[i]];
                            }
                            *work += 1;
                            if *work > limit {
                                return Err(EvalError::Budget);
                            }
                            if let Some(k) = world.key(rule.pred, &env[..rule.domains.len()]) {
                                if !state.derived.contains(&k) && eval.holds(&rule.body, &mut env)? {
                                    new.push(k);
                                }
                            }
                            // Odometer over the parameters' domains.
                            let mut i = 0;
                            loop {
                                if i == idx.len() {
                                    break;
                                }
                                idx[i] += 1;
                                if idx[i] < rule.domains[i].len() {
                                    break;
                                }
                                idx[i] = 0;
                                i += 1;
                            }
                            if i == idx.len() {
                                break;
                            }
                        }
                    }
                }
                let before = state.derived.len();
                state.derived.extend(new);
                if state.derived.len() == before {
                    break;
                }
            }
        }
        Ok(())
    }
}

fn derived_deps(f: &CFormula, out: &mut Vec<u32>) {
    match f {
        CFormula::Atom { pred, derived: true, .. } => out.push(*pred),
        CFormula::Not(i, _) => derived_deps(i, out),
        CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().for_each(|p| derived_deps(p, out)),
        CFormula::Imply(a, b, _) => {
            derived_deps(a, out);
            derived_deps(b, out);
        }
        CFormula::Quant { body, .. } => derived_deps(body, out),
        _ => {}
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
