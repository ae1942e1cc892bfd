//! Bottom-up evaluation: semi-naive, stratified negation, indexed joins, budgets.
//!
//! Clauses are compiled to [`CRule`]s over slots (a rule's variables) and interned values.
//! Predicates are grouped into strata by the strongly connected components of the dependency
//! graph (petgraph), evaluated in dependency order; an SCC with a negative edge inside is not
//! stratifiable and is skipped (the lint reports the cycle). Within an SCC, the first round runs
//! every rule on the full relations, then each round runs, for every recursive body atom, the
//! variant that reads that atom's *delta* (rows new in the last round), the recursive atoms
//! before it in their *old* version and those after it in full — datafrog's shape, with row
//! ranges instead of separate relations (rows are never removed, see [`Relation`]).
//!
//! A plan orders a body greedily: the delta atom first, then filters (negation, comparisons,
//! `is`) as soon as their variables are bound, then the atom with most bound arguments, looked up
//! through an index on exactly those columns. Head variables no body atom binds range over the
//! program's constants (`$dom`), which is what a Prolog query with a constant would answer.
//!
//! Budgets: derived facts (`max_ground_atoms`), rounds (`max_steps`) and join work (rows visited,
//! `max_steps × 100`) — past any of them evaluation stops with [`Status::OutOfBudget`], never a
//! hang. Every derived row remembers its round, which is what proofs need (see `explain`).

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use rustc_hash::{FxHashMap, FxHashSet};

use super::ast::{BuiltinOp, Clause, Literal, PredKey, Program, Term, TermKind};
use super::compiled::{query_clause, CLit, CRule, Pat, Plan, Src, Step, UNBOUND};
use super::exec::{Exec, Exhausted, Mode};
use super::relation::Relation;
use super::values::{Id, Val, Values};
use crate::limits::Budget;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Complete,
    OutOfBudget(Exhausted),
}

/// An evaluation error met by a built-in (first one per literal).
#[derive(Clone, Debug)]
pub struct EvalError {
    pub rule: usize,
    pub lit: usize,
    pub message: String,
}

pub struct Engine {
    pub values: Values,
    pub rels: Vec<Relation>,
    pub rel_keys: Vec<PredKey>,
    pub rel_of: FxHashMap<PredKey, usize>,
    pub rules: Vec<CRule>,
    /// `(relation, row)` of a written fact → its clause.
    pub fact_clause: FxHashMap<(usize, u32), usize>,
    pub dom_rel: usize,
    dom_values: Vec<Id>,
    dom_filled: bool,
    pub round: u32,
    pub work: u64,
    pub derived: u64,
    pub status: Status,
    pub errors: Vec<EvalError>,
    /// Relations of unstratifiable components (not evaluated).
    pub skipped: FxHashSet<usize>,
    pub strata: usize,
    /// Derivation buffers, reused across rounds (fresh memory costs page faults).
    pool: Vec<Vec<Id>>,
    /// Per-round scratch (relation lengths, scan ranges, slots), reused: a chain of 100,000
    /// one-tuple rounds must not allocate per round (freed pages are returned to the OS and
    /// faulted in again).
    lens_buf: Vec<usize>,
    ranges_buf: Vec<(usize, usize)>,
    regs_buf: Vec<Id>,
    max_facts: u64,
    max_rounds: u64,
    max_work: u64,
}

impl Engine {
    pub fn new(budget: &Budget) -> Engine {
        let mut e = Engine {
            values: Values::default(),
            rels: Vec::new(),
            rel_keys: Vec::new(),
            rel_of: FxHashMap::default(),
            rules: Vec::new(),
            fact_clause: FxHashMap::default(),
            dom_rel: 0,
            dom_values: Vec::new(),
            dom_filled: false,
            round: 0,
            work: 0,
            derived: 0,
            status: Status::Complete,
            errors: Vec::new(),
            skipped: FxHashSet::default(),
            strata: 0,
            pool: Vec::new(),
            lens_buf: Vec::new(),
            ranges_buf: Vec::new(),
            regs_buf: Vec::new(),
            max_facts: budget.max_ground_atoms,
            max_rounds: budget.max_steps,
            max_work: budget.max_steps.saturating_mul(100),
        };
        e.dom_rel = e.rel(&PredKey { name: "$dom".to_string(), arity: 1 });
        e
    }

    /// The relation of a predicate, created on first use.
    pub fn rel(&mut self, key: &PredKey) -> usize {
        if let Some(&r) = self.rel_of.get(key) {
            return r;
        }
        let r = self.rels.len();
        self.rels.push(Relation::new(key.arity));
        self.rel_keys.push(key.clone());
        self.rel_of.insert(key.clone(), r);
        r
    }

    pub fn rel_id(&self, key: &PredKey) -> Option<usize> {
        self.rel_of.get(key).copied()
    }

    /// Load a program: ground facts into relations, everything else compiled to rules;
    /// queries become rules for `$query<i>` over their named variables.
    pub fn load(&mut self, program: &Program) {
        for rel in &mut self.rels {
            rel.start_round(0);
        }
        for (ci, clause) in program.clauses.iter().enumerate() {
            self.load_clause(ci, clause);
        }
        for (qi, q) in program.queries.iter().enumerate() {
            let vars = query_vars(q);
            let key = PredKey { name: format!("$query{qi}"), arity: vars.len() };
            let head_args: Vec<Term> = vars.iter().map(|v| Term::var(v.clone(), q.span)).collect();
            for body in &q.bodies {
                let head = super::ast::Atom {
                    pred: key.name.clone(),
                    args: head_args.clone(),
                    span: q.span,
                    name_span: q.span,
                };
                let clause = Clause { head, body: body.clone(), span: q.span, origin: super::ast::Origin::Written };
                self.compile(query_clause(qi), &clause);
            }
            self.rel(&key);
        }
    }

    fn load_clause(&mut self, ci: usize, clause: &Clause) {
        if clause.body.is_empty() && clause.head.args.iter().all(Term::is_ground) {
            let rel = self.rel(&clause.head.key());
            let tuple: Vec<Id> = clause.head.args.iter().map(|a| self.ground(a)).collect();
            for &v in &tuple {
                self.dom_values.push(v);
            }
            let relation = &mut self.rels[rel];
            if relation.insert(&tuple) {
                self.derived += 1;
                self.fact_clause.insert((rel, (relation.len() - 1) as u32), ci);
            }
        } else {
            self.compile(ci, clause);
        }
    }

    /// Add ground tuples to a relation (TSV input, KG triples).
    pub fn add_facts(&mut self, key: &PredKey, tuples: impl IntoIterator<Item = Vec<Id>>) -> usize {
        let rel = self.rel(key);
        let mut added = 0;
        for t in tuples {
            if t.len() == key.arity && self.rels[rel].insert(&t) {
                added += 1;
            }
        }
        self.derived += added as u64;
        added
    }

    /// A ground term's value (lists iteratively).
    pub fn ground(&mut self, t: &Term) -> Id {
        match &t.kind {
            TermKind::Const(c) => self.values.constant(c),
            TermKind::Compound(name, args) => {
                let f = self.values.atom(name);
                let ids: Vec<Id> = args.iter().map(|a| self.ground(a)).collect();
                self.values.intern(Val::Compound(f, ids.into()))
            }
            TermKind::List(items, tail) => {
                let ids: Vec<Id> = items.iter().map(|a| self.ground(a)).collect();
                let tail = tail.as_ref().map(|t| self.ground(t));
                self.values.list(&ids, tail)
            }
            TermKind::Var(_) => self.values.atom("_"),
        }
    }

    fn compile(&mut self, ci: usize, clause: &Clause) {
        let mut slots: Vec<String> = Vec::new();
        let head_rel = self.rel(&clause.head.key());
        let head: Vec<Pat> = clause.head.args.iter().map(|a| self.pat(a, &mut slots)).collect();
        let mut body = Vec::with_capacity(clause.body.len());
        for lit in &clause.body {
            body.push(match lit {
                Literal::Pos(a) => {
                    let rel = self.rel(&a.key());
                    CLit::Pos { rel, args: a.args.iter().map(|t| self.pat(t, &mut slots)).collect() }
                }
                Literal::Neg(a) => {
                    let rel = self.rel(&a.key());
                    CLit::Neg { rel, args: a.args.iter().map(|t| self.pat(t, &mut slots)).collect() }
                }
                Literal::Builtin { op, left, right, .. } => {
                    CLit::Builtin { op: *op, left: self.pat(left, &mut slots), right: self.pat(right, &mut slots) }
                }
                Literal::Member { elem, list, .. } => {
                    CLit::Member { elem: self.pat(elem, &mut slots), list: self.pat(list, &mut slots) }
                }
            });
        }
        self.rules.push(CRule { clause: ci, head_rel, head, body, slot_names: slots });
    }

    fn pat(&mut self, t: &Term, slots: &mut Vec<String>) -> Pat {
        if t.is_ground() {
            let id = self.ground(t);
            if matches!(t.kind, TermKind::Const(_)) {
                self.dom_values.push(id);
            }
            return Pat::Const(id);
        }
        match &t.kind {
            TermKind::Var(v) => {
                let s = match slots.iter().position(|x| x == v) {
                    Some(s) => s,
                    None => {
                        slots.push(v.clone());
                        slots.len() - 1
                    }
                };
                Pat::Slot(s.min(u16::MAX as usize) as u16)
            }
            TermKind::Compound(name, args) => {
                let f = self.values.atom(name);
                Pat::Comp(f, args.iter().map(|a| self.pat(a, slots)).collect())
            }
            TermKind::List(items, tail) => {
                let cons = self.values.atom("[|]");
                let mut acc = match tail {
                    Some(t) => self.pat(t, slots),
                    None => Pat::Const(self.values.atom("[]")),
                };
                for item in items.iter().rev() {
                    acc = Pat::Comp(cons, vec![self.pat(item, slots), acc]);
                }
                acc
            }
            TermKind::Const(_) => Pat::Const(self.ground(t)),
        }
    }

    fn fill_dom(&mut self) {
        if self.dom_filled {
            return;
        }
        self.dom_filled = true;
        let vals = std::mem::take(&mut self.dom_values);
        let rel = &mut self.rels[self.dom_rel];
        for v in vals {
            rel.insert(&[v]);
        }
    }

    /// Evaluate everything, stratum by stratum.
    pub fn run(&mut self) {
        let strata = self.strata();
        self.strata = strata.len();
        for scc in strata {
            if self.status != Status::Complete {
                break;
            }
            self.eval_scc(&scc);
        }
    }

    /// The predicate dependency graph (edges body → head; `true` when negative).
    pub fn dependency_graph(&self) -> DiGraphMap<usize, bool, rustc_hash::FxBuildHasher> {
        let mut g = DiGraphMap::default();
        for r in 0..self.rels.len() {
            g.add_node(r);
        }
        for rule in &self.rules {
            for lit in &rule.body {
                let (rel, neg) = match lit {
                    CLit::Pos { rel, .. } => (*rel, false),
                    CLit::Neg { rel, .. } => (*rel, true),
                    _ => continue,
                };
                let old = g.edge_weight(rel, rule.head_rel).copied().unwrap_or(false);
                g.add_edge(rel, rule.head_rel, old || neg);
            }
        }
        g
    }

    /// SCCs in evaluation order (dependencies first).
    fn strata(&self) -> Vec<Vec<usize>> {
        let g = self.dependency_graph();
        let mut sccs = tarjan_scc(&g);
        sccs.reverse();
        sccs
    }

    fn eval_scc(&mut self, scc: &[usize]) {
        let in_scc: FxHashSet<usize> = scc.iter().copied().collect();
        let rules: Vec<usize> = (0..self.rules.len()).filter(|&i| in_scc.contains(&self.rules[i].head_rel)).collect();
        if rules.is_empty() {
            return;
        }
        // Negation inside the component: not stratifiable.
        let negative_inside = rules
            .iter()
            .any(|&i| self.rules[i].body.iter().any(|l| matches!(l, CLit::Neg { rel, .. } if in_scc.contains(rel))));
        let depends_on_skipped = rules.iter().any(|&i| {
            self.rules[i]
                .body
                .iter()
                .any(|l| matches!(l, CLit::Pos { rel, .. } | CLit::Neg { rel, .. } if self.skipped.contains(rel)))
        });
        if negative_inside || depends_on_skipped {
            self.skipped.extend(scc.iter().copied());
            return;
        }
        // Round one: the rules with no recursive atom, on the full relations.
        let base: Vec<usize> = rules
            .iter()
            .copied()
            .filter(|&i| !self.rules[i].body.iter().any(|l| matches!(l, CLit::Pos { rel, .. } if in_scc.contains(rel))))
            .collect();
        let first: Vec<Plan> = base.iter().map(|&i| self.plan(i, None, &[], None)).collect();
        let uses_dom = |plans: &[Plan]| plans.iter().any(|p| p.steps.iter().any(|s| matches!(s, Step::Dom { .. })));
        if uses_dom(&first) {
            self.fill_dom();
        }
        let mut deltas: FxHashMap<usize, (usize, usize)> = scc.iter().map(|&r| (r, (0, 0))).collect();
        self.round += 1;
        self.run_plans(&first, &deltas, scc);
        // The first delta is everything known so far (facts and round one).
        for &r in scc {
            deltas.insert(r, (0, self.rels[r].len()));
        }
        let mut any = scc.iter().any(|&r| !self.rels[r].is_empty());
        let mut first_variant_round = true;
        // Recursive variants: one per recursive body atom.
        let mut variants = Vec::new();
        for &i in &rules {
            for (li, lit) in self.rules[i].body.iter().enumerate() {
                if matches!(lit, CLit::Pos { rel, .. } if in_scc.contains(rel)) {
                    variants.push((i, li));
                }
            }
        }
        if variants.is_empty() {
            return;
        }
        let plans: Vec<Plan> = variants.iter().map(|&(i, li)| self.plan(i, Some(li), &[], Some(&in_scc))).collect();
        if uses_dom(&plans) {
            self.fill_dom();
        }
        // Relations below this component no longer change: dense one-column indexes.
        let values = self.values.len();
        for &i in &rules {
            for lit in &self.rules[i].body {
                if let CLit::Pos { rel, .. } = lit {
                    if !in_scc.contains(rel) {
                        self.rels[*rel].freeze(values);
                    }
                }
            }
        }
        let mut rounds = 1u64;
        while any && self.status == Status::Complete {
            if first_variant_round {
                first_variant_round = false;
                self.round += 1;
                any = self.run_plans(&plans, &deltas, scc);
                continue;
            }
            for &r in scc {
                let len = self.rels[r].len();
                deltas.insert(r, (self.rel_round_start(r).min(len), len));
            }
            rounds += 1;
            if rounds > self.max_rounds {
                self.status = Status::OutOfBudget(Exhausted::Rounds);
                return;
            }
            self.round += 1;
            any = self.run_plans(&plans, &deltas, scc);
        }
    }

    /// The first row of the latest round of a relation.
    fn rel_round_start(&self, r: usize) -> usize {
        self.rels[r].rows_before(self.round)
    }

    /// Run plans of one round; derived tuples are added after all have run. True when anything is new.
    /// Run the plans of one round. Every scan reads only rows that existed when the round
    /// started (lengths are taken first), so what one plan derives is not seen by another in
    /// the same round and every row of round `r` has premises from rounds before `r` (what
    /// proofs rely on). Derived tuples go into the head relation in slices — a plan whose first
    /// step scans a range runs over `SLICE_ROWS` rows of it at a time — so derivation buffers
    /// stay small however large a round is. True when anything is new.
    fn run_plans(&mut self, plans: &[Plan], deltas: &FxHashMap<usize, (usize, usize)>, scc: &[usize]) -> bool {
        const SLICE_ROWS: usize = 1 << 22;
        for &r in scc {
            self.rels[r].start_round(self.round);
        }
        let mut lens = std::mem::take(&mut self.lens_buf);
        lens.clear();
        lens.extend(self.rels.iter().map(Relation::len));
        let mut ranges = std::mem::take(&mut self.ranges_buf);
        let mut regs = std::mem::take(&mut self.regs_buf);
        let mut any = false;
        let mut out = self.pool.pop().unwrap_or_default();
        for plan in plans {
            if self.status != Status::Complete {
                break;
            }
            ranges.clear();
            ranges.extend(plan.steps.iter().map(|s| match s {
                Step::Scan { rel, src, .. } => match (src, deltas.get(rel)) {
                    (Src::Delta, Some(&(lo, hi))) => (lo, hi),
                    (Src::Old, Some(&(lo, _))) => (0, lo),
                    _ => (0, lens[*rel]),
                },
                _ => (0, usize::MAX),
            }));
            let sliced = matches!(plan.steps.first(), Some(Step::Scan { index: None, exists: false, .. }));
            let (first_lo, first_hi) = ranges.first().copied().unwrap_or((0, 0));
            let mut lo = first_lo;
            loop {
                if sliced {
                    ranges[0] = (lo, first_hi.min(lo.saturating_add(SLICE_ROWS)));
                }
                let rule = &self.rules[plan.rule];
                let head_rel = rule.head_rel;
                regs.clear();
                regs.resize(rule.slot_names.len(), UNBOUND);
                let mode = Mode::Derive { out: &mut out, facts_left: self.max_facts.saturating_sub(self.derived) };
                let regs_in = std::mem::take(&mut regs);
                let mut exec = Exec::new(&self.rels, &mut self.values, &plan.steps, &ranges, &rule.head, regs_in, mode);
                exec.work_left = self.max_work.saturating_sub(self.work);
                exec.go();
                let (work_used, error, stopped) = (exec.work_used, exec.error.take(), exec.stopped);
                regs = std::mem::take(&mut exec.regs);
                self.work += work_used;
                // A rule whose head variables range over every constant meets type errors by
                // construction (`a >= 3`): those are not the program's mistakes.
                let ranges_over_constants = plan.steps.iter().any(|s| matches!(s, Step::Dom { .. }));
                if let Some((lit, message)) = error.filter(|_| !ranges_over_constants) {
                    if !self.errors.iter().any(|e| e.rule == plan.rule && e.lit == lit) {
                        self.errors.push(EvalError { rule: plan.rule, lit, message });
                    }
                }
                if let Some(reason) = stopped {
                    self.status = Status::OutOfBudget(reason);
                }
                let relation = &mut self.rels[head_rel];
                let flat: &[Id] = if relation.arity == 0 && !out.is_empty() { &out[..1] } else { &out };
                let added = relation.insert_batch(flat);
                out.clear();
                any |= added > 0;
                self.derived += added as u64;
                if self.derived > self.max_facts {
                    self.status = Status::OutOfBudget(Exhausted::DerivedFacts);
                }
                lo = lo.saturating_add(SLICE_ROWS);
                if !sliced || lo >= first_hi || self.status != Status::Complete {
                    break;
                }
            }
        }
        self.pool.push(out);
        self.lens_buf = lens;
        self.ranges_buf = ranges;
        self.regs_buf = regs;
        for &r in scc {
            self.rels[r].refresh_indexes();
        }
        any
    }

    /// Order a rule's body into steps. `delta`: the body atom that reads the delta; `prebound`:
    /// slots bound before the plan runs (proofs and why-not bind the head first).
    pub fn plan(
        &mut self,
        rule_i: usize,
        delta: Option<usize>,
        prebound: &[u16],
        scc: Option<&FxHashSet<usize>>,
    ) -> Plan {
        let rule = self.rules[rule_i].clone();
        let n = rule.slot_names.len();
        let mut bound = vec![false; n];
        for &s in prebound {
            bound[s as usize] = true;
        }
        let mut remaining: Vec<usize> = (0..rule.body.len()).collect();
        let mut steps = Vec::new();
        // Slots some positive atom or binding built-in could bind: the others are local to a negation.
        let bindable: FxHashSet<u16> = rule
            .body
            .iter()
            .filter(|l| !matches!(l, CLit::Neg { .. }))
            .flat_map(|l| l.slots())
            .chain(prebound.iter().copied())
            .collect();
        if let Some(d) = delta {
            remaining.retain(|&x| x != d);
            steps.push(self.step(&rule, d, &mut bound, Src::Delta));
        }
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|&li| filter_ready(&rule.body[li], &bound, &bindable));
            let pick = match ready {
                Some(p) => p,
                None => {
                    let best = remaining
                        .iter()
                        .enumerate()
                        .filter(|(_, &li)| matches!(rule.body[li], CLit::Pos { .. }))
                        .max_by_key(|(k, &li)| {
                            let CLit::Pos { args, .. } = &rule.body[li] else { return (0, 0, 0) };
                            let b = args.iter().filter(|a| a.all_bound(&bound)).count();
                            (b, usize::MAX - args.len(), usize::MAX - k)
                        })
                        .map(|(k, _)| k);
                    match best {
                        Some(k) => k,
                        None => {
                            // Only filters are left and they wait for head variables no atom
                            // binds: range those over the constants first.
                            let mut head_slots = Vec::new();
                            rule.head.iter().for_each(|p| p.slots(&mut head_slots));
                            let waiting: Vec<u16> = remaining
                                .iter()
                                .flat_map(|&li| rule.body[li].slots())
                                .filter(|s| !bound[*s as usize] && head_slots.contains(s))
                                .collect();
                            if waiting.is_empty() {
                                0
                            } else {
                                for s in waiting {
                                    if !bound[s as usize] {
                                        bound[s as usize] = true;
                                        steps.push(Step::Dom { rel: self.dom_rel, slot: s });
                                    }
                                }
                                continue;
                            }
                        }
                    }
                }
            };
            let li = remaining.remove(pick);
            let src = match &rule.body[li] {
                CLit::Pos { rel, .. } if delta.is_some_and(|d| li < d) && scc.is_some_and(|c| c.contains(rel)) => {
                    Src::Old
                }
                _ => Src::Full,
            };
            steps.push(self.step(&rule, li, &mut bound, src));
        }
        let mut head_slots = Vec::new();
        rule.head.iter().for_each(|p| p.slots(&mut head_slots));
        for s in head_slots {
            if !bound[s as usize] {
                bound[s as usize] = true;
                steps.push(Step::Dom { rel: self.dom_rel, slot: s });
            }
        }
        Plan { rule: rule_i, steps }
    }

    fn step(&mut self, rule: &CRule, li: usize, bound: &mut [bool], src: Src) -> Step {
        let lit = &rule.body[li];
        let newly = |bound: &[bool], slots: Vec<u16>| -> Vec<u16> {
            let mut v: Vec<u16> = slots.into_iter().filter(|s| !bound[*s as usize]).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let step = match lit {
            CLit::Pos { rel, args } => {
                let mut key_cols = Vec::new();
                let mut key = Vec::new();
                let mut rest = Vec::new();
                for (c, a) in args.iter().enumerate() {
                    if a.all_bound(bound) {
                        key_cols.push(c);
                        key.push(a.clone());
                    } else {
                        rest.push((c, a.clone()));
                    }
                }
                let binds = newly(bound, lit.slots());
                let exists = !args.is_empty() && key_cols.len() == args.len();
                let index =
                    if key_cols.is_empty() || exists { None } else { Some(self.rels[*rel].index_for(&key_cols)) };
                Step::Scan { lit: li, rel: *rel, src, index, key, rest, binds, exists }
            }
            CLit::Neg { rel, args } => {
                let mut key_cols = Vec::new();
                let mut key = Vec::new();
                for (c, a) in args.iter().enumerate() {
                    if a.all_bound(bound) {
                        key_cols.push(c);
                        key.push(a.clone());
                    }
                }
                let all = key_cols.len() == args.len();
                let index = if key_cols.is_empty() || all { None } else { Some(self.rels[*rel].index_for(&key_cols)) };
                Step::Neg { lit: li, rel: *rel, index, key, all }
            }
            CLit::Builtin { op, left, right } => {
                let binds = newly(bound, lit.slots());
                Step::Builtin { lit: li, op: *op, left: left.clone(), right: right.clone(), binds }
            }
            CLit::Member { elem, list } => {
                let binds = newly(bound, lit.slots());
                Step::Member { lit: li, elem: elem.clone(), list: list.clone(), binds }
            }
        };
        if !matches!(lit, CLit::Neg { .. }) {
            for s in lit.slots() {
                bound[s as usize] = true;
            }
        }
        step
    }
}

/// Whether a filter literal (negation, built-in, member) can run with these bindings.
fn filter_ready(lit: &CLit, bound: &[bool], bindable: &FxHashSet<u16>) -> bool {
    match lit {
        CLit::Pos { .. } => false,
        CLit::Neg { .. } => lit.slots().iter().all(|s| bound[*s as usize] || !bindable.contains(s)),
        CLit::Builtin { op: BuiltinOp::Is, right, .. } => right.all_bound(bound),
        CLit::Builtin { op: BuiltinOp::Unify, left, right } => left.all_bound(bound) || right.all_bound(bound),
        CLit::Builtin { .. } => lit.slots().iter().all(|s| bound[*s as usize]),
        CLit::Member { list, .. } => list.all_bound(bound),
    }
}

/// The named variables of a query, in order of first appearance (`_`-names left out).
pub fn query_vars(q: &super::ast::Query) -> Vec<String> {
    let mut vars: Vec<String> = Vec::new();
    for body in &q.bodies {
        for lit in body {
            let mut vs = Vec::new();
            lit.vars(&mut vs);
            for (v, _) in vs {
                if !v.starts_with('_') && !vars.iter().any(|x| x == v) {
                    vars.push(v.to_string());
                }
            }
        }
    }
    vars
}
