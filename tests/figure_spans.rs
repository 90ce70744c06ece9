//! Properties of `addsup::recognize` on arbitrary text: every figure span
//! lies within the text, on character boundaries, and the figures come in
//! order without overlapping. Hedge spans lie within the text too.

use proptest::prelude::*;

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for f in addsup::recognize(text) {
        let s = f.span;
        prop_assert!(s.start < s.end && s.end <= text.len(), "span {s:?} outside the text");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a character");
        prop_assert!(s.start >= last_end, "span {s:?} overlaps or precedes the figure before it");
        last_end = s.end;
        if let Some(h) = f.hedge {
            prop_assert!(h.start < h.end && h.end <= text.len(), "hedge {h:?} outside the text");
            prop_assert!(
                text.is_char_boundary(h.start) && text.is_char_boundary(h.end),
                "hedge {h:?} splits a character"
            );
        }
    }
    Ok(())
}

/// Text that looks like news figures: digits, separators, number words,
/// hedges, currency and unit signs, mixed with anything at all.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,6}",
        "[0-9]{1,3}([,.][0-9]{1,3}){0,3}",
        Just(" ".to_owned()),
        Just("\u{202f}".to_owned()),
        prop::sample::select(vec![
            "about",
            "nearly",
            "at least",
            "more than",
            "up to",
            "between",
            "and",
            "to",
            "of",
            "which",
            "million",
            "bn",
            "m",
            "k",
            "per cent",
            "%",
            "percentage points",
            "$",
            "£",
            "€",
            "km",
            "miles",
            "°C",
            "-",
            "–",
            "/",
            "(",
            ")",
            ".",
            ",",
            "one",
            "seventy-one",
            "half",
            "a few",
            "dozens",
            "S-400",
            "2022",
            "11:41",
            "pm",
            "21st",
            "e",
            "½",
        ])
        .prop_map(str::to_owned),
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn spans_hold_for_any_text(text in "\\PC{0,200}") {
        check_spans(&text)?;
    }

    #[test]
    fn spans_hold_for_newsy_text(text in newsy()) {
        check_spans(&text)?;
    }
}
