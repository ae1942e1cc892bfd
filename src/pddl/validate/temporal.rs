//! Temporal plans: durative actions and timed initial literals, executed as VAL executes them.
//!
//! Every durative step `t: (a args) [d]` gives two plan points, its start at `t` and its end at
//! `t + d`; an instantaneous step gives one point and a timed initial literal `(at T l)` one
//! more. Points are sorted by time and grouped into happenings as VAL groups them: a happening
//! takes every point no more than ε/10 after its first point (ε = `--tolerance`, VAL's `-t`),
//! and its time is that first point's time. At each happening:
//!
//! 1. every point's condition is checked in the state before it: `at start` and the duration
//!    constraint for a start, `at end` for an end, the precondition of an instantaneous step;
//! 2. points of one happening must not interfere (mutex: one changes what another reads or
//!    changes), as in VAL's ownership check;
//! 3. all effects are computed in the state before and applied together (deletes first);
//! 4. in the new state, the `over all` condition of every action that is running across the
//!    interval to the next happening must hold. A failure is reported at the end of that
//!    interval, as VAL does (`… unsatisfied between time X to Y`, failing time `Y`).
//!
//! The goal is checked after the last happening; `total-time` is the time of that happening.

use rustc_hash::FxHashMap;
use serde_json::{json, Value};

use super::effects::{collect, Changes};
use super::fault::{Outcome, Repair, StepFailure, StepFault};
use super::interference::{footprint, Footprint};
use super::simulator::{budget_diagnostic, collect_undefined, Simulator};
use super::{Inputs, PlanOptions};
use crate::pddl::advice::{self, Failure};
use crate::pddl::ast::*;
use crate::pddl::eval::*;
use crate::pddl::plan::Plan;
use crate::pddl::state::{Key, ObjId};
use crate::report::codes;
use crate::report::Diagnostic;
use crate::source::{SourceFile, Span};

/// Which point of a step failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Start,
    End,
    OverAll,
    /// An instantaneous action in a temporal plan.
    Instant,
}

impl Part {
    pub(super) fn text(self) -> &'static str {
        match self {
            Part::Start => "at start",
            Part::End => "at end",
            Part::OverAll => "over all",
            Part::Instant => "",
        }
    }
}

/// When and where a temporal step failed.
#[derive(Clone, Debug)]
pub(super) struct Moment {
    pub part: Part,
    /// The happening's time (for `over all`: the start of the interval where it breaks).
    pub time: f64,
    /// For `over all`: the end of that interval (the time VAL reports).
    pub until: Option<f64>,
    /// For each false literal of an `over all` condition: what made it false.
    pub causes: Vec<String>,
}

impl Moment {
    pub(super) fn at(part: Part, time: f64) -> Moment {
        Moment { part, time, until: None, causes: Vec::new() }
    }

    /// The time VAL names for this failure.
    pub(super) fn reported_time(&self) -> f64 {
        self.until.unwrap_or(self.time)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Start,
    End,
    Instant,
    Til,
    /// A step that cannot be grounded (unknown action, wrong arity, …): it fails when reached.
    Bad,
}

#[derive(Clone, Copy, Debug)]
struct Point {
    time: f64,
    kind: Kind,
    /// The step (index into the plan), or the TIL (index into `Simulator::tils`).
    idx: usize,
}

/// Who last changed an atom: a step's point or a TIL, and when.
#[derive(Clone, Copy, Debug)]
struct Writer {
    kind: Kind,
    idx: usize,
    time: f64,
}

/// The timed initial literals of a problem, compiled.
pub(super) fn compile_tils(c: &mut Compiler, init: &[Init]) -> Vec<(f64, Vec<CEffect>, Span)> {
    let mut out = Vec::new();
    for i in init {
        let Init::At(time, inner, span) = i else { continue };
        c.reset(&[]);
        let effect = match &**inner {
            Init::Atom(a) => Effect::Add(a.clone()),
            Init::Not(a, s) => Effect::Del(a.clone(), *s),
            Init::Assign(f, InitValue::Number(v), s) => {
                Effect::Numeric(AssignOp::Assign, f.clone(), NumExpr::Number(*v, *s), *s)
            }
            _ => continue,
        };
        let mut effects = Vec::new();
        c.effect(&effect, &mut effects);
        out.push((*time, effects, *span));
    }
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

/// A construct of the domain whose semantics is not implemented: verdict `unknown`.
pub(super) fn unsupported(sim: &Simulator, domain_src: &SourceFile) -> Option<Diagnostic> {
    for (ai, parts) in sim.durative.iter().enumerate() {
        let Some((span, what)) = parts.as_ref().and_then(|p| p.unsupported) else { continue };
        let name = sim.syms.name(sim.actions[ai].name);
        return Some(
            Diagnostic::new(
                &codes::PLAN_UNSUPPORTED,
                format!("durative action `{name}` has {what}, which temporal validation does not support yet"),
            )
            .at(domain_src, span)
            .note("the verdict is `unknown`: herbrand gives no answer where its semantics is not implemented"),
        );
    }
    None
}

/// A step's start time: its stamp, or its position (1, 2, …) when the plan has none.
fn start_time(plan: &Plan, si: usize) -> f64 {
    plan.steps[si].time.unwrap_or(si as f64 + 1.0)
}

impl Simulator<'_> {
    /// The plan's points, sorted as VAL sorts them, and the steps' groundings.
    #[allow(clippy::type_complexity)]
    fn points(&self, plan: &Plan) -> (Vec<Point>, Vec<Result<(usize, Vec<ObjId>), (Option<usize>, StepFault)>>) {
        let mut points = Vec::with_capacity(plan.steps.len() * 2 + self.tils.len());
        let mut ground = Vec::with_capacity(plan.steps.len());
        for (si, step) in plan.steps.iter().enumerate() {
            let t = start_time(plan, si);
            let g = self.resolve(plan, step);
            match &g {
                Ok((ai, _)) if self.durative[*ai].is_some() => {
                    points.push(Point { time: t, kind: Kind::Start, idx: si });
                    if let Some(d) = step.duration.filter(|d| d.is_finite() && *d >= 0.0) {
                        points.push(Point { time: t + d, kind: Kind::End, idx: si });
                    }
                }
                Ok(_) => points.push(Point { time: t, kind: Kind::Instant, idx: si }),
                Err(_) => points.push(Point { time: t, kind: Kind::Bad, idx: si }),
            }
            ground.push(g);
        }
        for (i, (t, _, _)) in self.tils.iter().enumerate() {
            points.push(Point { time: *t, kind: Kind::Til, idx: i });
        }
        // Stable: points at one time keep plan order (a step's start before its end).
        points.sort_by(|a, b| a.time.total_cmp(&b.time));
        (points, ground)
    }

    pub(super) fn run_temporal(&mut self, inputs: &Inputs, options: &PlanOptions, trace: bool) -> Outcome {
        let plan = inputs.plan;
        let keep_going = options.keep_going;
        let tolerance = options.tolerance();
        let mut out = Outcome::default();
        if !self.begin_run(&mut out) {
            return out;
        }
        let (points, ground) = self.points(plan);
        // Happenings: (time, range of points).
        let mut groups: Vec<(f64, std::ops::Range<usize>)> = Vec::new();
        for (i, p) in points.iter().enumerate() {
            match groups.last_mut() {
                Some((t0, range)) if p.time <= *t0 + tolerance / 10.0 => range.end = i + 1,
                _ => groups.push((p.time, i..i + 1)),
            }
        }
        // VAL's `Final value` reads the state after the last happening with a plan point (timed
        // initial literals after the plan do not count), with `total-time` = its time.
        let last_real = groups.iter().rposition(|(_, r)| points[r.clone()].iter().any(|p| p.kind != Kind::Til));
        let mut final_value = None;
        let mut envs: Vec<Option<(usize, Vec<ObjId>)>> = vec![None; plan.steps.len()];
        // Steps whose start has been applied and whose end has not.
        let mut running: Vec<usize> = Vec::new();
        let mut writers: FxHashMap<Key, Writer> = FxHashMap::default();
        let mut last_time = 0.0;
        let mut changes = Changes::default();
        let mut executed_points = 0u64;
        let mut repairs = 0;
        'happenings: for (h, (time, range)) in groups.iter().enumerate() {
            let members = &points[range.clone()];
            out.happenings += 1;
            last_time = *time;
            executed_points += members.len() as u64;
            if executed_points > self.budget.max_steps.saturating_mul(2) {
                let at = members.iter().find(|p| p.kind != Kind::Til).map(|p| plan.steps[p.idx].span);
                let mut d = Diagnostic::new(
                    &codes::LIMIT_STEPS,
                    format!("the plan has more steps than the budget of {}", self.budget.max_steps),
                )
                .help("raise the budget with --max-steps");
                if let Some(span) = at {
                    d = d.at(inputs.plan_src, span);
                }
                out.out_of_budget = Some(d);
                break;
            }
            // 1. Conditions, in the state before the happening.
            let mut ready: Vec<(Point, usize, Vec<ObjId>)> = Vec::new();
            let mut failed_here = false;
            for p in members {
                let result = match p.kind {
                    Kind::Til => {
                        ready.push((*p, usize::MAX, Vec::new()));
                        continue;
                    }
                    Kind::Bad => match &ground[p.idx] {
                        Err((action, fault)) => Err(Box::new(
                            StepFailure::new(p.idx, *action, clone_fault(fault)).at(Moment::at(Part::Start, *time)),
                        )),
                        Ok(_) => continue,
                    },
                    Kind::End => match &envs[p.idx] {
                        // The start failed (and the run goes on): its end is skipped.
                        None => continue,
                        Some((ai, env)) => self.check_point(plan, p, *ai, env.clone(), *time, tolerance),
                    },
                    Kind::Start | Kind::Instant => match &ground[p.idx] {
                        Ok((ai, env)) => self.check_point(plan, p, *ai, env.clone(), *time, tolerance),
                        Err(_) => continue,
                    },
                };
                match result {
                    Ok((ai, env)) => ready.push((*p, ai, env)),
                    Err(f) if f.is_budget() => {
                        out.out_of_budget = Some(budget_diagnostic(self.budget));
                        break 'happenings;
                    }
                    Err(mut f) => {
                        if p.kind == Kind::End {
                            if let (StepFault::Precondition { failures }, Some(m)) = (&f.fault, f.moment.as_mut()) {
                                let started = start_time(plan, p.idx);
                                m.causes = failures.iter().map(|x| self.cause(inputs, x, &writers, started)).collect();
                            }
                        }
                        if !self.repairing && repairs < MAX_REPAIRS {
                            repairs += 1;
                            f.repair = self.temporal_repair(inputs, options, &f, &points, &groups, h);
                        }
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
            // 2. Mutex.
            if ready.len() > 1 {
                if let Some(f) = self.mutex(&ready, *time, tolerance) {
                    out.failures.push(f);
                    if !keep_going {
                        break;
                    }
                    continue;
                }
            }
            // 3. Effects, computed in the state before, applied together.
            changes.clear();
            let mut effect_error = None;
            let mut attributed: Vec<(Key, Writer)> = Vec::new();
            for (p, ai, env) in &mut ready {
                let (adds0, dels0) = (changes.adds.len(), changes.dels.len());
                let duration = plan.steps.get(p.idx).and_then(|s| s.duration).unwrap_or(0.0);
                let eval = Eval { duration, ..self.eval(*time) };
                let effects: &[CEffect] = match p.kind {
                    Kind::Til => &self.tils[p.idx].1,
                    Kind::Start => &self.parts(*ai).start_effects,
                    Kind::End => &self.parts(*ai).end_effects,
                    Kind::Instant => &self.actions[*ai].effects,
                    Kind::Bad => continue,
                };
                let si = if p.kind == Kind::Til { usize::MAX } else { p.idx };
                if let Err((e, span)) = collect(&eval, effects, env, si, &mut changes) {
                    effect_error = Some((*p, *ai, e, span, env.clone()));
                    break;
                }
                let w = Writer { kind: p.kind, idx: p.idx, time: *time };
                attributed.extend(changes.adds[adds0..].iter().chain(&changes.dels[dels0..]).map(|k| (*k, w)));
            }
            let first_step = ready.iter().find(|r| r.0.kind != Kind::Til).map_or(0, |r| r.0.idx);
            let record = match effect_error {
                Some((p, ai, e, span, env)) => Err((e, Some((p, ai, span, env)))),
                None => self.apply(&mut changes, first_step + 1, trace).map_err(|(e, at)| {
                    let culprit = at.and_then(|(si, span)| {
                        ready
                            .iter()
                            .find(|r| r.0.idx == si && r.0.kind != Kind::Til)
                            .map(|r| (r.0, r.1, span, r.2.clone()))
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
                    let culprit = culprit.or_else(|| {
                        ready.iter().find(|r| r.0.kind != Kind::Til).map(|r| (r.0, r.1, Span::default(), r.2.clone()))
                    });
                    let Some((p, ai, span, env)) = culprit.filter(|c| c.0.kind != Kind::Til) else {
                        // A timed initial literal cannot fail: only numeric ones could, on values.
                        continue;
                    };
                    let failure = self.effect_failure(inputs, ai, span, &env, &error);
                    let part = if p.kind == Kind::End { Part::End } else { Part::Start };
                    let fault = StepFault::Undefined { error, failures: vec![failure] };
                    out.failures.push(StepFailure::new(p.idx, Some(ai), fault).at(Moment::at(part, *time)));
                    if !keep_going {
                        break;
                    }
                    continue;
                }
            };
            for (k, w) in attributed {
                writers.insert(k, w);
            }
            for (p, ai, env) in &ready {
                match p.kind {
                    Kind::Start => {
                        envs[p.idx] = Some((*ai, env.clone()));
                        running.push(p.idx);
                    }
                    Kind::End => running.retain(|&s| s != p.idx),
                    _ => {}
                }
                if p.kind != Kind::Til && p.kind != Kind::Start {
                    out.executed += 1;
                }
            }
            self.observe(h + 1, *time);
            if Some(h) == last_real {
                final_value = self.final_value_at(*time);
            }
            if trace {
                if let Some(entry) = record {
                    let points: Vec<Value> = ready
                        .iter()
                        .map(|(p, _, _)| match p.kind {
                            Kind::Til => {
                                let span = self.tils[p.idx].2;
                                json!({"til": inputs.problem_src.map(|s| s.slice(span))})
                            }
                            _ => {
                                let s = &plan.steps[p.idx];
                                let part = match p.kind {
                                    Kind::Start => "start",
                                    Kind::End => "end",
                                    _ => "instant",
                                };
                                json!({"step": s.index, "line": s.line, "action": inputs.plan_src.slice(s.span), "part": part})
                            }
                        })
                        .collect();
                    out.trace.push(json!({
                        "happening": h + 1,
                        "time": time,
                        "points": points,
                        "added": entry.0,
                        "deleted": entry.1,
                        "numeric": entry.2,
                    }));
                }
            }
            // 4. Invariants over the interval to the next happening.
            let next = groups.get(h + 1).map(|g| g.0);
            let mut broken = Vec::new();
            for &si in &running {
                let Some((ai, env)) = &envs[si] else { continue };
                let parts = self.parts(*ai);
                if matches!(parts.over_all, CFormula::True) {
                    continue;
                }
                let eval = self.eval(*time);
                match self.check_condition(&eval, &parts.over_all, si, *ai, env.clone(), false) {
                    Ok(_) => {}
                    Err(f) if f.is_budget() => {
                        out.out_of_budget = Some(budget_diagnostic(self.budget));
                        break 'happenings;
                    }
                    Err(f) if matches!(f.fault, StepFault::Precondition { .. }) => broken.push(*f),
                    Err(f) => {
                        let over_all = Moment { until: next, ..Moment::at(Part::OverAll, *time) };
                        out.failures.push(f.at(over_all));
                        if !keep_going {
                            break 'happenings;
                        }
                    }
                }
            }
            for f in broken {
                let si = f.step;
                let StepFault::Precondition { failures } = f.fault else { continue };
                let started = start_time(plan, si);
                let causes = failures.iter().map(|x| self.cause(inputs, x, &writers, started)).collect();
                let moment = Moment { until: next, causes, ..Moment::at(Part::OverAll, *time) };
                let f = StepFailure { fault: StepFault::Invariant { failures }, ..f }.at(moment);
                let repair = if self.repairing || repairs >= MAX_REPAIRS {
                    None
                } else {
                    repairs += 1;
                    self.temporal_repair(inputs, options, &f, &points, &groups, h)
                };
                out.failures.push(StepFailure { repair, ..f });
                running.retain(|&s| s != si);
                envs[si] = None;
                if !keep_going {
                    break 'happenings;
                }
            }
        }
        if self.end_run(&mut out, keep_going, last_time) {
            out.final_value = if self.metric.is_none() {
                // As VAL: without a metric, the number of steps, timed initial literals included.
                Some((plan.steps.len() + self.tils.len()) as f64)
            } else if last_real.is_some() {
                final_value
            } else {
                self.final_value_at(0.0)
            };
        }
        out
    }

    fn parts(&self, ai: usize) -> &CDurative {
        // Only called for durative actions (points of kind Start/End).
        self.durative[ai].as_ref().unwrap_or_else(|| unreachable!("not a durative action"))
    }

    /// Check one point's conditions in the current state.
    fn check_point(
        &self,
        plan: &Plan,
        p: &Point,
        ai: usize,
        mut env: Vec<ObjId>,
        time: f64,
        tolerance: f64,
    ) -> Result<(usize, Vec<ObjId>), Box<StepFailure>> {
        let step = &plan.steps[p.idx];
        let nparams = self.actions[ai].params.len();
        let fail = |fault: StepFault, part: Part| {
            Box::new(StepFailure::new(p.idx, Some(ai), fault).at(Moment::at(part, time)))
        };
        let duration = step.duration.unwrap_or(0.0);
        let eval = Eval { duration, ..self.eval(time) };
        let (pre, part) = match p.kind {
            Kind::Start => {
                let parts = self.parts(ai);
                let want = parts.fixed_duration.as_ref().and_then(|e| eval.num(e, &env).ok());
                match step.duration {
                    None => return Err(fail(StepFault::MissingDuration { want }, Part::Start)),
                    Some(d) if !(d >= 0.0 && d.is_finite()) => {
                        let failures = vec![Failure {
                            literal: format!("?duration = {}", format_number(d)),
                            why: "is not a non-negative number".to_string(),
                            span: step.span,
                            context: None,
                            want: None,
                        }];
                        return Err(fail(StepFault::Duration { failures, want }, Part::Start));
                    }
                    Some(_) => match duration_holds(&eval, &parts.duration, &mut env, tolerance / 10.0) {
                        Ok(true) => {}
                        Ok(false) => {
                            let mut failures = Vec::new();
                            let mut e = env.clone();
                            advice::failures(&eval, &parts.duration, &mut e, nparams, None, &mut failures);
                            return Err(fail(StepFault::Duration { failures, want }, Part::Start));
                        }
                        Err(error) => {
                            let mut failures = Vec::new();
                            let mut e = env.clone();
                            collect_undefined(&eval, &parts.duration, &mut e, nparams, &mut failures);
                            return Err(fail(StepFault::Undefined { error, failures }, Part::Start));
                        }
                    },
                }
                (&parts.start, Part::Start)
            }
            Kind::End => (&self.parts(ai).end, Part::End),
            _ => (&self.actions[ai].pre, Part::Instant),
        };
        // The other step with one argument changed is advice for a start, not for an end.
        self.check_condition(&eval, pre, p.idx, ai, env, p.kind != Kind::End)
            .map_err(|f| Box::new(f.at(Moment::at(part, time))))
    }

    /// Interference between the points of one happening.
    fn mutex(&self, ready: &[(Point, usize, Vec<ObjId>)], time: f64, _tolerance: f64) -> Option<StepFailure> {
        let eval = self.eval(time);
        let limit = self.budget.max_ground_atoms;
        let footprints: Vec<Footprint> = ready
            .iter()
            .map(|(p, ai, env)| match p.kind {
                Kind::Start => {
                    let d = self.parts(*ai);
                    footprint(&eval, &d.start, &d.start_effects, env, limit)
                }
                Kind::End => {
                    let d = self.parts(*ai);
                    footprint(&eval, &d.end, &d.end_effects, env, limit)
                }
                Kind::Instant => {
                    let a = &self.actions[*ai];
                    footprint(&eval, &a.pre, &a.effects, env, limit)
                }
                Kind::Til => footprint(&eval, &CFormula::True, &self.tils[p.idx].1, env, limit),
                Kind::Bad => Footprint::default(),
            })
            .collect();
        for j in 1..ready.len() {
            for i in 0..j {
                let Some(reason) = footprints[i].conflict(&footprints[j], &self.world, self.syms) else { continue };
                // Report on a step (a TIL is never the culprit when a step is involved).
                let (a, b) = if ready[j].0.kind == Kind::Til { (j, i) } else { (i, j) };
                let (pb, ai, _) = &ready[b];
                if pb.kind == Kind::Til {
                    continue;
                }
                let part = match pb.kind {
                    Kind::End => Part::End,
                    Kind::Instant => Part::Instant,
                    _ => Part::Start,
                };
                let other = ready[a].0;
                let with = if other.kind == Kind::Til { None } else { Some(other.idx) };
                let fault = StepFault::Mutex { with, other: point_part(other.kind), reason };
                return Some(StepFailure::new(pb.idx, Some(*ai), fault).at(Moment::at(part, time)));
            }
        }
        None
    }

    /// Why a literal of an `over all` condition is false: the happening that last made it so.
    fn cause(&self, inputs: &Inputs, f: &Failure, writers: &FxHashMap<Key, Writer>, started: f64) -> String {
        let key = f.want.as_ref().and_then(|(p, args, _)| self.world.key(*p, args));
        let writer = key.and_then(|k| writers.get(&k));
        match writer {
            Some(w) if w.time >= started => match w.kind {
                Kind::Til => format!(
                    "{} {} because the timed initial literal at {} changed it",
                    f.literal,
                    f.why,
                    format_number(w.time)
                ),
                _ => {
                    let s = &inputs.plan.steps[w.idx];
                    let verb = match w.kind {
                        Kind::Start => "started",
                        Kind::End => "ended",
                        _ => "ran",
                    };
                    format!(
                        "{} {} because step {} `{}` {verb} at {}",
                        f.literal,
                        f.why,
                        s.index,
                        inputs.plan_src.slice(s.span),
                        format_number(w.time)
                    )
                }
            },
            _ => format!("{} {} already when the step started at {}", f.literal, f.why, format_number(started)),
        }
    }

    /// A repair for a failing start or `over all`: start the step just after the first later
    /// happening that makes the missing facts true — checked by validating the changed plan up
    /// to that step.
    fn temporal_repair(
        &self,
        inputs: &Inputs,
        options: &PlanOptions,
        f: &StepFailure,
        points: &[Point],
        groups: &[(f64, std::ops::Range<usize>)],
        h: usize,
    ) -> Option<Repair> {
        let failures = match &f.fault {
            StepFault::Precondition { failures } | StepFault::Invariant { failures } => failures,
            _ => return None,
        };
        let plan = inputs.plan;
        if plan.steps.len() > MAX_REPAIR_STEPS || plan.steps[f.step].time.is_none() {
            return None;
        }
        let wanted: Vec<(u32, &[ObjId], bool)> =
            failures.iter().filter_map(|x| x.want.as_ref()).map(|(p, a, w)| (*p, a.as_slice(), *w)).collect();
        // A failing comparison: any numeric effect may be the provider.
        let numeric = failures.iter().any(|x| x.want.is_none());
        if wanted.is_empty() && !numeric {
            return None;
        }
        let tolerance = options.tolerance();
        let effects_of = |p: &Point| -> Option<&[CEffect]> {
            match p.kind {
                Kind::Til => Some(&self.tils[p.idx].1),
                Kind::Start | Kind::End | Kind::Instant => {
                    let ai = self.action_ids.get(&plan.steps[p.idx].action.sym)?;
                    Some(match (&self.durative[*ai], p.kind) {
                        (Some(d), Kind::Start) => &d.start_effects,
                        (Some(d), Kind::End) => &d.end_effects,
                        _ => &self.actions[*ai].effects,
                    })
                }
                Kind::Bad => None,
            }
        };
        let provides = |p: &Point| {
            if p.kind == Kind::Bad || (p.kind != Kind::Til && p.idx == f.step) {
                return false;
            }
            effects_of(p).is_some_and(|effects| {
                wanted.iter().any(|(pred, _, want)| mentions(effects, *pred, *want))
                    || (numeric && has_numeric(effects))
            })
        };
        // An `at end` condition: the step must end after the happening, so start it earlier by
        // its duration.
        let offset = match f.moment.as_ref().map(|m| m.part) {
            Some(Part::End) => plan.steps[f.step].duration.unwrap_or(0.0),
            _ => 0.0,
        };
        // A point of the failing happening itself (it joined within ε/10), then the first later
        // happening that has an effect on a wanted fact.
        let same: Option<f64> =
            points[groups[h].1.clone()].iter().filter(|p| provides(p)).map(|p| p.time).reduce(f64::max);
        let later = groups.iter().skip(h + 1).find(|(_, r)| points[r.clone()].iter().any(&provides)).map(|g| g.0);
        for (t, merged) in [(same, true), (later, false)] {
            let Some(t) = t else { continue };
            let new_time = round_up(t + tolerance - offset);
            if new_time <= start_time(plan, f.step) {
                continue;
            }
            let mut changed = plan.clone();
            changed.steps[f.step].time = Some(new_time);
            if self.passes_step(inputs, options, &changed, f.step) {
                return Some(Repair::Shift { time: new_time, after: t, merged: merged.then_some(tolerance) });
            }
        }
        None
    }

    /// Whether `plan` runs without a failure of `step` (failures of other steps are fine).
    fn passes_step(&self, inputs: &Inputs, options: &PlanOptions, plan: &Plan, step: usize) -> bool {
        let mut sim = Simulator::new(self.dom, inputs.prob, self.index, self.syms, self.ctx);
        let inputs = Inputs { plan, ..*inputs };
        let opts = PlanOptions { keep_going: true, trace: Some(false), tolerance: options.tolerance };
        let outcome = sim.run_temporal_plain(&inputs, &opts);
        outcome.out_of_budget.is_none() && !outcome.failures.iter().any(|f| f.step == step)
    }

    /// A run without repairs (used to check them).
    fn run_temporal_plain(&mut self, inputs: &Inputs, options: &PlanOptions) -> Outcome {
        let was = std::mem::replace(&mut self.repairing, true);
        let out = self.run_temporal(inputs, options, false);
        self.repairing = was;
        out
    }
}

/// Plans longer than this get no verified timing repair (each check re-runs the plan).
const MAX_REPAIR_STEPS: usize = 2_000;
/// Most failures of one run (with `--continue`) that get a repair.
const MAX_REPAIRS: usize = 16;

impl StepFailure {
    fn is_budget(&self) -> bool {
        matches!(self.fault, StepFault::Undefined { error: EvalError::Budget, .. })
    }
}

fn point_part(kind: Kind) -> &'static str {
    match kind {
        Kind::Start => "start",
        Kind::End => "end",
        Kind::Til => "timed initial literal",
        _ => "step",
    }
}

/// Whether an effect list changes a numeric fluent.
fn has_numeric(effects: &[CEffect]) -> bool {
    effects.iter().any(|e| match e {
        CEffect::Num { .. } => true,
        CEffect::Forall { body, .. } | CEffect::When { body, .. } => has_numeric(body),
        _ => false,
    })
}

/// Whether an effect list adds (`want`) or deletes (`!want`) some atom of `pred`.
fn mentions(effects: &[CEffect], pred: u32, want: bool) -> bool {
    effects.iter().any(|e| match e {
        CEffect::Add { pred: p, .. } => *p == pred && want,
        CEffect::Del { pred: p, .. } => *p == pred && !want,
        CEffect::Forall { body, .. } | CEffect::When { body, .. } => mentions(body, pred, want),
        CEffect::Num { .. } => false,
    })
}

/// A time rounded up to 4 decimals (as planners print them), never below `t`.
fn round_up(t: f64) -> f64 {
    let r = (t * 10_000.0).ceil() / 10_000.0;
    if r < t {
        t
    } else {
        r
    }
}

/// The duration constraint, with `=` met to within `eps`.
fn duration_holds(eval: &Eval, f: &CFormula, env: &mut [ObjId], eps: f64) -> Result<bool, EvalError> {
    match f {
        CFormula::And(parts, _) => {
            for p in parts {
                if !duration_holds(eval, p, env, eps)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        CFormula::Cmp(op, a, b, _) => {
            let (x, y) = (eval.num(a, env)?, eval.num(b, env)?);
            Ok(match op {
                CmpOp::Eq => (x - y).abs() <= eps,
                CmpOp::Le => x <= y + eps,
                CmpOp::Ge => x + eps >= y,
                CmpOp::Lt => x < y,
                CmpOp::Gt => x > y,
            })
        }
        other => eval.holds(other, env),
    }
}

fn clone_fault(f: &StepFault) -> StepFault {
    match f {
        StepFault::Malformed => StepFault::Malformed,
        StepFault::UnknownAction => StepFault::UnknownAction,
        StepFault::Arity { want } => StepFault::Arity { want: *want },
        StepFault::UnknownObject { arg } => StepFault::UnknownObject { arg: *arg },
        StepFault::Type { arg, param } => StepFault::Type { arg: *arg, param: *param },
        _ => StepFault::Malformed,
    }
}
