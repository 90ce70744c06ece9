//! The founding example: the wire story in `../shared/corpus/seed/` gives
//! exactly one inconsistency, 145 launched against 71 + 71 + 1 = 143, and
//! passes the restatement of 145 as "about one and a half hundred".

use addsup::report::{Role, Status};

fn seed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seed/article.txt");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the seed story is missing: cannot read {}: {e}", path.display()))
}

#[test]
fn the_seed_story_has_exactly_one_inconsistency() {
    let text = seed();
    let report = addsup::check(&text, &Default::default());
    let bad: Vec<_> = report.inconsistent().collect();
    assert_eq!(bad.len(), 1, "expected one inconsistency, got {:#?}", bad);
    let f = bad[0];
    assert_eq!(f.rule, "sum-of-parts");
    assert_eq!(f.gap, 2.0);
    assert_eq!(f.difference, "2 drones");
    let named: Vec<(&str, Role)> = f.figures.iter().map(|x| (x.span.of(&text), x.role)).collect();
    assert_eq!(named, vec![("145", Role::Total), ("71", Role::Part), ("71", Role::Part), ("One", Role::Part)]);
    assert!(
        f.message.contains("143") && f.message.contains("145") && f.message.contains("2 drones unaccounted"),
        "{}",
        f.message
    );
}

#[test]
fn the_restatement_of_145_passes() {
    let text = seed();
    let report = addsup::check(&text, &Default::default());
    let restated = report.findings.iter().find(|f| f.rule == "restatement").expect("a restatement check");
    assert_eq!(restated.status, Status::Consistent);
    let texts: Vec<&str> = restated.figures.iter().map(|x| x.span.of(&text)).collect();
    assert_eq!(texts, vec!["145", "one and a half hundred"]);
}

#[test]
fn distractors_in_the_seed_take_part_in_nothing_flagged() {
    let text = seed();
    let report = addsup::check(&text, &Default::default());
    for f in report.inconsistent() {
        for x in &f.figures {
            let t = x.span.of(&text);
            assert!(
                !["23", "41", "at least 23", "2022", "19 miles", "2 miles", "16 miles", "S-400", "eight"].contains(&t),
                "{t} flagged"
            );
        }
    }
}
