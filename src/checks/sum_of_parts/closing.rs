//! A total that closes its list: "16 gold, 8 silver and 12 bronze medals,
//! for a total of 36", "45 in March, 38 in April and 29 in May, 112 in
//! all". English may give the parts first and sum them up after, with the
//! total marked as such ("a total of", "in all", "in total", "altogether",
//! "totalling"); the words say the list is the whole.

use super::counts::{is_count, money_of, weighted};
use super::find::Tally;
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::{Doc, Mention, Via};
use crate::report::explain::Tie;

/// Most words between two items of one list ("40 in March, 35 ...") or
/// between the last item and the total that closes it.
const ITEM_GAP: usize = 6;

pub(super) fn closing_totals(doc: &Doc, tally: &mut Tally) {
    for (ti, t) in doc.mentions.iter().enumerate() {
        if !closes_a_list(doc, t) || tally.used_as_part[t.figure] || tally.total_of[t.figure].is_some() {
            continue;
        }
        let Some(parts) = list_before(doc, ti) else { continue };
        if parts.iter().any(|p| tally.used_as_part[p.figure] || tally.total_of[p.figure].is_some()) {
            continue;
        }
        let figures: Vec<usize> = parts.iter().map(|p| p.figure).collect();
        if doc.explaining() {
            let mut all = vec![t.figure];
            all.extend(&figures);
            doc.tie(ID, &all, Tie::StatedCue, None);
            doc.tie(ID, &all, Tie::ExplicitWhole, None);
        }
        for &f in &figures {
            tally.used_as_part[f] = true;
        }
        tally.total_of[t.figure] = Some(tally.totals.len());
        // "The crew also hauled 8 cod and 5 hake, 30 fish in all": "also"
        // adds the list to items told before, which the total counts too;
        // so does a pronoun for them ("added to 9 silver and 7 bronze, they
        // made a total of 31").
        let (start, _) = doc.sentence_words(t.sentence);
        let continues = (start..t.first).any(|j| crate::lc_in!(doc, j, ["also", "they", "these", "those"]));
        tally.totals.push(Sum {
            total: t.figure,
            parts: figures.iter().map(|&f| weighted(doc, f)).collect(),
            implied: vec![],
            complete: !continues,
            certainty: Certainty::Stated,
            tied: true,
            explicit: true,
        });
    }
}

/// Whether a count is marked as the sum of what came before it: "a total
/// of 36", "for a total of 36", "totalling 36", "36 in all", "36 in
/// total", "36 altogether". A total that opens a clause of its own ("and a
/// total of 45 were questioned") counts something else.
fn closes_a_list(doc: &Doc, t: &Mention) -> bool {
    let (start, _) = doc.sentence_words(t.sentence);
    let before = |n: usize| if t.first >= start + n { doc.lc(t.first - n) } else { "" };
    let after = doc.after_noun(t);
    let marked = t.cues.total
        || crate::one_of!(before(1), ["totalling", "totaling", "totalled", "totaled"])
        || doc.is(t.end, "altogether")
        || doc.is(after, "altogether");
    let opens_clause = (1..=4).any(|n| crate::one_of!(before(n), ["and", "while", "but", "whereas"]));
    marked && !opens_clause && (is_count(doc, t) || money_of(doc, t).is_some())
}

/// The items of the list the total at mention `ti` closes: the counts just
/// before it in its sentence, each joined to the next by a comma or "and"
/// within a few words, the last one within a few words of the total, all
/// of what the total counts (or naming nothing of their own). None unless
/// there are at least two, and none if a count of the same thing stands
/// before the list in the sentence (it may be the whole the list breaks
/// down).
fn list_before<'d>(doc: &'d Doc, ti: usize) -> Option<Vec<&'d Mention>> {
    let t = &doc.mentions[ti];
    let mut parts: Vec<&Mention> = Vec::new();
    let mut next_first = t.first;
    let mut k = ti;
    while k > 0 {
        let p = &doc.mentions[k - 1];
        if p.sentence != t.sentence {
            break;
        }
        let gap = doc.after_noun(p)..next_first;
        // The last gap holds the total's own words too ("for a total of").
        let joined = gap.len() <= ITEM_GAP + if parts.is_empty() { 4 } else { 0 }
            && (parts.is_empty() || gap.clone().any(|j| crate::lc_in!(doc, j, [",", "and", ";"])))
            && !gap.clone().any(|j| {
                crate::lc_in!(doc, j, ["(", ")", ":", "than"])
                    || !parts.is_empty() && doc.is(j, "of")
                    || doc.figure_at_word(j).is_some()
            });
        if !joined {
            break;
        }
        // An item of another kind, or with a cue of its own, in the list
        // makes it no breakdown of this total ("30 letters, 25 emails and
        // 14 texts, a total of 55 emails").
        // Amounts of money close in a sum of their currency ("$374.1
        // million on roads and $76.1 million on parks, for a total of
        // $450.2 million").
        let same_kind = match money_of(doc, t) {
            Some(currency) => money_of(doc, p) == Some(currency),
            None => (p.via == Via::Ellipsis || t.thing.is_none() || p.thing == t.thing) && is_count(doc, p),
        };
        if !same_kind || marked_otherwise(p) {
            return None;
        }
        parts.push(p);
        next_first = p.first;
        k -= 1;
    }
    parts.reverse();
    let last_joined_by_and = parts.len() >= 2 && {
        let (a, b) = (parts[parts.len() - 2], parts[parts.len() - 1]);
        // "and" just before the last item ("... and 12 bronze"), not
        // somewhere between ("polled on 6 and 7 May, numbered 1,204").
        (doc.after_noun(a)..b.first).any(|j| doc.is(j, "and")) && (b.first.saturating_sub(2)..b.first).any(|j| doc.is(j, "and"))
    };
    let whole_before = doc.mentions[..k].iter().rev().take_while(|p| p.sentence == t.sentence).any(|p| p.thing == t.thing);
    (last_joined_by_and && !whole_before).then_some(parts)
}

/// A count with a cue of its own belongs to another relation: "including
/// 5", "5 of them", "all 5", "a total of 5". ("another 5", "5 each" and
/// "the remaining 5" may still be items of a list.)
fn marked_otherwise(p: &Mention) -> bool {
    p.cues.including || p.cues.of_which || p.cues.all || p.cues.total || p.part_of.is_some()
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::super::ID)
    }

    #[test]
    fn a_total_after_its_parts_must_meet_them() {
        for (text, status) in [
            ("The rowers won 5 gold, 3 silver and 7 bronze medals, for a total of 15.", Status::Consistent),
            ("The rowers won 5 gold, 3 silver and 7 bronze medals, for a total of 16.", Status::Inconsistent),
            ("Clinics saw 240 patients on Monday, 310 on Tuesday and 190 on Wednesday, 740 in all.", Status::Consistent),
            ("Clinics saw 240 patients on Monday, 310 on Tuesday and 190 on Wednesday, 760 in all.", Status::Inconsistent),
            ("The shelter rehomed 41 dogs in May and 26 in June, totalling 67.", Status::Consistent),
            ("The shelter rehomed 41 dogs in May and 26 in June, totalling 77.", Status::Inconsistent),
            ("Rescuers found 12 survivors in the north and 9 in the south, 23 altogether.", Status::Inconsistent),
        ] {
            assert_eq!(statuses(text), vec![status], "{text}");
        }
    }

    #[test]
    fn amounts_of_money_close_in_a_sum_of_their_currency() {
        for (text, status) in [
            ("The fund gives $212.4 million to schools and $58.3 million to clinics, for a total of $270.7 million.", Status::Consistent),
            ("The fund gives $212.4 million to schools and $58.3 million to clinics, for a total of $271.7 million.", Status::Inconsistent),
            ("The club paid £4.5m for the striker and £2.25m for the keeper, £6.75m in all.", Status::Consistent),
        ] {
            assert_eq!(statuses(text), vec![status], "{text}");
        }
        // Amounts in two currencies make no sum.
        let mixed = "The fund gives $212.4 million to schools and €58.3 million to clinics, for a total of $280 million.";
        assert!(statuses(mixed).is_empty(), "{:?}", statuses(mixed));
    }

    #[test]
    fn a_day_of_a_date_and_a_count_after_it_are_no_list() {
        // "6" is a day of "6 and 7 May"; the two counts stand in one run-on
        // sentence, no list the total closes, right or wrong.
        let text = "Voters, polled on 6 and 7 May, numbered 1,204.A total of 1,210 took part.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn a_total_that_opens_a_clause_of_its_own_or_follows_a_whole_closes_no_list() {
        for text in [
            // Another count, of people questioned, not the sum of the arrests.
            "Police arrested 12 men and 3 women, and a total of 45 people were questioned.",
            // The 60 may be the whole the list breaks down; the total is another reading.
            "Of the 60 boats, 20 were seized and 25 were sunk, a total of 45.",
            // Points are no sum of games: a win may be worth three.
            "The side won 5 games and drew 2, for a total of 17 points.",
            // A list of several kinds counts no one of them.
            "The council sent 30 letters, 25 emails and 14 texts, a total of 55 emails.",
            // "also": the total counts items told before the list too.
            "The rowers took 5 gold medals. They also won 4 silver and 3 bronze medals, 12 in all.",
        ] {
            assert!(statuses(text).iter().all(|s| *s != Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
    }
}
