//! A set of words looked up in constant time, for the lexicons of every stage.

/// Words found with one hash: an open-addressed table of a word list's
/// indices, at most half full, each slot of eight bytes keeping the high
/// half of its word's hash. A word of prose that is in no list (most of
/// them) costs a slot or two compared as integers; a listed word of up to
/// eight bytes, its full hash and length compared (its hash is its bytes,
/// [`HashedWord`]) and no string; a longer one, one string comparison.
/// Built once, at first use, so the Wasm build carries the lists and not
/// the tables.
pub struct WordIndex {
    keys: Vec<&'static str>,
    /// Per key: its full hash and its length.
    exact: Vec<(u64, usize)>,
    /// `(the hash's high half, index + 1)`; 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
}

/// A word with its hash, made once and looked up in any number of
/// [`WordIndex`]es: the tokens of a text hash their lower-case forms once
/// ([`crate::text::Tokens::word`]) for all the lexicons that read them.
///
/// For a word of up to eight bytes [`fx_hash`] is one-to-one given the
/// length: the bytes go into one 64-bit word without loss (the overlapping
/// loads cover every byte), and each step, a xor with a constant and a
/// multiplication by an odd one, can be undone. So equal hashes and equal
/// lengths mean equal words, and the index compares no bytes.
///
/// A token's word is kept as its place in the folded text and cut from it
/// only when its bytes are read (a word over eight bytes found by its
/// hash, or a caller asking for [`HashedWord::text`]): most lookups are of
/// short words that no list holds, which need only the hash and length.
#[derive(Clone, Copy, Debug)]
pub struct HashedWord<'w> {
    /// The word is `source[start..end]`, which falls on character boundaries.
    source: &'w str,
    start: usize,
    end: usize,
    hash: u64,
}

impl<'w> HashedWord<'w> {
    #[inline]
    pub fn new(text: &'w str) -> HashedWord<'w> {
        HashedWord::with_hash(text, fx_hash(text.as_bytes(), 0))
    }

    pub fn hash(&self) -> u64 {
        self.hash
    }

    /// The word's length in bytes, read without cutting it.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    #[inline]
    pub fn text(&self) -> &'w str {
        self.source.get(self.start..self.end).unwrap_or("")
    }

    /// `text` with the hash [`HashedWord::new`] gave it before.
    #[inline]
    pub(super) fn with_hash(text: &'w str, hash: u64) -> HashedWord<'w> {
        HashedWord { source: text, start: 0, end: text.len(), hash }
    }

    /// `source[start..end]` (on character boundaries) with the hash
    /// [`HashedWord::new`] gave it before.
    #[inline]
    pub(super) fn within(source: &'w str, start: usize, end: usize, hash: u64) -> HashedWord<'w> {
        HashedWord { source, start, end, hash }
    }
}

impl<'w> From<&'w str> for HashedWord<'w> {
    #[inline]
    fn from(text: &'w str) -> HashedWord<'w> {
        HashedWord::new(text)
    }
}

impl<'w> From<&&'w str> for HashedWord<'w> {
    #[inline]
    fn from(text: &&'w str) -> HashedWord<'w> {
        HashedWord::new(text)
    }
}

/// The longest word whose hash alone tells it ([`HashedWord`]).
const TOLD_BY_HASH: usize = 8;

impl WordIndex {
    /// Indexes `keys`; of equal keys the first is found.
    pub fn new(keys: Vec<&'static str>) -> WordIndex {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); size];
        let exact: Vec<(u64, usize)> = keys.iter().map(|k| (fx_hash(k.as_bytes(), 0), k.len())).collect();
        for (i, k) in keys.iter().enumerate() {
            let tag = Self::tag(exact[i].0);
            let mut at = tag as usize & (size - 1);
            loop {
                let (t, entry) = slots[at];
                if entry == 0 {
                    slots[at] = (tag, i as u32 + 1);
                    break;
                }
                if t == tag && keys[entry as usize - 1] == *k {
                    break;
                }
                at = (at + 1) & (size - 1);
            }
        }
        WordIndex { keys, exact, slots }
    }

    /// What a slot keeps of a hash, whose low bits also pick the first
    /// slot to probe: the well-mixed high half (the low bits of a product
    /// mix poorly).
    #[inline]
    fn tag(hash: u64) -> u32 {
        (hash >> 32) as u32
    }

    /// The index of `w` in the list, if it is there.
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn get<'w>(&self, w: impl Into<HashedWord<'w>>) -> Option<usize> {
        self.find(w.into())
    }

    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    fn find(&self, w: HashedWord) -> Option<usize> {
        // The probe for words told by their hash calls nothing, so it keeps
        // to a few registers and saves none.
        if w.len() > TOLD_BY_HASH {
            return self.find_long(w);
        }
        self.probe(w.hash, |index| self.exact[index] == (w.hash, w.len()))
    }

    /// [`WordIndex::find`] for a word over eight bytes, compared as text.
    #[inline(never)]
    fn find_long(&self, w: HashedWord) -> Option<usize> {
        self.probe(w.hash, |index| self.keys[index] == w.text())
    }

    /// The first key with `hash`'s tag that `is_it` accepts.
    #[inline(always)]
    fn probe(&self, hash: u64, is_it: impl Fn(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let tag = Self::tag(hash);
        let mut at = tag as usize & mask;
        loop {
            let (t, entry) = self.slots[at];
            if entry == 0 {
                return None;
            }
            if t == tag && is_it(entry as usize - 1) {
                return Some(entry as usize - 1);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains<'w>(&self, w: impl Into<HashedWord<'w>>) -> bool {
        self.get(w).is_some()
    }
}

/// The Fx hash (as in rustc): eight bytes at a time, a rotate, a xor and a
/// multiply each. Words of prose are short, so most take one step.
#[cfg_attr(addsup_speed_attrs, optimize(speed))]
pub fn fx_hash(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = seed;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = step(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
    }
    let rest = chunks.remainder();
    // The last 0 to 7 bytes in one word, read the way wyhash reads short
    // input: overlapping loads, no copy.
    let n = rest.len();
    let tail = if n >= 4 {
        let first = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
        let last = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
        first << 32 | last
    } else if n > 0 {
        (rest[0] as u64) << 16 | (rest[n / 2] as u64) << 8 | rest[n - 1] as u64
    } else {
        0
    };
    // The length keeps inputs with the same loads apart.
    step(h, tail ^ ((bytes.len() as u64) << 56))
}

#[cfg(test)]
mod tests {
    use super::WordIndex;

    #[test]
    fn finds_the_first_of_equal_words_and_nothing_else() {
        let index = WordIndex::new(vec!["over", "about", "over", "", "nearly"]);
        assert_eq!(index.get("over"), Some(0));
        assert_eq!(index.get("about"), Some(1));
        assert_eq!(index.get(""), Some(3));
        assert_eq!(index.get("nearl"), None);
        assert!(!index.contains("Over"));
    }

    #[test]
    fn short_words_are_told_apart_by_their_hash_and_length_alone() {
        // Words of up to eight bytes that differ in one byte, in the byte
        // the overlapping loads share, or only in length.
        let keys = vec![
            "a", "b", "ab", "ba", "abc", "abd", "abcd", "abce", "abcde", "bbcde", "abcdefg", "abcdefh", "abcdefgh",
            "abcdefgi",
        ];
        let index = WordIndex::new(keys.clone());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(index.get(*k), Some(i), "{k}");
        }
        for other in ["", "c", "aa", "abb", "abcf", "abcdf", "abcdefi", "bbcdefgh", "abcdefghi"] {
            assert_eq!(index.get(other), None, "{other}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_scan(words in proptest::collection::vec("[a-e]{0,3}", 0..40), probe in "[a-e]{0,3}") {
            let keys: Vec<&'static str> = words.iter().map(|w| &*Box::leak(w.clone().into_boxed_str())).collect();
            let index = WordIndex::new(keys.clone());
            proptest::prop_assert_eq!(index.get(probe.as_str()), keys.iter().position(|k| *k == probe));
        }

        #[test]
        fn a_short_word_is_one_to_one_with_its_hash(a in "[a-c\\-']{0,8}", b in "[a-c\\-']{0,8}") {
            let (ha, hb) = (super::fx_hash(a.as_bytes(), 0), super::fx_hash(b.as_bytes(), 0));
            proptest::prop_assert_eq!(ha == hb && a.len() == b.len(), a == b);
        }
    }
}
