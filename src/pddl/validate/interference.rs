//! Interference between steps of one happening: what each ground step reads and writes (its
//! footprint), and whether two footprints conflict (VAL's mutex rule). Grounding a footprint is
//! bounded by `max_ground_atoms`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::fault::{StepFailure, StepFault};
use super::simulator::Simulator;
use crate::pddl::ast::*;
use crate::pddl::eval::*;
use crate::pddl::state::{Key, ObjId, World};

impl Simulator<'_> {
    /// Two steps of one happening interfere when one changes what the other reads or changes.
    pub(super) fn interference(&self, ready: &[(usize, usize, Vec<ObjId>)]) -> Option<StepFailure> {
        let eval = self.eval(0.0);
        let footprints: Vec<Footprint> = ready
            .iter()
            .map(|(_, ai, env)| {
                let a = &self.actions[*ai];
                footprint(&eval, &a.pre, &a.effects, env, self.budget.max_ground_atoms)
            })
            .collect();
        for j in 1..ready.len() {
            for i in 0..j {
                if let Some(reason) = footprints[i].conflict(&footprints[j], &self.world, self.syms) {
                    return Some(StepFailure::new(
                        ready[j].0,
                        Some(ready[j].1),
                        StepFault::Interferes { with: ready[i].0, reason },
                    ));
                }
            }
        }
        None
    }
}

/// What a ground step reads and writes, for the interference test.
#[derive(Default)]
pub(super) struct Footprint {
    pub(super) reads: FxHashSet<Key>,
    pub(super) adds: FxHashSet<Key>,
    pub(super) dels: FxHashSet<Key>,
    pub(super) num_reads: FxHashSet<Key>,
    /// Fluents written, and whether only additively (increase/decrease).
    pub(super) num_writes: FxHashMap<Key, bool>,
}

impl Footprint {
    pub(super) fn conflict(&self, other: &Footprint, world: &World, syms: &Symbols) -> Option<String> {
        let show = |k: &Key| world.show_atom(syms, *k);
        let fluent = |k: &Key| world.show_fluent(syms, *k);
        for (a, b) in [(self, other), (other, self)] {
            if let Some(k) = a.adds.iter().chain(&a.dels).find(|k| b.reads.contains(k)) {
                return Some(format!("one changes {}, which the other's precondition reads", show(k)));
            }
            if let Some(k) = a.adds.iter().find(|k| b.dels.contains(k)) {
                return Some(format!("one adds {} and the other deletes it", show(k)));
            }
            if let Some(k) = a.num_writes.keys().find(|k| b.num_reads.contains(k)) {
                return Some(format!("one changes {}, which the other reads", fluent(k)));
            }
        }
        for (k, additive) in &self.num_writes {
            if let Some(other_additive) = other.num_writes.get(k) {
                if !(additive & other_additive) {
                    return Some(format!("both change {}", fluent(k)));
                }
            }
        }
        None
    }
}

pub(super) fn footprint(eval: &Eval, pre: &CFormula, effects: &[CEffect], env: &[ObjId], limit: u64) -> Footprint {
    let mut fp = Footprint::default();
    let mut env = env.to_vec();
    let mut budget = limit;
    formula_reads(eval, pre, &mut env, &mut fp, &mut budget);
    effect_footprint(eval, effects, &mut env, &mut fp, &mut budget);
    fp
}

pub(super) fn formula_reads(eval: &Eval, f: &CFormula, env: &mut Vec<ObjId>, fp: &mut Footprint, budget: &mut u64) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    match f {
        CFormula::Atom { pred, args, .. } => {
            if let Some(k) = eval.atom_key(*pred, args, env) {
                fp.reads.insert(k);
            }
        }
        CFormula::Not(i, _) => formula_reads(eval, i, env, fp, budget),
        CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().for_each(|p| formula_reads(eval, p, env, fp, budget)),
        CFormula::Imply(a, b, _) => {
            formula_reads(eval, a, env, fp, budget);
            formula_reads(eval, b, env, fp, budget);
        }
        CFormula::Quant { vars, body, .. } => {
            each_binding(vars, 0, env, &mut |env| formula_reads(eval, body, env, fp, budget))
        }
        CFormula::Cmp(_, a, b, _) => {
            num_reads(eval, a, env, fp);
            num_reads(eval, b, env, fp);
        }
        CFormula::True | CFormula::Eq(..) => {}
    }
}

pub(super) fn num_reads(eval: &Eval, e: &CNum, env: &[ObjId], fp: &mut Footprint) {
    match e {
        CNum::Fluent { func, args, .. } => {
            if let Some(k) = eval.fluent_key(*func, args, env) {
                fp.num_reads.insert(k);
            }
        }
        CNum::Op(_, args) => args.iter().for_each(|a| num_reads(eval, a, env, fp)),
        CNum::Neg(a) => num_reads(eval, a, env, fp),
        _ => {}
    }
}

pub(super) fn effect_footprint(
    eval: &Eval,
    effects: &[CEffect],
    env: &mut Vec<ObjId>,
    fp: &mut Footprint,
    budget: &mut u64,
) {
    for e in effects {
        match e {
            CEffect::Add { pred, args } => {
                if let Some(k) = eval.atom_key(*pred, args, env) {
                    fp.adds.insert(k);
                }
            }
            CEffect::Del { pred, args } => {
                if let Some(k) = eval.atom_key(*pred, args, env) {
                    fp.dels.insert(k);
                }
            }
            CEffect::Forall { vars, body } => {
                each_binding(vars, 0, env, &mut |env| effect_footprint(eval, body, env, fp, budget))
            }
            CEffect::When { cond, body } => {
                formula_reads(eval, cond, env, fp, budget);
                effect_footprint(eval, body, env, fp, budget);
            }
            CEffect::Num { op, func, args, value, .. } => {
                num_reads(eval, value, env, fp);
                if let Some(k) = eval.fluent_key(*func, args, env) {
                    let additive = matches!(op, AssignOp::Increase | AssignOp::Decrease);
                    let entry = fp.num_writes.entry(k).or_insert(additive);
                    *entry &= additive;
                }
            }
        }
    }
}

pub(super) fn each_binding(vars: &[QVar], i: usize, env: &mut Vec<ObjId>, f: &mut dyn FnMut(&mut Vec<ObjId>)) {
    let Some(v) = vars.get(i) else { return f(env) };
    if env.len() <= v.slot as usize {
        env.resize(v.slot as usize + 1, 0);
    }
    for &o in &v.domain {
        env[v.slot as usize] = o;
        each_binding(vars, i + 1, env, f);
    }
}
