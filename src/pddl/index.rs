//! Name tables of a domain and a problem: what is declared, where, with which types.
//!
//! Built once from the AST and shared by the linter and the plan validator. Lookups never fail
//! hard: an undeclared name is simply absent, and it is the linter's job to report it.

use rustc_hash::{FxHashMap, FxHashSet};

use super::ast::*;
use crate::limits::Ctx;
use crate::source::Span;

/// The types a typed name belongs to (`object` when none was written).
pub fn declared_types(tn: &TypedName, object: Sym) -> Vec<Sym> {
    match &tn.ty {
        None => vec![object],
        Some(t) => t.names().iter().map(|n| n.sym).collect(),
    }
}

/// Parent types in `:types` that are not declared themselves but are a near miss of a declared
/// type (`truck - vehical` next to `vehicle`), mapped to that type. The linter reports them; the
/// index reads them as the type they resemble, so their subtypes do not all mismatch.
fn misspelled_parents(ctx: &Ctx, domain: &Domain, syms: &Symbols, object: Sym) -> FxHashMap<Sym, Sym> {
    let declared: FxHashSet<Sym> = domain.types.iter().map(|t| t.name.sym).chain([object]).collect();
    let names: Vec<&str> = declared.iter().map(|&s| syms.name(s)).collect();
    let mut out = FxHashMap::default();
    for p in domain.types.iter().filter_map(|t| t.ty.as_ref()).flat_map(TypeRef::names) {
        if declared.contains(&p.sym) || out.contains_key(&p.sym) {
            continue;
        }
        if let Some(best) =
            crate::suggest::closest(ctx, syms.name(p.sym), names.iter().copied()).and_then(|b| syms.get(b))
        {
            out.insert(p.sym, best);
        }
    }
    out
}

#[derive(Debug, Default)]
pub struct DomainIndex {
    pub object: Sym,
    pub number: Sym,
    /// Each declared type and its parents.
    pub types: FxHashMap<Sym, Vec<Sym>>,
    pub type_spans: FxHashMap<Sym, Span>,
    /// Predicate name → index into `Domain::predicates`.
    pub predicates: FxHashMap<Sym, usize>,
    /// Predicates defined by `:derived` rules → indices into `Domain::derived`.
    pub derived: FxHashMap<Sym, Vec<usize>>,
    pub functions: FxHashMap<Sym, usize>,
    pub constants: FxHashMap<Sym, usize>,
    pub actions: FxHashMap<Sym, usize>,
    /// Whether the domain declares `:typing` or types (type checks apply).
    pub typed: bool,
}

impl DomainIndex {
    pub fn new(ctx: &Ctx, domain: &Domain, syms: &mut Symbols) -> DomainIndex {
        let object = syms.intern("object");
        let number = syms.intern("number");
        let mut index = DomainIndex { object, number, ..DomainIndex::default() };
        index.types.insert(object, Vec::new());
        let misspelled = misspelled_parents(ctx, domain, syms, object);
        for t in &domain.types {
            let parents = declared_types(t, object).into_iter().map(|p| misspelled.get(&p).copied().unwrap_or(p));
            let entry = index.types.entry(t.name.sym).or_default();
            for p in parents {
                if p != t.name.sym && !entry.contains(&p) {
                    entry.push(p);
                }
            }
            index.type_spans.entry(t.name.sym).or_insert(t.name.span);
        }
        // A parent named in `:types` but never declared itself (`truck - vehicle` without
        // `vehicle - object`) is implicitly a subtype of `object`, as planners read it.
        for t in &domain.types {
            for p in t.ty.iter().flat_map(TypeRef::names).filter(|p| !misspelled.contains_key(&p.sym)) {
                if let std::collections::hash_map::Entry::Vacant(entry) = index.types.entry(p.sym) {
                    entry.insert(Vec::new());
                    index.type_spans.insert(p.sym, p.span);
                }
            }
        }
        for (i, p) in domain.predicates.iter().enumerate() {
            index.predicates.entry(p.name.sym).or_insert(i);
        }
        for (i, d) in domain.derived.iter().enumerate() {
            index.derived.entry(d.name.sym).or_default().push(i);
        }
        for (i, f) in domain.functions.iter().enumerate() {
            index.functions.entry(f.name.sym).or_insert(i);
        }
        for (i, c) in domain.constants.iter().enumerate() {
            index.constants.entry(c.name.sym).or_insert(i);
        }
        for (i, a) in domain.actions.iter().enumerate() {
            index.actions.entry(a.name.sym).or_insert(i);
        }
        index.typed = !domain.types.is_empty()
            || domain.requirements.iter().any(|r| r.req.implied().contains(&Requirement::Typing))
            || domain.constants.iter().any(|c| c.ty.is_some());
        index
    }

    /// Whether `t` is `of` or one of its descendants. Safe on cyclic hierarchies.
    pub fn is_subtype(&self, t: Sym, of: Sym) -> bool {
        if t == of || of == self.object {
            return true;
        }
        let mut seen = FxHashSet::default();
        let mut stack = vec![t];
        while let Some(cur) = stack.pop() {
            if cur == of {
                return true;
            }
            if !seen.insert(cur) {
                continue;
            }
            if let Some(parents) = self.types.get(&cur) {
                stack.extend(parents.iter().copied());
            }
        }
        false
    }

    /// Whether an object of any of the types `have` may stand where one of `want` is required.
    pub fn object_fits(&self, have: &[Sym], want: &[Sym]) -> bool {
        have.iter().any(|&h| want.iter().any(|&w| self.is_subtype(h, w)))
    }

    /// Whether a variable of types `have` may stand where `want` is required: the types must
    /// overlap (one a subtype of the other).
    pub fn types_overlap(&self, have: &[Sym], want: &[Sym]) -> bool {
        have.iter().any(|&h| want.iter().any(|&w| self.is_subtype(h, w) || self.is_subtype(w, h)))
    }
}
