//! "the remaining 9", "the other 9", "the rest, 380": a count that says it
//! is what is left of a whole closes the breakdown begun before it. The
//! counts of its clause since the whole, with it, make up the whole: a
//! complete breakdown that says so.

use super::counts::{is_count, same_scope};
use super::find::Tally;
use super::scope::is_fronted_whole;
use super::{ID, Sum};
use crate::checks::relation::{Certainty, sentence_mentions};
use crate::figures::Interval;
use crate::mentions::{Doc, Mention};
use crate::report::explain::Tie;

/// "787 were inside: 274 died and 363 were rescued", beside "the fate of
/// 150 other miners was unclear": a full breakdown that falls short by a
/// count the text gives of the same things, worded as other than those
/// counted ("other", "another", "more", "the remaining"), in a sentence
/// near the total but outside the breakdown's own, leaves no unaccounted
/// rest: the text accounts for it there. (An item of the breakdown's own
/// sentence is one of its items: "27 over A and B ... 12 over A, 8 over B
/// and 7 over C" leaves the 7 short.) Returns that count.
pub(super) fn stated_nearby(doc: &Doc, sum: &Sum, parts: &Interval, total: &Interval) -> Option<usize> {
    let t = doc.mention(sum.total).filter(|_| sum.complete && parts.hi < total.lo)?;
    let (lo, hi) = (total.lo - parts.hi, total.hi - parts.lo);
    let person = |m: &Mention| m.class() == Some(crate::mentions::Thing::Person);
    let first = sentence_mentions(doc, t.sentence.saturating_sub(1)).start;
    let rest = doc.mentions[first..].iter().take_while(|r| r.sentence <= t.sentence + 1).find(|r| {
        let same = r.thing == t.thing || (person(r) && person(t));
        let v = doc.figures[r.figure].value.unwrap_or(-1.0);
        r.figure != sum.total
            && (r.cues.another || r.cues.rest)
            && !sum.parts.iter().any(|p| doc.mention(p.0).is_some_and(|p| p.sentence == r.sentence))
            && r.paragraph == t.paragraph
            && is_count(doc, r)
            && same
            && (lo..=hi).contains(&v)
    })?;
    doc.set_aside(ID, &[sum.total, rest.figure], crate::report::explain::SetAside::Incomplete, None);
    Some(rest.figure)
}

/// Closes the breakdowns that end with a stated rest.
pub(super) fn stated_rests(doc: &Doc, tally: &mut Tally) {
    for (ri, r) in doc.mentions.iter().enumerate() {
        if !is_count(doc, r)
            || r.thing.is_none()
            || !says_rest(doc, r)
            || tally.used_as_part[r.figure]
            || tally.total_of[r.figure].is_some()
        {
            continue;
        }
        let Some(wi) = whole_before(doc, ri) else { continue };
        let Some(parts) = parts_between(doc, tally, wi, ri) else { continue };
        close(doc, tally, wi, parts);
    }
}

/// Whether count `r` is worded as what is left: "the remaining 9 (seats)",
/// "the other 9", "the rest, 9".
fn says_rest(doc: &Doc, r: &Mention) -> bool {
    let before = |n: usize| if r.first >= n { doc.lc(r.first - n) } else { "" };
    let remaining = crate::one_of!(before(1), ["remaining", "other"]) && before(2) == "the";
    let the_rest = before(1) == "," && before(2) == "rest" && before(3) == "the";
    remaining || the_rest
}

/// The whole a rest at mention `ri` is left of: a whole put first in its
/// sentence ("Of the 40 seats, ..."), or the one count of the sentence
/// before ("The council has 40 seats."). Anything less clear names none.
fn whole_before(doc: &Doc, ri: usize) -> Option<usize> {
    let r = &doc.mentions[ri];
    let here = sentence_mentions(doc, r.sentence);
    if let Some(w) = (here.start..ri).find(|&k| is_fronted_whole(doc, &doc.mentions[k])) {
        return Some(w);
    }
    if r.sentence == 0 {
        return None;
    }
    let before = sentence_mentions(doc, r.sentence - 1);
    let counts: Vec<usize> = before.filter(|&k| is_count(doc, &doc.mentions[k])).collect();
    match counts[..] {
        [w] if doc.mentions[w].paragraph == r.paragraph && doc.mentions[w].noun.is_some() && !conjunct(doc, &doc.mentions[w]) => {
            Some(w)
        }
        _ => None,
    }
}

/// "the boy and four girls", "four girls and a boy": a count joined by
/// "and" to another noun phrase is one part of a group, and the rest told
/// after it is left of the group, not of the count.
fn conjunct(doc: &Doc, m: &Mention) -> bool {
    m.first > 0 && doc.is(m.first - 1, "and") || doc.is(doc.after_noun(m), "and")
}

/// The counts from the whole at `wi` to the rest at `ri`, the rest
/// included, when every count between counts the whole's things in its
/// scope; none when one does not, or when only the rest is there.
fn parts_between(doc: &Doc, tally: &Tally, wi: usize, ri: usize) -> Option<Vec<usize>> {
    let w = &doc.mentions[wi];
    let r = &doc.mentions[ri];
    let start = if w.sentence == r.sentence { wi + 1 } else { sentence_mentions(doc, r.sentence).start };
    let seeded: Vec<usize> =
        tally.total_of[w.figure].map(|k| tally.totals[k].parts.iter().map(|p| p.0).collect()).unwrap_or_default();
    // "picked up 120 survivors. Nine other survivors were flown out and the
    // remaining 14 reached a trawler": a first count worded "other" or
    // "another" is other than the count before it, so that count is a
    // sibling part, not the whole the rest is left of.
    if start < ri && doc.mentions[start].cues.another {
        return None;
    }
    let mut parts = Vec::new();
    // The items of a part's own list ("15 were cleared: eight at Dover and
    // seven at Hull"), which it already holds.
    let mut inner: Vec<usize> = Vec::new();
    for k in start..=ri {
        let p = &doc.mentions[k];
        if inner.contains(&p.figure) {
            continue;
        }
        let free = !tally.used_as_part[p.figure] || seeded.contains(&p.figure);
        let own_list = tally.total_of[p.figure].filter(|_| seeded.contains(&p.figure));
        if let Some(t) = own_list {
            for q in &tally.totals[t].parts {
                inner.push(q.0);
            }
        }
        let fits = is_count(doc, p)
            && free
            && (tally.total_of[p.figure].is_none() || own_list.is_some())
            && p.thing == w.thing
            && same_scope(w, p)
            && !p.compound
            && !p.cues.including
            // "the 150 seats ... The chamber has 152 seats, and the remaining
            // two": a count as large as the whole is another whole, not a part.
            && doc.figures[p.figure].value < doc.figures[w.figure].value;
        if !fits {
            return None;
        }
        parts.push(p.figure);
    }
    (parts.len() >= 2).then_some(parts)
}

/// Records the whole at `wi` as the sum of `parts`, complete and said so,
/// widening a breakdown a cue began ("Of the 900 pupils, 500 are boys").
fn close(doc: &Doc, tally: &mut Tally, wi: usize, parts: Vec<usize>) {
    let total = doc.mentions[wi].figure;
    if doc.explaining() {
        let mut figures = vec![total];
        figures.extend(&parts);
        doc.tie(ID, &figures, Tie::ExplicitWhole, None);
    }
    for &p in &parts {
        tally.used_as_part[p] = true;
    }
    let sum = Sum {
        total,
        parts: parts.into_iter().map(|p| (p, 1.0)).collect(),
        implied: vec![],
        complete: true,
        certainty: Certainty::Stated,
        tied: true,
        explicit: true,
    };
    match tally.total_of[total] {
        Some(k) if !tally.totals[k].complete => tally.totals[k] = sum,
        Some(_) => {}
        None => {
            tally.total_of[total] = Some(tally.totals.len());
            tally.totals.push(sum);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    #[test]
    fn a_rest_the_text_gives_nearby_leaves_nothing_unaccounted() {
        let text = "The fate of 40 other workers remained unclear. Officials said 300 workers had been inside the plant: 200 had been rescued and 60 had died.";
        assert!(statuses_of(text, super::super::ID).iter().all(|s| *s != Status::Inconsistent), "{:?}", statuses_of(text, super::super::ID));
        let text = "Officials said 300 workers had been inside the plant: 200 had been rescued and 60 had died. Another 40 workers were unaccounted for.";
        assert!(statuses_of(text, super::super::ID).iter().all(|s| *s != Status::Inconsistent), "{:?}", statuses_of(text, super::super::ID));
        // A count that does not fill the gap accounts for nothing, nor does
        // one not worded as other than those counted.
        let text = "Officials said 300 workers had been inside the plant: 200 had been rescued and 60 had died. Some 40 workers went home.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
        let text = "The fate of 25 other workers remained unclear. Officials said 300 workers had been inside the plant: 200 had been rescued and 60 had died.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_rest_after_a_group_of_two_noun_phrases_is_left_of_the_group() {
        // Three and three are the six victims, a man and five women, not
        // the five women alone.
        for text in [
            "Six people died in the blaze. Neighbours said the victims were a man and five women. Three were sisters and the other three were their friends.",
            "Six people died in the blaze. Neighbours said the victims were five women and a man. Three were sisters and the other three were their friends.",
        ] {
            assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
        }
        let text = "Neighbours said the dead were five women. Three were sisters and the other two were their friends.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn a_part_with_a_list_of_its_own_keeps_its_items_from_the_whole() {
        let statuses = |text: &str| statuses_of(text, super::super::ID);
        // 20 = 15 + 5 and 15 = 8 + 7: the items of the 15 are no parts of the 20.
        let nested = "Of the 20 boats inspected, 15 were cleared: eight at Dover and seven at Hull, while the other five are still held.";
        assert_eq!(statuses(nested), vec![Status::Consistent, Status::Consistent]);
        let short = "Of the 20 boats inspected, 15 were cleared: eight at Dover and six at Hull, while the other five are still held.";
        assert!(statuses(short).contains(&Status::Inconsistent), "{:?}", statuses(short));
    }

    #[test]
    fn a_count_as_large_as_the_whole_is_no_part_of_its_rest() {
        // 152 is the chamber, 150 the seats contested: the two are no parts of 150.
        let text = "Of the 150 seats contested, the Reds won 70 and the Blues 60. The rest of the 150 seats went to small parties. The chamber has 152 seats, and the vote for the remaining two was delayed.";
        let statuses = statuses_of(text, super::super::ID);
        assert!(!statuses.contains(&Status::Inconsistent), "{statuses:?}");
    }
}

