//! Evaluation of compiled forms in one state: truth of formulas, values of numeric
//! expressions, and their text for messages. Undefined values and arithmetic errors are values
//! ([`EvalError`]); quantifier bindings are counted against a shared allowance.

use super::compiled::*;
use crate::pddl::ast::*;
use crate::pddl::state::{Key, ObjId, State, World};

/// Evaluation of compiled forms in one state.
pub struct Eval<'a> {
    pub world: &'a World,
    pub state: &'a State,
    pub syms: &'a Symbols,
    /// Value of `total-time` and `?duration`.
    pub total_time: f64,
    pub duration: f64,
    /// Violation counts of preferences, for `is-violated` (0 when absent).
    pub violated: Option<&'a rustc_hash::FxHashMap<Sym, f64>>,
    /// Quantifier bindings still allowed (shared by every evaluation of a check); `None` for
    /// no limit. Running out makes the evaluation fail with [`EvalError::Budget`].
    pub bindings: Option<&'a std::cell::Cell<u64>>,
}

impl<'a> Eval<'a> {
    pub fn obj(&self, t: CTerm, env: &[ObjId]) -> Option<ObjId> {
        match t {
            CTerm::Slot(s, _) => env.get(s as usize).copied(),
            CTerm::Obj(o) => Some(o),
            CTerm::Missing(_) => None,
        }
    }

    /// Ground arguments, or `None` when one names no object.
    pub fn ground(&self, args: &[CTerm], env: &[ObjId]) -> Option<Vec<ObjId>> {
        args.iter().map(|&t| self.obj(t, env)).collect()
    }

    pub fn atom_key(&self, pred: u32, args: &[CTerm], env: &[ObjId]) -> Option<Key> {
        let mut buf = [0u32; 8];
        if args.len() <= buf.len() {
            for (slot, &t) in buf.iter_mut().zip(args) {
                *slot = self.obj(t, env)?;
            }
            return self.world.key(pred, &buf[..args.len()]);
        }
        self.world.key(pred, &self.ground(args, env)?)
    }

    pub fn atom_holds(&self, pred: u32, args: &[CTerm], derived: bool, env: &[ObjId]) -> bool {
        match self.atom_key(pred, args, env) {
            Some(k) if derived => self.state.derived.contains(&k),
            Some(k) => self.state.atoms.contains(&k),
            None => false,
        }
    }

    pub fn holds(&self, f: &CFormula, env: &mut [ObjId]) -> Result<bool, EvalError> {
        Ok(match f {
            CFormula::True => true,
            CFormula::Atom { pred, args, derived, .. } => self.atom_holds(*pred, args, *derived, env),
            CFormula::Eq(a, b, _) => match (self.obj(*a, env), self.obj(*b, env)) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
            CFormula::Not(inner, _) => !self.holds(inner, env)?,
            CFormula::And(parts, _) => {
                for p in parts {
                    if !self.holds(p, env)? {
                        return Ok(false);
                    }
                }
                true
            }
            CFormula::Or(parts, _) => {
                for p in parts {
                    if self.holds(p, env)? {
                        return Ok(true);
                    }
                }
                false
            }
            CFormula::Imply(a, b, _) => !self.holds(a, env)? || self.holds(b, env)?,
            CFormula::Quant { forall, vars, body, .. } => self.quantified(*forall, vars, body, env, 0)?,
            CFormula::Cmp(op, a, b, _) => {
                let (x, y) = (self.num(a, env)?, self.num(b, env)?);
                compare(*op, x, y)
            }
        })
    }

    fn quantified(
        &self,
        forall: bool,
        vars: &[QVar],
        body: &CFormula,
        env: &mut [ObjId],
        i: usize,
    ) -> Result<bool, EvalError> {
        let Some(v) = vars.get(i) else { return self.holds(body, env) };
        self.spend(v.domain.len() as u64)?;
        for &o in &v.domain {
            if let Some(slot) = env.get_mut(v.slot as usize) {
                *slot = o;
            }
            let r = self.quantified(forall, vars, body, env, i + 1)?;
            if r != forall {
                return Ok(!forall);
            }
        }
        Ok(forall)
    }

    /// Take `n` quantifier bindings from the budget.
    pub fn spend(&self, n: u64) -> Result<(), EvalError> {
        if let Some(left) = self.bindings {
            if left.get() < n {
                left.set(0);
                return Err(EvalError::Budget);
            }
            left.set(left.get() - n);
        }
        Ok(())
    }

    pub fn fluent_key(&self, func: u32, args: &[CTerm], env: &[ObjId]) -> Option<Key> {
        if func == u32::MAX {
            return None;
        }
        self.atom_key(func, args, env)
    }

    pub fn num(&self, e: &CNum, env: &[ObjId]) -> Result<f64, EvalError> {
        match e {
            CNum::Const(n) => Ok(*n),
            CNum::Fluent { func, args, .. } => {
                let key = self.fluent_key(*func, args, env);
                match key.and_then(|k| self.state.values.get(&k)) {
                    Some(v) => Ok(*v),
                    None => Err(EvalError::Undefined(key.unwrap_or_default(), self.show_num(e, env))),
                }
            }
            CNum::Op(op, args) => {
                let mut it = args.iter();
                let mut acc = match it.next() {
                    Some(a) => self.num(a, env)?,
                    None => 0.0,
                };
                for a in it {
                    let v = self.num(a, env)?;
                    acc = match op {
                        ArithOp::Add => acc + v,
                        ArithOp::Sub => acc - v,
                        ArithOp::Mul => acc * v,
                        ArithOp::Div => {
                            if v == 0.0 {
                                return Err(EvalError::Arithmetic(format!(
                                    "division by zero in {}",
                                    self.show_num(e, env)
                                )));
                            }
                            acc / v
                        }
                    };
                }
                if acc.is_finite() {
                    Ok(acc)
                } else {
                    Err(EvalError::Arithmetic(format!("{} is not a finite number", self.show_num(e, env))))
                }
            }
            CNum::Neg(a) => Ok(-self.num(a, env)?),
            CNum::TotalTime => Ok(self.total_time),
            CNum::Duration => Ok(self.duration),
            CNum::IsViolated(name) => Ok(self.violated.and_then(|v| v.get(name)).copied().unwrap_or(0.0)),
            CNum::Zero => Ok(0.0),
        }
    }

    // ----- printing ----------------------------------------------------------------------------

    fn show_term(&self, t: CTerm, env: &[ObjId], bound: usize) -> String {
        match t {
            CTerm::Slot(s, _) if (s as usize) < bound => {
                env.get(s as usize).map_or("?".to_string(), |&o| self.world.object_name(self.syms, o).to_string())
            }
            CTerm::Slot(_, name) | CTerm::Missing(name) => self.syms.name(name).to_string(),
            CTerm::Obj(o) => self.world.object_name(self.syms, o).to_string(),
        }
    }

    fn show_app(&self, name: Sym, args: &[CTerm], env: &[ObjId], bound: usize) -> String {
        let mut s = format!("({}", self.syms.name(name));
        for &a in args {
            s.push(' ');
            s.push_str(&self.show_term(a, env, bound));
        }
        s.push(')');
        s
    }

    /// The formula with bound variables replaced by their objects.
    pub fn show(&self, f: &CFormula, env: &[ObjId], bound: usize) -> String {
        let list = |word: &str, parts: &[&CFormula]| {
            let inner: Vec<String> = parts.iter().map(|p| self.show(p, env, bound)).collect();
            format!("({word} {})", inner.join(" "))
        };
        match f {
            CFormula::True => "(and)".to_string(),
            CFormula::Atom { name, args, .. } => self.show_app(*name, args, env, bound),
            CFormula::Eq(a, b, _) => {
                format!("(= {} {})", self.show_term(*a, env, bound), self.show_term(*b, env, bound))
            }
            CFormula::Not(inner, _) => format!("(not {})", self.show(inner, env, bound)),
            CFormula::And(parts, _) => list("and", &parts.iter().collect::<Vec<_>>()),
            CFormula::Or(parts, _) => list("or", &parts.iter().collect::<Vec<_>>()),
            CFormula::Imply(a, b, _) => list("imply", &[a, b]),
            CFormula::Quant { forall, vars, body, .. } => {
                let first = vars.first().map_or(bound, |v| v.slot as usize);
                let names: Vec<&str> = vars.iter().map(|v| self.syms.name(v.name)).collect();
                format!(
                    "({} ({}) {})",
                    if *forall { "forall" } else { "exists" },
                    names.join(" "),
                    self.show(body, env, first.min(bound))
                )
            }
            CFormula::Cmp(op, a, b, _) => {
                format!("({} {} {})", op.text(), self.show_num_b(a, env, bound), self.show_num_b(b, env, bound))
            }
        }
    }

    pub fn show_num(&self, e: &CNum, env: &[ObjId]) -> String {
        self.show_num_b(e, env, env.len())
    }

    fn show_num_b(&self, e: &CNum, env: &[ObjId], bound: usize) -> String {
        match e {
            CNum::Const(n) => format_number(*n),
            CNum::Fluent { name, args, .. } => self.show_app(*name, args, env, bound),
            CNum::Op(op, args) => {
                let inner: Vec<String> = args.iter().map(|a| self.show_num_b(a, env, bound)).collect();
                format!("({} {})", op.text(), inner.join(" "))
            }
            CNum::Neg(a) => format!("(- {})", self.show_num_b(a, env, bound)),
            CNum::TotalTime => "(total-time)".to_string(),
            CNum::Duration => "?duration".to_string(),
            CNum::IsViolated(n) => format!("(is-violated {})", self.syms.name(*n)),
            CNum::Zero => "0".to_string(),
        }
    }
}

pub fn compare(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ge => x >= y,
        CmpOp::Gt => x > y,
    }
}

/// Numbers as VAL prints them: integers without a fraction, others with up to 6 digits.
pub fn format_number(n: f64) -> String {
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
