//! "Did you mean …?" — the nearest known name to a misspelled one.
//!
//! Nearness is normalised Damerau-Levenshtein similarity (strsim), case-insensitive, raised for
//! the slips people and models make most: a plural or another inflection (`:typed` for
//! `:typing`), a dropped separator (`pickup` for `pick-up`) and a prefix at a word boundary
//! (`fuel-level` for `fuel`). A threshold keeps unrelated names out, and when two different
//! candidates are equally near, none is suggested: a coin toss would mislead more than it helps.

//!
//! Suggestions are bounded: each check has an allowance of name comparisons in its
//! [`Ctx`](crate::limits::Ctx), so a file with thousands of undefined names against thousands of
//! declared ones costs seconds at most; past the allowance, diagnostics simply carry no
//! suggestion. The allowance belongs to the check, so one check's suggestions never depend on
//! what ran before it.

use crate::limits::Ctx;

/// Name comparisons one check may spend on suggestions.
pub const COMPARISON_BUDGET: u64 = 1_000_000;

/// The candidate closest to `word`, if one is close enough to be a plausible misspelling and
/// no other candidate is as close.
pub fn closest<'a>(ctx: &Ctx, word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let mut best: Option<(&str, String, f64)> = None;
    let mut tied = false;
    for candidate in candidates {
        if !ctx.spend_suggestions(1) {
            return None;
        }
        let lower = if candidate.bytes().any(|c| c.is_ascii_uppercase()) || !candidate.is_ascii() {
            candidate.to_lowercase()
        } else {
            candidate.to_string()
        };
        if lower == word {
            continue;
        }
        let score = similarity(&word, &lower);
        match &best {
            Some((_, name, s)) if score == *s => tied |= *name != lower,
            Some((_, _, s)) if score < *s => {}
            _ => {
                best = Some((candidate, lower, score));
                tied = false;
            }
        }
    }
    best.filter(|&(_, _, s)| s >= 0.6 && !tied).map(|(c, _, _)| c)
}

/// Similarity of two lower-cased names in `0.0..=1.0`.
fn similarity(word: &str, candidate: &str) -> f64 {
    let mut score = strsim::normalized_damerau_levenshtein(word, candidate);
    let squash = |s: &str| s.replace(['-', '_'], "");
    if squash(word) == squash(candidate) || word.trim_end_matches('s') == candidate.trim_end_matches('s') {
        score = score.max(0.9);
    }
    if stem(word) == stem(candidate) {
        score = score.max(0.85);
    }
    let (short, long) = if word.len() <= candidate.len() { (word, candidate) } else { (candidate, word) };
    if short.chars().filter(|c| c.is_alphanumeric()).count() >= 3
        && long.strip_prefix(short).is_some_and(|rest| rest.starts_with(['-', '_']))
    {
        score = score.max(0.7);
    }
    score
}

/// A crude English stem: `typed`, `typing` and `types` all become `typ`.
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                return rest;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use crate::limits::{Budget, Ctx};

    fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        super::closest(&Ctx::new(&Budget::default()), word, candidates)
    }

    #[test]
    fn suggests_near_names_only() {
        let names = ["pick-up", "put-down", "stack", "unstack"];
        assert_eq!(closest("pickup", names), Some("pick-up"));
        assert_eq!(closest("stak", names), Some("stack"));
        assert_eq!(closest("fly", names), None);
        assert_eq!(closest(":predicate", [":predicates", ":types"]), Some(":predicates"));
    }

    #[test]
    fn other_inflections_count_as_near() {
        let flags = [":strips", ":typing", ":negative-preconditions", ":equality"];
        assert_eq!(closest(":typed", flags), Some(":typing"));
        assert_eq!(closest(":types", flags), Some(":typing"));
    }

    #[test]
    fn a_prefix_at_a_word_boundary_counts_as_near() {
        assert_eq!(closest("fuel-level", ["fuel", "distance"]), Some("fuel"));
        assert_eq!(closest("total-costs", ["total-cost"]), Some("total-cost"));
        // Too short to mean anything: `at` is not suggested for `at-robot`.
        assert_eq!(closest("at-robot", ["at", "in"]), None);
    }

    #[test]
    fn equally_near_candidates_give_no_suggestion() {
        assert_eq!(closest("roomc", ["rooma", "roomb"]), None);
        // The same name offered twice is not a tie.
        assert_eq!(closest("rooom", ["room", "room"]), Some("room"));
    }
}
