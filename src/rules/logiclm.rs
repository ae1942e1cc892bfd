//! The Logic-LM "Pyke-like" format → [`Program`].
//!
//! ```text
//! Predicates:
//! Cold($x, bool) ::: Is x cold?
//! Facts:
//! Cold(Bob, True) ::: Bob is cold.
//! Rules:
//! Quiet($x, True) && Cold($x, True) >>> Smart($x, True) ::: …
//! Query:
//! Smart(Bob, True)
//! ```
//!
//! A line-based reader: `:::` starts a comment, `$x` is a variable, `&&` joins, `>>>` implies,
//! the last argument of every atom is a truth label (negation is the label `False`; there is no
//! negation as failure). The quirks models produce are read and reported rather than rejected:
//! a rule under `Facts:`, a fact with a variable, invented negation (`¬ ~ ! not Not(…)`, read as
//! the opposite label), a query without a label (read as `True`), several queries. Every line
//! that cannot be read is one located diagnostic; the other lines are still read.

// Errors are one per clause or line and cold; boxing them would only add noise.
#![allow(clippy::result_large_err)]

use super::ast::{
    Atom, Clause, Const, Declaration, Dialect, LabelledAtom, Literal, Origin, PredKey, Program, Query, Term, TermKind,
};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};

/// Whether a text is written in the Logic-LM format (a section header, or `>>>`).
pub fn detect(text: &str) -> bool {
    text.lines().take(5000).any(|l| {
        let t = l.trim_start();
        section_of(t).is_some() || t.contains(">>>")
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Section {
    Predicates,
    Facts,
    Rules,
    Query,
}

impl Section {
    fn name(self) -> &'static str {
        match self {
            Section::Predicates => "Predicates:",
            Section::Facts => "Facts:",
            Section::Rules => "Rules:",
            Section::Query => "Query:",
        }
    }
}

/// The section a header line opens, and the length of the header.
fn section_of(line: &str) -> Option<(Section, usize)> {
    const HEADERS: &[(&str, Section)] = &[
        ("Predicates", Section::Predicates),
        ("Facts", Section::Facts),
        ("Rules", Section::Rules),
        ("Queries", Section::Query),
        ("Query", Section::Query),
    ];
    for (word, section) in HEADERS {
        if let Some(rest) = line.strip_prefix(word) {
            let rest_trim = rest.trim_start();
            if rest_trim.starts_with(':') && !rest_trim.starts_with(":::") {
                return Some((*section, line.len() - rest_trim.len() + 1));
            }
        }
    }
    None
}

pub struct Read {
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
}

/// Read a Logic-LM program.
pub fn read(src: &SourceFile) -> Read {
    let mut r = Reader { src, program: Program::new(Dialect::LogicLm), diagnostics: Vec::new() };
    r.read_all();
    Read { program: r.program, diagnostics: r.diagnostics }
}

struct Reader<'s> {
    src: &'s SourceFile,
    program: Program,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn read_all(&mut self) {
        let text = self.src.text();
        let mut section: Option<Section> = None;
        let mut seen: Vec<Section> = Vec::new();
        let mut query_headers = 0usize;
        let mut offset = 0usize;
        for raw in text.split_inclusive('\n') {
            let line_start = offset;
            offset += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            // Strip the `:::` comment.
            let content = match line.find(":::") {
                Some(i) => &line[..i],
                None => line,
            };
            let lead = content.len() - content.trim_start().len();
            let mut start = line_start + lead;
            let mut body = content.trim();
            if body.is_empty() {
                continue;
            }
            if let Some((s, header_len)) = section_of(body) {
                section = Some(s);
                if s == Section::Query {
                    query_headers += 1;
                }
                if !seen.contains(&s) {
                    seen.push(s);
                }
                let rest = &body[header_len..];
                let rest_lead = rest.len() - rest.trim_start().len();
                start += header_len + rest_lead;
                body = rest.trim();
                if body.is_empty() {
                    continue;
                }
            }
            let span = Span::new(start, start + body.len());
            let section = section.unwrap_or(if body.contains(">>>") { Section::Rules } else { Section::Facts });
            match section {
                Section::Predicates => self.declaration(body, start),
                Section::Facts => {
                    if body.contains(">>>") {
                        self.diagnostics.push(
                            Diagnostic::new(&codes::RULES_RULE_IN_FACTS, "this rule is written under `Facts:`")
                                .at(self.src, span)
                                .note("it is read as a rule")
                                .help("move the line under `Rules:`"),
                        );
                        self.rule(body, start);
                    } else {
                        self.facts(body, start);
                    }
                }
                Section::Rules => {
                    if body.contains(">>>") {
                        self.rule(body, start);
                    } else {
                        // A ground atom under Rules: is a fact; anything else is unreadable.
                        self.facts(body, start);
                    }
                }
                Section::Query => self.query(body, start),
            }
        }
        for s in [Section::Predicates, Section::Facts, Section::Rules, Section::Query] {
            if !seen.contains(&s) && (s != Section::Query || self.program.queries.is_empty()) {
                let d = Diagnostic::new(
                    &codes::RULES_MISSING_SECTION,
                    format!("the program has no `{}` section", s.name()),
                )
                .in_file(self.src);
                self.diagnostics.push(if s == Section::Query {
                    d.help("add `Query:` and the atom whose truth is asked, e.g. `Kind(Bob, True)`")
                } else {
                    d
                });
            }
        }
        if self.program.queries.len() > 1 || query_headers > 1 {
            if let Some(second) = self.program.queries.get(1) {
                self.diagnostics.push(
                    Diagnostic::new(
                        &codes::RULES_MULTIPLE_QUERIES,
                        format!(
                            "the program has {} queries; its answer is taken from the first",
                            self.program.queries.len()
                        ),
                    )
                    .at(self.src, second.span),
                );
            }
        }
    }

    fn declaration(&mut self, body: &str, start: usize) {
        let mut p = LineParser::new(self.src, body, start);
        match p.atom(false) {
            Ok(lit) => {
                let key = PredKey { name: lit.atom.pred.clone(), arity: lit.atom.args.len() };
                self.program.declared.push(Declaration { key, span: lit.atom.span });
            }
            Err(d) => self.diagnostics.push(d),
        }
    }

    fn facts(&mut self, body: &str, start: usize) {
        let mut p = LineParser::new(self.src, body, start);
        let lits = match p.conjunction() {
            Ok(l) => l,
            Err(d) => {
                self.diagnostics.push(d);
                return;
            }
        };
        for lit in lits {
            let lit = self.finish(lit);
            let span = lit.atom.span;
            if !lit.atom.args.iter().all(Term::is_ground) {
                self.diagnostics.push(
                    Diagnostic::new(
                        &codes::RULES_NON_GROUND_FACT,
                        format!("the fact `{}` has a variable", show(&lit.atom)),
                    )
                    .at(self.src, span)
                    .note("it is read as holding for every individual of the program")
                    .help("substitute the individual the sentence is about, or write a rule with a condition"),
                );
            }
            self.program.clauses.push(Clause { head: lit.atom, body: Vec::new(), span, origin: Origin::Written });
        }
    }

    fn rule(&mut self, body: &str, start: usize) {
        let arrow = body.find(">>>").unwrap_or(body.len());
        let (lhs, rhs) = (&body[..arrow], body.get(arrow + 3..).unwrap_or(""));
        let span = Span::new(start, start + body.len());
        let mut p = LineParser::new(self.src, lhs, start);
        let conds = match p.disjunction() {
            Ok(c) => c,
            Err(d) => {
                self.diagnostics.push(d);
                return;
            }
        };
        let mut q = LineParser::new(self.src, rhs, start + arrow + 3);
        let heads = match q.conjunction() {
            Ok(h) if !h.is_empty() => h,
            Ok(_) => {
                self.diagnostics.push(
                    Diagnostic::new(&codes::RULES_SYNTAX_ERROR, "expected an atom after `>>>`").at(self.src, span),
                );
                return;
            }
            Err(d) => {
                self.diagnostics.push(d);
                return;
            }
        };
        if rhs.contains(">>>") {
            self.diagnostics.push(
                Diagnostic::new(&codes::RULES_SYNTAX_ERROR, "a rule has one `>>>`; this line has two")
                    .at(self.src, span),
            );
            return;
        }
        if conds.iter().any(|b| b.len() > super::lower::MAX_BODY) {
            self.diagnostics.push(
                Diagnostic::new(
                    &codes::LIMIT_DEPTH,
                    format!("this rule has more than {} conditions", super::lower::MAX_BODY),
                )
                .at(self.src, span)
                .note("the rule is left out of the evaluation"),
            );
            return;
        }
        let conds: Vec<Vec<LabelledLit>> =
            conds.into_iter().map(|b| b.into_iter().map(|l| self.finish(l)).collect()).collect();
        let count = conds.len();
        for head in heads {
            let head = self.finish(head);
            for (index, branch) in conds.iter().enumerate() {
                let body: Vec<Literal> = branch.iter().map(|l| Literal::Pos(l.atom.clone())).collect();
                let origin = if count == 1 { Origin::Written } else { Origin::Branch { index, count } };
                self.program.clauses.push(Clause { head: head.atom.clone(), body, span, origin });
            }
        }
    }

    fn query(&mut self, body: &str, start: usize) {
        let mut p = LineParser::new(self.src, body, start);
        let lits = match p.conjunction() {
            Ok(l) => l,
            Err(d) => {
                self.diagnostics.push(d);
                return;
            }
        };
        for lit in lits {
            let mut lit = self.finish(lit);
            let span = lit.atom.span;
            if lit.label.is_none() {
                let end = lit.atom.span.end as usize;
                let insert = Span::new(end.saturating_sub(1), end.saturating_sub(1));
                let mut d = Diagnostic::new(
                    &codes::RULES_QUERY_WITHOUT_LABEL,
                    format!("the query `{}` has no truth label", show(&lit.atom)),
                )
                .at(self.src, span)
                .note("it is read as asking `True`");
                if self.src.slice(span).ends_with(')') {
                    d = d.fix(Fix::new("add the label `True`").edit(self.src, insert, ", True"));
                }
                self.diagnostics.push(d);
                lit.atom.args.push(Term::atom("True", span));
                lit.label = Some(true);
            }
            let label = lit.label.unwrap_or(true);
            let text = show(&lit.atom);
            self.program.queries.push(Query {
                text,
                bodies: vec![vec![Literal::Pos(lit.atom.clone())]],
                span,
                file: self.src.name().to_string(),
                labelled: Some(LabelledAtom { atom: lit.atom, label }),
            });
        }
    }

    /// Apply an invented negation (flip the label) and report it; check the label.
    fn finish(&mut self, mut lit: LabelledLit) -> LabelledLit {
        if let Some((neg_span, written)) = lit.negation {
            let flipped = lit.label.map(|l| !l);
            if let (Some(new), Some(last)) = (flipped, lit.atom.args.last_mut()) {
                let label_span = last.span;
                *last = Term::atom(if new { "True" } else { "False" }, label_span);
                lit.label = Some(new);
            }
            let whole = neg_span.to(lit.atom.span);
            let mut d = Diagnostic::new(
                &codes::RULES_INVENTED_NEGATION,
                format!("`{written}` is not negation in this format; negation is the label `False`"),
            )
            .at(self.src, whole)
            .note(format!("read as `{}`", show(&lit.atom)));
            if lit.label.is_some() {
                d = d.fix(Fix::new(format!("write `{}`", show(&lit.atom))).edit(self.src, whole, show(&lit.atom)));
            }
            self.diagnostics.push(d);
            lit.negation = None;
        }
        if lit.label.is_none() {
            if let Some(last) = lit.atom.args.last() {
                if !last.is_var() && lit.atom.args.len() > 1 {
                    self.diagnostics.push(
                        Diagnostic::new(
                            &codes::RULES_BAD_LABEL,
                            format!(
                                "`{}` should end with the truth label `True` or `False`, not `{}`",
                                show(&lit.atom),
                                self.src.slice(last.span)
                            ),
                        )
                        .at(self.src, last.span),
                    );
                }
            }
        }
        lit
    }
}

/// An atom as written in the format: `Name(A, B, True)`.
pub fn show(atom: &Atom) -> String {
    let mut s = atom.pred.clone();
    s.push('(');
    for (i, a) in atom.args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match &a.kind {
            TermKind::Var(v) => s.push_str(v),
            TermKind::Const(Const::Atom(c)) => s.push_str(c),
            _ => s.push_str(&a.to_string()),
        }
    }
    s.push(')');
    s
}

struct LabelledLit {
    atom: Atom,
    /// `Some(true)` for `True`, `Some(false)` for `False`, `None` when the last argument is not a label.
    label: Option<bool>,
    /// An invented negation in front of the atom: its span and how it was written.
    negation: Option<(Span, String)>,
}

struct LineParser<'a> {
    src: &'a SourceFile,
    text: &'a str,
    base: usize,
    pos: usize,
    depth: usize,
}

impl<'a> LineParser<'a> {
    fn new(src: &'a SourceFile, text: &'a str, base: usize) -> LineParser<'a> {
        LineParser { src, text, base, pos: 0, depth: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn skip_ws(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn error(&self, message: String) -> Diagnostic {
        let at = self.pos.min(self.text.len());
        let end = self.rest().chars().next().map_or(at, |c| at + c.len_utf8());
        Diagnostic::new(&codes::RULES_SYNTAX_ERROR, message).at(self.src, self.span(at, end))
    }

    fn found(&self) -> String {
        match self.rest().chars().next() {
            None => "the end of the line".to_string(),
            Some(c) => format!("`{c}`"),
        }
    }

    /// `A || B && C` → branches of conjunctions.
    fn disjunction(&mut self) -> Result<Vec<Vec<LabelledLit>>, Diagnostic> {
        let mut branches = vec![self.conjunction_until(&["||"])?];
        while self.rest().trim_start().starts_with("||") {
            self.skip_ws();
            self.pos += 2;
            branches.push(self.conjunction_until(&["||"])?);
        }
        Ok(branches)
    }

    fn conjunction(&mut self) -> Result<Vec<LabelledLit>, Diagnostic> {
        let lits = self.conjunction_until(&[])?;
        self.skip_ws();
        if self.rest() == "." {
            self.pos = self.text.len();
        }
        if !self.rest().is_empty() {
            return Err(self.error(format!("expected `&&` or the end of the line, found {}", self.found())));
        }
        Ok(lits)
    }

    fn conjunction_until(&mut self, stops: &[&str]) -> Result<Vec<LabelledLit>, Diagnostic> {
        let mut lits = Vec::new();
        loop {
            self.skip_ws();
            if self.rest().is_empty() {
                if lits.is_empty() {
                    return Err(self.error("expected an atom such as `Cold(Bob, True)`".to_string()));
                }
                return Ok(lits);
            }
            lits.push(self.literal()?);
            self.skip_ws();
            let rest = self.rest();
            if let Some(r) = rest.strip_prefix("&&") {
                self.pos += rest.len() - r.len();
            } else if rest.starts_with('&') || rest.starts_with(',') || rest.starts_with('∧') {
                // `&`, `,` or `∧` between atoms: read as `&&`.
                self.pos += rest.chars().next().map_or(1, char::len_utf8);
            } else if rest.is_empty() || rest == "." || stops.iter().any(|s| rest.starts_with(s)) {
                return Ok(lits);
            } else {
                return Err(self.error(format!("expected `&&`, `>>>` or the end of the line, found {}", self.found())));
            }
        }
    }

    /// An atom, possibly behind an invented negation.
    fn literal(&mut self) -> Result<LabelledLit, Diagnostic> {
        self.depth += 1;
        if self.depth > 50 {
            return Err(self.error("negations nest more than 50 deep".to_string()));
        }
        let r = self.literal_inner();
        self.depth -= 1;
        r
    }

    fn literal_inner(&mut self) -> Result<LabelledLit, Diagnostic> {
        self.skip_ws();
        let start = self.pos;
        let rest = self.rest();
        let prefixes = ["¬", "~", "!", "\\+", "not ", "Not ", "NOT "];
        for p in prefixes {
            if let Some(r) = rest.strip_prefix(p) {
                self.pos += rest.len() - r.len();
                let mut lit = self.literal()?;
                let span = self.span(start, start + p.trim_end().len());
                lit.negation = Some((span, p.trim_end().to_string()));
                return Ok(lit);
            }
        }
        for w in ["Not(", "not(", "NOT("] {
            if rest.starts_with(w) {
                // `Not(P(x, True))`, unless it is a predicate named Not with plain arguments.
                let inner_start = self.pos + w.len();
                let save = self.pos;
                self.pos = inner_start;
                if let Ok(mut lit) = self.literal() {
                    self.skip_ws();
                    if self.rest().starts_with(')') {
                        self.pos += 1;
                        let span = self.span(start, start + 3);
                        lit.negation = Some((span, "Not(…)".to_string()));
                        return Ok(lit);
                    }
                }
                self.pos = save;
            }
        }
        self.atom(true)
    }

    fn name(&mut self) -> Option<(String, usize, usize)> {
        let rest = self.rest();
        let len: usize = rest
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-' || *c == '.' || *c == '\''))
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            return None;
        }
        let start = self.pos;
        self.pos += len;
        Some((rest[..len].to_string(), start, self.pos))
    }

    fn atom(&mut self, labelled: bool) -> Result<LabelledLit, Diagnostic> {
        self.skip_ws();
        let start = self.pos;
        let Some((name, ns, ne)) = self.name() else {
            return Err(self.error(format!("expected a predicate name, found {}", self.found())));
        };
        self.skip_ws();
        if !self.rest().starts_with('(') {
            return Err(self.error(format!("expected `(` after the predicate name `{name}`, found {}", self.found())));
        }
        self.pos += 1;
        let mut args = Vec::new();
        loop {
            self.skip_ws();
            if self.rest().starts_with(')') && args.is_empty() {
                self.pos += 1;
                break;
            }
            let arg_start = self.pos;
            let var = self.rest().starts_with('$');
            if var {
                self.pos += 1;
            }
            let Some((word, _, end)) = self.name() else {
                return Err(self.error(format!("expected an argument, found {}", self.found())));
            };
            let span = self.span(arg_start, end);
            let term = if var {
                Term::var(format!("${word}"), span)
            } else if let Ok(i) = word.parse::<i64>() {
                Term { kind: TermKind::Const(Const::Int(i)), span }
            } else {
                Term::atom(word, span)
            };
            args.push(term);
            self.skip_ws();
            let rest = self.rest();
            if rest.starts_with(',') {
                self.pos += 1;
            } else if rest.starts_with(')') {
                self.pos += 1;
                break;
            } else {
                return Err(
                    self.error(format!("expected `,` or `)` in the arguments of `{name}`, found {}", self.found()))
                );
            }
        }
        let span = self.span(start, self.pos);
        let mut label = None;
        if labelled {
            if let Some(TermKind::Const(Const::Atom(last))) = args.last().map(|a| &a.kind) {
                label = match last.to_ascii_lowercase().as_str() {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                };
                if let Some(l) = label {
                    // One spelling for the label, so `true` and `True` join.
                    let s = args.last().map(|a| a.span).unwrap_or_default();
                    if let Some(a) = args.last_mut() {
                        *a = Term::atom(if l { "True" } else { "False" }, s);
                    }
                }
            }
        }
        let atom = Atom { pred: name, args, span, name_span: self.span(ns, ne) };
        Ok(LabelledLit { atom, label, negation: None })
    }
}

/// Read one labelled atom at `base` (expectation lines).
pub fn read_atom(src: &SourceFile, text: &str, base: usize) -> Result<Atom, Diagnostic> {
    let mut p = LineParser::new(src, text, base);
    let lit = p.atom(true)?;
    p.skip_ws();
    if !p.rest().trim_end_matches('.').is_empty() {
        return Err(p.error(format!("expected the end of the line, found {}", p.found())));
    }
    Ok(lit.atom)
}

/// Read queries given apart from the program (`--query`), one per line.
pub fn read_queries(src: &SourceFile) -> (Vec<Query>, Vec<Diagnostic>) {
    let mut r = Reader { src, program: Program::new(Dialect::LogicLm), diagnostics: Vec::new() };
    let mut offset = 0;
    for line in src.text().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.split(":::").next().unwrap_or("").trim_end();
        let lead = body.len() - body.trim_start().len();
        if !body.trim().is_empty() {
            r.query(body.trim_start(), start + lead);
        }
    }
    (r.program.queries, r.diagnostics)
}
