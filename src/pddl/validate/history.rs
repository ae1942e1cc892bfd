//! Goal history: which atoms are watched so that a false goal can name the step that last
//! changed it (the goal's ground atoms, or every atom when the goal quantifies).

use rustc_hash::FxHashSet;

use crate::pddl::eval::*;
use crate::pddl::state::{Key, ObjId, World};

/// The ground derived atoms of a goal.
pub(super) fn derived_goal_atoms(world: &World, f: &CFormula, out: &mut Vec<Key>) {
    match f {
        CFormula::Atom { pred, args, derived: true, .. } => {
            let ground: Option<Vec<ObjId>> =
                args.iter().map(|t| if let CTerm::Obj(o) = t { Some(*o) } else { None }).collect();
            if let Some(k) = ground.and_then(|g| world.key(*pred, &g)) {
                out.push(k);
            }
        }
        CFormula::Not(i, _) => derived_goal_atoms(world, i, out),
        CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().for_each(|p| derived_goal_atoms(world, p, out)),
        CFormula::Imply(a, b, _) => {
            derived_goal_atoms(world, a, out);
            derived_goal_atoms(world, b, out);
        }
        _ => {}
    }
}

/// The atoms whose history is kept.
pub(super) enum Watched {
    All,
    /// The keys, and which predicates they have (a cheap filter before the hash probe).
    Some(FxHashSet<Key>, Vec<bool>),
}

impl Watched {
    pub(super) fn contains(&self, k: &Key) -> bool {
        match self {
            Watched::All => true,
            Watched::Some(set, preds) => {
                !set.is_empty()
                    && crate::pddl::state::packed_head(*k)
                        .is_none_or(|p| preds.get(p as usize).copied().unwrap_or(false))
                    && set.contains(k)
            }
        }
    }
}

/// The ground atoms of a goal; all atoms when the goal has atoms over quantified variables.
pub(super) fn watch_goal(world: &mut World, goal: &CFormula) -> Watched {
    fn walk(world: &mut World, f: &CFormula, out: &mut FxHashSet<Key>) -> bool {
        match f {
            CFormula::Atom { pred, args, .. } => {
                let ground: Option<Vec<ObjId>> =
                    args.iter().map(|t| if let CTerm::Obj(o) = t { Some(*o) } else { None }).collect();
                match ground {
                    Some(g) => {
                        out.insert(world.key_mut(*pred, &g));
                        true
                    }
                    None => args.iter().all(|t| !matches!(t, CTerm::Slot(..))),
                }
            }
            CFormula::Not(i, _) => walk(world, i, out),
            CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().all(|p| walk(world, p, out)),
            CFormula::Imply(a, b, _) => walk(world, a, out) & walk(world, b, out),
            CFormula::Quant { body, .. } => {
                walk(world, body, out);
                false
            }
            CFormula::True | CFormula::Eq(..) | CFormula::Cmp(..) => true,
        }
    }
    let mut set = FxHashSet::default();
    if walk(world, goal, &mut set) {
        let mut preds = vec![false; world.preds.len()];
        for &k in &set {
            if let Some(p) = preds.get_mut(world.decode(k).0 as usize) {
                *p = true;
            }
        }
        Watched::Some(set, preds)
    } else {
        Watched::All
    }
}
