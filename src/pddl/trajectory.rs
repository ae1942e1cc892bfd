//! PDDL3 trajectory constraints, checked on the sequence of states a plan goes through.
//!
//! Each constraint of `:constraints` (domain and problem) becomes one [`Monitor`] per binding of
//! the `forall`s around it. A monitor sees every state — the initial one at time 0, then the
//! state after each happening at its time — and keeps only what its operator needs (a flag, a
//! count, a deadline), so checking costs one formula evaluation per monitor and state, and no
//! trajectory is stored. A constraint inside `(preference name …)` is soft: its violation counts
//! for `(is-violated name)` instead of invalidating the plan.
//!
//! Semantics (Gerevini & Long, PDDL3): `always φ` in every state; `sometime φ` in some state;
//! `at-most-once φ` becomes true at most once; `sometime-after φ ψ`: whenever φ holds, ψ holds
//! then or later; `sometime-before φ ψ`: whenever φ holds, ψ held strictly earlier; `at end φ`
//! in the final state; `within t φ` in some state at time ≤ t; `always-within t φ ψ`: whenever
//! φ holds at time s, ψ holds at some time in [s, s+t]; `hold-during t1 t2 φ` in every state
//! with t1 ≤ time < t2; `hold-after t φ` in every state after time t.

use super::ast::*;
use super::eval::{CFormula, Compiler, Eval, QVar};
use super::state::ObjId;
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Always,
    Sometime,
    AtMostOnce,
    SometimeAfter,
    SometimeBefore,
    AtEnd,
    Within(f64),
    AlwaysWithin(f64),
    HoldDuring(f64, f64),
    HoldAfter(f64),
}

/// One ground constraint being watched.
#[derive(Debug)]
pub struct Monitor {
    op: Op,
    phi: CFormula,
    psi: Option<CFormula>,
    env: Vec<ObjId>,
    /// Number of bound slots in `env` (the `forall` variables around the constraint).
    bound: usize,
    pub span: Span,
    pub preference: Option<Sym>,
    /// Operator state.
    seen: bool,
    count: u32,
    previous: bool,
    deadline: Option<f64>,
    /// The first violation: (happening index, 0 = the initial state; time; reason).
    pub violation: Option<(usize, f64, String)>,
}

/// Compile the constraints of a domain and a problem.
pub fn monitors(c: &mut Compiler, constraints: &[&Formula]) -> Vec<Monitor> {
    let mut out = Vec::new();
    for f in constraints {
        c.reset(&[]);
        collect(c, f, None, &mut Vec::new(), &mut out);
    }
    out
}

fn collect(c: &mut Compiler, f: &Formula, preference: Option<Sym>, prefix: &mut Vec<QVar>, out: &mut Vec<Monitor>) {
    match f {
        Formula::And(parts, _) => parts.iter().for_each(|p| collect(c, p, preference, prefix, out)),
        Formula::Forall(vars, body, _) => {
            let q = c.push(vars);
            let n = q.len();
            prefix.extend(q);
            collect(c, body, preference, prefix, out);
            prefix.truncate(prefix.len() - n);
            c.pop(vars.len());
        }
        Formula::Preference(name, body, _) => collect(c, body, name.map(|n| n.sym).or(preference), prefix, out),
        Formula::Timed(TimeSpec::AtEnd, body, span) => push(c, Op::AtEnd, body, None, *span, preference, prefix, out),
        Formula::Modal(name, numbers, parts, span) => {
            let n = |i: usize| numbers.get(i).copied().unwrap_or(0.0);
            let op = match c.syms.name(name.sym) {
                "always" => Op::Always,
                "sometime" => Op::Sometime,
                "at-most-once" => Op::AtMostOnce,
                "sometime-after" => Op::SometimeAfter,
                "sometime-before" => Op::SometimeBefore,
                "within" => Op::Within(n(0)),
                "always-within" => Op::AlwaysWithin(n(0)),
                "hold-during" => Op::HoldDuring(n(0), n(1)),
                "hold-after" => Op::HoldAfter(n(0)),
                _ => return,
            };
            let Some(phi) = parts.first() else { return };
            push(c, op, phi, parts.get(1), *span, preference, prefix, out);
        }
        // A bare formula at the top level of `:constraints` must hold in every state.
        other => push(c, Op::Always, other, None, other.span(), preference, prefix, out),
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    c: &mut Compiler,
    op: Op,
    phi: &Formula,
    psi: Option<&Formula>,
    span: Span,
    preference: Option<Sym>,
    prefix: &[QVar],
    out: &mut Vec<Monitor>,
) {
    let phi = c.formula(phi);
    let psi = psi.map(|p| c.formula(p));
    let slots = c.max_slots.max(prefix.len());
    let bound = prefix.iter().map(|v| v.slot as usize + 1).max().unwrap_or(0);
    // One monitor per binding of the `forall` variables.
    let mut env = vec![0; slots];
    let mut bindings = Vec::new();
    bind(prefix, 0, &mut env, &mut bindings);
    for env in bindings {
        out.push(Monitor {
            op,
            phi: phi.clone(),
            psi: psi.clone(),
            env,
            bound,
            span,
            preference,
            seen: false,
            count: 0,
            previous: false,
            deadline: None,
            violation: None,
        });
    }
}

fn bind(vars: &[QVar], i: usize, env: &mut Vec<ObjId>, out: &mut Vec<Vec<ObjId>>) {
    let Some(v) = vars.get(i) else {
        out.push(env.clone());
        return;
    };
    for &o in &v.domain {
        env[v.slot as usize] = o;
        bind(vars, i + 1, env, out);
    }
}

impl Monitor {
    fn holds(&mut self, eval: &Eval, f: &CFormula) -> bool {
        eval.holds(f, &mut self.env) == Ok(true)
    }

    fn violate(&mut self, state: usize, time: f64, reason: String) {
        if self.violation.is_none() {
            self.violation = Some((state, time, reason));
        }
    }

    /// The constraint as it reads with its `forall` variables bound.
    pub fn text(&self, eval: &Eval) -> String {
        eval.show(&self.phi, &self.env, self.bound)
    }

    fn psi_text(&self, eval: &Eval) -> String {
        self.psi.as_ref().map_or_else(String::new, |p| eval.show(p, &self.env, self.bound))
    }

    /// Observe the state after happening `state` (0 = initial) at `time`.
    pub fn observe(&mut self, eval: &Eval, state: usize, time: f64) {
        if self.violation.is_some() && !matches!(self.op, Op::Sometime | Op::Within(_)) {
            return;
        }
        let phi = self.phi.clone();
        let now = self.holds(eval, &phi);
        let psi = self.psi.clone();
        let psi_now = psi.as_ref().is_some_and(|p| self.holds(eval, p));
        match self.op {
            Op::Always => {
                if !now {
                    let t = self.text(eval);
                    self.violate(state, time, format!("{t} is false"));
                }
            }
            Op::Sometime | Op::AtEnd => self.seen |= now,
            Op::Within(limit) => self.seen |= now && time <= limit,
            Op::AtMostOnce => {
                if now && !self.previous {
                    self.count += 1;
                    if self.count > 1 {
                        let t = self.text(eval);
                        self.violate(state, time, format!("{t} becomes true a second time"));
                    }
                }
            }
            Op::SometimeAfter => {
                if psi_now {
                    self.deadline = None;
                } else if now && self.deadline.is_none() {
                    self.deadline = Some(time);
                }
            }
            Op::SometimeBefore => {
                if now && !self.seen {
                    let (t, p) = (self.text(eval), self.psi_text(eval));
                    self.violate(state, time, format!("{t} holds before {p} ever did"));
                }
                self.seen |= psi_now;
            }
            Op::AlwaysWithin(limit) => {
                if let Some(d) = self.deadline {
                    if psi_now {
                        self.deadline = None;
                    } else if time > d {
                        let (t, p) = (self.text(eval), self.psi_text(eval));
                        self.violate(
                            state,
                            time,
                            format!("{t} held at {} but {p} did not follow within {limit}", d - limit),
                        );
                    }
                }
                if now && !psi_now && self.deadline.is_none() {
                    self.deadline = Some(time + limit);
                }
            }
            Op::HoldDuring(from, to) => {
                if !now && time >= from && time < to {
                    let t = self.text(eval);
                    self.violate(
                        state,
                        time,
                        format!("{t} is false at time {time} (it must hold from {from} to {to})"),
                    );
                }
            }
            Op::HoldAfter(after) => {
                if !now && time > after {
                    let t = self.text(eval);
                    self.violate(state, time, format!("{t} is false at time {time} (it must hold after {after})"));
                }
            }
        }
        self.previous = now;
    }

    /// Close the trajectory: the last state was at happening `state`, `time`.
    pub fn finish(&mut self, eval: &Eval, state: usize, time: f64) {
        match self.op {
            Op::Sometime if !self.seen => {
                let t = self.text(eval);
                self.violate(state, time, format!("{t} is never true"));
            }
            Op::Within(limit) if !self.seen => {
                let t = self.text(eval);
                self.violate(state, time, format!("{t} is not true by time {limit}"));
            }
            Op::AtEnd => {
                let phi = self.phi.clone();
                if !self.holds(eval, &phi) {
                    let t = self.text(eval);
                    self.violate(state, time, format!("{t} is false at the end"));
                }
            }
            Op::SometimeAfter if self.deadline.is_some() => {
                let (t, p) = (self.text(eval), self.psi_text(eval));
                let since = self.deadline.unwrap_or(0.0);
                self.violate(state, time, format!("{t} held at time {since} but {p} never held afterwards"));
            }
            Op::AlwaysWithin(limit) if self.deadline.is_some() => {
                let (t, p) = (self.text(eval), self.psi_text(eval));
                self.violate(state, time, format!("{t} held but {p} did not follow within {limit}"));
            }
            _ => {}
        }
    }
}
