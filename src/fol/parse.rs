//! One reader for the FOL dialects LLMs write: FOLIO Unicode, NLTK/LINC ASCII, Prover9 and TPTP
//! FOF. A hand-written lexer and precedence-climbing parser: the grammar is small, and a
//! hand-written one can say exactly what it expected and recognise the typical mistakes
//! (comparisons, `∈`, lists, a formula used as a term, a comma used as a connective).
//!
//! Precedence, tightest first: `¬` and quantifiers, `∧`, `∨`, `⊕`, `→` (right-associative), `↔`.
//! A quantifier followed by a bracket takes the bracketed group as its body (`∀x (P(x)) ∧ Q`);
//! one written without brackets around its body (`∀x P(x) → Q(x)`) takes the widest scope, as
//! NLTK's `all x.` does, and a warning says so.
//!
//! This file holds the dialects, the issues and the entry point [`formula`]; `lex` turns text
//! into tokens (and repairs clear bracket slips), `parser` reads the tokens.

mod lex;
mod parser;

use super::ast::*;
use crate::source::Span;
use lex::{balance, lex};

/// The dialect of a formula or program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Folio,
    Nltk,
    Prover9,
    Tptp,
}

impl Dialect {
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Folio => "folio",
            Dialect::Nltk => "nltk",
            Dialect::Prover9 => "prover9",
            Dialect::Tptp => "tptp",
        }
    }

    pub fn parse(s: &str) -> Option<Dialect> {
        match s.to_ascii_lowercase().as_str() {
            "folio" | "unicode" => Some(Dialect::Folio),
            "nltk" | "linc" | "ascii" => Some(Dialect::Nltk),
            "prover9" | "ladr" => Some(Dialect::Prover9),
            "tptp" | "fof" => Some(Dialect::Tptp),
            _ => None,
        }
    }
}

/// Guess the dialect of a text.
pub fn detect(text: &str) -> Dialect {
    if text.contains("fof(") || text.contains("![") || text.contains("?[") {
        return Dialect::Tptp;
    }
    if text.chars().any(|c| matches!(c, '∀' | '∃' | '¬' | '∧' | '∨' | '→' | '↔' | '⊕')) {
        return Dialect::Folio;
    }
    // NLTK binds with a dot (`all x.`, `exists x y.`); Prover9 does not.
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == '(' || c == ')').collect();
    let mut quantified = false;
    for (i, w) in words.iter().enumerate() {
        if *w == "all" || *w == "exists" {
            quantified = true;
            for v in &words[i + 1..] {
                if v.is_empty() {
                    continue;
                }
                if v.contains('.') && v.split('.').next().is_some_and(|x| x.chars().all(char::is_alphanumeric)) {
                    return Dialect::Nltk;
                }
                if !v.chars().all(char::is_alphanumeric) {
                    break;
                }
            }
        }
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if quantified || (!lines.is_empty() && lines.iter().all(|l| l.ends_with('.'))) {
        return Dialect::Prover9;
    }
    Dialect::Nltk
}

/// A problem found while reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub kind: IssueKind,
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueKind {
    /// A syntax error: nothing can be read.
    Syntax,
    /// Parentheses do not balance.
    Unbalanced,
    /// Something that is not first-order logic (a comparison, `∈`, a list, `...`, a formula as
    /// a term, a comma as a connective).
    NotFol,
    /// Accepted with a warning: a notation quirk with a clear meaning.
    Quirk,
    /// A quantifier without brackets that was read with the widest scope.
    Scope,
    /// Mixed connectives without brackets.
    Precedence,
}

/// Read one formula from `text`, which starts at byte `base` of its file. Returns the formula
/// and the warnings, or the first error.
pub fn formula(text: &str, base: usize, dialect: Dialect, max_depth: usize) -> (Result<Formula, Issue>, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut body = text.trim_end();
    // A trailing `.`: Prover9's terminator, a quirk elsewhere.
    if let Some(stripped) = body.strip_suffix('.').filter(|b| !b.ends_with('.')) {
        if dialect != Dialect::Prover9 && dialect != Dialect::Tptp {
            issues.push(Issue {
                kind: IssueKind::Quirk,
                message: "a trailing `.` after the formula was ignored".into(),
                span: Span::new(base + stripped.len(), base + stripped.len() + 1),
                help: Some("remove the `.`".into()),
            });
        }
        body = stripped;
    }
    let mut toks = lex(body, base, dialect, &mut issues);
    if let Some(issue) = balance(&mut toks) {
        if issue.kind == IssueKind::Quirk {
            issues.push(issue);
        } else {
            return (Err(issue), issues);
        }
    }
    let end = Span::new(base + body.len(), base + body.len());
    let result = parser::read(&toks, dialect, &mut issues, max_depth, end);
    (result, issues)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Formula {
        let d = detect(s);
        let (r, _) = formula(s, 0, d, 100);
        r.unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn dialects_read_the_same_formula() {
        let folio = read("∀x (Dog(x) → Animal(x))").show();
        assert_eq!(folio, "∀x (Dog(x) → Animal(x))");
        assert_eq!(read("all x.(Dog(x) -> Animal(x))").show(), folio);
        assert_eq!(read("all x (Dog(x) -> Animal(x)).").show(), folio);
        assert_eq!(
            formula("![X]: (dog(X) => animal(X))", 0, Dialect::Tptp, 100).0.unwrap().show(),
            "∀X (dog(X) → animal(X))"
        );
    }

    #[test]
    fn precedence_is_standard() {
        assert_eq!(read("A ∧ B ∨ C").show(), "(A ∧ B) ∨ C");
        assert_eq!(read("A → B → C").show(), "A → (B → C)");
        assert_eq!(read("¬A ∧ B ↔ C").show(), "(¬A ∧ B) ↔ C");
        assert_eq!(read("A ∨ B ⊕ C").show(), "(A ∨ B) ⊕ C");
    }

    #[test]
    fn unbracketed_quantifier_takes_the_widest_scope_with_a_warning() {
        let (f, issues) = formula("∀x P(x) → Q(x)", 0, Dialect::Folio, 100);
        assert_eq!(f.unwrap().show(), "∀x (P(x) → Q(x))");
        assert!(issues.iter().any(|i| i.kind == IssueKind::Scope));
    }

    #[test]
    fn mistakes_are_located() {
        // Where the meaning is clear (a `)` missing at the end) it is repaired with a warning;
        // where it is not, the first unmatched `)` is the error.
        let (r, issues) = formula("∀x (P(x) → Q(x)", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap().show(), "∀x (P(x) → Q(x))");
        assert_eq!(issues[0].span.start, 5); // `∀` is 3 bytes: the unclosed `(`
        let (r, _) = formula("P(a)) ∧ Q(b))", 0, Dialect::Folio, 100);
        let e = r.unwrap_err();
        assert_eq!(e.kind, IssueKind::Unbalanced);
        assert_eq!(e.span.start, 4);
        let (r, _) = formula("∀y (Age(y) ∧ y > 9)", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap_err().kind, IssueKind::NotFol);
        let (r, _) = formula("Likes(john, ¬Rain(x))", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap_err().kind, IssueKind::NotFol);
        let (r, _) = formula("P(a), Q(a)", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap_err().kind, IssueKind::NotFol);
    }

    #[test]
    fn llm_variants_read_as_meant() {
        assert_eq!(read("∀x, y (Likes(x, y) → Knows(x, y))").show(), "∀x ∀y (Likes(x, y) → Knows(x, y))");
        // A bracketed body is the quantifier's whole scope.
        assert_eq!(read("∀x (Dog(x) → Animal(x)) ∧ Cat(tom)").show(), "(∀x (Dog(x) → Animal(x))) ∧ Cat(tom)");
        let (r, _) = formula("∀x ∈ People (Happy(x))", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap_err().kind, IssueKind::NotFol);
        let (r, _) = formula("Happy(john) ∧ ...", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap_err().kind, IssueKind::NotFol);
    }

    #[test]
    fn quirks_are_accepted_with_warnings() {
        let (r, issues) = formula("Work(gpt-3) ^ Lang(c++) ⟷ Person(mr.smith).", 0, Dialect::Folio, 100);
        assert_eq!(r.unwrap().show(), "(Work(gpt-3) ∧ Lang(c++)) ↔ Person(mr.smith)");
        assert_eq!(issues.iter().filter(|i| i.kind == IssueKind::Quirk).count(), 3);
    }
}
