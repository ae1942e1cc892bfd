//! Typed lists (`a b - t ?x - (either u v)`), and the commas LLMs put between their items.

use super::Lowerer;
use crate::pddl::ast::*;
use crate::pddl::sexpr::SExpr;
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

impl<'t> Lowerer<'_, 't> {
    /// `a,` → `a`: PDDL separates items with spaces; a trailing comma (as in `(:objects a, b)`)
    /// is reported with a fix and dropped. `None` for an atom that is only commas.
    pub(crate) fn without_comma(&mut self, span: Span) -> Option<Span> {
        let text = self.text(span);
        let kept = text.trim_end_matches(',');
        if kept.len() == text.len() {
            return Some(span);
        }
        let comma = Span::new(span.start as usize + kept.len(), span.end as usize);
        self.diags.push(
            Diagnostic::new(&codes::PDDL_SYNTAX_ERROR, "PDDL separates items with spaces, not commas")
                .at(self.src, comma)
                .fix(Fix::new("delete the comma").edit(self.src, comma, "")),
        );
        (!kept.is_empty()).then(|| Span::new(span.start as usize, span.start as usize + kept.len()))
    }

    /// `a b - t c - (either u v) d` → names with their types. With `vars`, names must be
    /// `?variables`.
    pub(crate) fn typed_list(&mut self, items: &[SExpr], vars: bool) -> Vec<TypedName> {
        let mut out: Vec<TypedName> = Vec::new();
        let mut pending = 0usize; // entries at the end of `out` still waiting for a type
        let mut i = 0;
        while i < items.len() {
            match &items[i] {
                SExpr::Atom(span) if self.text(*span) == "-" => {
                    let ty = self.type_ref(items.get(i + 1), *span);
                    if pending == 0 {
                        self.error(&codes::PDDL_SYNTAX_ERROR, *span, "`-` must follow the names it gives a type to");
                    }
                    let n = out.len();
                    for entry in &mut out[n - pending..] {
                        entry.ty = ty.clone();
                    }
                    pending = 0;
                    i += 2;
                    continue;
                }
                SExpr::Atom(span) => {
                    let Some(span) = &self.without_comma(*span) else {
                        i += 1;
                        continue;
                    };
                    let text = self.text(*span);
                    if vars && !text.starts_with('?') {
                        self.diags.push(
                            Diagnostic::new(
                                &codes::PDDL_SYNTAX_ERROR,
                                format!("parameter `{text}` must start with `?`"),
                            )
                            .at(self.src, *span)
                            .fix(Fix::new(format!("write `?{text}`")).edit(
                                self.src,
                                span.at_start(),
                                "?",
                            )),
                        );
                        // Read it as the variable it was meant to be, so its uses resolve.
                        let sym = self.syms.intern(&format!("?{text}"));
                        out.push(TypedName { name: Name { sym, span: *span }, ty: None });
                        pending += 1;
                        i += 1;
                        continue;
                    } else if !vars && (text.starts_with('?') || text.starts_with(':')) {
                        self.error(&codes::PDDL_SYNTAX_ERROR, *span, format!("expected a name, found `{text}`"));
                        i += 1;
                        continue;
                    }
                    out.push(TypedName { name: self.name_of(*span), ty: None });
                    pending += 1;
                }
                other => {
                    let found = self.describe(other);
                    self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        other.span(),
                        format!("expected {}, found {found}", if vars { "a `?variable`" } else { "a name" }),
                    );
                }
            }
            i += 1;
        }
        out
    }

    fn type_ref(&mut self, e: Option<&SExpr>, dash: Span) -> Option<TypeRef> {
        match e {
            Some(SExpr::Atom(span)) => {
                let span = &self.without_comma(*span)?;
                let text = self.text(*span);
                if text.starts_with('?') || text == "-" {
                    self.error(&codes::PDDL_SYNTAX_ERROR, *span, format!("expected a type after `-`, found `{text}`"));
                    return None;
                }
                Some(TypeRef::Name(self.name_of(*span)))
            }
            Some(SExpr::List(l)) if self.head_is(l, "either") => {
                let mut names = Vec::new();
                for item in &l.items[1..] {
                    if let Some(n) = self.expect_name(Some(item), "a type name", l.span) {
                        names.push(n);
                    }
                }
                if names.is_empty() {
                    self.error(&codes::PDDL_SYNTAX_ERROR, l.span, "`(either)` needs at least one type");
                    return None;
                }
                Some(TypeRef::Either(names, l.span))
            }
            Some(other) => {
                let found = self.describe(other);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    other.span(),
                    format!("expected a type after `-`, found {found}"),
                );
                None
            }
            None => {
                self.error(&codes::PDDL_SYNTAX_ERROR, dash, "expected a type after `-`, found nothing");
                None
            }
        }
    }
}
