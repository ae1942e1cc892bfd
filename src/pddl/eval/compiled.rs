//! The compiled forms: formulas, numeric expressions, effects, actions and derived rules over
//! slots (variables) and ids (objects, predicates, functions). Plain data, built by
//! [`Compiler`](super::Compiler) and read by [`Eval`](super::Eval).

use crate::pddl::ast::*;
use crate::pddl::state::{Key, ObjId};
use crate::source::Span;

/// A compiled argument.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CTerm {
    /// An environment slot, with the variable's name for messages.
    Slot(u16, Sym),
    Obj(ObjId),
    /// A name that is not a declared object (already reported by the linter): matches nothing.
    Missing(Sym),
}

#[derive(Clone, Debug)]
pub struct QVar {
    pub slot: u16,
    pub name: Sym,
    pub domain: Vec<ObjId>,
}

#[derive(Clone, Debug)]
pub enum CFormula {
    True,
    Atom { pred: u32, name: Sym, args: Box<[CTerm]>, derived: bool, span: Span },
    Eq(CTerm, CTerm, Span),
    Not(Box<CFormula>, Span),
    And(Vec<CFormula>, Span),
    Or(Vec<CFormula>, Span),
    Imply(Box<CFormula>, Box<CFormula>, Span),
    Quant { forall: bool, vars: Vec<QVar>, body: Box<CFormula>, span: Span },
    Cmp(CmpOp, CNum, CNum, Span),
}

impl CFormula {
    pub fn span(&self) -> Span {
        match self {
            CFormula::True => Span::default(),
            CFormula::Atom { span, .. }
            | CFormula::Eq(_, _, span)
            | CFormula::Not(_, span)
            | CFormula::And(_, span)
            | CFormula::Or(_, span)
            | CFormula::Imply(_, _, span)
            | CFormula::Quant { span, .. }
            | CFormula::Cmp(_, _, _, span) => *span,
        }
    }
}

#[derive(Clone, Debug)]
pub enum CNum {
    Const(f64),
    Fluent {
        func: u32,
        name: Sym,
        args: Box<[CTerm]>,
        span: Span,
    },
    Op(ArithOp, Vec<CNum>),
    Neg(Box<CNum>),
    TotalTime,
    Duration,
    /// `(is-violated p)`: how many instances of preference `p` are violated.
    IsViolated(Sym),
    /// `#t`: continuous effects are not evaluated.
    Zero,
}

#[derive(Clone, Debug)]
pub enum CEffect {
    Add { pred: u32, args: Box<[CTerm]> },
    Del { pred: u32, args: Box<[CTerm]> },
    Forall { vars: Vec<QVar>, body: Vec<CEffect> },
    When { cond: CFormula, body: Vec<CEffect> },
    Num { op: AssignOp, func: u32, name: Sym, args: Box<[CTerm]>, value: CNum, span: Span },
}

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// A fluent with no value; the key and its text.
    Undefined(Key, String),
    /// Division by zero or a non-finite result; the expression's text.
    Arithmetic(String),
    /// Grounding derived predicates or quantifiers went over the budget.
    Budget,
}

/// A compiled action.
#[derive(Clone, Debug)]
pub struct CAction {
    pub name: Sym,
    pub decl: usize,
    pub params: Vec<(Sym, Vec<Sym>)>,
    pub pre: CFormula,
    pub effects: Vec<CEffect>,
    pub slots: usize,
}

/// The parts of a compiled durative action. Its [`CAction`] keeps the `at start` condition as
/// `pre` and every effect (start and end) as `effects`, for advice; simulation uses these parts.
#[derive(Clone, Debug)]
pub struct CDurative {
    pub start: CFormula,
    pub over_all: CFormula,
    pub end: CFormula,
    pub start_effects: Vec<CEffect>,
    pub end_effects: Vec<CEffect>,
    /// The `:duration` constraint, over `?duration` ([`CNum::Duration`]).
    pub duration: CFormula,
    /// `(= ?duration e)`: the value a step must use, for fixes.
    pub fixed_duration: Option<CNum>,
    /// A construct whose semantics herbrand does not implement (continuous effects, a
    /// conditional effect whose condition and effect lie at different times): span and what.
    pub unsupported: Option<(Span, &'static str)>,
}

/// A goal preference: violated in a final state where its body is false, once per binding of
/// the `forall` variables around it.
#[derive(Clone, Debug)]
pub struct Preference {
    pub name: Sym,
    pub vars: Vec<QVar>,
    pub body: CFormula,
    pub slots: usize,
}

/// A compiled derived-predicate rule.
#[derive(Clone, Debug)]
pub struct CDerived {
    pub pred: u32,
    pub domains: Vec<Vec<ObjId>>,
    pub body: CFormula,
    pub slots: usize,
}
