//! Source files and spans.
//!
//! A [`SourceFile`] owns the text of one input (a domain, a problem, a plan, …) together with a
//! line index, so that byte offsets can be turned into 1-based line/column positions.
//!
//! Invariants:
//! - a [`Span`] is a half-open byte range `start..end` into its file's text; constructors clamp
//!   it to the text and to `char` boundaries, so slicing with it never panics;
//! - lines and columns are 1-based and columns count Unicode scalar values, not bytes.

use serde::{Deserialize, Serialize};

/// A half-open byte range into a [`SourceFile`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let start = start.min(u32::MAX as usize) as u32;
        let end = end.min(u32::MAX as usize) as u32;
        Span { start, end: end.max(start) }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end == self.start
    }

    /// An empty span at the start of this one (an insertion point).
    pub fn at_start(self) -> Span {
        Span { start: self.start, end: self.start }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A span resolved to positions, as it appears in a Report: byte offsets, and 1-based lines and
/// columns counted in Unicode scalar values (`end_*` is just past the last character).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SpanInfo {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    #[schemars(range(min = 1))]
    pub line: usize,
    #[schemars(range(min = 1))]
    pub column: usize,
    #[schemars(range(min = 1))]
    pub end_line: usize,
    #[schemars(range(min = 1))]
    pub end_column: usize,
}

/// One input text with a name (its role in a check: `domain`, `problem`, `plan`, …) and the path it
/// was read from, if any.
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: String,
    path: Option<String>,
    text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text.as_bytes()));
        SourceFile { name: name.into(), path: None, text, line_starts }
    }

    pub fn with_path(mut self, path: impl Into<String>) -> SourceFile {
        self.path = Some(path.into());
        self
    }

    /// The role of this file in a check (`domain`, `problem`, `plan`, …); diagnostics name it.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// What to show a human: the path when there is one, the role otherwise.
    pub fn display_name(&self) -> &str {
        self.path.as_deref().unwrap_or(&self.name)
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Clamp a span to the text and to `char` boundaries.
    pub fn clamp(&self, span: Span) -> Span {
        let len = self.text.len();
        let mut start = (span.start as usize).min(len);
        let mut end = (span.end as usize).min(len).max(start);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// The text a span covers (clamped, never panics).
    pub fn slice(&self, span: Span) -> &str {
        // Fast path: `get` checks the bounds and the char boundaries without clamping.
        if let Some(text) = self.text.get(span.range()) {
            return text;
        }
        let span = self.clamp(span);
        &self.text[span.range()]
    }

    /// 1-based line and column (in Unicode scalar values) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(Span::new(offset, offset)).start as usize;
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    pub fn span_info(&self, span: Span) -> SpanInfo {
        let span = self.clamp(span);
        let (line, column) = self.line_col(span.start as usize);
        let (end_line, end_column) = self.line_col(span.end as usize);
        SpanInfo { start: span.start as usize, end: span.end as usize, line, column, end_line, end_column }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte range of a 1-based line, without its line terminator.
    pub fn line_span(&self, line: usize) -> Span {
        let i = line.clamp(1, self.line_starts.len()) - 1;
        let start = self.line_starts[i];
        let mut end = self.line_starts.get(i + 1).map_or(self.text.len(), |&n| n - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end)
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_chars() {
        let f = SourceFile::new("t", "ab\n∀x é\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        let e = f.text().find('é').unwrap();
        assert_eq!(f.line_col(e), (2, 4));
        assert_eq!(f.line_col(f.text().len()), (3, 1));
    }

    #[test]
    fn spans_are_clamped_to_char_boundaries() {
        let f = SourceFile::new("t", "∀x");
        assert_eq!(f.slice(Span::new(1, 2)), "∀");
        assert_eq!(f.slice(Span::new(0, 999)), "∀x");
        let info = f.span_info(Span::new(0, 3));
        assert_eq!((info.line, info.column, info.end_column), (1, 1, 2));
    }

    #[test]
    fn line_span_excludes_terminator() {
        let f = SourceFile::new("t", "one\r\ntwo\nthree");
        assert_eq!(f.slice(f.line_span(1)), "one");
        assert_eq!(f.slice(f.line_span(2)), "two");
        assert_eq!(f.slice(f.line_span(3)), "three");
    }
}
