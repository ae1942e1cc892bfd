//! The diagnostic of a failing step, and its entry in `detail.failures`.

use serde_json::{json, Value};

use super::fault::{Repair, StepFailure, StepFault};
use super::fixes::{duration_span, format_duration, move_edits, shift_help, stamped};
use super::report::{achiever_notes, action_signature, advice_json, error_text, failure_lines, failures_json};
use super::simulator::Simulator;
use super::{temporal, Inputs};
use crate::pddl::eval::*;
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Fix};
use crate::source::Span;
use crate::suggest::closest;

pub(super) fn step_diagnostic(sim: &Simulator, inputs: &Inputs, f: &StepFailure) -> (Diagnostic, Value) {
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
