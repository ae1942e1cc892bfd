//! What went wrong in a run, as data: a failing step and its fault, the advice and the verified
//! repair found for it, a goal failure, and the outcome of a whole run.
//!
//! These values are built by the simulation (`simulator`, `temporal`) and turned into
//! diagnostics by `step` and `report`; they hold no text that is not already final.

use serde_json::Value;

use super::temporal;
use crate::pddl::advice::{self, Failure};
use crate::pddl::eval::*;
use crate::report::Diagnostic;

/// What went wrong at a step.
#[derive(Debug)]
pub(super) enum StepFault {
    Malformed,
    UnknownAction,
    Arity {
        want: usize,
    },
    UnknownObject {
        arg: usize,
    },
    Type {
        arg: usize,
        param: usize,
    },
    Precondition {
        failures: Vec<Failure>,
    },
    Undefined {
        error: EvalError,
        failures: Vec<Failure>,
    },
    Interferes {
        with: usize,
        reason: String,
    },
    /// The `[d]` of a durative step breaks the `:duration` constraint; `want` when it fixes one value.
    Duration {
        failures: Vec<Failure>,
        want: Option<f64>,
    },
    /// A durative step without `[d]`.
    MissingDuration {
        want: Option<f64>,
    },
    /// The `over all` condition is false after a happening inside the step's interval.
    Invariant {
        failures: Vec<Failure>,
    },
    /// Interferes with another point of its happening (a step's point, or a TIL when `with`
    /// is `None`); `other` names the other point's kind.
    Mutex {
        with: Option<usize>,
        other: &'static str,
        reason: String,
    },
}

#[derive(Debug)]
pub(super) struct StepFailure {
    pub(super) step: usize,
    pub(super) action: Option<usize>,
    pub(super) fault: StepFault,
    /// Relevant part of the state, and the achievers of missing facts.
    pub(super) state: Vec<String>,
    pub(super) advice: Vec<Advice>,
    /// How to repair the step, best first.
    pub(super) repair: Option<Repair>,
    /// The same action with one argument changed, applicable now.
    pub(super) variants: Vec<String>,
    /// In a temporal plan: which point of the step failed, and when.
    pub(super) moment: Option<temporal::Moment>,
}

impl StepFailure {
    /// A failure with no advice, repair or time yet.
    pub(super) fn new(step: usize, action: Option<usize>, fault: StepFault) -> StepFailure {
        StepFailure {
            step,
            action,
            fault,
            state: Vec::new(),
            advice: Vec::new(),
            variants: Vec::new(),
            repair: None,
            moment: None,
        }
    }

    /// The same failure at a point of a temporal plan.
    pub(super) fn at(self, moment: temporal::Moment) -> StepFailure {
        StepFailure { moment: Some(moment), ..self }
    }
}

/// What would make one false literal true.
#[derive(Debug)]
pub(super) struct Advice {
    /// The fact as it must become: `(holding c)` or `(not (clear b))`.
    pub(super) fact: String,
    /// For a derived predicate: why its rule does not hold (its achievers are those of the
    /// rule's first false base literal).
    pub(super) derived: Option<String>,
    pub(super) achievers: Vec<advice::Achiever>,
}

/// A repair for a failing step, verified against the state where it applies.
#[derive(Debug)]
pub(super) enum Repair {
    /// A step of the same happening makes the fact true: give the failing step a later time.
    Retime { with: usize, time: f64 },
    /// A later step makes the failing step applicable: move it before (at `time` when stamped).
    Move { from: usize, time: Option<f64> },
    /// An applicable action makes the failing step applicable: insert it.
    Insert { step: String, time: Option<f64> },
    /// The same action with other arguments applies now.
    Replace { step: String },
    /// Start the (temporal) step at `time`, just after the happening at `after` that makes
    /// its conditions true.
    /// `merged`: the providing point joined the step's happening (it lies within a tenth of
    /// this tolerance).
    Shift { time: f64, after: f64, merged: Option<f64> },
}

#[derive(Default)]
pub(super) struct Outcome {
    pub(super) failures: Vec<StepFailure>,
    pub(super) goal: Option<GoalFailure>,
    /// The budget stopped the run.
    pub(super) out_of_budget: Option<Diagnostic>,
    pub(super) final_value: Option<f64>,
    pub(super) trace: Vec<Value>,
    pub(super) happenings: usize,
    pub(super) executed: usize,
}

pub(super) struct GoalFailure {
    pub(super) failures: Vec<Failure>,
    pub(super) last_change: Vec<Option<usize>>,
    pub(super) advice: Vec<Advice>,
    pub(super) error: Option<EvalError>,
}
