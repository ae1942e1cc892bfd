//! First-order formulas as herbrand reads them from every dialect.

use crate::source::Span;

/// A term: a variable (bound by a quantifier), a constant, or a function application.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Var(String, Span),
    Const(String, Span),
    App(String, Vec<Term>, Span),
}

impl Term {
    pub fn span(&self) -> Span {
        match self {
            Term::Var(_, s) | Term::Const(_, s) | Term::App(_, _, s) => *s,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quant {
    Forall,
    Exists,
}

/// A formula. Binary connectives keep whether they were written in parentheses, for the
/// precedence lints.
#[derive(Clone, Debug, PartialEq)]
pub enum Formula {
    True(Span),
    False(Span),
    Atom(String, Vec<Term>, Span),
    Eq(Term, Term, Span),
    Not(Box<Formula>, Span),
    And(Vec<Formula>, Span),
    Or(Vec<Formula>, Span),
    Xor(Box<Formula>, Box<Formula>, Span),
    Imply(Box<Formula>, Box<Formula>, Span),
    Iff(Box<Formula>, Box<Formula>, Span),
    Quant(Quant, String, Span, Box<Formula>, Span),
}

impl Formula {
    pub fn span(&self) -> Span {
        match self {
            Formula::True(s)
            | Formula::False(s)
            | Formula::Atom(_, _, s)
            | Formula::Eq(_, _, s)
            | Formula::Not(_, s)
            | Formula::And(_, s)
            | Formula::Or(_, s)
            | Formula::Xor(_, _, s)
            | Formula::Imply(_, _, s)
            | Formula::Iff(_, _, s)
            | Formula::Quant(_, _, _, _, s) => *s,
        }
    }

    /// Visit every sub-formula, outermost first.
    pub fn walk(&self, f: &mut dyn FnMut(&Formula)) {
        f(self);
        match self {
            Formula::Not(a, _) | Formula::Quant(_, _, _, a, _) => a.walk(f),
            Formula::And(xs, _) | Formula::Or(xs, _) => xs.iter().for_each(|x| x.walk(f)),
            Formula::Xor(a, b, _) | Formula::Imply(a, b, _) | Formula::Iff(a, b, _) => {
                a.walk(f);
                b.walk(f);
            }
            _ => {}
        }
    }

    /// Written back in FOLIO's Unicode notation, fully bracketed where precedence matters.
    pub fn show(&self) -> String {
        fn term(t: &Term) -> String {
            match t {
                Term::Var(n, _) | Term::Const(n, _) => n.clone(),
                Term::App(n, args, _) => format!("{n}({})", args.iter().map(term).collect::<Vec<_>>().join(", ")),
            }
        }
        fn go(f: &Formula, top: bool) -> String {
            let wrap = |s: String| if top { s } else { format!("({s})") };
            match f {
                Formula::True(_) => "⊤".into(),
                Formula::False(_) => "⊥".into(),
                Formula::Atom(p, args, _) if args.is_empty() => p.clone(),
                Formula::Atom(p, args, _) => format!("{p}({})", args.iter().map(term).collect::<Vec<_>>().join(", ")),
                Formula::Eq(a, b, _) => format!("{} = {}", term(a), term(b)),
                Formula::Not(a, _) => format!("¬{}", go(a, false)),
                Formula::And(xs, _) => wrap(xs.iter().map(|x| go(x, false)).collect::<Vec<_>>().join(" ∧ ")),
                Formula::Or(xs, _) => wrap(xs.iter().map(|x| go(x, false)).collect::<Vec<_>>().join(" ∨ ")),
                Formula::Xor(a, b, _) => wrap(format!("{} ⊕ {}", go(a, false), go(b, false))),
                Formula::Imply(a, b, _) => wrap(format!("{} → {}", go(a, false), go(b, false))),
                Formula::Iff(a, b, _) => wrap(format!("{} ↔ {}", go(a, false), go(b, false))),
                Formula::Quant(q, v, _, body, _) => {
                    let sym = if *q == Quant::Forall { "∀" } else { "∃" };
                    // `∀x ∀y (…)`: a quantifier directly under another needs no brackets.
                    let inner = go(body, matches!(**body, Formula::Quant(..)));
                    wrap(format!("{sym}{v} {inner}"))
                }
            }
        }
        go(self, true)
    }
}

/// Where a formula comes from in a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Premise,
    Conclusion,
}

/// One formula of a program, with its place in the source.
#[derive(Clone, Debug)]
pub struct Item {
    pub role: Role,
    /// 1-based among premises (or 1 for the conclusion).
    pub index: usize,
    pub formula: Formula,
    /// The formula's text.
    pub span: Span,
    /// The natural-language comment after `:::`, if any.
    pub comment: Option<String>,
}

/// A predicate declared in a `Predicates:` section.
#[derive(Clone, Debug)]
pub struct Declared {
    pub name: String,
    pub arity: usize,
    pub span: Span,
}
