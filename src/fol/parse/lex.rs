//! The lexer: text → tokens, in any dialect (`∀`, `forall`, `all x.`, `!`, `~`, `&`, `->`,
//! TPTP's `![X]:` …), with quirks (a stray character, an ASCII variant in the wrong dialect)
//! reported as issues; and the repair of unbalanced parentheses where the meaning is clear.

use super::{Dialect, Issue, IssueKind};
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    Name(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Colon,
    Not,
    And,
    Or,
    Xor,
    Imply,
    Iff,
    Eq,
    Neq,
    Forall,
    Exists,
    Cmp(String),
    Member,
    Ellipsis,
    True,
    False,
    Other(char),
}

#[derive(Clone, Debug)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) span: Span,
    /// The source text, for quirk warnings.
    pub(super) text: String,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\'' || c == '’' || c == '$'
}

/// Split `text` (a slice of the file starting at byte `base`) into tokens.
pub(super) fn lex(text: &str, base: usize, dialect: Dialect, issues: &mut Vec<Issue>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    // After a quantifier keyword, names end at `.` (NLTK's `all x.P(x)`).
    let mut binding = false;
    while i < chars.len() {
        let (at, c) = chars[i];
        let next = chars.get(i + 1).map(|x| x.1);
        let next2 = chars.get(i + 2).map(|x| x.1);
        let end_of = |k: usize| chars.get(k).map_or(text.len(), |x| x.0);
        let push = |out: &mut Vec<Token>, tok: Tok, len: usize| {
            let end = end_of(i + len);
            out.push(Token { tok, span: Span::new(base + at, base + end), text: text[at..end].to_string() });
        };
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (tok, len) = match c {
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            '[' => (Tok::LBracket, 1),
            ']' => (Tok::RBracket, 1),
            ',' => (Tok::Comma, 1),
            ':' => (Tok::Colon, 1),
            '.' if next == Some('.') && next2 == Some('.') => (Tok::Ellipsis, 3),
            '…' => (Tok::Ellipsis, 1),
            '.' => (Tok::Dot, 1),
            '¬' | '~' => (Tok::Not, 1),
            '-' if next == Some('>') => (Tok::Imply, 2),
            '-' => (Tok::Not, 1),
            '∧' | '&' | '^' => (Tok::And, 1),
            '/' if next == Some('\\') => (Tok::And, 2),
            '\\' if next == Some('/') => (Tok::Or, 2),
            '∨' | '|' => (Tok::Or, 1),
            '⊕' | '⊻' => (Tok::Xor, 1),
            '→' | '⇒' | '⊃' => (Tok::Imply, 1),
            '↔' | '⟷' | '⇔' | '≡' => (Tok::Iff, 1),
            '<' if next == Some('-') && next2 == Some('>') => (Tok::Iff, 3),
            '<' if next == Some('=') && next2 == Some('>') => (Tok::Iff, 3),
            '<' if next == Some('~') && next2 == Some('>') => (Tok::Xor, 3),
            '=' if next == Some('>') => (Tok::Imply, 2),
            '=' => (Tok::Eq, 1),
            '!' if next == Some('=') => (Tok::Neq, 2),
            '≠' => (Tok::Neq, 1),
            '!' if dialect == Dialect::Tptp && next == Some('[') => (Tok::Forall, 1),
            '?' if dialect == Dialect::Tptp && next == Some('[') => (Tok::Exists, 1),
            '!' => (Tok::Not, 1),
            '∀' => (Tok::Forall, 1),
            '∃' => (Tok::Exists, 1),
            '>' | '<' | '≥' | '≤' => {
                let len = if next == Some('=') { 2 } else { 1 };
                let s: String = chars[i..(i + len).min(chars.len())].iter().map(|x| x.1).collect();
                (Tok::Cmp(s), len)
            }
            '∈' | '∉' | '⊆' | '⊂' => (Tok::Member, 1),
            '⊤' => (Tok::True, 1),
            '⊥' => (Tok::False, 1),
            c if is_name_char(c) => {
                let mut j = i;
                while j < chars.len() {
                    let ch = chars[j].1;
                    let after = chars.get(j + 1).map(|x| x.1);
                    if is_name_char(ch) {
                        j += 1;
                    } else if (ch == '-' || ch == '.') && !binding && j > i && after.is_some_and(is_name_char) {
                        // `gpt-3`, `mr.smith`, `c++` is handled below.
                        j += 1;
                    } else if ch == '+' && j > i && (after == Some('+') || !after.is_some_and(is_name_char)) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let word: String = chars[i..j].iter().map(|x| x.1).collect();
                let keyword = match word.as_str() {
                    "all" | "forall" if dialect != Dialect::Tptp => Some(Tok::Forall),
                    "exists" | "some" if dialect != Dialect::Tptp => Some(Tok::Exists),
                    "not" if next_is_space_or_paren(&chars, j) => Some(Tok::Not),
                    "and" if dialect == Dialect::Nltk || dialect == Dialect::Prover9 => Some(Tok::And),
                    "or" if dialect == Dialect::Nltk || dialect == Dialect::Prover9 => Some(Tok::Or),
                    "$true" | "true" if dialect == Dialect::Tptp => Some(Tok::True),
                    "$false" | "false" if dialect == Dialect::Tptp => Some(Tok::False),
                    _ => None,
                };
                (keyword.unwrap_or(Tok::Name(word)), j - i)
            }
            other => (Tok::Other(other), 1),
        };
        if matches!(tok, Tok::Forall | Tok::Exists) {
            binding = true;
        } else if !matches!(tok, Tok::Name(_) | Tok::Comma | Tok::LBracket) {
            binding = false;
        }
        if c == '^' || c == '⟷' {
            let what = if c == '^' { "`^` for ∧" } else { "`⟷` for ↔" };
            issues.push(Issue {
                kind: IssueKind::Quirk,
                message: format!("{what}: read as {}", if c == '^' { "∧" } else { "↔" }),
                span: Span::new(base + at, base + end_of(i + 1)),
                help: Some(format!("write {}", if c == '^' { "∧" } else { "↔" })),
            });
        }
        push(&mut out, tok, len);
        i += len;
    }
    out
}

fn next_is_space_or_paren(chars: &[(usize, char)], j: usize) -> bool {
    chars.get(j).is_none_or(|x| x.1.is_whitespace() || x.1 == '(')
}

/// Unmatched parentheses. Where the meaning is clear — surplus `)` at the very end, or `(` left
/// open at the end — they are repaired (removed or added at the end) and reported as a quirk
/// (`IssueKind::Quirk` with an unbalanced-parenthesis message); anywhere else the first
/// unmatched one is an error, located where it is.
pub(super) fn balance(toks: &mut Vec<Token>) -> Option<Issue> {
    let mut open: Vec<Span> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::LParen => open.push(t.span),
            Tok::RParen if open.pop().is_none() => {
                {
                    if toks[i..].iter().all(|t| t.tok == Tok::RParen) {
                        let span = t.span;
                        let n = toks.len() - i;
                        toks.truncate(i);
                        return Some(Issue {
                            kind: IssueKind::Quirk,
                            message: format!("unbalanced parentheses: {n} surplus `)` at the end, ignored"),
                            span,
                            help: Some("remove it, or add the `(` it was meant to close".into()),
                        });
                    }
                    // One `)` too many in the middle, nothing unmatched before it: read as if a
                    // `(` opened the formula (`A ⊕ B) → C`).
                    let rest_balanced = {
                        let mut depth = 0i64;
                        toks[i + 1..].iter().all(|t| {
                            depth += match t.tok {
                                Tok::LParen => 1,
                                Tok::RParen => -1,
                                _ => 0,
                            };
                            depth >= 0
                        }) && depth == 0
                    };
                    if rest_balanced && i > 0 {
                        let span = t.span;
                        let at = toks[0].span.start;
                        toks.insert(0, Token { tok: Tok::LParen, span: Span { start: at, end: at }, text: "(".into() });
                        return Some(Issue {
                            kind: IssueKind::Quirk,
                            message: "unbalanced parentheses: this `)` has no matching `(`; read as if a `(` opened the formula"
                                .into(),
                            span,
                            help: Some("add the `(` where its scope starts, or remove this `)`".into()),
                        });
                    }
                    return Some(Issue {
                        kind: IssueKind::Unbalanced,
                        message: "unbalanced parentheses: this `)` has no matching `(`".into(),
                        span: t.span,
                        help: Some("remove it, or add the `(` it closes".into()),
                    });
                }
            }
            _ => {}
        }
    }
    let first = *open.first()?;
    let end = toks.last().map_or(first, |t| t.span);
    for _ in 0..open.len() {
        toks.push(Token { tok: Tok::RParen, span: Span { start: end.end, end: end.end }, text: ")".into() });
    }
    Some(Issue {
        kind: IssueKind::Quirk,
        message: format!(
            "unbalanced parentheses: this `(` is never closed; read as closed at the end ({} `)` added)",
            open.len()
        ),
        span: first,
        help: Some("add the missing `)` where the scope ends".into()),
    })
}
