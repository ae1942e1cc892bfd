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
use crate::limits::Ctx;
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

/// What one kind of file allows, and what is easily confused with the other kind.
struct FileKind {
    own: &'static [&'static str],
    other: &'static [&'static str],
    /// A section LLMs put in the wrong file (`:objects` in a domain): read as its counterpart.
    swapped: (&'static str, &'static str),
    this: &'static str,
    other_file: &'static str,
    section_word: &'static str,
}

const DOMAIN_FILE: FileKind = FileKind {
    own: DOMAIN_SECTIONS,
    other: PROBLEM_SECTIONS,
    swapped: (":objects", ":constants"),
    this: "a domain",
    other_file: "problem",
    section_word: "domain section",
};

const PROBLEM_FILE: FileKind = FileKind {
    own: PROBLEM_SECTIONS,
    other: DOMAIN_SECTIONS,
    swapped: (":constants", ":objects"),
    this: "a problem",
    other_file: "domain",
    section_word: "problem section",
};

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
///
/// Forms outside the `(define …)` forms are reported, one diagnostic per run of them: prose or
/// Markdown fences around the PDDL, and sections that ended up after the `(define …)` because a
/// `)` closed it too early. Such sections are still read as part of the define before them.
pub fn lower<'t>(ctx: &Ctx, src: &SourceFile, syms: &mut Symbols, forms: &'t [SExpr]) -> Lowered {
    let mut lowerer = Lowerer::new(ctx, src, syms);
    let mut out = Lowered::default();
    let first_define = forms.iter().position(|f| lowerer.is_define(f));
    let Some(first_define) = first_define else {
        if forms.is_empty() {
            let span = Span::new(0, src.text().len().min(1));
            let message = if src.text().trim().is_empty() {
                "the file is empty"
            } else {
                "the file holds only comments, no `(define …)` form"
            };
            lowerer.diags.push(
                Diagnostic::new(&codes::PDDL_EXPECTED_DEFINE, message)
                    .at(src, span)
                    .help("a domain starts with `(define (domain NAME)`, a problem with `(define (problem NAME)`"),
            );
        } else {
            lowerer.report_outside_define(forms, None);
        }
        out.diagnostics = lowerer.diags;
        return out;
    };
    if first_define > 0 {
        lowerer.report_outside_define(&forms[..first_define], Some((&forms[first_define], false)));
    }
    let mut i = first_define;
    while let Some(define) = forms.get(i).and_then(SExpr::as_list) {
        let next = forms[i + 1..].iter().position(|f| lowerer.is_define(f)).map_or(forms.len(), |p| i + 1 + p);
        let after = &forms[i + 1..next];
        // Lists with a `:keyword` head after the define are sections that a `)` shut out of it.
        let escaped: Vec<&'t SExpr> = after.iter().filter(|f| lowerer.is_section_form(f)).collect();
        match lowerer.define_kind(define) {
            Some(DefineKind::Domain(name)) => {
                if out.domain.is_some() {
                    lowerer.error(&codes::PDDL_DUPLICATE_DECLARATION, define.span, "a second domain in the same file")
                } else {
                    out.domain = Some(lowerer.domain(define, name, &escaped));
                }
            }
            Some(DefineKind::Problem(name)) => {
                if out.problem.is_some() {
                    lowerer.error(&codes::PDDL_DUPLICATE_DECLARATION, define.span, "a second problem in the same file")
                } else {
                    out.problem = Some(lowerer.problem(define, name, &escaped));
                }
            }
            None => {}
        }
        if !escaped.is_empty() {
            lowerer.report_after_define(define, &escaped);
        }
        // Everything else after the define (prose, fences), one diagnostic per run.
        let mut run_start = None;
        for (k, form) in after.iter().enumerate() {
            let stray = !lowerer.is_section_form(form);
            match (stray, run_start) {
                (true, None) => run_start = Some(k),
                (false, Some(s)) => {
                    lowerer.report_outside_define(&after[s..k], Some((&forms[i], true)));
                    run_start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = run_start {
            lowerer.report_outside_define(&after[s..], Some((&forms[i], true)));
        }
        i = next;
    }
    out.diagnostics = lowerer.diags;
    out
}

enum DefineKind {
    Domain(Option<Name>),
    Problem(Option<Name>),
}

pub(crate) struct Lowerer<'s, 't> {
    ctx: &'s Ctx,
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
    fn new(ctx: &'s Ctx, src: &'s SourceFile, syms: &'s mut Symbols) -> Lowerer<'s, 't> {
        Lowerer {
            ctx,
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
    fn head(&self, list: &List) -> Option<std::borrow::Cow<'s, str>> {
        let text = list.items.first().and_then(|h| self.atom_text(h))?;
        // Most heads are already lower case: borrow them instead of allocating.
        Some(if text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        })
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

    fn is_define(&self, form: &SExpr) -> bool {
        form.as_list().is_some_and(|l| self.head_is(l, "define"))
    }

    /// A list whose head is a `:keyword`: a section (or a misspelled one).
    fn is_section_form(&self, form: &SExpr) -> bool {
        form.as_list()
            .and_then(|l| l.items.first())
            .and_then(|h| self.atom_text(h))
            .is_some_and(|t| t.starts_with(':') && t.len() > 1)
    }

    /// The first line of a span's text, shortened, for quoting in a message.
    fn excerpt(&self, span: Span) -> String {
        let text = self.text(span);
        let line = text.lines().next().unwrap_or("").trim_end();
        let mut shown: String = line.chars().take(60).collect();
        if shown.len() < text.trim_end().len() {
            shown.push('…');
        }
        shown
    }

    /// Report a run of forms outside any `(define …)`. With `define` (the define form and
    /// whether the run comes after it), the fix deletes the run up to or from the define.
    fn report_outside_define(&mut self, run: &[SExpr], define: Option<(&SExpr, bool)>) {
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
    fn report_after_define(&mut self, define: &List, escaped: &[&SExpr]) {
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

    fn define_kind(&mut self, define: &List) -> Option<DefineKind> {
        let Some(header) = define.items.get(1) else {
            self.error(
                &codes::PDDL_EXPECTED_DEFINE,
                define.span,
                "`(define` must be followed by `(domain NAME)` or `(problem NAME)`",
            );
            return None;
        };
        let found = self.describe(header);
        let Some(list) = header.as_list() else {
            self.error(
                &codes::PDDL_EXPECTED_DEFINE,
                header.span(),
                format!("expected `(domain NAME)` or `(problem NAME)`, found {found}"),
            );
            return None;
        };
        let head = list.items.first().and_then(|h| h.as_atom());
        let kind = match head.map(|h| self.text(h).to_ascii_lowercase()).as_deref() {
            Some("domain") => "domain",
            Some("problem") => "problem",
            _ => {
                // A misspelled `domain`/`problem` is reported and read as the word it resembles.
                let text = head.map_or("", |h| self.text(h));
                let best = crate::suggest::closest(self.ctx, text, ["domain", "problem"]);
                let mut d = Diagnostic::new(
                    &codes::PDDL_EXPECTED_DEFINE,
                    format!("expected `(domain NAME)` or `(problem NAME)`, found {found}"),
                )
                .at(self.src, header.span());
                let (Some(best), Some(head)) = (best, head) else {
                    self.diags.push(d);
                    return None;
                };
                d = d
                    .help(format!("did you mean `{best}`?"))
                    .note(format!("checked as if it were `({best} …)`"))
                    .fix(Fix::new(format!("replace `{text}` with `{best}`")).edit(self.src, head, best));
                self.diags.push(d);
                best
            }
        };
        let name = self.expect_name(list.items.get(1), "a name", list.span);
        if kind == "domain" {
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
    fn flush_misplaced(&mut self) {
        if let Some((_, d)) = self.pending_misplaced.take() {
            self.diags.push(d);
            self.misplaced_in_section = true;
        }
    }

    // ----- typed lists -----------------------------------------------------------------------

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

    // ----- sections ----------------------------------------------------------------------------

    /// Iterate the sections of a define form (from item 2), including hoisted ones.
    fn sections_of(&mut self, define: &'t List, escaped: &[&'t SExpr]) -> VecDeque<&'t SExpr> {
        self.define_depth = define.depth;
        define.items.iter().skip(2).chain(escaped.iter().copied()).collect()
    }

    /// Report a section keyword that is not one of `allowed`, with a did-you-mean. Returns the
    /// suggested keyword: the caller reads the section as that one, so a misspelled
    /// `:predicate` does not turn every use of its predicates into an error.
    fn unknown_keyword(&mut self, span: Span, allowed: &[&'static str], context: &str) -> Option<&'static str> {
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
    fn next_section(
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
    fn requeue_hoisted(&mut self, queue: &mut VecDeque<&'t SExpr>, hoisted_left: &mut usize) {
        let hoisted = std::mem::take(&mut self.hoisted);
        *hoisted_left += hoisted.len();
        for h in hoisted.into_iter().rev() {
            queue.push_front(h);
        }
    }

    /// A second section of a kind whose entries are merged with the first.
    fn repeated_section(&mut self, keyword: &str, kw_span: Span, mergeable: &[&str], seen: &[String]) {
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

    // ----- domain ----------------------------------------------------------------------------

    fn domain(&mut self, define: &'t List, name: Option<Name>, escaped: &[&'t SExpr]) -> Domain {
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

    // ----- problem -----------------------------------------------------------------------------

    fn problem(&mut self, define: &'t List, name: Option<Name>, escaped: &[&'t SExpr]) -> Problem {
        self.sections = PROBLEM_SECTIONS;
        let mut problem = Problem { name, span: define.span, ..Problem::default() };
        let mut queue = self.sections_of(define, escaped);
        let mut seen: Vec<String> = Vec::new();
        let mut hoisted_left = 0usize;
        while let Some((list, keyword, kw_span)) = self.next_section(&mut queue, &mut hoisted_left, &PROBLEM_FILE) {
            self.repeated_section(&keyword, kw_span, &[":objects", ":init", ":requirements"], &seen);
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
                    let objects = self.typed_list(items, false);
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
                        [first, .., last] => {
                            // Several formulas: the author meant their conjunction; read it so.
                            let end = Span::new(last.span().end as usize, last.span().end as usize);
                            self.diags.push(
                                Diagnostic::new(
                                    &codes::PDDL_SYNTAX_ERROR,
                                    "`:goal` takes one formula; wrap several in `(and …)`",
                                )
                                .at(self.src, items[1].span())
                                .note("checked as their conjunction")
                                .fix(
                                    Fix::new("wrap the goal's formulas in `(and …)`")
                                        .edit(self.src, first.span().at_start(), "(and ")
                                        .edit(self.src, end, ")"),
                                ),
                            );
                            let parts: Vec<Formula> = items.iter().filter_map(|g| self.formula(g)).collect();
                            Some(Formula::And(parts, first.span().to(last.span())))
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
                _ => {}
            }
            self.requeue_hoisted(&mut queue, &mut hoisted_left);
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
