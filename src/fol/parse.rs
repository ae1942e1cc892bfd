//! One reader for the FOL dialects LLMs write: FOLIO Unicode, NLTK/LINC ASCII, Prover9 and TPTP
//! FOF. A hand-written lexer and precedence-climbing parser: the grammar is small, and a
//! hand-written one can say exactly what it expected and recognise the typical mistakes
//! (comparisons, `∈`, lists, a formula used as a term, a comma used as a connective).
//!
//! Precedence, tightest first: `¬` and quantifiers, `∧`, `∨`, `⊕`, `→` (right-associative), `↔`.
//! A quantifier followed by a bracket takes the bracketed group as its body (`∀x (P(x)) ∧ Q`);
//! one written without brackets around its body (`∀x P(x) → Q(x)`) takes the widest scope, as
//! NLTK's `all x.` does, and a warning says so.

use super::ast::*;
use crate::source::Span;

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

#[derive(Clone, Debug, PartialEq)]
enum Tok {
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
struct Token {
    tok: Tok,
    span: Span,
    /// The source text, for quirk warnings.
    text: String,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\'' || c == '’' || c == '$'
}

/// Split `text` (a slice of the file starting at byte `base`) into tokens.
fn lex(text: &str, base: usize, dialect: Dialect, issues: &mut Vec<Issue>) -> Vec<Token> {
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

struct Parser<'a> {
    toks: &'a [Token],
    pos: usize,
    dialect: Dialect,
    issues: &'a mut Vec<Issue>,
    depth: usize,
    max_depth: usize,
    /// Variables bound around the current point.
    bound: Vec<String>,
    /// Open brackets around the current point.
    depth_paren: usize,
    /// End of the text (for errors at the end).
    end: Span,
}

type PResult<T> = Result<T, Issue>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Bin {
    Iff,
    Imply,
    Xor,
    Or,
    And,
}

impl Bin {
    fn prec(self) -> u8 {
        match self {
            Bin::Iff => 1,
            Bin::Imply => 2,
            Bin::Xor => 3,
            Bin::Or => 4,
            Bin::And => 5,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Bin::Iff => "↔",
            Bin::Imply => "→",
            Bin::Xor => "⊕",
            Bin::Or => "∨",
            Bin::And => "∧",
        }
    }
}

/// A parsed operand and, when it is a binary formula written without brackets, its operator.
struct Operand {
    f: Formula,
    bare: Option<Bin>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    fn span_here(&self) -> Span {
        self.toks.get(self.pos).map_or(self.end, |t| t.span)
    }

    fn error(&self, kind: IssueKind, message: impl Into<String>, help: Option<&str>) -> Issue {
        Issue { kind, message: message.into(), span: self.span_here(), help: help.map(str::to_string) }
    }

    fn found(&self) -> String {
        match self.toks.get(self.pos) {
            Some(t) => format!("`{}`", t.text),
            None => "the end of the formula".to_string(),
        }
    }

    fn formula(&mut self, min: u8) -> PResult<Operand> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(self.error(IssueKind::Syntax, "the formula nests too deeply", None));
        }
        let mut left = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Iff) => Bin::Iff,
                Some(Tok::Imply) => Bin::Imply,
                Some(Tok::Xor) => Bin::Xor,
                Some(Tok::Or) => Bin::Or,
                Some(Tok::And) => Bin::And,
                // A comma between formulas inside brackets: FOLIO's annotations use it for ∧.
                Some(Tok::Comma) if self.depth_paren > 0 && self.dialect != Dialect::Tptp => {
                    self.issues.push(Issue {
                        kind: IssueKind::Quirk,
                        message: "a comma between formulas: read as ∧".into(),
                        span: self.span_here(),
                        help: Some("write ∧".into()),
                    });
                    Bin::And
                }
                Some(Tok::Comma) if self.dialect != Dialect::Tptp => {
                    return Err(self.error(
                        IssueKind::NotFol,
                        "a comma between formulas: a comma is not a connective",
                        Some("join the formulas with ∧ (or write them as separate premises)"),
                    ));
                }
                // Two formulas side by side: a missing connective, read as ∧.
                Some(Tok::Name(_)) if self.toks.get(self.pos + 1).is_some_and(|t| t.tok == Tok::LParen) => {
                    self.issues.push(Issue {
                        kind: IssueKind::Quirk,
                        message: "two formulas side by side with no connective: read as ∧".into(),
                        span: self.span_here(),
                        help: Some("write the connective that is meant (∧, ∨, →)".into()),
                    });
                    if op_prec_ok(Bin::And, min) {
                        let right = self.formula(Bin::And.prec() + 1)?;
                        let span = Span { start: left.f.span().start, end: right.f.span().end };
                        left = Operand { f: Formula::And(vec![left.f, right.f], span), bare: Some(Bin::And) };
                        continue;
                    }
                    break;
                }
                _ => break,
            };
            if !op_prec_ok(op, min) {
                break;
            }
            self.pos += 1;
            // `→` is right-associative; the others group to the left.
            let next_min = if op == Bin::Imply { op.prec() } else { op.prec() + 1 };
            let right = self.formula(next_min)?;
            self.check_mix(op, &left, &right);
            let span = Span { start: left.f.span().start, end: right.f.span().end };
            let f = match op {
                Bin::And => match left.f {
                    Formula::And(mut xs, _) if left.bare == Some(Bin::And) => {
                        xs.push(right.f);
                        Formula::And(xs, span)
                    }
                    l => Formula::And(vec![l, right.f], span),
                },
                Bin::Or => match left.f {
                    Formula::Or(mut xs, _) if left.bare == Some(Bin::Or) => {
                        xs.push(right.f);
                        Formula::Or(xs, span)
                    }
                    l => Formula::Or(vec![l, right.f], span),
                },
                Bin::Xor => {
                    if left.bare == Some(Bin::Xor) || right.bare == Some(Bin::Xor) {
                        self.issues.push(Issue {
                            kind: IssueKind::Precedence,
                            message: "a chain of ⊕: `A ⊕ B ⊕ C` is true when an odd number of them is true, not when exactly one is"
                                .into(),
                            span,
                            help: Some(
                                "for \"exactly one of A, B, C\" write (A ∨ B ∨ C) ∧ ¬(A ∧ B) ∧ ¬(A ∧ C) ∧ ¬(B ∧ C)".into(),
                            ),
                        });
                    }
                    Formula::Xor(Box::new(left.f), Box::new(right.f), span)
                }
                Bin::Imply => Formula::Imply(Box::new(left.f), Box::new(right.f), span),
                Bin::Iff => Formula::Iff(Box::new(left.f), Box::new(right.f), span),
            };
            left = Operand { f, bare: Some(op) };
        }
        self.depth -= 1;
        Ok(left)
    }

    /// Mixed connectives without brackets: `A ∧ B ∨ C`, `A ∨ B ⊕ C`.
    fn check_mix(&mut self, op: Bin, left: &Operand, right: &Operand) {
        let risky = |a: Bin, b: Bin| {
            matches!(
                (a, b),
                (Bin::And, Bin::Or)
                    | (Bin::Or, Bin::And)
                    | (Bin::Xor, Bin::And | Bin::Or)
                    | (Bin::And | Bin::Or, Bin::Xor)
            )
        };
        for side in [left, right] {
            if let Some(inner) = side.bare {
                if inner != op && risky(op, inner) {
                    let span = Span { start: left.f.span().start, end: right.f.span().end };
                    let (tight, loose) = if inner.prec() > op.prec() { (inner, op) } else { (op, inner) };
                    self.issues.push(Issue {
                        kind: IssueKind::Precedence,
                        message: format!(
                            "{} and {} mixed without brackets: read with {} binding tighter",
                            tight.symbol(),
                            loose.symbol(),
                            tight.symbol()
                        ),
                        span,
                        help: Some("add brackets to say which is meant".into()),
                    });
                    return;
                }
            }
        }
    }

    fn unary(&mut self) -> PResult<Operand> {
        let start = self.span_here();
        match self.peek().cloned() {
            Some(Tok::Not) => {
                self.pos += 1;
                let inner = self.unary()?;
                let span = Span { start: start.start, end: inner.f.span().end };
                Ok(Operand { f: Formula::Not(Box::new(inner.f), span), bare: None })
            }
            Some(Tok::Forall) | Some(Tok::Exists) => {
                let q = if self.peek() == Some(&Tok::Forall) { Quant::Forall } else { Quant::Exists };
                self.pos += 1;
                let vars = self.quant_vars()?;
                let n = vars.len();
                self.bound.extend(vars.iter().map(|v| v.0.clone()));
                let body = self.quant_body()?;
                self.bound.truncate(self.bound.len() - n);
                let end = body.span().end;
                let mut f = body;
                for (v, vs) in vars.into_iter().rev() {
                    f = Formula::Quant(q, v, vs, Box::new(f), Span { start: start.start, end });
                }
                Ok(Operand { f, bare: None })
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                self.depth_paren += 1;
                let inner = self.formula(0);
                self.depth_paren -= 1;
                let inner = inner?;
                match self.peek() {
                    Some(Tok::RParen) => {
                        let close = self.span_here();
                        self.pos += 1;
                        let f = widen(inner.f, Span { start: start.start, end: close.end });
                        Ok(Operand { f, bare: None })
                    }
                    Some(Tok::Cmp(_)) | Some(Tok::Member) => Err(self.not_fol()),
                    _ => Err(Issue {
                        kind: IssueKind::Syntax,
                        message: format!("expected `)` to close the `(` here, found {}", self.found()),
                        span: self.span_here(),
                        help: Some(format!("the `(` at byte {} is not closed", start.start)),
                    }),
                }
            }
            Some(Tok::True) => {
                self.pos += 1;
                Ok(Operand { f: Formula::True(start), bare: None })
            }
            Some(Tok::False) => {
                self.pos += 1;
                Ok(Operand { f: Formula::False(start), bare: None })
            }
            Some(Tok::Name(_)) => self.atom(),
            Some(Tok::LBracket) => Err(self.error(
                IssueKind::NotFol,
                "a list literal is not first-order logic",
                Some("state membership with a predicate, e.g. In(x, s)"),
            )),
            Some(Tok::Ellipsis) => {
                Err(self.error(IssueKind::NotFol, "`...` is not first-order logic", Some("write every case out")))
            }
            Some(Tok::RParen) => Err(self.error(
                IssueKind::Syntax,
                "expected a formula, found `)`",
                Some("complete the formula before the `)`"),
            )),
            Some(Tok::Cmp(_)) | Some(Tok::Member) => Err(self.not_fol()),
            _ => Err(self.error(IssueKind::Syntax, format!("expected a formula, found {}", self.found()), None)),
        }
    }

    fn not_fol(&self) -> Issue {
        match self.peek() {
            Some(Tok::Cmp(op)) => self.error(
                IssueKind::NotFol,
                format!("the comparison `{op}` is not first-order logic without arithmetic"),
                Some("use a predicate, e.g. GreaterThan(y, nine), or state the fact in words as a predicate"),
            ),
            Some(Tok::Member) => self.error(
                IssueKind::NotFol,
                "set membership (`∈`) is not part of this first-order language",
                Some("use a predicate, e.g. In(x, s)"),
            ),
            _ => self.error(IssueKind::Syntax, format!("unexpected {}", self.found()), None),
        }
    }

    /// `x`, `x y`, `x, y`, `[X, Y]:`, `x.` — returns the variables and their spans.
    fn quant_vars(&mut self) -> PResult<Vec<(String, Span)>> {
        let mut vars = Vec::new();
        let bracketed = self.peek() == Some(&Tok::LBracket);
        if bracketed {
            self.pos += 1;
        }
        loop {
            match self.peek().cloned() {
                Some(Tok::Name(n)) => {
                    let span = self.span_here();
                    self.pos += 1;
                    // `∀x∃y` lexes as one name only when written together: keep it as written.
                    vars.push((n, span));
                }
                Some(Tok::Comma) if !vars.is_empty() => {
                    // `∀x, y (…)`: another variable follows.
                    self.pos += 1;
                    continue;
                }
                _ => break,
            }
            // FOLIO writes `∀x (…)`, so one variable then the body; NLTK and Prover9 allow
            // several names before `.` / the body.
            if !bracketed && self.dialect == Dialect::Folio && self.peek() != Some(&Tok::Comma) {
                break;
            }
            if !bracketed && !matches!(self.peek(), Some(Tok::Name(_)) | Some(Tok::Comma)) {
                break;
            }
            if !bracketed && matches!(self.peek(), Some(Tok::Name(_))) {
                // A name followed by `(` is the body's atom, not another variable.
                if self.toks.get(self.pos + 1).is_some_and(|t| t.tok == Tok::LParen) {
                    break;
                }
            }
        }
        if vars.is_empty() {
            return Err(self.error(
                IssueKind::Syntax,
                format!("expected a variable after the quantifier, found {}", self.found()),
                None,
            ));
        }
        if bracketed {
            if self.peek() != Some(&Tok::RBracket) {
                return Err(self.error(
                    IssueKind::Syntax,
                    format!("expected `]` after the variables, found {}", self.found()),
                    None,
                ));
            }
            self.pos += 1;
            if self.peek() != Some(&Tok::Colon) {
                return Err(self.error(
                    IssueKind::Syntax,
                    format!("expected `:` after `]`, found {}", self.found()),
                    None,
                ));
            }
            self.pos += 1;
        } else if self.peek() == Some(&Tok::Dot) {
            self.pos += 1;
        }
        Ok(vars)
    }

    /// The body of a quantifier: a bracketed formula, or (without brackets) everything up to the
    /// end of the enclosing formula, with a warning when that takes in a connective.
    fn quant_body(&mut self) -> PResult<Formula> {
        let open = self.peek() == Some(&Tok::LParen);
        if self.dialect == Dialect::Tptp {
            return Ok(self.unary()?.f);
        }
        let start = self.span_here();
        if open {
            // `∀x (…) ∧ …`: the bracketed group is the body.
            return Ok(self.unary()?.f);
        }
        let body = self.formula(0)?;
        if !open || body.bare.is_some() {
            if let Some(op) = body.bare {
                self.issues.push(Issue {
                    kind: IssueKind::Scope,
                    message: format!(
                        "the quantifier has no brackets around its body: read as covering the whole `… {} …` that follows",
                        op.symbol()
                    ),
                    span: Span { start: start.start, end: body.f.span().end },
                    help: Some("write ∀x (P(x) → Q(x)) — brackets around the whole body — or (∀x P(x)) → Q if that is meant".into()),
                });
            }
        }
        Ok(body.f)
    }

    fn atom(&mut self) -> PResult<Operand> {
        let start = self.span_here();
        let left = self.term(true)?;
        match self.peek() {
            Some(Tok::Eq) | Some(Tok::Neq) => {
                let neq = self.peek() == Some(&Tok::Neq);
                self.pos += 1;
                let right = self.term(false)?;
                let span = Span { start: start.start, end: right.span().end };
                let eq = Formula::Eq(left, right, span);
                let f = if neq { Formula::Not(Box::new(eq), span) } else { eq };
                Ok(Operand { f, bare: None })
            }
            Some(Tok::Cmp(_)) | Some(Tok::Member) => Err(self.not_fol()),
            _ => {
                let f = match left {
                    Term::App(p, args, s) => Formula::Atom(p, args, s),
                    Term::Const(p, s) | Term::Var(p, s) => Formula::Atom(p, Vec::new(), s),
                };
                Ok(Operand { f, bare: None })
            }
        }
    }

    fn term(&mut self, head: bool) -> PResult<Term> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(self.error(IssueKind::Syntax, "the formula nests too deeply", None));
        }
        let span = self.span_here();
        let name = match self.peek().cloned() {
            Some(Tok::Name(n)) => n,
            Some(Tok::Not) | Some(Tok::Forall) | Some(Tok::Exists) if !head => {
                return Err(self.error(
                    IssueKind::NotFol,
                    "a formula used as an argument: arguments must be terms (constants, variables, functions)",
                    Some("state the inner formula separately and connect the two with a connective"),
                ));
            }
            Some(Tok::LBracket) => {
                return Err(self.error(
                    IssueKind::NotFol,
                    "a list literal is not first-order logic",
                    Some("use a predicate instead"),
                ))
            }
            Some(Tok::Ellipsis) => return Err(self.error(IssueKind::NotFol, "`...` is not first-order logic", None)),
            _ => return Err(self.error(IssueKind::Syntax, format!("expected a name, found {}", self.found()), None)),
        };
        self.pos += 1;
        let mut name = name;
        // `captain america`: several words where one name is meant (inside an argument list).
        if !head {
            while let Some(Tok::Name(more)) = self.peek().cloned() {
                if self.toks.get(self.pos + 1).is_some_and(|t| t.tok == Tok::LParen) {
                    break;
                }
                let joined = format!("{name}_{more}");
                self.issues.push(Issue {
                    kind: IssueKind::Quirk,
                    message: format!("a name with a space: `{name} {more}` read as `{joined}`"),
                    span: Span { start: span.start, end: self.span_here().end },
                    help: Some(format!("write `{joined}`")),
                });
                name = joined;
                self.pos += 1;
            }
        }
        if self.peek() != Some(&Tok::LParen) {
            self.depth -= 1;
            return Ok(if self.bound.contains(&name) || (self.dialect == Dialect::Tptp && starts_upper(&name)) {
                Term::Var(name, span)
            } else {
                Term::Const(name, span)
            });
        }
        self.pos += 1;
        let mut args = Vec::new();
        loop {
            if self.peek() == Some(&Tok::RParen) && args.is_empty() {
                break;
            }
            let arg = self.term(false)?;
            match self.peek() {
                Some(Tok::And) | Some(Tok::Or) | Some(Tok::Imply) | Some(Tok::Iff) | Some(Tok::Xor) => {
                    return Err(self.error(
                        IssueKind::NotFol,
                        "a formula used as an argument: arguments must be terms",
                        Some("state the inner formula separately and connect the two with a connective"),
                    ));
                }
                Some(Tok::Cmp(_)) | Some(Tok::Member) => return Err(self.not_fol()),
                _ => {}
            }
            args.push(arg);
            match self.peek() {
                Some(Tok::Comma) => self.pos += 1,
                Some(Tok::RParen) => break,
                _ => {
                    return Err(Issue {
                        kind: if self.peek().is_none() { IssueKind::Unbalanced } else { IssueKind::Syntax },
                        message: format!("expected `,` or `)` in the arguments of `{name}`, found {}", self.found()),
                        span: if self.peek().is_none() { span } else { self.span_here() },
                        help: if self.peek().is_none() { Some(format!("close the `(` of `{name}`")) } else { None },
                    })
                }
            }
        }
        let close = self.span_here();
        self.pos += 1;
        self.depth -= 1;
        Ok(Term::App(name, args, Span { start: span.start, end: close.end }))
    }
}

fn op_prec_ok(op: Bin, min: u8) -> bool {
    op.prec() >= min.max(1)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Give a formula the span of its brackets.
fn widen(f: Formula, span: Span) -> Formula {
    match f {
        Formula::And(x, _) => Formula::And(x, span),
        Formula::Or(x, _) => Formula::Or(x, span),
        Formula::Xor(a, b, _) => Formula::Xor(a, b, span),
        Formula::Imply(a, b, _) => Formula::Imply(a, b, span),
        Formula::Iff(a, b, _) => Formula::Iff(a, b, span),
        other => other,
    }
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
    let mut p = Parser {
        toks: &toks,
        pos: 0,
        dialect,
        issues: &mut issues,
        depth: 0,
        max_depth,
        bound: Vec::new(),
        depth_paren: 0,
        end,
    };
    let result = p.formula(0).and_then(|op| {
        if p.pos < p.toks.len() {
            let issue = match p.peek() {
                Some(Tok::Cmp(_)) | Some(Tok::Member) => p.not_fol(),
                Some(Tok::RParen) => p.error(IssueKind::Unbalanced, "this `)` closes nothing", Some("remove it")),
                _ => p.error(
                    IssueKind::Syntax,
                    format!("expected a connective or the end of the formula, found {}", p.found()),
                    None,
                ),
            };
            Err(issue)
        } else {
            Ok(op.f)
        }
    });
    (result, issues)
}

/// Unmatched parentheses. Where the meaning is clear — surplus `)` at the very end, or `(` left
/// open at the end — they are repaired (removed or added at the end) and reported as a quirk
/// (`IssueKind::Quirk` with an unbalanced-parenthesis message); anywhere else the first
/// unmatched one is an error, located where it is.
fn balance(toks: &mut Vec<Token>) -> Option<Issue> {
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
