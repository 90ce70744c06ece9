//! Arbitrary UTF-8 into `addsup::recognize`: it must not panic, and every
//! figure span must lie within the text, on character boundaries, in order
//! and without overlap.
//!
//! Run: `cargo +nightly fuzz run recognize` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for f in addsup::recognize(text) {
        let s = f.span;
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?} outside a text of {} bytes", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a character");
        assert!(s.start >= last_end, "span {s:?} overlaps or precedes the one before it");
        last_end = s.end;
        if let Some(h) = f.hedge {
            assert!(h.end <= text.len() && text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
        }
    }
});
