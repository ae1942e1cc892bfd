//! # herbrand
//!
//! herbrand checks what language models produce in symbolic form — PDDL domains, problems and
//! plans, first-order logic, rule sets — and answers with one [`Report`]: a verdict, a summary,
//! and located, actionable diagnostics with stable codes (see [`report::codes`]), rendered for
//! humans, machines (JSON) or a model's next prompt.
//!
//! Every check is one function returning a [`Report`]; none prints or exits.
//!
//! ```
//! use herbrand::{check_pddl, Budget, SourceFile, Verdict};
//!
//! let domain = SourceFile::new("domain", "(define (domain d) (:predicates (p)) \
//!     (:action a :parameters () :precondition (p) :effect (not (p))))");
//! let report = check_pddl(domain, None, &Budget::default());
//! assert_eq!(report.verdict, Verdict::Valid);
//! ```

pub mod fol;
pub mod input;
pub mod limits;
pub mod pddl;
pub mod report;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod source;
pub mod suggest;
pub mod tools;

pub use fol::{check_fol, fol_equivalent, FolOptions};
pub use limits::Budget;
pub use pddl::check_pddl;
pub use pddl::validate::{validate_plan, PlanOptions};
pub use report::{Diagnostic, Kind, Report, Severity, Verdict};
pub use rules::{check_rules, RulesOptions};
pub use source::{SourceFile, Span};
