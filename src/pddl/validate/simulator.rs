//! The simulator: a plan executed happening by happening from the initial state.
//!
//! [`Simulator`] holds the compiled domain and problem and the current state. `run` executes a
//! sequential (or time-stamped, non-durative) plan; `temporal` adds `run_temporal`. Every step
//! is grounded and checked in the state before its happening; the first failure ends the run
//! unless `keep_going`. Budgets: plan steps (`max_steps`), quantifier bindings and derived
//! instances (`max_ground_atoms`); running out ends the run with a `limit/*` diagnostic.

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{json, Value};

use super::effects::{collect, Changes};
use super::fault::{GoalFailure, Outcome, StepFailure, StepFault};
use super::history::{derived_goal_atoms, watch_goal, Watched};
use super::interference::each_binding;
use super::{temporal, Inputs};
use crate::limits::{Budget, Ctx};
use crate::pddl::advice::{self, Failure};
use crate::pddl::ast::*;
use crate::pddl::eval::*;
use crate::pddl::index::DomainIndex;
use crate::pddl::plan::{Plan, Step};
use crate::pddl::state::{Key, ObjId, State, World};
use crate::pddl::trajectory::{self, Monitor};
use crate::report::codes;
use crate::report::Diagnostic;
use crate::source::Span;

pub(super) struct Simulator<'a> {
    pub(super) syms: &'a Symbols,
    pub(super) index: &'a DomainIndex,
    pub(super) dom: &'a Domain,
    pub(super) world: World,
    pub(super) actions: Vec<CAction>,
    /// The timed parts of each durative action (`None` for an instantaneous one).
    pub(super) durative: Vec<Option<CDurative>>,
    /// Timed initial literals: time, effects, span in the problem.
    pub(super) tils: Vec<(f64, Vec<CEffect>, Span)>,
    pub(super) action_ids: FxHashMap<Sym, usize>,
    pub(super) derived: DerivedRules,
    pub(super) goal: Option<(CFormula, usize)>,
    pub(super) metric: Option<CNum>,
    pub(super) preferences: Vec<Preference>,
    /// Trajectory constraints, and how many of them come from the domain (the first ones).
    pub(super) monitors: Vec<Monitor>,
    pub(super) domain_monitors: usize,
    pub(super) state: State,
    /// The last step that added or deleted each watched atom (the goal's ground atoms; every
    /// atom when the goal has quantified atoms), to say which step undid a goal.
    pub(super) last_change: FxHashMap<Key, usize>,
    pub(super) watched: Watched,
    /// Derived atoms of the goal and whether each held after the last happening.
    pub(super) watched_derived: Vec<(Key, bool)>,
    pub(super) ctx: &'a Ctx,
    pub(super) budget: &'a Budget,
    pub(super) work: u64,
    /// Quantifier bindings left for the whole run (`Budget::max_ground_atoms`).
    pub(super) bindings: std::cell::Cell<u64>,
    /// Set while a repair is being checked by re-running the plan: that run looks for no
    /// repairs of its own.
    pub(super) repairing: bool,
}

impl<'a> Simulator<'a> {
    pub(super) fn new(
        dom: &'a Domain,
        prob: &'a Problem,
        index: &'a DomainIndex,
        syms: &'a Symbols,
        ctx: &'a Ctx,
    ) -> Simulator<'a> {
        let budget = ctx.budget();
        let mut world = World::new(dom, prob, index);
        let (actions, derived, goal, metric, preferences) = {
            let mut c = Compiler::new(&world, index, syms);
            let (actions, durative): (Vec<CAction>, Vec<Option<CDurative>>) = dom
                .actions
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    if a.durative {
                        let (action, parts) = c.durative(i, a);
                        (action, Some(parts))
                    } else {
                        (c.action(i, a), None)
                    }
                })
                .unzip();
            let tils = temporal::compile_tils(&mut c, &prob.init);
            let rules: Vec<CDerived> = dom.derived.iter().filter_map(|d| c.derived(d)).collect();
            let goal = prob.goal.as_ref().map(|g| c.closed(&[], g));
            let metric = prob.metric.as_ref().map(|m| c.num(&m.expr));
            let preferences = prob.goal.as_ref().map(|g| c.preferences(g)).unwrap_or_default();
            let domain_monitors = trajectory::monitors(&mut c, &dom.constraints.iter().collect::<Vec<_>>());
            let n = domain_monitors.len();
            let mut monitors = domain_monitors;
            monitors.extend(trajectory::monitors(&mut c, &prob.constraints.iter().collect::<Vec<_>>()));
            ((actions, durative, tils), DerivedRules::new(rules), goal, metric, (preferences, monitors, n))
        };
        let (actions, durative, tils) = actions;
        let (preferences, monitors, domain_monitors) = preferences;
        let action_ids = actions.iter().enumerate().map(|(i, a)| (a.name, i)).rev().collect();
        let watched = match &goal {
            Some((g, _)) => watch_goal(&mut world, g),
            None => Watched::Some(FxHashSet::default(), Vec::new()),
        };
        let mut state = State::default();
        for init in &prob.init {
            initial(&mut world, &mut state, init);
        }
        Simulator {
            syms,
            index,
            dom,
            world,
            actions,
            durative,
            tils,
            action_ids,
            derived,
            goal,
            metric,
            preferences,
            monitors,
            domain_monitors,
            state,
            last_change: FxHashMap::default(),
            watched_derived: Vec::new(),
            watched,
            ctx,
            budget,
            repairing: false,
            work: 0,
            bindings: std::cell::Cell::new(budget.max_ground_atoms),
        }
    }

    pub(super) fn eval(&self, total_time: f64) -> Eval<'_> {
        Eval {
            world: &self.world,
            state: &self.state,
            syms: self.syms,
            total_time,
            duration: 0.0,
            violated: None,
            bindings: Some(&self.bindings),
        }
    }

    /// Ground a step: its action and argument objects.
    pub(super) fn resolve(&self, plan: &Plan, step: &Step) -> Result<(usize, Vec<ObjId>), (Option<usize>, StepFault)> {
        if step.malformed {
            return Err((None, StepFault::Malformed));
        }
        let Some(&ai) = self.action_ids.get(&step.action.sym) else {
            return Err((None, StepFault::UnknownAction));
        };
        let action = &self.actions[ai];
        let args = plan.args(step);
        if args.len() != action.params.len() {
            return Err((Some(ai), StepFault::Arity { want: action.params.len() }));
        }
        let mut env = vec![0; action.slots.max(args.len())];
        for (i, a) in args.iter().enumerate() {
            let Some(&o) = self.world.object_ids.get(&a.sym) else {
                return Err((Some(ai), StepFault::UnknownObject { arg: i }));
            };
            if self.index.typed && !self.index.object_fits(&self.world.object_types[o as usize], &action.params[i].1) {
                return Err((Some(ai), StepFault::Type { arg: i, param: i }));
            }
            env[i] = o;
        }
        Ok((ai, env))
    }

    pub(super) fn recompute_derived(&mut self) -> Result<(), EvalError> {
        if self.derived.is_empty() {
            return Ok(());
        }
        let mut state = std::mem::take(&mut self.state);
        let r = self.derived.compute(&self.world, self.syms, &mut state, &mut self.work, self.budget.max_ground_atoms);
        self.state = state;
        r
    }

    /// Prepare the initial state for a run (derived atoms, watched goal atoms, the monitors'
    /// first state); false (with the budget diagnostic in `out`) when the budget already ran out.
    pub(super) fn begin_run(&mut self, out: &mut Outcome) -> bool {
        if self.recompute_derived().is_err() {
            out.out_of_budget = Some(budget_diagnostic(self.budget));
            return false;
        }
        if let Some((goal, _)) = &self.goal {
            let mut keys = Vec::new();
            derived_goal_atoms(&self.world, goal, &mut keys);
            self.watched_derived = keys.into_iter().map(|k| (k, self.state.derived.contains(&k))).collect();
        }
        self.observe(0, 0.0);
        true
    }

    /// After the last happening: the goal and the trajectory constraints at `last_time`.
    /// Returns whether the plan succeeded (so its final value is wanted).
    pub(super) fn end_run(&mut self, out: &mut Outcome, keep_going: bool, last_time: f64) -> bool {
        if out.out_of_budget.is_some() {
            return false;
        }
        if out.failures.is_empty() || keep_going {
            out.goal = self.check_goal(last_time);
            if out.goal.as_ref().is_some_and(|g| g.error == Some(EvalError::Budget)) {
                out.goal = None;
                out.out_of_budget = Some(budget_diagnostic(self.budget));
                return false;
            }
            let mut monitors = std::mem::take(&mut self.monitors);
            let eval = self.eval(last_time);
            for m in &mut monitors {
                m.finish(&eval, out.happenings, last_time);
            }
            self.monitors = monitors;
        }
        let broken = self.monitors.iter().any(|m| m.preference.is_none() && m.violation.is_some());
        out.failures.is_empty() && out.goal.is_none() && !broken
    }

    pub(super) fn run(&mut self, inputs: &Inputs, keep_going: bool, trace: bool) -> Outcome {
        let plan = inputs.plan;
        let mut out = Outcome::default();
        if !self.begin_run(&mut out) {
            return out;
        }
        let (order, happenings) = group_happenings(plan);
        let mut last_time = 0.0;
        let mut changes = Changes::default();
        let mut ready: Vec<(usize, usize, Vec<ObjId>)> = Vec::new();
        'happenings: for (h, (time, range)) in happenings.iter().enumerate() {
            let members = &order[range.clone()];
            out.happenings += 1;
            last_time = *time;
            if (out.executed + members.len()) as u64 > self.budget.max_steps {
                out.out_of_budget = Some(
                    Diagnostic::new(
                        &codes::LIMIT_STEPS,
                        format!("the plan has more steps than the budget of {}", self.budget.max_steps),
                    )
                    .at(inputs.plan_src, plan.steps[members[0]].span)
                    .help("raise the budget with --max-steps"),
                );
                break;
            }
            // Ground and check every step of the happening in the state before it.
            ready.clear();
            let mut failed_here = false;
            for &si in members {
                let step = &plan.steps[si];
                match self.check_step(plan, step, *time) {
                    Ok((ai, env)) => ready.push((si, ai, env)),
                    Err(f) if matches!(f.fault, StepFault::Undefined { error: EvalError::Budget, .. }) => {
                        out.out_of_budget = Some(budget_diagnostic(self.budget));
                        break 'happenings;
                    }
                    Err(mut f) => {
                        f.repair = self.repair(plan, &order, &happenings, h, &f);
                        failed_here = true;
                        out.failures.push(*f);
                        if !keep_going {
                            break 'happenings;
                        }
                    }
                }
            }
            if failed_here && !keep_going {
                break;
            }
            if ready.len() > 1 {
                if let Some(f) = self.interference(&ready) {
                    out.failures.push(f);
                    if !keep_going {
                        break;
                    }
                    continue;
                }
            }
            changes.clear();
            let mut effect_error = None;
            for (si, ai, env) in &mut ready {
                let action = &self.actions[*ai];
                let eval = self.eval(*time);
                if let Err((e, span)) = collect(&eval, &action.effects, env, *si, &mut changes) {
                    effect_error = Some((*si, *ai, e, span, env.clone()));
                    break;
                }
            }
            let step_for_trace = ready.first().map_or(0, |r| r.0);
            let record = match effect_error {
                Some((si, ai, e, span, env)) => Err((e, Some((si, ai, span, env)))),
                None => self.apply(&mut changes, step_for_trace + 1, trace).map_err(|(e, at)| {
                    let culprit = at.and_then(|(si, span)| {
                        ready.iter().find(|r| r.0 == si).map(|(si, ai, env)| (*si, *ai, span, env.clone()))
                    });
                    (e, culprit)
                }),
            };
            let record = match record {
                Ok(record) => record,
                Err((EvalError::Budget, _)) => {
                    out.out_of_budget = Some(budget_diagnostic(self.budget));
                    break;
                }
                Err((error, culprit)) => {
                    let (si, ai, span, env) = culprit.unwrap_or_else(|| {
                        let (si, ai, env) = &ready[0];
                        (*si, *ai, Span::default(), env.clone())
                    });
                    let failure = self.effect_failure(inputs, ai, span, &env, &error);
                    out.failures.push(StepFailure::new(
                        si,
                        Some(ai),
                        StepFault::Undefined { error, failures: vec![failure] },
                    ));
                    if !keep_going {
                        break;
                    }
                    continue;
                }
            };
            out.executed += ready.len();
            self.observe(h + 1, *time);
            if trace {
                if let Some(entry) = record {
                    let steps: Vec<Value> = ready
                        .iter()
                        .map(|(si, _, _)| {
                            let s = &plan.steps[*si];
                            json!({"step": s.index, "line": s.line, "action": inputs.plan_src.slice(s.span)})
                        })
                        .collect();
                    out.trace.push(json!({
                        "happening": h + 1,
                        "time": time,
                        "steps": steps,
                        "added": entry.0,
                        "deleted": entry.1,
                        "numeric": entry.2,
                    }));
                }
            }
        }
        if self.end_run(&mut out, keep_going, last_time) {
            out.final_value = self.final_value(plan);
        }
        out
    }

    /// Show the current state to the trajectory constraints.
    pub(super) fn observe(&mut self, state: usize, time: f64) {
        if self.monitors.is_empty() {
            return;
        }
        let mut monitors = std::mem::take(&mut self.monitors);
        let eval = self.eval(time);
        for m in &mut monitors {
            m.observe(&eval, state, time);
        }
        self.monitors = monitors;
    }

    pub(super) fn check_step(
        &self,
        plan: &Plan,
        step: &Step,
        time: f64,
    ) -> Result<(usize, Vec<ObjId>), Box<StepFailure>> {
        let si = step.index - 1;
        let (ai, env) =
            self.resolve(plan, step).map_err(|(action, fault)| Box::new(StepFailure::new(si, action, fault)))?;
        let eval = self.eval(time);
        self.check_condition(&eval, &self.actions[ai].pre, si, ai, env, true)
    }

    /// Check `pre` of action `ai` (grounded by `env`) for step `si`: on failure, the false
    /// literals with their advice and the relevant state (and, when `variants`, the same action
    /// with one argument changed that would apply), or the undefined values.
    pub(super) fn check_condition(
        &self,
        eval: &Eval,
        pre: &CFormula,
        si: usize,
        ai: usize,
        mut env: Vec<ObjId>,
        variants: bool,
    ) -> Result<(usize, Vec<ObjId>), Box<StepFailure>> {
        let action = &self.actions[ai];
        let nparams = action.params.len();
        let mut failures = Vec::new();
        match eval.holds(pre, &mut env) {
            Ok(true) => Ok((ai, env)),
            Ok(false) => {
                let mut e = env.clone();
                advice::failures(eval, pre, &mut e, nparams, None, &mut failures);
                let mut f = StepFailure::new(si, Some(ai), StepFault::Precondition { failures: Vec::new() });
                f.advice = self.advice_for(eval, &failures);
                f.state = self.relevant_state(&env[..nparams], &failures);
                if variants {
                    f.variants = advice::one_argument_variants(eval, action, &env);
                }
                f.fault = StepFault::Precondition { failures };
                Err(Box::new(f))
            }
            Err(error) => {
                let mut e = env.clone();
                collect_undefined(eval, pre, &mut e, nparams, &mut failures);
                Err(Box::new(StepFailure::new(si, Some(ai), StepFault::Undefined { error, failures })))
            }
        }
    }
    pub(super) fn check_goal(&self, time: f64) -> Option<GoalFailure> {
        let (goal, slots) = self.goal.as_ref()?;
        let eval = self.eval(time);
        let mut env = vec![0; *slots];
        match eval.holds(goal, &mut env) {
            Ok(true) => None,
            Ok(false) => {
                let mut failures = Vec::new();
                advice::failures(&eval, goal, &mut env, 0, None, &mut failures);
                let last_change = failures
                    .iter()
                    .map(|f| {
                        let (p, args, _) = f.want.as_ref()?;
                        let k = self.world.key(*p, args)?;
                        self.last_change.get(&k).copied()
                    })
                    .collect();
                let advice = self.advice_for(&eval, &failures);
                Some(GoalFailure { failures, last_change, advice, error: None })
            }
            Err(e) => {
                let mut failures = Vec::new();
                collect_undefined(&eval, goal, &mut env, 0, &mut failures);
                let n = failures.len();
                Some(GoalFailure { failures, last_change: vec![None; n], advice: Vec::new(), error: Some(e) })
            }
        }
    }

    /// The value VAL prints as `Final value`: the metric, or the number of steps without one.
    /// As in VAL, `total-time` of a sequential plan is its number of steps.
    pub(super) fn final_value(&self, plan: &Plan) -> Option<f64> {
        self.final_value_at(plan.steps.len() as f64)
    }

    /// The metric with `total-time` = `steps`, or `steps` without a metric.
    pub(super) fn final_value_at(&self, steps: f64) -> Option<f64> {
        let Some(m) = &self.metric else { return Some(steps) };
        let mut violated: FxHashMap<Sym, f64> = FxHashMap::default();
        let eval = self.eval(steps);
        for p in &self.preferences {
            let mut env = vec![0; p.slots.max(1)];
            let mut count = 0.0;
            each_binding(&p.vars, 0, &mut env, &mut |env| {
                if eval.holds(&p.body, env) != Ok(true) {
                    count += 1.0;
                }
            });
            *violated.entry(p.name).or_insert(0.0) += count;
        }
        for m in self.monitors.iter().filter(|m| m.violation.is_some()) {
            if let Some(name) = m.preference {
                *violated.entry(name).or_insert(0.0) += 1.0;
            }
        }
        let eval = Eval { violated: Some(&violated), ..self.eval(steps) };
        eval.num(m, &[]).ok()
    }
}

pub(super) fn budget_diagnostic(budget: &Budget) -> Diagnostic {
    Diagnostic::new(
        &codes::LIMIT_GROUND_ATOMS,
        format!(
            "evaluating derived predicates or quantifiers needed more than {} ground instances",
            budget.max_ground_atoms
        ),
    )
    .help("raise the budget with --max-ground-atoms")
}

/// Put an `:init` element into the initial state.
pub(super) fn initial(world: &mut World, state: &mut State, init: &Init) {
    let ground = |world: &World, a: &Atom| -> Option<Vec<ObjId>> {
        a.args.iter().map(|t| world.object_ids.get(&t.name().sym).copied()).collect()
    };
    match init {
        Init::Atom(a) => {
            let (Some(&p), Some(args)) = (world.pred_ids.get(&a.pred.sym), ground(world, a)) else { return };
            let k = world.key_mut(p, &args);
            state.atoms.insert(k);
        }
        Init::Assign(f, InitValue::Number(v), _) => {
            let (Some(&fi), Some(args)) = (world.func_ids.get(&f.pred.sym), ground(world, f)) else { return };
            let k = world.key_mut(fi, &args);
            state.values.insert(k, *v);
        }
        Init::Assign(_, InitValue::Object(_), _) | Init::Not(..) | Init::At(..) => {}
    }
}

/// The parts of a formula that have no value.
pub(super) fn collect_undefined(eval: &Eval, f: &CFormula, env: &mut Vec<ObjId>, bound: usize, out: &mut Vec<Failure>) {
    match f {
        CFormula::And(ps, _) | CFormula::Or(ps, _) => {
            ps.iter().for_each(|p| collect_undefined(eval, p, env, bound, out))
        }
        CFormula::Not(i, _) => collect_undefined(eval, i, env, bound, out),
        CFormula::Imply(a, b, _) => {
            collect_undefined(eval, a, env, bound, out);
            collect_undefined(eval, b, env, bound, out);
        }
        _ => {
            if let Err(e) = eval.holds(f, env) {
                out.push(advice::undefined(eval, f, env, bound, &e, None));
            }
        }
    }
}

/// Happenings in time order: (time, range into the returned step order). Steps without a time
/// stamp get the time of their position (1, 2, …), as VAL numbers them.
pub(super) fn group_happenings(plan: &Plan) -> (Vec<usize>, Vec<(f64, std::ops::Range<usize>)>) {
    let timestamped = plan.timestamped();
    let time = |i: usize| if timestamped { plan.steps[i].time.unwrap_or(i as f64 + 1.0) } else { i as f64 + 1.0 };
    let mut order: Vec<usize> = (0..plan.steps.len()).collect();
    if timestamped {
        order.sort_by(|&a, &b| time(a).total_cmp(&time(b)).then(a.cmp(&b)));
    }
    let mut groups: Vec<(f64, std::ops::Range<usize>)> = Vec::with_capacity(order.len());
    for (pos, &i) in order.iter().enumerate() {
        let t = time(i);
        match groups.last_mut() {
            Some((last, range)) if timestamped && *last == t => range.end = pos + 1,
            _ => groups.push((t, pos..pos + 1)),
        }
    }
    (order, groups)
}
