//! Forms in the wrong place: text outside `(define …)`, sections shut out of it by an early
//! `)`, and action fields or sections found inside another form. Each is reported once (the
//! earliest, where the `)` is missing) with a fix, and then read where it belongs.

use super::{Lowerer, ACTION_FIELDS};
use crate::pddl::sexpr::{List, SExpr};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

impl<'t> Lowerer<'_, 't> {
    /// Report a run of forms outside any `(define …)`. With `define` (the define form and
    /// whether the run comes after it), the fix deletes the run up to or from the define.
    pub(super) fn report_outside_define(&mut self, run: &[SExpr], define: Option<(&SExpr, bool)>) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else { return };
        let span = first.span().to(last.span());
        let excerpt = self.excerpt(span);
        // Markdown fences would clash with backtick quotes.
        let quoted = if excerpt.contains('`') { format!("\"{excerpt}\"") } else { format!("`{excerpt}`") };
        let (message, fix_span) = match define {
            None => (format!("expected `(define …)`, found {quoted}"), None),
            Some((d, false)) => (
                format!("text before the `(define …)` form: {quoted}"),
                Some(Span::new(span.start as usize, d.span().start as usize)),
            ),
            Some((d, true)) => (
                format!("text after the end of the `(define …)` form: {quoted}"),
                Some(Span::new(d.span().end as usize, span.end as usize)),
            ),
        };
        let mut d = Diagnostic::new(&codes::PDDL_EXPECTED_DEFINE, message)
            .at(self.src, span)
            .help("remove everything outside the `(define …)` form (prose, Markdown fences)");
        if let Some(fix_span) = fix_span {
            d = d.fix(Fix::new("delete the text outside `(define …)`").edit(self.src, fix_span, ""));
        }
        self.diags.push(d);
    }

    /// Sections found after their `(define …)` was closed: the `)` that closed it is one too
    /// early. The fix moves that `)` after the last of them.
    pub(super) fn report_after_define(&mut self, define: &List, escaped: &[&SExpr]) {
        let (Some(first), Some(last)) = (escaped.first(), escaped.last()) else { return };
        if !define.closed || define.span.is_empty() {
            return;
        }
        let close = Span::new(define.span.end as usize - 1, define.span.end as usize);
        let (close_line, _) = self.src.line_col(close.start as usize);
        let (last_line, _) = self.src.line_col(last.span().end as usize);
        let head = first.as_list().and_then(|l| l.items.first()).map_or(first.span(), SExpr::span);
        let shown = Span::new(first.span().start as usize, head.end as usize);
        let keyword = self.text(head).to_ascii_lowercase();
        let count = escaped.len();
        let message = if count == 1 {
            format!("`({keyword}` comes after the end of `(define` — the `)` on line {close_line} closes it too early")
        } else {
            format!(
                "`({keyword}` and {} more section{} come after the end of `(define` — the `)` on line {close_line} closes it too early",
                count - 1,
                if count == 2 { "" } else { "s" }
            )
        };
        let at_end = Span::new(last.span().end as usize, last.span().end as usize);
        self.diags.push(
            Diagnostic::new(&codes::PDDL_MISPLACED_SECTION, message)
                .at(self.src, shown)
                .label(self.src, close, "`(define` ends here")
                .note("these sections are read as part of the `(define …)` form anyway")
                .help(format!("delete the `)` on line {close_line} and close `(define` after line {last_line}"))
                .fix(
                    Fix::new(format!("move the `)` that closes `(define` from line {close_line} to line {last_line}"))
                        .edit(self.src, close, "")
                        .edit(self.src, at_end, ")"),
                ),
        );
    }

    /// The items of `list` from `from` up to the first misplaced form (an action field keyword
    /// or a section list). What follows is queued for the action or the domain/problem, and
    /// the first such form in a section is reported with the place of the missing `)`.
    pub(crate) fn cut(&mut self, list: &'t List, from: usize) -> &'t [SExpr] {
        let items = list.items.get(from..).unwrap_or(&[]);
        for (i, item) in items.iter().enumerate() {
            let misplaced = match item {
                // Only keywords can be misplaced: skip everything else without allocating.
                SExpr::Atom(span) if !self.text(*span).starts_with(':') => None,
                SExpr::List(l)
                    if !l.items.first().and_then(|h| self.atom_text(h)).is_some_and(|t| t.starts_with(':')) =>
                {
                    None
                }
                SExpr::Atom(span) => {
                    let text = self.text(*span).to_ascii_lowercase();
                    // In the action's own list, fields are where they belong.
                    let own = list.depth == self.action_depth && self.in_action;
                    (!own && ACTION_FIELDS.contains(&text.as_str())).then_some((text, true))
                }
                SExpr::List(l) => {
                    self.head(l).filter(|h| self.sections.contains(&h.as_ref())).map(|h| (h.into_owned(), false))
                }
            };
            let Some((keyword, is_field)) = misplaced else {
                continue;
            };
            let index = from + i;
            let expected_depth = if is_field { self.action_depth } else { self.define_depth };
            self.report_misplaced(list, index, &keyword, expected_depth);
            let tail = list.items[index..].iter();
            if is_field {
                self.field_tail.extend(tail);
            } else {
                self.hoisted.extend(tail);
            }
            return &list.items[from..index];
        }
        items
    }

    /// Keep the earliest misplaced form of the current section: a single missing `)` makes
    /// several forms misplaced, and the first one in the text is where the `)` is missing.
    fn report_misplaced(&mut self, holder: &List, index: usize, keyword: &str, expected_depth: u32) {
        let item = &holder.items[index];
        let start = item.span().start;
        if self.misplaced_in_section || self.pending_misplaced.as_ref().is_some_and(|(s, _)| *s <= start) {
            return;
        }
        let missing = holder.depth.saturating_sub(expected_depth).max(1) as usize;
        let insert_at = match index.checked_sub(1).map(|p| &holder.items[p]) {
            Some(prev) => Span::new(prev.span().end as usize, prev.span().end as usize),
            None => item.span().at_start(),
        };
        let (line, _) = self.src.line_col(insert_at.start as usize);
        let holder_open = Span::new(holder.span.start as usize, holder.span.start as usize + 1);
        let holder_head = holder.items.first().and_then(|h| self.atom_text(h)).unwrap_or("");
        let parens = ")".repeat(missing);
        let is_list = item.as_list().is_some();
        let shown = if is_list { format!("`({keyword}`") } else { format!("`{keyword}`") };
        let count = if missing == 1 { "a `)` is".to_string() } else { format!("{missing} `)` are") };
        let message = format!("{shown} appears inside `({holder_head}` — {count} missing on line {line}");
        let head_span = Span::new(start as usize, start as usize + keyword.len() + usize::from(is_list));
        let diagnostic = Diagnostic::new(&codes::PDDL_MISPLACED_SECTION, message)
            .at(self.src, head_span)
            .label(self.src, holder_open, "this list is not closed before it")
            .help(format!("add `{parens}` at the end of line {line}"))
            .fix(Fix::new(format!("insert `{parens}` on line {line}")).edit(self.src, insert_at, parens.clone()));
        self.pending_misplaced = Some((start, diagnostic));
    }

    /// Emit the pending misplaced-form diagnostic; later ones in the section are its fallout.
    pub(super) fn flush_misplaced(&mut self) {
        if let Some((_, d)) = self.pending_misplaced.take() {
            self.diags.push(d);
            self.misplaced_in_section = true;
        }
    }
}
