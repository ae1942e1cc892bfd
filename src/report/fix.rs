//! Applying a [`Fix`]: its edits, carried out on the texts the Report was made from.
//!
//! Invariants: an edit whose span is not within its text or not on `char` boundaries, two edits
//! of one fix that overlap, and an edit of an input the Report does not hold are errors
//! ([`FixError`]), never a panic or a silently wrong text. Insertions at the same point keep the
//! order in which the fix lists them.

use super::{Edit, Fix, Report};

/// Why a fix could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixError {
    /// There is no diagnostic with this index.
    NoDiagnostic(usize),
    /// The diagnostic has no fix with this index.
    NoFix { diagnostic: usize, fix: usize },
    /// The Report does not carry the text of this input (a Report read back from JSON).
    NoSource(String),
    /// An edit's span is outside its text or splits a character.
    BadSpan { file: String, start: usize, end: usize },
    /// Two edits of the fix cover the same bytes.
    Overlap { file: String },
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FixError::NoDiagnostic(i) => write!(f, "the report has no diagnostic {i}"),
            FixError::NoFix { diagnostic, fix } => write!(f, "diagnostic {diagnostic} has no fix {fix}"),
            FixError::NoSource(file) => write!(f, "the report does not hold the text of `{file}`"),
            FixError::BadSpan { file, start, end } => {
                write!(f, "an edit of `{file}` spans bytes {start}..{end}, which are not within the text")
            }
            FixError::Overlap { file } => write!(f, "two edits of `{file}` overlap"),
        }
    }
}

impl std::error::Error for FixError {}

impl Report {
    /// The inputs that fix `fix` of diagnostic `diagnostic` edits, each as `(role, repaired
    /// text)`, in the order the fix first names them.
    pub fn apply_fix(&self, diagnostic: usize, fix: usize) -> Result<Vec<(String, String)>, FixError> {
        let d = self.diagnostics.get(diagnostic).ok_or(FixError::NoDiagnostic(diagnostic))?;
        let fix = d.fixes.get(fix).ok_or(FixError::NoFix { diagnostic, fix })?;
        self.apply(fix)
    }

    /// The inputs that `fix` edits, each as `(role, repaired text)`.
    pub fn apply(&self, fix: &Fix) -> Result<Vec<(String, String)>, FixError> {
        let mut files: Vec<&str> = Vec::new();
        for edit in &fix.edits {
            if !files.contains(&edit.file.as_str()) {
                files.push(&edit.file);
            }
        }
        files
            .into_iter()
            .map(|file| {
                let src = self.source(file).ok_or_else(|| FixError::NoSource(file.to_string()))?;
                let edits: Vec<&Edit> = fix.edits.iter().filter(|e| e.file == file).collect();
                Ok((file.to_string(), apply_edits(file, src.text(), &edits)?))
            })
            .collect()
    }
}

/// `text` with `edits` (all of input `file`) carried out.
pub fn apply_edits(file: &str, text: &str, edits: &[&Edit]) -> Result<String, FixError> {
    let mut ordered: Vec<&Edit> = edits.to_vec();
    // Stable: edits at the same point stay in the fix's order.
    ordered.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + edits.iter().map(|e| e.text.len()).sum::<usize>());
    let mut at = 0;
    for e in ordered {
        let (start, end) = (e.span.start, e.span.end);
        if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(FixError::BadSpan { file: file.to_string(), start, end });
        }
        if start < at {
            return Err(FixError::Overlap { file: file.to_string() });
        }
        out.push_str(&text[at..start]);
        out.push_str(&e.text);
        at = end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::report::{codes, Diagnostic, Kind};
    use crate::source::{SourceFile, Span};

    fn report_with(text: &str, fix: impl Fn(&SourceFile) -> Fix) -> Report {
        let src = Arc::new(SourceFile::new("plan", text));
        let mut report = Report::new(Kind::Plan);
        report.push(Diagnostic::new(&codes::REQUEST_MALFORMED, "m").fix(fix(&src)));
        report.add_source(src);
        report
    }

    #[test]
    fn edits_apply_back_to_front_and_insertions_keep_their_order() {
        let report = report_with("(a)\n(b)\n", |src| {
            Fix::new("f").edit(src, Span::new(4, 7), "(c)").edit(src, Span::new(0, 0), "(x)\n").edit(
                src,
                Span::new(0, 0),
                "(y)\n",
            )
        });
        assert_eq!(report.apply_fix(0, 0), Ok(vec![("plan".to_string(), "(x)\n(y)\n(a)\n(c)\n".to_string())]));
    }

    #[test]
    fn bad_indices_overlaps_and_spans_are_errors() {
        let report =
            report_with("(a)", |src| Fix::new("f").edit(src, Span::new(0, 2), "x").edit(src, Span::new(1, 3), "y"));
        assert_eq!(report.apply_fix(0, 0), Err(FixError::Overlap { file: "plan".into() }));
        assert_eq!(report.apply_fix(1, 0), Err(FixError::NoDiagnostic(1)));
        assert_eq!(report.apply_fix(0, 1), Err(FixError::NoFix { diagnostic: 0, fix: 1 }));
        let mut edit = report.diagnostics[0].fixes[0].edits[0].clone();
        edit.span.end = 99;
        assert!(matches!(apply_edits("plan", "(a)", &[&edit]), Err(FixError::BadSpan { .. })));
        let mut without_sources = report.clone();
        without_sources.sources.clear();
        assert_eq!(without_sources.apply_fix(0, 0), Err(FixError::NoSource("plan".into())));
    }
}
