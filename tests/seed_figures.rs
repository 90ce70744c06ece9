//! The wire story addsup started from: every figure a sub-editor would
//! check is read with its value and hedge, and every number that is not a
//! quantity is labelled so that no check can use it.

use addsup::figures::{Approx, Bound};
use addsup::{Figure, Kind, recognize};

fn seed() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seed/article.txt");
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("the shared seed article is missing at {path} ({e}); clone the project beside shared/")
    })
}

fn find<'a>(figs: &'a [Figure], text: &str, wanted: &str, nth: usize) -> &'a Figure {
    figs.iter().filter(|f| f.text(text) == wanted).nth(nth).unwrap_or_else(|| {
        panic!("no figure {wanted:?} (#{nth}) among {:?}", figs.iter().map(|f| f.text(text)).collect::<Vec<_>>())
    })
}

#[test]
fn every_quantity_in_the_wire_story_is_read_with_its_value() {
    let text = seed();
    let figs = recognize(&text);
    let quantity = |wanted: &str, nth: usize, value: f64| {
        let f = find(&figs, &text, wanted, nth);
        assert!(f.kind.is_quantity(), "{wanted} should be a quantity, got {:?}", f.kind);
        assert_eq!(f.value, Some(value), "{wanted}");
        f
    };
    let injured = quantity("at least 23", 0, 23.0);
    assert_eq!(injured.bound, Some(Bound::AtLeast));
    quantity("41", 0, 41.0);
    quantity("145", 0, 145.0);
    quantity("71", 0, 71.0);
    quantity("71", 1, 71.0);
    let one = quantity("One", 0, 1.0);
    assert!(one.in_words);
    quantity("23", 0, 23.0);
    quantity("eight", 0, 8.0);
    let about = quantity("one and a half hundred", 0, 150.0);
    assert_eq!(about.approx, Some(Approx::About), "hedged by 'about'");
    assert_eq!(about.hedge.map(|h| h.of(&text)), Some("about"));
    assert_eq!(about.precision, Some(50.0), "stated to the half hundred");
    let regions = quantity("more than 10", 0, 10.0);
    assert_eq!(regions.bound, Some(Bound::MoreThan));
    for (wanted, value) in [("19 miles", 19.0), ("2 miles", 2.0), ("16 miles", 16.0)] {
        let f = quantity(wanted, 0, value);
        assert_eq!((f.kind, f.unit), (Kind::Measure, Some("mile")));
    }
    assert_eq!(find(&figs, &text, "2 miles", 0).approx, Some(Approx::About), "around 2 miles");
}

#[test]
fn numbers_that_are_not_quantities_are_labelled() {
    let text = seed();
    let figs = recognize(&text);
    assert_eq!(find(&figs, &text, "S-400", 0).kind, Kind::Identifier);
    assert_eq!(find(&figs, &text, "2022", 0).kind, Kind::Year);
    assert_eq!(find(&figs, &text, "November 25, 2024", 0).kind, Kind::Date);
    assert_eq!(find(&figs, &text, "second", 0).kind, Kind::Ordinal);
    // Nothing inside them is read again as a quantity.
    for label in ["S-400", "November 25, 2024"] {
        let at = text.find(label).unwrap();
        let inside: Vec<_> = figs
            .iter()
            .filter(|f| f.span.start >= at && f.span.end <= at + label.len() && f.kind.is_quantity())
            .collect();
        assert!(inside.is_empty(), "{label} yielded quantities {inside:?}");
    }
}
