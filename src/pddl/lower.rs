//! Lowering: S-expressions → the PDDL AST, with messages that know PDDL's shapes.
//!
//! Lowering never gives up on the first problem: it reports a located diagnostic, skips or
//! repairs the form, and goes on, so one run reports several mistakes. Two repairs matter most
//! because a single missing `)` otherwise produces a cascade of confusing errors:
//! - an action field (`:effect`, …) found inside a formula is reported as misplaced, with the
//!   place where the `)` is missing, and is then read as a field of the action;
//! - a section (`(:action …)`, `(:goal …)`, …) found inside another section is reported the same
//!   way and then read as a section of the domain or problem.
//!
//! Lowering checks shape only; names are resolved and checked in `check.rs`.

mod formula;

use std::collections::VecDeque;

use super::ast::*;
use super::sexpr::{List, SExpr};
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// Section keywords of a domain.
const DOMAIN_SECTIONS: &[&str] = &[
    ":requirements",
    ":types",
    ":constants",
    ":predicates",
    ":functions",
    ":constraints",
    ":action",
    ":durative-action",
    ":derived",
    ":extends",
    ":timeless",
];

/// Section keywords of a problem.
const PROBLEM_SECTIONS: &[&str] =
    &[":domain", ":requirements", ":objects", ":init", ":goal", ":constraints", ":metric", ":length"];

/// Fields of an action or durative action.
const ACTION_FIELDS: &[&str] = &[":parameters", ":precondition", ":effect", ":duration", ":condition", ":vars"];

/// What a file turned out to hold.
#[derive(Debug, Default)]
pub struct Lowered {
    pub domain: Option<Domain>,
    pub problem: Option<Problem>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lower every `(define …)` form of a file.
pub fn lower<'t>(src: &SourceFile, syms: &mut Symbols, forms: &'t [SExpr]) -> Lowered {
    let mut lowerer = Lowerer::new(src, syms);
    let mut out = Lowered::default();
    let mut saw_define = false;
    for form in forms {
        let define = form.as_list().filter(|l| lowerer.head_is(l, "define"));
        let Some(define) = define else {
            if !saw_define {
                lowerer.report_outside_define(form);
            }
            continue;
        };
        saw_define = true;
        match lowerer.define_kind(define) {
            Some(DefineKind::Domain(name)) => {
                if out.domain.is_some() {
                    lowerer.error(&codes::PDDL_DUPLICATE_DECLARATION, define.span, "a second domain in the same file")
                } else {
                    out.domain = Some(lowerer.domain(define, name));
                }
            }
            Some(DefineKind::Problem(name)) => {
                if out.problem.is_some() {
                    lowerer.error(&codes::PDDL_DUPLICATE_DECLARATION, define.span, "a second problem in the same file")
                } else {
                    out.problem = Some(lowerer.problem(define, name));
                }
            }
            None => {}
        }
    }
    if !saw_define && lowerer.diags.is_empty() {
        let span = Span::new(0, src.text().len().min(1));
        lowerer.diags.push(
            Diagnostic::new(&codes::PDDL_EXPECTED_DEFINE, "the file contains no `(define …)` form")
                .at(src, span)
                .help("a domain starts with `(define (domain NAME)`, a problem with `(define (problem NAME)`"),
        );
    }
    out.diagnostics = lowerer.diags;
    out
}

enum DefineKind {
    Domain(Option<Name>),
    Problem(Option<Name>),
}

pub(crate) struct Lowerer<'s, 't> {
    src: &'s SourceFile,
    syms: &'s mut Symbols,
    diags: Vec<Diagnostic>,
    /// Sections found nested inside another section, to be read as sections.
    hoisted: Vec<&'t SExpr>,
    /// Action fields found inside a formula, to be read as fields of the current action.
    field_tail: Vec<&'t SExpr>,
    /// Depth of the `(define` list and of the current action list, for misplaced-form fixes.
    define_depth: u32,
    action_depth: u32,
    /// Whether a misplaced form was already reported in the current section: what follows is
    /// usually its consequence and is not reported again.
    misplaced_in_section: bool,
    pending_misplaced: Option<(u32, Diagnostic)>,
    sections: &'static [&'static str],
    /// Inside a durative action: `(at start …)` and friends are time specifiers.
    in_durative: bool,
    /// Inside `:constraints`: PDDL3 modal operators are allowed.
    in_constraints: bool,
    /// Inside an action: field keywords are expected in the action's own list.
    in_action: bool,
}

impl<'s, 't> Lowerer<'s, 't> {
    fn new(src: &'s SourceFile, syms: &'s mut Symbols) -> Lowerer<'s, 't> {
        Lowerer {
            src,
            syms,
            diags: Vec::new(),
            hoisted: Vec::new(),
            field_tail: Vec::new(),
            define_depth: 0,
            action_depth: 1,
            misplaced_in_section: false,
            pending_misplaced: None,
            sections: DOMAIN_SECTIONS,
            in_durative: false,
            in_constraints: false,
            in_action: false,
        }
    }

    // ----- small helpers -------------------------------------------------------------------

    fn text(&self, span: Span) -> &'s str {
        self.src.slice(span)
    }

    fn atom_text(&self, e: &SExpr) -> Option<&'s str> {
        e.as_atom().map(|s| self.text(s))
    }

    fn is_atom(&self, e: &SExpr, word: &str) -> bool {
        self.atom_text(e).is_some_and(|t| t.eq_ignore_ascii_case(word))
    }

    fn head_is(&self, list: &List, word: &str) -> bool {
        list.items.first().is_some_and(|h| self.is_atom(h, word))
    }

    /// The lower-cased head word of a list, if it is an atom.
    fn head(&self, list: &List) -> Option<String> {
        list.items.first().and_then(|h| self.atom_text(h)).map(|t| t.to_ascii_lowercase())
    }

    fn name_of(&mut self, span: Span) -> Name {
        let sym = self.syms.intern(self.src.slice(span));
        Name { sym, span }
    }

    pub(crate) fn error(&mut self, code: &Code, span: Span, message: impl Into<String>) {
        self.diags.push(Diagnostic::new(code, message).at(self.src, span));
    }

    fn describe(&self, e: &SExpr) -> String {
        match e {
            SExpr::Atom(s) => format!("`{}`", self.text(*s)),
            SExpr::List(l) => match l.items.first().and_then(|h| self.atom_text(h)) {
                Some(h) => format!("the list `({h} …)`"),
                None if l.items.is_empty() => "`()`".to_string(),
                None => "a list".to_string(),
            },
        }
    }

    /// A plain name (not a variable, keyword or list); reports and returns `None` otherwise.
    fn expect_name(&mut self, e: Option<&SExpr>, what: &str, at: Span) -> Option<Name> {
        match e {
            Some(SExpr::Atom(span)) => {
                let text = self.text(*span);
                if text.starts_with('?') || text.starts_with(':') {
                    self.error(&codes::PDDL_SYNTAX_ERROR, *span, format!("expected {what}, found `{text}`"));
                    None
                } else {
                    Some(self.name_of(*span))
                }
            }
            Some(other) => {
                let found = self.describe(other);
                self.error(&codes::PDDL_SYNTAX_ERROR, other.span(), format!("expected {what}, found {found}"));
                None
            }
            None => {
                self.error(&codes::PDDL_SYNTAX_ERROR, at, format!("expected {what}, found nothing"));
                None
            }
        }
    }

    fn report_outside_define(&mut self, form: &SExpr) {
        let found = self.describe(form);
        self.diags.push(
            Diagnostic::new(&codes::PDDL_EXPECTED_DEFINE, format!("expected `(define …)`, found {found}"))
                .at(self.src, form.span())
                .help("remove everything outside the `(define …)` form (prose, Markdown fences)"),
        );
    }

    fn define_kind(&mut self, define: &List) -> Option<DefineKind> {
        let Some(header) = define.items.get(1) else {
            self.error(
                &codes::PDDL_EXPECTED_DEFINE,
                define.span,
                "`(define` must be followed by `(domain NAME)` or `(problem NAME)`",
            );
            return None;
        };
        let list = header.as_list().filter(|l| self.head_is(l, "domain") || self.head_is(l, "problem"));
        let Some(list) = list else {
            let found = self.describe(header);
            self.error(
                &codes::PDDL_EXPECTED_DEFINE,
                header.span(),
                format!("expected `(domain NAME)` or `(problem NAME)`, found {found}"),
            );
            return None;
        };
        let name = self.expect_name(list.items.get(1), "a name", list.span);
        if self.head_is(list, "domain") {
            Some(DefineKind::Domain(name))
        } else {
            Some(DefineKind::Problem(name))
        }
    }

    // ----- misplaced forms -----------------------------------------------------------------

    /// The items of `list` from `from` up to the first misplaced form (an action field keyword
    /// or a section list). What follows is queued for the action or the domain/problem, and
    /// the first such form in a section is reported with the place of the missing `)`.
    pub(crate) fn cut(&mut self, list: &'t List, from: usize) -> &'t [SExpr] {
        let items = list.items.get(from..).unwrap_or(&[]);
        for (i, item) in items.iter().enumerate() {
            let misplaced = match item {
                SExpr::Atom(span) => {
                    let text = self.text(*span).to_ascii_lowercase();
                    // In the action's own list, fields are where they belong.
                    let own = list.depth == self.action_depth && self.in_action;
                    (!own && ACTION_FIELDS.contains(&text.as_str())).then_some((text, true))
                }
                SExpr::List(l) => self
                    .head(l)
                    .filter(|h| h.starts_with(':') && self.sections.contains(&h.as_str()))
                    .map(|h| (h, false)),
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
    fn flush_misplaced(&mut self) {
        if let Some((_, d)) = self.pending_misplaced.take() {
            self.diags.push(d);
            self.misplaced_in_section = true;
        }
    }

    // ----- typed lists -----------------------------------------------------------------------

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

    // ----- sections ----------------------------------------------------------------------------

    /// Iterate the sections of a define form (from item 2), including hoisted ones.
    fn sections_of(&mut self, define: &'t List) -> VecDeque<&'t SExpr> {
        self.define_depth = define.depth;
        define.items.iter().skip(2).collect()
    }

    /// Report a section keyword that is not one of `allowed`, with a did-you-mean.
    fn unknown_keyword(&mut self, span: Span, allowed: &[&str], context: &str) {
        let text = self.text(span);
        let mut d =
            Diagnostic::new(&codes::PDDL_UNKNOWN_SECTION, format!("unknown {context} `{text}`")).at(self.src, span);
        if let Some(best) = crate::suggest::closest(text, allowed.iter().copied()) {
            d = d
                .help(format!("did you mean `{best}`?"))
                .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(self.src, span, best));
        } else {
            d = d.help(format!("expected one of {}", allowed.join(", ")));
        }
        self.diags.push(d);
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

    fn once<T>(&mut self, slot: &mut Option<T>, value: Option<T>, span: Span, what: &str) {
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

    fn requirements(&mut self, list: &'t List) -> Vec<RequirementDecl> {
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
                    if let Some(best) = crate::suggest::closest(&probe, names) {
                        d = d
                            .help(format!("did you mean `{best}`?"))
                            .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(self.src, span, best));
                    }
                    self.diags.push(d);
                }
            }
        }
        out
    }

    // ----- domain ----------------------------------------------------------------------------

    fn domain(&mut self, define: &'t List, name: Option<Name>) -> Domain {
        self.sections = DOMAIN_SECTIONS;
        let mut domain = Domain { name, span: define.span, ..Domain::default() };
        let mut queue = self.sections_of(define);
        let mut seen: Vec<String> = Vec::new();
        let mut hoisted_left = 0usize;
        while let Some(item) = queue.pop_front() {
            if hoisted_left == 0 {
                self.flush_misplaced();
                self.misplaced_in_section = false;
            } else {
                hoisted_left -= 1;
            }
            let Some((keyword, kw_span)) = self.section_head(item) else {
                continue;
            };
            let Some(list) = item.as_list() else { continue };
            let repeated =
                matches!(keyword.as_str(), ":requirements" | ":types" | ":constants" | ":predicates" | ":functions")
                    && seen.contains(&keyword);
            if repeated {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DUPLICATE_SECTION,
                        format!("a second `{keyword}` section; its entries are merged with the first"),
                    )
                    .at(self.src, kw_span),
                );
            }
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":requirements" => {
                    let reqs = self.requirements(list);
                    domain.requirements.extend(reqs)
                }
                ":types" => {
                    let items = self.cut(list, 1);
                    let types = self.typed_list(&items, false);
                    domain.types.extend(types)
                }
                ":constants" => {
                    let items = self.cut(list, 1);
                    let constants = self.typed_list(&items, false);
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
                ":extends" | ":timeless" => {}
                _ => {
                    if PROBLEM_SECTIONS.contains(&keyword.as_str()) {
                        self.error(
                            &codes::PDDL_UNKNOWN_SECTION,
                            kw_span,
                            format!("`{keyword}` is a problem section; it cannot appear in a domain"),
                        );
                    } else {
                        self.unknown_keyword(kw_span, DOMAIN_SECTIONS, "domain section");
                    }
                }
            }
            let hoisted = std::mem::take(&mut self.hoisted);
            hoisted_left += hoisted.len();
            for h in hoisted.into_iter().rev() {
                queue.push_front(h);
            }
        }
        self.flush_misplaced();
        domain
    }

    fn predicates(&mut self, list: &'t List) -> Vec<PredicateDecl> {
        let mut out = Vec::new();
        for item in self.cut(list, 1) {
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
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_SYNTAX_ERROR,
                            format!("a predicate is declared as a list `({text} ?x …)`, found `{text}`"),
                        )
                        .at(self.src, *span)
                        .fix(Fix::new(format!("write `({text})`")).edit(
                            self.src,
                            *span,
                            format!("({text})"),
                        )),
                    );
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

    fn constraints(&mut self, list: &'t List) -> Option<Formula> {
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
            let keyword = self.text(kw_span).to_ascii_lowercase();
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
                    self.unknown_keyword(kw_span, allowed, "action field");
                    continue;
                }
            }
            if seen.contains(&keyword) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DUPLICATE_SECTION,
                        format!("`{keyword}` appears twice in this action; the first is used"),
                    )
                    .at(self.src, kw_span),
                );
                continue;
            }
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":parameters" => match value {
                    SExpr::List(l) => {
                        let items = self.cut(l, 0);
                        action.params = self.typed_list(&items, true);
                    }
                    SExpr::Atom(s) => self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        *s,
                        format!("`:parameters` takes a list such as `(?x - block)`, found `{}`", self.text(*s)),
                    ),
                },
                ":precondition" | ":condition" => action.precondition = self.formula(value),
                ":effect" => action.effect = self.effect(value),
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

    // ----- problem -----------------------------------------------------------------------------

    fn problem(&mut self, define: &'t List, name: Option<Name>) -> Problem {
        self.sections = PROBLEM_SECTIONS;
        let mut problem = Problem { name, span: define.span, ..Problem::default() };
        let mut queue = self.sections_of(define);
        let mut seen: Vec<String> = Vec::new();
        let mut hoisted_left = 0usize;
        while let Some(item) = queue.pop_front() {
            if hoisted_left == 0 {
                self.flush_misplaced();
                self.misplaced_in_section = false;
            } else {
                hoisted_left -= 1;
            }
            let Some((keyword, kw_span)) = self.section_head(item) else {
                continue;
            };
            let Some(list) = item.as_list() else { continue };
            if matches!(keyword.as_str(), ":objects" | ":init" | ":requirements") && seen.contains(&keyword) {
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_DUPLICATE_SECTION,
                        format!("a second `{keyword}` section; its entries are merged with the first"),
                    )
                    .at(self.src, kw_span),
                );
            }
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":domain" => {
                    let n = self.expect_name(list.items.get(1), "the domain's name", list.span);
                    self.once(&mut problem.domain, n, kw_span, ":domain");
                }
                ":requirements" => {
                    let reqs = self.requirements(list);
                    problem.requirements.extend(reqs)
                }
                ":objects" => {
                    let items = self.cut(list, 1);
                    let objects = self.typed_list(&items, false);
                    problem.objects.extend(objects)
                }
                ":init" => {
                    for init in self.cut(list, 1) {
                        if let Some(i) = self.init_item(init) {
                            problem.init.push(i);
                        }
                    }
                }
                ":goal" => {
                    let items = self.cut(list, 1);
                    let goal = match items {
                        [] => {
                            self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`:goal` needs a formula");
                            None
                        }
                        [g] => self.formula(g),
                        [g, extra, ..] => {
                            self.diags.push(
                                Diagnostic::new(
                                    &codes::PDDL_SYNTAX_ERROR,
                                    "`:goal` takes one formula; wrap several in `(and …)`",
                                )
                                .at(self.src, extra.span()),
                            );
                            self.formula(g)
                        }
                    };
                    self.once(&mut problem.goal, goal, kw_span, ":goal");
                }
                ":constraints" => {
                    let f = self.constraints(list);
                    self.once(&mut problem.constraints, f, kw_span, ":constraints");
                }
                ":metric" => {
                    let m = self.metric(list);
                    self.once(&mut problem.metric, m, kw_span, ":metric");
                }
                ":length" => {}
                _ => {
                    if DOMAIN_SECTIONS.contains(&keyword.as_str()) {
                        self.error(
                            &codes::PDDL_UNKNOWN_SECTION,
                            kw_span,
                            format!("`{keyword}` is a domain section; it cannot appear in a problem"),
                        );
                    } else {
                        self.unknown_keyword(kw_span, PROBLEM_SECTIONS, "problem section");
                    }
                }
            }
            let hoisted = std::mem::take(&mut self.hoisted);
            hoisted_left += hoisted.len();
            for h in hoisted.into_iter().rev() {
                queue.push_front(h);
            }
        }
        self.flush_misplaced();
        problem
    }

    fn metric(&mut self, list: &'t List) -> Option<Metric> {
        let direction = list.items.get(1).and_then(|e| self.atom_text(e)).map(|t| t.to_ascii_lowercase());
        let minimize = match direction.as_deref() {
            Some("minimize") => true,
            Some("maximize") => false,
            _ => {
                let span = list.items.get(1).map_or(list.span, SExpr::span);
                self.error(&codes::PDDL_SYNTAX_ERROR, span, "`:metric` must start with `minimize` or `maximize`");
                return None;
            }
        };
        let Some(expr) = list.items.get(2) else {
            self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`:metric` needs an expression to minimize or maximize");
            return None;
        };
        let expr = self.num_expr(expr)?;
        Some(Metric { minimize, expr, span: list.span })
    }

    fn init_item(&mut self, e: &'t SExpr) -> Option<Init> {
        let SExpr::List(list) = e else {
            let found = self.describe(e);
            self.error(
                &codes::PDDL_SYNTAX_ERROR,
                e.span(),
                format!("expected an initial fact `(pred obj …)`, found {found}"),
            );
            return None;
        };
        match self.head(list).as_deref() {
            Some("=") => {
                let (Some(SExpr::List(f)), Some(value)) = (list.items.get(1), list.items.get(2)) else {
                    self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(= (function obj …) value)`");
                    return None;
                };
                let fluent = self.atom(f)?;
                let value_text = value.as_atom().map(|s| self.text(s));
                let value = match value_text.and_then(formula::parse_number) {
                    Some(n) => InitValue::Number(n),
                    None => match value {
                        SExpr::Atom(s) => InitValue::Object(self.name_of(*s)),
                        SExpr::List(_) => {
                            self.error(
                                &codes::PDDL_SYNTAX_ERROR,
                                value.span(),
                                "an initial value must be a number (or an object for object fluents)",
                            );
                            return None;
                        }
                    },
                };
                Some(Init::Assign(fluent, value, list.span))
            }
            Some("not") => {
                let inner = list.items.get(1).and_then(SExpr::as_list);
                let Some(inner) = inner else {
                    self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(not (pred obj …))`");
                    return None;
                };
                let atom = self.atom(inner)?;
                Some(Init::Not(atom, list.span))
            }
            Some("at") if list.items.len() == 3 && list.items[2].as_list().is_some() => {
                let time = list.items[1].as_atom().and_then(|s| formula::parse_number(self.text(s)));
                match time {
                    Some(t) => {
                        let inner = self.init_item(&list.items[2])?;
                        Some(Init::At(t, Box::new(inner), list.span))
                    }
                    None => {
                        // `(at obj (…))` cannot be a fact either: report the time.
                        self.error(
                            &codes::PDDL_SYNTAX_ERROR,
                            list.items[1].span(),
                            "a timed initial literal `(at TIME fact)` needs a number as its time",
                        );
                        None
                    }
                }
            }
            _ => self.atom(list).map(Init::Atom),
        }
    }
}
