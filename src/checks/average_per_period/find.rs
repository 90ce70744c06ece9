//! Finds `average-per-period` relations within one sentence: a count, then
//! `in`/`over`/`during` a period ("30 days", "the past four weeks"), then an
//! average per unit of time ("an average of 40 a day", ", or about 10 per
//! day").
//!
//! Precision first: the three figures must stand in that order, next to
//! each other, with nothing but the cue words between them, and the average
//! must be followed by "a"/"per"/"each"/"every" and a unit of time. With an
//! average cue ("an average of", "averaging") the relation is stated; with
//! only an apposition (", or 10 a day") it is inferred, at most a warning.

use super::{AveragePerPeriod, ID};
use crate::checks::relation::{Certainty, CueWords, sentence_mentions};
use crate::figures::{Interval, Kind};
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Mention};
use crate::report::explain::{SetAside, Tie};

/// A unit of time, a period's or a rate's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Time {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Time {
    /// A figure's canonical unit (`figures::lexicon`), when it is a time.
    fn of_unit(unit: &str) -> Option<Time> {
        Cue::from_name(unit).and_then(|c| match c {
            Cue::Time(t) => Some(t),
            _ => None,
        })
    }

    /// How many of `rate` make one `self`: exact between hours, days and
    /// weeks, and between months and years; a range between the two kinds
    /// (a month is 28 to 31 days, a year 365 or 366).
    fn in_units_of(self, rate: Time) -> Option<Interval> {
        use Time::*;
        let hours = |t: Time| match t {
            Hour => Some(Interval::exact(1.0)),
            Day => Some(Interval::exact(24.0)),
            Week => Some(Interval::exact(168.0)),
            Month => Some(Interval::closed(28.0 * 24.0, 31.0 * 24.0)),
            Year => Some(Interval::closed(365.0 * 24.0, 366.0 * 24.0)),
        };
        match (self, rate) {
            (Month, Year) => Some(Interval::exact(1.0 / 12.0)),
            (Year, Month) => Some(Interval::exact(12.0)),
            (Month | Year, Month | Year) => Some(Interval::exact(1.0)),
            (Month | Year, _) => hours(self)?.div(&hours(rate)?),
            (_, Month | Year) => None, // "30 days, 900 a month": too loose to check
            _ => hours(self)?.div(&hours(rate)?),
        }
    }
}

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Average,
    Over,
    Lead,
    Rate,
    Time(Time),
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        Some(match name {
            "average" => Cue::Average,
            "over" => Cue::Over,
            "lead" => Cue::Lead,
            "rate" => Cue::Rate,
            "hour" => Cue::Time(Time::Hour),
            "day" => Cue::Time(Time::Day),
            "week" => Cue::Time(Time::Week),
            "month" => Cue::Time(Time::Month),
            "year" => Cue::Time(Time::Year),
            _ => return None,
        })
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::AVERAGE_PER_PERIOD_CUES);

/// The cue starting at word `i`, and the word after it.
fn cue_at(doc: &Doc, i: usize) -> Option<(Cue, usize)> {
    CUES.at(doc, i)
}

/// A plain count: a number of at least one, neither a share nor a bound.
fn is_count(doc: &Doc, m: &Mention) -> bool {
    let f = &doc.figures[m.figure];
    f.kind == Kind::Number && f.value.is_some_and(|v| v >= 1.0) && f.bound.is_none()
}

/// "attacks in the past 30 days": from the end of the total's figure, at
/// most a few words of noun, an `over` cue and leading words, then the
/// period's first word. The recogniser reads "over two weeks" as a bound
/// ("more than two weeks"); after a count it is the period's `over`, and
/// the period is then read without the bound. The period's length and the
/// words of the `over` cue, or why there is none.
fn total_over_period(doc: &Doc, total: &Mention, period: &Mention) -> Result<(Interval, usize), SetAside> {
    let p = &doc.figures[period.figure];
    let over_in_figure = matches!(cue_at(doc, period.first), Some((Cue::Over, _)))
        && p.bound.is_some()
        && (total.end..period.first).all(|w| doc.is_word(w));
    if over_in_figure {
        let slack = p.precision.map_or(0.0, |precision| precision / 2.0);
        let length = Interval::exact(p.value.ok_or(SetAside::Unstated)?).widen(slack);
        return Ok((length, period.first));
    }
    if p.bound.is_some() {
        return Err(SetAside::Bound);
    }
    let mut clause_ends = false;
    let over = (total.end..period.first.min(total.end + 5)).find(|&j| {
        let Some((Cue::Over, mut k)) = cue_at(doc, j) else { return false };
        if (total.end..j).any(|w| !doc.is_word(w)) {
            clause_ends = true;
            return false; // punctuation between the count and "in": another clause
        }
        while k < period.first {
            match cue_at(doc, k) {
                Some((Cue::Lead, next)) => k = next,
                _ => return false,
            }
        }
        k == period.first
    });
    let Some(over) = over else {
        let punctuated = clause_ends || (total.end..period.first).any(|w| !doc.is_word(w));
        return Err(if punctuated { SetAside::OtherClause } else { SetAside::WordsBetween });
    };
    Ok((p.interval().ok_or(SetAside::Unstated)?, over))
}

/// The unit after an average ("40 a day", "40 attacks per week"), and
/// the words of the average cue before it (`Some((first, end))`), or `None`
/// when they only set it beside the period (", or 10 a day"); or why there
/// is no average.
#[allow(clippy::type_complexity)]
fn rate_of(doc: &Doc, period: &Mention, average: &Mention) -> Result<(Time, Option<(usize, usize)>), SetAside> {
    let rate = (average.end..average.end + 3)
        .find_map(|j| match cue_at(doc, j) {
            Some((Cue::Rate, k)) if (average.end..j).all(|w| doc.is_word(w)) => match cue_at(doc, k) {
                Some((Cue::Time(t), _)) => Some(t),
                _ => None,
            },
            _ => None,
        })
        .ok_or(SetAside::Unstated)?;
    let hedge_start = doc.figures[average.figure].hedge.map_or(usize::MAX, |h| doc.word_at(h.start));
    let between = period.end..average.first.min(hedge_start);
    if between.len() > 5 {
        return Err(SetAside::TooFar);
    }
    let mut named = None;
    let mut j = between.start;
    while j < between.end {
        match cue_at(doc, j) {
            Some((Cue::Average, next)) => (named, j) = (Some((j, next)), next),
            _ if matches!(doc.lc(j), "," | "or" | "(" | "-" | "–" | "—") => j += 1,
            _ => return Err(SetAside::WordsBetween),
        }
    }
    Ok((rate, named))
}

pub fn find(doc: &Doc, out: &mut Vec<AveragePerPeriod>) {
    for s in 0..doc.layout.sentences.len() {
        let mentions = &doc.mentions[sentence_mentions(doc, s)];
        for three in mentions.windows(3) {
            let [total, period, average] = three else { continue };
            let p = &doc.figures[period.figure];
            let Some(period_time) = p.unit.and_then(Time::of_unit) else { continue };
            if p.kind != Kind::Measure || !is_count(doc, total) || !is_count(doc, average) {
                continue;
            }
            let figures = [total.figure, period.figure, average.figure];
            let found = total_over_period(doc, total, period).and_then(|(length, over)| {
                let (rate, named) = rate_of(doc, period, average)?;
                let per = period_time.in_units_of(rate).ok_or(SetAside::Units)?;
                Ok((length, over, rate, named, per))
            });
            let (period_length, over, rate, named, rates_per_period) = match found {
                Ok(found) => found,
                Err(reason) => {
                    doc.set_aside(ID, &figures, reason, doc.words_span(total.end, average.first));
                    continue;
                }
            };
            if doc.explaining() {
                explain(doc, &figures, over, period, average, named);
            }
            out.push(AveragePerPeriod {
                total: total.figure,
                period: period.figure,
                period_length,
                average: average.figure,
                rates_per_period,
                rate: rate_name(rate),
                certainty: if named.is_some() { Certainty::Stated } else { Certainty::Inferred },
            });
        }
    }
}

/// Why the three figures were tied: the `over` cue that ties the count to
/// the period (at word `over`), the average cue or the bare apposition,
/// and the one sentence. Out of line: only `--explain` runs it.
#[inline(never)]
fn explain(doc: &Doc, figures: &[usize; 3], over: usize, period: &Mention, average: &Mention, named: Option<(usize, usize)>) {
    // "over two weeks": the cue is the first word of the period's figure.
    let over_end = if over == period.first { over + 1 } else { period.first };
    doc.tie(ID, &figures[..2], Tie::StatedCue, doc.words_span(over, over_end));
    match named {
        Some((first, end)) => doc.tie(ID, figures, Tie::StatedCue, doc.words_span(first, end)),
        None => doc.tie(ID, figures, Tie::ApposedCue, doc.words_span(period.end, average.first)),
    }
    doc.tie(ID, figures, Tie::SameSentence, None);
}

/// The rate's unit as a message says it: "a day".
fn rate_name(t: Time) -> &'static str {
    match t {
        Time::Hour => "an hour",
        Time::Day => "a day",
        Time::Week => "a week",
        Time::Month => "a month",
        Time::Year => "a year",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }

    #[test]
    fn periods_convert_to_rates_exactly_or_by_their_range() {
        assert_eq!(Time::Week.in_units_of(Time::Day), Some(Interval::exact(7.0)));
        assert_eq!(Time::Year.in_units_of(Time::Month), Some(Interval::exact(12.0)));
        let days = Time::Year.in_units_of(Time::Day).unwrap();
        assert!((days.lo - 365.0).abs() < 1e-9 && (days.hi - 366.0).abs() < 1e-9);
        assert_eq!(Time::Day.in_units_of(Time::Month), None);
    }
}
