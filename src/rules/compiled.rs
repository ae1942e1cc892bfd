//! Compiled rules and their join plans: the data the evaluator (`eval`) builds and the executor
//! (`exec`) runs.
//!
//! A clause becomes a [`CRule`] over *slots* (its variables, numbered) and interned values
//! ([`Pat`]); a [`Plan`] orders its body into [`Step`]s (scans with an index on the bound
//! columns, negations, built-ins, `member/2`, ranges over the constants). Plain data: no
//! evaluation happens here.

use super::ast::BuiltinOp;
use super::values::Id;

/// A slot not bound yet.
pub const UNBOUND: Id = u32::MAX;

/// A term over slots.
#[derive(Clone, Debug)]
pub enum Pat {
    Slot(u16),
    Const(Id),
    /// Functor (an atom id) and arguments.
    Comp(Id, Vec<Pat>),
}

impl Pat {
    pub fn slots(&self, out: &mut Vec<u16>) {
        match self {
            Pat::Slot(s) => out.push(*s),
            Pat::Const(_) => {}
            Pat::Comp(_, args) => args.iter().for_each(|a| a.slots(out)),
        }
    }

    pub fn all_bound(&self, bound: &[bool]) -> bool {
        match self {
            Pat::Slot(s) => bound[*s as usize],
            Pat::Const(_) => true,
            Pat::Comp(_, args) => args.iter().all(|a| a.all_bound(bound)),
        }
    }
}

/// A compiled body literal.
#[derive(Clone, Debug)]
pub enum CLit {
    Pos { rel: usize, args: Vec<Pat> },
    Neg { rel: usize, args: Vec<Pat> },
    Builtin { op: BuiltinOp, left: Pat, right: Pat },
    Member { elem: Pat, list: Pat },
}

impl CLit {
    pub fn slots(&self) -> Vec<u16> {
        let mut out = Vec::new();
        match self {
            CLit::Pos { args, .. } | CLit::Neg { args, .. } => args.iter().for_each(|a| a.slots(&mut out)),
            CLit::Builtin { left, right, .. } => {
                left.slots(&mut out);
                right.slots(&mut out);
            }
            CLit::Member { elem, list } => {
                elem.slots(&mut out);
                list.slots(&mut out);
            }
        }
        out
    }
}

/// A clause compiled to slots.
#[derive(Clone, Debug)]
pub struct CRule {
    /// Index into `Program::clauses`, or `usize::MAX - i` for query `i`.
    pub clause: usize,
    pub head_rel: usize,
    pub head: Vec<Pat>,
    pub body: Vec<CLit>,
    pub slot_names: Vec<String>,
}

/// Where a scan reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    Full,
    Delta,
    Old,
}

#[derive(Clone, Debug)]
pub enum Step {
    Scan {
        lit: usize,
        rel: usize,
        src: Src,
        index: Option<usize>,
        key: Vec<Pat>,
        rest: Vec<(usize, Pat)>,
        binds: Vec<u16>,
        exists: bool,
    },
    Neg {
        lit: usize,
        rel: usize,
        index: Option<usize>,
        key: Vec<Pat>,
        all: bool,
    },
    Builtin {
        lit: usize,
        op: BuiltinOp,
        left: Pat,
        right: Pat,
        binds: Vec<u16>,
    },
    Member {
        lit: usize,
        elem: Pat,
        list: Pat,
        binds: Vec<u16>,
    },
    /// An unbound head variable ranges over the program's constants.
    Dom {
        rel: usize,
        slot: u16,
    },
}

impl Step {
    /// The body literal a step evaluates (`None` for `$dom`).
    pub fn lit(&self) -> Option<usize> {
        match self {
            Step::Scan { lit, .. } | Step::Neg { lit, .. } | Step::Builtin { lit, .. } | Step::Member { lit, .. } => {
                Some(*lit)
            }
            Step::Dom { .. } => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub rule: usize,
    pub steps: Vec<Step>,
}

/// The number of the query pseudo-clause `i` in [`CRule::clause`].
pub fn query_clause(i: usize) -> usize {
    usize::MAX - i
}
