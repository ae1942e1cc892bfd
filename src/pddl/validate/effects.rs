//! Effects: the ground changes of a happening, computed in the state before it, and their
//! application (deletes before adds; numeric updates computed first, so a failing update leaves
//! the state untouched).

use serde_json::{json, Value};

use super::simulator::Simulator;
use super::Inputs;
use crate::pddl::advice::Failure;
use crate::pddl::ast::*;
use crate::pddl::eval::*;
use crate::pddl::state::{Key, ObjId, World};
use crate::source::Span;

/// A numeric update of one step, computed in the state before the happening.
pub(super) struct NumChange {
    pub(super) key: Key,
    pub(super) op: AssignOp,
    pub(super) value: f64,
    /// The step (index into the plan) and the effect's span in the domain.
    pub(super) step: usize,
    pub(super) span: Span,
}

/// An error while applying effects, with the step and effect that caused it when known.
pub(super) type EffectError = (EvalError, Option<(usize, Span)>);

/// Per happening: atoms added and deleted, numeric changes.
pub(super) type TraceEntry = (Vec<String>, Vec<String>, Vec<Value>);

/// Ground changes of one happening, computed in the state before it.
#[derive(Default)]
pub(super) struct Changes {
    pub(super) adds: Vec<Key>,
    pub(super) dels: Vec<Key>,
    pub(super) nums: Vec<NumChange>,
    /// Atoms without a key yet (outside the packing): interned when applied.
    pub(super) new_atoms: Vec<(u32, Vec<ObjId>, bool)>,
}

impl Changes {
    pub(super) fn clear(&mut self) {
        self.adds.clear();
        self.dels.clear();
        self.nums.clear();
        self.new_atoms.clear();
    }
}

impl Simulator<'_> {
    /// Apply a happening's changes; returns the trace entry (added, deleted, numeric).
    #[allow(clippy::type_complexity)]
    /// Apply a happening's changes; returns the trace entry (added, deleted, numeric). Numeric
    /// results are computed first, so a failing update leaves the state untouched; the error
    /// names the step and the effect that failed.
    pub(super) fn apply(
        &mut self,
        changes: &mut Changes,
        step: usize,
        trace: bool,
    ) -> Result<Option<TraceEntry>, EffectError> {
        let mut updates: Vec<(Key, Option<f64>, f64)> = Vec::with_capacity(changes.nums.len());
        for n in &changes.nums {
            let at = Some((n.step, n.span));
            // Several updates of one fluent in a happening accumulate.
            let old = updates
                .iter()
                .rev()
                .find(|u| u.0 == n.key)
                .map(|u| Some(u.2))
                .unwrap_or_else(|| self.state.values.get(&n.key).copied());
            let fluent = || self.world.show_fluent(self.syms, n.key);
            let new = match (n.op, old) {
                (AssignOp::Assign, _) => n.value,
                (AssignOp::Increase, Some(o)) => o + n.value,
                (AssignOp::Decrease, Some(o)) => o - n.value,
                (AssignOp::ScaleUp, Some(o)) => o * n.value,
                (AssignOp::ScaleDown, Some(_)) if n.value == 0.0 => {
                    return Err((EvalError::Arithmetic(format!("scale-down of {} by 0", fluent())), at));
                }
                (AssignOp::ScaleDown, Some(o)) => o / n.value,
                (_, None) => return Err((EvalError::Undefined(n.key, fluent()), at)),
            };
            if !new.is_finite() {
                return Err((EvalError::Arithmetic(format!("{} would become {new}", fluent())), at));
            }
            updates.push((n.key, self.state.values.get(&n.key).copied(), new));
        }
        for (p, args, add) in std::mem::take(&mut changes.new_atoms) {
            let k = self.world.key_mut(p, &args);
            if add {
                changes.adds.push(k);
            } else {
                changes.dels.push(k);
            }
        }
        let mut added = Vec::new();
        let mut deleted = Vec::new();
        for k in &changes.dels {
            if self.state.atoms.remove(k) && trace {
                deleted.push(self.world.show_atom(self.syms, *k));
            }
            if self.watched.contains(k) {
                self.last_change.insert(*k, step);
            }
        }
        for k in &changes.adds {
            if self.state.atoms.insert(*k) && trace {
                added.push(self.world.show_atom(self.syms, *k));
            }
            if self.watched.contains(k) {
                self.last_change.insert(*k, step);
            }
        }
        let mut numeric = Vec::new();
        for &(k, old, new) in &updates {
            self.state.values.insert(k, new);
            if trace {
                numeric.push(json!({"fluent": self.world.show_fluent(self.syms, k), "from": old, "to": new}));
            }
        }
        self.recompute_derived().map_err(|e| (e, None))?;
        for (k, was) in &mut self.watched_derived {
            let now = self.state.derived.contains(k);
            if now != *was {
                *was = now;
                self.last_change.insert(*k, step);
            }
        }
        added.sort();
        deleted.sort();
        Ok(trace.then_some((added, deleted, numeric)))
    }

    /// The failure of an effect: its text with the step's objects, and what went wrong.
    pub(super) fn effect_failure(
        &self,
        inputs: &Inputs,
        ai: usize,
        span: Span,
        env: &[ObjId],
        error: &EvalError,
    ) -> Failure {
        let action = &self.actions[ai];
        let text = if span == Span::default() {
            format!("the effect of {}", self.syms.name(action.name))
        } else {
            ground_text(inputs.domain_src.slice(span), &action.params, env, &self.world, self.syms)
        };
        let why = match error {
            EvalError::Undefined(_, t) => format!("{t} has no value"),
            EvalError::Arithmetic(t) => t.clone(),
            EvalError::Budget => "a budget ran out".to_string(),
        };
        Failure { literal: text, why, span, context: Some("in the step's effect".to_string()), want: None }
    }
}

/// The ground effects of one step (`step`), computed in the state before the happening.
pub(super) fn collect(
    eval: &Eval,
    effects: &[CEffect],
    env: &mut Vec<ObjId>,
    step: usize,
    out: &mut Changes,
) -> Result<(), (EvalError, Span)> {
    for e in effects {
        match e {
            CEffect::Add { pred, args } | CEffect::Del { pred, args } => {
                let add = matches!(e, CEffect::Add { .. });
                match eval.atom_key(*pred, args, env) {
                    Some(k) if add => out.adds.push(k),
                    Some(k) => out.dels.push(k),
                    // Outside the key packing and never seen: intern it when applying.
                    None => {
                        if let Some(ground) = eval.ground(args, env) {
                            out.new_atoms.push((*pred, ground, add));
                        }
                    }
                }
            }
            CEffect::Forall { vars, body } => forall_effects(eval, vars, 0, body, env, step, out)?,
            CEffect::When { cond, body } => {
                if eval.holds(cond, env).map_err(|e| (e, cond.span()))? {
                    collect(eval, body, env, step, out)?;
                }
            }
            CEffect::Num { op, func, args, value, span, .. } => {
                let v = eval.num(value, env).map_err(|e| (e, *span))?;
                let Some(key) = eval.fluent_key(*func, args, env) else {
                    let text = eval.show_num(
                        &CNum::Fluent { func: *func, name: fluent_name(eval, *func), args: args.clone(), span: *span },
                        env,
                    );
                    return Err((EvalError::Undefined(0, text), *span));
                };
                out.nums.push(NumChange { key, op: *op, value: v, step, span: *span });
            }
        }
    }
    Ok(())
}

pub(super) fn fluent_name(eval: &Eval, func: u32) -> Sym {
    eval.world.funcs.get(func as usize).copied().unwrap_or_default()
}

pub(super) fn forall_effects(
    eval: &Eval,
    vars: &[QVar],
    i: usize,
    body: &[CEffect],
    env: &mut Vec<ObjId>,
    step: usize,
    out: &mut Changes,
) -> Result<(), (EvalError, Span)> {
    let Some(v) = vars.get(i) else { return collect(eval, body, env, step, out) };
    eval.spend(v.domain.len() as u64).map_err(|e| (e, Span::default()))?;
    if env.len() <= v.slot as usize {
        env.resize(v.slot as usize + 1, 0);
    }
    for &o in &v.domain {
        env[v.slot as usize] = o;
        forall_effects(eval, vars, i + 1, body, env, step, out)?;
    }
    Ok(())
}

/// Domain text with the action's parameters replaced by the step's objects.
pub(super) fn ground_text(
    text: &str,
    params: &[(Sym, Vec<Sym>)],
    env: &[ObjId],
    world: &World,
    syms: &Symbols,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_lowercase();
        match params.iter().position(|(p, _)| syms.name(*p) == lower) {
            Some(i) if i < env.len() => out.push_str(world.object_name(syms, env[i])),
            _ => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() || c == '(' || c == ')' {
            flush(&mut word, &mut out);
            out.push(if c.is_whitespace() { ' ' } else { c });
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    let mut collapsed = String::with_capacity(out.len());
    for c in out.chars() {
        if !(c == ' ' && collapsed.ends_with(' ')) {
            collapsed.push(c);
        }
    }
    collapsed.trim().to_string()
}
