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
//!   lines and about [`BatchOptions::window_bytes`] bytes (at most three at a time: one being
//!   checked, one handed over and waiting, one being read), and a line longer than [`BatchOptions::max_line_bytes`] is skipped without being
//!   held, giving a `request/line-too-long` Report;
//! - streaming: each line is handed to the checkers as soon as it is read, and whatever has
//!   arrived is checked together and answered (written and flushed) at once, so a long-lived
//!   caller writing one request at a time over a pipe gets each answer while its input stays
//!   open; on fast input the windows fill up and the cores stay busy;
//! - deterministic: wall-time stats (`*_ms`) are dropped unless [`BatchOptions::timings`], so
//!   the same input gives byte-identical output whatever the number of jobs.

use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Verdict};
use crate::source::{SourceFile, Span};
use crate::tools::{self, Outcome, Session};

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

/// One input line of a window: a byte range of the window's buffer (without the line ending),
/// or only its length when it was over the limit.
#[derive(Clone, Copy)]
enum LineRef {
    Text { start: usize, end: usize },
    TooLong(u64),
}

/// Lines read together. Their bytes live in one buffer; the checking side hands its buffer back
/// to be refilled, so in steady state reading allocates nothing.
#[derive(Default)]
struct Window {
    buf: Vec<u8>,
    lines: Vec<LineRef>,
    /// Bytes consumed from the input so far (for the progress line).
    consumed: u64,
}

impl Window {
    fn is_full(&self, options: &BatchOptions) -> bool {
        self.lines.len() >= options.window_lines.max(1) || self.buf.len() >= options.window_bytes
    }
}

/// Bytes read from the input at a time.
const READ_BUFFER: usize = 1 << 20;

/// Most lines checked by one task: enough to amortise the task, few enough to balance the cores.
const LINES_PER_TASK: usize = 16;

/// The output of one task: its response lines, and (verdict, is_error) per line.
struct TaskOutput {
    text: Vec<u8>,
    verdicts: Vec<(Verdict, bool)>,
}

/// Run a batch: read requests from `input`, write one response line per input line to `output`.
/// Errors are I/O errors of the input or the output only.
///
/// Each group of lines is answered (written and flushed) as soon as it is checked, so a caller
/// that writes one request and waits gets its answer while the input stays open.
pub fn run<R: Read + Send, W: Write>(input: R, mut output: W, options: &BatchOptions) -> io::Result<Summary> {
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
    let session = Session::default();
    let queue = Queue::default();

    std::thread::scope(|scope| -> io::Result<()> {
        let reader = scope.spawn(|| read_lines(input, options, &queue));
        let result = (|| -> io::Result<()> {
            let mut window = Window::default();
            while queue.take(&mut window)? {
                let first = summary.lines + 1;
                let outputs: Vec<TaskOutput> = pool.install(|| {
                    window
                        .lines
                        .par_chunks(LINES_PER_TASK)
                        .enumerate()
                        .map(|(task, lines)| {
                            let first = first + (task * LINES_PER_TASK) as u64;
                            let mut out = TaskOutput { text: Vec::new(), verdicts: Vec::with_capacity(lines.len()) };
                            for (i, line) in lines.iter().enumerate() {
                                let raw = match *line {
                                    LineRef::Text { start, end } => Ok(&window.buf[start..end]),
                                    LineRef::TooLong(len) => Err(len),
                                };
                                let line = first + i as u64;
                                out.verdicts.push(respond(&session, line, raw, options.timings, &mut out.text));
                            }
                            out
                        })
                        .collect()
                });
                for out in &outputs {
                    output.write_all(&out.text)?;
                    for &(verdict, is_error) in &out.verdicts {
                        summary.count(verdict, is_error);
                    }
                }
                output.flush()?;
                progress.update(summary.lines, window.consumed, started);
            }
            Ok(())
        })();
        // On an output error the reader must not wait for a checker that is gone.
        queue.close();
        // The reader never panics; it ends at the end of input or once the queue is closed.
        let _ = reader.join();
        result
    })?;
    output.flush()?;
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The lines read and not yet taken by the checking side, shared between the reader thread and
/// the checking loop.
#[derive(Default)]
struct Pending {
    window: Window,
    /// The input ended (or failed: `error`).
    eof: bool,
    error: Option<io::Error>,
    /// The checking side stopped: the reader stops too.
    closed: bool,
}

/// The hand-over between the reader and the checking loop: the reader appends each line as soon
/// as it is read; the checker takes everything pending whenever it is free. On slow input a
/// window is whatever has arrived, answered at once; on fast input the reader runs ahead while a
/// window is checked, so windows fill up to the limits, where the reader waits.
#[derive(Default)]
struct Queue {
    pending: Mutex<Pending>,
    /// Signalled when a line arrives or the input ends.
    filled: Condvar,
    /// Signalled when the checker takes the pending lines, or stops.
    taken: Condvar,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, Pending> {
        // Neither side panics while holding the lock; were one to, every line pushed so far is
        // whole, so going on is sound.
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wait for lines, then swap them for `spare`'s (emptied) buffers. `Ok(false)` at the end of
    /// the input; an input error once every line read before it has been taken.
    fn take(&self, spare: &mut Window) -> io::Result<bool> {
        spare.buf.clear();
        spare.lines.clear();
        let mut pending = self.lock();
        while pending.window.lines.is_empty() && !pending.eof {
            pending = self.filled.wait(pending).unwrap_or_else(PoisonError::into_inner);
        }
        if pending.window.lines.is_empty() {
            return match pending.error.take() {
                Some(e) => Err(e),
                None => Ok(false),
            };
        }
        std::mem::swap(&mut pending.window, spare);
        pending.window.consumed = spare.consumed;
        drop(pending);
        self.taken.notify_one();
        Ok(true)
    }

    fn close(&self) {
        self.lock().closed = true;
        self.taken.notify_one();
    }
}

/// The reader thread. Lines are read into a local window as long as the input has bytes
/// buffered; before a read that may block (the buffer is empty), at the end of the input and when
/// the local window is full, they are handed over: swapped in when nothing is pending, else
/// appended to what is pending (waiting while that would pass the window limits). So a line read
/// is never held back while waiting for more input, and fast input still makes full windows.
fn read_lines<R: Read>(input: R, options: &BatchOptions, queue: &Queue) {
    let mut input = BufReader::with_capacity(READ_BUFFER, input);
    let mut local = Window::default();
    let mut consumed = 0u64;
    let mut first = true;
    loop {
        let mut eof = false;
        let mut error = None;
        match read_line(&mut input, options.max_line_bytes, &mut consumed, &mut local.buf) {
            Ok(Some(mut line)) => {
                if first {
                    strip_bom(&mut line, &local.buf);
                    first = false;
                }
                local.lines.push(line);
                local.consumed = consumed;
            }
            Ok(None) => eof = true,
            Err(e) => error = Some(e),
        }
        let done = eof || error.is_some();
        if !done && !input.buffer().is_empty() && !local.is_full(options) {
            continue;
        }
        let mut pending = queue.lock();
        while !pending.window.lines.is_empty() && !pending.closed && !fits(&pending.window, &local, options) {
            pending = queue.taken.wait(pending).unwrap_or_else(PoisonError::into_inner);
        }
        if pending.closed {
            return;
        }
        if pending.window.lines.is_empty() {
            std::mem::swap(&mut pending.window, &mut local);
        } else {
            append(&mut pending.window, &local);
        }
        pending.eof = done;
        pending.error = error;
        drop(pending);
        queue.filled.notify_one();
        local.buf.clear();
        local.lines.clear();
        if done {
            return;
        }
    }
}

/// Whether `more` can join `window` within the window limits.
fn fits(window: &Window, more: &Window, options: &BatchOptions) -> bool {
    window.lines.len() + more.lines.len() <= options.window_lines.max(1)
        && window.buf.len() + more.buf.len() <= options.window_bytes
}

/// Append the lines of `more` to `window`.
fn append(window: &mut Window, more: &Window) {
    let shift = window.buf.len();
    window.buf.extend_from_slice(&more.buf);
    window.lines.extend(more.lines.iter().map(|line| match *line {
        LineRef::Text { start, end } => LineRef::Text { start: start + shift, end: end + shift },
        too_long => too_long,
    }));
    window.consumed = more.consumed;
}

/// Read one line (up to `\n` or the end of input) onto the end of `buf`, keeping at most `max`
/// bytes of it; `None` at the end of input.
fn read_line<R: BufRead>(
    input: &mut R,
    max: usize,
    consumed: &mut u64,
    buf: &mut Vec<u8>,
) -> io::Result<Option<LineRef>> {
    let start = buf.len();
    let mut len = 0u64;
    let mut too_long = false;
    let mut started = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                buf.truncate(start);
                return Err(e);
            }
        };
        if available.is_empty() {
            break;
        }
        started = true;
        let newline = available.iter().position(|&b| b == b'\n');
        let content = &available[..newline.unwrap_or(available.len())];
        len += content.len() as u64;
        if !too_long {
            if buf.len() - start + content.len() > max {
                too_long = true;
                buf.truncate(start);
            } else {
                buf.extend_from_slice(content);
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
        return Ok(Some(LineRef::TooLong(len)));
    }
    if buf.last() == Some(&b'\r') && buf.len() > start {
        buf.pop();
    }
    Ok(Some(LineRef::Text { start, end: buf.len() }))
}

/// Skip a UTF-8 byte order mark at the start of the input.
fn strip_bom(line: &mut LineRef, buf: &[u8]) {
    if let LineRef::Text { start, end } = line {
        if buf[*start..*end].starts_with(b"\xEF\xBB\xBF") {
            *start += 3;
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

/// Append the output line for input line `line` to `out`; returns its verdict and whether the
/// request failed.
fn respond(session: &Session, line: u64, raw: Result<&[u8], u64>, timings: bool, out: &mut Vec<u8>) -> (Verdict, bool) {
    let (id, tool, mut outcome) = match raw {
        Err(len) => (Value::Null, None, Outcome::no_verdict(line_too_long(line, len))),
        Ok(text) => handle_line(session, line, text),
    };
    if !timings {
        outcome.report.drop_timings();
    }
    let response =
        Response { line, id: &id, tool: tool.as_deref(), is_error: outcome.is_error, report: &outcome.report };
    let before = out.len();
    // A response holds only JSON values and strings, and writing to a Vec cannot fail; should
    // it ever, the line still gets its own (minimal) output line.
    if serde_json::to_writer(&mut *out, &response).is_err() {
        out.truncate(before);
        out.extend_from_slice(format!("{{\"line\":{line},\"is_error\":true}}").as_bytes());
    }
    out.push(b'\n');
    (outcome.report.verdict, outcome.is_error)
}

/// Parse request line number `line` (its bytes, without the line ending) and run it: its `id`
/// (null when it has none), its tool name as given, and the outcome — what batch writes for it.
pub fn handle_line(session: &Session, line: u64, text: &[u8]) -> (Value, Option<String>, Outcome) {
    if text.iter().all(u8::is_ascii_whitespace) {
        let report = request_error(
            &codes::REQUEST_EMPTY_LINE,
            format!("line {line} is empty"),
            "every line must hold one request",
        );
        return (Value::Null, None, Outcome::no_verdict(report));
    }
    match serde_json::from_slice(text) {
        Ok(request) => handle_request(session, line, request),
        Err(e) => (Value::Null, None, Outcome::no_verdict(malformed_json(line, text, &e))),
    }
}

/// Run request number `line`, already parsed (a batch line's JSON, or a request built by a
/// library caller such as the Python package): its `id`, its tool name as given, and the outcome.
pub fn handle_request(session: &Session, line: u64, request: Value) -> (Value, Option<String>, Outcome) {
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
    let outcome = tools::call_in(session, &tool, arguments);
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
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = read_line(&mut reader, max, &mut consumed, &mut buf).expect("in-memory read") {
            out.push(match line {
                LineRef::Text { start, end } => String::from_utf8_lossy(&buf[start..end]).into_owned(),
                LineRef::TooLong(n) => format!("<{n} bytes>"),
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
