//! Formulas, effects and numeric expressions compiled against a
//! [`World`](super::state::World), and their evaluation in a [`State`](super::state::State).
//!
//! Compilation resolves every name once: variables become slots of an environment (parameters
//! first, then quantified variables by depth), constants become object ids, predicates and
//! functions become ids. Evaluation then touches only integers. Undefined numeric values and
//! arithmetic errors are values ([`EvalError`]), never panics. Derived predicates are computed
//! per state by a stratified fixpoint ([`DerivedRules::compute`]).
//!
//! Files: `compiled` (the compiled forms), `compile` (AST → compiled), `evaluate` ([`Eval`]),
//! `derived` (derived predicates).

mod compile;
mod compiled;
mod derived;
mod evaluate;

pub use compile::Compiler;
pub use compiled::{CAction, CDerived, CDurative, CEffect, CFormula, CNum, CTerm, EvalError, Preference, QVar};
pub use derived::DerivedRules;
pub use evaluate::{compare, format_number, Eval};
