//! Renderers: three views of one Report.
//!
//! - [`human`]: rustc-style snippets with the source quoted and underlined;
//! - [`json`]: the Report itself, the contract (schema `herbrand.report/v1`);
//! - [`llm`]: compact plain text for a prompt: first failure first, exact names, the fix.
//!
//! All three are deterministic: the same Report renders to the same bytes (colour only when
//! asked for).

pub mod human;
pub mod json;
pub mod llm;

use super::Report;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Human,
    Json,
    Llm,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "human" => Ok(Format::Human),
            "json" => Ok(Format::Json),
            "llm" => Ok(Format::Llm),
            other => Err(format!("unknown format `{other}` (expected human, json or llm)")),
        }
    }
}

/// Render a Report in the given format. `color` only affects `human`.
pub fn render(report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(report, color),
        Format::Json => json::render(report),
        Format::Llm => llm::render(report),
    }
}

/// The source line of a span, trimmed, for quoting on one line; a long line is cut to a window
/// around the span's column.
pub(crate) fn quote_line(report: &Report, file: &str, line: usize, column: usize) -> Option<String> {
    const WIDTH: usize = 160;
    let src = report.source(file)?;
    let text = src.slice(src.line_span(line));
    let chars = text.chars().count();
    let (skip, prefix) = if chars > WIDTH && column > WIDTH / 2 { (column - WIDTH / 4, "…") } else { (0, "") };
    let window: String = text.chars().skip(skip).take(WIDTH).collect();
    let suffix = if skip + WIDTH < chars { "…" } else { "" };
    let quoted =
        format!("{prefix}{}{suffix}", if prefix.is_empty() { window.trim_start() } else { window.as_str() }.trim_end());
    (!quoted.trim().is_empty()).then_some(quoted)
}
