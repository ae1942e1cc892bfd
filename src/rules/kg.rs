//! Knowledge-graph chain rules (ChatRule / AMIE) and their quality metrics.
//!
//! A rule `r <-- b1, b2, …, bk` reads `b1(x, z1) ∧ b2(z1, z2) ∧ … ∧ bk(z_{k-1}, y) ⇒ r(x, y)`;
//! `inv_b(a, c)` is `b(c, a)`. Lines may carry ChatRule's published metrics in front
//! (`support \t coverage \t confidence \t pca_confidence \t rule`). Over a KG of TSV triples the
//! metrics are computed as AMIE defines them (and ChatRule's `rank_rule.py` computes them):
//!
//! - support: head facts `r(h, t)` (as listed, duplicates kept) with a body path from `h` to `t`;
//! - coverage (head coverage): support / number of head facts;
//! - confidence: support / number of distinct pairs `(x, y)` joined by a body path;
//! - PCA confidence: support / number of such pairs whose `x` is the subject of some head fact.
//!
//! `inv_r` relations come from the KG's own `inv_r` triples when it has any (ChatRule's
//! `facts.txt.inv` lists them, and only for `facts.txt`), otherwise from reversing `r`.
//! Paths are expanded per start entity with a stamped visited array: no pair matrix is built.

use std::sync::Arc;

use std::time::Instant;

use rustc_hash::FxHashMap;
use serde_json::{json, Value};

use super::RulesOptions;
use crate::limits::Ctx;
use crate::report::codes;
use crate::report::{Diagnostic, Fix, Report, Verdict};
use crate::source::{SourceFile, Span};

/// Whether a text is a file of chain rules (`head <-- body` lines and no Prolog `:-`).
pub fn detect(text: &str) -> bool {
    let mut arrows = 0;
    for line in text.lines().take(2000) {
        if line.contains(":-") || line.contains(">>>") {
            return false;
        }
        if line.contains("<--") {
            arrows += 1;
        }
    }
    arrows > 0
}

/// One chain rule as written.
#[derive(Clone, Debug)]
pub struct ChainRule {
    pub head: String,
    pub body: Vec<String>,
    pub span: Span,
    /// `(span, name)` of each relation name: head first.
    pub names: Vec<(Span, String)>,
    pub published: Option<[f64; 4]>,
}

/// Read chain rules; unreadable lines are diagnostics.
pub fn read_rules(src: &SourceFile) -> (Vec<ChainRule>, Vec<Diagnostic>) {
    let mut rules = Vec::new();
    let mut ds = Vec::new();
    let mut offset = 0;
    for raw in src.text().split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() || line.trim_start().starts_with('#') || line.trim_start().starts_with('%') {
            continue;
        }
        let Some(arrow) = line.find("<--") else {
            ds.push(
                Diagnostic::new(&codes::RULES_SYNTAX_ERROR, "expected a chain rule `head <-- body1, body2`")
                    .at(src, Span::new(start, start + line.len())),
            );
            continue;
        };
        // Published metrics: tab-separated numbers before the rule.
        let before = &line[..arrow];
        let (metrics, head_part, head_off) = match before.rfind('\t') {
            Some(t) => (Some(&before[..t]), &before[t + 1..], t + 1),
            None => (None, before, 0),
        };
        let published = metrics.and_then(|m| {
            let xs: Vec<f64> = m.split('\t').filter_map(|x| x.trim().parse().ok()).collect();
            (xs.len() == 4).then(|| [xs[0], xs[1], xs[2], xs[3]])
        });
        let head = head_part.trim();
        let mut names = Vec::new();
        let hs = start + head_off + (head_part.len() - head_part.trim_start().len());
        names.push((Span::new(hs, hs + head.len()), head.to_string()));
        let body_text = &line[arrow + 3..];
        let mut body = Vec::new();
        let mut pos = start + arrow + 3;
        for part in body_text.split(',') {
            let name = part.trim();
            let s = pos + (part.len() - part.trim_start().len());
            pos += part.len() + 1;
            if name.is_empty() {
                continue;
            }
            names.push((Span::new(s, s + name.len()), name.to_string()));
            body.push(name.to_string());
        }
        if head.is_empty() || body.is_empty() || names.iter().any(|(_, n)| n.contains(char::is_whitespace)) {
            ds.push(
                Diagnostic::new(
                    &codes::RULES_SYNTAX_ERROR,
                    "expected a chain rule `head <-- body1, body2` with relation names",
                )
                .at(src, Span::new(start, start + line.len())),
            );
            continue;
        }
        let span = Span::new(start + head_off, start + line.len());
        rules.push(ChainRule { head: head.to_string(), body, span, names, published });
    }
    (rules, ds)
}

/// The graph: entities and relations interned, adjacency lists per relation.
pub struct Graph {
    pub entities: FxHashMap<String, u32>,
    pub relations: FxHashMap<String, usize>,
    /// Per relation: `(head, tail)` facts as listed (duplicates kept).
    pub facts: Vec<Vec<(u32, u32)>>,
    /// Per relation: adjacency `head → tails` (deduplicated).
    adj: Vec<FxHashMap<u32, Vec<u32>>>,
    explicit_inverses: bool,
}

impl Graph {
    /// Read TSV triples (tab- or space-separated).
    pub fn read(src: &SourceFile) -> (Graph, Vec<Diagnostic>) {
        let mut g = Graph {
            entities: FxHashMap::default(),
            relations: FxHashMap::default(),
            facts: Vec::new(),
            adj: Vec::new(),
            explicit_inverses: false,
        };
        let mut ds = Vec::new();
        let mut offset = 0;
        for raw in src.text().split_inclusive('\n') {
            let start = offset;
            offset += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> =
                if line.contains('\t') { line.split('\t').collect() } else { line.split_whitespace().collect() };
            if fields.len() != 3 {
                if ds.len() < 20 {
                    ds.push(
                        Diagnostic::new(
                            &codes::RULES_KG_BAD_TRIPLE,
                            format!("expected `head relation tail`, found {} field(s)", fields.len()),
                        )
                        .at(src, Span::new(start, start + line.len())),
                    );
                }
                continue;
            }
            let h = g.entity(fields[0].trim());
            let t = g.entity(fields[2].trim());
            let r = g.relation(fields[1].trim());
            g.facts[r].push((h, t));
            g.explicit_inverses |= fields[1].starts_with("inv_");
        }
        for r in 0..g.facts.len() {
            let adj = adjacency_of(g.facts[r].iter().copied());
            g.adj.push(adj);
        }
        (g, ds)
    }

    fn entity(&mut self, name: &str) -> u32 {
        let n = self.entities.len() as u32;
        *self.entities.entry(name.to_string()).or_insert(n)
    }

    fn relation(&mut self, name: &str) -> usize {
        let n = self.relations.len();
        let r = *self.relations.entry(name.to_string()).or_insert(n);
        if r == self.facts.len() {
            self.facts.push(Vec::new());
        }
        r
    }

    /// The adjacency of a body relation (an `inv_` relation reversed when the KG has no inverses).
    fn adjacency(&mut self, name: &str) -> Option<usize> {
        if let Some(&r) = self.relations.get(name) {
            return Some(r);
        }
        let base = name.strip_prefix("inv_")?;
        if self.explicit_inverses {
            return None;
        }
        let &b = self.relations.get(base)?;
        let adj = adjacency_of(self.facts[b].iter().map(|&(h, t)| (t, h)));
        let r = self.relation(name);
        self.adj.push(adj);
        Some(r)
    }

    /// Known relation names, for did-you-mean.
    fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.relations.keys().cloned().collect();
        if !self.explicit_inverses {
            v.extend(self.relations.keys().filter(|k| !k.starts_with("inv_")).map(|k| format!("inv_{k}")));
        }
        v.sort();
        v
    }
}

/// The metrics of one rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub support: u64,
    pub coverage: f64,
    pub confidence: f64,
    pub pca_confidence: f64,
    /// Distinct body pairs, and those whose subject has a head fact.
    pub body_pairs: u64,
    pub pca_body_pairs: u64,
}

/// Compute AMIE's metrics for a chain rule; `None` when a relation is unknown. `work` is
/// decreased by the adjacency entries visited; at zero the computation stops (`None`).
pub fn metrics(g: &mut Graph, rule: &ChainRule, work: &mut u64) -> Option<Metrics> {
    let head = *g.relations.get(&rule.head)?;
    let body: Vec<usize> = rule.body.iter().map(|b| g.adjacency(b)).collect::<Option<_>>()?;
    let n = g.entities.len();
    let mut stamp = vec![0u32; n];
    let mut gen = 0u32;
    let mut frontier: Vec<u32> = Vec::new();
    let mut next: Vec<u32> = Vec::new();
    // Head facts grouped by subject.
    let mut by_subject: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for &(h, t) in &g.facts[head] {
        by_subject.entry(h).or_default().push(t);
    }
    let (mut support, mut pairs, mut pca_pairs) = (0u64, 0u64, 0u64);
    let starts: Vec<u32> = g.adj[body[0]].keys().copied().collect();
    let mut reach = vec![0u32; n];
    let mut reach_gen = 0u32;
    for x in starts {
        frontier.clear();
        frontier.push(x);
        for &b in &body {
            gen += 1;
            next.clear();
            for &y in &frontier {
                if let Some(ts) = g.adj[b].get(&y) {
                    *work = work.checked_sub(ts.len() as u64 + 1)?;
                    for &t in ts {
                        if stamp[t as usize] != gen {
                            stamp[t as usize] = gen;
                            next.push(t);
                        }
                    }
                }
            }
            std::mem::swap(&mut frontier, &mut next);
            if frontier.is_empty() {
                break;
            }
        }
        if frontier.is_empty() {
            continue;
        }
        pairs += frontier.len() as u64;
        if let Some(tails) = by_subject.get(&x) {
            pca_pairs += frontier.len() as u64;
            reach_gen += 1;
            for &y in &frontier {
                reach[y as usize] = reach_gen;
            }
            support += tails.iter().filter(|&&t| reach[t as usize] == reach_gen).count() as u64;
        }
    }
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Some(Metrics {
        support,
        coverage: ratio(support, g.facts[head].len() as u64),
        confidence: ratio(support, pairs),
        pca_confidence: ratio(support, pca_pairs),
        body_pairs: pairs,
        pca_body_pairs: pca_pairs,
    })
}

/// `herbrand rules` on a chain-rule file.
pub fn check(ctx: &Ctx, src: Arc<SourceFile>, opts: &RulesOptions, mut report: Report) -> Report {
    let budget = ctx.budget();
    let started = ctx.started();
    let (rules, ds) = read_rules(&src);
    report.extend(ds);
    report.set_detail("dialect", "kg-rules");
    let mut seen: FxHashMap<(String, Vec<String>), Span> = FxHashMap::default();
    for r in &rules {
        let key = (r.head.clone(), r.body.clone());
        if let Some(first) = seen.get(&key) {
            report.push(
                Diagnostic::new(
                    &codes::RULES_DUPLICATE_CLAUSE,
                    format!("the rule `{} <-- {}` repeats an earlier one", r.head, r.body.join(", ")),
                )
                .at(&src, r.span)
                .label(&src, *first, "first written here"),
            );
        } else {
            seen.insert(key, r.span);
        }
    }
    let mut out_of_budget = false;
    let mut rows = Vec::new();
    let mut mismatches = 0u64;
    let metrics_started = Instant::now();
    if let Some(kg_text) = &opts.kg {
        let ksrc = Arc::new(SourceFile::new("kg", kg_text.clone()));
        report.add_source(ksrc.clone());
        let (mut g, ds) = Graph::read(&ksrc);
        report.extend(ds);
        let names = g.names();
        let mut work = budget.max_steps.saturating_mul(100);
        for r in &rules {
            let mut unknown = false;
            for (span, name) in &r.names {
                let known = g.relations.contains_key(name)
                    || (!g.explicit_inverses && name.strip_prefix("inv_").is_some_and(|b| g.relations.contains_key(b)));
                if !known {
                    unknown = true;
                    let mut d = Diagnostic::new(
                        &codes::RULES_KG_UNKNOWN_RELATION,
                        format!("the relation `{name}` has no triple in the knowledge graph"),
                    )
                    .at(&src, *span);
                    if let Some(best) = crate::suggest::closest(ctx, name, names.iter().map(String::as_str)) {
                        d = d
                            .help(format!("did you mean `{best}`?"))
                            .fix(Fix::new(format!("rename to `{best}`")).edit(&src, *span, best));
                    }
                    report.push(d);
                }
            }
            let rule_text = format!("{} <-- {}", r.head, r.body.join(", "));
            if unknown {
                rows.push(json!({"rule": rule_text, "line": src.span_info(r.span).line, "support": 0}));
                continue;
            }
            match metrics(&mut g, r, &mut work) {
                Some(m) => {
                    let mut v = json!({
                        "rule": rule_text, "line": src.span_info(r.span).line,
                        "support": m.support, "coverage": m.coverage, "confidence": m.confidence,
                        "pca_confidence": m.pca_confidence, "body_pairs": m.body_pairs, "pca_body_pairs": m.pca_body_pairs,
                    });
                    if let Some(p) = r.published {
                        let ours = [m.support as f64, m.coverage, m.confidence, m.pca_confidence];
                        let same = ours.iter().zip(p).all(|(a, b)| (a - b).abs() < 5e-5);
                        mismatches += u64::from(!same);
                        v["published"] =
                            json!({"support": p[0], "coverage": p[1], "confidence": p[2], "pca_confidence": p[3]});
                        v["matches_published"] = json!(same);
                    }
                    rows.push(v);
                }
                None => {
                    out_of_budget = true;
                    report.push(
                        Diagnostic::new(
                            &codes::LIMIT_STEPS,
                            format!(
                                "computing the metrics visited more than {} edges and stopped",
                                budget.max_steps.saturating_mul(100)
                            ),
                        )
                        .help("raise --max-steps"),
                    );
                    break;
                }
            }
        }
    }
    let metrics_ms = metrics_started.elapsed().as_secs_f64() * 1000.0;
    let rule_count = rules.len();
    report.set_detail("kg_rules", Value::Array(rows));
    report.set_stat("rules", rule_count);
    if opts.kg.is_some() {
        report.set_stat("metrics_ms", metrics_ms);
        report
            .set_stat("per_1000_rules_ms", if rule_count == 0 { 0.0 } else { metrics_ms * 1000.0 / rule_count as f64 });
        report.set_stat("published_mismatches", mismatches);
    }
    report.set_stat("elapsed_ms", started.elapsed().as_secs_f64() * 1000.0);
    report.verdict = if out_of_budget {
        Verdict::Unknown
    } else if report.diagnostics.iter().any(|d| d.code == codes::RULES_SYNTAX_ERROR.name) {
        Verdict::Error
    } else if report.has_errors() {
        Verdict::Invalid
    } else {
        Verdict::Valid
    };
    let what = format!("{rule_count} chain rule{}", if rule_count == 1 { "" } else { "s" });
    report.summary = match (&opts.kg, report.verdict) {
        (None, v) => format!(
            "{what} read ({}), {}; pass a knowledge graph (--kg) for their metrics",
            v.as_str(),
            report.counts_phrase()
        ),
        (Some(_), Verdict::Unknown) => format!("{what}: metrics stopped at a budget"),
        (Some(_), _) => format!("{what} scored against the knowledge graph, {}", report.counts_phrase()),
    };
    report
}

/// Sorted, duplicate-free successor lists of a set of pairs.
fn adjacency_of(pairs: impl Iterator<Item = (u32, u32)>) -> FxHashMap<u32, Vec<u32>> {
    let mut adj: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (from, to) in pairs {
        adj.entry(from).or_default().push(to);
    }
    for v in adj.values_mut() {
        v.sort_unstable();
        v.dedup();
    }
    adj
}
