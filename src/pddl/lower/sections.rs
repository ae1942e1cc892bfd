//! The sections of a domain or problem: iterating them (with hoisted ones), resolving their
//! keywords (misspelled, of the other file kind), duplicates, and `:requirements`.

use std::collections::VecDeque;

use super::{FileKind, Lowerer};
use crate::pddl::ast::*;
use crate::pddl::sexpr::{List, SExpr};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

impl<'t> Lowerer<'_, 't> {
    /// Iterate the sections of a define form (from item 2), including hoisted ones.
    pub(super) fn sections_of(&mut self, define: &'t List, escaped: &[&'t SExpr]) -> VecDeque<&'t SExpr> {
        self.define_depth = define.depth;
        define.items.iter().skip(2).chain(escaped.iter().copied()).collect()
    }

    /// Report a section keyword that is not one of `allowed`, with a did-you-mean. Returns the
    /// suggested keyword: the caller reads the section as that one, so a misspelled
    /// `:predicate` does not turn every use of its predicates into an error.
    pub(super) fn unknown_keyword(
        &mut self,
        span: Span,
        allowed: &[&'static str],
        context: &str,
    ) -> Option<&'static str> {
        let text = self.text(span);
        let mut d =
            Diagnostic::new(&codes::PDDL_UNKNOWN_SECTION, format!("unknown {context} `{text}`")).at(self.src, span);
        let best = crate::suggest::closest(self.ctx, text, allowed.iter().copied());
        if let Some(best) = best {
            d = d
                .help(format!("did you mean `{best}`?"))
                .note(format!("checked as if it were `{best}`"))
                .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(self.src, span, best));
        } else {
            d = d.help(format!("expected one of {}", allowed.join(", ")));
        }
        self.diags.push(d);
        best
    }

    /// `(:objects …)` in a domain or `(:constants …)` in a problem: the same list under the
    /// other file's keyword. Reported with the fix, and read as the right section.
    fn swapped_section(&mut self, span: Span, found: &str, meant: &str, file: &str) {
        self.diags.push(
            Diagnostic::new(
                &codes::PDDL_UNKNOWN_SECTION,
                format!("{file} declares its objects in `{meant}`, not `{found}`"),
            )
            .at(self.src, span)
            .note(format!("checked as if it were `{meant}`"))
            .fix(Fix::new(format!("replace `{found}` with `{meant}`")).edit(self.src, span, meant)),
        );
    }

    fn section_head(&mut self, item: &SExpr) -> Option<(String, Span)> {
        match item {
            SExpr::List(l) => match l.items.first() {
                Some(SExpr::Atom(span)) if self.text(*span).starts_with(':') => {
                    Some((self.text(*span).to_ascii_lowercase(), *span))
                }
                _ => {
                    let found = self.describe(item);
                    self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        item.span(),
                        format!("expected a section such as `(:predicates …)`, found {found}"),
                    );
                    None
                }
            },
            SExpr::Atom(span) => {
                let text = self.text(*span);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    *span,
                    format!("expected a section `(:keyword …)`, found `{text}`"),
                );
                None
            }
        }
    }

    pub(super) fn once<T>(&mut self, slot: &mut Option<T>, value: Option<T>, span: Span, what: &str) {
        match (slot.is_some(), value) {
            (false, v) => *slot = v,
            (true, Some(_)) => self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_DUPLICATE_SECTION,
                    format!("a second `{what}` section; the first one is used"),
                )
                .at(self.src, span),
            ),
            (true, None) => {}
        }
    }

    pub(super) fn requirements(&mut self, list: &'t List) -> Vec<RequirementDecl> {
        let mut out = Vec::new();
        for item in self.cut(list, 1) {
            let Some(span) = item.as_atom() else {
                let found = self.describe(item);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    item.span(),
                    format!("expected a requirement such as `:strips`, found {found}"),
                );
                continue;
            };
            let text = self.text(span);
            match Requirement::parse(text) {
                Some(req) => out.push(RequirementDecl { req, span }),
                None => {
                    let names = Requirement::ALL.iter().map(|(n, _)| *n);
                    let mut d =
                        Diagnostic::new(&codes::PDDL_UNKNOWN_REQUIREMENT, format!("unknown requirement `{text}`"))
                            .at(self.src, span);
                    let probe = if text.starts_with(':') { text.to_string() } else { format!(":{text}") };
                    let best = crate::suggest::closest(self.ctx, &probe, names);
                    if let Some(best) = best {
                        d = d
                            .help(format!("did you mean `{best}`?"))
                            .note(format!("checked as if it were `{best}`"))
                            .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(self.src, span, best));
                    } else {
                        let all: Vec<&str> = Requirement::ALL.iter().map(|(n, _)| *n).collect();
                        d = d.help(format!("expected one of {}", all.join(", ")));
                    }
                    self.diags.push(d);
                    // Read it as the flag it resembles, so its features are not reported as
                    // undeclared too.
                    if let Some(req) = best.and_then(Requirement::parse) {
                        out.push(RequirementDecl { req, span });
                    }
                }
            }
        }
        out
    }

    /// The next section of a define form: misplaced-form bookkeeping, the head keyword, and a
    /// keyword of the other file kind or a misspelling resolved (and reported). Items that are
    /// not sections are reported and skipped.
    pub(super) fn next_section(
        &mut self,
        queue: &mut VecDeque<&'t SExpr>,
        hoisted_left: &mut usize,
        kind: &FileKind,
    ) -> Option<(&'t List, String, Span)> {
        while let Some(item) = queue.pop_front() {
            if *hoisted_left == 0 {
                self.flush_misplaced();
                self.misplaced_in_section = false;
            } else {
                *hoisted_left -= 1;
            }
            let Some((keyword, kw_span)) = self.section_head(item) else { continue };
            let Some(list) = item.as_list() else { continue };
            let keyword = if kind.own.contains(&keyword.as_str()) {
                keyword
            } else if keyword == kind.swapped.0 {
                self.swapped_section(kw_span, kind.swapped.0, kind.swapped.1, kind.this);
                kind.swapped.1.to_string()
            } else if kind.other.contains(&keyword.as_str()) {
                self.error(
                    &codes::PDDL_UNKNOWN_SECTION,
                    kw_span,
                    format!("`{keyword}` is a {} section; it cannot appear in {}", kind.other_file, kind.this),
                );
                if let Some(d) = self.diags.last_mut() {
                    d.help = Some(format!("move the `({keyword} …)` section to the {} file", kind.other_file));
                }
                continue;
            } else {
                match self.unknown_keyword(kw_span, kind.own, kind.section_word) {
                    Some(best) => best.to_string(),
                    None => continue,
                }
            };
            return Some((list, keyword, kw_span));
        }
        None
    }

    /// Sections found nested inside the one just read go next, in order.
    pub(super) fn requeue_hoisted(&mut self, queue: &mut VecDeque<&'t SExpr>, hoisted_left: &mut usize) {
        let hoisted = std::mem::take(&mut self.hoisted);
        *hoisted_left += hoisted.len();
        for h in hoisted.into_iter().rev() {
            queue.push_front(h);
        }
    }

    /// A second section of a kind whose entries are merged with the first.
    pub(super) fn repeated_section(&mut self, keyword: &str, kw_span: Span, mergeable: &[&str], seen: &[String]) {
        if mergeable.contains(&keyword) && seen.iter().any(|k| k == keyword) {
            self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_DUPLICATE_SECTION,
                    format!("a second `{keyword}` section; its entries are merged with the first"),
                )
                .at(self.src, kw_span)
                .help(format!("move its entries into the first `({keyword} …)` and delete this one")),
            );
        }
    }
}
