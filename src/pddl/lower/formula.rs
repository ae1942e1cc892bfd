//! Lowering of formulas, effects and numeric expressions.

use super::Lowerer;
use crate::pddl::ast::*;
use crate::pddl::sexpr::{List, SExpr};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

/// PDDL3 trajectory-constraint operators, with how many leading numbers they take.
const MODAL_OPERATORS: &[(&str, usize)] = &[
    ("always", 0),
    ("sometime", 0),
    ("at-most-once", 0),
    ("within", 1),
    ("sometime-after", 0),
    ("sometime-before", 0),
    ("always-within", 1),
    ("hold-during", 2),
    ("hold-after", 1),
];

/// A PDDL number: digits with an optional sign, fraction and exponent (not `inf`/`nan`).
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl<'s, 't> Lowerer<'s, 't> {
    fn check_arity(&mut self, list: &List, want: usize, shape: &str) -> bool {
        let got = list.items.len().saturating_sub(1);
        if got != want {
            self.error(
                &codes::PDDL_SYNTAX_ERROR,
                list.span,
                format!("`{shape}` takes {want} argument{}, found {got}", if want == 1 { "" } else { "s" }),
            );
            return false;
        }
        true
    }

    pub(crate) fn term(&mut self, e: &'t SExpr) -> Option<Term> {
        match e {
            SExpr::Atom(span) => {
                let span = &self.without_comma(*span)?;
                let text = self.text(*span);
                if text.starts_with(':') {
                    self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        *span,
                        format!("expected an argument, found the keyword `{text}`"),
                    );
                    return None;
                }
                let name = self.name_of(*span);
                Some(if text.starts_with('?') { Term::Var(name) } else { Term::Const(name) })
            }
            SExpr::List(l) => {
                let found = self.describe(e);
                self.diags.push(
                    Diagnostic::new(
                        &codes::PDDL_SYNTAX_ERROR,
                        format!("expected a variable or an object as argument, found {found}"),
                    )
                    .at(self.src, l.span)
                    .note("nested terms (object fluents) are not supported as predicate arguments"),
                );
                None
            }
        }
    }

    /// `(name arg …)` as a predicate atom or a function application.
    pub(crate) fn atom(&mut self, list: &'t List) -> Option<Atom> {
        let pred = match list.items.first() {
            Some(SExpr::Atom(span)) if !self.text(*span).starts_with('?') && !self.text(*span).starts_with(':') => {
                self.name_of(*span)
            }
            Some(other) => {
                let found = self.describe(other);
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    other.span(),
                    format!("expected a predicate name, found {found}"),
                );
                return None;
            }
            None => {
                self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(predicate arg …)`, found `()`");
                return None;
            }
        };
        let mut args = Vec::with_capacity(list.items.len() - 1);
        let mut ok = true;
        let items = self.cut(list, 1);
        let mut i = 0;
        while i < items.len() {
            // `(holding ?x - block)`: a type copied from a declaration into an atom.
            if let (Some(SExpr::Atom(dash)), Some(SExpr::Atom(ty))) = (items.get(i), items.get(i + 1)) {
                if self.text(*dash) == "-" && i > 0 {
                    let from = items[i - 1].span().end as usize;
                    let cut = Span::new(from, ty.end as usize);
                    let type_name = self.text(*ty);
                    self.diags.push(
                        Diagnostic::new(
                            &codes::PDDL_SYNTAX_ERROR,
                            format!("`- {type_name}` in an atom: types are declared in `:parameters`, not where a predicate is used"),
                        )
                        .at(self.src, Span::new(dash.start as usize, ty.end as usize))
                        .fix(Fix::new(format!("remove `- {type_name}`")).edit(self.src, cut, "")),
                    );
                    i += 2;
                    continue;
                }
            }
            match self.term(&items[i]) {
                Some(t) => args.push(t),
                None => ok = false,
            }
            i += 1;
        }
        ok.then_some(Atom { pred, args, span: list.span })
    }

    fn typed_vars(&mut self, e: Option<&'t SExpr>, at: Span, what: &str) -> Option<Vec<TypedName>> {
        match e {
            Some(SExpr::List(l)) => Some(self.typed_list(&l.items, true)),
            other => {
                let found = other.map_or("nothing".to_string(), |o| self.describe(o));
                self.error(
                    &codes::PDDL_SYNTAX_ERROR,
                    other.map_or(at, SExpr::span),
                    format!("`{what}` needs a variable list such as `(?x - block)`, found {found}"),
                );
                None
            }
        }
    }

    fn time_spec(&self, list: &List) -> Option<TimeSpec> {
        if list.items.len() != 3 || list.items[2].as_list().is_none() {
            return None;
        }
        let first = self.atom_text(&list.items[0])?.to_ascii_lowercase();
        let second = self.atom_text(&list.items[1])?.to_ascii_lowercase();
        match (first.as_str(), second.as_str()) {
            ("at", "start") => Some(TimeSpec::AtStart),
            ("at", "end") => Some(TimeSpec::AtEnd),
            ("over", "all") => Some(TimeSpec::OverAll),
            _ => None,
        }
    }

    /// A goal description.
    pub(crate) fn formula(&mut self, e: &'t SExpr) -> Option<Formula> {
        let list = match e {
            SExpr::List(l) => l,
            SExpr::Atom(span) => {
                let text = self.text(*span);
                let mut d =
                    Diagnostic::new(&codes::PDDL_SYNTAX_ERROR, format!("expected a formula `(…)`, found `{text}`"))
                        .at(self.src, *span);
                if !text.starts_with('?') && !text.starts_with(':') {
                    d = d.fix(Fix::new(format!("write `({text})`")).edit(self.src, *span, format!("({text})")));
                }
                self.diags.push(d);
                return None;
            }
        };
        if list.items.is_empty() {
            return Some(Formula::And(Vec::new(), list.span));
        }
        if let Some(spec) = self.time_spec(list).filter(|_| self.in_durative || self.in_constraints) {
            let inner = self.formula(&list.items[2])?;
            return Some(Formula::Timed(spec, Box::new(inner), list.span));
        }
        let head = self.head(list);
        match head.as_deref() {
            Some("and") | Some("or") => {
                let mut parts = Vec::new();
                for item in self.cut(list, 1) {
                    if let Some(f) = self.formula(item) {
                        parts.push(f);
                    }
                }
                Some(if head.as_deref() == Some("and") {
                    Formula::And(parts, list.span)
                } else {
                    Formula::Or(parts, list.span)
                })
            }
            Some("not") => {
                let items = self.cut(list, 1);
                if items.len() > 1 {
                    let atom = self.unwrapped_atom(items)?;
                    return Some(Formula::Not(Box::new(Formula::Atom(atom)), list.span));
                }
                if items.len() != 1 {
                    self.check_arity(list, 1, "not");
                    return None;
                }
                let inner = self.formula(&items[0])?;
                Some(Formula::Not(Box::new(inner), list.span))
            }
            Some("imply") => {
                let items = self.cut(list, 1);
                if items.len() != 2 {
                    self.check_arity(list, 2, "imply");
                    return None;
                }
                let a = self.formula(&items[0]);
                let b = self.formula(&items[1]);
                Some(Formula::Imply(Box::new(a?), Box::new(b?), list.span))
            }
            Some("exists") | Some("forall") => {
                let items = self.cut(list, 1);
                let quant = head.as_deref().unwrap_or("forall");
                let vars = self.typed_vars(items.first(), list.span, quant)?;
                if items.len() != 2 {
                    self.error(
                        &codes::PDDL_SYNTAX_ERROR,
                        list.span,
                        format!("`{quant}` takes a variable list and one formula"),
                    );
                    return None;
                }
                let body = self.formula(&items[1])?;
                Some(if quant == "exists" {
                    Formula::Exists(vars, Box::new(body), list.span)
                } else {
                    Formula::Forall(vars, Box::new(body), list.span)
                })
            }
            Some("=") if self.truth_value(list).is_some() => {
                let (atom, value) = self.assigned_truth(list, "a condition")?;
                let f = Formula::Atom(atom);
                Some(if value { f } else { Formula::Not(Box::new(f), list.span) })
            }
            Some("=")
                if list.items.len() == 3
                    && list.items[1..]
                        .iter()
                        .all(|i| i.as_atom().is_some_and(|s| parse_number(self.text(s)).is_none())) =>
            {
                let a = self.term(&list.items[1])?;
                let b = self.term(&list.items[2])?;
                Some(Formula::Equal(a, b, list.span))
            }
            Some(op @ ("<" | "<=" | "=" | ">=" | ">")) => {
                let cmp = match op {
                    "<" => CmpOp::Lt,
                    "<=" => CmpOp::Le,
                    "=" => CmpOp::Eq,
                    ">=" => CmpOp::Ge,
                    _ => CmpOp::Gt,
                };
                if !self.check_arity(list, 2, op) {
                    return None;
                }
                let a = self.num_expr(&list.items[1]);
                let b = self.num_expr(&list.items[2]);
                Some(Formula::Compare(cmp, a?, b?, list.span))
            }
            Some("preference") => {
                let items = self.cut(list, 1);
                let (name, body) = match items {
                    [body] => (None, body),
                    [SExpr::Atom(n), body] => (Some(self.name_of(*n)), body),
                    _ => {
                        self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(preference [name] formula)`");
                        return None;
                    }
                };
                let body = self.formula(body)?;
                Some(Formula::Preference(name, Box::new(body), list.span))
            }
            Some(op) if self.in_constraints && MODAL_OPERATORS.iter().any(|(m, _)| *m == op) => {
                let numbers = MODAL_OPERATORS.iter().find(|(m, _)| *m == op).map_or(0, |(_, n)| *n);
                let op_name = self.name_of(list.items[0].span());
                let mut values = Vec::new();
                let mut parts = Vec::new();
                for (i, item) in self.cut(list, 1).iter().enumerate() {
                    if i < numbers {
                        match item.as_atom().and_then(|s| parse_number(self.text(s))) {
                            Some(v) => values.push(v),
                            None => self.error(
                                &codes::PDDL_SYNTAX_ERROR,
                                item.span(),
                                format!("`{op}` expects a number here"),
                            ),
                        }
                    } else if let Some(f) = self.formula(item) {
                        parts.push(f);
                    }
                }
                Some(Formula::Modal(op_name, values, parts, list.span))
            }
            _ => self.atom(list).map(Formula::Atom),
        }
    }

    /// An effect.
    pub(crate) fn effect(&mut self, e: &'t SExpr) -> Option<Effect> {
        let list = match e {
            SExpr::List(l) => l,
            SExpr::Atom(span) => {
                let text = self.text(*span);
                self.error(&codes::PDDL_SYNTAX_ERROR, *span, format!("expected an effect `(…)`, found `{text}`"));
                return None;
            }
        };
        if list.items.is_empty() {
            return Some(Effect::And(Vec::new(), list.span));
        }
        if let Some(spec) = self.time_spec(list).filter(|_| self.in_durative) {
            let inner = self.effect(&list.items[2])?;
            return Some(Effect::Timed(spec, Box::new(inner), list.span));
        }
        let head = self.head(list);
        match head.as_deref() {
            Some("and") => {
                let mut parts = Vec::new();
                for item in self.cut(list, 1) {
                    if let Some(eff) = self.effect(item) {
                        parts.push(eff);
                    }
                }
                Some(Effect::And(parts, list.span))
            }
            Some("=") if self.truth_value(list).is_some() => {
                let (atom, value) = self.assigned_truth(list, "an effect")?;
                Some(if value { Effect::Add(atom) } else { Effect::Del(atom, list.span) })
            }
            Some("not") => {
                let items = self.cut(list, 1);
                match items {
                    [SExpr::List(inner)] => {
                        let atom = self.atom(inner)?;
                        Some(Effect::Del(atom, list.span))
                    }
                    [SExpr::Atom(_), _, ..] => {
                        let atom = self.unwrapped_atom(items)?;
                        Some(Effect::Del(atom, list.span))
                    }
                    _ => {
                        self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "a delete effect is `(not (pred arg …))`");
                        None
                    }
                }
            }
            Some("forall") => {
                let items = self.cut(list, 1);
                let vars = self.typed_vars(items.first(), list.span, "forall")?;
                if items.len() != 2 {
                    self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`forall` takes a variable list and one effect");
                    return None;
                }
                let body = self.effect(&items[1])?;
                Some(Effect::Forall(vars, Box::new(body), list.span))
            }
            Some("when") => {
                let items = self.cut(list, 1);
                if items.len() != 2 {
                    self.check_arity(list, 2, "when");
                    return None;
                }
                let cond = self.formula(&items[0]);
                let eff = self.effect(&items[1]);
                Some(Effect::When(cond?, Box::new(eff?), list.span))
            }
            Some(op @ ("assign" | "increase" | "decrease" | "scale-up" | "scale-down")) => {
                let aop = match op {
                    "assign" => AssignOp::Assign,
                    "increase" => AssignOp::Increase,
                    "decrease" => AssignOp::Decrease,
                    "scale-up" => AssignOp::ScaleUp,
                    _ => AssignOp::ScaleDown,
                };
                if !self.check_arity(list, 2, op) {
                    return None;
                }
                let fluent = match &list.items[1] {
                    SExpr::List(f) => self.atom(f),
                    SExpr::Atom(span) => self.bare_function(*span),
                };
                let value = self.num_expr(&list.items[2]);
                Some(Effect::Numeric(aop, fluent?, value?, list.span))
            }
            Some("or" | "exists" | "imply") => {
                let word = head.unwrap_or_default();
                self.error(&codes::PDDL_SYNTAX_ERROR, list.span, format!("`{word}` is not allowed in an effect (effects are conjunctions of literals, `forall` and `when`)"));
                None
            }
            _ => self.atom(list).map(Effect::Add),
        }
    }

    /// `(not p ?x)`: the atom inside `not` lost its parentheses. Reported with a fix that adds
    /// them, and read as the atom.
    fn unwrapped_atom(&mut self, items: &'t [SExpr]) -> Option<Atom> {
        let (Some(SExpr::Atom(head)), Some(last)) = (items.first(), items.last()) else { return None };
        let head_text = self.text(*head);
        if head_text.starts_with(['?', ':']) || items[1..].iter().any(|i| i.as_list().is_some()) {
            self.error(&codes::PDDL_SYNTAX_ERROR, head.to(last.span()), "`not` takes one formula `(pred arg …)`");
            return None;
        }
        let whole = head.to(last.span());
        let written = self.text(whole).to_string();
        self.diags.push(
            Diagnostic::new(&codes::PDDL_SYNTAX_ERROR, format!("`not` takes one formula: write `(not ({written}))`"))
                .at(self.src, whole)
                .fix(Fix::new(format!("write `({written})`")).edit(self.src, head.at_start(), "(").edit(
                    self.src,
                    Span::new(whole.end as usize, whole.end as usize),
                    ")",
                )),
        );
        let pred = self.name_of(*head);
        let mut args = Vec::new();
        for item in &items[1..] {
            args.push(self.term(item)?);
        }
        Some(Atom { pred, args, span: whole })
    }

    /// `true`/`false` when `list` is `(= (pred …) true|false)`.
    fn truth_value(&self, list: &List) -> Option<bool> {
        if list.items.len() != 3 || list.items[1].as_list().is_none() {
            return None;
        }
        match self.atom_text(&list.items[2])?.to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    /// `(= (pred …) true)` — a predicate "assigned" a truth value, as in a programming language.
    /// Reported with the literal it means, and read as that literal.
    fn assigned_truth(&mut self, list: &'t List, place: &str) -> Option<(Atom, bool)> {
        let value = self.truth_value(list)?;
        let inner = list.items[1].as_list()?;
        let atom_text = self.text(inner.span).to_string();
        let literal = if value { atom_text } else { format!("(not {atom_text})") };
        self.diags.push(
            Diagnostic::new(
                &codes::PDDL_SYNTAX_ERROR,
                format!("predicates are not assigned truth values in {place}: write `{literal}`"),
            )
            .at(self.src, list.span)
            .note("`=` compares numbers or objects; an atom is true by being listed")
            .fix(Fix::new(format!("write `{literal}`")).edit(self.src, list.span, literal.clone())),
        );
        let atom = self.atom(inner)?;
        Some((atom, value))
    }

    /// A zero-argument function written without parentheses: read as applied, with a warning.
    fn bare_function(&mut self, span: Span) -> Option<Atom> {
        let text = self.text(span);
        if text.starts_with('?') || text.starts_with(':') {
            self.error(&codes::PDDL_SYNTAX_ERROR, span, format!("expected a function `(name …)`, found `{text}`"));
            return None;
        }
        self.diags.push(
            Diagnostic::new(&codes::PDDL_BARE_FUNCTION, format!("`{text}` is a function: write `({text})`"))
                .at(self.src, span)
                .fix(Fix::new(format!("write `({text})`")).edit(self.src, span, format!("({text})"))),
        );
        Some(Atom { pred: self.name_of(span), args: Vec::new(), span })
    }

    /// A numeric expression.
    pub(crate) fn num_expr(&mut self, e: &'t SExpr) -> Option<NumExpr> {
        match e {
            SExpr::Atom(span) => {
                let text = self.text(*span);
                if let Some(n) = parse_number(text) {
                    return Some(NumExpr::Number(n, *span));
                }
                match text.to_ascii_lowercase().as_str() {
                    "?duration" => Some(NumExpr::Duration(*span)),
                    "total-time" => Some(NumExpr::TotalTime(*span)),
                    "#t" => Some(NumExpr::ContinuousTime(*span)),
                    _ if text.starts_with('?') => {
                        self.error(
                            &codes::PDDL_SYNTAX_ERROR,
                            *span,
                            format!("expected a number or a function, found the variable `{text}`"),
                        );
                        None
                    }
                    _ => self.bare_function(*span).map(NumExpr::Fluent),
                }
            }
            SExpr::List(list) => {
                let head = self.head(list);
                let op = match head.as_deref() {
                    Some("+") => Some(ArithOp::Add),
                    Some("-") => Some(ArithOp::Sub),
                    Some("*") => Some(ArithOp::Mul),
                    Some("/") => Some(ArithOp::Div),
                    _ => None,
                };
                if let Some(op) = op {
                    let mut args = Vec::new();
                    for item in self.cut(list, 1) {
                        args.push(self.num_expr(item)?);
                    }
                    return match (op, args.len()) {
                        (ArithOp::Sub, 1) => Some(NumExpr::Neg(Box::new(args.remove(0)), list.span)),
                        (_, n) if n >= 2 => Some(NumExpr::Op(op, args, list.span)),
                        (_, n) => {
                            self.error(
                                &codes::PDDL_SYNTAX_ERROR,
                                list.span,
                                format!("`{}` needs two operands, found {n}", op.text()),
                            );
                            None
                        }
                    };
                }
                if head.as_deref() == Some("total-time") && list.items.len() == 1 {
                    return Some(NumExpr::TotalTime(list.span));
                }
                if head.as_deref() == Some("is-violated") {
                    let name = self.expect_name(list.items.get(1), "a preference name", list.span)?;
                    return Some(NumExpr::IsViolated(name, list.span));
                }
                self.atom(list).map(NumExpr::Fluent)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_are_pddl_numbers() {
        assert_eq!(parse_number("3"), Some(3.0));
        assert_eq!(parse_number("-2.5"), Some(-2.5));
        assert_eq!(parse_number(".5"), Some(0.5));
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("nan"), None);
        assert_eq!(parse_number("x1"), None);
        assert_eq!(parse_number("1e400"), None);
    }
}
