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

#[inline]
fn hash_key(vals: &[Id]) -> u64 {
    hash_iter(vals.iter().copied())
}

/// An index on some columns: key → rows (in increasing row order).
pub struct Index {
    pub cols: Vec<usize>,
    table: HashTable<u32>,
    groups: Vec<Vec<u32>>,
    /// Rows `0..indexed` are in the index.
    indexed: usize,
}

pub struct Relation {
    pub arity: usize,
    rows: Vec<Id>,
    len: usize,
    set: HashTable<u32>,
    pub indexes: Vec<Index>,
    /// `(first row, round)`: rows from `first row` on were derived in `round` (increasing).
    rounds: Vec<(u32, u32)>,
}

impl Relation {
    pub fn new(arity: usize) -> Relation {
        Relation { arity, rows: Vec::new(), len: 0, set: HashTable::new(), indexes: Vec::new(), rounds: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn row(&self, r: usize) -> &[Id] {
        &self.rows[r * self.arity..(r + 1) * self.arity]
    }

    /// The row number of a tuple, if present.
    pub fn find(&self, tuple: &[Id]) -> Option<usize> {
        let h = hash_key(tuple);
        let a = self.arity;
        let rows = &self.rows;
        self.set.find(h, |&r| &rows[r as usize * a..(r as usize + 1) * a] == tuple).map(|&r| r as usize)
    }

    pub fn contains(&self, tuple: &[Id]) -> bool {
        self.find(tuple).is_some()
    }

    /// Add a tuple; true when it is new. Rows added after [`Relation::start_round`] belong to that round.
    #[inline]
    pub fn insert(&mut self, tuple: &[Id]) -> bool {
        let h = hash_key(tuple);
        let a = self.arity;
        let rows = &self.rows;
        if self.set.find(h, |&r| &rows[r as usize * a..(r as usize + 1) * a] == tuple).is_some() {
            return false;
        }
        let r = self.len as u32;
        self.rows.extend_from_slice(tuple);
        self.len += 1;
        let rows = &self.rows;
        self.set.insert_unique(h, r, |&x| hash_key(&rows[x as usize * a..(x as usize + 1) * a]));
        true
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
        match self.rounds.iter().find(|&&(_, r)| r >= round) {
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

    fn refresh_index(&mut self, i: usize) {
        let a = self.arity;
        let ix = &mut self.indexes[i];
        let mut key = Vec::with_capacity(ix.cols.len());
        for r in ix.indexed..self.len {
            let row = &self.rows[r * a..(r + 1) * a];
            key.clear();
            key.extend(ix.cols.iter().map(|&c| row[c]));
            let h = hash_key(&key);
            let (rows, cols, groups) = (&self.rows, &ix.cols, &mut ix.groups);
            let same = |g: &u32| {
                let first = groups[*g as usize][0] as usize;
                cols.iter().zip(&key).all(|(&c, &k)| rows[first * a + c] == k)
            };
            match ix.table.find(h, same) {
                Some(&g) => groups[g as usize].push(r as u32),
                None => {
                    let g = groups.len() as u32;
                    groups.push(vec![r as u32]);
                    let groups = &*groups;
                    ix.table.insert_unique(h, g, |&x| {
                        let first = groups[x as usize][0] as usize;
                        hash_iter(cols.iter().map(|&c| rows[first * a + c]))
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
        let a = self.arity;
        let h = hash_key(key);
        let rows = &self.rows;
        let same = |g: &u32| {
            let first = ix.groups[*g as usize][0] as usize;
            ix.cols.iter().zip(key).all(|(&c, &k)| rows[first * a + c] == k)
        };
        match ix.table.find(h, same) {
            Some(&g) => &ix.groups[g as usize],
            None => &[],
        }
    }

    /// Bytes held (rows, set, indexes), for the stats.
    pub fn bytes(&self) -> usize {
        let idx: usize = self
            .indexes
            .iter()
            .map(|ix| ix.table.capacity() * 5 + ix.groups.iter().map(|g| g.capacity() * 4 + 24).sum::<usize>())
            .sum();
        self.rows.capacity() * 4 + self.set.capacity() * 5 + idx
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
