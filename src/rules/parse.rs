//! Prolog text → [`Term`]s, one clause at a time (pest grammar `grammars/rules.pest`).
//!
//! The reader first cuts the text into clauses with a byte scanner that knows quotes, `0'c`
//! character codes and comments (a clause ends at a `.` followed by layout), checks each
//! clause's nesting depth against the budget, and only then hands the clause to pest. So:
//! - one syntax error costs one clause, and reading goes on with the next;
//! - every error is located (line:column) and says what was expected, in words;
//! - nothing recurses deeper than the depth budget: bracket nesting is checked before pest runs,
//!   the low-priority operators `:-` `;` `->` `,` are split by hand into flat n-ary terms, and the
//!   Pratt parser (priorities 900 and below) only sees operator chains within the budget.

// Errors are one per clause or line and cold; boxing them would only add noise.
#![allow(clippy::result_large_err)]

use pest::iterators::Pair;
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser;

use super::ast::{Const, Term, TermKind};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/rules.pest"]
struct PrologGrammar;

/// A clause as read: its term and where it is.
#[derive(Debug)]
pub struct ReadClause {
    pub term: Term,
    /// The clause, without the final `.`.
    pub span: Span,
}

/// The result of reading a text.
#[derive(Debug, Default)]
pub struct Read {
    pub clauses: Vec<ReadClause>,
    pub diagnostics: Vec<Diagnostic>,
    /// A budget stopped reading somewhere: the verdict must be `unknown`.
    pub out_of_budget: bool,
}

/// Pest cannot nest deeper than this without risking the stack, whatever the budget says.
const HARD_DEPTH_CAP: usize = 200;

/// Read every clause of a Prolog text.
pub fn read_program(src: &SourceFile, max_depth: usize) -> Read {
    let mut read = Read::default();
    let text = src.text();
    let max_depth = max_depth.min(HARD_DEPTH_CAP);
    for chunk in split_clauses(text) {
        if chunk.depth > max_depth {
            read.diagnostics.push(depth_diagnostic(src, chunk.span, chunk.depth, max_depth));
            read.out_of_budget = true;
            continue;
        }
        let body = src.slice(chunk.span);
        if !chunk.terminated {
            // The last clause has no final `.`: if it reads as a term, say just that.
            if body.trim().is_empty() {
                continue;
            }
            let end = chunk.span.start as usize + body.trim_end().len();
            let missing = if PrologGrammar::parse(Rule::goal, body).is_ok() {
                Diagnostic::new(&codes::RULES_MISSING_PERIOD, "the last clause does not end with `.`")
                    .at(src, Span::new(end, end))
                    .fix(Fix::new("add `.`").edit(src, Span::new(end, end), "."))
            } else {
                match PrologGrammar::parse(Rule::clause, body) {
                    Err(e) => syntax_error(src, chunk.span.start as usize, body, &e),
                    Ok(_) => continue,
                }
            };
            read.diagnostics.push(missing);
            continue;
        }
        match read_clause(src, chunk.span, max_depth) {
            Ok(Some(clause)) => read.clauses.push(clause),
            Ok(None) => {}
            Err(d) => read.diagnostics.push(d),
        }
    }
    read
}

/// Read one term (a `--query` argument, an expectation) that may lack its final `.`.
pub fn read_goal(src: &SourceFile, span: Span, max_depth: usize) -> Result<Term, Diagnostic> {
    let text = src.slice(span);
    let depth = nesting_depth(text);
    let max_depth = max_depth.min(HARD_DEPTH_CAP);
    if depth > max_depth {
        return Err(depth_diagnostic(src, span, depth, max_depth));
    }
    let parsed = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || PrologGrammar::parse(Rule::goal, text));
    let pairs = parsed.map_err(|e| syntax_error(src, span.start as usize, text, &e))?;
    let goal = pairs.into_iter().next().and_then(|p| p.into_inner().find(|p| p.as_rule() == Rule::expr));
    let Some(expr) = goal else {
        return Err(Diagnostic::new(&codes::RULES_SYNTAX_ERROR, "expected a term").at(src, span));
    };
    let builder = Builder { src, base: span.start as usize, max_ops: max_depth };
    builder.expr(expr)
}

fn depth_diagnostic(src: &SourceFile, span: Span, depth: usize, max: usize) -> Diagnostic {
    let head = Span::new(span.start as usize, (span.start as usize + 1).min(span.end as usize));
    Diagnostic::new(
        &codes::LIMIT_DEPTH,
        format!("this clause nests {depth} levels deep, over the depth budget of {max}"),
    )
    .at(src, head)
    .help("flatten the clause, or raise --max-depth (the reader never nests deeper than 200)")
}

/// One clause-sized piece of text.
struct Chunk {
    /// From the first character to just before the final `.` (or to the end of the text).
    span: Span,
    terminated: bool,
    depth: usize,
}

/// Cut a text into clauses: a `.` followed by layout, `%` or the end ends a clause, unless it is
/// inside quotes or a comment. Also measures each clause's bracket nesting.
fn split_clauses(text: &str) -> Vec<Chunk> {
    let bytes = text.as_bytes();
    let mut chunks = Vec::new();
    let mut i = 0;
    let mut start: Option<usize> = None;
    let mut depth = 0usize;
    let mut max_depth = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i = (i + 2).min(bytes.len());
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let s = *start.get_or_insert(i);
        match b {
            b'\'' | b'"' | b'`' => {
                // `0'c` is a character code, not a quote.
                if b == b'\'' && i > s && bytes[i - 1] == b'0' && (i < 2 || !bytes[i - 2].is_ascii_alphanumeric()) {
                    i += if bytes.get(i + 1) == Some(&b'\\') { 3 } else { 2 };
                    continue;
                }
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                    } else if bytes[i] == b {
                        if bytes.get(i + 1) == Some(&b) {
                            i += 2;
                        } else {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                max_depth = max_depth.max(depth);
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'.' => {
                let next = bytes.get(i + 1).copied();
                let prev_symbolic = i > s && is_symbol_char(bytes[i - 1]);
                let ends = matches!(next, None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'%')) && !prev_symbolic;
                if ends {
                    chunks.push(Chunk { span: Span::new(s, i), terminated: true, depth: max_depth });
                    start = None;
                    depth = 0;
                    max_depth = 0;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    if let Some(s) = start {
        chunks.push(Chunk { span: Span::new(s, text.len()), terminated: false, depth: max_depth });
    }
    chunks
}

fn is_symbol_char(b: u8) -> bool {
    b"+-*/\\^<>=~:?@#&$".contains(&b)
}

fn nesting_depth(text: &str) -> usize {
    split_clauses(text).iter().map(|c| c.depth).max().unwrap_or(0)
}

fn read_clause(src: &SourceFile, span: Span, max_ops: usize) -> Result<Option<ReadClause>, Diagnostic> {
    // Include the `.` so the grammar sees the clause end.
    let with_end = Span::new(span.start as usize, span.end as usize + 1);
    let text = src.slice(with_end);
    let pairs =
        PrologGrammar::parse(Rule::clause, text).map_err(|e| syntax_error(src, span.start as usize, text, &e))?;
    let Some(expr) = pairs.into_iter().next().and_then(|p| p.into_inner().find(|p| p.as_rule() == Rule::expr)) else {
        return Ok(None);
    };
    let builder = Builder { src, base: span.start as usize, max_ops };
    let term = builder.expr(expr)?;
    Ok(Some(ReadClause { term, span }))
}

/// pest's error, in the reader's words, at line:column.
fn syntax_error(src: &SourceFile, base: usize, text: &str, e: &pest::error::Error<Rule>) -> Diagnostic {
    use pest::error::{ErrorVariant, InputLocation};
    let pos = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let expected: Vec<&str> = match &e.variant {
        ErrorVariant::ParsingError { positives, .. } => {
            let mut words: Vec<&str> = positives.iter().filter_map(|r| rule_words(*r)).collect();
            words.sort_unstable();
            words.dedup();
            words
        }
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let found = text[pos.min(text.len())..].chars().next();
    let found = match found {
        None => "the end of the clause".to_string(),
        Some(c) if c.is_whitespace() => "a space".to_string(),
        Some(c) => format!("`{c}`"),
    };
    let message = if expected.is_empty() {
        format!("syntax error: unexpected {found}")
    } else {
        format!("syntax error: expected {}, found {found}", join_or(&expected))
    };
    let at = base + pos;
    let end = text[pos.min(text.len())..].chars().next().map_or(at, |c| at + c.len_utf8());
    let mut d = Diagnostic::new(&codes::RULES_SYNTAX_ERROR, message).at(src, Span::new(at, end));
    if found == "`.`" || text[pos.min(text.len())..].starts_with(". ") {
        d = d.note("a `.` followed by a space or a line break ends a clause");
    }
    if text[..pos.min(text.len())].trim_end().ends_with(|c: char| c.is_alphanumeric() || c == ')') {
        if let Some(c) = text[pos.min(text.len())..].chars().next() {
            if c.is_alphanumeric() || c == '(' {
                d = d.help("two terms follow each other with no operator between them: a `,` may be missing");
            }
        }
    }
    d
}

fn join_or(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// What a grammar rule means to a reader.
fn rule_words(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::expr | Rule::arg | Rule::goal => "a term",
        Rule::end => "`.` to end the clause",
        Rule::number | Rule::integer | Rule::float | Rule::based | Rule::char_code => "a number",
        Rule::variable => "a variable",
        Rule::atom | Rule::name | Rule::quoted | Rule::symbol_atom | Rule::functor => "an atom",
        Rule::string | Rule::back_quoted => "a string",
        Rule::compound | Rule::args => "a term",
        Rule::list => "a list",
        Rule::paren | Rule::curly => "`(`",
        Rule::neck_infix | Rule::semicolon | Rule::bar | Rule::arrow | Rule::comma => "an operator",
        Rule::cmp_op | Rule::add_op | Rule::mul_op | Rule::pow_op => "an operator",
        Rule::neck_op | Rule::query_op | Rule::decl_op | Rule::naf_op | Rule::neg_op | Rule::plus_op => "a term",
        _ => return None,
    })
}

/// One item of an operator sequence.
enum Item<'i> {
    Prefix(&'static str, Span, Pair<'i, Rule>),
    Infix(Level, String, Span, Pair<'i, Rule>),
    Primary(Pair<'i, Rule>),
}

/// The operator priorities split by hand, lowest binding first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    Neck,
    Semicolon,
    Arrow,
    Comma,
    /// Priority 900 and below: the Pratt parser's job.
    Pratt,
}

struct Builder<'s> {
    src: &'s SourceFile,
    base: usize,
    max_ops: usize,
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    fn expr(&self, pair: Pair<Rule>) -> Result<Term, Diagnostic> {
        // Nesting is bounded by the depth budget; the stack grows on demand for what it allows.
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(pair))
    }

    fn expr_inner(&self, pair: Pair<Rule>) -> Result<Term, Diagnostic> {
        let mut items = Vec::new();
        for p in pair.into_inner() {
            let span = self.span(&p);
            let item = match p.as_rule() {
                Rule::neck_op => Item::Prefix(":-", span, p),
                Rule::query_op => Item::Prefix("?-", span, p),
                Rule::decl_op => Item::Prefix("decl", span, p),
                Rule::naf_op => Item::Prefix("\\+", span, p),
                Rule::neg_op => Item::Prefix("-", span, p),
                Rule::plus_op => Item::Prefix("+", span, p),
                Rule::neck_infix => Item::Infix(Level::Neck, p.as_str().to_string(), span, p),
                Rule::semicolon | Rule::bar => Item::Infix(Level::Semicolon, ";".to_string(), span, p),
                Rule::arrow => Item::Infix(Level::Arrow, p.as_str().to_string(), span, p),
                Rule::comma => Item::Infix(Level::Comma, ",".to_string(), span, p),
                Rule::cmp_op | Rule::add_op | Rule::mul_op | Rule::pow_op => {
                    Item::Infix(Level::Pratt, p.as_str().to_string(), span, p)
                }
                _ => Item::Primary(p),
            };
            items.push(item);
        }
        self.split(items, Level::Neck)
    }

    /// Build a term from a flat operator sequence, splitting at the operators of `level`.
    fn split(&self, items: Vec<Item>, level: Level) -> Result<Term, Diagnostic> {
        // Leading `:-`/`?-`/`dynamic` bind loosest of all (priority 1200/1150, prefix).
        if level == Level::Neck {
            if let Some(Item::Prefix(op @ (":-" | "?-" | "decl"), span, pair)) = items.first() {
                let (op, span) = (*op, *span);
                let name = if op == "decl" { pair.as_str().trim().to_string() } else { op.to_string() };
                let rest: Vec<Item> = items.into_iter().skip(1).collect();
                if rest.is_empty() {
                    return Err(self.expected_term_after(span, &name));
                }
                let arg = self.split(rest, if op == "decl" { Level::Semicolon } else { Level::Neck })?;
                let whole = span.to(arg.span);
                return Ok(Term { kind: TermKind::Compound(name, vec![arg]), span: whole });
            }
        }
        if level == Level::Pratt {
            return self.pratt(items);
        }
        let next = match level {
            Level::Neck => Level::Semicolon,
            Level::Semicolon => Level::Arrow,
            Level::Arrow => Level::Comma,
            _ => Level::Pratt,
        };
        let mut parts: Vec<Vec<Item>> = vec![Vec::new()];
        let mut ops: Vec<(String, Span)> = Vec::new();
        for item in items {
            match item {
                Item::Infix(l, name, span, _) if l == level => {
                    ops.push((name, span));
                    parts.push(Vec::new());
                }
                other => parts.last_mut().map(|p| p.push(other)).unwrap_or_default(),
            }
        }
        if ops.is_empty() {
            let only = parts.pop().unwrap_or_default();
            return self.split(only, next);
        }
        for (i, part) in parts.iter().enumerate() {
            if part.is_empty() {
                let (name, span) = &ops[i.min(ops.len() - 1)];
                return Err(self.expected_term_after(*span, name));
            }
        }
        let mut terms = Vec::with_capacity(parts.len());
        for part in parts {
            terms.push(self.split(part, next)?);
        }
        let span =
            terms.first().map(|t| t.span).unwrap_or_default().to(terms.last().map(|t| t.span).unwrap_or_default());
        match level {
            Level::Neck | Level::Arrow => {
                // xfx / `->` chains: right-nested pairs, at most a few in real input.
                if level == Level::Neck && ops.len() > 1 {
                    let (_, at) = &ops[1];
                    return Err(Diagnostic::new(
                        &codes::RULES_SYNTAX_ERROR,
                        "syntax error: a clause has one `:-`; this is a second one (a `.` may be missing before it)",
                    )
                    .at(self.src, *at));
                }
                let mut terms = terms;
                let mut acc = terms.pop().unwrap_or_else(|| Term::atom("true", span));
                while let Some(left) = terms.pop() {
                    let s = left.span.to(acc.span);
                    let name = ops[terms.len()].0.clone();
                    acc = Term { kind: TermKind::Compound(name, vec![left, acc]), span: s };
                }
                Ok(acc)
            }
            _ => {
                let name = if level == Level::Comma { "," } else { ";" };
                Ok(Term { kind: TermKind::Compound(name.to_string(), terms), span })
            }
        }
    }

    fn expected_term_after(&self, span: Span, op: &str) -> Diagnostic {
        Diagnostic::new(&codes::RULES_SYNTAX_ERROR, format!("syntax error: expected a term after `{op}`"))
            .at(self.src, span)
    }

    fn pratt(&self, items: Vec<Item>) -> Result<Term, Diagnostic> {
        let ops = items.iter().filter(|i| !matches!(i, Item::Primary(_))).count();
        if ops > self.max_ops {
            let span = items.iter().find_map(|i| match i {
                Item::Primary(p) => Some(self.span(p)),
                _ => None,
            });
            return Err(Diagnostic::new(
                &codes::LIMIT_DEPTH,
                format!("an expression chains {ops} operators, over the depth budget of {}", self.max_ops),
            )
            .at(self.src, span.unwrap_or_default())
            .help("split the expression, or raise --max-depth"));
        }
        let mut pairs = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Item::Prefix(":-" | "?-" | "decl", span, p) => {
                    return Err(Diagnostic::new(
                        &codes::RULES_SYNTAX_ERROR,
                        format!("syntax error: `{}` can only start a clause", p.as_str().trim()),
                    )
                    .at(self.src, span))
                }
                Item::Prefix(_, _, p) | Item::Primary(p) => pairs.push(p),
                Item::Infix(Level::Pratt, _, _, p) => pairs.push(p),
                Item::Infix(_, name, span, _) => {
                    return Err(Diagnostic::new(
                        &codes::RULES_SYNTAX_ERROR,
                        format!("syntax error: `{name}` cannot appear here without parentheses"),
                    )
                    .at(self.src, span))
                }
            }
        }
        let parser = pratt_parser();
        parser
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, arg| {
                let arg = arg?;
                let span = self.span(&op).to(arg.span);
                let name = match op.as_rule() {
                    Rule::naf_op => "\\+",
                    Rule::neg_op => "-",
                    _ => "+",
                };
                // `-1` is a number, not `-(1)`.
                if name == "-" {
                    match arg.kind {
                        TermKind::Const(Const::Int(i)) => {
                            return Ok(Term { kind: TermKind::Const(Const::Int(i.wrapping_neg())), span })
                        }
                        TermKind::Const(Const::Float(x)) => {
                            return Ok(Term { kind: TermKind::Const(Const::Float(-x)), span })
                        }
                        _ => {}
                    }
                }
                Ok(Term { kind: TermKind::Compound(name.to_string(), vec![arg]), span })
            })
            .map_infix(|l, op, r| {
                let (l, r) = (l?, r?);
                let span = l.span.to(r.span);
                let name: String = op.as_str().split_whitespace().collect();
                Ok(Term { kind: TermKind::Compound(name, vec![l, r]), span })
            })
            .parse(pairs.into_iter())
    }

    fn primary(&self, pair: Pair<Rule>) -> Result<Term, Diagnostic> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::number => number(pair.as_str()).ok_or_else(|| {
                Diagnostic::new(&codes::RULES_SYNTAX_ERROR, format!("the number `{}` is out of range", pair.as_str()))
                    .at(self.src, span)
            })?,
            Rule::variable => TermKind::Var(pair.as_str().to_string()),
            Rule::string => TermKind::Const(Const::Str(unquote(pair.as_str()))),
            Rule::back_quoted => TermKind::Const(Const::Str(pair.as_str().trim_matches('`').to_string())),
            Rule::atom => TermKind::Const(Const::Atom(atom_text(pair))),
            Rule::paren | Rule::curly => {
                let curly = pair.as_rule() == Rule::curly;
                let inner = pair.into_inner().next();
                let term = match inner {
                    Some(e) => self.expr(e)?,
                    None => Term::atom("true", span),
                };
                if curly {
                    TermKind::Compound("{}".to_string(), vec![term])
                } else {
                    return Ok(Term { kind: term.kind, span });
                }
            }
            Rule::list => {
                let mut items = Vec::new();
                let mut tail = None;
                for p in pair.into_inner() {
                    if p.as_rule() == Rule::list_tail {
                        if let Some(t) = p.into_inner().next() {
                            tail = Some(Box::new(self.arg(t)?));
                        }
                    } else {
                        items.push(self.arg(p)?);
                    }
                }
                TermKind::List(items, tail)
            }
            Rule::compound => {
                let mut inner = pair.into_inner();
                let name = inner.next().map(atom_text).unwrap_or_default();
                let mut args = Vec::new();
                if let Some(list) = inner.next() {
                    for a in list.into_inner() {
                        args.push(self.arg(a)?);
                    }
                }
                TermKind::Compound(name, args)
            }
            Rule::arg | Rule::expr => return self.expr(pair),
            _ => TermKind::Const(Const::Atom(pair.as_str().to_string())),
        };
        Ok(Term { kind, span })
    }

    fn arg(&self, pair: Pair<Rule>) -> Result<Term, Diagnostic> {
        self.expr(pair)
    }
}

fn pratt_parser() -> PrattParser<Rule> {
    PrattParser::new()
        .op(Op::prefix(Rule::naf_op))
        .op(Op::infix(Rule::cmp_op, Assoc::Left))
        .op(Op::infix(Rule::add_op, Assoc::Left))
        .op(Op::infix(Rule::mul_op, Assoc::Left))
        .op(Op::infix(Rule::pow_op, Assoc::Right) | Op::prefix(Rule::neg_op) | Op::prefix(Rule::plus_op))
}

fn atom_text(pair: Pair<Rule>) -> String {
    let s = pair.as_str();
    match pair.into_inner().next() {
        Some(inner) if inner.as_rule() == Rule::quoted => unquote(inner.as_str()),
        Some(inner) if inner.as_rule() == Rule::name => inner.as_str().to_string(),
        _ if s.starts_with('\'') => unquote(s),
        _ => s.to_string(),
    }
}

/// The text of a quoted atom or string, with escapes resolved.
fn unquote(s: &str) -> String {
    let quote = s.chars().next().unwrap_or('\'');
    let inner = s.get(1..s.len().saturating_sub(1)).unwrap_or("");
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\n') | None => {}
                Some(other) => out.push(other),
            }
        } else if c == quote && chars.peek() == Some(&quote) {
            chars.next();
            out.push(quote);
        } else {
            out.push(c);
        }
    }
    out
}

fn number(s: &str) -> Option<TermKind> {
    let s = s.replace('_', "");
    let kind = if let Some(hex) = s.strip_prefix("0x") {
        Const::Int(i64::from_str_radix(hex, 16).ok()?)
    } else if let Some(oct) = s.strip_prefix("0o") {
        Const::Int(i64::from_str_radix(oct, 8).ok()?)
    } else if let Some(bin) = s.strip_prefix("0b") {
        Const::Int(i64::from_str_radix(bin, 2).ok()?)
    } else if let Some(c) = s.strip_prefix("0'") {
        let c = c.strip_prefix('\\').unwrap_or(c);
        Const::Int(c.chars().next()? as i64)
    } else if s.contains('.') {
        let x: f64 = s.parse().ok()?;
        if !x.is_finite() {
            return None;
        }
        Const::Float(x)
    } else {
        Const::Int(s.parse().ok()?)
    };
    Some(TermKind::Const(kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Read {
        read_program(&SourceFile::new("program", text), 1000)
    }

    fn show(text: &str) -> Vec<String> {
        let r = read(text);
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        r.clauses
            .iter()
            .map(|c| format!("{:?}", c.term.kind).chars().take(0).collect::<String>() + &render(&c.term))
            .collect()
    }

    fn render(t: &Term) -> String {
        match &t.kind {
            TermKind::Compound(n, args) => {
                format!("{n}({})", args.iter().map(render).collect::<Vec<_>>().join(","))
            }
            TermKind::List(items, tail) => format!(
                "[{}{}]",
                items.iter().map(render).collect::<Vec<_>>().join(","),
                tail.as_ref().map(|t| format!("|{}", render(t))).unwrap_or_default()
            ),
            _ => t.to_string(),
        }
    }

    #[test]
    fn operators_get_their_priorities() {
        assert_eq!(show("a :- b, c ; d."), vec![":-(a,;(,(b,c),d))"]);
        assert_eq!(show("a :- \\+ b, X is 1 + 2 * 3, X < 10."), vec![":-(a,,(\\+(b),is(X,+(1,*(2,3))),<(X,10)))"]);
        assert_eq!(show("p(X) :- q(X, [1, 2 | T]), X \\= -1."), vec![":-(p(X),,(q(X,[1,2|T]),\\=(X,-1)))"]);
        assert_eq!(show(":- dynamic p/1, q/2."), vec![":-(dynamic(,(/(p,1),/(q,2))))"]);
        assert_eq!(show("?- p(X)."), vec!["?-(p(X))"]);
        assert_eq!(show("x('it''s', \"s\", 0'a, 1.5e3)."), vec!["x('it\\'s',\"s\",97,1500.0)"]);
    }

    #[test]
    fn comments_and_several_clauses() {
        let r = read("% c\np(a). /* q(b). */ p(b).\np(c).% end");
        assert_eq!(r.clauses.len(), 3);
    }

    #[test]
    fn syntax_errors_are_located_and_reading_goes_on() {
        let r = read("p(a).\np(b q).\np(c).\n");
        assert_eq!(r.clauses.len(), 2);
        assert_eq!(r.diagnostics.len(), 1);
        let d = &r.diagnostics[0];
        assert_eq!(d.code, "rules/syntax-error");
        let span = d.span.unwrap();
        assert_eq!((span.line, span.column), (2, 5));
        assert!(d.message.contains("expected"), "{}", d.message);
    }

    #[test]
    fn missing_final_period_has_a_fix() {
        let r = read("p(a).\np(b)");
        assert_eq!(r.diagnostics[0].code, "rules/missing-period");
        assert_eq!(r.diagnostics[0].fixes.len(), 1);
    }

    #[test]
    fn deep_nesting_is_a_budget_not_a_crash() {
        let deep = format!("p({}a{}).", "f(".repeat(5000), ")".repeat(5000));
        let r = read(&deep);
        assert!(r.out_of_budget);
        let long = format!("p(X) :- X is {}1.", "1 + ".repeat(5000));
        let r = read(&long);
        assert_eq!(r.diagnostics[0].code, "limit/depth");
        let ok = format!("p({}a{}).", "f(".repeat(150), ")".repeat(150));
        assert!(read(&ok).diagnostics.is_empty());
    }
}
