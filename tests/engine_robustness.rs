//! `check` never panics, whatever the text, and its spans stay inside it.

use proptest::prelude::*;

/// Words and figures of news copy, so that random text reaches the relation
/// finders and rules rather than stopping at the recogniser.
const PIECES: &[&str] = &[
    "145",
    "71",
    "of which",
    "out of",
    "were downed",
    "were lost",
    "drones",
    "Russia launched",
    "another",
    "including",
    "(",
    ")",
    ":",
    ",",
    ".",
    "\n",
    "\n\n",
    "[...]",
    "49%",
    "up",
    "from",
    "to",
    "rose",
    "doubled",
    "about",
    "at least",
    "more than",
    "one",
    "two",
    "three cities",
    "Kyiv",
    "and",
    "miles",
    "km",
    "°F",
    "°C",
    "the death toll",
    "so far claimed",
    "lives",
    "a fifth",
    "of the vote",
    "in all",
    "people",
    "aboard",
    "died",
    "injured",
    "survived",
    "$1.5 million",
    "June 28-July 5",
    "consecutive days",
    "2022",
    "S-400",
    "—",
    "é",
    "😀",
    "compared with",
    "lower than",
    "per cent",
];

fn check_all(text: &str) {
    let report = addsup::check(text, &Default::default());
    for f in &report.findings {
        assert!(f.span.end <= text.len());
        for x in &f.figures {
            assert!(x.span.start <= x.span.end && x.span.end <= text.len());
            assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
        }
        assert!(f.gap.is_finite() || f.gap.is_infinite(), "gap is NaN in {f:?}");
    }
    let html = addsup::text::html::HtmlText::parse(text);
    let _ = addsup::check(&html.text, &Default::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn news_like_text_never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let text = pieces.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        check_all(&text);
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,120}") {
        check_all(&text);
    }
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        " ",
        ".",
        "\n\n\n",
        "[...]",
        "0 of 0",
        "0 out of 0 (0%)",
        "rose from 0 to 5, up 10%",
        "1e308 of 1e308",
        "99999999999999999999999 drones, 1 of which were lost",
    ] {
        check_all(text);
    }
}
