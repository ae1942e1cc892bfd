//! The ground world of a domain and problem, and states over it.
//!
//! Objects, predicates and functions get dense ids; a ground atom (or fluent) is a `u128` key:
//! the predicate id and up to five argument ids packed into one integer, so a state is a hash
//! set of integers and a membership test is one hash probe. Atoms that do not fit the packing
//! (arity above five, or more than four million objects) are interned in a side table and keyed
//! by their index with the top bit set. Keys are stable for the life of a [`World`].

use rustc_hash::{FxHashMap, FxHashSet};

use super::ast::*;
use super::index::{declared_types, DomainIndex};

pub type ObjId = u32;
pub type Key = u128;

const ARG_BITS: u32 = 22;
const MAX_PACKED_ARGS: usize = 5;
const FALLBACK: u128 = 1 << 127;

/// Objects, predicates and functions with ids, and the objects of every type.
#[derive(Debug, Default)]
pub struct World {
    pub objects: Vec<Sym>,
    pub object_ids: FxHashMap<Sym, ObjId>,
    pub object_types: Vec<Vec<Sym>>,
    /// Objects of each type (subtypes included), in declaration order.
    pub by_type: FxHashMap<Sym, Vec<ObjId>>,
    pub preds: Vec<Sym>,
    pub pred_ids: FxHashMap<Sym, u32>,
    pub funcs: Vec<Sym>,
    pub func_ids: FxHashMap<Sym, u32>,
    fallback: FxHashMap<Box<[u32]>, u128>,
    fallback_rev: Vec<Box<[u32]>>,
}

impl World {
    pub fn new(domain: &Domain, problem: &Problem, index: &DomainIndex) -> World {
        let mut w = World::default();
        for o in domain.constants.iter().chain(&problem.objects) {
            if w.object_ids.contains_key(&o.name.sym) {
                continue;
            }
            let id = w.objects.len() as ObjId;
            w.objects.push(o.name.sym);
            w.object_ids.insert(o.name.sym, id);
            w.object_types.push(declared_types(o, index.object));
        }
        let mut all_types: Vec<Sym> = index.types.keys().copied().collect();
        all_types.sort();
        for t in all_types {
            let members: Vec<ObjId> = (0..w.objects.len() as ObjId)
                .filter(|&o| w.object_types[o as usize].iter().any(|&ot| index.is_subtype(ot, t)))
                .collect();
            w.by_type.insert(t, members);
        }
        for p in domain.predicates.iter().map(|p| p.name.sym).chain(domain.derived.iter().map(|d| d.name.sym)) {
            if !w.pred_ids.contains_key(&p) {
                w.pred_ids.insert(p, w.preds.len() as u32);
                w.preds.push(p);
            }
        }
        for f in &domain.functions {
            if !w.func_ids.contains_key(&f.name.sym) {
                w.func_ids.insert(f.name.sym, w.funcs.len() as u32);
                w.funcs.push(f.name.sym);
            }
        }
        w
    }

    /// The objects that may stand for a variable of the given types.
    pub fn domain_of(&self, types: &[Sym]) -> Vec<ObjId> {
        if let [t] = types {
            return self.by_type.get(t).cloned().unwrap_or_default();
        }
        let mut out: Vec<ObjId> =
            types.iter().flat_map(|t| self.by_type.get(t).into_iter().flatten().copied()).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn packable(head: u32, args: &[ObjId]) -> bool {
        head < (1 << 16) && args.len() <= MAX_PACKED_ARGS && args.iter().all(|&a| a < (1 << ARG_BITS))
    }

    fn pack(head: u32, args: &[ObjId]) -> Key {
        let mut k = head as u128;
        for (i, &a) in args.iter().enumerate() {
            k |= (a as u128 + 1) << (16 + ARG_BITS * i as u32);
        }
        k
    }

    /// The key of an atom (or fluent) if it has one; `None` means it was never created, so it
    /// is in no state.
    pub fn key(&self, head: u32, args: &[ObjId]) -> Option<Key> {
        if Self::packable(head, args) {
            return Some(Self::pack(head, args));
        }
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(head);
        v.extend_from_slice(args);
        self.fallback.get(v.as_slice()).copied()
    }

    /// The key of an atom, creating it if needed.
    pub fn key_mut(&mut self, head: u32, args: &[ObjId]) -> Key {
        if Self::packable(head, args) {
            return Self::pack(head, args);
        }
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(head);
        v.extend_from_slice(args);
        if let Some(&k) = self.fallback.get(v.as_slice()) {
            return k;
        }
        let k = FALLBACK | self.fallback_rev.len() as u128;
        let boxed: Box<[u32]> = v.into();
        self.fallback_rev.push(boxed.clone());
        self.fallback.insert(boxed, k);
        k
    }

    /// The head id and arguments of a key.
    pub fn decode(&self, key: Key) -> (u32, Vec<ObjId>) {
        if key & FALLBACK != 0 {
            let v = self.fallback_rev.get((key & !FALLBACK) as usize).map_or(&[][..], |b| &b[..]);
            return (v.first().copied().unwrap_or(0), v.get(1..).unwrap_or(&[]).to_vec());
        }
        let head = (key & 0xffff) as u32;
        let mut args = Vec::new();
        let mut rest = key >> 16;
        while rest != 0 {
            args.push(((rest & ((1 << ARG_BITS) - 1)) as u32) - 1);
            rest >>= ARG_BITS;
        }
        (head, args)
    }

    fn show(&self, syms: &Symbols, head: Sym, args: &[ObjId]) -> String {
        let mut s = format!("({}", syms.name(head));
        for &a in args {
            s.push(' ');
            s.push_str(self.objects.get(a as usize).map_or("?", |&o| syms.name(o)));
        }
        s.push(')');
        s
    }

    /// `(on a b)`
    pub fn show_atom(&self, syms: &Symbols, key: Key) -> String {
        let (p, args) = self.decode(key);
        self.show(syms, self.preds.get(p as usize).copied().unwrap_or_default(), &args)
    }

    /// `(fuel plane1)`
    pub fn show_fluent(&self, syms: &Symbols, key: Key) -> String {
        let (f, args) = self.decode(key);
        self.show(syms, self.funcs.get(f as usize).copied().unwrap_or_default(), &args)
    }

    pub fn show_ground(&self, syms: &Symbols, head: Sym, args: &[ObjId]) -> String {
        self.show(syms, head, args)
    }

    pub fn object_name<'s>(&self, syms: &'s Symbols, o: ObjId) -> &'s str {
        self.objects.get(o as usize).map_or("?", |&s| syms.name(s))
    }
}

/// The head (predicate or function id) of a packed key; `None` for a side-table key.
pub fn packed_head(key: Key) -> Option<u32> {
    (key & FALLBACK == 0).then_some((key & 0xffff) as u32)
}

/// A state: the true atoms (closed world), the derived atoms, the values of numeric fluents.
#[derive(Clone, Debug, Default)]
pub struct State {
    pub atoms: FxHashSet<Key>,
    pub derived: FxHashSet<Key>,
    pub values: FxHashMap<Key, f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_packed_and_fallback() {
        let mut w = World::default();
        let k = w.key_mut(3, &[0, 7, (1 << 22) - 2]);
        assert_eq!(w.decode(k), (3, vec![0, 7, (1 << 22) - 2]));
        assert_ne!(w.key_mut(3, &[0, 7]), w.key_mut(3, &[0, 7, 0]));
        let big = [1, 2, 3, 4, 5, 6];
        assert_eq!(w.key(9, &big), None);
        let kb = w.key_mut(9, &big);
        assert_eq!(w.key(9, &big), Some(kb));
        assert_eq!(w.decode(kb), (9, big.to_vec()));
        let k0 = w.key_mut(1, &[]);
        assert_eq!(w.decode(k0), (1, vec![]));
    }
}
