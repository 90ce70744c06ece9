use std::cell::Cell;

/// The unit an edge counts offsets in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode scalar values: Python `str` indices, Rust `chars()`.
    Char,
    /// UTF-16 code units: JavaScript string indices.
    Utf16,
}

/// One non-ASCII character: where it starts, how many bytes and units it
/// takes, and how many units come before it.
#[derive(Clone, Copy, Debug)]
struct Wide {
    byte: usize,
    bytes: u8,
    units: u8,
    units_before: usize,
}

/// Converts byte offsets into character or UTF-16 offsets.
///
/// Built in one pass over the text. Only non-ASCII characters are stored
/// (ASCII is one byte and one unit either way), and a lookup searches among
/// them from where the last one ended ([`partition_point_near`]): a report's
/// spans come in text order, so each costs a few steps in cache, and
/// converting every span stays linear however long the text.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    wide: Vec<Wide>,
    len: usize,
    /// Where the last lookup ended in `wide`.
    near: Cell<usize>,
}

/// `slice.partition_point(pred)` (`pred` true for a prefix of `slice`),
/// searched outward from index `near` in steps of 1, 2, 4, … before a
/// binary search of the last step: lookups in order then cost a few steps
/// through memory already in cache, where a binary search of a large slice
/// misses the cache at most of its steps.
pub fn partition_point_near<T>(slice: &[T], near: usize, pred: impl Fn(&T) -> bool) -> usize {
    let near = near.min(slice.len());
    let mut step = 1;
    // Every index before `lo` satisfies `pred`; none from `hi` on does.
    let (lo, hi) = if near == 0 || pred(&slice[near - 1]) {
        let mut lo = near;
        loop {
            let probe = lo + step - 1;
            if probe >= slice.len() {
                break (lo, slice.len());
            }
            if !pred(&slice[probe]) {
                break (lo, probe);
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        let mut hi = near - 1;
        loop {
            if hi < step {
                break (0, hi);
            }
            let probe = hi - step;
            if pred(&slice[probe]) {
                break (probe + 1, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    lo + slice[lo..hi].partition_point(pred)
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit) -> Self {
        let mut wide = Vec::new();
        let mut units_before = 0usize;
        let mut last_end = 0usize;
        for (at, ch) in text.char_indices() {
            let bytes = ch.len_utf8();
            if bytes > 1 {
                units_before += at - last_end; // the ASCII run before it
                let units = match unit {
                    Unit::Char => 1,
                    Unit::Utf16 => ch.len_utf16(),
                };
                wide.push(Wide { byte: at, bytes: bytes as u8, units: units as u8, units_before });
                units_before += units;
                last_end = at + bytes;
            }
        }
        OffsetMap { wide, len: text.len(), near: Cell::new(0) }
    }

    /// The offset, in this map's unit, of byte offset `byte`. An offset
    /// inside a character maps to that character's start; one past the end
    /// maps to the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let i = partition_point_near(&self.wide, self.near.get(), |w| w.byte <= byte);
        self.near.set(i);
        if i == 0 {
            return byte;
        }
        let w = self.wide[i - 1];
        let end = w.byte + w.bytes as usize;
        if byte < end { w.units_before } else { w.units_before + w.units as usize + (byte - end) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize, unit: Unit) -> usize {
        let prefix = &text[..byte];
        match unit {
            Unit::Char => prefix.chars().count(),
            Unit::Utf16 => prefix.encode_utf16().count(),
        }
    }

    #[test]
    fn matches_counting_for_mixed_text() {
        let text = "a£b€ c😀d 145 − 2\u{202f}000 é";
        for unit in [Unit::Char, Unit::Utf16] {
            let map = OffsetMap::new(text, unit);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.convert(b), reference(text, b, unit), "byte {b} {unit:?}");
            }
        }
    }

    #[test]
    fn emoji_is_two_utf16_units_and_one_char() {
        let text = "😀 7";
        assert_eq!(OffsetMap::new(text, Unit::Utf16).convert(5), 3);
        assert_eq!(OffsetMap::new(text, Unit::Char).convert(5), 2);
    }

    proptest::proptest! {
        #[test]
        fn partition_point_near_agrees_with_partition_point(
            mut values in proptest::collection::vec(0u16..200, 0..60),
            needles in proptest::collection::vec((0u16..220, 0usize..70), 1..20),
        ) {
            values.sort_unstable();
            for (needle, near) in needles {
                let pred = |v: &u16| *v <= needle;
                proptest::prop_assert_eq!(partition_point_near(&values, near, pred), values.partition_point(pred));
            }
        }

        #[test]
        fn agrees_with_counting_in_any_order(text in "\\PC{0,40}", order in proptest::collection::vec(0usize..48, 0..30)) {
            // Lookups out of text order search back from the last one.
            let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            let map = OffsetMap::new(&text, Unit::Utf16);
            for k in order {
                let b = bytes[k % bytes.len()];
                proptest::prop_assert_eq!(map.convert(b), reference(&text, b, Unit::Utf16));
            }
        }

        #[test]
        fn agrees_with_counting(text in "\\PC{0,40}") {
            for unit in [Unit::Char, Unit::Utf16] {
                let map = OffsetMap::new(&text, unit);
                for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    proptest::prop_assert_eq!(map.convert(b), reference(&text, b, unit));
                }
            }
        }
    }
}
