//! Dates, times and years: `March 3`, `3/4/2024`, `14:30 GMT`, and whether
//! a four-digit number is a year.

use super::*;
use crate::checks::relation::CueWords;
use crate::mentions::lexicon::Class;
use crate::text::HasByte;
use crate::text::{is_lower, small_number};

pub(super) fn month_at(s: &Scanner, i: usize) -> bool {
    let w = s.lw(i);
    if !s.is_word(i) || !lexicon::is_month(s.word(i)) {
        return false;
    }
    // "may" and "march" are verbs too; short forms must be capitalised.
    (w.len() > 3 && w != "march" && w != "may") || s.capitalised(i)
}

pub(super) fn day_number(s: &Scanner, i: usize) -> Option<usize> {
    let raw = s.raw(i);
    if !s.is_num(i) || raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d = small_number(raw, 10)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // "25th"
    if s.glued(i + 1) && crate::one_of!(s.lw(i + 1), ["st", "nd", "rd", "th"]) {
        return Some(i + 2);
    }
    Some(i + 1)
}

pub(super) fn year_number(s: &Scanner, i: usize) -> bool {
    let raw = s.raw(i);
    s.is_num(i)
        && raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (1000..=2200).contains(&small_number(raw, 10).unwrap_or(0))
}

/// "2005/06", "1999/00", "2005/2006", "2002/3": a year and the next one
/// joined by a slash name a span of years (a fiscal or school year), never
/// a fraction: a fraction's denominator is not written with a leading zero
/// or as the year after its numerator. The next year's last digit alone
/// names it within its decade ("2009/0" is no such span).
pub(super) fn year_slash_year(s: &Scanner, i: usize) -> bool {
    // Read for every amount a range may start at: the slash first.
    if !(s.is_punct(i + 1, "/") && s.glued(i + 1) && s.glued(i + 2) && year_number(s, i)) {
        return false;
    }
    let next = small_number(s.raw(i), 10).unwrap_or(0) + 1;
    let second = s.raw(i + 2);
    match second.len() {
        1 => !next.is_multiple_of(10) && small_number(second, 10) == Some(next % 10),
        2 => small_number(second, 10) == Some(next % 100),
        _ => year_number(s, i + 2) && small_number(second, 10) == Some(next),
    }
}

/// `November 25, 2024`, `25 November 2024`, `Nov. 25`, `November 2024`,
/// `25/11/2024`, `2024-11-25`.
pub(super) fn date(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let with_year = |j: usize| -> usize {
        let k = if s.is_punct(j, ",") { j + 1 } else { j };
        if year_number(s, k) { k + 1 } else { j }
    };
    if month_at(s, i) {
        let mut j = i + 1;
        if s.is_punct(j, ".") && s.glued(j) {
            j += 1;
        }
        if let Some(k) = day_number(s, j) {
            let end = with_year(second_day(s, i, j, k).unwrap_or(k));
            return Some((Figure::new(span(s, i, end), Kind::Date), end));
        }
        if year_number(s, j) {
            return Some((Figure::new(span(s, i, j + 1), Kind::Date), j + 1));
        }
        return None;
    }
    if let Some(mut k) = day_number(s, i) {
        // "09-15 December": a span of days before their month is one date.
        if let Some(last) = day_number(s, k + 1).filter(|_| s.is_dash(k) && s.glued(k) && s.glued(k + 1)) {
            k = last;
        }
        let m = if s.lw(k) == "of" { k + 1 } else { k };
        if month_at(s, m) {
            let end = with_year(m + 1);
            return Some((Figure::new(span(s, i, end), Kind::Date), end));
        }
    }
    // Numeric dates: three groups joined by one separator.
    if s.is_num(i) {
        for sep in ["/", "-", "."] {
            if s.is_punct(i + 1, sep)
                && s.glued(i + 1)
                && s.glued(i + 2)
                && s.is_num(i + 2)
                && s.is_punct(i + 3, sep)
                && s.glued(i + 3)
                && s.glued(i + 4)
                && s.is_num(i + 4)
            {
                let parts = [s.raw(i), s.raw(i + 2), s.raw(i + 4)];
                if parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) && is_date_triple(parts) {
                    return Some((Figure::new(span(s, i, i + 5), Kind::Date), i + 5));
                }
            }
        }
        // 25.11.2024 is one digit token.
        let raw = s.raw(i);
        let mut parts = crate::text::split_at(raw, b'.');
        if let (Some(day), Some(month), Some(year), None) = (parts.next(), parts.next(), parts.next(), parts.next())
            && !raw.has(b',')
            && is_date_triple([day, month, year])
            && year.len() == 4
        {
            return Some((Figure::new(span(s, i, i + 1), Kind::Date), i + 1));
        }
    }
    None
}

/// "between May 3 and 24", "from March 3 to 9", "June 4-5": after a span opened on a
/// day of a month, the bare day that closes it is a day of the same month,
/// not a count. `day` is the first day's token, `k` the token after it;
/// returns the token after the second day.
fn second_day(s: &Scanner, month: usize, day: usize, k: usize) -> Option<usize> {
    let opens = month > 0 && crate::one_of!(s.lw(month - 1), ["between", "from"]);
    let joined = crate::one_of!(s.lw(k), ["and", "to", "through", "until", "till"]);
    // "on June 4-5": a dash between the days, glued to both.
    let dashed = s.is_dash(k) && s.glued(k) && s.glued(k + 1);
    if !(opens && joined || dashed) {
        return None;
    }
    let end = day_number(s, k + 1)?;
    let later = small_number(s.raw(k + 1), 10)? > small_number(s.raw(day), 10)?;
    // "between May 3 and 24 flights": a noun after it makes it a count.
    let next = s.raw(end);
    let counted = s.is_word(end)
        && next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().next().is_some_and(is_lower);
    (later && !counted && !month_at(s, end)).then_some(end)
}

pub(super) fn is_date_triple(p: [&str; 3]) -> bool {
    let n = p.map(|x| small_number(x, 10).unwrap_or(0));
    let day_month = |a: u32, b: u32| {
        (1..=31).contains(&a) && (1..=12).contains(&b) || (1..=12).contains(&a) && (1..=31).contains(&b)
    };
    if p[0].len() == 4 {
        return (1000..=2200).contains(&n[0]) && (1..=12).contains(&n[1]) && (1..=31).contains(&n[2]);
    }
    (p[2].len() == 4 || p[2].len() == 2) && day_month(n[0], n[1])
}

pub(super) const ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst", "pdt", "msk", "ist", "jst",
    "hrs", "hours", "local",
];

pub(super) fn am_pm(s: &Scanner, j: usize) -> Option<usize> {
    match s.lw(j) {
        "am" | "pm" => Some(j + 1),
        "a" | "p" if s.is_punct(j + 1, ".") && s.lw(j + 2) == "m" => {
            Some(if s.is_punct(j + 3, ".") { j + 4 } else { j + 3 })
        }
        _ => None,
    }
}

/// `11:41`, `2pm`, `11 a.m.`, `2.17pm`, `0850 GMT`.
pub(super) fn time(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if !s.is_num(i) {
        return None;
    }
    let raw = s.raw(i);
    let digits_only = raw.bytes().all(|b| b.is_ascii_digit());
    let hour = small_number(crate::text::split_at(raw, b'.').next()?, 10)?;
    let finish = |end: usize| -> (Figure, usize) {
        let end = am_pm(s, end).or_else(|| ZONES.contains(&s.lw(end)).then_some(end + 1)).unwrap_or(end);
        (Figure::new(span(s, i, end), Kind::Time), end)
    };
    // hh:mm[:ss]
    if digits_only && raw.len() <= 2 && hour <= 24 && s.is_punct(i + 1, ":") && s.glued(i + 1) && s.glued(i + 2) {
        let m = s.raw(i + 2);
        if s.is_num(i + 2) && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) && m < "60" {
            let mut end = i + 3;
            if s.is_punct(end, ":") && s.glued(end) && s.is_num(end + 1) && s.raw(end + 1).len() == 2 {
                end += 2;
            }
            return Some(finish(end));
        }
    }
    // 2pm, 11 a.m., 2.17pm
    if (1..=12).contains(&hour)
        && (digits_only && raw.len() <= 2 || raw.len() <= 5 && raw.has(b'.'))
        && let Some(end) = am_pm(s, i + 1)
        && s.gap(i + 1).len() <= 1
    {
        return Some((Figure::new(span(s, i, end), Kind::Time), end));
    }
    // 0850 GMT, 1430 hrs
    if digits_only
        && raw.len() == 4
        && hour <= 2359
        && hour % 100 < 60
        && matches!(lexicon::context(s.lw(i + 1)), Some(lexicon::Context::Zone | lexicon::Context::Hours))
        && (raw.starts_with('0') || !year_number(s, i) || s.lw(i + 1) != "hours")
    {
        return Some((Figure::new(span(s, i, i + 2), Kind::Time), i + 2));
    }
    None
}

/// The classes of `lexicon/years.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum YearWord {
    /// A word before a number that makes it a year: "in 2022", "since 1800".
    Cue,
    /// A plural noun that a year names rather than counts: "2024 elections".
    Named,
}

impl Class for YearWord {
    fn from_name(name: &str) -> Option<YearWord> {
        crate::mentions::lexicon::named(&[("cue", YearWord::Cue), ("named", YearWord::Named)], name)
    }
}

pub(super) static YEAR_WORDS: CueWords = CueWords::new(crate::mentions::lexicon::tabled::LEXICON_YEARS);

/// Is this bare four-digit number a year? News writes counts of thousands
/// with a comma, so a bare 1900–2100 is a year unless a counted noun or a
/// unit follows it; earlier years need a cue ("in 1066", "since 1800").
pub(super) fn is_year(s: &Scanner, a: &Amount) -> bool {
    if !a.bare_digits || a.num_end != a.num_start + 1 || !year_number(s, a.num_start) {
        return false;
    }
    let v = a.value;
    let before = if a.num_start > 0 { s.lw(a.num_start - 1) } else { "" };
    // "in 2022", "since 1800", "March 2022": a cue word or a month before it.
    if (YEAR_WORDS.class_of(before) == Some(YearWord::Cue) || lexicon::is_month(before))
        && (1000.0..=2200.0).contains(&v)
    {
        return true;
    }
    if !(1900.0..=2100.0).contains(&v) {
        return false;
    }
    // "2000 troops": a plural noun after it makes it a count.
    let next = s.raw(a.num_end);
    let plural_noun = s.is_word(a.num_end)
        && next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().next().is_some_and(is_lower)
        && YEAR_WORDS.class_of(next) != Some(YearWord::Named);
    !plural_noun
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_of_years_are_known_classes_given_once() {
        assert_eq!(YEAR_WORDS.faults::<YearWord>(), (vec![], vec![]));
        assert_eq!(YEAR_WORDS.class_of::<YearWord>("since"), Some(YearWord::Cue));
        assert_eq!(YEAR_WORDS.class_of::<YearWord>("elections"), Some(YearWord::Named));
    }

    #[test]
    fn a_year_is_told_from_a_count_by_the_words_around_it() {
        let kinds = |text: &str| crate::recognize(text).iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("Turnout fell after 1998."), vec![Kind::Year]);
        assert_eq!(kinds("The 2026 elections were calm."), vec![Kind::Year]);
        assert_eq!(kinds("About 2026 soldiers were there."), vec![Kind::Number]);
    }

    #[test]
    fn the_day_that_closes_a_span_of_days_is_a_date() {
        let kinds = |text: &str| crate::recognize(text).iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("Sales fell between March 3 and 19, the firm said."), vec![Kind::Date]);
        assert_eq!(kinds("Rail use rose from July 2 to 30 in the north."), vec![Kind::Date]);
        assert_eq!(kinds("Between May 4 and 28, 12% of trains were late."), vec![Kind::Date, Kind::Percent]);
        // "June 4-5": the days of a span joined by a dash, glued to both.
        assert_eq!(
            kinds("The firm polled 800 members on June 4-5, including 450 voters."),
            vec![Kind::Number, Kind::Date, Kind::Number]
        );
        assert_eq!(kinds("It polled 800 members on Sept. 4-5."), vec![Kind::Number, Kind::Date]);
        // Days joined by a dash before their month, after "between" too.
        assert_eq!(
            kinds("Some 6,120 people crossed between 03-09 March 2021, 12% more."),
            vec![Kind::Number, Kind::Date, Kind::Percent]
        );
        assert_eq!(kinds("It polled 800 members from 4-5 June."), vec![Kind::Number, Kind::Date]);
        assert_eq!(kinds("Rooms 12-14 were shut."), vec![Kind::Range]);
        // A later count is no day: a noun follows it, or it does not close a span.
        assert_eq!(kinds("From May 2 to 40 branches were shut."), vec![Kind::Date, Kind::Number]);
        assert_eq!(kinds("On May 2 and 25 others were hurt."), vec![Kind::Date, Kind::Number]);
    }

    #[test]
    fn a_year_compared_with_after_a_share_is_a_year() {
        let kinds = |text: &str| crate::recognize(text).iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("Deaths were 6% below 2019."), vec![Kind::Percent, Kind::Year]);
        assert_eq!(kinds("Output stood 3 per cent above 2008 and rising."), vec![Kind::Percent, Kind::Year]);
        assert_eq!(kinds("Thefts are 35% higher than 2018."), vec![Kind::Percent, Kind::Year]);
        assert_eq!(kinds("Fares were 4 percent lower than 2017 and falling."), vec![Kind::Percent, Kind::Year]);
        // Without a share before it, "more than" still bounds a count.
        assert_eq!(kinds("More than 2000 people came."), vec![Kind::Number]);
        // Without a share before it, "below" still bounds a count.
        let bound = crate::recognize("Below 2000 people came.");
        assert_eq!(bound.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![Kind::Number]);
    }

    #[test]
    fn a_half_after_an_ordinal_is_a_stretch_of_time() {
        let kinds = |text: &str| crate::recognize(text).iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("Profit rose 8% in the first half of the year."), vec![Kind::Percent, Kind::Ordinal]);
        assert_eq!(kinds("Two goals came in the second half."), vec![Kind::Number, Kind::Ordinal]);
        assert_eq!(kinds("Half the staff left."), vec![Kind::Number]);
    }
}
