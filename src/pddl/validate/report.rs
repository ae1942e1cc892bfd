//! The Report of a plan check: verdict, summary, `detail`, and the diagnostics for the goal and
//! the trajectory constraints (step diagnostics are in `step`).

use serde_json::{json, Value};

use super::fault::{Advice, GoalFailure, Outcome, StepFailure, StepFault};
use super::fixes::stamped;
use super::simulator::{group_happenings, Simulator};
use super::step::step_diagnostic;
use super::Inputs;
use crate::pddl::advice::Failure;
use crate::pddl::eval::*;
use crate::pddl::plan::Plan;
use crate::pddl::trajectory::Monitor;
use crate::report::codes;
use crate::report::{Diagnostic, Fix, Report, Verdict};
use crate::source::Span;

pub(super) fn finish(report: &mut Report, sim: &Simulator, inputs: &Inputs, outcome: Outcome) {
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

pub(super) fn happening_time(plan: &Plan, step: usize) -> f64 {
    if plan.timestamped() {
        plan.steps[step].time.unwrap_or(step as f64 + 1.0)
    } else {
        step as f64 + 1.0
    }
}

pub(super) fn action_signature(sim: &Simulator, ai: usize) -> String {
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

pub(super) fn short_reason(sim: &Simulator, inputs: &Inputs, f: &StepFailure) -> String {
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

pub(super) fn error_text(error: &EvalError) -> String {
    match error {
        EvalError::Undefined(_, t) => format!("{t} has no value"),
        EvalError::Arithmetic(t) => t.clone(),
        EvalError::Budget => "a budget ran out".to_string(),
    }
}

pub(super) fn achiever_notes(advice: &[Advice]) -> Vec<String> {
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

pub(super) fn advice_json(advice: &[Advice]) -> Value {
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

pub(super) fn failure_lines(failures: &[Failure]) -> String {
    failures
        .iter()
        .map(|f| match &f.context {
            Some(c) => format!("{} {} ({c})", f.literal, f.why),
            None => format!("{} {}", f.literal, f.why),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(super) fn failures_json(failures: &[Failure]) -> Value {
    Value::Array(failures.iter().map(|f| json!({"literal": f.literal, "value": f.why, "context": f.context})).collect())
}

pub(super) fn constraint_diagnostic(
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

pub(super) fn goal_diagnostic(inputs: &Inputs, g: &GoalFailure) -> Diagnostic {
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
