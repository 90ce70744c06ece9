//! A clock time given in two time zones: "14:26 local time (08:56 GMT)".
//!
//! Every time zone differs from another by a whole number of quarter
//! hours (most by whole hours, some by half or three quarters of one), so
//! the two times' minutes agree up to a quarter hour. Which offset is right
//! needs the zone and the date, which the text rarely gives: a time that
//! keeps its quarter hour is no finding either way, and only minutes that
//! no zone can account for are flagged.

use crate::text::HasByte;
use crate::text::{is_letter, small_number};
use super::ID;
use crate::checks::relation::Certainty;
use crate::checks::verdict::{Verdict, Wording, finding, role};
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::report::explain::Tie;
use crate::report::{Finding, Role};

/// Minutes past midnight of a time written "14:26", "08:56", "0930 GMT" or
/// "8:39 p.m." (the hour's half of the day does not matter to its minutes).
fn minutes(written: &str) -> Option<u32> {
    let digits: String = written
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.')
        .collect();
    let digits = digits.trim_end_matches('.');
    // By bytes: a split at two chars is a searcher of its own in the .wasm.
    let (h, m) = match digits.bytes().position(|b| b == b':' || b == b'.').map(|i| (&digits[..i], &digits[i + 1..])) {
        Some((h, m)) => (small_number(h, 10)?, small_number(m, 10)?),
        // "0930 GMT": four digits, the 24-hour clock of wire copy.
        None if digits.len() == 4 => (small_number(&digits[..2], 10)?, small_number(&digits[2..], 10)?),
        None => return None,
    };
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Whether a time names its zone: "GMT", "UTC", "local time", "EST".
fn names_zone(doc: &Doc, f: usize) -> bool {
    let fig = &doc.figures[f];
    let zone = |w: &str| {
        let l = w.to_ascii_lowercase();
        crate::one_of!(l.as_str(), ["gmt", "utc", "local"])
            || (w.len() == 3 && w.ends_with('T') && w.chars().all(|c| c.is_ascii_uppercase()))
    };
    // Split at spaces: `split_whitespace` is a routine of its own in the .wasm.
    if crate::text::split_at(fig.span.of(doc.text), b' ').any(zone) {
        return true;
    }
    let after = doc.text.get(fig.span.end..).unwrap_or("");
    crate::text::split_at(after, b' ').find(|w| !w.is_empty()).is_some_and(|w| zone(w.trim_matches(|c: char| !(is_letter(c) || c.is_ascii_digit()))))
}

/// The clock times given in two zones whose minutes no offset explains.
pub fn check(doc: &Doc, out: &mut Vec<Finding>) {
    for (i, pair) in doc.figures.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if a.kind != Kind::Time || b.kind != Kind::Time {
            continue;
        }
        // "14:26 local time (08:56 GMT)": the second opens a bracket after the first.
        let between = doc.text.get(a.span.end..b.span.start).unwrap_or("");
        let bracket = between.bytes().filter(|&c| c == b'(').count() == 1
            && !between.has(b')')
            && crate::text::split_at(between, b' ').filter(|w| w.chars().any(is_letter)).count() <= 2;
        if !bracket || !(names_zone(doc, i) || names_zone(doc, i + 1)) {
            continue;
        }
        let (Some(x), Some(y)) = (minutes(a.span.of(doc.text)), minutes(b.span.of(doc.text))) else { continue };
        let apart = (x as i64 - y as i64).rem_euclid(24 * 60);
        let off = apart % 15;
        if off == 0 {
            continue;
        }
        let off = off.min(15 - off);
        doc.tie(ID, &[i, i + 1], Tie::StatedCue, None);
        let verdict = Verdict { consistent: false, gap: off as f64, off: off as f64 };
        let (ta, tb) = (a.span.of(doc.text), b.span.of(doc.text));
        let expected =
            format!("{ta} and {tb} are the same moment only if their zones differ by a whole number of quarter hours");
        let difference = format!("{off} minute{}", if off == 1 { "" } else { "s" });
        let message = format!(
            "{ta} and {tb} are {} h {:02} min apart, but time zones differ by whole quarter hours: {difference} off",
            apart / 60,
            apart % 60
        );
        let figures = vec![role(doc, i, Role::Original), role(doc, i + 1, Role::Converted)];
        let wording = Wording { message, expected, reported: tb.to_owned(), difference };
        if let Some(f) = finding(ID, Certainty::Stated, verdict, figures, wording) {
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings_of, problems_of};
    use crate::report::Status;

    #[test]
    fn minutes_are_read_from_each_way_of_writing_a_time() {
        assert_eq!(super::minutes("14:26"), Some(866));
        assert_eq!(super::minutes("0930 GMT"), Some(570));
        assert_eq!(super::minutes("8:39 p.m."), Some(519));
        assert_eq!(super::minutes("25:00"), None);
    }

    #[test]
    fn a_time_in_two_zones_keeps_its_quarter_hour() {
        // 5 h 50 min apart: no zone is offset by that.
        let found = problems_of("The quake struck at 10:32 local time (04:52 GMT) on Saturday.", super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("5 h 40 min apart"), "{found:?}");
        assert_eq!(found[0].1, "5 minutes");
        // Whole, half and three-quarter hours are offsets some zone has: no finding, and no pass.
        for text in [
            "The quake struck at 10:32 local time (04:32 GMT) on Saturday.",
            "The quake struck at 10:32 local time (05:02 GMT) on Saturday.",
            "The quake struck at 10:32 local time (04:47 GMT) on Saturday.",
            "The blast came at 9:15 p.m. (0215 GMT Sunday).",
        ] {
            assert!(findings_of(text, super::ID).is_empty(), "{text}");
        }
        // Two times of a span are no conversion.
        assert!(findings_of("The curfew runs from 10:32 p.m. to 5:50 a.m. (local time).", super::ID).is_empty());
        let status: Vec<Status> =
            findings_of("It hit at 23:10 UTC (8:28 local time).", super::ID).into_iter().map(|f| f.0).collect();
        assert_eq!(status, vec![Status::Inconsistent]);
    }
}
