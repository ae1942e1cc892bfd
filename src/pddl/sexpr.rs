//! The S-expression reader: PDDL and plan text → a tree of atoms and lists with byte spans.
//!
//! Lexemes (whitespace, `;` comments, atoms) are recognised with nom; nesting is tracked with an
//! explicit stack, so hostile nesting cannot overflow the call stack, and the reader always
//! produces a tree: a stray `)` is reported and skipped, and lists still open at the end of the
//! input are reported at their `(` and closed there. Lowering can then give targeted messages
//! on the recovered tree.
//!
//! Atoms are spans into the source; nothing is copied or case-folded here.

use nom::branch::alt;
use nom::bytes::complete::take_till;
use nom::character::complete::{char, multispace1};
use nom::multi::many0_count;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::limits::Budget;
use crate::report::codes;
use crate::report::Diagnostic;
use crate::source::{SourceFile, Span};

/// A node of the tree.
#[derive(Clone, Debug, PartialEq)]
pub enum SExpr {
    Atom(Span),
    List(List),
}

#[derive(Clone, Debug, PartialEq)]
pub struct List {
    pub items: Vec<SExpr>,
    /// From the `(` to the `)` inclusive (to the end of input when unclosed).
    pub span: Span,
    /// Number of lists around this one (0 at top level).
    pub depth: u32,
    /// False when the input ended before the `)`.
    pub closed: bool,
}

impl SExpr {
    pub fn span(&self) -> Span {
        match self {
            SExpr::Atom(span) => *span,
            SExpr::List(list) => list.span,
        }
    }

    pub fn as_list(&self) -> Option<&List> {
        match self {
            SExpr::List(list) => Some(list),
            SExpr::Atom(_) => None,
        }
    }

    pub fn as_atom(&self) -> Option<Span> {
        match self {
            SExpr::Atom(span) => Some(*span),
            SExpr::List(_) => None,
        }
    }
}

/// What the reader produced: the top-level forms and the problems it met.
#[derive(Debug, Default)]
pub struct ReadResult {
    pub forms: Vec<SExpr>,
    pub diagnostics: Vec<Diagnostic>,
    /// True when the depth budget stopped the reader: the tree is incomplete.
    pub truncated: bool,
}

fn comment(input: &str) -> IResult<&str, &str> {
    preceded(char(';'), take_till(|c| c == '\n')).parse(input)
}

/// Whitespace and comments.
fn trivia(input: &str) -> &str {
    // Fast path: most tokens are separated by a single space.
    let bytes = input.as_bytes();
    match bytes.first() {
        Some(b' ') if !matches!(bytes.get(1), Some(b' ' | b'\t' | b'\n' | b'\r' | b';')) => return &input[1..],
        Some(b) if !b.is_ascii_whitespace() && *b != b';' => return input,
        _ => {}
    }
    match many0_count(alt((multispace1, comment))).parse(input) {
        Ok((rest, _)) => rest,
        Err(_) => input,
    }
}

/// A token: everything up to whitespace, a parenthesis or a comment. Scans bytes, decoding a
/// character only where a non-ASCII byte starts (to stop at Unicode spaces such as U+00A0).
fn atom(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() || matches!(b, b'(' | b')' | b';') {
                break;
            }
            i += 1;
        } else {
            let c = input[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
    }
    if i == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::TakeTill1)));
    }
    Ok((&input[i..], &input[..i]))
}

struct Open {
    start: usize,
    items: Vec<SExpr>,
}

/// Read every form of a file.
pub fn read(src: &SourceFile, budget: &Budget) -> ReadResult {
    let text = src.text();
    let mut result = ReadResult::default();
    let mut stack: Vec<Open> = Vec::new();
    // A byte-order mark (Windows editors write one) is not part of the text.
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    loop {
        rest = trivia(rest);
        let pos = text.len() - rest.len();
        let Some(&byte) = rest.as_bytes().first() else {
            break;
        };
        match byte {
            b'(' => {
                if stack.len() >= budget.max_depth {
                    result.diagnostics.push(
                        Diagnostic::new(
                            &codes::LIMIT_DEPTH,
                            format!("parentheses nest deeper than the budget of {} levels", budget.max_depth),
                        )
                        .at(src, Span::new(pos, pos + 1))
                        .help("raise the budget with --max-depth if the nesting is real"),
                    );
                    result.truncated = true;
                    break;
                }
                // Most lists have at most four items: one allocation, no regrowth.
                stack.push(Open { start: pos, items: Vec::with_capacity(4) });
                rest = &rest[1..];
            }
            b')' => {
                match stack.pop() {
                    Some(open) => {
                        let depth = stack.len() as u32;
                        let list = SExpr::List(List {
                            items: open.items,
                            span: Span::new(open.start, pos + 1),
                            depth,
                            closed: true,
                        });
                        push(&mut stack, &mut result.forms, list);
                    }
                    None => result.diagnostics.push(
                        Diagnostic::new(&codes::PDDL_UNEXPECTED_CLOSE_PAREN, "this `)` closes nothing")
                            .at(src, Span::new(pos, pos + 1))
                            .help("delete it, or add the `(` it was meant to close")
                            .fix(crate::report::Fix::new("delete the stray `)`").edit(
                                src,
                                Span::new(pos, pos + 1),
                                "",
                            )),
                    ),
                }
                rest = &rest[1..];
            }
            _ => match atom(rest) {
                Ok((after, token)) => {
                    let span = Span::new(pos, pos + token.len());
                    push(&mut stack, &mut result.forms, SExpr::Atom(span));
                    rest = after;
                }
                Err(_) => {
                    // Unreachable in practice (trivia consumed whitespace, and `(`, `)` are
                    // handled above), but never loop forever: skip one character.
                    let skip = rest.chars().next().map_or(1, char::len_utf8);
                    rest = &rest[skip..];
                }
            },
        }
    }
    if !result.truncated {
        close_unclosed(src, &mut stack, &mut result);
    }
    result
}

fn push(stack: &mut [Open], forms: &mut Vec<SExpr>, node: SExpr) {
    match stack.last_mut() {
        Some(open) => open.items.push(node),
        None => forms.push(node),
    }
}

/// Report every list still open at the end of input (outermost first) and close it there.
fn close_unclosed(src: &SourceFile, stack: &mut Vec<Open>, result: &mut ReadResult) {
    let end = src.text().len();
    let opened: Vec<usize> = stack.iter().map(|o| o.start).collect();
    for &start in &opened {
        let head = head_text(src, start);
        result.diagnostics.push(
            Diagnostic::new(&codes::PDDL_UNCLOSED_PAREN, format!("this `({head}` is never closed"))
                .at(src, Span::new(start, start + 1))
                .note(format!(
                    "the input ends with {} list{} still open",
                    opened.len(),
                    if opened.len() == 1 { "" } else { "s" }
                ))
                .help("add the missing `)`; if a later diagnostic says where a section is misplaced, the `)` belongs there"),
        );
    }
    while let Some(open) = stack.pop() {
        let depth = stack.len() as u32;
        let list = SExpr::List(List { items: open.items, span: Span::new(open.start, end), depth, closed: false });
        push(stack, &mut result.forms, list);
    }
}

/// The first word after a `(`, to name the list in messages (`(define`, `(:action move`).
fn head_text(src: &SourceFile, open: usize) -> String {
    let rest = &src.text()[open + 1..];
    let rest = trivia(rest);
    let mut words = rest.split(|c: char| c.is_whitespace() || c == '(' || c == ')').filter(|w| !w.is_empty());
    match words.next() {
        Some(first) if first.starts_with(':') => match words.next() {
            // `first` need not start at `rest[0]` (a `(` may come first): find where it ends.
            Some(second)
                if !second.starts_with(':')
                    && rest[first.as_ptr() as usize - rest.as_ptr() as usize + first.len()..]
                        .trim_start()
                        .starts_with(second) =>
            {
                format!("{first} {second}")
            }
            _ => first.to_string(),
        },
        Some(first) => first.chars().take(40).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> (SourceFile, ReadResult) {
        let src = SourceFile::new("t", text);
        let r = read(&src, &Budget::default());
        (src, r)
    }

    #[test]
    fn reads_nested_lists_with_spans_and_comments() {
        let (src, r) = read_str("; c\n(define (domain d) ; x\n  (:requirements :strips))");
        assert!(r.diagnostics.is_empty());
        assert_eq!(r.forms.len(), 1);
        let define = r.forms[0].as_list().unwrap();
        assert_eq!(define.items.len(), 3);
        assert_eq!(src.slice(define.items[0].span()), "define");
        let req = define.items[2].as_list().unwrap();
        assert_eq!(req.depth, 1);
        assert_eq!(src.slice(req.items[1].span()), ":strips");
    }

    #[test]
    fn unclosed_paren_is_reported_where_it_opens() {
        let (_, r) = read_str("(define (domain d)\n  (:predicates (p)\n");
        assert_eq!(r.diagnostics.len(), 2);
        assert!(r.diagnostics.iter().all(|d| d.code == "pddl/unclosed-paren"));
        assert_eq!(r.diagnostics[0].span.unwrap().line, 1);
        assert_eq!(r.diagnostics[1].span.unwrap().line, 2);
        assert!(r.diagnostics[1].message.contains("(:predicates"));
        assert!(!r.forms[0].as_list().unwrap().closed);
    }

    #[test]
    fn naming_an_unclosed_list_never_slices_inside_a_character() {
        // A fuzzer find: the head word does not start right after the `(` and is followed by a
        // multi-byte character.
        for text in ["((:é b", "( (:act\u{fffd}ion x", "((\n(:act\u{fffd}ion DRIVE"] {
            let (_, r) = read_str(text);
            assert!(r.diagnostics.iter().any(|d| d.code == "pddl/unclosed-paren"), "{text}");
        }
    }

    #[test]
    fn stray_close_paren_is_reported_and_skipped() {
        let (_, r) = read_str("(a))\n(b)");
        assert_eq!(r.forms.len(), 2);
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].code, "pddl/unexpected-close-paren");
        assert_eq!(r.diagnostics[0].span.unwrap().column, 4);
    }

    #[test]
    fn deep_nesting_hits_the_budget_not_the_stack() {
        let text = "(".repeat(100_000);
        let (_, r) = read_str(&text);
        assert!(r.truncated);
        assert_eq!(r.diagnostics[0].code, "limit/depth");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let (src, r) = read_str("\u{feff}(define)");
        assert!(r.diagnostics.is_empty());
        assert_eq!(r.forms.len(), 1);
        assert_eq!(src.slice(r.forms[0].span()), "(define)");
    }

    #[test]
    fn atoms_stop_at_parens_and_semicolons() {
        let (src, r) = read_str("(a;b\n c)d");
        let list = r.forms[0].as_list().unwrap();
        assert_eq!(list.items.len(), 2);
        assert_eq!(src.slice(list.items[1].span()), "c");
        assert_eq!(src.slice(r.forms[1].span()), "d");
    }
}
