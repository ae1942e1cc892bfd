//! The human rendering: rustc-style diagnostics with quoted, underlined source.
//!
//! Snippets quote only the lines a diagnostic touches (not the whole file), long lines are clipped
//! to a window around the spans, and at most [`MAX_SHOWN`] diagnostics are rendered in full, so
//! rendering stays cheap on multi-megabyte inputs and on files written on one line.

use std::borrow::Cow;
use std::fmt::Write;

use annotate_snippets::{Level, Renderer, Snippet};

use crate::report::{Diagnostic, Report, Severity};
use crate::source::SpanInfo;

/// Diagnostics rendered in full; the rest are counted.
pub const MAX_SHOWN: usize = 100;

/// The width annotate-snippets is told the terminal has: wider than any excerpt line.
const RENDER_WIDTH: usize = 100_000;

/// Longest excerpt quoted as it is; longer ones are clipped around their spans.
const MAX_EXCERPT: usize = 400;

/// Context kept on each side of the spans in a clipped line.
const CONTEXT: usize = 60;

pub fn render(report: &Report, color: bool) -> String {
    // Lines are clipped here (see `clip`), never by annotate-snippets: its own trimming of lines
    // wider than the terminal can underflow on tabs plus multi-byte characters (a fuzzer find,
    // tests/data/repro/human-margin-overflow.pddl), so give it a width no excerpt reaches.
    let renderer = if color { Renderer::styled() } else { Renderer::plain() }.term_width(RENDER_WIDTH);
    let mut out = String::new();
    let all = report.diagnostics_by_severity();
    for d in all.iter().take(MAX_SHOWN) {
        let _ = writeln!(out, "{}\n", render_diagnostic(report, d, &renderer));
    }
    if all.len() > MAX_SHOWN {
        let _ = writeln!(out, "… and {} more diagnostics (all of them are in --format json)\n", all.len() - MAX_SHOWN);
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
    /// Set when the excerpt was clipped: annotate-snippets would compute the column within the
    /// clipped text, so the true position is given in a note instead.
    clipped_at: Option<String>,
    text: Cow<'a, str>,
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
        let long_line = text.split('\n').any(|l| l.len() > MAX_EXCERPT);
        if !long_line && text.len() <= MAX_EXCERPT * 100 {
            let annotations = in_file
                .iter()
                .map(|(_, span, level, message)| {
                    let s = span.start.saturating_sub(start).min(text.len());
                    let e = span.end.saturating_sub(start).clamp(s, text.len());
                    (*level, s..e, *message)
                })
                .collect();
            excerpts.push(Excerpt {
                origin: src.display_name(),
                clipped_at: None,
                text: Cow::Borrowed(text),
                first_line: first,
                annotations,
            });
            continue;
        }
        // Long lines: one snippet per annotated line, each clipped around its spans.
        let mut lines: Vec<usize> = in_file.iter().map(|s| s.1.line).collect();
        lines.sort_unstable();
        lines.dedup();
        for line in lines {
            let span = src.line_span(line);
            let (ls, le) = (span.start as usize, span.end as usize);
            let text = &src.text()[ls..le.max(ls)];
            let on_line: Vec<_> = in_file.iter().filter(|s| s.1.line == line).collect();
            let annotations = on_line
                .iter()
                .map(|(_, span, level, message)| {
                    let s = span.start.saturating_sub(ls).min(text.len());
                    let e = span.end.saturating_sub(ls).clamp(s, text.len());
                    (*level, s..e, *message)
                })
                .collect();
            let (text, annotations) = clip(text, annotations);
            let clipped_at = matches!(text, Cow::Owned(_)).then(|| {
                let column = on_line.first().map_or(1, |s| s.1.column);
                format!("at {}:{line}:{column} (the line is shown clipped)", src.display_name())
            });
            excerpts.push(Excerpt { origin: src.display_name(), clipped_at, text, first_line: line, annotations });
        }
    }
    for e in &mut excerpts {
        expand_tabs(e);
    }
    let mut message = level(d.severity).title(&d.message).id(&d.code);
    for e in &excerpts {
        let mut snippet = Snippet::source(&e.text).line_start(e.first_line).fold(true);
        if e.clipped_at.is_none() {
            snippet = snippet.origin(e.origin);
        }
        for (level, range, label) in &e.annotations {
            snippet = snippet.annotation(level.span(range.clone()).label(label));
        }
        message = message.snippet(snippet);
    }
    for e in &excerpts {
        if let Some(at) = &e.clipped_at {
            message = message.footer(Level::Note.title(at));
        }
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

type Annotations<'a> = Vec<(Level, std::ops::Range<usize>, &'a str)>;

/// A window of one long line around its annotations, with `…` where it was cut.
fn clip<'a>(line: &'a str, annotations: Annotations<'a>) -> (Cow<'a, str>, Annotations<'a>) {
    if line.len() <= MAX_EXCERPT {
        return (Cow::Borrowed(line), annotations);
    }
    let lo = annotations.iter().map(|a| a.1.start).min().unwrap_or(0);
    let hi = annotations.iter().map(|a| a.1.end).max().unwrap_or(lo).min(lo + MAX_EXCERPT);
    let mut from = lo.saturating_sub(CONTEXT);
    let mut to = (hi + CONTEXT).min(line.len());
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    while !line.is_char_boundary(to) {
        to += 1;
    }
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < line.len() { "…" } else { "" };
    let text = format!("{prefix}{}{suffix}", &line[from..to]);
    let shift = |x: usize| (x.clamp(from, to) - from + prefix.len()).min(text.len() - suffix.len());
    let moved = annotations.into_iter().map(|(l, r, m)| (l, shift(r.start)..shift(r.end), m)).collect();
    (Cow::Owned(text), moved)
}

/// Show each tab as one space: annotate-snippets widens tabs when it prints a line but not when
/// it places underlines, so a tab before a span misplaces the underline. One space keeps every
/// byte offset and column as they are in the file.
fn expand_tabs(e: &mut Excerpt) {
    if e.text.contains('\t') {
        e.text = Cow::Owned(e.text.replace('\t', " "));
    }
}
