//! Programs: the containers formulas come in — Logic-LM's sectioned text, JSON, TPTP `fof(…)`
//! files and plain one-formula-per-line files — read into [`Item`]s with source spans.

use super::ast::*;
use super::parse::{self, Dialect, Issue, IssueKind};
use crate::source::{SourceFile, Span};

/// A program as read: its formulas, declarations and what was found while reading.
#[derive(Debug, Default)]
pub struct Program {
    pub format: &'static str,
    pub dialect: Option<Dialect>,
    pub items: Vec<Item>,
    pub declared: Vec<Declared>,
    /// Whether a `Predicates:` section was present.
    pub has_declarations: bool,
    /// Problems, each with the item it belongs to (if any).
    pub issues: Vec<Issue>,
    /// Formulas that could not be read (role, index).
    pub unreadable: Vec<(Role, usize)>,
}

/// How to read a program.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    pub dialect: Option<Dialect>,
    /// A conclusion given separately: every line of the file is then a premise.
    pub conclusion: Option<String>,
    pub max_depth: usize,
}

/// One formula's text and where it sits.
struct Raw {
    role: Role,
    text: String,
    base: usize,
    comment: Option<String>,
}

pub fn read(src: &SourceFile, opts: &ReadOptions) -> Program {
    let text = src.text();
    let mut prog = Program::default();
    let trimmed = text.trim_start();
    let raws = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        prog.format = "json";
        json(text, &mut prog)
    } else if text.contains("fof(") || text.contains("cnf(") {
        prog.format = "tptp";
        tptp(text, &mut prog)
    } else if text.lines().any(|l| is_header(l, "Premises")) {
        prog.format = "logic-lm";
        sections(text, &mut prog)
    } else {
        prog.format = "lines";
        lines(text, opts.conclusion.is_none())
    };
    let mut raws = raws;
    if let Some(c) = &opts.conclusion {
        raws.retain(|r| r.role == Role::Premise);
        raws.push(Raw { role: Role::Conclusion, text: c.clone(), base: usize::MAX, comment: None });
    }
    let all: String = raws.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n");
    let dialect =
        opts.dialect.unwrap_or_else(|| if prog.format == "tptp" { Dialect::Tptp } else { parse::detect(&all) });
    prog.dialect = Some(dialect);
    let (mut np, mut nc) = (0, 0);
    for raw in raws.into_iter().filter(|r| !r.text.trim().is_empty()) {
        let index = match raw.role {
            Role::Premise => {
                np += 1;
                np
            }
            Role::Conclusion => {
                nc += 1;
                nc
            }
        };
        // A conclusion given on the command line has no place in the file: spans are empty.
        let (formula_text, base) =
            if raw.base == usize::MAX { (raw.text.as_str(), 0) } else { (raw.text.as_str(), raw.base) };
        let (result, issues) = parse::formula(formula_text, base, dialect, opts.max_depth.max(16));
        let located = |mut i: Issue| {
            if raw.base == usize::MAX {
                i.span = Span::default();
            }
            i
        };
        prog.issues.extend(issues.into_iter().map(located));
        let span = if raw.base == usize::MAX {
            Span::default()
        } else {
            Span::new(raw.base, raw.base + raw.text.trim_end().len())
        };
        match result {
            Ok(formula) => prog.items.push(Item { role: raw.role, index, formula, span, comment: raw.comment }),
            Err(issue) => {
                prog.issues.push(located(issue));
                prog.unreadable.push((raw.role, index));
            }
        }
    }
    prog
}

fn is_header(line: &str, name: &str) -> bool {
    let l = line.trim().trim_end_matches(':').trim();
    l.eq_ignore_ascii_case(name) && line.trim().ends_with(':')
}

/// Logic-LM: `Predicates:` / `Premises:` / `Conclusion:` sections, `:::` comments.
fn sections(text: &str, prog: &mut Program) -> Vec<Raw> {
    let mut out = Vec::new();
    #[derive(PartialEq)]
    enum Sec {
        None,
        Predicates,
        Premises,
        Conclusion,
    }
    let mut sec = Sec::None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let l = line.trim_end_matches(['\n', '\r']);
        if l.trim().is_empty() {
            continue;
        }
        if is_header(l, "Predicates") {
            sec = Sec::Predicates;
            prog.has_declarations = true;
            continue;
        }
        if is_header(l, "Premises") {
            sec = Sec::Premises;
            continue;
        }
        if is_header(l, "Conclusion") || is_header(l, "Conclusions") {
            sec = Sec::Conclusion;
            continue;
        }
        let (formula, comment) = match l.find(":::") {
            Some(i) => (&l[..i], Some(l[i + 3..].trim().to_string())),
            None => (l, None),
        };
        let lead = formula.len() - formula.trim_start().len();
        let ftext = formula.trim();
        if ftext.is_empty() {
            continue;
        }
        let base = start + lead;
        match sec {
            Sec::Predicates => {
                let name: String = ftext.chars().take_while(|c| *c != '(').collect();
                let arity = match ftext.find('(') {
                    Some(i) => ftext[i..].split(',').count(),
                    None => 0,
                };
                prog.declared.push(Declared {
                    name: name.trim().to_string(),
                    arity,
                    span: Span::new(base, base + name.trim_end().len()),
                });
            }
            Sec::Premises | Sec::None => out.push(Raw { role: Role::Premise, text: ftext.to_string(), base, comment }),
            Sec::Conclusion => out.push(Raw { role: Role::Conclusion, text: ftext.to_string(), base, comment }),
        }
    }
    out
}

/// One formula per line; `#`, `%` and `//` start comments; the last is the conclusion.
fn lines(text: &str, last_is_conclusion: bool) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let mut l = line.trim_end_matches(['\n', '\r']);
        for c in ["//", "#", "%"] {
            if let Some(i) = l.find(c) {
                l = &l[..i];
            }
        }
        let lead = l.len() - l.trim_start().len();
        if l.trim().is_empty() {
            continue;
        }
        out.push(Raw { role: Role::Premise, text: l.trim().to_string(), base: start + lead, comment: None });
    }
    if last_is_conclusion {
        if let Some(last) = out.last_mut() {
            last.role = Role::Conclusion;
        }
    }
    out
}

/// `fof(name, role, formula).` — role `conjecture` is the conclusion.
fn tptp(text: &str, prog: &mut Program) -> Vec<Raw> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = text[i..].find("fof(").or_else(|| text[i..].find("cnf(")) {
        let start = i + k;
        // Skip `%` comment lines.
        let line_start = text[..start].rfind('\n').map_or(0, |x| x + 1);
        if text[line_start..start].trim_start().starts_with('%') {
            i = start + 4;
            continue;
        }
        let open = start + 3;
        let mut depth = 0usize;
        let mut j = open;
        let mut close = None;
        while j < bytes.len() {
            match bytes[j] {
                b'(' => depth += 1,
                b')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let Some(close) = close else {
            prog.issues.push(Issue {
                kind: IssueKind::Unbalanced,
                message: "this `fof(` is never closed".into(),
                span: Span::new(start, start + 4),
                help: Some("close it with `).`".into()),
            });
            break;
        };
        let inner = &text[open + 1..close];
        let mut parts = inner.splitn(3, ',');
        let (_name, role, formula) = (parts.next(), parts.next().map(str::trim), parts.next());
        if let (Some(role), Some(formula)) = (role, formula) {
            let lead = formula.len() - formula.trim_start().len();
            let base = open + 1 + inner.len() - formula.len() + lead;
            let role = if role == "conjecture" { Role::Conclusion } else { Role::Premise };
            out.push(Raw { role, text: formula.trim().to_string(), base, comment: None });
        }
        i = close + 1;
    }
    out
}

/// `{"premises": [...], "conclusion": "..."}` (also FOLIO's `premises-FOL` / `conclusion-FOL`).
fn json(text: &str, prog: &mut Program) -> Vec<Raw> {
    let mut out = Vec::new();
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let offset = line_col_offset(text, e.line(), e.column());
            prog.issues.push(Issue {
                kind: IssueKind::Syntax,
                message: format!("the JSON cannot be read: {e}"),
                span: Span::new(offset, offset),
                help: Some("expected {\"premises\": [\"…\"], \"conclusion\": \"…\"}".into()),
            });
            return out;
        }
    };
    let get = |keys: &[&str]| keys.iter().find_map(|k| value.get(*k)).cloned();
    let mut cursor = 0;
    let mut locate = |s: &str| -> usize {
        match text[cursor..].find(s) {
            Some(k) => {
                cursor += k + s.len();
                cursor - s.len()
            }
            None => usize::MAX,
        }
    };
    let strings = |v: Option<serde_json::Value>| -> Vec<String> {
        match v {
            Some(serde_json::Value::String(s)) => vec![s],
            Some(serde_json::Value::Array(xs)) => {
                xs.into_iter().filter_map(|x| x.as_str().map(str::to_string)).collect()
            }
            _ => Vec::new(),
        }
    };
    let premises = strings(get(&["premises-FOL", "premises_fol", "premises"]));
    let conclusions = strings(get(&["conclusion-FOL", "conclusion_fol", "conclusion"]));
    if premises.is_empty() && conclusions.is_empty() {
        prog.issues.push(Issue {
            kind: IssueKind::Syntax,
            message: "the JSON has no `premises` or `conclusion`".into(),
            span: Span::new(0, 1.min(text.len())),
            help: Some("expected {\"premises\": [\"…\"], \"conclusion\": \"…\"}".into()),
        });
    }
    for (role, list) in [(Role::Premise, premises), (Role::Conclusion, conclusions)] {
        for s in list {
            let base = locate(&s);
            out.push(Raw { role, text: s, base, comment: None });
        }
    }
    out
}

fn line_col_offset(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + col.saturating_sub(1)).min(text.len())
}
