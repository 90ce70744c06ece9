//! A stated count against the items listed: "three cities: Kyiv, Odesa and
//! Zaporizhzhia"; and a count of days against a range of dates: "10
//! consecutive days ... (June 28-July 5)", counted inclusively.

use super::CountOfList;
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::text::Span;

const MONTHS: &[(&str, u32)] = &[
    ("january", 31),
    ("february", 29),
    ("march", 31),
    ("april", 30),
    ("may", 31),
    ("june", 30),
    ("july", 31),
    ("august", 31),
    ("september", 30),
    ("october", 31),
    ("november", 30),
    ("december", 31),
];

fn month(w: &str) -> Option<usize> {
    MONTHS.iter().position(|(m, _)| *m == w || (w.len() == 3 && m.starts_with(w)))
}

fn day(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.words().get(i)?.span.of(doc.text);
    t.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

/// "June 28-July 5", "June 28 to July 5", "June 28-30" from word `i`: the
/// range's span and its inclusive length in days.
fn date_range(doc: &Doc, i: usize) -> Option<(Span, f64)> {
    let m1 = month(doc.lc(i))?;
    let d1 = day(doc, i + 1)?;
    let mut j = i + 2;
    if !matches!(doc.lc(j), "-" | "–" | "to" | "through" | "until") {
        return None;
    }
    j += 1;
    let (m2, d2, end) = match month(doc.lc(j)) {
        Some(m2) => (m2, day(doc, j + 1)?, j + 1),
        None => (m1, day(doc, j)?, j),
    };
    let day_of = |m: usize, d: u32| MONTHS[..m].iter().map(|x| x.1 as i64).sum::<i64>() + d as i64;
    let mut len = day_of(m2, d2) - day_of(m1, d1) + 1;
    if len <= 0 {
        len += 366;
    }
    Some((Span::new(doc.words()[i].span.start, doc.words()[end].span.end), len as f64))
}

/// Whether token `j` may stand inside a name after its first word: a
/// capitalised word, a hyphen or apostrophe, or a particle of names.
fn in_name(doc: &Doc, j: usize) -> bool {
    let raw = doc.words()[j].span.of(doc.text);
    !doc.is_word(j) && matches!(raw, "-" | "'" | "’" | ".")
        || raw.starts_with(char::is_uppercase)
        || matches!(
            doc.lc(j),
            "of" | "the"
                | "de"
                | "del"
                | "da"
                | "di"
                | "du"
                | "la"
                | "le"
                | "al"
                | "el"
                | "van"
                | "von"
                | "der"
                | "upon"
                | "s"
        )
}

pub fn find(doc: &Doc, out: &mut Vec<CountOfList>) {
    // Whether a sentence speaks of days in a row, read once per sentence: a
    // sentence may hold any number of figures, and reading it again for each
    // would be quadratic in them.
    let mut about_days_in: Option<(usize, bool)> = None;
    for m in &doc.mentions {
        let fig = &doc.figures[m.figure];
        if fig.kind != Kind::Number || fig.value.is_none_or(|v| !(2.0..=30.0).contains(&v) || v.fract() != 0.0) {
            continue;
        }
        let (a, b) = doc.sentence_words(m.sentence);
        // "three cities: Kyiv, Odesa and Zaporizhzhia".
        if let Some(noun) = m.noun {
            let colon = doc.word_at(noun.end);
            if doc.lc(colon) == ":" {
                let mut items = Vec::new();
                let mut j = colon + 1;
                let mut start: Option<usize> = None;
                let mut ok = true;
                while j <= b {
                    let w = if j < b { doc.lc(j) } else { "." };
                    if matches!(w, "," | "and" | "." | ";" | "&") || j == b {
                        if let Some(s) = start.take() {
                            items.push(Span::new(doc.words()[s].span.start, doc.words()[j - 1].span.end));
                        }
                        if matches!(w, "." | ";") || j == b {
                            break;
                        }
                    } else if start.is_none() {
                        let capital = doc.words()[j].span.of(doc.text).starts_with(char::is_uppercase);
                        if !doc.is_word(j) || !capital || doc.figure_at_word(j).is_some() {
                            ok = false;
                            break;
                        }
                        start = Some(j);
                    } else if doc.figure_at_word(j).is_some() || !in_name(doc, j) || j - start.unwrap_or(j) >= 6 {
                        // Items are names ("Kyiv", "Bosnia and Herzegovina", "Rio de
                        // Janeiro"); a clause ("Portugal were also on the list") ends the list
                        // in doubt, and a list in doubt is no list.
                        ok = false;
                        break;
                    }
                    j += 1;
                }
                // "Bosnia and Herzegovina, Serbia and Croatia": an "and" before the
                // last comma, or a second "and", may join one name, so the count is in doubt.
                let seps: Vec<&str> =
                    (colon + 1..j.min(b)).map(|k| doc.lc(k)).filter(|w| matches!(*w, "," | "and" | "&")).collect();
                let last_comma = seps.iter().rposition(|w| *w == ",");
                let ands = seps.iter().enumerate().filter(|(_, w)| **w != ",");
                let doubtful = ands.clone().count() > 1 || ands.clone().any(|(k, _)| last_comma.is_some_and(|c| k < c));
                if ok && !doubtful && items.len() >= 2 {
                    out.push(CountOfList { count: m.figure, items, days: None });
                    continue;
                }
            }
        }
        // "The longest run of consecutive days ... is 10, ... (June 28-July 5)".
        let about_days = match about_days_in {
            Some((s, about)) if s == m.sentence => about,
            _ => {
                let about = (a..b).any(|k| {
                    doc.is(k, "consecutive")
                        || doc.is(k, "straight")
                        || (doc.is(k, "in") && doc.is(k + 1, "a") && doc.is(k + 2, "row"))
                }) && (a..b).any(|k| doc.is(k, "days"));
                about_days_in = Some((m.sentence, about));
                about
            }
        };
        let counts_days = m.thing.is_none() || m.thing.as_deref() == Some("day");
        if about_days
            && counts_days
            && let Some(range) = (m.end..b).find_map(|k| date_range(doc, k))
        {
            out.push(CountOfList { count: m.figure, items: vec![], days: Some(range) });
        }
    }
}
