//! Interned ground values: every atom, number, string and ground compound term is a `u32`.
//!
//! Hash-consing makes equality of ids equality of terms, so joins compare integers only.
//! Lists are cons cells `'[|]'(H, T)` ending in `[]`, built iteratively (no recursion on long
//! lists). Arithmetic follows Prolog: integers stay integers (checked: overflow is an error, not
//! a wrap), `/` gives an integer when it divides exactly, errors are values.

use std::cmp::Ordering;
use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use super::ast::{write_atom, Const};

pub type Id = u32;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Val {
    Atom(Box<str>),
    Str(Box<str>),
    Int(i64),
    /// The bits of an `f64` (never NaN).
    Float(u64),
    /// Functor (an atom id) and argument ids.
    Compound(Id, Box<[Id]>),
}

#[derive(Default)]
pub struct Values {
    map: FxHashMap<Val, Id>,
    vals: Vec<Val>,
}

/// A number during arithmetic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Values {
    pub fn intern(&mut self, v: Val) -> Id {
        if let Some(&id) = self.map.get(&v) {
            return id;
        }
        let id = self.vals.len() as Id;
        self.vals.push(v.clone());
        self.map.insert(v, id);
        id
    }

    pub fn lookup(&self, v: &Val) -> Option<Id> {
        self.map.get(v).copied()
    }

    pub fn get(&self, id: Id) -> &Val {
        &self.vals[id as usize]
    }

    pub fn len(&self) -> usize {
        self.vals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vals.is_empty()
    }

    pub fn atom(&mut self, name: &str) -> Id {
        self.intern(Val::Atom(name.into()))
    }

    pub fn int(&mut self, i: i64) -> Id {
        self.intern(Val::Int(i))
    }

    pub fn constant(&mut self, c: &Const) -> Id {
        match c {
            Const::Atom(a) => self.atom(a),
            Const::Str(s) => self.intern(Val::Str(s.as_str().into())),
            Const::Int(i) => self.int(*i),
            Const::Float(x) => self.intern(Val::Float(x.to_bits())),
        }
    }

    pub fn number(&mut self, n: Num) -> Id {
        match n {
            Num::Int(i) => self.int(i),
            Num::Float(x) => self.intern(Val::Float(x.to_bits())),
        }
    }

    /// A list from items and a tail, built from the end.
    pub fn list(&mut self, items: &[Id], tail: Option<Id>) -> Id {
        let cons = self.atom("[|]");
        let mut acc = match tail {
            Some(t) => t,
            None => self.atom("[]"),
        };
        for &item in items.iter().rev() {
            acc = self.intern(Val::Compound(cons, Box::new([item, acc])));
        }
        acc
    }

    /// The elements of a proper list, or `None` when `id` is not one.
    pub fn list_items(&self, mut id: Id, limit: usize) -> Option<Vec<Id>> {
        let mut out = Vec::new();
        loop {
            match self.get(id) {
                Val::Atom(a) if &**a == "[]" => return Some(out),
                Val::Compound(f, args) if args.len() == 2 && matches!(self.get(*f), Val::Atom(a) if &**a == "[|]") => {
                    out.push(args[0]);
                    id = args[1];
                    if out.len() > limit {
                        return None;
                    }
                }
                _ => return None,
            }
        }
    }

    pub fn as_num(&self, id: Id) -> Option<Num> {
        match self.get(id) {
            Val::Int(i) => Some(Num::Int(*i)),
            Val::Float(b) => Some(Num::Float(f64::from_bits(*b))),
            _ => None,
        }
    }

    /// Standard order of terms: numbers < atoms < strings < compounds.
    pub fn compare(&self, a: Id, b: Id) -> Ordering {
        // Terms built by rules can nest as deep as the derived-fact budget allows.
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.compare_inner(a, b))
    }

    fn compare_inner(&self, a: Id, b: Id) -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        let rank = |v: &Val| match v {
            Val::Int(_) | Val::Float(_) => 0,
            Val::Atom(_) => 1,
            Val::Str(_) => 2,
            Val::Compound(..) => 3,
        };
        let (va, vb) = (self.get(a), self.get(b));
        match rank(va).cmp(&rank(vb)) {
            Ordering::Equal => {}
            o => return o,
        }
        match (va, vb) {
            (Val::Atom(x), Val::Atom(y)) | (Val::Str(x), Val::Str(y)) => x.cmp(y),
            (Val::Compound(fa, xa), Val::Compound(fb, xb)) => {
                xa.len().cmp(&xb.len()).then_with(|| self.compare(*fa, *fb)).then_with(|| {
                    xa.iter()
                        .zip(xb.iter())
                        .map(|(x, y)| self.compare(*x, *y))
                        .find(|o| o.is_ne())
                        .unwrap_or(Ordering::Equal)
                })
            }
            _ => match (self.as_num(a), self.as_num(b)) {
                (Some(x), Some(y)) => num_cmp(x, y).unwrap_or(Ordering::Equal),
                _ => Ordering::Equal,
            },
        }
    }

    /// Prolog-like text of a value (`'Bob'` when `plain` is false, `Bob` when true).
    pub fn show(&self, id: Id, plain: bool) -> String {
        let mut s = String::new();
        self.write(&mut s, id, plain, 0);
        s
    }

    fn write(&self, s: &mut String, id: Id, plain: bool, depth: usize) {
        if depth > 50 || s.len() > 4000 {
            s.push('…');
            return;
        }
        match self.get(id) {
            Val::Atom(a) if plain => s.push_str(a),
            Val::Atom(a) => {
                let _ = write_atom(s, a);
            }
            Val::Str(x) => {
                let _ = write!(s, "{:?}", &**x);
            }
            Val::Int(i) => {
                let _ = write!(s, "{i}");
            }
            Val::Float(b) => {
                let _ = write!(s, "{:?}", f64::from_bits(*b));
            }
            Val::Compound(f, args) => {
                if let Some(items) = self.list_items(id, 10_000) {
                    s.push('[');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        self.write(s, *item, plain, depth + 1);
                    }
                    s.push(']');
                    return;
                }
                self.write(s, *f, plain, depth + 1);
                s.push('(');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *a, plain, depth + 1);
                }
                s.push(')');
            }
        }
    }
}

pub fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
        (x, y) => to_f(x).partial_cmp(&to_f(y)),
    }
}

fn to_f(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Float(x) => x,
    }
}

/// Binary arithmetic; `Err` carries the reason.
pub fn arith(op: &str, a: Num, b: Num) -> Result<Num, String> {
    use Num::*;
    let overflow = || format!("integer overflow in `{op}`");
    let float = |x: f64| if x.is_finite() { Ok(Float(x)) } else { Err(format!("`{op}` has no finite result")) };
    match (op, a, b) {
        ("+", Int(x), Int(y)) => x.checked_add(y).map(Int).ok_or_else(overflow),
        ("-", Int(x), Int(y)) => x.checked_sub(y).map(Int).ok_or_else(overflow),
        ("*", Int(x), Int(y)) => x.checked_mul(y).map(Int).ok_or_else(overflow),
        ("+", x, y) => float(to_f(x) + to_f(y)),
        ("-", x, y) => float(to_f(x) - to_f(y)),
        ("*", x, y) => float(to_f(x) * to_f(y)),
        ("/" | "//" | "mod" | "rem", _, Int(0)) => Err("division by zero".to_string()),
        ("/", Int(x), Int(y)) if x % y == 0 => x.checked_div(y).map(Int).ok_or_else(overflow),
        ("/", x, y) => {
            if to_f(y) == 0.0 {
                return Err("division by zero".to_string());
            }
            float(to_f(x) / to_f(y))
        }
        ("//", Int(x), Int(y)) => x.checked_div(y).map(Int).ok_or_else(overflow),
        ("mod", Int(x), Int(y)) => {
            x.checked_rem_euclid(y).map(|r| if y < 0 && r != 0 { r + y } else { r }).map(Int).ok_or_else(overflow)
        }
        ("rem", Int(x), Int(y)) => x.checked_rem(y).map(Int).ok_or_else(overflow),
        ("min", x, y) => Ok(if num_cmp(x, y) == Some(Ordering::Greater) { y } else { x }),
        ("max", x, y) => Ok(if num_cmp(x, y) == Some(Ordering::Less) { y } else { x }),
        ("**" | "^", Int(x), Int(y)) if y >= 0 => {
            let e = u32::try_from(y).map_err(|_| overflow())?;
            x.checked_pow(e).map(Int).ok_or_else(overflow)
        }
        ("**" | "^", x, y) => float(to_f(x).powf(to_f(y))),
        ("/\\", Int(x), Int(y)) => Ok(Int(x & y)),
        ("\\/", Int(x), Int(y)) => Ok(Int(x | y)),
        ("xor", Int(x), Int(y)) => Ok(Int(x ^ y)),
        ("<<", Int(x), Int(y)) => u32::try_from(y).ok().and_then(|s| x.checked_shl(s)).map(Int).ok_or_else(overflow),
        (">>", Int(x), Int(y)) => u32::try_from(y).ok().and_then(|s| x.checked_shr(s)).map(Int).ok_or_else(overflow),
        (op, _, _) => Err(format!("`{op}` is not an arithmetic operation on these numbers")),
    }
}

/// Unary arithmetic.
pub fn arith1(op: &str, a: Num) -> Result<Num, String> {
    use Num::*;
    match (op, a) {
        ("-", Int(x)) => x.checked_neg().map(Int).ok_or_else(|| "integer overflow".to_string()),
        ("-", Float(x)) => Ok(Float(-x)),
        ("+", n) => Ok(n),
        ("abs", Int(x)) => x.checked_abs().map(Int).ok_or_else(|| "integer overflow".to_string()),
        ("abs", Float(x)) => Ok(Float(x.abs())),
        ("sign", Int(x)) => Ok(Int(x.signum())),
        ("float", n) => Ok(Float(to_f(n))),
        ("integer" | "round", n) => Ok(Int(to_f(n).round() as i64)),
        ("truncate", n) => Ok(Int(to_f(n).trunc() as i64)),
        ("floor", n) => Ok(Int(to_f(n).floor() as i64)),
        ("ceiling", n) => Ok(Int(to_f(n).ceil() as i64)),
        ("sqrt", n) if to_f(n) >= 0.0 => Ok(Float(to_f(n).sqrt())),
        (op, _) => Err(format!("`{op}/1` is not an arithmetic function here")),
    }
}
