//! A stated count against the items listed: "three cities: Kyiv, Odesa and
//! Zaporizhzhia"; and a count of days against a range of dates: "10
//! consecutive days ... (June 28-July 5)", counted inclusively.

use crate::text::{is_lower, small_number};
use super::{CountOfList, ID};
use crate::report::explain::{SetAside, Tie};
use crate::checks::relation::CueWords;
use crate::figures::Kind;
use crate::mentions::lexicon::{Class, Thing, lexicons};
use crate::mentions::{Doc, Mention};
use crate::text::Span;

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    NameParticle,
    Article,
    And,
    AsWellAs,
    As,
    When,
    Which,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("name-particle", Cue::NameParticle),
                ("article", Cue::Article),
                ("and", Cue::And),
                ("as-well-as", Cue::AsWellAs),
                ("as", Cue::As),
                ("when", Cue::When),
                ("which", Cue::Which),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::COUNT_OF_LIST_CUES);

/// A month of `months.txt`: its number (1 to 12), checked by the test of
/// the word files; the check itself reads only the days before it.
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Month(usize);

#[cfg(test)]
impl Class for Month {
    fn from_name(name: &str) -> Option<Month> {
        name.parse().ok().filter(|n| (1..=12).contains(n)).map(Month)
    }
}

static MONTHS: CueWords = CueWords::new(crate::mentions::lexicon::tabled::LEXICON_MONTHS);

/// The days of a leap year before the month named by `w`.
fn month(w: &str) -> Option<i64> {
    // The small-number reader the day uses, not `str::parse`'s generic one.
    small_number(MONTHS.lexicon().match_at(&[w])?.2?, 10).map(i64::from)
}

fn day(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.words().get(i)?.span.of(doc.text);
    small_number(t, 10).filter(|d| (1..=31).contains(d))
}

/// "June 28-July 5", "June 28 to July 5", "June 28-30" from word `i`: the
/// range's span and its inclusive length in days.
fn date_range(doc: &Doc, i: usize) -> Option<(Span, f64)> {
    let m1 = month(doc.lc(i))?;
    let d1 = day(doc, i + 1)?;
    let mut j = i + 2;
    if !crate::lc_in!(doc, j, ["-", "–", "to", "through", "until"]) {
        return None;
    }
    j += 1;
    let (m2, d2, end) = match month(doc.lc(j)) {
        Some(m2) => (m2, day(doc, j + 1)?, j + 1),
        None => (m1, day(doc, j)?, j),
    };
    let day_of = |before: i64, d: u32| before + d as i64;
    let mut len = day_of(m2, d2) - day_of(m1, d1) + 1;
    if len <= 0 {
        len += 366;
    }
    Some((Span::new(doc.words()[i].span.start, doc.words()[end].span.end), len as f64))
}

/// Whether token `j` may stand inside an item after its first word: a
/// capitalised word, a hyphen or apostrophe, a particle of names, or the
/// counted noun itself ("the Kharkiv region" in a count of regions).
fn in_item(doc: &Doc, j: usize, head: &str) -> bool {
    let raw = doc.words()[j].span.of(doc.text);
    !doc.is_word(j) && crate::one_of!(raw, ["-", "'", "’", "."])
        || crate::checks::relation::capitalised(doc, j)
        || matches!(CUES.class_of::<Cue>(doc.word(j)), Some(Cue::NameParticle | Cue::Article))
        || (!head.is_empty() && doc.lc(j) == head)
}

/// The singular of the last word of the counted noun: "regions" → "region".
fn singular_head<'d>(doc: &'d Doc, noun: Span) -> &'d str {
    let word = doc.lc(doc.word_at(noun.end).saturating_sub(1));
    match word.strip_suffix('s') {
        Some(stem) if !word.ends_with("ies") && !word.ends_with("ss") => stem,
        _ => word,
    }
}

/// Whether the words from `k` to the sentence end `b` attribute what went
/// before ("the ministry said", "said the governor", "according to the
/// army"), so that a list ends at the comma before them.
fn attribution_from(doc: &Doc, k: usize, b: usize) -> bool {
    let say = &lexicons().say;
    b > k && b - k <= 8 && (k..b.min(k + 5)).any(|i| say.match_phrase(&doc.phrase_at(i, 2)).is_some())
}

/// How the items of a list are joined.
#[derive(Clone, Copy, PartialEq)]
enum Join {
    Comma,
    And,
    AsWellAs,
}

/// Where the list of a count opens: a colon after its noun ("three cities:
/// Kyiv, ..."), after the noun and when it happened ("three cities on
/// Friday night: ...") or a short clause that says which ("four provinces
/// where damage was worst: ..."); "as" after the noun ("named the five
/// suspects as ..."); or brackets right after the count and its noun or one
/// word ("3 against (Peru, Chile and Bolivia)"). The word after the opener
/// and whether the list is in brackets.
fn list_opener(doc: &Doc, m: &Mention) -> Option<(usize, bool)> {
    let after = doc.after_noun(m);
    if m.noun.is_some() {
        if let Some(colon) = colon_after(doc, after) {
            return Some((colon + 1, false));
        }
        if let Some((Cue::As, next)) = CUES.at::<Cue>(doc, after) {
            return Some((next, false));
        }
    }
    if in_apposition(doc, m, after) {
        return Some((after + 1, false));
    }
    // "Most goals in one match: 5 (Brazil and Spain)": a label's value,
    // with the names that share it in brackets, counts no list.
    if m.noun.is_none() && doc.is(m.first.wrapping_sub(1), ":") {
        return None;
    }
    // "Three states — Ohio, Iowa and Utah — led": an aside between dashes
    // (or hyphens spaced as dashes) is read as one in brackets.
    if doc.is_dash_aside(after) {
        return Some((after + 1, true));
    }
    let bracket = [after, after + 1].into_iter().find(|&k| doc.lc(k) == "(")?;
    (bracket == after || doc.is_word(after) && doc.figure_at_word(after).is_none()).then_some((bracket + 1, true))
}

/// Whether a list stands in apposition to a count that opens its sentence
/// or the clause a verb of saying opens: "Four regions, Kent, Essex and
/// Surrey, reported new cases", "Officials said four regions, Kent, ...".
/// The list
/// follows the noun after a comma and begins with a name; a count inside
/// the sentence ("Of the 12 victims, Smith and Jones ...") may be a frame
/// that the comma closes, so it opens no list this way.
fn in_apposition(doc: &Doc, m: &Mention, after: usize) -> bool {
    let (a, _) = doc.sentence_words(m.sentence);
    let article = m.first > a && CUES.class_of::<Cue>(doc.word(m.first - 1)) == Some(Cue::Article);
    let start = m.first - usize::from(article);
    let opens = start == a || (start > a && lexicons().say.contains(doc.word(start - 1)));
    let name_at = |k: usize| doc.is_word(k) && crate::checks::relation::capitalised(doc, k);
    m.noun.is_some() && opens && doc.lc(after) == "," && name_at(after + 1) && doc.figure_at_word(after + 1).is_none()
}

/// The colon that closes a count's noun phrase from word `after`: at once,
/// after words of when, or after a clause of up to six words that says
/// which, with no figure in it and no plural that could own the list
/// ("three men who visited cities: ..." lists cities, not men).
fn colon_after(doc: &Doc, after: usize) -> Option<usize> {
    let which = CUES.class_of::<Cue>(doc.word(after)) == Some(Cue::Which);
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let mut k = after;
    while k < after + 6 && doc.lc(k) != ":" {
        // A phrase of when from the periods lexicon: "during the night".
        if let Some((n, _, _)) = lexicons().periods.match_phrase(&doc.phrase_at(k, 4)) {
            k = doc.skip_words(k, n);
            continue;
        }
        let plain_word = doc.is_word(k) && doc.figure_at_word(k).is_none() && !plural(doc.lc(k));
        if !plain_word || !(which || CUES.class_of::<Cue>(doc.word(k)) == Some(Cue::When)) {
            return None;
        }
        k += 1;
    }
    (doc.lc(k) == ":").then_some(k)
}

/// The first word of a count's list, after its opener.
fn listed_items_start(doc: &Doc, m: &Mention) -> Option<usize> {
    list_opener(doc, m).map(|(first, _)| first)
}

/// Things counted by the machine, whose names are makes and models.
const MACHINES: [Thing; 7] =
    [Thing::Drone, Thing::Missile, Thing::Rocket, Thing::Bomb, Thing::Aircraft, Thing::Tank, Thing::Vehicle];

/// Why a list that opened was not counted, and the word that decided.
type Doubt = (SetAside, usize);

/// The items of the list a count opens (see [`list_opener`]), up to the
/// sentence end `b`: `None` when no list opens, an error when where it ends,
/// or how many items it holds, is in doubt.
fn listed_items(doc: &Doc, m: &Mention, b: usize) -> Option<Result<Vec<Span>, Doubt>> {
    let (first, bracketed) = list_opener(doc, m)?;
    // "nine drones (Falcon, Kestrel and Heron)", "12 missiles (Arrow and
    // Iskander)": names in brackets after a count of machines are their
    // makes or models, not one name a machine.
    if bracketed && m.class().is_some_and(|c| MACHINES.contains(&c)) {
        return Some(Err((SetAside::OtherThing, first)));
    }
    Some(read_list(doc, m, first, bracketed, b))
}

fn read_list(doc: &Doc, m: &Mention, first: usize, bracketed: bool, b: usize) -> Result<Vec<Span>, Doubt> {
    let head = m.noun.map_or("", |noun| singular_head(doc, noun));
    let apposition = !bracketed && first > 0 && doc.lc(first - 1) == "," && first - 1 == doc.after_noun(m);
    let mut items = Vec::new();
    let mut joins = Vec::new();
    let mut start: Option<usize> = None;
    let mut j = first;
    while j < b {
        let w = doc.lc(j);
        let join = match CUES.at::<Cue>(doc, j) {
            Some((Cue::And, next)) => Some((Join::And, next)),
            Some((Cue::AsWellAs, next)) => Some((Join::AsWellAs, next)),
            _ if w == "," => Some((Join::Comma, j + 1)),
            _ => None,
        };
        if let Some((join, next)) = join {
            // "Kyiv, Odesa, and Lviv": the serial comma before the last item.
            if start.is_none() && join != Join::Comma && joins.last() == Some(&Join::Comma) {
                joins.pop();
                joins.push(join);
                j = next;
                continue;
            }
            let s = start.take().ok_or((SetAside::OtherClause, j))?;
            items.push(Span::new(doc.words()[s].span.start, doc.words()[j - 1].span.end));
            // A list closed by "and" ends at a comma before an attribution:
            // "Kharkiv, Sumy and Poltava, the ministry said"; one in
            // apposition ends at the comma where its clause goes on: "Four
            // regions, Kent, Essex and Surrey, reported ...".
            let clause_goes_on = apposition
                && doc.is_word(next)
                && doc.words()[next].span.of(doc.text).starts_with(is_lower);
            if !bracketed
                && join == Join::Comma
                && joins.iter().any(|&k| k != Join::Comma)
                && (attribution_from(doc, next, b) || clause_goes_on)
            {
                return sound(&joins, items, j);
            }
            joins.push(join);
            j = next;
            continue;
        }
        if bracketed && (w == ")" || doc.is_dash_aside(j)) {
            let s = start.ok_or((SetAside::OtherClause, j))?;
            items.push(Span::new(doc.words()[s].span.start, doc.words()[j - 1].span.end));
            return sound(&joins, items, j);
        }
        if crate::one_of!(w, [".", ";"]) {
            // A list in brackets must close them within the sentence.
            if bracketed {
                return Err((SetAside::OtherClause, j));
            }
            break;
        }
        if start.is_none() {
            if !opens_item(doc, j) {
                return Err((SetAside::OtherClause, j));
            }
            start = Some(j);
        } else if doc.figure_at_word(j).is_some() || !in_item(doc, j, head) || j - start.unwrap_or(j) >= 6 {
            // Items are names ("Kyiv", "Rio de Janeiro", "the Kharkiv
            // region"); a clause ("Portugal were also on the list") ends
            // the list in doubt, and a list in doubt is no list.
            return Err((SetAside::OtherClause, j));
        }
        j += 1;
    }
    if bracketed {
        return Err((SetAside::OtherClause, j));
    }
    let s = start.ok_or((SetAside::OtherClause, j))?;
    items.push(Span::new(doc.words()[s].span.start, doc.words()[j - 1].span.end));
    sound(&joins, items, j)
}

/// Whether an item may begin at word `j`: a capitalised name, or "the"
/// before one.
fn opens_item(doc: &Doc, j: usize) -> bool {
    let name_at = |k: usize| {
        doc.is_word(k)
            && crate::checks::relation::capitalised(doc, k)
            && doc.figure_at_word(k).is_none()
    };
    name_at(j) || CUES.class_of::<Cue>(doc.word(j)) == Some(Cue::Article) && name_at(j + 1)
}

/// The items, unless the way they are joined leaves their number in doubt.
/// Within each part of the list ("A, B and C" as well as "D"), an "and"
/// before a comma, or a second "and", may join one name ("Bosnia and
/// Herzegovina, Serbia and Croatia"); a list must also end with a joining
/// word, as English lists do.
fn sound(joins: &[Join], items: Vec<Span>, end: usize) -> Result<Vec<Span>, Doubt> {
    let closed = joins.last().is_some_and(|&k| k != Join::Comma);
    let doubtful = joins.split(|&k| k == Join::AsWellAs).any(|part| {
        let ands: Vec<usize> = (0..part.len()).filter(|&k| part[k] == Join::And).collect();
        let last_comma = part.iter().rposition(|&k| k == Join::Comma);
        ands.len() > 1 || ands.iter().any(|&k| last_comma.is_some_and(|c| k < c))
    });
    if closed && !doubtful && items.len() >= 2 { Ok(items) } else { Err((SetAside::Incomplete, end)) }
}

pub fn find(doc: &Doc, out: &mut Vec<CountOfList>) {
    // Whether a sentence speaks of days in a row, read once per sentence: a
    // sentence may hold any number of figures, and reading it again for each
    // would be quadratic in them.
    let mut about_days_in: Option<(usize, bool)> = None;
    for m in &doc.mentions {
        let fig = &doc.figures[m.figure];
        // A count of days may be a measure: "for 5 days in a row".
        let in_days = fig.kind == Kind::Measure && fig.unit == Some("day");
        if !(fig.kind == Kind::Number || in_days)
            || fig.value.is_none_or(|v| !(2.0..=30.0).contains(&v) || v.fract() != 0.0)
        {
            continue;
        }
        let (_, b) = doc.sentence_words(m.sentence);
        // "three cities: Kyiv, Odesa and Zaporizhzhia".
        match listed_items(doc, m, b).filter(|_| !in_days) {
            Some(Ok(items)) => {
                if doc.explaining() {
                    let opener = doc.after_noun(m);
                    let first = listed_items_start(doc, m).unwrap_or(opener + 1);
                    doc.tie(ID, &[m.figure], Tie::StatedCue, doc.words_span(opener, first + 1));
                    doc.tie(ID, &[m.figure], Tie::FullBreakdown, None);
                }
                out.push(CountOfList { count: m.figure, items, days: None });
                continue;
            }
            Some(Err((reason, at))) => doc.set_aside(ID, &[m.figure], reason, doc.words_span(at, at + 1)),
            None => {}
        }
        if let Some(days) = days_counted(doc, m, &mut about_days_in) {
            out.push(CountOfList { count: m.figure, items: vec![], days: Some(days) });
        }
    }
}

/// "The longest run of consecutive days ... is 8, ... (May 2-9)":
/// a count of days in a row and the range of dates they ran.
fn days_counted(doc: &Doc, m: &Mention, about_days_in: &mut Option<(usize, bool)>) -> Option<(Span, f64)> {
    let (a, b) = doc.sentence_words(m.sentence);
    let about_days = match *about_days_in {
        Some((sentence, about)) if sentence == m.sentence => about,
        _ => {
            let about = (a..b).any(|k| {
                doc.is(k, "consecutive")
                    || doc.is(k, "straight")
                    || (doc.is(k, "in") && doc.is(k + 1, "a") && doc.is(k + 2, "row"))
            }) && (a..b).any(|k| doc.is(k, "days"));
            *about_days_in = Some((m.sentence, about));
            about
        }
    };
    let in_days = doc.figures[m.figure].unit == Some("day");
    let counts_days = in_days || m.thing.is_none() || m.thing.as_deref() == Some("day");
    if !(about_days && counts_days) {
        return None;
    }
    (m.end..b).find_map(|k| date_range(doc, k))
}

/// The faults of the check's word files: classes the code does not know
/// and forms given twice.
#[cfg(test)]
pub(super) fn cue_faults() -> (Vec<&'static str>, Vec<String>) {
    let (mut unknown, mut twice) = CUES.faults::<Cue>();
    let (months, months_twice) = MONTHS.faults::<Month>();
    unknown.extend(months);
    twice.extend(months_twice);
    (unknown, twice)
}
