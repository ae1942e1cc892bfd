//! One execution of a plan: nested loops over its steps, the rule's variables in slots.
//!
//! The loop nest is a recursion over the steps (depth = body length, bounded when lowering).
//! Scans read only their row range (semi-naive delta/old/full versions, or "rows before round
//! r" for proofs), bound columns go through an index, filters run on bound values, and built-in
//! errors are values (the first one per literal is kept). Work (rows visited) is counted against
//! a budget; derived tuples go to a flat buffer, or, for proofs, the first success's bindings
//! are kept; for why-not, the deepest step reached and its bindings are.

use super::ast::BuiltinOp;
use super::compiled::{Pat, Step, UNBOUND};
use super::relation::Relation;
use super::values::{arith, arith1, num_cmp, Id, Num, Val, Values};

/// Which budget stopped an evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exhausted {
    DerivedFacts,
    Rounds,
    Work,
}

/// What an execution does with each success.
pub enum Mode<'a> {
    /// Evaluation: append every derived head tuple to `out` (flat), and stop once it holds
    /// more than 4 × `facts_left` tuples (at least 2²⁰).
    Derive { out: &'a mut Vec<Id>, facts_left: u64 },
    /// Proofs: stop at the first success and keep its bindings in [`Exec::capture`].
    Prove,
    /// Why-not: as `Prove`, and keep the deepest step reached with its bindings in
    /// [`Exec::deepest`].
    WhyNot,
}

/// One execution of a plan: nested loops over the steps, slots in `regs`.
pub struct Exec<'a> {
    rels: &'a [Relation],
    pub values: &'a mut Values,
    steps: &'a [Step],
    ranges: &'a [(usize, usize)],
    head: &'a [Pat],
    pub regs: Vec<Id>,
    mode: Mode<'a>,
    /// The bindings of the first success (`Prove`, `WhyNot`).
    pub capture: Option<Vec<Id>>,
    /// The deepest step reached and its bindings (`WhyNot`).
    pub deepest: (usize, Vec<Id>),
    pub work_left: u64,
    pub work_used: u64,
    pub error: Option<(usize, String)>,
    pub stopped: Option<Exhausted>,
}

impl<'a> Exec<'a> {
    /// An execution of `steps` (scans read `ranges`, one per step) starting from the bindings
    /// `regs`, with no work limit until `work_left` is set.
    pub fn new(
        rels: &'a [Relation],
        values: &'a mut Values,
        steps: &'a [Step],
        ranges: &'a [(usize, usize)],
        head: &'a [Pat],
        regs: Vec<Id>,
        mode: Mode<'a>,
    ) -> Exec<'a> {
        let deepest = match mode {
            Mode::WhyNot => (0, regs.clone()),
            _ => (0, Vec::new()),
        };
        Exec {
            rels,
            values,
            steps,
            ranges,
            head,
            regs,
            mode,
            capture: None,
            deepest,
            work_left: u64::MAX,
            work_used: 0,
            error: None,
            stopped: None,
        }
    }

    pub fn go(&mut self) {
        self.run(0);
    }

    fn done(&self) -> bool {
        self.stopped.is_some() || self.capture.is_some()
    }

    fn run(&mut self, k: usize) {
        if matches!(self.mode, Mode::WhyNot) && k > self.deepest.0 {
            self.deepest = (k, self.regs.clone());
        }
        if k == self.steps.len() {
            self.emit();
            return;
        }
        let steps = self.steps;
        let rels = self.rels;
        match &steps[k] {
            Step::Scan { rel, index, key, rest, binds, exists, .. } => {
                let (lo, hi) = self.ranges[k];
                let relation = &rels[*rel];
                let hi = hi.min(relation.len());
                if *exists {
                    let (mut small, mut big) = ([0 as Id; 16], Vec::new());
                    let Some(t) = self.key_values(key, &mut small, &mut big) else { return };
                    self.work_used += 1;
                    if let Some(r) = relation.find(t) {
                        if r >= lo && r < hi {
                            self.run(k + 1);
                        }
                    }
                    return;
                }
                match index {
                    None => {
                        for r in lo..hi {
                            if self.tick() {
                                return;
                            }
                            if self.match_row(relation.row(r), rest, binds) {
                                self.run(k + 1);
                                if self.done() {
                                    return;
                                }
                            }
                        }
                    }
                    Some(ix) => {
                        let (mut small, mut big) = ([0 as Id; 16], Vec::new());
                        let Some(kv) = self.key_values(key, &mut small, &mut big) else { return };
                        let group = relation.lookup(*ix, kv);
                        let start = if lo == 0 { 0 } else { group.partition_point(|&r| (r as usize) < lo) };
                        for &r in &group[start..] {
                            let r = r as usize;
                            if r >= hi {
                                break;
                            }
                            if self.tick() {
                                return;
                            }
                            if self.match_row(relation.row(r), rest, binds) {
                                self.run(k + 1);
                                if self.done() {
                                    return;
                                }
                            }
                        }
                    }
                }
            }
            Step::Neg { rel, index, key, all, lit } => {
                let relation = &rels[*rel];
                let (mut small, mut big) = ([0 as Id; 16], Vec::new());
                let Some(kv) = self.key_values(key, &mut small, &mut big) else {
                    // A compound key never interned: certainly absent.
                    let missing = key.iter().find(|p| self.value(p).is_none());
                    if missing.is_some_and(|p| p_has_unbound(p, &self.regs)) {
                        self.set_error(*lit, "a negated literal has an unbound compound argument");
                        return;
                    }
                    self.run(k + 1);
                    return;
                };
                self.work_used += 1;
                let present = if *all {
                    relation.contains(kv)
                } else if let Some(ix) = index {
                    !relation.lookup(*ix, kv).is_empty()
                } else {
                    !relation.is_empty()
                };
                if !present {
                    self.run(k + 1);
                }
            }
            Step::Builtin { lit, op, left, right, binds } => {
                for &s in binds {
                    self.regs[s as usize] = UNBOUND;
                }
                match self.builtin(*op, left, right) {
                    Ok(true) => self.run(k + 1),
                    Ok(false) => {}
                    Err(m) => self.set_error(*lit, &m),
                }
            }
            Step::Member { lit, elem, list, binds } => {
                let Some(l) = self.value(list) else {
                    self.set_error(*lit, "member/2 needs a bound list");
                    return;
                };
                let Some(items) = self.values.list_items(l, 1_000_000) else { return };
                for item in items {
                    for &s in binds {
                        self.regs[s as usize] = UNBOUND;
                    }
                    if self.tick() {
                        return;
                    }
                    if match_pat(elem, item, &mut self.regs, &*self.values) {
                        self.run(k + 1);
                        if self.done() {
                            return;
                        }
                    }
                }
            }
            Step::Dom { rel, slot } => {
                let relation = &rels[*rel];
                for r in 0..relation.len() {
                    if self.tick() {
                        return;
                    }
                    self.regs[*slot as usize] = relation.row(r)[0];
                    self.run(k + 1);
                    if self.done() {
                        return;
                    }
                }
            }
        }
    }

    #[inline]
    fn tick(&mut self) -> bool {
        self.work_used += 1;
        if self.work_used > self.work_left {
            self.stopped = Some(Exhausted::Work);
            return true;
        }
        false
    }

    fn set_error(&mut self, lit: usize, message: &str) {
        if self.error.is_none() {
            self.error = Some((lit, message.to_string()));
        }
    }

    #[inline]
    fn match_row(&mut self, row: &[Id], rest: &[(usize, Pat)], binds: &[u16]) -> bool {
        for &s in binds {
            self.regs[s as usize] = UNBOUND;
        }
        for (c, p) in rest {
            let v = row[*c];
            match p {
                Pat::Slot(s) => {
                    let slot = &mut self.regs[*s as usize];
                    if *slot == UNBOUND {
                        *slot = v;
                    } else if *slot != v {
                        return false;
                    }
                }
                Pat::Const(id) => {
                    if *id != v {
                        return false;
                    }
                }
                Pat::Comp(..) => {
                    if !match_pat(p, v, &mut self.regs, self.values) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// The value of a bound pattern (`None` if a compound was never interned: no fact has it).
    /// The values of a key's patterns, in `small` (up to 16) or `big`; `None` when one has no
    /// value.
    #[inline]
    fn key_values<'b>(&self, key: &[Pat], small: &'b mut [Id; 16], big: &'b mut Vec<Id>) -> Option<&'b [Id]> {
        if key.len() <= 16 {
            for (slot, p) in small.iter_mut().zip(key) {
                *slot = self.value(p)?;
            }
            Some(&small[..key.len()])
        } else {
            for p in key {
                big.push(self.value(p)?);
            }
            Some(big)
        }
    }

    fn value(&self, p: &Pat) -> Option<Id> {
        match p {
            Pat::Slot(s) => {
                let v = self.regs[*s as usize];
                (v != UNBOUND).then_some(v)
            }
            Pat::Const(id) => Some(*id),
            Pat::Comp(f, args) => {
                let ids: Option<Vec<Id>> = args.iter().map(|a| self.value(a)).collect();
                self.values.lookup(&Val::Compound(*f, ids?.into()))
            }
        }
    }

    /// Build a bound pattern's value, interning new compound terms.
    fn build(&mut self, p: &Pat) -> Option<Id> {
        match p {
            Pat::Slot(s) => {
                let v = self.regs[*s as usize];
                (v != UNBOUND).then_some(v)
            }
            Pat::Const(id) => Some(*id),
            Pat::Comp(f, args) => {
                let mut ids = Vec::with_capacity(args.len());
                for a in args {
                    ids.push(self.build(a)?);
                }
                Some(self.values.intern(Val::Compound(*f, ids.into())))
            }
        }
    }

    fn emit(&mut self) {
        if matches!(self.mode, Mode::Prove | Mode::WhyNot) {
            self.capture = Some(self.regs.clone());
            return;
        }
        let head = self.head;
        let mut tuple = [0 as Id; 16];
        let mut big = Vec::new();
        for (i, p) in head.iter().enumerate() {
            let Some(v) = self.build(p) else { return };
            if head.len() <= 16 {
                tuple[i] = v;
            } else {
                big.push(v);
            }
        }
        if let Mode::Derive { out, facts_left } = &mut self.mode {
            if head.len() <= 16 {
                out.extend_from_slice(&tuple[..head.len()]);
            } else {
                out.extend_from_slice(&big);
            }
            if head.is_empty() {
                // A proposition: mark it derived with one placeholder.
                out.push(0);
            }
            let arity = head.len().max(1);
            if (out.len() / arity) as u64 > facts_left.saturating_mul(4).max(1 << 20) {
                self.stopped = Some(Exhausted::DerivedFacts);
            }
        }
    }

    fn num(&mut self, p: &Pat) -> Result<Num, String> {
        match p {
            Pat::Slot(s) => {
                let v = self.regs[*s as usize];
                if v == UNBOUND {
                    return Err("arguments are not sufficiently instantiated".to_string());
                }
                self.values.as_num(v).ok_or_else(|| format!("`{}` is not a number", self.values.show(v, false)))
            }
            Pat::Const(id) => match self.values.get(*id) {
                Val::Atom(a) if &**a == "pi" => Ok(Num::Float(std::f64::consts::PI)),
                Val::Atom(a) if &**a == "e" => Ok(Num::Float(std::f64::consts::E)),
                Val::Compound(..) => {
                    // A ground arithmetic expression interned as a term.
                    let pat = self.unfold(*id);
                    self.num(&pat)
                }
                _ => {
                    self.values.as_num(*id).ok_or_else(|| format!("`{}` is not a number", self.values.show(*id, false)))
                }
            },
            Pat::Comp(f, args) => {
                let name = match self.values.get(*f) {
                    Val::Atom(a) => a.to_string(),
                    _ => String::new(),
                };
                match args.len() {
                    1 => {
                        let a = self.num(&args[0])?;
                        arith1(&name, a)
                    }
                    2 => {
                        let a = self.num(&args[0])?;
                        let b = self.num(&args[1])?;
                        arith(&name, a, b)
                    }
                    n => Err(format!("`{name}/{n}` is not an arithmetic function")),
                }
            }
        }
    }

    /// A ground compound value as a pattern (one level), for arithmetic on stored expressions.
    fn unfold(&self, id: Id) -> Pat {
        match self.values.get(id) {
            Val::Compound(f, args) => Pat::Comp(*f, args.iter().map(|a| Pat::Const(*a)).collect()),
            _ => Pat::Const(id),
        }
    }

    fn builtin(&mut self, op: BuiltinOp, left: &Pat, right: &Pat) -> Result<bool, String> {
        use BuiltinOp::*;
        match op {
            Is => {
                let n = self.num(right)?;
                let v = self.values.number(n);
                Ok(match_pat(left, v, &mut self.regs, self.values))
            }
            Unify => {
                if let Some(r) = self.build(right) {
                    Ok(match_pat(left, r, &mut self.regs, self.values))
                } else if let Some(l) = self.build(left) {
                    Ok(match_pat(right, l, &mut self.regs, self.values))
                } else {
                    Err("`=` with both sides unbound".to_string())
                }
            }
            NotUnify | Identical | NotIdentical | TermLt | TermLe | TermGt | TermGe => {
                let (Some(l), Some(r)) = (self.build(left), self.build(right)) else {
                    return Err(format!("`{}` needs both sides bound", op.as_str()));
                };
                let ord = self.values.compare(l, r);
                Ok(match op {
                    NotUnify | NotIdentical => l != r,
                    Identical => l == r,
                    TermLt => ord.is_lt(),
                    TermLe => ord.is_le(),
                    TermGt => ord.is_gt(),
                    _ => ord.is_ge(),
                })
            }
            ArithEq | ArithNe | Lt | Le | Gt | Ge => {
                let a = self.num(left)?;
                let b = self.num(right)?;
                let Some(ord) = num_cmp(a, b) else { return Ok(false) };
                Ok(match op {
                    ArithEq => ord.is_eq(),
                    ArithNe => ord.is_ne(),
                    Lt => ord.is_lt(),
                    Le => ord.is_le(),
                    Gt => ord.is_gt(),
                    _ => ord.is_ge(),
                })
            }
        }
    }
}

fn p_has_unbound(p: &Pat, regs: &[Id]) -> bool {
    match p {
        Pat::Slot(s) => regs[*s as usize] == UNBOUND,
        Pat::Const(_) => false,
        Pat::Comp(_, args) => args.iter().any(|a| p_has_unbound(a, regs)),
    }
}

/// Match a pattern against a value, binding unbound slots.
pub fn match_pat(p: &Pat, v: Id, regs: &mut [Id], values: &Values) -> bool {
    match p {
        Pat::Slot(s) => {
            let slot = &mut regs[*s as usize];
            if *slot == UNBOUND {
                *slot = v;
                true
            } else {
                *slot == v
            }
        }
        Pat::Const(id) => *id == v,
        Pat::Comp(f, args) => match values.get(v) {
            Val::Compound(g, vargs) if g == f && vargs.len() == args.len() => {
                args.iter().zip(vargs.iter()).all(|(a, &x)| match_pat(a, x, regs, values))
            }
            _ => false,
        },
    }
}
