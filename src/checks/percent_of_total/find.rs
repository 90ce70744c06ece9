//! A part, its whole and the share it makes: "412,630 voters, or 38.21
//! percent of the electorate" (the whole stated "in all" nearby), "8.4 per
//! cent of the year's budget of Rs 31.6 lakh crore", "12 out of 60 (20%)",
//! "60% of the injured are women (2,100) and children (1,500)", "just over
//! a third of the applicants (1,210 of 3,540)", "one in five".

use super::{ID, Percent};
use crate::checks::relation::{
    Certainty, CueWords, NumberWord, Share, fraction_at, hedge_before, sentence_mentions, window, within_reach,
};
use crate::checks::shares_sum::find::is_change;
use crate::report::explain::{SetAside, Tie};
use crate::figures::Kind;
use crate::mentions::{Doc, Event, Mention};
use crate::mentions::lexicon::{Class, Thing, lexicons};

fn is_amount(doc: &Doc, f: usize) -> bool {
    matches!(doc.figures[f].kind, Kind::Number | Kind::Money) && doc.figures[f].value.is_some()
}

/// The thing class named in the few words from `i` ("of the reported
/// deaths" → person), with the event it implies.
fn thing_after(doc: &Doc, i: usize, limit: usize) -> (Option<String>, Option<Event>) {
    let lex = lexicons();
    let mut event = None;
    for j in i..i + limit {
        if !doc.is_word(j) {
            if doc.lc(j) == "'" || doc.lc(j) == "-" {
                continue;
            }
            break;
        }
        if let Some((_, e)) = lex.events.match_class::<Event>(&doc.phrase_at(j, 3)) {
            event = Some(e);
        }
        if let Some((_, class, implied)) = lex.things.match_phrase(&doc.phrase_at(j, 3)) {
            return (Some(class.to_owned()), implied.and_then(Event::from_name).or(event));
        }
    }
    (None, event)
}

/// Up to three candidate wholes, nearest first.
fn wholes_before(doc: &Doc, before: usize, thing: Option<&str>, event: Option<Event>, than: f64) -> Vec<usize> {
    if thing.is_none() && event.is_none() {
        return vec![];
    }
    let here = &doc.mentions[before.min(doc.mentions.len() - 1)];
    let win = within_reach(window(doc, here.paragraph.saturating_sub(1)), before);
    win.rev()
        .filter(|&k| k < before)
        .map(|k| &doc.mentions[k])
        .filter(|m| {
            (thing.is_none() || m.thing.as_deref() == thing)
                && (event.is_none() || m.event.is_none() || m.event == event)
                && (thing.is_some() || m.event == event)
                && doc.figures[m.figure].kind == Kind::Number
                && doc.figures[m.figure].value.is_some_and(|v| v > than)
        })
        .take(3)
        .map(|m| m.figure)
        .collect()
}

/// A percentage and what stands just before it: the amount it may restate
/// ("412,300 voters, or 27.15 percent") and whether "or", a bracket or a
/// comma joins them.
struct ShareAt<'d> {
    /// Its index in `doc.mentions`.
    mi: usize,
    p: &'d Mention,
    before: Option<&'d Mention>,
    or_before: bool,
}

impl<'d> ShareAt<'d> {
    fn read(doc: &'d Doc, mi: usize) -> ShareAt<'d> {
        let p = &doc.mentions[mi];
        let previous = mi.checked_sub(1).map(|k| &doc.mentions[k]).filter(|x| {
            x.sentence == p.sentence && is_amount(doc, x.figure) && doc.figures[x.figure].kind != Kind::Percent
        });
        // "855 restaurants failed inspection this year, or 22 percent": an
        // "or" or a bracket right before the share restates the amount before
        // it, a clause away; a bare comma only when the two stand close.
        let restates = crate::lc_in!(doc, p.first.saturating_sub(1), ["or", "("]);
        // "In eight of them, it passed 70%": a subject of its own between
        // the count and the share opens another clause, whose share is a
        // level of something else.
        // "Adams, 40% of the goals (20 of 50); Brook, 30% ...": a semicolon
        // closes the amount's list item, so a share after it is another item's.
        // "in five of those: Limpopo (74%), ...": a colon opens the list of
        // the amount's items, so a share after it is an item's, not the amount's.
        // "displaced two million people, and 70% of the 18 million need aid":
        // "and" joins another clause, whose share has a subject of its own.
        // "sold 900, 200 more than in May, with 15% of 6,000 ...": an amount
        // compared "than" something is a difference, not what the share
        // says of its whole.
        let new_subject = |x: &Mention| {
            (x.end..p.first)
                .any(|k| crate::lc_in!(doc, k, ["it", "they", "he", "she", "we", "and", ";", ":", "than"]))
        };
        let before = previous
            .filter(|x| x.end + 6 >= p.first || (restates && x.end + 12 >= p.first))
            .filter(|x| !new_subject(x) && !whole_of_the_clause(doc, x, p));
        let or_before =
            before.is_some() && (p.first.saturating_sub(3)..p.first).any(|k| crate::lc_in!(doc, k, ["or", "(", ","]));
        ShareAt { mi, p, before, or_before }
    }

    /// The amount the share restates, when "or", a bracket or a comma joins them.
    fn restated(&self) -> Option<&'d Mention> {
        self.before.filter(|_| self.or_before)
    }

    fn percent(&self, parts: Vec<usize>, whole: usize, certainty: Certainty) -> Percent {
        Percent { parts, whole, percent: Share::Figure(self.p.figure), certainty }
    }
}

/// "Of those 400 seats, 30% went to women": a count that an "of" opening
/// the clause puts first is the whole the clause's shares are of, never the
/// part a share after its comma restates.
fn whole_of_the_clause(doc: &Doc, x: &Mention, p: &Mention) -> bool {
    let (a, _) = doc.sentence_words(x.sentence);
    let mut k = x.first;
    while k > a && crate::lc_in!(doc, k - 1, ["the", "those", "these", "its", "their", "all"]) {
        k -= 1;
    }
    let opens = k > a && doc.is(k - 1, "of") && (k - 1 == a || crate::lc_in!(doc, k - 2, [",", ";", ":"]));
    opens && (x.end..p.first).any(|j| doc.lc(j) == ",")
}

/// What a pass makes of a share: a relation, nothing to say (later passes
/// are not tried), or not its form (the next pass is tried).
enum Decision {
    Found(Percent),
    Quiet,
    NotMine,
}

pub fn find(doc: &Doc, out: &mut Vec<Percent>) {
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        // "up 12% on the year before" measures a change, not a share.
        // "made up 12%" is a share: its "up" is the verb's.
        if doc.figures[m.figure].kind != Kind::Percent || (is_change(doc, m) && share_verb_before(doc, m).is_none()) {
            continue;
        }
        // "31 ended lower, led by Acme (4.2%)": a percentage in brackets
        // right after a name past the sentence's first word is the name's
        // own figure, no share of a count before it.
        let (first, _) = doc.sentence_words(m.sentence);
        if m.first > first + 2 && doc.is(m.first - 1, "(") && crate::checks::relation::capitalised(doc, m.first - 2) {
            continue;
        }
        let share = ShareAt::read(doc, mi);
        let passes: [fn(&Doc, &ShareAt) -> Decision; 7] = [
            turnout,
            rate_of_a_verb,
            part_of_a_stated_whole,
            whole_in_the_phrase,
            whole_named_by_its_noun,
            bracketed_parts,
            whole_stated_in_all,
        ];
        for pass in passes {
            match pass(doc, &share) {
                Decision::Found(p) => {
                    record_tie(doc, &p);
                    out.push(p);
                    break;
                }
                Decision::Quiet => break,
                Decision::NotMine => {}
            }
        }
    }
    fractions(doc, out);
}

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// "turnout": the share of the electorate that voted.
    Turnout,
    /// "registered", "eligible": the count is the electorate.
    Electorate,
    /// "cast", "voted": the count is the ballots cast.
    Cast,
    /// "valid", "rejected": the count is only some of the ballots cast.
    CountedApart,
    /// "made up", "accounted for": the subject is the share's part.
    ShareVerb,
    /// "who", "which": a clause inside the subject.
    Relative,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("turnout", Cue::Turnout),
                ("electorate", Cue::Electorate),
                ("cast", Cue::Cast),
                ("counted-apart", Cue::CountedApart),
                ("share-verb", Cue::ShareVerb),
                ("relative", Cue::Relative),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::PERCENT_OF_TOTAL_CUES);

fn cue_in(doc: &Doc, words: std::ops::Range<usize>, cue: Cue) -> bool {
    words.into_iter().any(|k| CUES.class_of::<Cue>(doc.word(k)) == Some(cue))
}

/// A turnout against its counts: "registered voters numbered 56,000, of whom
/// 48,000 cast a ballot, a turnout of 85.7%", "Turnout was 32.7%, with
/// 14,928 of the 45,615 registered voters casting a ballot". The ballots
/// cast are the part of the electorate the sentence states, or else the one
/// count named as cast and the one named as the electorate in the sentence
/// and the two before it. Valid or rejected ballots are no turnout's part;
/// with more than one reading, nothing is said.
fn turnout(doc: &Doc, s: &ShareAt) -> Decision {
    let (a, _) = doc.sentence_words(s.p.sentence);
    let named = cue_in(doc, s.p.first.saturating_sub(5).max(a)..s.p.first, Cue::Turnout);
    let between = (s.p.first.saturating_sub(5).max(a)..s.p.first).any(|k| doc.figure_at_word(k).is_some());
    if !named || between {
        return Decision::NotMine;
    }
    let around = |m: &Mention| beside(doc, m);
    let here = sentence_mentions(doc, s.p.sentence);
    let stated: Vec<&Mention> = doc.mentions[here.clone()]
        .iter()
        .filter(|m| {
            let whole_here = m.part_of.and_then(|w| doc.mention(w)).is_some_and(|w| w.sentence == m.sentence);
            whole_here && m.part_of.is_some_and(|w| is_count(doc, w)) && is_count(doc, m.figure)
        })
        .collect();
    if let [x] = stated[..] {
        // "40 of the 50 seats were filled; turnout was 61%": a turnout is a
        // share of voters, never of seats or districts.
        let of_voters = x.class().is_none_or(|c| matches!(c, Thing::Person | Thing::Vote));
        if breaks_down_the_vote(doc, x) || !of_voters {
            doc.set_aside(ID, &[x.figure, x.part_of.unwrap_or(x.figure), s.p.figure], SetAside::OtherThing, None);
            return Decision::Quiet;
        }
        if cue_in(doc, around(x), Cue::CountedApart) {
            let figures = [x.figure, x.part_of.unwrap_or(x.figure), s.p.figure];
            doc.set_aside(ID, &figures, SetAside::OtherThing, doc.words_span(around(x).start, around(x).end));
            return Decision::Quiet;
        }
        return Decision::Found(s.percent(vec![x.figure], x.part_of.unwrap_or(x.figure), Certainty::Stated));
    }
    let first = s.p.sentence.saturating_sub(2);
    // "Turnout was 72% in the 2019 election": a share dated by a year of its
    // own is that year's, and counts from sentences that never name the
    // year are another election's.
    if let Some(year) = dated_year(doc, s.p) {
        let (start, _) = doc.sentence_words(first);
        let named_elsewhere = (start..s.p.first).any(|k| {
            doc.figure_at_word(k).is_some_and(|f| doc.figures[f].kind == Kind::Year && doc.figures[f].value == Some(year))
        });
        if !named_elsewhere {
            doc.set_aside(ID, &[s.p.figure], SetAside::OtherPeriod, None);
            return Decision::Quiet;
        }
    }
    let reach = sentence_mentions(doc, first).start..here.end;
    let of_class = |cue: Cue, other: Cue| -> Vec<usize> {
        doc.mentions[reach.clone()]
            .iter()
            .filter(|m| m.paragraph + 1 >= s.p.paragraph && is_count(doc, m.figure))
            .filter(|m| {
                let near = around(m);
                cue_in(doc, near.clone(), cue)
                    && !cue_in(doc, near.clone(), other)
                    && !cue_in(doc, near, Cue::CountedApart)
            })
            .map(|m| m.figure)
            .collect()
    };
    let (electorate, cast) = (of_class(Cue::Electorate, Cue::Cast), of_class(Cue::Cast, Cue::Electorate));
    let stated = |e: usize| doc.figures[e].span.start >= doc.words()[a].span.start;
    match (&electorate[..], &cast[..]) {
        // "Taking the 60,000 ballots posted as the base, 30,000 voted, a
        // turnout of 50%": an electorate from a sentence before is a guess,
        // and another figure in the turnout's own sentence, beside the two
        // of the relation, may be the whole the writer took instead.
        ([e], [_]) if !stated(*e) && here.len() > 2 => Decision::Quiet,
        ([e], [c]) if e != c && doc.figures[*c].value <= doc.figures[*e].value => {
            let certainty = if stated(*e) { Certainty::Stated } else { Certainty::Inferred };
            Decision::Found(s.percent(vec![*c], *e, certainty))
        }
        // One count of the two: the turnout's other figure is not stated.
        ([one], []) | ([], [one]) => {
            doc.set_aside(ID, &[*one, s.p.figure], SetAside::Unstated, None);
            Decision::Quiet
        }
        _ => Decision::Quiet,
    }
}

/// "Of the 1,200 members who voted, 812 backed the strike": a whole a
/// relative clause names as having voted, or a part named by a side, is a
/// vote's breakdown; a turnout is the share of the electorate that voted.
/// (In "6,412 of its 7,385 electors voted" the verb is the part's.)
fn breaks_down_the_vote(doc: &Doc, part: &Mention) -> bool {
    let whole_voted = doc.mention(part.part_of.unwrap_or(part.figure)).is_some_and(|w| {
        let words = beside(doc, w);
        (w.end..words.end).any(|k| cue_in(doc, k..k + 1, Cue::Relative) && cue_in(doc, k + 1..k + 3, Cue::Cast))
    });
    whole_voted || matches!(part.event, Some(Event::For | Event::Against | Event::Invalid))
}

/// "743 passed, a pass rate of 78.2 percent", "Of these, 3,907 passed, a
/// pass rate of 83.69%", "167,977 sat, 114,925 passed, a pass rate of 68.4%":
/// a rate named by a verb is the share of a whole that did it. The part is
/// the count of the sentence that the verb follows ("passed" for a "pass
/// rate"); the whole is the count it is stated a part of, or else the count
/// listed just before it with a verb of its own ("167,977 sat"). A rate with
/// no such part or whole says nothing.
fn rate_of_a_verb(doc: &Doc, s: &ShareAt) -> Decision {
    let (a, _) = doc.sentence_words(s.p.sentence);
    let at = s.p.first;
    if at < a + 4 || !(doc.is(at - 1, "of") && doc.is(at - 2, "rate") && crate::lc_in!(doc, at - 4, ["a", "the"])) {
        return Decision::NotMine;
    }
    let rate = doc.lc(at - 3);
    // "pass" rate and "passed", "failure" rate and "failed": the first four
    // letters name the verb.
    let stem = match rate.get(..4) {
        Some(stem) if doc.is_word(at - 3) => stem,
        _ => return Decision::NotMine,
    };
    let here = sentence_mentions(doc, s.p.sentence);
    let counts: Vec<&Mention> =
        doc.mentions[here.start..s.mi].iter().filter(|m| is_count(doc, m.figure)).collect();
    let did = |m: &Mention| [m.end, doc.after_noun(m)].iter().any(|&k| doc.lc(k).starts_with(stem));
    let Some(pi) = counts.iter().rposition(|m| did(m)) else { return Decision::Quiet };
    let part = counts[pi];
    if let Some(whole) = part.part_of.or_else(|| whole_of_them(doc, part)) {
        return Decision::Found(s.percent(vec![part.figure], whole, Certainty::Stated));
    }
    // "167,977 sat, 114,925 passed": the step before, a comma away.
    let listed_before = pi.checked_sub(1).map(|k| counts[k]).filter(|w| {
        let own_verb = doc.is_word(w.end) && doc.figure_at_word(w.end).is_none();
        // Its verb and a comma, a word or two: "1,000 sat, 820 passed".
        let next_in_list = doc.lc(part.first - 1) == "," && part.first <= w.end + 4;
        own_verb && next_in_list && doc.figures[w.figure].value >= doc.figures[part.figure].value
    });
    match listed_before {
        Some(w) => Decision::Found(s.percent(vec![part.figure], w.figure, Certainty::Inferred)),
        None => Decision::Quiet,
    }
}

/// The year a figure's own phrase dates it to: "72% in the 2019 election",
/// "12% in 2019", read up to the next comma or figure.
fn dated_year(doc: &Doc, m: &Mention) -> Option<f64> {
    if !doc.is(m.end, "in") {
        return None;
    }
    let k = if doc.is(m.end + 1, "the") { m.end + 2 } else { m.end + 1 };
    doc.figure_at_word(k).filter(|&f| doc.figures[f].kind == Kind::Year).and_then(|f| doc.figures[f].value)
}

/// The words beside a count, up to the next figure, comma or full stop either side:
/// where what it counts is said ("registered voters", "cast a ballot").
fn beside(doc: &Doc, m: &Mention) -> std::ops::Range<usize> {
    let free = |k: &usize| doc.figure_at_word(*k).is_none() && !crate::lc_in!(doc, *k, [",", ";", ".", "!", "?"]);
    let start = (m.first.saturating_sub(4)..m.first).rev().take_while(free).last().unwrap_or(m.first);
    let end = (m.end..doc.after_noun(m) + 3).take_while(free).last().map_or(m.end, |k| k + 1);
    start..end
}

fn is_count(doc: &Doc, f: usize) -> bool {
    doc.figures[f].kind == Kind::Number && doc.figures[f].value.is_some()
}

/// Why a share was tied to its part and whole, for `--explain`: stated
/// words, or figures only set side by side.
fn record_tie(doc: &Doc, p: &Percent) {
    if !doc.explaining() {
        return;
    }
    let Share::Figure(share) = p.percent else { return };
    let mut figures = p.parts.clone();
    figures.extend([p.whole, share]);
    let tie = if p.certainty == Certainty::Stated { Tie::StatedCue } else { Tie::ApposedCue };
    doc.tie(ID, &figures, tie, None);
}

/// "12 out of 60 (20%)": the part's stated whole is the whole; "Of the
/// 1,500 polled, 900, or 60%": the whole put first, its part restated.
fn part_of_a_stated_whole(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(x) = s.restated() else { return Decision::NotMine };
    if let Some(y) = x.part_of.or_else(|| whole_of_them(doc, x)) {
        return Decision::Found(s.percent(vec![x.figure], y, Certainty::Stated));
    }
    match doc.mentions[..s.mi]
        .iter()
        .rev()
        .take_while(|m| m.sentence == s.p.sentence)
        .find(|m| m.part_of == Some(x.figure))
    {
        Some(part) => Decision::Found(s.percent(vec![part.figure], x.figure, Certainty::Stated)),
        None => Decision::NotMine,
    }
}

/// "There were 9,188 patients. Of them, 1,233 recovered": a part that opens
/// its sentence with "Of them" is of the one count in the sentence before
/// (the thing the part names is often its verb's: "1,233 recovered").
fn whole_of_them(doc: &Doc, x: &Mention) -> Option<usize> {
    let (a, _) = doc.sentence_words(x.sentence);
    let opens = x.first == a + 3
        && doc.is(a, "of")
        && crate::lc_in!(doc, a + 1, ["them", "those", "these"])
        && doc.is(a + 2, ",");
    if !opens || x.sentence == 0 {
        return None;
    }
    let xv = doc.figures[x.figure].value?;
    let mut counts = doc.mentions[sentence_mentions(doc, x.sentence - 1)].iter().filter(|m| {
        doc.figures[m.figure].kind == Kind::Number && m.paragraph == x.paragraph
    });
    let whole = counts.next()?;
    let fits = doc.figures[whole.figure].value.is_some_and(|v| v >= xv);
    (fits && counts.next().is_none()).then_some(whole.figure)
}

/// The word after "of" that follows the share: "Z% of the Y".
fn of_after(doc: &Doc, s: &ShareAt) -> Option<usize> {
    doc.is(s.p.end, "of").then_some(s.p.end + 1)
}

/// The whole named as a figure right after the share: "Z% of the Y", "Z
/// per cent of the total budget of Rs Y". A share "of" something is decided
/// here or by the passes after it; one without "of" goes no further.
fn whole_in_the_phrase(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(of_at) = of_after(doc, s) else { return Decision::Quiet };
    let (_, b) = doc.sentence_words(s.p.sentence);
    let mut whole_figure = None;
    let mut j = of_at;
    while j < b && j < of_at + 10 {
        if let Some(f) = doc.figure_at_word(j) {
            // "90% of the cases tied to one of the outbreaks": a figure
            // itself "of" a group is a part of it, never the share's whole.
            if is_amount(doc, f) && !doc.mention(f).is_some_and(|m| doc.is(m.end, "of")) {
                whole_figure = Some(f);
            }
            if doc.figures[f].kind.is_quantity() {
                break;
            }
        }
        // The whole stands in the share's own phrase: a comma ends it
        // ("48% of valid votes, and Okafor, with 2,871,051"), and so does
        // the verb the phrase is the subject of ("9% of voters are
        // undecided in a four-way race"), and so does a "with" opening a
        // clause of its own ("54% of the votes cast with his rival taking
        // 6.7 million"). A dash opens an aside and "than" the other term
        // of a comparison ("3% of output, less than the $80 billion of
        // 2019"): a figure past either is no whole of the share, nor one
        // past the bracket the share stands in ("1,204 (31.2% of the votes)
        // and Gomez 1,187").
        if crate::lc_in!(doc, j, [".", ";", "(", ")", ",", "with", "is", "are", "was", "were", "has", "have", "had", "remain", "remains", "than", "—", "–"]) {
            break;
        }
        j += 1;
    }
    let Some(whole) = whole_figure else { return Decision::NotMine };
    match part_of_a_whole_in_the_phrase(doc, s, whole) {
        Some((x, certainty)) if same_currency(doc, x, whole) => {
            Decision::Found(s.percent(vec![x], whole, certainty))
        }
        _ => Decision::Quiet,
    }
}

/// "2,210,480 votes, or 51.20 percent of valid votes ... the 4,317,344
/// valid votes": a share restating a count and naming its whole by words
/// is of the one larger count nearby that those words name. The whole's
/// noun must match, and the words that qualify it ("valid", "total") must
/// stand beside the whole too: every candidate's votes are votes, only the
/// whole is the valid votes. A bare noun ("of votes") names no one count.
fn whole_named_by_its_noun(doc: &Doc, s: &ShareAt) -> Decision {
    let (Some(of_at), Some(x)) = (of_after(doc, s), s.restated()) else { return Decision::NotMine };
    let mut j = of_at;
    while crate::lc_in!(doc, j, ["the", "all", "its", "their"]) {
        j += 1;
    }
    let (Some(thing), _) = thing_after(doc, j, 4) else { return Decision::NotMine };
    // The words before the thing's noun qualify it: "valid", "total".
    let named = doc.phrase_at(j, 4);
    let qualifiers: Vec<&str> = named
        .iter()
        .take_while(|w| lexicons().things.match_at(&[w]).is_none())
        .filter(|w| !crate::mentions::is_stop_word(**w))
        .copied()
        .collect();
    let xv = doc.figures[x.figure].value.unwrap_or(f64::MAX);
    let win = within_reach(window(doc, s.p.paragraph.saturating_sub(1)), s.mi);
    let beside =
        |m: &Mention| (m.first.saturating_sub(2)..doc.after_noun(m) + 1).map(|k| doc.lc(k)).collect::<Vec<_>>();
    let mut wholes = win.map(|k| &doc.mentions[k]).filter(|m| {
        let words = beside(m);
        let names = m.thing.as_deref() == Some(thing.as_str());
        let qualified = !qualifiers.is_empty() && qualifiers.iter().all(|q| words.contains(q));
        m.figure != x.figure
            && is_count(doc, m.figure)
            && doc.figures[m.figure].value.is_some_and(|v| v > xv)
            && names
            && qualified
    });
    match (wholes.next(), wholes.next()) {
        (Some(w), None) => Decision::Found(s.percent(vec![x.figure], w.figure, Certainty::Stated)),
        _ => Decision::NotMine,
    }
}

/// The part of "Z% of the Y": the amount the share restates, or (after
/// "That amounts to") the last amount of the sentence before, or the amount
/// that restates the whole's share after it ("About 30% of the 2,000
/// employees, or roughly 600 people").
fn part_of_a_whole_in_the_phrase(doc: &Doc, s: &ShareAt, whole: usize) -> Option<(usize, Certainty)> {
    if let Some(x) = s.restated() {
        return Some((x.figure, Certainty::Stated));
    }
    let (a, _) = doc.sentence_words(s.p.sentence);
    let p = s.p;
    let anaphoric =
        (a..p.first).any(|k| doc.is(k, "that") || doc.is(k, "this")) && a + 3 >= p.first.saturating_sub(2);
    if anaphoric && p.sentence > 0 {
        return doc.mentions[..s.mi]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 1 >= p.sentence)
            .find(|m| m.sentence + 1 == p.sentence && is_amount(doc, m.figure) && same_currency(doc, m.figure, whole))
            .map(|m| (m.figure, Certainty::Plausible));
    }
    restated_after(doc, whole).map(|x| (x, Certainty::Stated)).or_else(|| subject_of_share_verb(doc, s, whole))
}

/// Where a verb such as "made up" or "accounted for" starts, right before
/// a share.
fn share_verb_before(doc: &Doc, p: &Mention) -> Option<usize> {
    let (a, _) = doc.sentence_words(p.sentence);
    (p.first.saturating_sub(3).max(a)..p.first)
        .find(|&k| CUES.at::<Cue>(doc, k).is_some_and(|(cue, next)| cue == Cue::ShareVerb && next == p.first))
}

/// "the 3,045 who sat five or more made up 3.9 percent of the 78,655": a
/// share after a verb such as "made up" or "accounted for" is of its
/// subject, the first count of the clause (a comma, a semicolon, "while" or
/// "but" opens one), when every other count between it and the verb stands
/// in a clause of its own ("who sat five or more").
fn subject_of_share_verb(doc: &Doc, s: &ShareAt, whole: usize) -> Option<(usize, Certainty)> {
    let (a, _) = doc.sentence_words(s.p.sentence);
    let verb = share_verb_before(doc, s.p)?;
    let clause = (a..verb)
        .rev()
        .find(|&k| crate::lc_in!(doc, k, [",", ";", "while", "whereas", "but"]))
        .map_or(a, |k| k + 1);
    let here = sentence_mentions(doc, s.p.sentence);
    let mut counts = doc.mentions[here]
        .iter()
        .filter(|m| m.first >= clause && m.end <= verb && doc.figures[m.figure].kind.is_quantity());
    let subject = counts.next().filter(|m| is_count(doc, m.figure))?;
    let relative_at = (subject.end..verb).find(|&k| CUES.class_of::<Cue>(doc.word(k)) == Some(Cue::Relative));
    let others_inside = counts.all(|m| relative_at.is_some_and(|r| m.first > r));
    let smaller = doc.figures[subject.figure].value < doc.figures[whole].value;
    (others_inside && smaller && same_currency(doc, subject.figure, whole)).then_some((subject.figure, Certainty::Stated))
}

/// Parts in brackets after the share: "60% of those hurt are women
/// (1,200) and children (1,800)", against the nearest earlier count of the
/// thing named after "of".
fn bracketed_parts(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(of_at) = of_after(doc, s) else { return Decision::Quiet };
    let bracketed: Vec<usize> = doc.mentions[s.mi + 1..]
        .iter()
        .take_while(|m| m.sentence == s.p.sentence)
        .filter(|m| is_amount(doc, m.figure) && doc.lc(m.first.saturating_sub(1)) == "(" && doc.lc(m.end) == ")")
        .map(|m| m.figure)
        .collect();
    if bracketed.is_empty() {
        return Decision::NotMine;
    }
    let (thing, event) = thing_after(doc, of_at, 6);
    match wholes_before(doc, s.mi, thing.as_deref(), event, 0.0).first() {
        Some(&whole) => Decision::Found(s.percent(bracketed, whole, Certainty::Inferred)),
        None => Decision::Quiet,
    }
}

/// "412,300 voters, or 27.15 percent of the electorate": the whole is the
/// count of the same thing stated "in all" or "in total" in the window.
fn whole_stated_in_all(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(x) = s.restated() else { return Decision::Quiet };
    let win = within_reach(window(doc, s.p.paragraph.saturating_sub(1)), s.mi);
    let xv = doc.figures[x.figure].value.unwrap_or(0.0);
    let whole = win.map(|k| &doc.mentions[k]).find(|m| {
        m.figure != x.figure
            && m.cues.total
            && doc.figures[m.figure].kind == Kind::Number
            && doc.figures[m.figure].value.is_some_and(|v| v > xv)
            && m.thing == x.thing
    });
    match whole {
        Some(w) => Decision::Found(s.percent(vec![x.figure], w.figure, Certainty::Plausible)),
        None => Decision::Quiet,
    }
}

/// The part a share's whole is restated as, right after it: the next amount
/// in the sentence, within a few words of the whole's noun phrase, after "or"
/// or a bracket ("the 2,000 employees, or roughly 600").
fn restated_after(doc: &Doc, whole: usize) -> Option<usize> {
    let w = doc.mention(whole)?;
    let x = doc.mentions.get(doc.mention_of[whole]? + 1)?;
    let gap = x.first.saturating_sub(doc.after_noun(w));
    let restates = (x.first.saturating_sub(3)..x.first).any(|k| crate::lc_in!(doc, k, ["or", "("]));
    // "of the 3.4 million (34 lakh) voters": a bracket inside the
    // whole's noun phrase, right after its figure, gives the whole again.
    if doc.is(w.end, "(") && x.first == w.end + 1 {
        return None;
    }
    // "38% of the 1,795 restaurants failed inspection, a total of 690".
    let totals = x.cues.total && !(doc.after_noun(w)..x.first).any(|k| doc.figure_at_word(k).is_some());
    let follows = x.sentence == w.sentence && ((gap <= 4 && restates) || (gap <= 8 && totals)) && is_amount(doc, x.figure);
    follows.then_some(x.figure)
}

fn same_currency(doc: &Doc, a: usize, b: usize) -> bool {
    doc.figures[a].currency == doc.figures[b].currency && doc.figures[a].unit == doc.figures[b].unit
}

/// Fraction words: "about one-fifth of the recorded cases, more than
/// 48,000"; "just over a third of the applicants (1,210 of 3,540)";
/// "more than half of ..., with 217 people".
fn fractions(doc: &Doc, out: &mut Vec<Percent>) {
    for s in 0..doc.layout.sentences.len() {
        let (a, b) = doc.sentence_words(s);
        let first_mention = doc.mentions.partition_point(|m| m.sentence < s);
        if doc.mentions.get(first_mention).is_none_or(|m| m.sentence != s) {
            continue;
        }
        let mut i = a;
        while i < b {
            let Some((after, value)) = fraction_at(doc, i) else {
                i += 1;
                continue;
            };
            if doc
                .figure_at_word(i)
                .is_some_and(|f| doc.figures[f].kind.is_quantity() && doc.figures[f].value.is_some_and(|v| v > 1.0))
            {
                i += 1;
                continue;
            }
            let (approx, more_than, start) = hedge_before(doc, i);
            let word = NumberWord {
                span: crate::text::Span::new(doc.words()[start].span.start, doc.words()[after - 1].span.end),
                value,
                approx,
                more_than,
            };
            i = after;
            if !doc.is(after, "of") {
                continue;
            }
            let (thing, event) = thing_after(doc, after + 1, 6);
            // The part: the next count in the sentence.
            let Some(xm) = doc.mentions[first_mention..]
                .iter()
                .take_while(|m| m.sentence == s)
                .find(|m| m.first >= after && doc.figures[m.figure].kind == Kind::Number)
            else {
                continue;
            };
            // "one in five of the 1,000 patients, or 200": the count after "of
            // [the]" is the whole, and the part is restated after it.
            let of_whole = xm.first == after + 1 || (xm.first == after + 2 && doc.is(after + 1, "the"));
            if of_whole {
                if let Some(x) = restated_after(doc, xm.figure) {
                    out.push(Percent {
                        parts: vec![x],
                        whole: xm.figure,
                        percent: Share::Fraction(word.clone()),
                        certainty: Certainty::Stated,
                    });
                }
                continue;
            }
            let xv = doc.figures[xm.figure].value.unwrap_or(0.0);
            let mi = doc.mention_of[xm.figure].unwrap_or(0);
            let wholes = match xm.part_of {
                Some(w) => vec![w],
                // A plausible relation is reported only when it holds, so each
                // of the nearest candidates may be tried.
                None => wholes_before(doc, mi, thing.as_deref(), event, xv),
            };
            for whole in wholes {
                out.push(Percent {
                    parts: vec![xm.figure],
                    whole,
                    percent: Share::Fraction(word.clone()),
                    certainty: Certainty::Plausible,
                });
            }
        }
    }
}

/// "Smith 1,431 (40.71%), Jones 1,395 (39.69%) and Brown 361 (10.27%)",
/// "24,130 women, or 41.60 per cent, and 33,870 men, or 58.40 per cent":
/// counts each followed by the share it makes, joined by a bracket, "or"
/// or a comma, two or more in one sentence. Counts of different things or
/// shares of a change or a bound are no such list.
pub fn counts_with_shares(doc: &Doc, out: &mut Vec<super::CountsWithShares>) {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut sentence = usize::MAX;
    for mi in 1..doc.mentions.len() {
        let (c, p) = (&doc.mentions[mi - 1], &doc.mentions[mi]);
        if p.sentence != sentence {
            flush_counts_with_shares(doc, &mut pairs, out);
            sentence = p.sentence;
        }
        let share = &doc.figures[p.figure];
        let joined = c.sentence == p.sentence
            && is_count(doc, c.figure)
            && share.kind == Kind::Percent
            && share.value.is_some()
            && share.bound.is_none()
            && !is_change(doc, p)
            && share_follows_its_count(doc, c, p);
        let same_thing = pairs
            .first()
            .and_then(|&(first, _)| doc.mention(first))
            .is_none_or(|f| crate::mentions::opt_eq(f.thing.as_deref(), c.thing.as_deref()));
        // "1,200 (45%) in the north and 900 (55%) in the south": two wholes.
        let last_share_end = pairs.last().and_then(|&(_, last)| doc.mention(last)).map_or(c.first, |m| m.end);
        if (last_share_end..c.first).any(|k| crate::checks::shares_sum::find::gives_another_whole(doc.lc(k))) {
            flush_counts_with_shares(doc, &mut pairs, out);
        }
        if joined && same_thing {
            pairs.push((c.figure, p.figure));
        }
    }
    flush_counts_with_shares(doc, &mut pairs, out);
}

fn flush_counts_with_shares(doc: &Doc, pairs: &mut Vec<(usize, usize)>, out: &mut Vec<super::CountsWithShares>) {
    if pairs.len() >= 2 {
        // The wholes the shares name ("of the vote"): one list names one or none.
        let named: Vec<Option<String>> = pairs
            .iter()
            .map(|&(_, p)| doc.mention(p).and_then(|m| crate::checks::shares_sum::find::named_whole(doc, m.end)))
            .collect();
        let one_whole = named.iter().all(|n| *n == named[0]);
        out.push(super::CountsWithShares { pairs: std::mem::take(pairs), one_whole });
    }
    pairs.clear();
}

/// Whether share `p` follows count `c` as the share it makes: "1,431
/// (40.71%)", "1,431 votes, or 40.71%", "37,948 women, 41.56 per cent". At
/// most two words (the count's noun) stand between them before the bracket,
/// "or" or comma, and none of them is a figure or a word of change.
fn share_follows_its_count(doc: &Doc, c: &Mention, p: &Mention) -> bool {
    let between = c.end..p.first;
    if between.len() > 5 || between.is_empty() {
        return false;
    }
    let joiner = match doc.lc(p.first - 1) {
        "(" => p.first - 1,
        "or" if doc.lc(p.first - 2) == "," => p.first - 2,
        "," | "or" => p.first - 1,
        _ => return false,
    };
    let noun = c.end..joiner;
    noun.len() <= 2
        && noun.clone().all(|k| doc.is_word(k) && doc.figure_at_word(k).is_none())
        && !noun.into_iter().any(|k| crate::mentions::is_stop_word(doc.word(k)))
}
