//! Sequential plan validation.
//!
//! The plan is executed from the closed-world initial state. Steps without time stamps are one
//! happening each; steps that share a time stamp form one happening, as VAL executes them: all
//! their preconditions are checked in the same state, interfering steps are refused, then all
//! effects apply (deletes before adds, numeric updates computed in the state before). Conditional
//! effects are evaluated in the state before the happening; derived predicates are recomputed
//! after it. The first failing step ends the run unless `keep_going` is set, in which case the
//! failing step is skipped and the run goes on. Every failure is explained (see `advice`).

use std::sync::Arc;
use std::time::Instant;

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{json, Value};

use super::advice::{self, Failure};
use super::ast::*;
use super::eval::*;
use super::index::DomainIndex;
use super::plan::{self, Plan, Step};
use super::state::{Key, ObjId, State, World};
use super::trajectory::{self, Monitor};
use super::{front_end_verdict, load, Loaded};
use crate::limits::{Budget, Ctx};
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Fix, Kind, Report, Severity, Verdict};
use crate::source::{SourceFile, Span};
use crate::suggest::closest;

mod temporal;

/// Options of a plan check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanOptions {
    /// Keep simulating past failing steps (skipping them) and report every failure.
    pub keep_going: bool,
    /// Include the per-step trace in `detail.trace`: `None` = only for plans up to
    /// [`PlanOptions::AUTO_TRACE_STEPS`] steps.
    pub trace: Option<bool>,
    /// VAL's tolerance ε for temporal plans (`-t`): plan points no more than ε/10 after the
    /// first point of a happening join it, and durations must meet `(= ?duration e)` to within
    /// ε/10. `None` = VAL's default, [`PlanOptions::DEFAULT_TOLERANCE`].
    pub tolerance: Option<f64>,
}

impl PlanOptions {
    pub const AUTO_TRACE_STEPS: usize = 10_000;
    pub const DEFAULT_TOLERANCE: f64 = 0.01;

    /// The tolerance in effect (a negative or non-finite value counts as the default).
    pub fn tolerance(&self) -> f64 {
        match self.tolerance {
            Some(t) if t.is_finite() && t >= 0.0 => t,
            _ => Self::DEFAULT_TOLERANCE,
        }
    }
}

/// Lint codes of the front end that do not stop a plan from being checked.
const NON_BLOCKING: &[&str] = &["pddl/impossible-goal"];

/// Validate a plan against a domain and a problem.
pub fn validate_plan(
    domain: SourceFile,
    problem: SourceFile,
    plan: SourceFile,
    budget: &Budget,
    options: &PlanOptions,
) -> Report {
    let ctx = Ctx::new(budget);
    let loaded = load(Arc::new(domain), Some(Arc::new(problem)), &ctx);
    validate_loaded(&ctx, &loaded, plan, options)
}

/// Validate a plan against a domain and problem already read by [`load`] (with a problem), as
/// servers do to check many plans against one domain and problem (see [`super::cache`]). The
/// Report is the one [`validate_plan`] gives for the same texts. `ctx` is this check's context;
/// it resumes from the suggestion allowance the load left, as a fresh load would.
pub fn validate_plan_loaded(ctx: &Ctx, loaded: &Loaded, plan: SourceFile, options: &PlanOptions) -> Report {
    ctx.set_suggestions_left(loaded.suggest_budget_left);
    validate_loaded(ctx, loaded, plan, options)
}

fn validate_loaded(ctx: &Ctx, loaded: &Loaded, plan: SourceFile, options: &PlanOptions) -> Report {
    let started = ctx.started();
    let budget = ctx.budget();
    let plan_src = Arc::new(plan);
    let mut report = Report::new(Kind::Plan);
    report.add_source(loaded.domain_src.clone());
    if let Some(problem) = &loaded.problem_src {
        report.add_source(problem.clone());
    }
    report.add_source(plan_src.clone());
    if let Some(stop) = front_end_stop(loaded, &plan_src, budget) {
        report.verdict = stop.0;
        report.extend(loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned());
        report.extend(stop.2);
        report.summary = stop.1;
        report.set_detail("failed_step", Value::Null);
        report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
        return report;
    }
    let read_started = Instant::now();
    // The plan's names are interned after the domain's, in a copy: `loaded` may be shared.
    let mut syms = loaded.syms.clone();
    let plan = plan::read(&plan_src, &mut syms);
    let read_ms = read_started.elapsed().as_secs_f64() * 1000.0;
    report.extend(plan.diagnostics.iter().cloned());
    let (Some(dom), Some(prob), Some(index)) = (&loaded.domain, &loaded.problem, &loaded.index) else {
        report.verdict = Verdict::Error;
        report.summary = "the domain or problem could not be read".to_string();
        return report;
    };
    let sim_started = Instant::now();
    let mut sim = Simulator::new(dom, prob, index, &syms, ctx);
    let trace = options.trace.unwrap_or(plan.steps.len() <= PlanOptions::AUTO_TRACE_STEPS);
    let inputs = Inputs {
        plan: &plan,
        plan_src: &plan_src,
        problem_src: loaded.problem_src.as_deref(),
        domain_src: &loaded.domain_src,
        prob,
    };
    let temporal = dom.actions.iter().any(|a| a.durative) || !sim.tils.is_empty();
    if let Some(d) = temporal::unsupported(&sim, &loaded.domain_src) {
        report.verdict = Verdict::Unknown;
        report.summary = d.message.clone();
        report.push(d);
        report.set_detail("failed_step", Value::Null);
        report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
        return report;
    }
    let outcome =
        if temporal { sim.run_temporal(&inputs, options, trace) } else { sim.run(&inputs, options.keep_going, trace) };
    let sim_ms = sim_started.elapsed().as_secs_f64() * 1000.0;
    finish(&mut report, &sim, &inputs, outcome);
    report.set_stat("steps", plan.steps.len());
    report.set_stat("read_plan_ms", read_ms);
    report.set_stat("simulate_ms", sim_ms);
    report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
    report
}

/// Why the plan cannot be checked at all: (verdict, summary, extra diagnostics).
fn front_end_stop(
    loaded: &Loaded,
    plan_src: &SourceFile,
    budget: &Budget,
) -> Option<(Verdict, String, Vec<Diagnostic>)> {
    if let Some(d) = budget.input_too_large(plan_src, "the plan") {
        return Some((Verdict::Unknown, d.message.clone(), vec![d]));
    }
    if loaded.out_of_budget {
        return Some((Verdict::Unknown, "a budget ran out while reading the domain or problem".to_string(), vec![]));
    }
    let blocking =
        loaded.diagnostics.iter().find(|d| d.severity == Severity::Error && !NON_BLOCKING.contains(&d.code.as_str()));
    if let Some(d) = blocking {
        let verdict = if front_end_verdict(loaded) == Verdict::Unknown { Verdict::Unknown } else { Verdict::Error };
        let at = match (&d.file, &d.span) {
            (Some(f), Some(s)) => format!(" ({f}:{}:{})", s.line, s.column),
            _ => String::new(),
        };
        return Some((
            verdict,
            format!(
                "the plan cannot be checked: the {} has errors; first: {}{at}",
                d.file.as_deref().unwrap_or("input"),
                d.message
            ),
            vec![],
        ));
    }
    if loaded.problem.is_none() {
        return Some((Verdict::Error, "the plan cannot be checked: no problem was read".to_string(), vec![]));
    }
    None
}

#[derive(Clone, Copy)]
struct Inputs<'a> {
    plan: &'a Plan,
    plan_src: &'a SourceFile,
    problem_src: Option<&'a SourceFile>,
    domain_src: &'a SourceFile,
    prob: &'a Problem,
}

/// What went wrong at a step.
#[derive(Debug)]
enum StepFault {
    Malformed,
    UnknownAction,
    Arity {
        want: usize,
    },
    UnknownObject {
        arg: usize,
    },
    Type {
        arg: usize,
        param: usize,
    },
    Precondition {
        failures: Vec<Failure>,
    },
    Undefined {
        error: EvalError,
        failures: Vec<Failure>,
    },
    Interferes {
        with: usize,
        reason: String,
    },
    /// The `[d]` of a durative step breaks the `:duration` constraint; `want` when it fixes one value.
    Duration {
        failures: Vec<Failure>,
        want: Option<f64>,
    },
    /// A durative step without `[d]`.
    MissingDuration {
        want: Option<f64>,
    },
    /// The `over all` condition is false after a happening inside the step's interval.
    Invariant {
        failures: Vec<Failure>,
    },
    /// Interferes with another point of its happening (a step's point, or a TIL when `with`
    /// is `None`); `other` names the other point's kind.
    Mutex {
        with: Option<usize>,
        other: &'static str,
        reason: String,
    },
}

#[derive(Debug)]
struct StepFailure {
    step: usize,
    action: Option<usize>,
    fault: StepFault,
    /// Relevant part of the state, and the achievers of missing facts.
    state: Vec<String>,
    advice: Vec<Advice>,
    /// How to repair the step, best first.
    repair: Option<Repair>,
    /// The same action with one argument changed, applicable now.
    variants: Vec<String>,
    /// In a temporal plan: which point of the step failed, and when.
    moment: Option<temporal::Moment>,
}

impl StepFailure {
    /// A failure with no advice, repair or time yet.
    fn new(step: usize, action: Option<usize>, fault: StepFault) -> StepFailure {
        StepFailure {
            step,
            action,
            fault,
            state: Vec::new(),
            advice: Vec::new(),
            variants: Vec::new(),
            repair: None,
            moment: None,
        }
    }

    /// The same failure at a point of a temporal plan.
    fn at(self, moment: temporal::Moment) -> StepFailure {
        StepFailure { moment: Some(moment), ..self }
    }
}

/// What would make one false literal true.
#[derive(Debug)]
struct Advice {
    /// The fact as it must become: `(holding c)` or `(not (clear b))`.
    fact: String,
    /// For a derived predicate: why its rule does not hold (its achievers are those of the
    /// rule's first false base literal).
    derived: Option<String>,
    achievers: Vec<advice::Achiever>,
}

/// A repair for a failing step, verified against the state where it applies.
#[derive(Debug)]
enum Repair {
    /// A step of the same happening makes the fact true: give the failing step a later time.
    Retime { with: usize, time: f64 },
    /// A later step makes the failing step applicable: move it before (at `time` when stamped).
    Move { from: usize, time: Option<f64> },
    /// An applicable action makes the failing step applicable: insert it.
    Insert { step: String, time: Option<f64> },
    /// The same action with other arguments applies now.
    Replace { step: String },
    /// Start the (temporal) step at `time`, just after the happening at `after` that makes
    /// its conditions true.
    /// `merged`: the providing point joined the step's happening (it lies within a tenth of
    /// this tolerance).
    Shift { time: f64, after: f64, merged: Option<f64> },
}

#[derive(Default)]
struct Outcome {
    failures: Vec<StepFailure>,
    goal: Option<GoalFailure>,
    /// The budget stopped the run.
    out_of_budget: Option<Diagnostic>,
    final_value: Option<f64>,
    trace: Vec<Value>,
    happenings: usize,
    executed: usize,
}

struct GoalFailure {
    failures: Vec<Failure>,
    last_change: Vec<Option<usize>>,
    advice: Vec<Advice>,
    error: Option<EvalError>,
}

struct Simulator<'a> {
    syms: &'a Symbols,
    index: &'a DomainIndex,
    dom: &'a Domain,
    world: World,
    actions: Vec<CAction>,
    /// The timed parts of each durative action (`None` for an instantaneous one).
    durative: Vec<Option<CDurative>>,
    /// Timed initial literals: time, effects, span in the problem.
    tils: Vec<(f64, Vec<CEffect>, Span)>,
    action_ids: FxHashMap<Sym, usize>,
    derived: DerivedRules,
    goal: Option<(CFormula, usize)>,
    metric: Option<CNum>,
    preferences: Vec<Preference>,
    /// Trajectory constraints, and how many of them come from the domain (the first ones).
    monitors: Vec<Monitor>,
    domain_monitors: usize,
    state: State,
    /// The last step that added or deleted each watched atom (the goal's ground atoms; every
    /// atom when the goal has quantified atoms), to say which step undid a goal.
    last_change: FxHashMap<Key, usize>,
    watched: Watched,
    /// Derived atoms of the goal and whether each held after the last happening.
    watched_derived: Vec<(Key, bool)>,
    ctx: &'a Ctx,
    budget: &'a Budget,
    work: u64,
    /// Quantifier bindings left for the whole run (`Budget::max_ground_atoms`).
    bindings: std::cell::Cell<u64>,
    /// Set while a repair is being checked by re-running the plan: that run looks for no
    /// repairs of its own.
    repairing: bool,
}

/// A numeric update of one step, computed in the state before the happening.
struct NumChange {
    key: Key,
    op: AssignOp,
    value: f64,
    /// The step (index into the plan) and the effect's span in the domain.
    step: usize,
    span: Span,
}

/// An error while applying effects, with the step and effect that caused it when known.
type EffectError = (EvalError, Option<(usize, Span)>);

/// Per happening: atoms added and deleted, numeric changes.
type TraceEntry = (Vec<String>, Vec<String>, Vec<Value>);

/// Ground changes of one happening, computed in the state before it.
#[derive(Default)]
struct Changes {
    adds: Vec<Key>,
    dels: Vec<Key>,
    nums: Vec<NumChange>,
    /// Atoms without a key yet (outside the packing): interned when applied.
    new_atoms: Vec<(u32, Vec<ObjId>, bool)>,
}

impl Changes {
    fn clear(&mut self) {
        self.adds.clear();
        self.dels.clear();
        self.nums.clear();
        self.new_atoms.clear();
    }
}

impl<'a> Simulator<'a> {
    fn new(
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

    fn eval(&self, total_time: f64) -> Eval<'_> {
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
    fn resolve(&self, plan: &Plan, step: &Step) -> Result<(usize, Vec<ObjId>), (Option<usize>, StepFault)> {
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

    fn recompute_derived(&mut self) -> Result<(), EvalError> {
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
    fn begin_run(&mut self, out: &mut Outcome) -> bool {
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
    fn end_run(&mut self, out: &mut Outcome, keep_going: bool, last_time: f64) -> bool {
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

    fn run(&mut self, inputs: &Inputs, keep_going: bool, trace: bool) -> Outcome {
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
    fn observe(&mut self, state: usize, time: f64) {
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

    fn check_step(&self, plan: &Plan, step: &Step, time: f64) -> Result<(usize, Vec<ObjId>), Box<StepFailure>> {
        let si = step.index - 1;
        let (ai, env) =
            self.resolve(plan, step).map_err(|(action, fault)| Box::new(StepFailure::new(si, action, fault)))?;
        let eval = self.eval(time);
        self.check_condition(&eval, &self.actions[ai].pre, si, ai, env, true)
    }

    /// Check `pre` of action `ai` (grounded by `env`) for step `si`: on failure, the false
    /// literals with their advice and the relevant state (and, when `variants`, the same action
    /// with one argument changed that would apply), or the undefined values.
    fn check_condition(
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

    fn advice_for(&self, eval: &Eval, failures: &[Failure]) -> Vec<Advice> {
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
    fn repair(
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
    fn would_enable(&self, eval: &Eval, a: &advice::Achiever, ai: usize, env: &[ObjId]) -> bool {
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
    fn relevant_state(&self, objects: &[ObjId], failures: &[Failure]) -> Vec<String> {
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

    /// Two steps of one happening interfere when one changes what the other reads or changes.
    fn interference(&self, ready: &[(usize, usize, Vec<ObjId>)]) -> Option<StepFailure> {
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

    /// Apply a happening's changes; returns the trace entry (added, deleted, numeric).
    #[allow(clippy::type_complexity)]
    /// Apply a happening's changes; returns the trace entry (added, deleted, numeric). Numeric
    /// results are computed first, so a failing update leaves the state untouched; the error
    /// names the step and the effect that failed.
    fn apply(&mut self, changes: &mut Changes, step: usize, trace: bool) -> Result<Option<TraceEntry>, EffectError> {
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
    fn effect_failure(&self, inputs: &Inputs, ai: usize, span: Span, env: &[ObjId], error: &EvalError) -> Failure {
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

    fn check_goal(&self, time: f64) -> Option<GoalFailure> {
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
    fn final_value(&self, plan: &Plan) -> Option<f64> {
        self.final_value_at(plan.steps.len() as f64)
    }

    /// The metric with `total-time` = `steps`, or `steps` without a metric.
    fn final_value_at(&self, steps: f64) -> Option<f64> {
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

/// The ground derived atoms of a goal.
fn derived_goal_atoms(world: &World, f: &CFormula, out: &mut Vec<Key>) {
    match f {
        CFormula::Atom { pred, args, derived: true, .. } => {
            let ground: Option<Vec<ObjId>> =
                args.iter().map(|t| if let CTerm::Obj(o) = t { Some(*o) } else { None }).collect();
            if let Some(k) = ground.and_then(|g| world.key(*pred, &g)) {
                out.push(k);
            }
        }
        CFormula::Not(i, _) => derived_goal_atoms(world, i, out),
        CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().for_each(|p| derived_goal_atoms(world, p, out)),
        CFormula::Imply(a, b, _) => {
            derived_goal_atoms(world, a, out);
            derived_goal_atoms(world, b, out);
        }
        _ => {}
    }
}

/// The atoms whose history is kept.
enum Watched {
    All,
    /// The keys, and which predicates they have (a cheap filter before the hash probe).
    Some(FxHashSet<Key>, Vec<bool>),
}

impl Watched {
    fn contains(&self, k: &Key) -> bool {
        match self {
            Watched::All => true,
            Watched::Some(set, preds) => {
                !set.is_empty()
                    && super::state::packed_head(*k).is_none_or(|p| preds.get(p as usize).copied().unwrap_or(false))
                    && set.contains(k)
            }
        }
    }
}

/// The ground atoms of a goal; all atoms when the goal has atoms over quantified variables.
fn watch_goal(world: &mut World, goal: &CFormula) -> Watched {
    fn walk(world: &mut World, f: &CFormula, out: &mut FxHashSet<Key>) -> bool {
        match f {
            CFormula::Atom { pred, args, .. } => {
                let ground: Option<Vec<ObjId>> =
                    args.iter().map(|t| if let CTerm::Obj(o) = t { Some(*o) } else { None }).collect();
                match ground {
                    Some(g) => {
                        out.insert(world.key_mut(*pred, &g));
                        true
                    }
                    None => args.iter().all(|t| !matches!(t, CTerm::Slot(..))),
                }
            }
            CFormula::Not(i, _) => walk(world, i, out),
            CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().all(|p| walk(world, p, out)),
            CFormula::Imply(a, b, _) => walk(world, a, out) & walk(world, b, out),
            CFormula::Quant { body, .. } => {
                walk(world, body, out);
                false
            }
            CFormula::True | CFormula::Eq(..) | CFormula::Cmp(..) => true,
        }
    }
    let mut set = FxHashSet::default();
    if walk(world, goal, &mut set) {
        let mut preds = vec![false; world.preds.len()];
        for &k in &set {
            if let Some(p) = preds.get_mut(world.decode(k).0 as usize) {
                *p = true;
            }
        }
        Watched::Some(set, preds)
    } else {
        Watched::All
    }
}

fn budget_diagnostic(budget: &Budget) -> Diagnostic {
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
fn initial(world: &mut World, state: &mut State, init: &Init) {
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

/// The ground effects of one step (`step`), computed in the state before the happening.
fn collect(
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

fn fluent_name(eval: &Eval, func: u32) -> Sym {
    eval.world.funcs.get(func as usize).copied().unwrap_or_default()
}

fn forall_effects(
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
fn ground_text(text: &str, params: &[(Sym, Vec<Sym>)], env: &[ObjId], world: &World, syms: &Symbols) -> String {
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

/// The parts of a formula that have no value.
fn collect_undefined(eval: &Eval, f: &CFormula, env: &mut Vec<ObjId>, bound: usize, out: &mut Vec<Failure>) {
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

/// What a ground step reads and writes, for the interference test.
#[derive(Default)]
struct Footprint {
    reads: FxHashSet<Key>,
    adds: FxHashSet<Key>,
    dels: FxHashSet<Key>,
    num_reads: FxHashSet<Key>,
    /// Fluents written, and whether only additively (increase/decrease).
    num_writes: FxHashMap<Key, bool>,
}

impl Footprint {
    fn conflict(&self, other: &Footprint, world: &World, syms: &Symbols) -> Option<String> {
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

fn footprint(eval: &Eval, pre: &CFormula, effects: &[CEffect], env: &[ObjId], limit: u64) -> Footprint {
    let mut fp = Footprint::default();
    let mut env = env.to_vec();
    let mut budget = limit;
    formula_reads(eval, pre, &mut env, &mut fp, &mut budget);
    effect_footprint(eval, effects, &mut env, &mut fp, &mut budget);
    fp
}

fn formula_reads(eval: &Eval, f: &CFormula, env: &mut Vec<ObjId>, fp: &mut Footprint, budget: &mut u64) {
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

fn num_reads(eval: &Eval, e: &CNum, env: &[ObjId], fp: &mut Footprint) {
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

fn effect_footprint(eval: &Eval, effects: &[CEffect], env: &mut Vec<ObjId>, fp: &mut Footprint, budget: &mut u64) {
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

fn each_binding(vars: &[QVar], i: usize, env: &mut Vec<ObjId>, f: &mut dyn FnMut(&mut Vec<ObjId>)) {
    let Some(v) = vars.get(i) else { return f(env) };
    if env.len() <= v.slot as usize {
        env.resize(v.slot as usize + 1, 0);
    }
    for &o in &v.domain {
        env[v.slot as usize] = o;
        each_binding(vars, i + 1, env, f);
    }
}

/// Happenings in time order: (time, range into the returned step order). Steps without a time
/// stamp get the time of their position (1, 2, …), as VAL numbers them.
fn group_happenings(plan: &Plan) -> (Vec<usize>, Vec<(f64, std::ops::Range<usize>)>) {
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

// ----- the Report --------------------------------------------------------------------------------

fn finish(report: &mut Report, sim: &Simulator, inputs: &Inputs, outcome: Outcome) {
    let plan = inputs.plan;
    let plan_src = inputs.plan_src;
    let mut failures_json = Vec::new();
    for f in &outcome.failures {
        let (d, j) = step_diagnostic(sim, inputs, f);
        report.push(d);
        failures_json.push(j);
    }
    let mut unsatisfied_goals: Vec<String> = Vec::new();
    if let Some(g) = &outcome.goal {
        unsatisfied_goals = g.failures.iter().map(|f| f.literal.clone()).collect();
        report.push(goal_diagnostic(inputs, g));
    }
    let mut violated_constraints = Vec::new();
    for (i, m) in sim.monitors.iter().enumerate() {
        let (Some((state, time, reason)), None) = (&m.violation, m.preference) else { continue };
        let d = constraint_diagnostic(inputs, i < sim.domain_monitors, *state, *time, reason, m);
        violated_constraints.push(json!({"constraint": d.message, "state": state, "time": time}));
        report.push(d);
    }
    if let Some(d) = &outcome.out_of_budget {
        report.push(d.clone());
    }
    let first = outcome.failures.first();
    let failed_step = first.map(|f| plan.steps[f.step].index);
    let syntax_errors = report.diagnostics.iter().any(|d| d.code == codes::PLAN_SYNTAX_ERROR.name);
    report.verdict = if outcome.out_of_budget.is_some() {
        Verdict::Unknown
    } else if first.is_some() || outcome.goal.is_some() || syntax_errors || !violated_constraints.is_empty() {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    report.summary = match (first, &outcome.goal, &outcome.out_of_budget) {
        (_, _, Some(d)) => d.message.clone(),
        (Some(f), _, _) => {
            let s = &plan.steps[f.step];
            let extra = if outcome.failures.len() > 1 {
                format!(" ({} failing steps in all)", outcome.failures.len())
            } else {
                String::new()
            };
            format!(
                "step {} `{}` (line {}) fails: {}{extra}",
                s.index,
                plan_src.slice(s.span),
                s.line,
                short_reason(sim, inputs, f)
            )
        }
        (None, Some(g), _) => {
            let lits: Vec<&str> = g.failures.iter().take(3).map(|f| f.literal.as_str()).collect();
            let more = if g.failures.len() > 3 { format!(" and {} more", g.failures.len() - 3) } else { String::new() };
            format!("every step applies but the goal is not reached: {}{more} false at the end", lits.join(", "))
        }
        (None, None, None) if !violated_constraints.is_empty() => {
            let d = report.diagnostics.iter().find(|d| d.code == codes::PLAN_CONSTRAINT_VIOLATED.name);
            format!(
                "every step applies and the goal is reached, but {}",
                d.map_or("a constraint is violated".to_string(), |d| d.message.clone())
            )
        }
        (None, None, None) if syntax_errors => {
            let d = report.diagnostics.iter().find(|d| d.code == codes::PLAN_SYNTAX_ERROR.name);
            let line = d.and_then(|d| d.span).map_or(0, |s| s.line);
            format!("the plan has lines that are not steps (first on line {line}); the steps it has reach the goal")
        }
        (None, None, None) => {
            let value = outcome.final_value.map(format_number).unwrap_or_else(|| "undefined".to_string());
            format!(
                "plan valid: {} step{} reach the goal; final value {value}",
                plan.steps.len(),
                if plan.steps.len() == 1 { "" } else { "s" }
            )
        }
    };
    report.set_detail("failed_step", json!(failed_step));
    report.set_detail("failed_line", json!(first.map(|f| plan.steps[f.step].line)));
    report.set_detail("failed_action", json!(first.map(|f| plan_src.slice(plan.steps[f.step].span))));
    report.set_detail(
        "failed_time",
        json!(first.map(|f| f.moment.as_ref().map_or_else(|| happening_time(plan, f.step), |m| m.reported_time()))),
    );
    report.set_detail("failed_part", json!(first.and_then(|f| f.moment.as_ref()).map(|m| m.part.text())));
    report.set_detail("unsatisfied_goals", json!(unsatisfied_goals));
    report.set_detail("violated_constraints", Value::Array(violated_constraints));
    report.set_detail("final_value", json!(outcome.final_value));
    report.set_detail("steps", json!(plan.steps.len()));
    report.set_detail("happenings", json!(outcome.happenings));
    report.set_detail("executed_steps", json!(outcome.executed));
    report.set_detail("failures", Value::Array(failures_json));
    if let Some(f) = first {
        report.set_detail("state", json!(f.state));
    }
    let traced = !outcome.trace.is_empty() || plan.steps.is_empty();
    report.set_detail("trace", if traced { Value::Array(outcome.trace) } else { Value::Null });
}

fn happening_time(plan: &Plan, step: usize) -> f64 {
    if plan.timestamped() {
        plan.steps[step].time.unwrap_or(step as f64 + 1.0)
    } else {
        step as f64 + 1.0
    }
}

fn action_signature(sim: &Simulator, ai: usize) -> String {
    let a = &sim.dom.actions[sim.actions[ai].decl];
    let params: Vec<String> = a
        .params
        .iter()
        .map(|p| match &p.ty {
            Some(t) => format!(
                "{} - {}",
                sim.syms.name(p.name.sym),
                t.names().iter().map(|n| sim.syms.name(n.sym)).collect::<Vec<_>>().join("|")
            ),
            None => sim.syms.name(p.name.sym).to_string(),
        })
        .collect();
    format!("({}{}{})", sim.syms.name(a.name.sym), if params.is_empty() { "" } else { " " }, params.join(" "))
}

fn short_reason(sim: &Simulator, inputs: &Inputs, f: &StepFailure) -> String {
    let plan = inputs.plan;
    let step = &plan.steps[f.step];
    let args = plan.args(step);
    match &f.fault {
        StepFault::Malformed => "the step is not well-formed".to_string(),
        StepFault::UnknownAction => format!("the domain has no action `{}`", sim.syms.name(step.action.sym)),
        StepFault::Arity { want } => format!(
            "`{}` takes {want} argument{}, the step has {}",
            sim.syms.name(step.action.sym),
            if *want == 1 { "" } else { "s" },
            args.len()
        ),
        StepFault::UnknownObject { arg } => {
            format!("`{}` is not an object of the problem", inputs.plan_src.slice(args[*arg].span))
        }
        StepFault::Type { arg, .. } => format!("`{}` has the wrong type", inputs.plan_src.slice(args[*arg].span)),
        StepFault::Precondition { failures, .. } => {
            let lits: Vec<String> = failures.iter().take(3).map(|x| format!("{} {}", x.literal, x.why)).collect();
            let more = if failures.len() > 3 { format!(" (and {} more)", failures.len() - 3) } else { String::new() };
            format!("{}{more}", lits.join("; "))
        }
        StepFault::Undefined { failures, error } => match failures.first() {
            Some(x) => format!("{} — {}", x.literal, x.why),
            None => format!("{error:?}"),
        },
        StepFault::Interferes { with, reason } => {
            format!("it is simultaneous with step {} and interferes: {reason}", plan.steps[*with].index)
        }
        StepFault::Duration { failures, .. } => match failures.first() {
            Some(x) => format!("its duration breaks the :duration constraint: {} {}", x.literal, x.why),
            None => "its duration breaks the :duration constraint".to_string(),
        },
        StepFault::MissingDuration { .. } => "it is a durative action and has no [duration]".to_string(),
        StepFault::Invariant { failures } => {
            let m = f.moment.as_ref();
            let lits: Vec<String> = failures.iter().take(3).map(|x| format!("{} {}", x.literal, x.why)).collect();
            format!(
                "its `over all` condition breaks between {} and {}: {}",
                m.map_or("?".into(), |m| format_number(m.time)),
                m.and_then(|m| m.until).map_or("its end".into(), format_number),
                lits.join("; ")
            )
        }
        StepFault::Mutex { with, other, reason } => match with {
            Some(w) => format!(
                "it interferes with the {other} of step {} in the same happening: {reason}",
                plan.steps[*w].index
            ),
            None => format!("it interferes with a timed initial literal in the same happening: {reason}"),
        },
    }
}

fn error_text(error: &EvalError) -> String {
    match error {
        EvalError::Undefined(_, t) => format!("{t} has no value"),
        EvalError::Arithmetic(t) => t.clone(),
        EvalError::Budget => "a budget ran out".to_string(),
    }
}

fn achiever_notes(advice: &[Advice]) -> Vec<String> {
    let mut notes = Vec::new();
    for a in advice {
        let items: Vec<String> = a
            .achievers
            .iter()
            .map(|x| {
                if x.applicable {
                    format!("{} (applicable now)", x.step)
                } else {
                    format!("{} (needs {})", x.step, x.missing.join(", "))
                }
            })
            .collect();
        let achieved = if items.is_empty() {
            "no action can make it hold".to_string()
        } else {
            format!("achieved by: {}", items.join("; "))
        };
        match &a.derived {
            Some(why) => notes.push(format!("{why}; {achieved}")),
            None if items.is_empty() => notes.push(format!("no action can make {} hold", a.fact)),
            None => notes.push(format!("{} can be {achieved}", a.fact)),
        }
    }
    notes
}

fn advice_json(advice: &[Advice]) -> Value {
    Value::Array(
        advice
            .iter()
            .map(|a| {
                json!({
                    "fact": a.fact,
                    "derived": a.derived,
                    "actions": a.achievers.iter().map(|x| json!({"step": x.step, "applicable": x.applicable, "missing": x.missing})).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

/// A step's text for insertion: time-stamped (and with the failing step's duration) when the
/// plan is.
fn stamped(step: &str, time: Option<f64>, duration: Option<f64>) -> String {
    match time {
        Some(t) => {
            let d = duration.map_or(String::new(), |d| format!(" [{}]", format_number(d)));
            format!("{}: {step}{d}", format_number(t))
        }
        None => step.to_string(),
    }
}

/// The edits that move step `from` to just before step `to` (re-stamped at `time`), when `from`
/// is alone on its line.
fn move_edits(plan: &Plan, src: &SourceFile, from: usize, to: usize, time: Option<f64>) -> Option<Fix> {
    let moved = &plan.steps[from];
    let target = &plan.steps[to];
    if plan.steps.iter().filter(|s| s.line == moved.line).count() != 1 {
        return None;
    }
    let line = src.line_span(moved.line);
    let end = (line.end as usize + 1).min(src.text().len());
    let indent: String = src.slice(src.line_span(target.line)).chars().take_while(|c| c.is_whitespace()).collect();
    let text = stamped(src.slice(moved.span), time, moved.duration.or(target.duration));
    let fix = Fix::new(format!("move step {} `{}` before step {}", moved.index, src.slice(moved.span), target.index))
        .edit(src, src.line_span(target.line).at_start(), format!("{indent}{text}\n"))
        .edit(src, Span::new(line.start as usize, end), "");
    Some(fix)
}

fn failure_lines(failures: &[Failure]) -> String {
    failures
        .iter()
        .map(|f| match &f.context {
            Some(c) => format!("{} {} ({c})", f.literal, f.why),
            None => format!("{} {}", f.literal, f.why),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn failures_json(failures: &[Failure]) -> Value {
    Value::Array(failures.iter().map(|f| json!({"literal": f.literal, "value": f.why, "context": f.context})).collect())
}

fn step_diagnostic(sim: &Simulator, inputs: &Inputs, f: &StepFailure) -> (Diagnostic, Value) {
    let plan = inputs.plan;
    let src = inputs.plan_src;
    let dsrc = inputs.domain_src;
    let step = &plan.steps[f.step];
    let text = src.slice(step.span).to_string();
    let args = plan.args(step);
    let prefix = match &f.moment {
        Some(m) if m.part == temporal::Part::OverAll => format!("step {} `{text}`", step.index),
        Some(m) if m.part == temporal::Part::Instant => {
            format!("step {} `{text}` (at {})", step.index, format_number(m.time))
        }
        Some(m) => {
            let own = step.time.unwrap_or(step.index as f64)
                + if m.part == temporal::Part::End { step.duration.unwrap_or(0.0) } else { 0.0 };
            if (own - m.time).abs() > 1e-9 {
                format!(
                    "step {} `{text}` ({} {}, in the happening at {})",
                    step.index,
                    m.part.text(),
                    format_number(own),
                    format_number(m.time)
                )
            } else {
                format!("step {} `{text}` ({} {})", step.index, m.part.text(), format_number(m.time))
            }
        }
        None => format!("step {} `{text}`", step.index),
    };
    let mut j = json!({"step": step.index, "line": step.line, "action": text});
    if let Some(m) = &f.moment {
        j["part"] = json!(m.part.text().trim_start_matches("at ").replace(' ', "-"));
        j["time"] = json!(m.reported_time());
    }
    let code: &Code;
    let mut d = match &f.fault {
        StepFault::Malformed => {
            code = &codes::PLAN_SYNTAX_ERROR;
            Diagnostic::new(code, format!("{prefix} cannot be read, so the plan cannot go on")).at(src, step.span)
        }
        StepFault::UnknownAction => {
            code = &codes::PLAN_UNKNOWN_ACTION;
            let name = src.slice(step.action.span).to_string();
            let candidates: Vec<&str> = sim.actions.iter().map(|a| sim.syms.name(a.name)).collect();
            let d =
                Diagnostic::new(code, format!("{prefix}: the domain has no action `{name}`")).at(src, step.action.span);
            match closest(sim.ctx, &name, candidates.iter().copied()) {
                Some(best) => d
                    .help(format!("did you mean `{best}`?"))
                    .fix(Fix::new(format!("replace `{name}` with `{best}`")).edit(src, step.action.span, best)),
                None => d.help(format!("the domain's actions are: {}", candidates.join(", "))),
            }
        }
        StepFault::Arity { want } => {
            code = &codes::PLAN_WRONG_ARITY;
            let ai = f.action.unwrap_or(0);
            let sig = action_signature(sim, ai);
            Diagnostic::new(
                code,
                format!(
                    "{prefix}: `{}` takes {want} argument{}, found {}",
                    sim.syms.name(step.action.sym),
                    if *want == 1 { "" } else { "s" },
                    args.len()
                ),
            )
            .at(src, step.span)
            .label(dsrc, sim.dom.actions[sim.actions[ai].decl].name.span, format!("declared as {sig}"))
            .help(format!("write the step as {sig}, one object per parameter"))
        }
        StepFault::UnknownObject { arg } => {
            code = &codes::PLAN_UNKNOWN_OBJECT;
            let name = src.slice(args[*arg].span).to_string();
            let ai = f.action.unwrap_or(0);
            let want = &sim.actions[ai].params[*arg].1;
            let candidates: Vec<&str> =
                sim.world.domain_of(want).iter().map(|&o| sim.world.object_name(sim.syms, o)).collect();
            let all: Vec<&str> = sim.world.objects.iter().map(|&o| sim.syms.name(o)).collect();
            let d = Diagnostic::new(code, format!("{prefix}: `{name}` is not an object of the problem"))
                .at(src, args[*arg].span);
            match closest(sim.ctx, &name, candidates.iter().copied())
                .or_else(|| closest(sim.ctx, &name, all.iter().copied()))
            {
                Some(best) => d
                    .help(format!("did you mean `{best}`?"))
                    .fix(Fix::new(format!("replace `{name}` with `{best}`")).edit(src, args[*arg].span, best)),
                None => {
                    let shown: Vec<&str> = candidates.iter().take(12).copied().collect();
                    d.help(format!("objects that fit here: {}", shown.join(", ")))
                }
            }
        }
        StepFault::Type { arg, param } => {
            code = &codes::PLAN_TYPE_MISMATCH;
            let ai = f.action.unwrap_or(0);
            let name = src.slice(args[*arg].span).to_string();
            let o = sim.world.object_ids.get(&args[*arg].sym).copied().unwrap_or(0);
            let have: Vec<&str> = sim.world.object_types[o as usize].iter().map(|&t| sim.syms.name(t)).collect();
            let (pname, ptypes) = &sim.actions[ai].params[*param];
            let want: Vec<&str> = ptypes.iter().map(|&t| sim.syms.name(t)).collect();
            let fitting: Vec<&str> =
                sim.world.domain_of(ptypes).iter().take(12).map(|&o| sim.world.object_name(sim.syms, o)).collect();
            Diagnostic::new(
                code,
                format!(
                    "{prefix}: `{name}` is a `{}`, but parameter `{}` of `{}` must be a `{}`",
                    have.join("|"),
                    sim.syms.name(*pname),
                    sim.syms.name(step.action.sym),
                    want.join("|")
                ),
            )
            .at(src, args[*arg].span)
            .label(dsrc, sim.dom.actions[sim.actions[ai].decl].params[*param].name.span, "parameter declared here")
            .help(format!(
                "objects that fit: {} (check the argument order: {})",
                fitting.join(", "),
                action_signature(sim, ai)
            ))
        }
        StepFault::Precondition { failures, .. } => {
            code = &codes::PLAN_UNSATISFIED_PRECONDITION;
            let n = failures.len();
            let cond = match f.moment.as_ref().map(|m| m.part) {
                Some(temporal::Part::Start) => "its `at start` condition",
                Some(temporal::Part::End) => "its `at end` condition",
                _ => "its precondition",
            };
            let mut d = Diagnostic::new(
                code,
                format!(
                    "{prefix}: {} of {cond} {} false: {}",
                    if n == 1 { "a literal".to_string() } else { format!("{n} literals") },
                    if n == 1 { "is" } else { "are" },
                    failures.iter().map(|x| x.literal.as_str()).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(src, step.span);
            let at_end = f.moment.as_ref().filter(|m| m.part == temporal::Part::End);
            if let Some(m) = at_end {
                d = d.note(format!(
                    "the step ends at {} (start {} + duration {})",
                    format_number(m.time),
                    format_number(step.time.unwrap_or(0.0)),
                    format_number(step.duration.unwrap_or(0.0))
                ));
                for c in &m.causes {
                    d = d.note(format!("when it ends, {c}"));
                }
            }
            if failures.iter().any(|x| x.context.is_some() || !x.why.starts_with("is ")) {
                d = d.note(failure_lines(failures));
            }
            for x in failures.iter().take(6) {
                d = d.label(dsrc, x.span, format!("{} {}", x.literal, x.why));
            }
            if !f.state.is_empty() {
                d = d.note(format!("relevant state before the step: {}", f.state.join(" ")));
            }
            for n in achiever_notes(&f.advice) {
                d = d.note(n);
            }
            let line_start = src.line_span(step.line).at_start();
            let indent: String =
                src.slice(src.line_span(step.line)).chars().take_while(|c| c.is_whitespace()).collect();
            match &f.repair {
                Some(Repair::Retime { with, time }) => {
                    let other = &plan.steps[*with];
                    let help = format!(
                        "step {} `{}` makes it true, but steps with the same time stamp are checked in the same state: give step {} a later time",
                        other.index,
                        src.slice(other.span),
                        step.index
                    );
                    d = d.help(help);
                    if let Some(ts) = step.time_span {
                        d = d.fix(Fix::new(format!("stamp step {} at {}", step.index, format_number(*time))).edit(
                            src,
                            ts,
                            format!("{}:", format_number(*time)),
                        ));
                    }
                }
                Some(Repair::Move { from, time }) => {
                    let moved = &plan.steps[*from];
                    d = d.help(format!(
                        "step {} `{}` applies now and makes this step applicable: move it before step {}",
                        moved.index,
                        src.slice(moved.span),
                        step.index
                    ));
                    if let Some(fix) = move_edits(plan, src, *from, f.step, *time) {
                        d = d.fix(fix);
                    }
                }
                Some(Repair::Insert { step: text, time }) => {
                    let stamped_text = stamped(text, *time, step.duration);
                    d = d.help(format!("insert {stamped_text} before step {}", step.index)).fix(
                        Fix::new(format!("insert {stamped_text} before step {}", step.index)).edit(
                            src,
                            line_start,
                            format!("{indent}{stamped_text}\n"),
                        ),
                    );
                }
                Some(Repair::Shift { time, after, merged }) => {
                    d = shift_help(d, src, step, *time, *after, *merged);
                }
                Some(Repair::Replace { step: v }) => {
                    let all = f.variants.join(", ");
                    d = d
                        .help(format!("with other arguments the step applies now: {all}"))
                        .fix(Fix::new(format!("replace step {} with {v}", step.index)).edit(src, step.span, v.clone()));
                }
                None if at_end.is_some() => {
                    d = d.help("the `at end` condition must hold when the step ends: end it when the condition holds (change its start), or keep other steps from changing it before then");
                }
                None if f.advice.iter().any(|a| !a.achievers.is_empty()) => {
                    d = d.help("no single action makes the step applicable: make the false literals true first (see the achievers above), or reorder the steps");
                }
                None => {
                    d = d.help("no action can make these literals true: the step cannot apply here; check its arguments and the steps before it");
                }
            }
            j["unsatisfied"] = failures_json(failures);
            j["state"] = json!(f.state);
            j["variants"] = json!(f.variants);
            j["achievers"] = advice_json(&f.advice);
            d
        }
        StepFault::Undefined { error, failures } => {
            code = match error {
                EvalError::Arithmetic(_) => &codes::PLAN_ARITHMETIC_ERROR,
                _ => &codes::PLAN_UNDEFINED_FLUENT,
            };
            let what = error_text(error);
            j["unsatisfied"] = failures_json(failures);
            let mut d = Diagnostic::new(code, format!("{prefix}: {what}")).at(src, step.span);
            for x in failures.iter().filter(|x| x.span != Span::default()).take(4) {
                d = d.label(dsrc, x.span, format!("{} {}", x.literal, x.why));
            }
            match error {
                EvalError::Arithmetic(_) => d.help(
                    "the expression has no value in this state: guard the step with a precondition that excludes it \
                     (e.g. a non-zero divisor), or change the values that lead to it",
                ),
                _ => d.help("give the fluent a value in the problem's `:init`, or guard the step with a precondition"),
            }
        }
        StepFault::Duration { failures, want } => {
            code = &codes::PLAN_DURATION_VIOLATED;
            let given = step.duration.map_or("?".to_string(), format_number);
            let mut d = Diagnostic::new(
                code,
                format!(
                    "{prefix}: the duration {given} breaks the action's :duration constraint{}",
                    match want {
                        Some(w) => format!(", which requires {}", format_number(*w)),
                        None => String::new(),
                    }
                ),
            )
            .at(src, duration_span(src, step).unwrap_or(step.span));
            for x in failures.iter().take(4) {
                d = d.label(dsrc, x.span, format!("{} {}", x.literal, x.why));
            }
            j["unsatisfied"] = failures_json(failures);
            match (want, duration_span(src, step)) {
                (Some(w), Some(span)) => {
                    let text = format!("[{}]", format_duration(*w));
                    d.help(format!("use the duration the constraint gives: {text}")).fix(
                        Fix::new(format!("set the duration of step {} to {}", step.index, format_duration(*w)))
                            .edit(src, span, text),
                    )
                }
                _ => d.help("choose a duration that satisfies the constraint in the state where the step starts"),
            }
        }
        StepFault::MissingDuration { want } => {
            code = &codes::PLAN_MISSING_DURATION;
            let d = Diagnostic::new(
                code,
                format!(
                    "{prefix}: `{}` is a durative action, but the step gives no [duration]",
                    sim.syms.name(step.action.sym)
                ),
            )
            .at(src, step.span);
            match want {
                Some(w) => {
                    let text = format!(" [{}]", format_duration(*w));
                    d.help(format!("append the duration the constraint gives:{text}")).fix(
                        Fix::new(format!("give step {} its duration{text}", step.index)).edit(
                            src,
                            Span { start: step.span.end, end: step.span.end },
                            text,
                        ),
                    )
                }
                None => d.help("append `[d]` with a duration that satisfies the action's :duration constraint"),
            }
        }
        StepFault::Invariant { failures } => {
            code = &codes::PLAN_INVARIANT_VIOLATED;
            let m = f.moment.as_ref();
            let from = m.map_or("?".to_string(), |m| format_number(m.time));
            let until = m.and_then(|m| m.until).map_or("its end".to_string(), format_number);
            let n = failures.len();
            let mut d = Diagnostic::new(
                code,
                format!(
                    "{prefix}: its `over all` condition breaks between {from} and {until}: {} {} false",
                    failures.iter().map(|x| x.literal.as_str()).collect::<Vec<_>>().join(", "),
                    if n == 1 { "is" } else { "are" }
                ),
            )
            .at(src, step.span);
            for c in m.map(|m| m.causes.as_slice()).unwrap_or_default() {
                d = d.note(format!("between {from} and {until}, {c}"));
            }
            for x in failures.iter().take(6) {
                d = d.label(dsrc, x.span, format!("{} {}", x.literal, x.why));
            }
            if !f.state.is_empty() {
                d = d.note(format!("relevant state after {from}: {}", f.state.join(" ")));
            }
            for n in achiever_notes(&f.advice) {
                d = d.note(n);
            }
            d = match &f.repair {
                Some(Repair::Shift { time, after, merged }) => shift_help(d, src, step, *time, *after, *merged),
                _ => d.help("the condition must hold from the start to the end of the action: start it when the condition holds and keep other steps from breaking it until it ends"),
            };
            j["unsatisfied"] = failures_json(failures);
            j["interval"] = json!([m.map(|m| m.time), m.and_then(|m| m.until)]);
            j["causes"] = json!(m.map(|m| m.causes.clone()).unwrap_or_default());
            j["state"] = json!(f.state);
            j["achievers"] = advice_json(&f.advice);
            d
        }
        StepFault::Mutex { with, other, reason } => {
            code = &codes::PLAN_MUTEX_VIOLATION;
            let time = f.moment.as_ref().map_or(0.0, |m| m.time);
            let what = match with {
                Some(w) => format!("the {other} of step {} `{}`", plan.steps[*w].index, src.slice(plan.steps[*w].span)),
                None => "a timed initial literal".to_string(),
            };
            let mut d = Diagnostic::new(
                code,
                format!("{prefix} falls in the same happening as {what} and interferes: {reason}"),
            )
            .at(src, step.span);
            if let Some(w) = with {
                d = d.label(src, plan.steps[*w].span, format!("{other} in the same happening"));
            }
            d.note(format!("points no more than a tenth of the tolerance after a happening's first point (at {}) join it; --tolerance sets the tolerance", format_number(time)))
                .help("separate the two by at least the tolerance, or order them so that one finishes before the other needs its facts")
        }
        StepFault::Interferes { with, reason } => {
            code = &codes::PLAN_INTERFERING_STEPS;
            let other = &plan.steps[*with];
            Diagnostic::new(
                code,
                format!(
                    "{prefix} is simultaneous with step {} `{}` and interferes: {reason}",
                    other.index,
                    src.slice(other.span)
                ),
            )
            .at(src, step.span)
            .label(src, other.span, "simultaneous step")
            .help(format!("give step {} a later time stamp", step.index))
        }
    };
    if let Some(ai) = f.action {
        let decl = &sim.dom.actions[sim.actions[ai].decl];
        if matches!(f.fault, StepFault::Precondition { .. } | StepFault::Undefined { .. }) && d.labels.is_empty() {
            d = d.label(dsrc, decl.name.span, "action declared here");
        }
    }
    j["code"] = json!(code.name);
    j["message"] = json!(d.message);
    (d, j)
}

/// Help and fix for a temporal step that should start later.
fn shift_help(d: Diagnostic, src: &SourceFile, step: &Step, time: f64, after: f64, merged: Option<f64>) -> Diagnostic {
    let d = match merged {
        Some(tolerance) => d.note(format!(
            "a point at {} makes the condition true, but it lies within a tenth of the tolerance ({}) of this step, so both form one happening and the step sees the state before it; plans from LPG or POPF assume --tolerance 0.001",
            format_number(after),
            format_number(tolerance)
        )),
        None => d,
    };
    let d = d.help(format!(
        "start step {} at {} instead, just after the happening at {} that makes the condition true (checked: the step then succeeds)",
        step.index,
        format_number(time),
        format_number(after)
    ));
    match step.time_span {
        Some(ts) => d.fix(Fix::new(format!("start step {} at {}", step.index, format_number(time))).edit(
            src,
            ts,
            format!("{}:", format_number(time)),
        )),
        None => d,
    }
}

/// The `[d]` after a step, brackets included.
fn duration_span(src: &SourceFile, step: &Step) -> Option<Span> {
    let line = src.line_span(step.line);
    let rest = src.slice(Span { start: step.span.end, end: line.end.max(step.span.end) });
    let open = rest.find('[')?;
    let close = rest[open..].find(']')? + open;
    let at = step.span.end as usize;
    Some(Span::new(at + open, at + close + 1))
}

/// A duration as planners print it: at most 4 decimals, rounded up so `=` still holds.
fn format_duration(d: f64) -> String {
    format_number((d * 10_000.0).round() / 10_000.0)
}

fn constraint_diagnostic(
    inputs: &Inputs,
    in_domain: bool,
    state: usize,
    time: f64,
    reason: &str,
    m: &Monitor,
) -> Diagnostic {
    let plan = inputs.plan;
    let file = if in_domain { Some(inputs.domain_src) } else { inputs.problem_src };
    let when = if state == 0 {
        "in the initial state".to_string()
    } else {
        // The last step of the happening after which the constraint broke.
        let (order, happenings) = group_happenings(plan);
        match happenings.get(state - 1).and_then(|(_, r)| order[r.clone()].last()) {
            Some(&si) => {
                let st = &plan.steps[si];
                format!(
                    "after step {} `{}` (line {}, time {})",
                    st.index,
                    inputs.plan_src.slice(st.span),
                    st.line,
                    format_number(time)
                )
            }
            None => format!("at time {}", format_number(time)),
        }
    };
    let text = file.map_or_else(String::new, |f| f.slice(m.span).split_whitespace().collect::<Vec<_>>().join(" "));
    let mut d = Diagnostic::new(
        &codes::PLAN_CONSTRAINT_VIOLATED,
        format!("the constraint `{text}` is violated {when}: {reason}"),
    );
    if let Some(f) = file {
        d = d.at(f, m.span);
    }
    d.help("change the steps around that point so that the constraint holds")
}

fn goal_diagnostic(inputs: &Inputs, g: &GoalFailure) -> Diagnostic {
    let plan = inputs.plan;
    let n = g.failures.len();
    let lits: Vec<&str> = g.failures.iter().map(|f| f.literal.as_str()).collect();
    let mut d = Diagnostic::new(
        &codes::PLAN_GOAL_NOT_SATISFIED,
        format!(
            "the plan ends without reaching the goal: {} {} false",
            lits.join(", "),
            if n == 1 { "is" } else { "are" }
        ),
    );
    if let Some(err) = &g.error {
        d = Diagnostic::new(
            &codes::PLAN_UNDEFINED_FLUENT,
            format!("the goal has no value at the end of the plan: {}", error_text(err)),
        );
    }
    if let Some(psrc) = inputs.problem_src {
        match inputs.prob.goal.as_ref() {
            Some(goal) => {
                d = d.at(psrc, goal.span());
                for f in g.failures.iter().take(6) {
                    d = d.label(psrc, f.span, format!("{} {}", f.literal, f.why));
                }
            }
            None => d = d.in_file(psrc),
        }
    }
    let mut history = Vec::new();
    for (f, last) in g.failures.iter().zip(&g.last_change) {
        let line = match last {
            Some(step) => {
                let s = &plan.steps[step - 1];
                format!(
                    "{}: last changed by step {} `{}` (line {})",
                    f.literal,
                    s.index,
                    inputs.plan_src.slice(s.span),
                    s.line
                )
            }
            None if f.want.is_some() => format!("{}: no step ever changed it", f.literal),
            None => format!("{} {}", f.literal, f.why),
        };
        history.push(line);
    }
    d = d.note(history.join("\n"));
    for n in achiever_notes(&g.advice) {
        d = d.note(n);
    }
    if g.error.is_some() {
        d = d.help("give the fluent a value in the problem's `:init`, or add steps that assign it");
    } else if let Some(a) = g.advice.iter().find_map(|a| a.achievers.iter().find(|x| x.applicable)) {
        let end = inputs.plan_src.text().len();
        let sep = if inputs.plan_src.text().ends_with('\n') || end == 0 { "" } else { "\n" };
        let time = plan.timestamped().then(|| plan.steps.iter().filter_map(|s| s.time).fold(0.0, f64::max) + 1.0);
        let duration = plan.steps.last().and_then(|s| s.duration);
        let text = stamped(&a.step, time, duration);
        d = d
            .help(format!("{text} applies in the final state; append it, then continue towards the remaining goals"))
            .fix(Fix::new(format!("append {text} to the plan")).edit(
                inputs.plan_src,
                Span::new(end, end),
                format!("{sep}{text}\n"),
            ));
    } else if g.advice.iter().any(|a| !a.achievers.is_empty()) {
        d = d.help("add steps that achieve the false goal literals (see the achievers above)");
    } else {
        d = d.help("add steps that achieve the false goal literals");
    }
    d
}
