//! Advice and repairs for a failing step: what would make each false literal true (achievers,
//! derived rules), the relevant state, and the best repair — each repair is checked against the
//! state where it applies before it is offered.

use rustc_hash::FxHashSet;

use super::effects::{collect, Changes};
use super::fault::{Advice, Repair, StepFailure, StepFault};
use super::simulator::Simulator;
use crate::pddl::advice::{self, Failure};
use crate::pddl::ast::*;
use crate::pddl::eval::*;
use crate::pddl::plan::Plan;
use crate::pddl::state::{Key, ObjId};

impl Simulator<'_> {
    pub(super) fn advice_for(&self, eval: &Eval, failures: &[Failure]) -> Vec<Advice> {
        let mut out = Vec::new();
        for f in failures.iter().take(4) {
            let Some((pred, args, want)) = &f.want else { continue };
            let name = self.world.preds[*pred as usize];
            let fact = self.world.show_ground(self.syms, name, args);
            let fact = if *want { fact } else { format!("(not {fact})") };
            if !self.index.derived.contains_key(&name) {
                let mut achievers = advice::achievers(eval, &self.actions, *pred, args, *want);
                // An instance that needs the very fact it would achieve is no advice.
                achievers.retain(|a| !a.missing.contains(&fact));
                out.push(Advice { fact, derived: None, achievers });
                continue;
            }
            // A derived atom: explain with its rule, and advise on the rule's base literals.
            let mut reasons = Vec::new();
            for rule in self.derived.rules.iter().filter(|r| r.pred == *pred) {
                let mut env = args.clone();
                env.resize(rule.slots.max(args.len()), 0);
                if *want {
                    advice::failures(eval, &rule.body, &mut env, args.len(), None, &mut reasons);
                } else {
                    reasons.push(Failure {
                        literal: eval.show(&rule.body, &env, args.len()),
                        why: "holds".to_string(),
                        span: rule.body.span(),
                        context: None,
                        want: None,
                    });
                }
            }
            let text: Vec<String> = reasons.iter().take(4).map(|r| format!("{} {}", r.literal, r.why)).collect();
            let base = reasons.iter().find_map(|r| {
                r.want.as_ref().filter(|w| !self.index.derived.contains_key(&self.world.preds[w.0 as usize]))
            });
            let achievers = base.map(|(p, a, w)| advice::achievers(eval, &self.actions, *p, a, *w)).unwrap_or_default();
            let via = base.map(|(p, a, w)| {
                let f = self.world.show_ground(self.syms, self.world.preds[*p as usize], a);
                if *w {
                    f
                } else {
                    format!("(not {f})")
                }
            });
            let derived = format!(
                "{fact} is derived{}{}",
                if text.is_empty() { String::new() } else { format!(": {}", text.join("; ")) },
                via.map_or(String::new(), |v| format!("; {v} is the first fact to change"))
            );
            out.push(Advice { fact, derived: Some(derived), achievers });
        }
        out
    }

    /// The best verified repair of a failing step: retime it (a simultaneous step provides the
    /// fact), move a later step before it, insert an action, or change its arguments.
    pub(super) fn repair(
        &self,
        plan: &Plan,
        order: &[usize],
        happenings: &[(f64, std::ops::Range<usize>)],
        h: usize,
        f: &StepFailure,
    ) -> Option<Repair> {
        let StepFault::Precondition { failures } = &f.fault else { return None };
        let ai = f.action?;
        let step = &plan.steps[f.step];
        let timestamped = plan.timestamped();
        let (time, range) = &happenings[h];
        let next_time = happenings.get(h + 1).map(|(t, _)| *t);
        let prev_time = h.checked_sub(1).map(|p| happenings[p].0);
        let (_, env) = self.resolve(plan, step).ok()?;
        // 1. A step of the same happening adds a missing fact.
        let missing: Vec<Key> = failures
            .iter()
            .filter_map(|x| x.want.as_ref().filter(|w| w.2).and_then(|(p, a, _)| self.world.key(*p, a)))
            .collect();
        if timestamped && !missing.is_empty() {
            for &other in &order[range.clone()] {
                if other == f.step {
                    continue;
                }
                let Ok((oai, mut oenv)) = self.resolve(plan, &plan.steps[other]) else { continue };
                let mut changes = Changes::default();
                let eval = self.eval(*time);
                if collect(&eval, &self.actions[oai].effects, &mut oenv, other, &mut changes).is_ok()
                    && changes.adds.iter().any(|k| missing.contains(k))
                {
                    let later = next_time.map_or(time + 1.0, |n| (time + n) / 2.0);
                    return Some(Repair::Retime { with: other, time: later });
                }
            }
        }
        let before = if timestamped { Some(prev_time.map_or(time - 1.0, |p| (p + time) / 2.0)) } else { None };
        // 2./3. An applicable achiever that makes the step applicable: a later step, or a new one.
        let eval = self.eval(*time);
        let mut candidates: Vec<&advice::Achiever> =
            f.advice.iter().flat_map(|a| a.achievers.iter()).filter(|a| a.applicable).collect();
        candidates.dedup_by(|a, b| a.step == b.step);
        // A later step of the plan is the best achiever (the plan was probably mis-ordered), then
        // any other: each is checked to make the failing step applicable.
        let pos = order.iter().position(|&s| s == f.step).unwrap_or(order.len());
        let later_step = |a: &advice::Achiever| {
            let name = self.actions[a.action].name;
            // Compare the action name first: only steps of the same action are grounded.
            order[(pos + 1).min(order.len())..].iter().copied().find(|&s| {
                plan.steps[s].action.sym == name
                    && self
                        .resolve(plan, &plan.steps[s])
                        .is_ok_and(|(sai, senv)| sai == a.action && senv[..a.args.len()] == a.args[..])
            })
        };
        let mut inserted = None;
        for a in candidates {
            let later = later_step(a);
            if (later.is_none() && inserted.is_some()) || !self.would_enable(&eval, a, ai, &env) {
                continue;
            }
            match later {
                Some(from) => return Some(Repair::Move { from, time: before }),
                None => inserted = Some(Repair::Insert { step: a.step.clone(), time: before }),
            }
        }
        if inserted.is_some() {
            return inserted;
        }
        f.variants.first().map(|v| Repair::Replace { step: v.clone() })
    }

    /// Whether applying `a` in the current state makes action `ai` with `env` applicable.
    pub(super) fn would_enable(&self, eval: &Eval, a: &advice::Achiever, ai: usize, env: &[ObjId]) -> bool {
        let mut aenv = a.args.clone();
        aenv.resize(self.actions[a.action].slots.max(a.args.len()), 0);
        let mut changes = Changes::default();
        if collect(eval, &self.actions[a.action].effects, &mut aenv, 0, &mut changes).is_err()
            || !changes.new_atoms.is_empty()
        {
            return false;
        }
        let mut state = self.state.clone();
        for k in &changes.dels {
            state.atoms.remove(k);
        }
        state.atoms.extend(changes.adds.iter().copied());
        for n in &changes.nums {
            let old = state.values.get(&n.key).copied();
            let new = match (n.op, old) {
                (AssignOp::Assign, _) => Some(n.value),
                (AssignOp::Increase, Some(o)) => Some(o + n.value),
                (AssignOp::Decrease, Some(o)) => Some(o - n.value),
                (AssignOp::ScaleUp, Some(o)) => Some(o * n.value),
                (AssignOp::ScaleDown, Some(o)) if n.value != 0.0 => Some(o / n.value),
                _ => None,
            };
            match new {
                Some(v) => state.values.insert(n.key, v),
                None => return false,
            };
        }
        let mut work = 0;
        if self.derived.compute(&self.world, self.syms, &mut state, &mut work, self.budget.max_ground_atoms).is_err() {
            return false;
        }
        let after = Eval { state: &state, ..self.eval(eval.total_time) };
        let mut env = env.to_vec();
        after.holds(&self.actions[ai].pre, &mut env) == Ok(true)
    }

    /// Atoms of the state that mention the step's objects or the failing predicates.
    pub(super) fn relevant_state(&self, objects: &[ObjId], failures: &[Failure]) -> Vec<String> {
        let preds: FxHashSet<u32> = failures.iter().filter_map(|f| f.want.as_ref().map(|w| w.0)).collect();
        let objects: FxHashSet<ObjId> = objects.iter().copied().collect();
        let mut shown: Vec<String> = self
            .state
            .atoms
            .iter()
            .chain(self.state.derived.iter())
            .filter_map(|&k| {
                let (p, args) = self.world.decode(k);
                (args.is_empty() || preds.contains(&p) || args.iter().any(|a| objects.contains(a)))
                    .then(|| self.world.show_atom(self.syms, k))
            })
            .collect();
        shown.sort();
        shown.truncate(40);
        shown
    }
}
