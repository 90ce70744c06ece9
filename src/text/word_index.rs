//! A set of words looked up in constant time, for the lexicons of every stage.

/// Words found with one hash: an open-addressed table of a word list's
/// indices, at most half full, each slot keeping its word's hash. A word of
/// prose that is in no list (most of them) costs one hash and a slot or two
/// compared as integers; a listed word, one string comparison. Built once,
/// at first use, so the Wasm build carries the lists and not the tables.
pub struct WordIndex {
    keys: Vec<&'static str>,
    /// `(hash, index + 1)`; 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
}

impl WordIndex {
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    fn hash(w: &str) -> u32 {
        // The well-mixed high half; the low bits of a product mix poorly.
        (fx_hash(w.as_bytes(), 0) >> 32) as u32
    }

    /// Indexes `keys`; of equal keys the first is found.
    pub fn new(keys: Vec<&'static str>) -> WordIndex {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); size];
        for (i, k) in keys.iter().enumerate() {
            let h = Self::hash(k);
            let mut at = h as usize & (size - 1);
            loop {
                let (sh, si) = slots[at];
                if si == 0 {
                    slots[at] = (h, i as u32 + 1);
                    break;
                }
                if sh == h && keys[si as usize - 1] == *k {
                    break;
                }
                at = (at + 1) & (size - 1);
            }
        }
        WordIndex { keys, slots }
    }

    /// The index of `w` in the list, if it is there.
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn get(&self, w: &str) -> Option<usize> {
        let h = Self::hash(w);
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        loop {
            let (sh, si) = self.slots[at];
            if si == 0 {
                return None;
            }
            if sh == h && self.keys[si as usize - 1] == w {
                return Some(si as usize - 1);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains(&self, w: &str) -> bool {
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

    proptest::proptest! {
        #[test]
        fn agrees_with_a_scan(words in proptest::collection::vec("[a-e]{0,3}", 0..40), probe in "[a-e]{0,3}") {
            let keys: Vec<&'static str> = words.iter().map(|w| &*Box::leak(w.clone().into_boxed_str())).collect();
            let index = WordIndex::new(keys.clone());
            proptest::prop_assert_eq!(index.get(&probe), keys.iter().position(|k| *k == probe));
        }
    }
}
