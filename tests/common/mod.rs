//! Helpers shared by the integration tests of the servers and the schema.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_herbrand");

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The committed schema, compiled once.
pub fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema: Value = serde_json::from_str(&read("schema/report.schema.json")).expect("the schema is JSON");
        jsonschema::validator_for(&schema).expect("the schema compiles")
    })
}

/// Fail with every violation if `report` does not validate against `schema/report.schema.json`.
pub fn assert_valid_report(report: &Value, context: &str) {
    let errors: Vec<String> =
        validator().iter_errors(report).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(
        errors.is_empty(),
        "{context}: the Report does not match schema/report.schema.json:\n{}",
        errors.join("\n")
    );
}

/// A blocksworld / gripper triple from the bundled domains, as texts.
pub fn triple(domain: &str, problem: &str, plan: &str) -> (String, String, String) {
    (
        read(format!("domains/{domain}/domain.pddl")),
        read(format!("domains/{domain}/{problem}.pddl")),
        read(format!("domains/{domain}/plans/{plan}.plan")),
    )
}
