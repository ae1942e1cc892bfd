//! Reasoning with Z3: consistency (with a minimal unsatisfiable subset), entailment labels with
//! unsat cores and countermodels, equivalence; a bounded finite-model search when Z3 answers
//! `unknown`.
//!
//! Everything lives in one uninterpreted sort `U`. Predicates, functions and constants become
//! declarations keyed by name and arity, so an arity clash gives two unrelated symbols (as in
//! any prover) and a name used as predicate and constant gives two as well.

use std::collections::BTreeMap;

use z3::ast::{Ast, Bool, Dynamic};
use z3::{FuncDecl, Model, Params, SatResult, Solver, Sort, Symbol};

use super::ast::*;
use crate::limits::Ctx;

/// Largest domain the finite-model search tries.
const MAX_DOMAIN: usize = 6;
/// Largest number of tuples listed per predicate in a printed model.
const MAX_TUPLES: usize = 400;

/// The answer to one satisfiability question.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Satisfiable, with a readable model.
    Sat(Option<ModelText>),
    /// Unsatisfiable, with the indices (into the premises) of an unsat core.
    Unsat(Vec<usize>),
    Unknown,
}

/// A finite model, printed readably.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct ModelText {
    pub domain: Vec<String>,
    pub constants: BTreeMap<String, String>,
    /// Predicate → the tuples (or `true`/`false` for a 0-ary one) that hold.
    pub predicates: BTreeMap<String, Vec<String>>,
    pub functions: BTreeMap<String, Vec<String>>,
}

impl ModelText {
    pub fn show(&self) -> String {
        let mut parts = vec![format!("domain {{{}}}", self.domain.join(", "))];
        for (c, v) in &self.constants {
            parts.push(format!("{c} = {v}"));
        }
        for (p, ts) in &self.predicates {
            parts.push(format!("{p} = {{{}}}", ts.join(", ")));
        }
        for (f, ts) in &self.functions {
            parts.push(format!("{f}: {}", ts.join(", ")));
        }
        parts.join("; ")
    }
}

/// Symbols of a set of formulas.
struct Sig {
    sort: Sort,
    preds: BTreeMap<(String, usize), FuncDecl>,
    props: BTreeMap<String, Bool>,
    funcs: BTreeMap<(String, usize), FuncDecl>,
    consts: BTreeMap<String, Dynamic>,
}

impl Sig {
    fn new() -> Sig {
        Sig {
            sort: Sort::uninterpreted(Symbol::String("U".into())),
            preds: BTreeMap::new(),
            props: BTreeMap::new(),
            funcs: BTreeMap::new(),
            consts: BTreeMap::new(),
        }
    }

    fn term(&mut self, t: &Term, env: &[(String, Dynamic)]) -> Dynamic {
        match t {
            Term::Var(n, _) => match env.iter().rev().find(|(v, _)| v == n) {
                Some((_, d)) => d.clone(),
                None => self.constant(n),
            },
            Term::Const(n, _) => match env.iter().rev().find(|(v, _)| v == n) {
                Some((_, d)) => d.clone(),
                None => self.constant(n),
            },
            Term::App(f, args, _) => {
                let vals: Vec<Dynamic> = args.iter().map(|a| self.term(a, env)).collect();
                let sort = self.sort.clone();
                let decl = self.funcs.entry((f.clone(), args.len())).or_insert_with(|| {
                    let dom: Vec<&Sort> = (0..args.len()).map(|_| &sort).collect();
                    FuncDecl::new(format!("f:{f}/{}", args.len()), &dom, &sort)
                });
                let refs: Vec<&dyn Ast> = vals.iter().map(|v| v as &dyn Ast).collect();
                decl.apply(&refs)
            }
        }
    }

    fn constant(&mut self, n: &str) -> Dynamic {
        let sort = self.sort.clone();
        self.consts.entry(n.to_string()).or_insert_with(|| Dynamic::new_const(format!("c:{n}"), &sort)).clone()
    }

    fn formula(&mut self, f: &Formula, env: &mut Vec<(String, Dynamic)>) -> Bool {
        match f {
            Formula::True(_) => Bool::from_bool(true),
            Formula::False(_) => Bool::from_bool(false),
            Formula::Atom(p, args, _) if args.is_empty() => {
                self.props.entry(p.clone()).or_insert_with(|| Bool::new_const(format!("p:{p}/0"))).clone()
            }
            Formula::Atom(p, args, _) => {
                let vals: Vec<Dynamic> = args.iter().map(|a| self.term(a, env)).collect();
                let sort = self.sort.clone();
                let decl = self.preds.entry((p.clone(), args.len())).or_insert_with(|| {
                    let dom: Vec<&Sort> = (0..args.len()).map(|_| &sort).collect();
                    FuncDecl::new(format!("p:{p}/{}", args.len()), &dom, &Sort::bool())
                });
                let refs: Vec<&dyn Ast> = vals.iter().map(|v| v as &dyn Ast).collect();
                decl.apply(&refs).as_bool().unwrap_or_else(|| Bool::from_bool(false))
            }
            Formula::Eq(a, b, _) => {
                let (x, y) = (self.term(a, env), self.term(b, env));
                x.eq(&y)
            }
            Formula::Not(a, _) => self.formula(a, env).not(),
            Formula::And(xs, _) => {
                let parts: Vec<Bool> = xs.iter().map(|x| self.formula(x, env)).collect();
                Bool::and(&parts)
            }
            Formula::Or(xs, _) => {
                let parts: Vec<Bool> = xs.iter().map(|x| self.formula(x, env)).collect();
                Bool::or(&parts)
            }
            Formula::Xor(a, b, _) => {
                let (x, y) = (self.formula(a, env), self.formula(b, env));
                x.xor(&y)
            }
            Formula::Imply(a, b, _) => {
                let (x, y) = (self.formula(a, env), self.formula(b, env));
                x.implies(&y)
            }
            Formula::Iff(a, b, _) => {
                let (x, y) = (self.formula(a, env), self.formula(b, env));
                x.iff(&y)
            }
            Formula::Quant(q, v, _, body, _) => {
                let bound = Dynamic::fresh_const(v, &self.sort);
                env.push((v.clone(), bound.clone()));
                let b = self.formula(body, env);
                env.pop();
                match q {
                    Quant::Forall => z3::ast::forall_const(&[&bound], &[], &b),
                    Quant::Exists => z3::ast::exists_const(&[&bound], &[], &b),
                }
            }
        }
    }
}

/// A reasoning session over one vocabulary: one solver (creating a Z3 solver costs far more
/// than a small check), premises asserted once behind tracking literals, every question asked
/// in a push/pop scope with the premises it needs as assumptions.
pub struct Session {
    sig: Sig,
    trackers: Vec<Bool>,
    /// Solver calls made (for stats).
    pub calls: usize,
}

thread_local! {
    /// One solver per thread, kept for good: creating a Z3 solver costs ~10 ms, a check in a
    /// push/pop scope of a live one a few microseconds. Each [`Session`] works in its own scope.
    static SOLVER: Solver = Solver::new();
    /// The (rlimit, timeout) last set on it: setting parameters is not free.
    static LIMITS: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
}

impl Drop for Session {
    fn drop(&mut self) {
        SOLVER.with(|s| s.pop(1));
    }
}

impl Session {
    pub fn new(premises: &[&Formula], ctx: &Ctx) -> Session {
        let budget = ctx.budget();
        let mut sig = Sig::new();
        let premises: Vec<Bool> = premises.iter().map(|f| sig.formula(f, &mut Vec::new())).collect();
        let trackers: Vec<Bool> = (0..premises.len()).map(|i| Bool::new_const(format!("track:{i}"))).collect();
        SOLVER.with(|solver| {
            let limits = (budget.solver_rlimit, budget.solver_timeout_ms);
            if LIMITS.with(|l| l.replace(limits)) != limits {
                let mut p = Params::new();
                p.set_u32("rlimit", budget.solver_rlimit.min(u32::MAX as u64) as u32);
                p.set_u32("timeout", budget.solver_timeout_ms.min(u32::MAX as u64) as u32);
                solver.set_params(&p);
            }
            solver.push();
            for (t, f) in trackers.iter().zip(&premises) {
                solver.assert(t.implies(f));
            }
        });
        Session { sig, trackers, calls: 0 }
    }

    pub fn translate(&mut self, f: &Formula) -> Bool {
        self.sig.formula(f, &mut Vec::new())
    }

    /// Are `premises[i] for i in which` together with `extra` satisfiable?
    pub fn check(&mut self, which: &[usize], extra: Option<&Bool>, want_model: bool) -> Answer {
        let answer = self.check_with(which, extra, want_model, None);
        if answer != Answer::Unknown {
            return answer;
        }
        // Bounded finite-model search: a model with at most n elements.
        for n in 1..=MAX_DOMAIN {
            if let Answer::Sat(m) = self.check_with(which, extra, want_model, Some(n)) {
                return Answer::Sat(m);
            }
        }
        Answer::Unknown
    }

    fn check_with(&mut self, which: &[usize], extra: Option<&Bool>, want_model: bool, size: Option<usize>) -> Answer {
        self.calls += 1;
        SOLVER.with(|s| self.ask(s, which, extra, want_model, size))
    }

    fn ask(&self, s: &Solver, which: &[usize], extra: Option<&Bool>, want_model: bool, size: Option<usize>) -> Answer {
        s.push();
        if let Some(e) = extra {
            s.assert(e);
        }
        if let Some(n) = size {
            let elems: Vec<Dynamic> = (0..n).map(|k| Dynamic::new_const(format!("dom:{k}"), &self.sig.sort)).collect();
            let x = Dynamic::fresh_const("x", &self.sig.sort);
            let cases: Vec<Bool> = elems.iter().map(|e| x.eq(e)).collect();
            s.assert(z3::ast::forall_const(&[&x], &[], &Bool::or(&cases)));
        }
        let assumptions: Vec<Bool> = which.iter().map(|&i| self.trackers[i].clone()).collect();
        let answer = match s.check_assumptions(&assumptions) {
            SatResult::Sat => Answer::Sat(if want_model { s.get_model().map(|m| self.show_model(&m)) } else { None }),
            SatResult::Unsat => {
                let core: Vec<Bool> = s.get_unsat_core();
                let mut idx: Vec<usize> =
                    which.iter().copied().filter(|&i| core.iter().any(|c| *c == self.trackers[i])).collect();
                idx.sort_unstable();
                Answer::Unsat(idx)
            }
            SatResult::Unknown => Answer::Unknown,
        };
        s.pop(1);
        answer
    }

    /// Shrink an unsat core to a minimal one (deletion-based; each test is one solver call).
    pub fn minimize(&mut self, core: Vec<usize>, extra: Option<&Bool>) -> Vec<usize> {
        let mut core = core;
        let mut i = 0;
        while i < core.len() && self.calls < 200 {
            let mut trial = core.clone();
            trial.remove(i);
            match self.check_with(&trial, extra, false, None) {
                Answer::Unsat(smaller) => core = if smaller.len() < trial.len() { smaller } else { trial },
                _ => i += 1,
            }
        }
        core
    }

    /// Print a model: elements renamed `e1`, `e2`, …
    fn show_model(&self, m: &Model) -> ModelText {
        let mut out = ModelText::default();
        let universe: Vec<Dynamic> =
            m.get_sort_universe(&self.sig.sort).map(|v| v.iter().collect()).unwrap_or_default();
        let name_of = |d: &Dynamic| -> String {
            let s = d.to_string();
            universe.iter().position(|u| u.to_string() == s).map_or(s, |i| format!("e{}", i + 1))
        };
        out.domain = (1..=universe.len()).map(|i| format!("e{i}")).collect();
        for (n, c) in &self.sig.consts {
            if let Some(v) = m.eval(c, true) {
                out.constants.insert(n.clone(), name_of(&v));
            }
        }
        for (n, p) in &self.sig.props {
            if let Some(v) = m.eval(p, true).and_then(|b| b.as_bool()) {
                out.predicates.insert(n.clone(), vec![v.to_string()]);
            }
        }
        for ((n, arity), decl) in &self.sig.preds {
            let Some(tuples) = tuples(universe.len(), *arity) else { continue };
            let mut holds = Vec::new();
            for t in tuples {
                let args: Vec<&dyn Ast> = t.iter().map(|&i| &universe[i] as &dyn Ast).collect();
                let v = decl.apply(&args).as_bool().and_then(|b| m.eval(&b, true)).and_then(|b| b.as_bool());
                if v == Some(true) {
                    let names: Vec<String> = t.iter().map(|i| format!("e{}", i + 1)).collect();
                    holds.push(if *arity == 1 { names[0].clone() } else { format!("({})", names.join(", ")) });
                }
            }
            let key = if self.sig.preds.keys().filter(|(m, _)| m == n).count() > 1 {
                format!("{n}/{arity}")
            } else {
                n.clone()
            };
            out.predicates.insert(key, holds);
        }
        for ((n, arity), decl) in &self.sig.funcs {
            let Some(tuples) = tuples(universe.len(), *arity) else { continue };
            let mut map = Vec::new();
            for t in tuples {
                let args: Vec<&dyn Ast> = t.iter().map(|&i| &universe[i] as &dyn Ast).collect();
                if let Some(v) = m.eval(&decl.apply(&args), true) {
                    let names: Vec<String> = t.iter().map(|i| format!("e{}", i + 1)).collect();
                    map.push(format!("{n}({}) = {}", names.join(", "), name_of(&v)));
                }
            }
            out.functions.insert(n.clone(), map);
        }
        out
    }
}

/// Every tuple of `arity` elements of a universe of `n`, if there are not too many.
fn tuples(n: usize, arity: usize) -> Option<Vec<Vec<usize>>> {
    let count = n.checked_pow(arity as u32)?;
    if count > MAX_TUPLES {
        return None;
    }
    let mut out = vec![Vec::new()];
    for _ in 0..arity {
        out = out.into_iter().flat_map(|t| (0..n).map(move |i| [t.clone(), vec![i]].concat())).collect();
    }
    Some(out)
}
