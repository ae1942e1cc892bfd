//! `herbrand._native`: herbrand's checks for Python, through the tool registry.
//!
//! The Python package (`herbrand/__init__.py`) builds one function per tool from [`tools`] (the
//! registry's names and input schemas), so this module holds no per-check code: [`call`] runs a
//! tool on its JSON arguments, [`BatchIter`] runs many in parallel, and [`Report`] wraps the
//! Rust Report for Python.
//!
//! Guarantees:
//! - the GIL is released while checks run, so other Python threads go on, and batches use every
//!   core;
//! - a Report is the same as the CLI's, MCP's and batch's for the same arguments (the same
//!   registry call; the process-wide [`Session`] only caches front ends, never changes a Report);
//! - bad *input* is a Report; misuse of the API (arguments of the wrong Python type, an index out
//!   of range) raises a Python exception.

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use herbrand::report::render::{render, Format};
use herbrand::report::{codes, Verdict};
use herbrand::serve::batch as batch_mode;
use herbrand::tools::{self, Outcome, Session};
use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The session every call of this process shares (front ends already read), as a server keeps one.
fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(Session::default)
}

/// A Python object (dict, list, str, int, float, bool, None) as JSON; anything else is misuse.
fn to_json(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Value> {
    pythonize::depythonize(value).map_err(|e| PyTypeError::new_err(format!("{what} must hold only JSON values: {e}")))
}

/// Run `tool` on `arguments` (a dict of JSON values). Misuse of a tool's arguments (a wrong
/// type, an unknown name) raises `TypeError` with the registry's message; every other Report,
/// whatever its verdict, is returned.
#[pyfunction]
fn call(py: Python<'_>, tool: &str, arguments: &Bound<'_, PyDict>) -> PyResult<Report> {
    let arguments = to_json(arguments.as_any(), "the arguments")?;
    let outcome = py.detach(|| tools::call_in(session(), tool, arguments));
    if outcome.is_error
        && outcome.report.diagnostics.first().is_some_and(|d| d.code == codes::REQUEST_BAD_ARGUMENTS.name)
    {
        return Err(PyTypeError::new_err(outcome.report.summary));
    }
    Ok(Report::from(outcome))
}

/// Every tool of the registry: `name`, `title`, `description`, `kind` and `input_schema` (the
/// MCP `inputSchema`, a JSON Schema 2020-12 object).
#[pyfunction]
fn tool_specs(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    tools::TOOLS
        .iter()
        .map(|t| {
            let spec = PyDict::new(py);
            spec.set_item("name", t.name)?;
            spec.set_item("title", t.title)?;
            spec.set_item("description", t.description)?;
            spec.set_item("kind", kind_name(t.kind))?;
            spec.set_item("input_schema", pythonize::pythonize(py, &Value::Object(t.input_schema()))?)?;
            Ok(spec)
        })
        .collect()
}

/// The documentation of a diagnostic code (what `herbrand explain CODE` prints), or None.
#[pyfunction]
fn explain(code: &str) -> Option<String> {
    codes::lookup(code).map(|c| c.doc())
}

/// Every diagnostic code, in registry order.
#[pyfunction]
fn code_names() -> Vec<&'static str> {
    codes::all().map(|c| c.name).collect()
}

/// For benchmarks: seconds taken by `repeat` calls of `tool` made from Rust, each building its
/// arguments from `arguments_json` (as a caller does) and going through the same registry and
/// session as [`call`]. The GIL is released meanwhile.
#[pyfunction]
fn _rust_call_seconds(py: Python<'_>, tool: &str, arguments_json: &str, repeat: usize) -> PyResult<f64> {
    let template: Value =
        serde_json::from_str(arguments_json).map_err(|e| PyValueError::new_err(format!("arguments_json: {e}")))?;
    Ok(py.detach(|| {
        let started = Instant::now();
        for _ in 0..repeat {
            let outcome = tools::call_in(session(), tool, template.clone());
            std::hint::black_box(outcome);
        }
        started.elapsed().as_secs_f64()
    }))
}

fn kind_name(kind: herbrand::Kind) -> String {
    match serde_json::to_value(kind) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The result of a check.
#[pyclass(frozen, module = "herbrand")]
struct Report {
    inner: herbrand::Report,
    is_error: bool,
}

impl From<Outcome> for Report {
    fn from(outcome: Outcome) -> Report {
        Report { inner: outcome.report, is_error: outcome.is_error }
    }
}

#[pymethods]
impl Report {
    /// `valid`, `invalid` (answers about the artifact), `error` (the input could not be
    /// checked) or `unknown` (a budget ran out).
    #[getter]
    fn verdict(&self) -> &'static str {
        self.inner.verdict.as_str()
    }

    /// `plan`, `pddl`, `fol`, `rules`, or `request` (a batch request that could not be read).
    #[getter]
    fn kind(&self) -> String {
        kind_name(self.inner.kind)
    }

    /// One line an agent can act on.
    #[getter]
    fn summary(&self) -> &str {
        &self.inner.summary
    }

    /// True when no verdict about the artifact was produced (a malformed request, an input over
    /// `max_input_bytes`): MCP's `isError`.
    #[getter]
    fn is_error(&self) -> bool {
        self.is_error
    }

    /// True when the verdict is `valid`.
    #[getter]
    fn ok(&self) -> bool {
        self.inner.verdict == Verdict::Valid
    }

    /// Every finding, in the order found.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.inner.diagnostics.iter().map(|d| Diagnostic { inner: d.clone() }).collect()
    }

    /// The codes of the diagnostics, in order.
    #[getter]
    fn codes(&self) -> Vec<&str> {
        self.inner.codes()
    }

    /// Kind-specific evidence (plan trace, failing step, countermodel, answers…), as a dict.
    #[getter]
    fn detail<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.inner.detail)?)
    }

    /// Counters and wall times (`*_ms`), as a dict.
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.inner.stats)?)
    }

    /// The Report as a dict (the `herbrand.report/v1` JSON shape).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.inner)?)
    }

    /// The Report as JSON text (the `herbrand.report/v1` schema); `indent=True` for people.
    #[pyo3(signature = (indent = false))]
    fn to_json(&self, indent: bool) -> PyResult<String> {
        let text = if indent { serde_json::to_string_pretty(&self.inner) } else { serde_json::to_string(&self.inner) };
        text.map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The Report rendered: `llm` (compact, for a prompt), `human` (snippets) or `json`.
    #[pyo3(signature = (format = "llm", color = false))]
    fn render(&self, format: &str, color: bool) -> PyResult<String> {
        let format = match format {
            "llm" => Format::Llm,
            "human" => Format::Human,
            "json" => Format::Json,
            other => return Err(PyValueError::new_err(format!("format must be llm, human or json, not {other:?}"))),
        };
        Ok(render(&self.inner, format, color))
    }

    /// The text of the input repaired by fix `fix` of diagnostic `diagnostic` (indices into
    /// `diagnostics` and its `fixes`). A fix that edits several inputs needs `file` (its role:
    /// `plan`, `domain`…) to say which text to return.
    #[pyo3(signature = (diagnostic, fix = 0, file = None))]
    fn apply_fix(&self, diagnostic: usize, fix: usize, file: Option<&str>) -> PyResult<String> {
        use herbrand::report::fix::FixError;
        let texts = self.inner.apply_fix(diagnostic, fix).map_err(|e| match e {
            FixError::NoDiagnostic(_) | FixError::NoFix { .. } => PyIndexError::new_err(e.to_string()),
            other => PyValueError::new_err(other.to_string()),
        })?;
        let names = || texts.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>().join(", ");
        match file {
            Some(file) => texts
                .iter()
                .find(|(f, _)| f == file)
                .map(|(_, t)| t.clone())
                .ok_or_else(|| PyValueError::new_err(format!("the fix edits {}, not {file}", names()))),
            None if texts.len() == 1 => Ok(texts.into_iter().next().map(|(_, t)| t).unwrap_or_default()),
            None => Err(PyValueError::new_err(format!("the fix edits {}: pass file= to choose one", names()))),
        }
    }

    fn __repr__(&self) -> String {
        let summary: String = self.inner.summary.chars().take(120).collect();
        format!("<Report {} {}: {}>", kind_name(self.inner.kind), self.inner.verdict.as_str(), summary)
    }
}

/// A position in an input: byte offsets and 1-based lines and columns (in characters).
#[pyclass(frozen, get_all, module = "herbrand")]
struct Span {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

impl From<&herbrand::source::SpanInfo> for Span {
    fn from(s: &herbrand::source::SpanInfo) -> Span {
        Span {
            start: s.start,
            end: s.end,
            line: s.line,
            column: s.column,
            end_line: s.end_line,
            end_column: s.end_column,
        }
    }
}

#[pymethods]
impl Span {
    fn __repr__(&self) -> String {
        format!(
            "<Span {}:{}-{}:{} bytes {}..{}>",
            self.line, self.column, self.end_line, self.end_column, self.start, self.end
        )
    }
}

/// One finding, with a stable code (`herbrand.explain(code)` documents it).
#[pyclass(frozen, module = "herbrand")]
struct Diagnostic {
    inner: herbrand::Diagnostic,
}

#[pymethods]
impl Diagnostic {
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }

    /// `error`, `warning` or `info`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }

    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }

    /// The input it points into, by role (`domain`, `problem`, `plan`, …), or None.
    #[getter]
    fn file(&self) -> Option<&str> {
        self.inner.file.as_deref()
    }

    /// Where in `file`, or None when it is about the input as a whole.
    #[getter]
    fn span(&self) -> Option<Span> {
        self.inner.span.as_ref().map(Span::from)
    }

    /// Secondary locations: `(file, span, message)`.
    #[getter]
    fn labels(&self) -> Vec<(String, Span, String)> {
        self.inner.labels.iter().map(|l| (l.file.clone(), Span::from(&l.span), l.message.clone())).collect()
    }

    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }

    /// What to do about it, in words.
    #[getter]
    fn help(&self) -> Option<&str> {
        self.inner.help.as_deref()
    }

    /// Machine-applicable suggestions (`Report.apply_fix` carries one out).
    #[getter]
    fn fixes(&self) -> Vec<Fix> {
        self.inner.fixes.iter().map(|f| Fix { inner: f.clone() }).collect()
    }

    fn __repr__(&self) -> String {
        format!("<Diagnostic {} {}: {}>", self.inner.code, self.inner.severity.as_str(), self.inner.message)
    }
}

/// A suggestion and the edits that carry it out.
#[pyclass(frozen, module = "herbrand")]
struct Fix {
    inner: herbrand::report::Fix,
}

#[pymethods]
impl Fix {
    #[getter]
    fn description(&self) -> &str {
        &self.inner.description
    }

    /// The edits: `(file, span, replacement text)`; an empty span is an insertion.
    #[getter]
    fn edits(&self) -> Vec<(String, Span, String)> {
        self.inner.edits.iter().map(|e| (e.file.clone(), Span::from(&e.span), e.text.clone())).collect()
    }

    fn __repr__(&self) -> String {
        format!("<Fix {}>", self.inner.description)
    }
}

/// Thread pools by size, built once (a pool costs a few hundred microseconds to start).
fn pool(jobs: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(pool) = pools.get(&jobs) {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("herbrand-py-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let pool = Arc::new(pool);
    pools.insert(jobs, pool.clone());
    Ok(pool)
}

/// One request of a batch, read while holding the GIL: a batch line's text, or its JSON value.
enum Request {
    Line(String),
    Value(Value),
}

/// Checks requests in windows, in parallel, in order: window k+1 is read from the Python
/// iterable (with the GIL) while window k is checked (without it).
#[pyclass(module = "herbrand")]
struct BatchIter {
    state: Mutex<BatchState>,
}

struct BatchState {
    source: Option<Py<PyIterator>>,
    pool: Arc<rayon::ThreadPool>,
    window: usize,
    /// The number of the next request to read (1-based, as batch lines are).
    next_line: u64,
    checking: Option<mpsc::Receiver<Vec<Outcome>>>,
    ready: VecDeque<Outcome>,
}

impl BatchState {
    /// Up to `window` requests from the source; fewer (or none) at its end.
    fn read_window(&mut self, py: Python<'_>) -> PyResult<Vec<(u64, Request)>> {
        let mut out = Vec::new();
        let Some(source) = &self.source else { return Ok(out) };
        let mut source = source.bind(py).clone();
        while out.len() < self.window {
            let Some(item) = source.next() else {
                self.source = None;
                break;
            };
            let item = item?;
            let request = if let Ok(text) = item.cast::<PyString>() {
                Request::Line(text.to_cow()?.into_owned())
            } else if item.cast::<PyDict>().is_ok() {
                Request::Value(to_json(&item, "a request")?)
            } else {
                let type_name = item.get_type().name()?;
                return Err(PyTypeError::new_err(format!(
                    "request {} is a {type_name}: a request is a dict {{\"tool\": …, \"arguments\": {{…}}, \"id\": …}} or its JSON text",
                    self.next_line
                )));
            };
            out.push((self.next_line, request));
            self.next_line += 1;
        }
        Ok(out)
    }

    fn start(&mut self, window: Vec<(u64, Request)>) {
        let (sender, receiver) = mpsc::sync_channel(1);
        self.pool.spawn(move || {
            let outcomes: Vec<Outcome> = window
                .into_par_iter()
                .with_max_len(16)
                .map(|(line, request)| {
                    let (_, _, outcome) = match request {
                        Request::Line(text) => batch_mode::handle_line(session(), line, text.as_bytes()),
                        Request::Value(value) => batch_mode::handle_request(session(), line, value),
                    };
                    outcome
                })
                .collect();
            let _ = sender.send(outcomes);
        });
        self.checking = Some(receiver);
    }

    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Report>> {
        loop {
            if let Some(outcome) = self.ready.pop_front() {
                return Ok(Some(Report::from(outcome)));
            }
            if self.checking.is_none() && self.source.is_none() {
                return Ok(None);
            }
            let next = self.read_window(py)?;
            if let Some(checking) = self.checking.take() {
                // The worker always sends, even for an empty window; a closed channel would mean
                // a panic in a check, which the registry does not let happen.
                let outcomes = py.detach(move || checking.recv()).unwrap_or_default();
                self.ready.extend(outcomes);
            }
            if !next.is_empty() {
                self.start(next);
            }
        }
    }
}

#[pymethods]
impl BatchIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Report>> {
        let mut state = self.state.lock().map_err(|_| PyValueError::new_err("the batch failed earlier"))?;
        state.next(py)
    }
}

/// Check `requests` (an iterable of dicts `{"tool": …, "arguments": {…}, "id": …}` or of their
/// JSON texts, as `herbrand batch` reads them) on `jobs` threads (default: one per core),
/// `window` at a time; the Reports come in input order.
#[pyfunction]
#[pyo3(signature = (requests, jobs = None, window = 1024))]
fn batch_iter(requests: &Bound<'_, PyAny>, jobs: Option<usize>, window: usize) -> PyResult<BatchIter> {
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if window == 0 {
        return Err(PyValueError::new_err("window must be at least 1"));
    }
    let source = requests.try_iter()?.unbind();
    let state = BatchState {
        source: Some(source),
        pool: pool(jobs)?,
        window,
        next_line: 1,
        checking: None,
        ready: VecDeque::new(),
    };
    Ok(BatchIter { state: Mutex::new(state) })
}

/// `batch_iter` collected into a list.
#[pyfunction]
#[pyo3(signature = (requests, jobs = None, window = 1024))]
fn batch<'py>(
    py: Python<'py>,
    requests: &Bound<'py, PyAny>,
    jobs: Option<usize>,
    window: usize,
) -> PyResult<Bound<'py, PyList>> {
    let iter = batch_iter(requests, jobs, window)?;
    let mut state = iter.state.into_inner().map_err(|_| PyValueError::new_err("the batch failed"))?;
    let list = PyList::empty(py);
    while let Some(report) = state.next(py)? {
        list.append(Bound::new(py, report)?)?;
    }
    Ok(list)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(tool_specs, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(code_names, m)?)?;
    m.add_function(wrap_pyfunction!(batch, m)?)?;
    m.add_function(wrap_pyfunction!(batch_iter, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_call_seconds, m)?)?;
    m.add_class::<Report>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Fix>()?;
    m.add_class::<Span>()?;
    m.add_class::<BatchIter>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
