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
//!
//! This file holds the entry point and the [`Lowerer`]'s small helpers; the rest is one file
//! per part of the language: `misplaced` (forms in the wrong place), `sections` (section
//! keywords, `:requirements`), `typed` (typed lists), `domain`, `problem`, `formula`
//! (formulas, effects, numeric expressions).

mod domain;
mod formula;
mod misplaced;
mod problem;
mod sections;
mod typed;

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
}
