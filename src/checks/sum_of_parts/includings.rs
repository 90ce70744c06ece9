//! "including 48 passengers and 4 crew": a breakdown that need not be complete.

use super::counts::{group_of, head_noun, is_count, other_level_of_map, weighted};
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::{Doc, Mention, Thing, Via, compatible};
use crate::report::explain::Tie;

/// "including 48 passengers and 4 crew": a breakdown that need not be complete.
pub(super) fn includings(doc: &Doc, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !m.cues.including || !is_count(doc, m) {
            continue;
        }
        // "six of the nine districts, including 40 villages": villages are
        // inside the districts, not some of them.
        let fits = |t: &Mention| {
            (compatible(t, m) || (t.class() == Some(Thing::Person) && m.class() == Some(Thing::Person)))
                && !other_level_of_map(doc, m, t)
        };
        // "an average of 14 people a day, including five children": a rate
        // before the part is what it breaks down, and no count further back
        // is (nor is a part of another breakdown, "including two children").
        let mut candidates = (0..mi)
            .rev()
            .filter(|&k| !names_group_of(doc, k))
            .map(|k| &doc.mentions[k])
            .take_while(|t| t.sentence == m.sentence)
            .filter(|t| t.thing.is_some() && !t.cues.including)
            .map_while(|t| is_count(doc, t).then_some(t));
        // A part that names what it counts belongs to the nearest count of
        // that ("12,000 people in 40 countries, including 3,000 people in the
        // UK"). One that does not may belong to any count before it, so the
        // pairing with the nearest is only plausible (reported when it holds).
        let (total, ambiguous) = if let Some(t) = glued_head(doc, mi) {
            if !fits(t) || !is_count(doc, t) {
                continue;
            }
            (t, false)
        } else if m.via == Via::Noun {
            match candidates.find(|t| fits(t)) {
                Some(t) => (t, false),
                None => continue,
            }
        } else {
            let Some(t) = candidates.next() else {
                continue;
            };
            if !fits(t) {
                continue;
            }
            (t, candidates.any(|c| c.thing != t.thing))
        };
        let mut parts = coordinated_parts(doc, mi);
        // "19 men including three crew members, 16 women and five children":
        // a count of another group than the total's no one belongs to both
        // of is counted beside the total, not among it; the list of its
        // parts ends before it.
        if let Some(g) = group_of(doc, total) {
            let among = |&f: &usize| doc.mention(f).and_then(|p| group_of(doc, p)).is_none_or(|h| h == g);
            parts.truncate(parts.iter().take_while(|f| among(f)).count());
            if parts.is_empty() {
                continue;
            }
        }
        // "50 dead and 90 missing, including 30 dead and 70 missing": parts
        // of different events, each with a count of its own event before
        // them, break those counts down one by one, not one total.
        if respective(doc, mi, &parts) {
            continue;
        }
        if doc.explaining() {
            let mut figures = vec![total.figure];
            figures.extend(&parts);
            let cue = m.first.saturating_sub(if doc.is(m.first.saturating_sub(1), "them") { 2 } else { 1 });
            doc.tie(ID, &figures, Tie::PartialBreakdown, doc.words_span(cue, m.first));
        }
        let complete = names_every_colour(doc, &parts);
        out.push(Sum {
            total: total.figure,
            parts: parts.into_iter().map(|p| weighted(doc, p)).collect(),
            implied: vec![],
            complete,
            certainty: if ambiguous { Certainty::Plausible } else { Certainty::Stated },
            tied: true,
            explicit: true,
        });
    }
}

/// "79 medals, including 31 gold, 28 silver and 19 bronze": every colour
/// named is every medal, and the list is whole, unless words go on after it
/// ("... and 19 bronze in the pool": one sport's).
fn names_every_colour(doc: &Doc, parts: &[usize]) -> bool {
    let colour = |c: &&str| parts.iter().any(|&p| doc.mention(p).and_then(|m| head_noun(doc, m)).as_deref() == Some(*c));
    let ends_there = parts.last().and_then(|&p| doc.mention(p)).is_some_and(|m| !doc.is_word(doc.after_noun(m)));
    parts.len() == 3 && ends_there && ["gold", "silver", "bronze"].iter().all(colour)
}

/// Whether parts of different events ("30 dead and 70 missing") each have a
/// count of their own event before mention `upto` in its sentence ("50 dead
/// and 90 missing, including ..."): they break those counts down one by
/// one, not one total.
pub(super) fn respective(doc: &Doc, upto: usize, parts: &[usize]) -> bool {
    let event = |f: usize| doc.mention(f).and_then(|p| p.event);
    let sentence = doc.mentions[upto].sentence;
    let before = || doc.mentions[..upto].iter().rev().take_while(|t| t.sentence == sentence);
    parts.iter().any(|&p| event(p) != event(parts[0]))
        && parts.iter().all(|&p| event(p).is_some_and(|e| before().any(|t| t.event == Some(e))))
}

/// "(410 cases including 9 deaths)": an "including" written straight after
/// a count's noun, with no comma between, restricts that noun phrase, so
/// its parts belong to that count or to none, never to a count further
/// back ("(520 cases including 4 deaths), followed by ... (410 cases
/// including 9 deaths)": the 9 deaths are among the 410 cases, not the 4
/// deaths). A count that names the group of the one before it ("10
/// members of one family including ...") is no head.
fn glued_head<'a>(doc: &'a Doc, mi: usize) -> Option<&'a Mention> {
    let m = &doc.mentions[mi];
    let cue = m.first.checked_sub(1).filter(|&k| doc.is(k, "including"))?;
    let k = mi.checked_sub(1)?;
    let t = &doc.mentions[k];
    (t.sentence == m.sentence && t.thing.is_some() && doc.after_noun(t) == cue && !names_group_of(doc, k)).then_some(t)
}

/// "15 members of one family, including 9 children": a count after "of"
/// that ends another count's noun phrase names the group that count is
/// drawn from; a list after it breaks down the count before it.
fn names_group_of(doc: &Doc, k: usize) -> bool {
    let t = &doc.mentions[k];
    k > 0 && t.first > 0 && doc.is(t.first - 1, "of") && {
        let head = &doc.mentions[k - 1];
        head.sentence == t.sentence && doc.after_noun(head) + 1 == t.first
    }
}

/// The part at mention `mi` and the counts coordinated after it ("including
/// 6 children, 5 women and 4 men": all three), each joined to the one
/// before by a comma or "and" after its noun phrase. A count that breaks
/// down the one before it ("5 women, two of them pregnant") ends the list.
/// A comma before "and" closes a series of three or more; after the first
/// part it closes the aside ("60 passengers, including 58 adults, and 9
/// crew": the crew are no passengers).
pub(super) fn coordinated_parts(doc: &Doc, mi: usize) -> Vec<usize> {
    let m = &doc.mentions[mi];
    let mut parts = vec![m.figure];
    let mut prev = m;
    for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
        // "41 from Chile and 52 from Peru": a place named after a part says
        // where it is from, and the list goes on after it.
        let mut from = doc.after_noun(prev);
        if crate::lc_in!(doc, from, ["from", "in"]) {
            let mut k = from + 1;
            while k < p.first && crate::checks::relation::capitalised(doc, k) {
                k += 1;
            }
            from = if k > from + 1 { k } else { from };
        }
        let gap = from..p.first;
        let joined = gap.clone().all(|k| crate::lc_in!(doc, k, [",", "and", "each"])) && !gap.is_empty();
        let closes_aside = parts.len() == 1 && gap.clone().any(|k| doc.is(k, "and")) && doc.lc(gap.start) == ",";
        if !joined || closes_aside || p.cues.of_which || !is_count(doc, p) || p.thing.is_none() {
            break;
        }
        parts.push(p.figure);
        prev = p;
    }
    parts
}

#[cfg(test)]
mod tests {
    use crate::report::Status;
    use crate::checks::testing::findings_of;

    fn flagged(text: &str) -> Vec<Vec<String>> {
        let found = findings_of(text, super::ID).into_iter();
        found.filter(|f| f.0 == Status::Inconsistent).map(|f| f.1).collect()
    }

    #[test]
    fn parts_after_a_rate_break_the_rate_down_not_a_count_before_it() {
        // The five children are among the 14 a day; the two children before
        // are a part themselves, and no total of anything after them.
        let text = "Six people, including two children, died each day, and an average of 14 people, including five children, were hurt each day.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
    }

    #[test]
    fn parts_of_different_events_break_down_their_own_counts() {
        // 30 of the 50 dead, 70 of the 90 missing: no sum of 30 and 70.
        assert!(flagged("The two towns reported 50 dead and 90 missing, including 30 dead and 70 missing upriver.").is_empty());
        // With no count of its own event for each part, the parts stay one list.
        assert_eq!(flagged("The storm left 100 casualties, including 30 dead and 90 injured."), vec![vec!["100", "30", "90"]]);
    }

    #[test]
    fn the_event_after_of_those_names_the_count_drawn_from() {
        let text = "The crash killed 30 people and injured 45 others. Police said 12 of those killed had been identified.";
        let found: Vec<Vec<String>> = findings_of(text, super::ID).into_iter().map(|f| f.1).collect();
        assert_eq!(found, vec![vec!["30", "12"]]);
    }

    #[test]
    fn a_count_of_another_group_is_counted_beside_the_total_not_among_it() {
        // Women and children are no men: the list of the men's parts ends before them.
        let text = "Among the dead are 23 men including four soldiers, 21 women and seven children.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
        // Parts of the total's own group, or of no group, still count.
        let text = "Among the dead are 23 men including four soldiers and 21 officers.";
        assert_eq!(flagged(text), vec![vec!["23", "four", "21"]]);
        let text = "The fire killed 14 people, including 6 children, 5 women and 4 men.";
        assert_eq!(flagged(text).len(), 1);
    }

    #[test]
    fn a_comma_and_after_the_first_part_closes_the_including_aside() {
        // The crew are no passengers; a series of three keeps its comma.
        assert!(flagged("The ferry carried 60 passengers, including 58 adults, and 9 crew members.").is_empty());
        let series = "The fire killed 14 people, including 6 children, 5 women, and 4 men.";
        assert_eq!(flagged(series), vec![vec!["14", "6", "5", "4"]]);
        let two = "The ferry carried 60 passengers, including 58 adults and 9 children.";
        assert_eq!(flagged(two), vec![vec!["60", "58", "9"]]);
    }

    #[test]
    fn a_place_named_after_a_part_leaves_the_list_open() {
        // The 52 from Peru are a part too: 41 + 52 is more than the 85.
        let over = "Police detained 85 migrants, among them 41 from Ecuador and 52 from Bolivia.";
        assert_eq!(flagged(over), vec![vec!["85", "41", "52"]]);
        let within = "Police detained 95 migrants, including 41 from Ecuador and 52 from Bolivia.";
        assert!(flagged(within).is_empty(), "{:?}", flagged(within));
    }

    #[test]
    fn ages_listed_beside_a_count_are_no_parts_of_it() {
        // "aged one and nine" says how old the two sisters are, not how many.
        let ages = "The victims include two sisters – aged one and nine – and an elderly neighbour.";
        assert!(flagged(ages).is_empty(), "{:?}", flagged(ages));
        let counts = "The victims include two sisters – one in Leeds and one in York – and a boy.";
        assert!(flagged(counts).is_empty(), "{:?}", flagged(counts));
    }

    #[test]
    fn places_named_by_another_noun_are_inside_the_whole_not_some_of_it() {
        // 40 villages in 6 of the 9 districts: no excess of districts.
        let villages = "Floods hit six of the nine districts, including 40 villages, officials said.";
        assert!(flagged(villages).is_empty(), "{:?}", flagged(villages));
        // Places named by the same noun are some of the whole.
        let districts = "Floods hit 12 districts, including 15 districts in the north, officials said.";
        assert_eq!(flagged(districts).len(), 1);
    }

    #[test]
    fn every_medal_colour_after_including_is_the_whole_haul() {
        // 31 + 28 + 19 = 78, not 79: "including" names every colour there is.
        let short = "The squad won 79 medals, including 31 gold, 28 silver and 19 bronze.";
        assert_eq!(flagged(short).len(), 1, "{:?}", flagged(short));
        let whole = "The squad won 78 medals, including 31 gold, 28 silver and 19 bronze.";
        assert!(flagged(whole).is_empty());
        // Words after the list may narrow it to one sport's medals.
        let one_sport = "The squad won 84 medals, including 31 gold, 28 silver and 19 bronze in the pool.";
        assert!(flagged(one_sport).is_empty(), "{:?}", flagged(one_sport));
    }
}
