//! Text edits for repairs: a step re-stamped, moved, inserted or given a duration.

use crate::pddl::eval::*;
use crate::pddl::plan::{Plan, Step};
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// A step's text for insertion: time-stamped (and with the failing step's duration) when the
/// plan is.
pub(super) fn stamped(step: &str, time: Option<f64>, duration: Option<f64>) -> String {
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
pub(super) fn move_edits(plan: &Plan, src: &SourceFile, from: usize, to: usize, time: Option<f64>) -> Option<Fix> {
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

/// Help and fix for a temporal step that should start later.
pub(super) fn shift_help(
    d: Diagnostic,
    src: &SourceFile,
    step: &Step,
    time: f64,
    after: f64,
    merged: Option<f64>,
) -> Diagnostic {
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
pub(super) fn duration_span(src: &SourceFile, step: &Step) -> Option<Span> {
    let line = src.line_span(step.line);
    let rest = src.slice(Span { start: step.span.end, end: line.end.max(step.span.end) });
    let open = rest.find('[')?;
    let close = rest[open..].find(']')? + open;
    let at = step.span.end as usize;
    Some(Span::new(at + open, at + close + 1))
}

/// A duration as planners print it: at most 4 decimals, rounded up so `=` still holds.
pub(super) fn format_duration(d: f64) -> String {
    format_number((d * 10_000.0).round() / 10_000.0)
}
