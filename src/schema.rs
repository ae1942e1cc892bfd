//! The published JSON Schema of the [`Report`], generated from the Rust types (schemars), never
//! written by hand.
//!
//! `herbrand schema` prints it, the MCP server gives it as every tool's `outputSchema`, and it is
//! committed as `schema/report.schema.json`; a test keeps the file current and validates the
//! Reports the test suite produces against it.

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

use crate::report::Report;

/// The Report's schema (JSON Schema 2020-12), describing the JSON a Report serializes to.
pub fn report_schema() -> Map<String, Value> {
    let schema = SchemaSettings::draft2020_12().for_serialize().into_generator().into_root_schema_for::<Report>();
    match schema.to_value() {
        Value::Object(map) => map,
        // A struct's schema is always an object; keep the signature total anyway.
        other => Map::from_iter([("allOf".to_string(), Value::Array(vec![other]))]),
    }
}

/// The schema as `herbrand schema` prints it and `schema/report.schema.json` holds it:
/// pretty-printed, ending with a newline.
pub fn report_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&report_schema()).unwrap_or_default();
    text.push('\n');
    text
}
