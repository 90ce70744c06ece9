//! Arbitrary UTF-8 into `addsup::check`: it must not panic, and every
//! finding and figure it names must lie within the text.
//!
//! Run: `cargo +nightly fuzz run check` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let report = addsup::check(text, &Default::default());
    for finding in &report.findings {
        for f in &finding.figures {
            assert!(f.span.end <= text.len() && text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            if let Some(i) = f.figure {
                assert!(i < report.figures.len(), "figure index {i} past {} figures", report.figures.len());
            }
        }
        assert!(finding.span.start <= finding.span.end && finding.span.end <= text.len());
    }
});
