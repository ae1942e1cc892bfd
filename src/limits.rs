//! Budgets: the limits every engine runs under.
//!
//! One [`Budget`] is passed to every check. Exceeding any limit yields verdict `unknown` with a
//! `limit/...` diagnostic naming the budget and how to raise it — never a hang, a crash or an
//! exhausted machine. Defaults are generous for real inputs (a million-step plan fits) and small
//! enough that a hostile input cannot take the machine down.

use std::cell::Cell;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::report::{codes, Diagnostic};

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
    /// Wall-clock time one check may take, in milliseconds (0: no limit). Every engine polls it
    /// through [`Ctx::out_of_time`]; running out gives `unknown` with `limit/time`.
    pub max_time_ms: u64,
    /// Bytes the tables of one check may grow to (grounding, rule evaluation, search), charged
    /// through [`Ctx::charge_memory`]; running out gives `unknown` with `limit/memory`.
    pub max_memory_bytes: u64,
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
            max_time_ms: 10_000,
            max_memory_bytes: 512 * 1024 * 1024,
        }
    }
}

impl Budget {
    /// `limit/input-bytes` when `src` (named `what` in the message, e.g. "the plan") is larger
    /// than [`Budget::max_input_bytes`]: the check does not read it and answers `unknown`.
    pub fn input_too_large(&self, src: &crate::source::SourceFile, what: &str) -> Option<Diagnostic> {
        (src.text().len() > self.max_input_bytes).then(|| {
            Diagnostic::new(
                &codes::LIMIT_INPUT_BYTES,
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

/// The context one check runs in: its [`Budget`], its wall clock and its meters.
///
/// A check creates one `Ctx` when it starts and passes `&Ctx` down to every engine, so nothing a
/// check spends or learns outlives it: two checks never share a meter, whatever thread or order
/// they run in, and a Report depends only on the check's input (and, for `limit/time`, on how
/// long the machine took). The meters are `Cell`s: a check runs on one thread.
#[derive(Debug)]
pub struct Ctx {
    budget: Budget,
    started: Instant,
    deadline: Option<Instant>,
    /// Calls to [`Ctx::out_of_time`] since the clock was last read.
    polls: Cell<u32>,
    /// Set once the deadline has passed: every later poll answers `true` without the clock.
    expired: Cell<bool>,
    /// Name comparisons left for did-you-mean suggestions (see [`crate::suggest`]).
    suggestions: Cell<u64>,
    /// Bytes charged against [`Budget::max_memory_bytes`].
    memory: Cell<u64>,
}

/// How many polls of [`Ctx::out_of_time`] pass between two reads of the clock.
const POLLS_PER_CLOCK_READ: u32 = 1024;

impl Ctx {
    /// A fresh context: the clock starts now, every meter is full.
    pub fn new(budget: &Budget) -> Ctx {
        let started = Instant::now();
        let deadline =
            (budget.max_time_ms > 0).then(|| started.checked_add(Duration::from_millis(budget.max_time_ms))).flatten();
        Ctx {
            budget: budget.clone(),
            started,
            deadline,
            polls: Cell::new(0),
            expired: Cell::new(false),
            suggestions: Cell::new(crate::suggest::COMPARISON_BUDGET),
            memory: Cell::new(0),
        }
    }

    /// The budget this check runs under.
    pub fn budget(&self) -> &Budget {
        &self.budget
    }

    /// When the check started.
    pub fn started(&self) -> Instant {
        self.started
    }

    /// Whether the wall-clock budget has run out. Cheap: the clock is read once every
    /// [`POLLS_PER_CLOCK_READ`] calls, so poll it in every loop whose length the input controls.
    pub fn out_of_time(&self) -> bool {
        if self.expired.get() {
            return true;
        }
        let Some(deadline) = self.deadline else { return false };
        let polls = self.polls.get() + 1;
        if polls < POLLS_PER_CLOCK_READ {
            self.polls.set(polls);
            return false;
        }
        self.polls.set(0);
        self.check_clock(deadline)
    }

    /// Like [`Ctx::out_of_time`], but reads the clock now (for coarse loops whose every turn is
    /// expensive, such as solver calls).
    pub fn out_of_time_now(&self) -> bool {
        match self.deadline {
            _ if self.expired.get() => true,
            Some(deadline) => self.check_clock(deadline),
            None => false,
        }
    }

    fn check_clock(&self, deadline: Instant) -> bool {
        let expired = Instant::now() >= deadline;
        self.expired.set(expired);
        expired
    }

    /// Wall-clock time left, `None` when the check has no time budget.
    pub fn time_left(&self) -> Option<Duration> {
        self.deadline.map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// Charge `bytes` of table growth against the memory budget; `false` once it is spent.
    pub fn charge_memory(&self, bytes: u64) -> bool {
        let used = self.memory.get().saturating_add(bytes);
        self.memory.set(used);
        used <= self.budget.max_memory_bytes
    }

    /// Bytes charged so far.
    pub fn memory_used(&self) -> u64 {
        self.memory.get()
    }

    /// Take `n` did-you-mean comparisons from this check's allowance; `false` when it is spent.
    pub fn spend_suggestions(&self, n: u64) -> bool {
        let left = self.suggestions.get();
        self.suggestions.set(left.saturating_sub(n));
        left >= n
    }

    /// Comparisons left for suggestions.
    pub fn suggestions_left(&self) -> u64 {
        self.suggestions.get()
    }

    /// Resume from an allowance left by earlier work that this check stands in for (a front end
    /// loaded once and reused: its Report must equal a fresh load's).
    pub fn set_suggestions_left(&self, left: u64) {
        self.suggestions.set(left);
    }

    /// The `limit/time` diagnostic: the check did not finish within `max_time_ms`.
    pub fn time_limit(&self) -> Diagnostic {
        Diagnostic::new(
            &codes::LIMIT_TIME,
            format!("the check did not finish within its time budget of {} ms", self.budget.max_time_ms),
        )
        .help("raise the budget with --max-time-ms (the `max_time_ms` argument), or send a smaller input")
    }

    /// The `limit/memory` diagnostic: tables grew past `max_memory_bytes`.
    pub fn memory_limit(&self) -> Diagnostic {
        Diagnostic::new(
            &codes::LIMIT_MEMORY,
            format!("the check needed more than its memory budget of {} bytes", self.budget.max_memory_bytes),
        )
        .help("raise the budget with --max-memory-bytes (the `max_memory_bytes` argument), or send a smaller input")
    }
}
