//! The llm rendering: compact plain text meant to be pasted into a prompt.
//!
//! First the verdict and the summary, then the diagnostics, errors first, each on one line with
//! its code and location, the quoted source line, then its notes, help and fixes indented. No
//! colour, no ASCII art; deterministic.

use std::fmt::Write;

use super::quote_line;

/// Diagnostics shown in full: a prompt needs the first failures, not ten thousand of them.
pub const MAX_SHOWN: usize = 50;
use crate::report::{Diagnostic, Report};

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", report.verdict.as_str().to_uppercase(), report.summary);
    let all = report.diagnostics_by_severity();
    for d in all.iter().take(MAX_SHOWN) {
        render_diagnostic(&mut out, report, d);
    }
    if all.len() > MAX_SHOWN {
        let _ = writeln!(out, "- … and {} more diagnostics (fix the ones above first)", all.len() - MAX_SHOWN);
    }
    out
}

fn render_diagnostic(out: &mut String, report: &Report, d: &Diagnostic) {
    let location = match (&d.file, &d.span) {
        (Some(file), Some(span)) => format!(" at {file}:{}:{}", span.line, span.column),
        (Some(file), None) => format!(" in {file}"),
        _ => String::new(),
    };
    let _ = writeln!(out, "- {} [{}]{location}: {}", d.severity.as_str(), d.code, d.message);
    if let (Some(file), Some(span)) = (&d.file, &d.span) {
        if let Some(line) = quote_line(report, file, span.line, span.column) {
            let _ = writeln!(out, "  | {line}");
        }
    }
    for label in &d.labels {
        let _ = writeln!(out, "  see {}:{}:{}: {}", label.file, label.span.line, label.span.column, label.message);
    }
    for note in &d.notes {
        for (i, line) in note.lines().enumerate() {
            let _ = writeln!(out, "  {}{line}", if i == 0 { "note: " } else { "  " });
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  help: {help}");
    }
    for fix in &d.fixes {
        let _ = writeln!(out, "  fix: {}", fix.description);
    }
}
