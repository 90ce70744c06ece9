//! What counts as a count of the things a total counts, and how many times a
//! part counts ("three each over A and B").

use crate::checks::relation::CueWords;
use crate::figures::{Interval, Kind};
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Mention};

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// An unquantified remainder: "some", "several", "others".
    VagueRemainder,
    /// "an average of", "averaged": the figure after it is a rate.
    Average,
    /// "per" after a count's noun: a rate ("40 patients per day").
    Per,
    /// Words that open a full breakdown as a colon does: "made up of".
    Opener,
    /// Words that set a count beside other things: "ahead of", "other".
    Compared,
    /// Groups of people no one belongs to two of: men, women, children.
    Men,
    Women,
    Children,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("vague-remainder", Cue::VagueRemainder),
                ("average", Cue::Average),
                ("per", Cue::Per),
                ("opener", Cue::Opener),
                ("compared", Cue::Compared),
                ("men", Cue::Men),
                ("women", Cue::Women),
                ("children", Cue::Children),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::SUM_OF_PARTS_CUES);

/// The last word of a phrase of class `cue` starting at word `i`.
pub(super) fn cue_phrase_at(doc: &Doc, i: usize, cue: Cue) -> Option<usize> {
    CUES.at::<Cue>(doc, i).filter(|(c, _)| *c == cue).map(|(_, next)| next - 1)
}

/// The currency of an amount of money a breakdown may add up ("$10
/// million: $6 million to farmers and $3 million to fishermen"): a plain
/// sum, no rate ("$15 an hour").
pub(super) fn money_of(doc: &Doc, m: &Mention) -> Option<&'static str> {
    let f = &doc.figures[m.figure];
    (f.kind == Kind::Money && f.per.is_none() && f.value.is_some_and(|v| v > 0.0)).then_some(f.currency?)
}

/// The values a total allows. One written as a round number of thousands
/// or more, to three significant digits or more ("148,000 destroyed in
/// all"), may be its parts' sum rounded or cut to its last non-zero digit:
/// 148,620 is reported as 148,000 as often as 149,000. (With fewer digits,
/// "2,000" against parts of 2,450, such a reading would reach too far.)
pub(super) fn round_total(doc: &Doc, f: usize) -> Option<crate::figures::Interval> {
    let fig = &doc.figures[f];
    let iv = crate::checks::verdict::interval(doc, f)?;
    let v = fig.value?;
    let half = crate::figures::significant_slack(v);
    if fig.approx.is_none() && fig.bound.is_none() && half >= 500.0 && v >= 200.0 * half {
        return Some(crate::figures::Interval { lo: iv.lo.min(v - half), hi: iv.hi.max(v + 2.0 * half), hi_open: true, ..iv });
    }
    Some(iv)
}

/// Whether parts lie too far from their total to be the writer's account
/// of it. More than a quarter of it above: they were paired with the wrong
/// total, since a writer's slip lands nearer ("14 killed: 6 children, 5
/// women and 4 men"). So does a lone part above a total it is not tied to;
/// "40 of the 30" is the writer's own. A full breakdown more than a third
/// of its total short names the notable fates, not all of them ("fired
/// 2,000 rockets; 900 were intercepted and 300 fell short"): a slip leaves
/// a few out, not hundreds.
pub(super) fn far_off(sum: &super::Sum, parts: &Interval, total: &Interval) -> bool {
    let reach = if sum.parts.len() + sum.implied.len() > 1 {
        total.hi / 4.0
    } else if sum.tied {
        f64::INFINITY
    } else {
        0.0
    };
    parts.lo - total.hi > reach || sum.complete && parts.hi * 1.5 < total.lo
}

/// "Of the 240, 512 students": a lone part whose first group is three
/// digits ("512", "512 318"), right after its total and a comma and a
/// space, and larger than it, may be the rest of one number whose grouping
/// has a stray space (240,512). That reading
/// leaves no relation, so none is flagged.
pub(super) fn one_number_split(doc: &Doc, sum: &super::Sum) -> bool {
    let [(p, _)] = sum.parts[..] else { return false };
    let (t, p) = (doc.figures[sum.total].span, &doc.figures[p]);
    let b = doc.text.as_bytes();
    // The part's first group is three digits: "357", or "564 296" spaced on.
    let group = p.span.len() >= 3 && b[p.span.start..p.span.start + 3].iter().all(u8::is_ascii_digit);
    let group = group && (p.span.len() == 3 || !b[p.span.start + 3].is_ascii_digit());
    p.span.start == t.end + 2 && b[t.end] == b',' && b[t.end + 1] == b' ' && group && t.len() <= 3 && p.value >= Some(100.0)
}

/// "A total of 1,520 stalls, including 940 food stalls, 410 craft stalls,
/// 150 drinks stalls and 20 vegan stalls": parts over their total by
/// exactly one part of two digits or more count that part inside another
/// (overlapping categories); a chance match is unlikely at that size.
pub(super) fn part_inside_another(doc: &Doc, sum: &super::Sum, parts: &Interval, total: &Interval) -> bool {
    parts.lo > total.hi
        && sum.parts.len() > 2
        && sum.parts.iter().any(|&(p, times)| {
            crate::checks::verdict::interval(doc, p)
                .is_some_and(|iv| times == 1.0 && iv.lo >= 10.0 && parts.sub(&iv).meets(total))
        })
}

/// Whether parts come to more than a plain total's value (which its
/// rounding may allow): "no more than the total" would then read false,
/// so nothing is said.
pub(super) fn above_plain_value(doc: &Doc, total: usize, parts_lo: f64) -> bool {
    let t = &doc.figures[total];
    t.value.is_some_and(|v| parts_lo > v) && t.approx.is_none() && t.bound.is_none()
}

/// Whether `word` makes the count after it an average ("an average of
/// 27", "averaged 12"): the `average` class of `cues.txt`.
pub(crate) fn names_an_average<'w>(word: impl Into<crate::text::HashedWord<'w>>) -> bool {
    is_cue(word, Cue::Average)
}

/// Whether `word` is a cue of class `cue`.
pub(super) fn is_cue<'w>(word: impl Into<crate::text::HashedWord<'w>>, cue: Cue) -> bool {
    CUES.class_of::<Cue>(word) == Some(cue)
}

/// The group of people a count's noun names, when it is one of the groups
/// no one belongs to two of (men, women, children): read at the noun's head.
pub(super) fn group_of(doc: &Doc, m: &Mention) -> Option<Cue> {
    m.noun?;
    group_at(doc, doc.after_noun(m).checked_sub(1)?)
}

/// Whether word `k` names one of the groups no one belongs to two of.
fn group_at(doc: &Doc, k: usize) -> Option<Cue> {
    CUES.class_of::<Cue>(doc.word(k)).filter(|c| matches!(c, Cue::Men | Cue::Women | Cue::Children))
}

/// The group a count names and the word after that group's word: at its
/// noun ("240 women"), or after "of them" or a copula ("998 of them men",
/// "998 were men"), the ways a breakdown by group is told.
pub(super) fn group_told(doc: &Doc, m: &Mention) -> Option<(Cue, usize)> {
    let mut k = doc.after_noun(m);
    if m.noun.is_none() {
        if doc.is(k, "of") && crate::lc_in!(doc, k + 1, ["them", "whom"]) {
            k += 2;
        }
        if crate::lc_in!(doc, k, ["were", "are"]) {
            k += 1;
        }
        k += 1;
    }
    Some((group_at(doc, k - 1)?, k))
}

/// A count: a plain whole number of at least one ("one-fifth" is a share,
/// not a count; "2.522 medals", a comma read as a decimal point, counts
/// nothing).
pub(super) fn is_count(doc: &Doc, m: &Mention) -> bool {
    // Remembered for the document's own mentions; a mention a check made
    // up (none does today) is read afresh.
    let memo = doc
        .mention_of
        .get(m.figure)
        .copied()
        .flatten()
        .filter(|&k| std::ptr::eq(&doc.mentions[k], m))
        .and_then(|k| doc.counts.get(k));
    match memo.map(std::cell::Cell::get) {
        Some(1) => false,
        Some(2) => true,
        _ => {
            let count = reads_as_count(doc, m);
            if let Some(cell) = memo {
                cell.set(1 + count as u8);
            }
            count
        }
    }
}

fn reads_as_count(doc: &Doc, m: &Mention) -> bool {
    doc.figures[m.figure].kind == Kind::Number
        && doc.figures[m.figure].value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0)
        && !is_majority_mark(doc, m)
        && !is_change_of_the_figure_before(doc, m)
        && !is_earlier_value(doc, m)
        && !is_rate(doc, m)
        && !is_age(doc, m)
        && !is_difference(doc, m)
}

/// "120 evacuees, two fewer than first thought", "eight more than last
/// year": a count right before a comparative and "than" is by how much,
/// never a total nor a part.
fn is_difference(doc: &Doc, m: &Mention) -> bool {
    let k = doc.after_noun(m);
    crate::lc_in!(doc, k, ["more", "fewer", "less"]) && doc.is(k + 1, "than")
}

/// "a boy of 9", "a woman of 70": a number after "of" and one person is
/// that person's age.
fn is_age(doc: &Doc, m: &Mention) -> bool {
    let before = |n: usize| if m.first >= n { doc.lc(m.first - n) } else { "" };
    before(1) == "of"
        && crate::one_of!(before(3), ["a", "an"])
        && crate::mentions::lexicon::lexicons().things.get(before(2)) == Some("person")
        && crate::mentions::singular(before(2)) == before(2)
}

/// "won 230 of the 450 seats, down from 265", "up from 210": a figure after
/// "from" and a word of rise or fall is the earlier value of the count
/// before it, never a total nor a part.
fn is_earlier_value(doc: &Doc, m: &Mention) -> bool {
    m.first >= 2 && doc.lc(m.first - 1) == "from" && crate::checks::change::move_falls(doc.word(m.first - 2)).is_some()
}

/// "722 (+9)": a figure written with its sign in brackets after another
/// states that one's change, never a total nor a part. (A stray sign before
/// a row's head, "+1247 seats:", leaves it a count.)
fn is_change_of_the_figure_before(doc: &Doc, m: &Mention) -> bool {
    crate::checks::relation::signed(doc, m) && m.first >= 2 && crate::lc_in!(doc, m.first - 2, ["(", "[", ";"])
}

/// "an average of 27 per match", "averaged 12 a week", "40 patients per
/// day", "20 million passengers a day", "one in five": a rate, never a total nor a part; the cases "including" names
/// after it are single instances, each of which may pass the rate.
fn is_rate(doc: &Doc, m: &Mention) -> bool {
    let before = |n: usize| if m.first >= n { doc.lc(m.first - n) } else { "" };
    let averaged = is_cue(before(1), Cue::Average) || (before(1) == "of" && is_cue(before(2), Cue::Average));
    let after = doc.after_noun(m);
    // "20 million passengers a day": a rate as much as "per day" is.
    let a_day = crate::lc_in!(doc, after, ["a", "each", "every"]) && crate::figures::is_duration(doc.lc(after + 1));
    // "one in five worker deaths": a ratio; neither of its numbers counts.
    averaged || doc.in_a_ratio(m.figure) || (after > m.end && (is_cue(doc.word(after), Cue::Per) && doc.is_word(after + 1) || a_day))
}

/// A majority mark: "majority 202", "magic number 46", "a majority of 46",
/// "the halfway mark of 126", "the 126 mark", "needs 46 for a majority". It
/// says how many seats win, not how many there are or anyone holds: never
/// a total or a part. A "mark" is a line a count is measured against.
pub(super) fn is_majority_mark(doc: &Doc, m: &Mention) -> bool {
    let before = |n: usize| if m.first >= n { doc.lc(m.first - n) } else { "" };
    if crate::one_of!(before(1), ["majority", "threshold"])
        || (before(1) == "number" && before(2) == "magic")
        || (before(1) == "of" && crate::one_of!(before(2), ["majority", "threshold", "mark"]))
        || doc.is(m.end, "mark")
        // "took the majority mark down to 191", "lowered the quorum to 141".
        || (before(1) == "to" && (2..5).any(|n| crate::one_of!(before(n), ["majority", "threshold", "mark", "quorum"])))
    {
        return true;
    }
    // "needs 46 for a majority", "46 seats are needed to form a government".
    let after = doc.after_noun(m);
    let needs = |w: &str| crate::one_of!(w, ["needs", "need", "needed", "requires", "required", "require"]);
    let needed = needs(before(1)) || needs(doc.lc(after)) || needs(doc.lc(after + 1));
    needed && (after..after + 8).any(|j| crate::lc_in!(doc, j, ["majority", "government", "win", "control", "pass"]))
}

/// "three each over the Tula and Oryol regions": how many items a figure
/// followed by "each" counts for, the names coordinated after it.
pub(super) fn each_times(doc: &Doc, m: &Mention) -> f64 {
    let after = doc.after_noun(m);
    let k = if doc.is(m.end, "each") {
        m.end
    } else if doc.is(after, "each") {
        after
    } else {
        return 1.0;
    };
    names_from(doc, m.sentence, k + 1).len().max(1) as f64
}

/// The names coordinated from word `j` up to the next figure or the end of
/// the list, each as its first word: "over the Tula and Oryol regions"
/// gives `tula`, `oryol`. A name starts with a capital ("the Tula"), so ",
/// the ministry said" ends the list.
pub(super) fn names_from<'d>(doc: &'d Doc, sentence: usize, mut j: usize) -> Vec<&'d str> {
    let (_, b) = doc.sentence_words(sentence);
    let end = b.min(j + 30);
    let mut names = Vec::new();
    let mut separated = true;
    while j < end && doc.figure_at_word(j).is_none() {
        let w = doc.lc(j);
        if w == "," || w == "and" {
            separated = true;
        } else if doc.is_word(j) {
            if separated {
                let mut name = j;
                while crate::lc_in!(doc, name, ["in", "over", "from", "at", "the", "of"]) && name + 1 < b {
                    name += 1;
                }
                // "Pakistan's North-West Frontier province" names a place within
                // Pakistan: the owner of a possessive is not the place counted;
                // the place named is the one owned, a part of the owner.
                if let Some(k) = doc.after_possessive(name) {
                    name = k;
                }
                if !doc.is_word(name) || !crate::checks::relation::capitalised(doc, name) {
                    break;
                }
                names.push(doc.lc(name));
                separated = false;
            }
        } else if !crate::one_of!(w, ["-", "'", "’"]) {
            break;
        }
        j += 1;
    }
    names
}


/// A part with its weight: `each_times`.
pub(super) fn weighted(doc: &Doc, figure: usize) -> (usize, f64) {
    (figure, doc.mention(figure).map_or(1.0, |m| each_times(doc, m)))
}

/// Whether two counts keep one owner, period and source, whatever they
/// name (a chamber's size names members, its parts seats).
/// The head noun a count names, singular and lower-case ("districts" is
/// "district").
pub(super) fn head_noun(doc: &Doc, m: &Mention) -> Option<String> {
    m.noun?;
    Some(crate::mentions::singular(doc.lc(doc.after_noun(m).checked_sub(1)?)))
}

/// Whether two counts of places name them by different nouns: different
/// levels of a map, one inside the other ("six of the nine districts,
/// including 40 villages"), never parts of one count.
pub(super) fn other_level_of_map(doc: &Doc, part: &Mention, whole: &Mention) -> bool {
    part.class() == Some(crate::mentions::Thing::Region)
        && whole.class() == Some(crate::mentions::Thing::Region)
        && head_noun(doc, part) != head_noun(doc, whole)
}

pub(super) fn same_scope(a: &Mention, b: &Mention) -> bool {
    let agree = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    agree(a.owner, b.owner) && agree(a.period, b.period) && agree(a.source.as_deref(), b.source.as_deref())
}

#[cfg(test)]
mod cue_tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::super::ID)
    }

    #[test]
    fn a_count_of_other_things_after_a_whole_put_first_is_no_part_of_it() {
        // Pupils are not schools: no part, so no excess.
        for text in ["Of the 42 schools, 2,513 pupils passed.", "Of the 42 schools inspected, 2,513 pupils passed."] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // A count with no noun of its own, or the whole's, is still a part.
        assert_eq!(statuses("Of the 42 schools inspected, 51 passed."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Of the 42 schools, 51 schools passed."), vec![Status::Inconsistent]);
    }

    #[test]
    fn three_digits_after_a_comma_and_a_space_may_end_one_number_and_are_no_excess() {
        // "240, 512" may be 240,512 with a stray space: no part over a whole.
        assert!(statuses("Of the 240, 512 students who applied were local.").is_empty());
        // Written apart, or with a part that fits, the pairing stands.
        assert_eq!(statuses("Of the 240 students who applied, 512 were local."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Of the 240, 112 students who applied were local."), vec![Status::Consistent]);
        // The rest of the number may be spaced on.
        assert!(statuses("Of the 240, 512 318 people counted, 250 000 were women.").is_empty());
    }

    #[test]
    fn a_count_before_a_comparative_is_by_how_much_and_no_total() {
        let text = "The evacuees include 85 foreigners, three fewer than first thought, among them 41 from Chile and 12 from Peru.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn parts_over_their_total_by_exactly_one_part_overlap_and_are_set_aside() {
        let text = "A total of 1,500 stalls, including 940 food stalls, 410 craft stalls, 150 drinks stalls and 20 vegan stalls, opened.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // Over by anything else, or by a part of one digit (a likelier chance
        // match), it is flagged.
        for text in [
            "A total of 1,520 stalls, including 940 food stalls, 410 craft stalls, 150 drinks stalls and 45 vegan stalls, opened.",
            "Police arrested 43 people: 22 men, 16 women, 1 boy and 5 girls.",
        ] {
            assert_eq!(statuses(text), vec![Status::Inconsistent], "{text}");
        }
    }

    #[test]
    fn a_total_after_a_pronoun_for_earlier_items_counts_them_too() {
        // "they" are the 40 gold medals: 40 + 25 + 20 = 85, no shortfall.
        let text = "The 40 gold medals were a record. Added to 25 silver and 20 bronze they made a total of 85.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn the_numbers_of_a_ratio_are_no_parts() {
        // "one in five" says how often, not five more cases.
        let text = "Of 2,310 road deaths last year, 462 or 20% involved a lorry, so one in five road deaths involved one.";
        let found = crate::checks::testing::findings_of(text, super::super::ID);
        assert!(found.iter().all(|f| !f.1.contains(&"five".to_owned())), "{found:?}");
    }

    #[test]
    fn a_majority_mark_brought_down_to_a_number_is_no_part() {
        // The mark is worked out from those present, not one more of them.
        for text in [
            "Only 380 of the 420 MPs were present, which took the majority mark down to 191.",
            "Of the 300 councillors, 280 attended, which lowered the quorum to 141.",
        ] {
            assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
        }
    }

    #[test]
    fn a_count_a_day_is_a_rate_never_a_total() {
        // Casualties are no part of a day's passengers.
        for text in [
            "12 people were killed and about 140 injured when the train left the rails. The railway carries some 20 million passengers a day.",
            "Three workers died and 40 were hurt at the plant, which employs 9,000 people. It ships 2,000 vehicles each week.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
        assert!(statuses("12 people were killed and about 140 injured. The railway carries some 20 million passengers a day.").is_empty());
    }

    #[test]
    fn a_signed_count_is_a_change_never_a_total_or_a_part() {
        // "(+8)" is how much a count moved, no head of the list after it.
        let text = "For a few weeks the records have shown: Hired: 640 (+8) Fired: 2,310 (-5) Total: 3,120 (+3).";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // An unsigned head still totals its list.
        assert_eq!(statuses("The firm hired 900 people: 610 men and 250 women."), vec![Status::Inconsistent]);
    }

    #[test]
    fn of_those_before_a_figure_restates_the_group_it_names() {
        // "Of those 320" is the 320 said again, no second part of the 500.
        let text = "320 of the 500 staff joined the strike (64%), the union said. Of those 320, 85 percent were nurses.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
        // "of whom" before a figure still makes it a part.
        let text = "The ferry carried 500 people, of whom 320 were rescued and 250 died.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_rate_is_no_total_of_the_single_cases_it_includes() {
        // An average or a count per something is a rate: "including" after
        // it names one case, not a part of it.
        for text in [
            "She had an average of 21 saves per game, including 34 against Leeds.",
            "They averaged 18 rescues a week in June, including 25 in the first week.",
            "The clinic saw 40 patients per day, including 55 on Monday.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // A count that is no rate keeps its parts.
        assert_eq!(statuses("She made 21 saves, including 34 in the first half."), vec![Status::Inconsistent]);
    }

    #[test]
    fn an_earlier_value_after_a_change_word_is_no_part() {
        // 265 is the party's count before: no second part of the chamber.
        for text in [
            "The ruling party won 230 of the 450 seats, down from 265.",
            "The ruling party won 230 of the 450 seats, down from 265, while the opposition took 180.",
            "Of the 90 wards, the Greens hold 50, up from 46.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
    }

    #[test]
    fn a_place_within_a_named_place_is_no_part_of_the_breakdown_by_place() {
        // "Kursk's border districts" are a part of Kursk: 25 + 9 need not make
        // 40, as 25 over Kursk itself and 9 over Bryansk must.
        let text = "Air defences destroyed 40 drones over the Kursk and Bryansk regions, with 25 over Kursk's border districts and 9 over Bryansk.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        let text = text.replace("Kursk's border districts", "Kursk");
        assert_eq!(statuses(&text), vec![Status::Inconsistent]);
    }

    #[test]
    fn parts_far_above_their_total_mean_the_wrong_total_was_read() {
        // The count before the colon is of the seats left over, not of the
        // listed ones.
        let text = "With three seats still to be called, the council stands as follows: Greens 41 seats, Labour 27, Liberals 6, Independents 2.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // Parts near the total still make an excess: a slip.
        let text = "The army said 40 drones were launched: 25 were shot down and 18 were jammed.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
        // Past it by more than a quarter, they were read against the wrong
        // total (a total short of a digit goes with them).
        let text = "The army said 14 drones were launched: 71 were shot down and 72 were jammed.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "The ministry said 22 drones were launched: 25 were shot down and 18 were jammed.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // One family holds no breakdown of several counts of people.
        let text = "At least 9 members of a single family, including four women and three boys, died in the strike.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn a_breakdown_short_by_more_than_a_third_names_the_notable_fates() {
        // A few left out is a slip; hundreds left out were never told.
        let near = "The army counted 120 drones overnight; crews downed 70 of them and 42 were lost.";
        assert_eq!(statuses(near), vec![Status::Inconsistent]);
        let far = "The army counted 120 drones overnight; crews downed 50 of them and 25 were lost.";
        assert!(statuses(far).is_empty(), "{:?}", statuses(far));
        // The same breakdown given in full still adds up.
        let whole = "The army counted 120 drones overnight; crews downed 50 of them and 70 were lost.";
        assert_eq!(statuses(whole), vec![Status::Consistent]);
    }
}
