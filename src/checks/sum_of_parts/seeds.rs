//! The first pass: parts tied to their total by an explicit cue ("38 out of
//! 63", "39 of the 71", "71 of which", "274 of the drones").

use super::counts::{group_told, head_noun, is_count, other_level_of_map};
use super::find::Tally;
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Event, Mention, Via, compatible};
use crate::report::explain::Tie;

/// Whether a part names its own thing and then its whole by "of the"
/// ("40 villages of the 6 districts"), the whole naming another thing. ("42
/// seats out of the 61 available" names no second thing.) Places named by
/// different nouns are different levels of a map, one inside the other
/// ("40 villages of the 6 districts"); people and weapons under another
/// noun may be a group of the whole ("12 children of the 40 people").
///
/// A whole put first ("Of the 42 schools, 2,513 pupils passed") has a part
/// of another thing too when the part names a plural noun of its own,
/// another than the whole's, and the lexicon classes neither.
fn names_other_thing(doc: &Doc, part: &Mention, whole: &Mention) -> bool {
    let of_the = doc.is(doc.after_noun(part), "of") && doc.after_noun(part) + 2 == whole.first;
    let fronted = whole.first < part.first;
    if !(of_the || fronted) || part.via != Via::Noun || whole.via != Via::Noun || part.thing.is_none() || whole.thing.is_none() {
        return false;
    }
    let head = |m: &Mention| head_noun(doc, m);
    if !of_the {
        let last = doc.lc(doc.after_noun(part).saturating_sub(1));
        let plural = last.ends_with('s') && !last.ends_with("ss");
        return plural && part.class().is_none() && whole.class().is_none() && head(part) != head(whole);
    }
    part.thing != whole.thing || other_level_of_map(doc, part, whole)
}

/// "eight of the twelve towns ... five of those towns": "of those", "of these"
/// or "of them" in a later sentence points back to the set just described,
/// which is the part ("eight") as much as its whole. When whole `t` already
/// has a part stated before mention `mi`, the count may break that part
/// down, so it is taken as a part of neither.
fn points_to_a_part(doc: &Doc, mi: usize, t: usize) -> bool {
    let m = &doc.mentions[mi];
    let back = doc.is(m.end, "of") && crate::lc_in!(doc, m.end + 1, ["those", "these", "them"]);
    back && doc.mentions[..mi].iter().rev().take(12).any(|k| k.part_of == Some(t) && k.sentence < m.sentence)
}

/// Seeds from explicit cues.
/// "nearly 25,000 of those killed had been identified ... 24,686 of the dead
/// have been identified": a later part of the same whole, of the same fate,
/// that a hedge lets equal an earlier part is that part said again (rounded,
/// then exact), not a second part.
fn restates_a_part(doc: &Doc, parts: &[(usize, f64)], m: &Mention) -> bool {
    let fm = &doc.figures[m.figure];
    parts.iter().filter_map(|&(q, _)| doc.mention(q)).any(|p| {
        let fp = &doc.figures[p.figure];
        let meets = matches!((fp.interval(), fm.interval()), (Some(x), Some(y)) if x.meets(&y));
        p.sentence != m.sentence && p.event == m.event && (fp.approx.is_some() || fm.approx.is_some()) && meets
    })
}

/// Whether part `m` is apart from a whole's parts found so far, so that
/// they add: "30 of the drones were shot down ... 2 of the drones were
/// lost" name two fates no drone has both of, and "another 8,000 of the
/// dead" says it counts others. "24 of the districts were flooded ... 9
/// of the districts are cut off" (or "Earlier, 24 ... Now 9") may count
/// the same districts twice: each is checked on its own against the whole.
fn apart_from(doc: &Doc, parts: &[(usize, f64)], m: &Mention) -> bool {
    m.cues.another
        || m.event.is_some() && parts.iter().all(|&(q, _)| doc.mention(q).is_some_and(|p| p.event.is_some() && p.event != m.event))
}

/// "of whom 998 were men and 240 (were) women": the counts coordinated
/// after a part told by group, each naming another of the groups no one
/// belongs to two of, are parts of the same whole. (Other coordinated
/// counts may overlap: "998 were men and 240 were later freed".)
fn coordinated_groups(doc: &Doc, mi: usize) -> Vec<usize> {
    let m = &doc.mentions[mi];
    let Some((first, mut end)) = group_told(doc, m) else { return vec![] };
    let mut seen = vec![first];
    let mut out = Vec::new();
    for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
        let gap = end..p.first;
        let joined = !gap.is_empty() && gap.clone().all(|k| crate::lc_in!(doc, k, [",", "and"]));
        let Some((g, next)) = group_told(doc, p).filter(|_| joined && is_count(doc, p)) else { break };
        if seen.contains(&g) {
            break;
        }
        seen.push(g);
        out.push(p.figure);
        end = next;
    }
    out
}

/// Whether a count is told by where it was: "61 were in the north", "30 in
/// the east".
fn placed(doc: &Doc, m: &Mention) -> bool {
    let mut k = doc.after_noun(m);
    if crate::lc_in!(doc, k, ["were", "was", "are", "is"]) {
        k += 1;
    }
    crate::lc_in!(doc, k, ["in", "at", "on", "from", "across"])
}

/// "Of the 120 injuries, 61 were in the north, 30 in the east and 18 in
/// the south": the counts coordinated after a part told by place, each
/// told by a place of its own, are parts of the same whole (places do not
/// overlap; some may be left out, so the breakdown stays partial).
fn coordinated_places(doc: &Doc, mi: usize) -> Vec<usize> {
    let m = &doc.mentions[mi];
    if !placed(doc, m) {
        return vec![];
    }
    let mut out = Vec::new();
    let mut end = m.end;
    for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
        let joined = p.first > end && p.first - end <= 8 && crate::lc_in!(doc, p.first - 1, [",", "and"]);
        if !joined || p.via != crate::mentions::Via::Ellipsis || !is_count(doc, p) || !placed(doc, p) {
            break;
        }
        out.push(p.figure);
        end = p.end;
    }
    out
}

/// Part `mi` of `total` with the groups coordinated after it, taken as
/// parts too, only under a whole the text names: "52 of the hostages"
/// takes the last count of hostages, a guess more parts must not firm up.
fn with_groups(doc: &Doc, tally: &mut Tally, mi: usize, total: usize) -> Vec<(usize, f64)> {
    let m = &doc.mentions[mi];
    let mut parts = vec![(m.figure, 1.0)];
    if m.part_of.is_some() || m.cues.of_which {
        for f in coordinated_groups(doc, mi).into_iter().chain(coordinated_places(doc, mi)) {
            if !tally.used_as_part[f] && f != total {
                tally.used_as_part[f] = true;
                parts.push((f, 1.0));
            }
        }
    }
    parts
}

pub(super) fn seeds(doc: &Doc, tally: &mut Tally) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !is_count(doc, m) {
            continue;
        }
        let total = if let Some(t) = m.part_of {
            // "40 villages of the 6 districts": a part that names a thing of
            // its own, other than its whole's, is a unit inside it, not a
            // share of its count.
            let other_thing = doc.mention(t).is_some_and(|w| names_other_thing(doc, m, w));
            (!other_thing && !points_to_a_part(doc, mi, t)).then_some(t)
        } else if m.via == crate::mentions::Via::Partitive && !m.cues.of_which {
            // "274 of the drones": the last total of drones before. "30 of the
            // injured" names a group by what happened to it: a part of the
            // injured, not of everyone counted before.
            let group = m.noun.and_then(|n| {
                let lex = crate::mentions::lexicon::lexicons();
                lex.things
                    .match_phrase(&doc.phrase_at(doc.word_at(n.start), 3))
                    .and_then(|x| x.2)
                    .and_then(Event::from_name)
            });
            let candidates = (0..mi).rev().take(12).map(|k| &doc.mentions[k]).filter(|t| {
                t.sentence < m.sentence
                    && t.paragraph + 1 >= m.paragraph
                    && is_count(doc, t)
                    && compatible(t, m)
                    && !tally.used_as_part[t.figure]
                    && group.is_none_or(|g| t.event == Some(g))
            });
            // The nearest: a lone part larger than it is then a mis-pairing
            // (see `Sum::tied`), never a finding.
            candidates.clone().next().map(|t| t.figure)
        } else {
            None
        };
        let Some(total) = total else { continue };
        if tally.used_as_part[total] || total == m.figure {
            continue;
        }
        tally.used_as_part[m.figure] = true;
        if tally.total_of[total].is_some_and(|k| restates_a_part(doc, &tally.totals[k].parts, m)) {
            continue;
        }
        if doc.explaining() {
            // The words from the part to its whole: "38 out of 63", "71 of which".
            let quote = doc.mention(total).filter(|t| t.sentence == m.sentence).map(|t| {
                if t.first < m.first { doc.words_span(t.first, m.end) } else { doc.words_span(m.first, t.end) }
            });
            doc.tie(ID, &[total, m.figure], Tie::StatedCue, quote.flatten());
        }
        let parts = with_groups(doc, tally, mi, total);
        match tally.total_of[total] {
            Some(k) if apart_from(doc, &tally.totals[k].parts, m) => tally.totals[k].parts.extend(parts),
            found => {
                if found.is_none() {
                    tally.total_of[total] = Some(tally.totals.len());
                }
                tally.totals.push(Sum {
                    total,
                    parts,
                    implied: vec![],
                    complete: false,
                    certainty: Certainty::Stated,
                    // "38 out of 63" names its whole; "38 of them" and "274
                    // of the drones" point back to one, which may be the wrong
                    // one.
                    tied: m.part_of.is_some() && !m.cues.of_which,
                    explicit: m.cues.of_which,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    #[test]
    fn groups_coordinated_after_a_named_whole_are_its_parts() {
        for text in [
            "Of the 1,220 people arrested, 998 were men and 240 were women.",
            "Police arrested 1,220 people, of whom 998 were men and 240 women.",
            "Police arrested 1,220 people, 998 of them men, 200 women and 40 children.",
            "Police arrested 1,220 people, 998 of them males, 200 females and 40 children.",
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![Status::Inconsistent], "{text}");
            let within = text.replace("1,220", "1,300");
            assert_eq!(statuses_of(&within, super::ID), vec![Status::Consistent], "{within}");
        }
        // Counts of attributes that may overlap ("under 18"), or a whole
        // only guessed ("41 of the people" takes the last count), add
        // nothing up.
        for text in [
            "Police arrested 1,220 people, of whom 998 were men and 240 were under 18.",
            "Guards detained 80 people. One came from Chile. Forty-one of the people were men, 12 were women and three were children.",
        ] {
            assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{text}");
        }
    }

    #[test]
    fn subsets_of_one_whole_add_only_when_they_name_different_fates() {
        // Two fates no drone has both of: the parts add.
        for (text, status) in [
            ("Russia launched 33 drones. 30 of the drones were shot down. 5 of the drones were lost.", Status::Inconsistent),
            ("Of the 40 drones, 30 were shot down. Nine of the drones were jammed.", Status::Inconsistent),
            ("Russia launched 33 drones. 30 of the drones were shot down. 2 of the drones were lost.", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![status], "{text}");
        }
        // States that may overlap, or one state at two times: each subset
        // is checked alone against the whole.
        for text in [
            "Earlier, 24 of the 27 districts were flooded. Now 9 of the districts are affected.",
            "Of the 27 districts, 24 were flooded. 9 of the districts are cut off.",
            "Of the 33 schools, 30 were damaged on Monday. 25 of the schools were damaged again on Friday.",
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent, Status::Consistent], "{text}");
        }
    }

    #[test]
    fn a_whole_named_after_its_owner_is_the_whole() {
        for (text, status) in [
            ("Floods hit 9 of the state's 25 districts.", Status::Consistent),
            ("Floods hit 40 of the region's 30 districts.", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![status], "{text}");
        }
        // Not the whole of the sentence before.
        let text = "Earlier, 24 of the state's 27 districts were flooded. Now 9 of the state's 25 districts are affected.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent, Status::Consistent], "{text}");
    }

    #[test]
    fn places_coordinated_after_a_part_of_a_named_whole_are_parts_of_it() {
        for (text, status) in [
            ("Of the 95 arrests, 40 were in Leeds, 31 in York and 25 in Hull.", Status::Inconsistent),
            ("Of the 95 arrests, 40 were in Leeds, 31 in York and 24 in Hull.", Status::Consistent),
            // Places may be left out: a shortfall proves nothing.
            ("Of the 95 arrests, 40 were in Leeds and 31 in York.", Status::Consistent),
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![status], "{text}");
        }
    }

    #[test]
    fn a_total_of_three_digits_and_zeros_may_be_its_parts_cut_to_that_digit() {
        // 148,620 reported as 148,000: no flag, and no "no more than" either.
        let text = "Of the 148,000 homes damaged, 120,410 were in the north, 25,300 in the east and 2,910 in the west.";
        assert!(statuses_of(text, super::ID).is_empty(), "{:?}", statuses_of(text, super::ID));
        // Fewer digits reach no further than their rounding.
        let text = "Of the 2,000 homes damaged, 1,800 were in the north and 450 in the east.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_part_said_again_rounded_then_exact_is_one_part() {
        // "nearly 25,000" and "24,686" identified are one count, not two.
        let text = "The ministry said 35,173 people have been killed. By April, nearly 25,000 of those killed had been identified. Officials said 24,686 of the dead have now been identified.";
        assert!(!statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
        // Two exact parts of one whole still add up.
        let text = "The ministry said 30,000 people have been killed. Some 25,000 of those killed were civilians. Another 8,000 of the dead were fighters.";
        assert!(statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
    }

    #[test]
    fn a_count_the_relative_clause_of_which_reports_is_a_part() {
        // The part stands after the clause's own subject and verb.
        let short = "The report listed 90 drones, of which crews shot down 50. Another 30 were jammed.";
        assert_eq!(statuses_of(short, super::ID), vec![Status::Inconsistent]);
        let whole = "The report listed 90 drones, of which crews shot down 50. Another 40 were jammed.";
        assert_eq!(statuses_of(whole, super::ID), vec![Status::Consistent]);
        // A figure between ends the clause's first report: the 12 is no part of 90.
        let measured = "The report listed 90 drones, of which the largest carried 12 kg of explosives.";
        assert_eq!(statuses_of(measured, super::ID), vec![]);
    }
}
