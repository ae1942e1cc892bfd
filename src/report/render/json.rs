//! The JSON rendering: the Report as its schema defines it, pretty-printed.

use crate::report::Report;

pub fn render(report: &Report) -> String {
    // A Report holds only strings, numbers, booleans and JSON values: serializing cannot fail.
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// One line, for JSONL output.
pub fn render_line(report: &Report) -> String {
    serde_json::to_string(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
