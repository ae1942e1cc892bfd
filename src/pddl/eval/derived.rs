//! Derived predicates: rules grouped into strata by the strongly connected components of their
//! dependency graph (petgraph), each computed to a fixpoint per state. Work (ground rule
//! instances) is counted against a limit.

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use rustc_hash::FxBuildHasher;

use super::compiled::*;
use super::evaluate::Eval;
use crate::pddl::ast::*;
use crate::pddl::state::{Key, State, World};

/// Derived predicates: their rules, grouped in strata evaluated in order.
#[derive(Debug, Default)]
pub struct DerivedRules {
    pub rules: Vec<CDerived>,
    /// Rule indices per stratum, lowest first.
    pub strata: Vec<Vec<usize>>,
}

impl DerivedRules {
    pub fn new(rules: Vec<CDerived>) -> DerivedRules {
        // Dependency graph between derived predicates: body predicate → head predicate.
        let mut graph: DiGraphMap<u32, (), FxBuildHasher> = DiGraphMap::default();
        for r in &rules {
            graph.add_node(r.pred);
            let mut deps = Vec::new();
            derived_deps(&r.body, &mut deps);
            for d in deps {
                graph.add_edge(d, r.pred, ());
            }
        }
        // tarjan_scc yields components in reverse topological order.
        let mut strata: Vec<Vec<usize>> = tarjan_scc(&graph)
            .into_iter()
            .rev()
            .map(|comp| (0..rules.len()).filter(|&i| comp.contains(&rules[i].pred)).collect::<Vec<_>>())
            .filter(|s: &Vec<usize>| !s.is_empty())
            .collect();
        strata.retain(|s| !s.is_empty());
        DerivedRules { rules, strata }
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Recompute the derived atoms of `state`. `work` counts ground rule instances evaluated
    /// and is checked against `limit`.
    pub fn compute(
        &self,
        world: &World,
        syms: &Symbols,
        state: &mut State,
        work: &mut u64,
        limit: u64,
    ) -> Result<(), EvalError> {
        state.derived.clear();
        for stratum in &self.strata {
            loop {
                let mut new: Vec<Key> = Vec::new();
                {
                    let eval =
                        Eval { world, state, syms, total_time: 0.0, duration: 0.0, violated: None, bindings: None };
                    for &ri in stratum {
                        let rule = &self.rules[ri];
                        let mut env = vec![0; rule.slots.max(rule.domains.len())];
                        let mut idx = vec![0usize; rule.domains.len()];
                        if rule.domains.iter().any(|d| d.is_empty()) {
                            continue;
                        }
                        loop {
                            for (i, d) in rule.domains.iter().enumerate() {
                                env[i] = d[idx[i]];
                            }
                            *work += 1;
                            if *work > limit {
                                return Err(EvalError::Budget);
                            }
                            if let Some(k) = world.key(rule.pred, &env[..rule.domains.len()]) {
                                if !state.derived.contains(&k) && eval.holds(&rule.body, &mut env)? {
                                    new.push(k);
                                }
                            }
                            // Odometer over the parameters' domains.
                            let mut i = 0;
                            loop {
                                if i == idx.len() {
                                    break;
                                }
                                idx[i] += 1;
                                if idx[i] < rule.domains[i].len() {
                                    break;
                                }
                                idx[i] = 0;
                                i += 1;
                            }
                            if i == idx.len() {
                                break;
                            }
                        }
                    }
                }
                let before = state.derived.len();
                state.derived.extend(new);
                if state.derived.len() == before {
                    break;
                }
            }
        }
        Ok(())
    }
}

fn derived_deps(f: &CFormula, out: &mut Vec<u32>) {
    match f {
        CFormula::Atom { pred, derived: true, .. } => out.push(*pred),
        CFormula::Not(i, _) => derived_deps(i, out),
        CFormula::And(ps, _) | CFormula::Or(ps, _) => ps.iter().for_each(|p| derived_deps(p, out)),
        CFormula::Imply(a, b, _) => {
            derived_deps(a, out);
            derived_deps(b, out);
        }
        CFormula::Quant { body, .. } => derived_deps(body, out),
        _ => {}
    }
}
