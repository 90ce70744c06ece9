//! A `Checker` fed edit after edit reports exactly what a full check of each
//! new text reports: random inserts, deletions and replacements, including
//! paragraph breaks, figures and multi-byte characters.

use addsup::checker::{Checker, Segmenting, check_segmented, segments};
use addsup::report::Severity;
use addsup::{Options, check};
use proptest::prelude::*;

/// Small segments, so that short texts (quick to check in a test build) are
/// cut into many and every edit meets cuts.
const SMALL: Segmenting = Segmenting { whole_up_to: 0, min: 40, max: 400, sentences_after: 600, one_in: 3 };

/// Pieces of news copy, written for this test: figures that relate within a
/// paragraph and into the next, blank lines, and text of 2-, 3- and 4-byte
/// characters.
const PIECES: &[&str] = &[
    "Russia launched 145 drones overnight. ",
    "Air defences downed 71 of them, and 71 were lost. ",
    "One drone flew into Belarus. ",
    "\n\n",
    "\n",
    "Of the 1,200 voters, 45% backed the plan and 55% opposed it. ",
    "Sales rose 12% to $3.4bn from $3bn a year earlier. ",
    "The road is 19 miles (30 km) long. ",
    "Three towns were hit: Kharkiv, Odesa and Lviv. ",
    "About 150 people, at least 23 of them children, were hurt. ",
    "Le café coûte 4,50 €. ",
    "中文 3 个 ",
    "😀 𝟙𝟚 👩‍👩‍👧 ",
    "The 145 drones included 40 decoys. ",
    "seventy-one ",
    "\u{0}",
    " 2024 ",
    // What a cut reads around itself: closing quotes and brackets, runs of
    // spaces, an abbreviation, a no-break space, a lost space after a stop.
    "”) ",
    "  \t   \t ",
    "U.S. ",
    "\u{a0}\u{a0}",
    "it ended.Then ",
    "Done.\n\n\n",
];

fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(PIECES).prop_map(str::to_owned)
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|p| p.concat())
}

/// One edit: where (a fraction of the text), how much to delete (in
/// characters) and what to insert.
#[derive(Clone, Debug)]
struct Edit {
    at: f64,
    delete: usize,
    insert: String,
}

fn edit() -> impl Strategy<Value = Edit> {
    let insert = prop_oneof![
        Just(String::new()),
        piece(),
        "[0-9 ,.%\n]{1,3}",
        any::<char>().prop_map(String::from),
        prop::collection::vec(piece(), 2..6).prop_map(|p| p.concat()),
    ];
    (0.0..=1.0f64, prop_oneof![Just(0usize), 0..3usize, 0..80usize], insert).prop_map(|(at, delete, insert)| Edit {
        at,
        delete,
        insert,
    })
}

fn apply(text: &str, edit: &Edit) -> String {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let from = ((bounds.len() - 1) as f64 * edit.at) as usize;
    let to = (from + edit.delete).min(bounds.len() - 1);
    format!("{}{}{}", &text[..bounds[from]], edit.insert, &text[bounds[to]..])
}

/// The edit as [`Checker::edit`] takes it: the byte where it starts, the
/// bytes it removes and the text it inserts.
fn change(text: &str, edit: &Edit) -> (usize, usize, String) {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let from = ((bounds.len() - 1) as f64 * edit.at) as usize;
    let to = (from + edit.delete).min(bounds.len() - 1);
    (bounds[from], bounds[to] - bounds[from], edit.insert.clone())
}

/// The checker's segments as `(start, end)` byte offsets.
fn spans(checker: &Checker) -> Vec<(usize, usize)> {
    checker.segments().iter().map(|s| (s.span.start, s.span.end)).collect()
}

fn options() -> impl Strategy<Value = Options> {
    prop_oneof![
        Just(Options::default()),
        Just(Options { min_severity: Some(Severity::Error), ..Options::default() }),
        Just(Options { disabled_rules: vec!["restatement".into()], ..Options::default() }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn each_update_equals_a_full_check(start in text(), edits in prop::collection::vec(edit(), 1..8), options in options()) {
        let mut checker = Checker::with_segmenting(options.clone(), SMALL);
        let mut current = start;
        prop_assert_eq!(checker.update(&current), check_segmented(&current, &options, SMALL));
        for edit in &edits {
            current = apply(&current, edit);
            prop_assert_eq!(checker.update(&current), check_segmented(&current, &options, SMALL), "after {:?}", edit);
            prop_assert_eq!(spans(&checker), segments(&current, SMALL), "after {:?}", edit);
        }
    }

    #[test]
    fn each_edit_given_as_a_change_equals_a_full_check(start in text(), edits in prop::collection::vec(edit(), 1..8)) {
        let mut checker = Checker::with_segmenting(Options::default(), SMALL);
        let mut current = start;
        checker.refresh(&current);
        for edit in &edits {
            let (at, removed, inserted) = change(&current, edit);
            current = apply(&current, edit);
            prop_assert!(checker.edit(at, removed, &inserted).is_some());
            prop_assert_eq!(checker.text(), current.as_str());
            prop_assert_eq!(spans(&checker), segments(&current, SMALL), "after {:?}", edit);
            prop_assert_eq!(checker.report(), check_segmented(&current, &Options::default(), SMALL), "after {:?}", edit);
        }
    }

    #[test]
    fn unrelated_texts_one_after_another_equal_full_checks(texts in prop::collection::vec(text(), 1..5)) {
        let mut checker = Checker::with_segmenting(Options::default(), SMALL);
        for t in &texts {
            prop_assert_eq!(checker.update(t), check_segmented(t, &Options::default(), SMALL));
        }
    }
}

/// The shipped segmenting on texts past 64 KiB, where `check` itself cuts.
#[test]
fn long_texts_edited_in_many_places_equal_check() {
    let paragraphs: Vec<String> = (0..2500)
        .map(|i| {
            let piece = |k: usize| PIECES[(i * 7 + k * 3) % PIECES.len()];
            format!("{}{}{}\n\n", piece(0), piece(1), piece(2))
        })
        .collect();
    let mut text = paragraphs.concat();
    assert!(text.len() > 80 * 1024, "the text must be long enough to be cut");
    let mut checker = Checker::new(Options::default());
    assert_eq!(checker.update(&text), check(&text, &Options::default()));
    let edits = [
        Edit { at: 0.5, delete: 0, insert: "7".into() },
        Edit { at: 0.1, delete: 1, insert: String::new() },
        Edit { at: 0.9, delete: 0, insert: "\n\nOf 40 drones, 12 were downed and 20 lost.\n\n".into() },
        Edit { at: 0.3, delete: 500, insert: "😀".into() },
        Edit { at: 1.0, delete: 0, insert: " And 3 more.".into() },
        Edit { at: 0.0, delete: 0, insert: "Breaking: ".into() },
    ];
    for edit in &edits {
        text = apply(&text, edit);
        let fresh_before = checker.segments().len();
        assert_eq!(checker.update(&text), check(&text, &Options::default()), "after {edit:?}");
        assert_eq!(spans(&checker), segments(&text, addsup::checker::SEGMENTING), "after {edit:?}");
        let fresh = checker.segments().iter().filter(|s| s.fresh).count();
        // The segments the edit touches (two when it spans a cut) and one each side
        // whose cut moved.
        assert!(fresh <= 4, "{fresh} of {fresh_before} segments re-checked after {edit:?}");
    }
}
