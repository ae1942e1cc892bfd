//! Why a formula is false, and what would make it true.
//!
//! [`failures`] breaks a false formula down to the literals that make it false, with their values
//! in the current state. [`achievers`] finds the actions whose effects would make a missing fact
//! true (or a forbidden one false), grounded on the fact's arguments, and says which of them
//! apply right now. Both are bounded: they explain, they do not plan.

use super::eval::{CAction, CEffect, CFormula, CNum, CTerm, Eval, EvalError};
use super::state::ObjId;
use crate::source::Span;

/// One reason a formula is false.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// The failing literal, ground: `(holding c)`, `(not (clear b))`, `(>= (fuel p1) 10)`.
    pub literal: String,
    /// Its value: "is false", "is true", "(fuel p1) = 3".
    pub why: String,
    /// Where the literal is written in the domain or problem.
    pub span: Span,
    /// Under which quantifier binding or alternative it failed, if any.
    pub context: Option<String>,
    /// The fact to change: predicate, arguments, and the truth value it needs.
    pub want: Option<(u32, Vec<ObjId>, bool)>,
}

const MAX_COUNTEREXAMPLES: usize = 3;

/// The literals that make `f` false under `env` (`bound` slots are bound).
pub fn failures(
    eval: &Eval,
    f: &CFormula,
    env: &mut Vec<ObjId>,
    bound: usize,
    context: Option<&str>,
    out: &mut Vec<Failure>,
) {
    let ctx = || context.map(str::to_string);
    let holds = |f: &CFormula, env: &mut Vec<ObjId>| eval.holds(f, env);
    match f {
        CFormula::True => {}
        CFormula::Atom { pred, args, .. } => out.push(Failure {
            literal: eval.show(f, env, bound),
            why: "is false".to_string(),
            span: f.span(),
            context: ctx(),
            want: eval.ground(args, env).map(|a| (*pred, a, true)),
        }),
        CFormula::Not(inner, span) => match &**inner {
            CFormula::Atom { pred, args, .. } => out.push(Failure {
                literal: eval.show(f, env, bound),
                why: format!("{} is true", eval.show(inner, env, bound)),
                span: *span,
                context: ctx(),
                want: eval.ground(args, env).map(|a| (*pred, a, false)),
            }),
            CFormula::Eq(..) => out.push(Failure {
                literal: eval.show(f, env, bound),
                why: "both arguments are the same object".to_string(),
                span: *span,
                context: ctx(),
                want: None,
            }),
            other => out.push(Failure {
                literal: eval.show(f, env, bound),
                why: format!("{} holds", eval.show(other, env, bound)),
                span: *span,
                context: ctx(),
                want: None,
            }),
        },
        CFormula::Eq(..) => out.push(Failure {
            literal: eval.show(f, env, bound),
            why: "the arguments are different objects".to_string(),
            span: f.span(),
            context: ctx(),
            want: None,
        }),
        CFormula::And(parts, _) => {
            for p in parts {
                match holds(p, env) {
                    Ok(true) => {}
                    Ok(false) => failures(eval, p, env, bound, context, out),
                    Err(e) => out.push(undefined(eval, p, env, bound, &e, context)),
                }
            }
        }
        CFormula::Or(parts, _) => {
            let c = match context {
                Some(c) => format!("{c}; one alternative of an `or`"),
                None => "one alternative of an `or` (none holds)".to_string(),
            };
            for p in parts {
                failures(eval, p, env, bound, Some(&c), out);
            }
        }
        CFormula::Imply(a, b, _) => {
            let c = format!("required because {} holds", eval.show(a, env, bound));
            failures(eval, b, env, bound, Some(&c), out);
        }
        CFormula::Quant { forall: true, vars, body, .. } => {
            let mut found = 0;
            forall_counterexamples(eval, vars, 0, body, env, bound, context, out, &mut found);
        }
        CFormula::Quant { forall: false, vars, .. } => {
            let names: Vec<String> = vars.iter().map(|v| eval.syms.name(v.name).to_string()).collect();
            out.push(Failure {
                literal: eval.show(f, env, bound),
                why: format!("no choice of {} makes it true", names.join(", ")),
                span: f.span(),
                context: ctx(),
                want: None,
            });
        }
        CFormula::Cmp(_, a, b, _) => {
            let side = |e: &CNum| match e {
                CNum::Const(_) => None,
                _ => Some(match eval.num(e, env) {
                    Ok(v) => format!("{} = {}", eval.show_num(e, env), super::eval::format_number(v)),
                    Err(_) => format!("{} has no value", eval.show_num(e, env)),
                }),
            };
            let values: Vec<String> = [side(a), side(b)].into_iter().flatten().collect();
            out.push(Failure {
                literal: eval.show(f, env, bound),
                why: if values.is_empty() { "is false".to_string() } else { values.join(", ") },
                span: f.span(),
                context: ctx(),
                want: None,
            });
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn forall_counterexamples(
    eval: &Eval,
    vars: &[super::eval::QVar],
    i: usize,
    body: &CFormula,
    env: &mut Vec<ObjId>,
    bound: usize,
    context: Option<&str>,
    out: &mut Vec<Failure>,
    found: &mut usize,
) {
    if *found >= MAX_COUNTEREXAMPLES {
        return;
    }
    let Some(v) = vars.get(i) else {
        if eval.holds(body, env) == Ok(false) {
            *found += 1;
            let binding: Vec<String> = vars
                .iter()
                .map(|v| {
                    format!("{} = {}", eval.syms.name(v.name), eval.world.object_name(eval.syms, env[v.slot as usize]))
                })
                .collect();
            let c = match context {
                Some(c) => format!("{c}; for {}", binding.join(", ")),
                None => format!("for {}", binding.join(", ")),
            };
            let inner_bound = vars.last().map_or(bound, |v| v.slot as usize + 1).max(bound);
            failures(eval, body, env, inner_bound, Some(&c), out);
        }
        return;
    };
    if env.len() <= v.slot as usize {
        env.resize(v.slot as usize + 1, 0);
    }
    for &o in &v.domain {
        env[v.slot as usize] = o;
        forall_counterexamples(eval, vars, i + 1, body, env, bound, context, out, found);
        if *found >= MAX_COUNTEREXAMPLES {
            return;
        }
    }
}

/// A failure for a formula that has no value (an undefined fluent, an arithmetic error).
pub fn undefined(
    eval: &Eval,
    f: &CFormula,
    env: &[ObjId],
    bound: usize,
    e: &EvalError,
    context: Option<&str>,
) -> Failure {
    let why = match e {
        EvalError::Undefined(_, text) => format!("{text} has no value"),
        EvalError::Arithmetic(text) => text.clone(),
        EvalError::Budget => "it could not be evaluated within the budget".to_string(),
    };
    Failure { literal: eval.show(f, env, bound), why, span: f.span(), context: context.map(str::to_string), want: None }
}

/// An action instance that would change a fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Achiever {
    /// `(pick-up c)`
    pub step: String,
    /// The action (index into the compiled actions) and its arguments.
    pub action: usize,
    pub args: Vec<ObjId>,
    pub applicable: bool,
    /// For an instance that does not apply now: its false preconditions.
    pub missing: Vec<String>,
}

/// Most instances of one action tried when looking for achievers.
const MAX_INSTANCES: usize = 2_000;
const MAX_ACHIEVERS: usize = 5;

/// Actions (ground instances) whose effect makes `pred(args)` true (`want`) or false (`!want`).
pub fn achievers(eval: &Eval, actions: &[CAction], pred: u32, args: &[ObjId], want: bool) -> Vec<Achiever> {
    let mut out: Vec<Achiever> = Vec::new();
    for (ai, action) in actions.iter().enumerate() {
        let mut partials: Vec<Vec<Option<ObjId>>> = Vec::new();
        for e in &action.effects {
            matching_effects(e, pred, args, want, action.slots, &mut partials);
        }
        for partial in partials {
            let nparams = action.params.len();
            let mut count = 0;
            let mut env: Vec<ObjId> = vec![0; action.slots.max(nparams)];
            instances(eval, ai, action, &partial, 0, &mut env, &mut count, &mut out);
        }
    }
    out.sort_by_key(|a| !a.applicable);
    let mut seen = std::collections::HashSet::new();
    out.retain(|a| seen.insert(a.step.clone()));
    out.truncate(MAX_ACHIEVERS);
    out
}

fn matching_effects(
    e: &CEffect,
    pred: u32,
    args: &[ObjId],
    want: bool,
    slots: usize,
    out: &mut Vec<Vec<Option<ObjId>>>,
) {
    match e {
        CEffect::Add { pred: p, args: a } | CEffect::Del { pred: p, args: a } => {
            let is_add = matches!(e, CEffect::Add { .. });
            if *p != pred || is_add != want || a.len() != args.len() {
                return;
            }
            let mut binding = vec![None; slots.max(a.len())];
            for (t, &o) in a.iter().zip(args) {
                match *t {
                    CTerm::Obj(x) if x == o => {}
                    CTerm::Slot(s, _) => match binding.get(s as usize).copied().flatten() {
                        Some(x) if x != o => return,
                        _ => {
                            if let Some(b) = binding.get_mut(s as usize) {
                                *b = Some(o);
                            }
                        }
                    },
                    _ => return,
                }
            }
            out.push(binding);
        }
        CEffect::Forall { body, .. } | CEffect::When { body, .. } => {
            body.iter().for_each(|b| matching_effects(b, pred, args, want, slots, out))
        }
        CEffect::Num { .. } => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn instances(
    eval: &Eval,
    ai: usize,
    action: &CAction,
    partial: &[Option<ObjId>],
    i: usize,
    env: &mut Vec<ObjId>,
    count: &mut usize,
    out: &mut Vec<Achiever>,
) {
    if *count >= MAX_INSTANCES || out.iter().filter(|a| a.applicable).count() >= MAX_ACHIEVERS {
        return;
    }
    if i == action.params.len() {
        *count += 1;
        let names: Vec<&str> =
            env[..action.params.len()].iter().map(|&o| eval.world.object_name(eval.syms, o)).collect();
        let step = if names.is_empty() {
            format!("({})", eval.syms.name(action.name))
        } else {
            format!("({} {})", eval.syms.name(action.name), names.join(" "))
        };
        let applicable = eval.holds(&action.pre, env) == Ok(true);
        let mut missing = Vec::new();
        if !applicable {
            let mut fs = Vec::new();
            let mut e = env.clone();
            failures(eval, &action.pre, &mut e, action.params.len(), None, &mut fs);
            missing = fs.into_iter().take(3).map(|f| f.literal).collect();
        }
        out.push(Achiever { step, action: ai, args: env[..action.params.len()].to_vec(), applicable, missing });
        return;
    }
    let domain = eval.world.domain_of(&action.params[i].1);
    match partial.get(i).copied().flatten() {
        Some(o) => {
            if domain.contains(&o) {
                env[i] = o;
                instances(eval, ai, action, partial, i + 1, env, count, out);
            }
        }
        None => {
            for o in domain {
                env[i] = o;
                instances(eval, ai, action, partial, i + 1, env, count, out);
                if *count >= MAX_INSTANCES {
                    return;
                }
            }
        }
    }
}

/// Instances of the same action that differ from the failing step in one argument and apply
/// now: the likely intended step when an argument was mistyped or swapped.
pub fn one_argument_variants(eval: &Eval, action: &CAction, env: &[ObjId]) -> Vec<String> {
    const MAX_VARIANTS: usize = 3;
    const MAX_CHECKS: usize = 5_000;
    let nparams = action.params.len();
    let mut out = Vec::new();
    let mut checks = 0;
    let mut trial: Vec<ObjId> = env.to_vec();
    for i in 0..nparams {
        for o in eval.world.domain_of(&action.params[i].1) {
            if o == env[i] {
                continue;
            }
            checks += 1;
            if checks > MAX_CHECKS || out.len() >= MAX_VARIANTS {
                return out;
            }
            trial[..nparams].copy_from_slice(&env[..nparams]);
            trial[i] = o;
            if eval.holds(&action.pre, &mut trial) == Ok(true) {
                let names: Vec<&str> = trial[..nparams].iter().map(|&x| eval.world.object_name(eval.syms, x)).collect();
                out.push(format!("({} {})", eval.syms.name(action.name), names.join(" ")));
            }
        }
    }
    out
}
