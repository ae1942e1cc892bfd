//! Lints over a read program: arity, predicate/constant clashes, free variables, quantifiers,
//! name drift and declarations. Free variables are rewritten to universally quantified ones so
//! reasoning can still run.

use std::collections::{BTreeMap, BTreeSet};

use super::ast::*;
use super::parse::Dialect;
use super::program::Program;
use crate::limits::Ctx;
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::{SourceFile, Span};
use crate::suggest::closest;

/// How each name is used: as a predicate (arity → first span), function, constant.
#[derive(Default)]
struct Uses {
    preds: BTreeMap<String, BTreeMap<usize, Span>>,
    funcs: BTreeMap<String, BTreeMap<usize, Span>>,
    consts: BTreeMap<String, Span>,
}

fn term_uses(t: &Term, u: &mut Uses) {
    match t {
        Term::Var(..) => {}
        Term::Const(n, s) => {
            u.consts.entry(n.clone()).or_insert(*s);
        }
        Term::App(n, args, s) => {
            u.funcs.entry(n.clone()).or_default().entry(args.len()).or_insert(*s);
            args.iter().for_each(|a| term_uses(a, u));
        }
    }
}

fn uses(items: &[Item]) -> Uses {
    let mut u = Uses::default();
    for item in items {
        item.formula.walk(&mut |f| match f {
            Formula::Atom(p, args, s) => {
                u.preds.entry(p.clone()).or_default().entry(args.len()).or_insert(*s);
                args.iter().for_each(|a| term_uses(a, &mut u));
            }
            Formula::Eq(a, b, _) => {
                term_uses(a, &mut u);
                term_uses(b, &mut u);
            }
            _ => {}
        });
    }
    u
}

/// A name that reads as a variable: `x`, `y1`, `z'` (lowercase), or any uppercase-initial name
/// in TPTP.
fn looks_like_variable(name: &str, dialect: Dialect) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return false };
    if dialect == Dialect::Tptp {
        return first.is_uppercase();
    }
    // `x`, `y1`, `z'`; not `y2001` (a year written as a name).
    let rest: Vec<char> = chars.collect();
    matches!(first, 'x' | 'y' | 'z' | 'u' | 'v' | 'w')
        && rest.len() <= 1
        && rest.iter().all(|c| c.is_ascii_digit() || *c == '\'')
}

/// Replace the free occurrences of `name` (a constant) by a variable.
fn bind_term(t: &mut Term, name: &str) {
    match t {
        Term::Const(n, s) if n == name => *t = Term::Var(n.clone(), *s),
        Term::App(_, args, _) => args.iter_mut().for_each(|a| bind_term(a, name)),
        _ => {}
    }
}

fn bind(f: &mut Formula, name: &str) {
    match f {
        Formula::Atom(_, args, _) => args.iter_mut().for_each(|a| bind_term(a, name)),
        Formula::Eq(a, b, _) => {
            bind_term(a, name);
            bind_term(b, name);
        }
        Formula::Not(a, _) => bind(a, name),
        Formula::And(xs, _) | Formula::Or(xs, _) => xs.iter_mut().for_each(|x| bind(x, name)),
        Formula::Xor(a, b, _) | Formula::Imply(a, b, _) | Formula::Iff(a, b, _) => {
            bind(a, name);
            bind(b, name);
        }
        // An inner quantifier over the same name already binds it.
        Formula::Quant(_, v, _, body, _) if v != name => bind(body, name),
        _ => {}
    }
}

fn free_consts(f: &Formula, out: &mut BTreeMap<String, Span>) {
    fn term(t: &Term, out: &mut BTreeMap<String, Span>) {
        match t {
            Term::Const(n, s) => {
                out.entry(n.clone()).or_insert(*s);
            }
            Term::App(_, args, _) => args.iter().for_each(|a| term(a, out)),
            Term::Var(..) => {}
        }
    }
    f.walk(&mut |g| match g {
        Formula::Atom(_, args, _) => args.iter().for_each(|a| term(a, out)),
        Formula::Eq(a, b, _) => {
            term(a, out);
            term(b, out);
        }
        _ => {}
    });
}

fn occurs(f: &Formula, var: &str) -> bool {
    fn term(t: &Term, var: &str) -> bool {
        match t {
            Term::Var(n, _) => n == var,
            Term::Const(..) => false,
            Term::App(_, args, _) => args.iter().any(|a| term(a, var)),
        }
    }
    let mut found = false;
    f.walk(&mut |g| match g {
        Formula::Atom(_, args, _) => found |= args.iter().any(|a| term(a, var)),
        Formula::Eq(a, b, _) => found |= term(a, var) || term(b, var),
        _ => {}
    });
    found
}

fn quantifiers(f: &Formula, bound: &mut Vec<String>, out: &mut Vec<(Span, String, bool)>) {
    match f {
        Formula::Quant(q, v, vs, body, _) => {
            if bound.contains(v) {
                out.push((*vs, v.clone(), true));
            }
            if !occurs(body, v) {
                let _ = q;
                out.push((*vs, v.clone(), false));
            }
            bound.push(v.clone());
            quantifiers(body, bound, out);
            bound.pop();
        }
        Formula::Not(a, _) => quantifiers(a, bound, out),
        Formula::And(xs, _) | Formula::Or(xs, _) => xs.iter().for_each(|x| quantifiers(x, bound, out)),
        Formula::Xor(a, b, _) | Formula::Imply(a, b, _) | Formula::Iff(a, b, _) => {
            quantifiers(a, bound, out);
            quantifiers(b, bound, out);
        }
        _ => {}
    }
}

fn singular(name: &str) -> String {
    let lower = name.to_lowercase();
    lower
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x') || s.ends_with("ch"))
        .map(str::to_string)
        .unwrap_or_else(|| lower.strip_suffix('s').filter(|s| !s.ends_with('s')).unwrap_or(&lower).to_string())
}

fn where_(item: &Item) -> String {
    match item.role {
        Role::Premise => format!("premise {}", item.index),
        Role::Conclusion => "the conclusion".to_string(),
    }
}

/// Run the lints; rewrite free variables into quantified ones.
pub fn lint(ctx: &Ctx, prog: &mut Program, src: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let dialect = prog.dialect.unwrap_or(Dialect::Folio);
    let at = |d: Diagnostic, span: Span| if span == Span::default() { d.in_file(src) } else { d.at(src, span) };

    // Free variables: bind them, once per formula, over the whole formula.
    for item in &mut prog.items {
        let mut free = BTreeMap::new();
        free_consts(&item.formula, &mut free);
        for (name, span) in free.into_iter().filter(|(n, _)| looks_like_variable(n, dialect)) {
            let shown = item.formula.show();
            let d = Diagnostic::new(
                &codes::FOL_FREE_VARIABLE,
                format!("{}: `{name}` is not bound by any quantifier", where_(item)),
            )
            .note(format!("read as ∀{name} over the whole formula, as Prover9 and E read free variables"))
            .help(format!("write ∀{name} ({shown})"));
            let mut d = at(d, span);
            if item.span != Span::default() {
                let text = src.slice(item.span);
                d = d.fix(Fix::new(format!("quantify `{name}` over the formula")).edit(
                    src,
                    item.span,
                    format!("∀{name} ({text})"),
                ));
            }
            out.push(d);
            bind(&mut item.formula, &name);
            let s = item.formula.span();
            item.formula = Formula::Quant(Quant::Forall, name, Span::default(), Box::new(item.formula.clone()), s);
        }
    }

    // Quantifiers: vacuous, shadowed.
    for item in &prog.items {
        let mut found = Vec::new();
        quantifiers(&item.formula, &mut Vec::new(), &mut found);
        for (span, v, shadowed) in found {
            if span == Span::default() {
                continue;
            }
            let d = if shadowed {
                Diagnostic::new(
                    &codes::FOL_SHADOWED_QUANTIFIER,
                    format!("{}: `{v}` is bound again inside a quantifier that already binds it", where_(item)),
                )
                .help("use a fresh variable for the inner quantifier")
            } else {
                Diagnostic::new(
                    &codes::FOL_VACUOUS_QUANTIFIER,
                    format!("{}: the quantifier binds `{v}`, which its body never uses", where_(item)),
                )
                .help("use the bound variable in the body, or remove the quantifier")
            };
            out.push(at(d, span));
        }
    }

    let u = uses(&prog.items);
    // Arity.
    for (name, arities) in &u.preds {
        if arities.len() > 1 {
            let list: Vec<String> = arities.keys().map(|a| format!("{name}/{a}")).collect();
            let (&a2, &span2) = arities.iter().nth(1).expect("two arities");
            let (&a1, &span1) = arities.iter().next().expect("an arity");
            let d = Diagnostic::new(
                &codes::FOL_ARITY_MISMATCH,
                format!("`{name}` is used with {} and {a2} arguments ({})", a1, list.join(", ")),
            )
            .help("use one number of arguments for each predicate");
            let d = at(d, span2);
            out.push(if span1 != Span::default() { d.label(src, span1, format!("{a1} argument(s) here")) } else { d });
        }
    }
    for (name, arities) in &u.funcs {
        if arities.len() > 1 {
            let (&a2, &span2) = arities.iter().nth(1).expect("two arities");
            let d = Diagnostic::new(
                &codes::FOL_ARITY_MISMATCH,
                format!("function `{name}` is used with different numbers of arguments (one use has {a2})"),
            );
            out.push(at(d, span2));
        }
    }
    // Predicate used as a term.
    for (name, arities) in &u.preds {
        let as_term =
            u.consts.get(name).copied().or_else(|| u.funcs.get(name).and_then(|a| a.values().next().copied()));
        if let Some(span) = as_term {
            let pspan = *arities.values().next().expect("a use");
            let d = Diagnostic::new(
                &codes::FOL_SYMBOL_CLASH,
                format!("`{name}` is used as a predicate and as a term (a constant or function argument)"),
            )
            .help(format!("rename one: e.g. the constant `{}` and the predicate `{name}`", lower_first(name)));
            let d = at(d, span);
            out.push(if pspan != Span::default() { d.label(src, pspan, "used as a predicate here") } else { d });
        }
    }
    // Drift: case or plural.
    let names: Vec<&String> = u.preds.keys().collect();
    let mut reported = BTreeSet::new();
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            let case = a.to_lowercase() == b.to_lowercase();
            let plural = singular(a) == singular(b);
            if (case || plural) && reported.insert((a.to_string(), b.to_string())) {
                let span = *u.preds[*b].values().next().expect("a use");
                let kind = if case { "letter case" } else { "a plural" };
                let d = Diagnostic::new(
                    &codes::FOL_PREDICATE_DRIFT,
                    format!("`{a}` and `{b}` differ only in {kind}: to a prover they are unrelated"),
                )
                .help(format!("use one name (`{a}` or `{b}`) throughout"));
                out.push(at(d, span));
            }
        }
    }
    // Declarations.
    if prog.has_declarations {
        let declared: BTreeMap<&str, &Declared> = prog.declared.iter().map(|d| (d.name.as_str(), d)).collect();
        for (name, arities) in &u.preds {
            match declared.get(name.as_str()) {
                None => {
                    let span = *arities.values().next().expect("a use");
                    let mut d = Diagnostic::new(
                        &codes::FOL_UNDECLARED_PREDICATE,
                        format!("`{name}` is used but not declared in `Predicates:`"),
                    );
                    if let Some(best) = closest(ctx, name, declared.keys().copied()) {
                        d = d.help(format!("did you mean `{best}`?")).fix(
                            Fix::new(format!("replace `{name}` with `{best}`")).edit(
                                src,
                                Span { start: span.start, end: span.start + name.len() as u32 },
                                best,
                            ),
                        );
                    } else {
                        d = d.help("declare it in `Predicates:`");
                    }
                    out.push(at(d, span));
                }
                Some(decl) => {
                    if let Some((&a, &span)) = arities.iter().find(|(a, _)| **a != decl.arity) {
                        let d = Diagnostic::new(
                            &codes::FOL_ARITY_MISMATCH,
                            format!("`{name}` is declared with {} argument(s) but used with {a}", decl.arity),
                        )
                        .label(src, decl.span, "declared here")
                        .help("use the declared number of arguments");
                        out.push(at(d, span));
                    }
                }
            }
        }
        for d in &prog.declared {
            if !u.preds.contains_key(&d.name) && !d.name.is_empty() {
                out.push(
                    Diagnostic::new(
                        &codes::FOL_UNUSED_PREDICATE,
                        format!("`{}` is declared but no formula uses it", d.name),
                    )
                    .at(src, d.span)
                    .help("use it where meant, or remove the declaration"),
                );
            }
        }
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
