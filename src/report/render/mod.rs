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

/// The first line of a source line range, trimmed, for quoting in one line.
pub(crate) fn quote_line(report: &Report, file: &str, line: usize) -> Option<String> {
    let src = report.source(file)?;
    let text = src.slice(src.line_span(line)).trim();
    if text.is_empty() {
        return None;
    }
    let mut quoted: String = text.chars().take(160).collect();
    if quoted.len() < text.len() {
        quoted.push('…');
    }
    Some(quoted)
}
