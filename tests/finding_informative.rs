//! `Finding::informative`: a pass that only bounds a lone part by its total,
//! or restates one figure as itself, says nothing; every other finding does.

use addsup::report::Status;

/// (rule, status, informative, figure texts) of every finding in `text`.
fn findings(text: &str) -> Vec<(&'static str, Status, bool, Vec<String>)> {
    addsup::check(text, &Default::default())
        .findings
        .iter()
        .map(|f| (f.rule, f.status, f.informative, f.figures.iter().map(|x| x.span.of(text).to_owned()).collect()))
        .collect()
}

fn only(text: &str, rule: &str) -> Vec<(Status, bool)> {
    findings(text).into_iter().filter(|f| f.0 == rule).map(|f| (f.1, f.2)).collect()
}

#[test]
fn a_lone_part_within_its_total_says_nothing() {
    let text = "Police arrested 14 of the 60 protesters outside the embassy.";
    assert_eq!(only(text, "sum-of-parts"), vec![(Status::Consistent, false)], "{:?}", findings(text));
}

#[test]
fn a_breakdown_that_adds_up_says_something() {
    let text = "The ferry carried 120 passengers, of which 70 were rescued and 50 were missing.";
    assert_eq!(only(text, "sum-of-parts"), vec![(Status::Consistent, true)], "{:?}", findings(text));
}

#[test]
fn a_lone_part_above_its_total_is_a_problem_and_says_something() {
    let text = "Police arrested 74 of the 60 protesters outside the embassy.";
    let got = only(text, "sum-of-parts");
    assert!(!got.is_empty() && got.iter().all(|&f| f == (Status::Inconsistent, true)), "{:?}", findings(text));
}

#[test]
fn the_same_figure_twice_says_nothing_but_a_hedged_restatement_does() {
    let same = "The party won 58 seats in the new parliament. With 58 seats, it can govern without a partner.";
    assert_eq!(only(same, "restatement"), vec![(Status::Consistent, false)], "{:?}", findings(same));
    let hedged =
        "The storm cut power to nearly 4,000 homes on Monday. By noon the utility said 3,870 homes were without power.";
    assert_eq!(only(hedged, "restatement"), vec![(Status::Consistent, true)], "{:?}", findings(hedged));
}

#[test]
fn the_cli_json_carries_the_field() {
    let report = addsup::check("Police arrested 14 of the 60 protesters outside the embassy.", &Default::default());
    let json = serde_json::to_value(&report.findings[0]).unwrap();
    assert_eq!(json["informative"], serde_json::Value::Bool(false));
}
