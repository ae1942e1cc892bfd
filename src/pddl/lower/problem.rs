//! A problem: its sections, `:init` elements and `:metric`.

use super::{Lowerer, PROBLEM_FILE, PROBLEM_SECTIONS};
use crate::pddl::ast::*;
use crate::pddl::sexpr::{List, SExpr};
use crate::report::codes;
use crate::report::{Diagnostic, Fix};
use crate::source::Span;

impl<'t> Lowerer<'_, 't> {
    pub(super) fn problem(&mut self, define: &'t List, name: Option<Name>, escaped: &[&'t SExpr]) -> Problem {
        self.sections = PROBLEM_SECTIONS;
        let mut problem = Problem { name, span: define.span, ..Problem::default() };
        let mut queue = self.sections_of(define, escaped);
        let mut seen: Vec<String> = Vec::new();
        let mut hoisted_left = 0usize;
        while let Some((list, keyword, kw_span)) = self.next_section(&mut queue, &mut hoisted_left, &PROBLEM_FILE) {
            self.repeated_section(&keyword, kw_span, &[":objects", ":init", ":requirements"], &seen);
            seen.push(keyword.clone());
            match keyword.as_str() {
                ":domain" => {
                    let n = self.expect_name(list.items.get(1), "the domain's name", list.span);
                    self.once(&mut problem.domain, n, kw_span, ":domain");
                }
                ":requirements" => {
                    let reqs = self.requirements(list);
                    problem.requirements.extend(reqs)
                }
                ":objects" => {
                    let items = self.cut(list, 1);
                    let objects = self.typed_list(items, false);
                    problem.objects.extend(objects)
                }
                ":init" => {
                    for init in self.cut(list, 1) {
                        if let Some(i) = self.init_item(init) {
                            problem.init.push(i);
                        }
                    }
                }
                ":goal" => {
                    let items = self.cut(list, 1);
                    let goal = match items {
                        [] => {
                            self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`:goal` needs a formula");
                            None
                        }
                        [g] => self.formula(g),
                        [first, .., last] => {
                            // Several formulas: the author meant their conjunction; read it so.
                            let end = Span::new(last.span().end as usize, last.span().end as usize);
                            self.diags.push(
                                Diagnostic::new(
                                    &codes::PDDL_SYNTAX_ERROR,
                                    "`:goal` takes one formula; wrap several in `(and …)`",
                                )
                                .at(self.src, items[1].span())
                                .note("checked as their conjunction")
                                .fix(
                                    Fix::new("wrap the goal's formulas in `(and …)`")
                                        .edit(self.src, first.span().at_start(), "(and ")
                                        .edit(self.src, end, ")"),
                                ),
                            );
                            let parts: Vec<Formula> = items.iter().filter_map(|g| self.formula(g)).collect();
                            Some(Formula::And(parts, first.span().to(last.span())))
                        }
                    };
                    self.once(&mut problem.goal, goal, kw_span, ":goal");
                }
                ":constraints" => {
                    let f = self.constraints(list);
                    self.once(&mut problem.constraints, f, kw_span, ":constraints");
                }
                ":metric" => {
                    let m = self.metric(list);
                    self.once(&mut problem.metric, m, kw_span, ":metric");
                }
                _ => {}
            }
            self.requeue_hoisted(&mut queue, &mut hoisted_left);
        }
        self.flush_misplaced();
        problem
    }

    fn metric(&mut self, list: &'t List) -> Option<Metric> {
        let direction = list.items.get(1).and_then(|e| self.atom_text(e)).map(|t| t.to_ascii_lowercase());
        let minimize = match direction.as_deref() {
            Some("minimize") => true,
            Some("maximize") => false,
            _ => {
                let span = list.items.get(1).map_or(list.span, SExpr::span);
                self.error(&codes::PDDL_SYNTAX_ERROR, span, "`:metric` must start with `minimize` or `maximize`");
                return None;
            }
        };
        let Some(expr) = list.items.get(2) else {
            self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "`:metric` needs an expression to minimize or maximize");
            return None;
        };
        let expr = self.num_expr(expr)?;
        Some(Metric { minimize, expr, span: list.span })
    }

    fn init_item(&mut self, e: &'t SExpr) -> Option<Init> {
        let SExpr::List(list) = e else {
            let found = self.describe(e);
            self.error(
                &codes::PDDL_SYNTAX_ERROR,
                e.span(),
                format!("expected an initial fact `(pred obj …)`, found {found}"),
            );
            return None;
        };
        match self.head(list).as_deref() {
            Some("=") => {
                let (Some(SExpr::List(f)), Some(value)) = (list.items.get(1), list.items.get(2)) else {
                    self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(= (function obj …) value)`");
                    return None;
                };
                let fluent = self.atom(f)?;
                let value_text = value.as_atom().map(|s| self.text(s));
                let value = match value_text.and_then(super::formula::parse_number) {
                    Some(n) => InitValue::Number(n),
                    None => match value {
                        SExpr::Atom(s) => InitValue::Object(self.name_of(*s)),
                        SExpr::List(_) => {
                            self.error(
                                &codes::PDDL_SYNTAX_ERROR,
                                value.span(),
                                "an initial value must be a number (or an object for object fluents)",
                            );
                            return None;
                        }
                    },
                };
                Some(Init::Assign(fluent, value, list.span))
            }
            Some("not") => {
                let inner = list.items.get(1).and_then(SExpr::as_list);
                let Some(inner) = inner else {
                    self.error(&codes::PDDL_SYNTAX_ERROR, list.span, "expected `(not (pred obj …))`");
                    return None;
                };
                let atom = self.atom(inner)?;
                Some(Init::Not(atom, list.span))
            }
            Some("at") if list.items.len() == 3 && list.items[2].as_list().is_some() => {
                let time = list.items[1].as_atom().and_then(|s| super::formula::parse_number(self.text(s)));
                match time {
                    Some(t) => {
                        let inner = self.init_item(&list.items[2])?;
                        Some(Init::At(t, Box::new(inner), list.span))
                    }
                    None => {
                        // `(at obj (…))` cannot be a fact either: report the time.
                        self.error(
                            &codes::PDDL_SYNTAX_ERROR,
                            list.items[1].span(),
                            "a timed initial literal `(at TIME fact)` needs a number as its time",
                        );
                        None
                    }
                }
            }
            _ => self.atom(list).map(Init::Atom),
        }
    }
}
