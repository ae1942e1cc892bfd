//! The rule-set AST that every input format lowers to.
//!
//! Prolog text, Logic-LM "Predicates/Facts/Rules/Query" programs and knowledge-graph chain rules
//! all become a [`Program`]: clauses with a head atom and a body of literals (conjunctions only;
//! disjunction is split into several clauses and negated conjunctions get auxiliary predicates
//! while lowering), queries, and declarations. Every node carries the [`Span`] of the text it
//! came from, so lints, answers and proofs point back at what the model wrote.

use std::fmt;

use crate::source::Span;

/// Which surface syntax a program was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Prolog,
    /// Logic-LM's Pyke-like format: `Predicates:`/`Facts:`/`Rules:`/`Query:`, `$x`, `>>>`, and
    /// a truth label as the last argument of every atom.
    LogicLm,
    /// ChatRule / AMIE chain rules: `head <-- b1, b2`.
    Kg,
}

impl Dialect {
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Prolog => "prolog",
            Dialect::LogicLm => "logic-lm",
            Dialect::Kg => "kg-rules",
        }
    }
}

/// A ground value as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Atom(String),
    Str(String),
    Int(i64),
    Float(f64),
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::Atom(a) => write_atom(f, a),
            Const::Str(s) => write!(f, "{s:?}"),
            Const::Int(i) => write!(f, "{i}"),
            Const::Float(x) => write!(f, "{x:?}"),
        }
    }
}

/// Write an atom, quoted when it would not read back as the same atom.
pub fn write_atom(f: &mut impl fmt::Write, a: &str) -> fmt::Result {
    let plain = a.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain || a == "[]" {
        f.write_str(a)
    } else {
        f.write_char('\'')?;
        for c in a.chars() {
            if c == '\'' || c == '\\' {
                f.write_char('\\')?;
            }
            f.write_char(c)?;
        }
        f.write_char('\'')
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TermKind {
    /// A variable; `_` is anonymous (each occurrence is a fresh variable).
    Var(String),
    Const(Const),
    Compound(String, Vec<Term>),
    /// `[a, b | T]`: items and an optional tail (kept flat so long lists never nest deeply).
    List(Vec<Term>, Option<Box<Term>>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub kind: TermKind,
    pub span: Span,
}

impl Term {
    pub fn var(name: impl Into<String>, span: Span) -> Term {
        Term { kind: TermKind::Var(name.into()), span }
    }

    pub fn atom(name: impl Into<String>, span: Span) -> Term {
        Term { kind: TermKind::Const(Const::Atom(name.into())), span }
    }

    pub fn is_var(&self) -> bool {
        matches!(self.kind, TermKind::Var(_))
    }

    /// Every variable occurrence, left to right, with its span.
    pub fn vars<'a>(&'a self, out: &mut Vec<(&'a str, Span)>) {
        match &self.kind {
            TermKind::Var(v) => out.push((v, self.span)),
            TermKind::Const(_) => {}
            TermKind::Compound(_, args) => args.iter().for_each(|a| a.vars(out)),
            TermKind::List(items, tail) => {
                items.iter().for_each(|a| a.vars(out));
                if let Some(t) = tail {
                    t.vars(out);
                }
            }
        }
    }

    pub fn is_ground(&self) -> bool {
        let mut v = Vec::new();
        self.vars(&mut v);
        v.is_empty()
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            TermKind::Var(v) => f.write_str(v),
            TermKind::Const(c) => write!(f, "{c}"),
            TermKind::Compound(name, args) => {
                write_atom(f, name)?;
                f.write_str("(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
            TermKind::List(items, tail) => {
                f.write_str("[")?;
                for (i, a) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                if let Some(t) = tail {
                    write!(f, "|{t}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// A predicate: name and arity (`parent/2`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PredKey {
    pub name: String,
    pub arity: usize,
}

impl fmt::Display for PredKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_atom(f, &self.name)?;
        write!(f, "/{}", self.arity)
    }
}

/// `pred(args…)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Atom {
    pub pred: String,
    pub args: Vec<Term>,
    pub span: Span,
    /// The span of the predicate name alone.
    pub name_span: Span,
}

impl Atom {
    pub fn key(&self) -> PredKey {
        PredKey { name: self.pred.clone(), arity: self.args.len() }
    }
}

impl fmt::Display for Atom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_atom(f, &self.pred)?;
        if !self.args.is_empty() {
            f.write_str("(")?;
            for (i, a) in self.args.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{a}")?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// Built-in comparisons and arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinOp {
    /// `X is Expr`
    Is,
    /// `=` (unification of a variable with a value, or equality of values)
    Unify,
    /// `\=`
    NotUnify,
    /// `==`
    Identical,
    /// `\==`
    NotIdentical,
    /// `=:=`
    ArithEq,
    /// `=\=`
    ArithNe,
    Lt,
    Le,
    Gt,
    Ge,
    /// Standard order of terms: `@<`, `@=<`, `@>`, `@>=`
    TermLt,
    TermLe,
    TermGt,
    TermGe,
}

impl BuiltinOp {
    pub fn from_name(name: &str) -> Option<BuiltinOp> {
        Some(match name {
            "is" => BuiltinOp::Is,
            "=" => BuiltinOp::Unify,
            "\\=" => BuiltinOp::NotUnify,
            "==" => BuiltinOp::Identical,
            "\\==" => BuiltinOp::NotIdentical,
            "=:=" => BuiltinOp::ArithEq,
            "=\\=" => BuiltinOp::ArithNe,
            "<" => BuiltinOp::Lt,
            "=<" => BuiltinOp::Le,
            ">" => BuiltinOp::Gt,
            ">=" => BuiltinOp::Ge,
            "@<" => BuiltinOp::TermLt,
            "@=<" => BuiltinOp::TermLe,
            "@>" => BuiltinOp::TermGt,
            "@>=" => BuiltinOp::TermGe,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BuiltinOp::Is => "is",
            BuiltinOp::Unify => "=",
            BuiltinOp::NotUnify => "\\=",
            BuiltinOp::Identical => "==",
            BuiltinOp::NotIdentical => "\\==",
            BuiltinOp::ArithEq => "=:=",
            BuiltinOp::ArithNe => "=\\=",
            BuiltinOp::Lt => "<",
            BuiltinOp::Le => "=<",
            BuiltinOp::Gt => ">",
            BuiltinOp::Ge => ">=",
            BuiltinOp::TermLt => "@<",
            BuiltinOp::TermLe => "@=<",
            BuiltinOp::TermGt => "@>",
            BuiltinOp::TermGe => "@>=",
        }
    }

    /// Whether the operator can bind a variable (`is` its left side, `=` either side).
    pub fn binds(self) -> bool {
        matches!(self, BuiltinOp::Is | BuiltinOp::Unify)
    }
}

/// One body literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Pos(Atom),
    /// Negation as failure: `\+ p(X)` / `not(p(X))`.
    Neg(Atom),
    Builtin {
        op: BuiltinOp,
        left: Term,
        right: Term,
        span: Span,
    },
    /// `member(X, List)` with the list bound.
    Member {
        elem: Term,
        list: Term,
        span: Span,
    },
}

impl Literal {
    pub fn span(&self) -> Span {
        match self {
            Literal::Pos(a) | Literal::Neg(a) => a.span,
            Literal::Builtin { span, .. } | Literal::Member { span, .. } => *span,
        }
    }

    pub fn atom(&self) -> Option<&Atom> {
        match self {
            Literal::Pos(a) | Literal::Neg(a) => Some(a),
            _ => None,
        }
    }

    /// Every variable occurrence in the literal.
    pub fn vars<'a>(&'a self, out: &mut Vec<(&'a str, Span)>) {
        match self {
            Literal::Pos(a) | Literal::Neg(a) => a.args.iter().for_each(|t| t.vars(out)),
            Literal::Builtin { left, right, .. } => {
                left.vars(out);
                right.vars(out);
            }
            Literal::Member { elem, list, .. } => {
                elem.vars(out);
                list.vars(out);
            }
        }
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Pos(a) => write!(f, "{a}"),
            Literal::Neg(a) => write!(f, "\\+ {a}"),
            Literal::Builtin { op, left, right, .. } => write!(f, "{left} {} {right}", op.as_str()),
            Literal::Member { elem, list, .. } => write!(f, "member({elem}, {list})"),
        }
    }
}

/// Where a clause came from: written as such, or made while lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Written,
    /// One branch of a disjunction in a written clause (`index` of `count`).
    Branch {
        index: usize,
        count: usize,
    },
    /// The body of a negated conjunction, made into an auxiliary predicate.
    Auxiliary,
}

/// A fact (`body` empty) or a rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub head: Atom,
    pub body: Vec<Literal>,
    /// The whole clause as written.
    pub span: Span,
    pub origin: Origin,
}

impl Clause {
    pub fn is_fact(&self) -> bool {
        self.body.is_empty()
    }
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.head)?;
        if !self.body.is_empty() {
            f.write_str(" :- ")?;
            for (i, l) in self.body.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{l}")?;
            }
        }
        f.write_str(".")
    }
}

/// A query: a conjunction of literals (one body of a disjunctive query per entry of `bodies`).
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    /// The query as written (for messages and the JSON detail).
    pub text: String,
    pub bodies: Vec<Vec<Literal>>,
    pub span: Span,
    /// The role of the file the query was read from (`program`, or `query` for `--query`).
    pub file: String,
    /// For labelled formats: the atom as written and its truth label (`Kind(Bob, True)`).
    pub labelled: Option<LabelledAtom>,
}

/// An atom whose last argument is a truth label.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelledAtom {
    pub atom: Atom,
    pub label: bool,
}

/// A predicate declaration (`:- dynamic p/1.`, or a line of Logic-LM's `Predicates:` section).
#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub key: PredKey,
    pub span: Span,
}

/// A whole rule set, whatever it was written in.
#[derive(Clone, Debug)]
pub struct Program {
    pub dialect: Dialect,
    pub clauses: Vec<Clause>,
    pub queries: Vec<Query>,
    /// `:- dynamic` declarations: predicates that may legitimately have no clauses.
    pub dynamic: Vec<Declaration>,
    /// Declared predicates (Logic-LM `Predicates:`).
    pub declared: Vec<Declaration>,
    /// Whether atoms carry a truth label as their last argument.
    pub labelled: bool,
}

impl Program {
    pub fn new(dialect: Dialect) -> Program {
        Program {
            dialect,
            clauses: Vec::new(),
            queries: Vec::new(),
            dynamic: Vec::new(),
            declared: Vec::new(),
            labelled: dialect == Dialect::LogicLm,
        }
    }
}

/// Names that start with `$` are made by lowering and never shown as the user's predicates.
pub fn is_internal(name: &str) -> bool {
    name.starts_with('$')
}
