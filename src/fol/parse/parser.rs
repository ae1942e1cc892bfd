//! The parser: precedence climbing over the tokens, with depth bounded by `max_depth`. It
//! recognises what is not first-order logic (comparisons, `∈`, lists, a formula as a term, a
//! comma as a connective) and says so, and warns about mixed connectives without brackets and
//! quantifiers without brackets around their body.

use super::lex::{Tok, Token};
use super::{Dialect, Issue, IssueKind};
use crate::fol::ast::*;
use crate::source::Span;

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

/// Read the tokens of one formula (balanced by [`balance`](super::lex::balance)), ending at
/// `end`: the formula, or the first error; warnings go to `issues`.
pub(super) fn read(
    toks: &[Token],
    dialect: Dialect,
    issues: &mut Vec<Issue>,
    max_depth: usize,
    end: Span,
) -> Result<Formula, Issue> {
    let mut p = Parser { toks, pos: 0, dialect, issues, depth: 0, max_depth, bound: Vec::new(), depth_paren: 0, end };
    p.formula(0).and_then(|op| {
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
    })
}
