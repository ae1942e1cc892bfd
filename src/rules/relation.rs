//! Relations: tuples of value ids, stored flat, deduplicated, indexed on bound columns.
//!
//! Rows are appended and never removed, so "the rows derived before round r" is a prefix of the
//! row numbers: semi-naive evaluation's *stable* and *delta* versions are row ranges, and a
//! proof search that may only use older facts just lowers the range's end. The set of rows is a
//! hash table of row numbers (4 bytes a row; the hash is recomputed from the flat storage), and
//! each index maps a key (the values of some columns) to the list of its rows, in row order.

use hashbrown::HashTable;

use super::values::Id;

/// An Fx-style hash of a key, element by element (so a key read column by column out of a row
/// hashes the same as the key slice).
#[inline]
fn hash_iter(vals: impl Iterator<Item = Id>) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h: u64 = 0;
    for v in vals {
        h = (h.rotate_left(26) ^ u64::from(v)).wrapping_mul(K);
    }
    // Fold the high bits down: hashbrown takes its control byte from the top 7 bits.
    h ^ (h >> 32)
}

/// A key's 32-bit hash, stored next to row numbers so tables grow without touching the rows.
#[inline]
fn hash32(vals: impl Iterator<Item = Id>) -> u32 {
    hash_iter(vals) as u32
}

/// The 64-bit hash hashbrown sees for a stored 32-bit one (its top 7 bits are the control byte).
#[inline]
fn spread(h: u32) -> u64 {
    (u64::from(h) << 32) | u64::from(h)
}

/// An index on some columns: key → rows (in increasing row order). A table entry is
/// `(tag, group)`: for a one-column index the tag is the key itself (no row is read to compare),
/// otherwise the key's hash.
pub struct Index {
    pub cols: Vec<usize>,
    table: HashTable<(u32, u32)>,
    groups: Vec<Vec<u32>>,
    /// Rows `0..indexed` are in the index.
    indexed: usize,
    /// For a one-column index of a relation that no longer changes: rows by value id, as
    /// `offsets[v]..offsets[v + 1]` into `dense_rows` (two array reads instead of a hash probe).
    dense: Option<(Vec<u32>, Vec<u32>)>,
}

/// Rows per storage chunk: chunks are allocated once and never moved (no copying on growth).
const CHUNK_ROWS: usize = 1 << 14;

/// Row `r` of chunked storage.
#[inline]
fn row_in(chunks: &[Vec<Id>], arity: usize, r: usize) -> &[Id] {
    let c = &chunks[r / CHUNK_ROWS];
    let i = (r % CHUNK_ROWS) * arity;
    &c[i..i + arity]
}

/// The set of rows. Tuples of up to two values are packed into a `u64` stored in the table
/// itself, so probing never reads the rows; wider tuples store `(row, hash)`.
enum RowSet {
    Packed(HashTable<Packed>),
    Wide(HashTable<(u32, u32)>),
}

/// A packed tuple and its row number, in 12 bytes.
#[derive(Clone, Copy)]
#[repr(C, packed)]
struct Packed {
    key: u64,
    row: u32,
}

#[inline]
fn pack(tuple: &[Id]) -> u64 {
    match tuple {
        [] => 0,
        [a] => u64::from(*a),
        [a, b, ..] => u64::from(*a) | (u64::from(*b) << 32),
    }
}

#[inline]
fn packed_hash(key: u64) -> u64 {
    let h = (key ^ (key >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 29)
}

pub struct Relation {
    pub arity: usize,
    rows: Vec<Vec<Id>>,
    len: usize,
    set: RowSet,
    pub indexes: Vec<Index>,
    /// `(first row, round)`: rows from `first row` on were derived in `round` (increasing).
    rounds: Vec<(u32, u32)>,
    /// Scratch space for batch insertion.
    scratch: Vec<u64>,
}

impl Relation {
    pub fn new(arity: usize) -> Relation {
        let set = if arity <= 2 { RowSet::Packed(HashTable::new()) } else { RowSet::Wide(HashTable::new()) };
        Relation { arity, rows: Vec::new(), len: 0, set, indexes: Vec::new(), rounds: Vec::new(), scratch: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn row(&self, r: usize) -> &[Id] {
        row_in(&self.rows, self.arity, r)
    }

    /// The row number of a tuple, if present.
    pub fn find(&self, tuple: &[Id]) -> Option<usize> {
        if tuple.len() != self.arity {
            return None;
        }
        match &self.set {
            RowSet::Packed(t) => {
                let key = pack(tuple);
                t.find(packed_hash(key), |e| ({ e.key }) == key).map(|e| e.row as usize)
            }
            RowSet::Wide(t) => {
                let h = hash32(tuple.iter().copied());
                let (a, rows) = (self.arity, &self.rows);
                t.find(spread(h), |&(r, rh)| rh == h && row_in(rows, a, r as usize) == tuple).map(|&(r, _)| r as usize)
            }
        }
    }

    pub fn contains(&self, tuple: &[Id]) -> bool {
        self.find(tuple).is_some()
    }

    /// Make room for `n` more rows (one growth instead of several during a batch).
    pub fn reserve(&mut self, n: usize) {
        match &mut self.set {
            RowSet::Packed(t) => t.reserve(n, |e| packed_hash(e.key)),
            RowSet::Wide(t) => t.reserve(n, |&(_, h)| spread(h)),
        }
    }

    fn push_row(&mut self, tuple: &[Id]) {
        if self.len.is_multiple_of(CHUNK_ROWS) {
            self.rows.push(Vec::with_capacity(CHUNK_ROWS * self.arity));
        }
        if let Some(chunk) = self.rows.last_mut() {
            chunk.extend_from_slice(tuple);
        }
        self.len += 1;
    }

    /// Add a tuple; true when it is new. Rows added after [`Relation::start_round`] belong to that round.
    #[inline]
    pub fn insert(&mut self, tuple: &[Id]) -> bool {
        if tuple.len() != self.arity {
            return false;
        }
        let r = self.len as u32;
        let new = match &mut self.set {
            RowSet::Packed(t) => {
                let key = pack(tuple);
                match t.entry(packed_hash(key), |e| ({ e.key }) == key, |e| packed_hash(e.key)) {
                    hashbrown::hash_table::Entry::Occupied(_) => false,
                    hashbrown::hash_table::Entry::Vacant(v) => {
                        v.insert(Packed { key, row: r });
                        true
                    }
                }
            }
            RowSet::Wide(t) => {
                let h = hash32(tuple.iter().copied());
                let (a, rows) = (self.arity, &self.rows);
                match t.entry(
                    spread(h),
                    |&(x, xh)| xh == h && row_in(rows, a, x as usize) == tuple,
                    |&(_, xh)| spread(xh),
                ) {
                    hashbrown::hash_table::Entry::Occupied(_) => false,
                    hashbrown::hash_table::Entry::Vacant(v) => {
                        v.insert((r, h));
                        true
                    }
                }
            }
        };
        if new {
            self.push_row(tuple);
        }
        new
    }

    /// Add a batch of tuples (flat); returns how many were new. Large batches of packed tuples
    /// are first partitioned by the region of the table they fall in, so the probes of one
    /// partition stay within a few megabytes of the table (cache-resident) instead of jumping
    /// across all of it.
    pub fn insert_batch(&mut self, flat: &[Id]) -> usize {
        let a = self.arity;
        let n = flat.len().checked_div(a).unwrap_or(usize::from(!flat.is_empty()));
        self.reserve(n.min(self.len.max(1 << 16)));
        let mut added = 0;
        let packed = matches!(self.set, RowSet::Packed(_));
        if !packed || n < (1 << 16) || a == 0 {
            for i in 0..n {
                added += usize::from(self.insert(if a == 0 { &[] } else { &flat[i * a..(i + 1) * a] }));
            }
            return added;
        }
        let buckets = match &self.set {
            RowSet::Packed(t) => (t.capacity() / 7 * 8).next_power_of_two().max(256),
            RowSet::Wide(_) => 256,
        };
        let shift = buckets.trailing_zeros().saturating_sub(8);
        let region = |key: u64| ((packed_hash(key) as usize & (buckets - 1)) >> shift) & 255;
        let mut counts = [0usize; 257];
        for i in 0..n {
            counts[region(pack(&flat[i * a..(i + 1) * a])) + 1] += 1;
        }
        for r in 0..256 {
            counts[r + 1] += counts[r];
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        scratch.resize(n, 0);
        for i in 0..n {
            let key = pack(&flat[i * a..(i + 1) * a]);
            let r = region(key);
            scratch[counts[r]] = key;
            counts[r] += 1;
        }
        let mut tuple = [0 as Id; 2];
        for &key in &scratch {
            tuple[0] = key as u32;
            tuple[1] = (key >> 32) as u32;
            added += usize::from(self.insert(&tuple[..a]));
        }
        self.scratch = scratch;
        added
    }

    /// Mark that rows added from now on were derived in `round`.
    pub fn start_round(&mut self, round: u32) {
        let first = self.len as u32;
        match self.rounds.last_mut() {
            Some(last) if last.0 == first => last.1 = round,
            _ => self.rounds.push((first, round)),
        }
    }

    /// The round a row was derived in.
    pub fn round_of(&self, row: usize) -> u32 {
        let i = self.rounds.partition_point(|&(first, _)| first as usize <= row);
        if i == 0 {
            0
        } else {
            self.rounds[i - 1].1
        }
    }

    /// How many rows were derived before `round`.
    pub fn rows_before(&self, round: u32) -> usize {
        // Markers are increasing in both row and round: a binary search, not a scan (a chain
        // of 100,000 rounds asks this 100,000 times).
        let i = self.rounds.partition_point(|&(_, r)| r < round);
        match self.rounds.get(i) {
            Some(&(first, _)) => first as usize,
            None => self.len,
        }
    }

    /// The index on exactly these columns, made (and brought up to date) on demand.
    pub fn index_for(&mut self, cols: &[usize]) -> usize {
        let i = match self.indexes.iter().position(|ix| ix.cols == cols) {
            Some(i) => i,
            None => {
                self.indexes.push(Index {
                    cols: cols.to_vec(),
                    table: HashTable::new(),
                    groups: Vec::new(),
                    indexed: 0,
                    dense: None,
                });
                self.indexes.len() - 1
            }
        };
        self.refresh_index(i);
        i
    }

    /// Bring every index up to date with the rows.
    pub fn refresh_indexes(&mut self) {
        for i in 0..self.indexes.len() {
            self.refresh_index(i);
        }
    }

    /// Give the one-column indexes a dense view, for a relation that will not change any more
    /// (`values`: how many value ids exist). Skipped when ids are far more than rows.
    pub fn freeze(&mut self, values: usize) {
        if values > self.len.saturating_mul(4) + 4096 {
            return;
        }
        self.refresh_indexes();
        let a = self.arity;
        for ix in &mut self.indexes {
            if ix.cols.len() != 1 || ix.dense.is_some() {
                continue;
            }
            let c = ix.cols[0];
            let mut offsets = vec![0u32; values + 1];
            for r in 0..self.len {
                let v = row_in(&self.rows, a, r)[c] as usize;
                if v < values {
                    offsets[v + 1] += 1;
                }
            }
            for v in 0..values {
                offsets[v + 1] += offsets[v];
            }
            let mut fill = offsets.clone();
            let mut rows = vec![0u32; offsets[values] as usize];
            for r in 0..self.len {
                let v = row_in(&self.rows, a, r)[c] as usize;
                if v < values {
                    rows[fill[v] as usize] = r as u32;
                    fill[v] += 1;
                }
            }
            ix.dense = Some((offsets, rows));
        }
    }

    fn refresh_index(&mut self, i: usize) {
        let a = self.arity;
        let ix = &mut self.indexes[i];
        if ix.indexed < self.len {
            ix.dense = None;
        }
        let single = ix.cols.len() == 1;
        for r in ix.indexed..self.len {
            let row = row_in(&self.rows, a, r);
            let h = hash32(ix.cols.iter().map(|&c| row[c]));
            let tag = if single { row[ix.cols[0]] } else { h };
            let (rows, cols, groups) = (&self.rows, &ix.cols, &mut ix.groups);
            let same = |&(t, g): &(u32, u32)| {
                t == tag
                    && (single || {
                        let first = row_in(rows, a, groups[g as usize][0] as usize);
                        cols.iter().all(|&c| first[c] == row[c])
                    })
            };
            match ix.table.find(spread(h), same) {
                Some(&(_, g)) => groups[g as usize].push(r as u32),
                None => {
                    let g = groups.len() as u32;
                    groups.push(vec![r as u32]);
                    ix.table.insert_unique(spread(h), (tag, g), |&(t, g)| {
                        if single {
                            spread(hash32(std::iter::once(t)))
                        } else {
                            let _ = g;
                            spread(t)
                        }
                    });
                }
            }
        }
        ix.indexed = self.len;
    }

    /// The rows whose indexed columns equal `key` (all rows ever indexed; callers bound the range).
    #[inline]
    pub fn lookup(&self, index: usize, key: &[Id]) -> &[u32] {
        let ix = &self.indexes[index];
        if let Some((offsets, rows)) = &ix.dense {
            let v = key[0] as usize;
            return match (offsets.get(v), offsets.get(v + 1)) {
                (Some(&lo), Some(&hi)) => &rows[lo as usize..hi as usize],
                _ => &[],
            };
        }
        let a = self.arity;
        let h = hash32(key.iter().copied());
        let single = key.len() == 1;
        let tag = if single { key[0] } else { h };
        let rows = &self.rows;
        let same = |&(t, g): &(u32, u32)| {
            t == tag
                && (single || {
                    let first = row_in(rows, a, ix.groups[g as usize][0] as usize);
                    ix.cols.iter().zip(key).all(|(&c, &k)| first[c] == k)
                })
        };
        match ix.table.find(spread(h), same) {
            Some(&(_, g)) => &ix.groups[g as usize],
            None => &[],
        }
    }

    /// Bytes held (rows, set, indexes), for the stats.
    pub fn bytes(&self) -> usize {
        let idx: usize = self
            .indexes
            .iter()
            .map(|ix| ix.table.capacity() * 9 + ix.groups.iter().map(|g| g.capacity() * 4 + 24).sum::<usize>())
            .sum();
        self.rows.iter().map(|c| c.capacity() * 4).sum::<usize>()
            + match &self.set {
                RowSet::Packed(t) => t.capacity() * 13,
                RowSet::Wide(t) => t.capacity() * 9,
            }
            + idx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_dedups_and_indexes_follow() {
        let mut r = Relation::new(2);
        assert!(r.insert(&[1, 2]));
        assert!(!r.insert(&[1, 2]));
        r.start_round(1);
        assert!(r.insert(&[1, 3]));
        assert!(r.insert(&[2, 3]));
        let ix = r.index_for(&[0]);
        assert_eq!(r.lookup(ix, &[1]), &[0, 1]);
        r.insert(&[1, 4]);
        r.refresh_indexes();
        assert_eq!(r.lookup(ix, &[1]), &[0, 1, 3]);
        assert_eq!(r.lookup(ix, &[9]), &[] as &[u32]);
        assert_eq!(r.round_of(0), 0);
        assert_eq!(r.round_of(2), 1);
        assert_eq!(r.rows_before(1), 1);
        let mut z = Relation::new(0);
        assert!(z.insert(&[]));
        assert!(!z.insert(&[]));
        assert_eq!(z.len(), 1);
    }
}
