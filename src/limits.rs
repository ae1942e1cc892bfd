//! Budgets: the limits every engine runs under.
//!
//! One [`Budget`] is passed to every check. Exceeding any limit yields verdict `unknown` with a
//! `limit/...` diagnostic naming the budget and how to raise it — never a hang, a crash or an
//! exhausted machine. Defaults are generous for real inputs (a million-step plan fits) and small
//! enough that a hostile input cannot take the machine down.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Budget {
    /// Largest accepted input file, in bytes.
    pub max_input_bytes: usize,
    /// Most plan steps executed / fixpoint rounds / search steps.
    pub max_steps: u64,
    /// Most ground atoms or ground instances created by grounding quantifiers and derived
    /// predicates.
    pub max_ground_atoms: u64,
    /// Deepest nesting of parentheses or formulas.
    pub max_depth: usize,
    /// Z3 resource limit (deterministic).
    pub solver_rlimit: u64,
    /// Z3 wall-clock timeout, a backstop to the rlimit.
    pub solver_timeout_ms: u64,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            max_input_bytes: 256 * 1024 * 1024,
            max_steps: 10_000_000,
            max_ground_atoms: 20_000_000,
            max_depth: 1_000,
            solver_rlimit: 5_000_000,
            solver_timeout_ms: 10_000,
        }
    }
}

impl Budget {
    /// `limit/input-bytes` when `src` (named `what` in the message, e.g. "the plan") is larger
    /// than [`Budget::max_input_bytes`]: the check does not read it and answers `unknown`.
    pub fn input_too_large(&self, src: &crate::source::SourceFile, what: &str) -> Option<crate::report::Diagnostic> {
        (src.text().len() > self.max_input_bytes).then(|| {
            crate::report::Diagnostic::new(
                &crate::report::codes::LIMIT_INPUT_BYTES,
                format!(
                    "{what} is {} bytes, over the input budget of {} bytes",
                    src.text().len(),
                    self.max_input_bytes
                ),
            )
            .in_file(src)
            .help("raise the budget with --max-input-bytes")
        })
    }
}
