//! Helpers for the checks' unit tests.

use crate::report::{Report, Status};

/// Checks `text` and returns the findings of one rule as (status, figure texts).
pub fn findings_of(text: &str, rule: &str) -> Vec<(Status, Vec<String>)> {
    let report: Report = crate::check(text, &Default::default());
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| (f.status, f.figures.iter().map(|x| x.span.of(text).to_owned()).collect()))
        .collect()
}

/// The statuses of one rule's findings on `text`, in order.
pub fn statuses_of(text: &str, rule: &str) -> Vec<Status> {
    findings_of(text, rule).into_iter().map(|f| f.0).collect()
}

/// The message and difference of each problem one rule finds on `text`.
pub fn problems_of(text: &str, rule: &str) -> Vec<(String, String)> {
    let report: Report = crate::check(text, &Default::default());
    report.inconsistent().filter(|f| f.rule == rule).map(|f| (f.message.clone(), f.difference.clone())).collect()
}
