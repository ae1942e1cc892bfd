//! Batch mode: JSONL requests in, JSONL Reports out, in input order, checked in parallel.
//!
//! A request line is `{"id": any, "tool": NAME, "arguments": {…}}` — the MCP tool's name and
//! arguments, dispatched through the same registry ([`crate::tools`]). Each output line is
//! `{"line": N, "id": …, "tool": …, "is_error": bool, "report": {…}}`.
//!
//! Guarantees:
//! - lines in = lines out: every input line (empty, malformed, over-long, or a request that
//!   fails) yields exactly one output line, at the same position, and nothing panics;
//! - bounded memory: input is streamed in windows of at most [`BatchOptions::window_lines`]
//!   lines and about [`BatchOptions::window_bytes`] bytes (one window being read while one is
//!   checked), and a line longer than [`BatchOptions::max_line_bytes`] is skipped without being
//!   held, giving a `request/line-too-long` Report;
//! - deterministic: wall-time stats (`*_ms`) are dropped unless [`BatchOptions::timings`], so
//!   the same input gives byte-identical output whatever the number of jobs.

use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Verdict};
use crate::source::{SourceFile, Span};
use crate::tools::{self, Outcome};

/// How a batch runs.
#[derive(Clone, Debug)]
pub struct BatchOptions {
    /// Worker threads; 0 = one per core.
    pub jobs: usize,
    /// Longest accepted line, in bytes.
    pub max_line_bytes: usize,
    /// Most lines read ahead and checked together.
    pub window_lines: usize,
    /// A window is closed once its lines add up to this many bytes.
    pub window_bytes: usize,
    /// Keep the wall-time stats (`*_ms`) in the Reports (the output is then not reproducible).
    pub timings: bool,
    /// Draw a progress line on stderr (only when stderr is a terminal).
    pub progress: bool,
    /// The input's size in bytes, when known, for the progress line.
    pub input_len: Option<u64>,
}

impl Default for BatchOptions {
    fn default() -> BatchOptions {
        BatchOptions {
            jobs: 0,
            max_line_bytes: 64 * 1024 * 1024,
            window_lines: 1024,
            window_bytes: 16 * 1024 * 1024,
            timings: false,
            progress: true,
            input_len: None,
        }
    }
}

/// What a batch did: counts per verdict and throughput.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub lines: u64,
    pub valid: u64,
    pub invalid: u64,
    pub error: u64,
    pub unknown: u64,
    /// Lines that gave no verdict about an artifact (malformed lines, bad arguments, oversized
    /// inputs): `is_error` in the output.
    pub failed_requests: u64,
    pub jobs: usize,
    pub elapsed: Duration,
}

impl Summary {
    fn count(&mut self, verdict: Verdict, is_error: bool) {
        self.lines += 1;
        match verdict {
            Verdict::Valid => self.valid += 1,
            Verdict::Invalid => self.invalid += 1,
            Verdict::Error => self.error += 1,
            Verdict::Unknown => self.unknown += 1,
        }
        if is_error {
            self.failed_requests += 1;
        }
    }

    /// The closing line `herbrand batch` prints on stderr.
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64();
        let rate = if secs > 0.0 { self.lines as f64 / secs } else { 0.0 };
        format!(
            "herbrand batch: {} lines: {} valid, {} invalid, {} error, {} unknown ({} requests failed) in {:.2} s, {:.0} lines/s with {} job{}",
            self.lines,
            self.valid,
            self.invalid,
            self.error,
            self.unknown,
            self.failed_requests,
            secs,
            rate,
            self.jobs,
            if self.jobs == 1 { "" } else { "s" }
        )
    }
}

/// One input line as read: its bytes (without the line ending), or only its length when it was
/// over the limit.
enum RawLine {
    Text(Vec<u8>),
    TooLong(u64),
}

struct Window {
    /// The 1-based number of the first line.
    first: u64,
    lines: Vec<RawLine>,
    /// Bytes consumed from the input so far (for the progress line).
    consumed: u64,
}

/// Run a batch: read requests from `input`, write one response line per input line to `output`.
/// Errors are I/O errors of the input or the output only.
pub fn run<R: BufRead + Send, W: Write>(input: R, mut output: W, options: &BatchOptions) -> io::Result<Summary> {
    let started = Instant::now();
    let jobs =
        if options.jobs == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { options.jobs };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("herbrand-batch-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let mut summary = Summary { jobs, ..Summary::default() };
    let mut progress = Progress::new(options.progress && io::stderr().is_terminal(), options.input_len);

    std::thread::scope(|scope| -> io::Result<()> {
        // One window is read ahead while the previous one is checked.
        let (sender, receiver) = mpsc::sync_channel::<io::Result<Window>>(1);
        let reader = scope.spawn(move || read_windows(input, options, sender));
        for window in receiver {
            let window = window?;
            let timings = options.timings;
            let first = window.first;
            let responses: Vec<(String, Verdict, bool)> = pool.install(|| {
                window
                    .lines
                    .into_par_iter()
                    .enumerate()
                    .map(|(i, line)| respond(first + i as u64, line, timings))
                    .collect()
            });
            for (text, verdict, is_error) in &responses {
                output.write_all(text.as_bytes())?;
                output.write_all(b"\n")?;
                summary.count(*verdict, *is_error);
            }
            progress.update(summary.lines, window.consumed, started);
        }
        // The reader ends when the input does or the receiver is gone; it never panics.
        let _ = reader.join();
        Ok(())
    })?;
    output.flush()?;
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn read_windows<R: BufRead>(mut input: R, options: &BatchOptions, sender: mpsc::SyncSender<io::Result<Window>>) {
    let mut next_line = 1u64;
    let mut consumed = 0u64;
    let mut first_line = true;
    loop {
        let mut window = Window { first: next_line, lines: Vec::new(), consumed: 0 };
        let mut bytes = 0usize;
        let mut eof = false;
        while window.lines.len() < options.window_lines.max(1) && bytes < options.window_bytes {
            match read_line(&mut input, options.max_line_bytes, &mut consumed) {
                Ok(Some(mut line)) => {
                    if first_line {
                        strip_bom(&mut line);
                        first_line = false;
                    }
                    bytes += match &line {
                        RawLine::Text(t) => t.len(),
                        RawLine::TooLong(_) => 0,
                    };
                    window.lines.push(line);
                }
                Ok(None) => {
                    eof = true;
                    break;
                }
                Err(e) => {
                    let _ = sender.send(Err(e));
                    return;
                }
            }
        }
        next_line += window.lines.len() as u64;
        window.consumed = consumed;
        if !window.lines.is_empty() && sender.send(Ok(window)).is_err() {
            return;
        }
        if eof {
            return;
        }
    }
}

/// Read one line (up to `\n` or the end of input), keeping at most `max` bytes of it.
fn read_line<R: BufRead>(input: &mut R, max: usize, consumed: &mut u64) -> io::Result<Option<RawLine>> {
    let mut text = Vec::new();
    let mut len = 0u64;
    let mut too_long = false;
    let mut started = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        started = true;
        let newline = available.iter().position(|&b| b == b'\n');
        let content = &available[..newline.unwrap_or(available.len())];
        len += content.len() as u64;
        if !too_long {
            if text.len() + content.len() > max {
                too_long = true;
                text = Vec::new();
            } else {
                text.extend_from_slice(content);
            }
        }
        let taken = newline.map_or(available.len(), |i| i + 1);
        input.consume(taken);
        *consumed += taken as u64;
        if newline.is_some() {
            break;
        }
    }
    if !started {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(RawLine::TooLong(len)));
    }
    if text.last() == Some(&b'\r') {
        text.pop();
    }
    Ok(Some(RawLine::Text(text)))
}

fn strip_bom(line: &mut RawLine) {
    if let RawLine::Text(text) = line {
        if text.starts_with(b"\xEF\xBB\xBF") {
            text.drain(..3);
        }
    }
}

/// One output line, in this key order.
#[derive(Serialize)]
struct Response<'a> {
    line: u64,
    id: &'a Value,
    tool: Option<&'a str>,
    is_error: bool,
    report: &'a Report,
}

/// The output line for input line `line`, with its verdict and whether it failed as a request.
fn respond(line: u64, raw: RawLine, timings: bool) -> (String, Verdict, bool) {
    let (id, tool, mut outcome) = match raw {
        RawLine::TooLong(len) => (Value::Null, None, Outcome::no_verdict(line_too_long(line, len))),
        RawLine::Text(text) => dispatch(line, &text),
    };
    if !timings {
        outcome.report.drop_timings();
    }
    let response =
        Response { line, id: &id, tool: tool.as_deref(), is_error: outcome.is_error, report: &outcome.report };
    // A response holds only JSON values and strings: serializing cannot fail.
    let text = serde_json::to_string(&response).unwrap_or_else(|e| format!("{{\"line\":{line},\"error\":\"{e}\"}}"));
    (text, outcome.report.verdict, outcome.is_error)
}

/// Parse a request line and run it: (id, tool name as given, outcome).
fn dispatch(line: u64, text: &[u8]) -> (Value, Option<String>, Outcome) {
    if text.iter().all(u8::is_ascii_whitespace) {
        let report = request_error(
            &codes::REQUEST_EMPTY_LINE,
            format!("line {line} is empty"),
            "every line must hold one request",
        );
        return (Value::Null, None, Outcome::no_verdict(report));
    }
    let request: Value = match serde_json::from_slice(text) {
        Ok(value) => value,
        Err(e) => return (Value::Null, None, Outcome::no_verdict(malformed_json(line, text, &e))),
    };
    let Value::Object(mut request) = request else {
        let report = request_error(
            &codes::REQUEST_MALFORMED,
            format!("line {line} is not a request object"),
            "write {\"id\": …, \"tool\": \"validate_plan\", \"arguments\": {…}}",
        );
        return (Value::Null, None, Outcome::no_verdict(report));
    };
    let id = request.remove("id").unwrap_or(Value::Null);
    let tool = match request.remove("tool") {
        Some(Value::String(tool)) => tool,
        other => {
            let message = match other {
                None => format!("line {line} has no `tool`"),
                Some(_) => format!("the `tool` of line {line} is not a string"),
            };
            let help = if request.contains_key("name") {
                "name the tool with `tool` (a batch line is {\"id\": …, \"tool\": NAME, \"arguments\": {…}})"
            } else {
                "add \"tool\": \"validate_plan\" (or another tool name)"
            };
            return (id, None, Outcome::no_verdict(request_error(&codes::REQUEST_MALFORMED, message, help)));
        }
    };
    let arguments = request.remove("arguments").unwrap_or(Value::Null);
    if let Some(extra) = request.keys().next() {
        let shown: String = extra.chars().take(80).collect();
        let report = request_error(
            &codes::REQUEST_MALFORMED,
            format!("line {line} has an unknown key `{shown}`"),
            "a request has only `id`, `tool` and `arguments`; carry your own data in `id` (any JSON value)",
        );
        return (id, Some(tool), Outcome::no_verdict(report));
    }
    let outcome = tools::call(&tool, arguments);
    (id, Some(tool), outcome)
}

fn request_error(code: &codes::Code, message: String, help: &str) -> Report {
    tools::request_error(Kind::Request, code, message, help.to_string())
}

fn malformed_json(line: u64, text: &[u8], error: &serde_json::Error) -> Report {
    let message = format!("line {line} is not valid JSON: {error}");
    let mut report = Report::new(Kind::Request);
    report.verdict = Verdict::Error;
    report.summary = message.clone();
    // The request's text, so that the renderers can quote where parsing stopped.
    let src = std::sync::Arc::new(SourceFile::new("request", String::from_utf8_lossy(text).into_owned()));
    let at = error.column().saturating_sub(1);
    report.push(
        Diagnostic::new(&codes::REQUEST_MALFORMED_JSON, message)
            .at(&src, Span::new(at, at))
            .help("write each request as one JSON object on one line"),
    );
    report.add_source(src);
    report
}

fn line_too_long(line: u64, len: u64) -> Report {
    request_error(
        &codes::REQUEST_LINE_TOO_LONG,
        format!("line {line} is {len} bytes, over the line limit; it was skipped"),
        "raise the limit with --max-line-bytes, or send smaller inputs",
    )
}

/// A progress line on stderr: lines done, rate, and the share of the input when its size is known.
struct Progress {
    enabled: bool,
    total: Option<u64>,
    last: Option<Instant>,
}

impl Progress {
    fn new(enabled: bool, total: Option<u64>) -> Progress {
        Progress { enabled, total, last: None }
    }

    fn update(&mut self, lines: u64, consumed: u64, started: Instant) {
        if !self.enabled || self.last.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) {
            return;
        }
        self.last = Some(Instant::now());
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let share = match self.total {
            Some(total) if total > 0 => {
                let done = (consumed as f64 / total as f64).min(1.0);
                let filled = (done * 30.0) as usize;
                format!("[{}{}] {:>3.0}% ", "#".repeat(filled), "-".repeat(30 - filled), done * 100.0)
            }
            _ => String::new(),
        };
        let _ = write!(io::stderr(), "\r{share}{lines} lines, {:.0} lines/s ", lines as f64 / secs);
    }

    fn finish(&self) {
        if self.enabled && self.last.is_some() {
            let _ = write!(io::stderr(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<String> {
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut consumed = 0;
        let mut out = Vec::new();
        while let Some(line) = read_line(&mut reader, max, &mut consumed).expect("in-memory read") {
            out.push(match line {
                RawLine::Text(t) => String::from_utf8_lossy(&t).into_owned(),
                RawLine::TooLong(n) => format!("<{n} bytes>"),
            });
        }
        assert_eq!(consumed as usize, input.len());
        out
    }

    #[test]
    fn lines_are_split_bounded_and_counted() {
        assert_eq!(lines(b"a\nbb\r\n\nccc", 100), ["a", "bb", "", "ccc"]);
        assert_eq!(lines(b"a\n", 100), ["a"]);
        assert_eq!(lines(b"", 100), Vec::<String>::new());
        assert_eq!(lines(b"short\nmuch too long\nok", 5), ["short", "<13 bytes>", "ok"]);
    }

    #[test]
    fn summary_counts_per_verdict() {
        let mut s = Summary { jobs: 2, ..Summary::default() };
        s.count(Verdict::Valid, false);
        s.count(Verdict::Error, true);
        s.count(Verdict::Unknown, true);
        assert_eq!((s.lines, s.valid, s.error, s.unknown, s.failed_requests), (3, 1, 1, 1, 2));
        assert!(
            s.line().contains("3 lines: 1 valid, 0 invalid, 1 error, 1 unknown (2 requests failed)"),
            "{}",
            s.line()
        );
    }
}
