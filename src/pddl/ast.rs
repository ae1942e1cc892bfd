//! The PDDL abstract syntax tree.
//!
//! Names are interned [`Sym`]s of the lower-cased text (PDDL is case-insensitive); every node
//! keeps the [`Span`] of its text so later stages can quote the original spelling. The AST is
//! what lowering could make of the input: it may be partial when the input was broken (lowering
//! reports what it dropped), but it never holds a name it did not read.

use rustc_hash::FxHashMap;

use crate::source::Span;

/// An interned, case-folded name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// The symbol table shared by a domain, its problem and plans.
#[derive(Debug, Default, Clone)]
pub struct Symbols {
    map: FxHashMap<Box<str>, Sym>,
    names: Vec<Box<str>>,
}

impl Symbols {
    /// Intern a name, case-folded.
    pub fn intern(&mut self, text: &str) -> Sym {
        if text.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            let lower = text.to_lowercase();
            self.intern_folded(&lower)
        } else {
            self.intern_folded(text)
        }
    }

    fn intern_folded(&mut self, folded: &str) -> Sym {
        if let Some(&sym) = self.map.get(folded) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        self.names.push(folded.into());
        self.map.insert(folded.into(), sym);
        sym
    }

    /// Look a name up without interning it.
    pub fn get(&self, text: &str) -> Option<Sym> {
        if text.bytes().any(|b| b.is_ascii_uppercase()) || !text.is_ascii() {
            self.map.get(text.to_lowercase().as_str()).copied()
        } else {
            self.map.get(text).copied()
        }
    }

    pub fn name(&self, sym: Sym) -> &str {
        self.names.get(sym.0 as usize).map_or("?", |n| n)
    }
}

/// A name as written: its symbol and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Name {
    pub sym: Sym,
    pub span: Span,
}

/// A declared type: a single name or `(either t1 t2 …)`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    Name(Name),
    Either(Vec<Name>, Span),
}

impl TypeRef {
    pub fn names(&self) -> &[Name] {
        match self {
            TypeRef::Name(n) => std::slice::from_ref(n),
            TypeRef::Either(ns, _) => ns,
        }
    }

    pub fn span(&self) -> Span {
        match self {
            TypeRef::Name(n) => n.span,
            TypeRef::Either(_, span) => *span,
        }
    }
}

/// An entry of a typed list: `?x - block`, `a b - block`, `truck`. `ty` is `None` when no type
/// was written (the type is then `object`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypedName {
    pub name: Name,
    pub ty: Option<TypeRef>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    Strips,
    Typing,
    NegativePreconditions,
    DisjunctivePreconditions,
    Equality,
    ExistentialPreconditions,
    UniversalPreconditions,
    QuantifiedPreconditions,
    ConditionalEffects,
    Fluents,
    NumericFluents,
    ObjectFluents,
    Adl,
    DurativeActions,
    DurationInequalities,
    ContinuousEffects,
    DerivedPredicates,
    TimedInitialLiterals,
    Preferences,
    Constraints,
    ActionCosts,
}

impl Requirement {
    pub const ALL: &'static [(&'static str, Requirement)] = &[
        (":strips", Requirement::Strips),
        (":typing", Requirement::Typing),
        (":negative-preconditions", Requirement::NegativePreconditions),
        (":disjunctive-preconditions", Requirement::DisjunctivePreconditions),
        (":equality", Requirement::Equality),
        (":existential-preconditions", Requirement::ExistentialPreconditions),
        (":universal-preconditions", Requirement::UniversalPreconditions),
        (":quantified-preconditions", Requirement::QuantifiedPreconditions),
        (":conditional-effects", Requirement::ConditionalEffects),
        (":fluents", Requirement::Fluents),
        (":numeric-fluents", Requirement::NumericFluents),
        (":object-fluents", Requirement::ObjectFluents),
        (":adl", Requirement::Adl),
        (":durative-actions", Requirement::DurativeActions),
        (":duration-inequalities", Requirement::DurationInequalities),
        (":continuous-effects", Requirement::ContinuousEffects),
        (":derived-predicates", Requirement::DerivedPredicates),
        (":timed-initial-literals", Requirement::TimedInitialLiterals),
        (":preferences", Requirement::Preferences),
        (":constraints", Requirement::Constraints),
        (":action-costs", Requirement::ActionCosts),
    ];

    pub fn parse(text: &str) -> Option<Requirement> {
        Requirement::ALL.iter().find(|(n, _)| n.eq_ignore_ascii_case(text)).map(|&(_, r)| r)
    }

    pub fn keyword(self) -> &'static str {
        Requirement::ALL.iter().find(|&&(_, r)| r == self).map_or(":strips", |&(n, _)| n)
    }

    /// The flags this one switches on (itself included), as PDDL defines the implications.
    pub fn implied(self) -> &'static [Requirement] {
        use Requirement::*;
        match self {
            Adl => &[
                Adl,
                Strips,
                Typing,
                NegativePreconditions,
                DisjunctivePreconditions,
                Equality,
                ExistentialPreconditions,
                UniversalPreconditions,
                QuantifiedPreconditions,
                ConditionalEffects,
            ],
            QuantifiedPreconditions => &[QuantifiedPreconditions, ExistentialPreconditions, UniversalPreconditions],
            Fluents => &[Fluents, NumericFluents, ObjectFluents],
            TimedInitialLiterals => &[TimedInitialLiterals, DurativeActions],
            DurationInequalities => &[DurationInequalities, DurativeActions],
            ContinuousEffects => &[ContinuousEffects, DurativeActions],
            Strips => &[Strips],
            Typing => &[Typing],
            NegativePreconditions => &[NegativePreconditions],
            DisjunctivePreconditions => &[DisjunctivePreconditions],
            Equality => &[Equality],
            ExistentialPreconditions => &[ExistentialPreconditions],
            UniversalPreconditions => &[UniversalPreconditions],
            ConditionalEffects => &[ConditionalEffects],
            NumericFluents => &[NumericFluents],
            ObjectFluents => &[ObjectFluents],
            DurativeActions => &[DurativeActions],
            DerivedPredicates => &[DerivedPredicates],
            Preferences => &[Preferences],
            Constraints => &[Constraints],
            ActionCosts => &[ActionCosts],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RequirementDecl {
    pub req: Requirement,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PredicateDecl {
    pub name: Name,
    pub params: Vec<TypedName>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDecl {
    pub name: Name,
    pub params: Vec<TypedName>,
    /// `number` when omitted; an object type for object fluents.
    pub result: Option<Name>,
    pub span: Span,
}

/// An argument: a `?variable` or a constant/object name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    Var(Name),
    Const(Name),
}

impl Term {
    pub fn name(&self) -> Name {
        match self {
            Term::Var(n) | Term::Const(n) => *n,
        }
    }

    pub fn span(&self) -> Span {
        self.name().span
    }
}

/// `(pred arg …)`, also used for a function application `(f arg …)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Atom {
    pub pred: Name,
    pub args: Vec<Term>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
}

impl CmpOp {
    pub fn text(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "=",
            CmpOp::Ge => ">=",
            CmpOp::Gt => ">",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl ArithOp {
    pub fn text(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum NumExpr {
    Number(f64, Span),
    Fluent(Atom),
    /// `(op a b …)`; `-` with one operand is [`NumExpr::Neg`].
    Op(ArithOp, Vec<NumExpr>, Span),
    Neg(Box<NumExpr>, Span),
    /// `total-time`
    TotalTime(Span),
    /// `?duration`
    Duration(Span),
    /// `#t` (continuous effects)
    ContinuousTime(Span),
    /// `(is-violated name)`
    IsViolated(Name, Span),
}

impl NumExpr {
    pub fn span(&self) -> Span {
        match self {
            NumExpr::Number(_, s)
            | NumExpr::Op(_, _, s)
            | NumExpr::Neg(_, s)
            | NumExpr::TotalTime(s)
            | NumExpr::Duration(s)
            | NumExpr::ContinuousTime(s)
            | NumExpr::IsViolated(_, s) => *s,
            NumExpr::Fluent(a) => a.span,
        }
    }
}

/// `at start`, `over all`, `at end` (durative conditions and effects).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSpec {
    AtStart,
    OverAll,
    AtEnd,
}

impl TimeSpec {
    pub fn text(self) -> &'static str {
        match self {
            TimeSpec::AtStart => "at start",
            TimeSpec::OverAll => "over all",
            TimeSpec::AtEnd => "at end",
        }
    }
}

/// A goal description: preconditions, goals, conditions of `when`, derived-predicate bodies,
/// durations and constraints.
#[derive(Clone, Debug, PartialEq)]
pub enum Formula {
    Atom(Atom),
    Equal(Term, Term, Span),
    Not(Box<Formula>, Span),
    And(Vec<Formula>, Span),
    Or(Vec<Formula>, Span),
    Imply(Box<Formula>, Box<Formula>, Span),
    Exists(Vec<TypedName>, Box<Formula>, Span),
    Forall(Vec<TypedName>, Box<Formula>, Span),
    Compare(CmpOp, NumExpr, NumExpr, Span),
    /// `(preference [name] φ)` — PDDL3, parsed, not verified.
    Preference(Option<Name>, Box<Formula>, Span),
    /// `(at start φ)`, `(over all φ)`, `(at end φ)`.
    Timed(TimeSpec, Box<Formula>, Span),
    /// A PDDL3 trajectory constraint (`always`, `sometime`, `within`, …): its operator, numeric
    /// arguments and sub-formulas. Parsed, not verified.
    Modal(Name, Vec<f64>, Vec<Formula>, Span),
}

impl Formula {
    pub fn span(&self) -> Span {
        match self {
            Formula::Atom(a) => a.span,
            Formula::Equal(_, _, s)
            | Formula::Not(_, s)
            | Formula::And(_, s)
            | Formula::Or(_, s)
            | Formula::Imply(_, _, s)
            | Formula::Exists(_, _, s)
            | Formula::Forall(_, _, s)
            | Formula::Compare(_, _, _, s)
            | Formula::Preference(_, _, s)
            | Formula::Timed(_, _, s)
            | Formula::Modal(_, _, _, s) => *s,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Increase,
    Decrease,
    ScaleUp,
    ScaleDown,
}

impl AssignOp {
    pub fn text(self) -> &'static str {
        match self {
            AssignOp::Assign => "assign",
            AssignOp::Increase => "increase",
            AssignOp::Decrease => "decrease",
            AssignOp::ScaleUp => "scale-up",
            AssignOp::ScaleDown => "scale-down",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    And(Vec<Effect>, Span),
    Add(Atom),
    Del(Atom, Span),
    Forall(Vec<TypedName>, Box<Effect>, Span),
    When(Formula, Box<Effect>, Span),
    Numeric(AssignOp, Atom, NumExpr, Span),
    /// `(at start e)` / `(at end e)` in a durative action.
    Timed(TimeSpec, Box<Effect>, Span),
}

impl Effect {
    pub fn span(&self) -> Span {
        match self {
            Effect::Add(a) => a.span,
            Effect::And(_, s)
            | Effect::Del(_, s)
            | Effect::Forall(_, _, s)
            | Effect::When(_, _, s)
            | Effect::Numeric(_, _, _, s)
            | Effect::Timed(_, _, s) => *s,
        }
    }
}

/// An action or a durative action.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub name: Name,
    pub params: Vec<TypedName>,
    /// `:precondition`, or `:condition` of a durative action.
    pub precondition: Option<Formula>,
    pub effect: Option<Effect>,
    /// `Some` for a durative action: its `:duration` constraint.
    pub duration: Option<Formula>,
    pub durative: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub name: Name,
    pub params: Vec<TypedName>,
    pub body: Formula,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Domain {
    pub name: Option<Name>,
    pub requirements: Vec<RequirementDecl>,
    /// `(:types a b - c)`: each declared type with its parent (`None` = `object`).
    pub types: Vec<TypedName>,
    pub constants: Vec<TypedName>,
    pub predicates: Vec<PredicateDecl>,
    pub functions: Vec<FunctionDecl>,
    pub actions: Vec<Action>,
    pub derived: Vec<Derived>,
    pub constraints: Option<Formula>,
    pub span: Span,
}

/// An `:init` element.
#[derive(Clone, Debug, PartialEq)]
pub enum Init {
    Atom(Atom),
    /// `(not (p …))` — meaningless under the closed-world assumption, kept to lint it.
    Not(Atom, Span),
    /// `(= (f a …) value)`
    Assign(Atom, InitValue, Span),
    /// `(at t literal)` — a timed initial literal.
    At(f64, Box<Init>, Span),
}

impl Init {
    pub fn span(&self) -> Span {
        match self {
            Init::Atom(a) => a.span,
            Init::Not(_, s) | Init::Assign(_, _, s) | Init::At(_, _, s) => *s,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InitValue {
    Number(f64),
    Object(Name),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Metric {
    pub minimize: bool,
    pub expr: NumExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Problem {
    pub name: Option<Name>,
    pub domain: Option<Name>,
    pub requirements: Vec<RequirementDecl>,
    pub objects: Vec<TypedName>,
    pub init: Vec<Init>,
    pub goal: Option<Formula>,
    pub constraints: Option<Formula>,
    pub metric: Option<Metric>,
    pub span: Span,
}
