//! `herbrand mcp` driven as a client would: the real binary over stdio, raw JSON-RPC lines, for
//! the handshake revisions 2025-06-18 and 2025-11-25 and for the stateless 2026-07-28 revision.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{assert_valid_report, read, triple, BIN};
use herbrand::report::render::{render, Format};
use herbrand::{Budget, PlanOptions, SourceFile};
use serde_json::{json, Value};

const TIMEOUT: Duration = Duration::from_secs(60);

/// A running `herbrand mcp` and the messages it has sent.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    unclaimed: Vec<Value>,
    /// `_meta` added to every request (the stateless revision carries the client context there).
    meta: Option<Value>,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(BIN)
            .arg("mcp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start herbrand mcp");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let value: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON-RPC: {e}: {line}"));
                if sender.send(value).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Server { child, stdin, messages, unclaimed: Vec::new(), meta: None }
    }

    fn send_line(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin
            .write_all(line.as_bytes())
            .and_then(|_| stdin.write_all(b"\n"))
            .and_then(|_| stdin.flush())
            .expect("write");
    }

    fn notify(&mut self, method: &str) {
        self.send_line(&json!({"jsonrpc": "2.0", "method": method}).to_string());
    }

    /// Send a request and wait for the response with its id.
    fn request(&mut self, id: Value, method: &str, mut params: Value) -> Value {
        if let (Some(meta), Some(p)) = (&self.meta, params.as_object_mut()) {
            p.insert("_meta".to_string(), meta.clone());
        }
        self.send_line(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}).to_string());
        self.response(|m| m.get("id") == Some(&id))
    }

    /// Wait for the first message `wanted` accepts, keeping the others for later.
    fn response(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.unclaimed.iter().position(&wanted) {
            return self.unclaimed.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(m) if wanted(&m) => return m,
                Ok(m) => self.unclaimed.push(m),
                Err(e) => panic!("no response from herbrand mcp ({e}); other messages: {:?}", self.unclaimed),
            }
        }
    }

    fn call(&mut self, id: i64, tool: &str, arguments: Value) -> Value {
        let response = self.request(json!(id), "tools/call", json!({"name": tool, "arguments": arguments}));
        response.get("result").cloned().unwrap_or_else(|| panic!("tools/call {tool} failed: {response}"))
    }

    /// Close stdin: the server must exit by itself, successfully.
    fn close(mut self) -> ExitStatus {
        drop(self.stdin.take());
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("herbrand mcp did not exit after stdin closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn plan_args(domain: &str, problem: &str, plan: &str) -> Value {
    let (d, p, l) = triple(domain, problem, plan);
    json!({"domain": d, "problem": p, "plan": l})
}

/// The Report the library gives for the same triple, rendered for a prompt.
fn library_llm(domain: &str, problem: &str, plan: &str) -> String {
    let (d, p, l) = triple(domain, problem, plan);
    let report = herbrand::validate_plan(
        SourceFile::new("domain", d),
        SourceFile::new("problem", p),
        SourceFile::new("plan", l),
        &Budget::default(),
        &PlanOptions::default(),
    );
    render(&report, Format::Llm, false)
}

fn text_of(result: &Value) -> &str {
    assert_eq!(result["content"][0]["type"], "text", "{result}");
    result["content"][0]["text"].as_str().expect("text content")
}

/// What every revision must answer the same way: the tool list and the calls.
fn check_tools_and_calls(server: &mut Server) {
    let list = server.request(json!("list"), "tools/list", json!({}));
    let tools = list["result"]["tools"].as_array().unwrap_or_else(|| panic!("tools/list: {list}")).clone();
    let names: Vec<&str> = tools.iter().filter_map(|t| t["name"].as_str()).collect();
    assert_eq!(names, ["validate_plan", "check_pddl", "check_fol", "fol_equivalent", "check_rules"]);
    let report_schema: Value = serde_json::from_str(&read("schema/report.schema.json")).expect("schema");
    for tool in &tools {
        assert_eq!(tool["inputSchema"]["type"], "object", "{tool}");
        assert_eq!(tool["inputSchema"]["additionalProperties"], false, "{tool}");
        assert_eq!(tool["outputSchema"], report_schema, "the outputSchema of {} is the Report schema", tool["name"]);
        let a = &tool["annotations"];
        assert_eq!(
            (&a["readOnlyHint"], &a["idempotentHint"], &a["openWorldHint"]),
            (&json!(true), &json!(true), &json!(false))
        );
        assert_eq!(a["destructiveHint"], false);
        assert!(tool["description"].as_str().is_some_and(|d| d.len() > 50));
    }
    assert_eq!(tools[0]["inputSchema"]["required"], json!(["domain", "problem", "plan"]));
    assert_eq!(tools[1]["inputSchema"]["required"], json!(["domain"]));
    assert!(tools[0]["inputSchema"]["properties"]["max_steps"].is_object(), "budgets are arguments");

    // A valid plan.
    let valid = server.call(10, "validate_plan", plan_args("blocksworld", "p01", "p01.valid"));
    assert_eq!(valid["isError"], false);
    assert_eq!(valid["structuredContent"]["verdict"], "valid");
    assert_valid_report(&valid["structuredContent"], "valid plan");
    assert_eq!(text_of(&valid), library_llm("blocksworld", "p01", "p01.valid"));

    // An invalid plan is a verdict, not a failed call.
    let invalid = server.call(11, "validate_plan", plan_args("gripper", "p01", "p01.misspell_action"));
    assert_eq!(invalid["isError"], false);
    let report = &invalid["structuredContent"];
    assert_eq!(report["verdict"], "invalid");
    assert_eq!(report["diagnostics"][0]["code"], "plan/unknown-action");
    assert_eq!(report["diagnostics"][0]["fixes"][0]["description"], "replace `mov` with `move`");
    assert_eq!(report["detail"]["failed_step"], 3);
    assert_valid_report(report, "invalid plan");
    assert_eq!(text_of(&invalid), library_llm("gripper", "p01", "p01.misspell_action"));
    assert!(text_of(&invalid).starts_with("INVALID: step 3 `(mov rooma roomb)`"), "{}", text_of(&invalid));

    // check_pddl, with and without the optional problem.
    let domain = read("tests/data/pddl/broken/several-mistakes.domain.pddl");
    let lint = server.call(12, "check_pddl", json!({"domain": domain}));
    assert_eq!((&lint["isError"], &lint["structuredContent"]["verdict"]), (&json!(false), &json!("invalid")));
    assert_valid_report(&lint["structuredContent"], "check_pddl");
    let problem = read("tests/data/pddl/broken/several-mistakes.problem.pddl");
    let both = server.call(13, "check_pddl", json!({"domain": domain, "problem": problem}));
    assert!(
        both["structuredContent"]["diagnostics"].as_array().map_or(0, Vec::len)
            > lint["structuredContent"]["diagnostics"].as_array().map_or(0, Vec::len)
    );

    // check_fol: a label with its evidence; fol_equivalent: a distinguishing model.
    let fol = server.call(18, "check_fol", json!({"program": read("tests/data/fol/label-true.txt")}));
    assert_eq!((&fol["isError"], &fol["structuredContent"]["verdict"]), (&json!(false), &json!("valid")));
    assert_eq!(fol["structuredContent"]["detail"]["label"], "True");
    assert_eq!(fol["structuredContent"]["detail"]["core"], json!([1, 2]));
    assert_valid_report(&fol["structuredContent"], "check_fol");
    let equiv = server.call(
        19,
        "fol_equivalent",
        json!({"candidate": "∀x (Dog(x) ∧ Animal(x))", "reference": "∀x (Dog(x) → Animal(x))"}),
    );
    assert_eq!(equiv["structuredContent"]["detail"]["equivalent"], false);
    assert_eq!(equiv["structuredContent"]["detail"]["comparisons"][0]["relation"], "stronger");
    assert_valid_report(&equiv["structuredContent"], "fol_equivalent");

    // check_rules: answers to a query.
    let rules = server.call(
        20,
        "check_rules",
        json!({"program": "parent(tom, bob).\nparent(bob, ann).\ngrandparent(X, Z) :- parent(X, Y), parent(Y, Z).\n",
               "queries": ["grandparent(tom, X)"]}),
    );
    assert_eq!((&rules["isError"], &rules["structuredContent"]["kind"]), (&json!(false), &json!("rules")));
    assert!(rules["structuredContent"].to_string().contains("ann"), "{rules}");
    assert_valid_report(&rules["structuredContent"], "check_rules");

    // No verdict could be produced: isError, and the Report says why.
    let mut missing = plan_args("blocksworld", "p01", "p01.valid");
    missing.as_object_mut().map(|o| o.remove("plan"));
    let bad = server.call(14, "validate_plan", missing);
    assert_eq!(bad["isError"], true);
    assert_eq!(bad["structuredContent"]["verdict"], "error");
    assert_eq!(bad["structuredContent"]["diagnostics"][0]["code"], "request/bad-arguments");
    assert!(text_of(&bad).contains("missing field `plan`"), "{}", text_of(&bad));
    assert_valid_report(&bad["structuredContent"], "bad arguments");

    let mut small = plan_args("blocksworld", "p01", "p01.valid");
    small["max_input_bytes"] = json!(100);
    let oversized = server.call(15, "validate_plan", small);
    assert_eq!(oversized["isError"], true);
    assert_eq!(oversized["structuredContent"]["diagnostics"][0]["code"], "limit/input-bytes");
    assert_valid_report(&oversized["structuredContent"], "oversized");

    // A budget that runs out is the verdict `unknown`.
    let mut tight = plan_args("blocksworld", "p01", "p01.valid");
    tight["max_steps"] = json!(2);
    let unknown = server.call(16, "validate_plan", tight);
    assert_eq!((&unknown["isError"], &unknown["structuredContent"]["verdict"]), (&json!(false), &json!("unknown")));

    // An unknown tool is a JSON-RPC error (invalid params), with a suggestion.
    let nope = server.request(json!(17), "tools/call", json!({"name": "validate", "arguments": {}}));
    assert_eq!(nope["error"]["code"], -32602, "{nope}");
    assert!(nope["error"]["message"].as_str().unwrap_or("").contains("validate_plan"), "{nope}");
}

/// Malformed requests: the server answers what it can and stays up.
fn check_malformed(server: &mut Server) {
    // Not JSON at all: there is no id to answer; the server ignores it (as the other SDKs do).
    server.send_line("this is not json {");
    // JSON, but not a JSON-RPC request: "Invalid Request" with a null id.
    server.send_line(r#"{"jsonrpc": "2.0", "id": "bad", "method": "tools/call", "params": "oops"}"#);
    let invalid = server.response(|m| m.get("error").is_some() && m.get("id").is_none_or(Value::is_null));
    assert_eq!(invalid["error"]["code"], -32600, "{invalid}");
    // An unknown method.
    let unknown = server.request(json!("m"), "no/such-method", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    // Still alive and answering.
    let ping = server.request(json!("ping"), "ping", json!({}));
    assert!(ping["result"].is_object(), "{ping}");
}

fn handshake(version: &str) {
    let mut server = Server::start();
    let init = server.request(
        json!(1),
        "initialize",
        json!({"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": "herbrand-test", "version": "1"}}),
    );
    let result = &init["result"];
    assert_eq!(result["protocolVersion"], version, "{init}");
    assert_eq!(result["serverInfo"]["name"], "herbrand");
    assert!(result["capabilities"]["tools"].is_object(), "{init}");
    assert!(result["instructions"].as_str().is_some_and(|i| i.contains("isError")));
    server.notify("notifications/initialized");
    check_tools_and_calls(&mut server);
    check_malformed(&mut server);
    assert!(server.close().success());
}

#[test]
fn handshake_2025_06_18() {
    handshake("2025-06-18");
}

#[test]
fn handshake_2025_11_25() {
    handshake("2025-11-25");
}

#[test]
fn stateless_2026_07_28() {
    let mut server = Server::start();
    server.meta = Some(json!({
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": {},
        "io.modelcontextprotocol/clientInfo": {"name": "herbrand-test", "version": "1"},
    }));
    let discover = server.request(json!(0), "server/discover", json!({}));
    let versions = discover["result"]["supportedVersions"].as_array().unwrap_or_else(|| panic!("{discover}")).clone();
    for v in ["2025-06-18", "2025-11-25", "2026-07-28"] {
        assert!(versions.contains(&json!(v)), "{v} not in {versions:?}");
    }
    check_tools_and_calls(&mut server);
    // Results carry the 2026-07-28 discriminator.
    let valid = server.call(30, "validate_plan", plan_args("gripper", "p01", "p01.valid"));
    assert_eq!(valid["resultType"], "complete", "{valid}");
    assert_eq!(valid["structuredContent"]["verdict"], "valid");
    // Without the per-request client context, a stateless request is refused.
    server.meta = None;
    let bare = server.request(json!(31), "tools/list", json!({}));
    assert_eq!(bare["error"]["code"], -32602, "{bare}");
    assert!(server.close().success());
}

#[test]
fn a_request_before_initialize_without_context_is_refused_and_the_server_stays_up() {
    let mut server = Server::start();
    let early = server.request(json!(1), "tools/list", json!({}));
    assert!(early["error"].is_object(), "{early}");
    let init = server.request(
        json!(2),
        "initialize",
        json!({"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}),
    );
    assert_eq!(init["result"]["protocolVersion"], "2025-11-25");
    assert!(server.close().success());
}
