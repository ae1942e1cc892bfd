//! The tool registry: every check herbrand offers to agents, declared once.
//!
//! A tool is a name, a description, an argument struct (serde + schemars: the MCP `inputSchema`
//! is generated from it) and the library call that turns the arguments into a [`Report`]. The
//! MCP server (`serve::mcp`) and batch mode (`serve::batch`) both dispatch through [`TOOLS`], so
//! an agent's MCP call and a batch line are the same object and give the same Report.
//!
//! Adding a check is one argument struct implementing [`Check`] and one line in [`TOOLS`].
//!
//! Guarantees: [`Tool::call`] never panics on its arguments and always returns a Report. Bad
//! arguments (missing, mistyped or unknown fields) give verdict `error` with
//! `request/bad-arguments`; an input text over `max_input_bytes` gives verdict `unknown` with
//! `limit/input-bytes` without running the check. Both are marked [`Outcome::is_error`] (no
//! verdict about the artifact was produced); every other Report, whatever its verdict, is not.

use std::collections::HashMap;
use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::limits::{Budget, Ctx};
use crate::report::codes::{self, Code};
use crate::report::{Diagnostic, Kind, Report, Verdict};
use crate::source::SourceFile;

/// Every tool, in the order `tools/list` gives them.
pub static TOOLS: &[Tool] =
    &[tool::<ValidatePlan>(), tool::<CheckPddl>(), tool::<CheckFol>(), tool::<FolEquivalent>(), tool::<CheckRules>()];

/// One check's arguments, and how to run it. Implement this (and add a line to [`TOOLS`]) to
/// offer a new check over MCP and batch.
pub trait Check: DeserializeOwned + JsonSchema {
    /// The tool name (`snake_case`, a verb first: `validate_plan`).
    const NAME: &'static str;
    /// A short human title.
    const TITLE: &'static str;
    /// What the tool does and returns, for the model choosing a tool.
    const DESCRIPTION: &'static str;
    /// The kind of Report it returns.
    const KIND: Kind;
    /// The artifact texts, by argument name, for the input-size check.
    fn texts(&self) -> Vec<(&'static str, &str)>;
    /// The budget arguments.
    fn limits(&self) -> &Limits;
    /// Run the check; `session` holds what a server keeps between calls.
    fn run(self, budget: &Budget, session: &Session) -> Report;
}

/// What a server keeps between calls: caches that make a call cheaper, never change its Report.
/// Batch mode shares one across its workers; the MCP server keeps one for its lifetime.
#[derive(Default)]
pub struct Session {
    /// Domains and problems already read, for `validate_plan`.
    pub plan_front_ends: crate::pddl::cache::FrontEnds,
}

/// A registered tool.
pub struct Tool {
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub kind: Kind,
    schema: fn() -> Map<String, Value>,
    call: fn(Value, &Session) -> Outcome,
}

/// Register a [`Check`] as a tool.
pub const fn tool<C: Check>() -> Tool {
    Tool {
        name: C::NAME,
        title: C::TITLE,
        description: C::DESCRIPTION,
        kind: C::KIND,
        schema: input_schema::<C>,
        call: call_check::<C>,
    }
}

impl Tool {
    /// The JSON Schema (2020-12) of the arguments: the MCP `inputSchema`.
    pub fn input_schema(&self) -> Map<String, Value> {
        (self.schema)()
    }

    /// Run the check on JSON arguments.
    pub fn call(&self, arguments: Value, session: &Session) -> Outcome {
        (self.call)(arguments, session)
    }
}

/// The tool with this name.
pub fn find(name: &str) -> Option<&'static Tool> {
    TOOLS.iter().find(|t| t.name == name)
}

/// Run the tool `name` on `arguments`, once; an unknown name is an error Report.
pub fn call(name: &str, arguments: Value) -> Outcome {
    call_in(&Session::default(), name, arguments)
}

/// Run the tool `name` on `arguments` within a server's session.
pub fn call_in(session: &Session, name: &str, arguments: Value) -> Outcome {
    match find(name) {
        Some(tool) => tool.call(arguments, session),
        None => Outcome::no_verdict(unknown_tool(name)),
    }
}

/// A Report for a tool name that is not registered, with a did-you-mean.
pub fn unknown_tool(name: &str) -> Report {
    let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
    let ctx = Ctx::new(&Budget::default());
    let help = match crate::suggest::closest(&ctx, name, names.iter().copied()) {
        Some(best) => format!("did you mean `{best}`? The tools are: {}", names.join(", ")),
        None => format!("the tools are: {}", names.join(", ")),
    };
    let shown: String = name.chars().take(80).collect();
    request_error(Kind::Request, &codes::REQUEST_UNKNOWN_TOOL, format!("there is no tool `{shown}`"), help)
}

/// What a tool call gives: always a Report, and whether it is a verdict about the artifact.
#[derive(Debug)]
pub struct Outcome {
    pub report: Report,
    /// No verdict could be produced (bad arguments, oversized input): MCP's `isError`.
    pub is_error: bool,
}

impl Outcome {
    pub fn verdict(report: Report) -> Outcome {
        Outcome { report, is_error: false }
    }

    pub fn no_verdict(report: Report) -> Outcome {
        Outcome { report, is_error: true }
    }
}

/// A Report for a request that could not be run: verdict `error`, one diagnostic.
pub fn request_error(kind: Kind, code: &Code, message: String, help: String) -> Report {
    let mut report = Report::new(kind);
    report.verdict = Verdict::Error;
    report.summary = message.clone();
    report.push(Diagnostic::new(code, message).help(help));
    report
}

/// Budget arguments shared by every tool; each defaults to [`Budget::default`].
#[derive(Clone, Debug, Default, PartialEq, Deserialize, JsonSchema)]
pub struct Limits {
    /// Largest accepted input text, in bytes. A larger input is not checked: the call fails
    /// with `limit/input-bytes` (MCP `isError: true`).
    #[schemars(extend("default" = 268_435_456))]
    pub max_input_bytes: Option<usize>,
    /// Most steps an engine may take (plan steps, fixpoint rounds). Running out gives verdict
    /// `unknown` with `limit/steps`.
    #[schemars(extend("default" = 10_000_000))]
    pub max_steps: Option<u64>,
    /// Most ground atoms or instances grounding may create. Running out gives verdict `unknown`.
    #[schemars(extend("default" = 20_000_000))]
    pub max_ground_atoms: Option<u64>,
    /// Deepest nesting of parentheses or formulas. Deeper input gives verdict `unknown`.
    #[schemars(extend("default" = 1_000))]
    pub max_depth: Option<usize>,
    /// Z3's deterministic resource limit per solver call (FOL). Running out gives verdict
    /// `unknown` with `fol/solver-unknown`.
    #[schemars(extend("default" = 5_000_000))]
    pub solver_rlimit: Option<u64>,
    /// Z3's wall-clock timeout per solver call, in milliseconds: a backstop to the rlimit.
    #[schemars(extend("default" = 10_000))]
    pub solver_timeout_ms: Option<u64>,
}

impl Limits {
    pub fn budget(&self) -> Budget {
        let mut budget = Budget::default();
        if let Some(v) = self.max_input_bytes {
            budget.max_input_bytes = v;
        }
        if let Some(v) = self.max_steps {
            budget.max_steps = v;
        }
        if let Some(v) = self.max_ground_atoms {
            budget.max_ground_atoms = v;
        }
        if let Some(v) = self.max_depth {
            budget.max_depth = v;
        }
        if let Some(v) = self.solver_rlimit {
            budget.solver_rlimit = v;
        }
        if let Some(v) = self.solver_timeout_ms {
            budget.solver_timeout_ms = v;
        }
        budget
    }
}

/// `validate_plan`: a plan against a domain and a problem.
#[derive(Deserialize, JsonSchema)]
pub struct ValidatePlan {
    /// The PDDL domain, as text: `(define (domain …) …)`.
    pub domain: String,
    /// The PDDL problem, as text: `(define (problem …) …)`.
    pub problem: String,
    /// The plan, as text: one `(action arg …)` per line. `;` comments, `t:` time stamps and
    /// `[d]` durations are read; Markdown fences, numbering and backticks are skipped with a
    /// warning.
    pub plan: String,
    /// Keep simulating past a failing step (skipping it) and report every failure.
    #[serde(default)]
    #[schemars(extend("default" = false))]
    pub keep_going: bool,
    /// Include the per-step trace in `detail.trace`. Default: only for plans of at most 10,000
    /// steps.
    pub trace: Option<bool>,
    /// Temporal plans: VAL's tolerance ε (its `-t`). Plan points no more than ε/10 after a
    /// happening's first point join it; LPG and POPF plans need 0.001.
    #[schemars(extend("default" = 0.01))]
    pub tolerance: Option<f64>,
    #[serde(flatten)]
    pub limits: Limits,
}

impl Check for ValidatePlan {
    const NAME: &'static str = "validate_plan";
    const TITLE: &'static str = "Validate a PDDL plan";
    const DESCRIPTION: &'static str = "Validate a PDDL plan against its domain and problem by simulating it \
        (STRIPS, typing, ADL, derived predicates, numeric fluents, action costs, PDDL3 constraints; \
        temporal plans `t: (action args) [d]` with durative actions and timed initial literals, as VAL does). \
        Returns a Report: verdict valid/invalid/error/unknown, a one-line summary, and located diagnostics \
        naming the first failing step, the false precondition literals, the unreached goals, and \
        checked repairs (insert, move or replace a step). The text content is the same Report \
        rendered for a prompt.";
    const KIND: Kind = Kind::Plan;

    fn texts(&self) -> Vec<(&'static str, &str)> {
        vec![("domain", &self.domain), ("problem", &self.problem), ("plan", &self.plan)]
    }

    fn limits(&self) -> &Limits {
        &self.limits
    }

    fn run(self, budget: &Budget, session: &Session) -> Report {
        let ctx = Ctx::new(budget);
        let options = crate::PlanOptions { keep_going: self.keep_going, trace: self.trace, tolerance: self.tolerance };
        let loaded = session.plan_front_ends.get_or_load(self.domain, self.problem, &ctx);
        let plan = SourceFile::new("plan", self.plan);
        let mut report = crate::pddl::validate::validate_plan_loaded(&ctx, &loaded, plan, &options);
        report.set_stat("elapsed_ms", ctx.started().elapsed().as_secs_f64() * 1000.0);
        report
    }
}

/// `check_pddl`: lint a domain and, optionally, a problem.
#[derive(Deserialize, JsonSchema)]
pub struct CheckPddl {
    /// The PDDL domain, as text: `(define (domain …) …)`.
    pub domain: String,
    /// The PDDL problem, as text (optional).
    pub problem: Option<String>,
    #[serde(flatten)]
    pub limits: Limits,
}

impl Check for CheckPddl {
    const NAME: &'static str = "check_pddl";
    const TITLE: &'static str = "Check a PDDL domain and problem";
    const DESCRIPTION: &'static str =
        "Parse and lint a PDDL domain and, optionally, a problem: unbalanced or misplaced \
        parentheses, undefined or misspelled predicates, types, objects, constants and variables \
        (with did-you-mean), arity and type mismatches, missing requirements, unused declarations, \
        impossible goals. Returns a Report: verdict valid/invalid/error/unknown, a summary, and \
        located diagnostics with fixes. The text content is the same Report rendered for a prompt.";
    const KIND: Kind = Kind::Pddl;

    fn texts(&self) -> Vec<(&'static str, &str)> {
        let mut texts = vec![("domain", self.domain.as_str())];
        if let Some(p) = &self.problem {
            texts.push(("problem", p.as_str()));
        }
        texts
    }

    fn limits(&self) -> &Limits {
        &self.limits
    }

    fn run(self, budget: &Budget, _session: &Session) -> Report {
        crate::check_pddl(
            SourceFile::new("domain", self.domain),
            self.problem.map(|p| SourceFile::new("problem", p)),
            budget,
        )
    }
}

/// `check_fol`: a first-order formalization — premises and a conclusion.
#[derive(Deserialize, JsonSchema)]
pub struct CheckFol {
    /// The program, as text: Logic-LM's `Predicates:` / `Premises:` / `Conclusion:` sections,
    /// JSON `{"premises": [...], "conclusion": "..."}`, TPTP `fof(...)` lines, or one formula
    /// per line with the last as the conclusion. Dialects: FOLIO Unicode, NLTK, Prover9, TPTP.
    pub program: String,
    /// The dialect: `folio`, `nltk`, `prover9` or `tptp` (default: detected).
    pub dialect: Option<String>,
    /// The conclusion, given separately: every formula of `program` is then a premise.
    pub conclusion: Option<String>,
    #[serde(flatten)]
    pub limits: Limits,
}

impl Check for CheckFol {
    const NAME: &'static str = "check_fol";
    const TITLE: &'static str = "Check a first-order formalization";
    const DESCRIPTION: &'static str =
        "Parse a first-order formalization in any common dialect, lint it (arity clashes, a name used \
        as predicate and constant, free variables, quantifier scope, precedence traps, xor chains, \
        predicate drift, undeclared predicates) and decide it with Z3: detail.label is True, False, \
        Uncertain or Inconsistent, with evidence (the premises used, a countermodel for each \
        direction not entailed, a minimal contradictory set). The text content is the same Report \
        rendered for a prompt.";
    const KIND: Kind = Kind::Fol;

    fn texts(&self) -> Vec<(&'static str, &str)> {
        let mut texts = vec![("program", self.program.as_str())];
        if let Some(c) = &self.conclusion {
            texts.push(("conclusion", c.as_str()));
        }
        texts
    }

    fn limits(&self) -> &Limits {
        &self.limits
    }

    fn run(self, budget: &Budget, _session: &Session) -> Report {
        let options = crate::FolOptions { dialect: self.dialect, conclusion: self.conclusion };
        crate::check_fol(SourceFile::new("program", self.program), &options, budget)
    }
}

/// `fol_equivalent`: a candidate formalization against a reference.
#[derive(Deserialize, JsonSchema)]
pub struct FolEquivalent {
    /// The candidate formula or program (same formats as `check_fol`).
    pub candidate: String,
    /// The reference formula or program.
    pub reference: String,
    /// The dialect: `folio`, `nltk`, `prover9` or `tptp` (default: detected).
    pub dialect: Option<String>,
    #[serde(flatten)]
    pub limits: Limits,
}

impl Check for FolEquivalent {
    const NAME: &'static str = "fol_equivalent";
    const TITLE: &'static str = "Compare a FOL formalization with a reference";
    const DESCRIPTION: &'static str =
        "Decide with Z3 whether a candidate first-order formula or program is equivalent to a \
        reference; if not, give a distinguishing model and say for each premise whether the \
        candidate's is equivalent, stronger, weaker or incomparable. The text content is the same \
        Report rendered for a prompt.";
    const KIND: Kind = Kind::Fol;

    fn texts(&self) -> Vec<(&'static str, &str)> {
        vec![("candidate", self.candidate.as_str()), ("reference", self.reference.as_str())]
    }

    fn limits(&self) -> &Limits {
        &self.limits
    }

    fn run(self, budget: &Budget, _session: &Session) -> Report {
        let options = crate::FolOptions { dialect: self.dialect, conclusion: None };
        crate::fol_equivalent(
            SourceFile::new("candidate", self.candidate),
            SourceFile::new("reference", self.reference),
            &options,
            budget,
        )
    }
}

/// `check_rules`: a rule set (Prolog, Logic-LM, or KG chain rules).
#[derive(Deserialize, JsonSchema)]
pub struct CheckRules {
    /// The rule set, as text: Prolog clauses (`grandparent(X, Z) :- parent(X, Y), parent(Y, Z).`),
    /// a Logic-LM program (`Predicates:` / `Facts:` / `Rules:` / `Query:`), or chain rules
    /// (`head(X, Y) <-- r1(X, Z), r2(Z, Y)`).
    pub program: String,
    /// Queries to answer, in the program's syntax (`grandparent(tom, X)`).
    #[serde(default)]
    pub queries: Vec<String>,
    /// Facts that must hold (`p(a).`) and must not (`\+ p(b).`), one per line.
    pub expect: Option<String>,
    /// A knowledge graph as TSV triples `head<TAB>relation<TAB>tail`, to score chain rules.
    pub kg: Option<String>,
    /// Attach a proof tree to every answer.
    #[serde(default)]
    #[schemars(extend("default" = false))]
    pub proofs: bool,
    #[serde(flatten)]
    pub limits: Limits,
}

impl Check for CheckRules {
    const NAME: &'static str = "check_rules";
    const TITLE: &'static str = "Check a rule set";
    const DESCRIPTION: &'static str =
        "Read a Prolog/Datalog rule set, a Logic-LM program or KG chain rules; lint it (undefined \
        predicates with did-you-mean, arity clashes, singleton and unsafe variables, unstratifiable \
        negation, recursion without a base case, duplicates, contradictions); evaluate it bottom-up \
        with budgets; answer its queries (with proof trees on request) and explain why an expected \
        fact is not derived; score chain rules against a knowledge graph. The text content is the \
        same Report rendered for a prompt.";
    const KIND: Kind = Kind::Rules;

    fn texts(&self) -> Vec<(&'static str, &str)> {
        let mut texts = vec![("program", self.program.as_str())];
        if let Some(e) = &self.expect {
            texts.push(("expect", e.as_str()));
        }
        if let Some(k) = &self.kg {
            texts.push(("kg", k.as_str()));
        }
        texts
    }

    fn limits(&self) -> &Limits {
        &self.limits
    }

    fn run(self, budget: &Budget, _session: &Session) -> Report {
        let options = crate::RulesOptions {
            queries: self.queries,
            expect: self.expect,
            kg: self.kg,
            proofs: self.proofs,
            ..Default::default()
        };
        crate::check_rules(SourceFile::new("program", self.program), &options, budget)
    }
}

fn input_schema<C: Check>() -> Map<String, Value> {
    let schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<C>();
    let mut map = match schema.to_value() {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    // Unknown fields are rejected (see `call`); say so in the schema.
    map.insert("additionalProperties".to_string(), Value::Bool(false));
    map
}

/// The argument names a tool accepts, from its schema (computed once per tool).
fn accepted_fields<C: Check>() -> Vec<String> {
    static FIELDS: OnceLock<HashMap<&'static str, Vec<String>>> = OnceLock::new();
    let fields = |schema: Map<String, Value>| -> Vec<String> {
        schema.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect()).unwrap_or_default()
    };
    let table = FIELDS.get_or_init(|| TOOLS.iter().map(|t| (t.name, fields(t.input_schema()))).collect());
    match table.get(C::NAME) {
        Some(names) => names.clone(),
        None => fields(input_schema::<C>()),
    }
}

fn call_check<C: Check>(arguments: Value, session: &Session) -> Outcome {
    let map = match arguments {
        Value::Object(map) => map,
        Value::Null => Map::new(),
        other => {
            let message = format!("the arguments of {} must be an object, not {}", C::NAME, json_type(&other));
            return Outcome::no_verdict(bad_arguments::<C>(message));
        }
    };
    let accepted = accepted_fields::<C>();
    if let Some(unknown) = map.keys().find(|k| !accepted.iter().any(|a| a == *k)) {
        let shown: String = unknown.chars().take(80).collect();
        let ctx = Ctx::new(&Budget::default());
        let mut message = format!("{} has no argument `{shown}`", C::NAME);
        if let Some(best) = crate::suggest::closest(&ctx, unknown, accepted.iter().map(String::as_str)) {
            message.push_str(&format!("; did you mean `{best}`?"));
        }
        return Outcome::no_verdict(bad_arguments::<C>(message));
    }
    let args: C = match serde_json::from_value(Value::Object(map)) {
        Ok(args) => args,
        Err(e) => return Outcome::no_verdict(bad_arguments::<C>(format!("the arguments of {}: {e}", C::NAME))),
    };
    let budget = args.limits().budget();
    if let Some((name, len)) =
        args.texts().into_iter().map(|(n, t)| (n, t.len())).find(|&(_, len)| len > budget.max_input_bytes)
    {
        return Outcome::no_verdict(oversized(C::KIND, name, len, budget.max_input_bytes));
    }
    Outcome::verdict(args.run(&budget, session))
}

fn bad_arguments<C: Check>(message: String) -> Report {
    let schema = input_schema::<C>();
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let optional: Vec<&str> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).filter(|k| !required.contains(k)).collect())
        .unwrap_or_default();
    let quoted = |names: &[&str]| names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    let help = format!(
        "{} needs {}{}",
        C::NAME,
        quoted(&required),
        if optional.is_empty() { String::new() } else { format!("; optional: {}", quoted(&optional)) }
    );
    request_error(C::KIND, &codes::REQUEST_BAD_ARGUMENTS, message, help)
}

fn oversized(kind: Kind, name: &str, len: usize, max: usize) -> Report {
    let message = format!("argument `{name}` is {len} bytes, over the input budget of {max} bytes (max_input_bytes)");
    let mut report = Report::new(kind);
    report.verdict = Verdict::Unknown;
    report.summary = message.clone();
    let mut d = Diagnostic::new(&codes::LIMIT_INPUT_BYTES, message)
        .help("raise the `max_input_bytes` argument, or send a smaller input");
    d.file = Some(name.to_string());
    report.push(d);
    report
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for t in TOOLS {
            assert!(seen.insert(t.name), "duplicate tool {}", t.name);
            assert!(t.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", t.name);
        }
    }

    #[test]
    fn schema_defaults_are_the_budget_defaults() {
        let budget = Budget::default();
        for t in TOOLS {
            let schema = t.input_schema();
            let default = |field: &str| schema["properties"][field]["default"].as_u64();
            assert_eq!(default("max_input_bytes"), Some(budget.max_input_bytes as u64), "{}", t.name);
            assert_eq!(default("max_steps"), Some(budget.max_steps), "{}", t.name);
            assert_eq!(default("max_ground_atoms"), Some(budget.max_ground_atoms), "{}", t.name);
            assert_eq!(default("max_depth"), Some(budget.max_depth as u64), "{}", t.name);
            assert_eq!(schema["type"], "object", "{}", t.name);
            assert_eq!(schema["additionalProperties"], false, "{}", t.name);
        }
    }

    #[test]
    fn required_arguments_are_the_inputs() {
        let required = |name: &str| find(name).map(|t| t.input_schema()["required"].clone());
        assert_eq!(required("validate_plan"), Some(json!(["domain", "problem", "plan"])));
        assert_eq!(required("check_pddl"), Some(json!(["domain"])));
    }

    #[test]
    fn bad_arguments_are_errors_not_verdicts() {
        let missing = call("check_pddl", json!({"problem": "(define (problem p))"}));
        assert!(missing.is_error);
        assert_eq!(missing.report.verdict, Verdict::Error);
        assert_eq!(missing.report.codes(), ["request/bad-arguments"]);
        assert!(missing.report.summary.contains("missing field `domain`"), "{}", missing.report.summary);

        let unknown = call("check_pddl", json!({"domain": "(define (domain d))", "max_step": 3}));
        assert!(unknown.is_error);
        assert!(unknown.report.summary.contains("did you mean `max_steps`"), "{}", unknown.report.summary);

        let mistyped = call("check_pddl", json!({"domain": 7}));
        assert!(mistyped.is_error && mistyped.report.summary.contains("invalid type"), "{}", mistyped.report.summary);

        let not_object = call("check_pddl", json!(["(define (domain d))"]));
        assert!(not_object.is_error && not_object.report.summary.contains("not an array"));
    }

    #[test]
    fn unknown_tool_suggests_the_nearest() {
        let outcome = call("validate_plans", json!({}));
        assert!(outcome.is_error);
        assert_eq!(outcome.report.kind, Kind::Request);
        assert_eq!(outcome.report.codes(), ["request/unknown-tool"]);
        assert!(outcome.report.diagnostics[0].help.as_deref().unwrap_or("").contains("did you mean `validate_plan`"));
    }

    #[test]
    fn oversized_input_is_not_checked() {
        let outcome = call("check_pddl", json!({"domain": "(define (domain d))", "max_input_bytes": 5}));
        assert!(outcome.is_error);
        assert_eq!(outcome.report.verdict, Verdict::Unknown);
        assert_eq!(outcome.report.codes(), ["limit/input-bytes"]);
        assert_eq!(outcome.report.diagnostics[0].file.as_deref(), Some("domain"));
    }

    #[test]
    fn an_invalid_artifact_is_a_verdict() {
        let outcome = call(
            "check_pddl",
            json!({"domain": "(define (domain d) (:predicates (p)) (:action a :parameters () :precondition (q) :effect (p)))"}),
        );
        assert!(!outcome.is_error);
        assert_eq!(outcome.report.verdict, Verdict::Invalid);
        let budget_ran_out =
            call("check_pddl", json!({"domain": "(define (domain d) (:predicates ((((p))))))", "max_depth": 2}));
        assert!(!budget_ran_out.is_error, "a budget running out is the verdict `unknown`, not a failed call");
        assert_eq!(budget_ran_out.report.verdict, Verdict::Unknown);
    }
}
