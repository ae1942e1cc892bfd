//! The one result type every check returns.
//!
//! A [`Report`] carries a [`Verdict`], a one-line summary an agent can act on, the
//! [`Diagnostic`]s found by every stage, kind-specific evidence (`detail`) and counters (`stats`).
//! Its JSON form (schema [`SCHEMA`]) is the contract; the human and llm renderings are views of
//! it. Diagnostics are created with spans already resolved to line/column, so a Report can be
//! serialized without its sources; the sources travel along (not serialized) for the renderers.

pub mod codes;
pub mod fix;
pub mod render;

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::source::{SourceFile, Span, SpanInfo};
pub use codes::Code;

/// The schema identifier written into every Report.
pub const SCHEMA: &str = "herbrand.report/v1";

/// What kind of artifact a Report is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A plan checked against a PDDL domain and problem.
    Plan,
    /// A PDDL domain and, optionally, a problem.
    Pddl,
    /// First-order logic.
    Fol,
    /// A rule set (Prolog/Datalog).
    Rules,
    /// A request to a server (an MCP tool call or a batch line) that could not be read, so no
    /// artifact was checked.
    Request,
}

/// The answer. `Valid`/`Invalid` are answers about the artifact; `Error` means the input could
/// not be checked (malformed); `Unknown` means a budget ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Valid,
    Invalid,
    Error,
    Unknown,
}

impl Verdict {
    /// The CLI's exit status for this verdict: 0 valid, 1 invalid, 2 malformed, 3 unknown.
    pub fn exit_code(self) -> i32 {
        match self {
            Verdict::Valid => 0,
            Verdict::Invalid => 1,
            Verdict::Error => 2,
            Verdict::Unknown => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::Error => "error",
            Verdict::Unknown => "unknown",
        }
    }
}

/// How serious a diagnostic is. Any `error` makes the verdict other than `valid`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A secondary location with a message ("declared here").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Label {
    /// The input it points into, by role (`domain`, `problem`, `plan`, …).
    pub file: String,
    pub span: SpanInfo,
    pub message: String,
}

/// One text replacement: the bytes of `span` in `file` become `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Edit {
    /// The input to edit, by role (`domain`, `problem`, `plan`, …).
    pub file: String,
    /// The bytes to replace (empty for an insertion).
    pub span: SpanInfo,
    /// The replacement text.
    pub text: String,
}

/// A machine-applicable suggestion: a description and the edits that carry it out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fix {
    pub description: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn new(description: impl Into<String>) -> Fix {
        Fix { description: description.into(), edits: Vec::new() }
    }

    pub fn edit(mut self, src: &SourceFile, span: Span, text: impl Into<String>) -> Fix {
        self.edits.push(Edit { file: src.name().to_string(), span: src.span_info(span), text: text.into() });
        self
    }
}

/// One finding, with a stable code, located where it applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// The stable code, `area/kebab-name`; `herbrand explain CODE` documents it.
    #[schemars(regex(pattern = r"^[a-z0-9-]+/[a-z0-9-]+$"))]
    pub code: String,
    pub severity: Severity,
    /// What is wrong, with the exact names involved.
    pub message: String,
    /// The input the diagnostic points into, by role (`domain`, `problem`, `plan`, …).
    pub file: Option<String>,
    /// Where in `file`; null when the diagnostic is about the input as a whole.
    pub span: Option<SpanInfo>,
    /// Secondary locations ("declared here"), possibly in other inputs.
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    /// What to do about it, in words.
    pub help: Option<String>,
    /// Machine-applicable suggestions.
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: &Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: code.name.to_string(),
            severity: code.severity,
            message: message.into(),
            file: None,
            span: None,
            labels: Vec::new(),
            notes: Vec::new(),
            help: None,
            fixes: Vec::new(),
        }
    }

    pub fn at(mut self, src: &SourceFile, span: Span) -> Diagnostic {
        self.file = Some(src.name().to_string());
        self.span = Some(src.span_info(span));
        self
    }

    pub fn in_file(mut self, src: &SourceFile) -> Diagnostic {
        self.file = Some(src.name().to_string());
        self
    }

    pub fn label(mut self, src: &SourceFile, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label { file: src.name().to_string(), span: src.span_info(span), message: message.into() });
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes.push(fix);
        self
    }

    pub fn severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }
}

/// The result of a check.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "herbrand Report", description = "The result of one herbrand check (schema herbrand.report/v1).")]
pub struct Report {
    /// The schema identifier, `herbrand.report/v1`.
    #[schemars(extend("const" = SCHEMA))]
    pub schema: String,
    pub kind: Kind,
    pub verdict: Verdict,
    /// One line an agent can act on.
    pub summary: String,
    /// Every finding of every stage, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// Kind-specific evidence: for plans the failing step, unsatisfied goals, per-step failures
    /// and trace; for PDDL the names and requirements read.
    #[schemars(with = "Map<String, Value>")]
    pub detail: Value,
    /// Counters and wall times (keys ending in `_ms`, omitted from batch output unless asked
    /// for); every value is a number.
    #[schemars(with = "std::collections::BTreeMap<String, f64>")]
    pub stats: Map<String, Value>,
    /// The inputs, for renderers that quote source text. Not part of the JSON contract.
    #[serde(skip)]
    pub sources: Vec<Arc<SourceFile>>,
}

impl Report {
    pub fn new(kind: Kind) -> Report {
        Report {
            schema: SCHEMA.to_string(),
            kind,
            verdict: Verdict::Valid,
            summary: String::new(),
            diagnostics: Vec::new(),
            detail: Value::Object(Map::new()),
            stats: Map::new(),
            sources: Vec::new(),
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(diagnostics);
    }

    pub fn add_source(&mut self, src: Arc<SourceFile>) {
        if !self.sources.iter().any(|s| s.name() == src.name()) {
            self.sources.push(src);
        }
    }

    pub fn source(&self, name: &str) -> Option<&SourceFile> {
        self.sources.iter().find(|s| s.name() == name).map(|s| &**s)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// The first diagnostic with a given code, if any.
    pub fn find(&self, code: &str) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.code == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    pub fn set_stat(&mut self, key: &str, value: impl Into<Value>) {
        self.stats.insert(key.to_string(), value.into());
    }

    pub fn set_detail(&mut self, key: &str, value: impl Into<Value>) {
        if !self.detail.is_object() {
            self.detail = Value::Object(Map::new());
        }
        if let Value::Object(map) = &mut self.detail {
            map.insert(key.to_string(), value.into());
        }
    }

    /// Remove every wall-time stat (`*_ms`): what batch output does by default, so the same
    /// input gives byte-identical output.
    pub fn drop_timings(&mut self) {
        self.stats.retain(|key, _| !key.ends_with("_ms"));
    }

    /// Set every wall-time stat (`*_ms`) to 0: the rest of a Report is deterministic, so this
    /// makes two Reports of the same input byte-identical (snapshots, reproducible batches).
    pub fn zero_timings(&mut self) {
        for (key, value) in self.stats.iter_mut() {
            if key.ends_with("_ms") {
                *value = Value::from(0);
            }
        }
    }

    /// "2 errors, 1 warning" — the counts of a Report, for summaries.
    pub fn counts_phrase(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut parts = vec![plural(self.count(Severity::Error), "error")];
        let warnings = self.count(Severity::Warning);
        if warnings > 0 {
            parts.push(plural(warnings, "warning"));
        }
        parts.join(", ")
    }

    /// The diagnostics ordered for reading: errors first, then warnings, then infos; within a
    /// severity, in the order they were found.
    pub fn diagnostics_by_severity(&self) -> Vec<&Diagnostic> {
        let mut ds: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        ds.sort_by_key(|d| d.severity);
        ds
    }
}
