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

use serde_json::Value;

use super::ast::Problem;
use super::plan::{self, Plan};
use super::{front_end_verdict, load, Loaded};
use crate::limits::{Budget, Ctx};
use crate::report::{Diagnostic, Kind, Report, Severity, Verdict};
use crate::source::SourceFile;

mod effects;
mod fault;
mod fixes;
mod history;
mod interference;
mod repair;
mod report;
mod simulator;
mod step;
mod temporal;

use report::finish;
use simulator::Simulator;

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
