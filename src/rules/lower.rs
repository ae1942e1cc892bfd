//! Prolog terms → [`Program`]: clauses, directives and queries.
//!
//! Bodies are brought to disjunctive normal form: `;` and if-then-else become several clauses
//! (origin [`Origin::Branch`]), `\+` of a conjunction becomes an auxiliary predicate (named with a
//! leading `$`, never shown as the user's), `not/1` and `call/1` are read as `\+` and the goal.
//! Anonymous variables get fresh names (`_` stays unique per occurrence). Constructs outside the
//! evaluated subset are reported (`rules/unsupported`) and their clause is left out, except cut
//! and output, which are read as `true` with a warning.

use std::collections::HashSet;

use super::ast::{
    Atom, BuiltinOp, Clause, Const, Declaration, Dialect, Literal, Origin, PredKey, Program, Query, Term, TermKind,
};
use super::parse::ReadClause;
use crate::report::codes;
use crate::report::{Diagnostic, Severity};
use crate::source::{SourceFile, Span};

/// A body goal before normalisation.
enum Goal {
    Lit(Literal),
    And(Vec<Goal>),
    Or(Vec<Goal>),
    Not(Box<Goal>, Span),
    True,
    Fail,
}

/// Most clauses one written clause may expand into (disjunction is multiplicative).
const MAX_BRANCHES: usize = 256;

/// Most literals in one body, and most items of a list with variables: evaluation and
/// matching recurse over them, so they are bounded like nesting depth.
pub const MAX_BODY: usize = 1000;

/// Prolog built-ins that have side effects only: read as `true`.
const OUTPUT: &[(&str, usize)] =
    &[("write", 1), ("writeln", 1), ("print", 1), ("nl", 0), ("format", 1), ("format", 2), ("write_canonical", 1)];

/// Prolog built-ins the evaluator cannot run.
const UNSUPPORTED: &[&str] = &[
    "findall",
    "bagof",
    "setof",
    "aggregate_all",
    "forall",
    "assert",
    "asserta",
    "assertz",
    "retract",
    "call",
    "catch",
    "throw",
    "nb_getval",
    "b_getval",
    "nb_setval",
    "b_setval",
    "read",
    "read_term",
    "atom_codes",
    "atom_chars",
    "atom_length",
    "sub_atom",
    "number_codes",
    "functor",
    "arg",
    "=..",
    "copy_term",
    "msort",
    "sort",
    "length",
    "append",
    "nth0",
    "nth1",
    "last",
    "sum_list",
    "sumlist",
    "max_list",
    "min_list",
    "succ",
    "plus",
    "between",
    "atom_string",
    "string_concat",
    "atom_concat",
    "tab",
    "halt",
];

pub struct Lowerer<'s> {
    src: &'s SourceFile,
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
    fresh: usize,
    aux: usize,
    /// Negated conjunctions waiting for their context: placeholder name → the goal's branches.
    pending: std::collections::HashMap<String, Vec<Vec<Literal>>>,
    /// Predicates with clauses in the text (so `member/2` defined by the user is the user's).
    user_defined: HashSet<PredKey>,
}

impl<'s> Lowerer<'s> {
    pub fn new(src: &'s SourceFile, dialect: Dialect) -> Lowerer<'s> {
        Lowerer {
            src,
            program: Program::new(dialect),
            diagnostics: Vec::new(),
            fresh: 0,
            aux: 0,
            pending: std::collections::HashMap::new(),
            user_defined: HashSet::new(),
        }
    }

    /// Lower every clause read from the program text.
    pub fn lower_clauses(&mut self, clauses: Vec<ReadClause>) {
        for c in &clauses {
            if let Some(head) = clause_head(&c.term) {
                if let Some(key) = callable_key(head) {
                    self.user_defined.insert(key);
                }
            }
        }
        for c in clauses {
            self.lower_clause(c);
        }
    }

    fn lower_clause(&mut self, c: ReadClause) {
        let span = c.span;
        if let Some(at) = long_open_list(&c.term) {
            self.diagnostics.push(
                Diagnostic::new(&codes::LIMIT_DEPTH, format!("a list with variables has more than {MAX_BODY} items"))
                    .at(self.src, at)
                    .note("the clause is left out of the evaluation")
                    .help("split the list, or make it ground (lists without variables have no limit)"),
            );
            return;
        }
        let term = self.fresh_anonymous(c.term);
        if !matches!(&term.kind, TermKind::Compound(op, args) if (op == ":-" || op == "?-") && args.len() == 1) {
            self.singletons(&term);
        }
        match term.kind {
            TermKind::Compound(ref op, ref args) if op == ":-" && args.len() == 1 => {
                self.directive(&args[0], span);
            }
            TermKind::Compound(ref op, ref args) if op == "?-" && args.len() == 1 => {
                let text = self.src.slice(args[0].span).to_string();
                if let Some(q) = self.query(&args[0], text, "program") {
                    self.program.queries.push(q);
                }
            }
            TermKind::Compound(ref op, ref args) if op == ":-" && args.len() == 2 => {
                let Some(head) = self.head(&args[0]) else { return };
                let Some(body) = self.goal(&args[1]) else { return };
                self.add_rule(head, body, span);
            }
            TermKind::Compound(ref op, _) if op == "-->" => {
                self.unsupported(span, "grammar rules (`-->`) are not evaluated");
            }
            TermKind::Compound(ref op, ref args) if op == "dynamic" || op == "discontiguous" || op == "table" => {
                // `dynamic p/1.` written without `:-`.
                let arg = args[0].clone();
                self.directive(&Term { kind: TermKind::Compound(op.clone(), vec![arg]), span: term.span }, span);
            }
            _ => {
                if let Some(head) = self.head(&term) {
                    self.program.clauses.push(Clause { head, body: Vec::new(), span, origin: Origin::Written });
                }
            }
        }
    }

    /// Variables written once in a clause (SWI-Prolog's "Singleton variables" warning), read on
    /// the clause as written, before negated conjunctions are moved into auxiliary predicates.
    fn singletons(&mut self, term: &Term) {
        let mut occ = Vec::new();
        term.vars(&mut occ);
        let mut singles: Vec<(&str, Span)> = Vec::new();
        for (i, (v, s)) in occ.iter().enumerate() {
            if !v.starts_with('_') && occ.iter().enumerate().all(|(j, (w, _))| j == i || w != v) {
                singles.push((v, *s));
            }
            if i > 2000 {
                break;
            }
        }
        for (v, s) in singles {
            self.diagnostics.push(
                Diagnostic::new(&codes::RULES_SINGLETON_VARIABLE, format!("the variable `{v}` occurs only once in this clause"))
                    .at(self.src, s)
                    .help(format!("write `_` (or `_{v}`) if its value does not matter, or correct it to the variable it should join with"))
                    .fix(crate::report::Fix::new(format!("rename to `_{v}`")).edit(self.src, s, format!("_{v}"))),
            );
        }
    }

    /// Give every `_` its own name, so that two `_` never join.
    fn fresh_anonymous(&mut self, term: Term) -> Term {
        let Term { kind, span } = term;
        let kind = match kind {
            TermKind::Var(v) if v == "_" => {
                self.fresh += 1;
                TermKind::Var(format!("_{}", self.fresh))
            }
            TermKind::Compound(n, args) => {
                TermKind::Compound(n, args.into_iter().map(|a| self.fresh_anonymous(a)).collect())
            }
            TermKind::List(items, tail) => TermKind::List(
                items.into_iter().map(|a| self.fresh_anonymous(a)).collect(),
                tail.map(|t| Box::new(self.fresh_anonymous(*t))),
            ),
            other => other,
        };
        Term { kind, span }
    }

    fn directive(&mut self, goal: &Term, span: Span) {
        match &goal.kind {
            TermKind::Compound(name, args) if matches!(name.as_str(), "dynamic" | "discontiguous" | "table") => {
                let mut keys = Vec::new();
                indicators(&args[0], &mut keys);
                if keys.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            &codes::RULES_SYNTAX_ERROR,
                            format!("`{name}` expects predicate indicators such as `p/1`"),
                        )
                        .at(self.src, args[0].span),
                    );
                }
                if name == "dynamic" {
                    for (key, span) in keys {
                        self.program.dynamic.push(Declaration { key, span });
                    }
                }
            }
            _ => self.diagnostics.push(
                Diagnostic::new(&codes::RULES_UNSUPPORTED, "this directive is not run")
                    .severity(Severity::Warning)
                    .at(self.src, span)
                    .note("only `:- dynamic p/N.` directives and `?- Goal.` queries are read"),
            ),
        }
    }

    /// A query (`?- G.` or `--query G`): its DNF bodies, auxiliary clauses added to the program.
    pub fn query(&mut self, goal: &Term, text: String, file: &str) -> Option<Query> {
        if let Some(at) = long_open_list(goal) {
            self.diagnostics.push(
                Diagnostic::new(&codes::LIMIT_DEPTH, format!("a list with variables has more than {MAX_BODY} items"))
                    .at(self.src, at),
            );
            return None;
        }
        let goal = self.fresh_anonymous(goal.clone());
        let g = self.goal(&goal)?;
        let bodies = self.dnf(g, goal.span)?;
        if bodies.iter().any(|b| b.len() > MAX_BODY) {
            self.diagnostics.push(
                Diagnostic::new(&codes::LIMIT_DEPTH, format!("this query has more than {MAX_BODY} literals"))
                    .at(self.src, goal.span),
            );
            return None;
        }
        let mut qvars = Vec::new();
        goal.vars(&mut qvars);
        let outer: Vec<Term> = qvars.iter().map(|(v, s)| Term::var(v.to_string(), *s)).collect();
        let bodies = bodies.into_iter().map(|b| self.resolve_negations(&outer, b)).collect();
        Some(Query { text, bodies, span: goal.span, file: file.to_string(), labelled: None })
    }

    fn add_rule(&mut self, head: Atom, body: Goal, span: Span) {
        let Some(branches) = self.dnf(body, span) else { return };
        if branches.iter().any(|b| b.len() > MAX_BODY) {
            self.diagnostics.push(
                Diagnostic::new(&codes::LIMIT_DEPTH, format!("this rule body has more than {MAX_BODY} literals"))
                    .at(self.src, span)
                    .note("the clause is left out of the evaluation")
                    .help("split the body with auxiliary predicates"),
            );
            return;
        }
        let count = branches.len();
        for (index, body) in branches.into_iter().enumerate() {
            let origin = if count == 1 { Origin::Written } else { Origin::Branch { index, count } };
            let body = self.resolve_negations(&head.args, body);
            self.program.clauses.push(Clause { head: head.clone(), body, span, origin });
        }
    }

    /// Complete the auxiliary predicates of negated conjunctions in one branch. `\+ G` becomes
    /// `\+ $notN(V…)` over the variables G shares with the rest of the clause, defined by
    /// `$notN(V…) :- Context, G.` where Context is the branch's positive literals and built-ins:
    /// given the context, `$notN(V…)` holds exactly when G does, and every variable of its head
    /// is bound (no comparison or negation inside G sees an unbound outer variable).
    fn resolve_negations(&mut self, head_args: &[Term], branch: Vec<Literal>) -> Vec<Literal> {
        if !branch.iter().any(|l| matches!(l, Literal::Neg(a) if self.pending.contains_key(&a.pred))) {
            return branch;
        }
        let context: Vec<Literal> = branch.iter().filter(|l| !matches!(l, Literal::Neg(_))).cloned().collect();
        let mut outer: Vec<(&str, Span)> = Vec::new();
        head_args.iter().for_each(|t| t.vars(&mut outer));
        context.iter().for_each(|l| l.vars(&mut outer));
        let outer: Vec<String> = outer.iter().map(|(v, _)| v.to_string()).collect();
        let mut out = Vec::with_capacity(branch.len());
        for lit in branch.clone() {
            let Literal::Neg(a) = &lit else {
                out.push(lit);
                continue;
            };
            let Some(goal) = self.pending.remove(&a.pred) else {
                out.push(lit);
                continue;
            };
            let mut shared: Vec<String> = Vec::new();
            for l in goal.iter().flatten() {
                let mut vs = Vec::new();
                l.vars(&mut vs);
                for (v, _) in vs {
                    if outer.iter().any(|o| o == v) && !shared.iter().any(|x| x == v) {
                        shared.push(v.to_string());
                    }
                }
            }
            let args: Vec<Term> = shared.iter().map(|v| Term::var(v.clone(), a.span)).collect();
            let head = Atom { pred: a.pred.clone(), args, span: a.span, name_span: a.span };
            for g in goal {
                let mut body = context.clone();
                body.extend(g);
                let body = self.resolve_negations(&head.args, body);
                self.program.clauses.push(Clause { head: head.clone(), body, span: a.span, origin: Origin::Auxiliary });
            }
            out.push(Literal::Neg(head));
        }
        out
    }

    /// A clause head: an atom or a compound that is not a control construct or built-in.
    pub fn head(&mut self, term: &Term) -> Option<Atom> {
        let bad = |what: &str| format!("the head of a clause must be a predicate, not {what}");
        let message = match &term.kind {
            TermKind::Const(Const::Atom(name)) => {
                return Some(Atom { pred: name.clone(), args: Vec::new(), span: term.span, name_span: term.span })
            }
            TermKind::Compound(name, args) if !is_control(name, args.len()) => {
                let name_span = Span::new(term.span.start as usize, term.span.start as usize + name_len(self.src, term));
                return Some(Atom { pred: name.clone(), args: args.clone(), span: term.span, name_span });
            }
            TermKind::Var(v) => bad(&format!("the variable `{v}`")),
            TermKind::Const(c) => bad(&format!("`{c}`")),
            TermKind::List(..) => bad("a list"),
            TermKind::Compound(name, _) if name == "," => {
                "the head of a clause must be one predicate, not a conjunction (a `.` may be missing between two clauses)".to_string()
            }
            TermKind::Compound(name, _) => bad(&format!("the built-in `{name}`")),
        };
        self.diagnostics.push(Diagnostic::new(&codes::RULES_BAD_HEAD, message).at(self.src, term.span));
        None
    }

    fn unsupported(&mut self, span: Span, message: &str) {
        self.diagnostics.push(
            Diagnostic::new(&codes::RULES_UNSUPPORTED, message.to_string())
                .at(self.src, span)
                .note("the clause is left out of the evaluation"),
        );
    }

    fn goal(&mut self, term: &Term) -> Option<Goal> {
        let span = term.span;
        match &term.kind {
            TermKind::Var(v) => {
                self.unsupported(span, &format!("a variable (`{v}`) used as a goal cannot be evaluated bottom-up"));
                None
            }
            TermKind::Const(Const::Atom(a)) => match a.as_str() {
                "true" | "otherwise" => Some(Goal::True),
                "fail" | "false" => Some(Goal::Fail),
                "!" => {
                    self.diagnostics.push(
                        Diagnostic::new(&codes::RULES_UNSUPPORTED, "cut (`!`) is read as `true`")
                            .severity(Severity::Warning)
                            .at(self.src, span)
                            .note("bottom-up evaluation has no search to cut; answers that a cut would prune are kept"),
                    );
                    Some(Goal::True)
                }
                "nl" => Some(self.output(span, "nl")),
                _ => Some(Goal::Lit(Literal::Pos(Atom { pred: a.clone(), args: Vec::new(), span, name_span: span }))),
            },
            TermKind::Const(c) => {
                self.diagnostics.push(
                    Diagnostic::new(&codes::RULES_SYNTAX_ERROR, format!("`{c}` is not a goal")).at(self.src, span),
                );
                None
            }
            TermKind::List(..) => {
                self.unsupported(span, "a list used as a goal (consult) is not evaluated");
                None
            }
            TermKind::Compound(name, args) => self.compound_goal(term, name, args),
        }
    }

    fn output(&mut self, span: Span, name: &str) -> Goal {
        self.diagnostics.push(
            Diagnostic::new(&codes::RULES_UNSUPPORTED, format!("`{name}` (output) is read as `true`"))
                .severity(Severity::Warning)
                .at(self.src, span),
        );
        Goal::True
    }

    fn compound_goal(&mut self, term: &Term, name: &str, args: &[Term]) -> Option<Goal> {
        let span = term.span;
        match (name, args.len()) {
            (",", _) => {
                let mut gs = Vec::new();
                for a in args {
                    gs.push(self.goal(a)?);
                }
                Some(Goal::And(gs))
            }
            (";", _) => self.disjunction(args),
            ("->" | "*->", 2) => Some(Goal::And(vec![self.goal(&args[0])?, self.goal(&args[1])?])),
            ("\\+" | "not", 1) => Some(Goal::Not(Box::new(self.goal(&args[0])?), span)),
            ("call", 1) => self.goal(&args[0]),
            ("member" | "memberchk", 2)
                if !self.user_defined.contains(&PredKey { name: name.to_string(), arity: 2 }) =>
            {
                Some(Goal::Lit(Literal::Member { elem: args[0].clone(), list: args[1].clone(), span }))
            }
            (op, 2) if BuiltinOp::from_name(op).is_some() => {
                let op = BuiltinOp::from_name(op)?;
                Some(Goal::Lit(Literal::Builtin { op, left: args[0].clone(), right: args[1].clone(), span }))
            }
            (n, a) if OUTPUT.contains(&(n, a)) => Some(self.output(span, n)),
            (n, a)
                if UNSUPPORTED.contains(&n)
                    && !self.user_defined.contains(&PredKey { name: n.to_string(), arity: a }) =>
            {
                self.unsupported(
                    span,
                    &format!("`{n}/{a}` is not evaluated (only the Datalog subset with arithmetic is)"),
                );
                None
            }
            (":-" | "?-", _) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        &codes::RULES_SYNTAX_ERROR,
                        format!("`{name}` inside a body: a `.` is probably missing before it"),
                    )
                    .at(self.src, span),
                );
                None
            }
            _ => {
                let name_span = Span::new(span.start as usize, span.start as usize + name_len(self.src, term));
                Some(Goal::Lit(Literal::Pos(Atom { pred: name.to_string(), args: args.to_vec(), span, name_span })))
            }
        }
    }

    /// `A ; B ; C`, with `(C -> T ; E)` read as `(C, T) ; (\+ C, E)`.
    fn disjunction(&mut self, args: &[Term]) -> Option<Goal> {
        let mut branches = Vec::new();
        let mut guards: Vec<Goal> = Vec::new();
        for a in args {
            let (branch, guard) = match &a.kind {
                TermKind::Compound(n, ite) if n == "->" && ite.len() == 2 => {
                    let c = self.goal(&ite[0])?;
                    let t = self.goal(&ite[1])?;
                    let guard = Goal::Not(Box::new(self.goal(&ite[0])?), ite[0].span);
                    (Goal::And(vec![c, t]), Some(guard))
                }
                _ => (self.goal(a)?, None),
            };
            let mut conj: Vec<Goal> = std::mem::take(&mut guards);
            conj.push(branch);
            branches.push(Goal::And(conj));
            if let Some(g) = guard {
                guards.push(g);
            }
        }
        Some(Goal::Or(branches))
    }

    /// Disjunctive normal form; `None` (with a diagnostic) past [`MAX_BRANCHES`].
    fn dnf(&mut self, goal: Goal, span: Span) -> Option<Vec<Vec<Literal>>> {
        match self.dnf_inner(goal) {
            Some(b) => Some(b),
            None => {
                self.diagnostics.push(
                    Diagnostic::new(
                        &codes::RULES_UNSUPPORTED,
                        format!("this clause expands into more than {MAX_BRANCHES} alternatives (nested `;`)"),
                    )
                    .at(self.src, span)
                    .note("the clause is left out of the evaluation")
                    .help("split it into several clauses"),
                );
                None
            }
        }
    }

    fn dnf_inner(&mut self, goal: Goal) -> Option<Vec<Vec<Literal>>> {
        Some(match goal {
            Goal::True => vec![Vec::new()],
            Goal::Fail => Vec::new(),
            Goal::Lit(l) => vec![vec![l]],
            Goal::Or(gs) => {
                let mut out = Vec::new();
                for g in gs {
                    out.extend(self.dnf_inner(g)?);
                    if out.len() > MAX_BRANCHES {
                        return None;
                    }
                }
                out
            }
            Goal::And(gs) => {
                let mut acc: Vec<Vec<Literal>> = vec![Vec::new()];
                for g in gs {
                    let parts = self.dnf_inner(g)?;
                    if acc.len().saturating_mul(parts.len()) > MAX_BRANCHES {
                        return None;
                    }
                    let mut next = Vec::with_capacity(acc.len() * parts.len());
                    for a in &acc {
                        for p in &parts {
                            let mut c = a.clone();
                            c.extend(p.iter().cloned());
                            next.push(c);
                        }
                    }
                    acc = next;
                }
                acc
            }
            Goal::Not(inner, span) => match *inner {
                Goal::True => Vec::new(),
                Goal::Fail => vec![Vec::new()],
                Goal::Lit(Literal::Pos(a)) => vec![vec![Literal::Neg(a)]],
                Goal::Lit(Literal::Builtin { op, left, right, span }) if negate(op).is_some() => {
                    vec![vec![Literal::Builtin { op: negate(op)?, left, right, span }]]
                }
                Goal::Not(g, _) => self.dnf_inner(*g)?,
                other => {
                    // \+ (complex goal): an auxiliary predicate, completed once the branch
                    // it sits in is known (see `resolve_negations`).
                    let branches = self.dnf_inner(other)?;
                    self.aux += 1;
                    let pred = format!("$not{}", self.aux);
                    self.pending.insert(pred.clone(), branches);
                    let head = Atom { pred, args: Vec::new(), span, name_span: span };
                    vec![vec![Literal::Neg(head)]]
                }
            },
        })
    }
}

/// The span of a list with variables and more than [`MAX_BODY`] items, if the term has one.
fn long_open_list(term: &Term) -> Option<Span> {
    match &term.kind {
        TermKind::List(items, tail) => {
            if items.len() > MAX_BODY && !term.is_ground() {
                return Some(term.span);
            }
            items.iter().find_map(long_open_list).or_else(|| tail.as_deref().and_then(long_open_list))
        }
        TermKind::Compound(_, args) => args.iter().find_map(long_open_list),
        _ => None,
    }
}

/// The negation of a comparison, when it has one.
fn negate(op: BuiltinOp) -> Option<BuiltinOp> {
    use BuiltinOp::*;
    Some(match op {
        Unify => NotUnify,
        NotUnify => Unify,
        Identical => NotIdentical,
        NotIdentical => Identical,
        ArithEq => ArithNe,
        ArithNe => ArithEq,
        Lt => Ge,
        Ge => Lt,
        Gt => Le,
        Le => Gt,
        TermLt => TermGe,
        TermGe => TermLt,
        TermGt => TermLe,
        TermLe => TermGt,
        Is => return None,
    })
}

/// Control constructs and built-ins that cannot head a clause.
fn is_control(name: &str, arity: usize) -> bool {
    matches!(name, "," | ";" | "->" | ":-" | "?-" | "\\+" | "|") || (arity == 2 && BuiltinOp::from_name(name).is_some())
}

fn clause_head(term: &Term) -> Option<&Term> {
    match &term.kind {
        TermKind::Compound(op, args) if op == ":-" && args.len() == 2 => Some(&args[0]),
        TermKind::Compound(op, _) if op == ":-" || op == "?-" => None,
        _ => Some(term),
    }
}

fn callable_key(term: &Term) -> Option<PredKey> {
    match &term.kind {
        TermKind::Const(Const::Atom(a)) => Some(PredKey { name: a.clone(), arity: 0 }),
        TermKind::Compound(n, args) => Some(PredKey { name: n.clone(), arity: args.len() }),
        _ => None,
    }
}

/// The length in bytes of a compound's name as written (quoted names included).
fn name_len(src: &SourceFile, term: &Term) -> usize {
    let text = src.slice(term.span);
    text.find('(').unwrap_or(text.len())
}

/// `p/1, q/2` or `[p/1, q/2]` → predicate keys.
fn indicators(term: &Term, out: &mut Vec<(PredKey, Span)>) {
    match &term.kind {
        TermKind::Compound(op, args) if op == "," => args.iter().for_each(|a| indicators(a, out)),
        TermKind::List(items, _) => items.iter().for_each(|a| indicators(a, out)),
        TermKind::Compound(op, args) if op == "/" && args.len() == 2 => {
            if let (TermKind::Const(Const::Atom(n)), TermKind::Const(Const::Int(a))) = (&args[0].kind, &args[1].kind) {
                if *a >= 0 {
                    out.push((PredKey { name: n.clone(), arity: *a as usize }, term.span));
                }
            }
        }
        _ => {}
    }
}
