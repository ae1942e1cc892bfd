//! Plan files as planners and LLMs write them.
//!
//! One step per `(action arg …)`, optionally prefixed by a time `t:` and followed by a duration
//! `[d]`; `;` comments (cost lines included) and blank lines are skipped; several steps may share
//! a line. What LLMs wrap around plans — Markdown fences, list numbering (`1.`, `2)`, `-`,
//! `Step 3:`), backticks — is stripped with an `plan/llm-noise` warning; a stray `)` after a step
//! (LPG-td) gives `plan/stray-paren`. Anything else that is not a step — prose, an unclosed
//! step — is a located `plan/syntax-error`. The reader never fails: it returns every step it
//! could read and a diagnostic for every line it could not.

use nom::character::complete::{char, multispace0};
use nom::number::complete::double;
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

use super::ast::{Name, Symbols};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// One step of a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// 1-based index among the plan's action lines (steps).
    pub index: usize,
    /// 1-based line.
    pub line: usize,
    /// The `(action arg …)` text.
    pub span: Span,
    pub time: Option<f64>,
    /// The `t:` prefix, colon included.
    pub time_span: Option<Span>,
    pub duration: Option<f64>,
    pub action: Name,
    /// Range into [`Plan::args`].
    pub args: std::ops::Range<u32>,
    /// The step could not be read completely (e.g. its `)` is missing): it fails when reached.
    pub malformed: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub steps: Vec<Step>,
    args: Vec<Name>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Plan {
    pub fn args(&self, step: &Step) -> &[Name] {
        &self.args[step.args.start as usize..step.args.end as usize]
    }

    /// Whether any step carries a time stamp.
    pub fn timestamped(&self) -> bool {
        self.steps.iter().any(|s| s.time.is_some())
    }
}

fn is_atom_char(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, '(' | ')' | ';' | '[' | ']' | '`')
}

/// A name after optional whitespace. Scans bytes (plans are mostly ASCII), decoding a character
/// only where a non-ASCII byte starts.
fn atom(input: &str) -> IResult<&str, &str> {
    let input = input.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            if !is_atom_char(bytes[i] as char) {
                break;
            }
            i += 1;
        } else {
            let c = input[i..].chars().next().unwrap_or(' ');
            if !is_atom_char(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    if i == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::TakeWhile1)));
    }
    Ok((&input[i..], &input[..i]))
}

/// `12.5:` — a time stamp.
fn time_prefix(input: &str) -> IResult<&str, f64> {
    terminated(preceded(multispace0, double), preceded(multispace0, char(':'))).parse(input)
}

/// `[8.0]` — a duration.
fn duration(input: &str) -> IResult<&str, f64> {
    preceded(multispace0, delimited(char('['), preceded(multispace0, double), preceded(multispace0, char(']'))))
        .parse(input)
}

/// List numbering an LLM puts before a step: `1.`, `2)`, `-`, `*`, `Step 3:`, `#4`.
fn numbering(line: &str) -> Option<usize> {
    let t = line.trim_start();
    if t.starts_with('(') {
        return None;
    }
    let lead = line.len() - t.len();
    let lower = t.to_ascii_lowercase();
    let mut rest = lower.as_str();
    if let Some(r) = rest.strip_prefix("step") {
        rest = r.trim_start();
    } else if let Some(r) = rest.strip_prefix('#') {
        rest = r;
    } else if let Some(r) = rest.strip_prefix(['-', '*', '•']) {
        let r = r.trim_start();
        return (r.starts_with('(') || r.starts_with('`')).then(|| line.len() - r.len());
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let after = &rest[digits..];
    let after = after.strip_prefix(['.', ')', ':']).unwrap_or(after);
    let after_trim = after.trim_start();
    if !after_trim.starts_with('(') && !after_trim.starts_with('`') && call_notation(after_trim.trim_end()).is_none() {
        return None;
    }
    let consumed = lower.len() - after_trim.len();
    // `3: (a)` is a time stamp, not numbering: only `N.` / `N)` / `Step N` / `#N` count.
    let marker = &rest[digits..];
    let is_time = marker.starts_with(':') && !lower.starts_with("step") && !lower.starts_with('#');
    (!is_time).then_some(lead + consumed)
}

/// Read a plan file.
pub fn read(src: &SourceFile, syms: &mut Symbols) -> Plan {
    let mut plan = Plan::default();
    let text = src.text();
    // One step per line is the common case: reserve once instead of growing.
    let lines = text.bytes().filter(|&b| b == b'\n').count() + 1;
    plan.steps.reserve(lines);
    plan.args.reserve(lines * 3);
    let mut offset = 0;
    // One pass over the bytes finds each line's end and its first `;` (plans are mostly short
    // lines, where a searcher per line costs more than the scan).
    let bytes = text.as_bytes();
    let mut line_no = 1;
    let mut comment: Option<usize> = None;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b';' if comment.is_none() => comment = Some(i),
            b'\n' => {
                let code_end = comment.unwrap_or(i);
                read_line(src, syms, &mut plan, &text[offset..code_end], offset, line_no);
                offset = i + 1;
                line_no += 1;
                comment = None;
            }
            _ => {}
        }
    }
    if offset < bytes.len() {
        let code_end = comment.unwrap_or(bytes.len());
        read_line(src, syms, &mut plan, &text[offset..code_end], offset, line_no);
    }
    plan
}

fn noise(src: &SourceFile, span: Span, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(&codes::PLAN_LLM_NOISE, message).at(src, span).fix(Fix::new("remove it").edit(src, span, ""))
}

fn read_line(src: &SourceFile, syms: &mut Symbols, plan: &mut Plan, raw: &str, line_start: usize, line_no: usize) {
    // `raw` is the line without its comment.
    let line = raw.trim_end_matches('\r');
    if line.trim().is_empty() {
        return;
    }
    let at = |s: &str| line_start + (s.as_ptr() as usize - raw.as_ptr() as usize);
    let trimmed = line.trim();
    // A JSON array around the steps: its brackets alone on a line are noise.
    if matches!(trimmed, "[" | "]" | "]," | "{" | "}" | "`") {
        let start = at(trimmed);
        plan.diagnostics.push(noise(
            src,
            Span::new(start, start + trimmed.len()),
            "a bracket around the plan was ignored",
        ));
        return;
    }
    if trimmed.starts_with("```") {
        let start = at(trimmed);
        plan.diagnostics.push(noise(
            src,
            Span::new(start, start + trimmed.len()),
            "a Markdown code fence in the plan was ignored",
        ));
        return;
    }
    let mut rest = line;
    if let Some(skip) = numbering(line) {
        let start = at(line.trim_start());
        plan.diagnostics.push(noise(
            src,
            Span::new(start, line_start + skip),
            "list numbering before a step was ignored",
        ));
        rest = &line[skip..];
    }
    let mut first = true;
    loop {
        let mut time = None;
        let mut time_span = None;
        let starts_number = rest.trim_start().starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | '+' | '-'));
        if let Some(Ok((r, t))) = starts_number.then(|| time_prefix(rest)) {
            time = Some(t);
            time_span = Some(Span::new(at(rest.trim_start()), at(r)));
            rest = r;
        }
        let body = rest.trim_start();
        if body.is_empty() {
            if time.is_some() {
                let s = at(rest);
                plan.diagnostics.push(
                    Diagnostic::new(&codes::PLAN_SYNTAX_ERROR, "a time stamp without a step").at(src, Span::new(s, s)),
                );
            }
            return;
        }
        // A backtick or a quote (a plan written as a JSON list of strings) around the step.
        let (body, quote) = match body.strip_prefix(['`', '"', '\'']) {
            Some(b) if b.trim_start().starts_with('(') => (b.trim_start(), body.chars().next()),
            _ => (body, None),
        };
        if let Some(q) = quote {
            let s = at(body) - 1;
            plan.diagnostics.push(noise(src, Span::new(s, s + 1), quote_message(q)));
        }
        if !body.starts_with('(') {
            let s = at(body);
            let span = Span::new(s, s + body.trim_end().len());
            // `pick-up(a, b)`: a step in function-call notation. It is read as the step it
            // stands for (so the plan can still be simulated) and reported with the rewrite.
            if let Some((name, args)) = call_notation(body.trim_end()) {
                let rewritten =
                    format!("({})", std::iter::once(name).chain(args.iter().copied()).collect::<Vec<_>>().join(" "));
                plan.diagnostics.push(
                    Diagnostic::new(
                        &codes::PLAN_SYNTAX_ERROR,
                        format!("`{}` is written as a function call", short(body)),
                    )
                    .at(src, span)
                    .help(format!("a step is `(action arg …)`: write {rewritten}"))
                    .fix(Fix::new(format!("write {rewritten}")).edit(src, span, rewritten.clone())),
                );
                let args_start = plan.args.len() as u32;
                for a in &args {
                    let off = a.as_ptr() as usize - body.as_ptr() as usize + s;
                    plan.args.push(Name { sym: syms.intern(a), span: Span::new(off, off + a.len()) });
                }
                let name_span = Span::new(s, s + name.len());
                plan.steps.push(Step {
                    index: plan.steps.len() + 1,
                    line: line_no,
                    span,
                    time,
                    time_span,
                    duration: None,
                    action: Name { sym: syms.intern(name), span: name_span },
                    args: args_start..plan.args.len() as u32,
                    malformed: false,
                });
                return;
            }
            let what = if first { "this line is not a plan step" } else { "text after the step is not a plan step" };
            let mut d = Diagnostic::new(&codes::PLAN_SYNTAX_ERROR, format!("{what}: `{}`", short(body)))
                .at(src, span)
                .help("a step is `(action arg …)`; comments start with `;`");
            if first && bare_step(body.trim_end()) {
                // `pick-up a`: only the parentheses are missing.
                let wrapped = format!("({})", body.trim_end());
                d = d.fix(Fix::new(format!("write {wrapped}")).edit(src, span, wrapped.clone()));
            } else if first {
                d = d.fix(Fix::new("delete the line").edit(src, span, ""));
            }
            plan.diagnostics.push(d);
            return;
        }
        first = false;
        rest = read_step(src, syms, plan, body, at(body), line_no, time);
        if let Some(step) = plan.steps.last_mut() {
            step.time_span = time_span;
        }
        // After a step: a duration, a closing backtick, a stray `)`.
        if let Ok((r, d)) = duration(rest) {
            if let Some(step) = plan.steps.last_mut() {
                step.duration = Some(d);
            }
            rest = r;
        }
        let mut after = rest.trim_start();
        if let Some(r) = after.strip_prefix(['`', '"', '\'']) {
            let s = at(after);
            let q = after.chars().next().unwrap_or('`');
            let r = r.trim_start();
            let r = r.strip_prefix(',').unwrap_or(r);
            let n = after.len() - r.len();
            plan.diagnostics.push(noise(src, Span::new(s, s + n), quote_message(q)));
            after = r.trim_start();
        }
        while let Some(r) = after.strip_prefix(')') {
            let s = at(after);
            plan.diagnostics.push(
                Diagnostic::new(&codes::PLAN_STRAY_PAREN, "a stray `)` after the step was ignored")
                    .at(src, Span::new(s, s + 1))
                    .note("VAL stops reading the plan at this point")
                    .fix(Fix::new("delete the stray `)`").edit(src, Span::new(s, s + 1), "")),
            );
            after = r.trim_start();
        }
        rest = after;
    }
}

fn quote_message(q: char) -> &'static str {
    if q == '`' {
        "a backtick around a step was ignored"
    } else {
        "a quote around a step was ignored (a plan is not a list of strings)"
    }
}

/// `name(a, b)` or `name(a b)` → the name and the arguments.
fn call_notation(text: &str) -> Option<(&str, Vec<&str>)> {
    let open = text.find('(')?;
    let name = text[..open].trim_end();
    let inner = text[open + 1..].strip_suffix(')')?;
    let is_name = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !is_name(name) || inner.contains(['(', ')']) {
        return None;
    }
    let args: Vec<&str> = inner.split([',', ' ', '\t']).map(str::trim).filter(|a| !a.is_empty()).collect();
    args.iter().all(|a| is_name(a)).then_some((name, args))
}

/// `pick-up a b`: names only, the first with a separator or the line short, so that prose is not
/// mistaken for a step.
fn bare_step(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_name = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_'));
    !words.is_empty() && words.len() <= 8 && words.iter().all(|w| is_name(w)) && words[0].contains(['-', '_'])
}

fn short(text: &str) -> String {
    let t = text.trim_end();
    let mut s: String = t.chars().take(60).collect();
    if s.len() < t.len() {
        s.push('…');
    }
    s
}

/// Read `(name arg …)` starting at `body` (which starts with `(`); returns what follows.
fn read_step<'a>(
    src: &SourceFile,
    syms: &mut Symbols,
    plan: &mut Plan,
    body: &'a str,
    start: usize,
    line_no: usize,
    time: Option<f64>,
) -> &'a str {
    let base = body.as_ptr() as usize;
    let pos = |s: &str| start + (s.as_ptr() as usize - base);
    let mut rest = &body[1..];
    let args_start = plan.args.len() as u32;
    let mut action: Option<Name> = None;
    let mut malformed = false;
    while let Ok((r, word)) = atom(rest) {
        let s = pos(word);
        let name = Name { sym: syms.intern(word), span: Span::new(s, s + word.len()) };
        if action.is_none() {
            action = Some(name);
        } else {
            plan.args.push(name);
        }
        rest = r;
    }
    let after = rest.trim_start();
    let end;
    if let Some(r) = after.strip_prefix(')') {
        end = pos(after) + 1;
        rest = r;
    } else {
        malformed = true;
        end = pos(after);
        let found = match after.chars().next() {
            None => "the end of the line".to_string(),
            Some(c) => format!("`{c}`"),
        };
        let mut d =
            Diagnostic::new(&codes::PLAN_SYNTAX_ERROR, format!("this step is not closed: expected `)`, found {found}"))
                .at(src, Span::new(start, end.max(start + 1)));
        if after.is_empty() {
            d = d.fix(Fix::new("add the missing `)`").edit(src, Span::new(end, end), ")"));
        }
        plan.diagnostics.push(d);
        // Skip to the end of whatever follows so nested junk is not read as steps.
        rest = "";
    }
    let span = Span::new(start, end);
    let action = match action {
        Some(a) => a,
        None => {
            if !malformed {
                plan.diagnostics.push(
                    Diagnostic::new(&codes::PLAN_SYNTAX_ERROR, "an empty step `()`")
                        .at(src, span)
                        .fix(Fix::new("delete it").edit(src, span, "")),
                );
                return rest;
            }
            malformed = true;
            Name { sym: syms.intern("?"), span }
        }
    };
    let index = plan.steps.len() + 1;
    plan.steps.push(Step {
        index,
        line: line_no,
        span,
        time,
        time_span: None,
        duration: None,
        action,
        args: args_start..plan.args.len() as u32,
        malformed,
    });
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> (SourceFile, Symbols, Plan) {
        let src = SourceFile::new("plan", text);
        let mut syms = Symbols::default();
        let plan = read(&src, &mut syms);
        (src, syms, plan)
    }

    fn names(syms: &Symbols, plan: &Plan) -> Vec<String> {
        plan.steps
            .iter()
            .map(|s| {
                let mut v = vec![syms.name(s.action.sym).to_string()];
                v.extend(plan.args(s).iter().map(|a| syms.name(a.sym).to_string()));
                v.join(" ")
            })
            .collect()
    }

    #[test]
    fn reads_plain_timestamped_and_commented_steps() {
        let (_, syms, plan) =
            read_str("; c\n(PICK-UP B) ; x\n0.5: (stack b a) [1.000]\n\n3: (put-down c) [1]\n; cost = 3\n");
        assert!(plan.diagnostics.is_empty(), "{:?}", plan.diagnostics);
        assert_eq!(names(&syms, &plan), ["pick-up b", "stack b a", "put-down c"]);
        assert_eq!(plan.steps[1].time, Some(0.5));
        assert_eq!(plan.steps[1].duration, Some(1.0));
        assert_eq!(plan.steps[2].line, 5);
        assert_eq!(plan.steps[2].index, 3);
    }

    #[test]
    fn llm_noise_is_stripped_with_warnings() {
        let (_, syms, plan) =
            read_str("```pddl\n1. (pick-up b)\n2) `(stack b a)`\n- (pick-up c)\nStep 4: (stack c b)\n```\n");
        assert_eq!(names(&syms, &plan), ["pick-up b", "stack b a", "pick-up c", "stack c b"]);
        assert!(plan.diagnostics.iter().all(|d| d.code == "plan/llm-noise"), "{:?}", plan.diagnostics);
        assert_eq!(plan.steps[3].time, None);
    }

    #[test]
    fn prose_and_unclosed_steps_are_errors() {
        let (_, syms, plan) = read_str("Here is the plan:\n(pick-up b)\n(stack b a\n(pick-up c) then stack it\n");
        let codes: Vec<&str> = plan.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["plan/syntax-error", "plan/syntax-error", "plan/syntax-error"]);
        assert_eq!(plan.diagnostics[0].span.unwrap().line, 1);
        assert_eq!(plan.diagnostics[1].span.unwrap().line, 3);
        assert!(plan.steps[1].malformed);
        assert_eq!(names(&syms, &plan), ["pick-up b", "stack b a", "pick-up c"]);
    }

    #[test]
    fn stray_paren_is_a_warning_and_reading_goes_on() {
        let (_, _, plan) = read_str("0.0002: (board p1 plane1 city0) [8.0000])\n(b)");
        assert_eq!(plan.steps.len(), 2);
        assert_eq!(plan.diagnostics.len(), 1);
        assert_eq!(plan.diagnostics[0].code, "plan/stray-paren");
    }

    #[test]
    fn several_steps_on_a_line() {
        let (_, syms, plan) = read_str("(a x) (b y)\n");
        assert_eq!(names(&syms, &plan), ["a x", "b y"]);
    }

    #[test]
    fn bullets_before_backticked_steps_are_noise() {
        let (_, syms, plan) = read_str("* `(pick-up b)`\n- `(stack b a)`\n");
        assert_eq!(names(&syms, &plan), ["pick-up b", "stack b a"]);
        assert!(plan.diagnostics.iter().all(|d| d.code == "plan/llm-noise"), "{:?}", plan.diagnostics);
    }

    #[test]
    fn function_call_steps_are_read_and_reported() {
        let (src, syms, plan) = read_str("pick-up(a)\nstack(a, b)\nHere is it\nput-down c\nStep 5: pick-up(c)\n");
        assert_eq!(names(&syms, &plan), ["pick-up a", "stack a b", "pick-up c"]);
        let codes: Vec<&str> = plan.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "plan/syntax-error",
                "plan/syntax-error",
                "plan/syntax-error",
                "plan/syntax-error",
                "plan/llm-noise",
                "plan/syntax-error"
            ]
        );
        assert_eq!(plan.diagnostics[1].fixes[0].edits[0].text, "(stack a b)");
        assert_eq!(src.slice(plan.args(&plan.steps[1])[1].span), "b");
        // Prose gets "delete the line"; a bare step gets its parentheses back.
        assert_eq!(plan.diagnostics[2].fixes[0].edits[0].text, "");
        assert_eq!(plan.diagnostics[3].fixes[0].edits[0].text, "(put-down c)");
    }

    #[test]
    fn a_json_list_of_steps_is_read_with_warnings() {
        let (_, syms, plan) = read_str("[\n  \"(pick-up b)\",\n  \"(stack b a)\"\n]\n");
        assert_eq!(names(&syms, &plan), ["pick-up b", "stack b a"]);
        assert!(plan.diagnostics.iter().all(|d| d.code == "plan/llm-noise"), "{:?}", plan.diagnostics);
    }

    #[test]
    fn time_stamp_is_not_numbering() {
        assert_eq!(numbering("3: (a)"), None);
        assert_eq!(numbering("3. (a)"), Some(3));
        assert_eq!(numbering("Step 3: (a)"), Some(8));
        assert_eq!(numbering("(a)"), None);
    }
}
