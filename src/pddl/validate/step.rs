//! The diagnostic of a failing step, and its entry in `detail.failures`: one function per
//! [`StepFault`] kind.
//!
//! Every diagnostic points at the step in the plan; labels point into the domain (the action,
//! the parameter, the false literals). A fix is attached only when it is a text edit that the
//! simulation has checked (a repair) or an exact replacement (a did-you-mean name, a duration
//! the constraint fixes).

use serde_json::{json, Value};

use super::fault::{Repair, StepFailure, StepFault};
use super::fixes::{duration_span, format_duration, move_edits, shift_help, stamped};
use super::report::{achiever_notes, action_signature, advice_json, error_text, failure_lines, failures_json};
use super::simulator::Simulator;
use super::{temporal, Inputs};
use crate::pddl::advice::Failure;
use crate::pddl::ast::Name;
use crate::pddl::eval::*;
use crate::pddl::plan::{Plan, Step};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};
use crate::suggest::closest;

/// What every fault's diagnostic needs: the failing step, where it is, and how to name it.
struct At<'a> {
    sim: &'a Simulator<'a>,
    plan: &'a Plan,
    /// The plan's text.
    src: &'a SourceFile,
    /// The domain's text.
    dsrc: &'a SourceFile,
    step: &'a Step,
    args: &'a [Name],
    f: &'a StepFailure,
    /// `step 3 `(pick-up a)``, with the point of a durative step and its time.
    prefix: String,
}

/// The diagnostic of a failing step and its entry in `detail.failures`.
pub(super) fn step_diagnostic(sim: &Simulator, inputs: &Inputs, f: &StepFailure) -> (Diagnostic, Value) {
    let plan = inputs.plan;
    let src = inputs.plan_src;
    let step = &plan.steps[f.step];
    let text = src.slice(step.span).to_string();
    let at = At {
        sim,
        plan,
        src,
        dsrc: inputs.domain_src,
        step,
        args: plan.args(step),
        f,
        prefix: prefix(step, &text, f.moment.as_ref()),
    };
    let mut j = json!({"step": step.index, "line": step.line, "action": text});
    if let Some(m) = &f.moment {
        j["part"] = json!(m.part.text().trim_start_matches("at ").replace(' ', "-"));
        j["time"] = json!(m.reported_time());
    }
    let mut d = match &f.fault {
        StepFault::Malformed => malformed(&at),
        StepFault::UnknownAction => unknown_action(&at),
        StepFault::Arity { want } => wrong_arity(&at, *want),
        StepFault::UnknownObject { arg } => unknown_object(&at, *arg),
        StepFault::Type { arg, param } => type_mismatch(&at, *arg, *param),
        StepFault::Precondition { failures } => unsatisfied_precondition(&at, failures, &mut j),
        StepFault::Undefined { error, failures } => undefined_value(&at, error, failures, &mut j),
        StepFault::Duration { failures, want } => duration_violated(&at, failures, *want, &mut j),
        StepFault::MissingDuration { want } => missing_duration(&at, *want),
        StepFault::Invariant { failures } => invariant_violated(&at, failures, &mut j),
        StepFault::Mutex { with, other, reason } => mutex(&at, *with, other, reason),
        StepFault::Interferes { with, reason } => interfering(&at, *with, reason),
    };
    if let Some(ai) = f.action {
        let decl = &sim.dom.actions[sim.actions[ai].decl];
        if matches!(f.fault, StepFault::Precondition { .. } | StepFault::Undefined { .. }) && d.labels.is_empty() {
            d = d.label(at.dsrc, decl.name.span, "action declared here");
        }
    }
    j["code"] = json!(d.code);
    j["message"] = json!(d.message);
    (d, j)
}

/// How a message names the step: its number and text, and for a point of a temporal plan,
/// which point and when (and the happening it joined, when that is at another time).
fn prefix(step: &Step, text: &str, moment: Option<&temporal::Moment>) -> String {
    match moment {
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
    }
}

/// `plan/syntax-error`: the step could not be read.
fn malformed(at: &At) -> Diagnostic {
    Diagnostic::new(&codes::PLAN_SYNTAX_ERROR, format!("{} cannot be read, so the plan cannot go on", at.prefix))
        .at(at.src, at.step.span)
}

/// `plan/unknown-action`, with the closest action name as a fix.
fn unknown_action(at: &At) -> Diagnostic {
    let (sim, src, step) = (at.sim, at.src, at.step);
    let name = src.slice(step.action.span).to_string();
    let candidates: Vec<&str> = sim.actions.iter().map(|a| sim.syms.name(a.name)).collect();
    let d = Diagnostic::new(&codes::PLAN_UNKNOWN_ACTION, format!("{}: the domain has no action `{name}`", at.prefix))
        .at(src, step.action.span);
    match closest(sim.ctx, &name, candidates.iter().copied()) {
        Some(best) => d
            .help(format!("did you mean `{best}`?"))
            .fix(Fix::new(format!("replace `{name}` with `{best}`")).edit(src, step.action.span, best)),
        None => d.help(format!("the domain's actions are: {}", candidates.join(", "))),
    }
}

/// `plan/wrong-arity`, with the action's signature.
fn wrong_arity(at: &At, want: usize) -> Diagnostic {
    let (sim, step) = (at.sim, at.step);
    let ai = at.f.action.unwrap_or(0);
    let sig = action_signature(sim, ai);
    Diagnostic::new(
        &codes::PLAN_WRONG_ARITY,
        format!(
            "{}: `{}` takes {want} argument{}, found {}",
            at.prefix,
            sim.syms.name(step.action.sym),
            if want == 1 { "" } else { "s" },
            at.args.len()
        ),
    )
    .at(at.src, step.span)
    .label(at.dsrc, sim.dom.actions[sim.actions[ai].decl].name.span, format!("declared as {sig}"))
    .help(format!("write the step as {sig}, one object per parameter"))
}

/// `plan/unknown-object`, with the closest object (of the parameter's type first) as a fix.
fn unknown_object(at: &At, arg: usize) -> Diagnostic {
    let (sim, src) = (at.sim, at.src);
    let name = src.slice(at.args[arg].span).to_string();
    let ai = at.f.action.unwrap_or(0);
    let want = &sim.actions[ai].params[arg].1;
    let candidates: Vec<&str> = sim.world.domain_of(want).iter().map(|&o| sim.world.object_name(sim.syms, o)).collect();
    let all: Vec<&str> = sim.world.objects.iter().map(|&o| sim.syms.name(o)).collect();
    let d = Diagnostic::new(
        &codes::PLAN_UNKNOWN_OBJECT,
        format!("{}: `{name}` is not an object of the problem", at.prefix),
    )
    .at(src, at.args[arg].span);
    match closest(sim.ctx, &name, candidates.iter().copied()).or_else(|| closest(sim.ctx, &name, all.iter().copied())) {
        Some(best) => d
            .help(format!("did you mean `{best}`?"))
            .fix(Fix::new(format!("replace `{name}` with `{best}`")).edit(src, at.args[arg].span, best)),
        None => {
            let shown: Vec<&str> = candidates.iter().take(12).copied().collect();
            d.help(format!("objects that fit here: {}", shown.join(", ")))
        }
    }
}

/// `plan/type-mismatch`: the object's types, the parameter's, and the objects that fit.
fn type_mismatch(at: &At, arg: usize, param: usize) -> Diagnostic {
    let (sim, step) = (at.sim, at.step);
    let ai = at.f.action.unwrap_or(0);
    let name = at.src.slice(at.args[arg].span).to_string();
    let o = sim.world.object_ids.get(&at.args[arg].sym).copied().unwrap_or(0);
    let have: Vec<&str> = sim.world.object_types[o as usize].iter().map(|&t| sim.syms.name(t)).collect();
    let (pname, ptypes) = &sim.actions[ai].params[param];
    let want: Vec<&str> = ptypes.iter().map(|&t| sim.syms.name(t)).collect();
    let fitting: Vec<&str> =
        sim.world.domain_of(ptypes).iter().take(12).map(|&o| sim.world.object_name(sim.syms, o)).collect();
    Diagnostic::new(
        &codes::PLAN_TYPE_MISMATCH,
        format!(
            "{}: `{name}` is a `{}`, but parameter `{}` of `{}` must be a `{}`",
            at.prefix,
            have.join("|"),
            sim.syms.name(*pname),
            sim.syms.name(step.action.sym),
            want.join("|")
        ),
    )
    .at(at.src, at.args[arg].span)
    .label(at.dsrc, sim.dom.actions[sim.actions[ai].decl].params[param].name.span, "parameter declared here")
    .help(format!(
        "objects that fit: {} (check the argument order: {})",
        fitting.join(", "),
        action_signature(sim, ai)
    ))
}

/// `plan/unsatisfied-precondition`: the false literals, the relevant state, their achievers,
/// and the verified repair (see [`repair_help`]).
fn unsatisfied_precondition(at: &At, failures: &[Failure], j: &mut Value) -> Diagnostic {
    let (f, step) = (at.f, at.step);
    let n = failures.len();
    let cond = match f.moment.as_ref().map(|m| m.part) {
        Some(temporal::Part::Start) => "its `at start` condition",
        Some(temporal::Part::End) => "its `at end` condition",
        _ => "its precondition",
    };
    let mut d = Diagnostic::new(
        &codes::PLAN_UNSATISFIED_PRECONDITION,
        format!(
            "{}: {} of {cond} {} false: {}",
            at.prefix,
            if n == 1 { "a literal".to_string() } else { format!("{n} literals") },
            if n == 1 { "is" } else { "are" },
            failures.iter().map(|x| x.literal.as_str()).collect::<Vec<_>>().join(", ")
        ),
    )
    .at(at.src, step.span);
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
        d = d.label(at.dsrc, x.span, format!("{} {}", x.literal, x.why));
    }
    if !f.state.is_empty() {
        d = d.note(format!("relevant state before the step: {}", f.state.join(" ")));
    }
    for n in achiever_notes(&f.advice) {
        d = d.note(n);
    }
    d = repair_help(at, d, at_end.is_some());
    j["unsatisfied"] = failures_json(failures);
    j["state"] = json!(f.state);
    j["variants"] = json!(f.variants);
    j["achievers"] = advice_json(&f.advice);
    d
}

/// The help (and fix) of an unsatisfied precondition: the repair found for it, or what to do
/// when there is none.
fn repair_help(at: &At, d: Diagnostic, at_end: bool) -> Diagnostic {
    let (plan, src, step, f) = (at.plan, at.src, at.step, at.f);
    match &f.repair {
        Some(Repair::Retime { with, time }) => {
            let other = &plan.steps[*with];
            let help = format!(
                "step {} `{}` makes it true, but steps with the same time stamp are checked in the same state: give step {} a later time",
                other.index,
                src.slice(other.span),
                step.index
            );
            let d = d.help(help);
            match step.time_span {
                Some(ts) => d.fix(Fix::new(format!("stamp step {} at {}", step.index, format_number(*time))).edit(
                    src,
                    ts,
                    format!("{}:", format_number(*time)),
                )),
                None => d,
            }
        }
        Some(Repair::Move { from, time }) => {
            let moved = &plan.steps[*from];
            let d = d.help(format!(
                "step {} `{}` applies now and makes this step applicable: move it before step {}",
                moved.index,
                src.slice(moved.span),
                step.index
            ));
            match move_edits(plan, src, *from, f.step, *time) {
                Some(fix) => d.fix(fix),
                None => d,
            }
        }
        Some(Repair::Insert { step: text, time }) => {
            let line_start = src.line_span(step.line).at_start();
            let indent: String =
                src.slice(src.line_span(step.line)).chars().take_while(|c| c.is_whitespace()).collect();
            let stamped_text = stamped(text, *time, step.duration);
            d.help(format!("insert {stamped_text} before step {}", step.index)).fix(
                Fix::new(format!("insert {stamped_text} before step {}", step.index)).edit(
                    src,
                    line_start,
                    format!("{indent}{stamped_text}\n"),
                ),
            )
        }
        Some(Repair::Shift { time, after, merged }) => shift_help(d, src, step, *time, *after, *merged),
        Some(Repair::Replace { step: v }) => {
            let all = f.variants.join(", ");
            d.help(format!("with other arguments the step applies now: {all}"))
                .fix(Fix::new(format!("replace step {} with {v}", step.index)).edit(src, step.span, v.clone()))
        }
        None if at_end => {
            d.help("the `at end` condition must hold when the step ends: end it when the condition holds (change its start), or keep other steps from changing it before then")
        }
        None if f.advice.iter().any(|a| !a.achievers.is_empty()) => {
            d.help("no single action makes the step applicable: make the false literals true first (see the achievers above), or reorder the steps")
        }
        None => {
            d.help("no action can make these literals true: the step cannot apply here; check its arguments and the steps before it")
        }
    }
}

/// `plan/undefined-fluent` or `plan/arithmetic-error`: a value the step needs has none.
fn undefined_value(at: &At, error: &EvalError, failures: &[Failure], j: &mut Value) -> Diagnostic {
    let code = match error {
        EvalError::Arithmetic(_) => &codes::PLAN_ARITHMETIC_ERROR,
        _ => &codes::PLAN_UNDEFINED_FLUENT,
    };
    let what = error_text(error);
    j["unsatisfied"] = failures_json(failures);
    let mut d = Diagnostic::new(code, format!("{}: {what}", at.prefix)).at(at.src, at.step.span);
    for x in failures.iter().filter(|x| x.span != Span::default()).take(4) {
        d = d.label(at.dsrc, x.span, format!("{} {}", x.literal, x.why));
    }
    match error {
        EvalError::Arithmetic(_) => d.help(
            "the expression has no value in this state: guard the step with a precondition that excludes it \
             (e.g. a non-zero divisor), or change the values that lead to it",
        ),
        _ => d.help("give the fluent a value in the problem's `:init`, or guard the step with a precondition"),
    }
}

/// `plan/duration-violated`, with the duration the constraint fixes as a fix.
fn duration_violated(at: &At, failures: &[Failure], want: Option<f64>, j: &mut Value) -> Diagnostic {
    let (src, step) = (at.src, at.step);
    let given = step.duration.map_or("?".to_string(), format_number);
    let mut d = Diagnostic::new(
        &codes::PLAN_DURATION_VIOLATED,
        format!(
            "{}: the duration {given} breaks the action's :duration constraint{}",
            at.prefix,
            match want {
                Some(w) => format!(", which requires {}", format_number(w)),
                None => String::new(),
            }
        ),
    )
    .at(src, duration_span(src, step).unwrap_or(step.span));
    for x in failures.iter().take(4) {
        d = d.label(at.dsrc, x.span, format!("{} {}", x.literal, x.why));
    }
    j["unsatisfied"] = failures_json(failures);
    match (want, duration_span(src, step)) {
        (Some(w), Some(span)) => {
            let text = format!("[{}]", format_duration(w));
            d.help(format!("use the duration the constraint gives: {text}")).fix(
                Fix::new(format!("set the duration of step {} to {}", step.index, format_duration(w)))
                    .edit(src, span, text),
            )
        }
        _ => d.help("choose a duration that satisfies the constraint in the state where the step starts"),
    }
}

/// `plan/missing-duration`, with the duration the constraint fixes as a fix.
fn missing_duration(at: &At, want: Option<f64>) -> Diagnostic {
    let step = at.step;
    let d = Diagnostic::new(
        &codes::PLAN_MISSING_DURATION,
        format!(
            "{}: `{}` is a durative action, but the step gives no [duration]",
            at.prefix,
            at.sim.syms.name(step.action.sym)
        ),
    )
    .at(at.src, step.span);
    match want {
        Some(w) => {
            let text = format!(" [{}]", format_duration(w));
            d.help(format!("append the duration the constraint gives:{text}")).fix(
                Fix::new(format!("give step {} its duration{text}", step.index)).edit(
                    at.src,
                    Span { start: step.span.end, end: step.span.end },
                    text,
                ),
            )
        }
        None => d.help("append `[d]` with a duration that satisfies the action's :duration constraint"),
    }
}

/// `plan/invariant-violated`: the `over all` condition broke inside the step's interval.
fn invariant_violated(at: &At, failures: &[Failure], j: &mut Value) -> Diagnostic {
    let f = at.f;
    let m = f.moment.as_ref();
    let from = m.map_or("?".to_string(), |m| format_number(m.time));
    let until = m.and_then(|m| m.until).map_or("its end".to_string(), format_number);
    let n = failures.len();
    let mut d = Diagnostic::new(
        &codes::PLAN_INVARIANT_VIOLATED,
        format!(
            "{}: its `over all` condition breaks between {from} and {until}: {} {} false",
            at.prefix,
            failures.iter().map(|x| x.literal.as_str()).collect::<Vec<_>>().join(", "),
            if n == 1 { "is" } else { "are" }
        ),
    )
    .at(at.src, at.step.span);
    for c in m.map(|m| m.causes.as_slice()).unwrap_or_default() {
        d = d.note(format!("between {from} and {until}, {c}"));
    }
    for x in failures.iter().take(6) {
        d = d.label(at.dsrc, x.span, format!("{} {}", x.literal, x.why));
    }
    if !f.state.is_empty() {
        d = d.note(format!("relevant state after {from}: {}", f.state.join(" ")));
    }
    for n in achiever_notes(&f.advice) {
        d = d.note(n);
    }
    d = match &f.repair {
        Some(Repair::Shift { time, after, merged }) => shift_help(d, at.src, at.step, *time, *after, *merged),
        _ => d.help("the condition must hold from the start to the end of the action: start it when the condition holds and keep other steps from breaking it until it ends"),
    };
    j["unsatisfied"] = failures_json(failures);
    j["interval"] = json!([m.map(|m| m.time), m.and_then(|m| m.until)]);
    j["causes"] = json!(m.map(|m| m.causes.clone()).unwrap_or_default());
    j["state"] = json!(f.state);
    j["achievers"] = advice_json(&f.advice);
    d
}

/// `plan/mutex-violation`: two points of one temporal happening interfere.
fn mutex(at: &At, with: Option<usize>, other: &str, reason: &str) -> Diagnostic {
    let (plan, src) = (at.plan, at.src);
    let time = at.f.moment.as_ref().map_or(0.0, |m| m.time);
    let what = match with {
        Some(w) => format!("the {other} of step {} `{}`", plan.steps[w].index, src.slice(plan.steps[w].span)),
        None => "a timed initial literal".to_string(),
    };
    let mut d = Diagnostic::new(
        &codes::PLAN_MUTEX_VIOLATION,
        format!("{} falls in the same happening as {what} and interferes: {reason}", at.prefix),
    )
    .at(src, at.step.span);
    if let Some(w) = with {
        d = d.label(src, plan.steps[w].span, format!("{other} in the same happening"));
    }
    d.note(format!("points no more than a tenth of the tolerance after a happening's first point (at {}) join it; --tolerance sets the tolerance", format_number(time)))
        .help("separate the two by at least the tolerance, or order them so that one finishes before the other needs its facts")
}

/// `plan/interfering-steps`: two steps with the same time stamp interfere.
fn interfering(at: &At, with: usize, reason: &str) -> Diagnostic {
    let other = &at.plan.steps[with];
    Diagnostic::new(
        &codes::PLAN_INTERFERING_STEPS,
        format!(
            "{} is simultaneous with step {} `{}` and interferes: {reason}",
            at.prefix,
            other.index,
            at.src.slice(other.span)
        ),
    )
    .at(at.src, at.step.span)
    .label(at.src, other.span, "simultaneous step")
    .help(format!("give step {} a later time stamp", at.step.index))
}
