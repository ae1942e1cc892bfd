//! A domain: its sections, predicates, functions, constraints, actions and derived predicates.

use std::collections::VecDeque;

use super::{Lowerer, DOMAIN_FILE, DOMAIN_SECTIONS};
use crate::pddl::ast::*;
use crate::pddl::sexpr::{List, SExpr};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

impl<'t> Lowerer<'_, 't> {
    pub(super) fn domain(&mut self, define: &'t List, name: Option<Name>, escaped: &[&'t SExpr]) -> Domain {
        self.sections = DOMAIN_SECTIONS;
        let mut domain = Domain { name, span: define.span, ..Domain::default() };
        let mut queue = self.sections_of(define, escaped);
        let mut seen: Vec<String> = Vec::new();
        let mut hoisted_left = 0usize;
        while let Some((list, keyword, kw_span)) = self.next_section(&mut queue, &mut hoisted_left, &DOMAIN_FILE) {
            let mergeable = [":requirements", ":types", ":constants", ":predicates", ":functions"];
            self.repeated_section(&keyword, kw_span, &mergeable, &seen);
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":requirements" => {
                    let reqs = self.requirements(list);
                    domain.requirements.extend(reqs)
                }
                ":types" => {
                    let items = self.cut(list, 1);
                    let types = self.typed_list(items, false);
                    domain.types.extend(types)
                }
                ":constants" => {
                    let items = self.cut(list, 1);
                    let constants = self.typed_list(items, false);
                    domain.constants.extend(constants)
                }
                ":predicates" => {
                    let preds = self.predicates(list);
                    domain.predicates.extend(preds)
                }
                ":functions" => {
                    let funcs = self.functions(list);
                    domain.functions.extend(funcs)
                }
                ":constraints" => {
                    let f = self.constraints(list);
                    self.once(&mut domain.constraints, f, kw_span, ":constraints");
                }
                ":action" | ":durative-action" => {
                    if let Some(action) = self.action(list, keyword == ":durative-action") {
                        domain.actions.push(action);
                    }
                }
                ":derived" => {
                    if let Some(d) = self.derived(list) {
                        domain.derived.push(d);
                    }
                }
                _ => {}
            }
            self.requeue_hoisted(&mut queue, &mut hoisted_left);
        }
        self.flush_misplaced();
        domain
    }

    fn predicates(&mut self, list: &'t List) -> Vec<PredicateDecl> {
        let mut out = Vec::new();
        let items = self.cut(list, 1);
        let mut skip_to = 0;
        for (k, item) in items.iter().enumerate() {
            if k < skip_to {
                continue;
            }
            match item {
                SExpr::List(p) => {
                    let Some(name) = self.expect_name(p.items.first(), "a predicate name", p.span) else {
                        continue;
                    };
                    let params = self.typed_list(&p.items[1..], true);
                    out.push(PredicateDecl { name, params, span: p.span });
                }
                SExpr::Atom(span) => {
                    let text = self.text(*span);
                    if text.starts_with('?') || text.starts_with(':') || text == "-" {
                        self.error(
                            &codes::PDDL_SYNTAX_ERROR,
                            *span,
                            format!("expected a predicate declaration `(name ?x …)`, found `{text}`"),
                        );
                        continue;
                    }
                    // A bare name: declare it with the `?variables` that follow it, if any, so
                    // its uses do not all turn into errors.
                    let params_end = flat_parameters_end(self, items, k + 1);
                    let last = items[params_end - 1].span();
                    let written = self.text(span.to(last));
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_SYNTAX_ERROR,
                            format!("a predicate is declared in parentheses: write `({written})`"),
                        )
                        .at(self.src, span.to(last))
                        .fix(
                            Fix::new(format!("write `({written})`")).edit(self.src, span.at_start(), "(").edit(
                                self.src,
                                Span::new(last.end as usize, last.end as usize),
                                ")",
                            ),
                        ),
                    );
                    let params = self.typed_list(&items[k + 1..params_end], true);
                    out.push(PredicateDecl { name: self.name_of(*span), params, span: span.to(last) });
                    skip_to = params_end;
                }
            }
        }
        out
    }

    fn functions(&mut self, list: &'t List) -> Vec<FunctionDecl> {
        let mut out = Vec::new();
        let items = self.cut(list, 1);
        let mut i = 0;
        let mut pending_start = 0;
        while i < items.len() {
            match &items[i] {
                SExpr::List(f) => {
                    if let Some(name) = self.expect_name(f.items.first(), "a function name", f.span) {
                        let params = self.typed_list(&f.items[1..], true);
                        out.push(FunctionDecl { name, params, result: None, span: f.span });
                    }
                }
                SExpr::Atom(span) if self.text(*span) == "-" => {
                    let ty = self.expect_name(items.get(i + 1), "a function type such as `number`", *span);
                    for f in &mut out[pending_start..] {
                        f.result = ty;
                    }
                    pending_start = out.len();
                    i += 2;
                    continue;
                }
                other => {
                    let found = self.describe(other);
                    self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        other.span(),
                        format!("expected a function declaration `(name ?x …)`, found {found}"),
                    );
                }
            }
            i += 1;
        }
        out
    }

    pub(super) fn constraints(&mut self, list: &'t List) -> Option<Formula> {
        let items = self.cut(list, 1);
        self.in_constraints = true;
        let f = match items {
            [] => None,
            [one] => self.formula(one),
            [first, ..] => {
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    items[1].span(),
                    "`:constraints` takes one formula; wrap several in `(and …)`",
                );
                self.formula(first)
            }
        };
        self.in_constraints = false;
        f
    }

    fn action(&mut self, list: &'t List, durative: bool) -> Option<Action> {
        let name = self.expect_name(list.items.get(1), "an action name", list.span)?;
        self.action_depth = list.depth;
        self.in_durative = durative;
        self.in_action = true;
        let mut action = Action {
            name,
            params: Vec::new(),
            precondition: None,
            effect: None,
            duration: None,
            durative,
            span: list.span,
        };
        let allowed: &[&str] = if durative {
            &[":parameters", ":duration", ":condition", ":effect"]
        } else {
            &[":parameters", ":precondition", ":effect"]
        };
        let mut fields: VecDeque<&'t SExpr> = self.cut(list, 2).iter().collect();
        let mut seen: Vec<String> = Vec::new();
        while let Some(item) = fields.pop_front() {
            let &SExpr::Atom(kw_span) = item else {
                let found = self.describe(item);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    item.span(),
                    format!("expected an action field such as `:precondition`, found {found}"),
                );
                continue;
            };
            let mut keyword = self.text(kw_span).to_ascii_lowercase();
            if !keyword.starts_with(':') {
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    kw_span,
                    format!("expected an action field such as `:precondition`, found `{}`", self.text(kw_span)),
                );
                continue;
            }
            let value = match fields.front() {
                Some(&&SExpr::Atom(s)) if self.text(s).starts_with(':') => None,
                Some(_) => fields.pop_front(),
                None => None,
            };
            let Some(value) = value else {
                self.error(&codes::PDDL_SYNTAX_ERROR, kw_span, format!("`{keyword}` has no value"));
                continue;
            };
            if !allowed.contains(&keyword.as_str()) {
                if keyword == ":precondition" && durative {
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_UNKNOWN_SECTION,
                            "a durative action has `:condition`, not `:precondition`",
                        )
                        .at(self.src, kw_span)
                        .fix(Fix::new("replace `:precondition` with `:condition`").edit(
                            self.src,
                            kw_span,
                            ":condition",
                        )),
                    );
                } else {
                    match self.unknown_keyword(kw_span, allowed, "action field") {
                        Some(best) => keyword = best.to_string(),
                        None => continue,
                    }
                }
            }
            if seen.contains(&keyword) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DUPLICATE_SECTION,
                        format!("`{keyword}` appears twice in this action; the first is used"),
                    )
                    .at(self.src, kw_span)
                    .help(format!("merge the two into one `{keyword}`; this one is ignored")),
                );
                continue;
            }
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":parameters" => match value {
                    SExpr::List(l) => {
                        let items = self.cut(l, 0);
                        action.params = self.typed_list(items, true);
                    }
                    SExpr::Atom(s) => action.params = self.unwrapped_parameters(*s, &mut fields),
                },
                ":precondition" | ":condition" => {
                    let extra = self.extra_formulas(&keyword, value, &mut fields);
                    let mut parts: Vec<Formula> =
                        std::iter::once(value).chain(extra).filter_map(|e| self.formula(e)).collect();
                    action.precondition = match parts.len() {
                        1 => parts.pop(),
                        0 => None,
                        _ => Some(Formula::And(parts, value.span())),
                    };
                }
                ":effect" => {
                    let extra = self.extra_formulas(&keyword, value, &mut fields);
                    let mut parts: Vec<Effect> =
                        std::iter::once(value).chain(extra).filter_map(|e| self.effect(e)).collect();
                    action.effect = match parts.len() {
                        1 => parts.pop(),
                        0 => None,
                        _ => Some(Effect::And(parts, value.span())),
                    };
                }
                ":duration" => action.duration = self.formula(value),
                _ => {}
            }
            for extra in std::mem::take(&mut self.field_tail).into_iter().rev() {
                fields.push_front(extra);
            }
        }
        self.in_durative = false;
        self.in_action = false;
        Some(action)
    }

    /// `:precondition (a) (b)`: several formulas where one is expected. Report them once, with
    /// a fix that wraps them in `(and …)`, and return the extra ones so they are read as a
    /// conjunction (which is what the author meant).
    fn extra_formulas(&mut self, keyword: &str, first: &'t SExpr, fields: &mut VecDeque<&'t SExpr>) -> Vec<&'t SExpr> {
        let mut extra = Vec::new();
        while let Some(SExpr::List(l)) = fields.front().copied() {
            if l.items.first().and_then(|h| self.atom_text(h)).is_some_and(|t| t.starts_with(':')) {
                break;
            }
            extra.extend(fields.pop_front());
        }
        if let Some(last) = extra.last() {
            let (start, end) = (first.span().start as usize, last.span().end as usize);
            self.diags.push(
                Diagnostic::new(
                    &codes::PDDL_SYNTAX_ERROR,
                    format!(
                        "`{keyword}` takes one formula, found {}; they were read as a conjunction",
                        extra.len() + 1
                    ),
                )
                .at(self.src, Span::new(start, end))
                .help("wrap them in `(and …)`")
                .fix(
                    Fix::new("wrap them in `(and …)`").edit(self.src, Span::new(start, start), "(and ").edit(
                        self.src,
                        Span::new(end, end),
                        ")",
                    ),
                ),
            );
        }
        extra
    }

    /// `:parameters ?x ?y - block` without the list: report it with a fix that adds the
    /// parentheses, and read the names that follow (up to the next field) as the parameters.
    fn unwrapped_parameters(&mut self, first: Span, fields: &mut VecDeque<&'t SExpr>) -> Vec<TypedName> {
        let text = self.text(first);
        if !text.starts_with('?') {
            self.error(
                &codes::PDDL_SYNTAX_ERROR,
                first,
                format!("`:parameters` takes a list such as `(?x - block)`, found `{text}`"),
            );
            return Vec::new();
        }
        let mut items = vec![SExpr::Atom(first)];
        while let Some(&&SExpr::Atom(s)) = fields.front() {
            if self.text(s).starts_with(':') {
                break;
            }
            items.push(SExpr::Atom(s));
            fields.pop_front();
        }
        let last = items.last().map_or(first, SExpr::span);
        let written = self.text(first.to(last));
        let fix = Fix::new(format!("write `({written})`")).edit(self.src, first.at_start(), "(").edit(
            self.src,
            Span::new(last.end as usize, last.end as usize),
            ")",
        );
        self.diags.push(
            Diagnostic::new(&codes::PDDL_SYNTAX_ERROR, format!("`:parameters` takes a list: write `({written})`"))
                .at(self.src, first.to(last))
                .fix(fix),
        );
        self.typed_list(&items, true)
    }

    fn derived(&mut self, list: &'t List) -> Option<Derived> {
        let head = match list.items.get(1) {
            Some(SExpr::List(h)) => h,
            other => {
                let found = other.map_or("nothing".to_string(), |e| self.describe(e));
                let span = other.map_or(list.span, SExpr::span);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    span,
                    format!("expected the derived predicate `(name ?x …)`, found {found}"),
                );
                return None;
            }
        };
        let name = self.expect_name(head.items.first(), "a predicate name", head.span)?;
        let params = self.typed_list(&head.items[1..], true);
        let body_items = self.cut(list, 2);
        let body = match body_items {
            [body] => self.formula(body)?,
            [] => {
                self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`:derived` needs a body formula after the head");
                return None;
            }
            [body, extra, ..] => {
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    extra.span(),
                    "`:derived` takes one body formula; wrap several in `(and …)`",
                );
                self.formula(body)?
            }
        };
        Some(Derived { name, params, body, span: list.span })
    }
}

/// The end of a run of flat parameters (`?x ?y - block`) starting at `from`: `?variables`, `-` and
/// the type after each `-`.
fn flat_parameters_end(lowerer: &Lowerer, items: &[SExpr], from: usize) -> usize {
    let mut i = from;
    while let Some(SExpr::Atom(s)) = items.get(i) {
        let text = lowerer.text(*s);
        if text.starts_with('?') {
            i += 1;
        } else if text == "-" && items.get(i + 1).is_some() {
            i += 2;
        } else {
            break;
        }
    }
    i
}
