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
use super::{front_end_verdict, load, Loaded};
use crate::limits::Budget;
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Fix, Kind, Report, Severity, Verdict};
use crate::source::{SourceFile, Span};
use crate::suggest::closest;

/// Options of a plan check.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOptions {
    /// Keep simulating past failing steps (skipping them) and report every failure.
    pub keep_going: bool,
    /// Include the per-step trace in `detail.trace`: `None` = only for plans up to
    /// [`PlanOptions::AUTO_TRACE_STEPS`] steps.
    pub trace: Option<bool>,
}

impl PlanOptions {
    pub const AUTO_TRACE_STEPS: usize = 10_000;
}

impl Default for PlanOptions {
    fn default() -> PlanOptions {
        PlanOptions { keep_going: false, trace: None }
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
    let started = Instant::now();
    let (domain, problem, plan_src) = (Arc::new(domain), Arc::new(problem), Arc::new(plan));
    let mut report = Report::new(Kind::Plan);
    for s in [&domain, &problem, &plan_src] {
        report.add_source(s.clone());
    }
    let mut loaded = load(domain, Some(problem), budget);
    if let Some(stop) = front_end_stop(&loaded, &plan_src, budget) {
        report.verdict = stop.0;
        report.extend(loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned());
        report.extend(stop.2);
        report.summary = stop.1;
        report.set_detail("failed_step", Value::Null);
        report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
        return report;
    }
    // Constructs that a valid verdict does not cover are worth repeating here.
    report.extend(loaded.diagnostics.iter().filter(|d| d.code == codes::PDDL_NOT_YET_VERIFIED.name).cloned());
    let read_started = Instant::now();
    let plan = plan::read(&plan_src, &mut loaded.syms);
    let read_ms = read_started.elapsed().as_secs_f64() * 1000.0;
    report.extend(plan.diagnostics.iter().cloned());
    let (Some(dom), Some(prob), Some(index)) = (&loaded.domain, &loaded.problem, &loaded.index) else {
        report.verdict = Verdict::Error;
        report.summary = "the domain or problem could not be read".to_string();
        return report;
    };
    let sim_started = Instant::now();
    let mut sim = Simulator::new(dom, prob, index, &loaded.syms, budget);
    let trace = options.trace.unwrap_or(plan.steps.len() <= PlanOptions::AUTO_TRACE_STEPS);
    let inputs = Inputs {
        plan: &plan,
        plan_src: &plan_src,
        problem_src: loaded.problem_src.as_deref(),
        domain_src: &loaded.domain_src,
        prob,
    };
    let outcome = sim.run(&inputs, options.keep_going, trace);
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
    if plan_src.text().len() > budget.max_input_bytes {
        let d = Diagnostic::new(
            &codes::LIMIT_INPUT_BYTES,
            format!(
                "the plan is {} bytes, over the input budget of {} bytes",
                plan_src.text().len(),
                budget.max_input_bytes
            ),
        )
        .in_file(plan_src)
        .help("raise the budget with --max-input-bytes");
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
    let durative = loaded.domain.as_ref().and_then(|d| d.actions.iter().find(|a| a.durative));
    if let Some(a) = durative {
        let d = Diagnostic::new(
            &codes::PLAN_UNSUPPORTED,
            format!(
                "the domain has durative actions (`{}`); temporal plan validation is not supported yet",
                loaded.syms.name(a.name.sym)
            ),
        )
        .at(&loaded.domain_src, a.name.span)
        .note("the verdict is `unknown`: herbrand gives no answer where its semantics is not implemented");
        return Some((Verdict::Unknown, d.message.clone(), vec![d]));
    }
    let til = loaded.problem.as_ref().and_then(|p| p.init.iter().find(|i| matches!(i, Init::At(..))));
    if let (Some(til), Some(psrc)) = (til, &loaded.problem_src) {
        let d = Diagnostic::new(
            &codes::PLAN_UNSUPPORTED,
            "the problem has timed initial literals; temporal plan validation is not supported yet",
        )
        .at(psrc, til.span());
        return Some((Verdict::Unknown, d.message.clone(), vec![d]));
    }
    None
}

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
    Arity { want: usize },
    UnknownObject { arg: usize },
    Type { arg: usize, param: usize },
    Precondition { failures: Vec<Failure> },
    Undefined { error: EvalError, failures: Vec<Failure> },
    Interferes { with: usize, reason: String },
}

#[derive(Debug)]
struct StepFailure {
    step: usize,
    action: Option<usize>,
    fault: StepFault,
    /// Relevant part of the state, and the achievers of missing facts.
    state: Vec<String>,
    advice: Vec<(String, Vec<advice::Achiever>)>,
    /// The same action with one argument changed, applicable now.
    variants: Vec<String>,
}

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
    advice: Vec<(String, Vec<advice::Achiever>)>,
    error: Option<EvalError>,
}

struct Simulator<'a> {
    syms: &'a Symbols,
    index: &'a DomainIndex,
    dom: &'a Domain,
    world: World,
    actions: Vec<CAction>,
    action_ids: FxHashMap<Sym, usize>,
    derived: DerivedRules,
    goal: Option<(CFormula, usize)>,
    metric: Option<CNum>,
    preferences: Vec<Preference>,
    state: State,
    /// The last step that added or deleted each watched atom (the goal's ground atoms; every
    /// atom when the goal has quantified atoms), to say which step undid a goal.
    last_change: FxHashMap<Key, usize>,
    watched: Watched,
    budget: &'a Budget,
    work: u64,
}

/// Ground changes of one happening, computed in the state before it.
#[derive(Default)]
struct Changes {
    adds: Vec<Key>,
    dels: Vec<Key>,
    nums: Vec<(Key, AssignOp, f64)>,
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
        budget: &'a Budget,
    ) -> Simulator<'a> {
        let mut world = World::new(dom, prob, index);
        let (actions, derived, goal, metric, preferences) = {
            let mut c = Compiler::new(&world, index, syms);
            let actions: Vec<CAction> = dom.actions.iter().enumerate().map(|(i, a)| c.action(i, a)).collect();
            let rules: Vec<CDerived> = dom.derived.iter().filter_map(|d| c.derived(d)).collect();
            let goal = prob.goal.as_ref().map(|g| c.closed(&[], g));
            let metric = prob.metric.as_ref().map(|m| c.num(&m.expr));
            let preferences = prob.goal.as_ref().map(|g| c.preferences(g)).unwrap_or_default();
            (actions, DerivedRules::new(rules), goal, metric, preferences)
        };
        let action_ids = actions.iter().enumerate().map(|(i, a)| (a.name, i)).rev().collect();
        let watched = match &goal {
            Some((g, _)) => watch_goal(&mut world, g),
            None => Watched::Some(FxHashSet::default()),
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
            action_ids,
            derived,
            goal,
            metric,
            preferences,
            state,
            last_change: FxHashMap::default(),
            watched,
            budget,
            work: 0,
        }
    }

    fn eval(&self, total_time: f64) -> Eval<'_> {
        Eval { world: &self.world, state: &self.state, syms: self.syms, total_time, duration: 0.0, violated: None }
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

    fn run(&mut self, inputs: &Inputs, keep_going: bool, trace: bool) -> Outcome {
        let plan = inputs.plan;
        let mut out = Outcome {
            failures: Vec::new(),
            goal: None,
            out_of_budget: None,
            final_value: None,
            trace: Vec::new(),
            happenings: 0,
            executed: 0,
        };
        if let Err(e) = self.recompute_derived() {
            out.out_of_budget = Some(budget_diagnostic(&e, self.budget));
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
                    Err(f) => {
                        failed_here = true;
                        out.failures.push(f);
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
                if let Some(f) = self.interference(plan, &ready) {
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
                if let Err(e) = collect(&eval, &action.effects, env, &mut changes) {
                    effect_error = Some((*si, *ai, e, env.clone()));
                    break;
                }
            }
            if let Some((si, ai, e, env)) = effect_error {
                if matches!(e, EvalError::Budget) {
                    out.out_of_budget = Some(budget_diagnostic(&e, self.budget));
                    break;
                }
                let eval = self.eval(*time);
                let failure =
                    advice::undefined(&eval, &CFormula::True, &env, env.len(), &e, Some("in the step's effect"));
                out.failures.push(StepFailure {
                    step: si,
                    action: Some(ai),
                    fault: StepFault::Undefined { error: e, failures: vec![failure] },
                    state: Vec::new(),
                    advice: Vec::new(),
                    variants: Vec::new(),
                });
                if !keep_going {
                    break;
                }
                continue;
            }
            let step_for_trace = ready.first().map_or(0, |r| r.0);
            let record = self.apply(&mut changes, step_for_trace + 1, trace);
            if let Err(e) = record.as_ref().map(|_| ()).map_err(Clone::clone) {
                match e {
                    EvalError::Budget => {
                        out.out_of_budget = Some(budget_diagnostic(&e, self.budget));
                        break;
                    }
                    other => {
                        let (si, ai, env) = &ready[0];
                        let eval = self.eval(*time);
                        let failure = advice::undefined(
                            &eval,
                            &CFormula::True,
                            env,
                            env.len(),
                            &other,
                            Some("in the step's effect"),
                        );
                        out.failures.push(StepFailure {
                            step: *si,
                            action: Some(*ai),
                            fault: StepFault::Undefined { error: other, failures: vec![failure] },
                            state: Vec::new(),
                            advice: Vec::new(),
                            variants: Vec::new(),
                        });
                        if !keep_going {
                            break;
                        }
                        continue;
                    }
                }
            }
            out.executed += ready.len();
            if trace {
                if let Ok(Some(entry)) = record {
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
        if out.out_of_budget.is_some() {
            return out;
        }
        if out.failures.is_empty() || keep_going {
            out.goal = self.check_goal(last_time);
        }
        if out.failures.is_empty() && out.goal.is_none() {
            out.final_value = self.final_value(plan);
        }
        out
    }

    fn check_step(&self, plan: &Plan, step: &Step, time: f64) -> Result<(usize, Vec<ObjId>), StepFailure> {
        let si = step.index - 1;
        let (ai, mut env) = self.resolve(plan, step).map_err(|(action, fault)| StepFailure {
            step: si,
            action,
            fault,
            state: Vec::new(),
            advice: Vec::new(),
            variants: Vec::new(),
        })?;
        let action = &self.actions[ai];
        let eval = self.eval(time);
        match eval.holds(&action.pre, &mut env) {
            Ok(true) => Ok((ai, env)),
            Ok(false) => {
                let nparams = action.params.len();
                let mut failures = Vec::new();
                let mut e = env.clone();
                advice::failures(&eval, &action.pre, &mut e, nparams, None, &mut failures);
                let advice = self.advice_for(&eval, &failures);
                let state = self.relevant_state(&env[..nparams], &failures);
                let variants = advice::one_argument_variants(&eval, action, &env);
                Err(StepFailure {
                    step: si,
                    action: Some(ai),
                    fault: StepFault::Precondition { failures },
                    state,
                    advice,
                    variants,
                })
            }
            Err(error) => {
                let nparams = action.params.len();
                let mut failures = Vec::new();
                let mut e = env.clone();
                collect_undefined(&eval, &action.pre, &mut e, nparams, &mut failures);
                Err(StepFailure {
                    step: si,
                    action: Some(ai),
                    fault: StepFault::Undefined { error, failures },
                    state: Vec::new(),
                    advice: Vec::new(),
                    variants: Vec::new(),
                })
            }
        }
    }

    fn advice_for(&self, eval: &Eval, failures: &[Failure]) -> Vec<(String, Vec<advice::Achiever>)> {
        let mut out = Vec::new();
        for f in failures.iter().take(4) {
            if let Some((pred, args, want)) = &f.want {
                let found = advice::achievers(eval, &self.actions, *pred, args, *want);
                let fact = self.world.show_ground(self.syms, self.world.preds[*pred as usize], args);
                out.push((if *want { fact } else { format!("(not {fact})") }, found));
            }
        }
        out
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
    fn interference(&self, plan: &Plan, ready: &[(usize, usize, Vec<ObjId>)]) -> Option<StepFailure> {
        let eval = self.eval(0.0);
        let footprints: Vec<Footprint> = ready
            .iter()
            .map(|(_, ai, env)| footprint(&eval, &self.actions[*ai], env, self.budget.max_ground_atoms))
            .collect();
        for j in 1..ready.len() {
            for i in 0..j {
                if let Some(reason) = footprints[i].conflict(&footprints[j], &self.world, self.syms) {
                    return Some(StepFailure {
                        step: ready[j].0,
                        action: Some(ready[j].1),
                        fault: StepFault::Interferes { with: ready[i].0, reason },
                        state: Vec::new(),
                        advice: Vec::new(),
                        variants: Vec::new(),
                    });
                }
            }
        }
        let _ = plan;
        None
    }

    /// Apply a happening's changes; returns the trace entry (added, deleted, numeric).
    #[allow(clippy::type_complexity)]
    fn apply(
        &mut self,
        changes: &mut Changes,
        step: usize,
        trace: bool,
    ) -> Result<Option<(Vec<String>, Vec<String>, Vec<Value>)>, EvalError> {
        for (p, args, add) in std::mem::take(&mut changes.new_atoms) {
            let k = self.world.key_mut(p, &args);
            if add {
                changes.adds.push(k);
            } else {
                changes.dels.push(k);
            }
        }
        let (adds, dels) = (&changes.adds, &changes.dels);
        let mut added = Vec::new();
        let mut deleted = Vec::new();
        for k in dels {
            if self.state.atoms.remove(k) && trace {
                deleted.push(self.world.show_atom(self.syms, *k));
            }
            if self.watched.contains(k) {
                self.last_change.insert(*k, step);
            }
        }
        for k in adds {
            let new = self.state.atoms.insert(*k);
            if trace && new {
                added.push(self.world.show_atom(self.syms, *k));
            }
            if self.watched.contains(k) {
                self.last_change.insert(*k, step);
            }
        }
        let mut numeric = Vec::new();
        for &(k, op, v) in &changes.nums {
            let old = self.state.values.get(&k).copied();
            let new = match (op, old) {
                (AssignOp::Assign, _) => v,
                (AssignOp::Increase, Some(o)) => o + v,
                (AssignOp::Decrease, Some(o)) => o - v,
                (AssignOp::ScaleUp, Some(o)) => o * v,
                (AssignOp::ScaleDown, Some(o)) => {
                    if v == 0.0 {
                        return Err(EvalError::Arithmetic(format!(
                            "scale-down of {} by 0",
                            self.world.show_fluent(self.syms, k)
                        )));
                    }
                    o / v
                }
                (_, None) => return Err(EvalError::Undefined(k, self.world.show_fluent(self.syms, k))),
            };
            if !new.is_finite() {
                return Err(EvalError::Arithmetic(format!(
                    "{} would become {new}",
                    self.world.show_fluent(self.syms, k)
                )));
            }
            self.state.values.insert(k, new);
            if trace {
                numeric.push(json!({"fluent": self.world.show_fluent(self.syms, k), "from": old, "to": new}));
            }
        }
        self.recompute_derived()?;
        added.sort();
        deleted.sort();
        Ok(trace.then_some((added, deleted, numeric)))
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
        let steps = plan.steps.len() as f64;
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
        let eval = Eval { violated: Some(&violated), ..self.eval(steps) };
        eval.num(m, &[]).ok()
    }
}

/// The atoms whose history is kept.
enum Watched {
    All,
    Some(FxHashSet<Key>),
}

impl Watched {
    fn contains(&self, k: &Key) -> bool {
        match self {
            Watched::All => true,
            Watched::Some(set) => !set.is_empty() && set.contains(k),
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
        Watched::Some(set)
    } else {
        Watched::All
    }
}

fn budget_diagnostic(e: &EvalError, budget: &Budget) -> Diagnostic {
    let _ = e;
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

/// The ground effects of one step, computed in the state before the happening.
fn collect(eval: &Eval, effects: &[CEffect], env: &mut Vec<ObjId>, out: &mut Changes) -> Result<(), EvalError> {
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
            CEffect::Forall { vars, body } => forall_effects(eval, vars, 0, body, env, out)?,
            CEffect::When { cond, body } => {
                if eval.holds(cond, env)? {
                    collect(eval, body, env, out)?;
                }
            }
            CEffect::Num { op, func, args, value, .. } => {
                let v = eval.num(value, env)?;
                let Some(k) = eval.fluent_key(*func, args, env) else {
                    let text = format!(
                        "({} …)",
                        eval.syms.name(eval.world.funcs.get(*func as usize).copied().unwrap_or_default())
                    );
                    return Err(EvalError::Undefined(0, text));
                };
                out.nums.push((k, *op, v));
            }
        }
    }
    Ok(())
}

fn forall_effects(
    eval: &Eval,
    vars: &[QVar],
    i: usize,
    body: &[CEffect],
    env: &mut Vec<ObjId>,
    out: &mut Changes,
) -> Result<(), EvalError> {
    let Some(v) = vars.get(i) else { return collect(eval, body, env, out) };
    if env.len() <= v.slot as usize {
        env.resize(v.slot as usize + 1, 0);
    }
    for &o in &v.domain {
        env[v.slot as usize] = o;
        forall_effects(eval, vars, i + 1, body, env, out)?;
    }
    Ok(())
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

fn footprint(eval: &Eval, action: &CAction, env: &[ObjId], limit: u64) -> Footprint {
    let mut fp = Footprint::default();
    let mut env = env.to_vec();
    let mut budget = limit;
    formula_reads(eval, &action.pre, &mut env, &mut fp, &mut budget);
    effect_footprint(eval, &action.effects, &mut env, &mut fp, &mut budget);
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
        report.push(goal_diagnostic(sim, inputs, g));
    }
    if let Some(d) = &outcome.out_of_budget {
        report.push(d.clone());
    }
    let first = outcome.failures.first();
    let failed_step = first.map(|f| plan.steps[f.step].index);
    let syntax_errors = report.diagnostics.iter().any(|d| d.code == codes::PLAN_SYNTAX_ERROR.name);
    report.verdict = if outcome.out_of_budget.is_some() {
        Verdict::Unknown
    } else if first.is_some() || outcome.goal.is_some() || syntax_errors {
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
    report.set_detail("failed_time", json!(first.map(|f| happening_time(plan, f.step))));
    report.set_detail("unsatisfied_goals", json!(unsatisfied_goals));
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
    let _ = sim;
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
    }
}

fn achiever_notes(advice: &[(String, Vec<advice::Achiever>)]) -> Vec<String> {
    let mut notes = Vec::new();
    for (fact, found) in advice {
        if found.is_empty() {
            notes.push(format!("no action can make {fact} hold"));
            continue;
        }
        let items: Vec<String> = found
            .iter()
            .map(|a| {
                if a.applicable {
                    format!("{} (applicable now)", a.step)
                } else {
                    format!("{} (needs {})", a.step, a.missing.join(", "))
                }
            })
            .collect();
        notes.push(format!("{fact} can be achieved by: {}", items.join("; ")));
    }
    notes
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
    let prefix = format!("step {} `{text}`", step.index);
    let mut j = json!({"step": step.index, "line": step.line, "action": text});
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
            match closest(&name, candidates.iter().copied()) {
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
            match closest(&name, candidates.iter().copied()).or_else(|| closest(&name, all.iter().copied())) {
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
            let mut d = Diagnostic::new(
                code,
                format!(
                    "{prefix}: {} of its precondition {} false: {}",
                    if n == 1 { "a literal".to_string() } else { format!("{n} literals") },
                    if n == 1 { "is" } else { "are" },
                    failures.iter().map(|x| x.literal.as_str()).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(src, step.span);
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
            if let Some(a) = f.advice.iter().find_map(|(_, found)| found.iter().find(|a| a.applicable)) {
                let line = src.line_span(step.line).at_start();
                let indent: String =
                    src.slice(src.line_span(step.line)).chars().take_while(|c| c.is_whitespace()).collect();
                d = d.help(format!("insert {} before step {}", a.step, step.index)).fix(
                    Fix::new(format!("insert {} before step {}", a.step, step.index)).edit(
                        src,
                        line,
                        format!("{indent}{}\n", a.step),
                    ),
                );
            } else if let Some(v) = f.variants.first() {
                let all = f.variants.join(", ");
                d = d
                    .help(format!("with other arguments the step applies now: {all}"))
                    .fix(Fix::new(format!("replace step {} with {v}", step.index)).edit(src, step.span, v.clone()));
            } else if f.advice.iter().any(|(_, found)| !found.is_empty()) {
                d = d.help("make the false literals true first (see the achievers above), or reorder the steps");
            } else {
                d = d.help("no action can make these literals true: the step cannot apply here; check its arguments and the steps before it");
            }
            j["unsatisfied"] = failures_json(failures);
            j["state"] = json!(f.state);
            j["variants"] = json!(f.variants);
            j["achievers"] = json!(f
                .advice
                .iter()
                .map(|(fact, found)| json!({"fact": fact, "actions": found.iter().map(|a| json!({"step": a.step, "applicable": a.applicable, "missing": a.missing})).collect::<Vec<_>>()}))
                .collect::<Vec<_>>());
            d
        }
        StepFault::Undefined { error, failures } => {
            code = match error {
                EvalError::Arithmetic(_) => &codes::PLAN_ARITHMETIC_ERROR,
                _ => &codes::PLAN_UNDEFINED_FLUENT,
            };
            let what = match error {
                EvalError::Undefined(_, t) => format!("{t} has no value"),
                EvalError::Arithmetic(t) => t.clone(),
                EvalError::Budget => "a budget ran out".to_string(),
            };
            j["unsatisfied"] = failures_json(failures);
            let mut d = Diagnostic::new(code, format!("{prefix}: {what}")).at(src, step.span);
            for x in failures.iter().filter(|x| x.span != Span::default()).take(4) {
                d = d.label(dsrc, x.span, format!("{} {}", x.literal, x.why));
            }
            d.help("give the fluent a value in the problem's `:init`, or guard the step with a precondition")
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

fn goal_diagnostic(sim: &Simulator, inputs: &Inputs, g: &GoalFailure) -> Diagnostic {
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
            format!("the goal has no value at the end of the plan: {err:?}"),
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
    if let Some(a) = g.advice.iter().find_map(|(_, found)| found.iter().find(|a| a.applicable)) {
        let end = inputs.plan_src.text().len();
        let sep = if inputs.plan_src.text().ends_with('\n') || end == 0 { "" } else { "\n" };
        d = d
            .help(format!(
                "{} applies in the final state; append it, then continue towards the remaining goals",
                a.step
            ))
            .fix(Fix::new(format!("append {} to the plan", a.step)).edit(
                inputs.plan_src,
                Span::new(end, end),
                format!("{sep}{}\n", a.step),
            ));
    } else {
        d = d.help("add steps that achieve the false goal literals");
    }
    let _ = sim;
    d
}
