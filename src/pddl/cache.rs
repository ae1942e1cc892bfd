//! Front ends kept between checks: servers validate many plans against the same domain and
//! problem (an RL pipeline sends thousands of candidate plans for one task), so the domain and
//! problem are read, lowered and linted once and shared.
//!
//! Invariants: an entry is used only for byte-identical domain and problem texts and an equal
//! [`Budget`], so a Report is the same as from a fresh [`load`] (the front end is deterministic,
//! and the suggestion budget it left is restored, see [`super::validate::validate_plan_loaded`]).
//! Memory is bounded: at most [`FrontEnds::CAPACITY`] entries, and only inputs of at most
//! [`FrontEnds::MAX_CACHED_BYTES`] are kept (larger ones cost far more to check than to read).

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use rustc_hash::FxHasher;

use super::{load, Loaded};
use crate::limits::{Budget, Ctx};
use crate::source::SourceFile;

struct Entry {
    hash: u64,
    budget: Budget,
    loaded: Arc<Loaded>,
}

/// A small, thread-safe cache of loaded domain + problem pairs.
#[derive(Default)]
pub struct FrontEnds {
    entries: Mutex<Vec<Entry>>,
}

impl FrontEnds {
    /// Most front ends kept; the oldest is dropped first.
    pub const CAPACITY: usize = 32;
    /// Largest domain + problem kept, in bytes.
    pub const MAX_CACHED_BYTES: usize = 1 << 20;

    /// The loaded front end for these texts, from the cache or read now.
    pub fn get_or_load(&self, domain: String, problem: String, ctx: &Ctx) -> Arc<Loaded> {
        let budget = ctx.budget();
        if domain.len() + problem.len() > Self::MAX_CACHED_BYTES {
            return Arc::new(fresh(domain, problem, ctx));
        }
        let hash = {
            let mut h = FxHasher::default();
            domain.hash(&mut h);
            problem.hash(&mut h);
            h.finish()
        };
        let same = |e: &Entry| {
            e.hash == hash
                && e.budget == *budget
                && e.loaded.domain_src.text() == domain
                && e.loaded.problem_src.as_ref().is_some_and(|p| p.text() == problem)
        };
        if let Some(hit) = self.lock().iter().find(|e| same(e)) {
            return hit.loaded.clone();
        }
        // Read outside the lock: other threads go on meanwhile (two may read the same pair once).
        let loaded = Arc::new(fresh(domain, problem, ctx));
        if loaded.out_of_budget {
            // A budget (possibly the wall clock) stopped the load: never serve it to another call.
            return loaded;
        }
        let mut entries = self.lock();
        if entries.len() >= Self::CAPACITY {
            entries.remove(0);
        }
        entries.push(Entry { hash, budget: budget.clone(), loaded: loaded.clone() });
        loaded
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Entry>> {
        // A panic while holding the lock cannot leave the Vec inconsistent; keep using it.
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn fresh(domain: String, problem: String, ctx: &Ctx) -> Loaded {
    load(Arc::new(SourceFile::new("domain", domain)), Some(Arc::new(SourceFile::new("problem", problem))), ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pddl::validate::{validate_plan, validate_plan_loaded};
    use crate::PlanOptions;

    const DOMAIN: &str = "(define (domain d) (:predicates (p ?x) (q)) \
        (:action a :parameters (?x) :precondition (p ?x) :effect (q)))";
    const PROBLEM: &str = "(define (problem t) (:domain d) (:objects o1 o2) (:init (p o1)) (:goal (q)))";

    fn json(report: &crate::Report) -> String {
        let mut report = report.clone();
        report.drop_timings();
        serde_json::to_string(&report).unwrap_or_default()
    }

    #[test]
    fn a_cached_front_end_gives_the_same_report() {
        let cache = FrontEnds::default();
        let budget = Budget::default();
        let options = PlanOptions::default();
        for plan in ["(a o1)\n", "(a o2)\n", "(b o1)\n", "(a o3)\n", ""] {
            let fresh = validate_plan(
                SourceFile::new("domain", DOMAIN),
                SourceFile::new("problem", PROBLEM),
                SourceFile::new("plan", plan),
                &budget,
                &options,
            );
            for _ in 0..2 {
                let ctx = Ctx::new(&budget);
                let loaded = cache.get_or_load(DOMAIN.to_string(), PROBLEM.to_string(), &ctx);
                let cached = validate_plan_loaded(&ctx, &loaded, SourceFile::new("plan", plan), &options);
                assert_eq!(json(&cached), json(&fresh), "plan {plan:?}");
            }
        }
        assert_eq!(cache.lock().len(), 1);
    }

    #[test]
    fn entries_are_keyed_by_text_and_budget_and_bounded() {
        let cache = FrontEnds::default();
        let ctx = Ctx::new(&Budget::default());
        let a = cache.get_or_load(DOMAIN.to_string(), PROBLEM.to_string(), &ctx);
        let b = cache.get_or_load(DOMAIN.to_string(), PROBLEM.to_string(), &ctx);
        assert!(Arc::ptr_eq(&a, &b));
        let tight = Ctx::new(&Budget { max_depth: 2, ..Budget::default() });
        let c = cache.get_or_load(DOMAIN.to_string(), PROBLEM.to_string(), &tight);
        assert!(!Arc::ptr_eq(&a, &c), "another budget is another entry");
        assert!(c.out_of_budget);
        for i in 0..2 * FrontEnds::CAPACITY {
            cache.get_or_load(DOMAIN.to_string(), format!("{PROBLEM} ; {i}"), &ctx);
        }
        assert_eq!(cache.lock().len(), FrontEnds::CAPACITY);
    }
}
