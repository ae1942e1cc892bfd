//! The Reports of requests that could not be run (MCP tool calls and batch lines), in all three
//! renderings: each names what is wrong and how to write the request instead.

use herbrand::report::render::{render, Format};
use herbrand::serve::batch::handle_line;
use herbrand::tools::{self, Outcome, Session};
use herbrand::{Kind, Verdict};
use serde_json::json;

fn snapshots(name: &str, outcome: Outcome) {
    assert!(outcome.is_error, "{name}: a request that could not be run is marked is_error");
    let mut report = outcome.report;
    insta::assert_snapshot!(format!("{name}__human"), render(&report, Format::Human, false));
    insta::assert_snapshot!(format!("{name}__llm"), render(&report, Format::Llm, false));
    report.zero_timings();
    insta::assert_snapshot!(format!("{name}__json"), render(&report, Format::Json, false));
}

fn line(text: &str) -> Outcome {
    handle_line(&Session::default(), 3, text.as_bytes()).2
}

#[test]
fn a_line_that_is_not_json_points_where_parsing_stopped() {
    let outcome = line(r#"{"id": 1, "tool": "check_pddl", "arguments": {"domain": "(define"#);
    assert_eq!((outcome.report.kind, outcome.report.verdict), (Kind::Request, Verdict::Error));
    let d = outcome.report.find("request/malformed-json").expect("request/malformed-json");
    assert_eq!(d.file.as_deref(), Some("request"));
    snapshots("malformed_json", outcome);
}

#[test]
fn a_line_that_is_not_a_request_object() {
    let outcome = line(r#"["validate_plan", "(define (domain d))"]"#);
    assert_eq!(outcome.report.codes(), ["request/malformed"]);
    snapshots("malformed_request", outcome);
}

#[test]
fn an_mcp_style_name_key_is_pointed_out() {
    let outcome = line(r#"{"id": 1, "name": "check_pddl", "arguments": {}}"#);
    assert!(outcome.report.diagnostics[0].help.as_deref().unwrap_or("").contains("`tool`"));
    snapshots("name_instead_of_tool", outcome);
}

#[test]
fn an_empty_line() {
    let outcome = line("  ");
    assert_eq!(outcome.report.codes(), ["request/empty-line"]);
    snapshots("empty_line", outcome);
}

#[test]
fn an_unknown_tool_gets_the_nearest_name() {
    snapshots("unknown_tool", tools::call("validate-plan", json!({})));
}

#[test]
fn a_missing_argument_is_named_with_the_ones_the_tool_takes() {
    let outcome =
        tools::call("validate_plan", json!({"domain": "(define (domain d))", "problem": "(define (problem p))"}));
    assert_eq!(outcome.report.kind, Kind::Plan);
    snapshots("missing_argument", outcome);
}

#[test]
fn a_misspelled_option_is_not_ignored() {
    let outcome = tools::call("validate_plan", json!({"domain": "", "problem": "", "plan": "", "keepgoing": true}));
    assert!(outcome.report.summary.contains("did you mean `keep_going`"), "{}", outcome.report.summary);
    snapshots("unknown_argument", outcome);
}

#[test]
fn an_input_over_the_budget_is_refused_before_checking() {
    let outcome = tools::call("check_pddl", json!({"domain": "(define (domain d))", "max_input_bytes": 10}));
    assert_eq!(outcome.report.verdict, Verdict::Unknown);
    snapshots("oversized_argument", outcome);
}
