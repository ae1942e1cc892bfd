//! The `herbrand` binary, driven as a user drives it: exit statuses, standard input, formats and
//! `herbrand explain`.
//!
//! Exit statuses: 0 valid, 1 invalid, 2 malformed input, 3 unknown (a budget ran out), 4 usage
//! or internal error.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_herbrand");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pddl");

fn data(rel: &str) -> String {
    format!("{DATA}/{rel}")
}

fn herbrand(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run herbrand")
}

fn herbrand_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run herbrand");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("wait for herbrand")
}

fn status(out: &Output) -> i32 {
    out.status.code().expect("exit status")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8 stderr")
}

/// The Report of a `--format json` run.
fn report(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(out)))
}

#[test]
fn valid_domain_and_problem_exit_0() {
    let out = herbrand(&["pddl", &data("valid/blocksworld-domain.pddl"), &data("valid/blocksworld-problem.pddl")]);
    assert_eq!(status(&out), 0, "{}", stdout(&out));
    assert_eq!(stdout(&out).trim(), "valid: domain `blocksworld` and problem `blocks-3` well-formed");
}

#[test]
fn warnings_alone_still_exit_0() {
    let out = herbrand(&["pddl", &data("broken/unused-parameter.domain.pddl"), "--format", "llm"]);
    assert_eq!(status(&out), 0);
    assert!(stdout(&out).contains("[pddl/unused-parameter]"), "{}", stdout(&out));
}

#[test]
fn lint_errors_exit_1() {
    let out = herbrand(&["pddl", &data("broken/undefined-predicate.domain.pddl"), "--format", "json"]);
    assert_eq!(status(&out), 1);
    let report = report(&out);
    assert_eq!(report["verdict"], "invalid");
    assert_eq!(report["diagnostics"][0]["code"], "pddl/undefined-predicate");
    assert_eq!(report["diagnostics"][0]["span"]["line"], 9);
}

#[test]
fn malformed_input_exits_2() {
    let out = herbrand(&["pddl", &data("broken/unclosed-paren.domain.pddl"), "--format", "llm"]);
    assert_eq!(status(&out), 2);
    assert!(stdout(&out).starts_with("ERROR: "), "{}", stdout(&out));
    assert!(stdout(&out).contains("[pddl/misplaced-section] at domain:10:5"), "{}", stdout(&out));
}

#[test]
fn bytes_that_are_not_utf8_exit_2_with_a_located_diagnostic() {
    let out = herbrand(&["pddl", &data("broken/not-utf8.domain.pddl"), "--format", "json"]);
    assert_eq!(status(&out), 2);
    let report = report(&out);
    assert_eq!(report["verdict"], "error");
    assert_eq!(report["diagnostics"][0]["code"], "input/not-utf8");
    assert_eq!(report["diagnostics"][0]["span"]["column"], 17);
}

#[test]
fn an_exhausted_budget_exits_3() {
    let out = herbrand(&["pddl", &data("valid/blocksworld-domain.pddl"), "--max-depth", "3", "--format", "json"]);
    assert_eq!(status(&out), 3);
    let report = report(&out);
    assert_eq!(report["verdict"], "unknown");
    assert_eq!(report["diagnostics"][0]["code"], "limit/depth");
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let out = herbrand(&["pddl", &data("no-such-domain.pddl")]);
    assert_eq!(status(&out), 4);
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("no-such-domain.pddl"), "{}", stderr(&out));
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let out = herbrand(&["pddl", &data("valid/blocksworld-domain.pddl"), "--no-such-flag"]);
    assert_eq!(status(&out), 4);
    assert!(stderr(&out).contains("--no-such-flag"), "{}", stderr(&out));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let out = herbrand(&["pddl", &data("valid/blocksworld-domain.pddl"), "--format", "xml"]);
    assert_eq!(status(&out), 4);
    assert!(stderr(&out).contains("xml"), "{}", stderr(&out));
}

#[test]
fn dash_reads_the_domain_from_stdin() {
    let domain = std::fs::read(data("broken/undefined-variable.domain.pddl")).expect("read");
    let out = herbrand_with_stdin(&["pddl", "-", "--format", "llm"], &domain);
    assert_eq!(status(&out), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains("[pddl/undefined-variable] at domain:10:38"), "{}", stdout(&out));
}

#[test]
fn dash_reads_the_problem_from_stdin() {
    let problem = std::fs::read(data("broken/undefined-object.problem.pddl")).expect("read");
    let out = herbrand_with_stdin(&["pddl", &data("valid/blocksworld-domain.pddl"), "-", "--format", "json"], &problem);
    assert_eq!(status(&out), 1, "{}", stdout(&out));
    let report = report(&out);
    assert_eq!(report["diagnostics"][0]["code"], "pddl/undefined-object");
    assert_eq!(report["diagnostics"][0]["file"], "problem");
}

#[test]
fn human_output_names_the_file_and_never_colours_a_pipe() {
    let path = data("broken/arity-mismatch.domain.pddl");
    let out = herbrand(&["pddl", &path]);
    assert_eq!(status(&out), 1);
    let text = stdout(&out);
    assert!(text.contains(&format!("--> {path}:10:65")), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in piped output: {text:?}");
}

#[test]
fn the_three_formats_agree_on_the_verdict() {
    let args = |format: &'static str| {
        vec![
            "pddl".to_string(),
            data("broken/several-mistakes.domain.pddl"),
            data("broken/several-mistakes.problem.pddl"),
            "--format".to_string(),
            format.to_string(),
        ]
    };
    for format in ["human", "json", "llm"] {
        let argv = args(format);
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let out = herbrand(&argv);
        assert_eq!(status(&out), 1, "--format {format}");
    }
}

#[test]
fn explain_prints_the_four_parts_of_a_code() {
    let out = herbrand(&["explain", "pddl/undefined-predicate"]);
    assert_eq!(status(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("pddl/undefined-predicate (error): "), "{text}");
    let sections = ["## What it means", "## Why it matters", "## Example", "## Fix"];
    let mut last = 0;
    for section in sections {
        let at = text.find(section).unwrap_or_else(|| panic!("no `{section}` in:\n{text}"));
        assert!(at >= last, "`{section}` out of order in:\n{text}");
        last = at;
    }
}

#[test]
fn explain_is_case_insensitive() {
    let out = herbrand(&["explain", "PDDL/Unclosed-Paren"]);
    assert_eq!(status(&out), 0);
    assert!(stdout(&out).starts_with("pddl/unclosed-paren"));
}

#[test]
fn explain_list_shows_every_code() {
    let out = herbrand(&["explain", "--list"]);
    assert_eq!(status(&out), 0);
    let text = stdout(&out);
    let listed: Vec<&str> = text.lines().filter_map(|l| l.split_whitespace().next()).collect();
    let all: Vec<&str> = herbrand::report::codes::all().map(|c| c.name).collect();
    assert_eq!(listed, all);
    for code in herbrand::report::codes::all() {
        let line = text.lines().find(|l| l.split_whitespace().next() == Some(code.name)).expect("listed");
        assert!(line.contains(code.severity.as_str()) && line.contains(code.title), "{line}");
    }
}

#[test]
fn explain_an_unknown_code_suggests_the_nearest() {
    let out = herbrand(&["explain", "pddl/undefined-predicat"]);
    assert_eq!(status(&out), 4);
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("did you mean `pddl/undefined-predicate`?"), "{}", stderr(&out));
}

#[test]
fn explain_an_unrelated_code_says_where_the_list_is() {
    let out = herbrand(&["explain", "no/such-thing-at-all"]);
    assert_eq!(status(&out), 4);
    assert!(stderr(&out).contains("herbrand explain --list"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("did you mean"), "{}", stderr(&out));
}
