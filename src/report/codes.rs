//! The registry of stable diagnostic codes.
//!
//! Every code is `area/kebab-name`, stable once released, and documented in four parts — what it
//! means, why it matters, an example, the fix — which `herbrand explain CODE` prints. Checks
//! refer to codes through the constants below, never by string, so a code cannot be used without
//! being documented here; a test checks that names are unique and well-formed.

use super::Severity;

/// One diagnostic code and its documentation.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
}

impl Code {
    /// The full documentation, as `herbrand explain` prints it.
    pub fn doc(&self) -> String {
        format!(
            "{name} ({severity}): {title}\n\n## What it means\n{what}\n\n## Why it matters\n{why}\n\n## Example\n{example}\n\n## Fix\n{fix}\n",
            name = self.name,
            severity = self.severity.as_str(),
            title = self.title,
            what = self.what.trim(),
            why = self.why.trim(),
            example = self.example.trim_matches('\n'),
            fix = self.fix.trim(),
        )
    }
}

/// Look a code up by its name.
pub fn lookup(name: &str) -> Option<&'static Code> {
    let name = name.trim();
    all().find(|c| c.name.eq_ignore_ascii_case(name))
}

macro_rules! codes {
    ($list:ident; $( $id:ident = $name:literal, $sev:ident, $title:literal,
        what: $what:literal, why: $why:literal, example: $ex:literal, fix: $fix:literal; )*) => {
        $( pub const $id: Code = Code {
            name: $name, severity: Severity::$sev, title: $title,
            what: $what, why: $why, example: $ex, fix: $fix,
        }; )*
        const $list: &[&Code] = &[ $(&$id),* ];
    };
}

include!("codes_input.rs");
include!("codes_pddl.rs");
include!("codes_plan.rs");
include!("codes_fol.rs");
include!("codes_rules.rs");
include!("codes_request.rs");

/// Every code, in registry order.
pub fn all() -> impl Iterator<Item = &'static Code> {
    [INPUT, PDDL, PLAN, FOL, RULES, REQUEST].into_iter().flatten().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for code in all() {
            assert!(seen.insert(code.name), "duplicate code {}", code.name);
            let (area, name) = code.name.split_once('/').expect("area/name");
            assert!(!area.is_empty() && !name.is_empty(), "{}", code.name);
            assert!(
                code.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/'),
                "{} is not kebab-case",
                code.name
            );
            for part in [code.title, code.what, code.why, code.example, code.fix] {
                assert!(!part.trim().is_empty(), "{} has an empty doc part", code.name);
            }
        }
    }

    #[test]
    fn lookup_is_case_insensitive() {
        assert_eq!(lookup("PDDL/Unclosed-Paren").map(|c| c.name), Some("pddl/unclosed-paren"));
        assert!(lookup("pddl/nope").is_none());
    }
}
