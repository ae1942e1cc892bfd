//! `herbrand rules` driven as a user drives it: exit statuses, inputs given as files, standard
//! input, and the option files (`--expect`, `--kg`, `--facts`).

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_herbrand");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/rules");

fn data(rel: &str) -> String {
    format!("{DATA}/{rel}")
}

fn herbrand(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run herbrand")
}

fn status(out: &Output) -> i32 {
    out.status.code().expect("exit status")
}

fn report(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

#[test]
fn exit_statuses_follow_the_verdict() {
    assert_eq!(status(&herbrand(&["rules", &data("family.pl")])), 0);
    assert_eq!(status(&herbrand(&["rules", &data("undefined.pl")])), 1);
    assert_eq!(status(&herbrand(&["rules", &data("syntax.pl")])), 2);
    assert_eq!(status(&herbrand(&["rules", &data("runaway.pl"), "--max-ground-atoms", "100"])), 3);
    assert_eq!(status(&herbrand(&["rules", &data("family.pl"), "--facts", "no-equals-sign"])), 4);
    assert_eq!(status(&herbrand(&["rules", &data("family.pl"), "--expect", "/nonexistent/file"])), 4);
}

#[test]
fn queries_expectations_and_proofs() {
    let out = herbrand(&[
        "rules",
        &data("expect-family.pl"),
        "--expect",
        &data("expect-family.expect"),
        "--query",
        "grandparent(tom, X)",
        "--proofs",
        "--format",
        "json",
    ]);
    assert_eq!(status(&out), 1);
    let r = report(&out);
    assert_eq!(r["detail"]["queries"][0]["answers"][0]["bindings"]["X"], "ann");
    assert_eq!(r["detail"]["queries"][0]["answers"][0]["proof"][0]["fact"], "grandparent(tom, ann)");
    let unmet: Vec<&str> = r["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(unmet, ["rules/expected-fact-missing", "rules/unexpected-fact"]);
}

#[test]
fn facts_from_tsv_and_a_program_from_stdin() {
    let dir = std::env::temp_dir().join(format!("herbrand-rules-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let edges = dir.join("edges.tsv");
    std::fs::write(&edges, "1\t2\n2\t3\n3\t4\n").unwrap();
    let spec = format!("edge={}", edges.display());
    let mut child = Command::new(BIN)
        .args(["rules", "-", "--facts", &spec, "--query", "path(1, X)", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"path(X, Y) :- edge(X, Y).\npath(X, Z) :- path(X, Y), edge(Y, Z).\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(status(&out), 0, "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(report(&out)["detail"]["queries"][0]["answer_count"], 3);
}

#[test]
fn chain_rules_are_scored_against_a_kg() {
    let out = herbrand(&["rules", &data("kg-rules.txt"), "--kg", &data("kg.tsv"), "--format", "json"]);
    assert_eq!(status(&out), 0);
    let rule = &report(&out)["detail"]["kg_rules"][0];
    assert_eq!(rule["rule"], "grandfather <-- father, father");
    // abe → homer → {bart, lisa}: both head facts are predicted, and nothing else.
    assert_eq!(rule["support"], 2);
    assert_eq!(rule["coverage"], 1.0);
    assert_eq!(rule["confidence"], 1.0);
    assert_eq!(rule["pca_confidence"], 1.0);
}
