//! The human rendering: rustc-style diagnostics with quoted, underlined source.
//!
//! Snippets quote only the lines a diagnostic touches (not the whole file), so rendering stays
//! cheap on multi-megabyte inputs.

use std::fmt::Write;

use annotate_snippets::{Level, Renderer, Snippet};

use crate::report::{Diagnostic, Report, Severity};
use crate::source::SpanInfo;

pub fn render(report: &Report, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for d in report.diagnostics_by_severity() {
        let _ = writeln!(out, "{}\n", render_diagnostic(report, d, &renderer));
    }
    let _ = writeln!(out, "{}: {}", report.verdict.as_str(), report.summary);
    out
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

/// One excerpt of a file: the lines from the first to the last annotated one.
struct Excerpt<'a> {
    origin: &'a str,
    text: &'a str,
    first_line: usize,
    annotations: Vec<(Level, std::ops::Range<usize>, &'a str)>,
}

fn render_diagnostic(report: &Report, d: &Diagnostic, renderer: &Renderer) -> String {
    let fix_lines: Vec<String> = d.fixes.iter().map(|f| format!("fix: {}", f.description)).collect();
    // Group the primary span and the labels by file, in order of appearance.
    let mut spans: Vec<(&str, SpanInfo, Level, &str)> = Vec::new();
    if let (Some(file), Some(span)) = (&d.file, &d.span) {
        spans.push((file, *span, level(d.severity), ""));
    }
    for label in &d.labels {
        spans.push((&label.file, label.span, Level::Info, &label.message));
    }
    let mut excerpts: Vec<Excerpt> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    for (file, _, _, _) in &spans {
        if !files.contains(file) {
            files.push(file);
        }
    }
    for file in files {
        let Some(src) = report.source(file) else {
            continue;
        };
        let in_file: Vec<_> = spans.iter().filter(|s| s.0 == file).collect();
        let first = in_file.iter().map(|s| s.1.line).min().unwrap_or(1);
        let last = in_file.iter().map(|s| s.1.end_line).max().unwrap_or(first);
        let start = src.line_span(first).start as usize;
        let end = src.line_span(last).end as usize;
        let text = &src.text()[start..end.max(start)];
        let annotations = in_file
            .iter()
            .map(|(_, span, level, message)| {
                let s = span.start.saturating_sub(start).min(text.len());
                let e = span.end.saturating_sub(start).clamp(s, text.len());
                (*level, s..e, *message)
            })
            .collect();
        excerpts.push(Excerpt { origin: src.display_name(), text, first_line: first, annotations });
    }
    let mut message = level(d.severity).title(&d.message).id(&d.code);
    for e in &excerpts {
        let mut snippet = Snippet::source(e.text).line_start(e.first_line).origin(e.origin).fold(true);
        for (level, range, label) in &e.annotations {
            snippet = snippet.annotation(level.span(range.clone()).label(label));
        }
        message = message.snippet(snippet);
    }
    for note in &d.notes {
        message = message.footer(Level::Note.title(note));
    }
    if let Some(help) = &d.help {
        message = message.footer(Level::Help.title(help));
    }
    for fix in &fix_lines {
        message = message.footer(Level::Help.title(fix));
    }
    let rendered = renderer.render(message).to_string();
    rendered
}
