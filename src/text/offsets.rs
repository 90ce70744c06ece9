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
/// (ASCII is one byte and one unit either way), and a lookup is a binary
/// search among them, so converting every span of a report stays
/// `O(n + k log n)`.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    wide: Vec<Wide>,
    len: usize,
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
        OffsetMap { wide, len: text.len() }
    }

    /// The offset, in this map's unit, of byte offset `byte`. An offset
    /// inside a character maps to that character's start; one past the end
    /// maps to the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let i = self.wide.partition_point(|w| w.byte <= byte);
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
