//! "Did you mean …?" — the nearest known name to a misspelled one.
//!
//! Nearness is normalised Damerau-Levenshtein similarity (strsim), case-insensitive, with a
//! threshold so that unrelated names are never suggested.

/// The candidate closest to `word`, if any is close enough to be a plausible misspelling.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if lower == word {
            continue;
        }
        let mut score = strsim::normalized_damerau_levenshtein(&word, &lower);
        // A plural, a dropped separator or a prefix ("pickup" / "pick-up") counts as close.
        let squash = |s: &str| s.replace(['-', '_'], "");
        if squash(&word) == squash(&lower) || word.trim_end_matches('s') == lower.trim_end_matches('s') {
            score = score.max(0.9);
        }
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((candidate, score));
        }
    }
    best.filter(|&(_, s)| s >= 0.6).map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_near_names_only() {
        let names = ["pick-up", "put-down", "stack", "unstack"];
        assert_eq!(closest("pickup", names), Some("pick-up"));
        assert_eq!(closest("stak", names), Some("stack"));
        assert_eq!(closest("fly", names), None);
        assert_eq!(closest(":predicate", [":predicates", ":types"]), Some(":predicates"));
    }
}
