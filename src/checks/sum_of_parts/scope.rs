//! Where a breakdown's scope ends: another paragraph, night or day; and a
//! whole put first.

use crate::figures::Kind;
use crate::mentions::{Doc, Mention, Via};
use crate::report::explain::SetAside;

/// "Of the 90 drones, the air force shot down 61", "Out of 90 drones, ...":
/// a count opening its clause after "of the" or "out of (the)" is the
/// whole the clause breaks down.
pub(super) fn is_fronted_whole(doc: &Doc, c: &Mention) -> bool {
    let (a, _) = doc.sentence_words(c.sentence);
    let the = usize::from(c.first > a && doc.is(c.first - 1, "the"));
    let Some(of) = c.first.checked_sub(the + 1).filter(|&k| k >= a && doc.is(k, "of")) else {
        return false;
    };
    let out = usize::from(of > a && doc.is(of - 1, "out"));
    let opens = of - out;
    // "Of 90 drones, ..." opening its sentence needs no article; inside
    // one, ", of 90 drones" may be a phrase of the clause before.
    if the + out == 0 {
        return opens == a;
    }
    opens == a || crate::lc_in!(doc, opens - 1, [",", ";", ":"])
}

/// Whether a later count's period starts another scope than an earlier
/// count's: both named and different, or the later one named as another
/// night, day or year ("on the night of March 3", "last year") after
/// counts of no stated period. "Overnight" said late names the story's own
/// night.
fn is_new_period(later: Option<&str>, earlier: Option<&str>) -> bool {
    match (later, earlier) {
        (Some(l), Some(e)) => l != e,
        (Some(l), None) => l != "night",
        _ => false,
    }
}

/// Whether sentence `later` opens on a day of its own ("On October 5, ...",
/// "On the night of May 3, ...", "On Tuesday night, ...") that sentence
/// `earlier` does not open on: counts of another day are not parts of this
/// one's.
fn is_new_day(doc: &Doc, later: usize, earlier: usize) -> bool {
    let day = |s: usize| {
        let (a, b) = doc.sentence_words(s);
        if !doc.is(a, "on") {
            return None;
        }
        let mut k = a + 1;
        if doc.is(k, "the") && doc.is(k + 1, "night") && doc.is(k + 2, "of") {
            k += 3;
        }
        let dated = doc.kind_at(k) == Some(Kind::Date);
        // A weekday ("On Tuesday"), known by its ending: the other words
        // of four letters or more in "-day" ("holiday") rarely follow "On".
        let weekday = doc.lc(k).len() > 3 && doc.lc(k).ends_with("day");
        if k >= b || !(dated || weekday) {
            return None;
        }
        // The day's words up to the comma: "tuesday night".
        let end = (k..b.min(k + 6)).find(|&j| doc.lc(j) == ",").unwrap_or(k + 1);
        Some((k..end).map(|j| doc.lc(j)).collect::<Vec<_>>())
    };
    day(later).is_some_and(|d| day(earlier) != Some(d))
}

/// Whether a sentence says it tells of another occasion than the one
/// before: it opens "Earlier that day", "Later on Sunday", "Earlier this
/// week", "Last month", or with a year of its own ("In 1933, 6,800 people
/// died"), or speaks of "a separate" or "a similar" attack or what happened "separately" ("from
/// separate directions" is one attack), or "follows" another ("The crash
/// follows a ferry sinking that killed 14"). `or_place`: also one that says it
/// happened "elsewhere". Counts there are of their own occasion.
pub(super) fn tells_of_another_occasion(doc: &Doc, sentence: usize, or_place: bool) -> bool {
    let (a, b) = doc.sentence_words(sentence);
    // "Earlier that day", "Later on Monday"; "Earlier, 30 had been
    // reported hurt": an earlier report, which later counts supersede.
    let opens_apart = crate::lc_in!(doc, a, ["earlier", "later"]) && crate::lc_in!(doc, a + 1, ["that", "this", "on", "in"])
        || crate::lc_in!(doc, a, ["earlier", "previously"]) && doc.is(a + 1, ",")
        || doc.is(a, "last") && crate::lc_in!(doc, a + 1, ["week", "month", "year"]);
    let year = |k: usize| doc.kind_at(k) == Some(crate::figures::Kind::Year);
    let dated = doc.is(a, "in") && year(a + 1) && doc.is(a + 2, ",");
    opens_apart
        || dated
        || (a..b).any(|k| match doc.lc(k) {
            "separately" => true,
            // "The crash follows a helicopter crash that killed four", not
            // "as follows: ...".
            "follows" => k == a || !doc.is(k - 1, "as"),
            "separate" | "similar" => k > a && doc.is(k - 1, "a"),
            "elsewhere" => or_place,
            _ => false,
        })
}

/// Why count `c` lies outside total `t`'s scope, if it does.
pub(super) fn out_of_scope(doc: &Doc, t: &Mention, c: &Mention, parts: &[usize]) -> Option<SetAside> {
    // In the next paragraph a part must name what it counts, point back
    // ("38 of them") or stand beside one that does ("38 of them, and 22
    // were lost"): a bare "Three others died" there may be another story's
    // dead.
    if c.paragraph != t.paragraph
        && c.via == Via::Ellipsis
        && !parts.iter().any(|&q| doc.mention(q).is_some_and(|qm| qm.sentence == c.sentence))
    {
        return Some(SetAside::OtherClause);
    }
    // "On the night of March 3, 95 were launched" after the counts of last
    // night: a period named anew starts another scope, and counts before it
    // are not its parts, nor counts after a new one parts of what came
    // before.
    let (earlier, later) = if c.sentence < t.sentence { (c, t) } else { (t, c) };
    // Either sentence may say so: "Last month, 37 were hurt in a similar
    // attack" tells of its own occasion as much as a later "Earlier that day".
    if c.sentence != t.sentence
        && (is_new_period(later.period, earlier.period)
            || is_new_day(doc, later.sentence, earlier.sentence)
            || tells_of_another_occasion(doc, later.sentence, false)
            || tells_of_another_occasion(doc, earlier.sentence, false))
    {
        return Some(SetAside::OtherPeriod);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::findings_of;

    #[test]
    fn a_sentence_opening_with_a_year_of_its_own_tells_of_another_occasion() {
        // The 240 and the 90 died in 1987, not in the collapse.
        let text = "At least 12 people have been confirmed dead after the bridge collapsed. In 1987, 240 people died in a flood on the same river and 90 more were killed when a dam failed.";
        assert!(findings_of(text, super::super::ID).is_empty(), "{:?}", findings_of(text, super::super::ID));
        // With no year of its own, the sentence still restates the tally.
        let text = "At least 12 people have been confirmed dead after the bridge collapsed. Later, 240 people died in a flood on the same river and 90 more were killed when a dam failed.";
        assert_eq!(findings_of(text, super::super::ID).len(), 1);
    }

    #[test]
    fn a_tally_of_the_past_day_is_not_the_nights() {
        use crate::report::Status;
        use crate::checks::testing::statuses_of;
        // The night's tally is whole; six more downed during the day are
        // another period's, not a seventh part of the night's 12.
        for text in [
            "Air defences shot down 11 of the 12 drones launched overnight. Another four drones were struck over the past day.",
            "Air defences shot down 11 of the 12 drones launched overnight. Another four drones were struck during the day.",
        ] {
            assert!(!statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
        }
        // In the same night they are one more part.
        let text = "Air defences shot down 11 of the 12 drones launched overnight. Another four drones were struck during the night.";
        assert!(statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
    }

    #[test]
    fn another_occasion_a_running_toll_or_a_later_fate_is_no_part() {
        use crate::checks::testing::statuses_of;
        use crate::report::Status;
        for text in [
            // Another crash, told as the one this one follows.
            "A plane carrying nine people was found in the hills. Crews found three people dead and presumed the other six were also dead. The crash follows a bus crash that killed five and injured more than 14.",
            // A running toll of the week.
            "A boat carrying around 22 migrants capsized off the coast on Monday, the agency said. 'The bodies of five people have been recovered while 17 others are missing and presumed dead. At least 60 migrants have been reported dead or missing on this route this week alone.'",
            // A fate told as coming later may befall those already counted.
            "A small plane with six people aboard came down in the lake. Five were rescued, though two died later. One person remains missing.",
            "The helicopter had seven crew aboard. Six were rescued but three died. One is still missing.",
            "A fishing boat with 29 men aboard ran aground. Two men drowned and 27 survived, but another man died in hospital.",
            // The survivors told at the total's own value: the dead are no part of it.
            "The boat reached the island with 180 people aboard, ten children among them. Besides the 180 survivors, nine others died on the way.",
            // Dozens missing, told the sentence before the tally.
            "Dozens of people are still missing after the boat sank. So far 14 bodies have been recovered and 51 people rescued. One passenger said more than 110 people had been on board.",
        ] {
            assert!(!statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
        }
        // A headline's "most" is no remainder of the tally below it.
        let text = "Night raid: most drones stopped\n\nRussia launched 96 drones overnight. Air defences shot down 60 of them and 33 were lost in flight. One drone flew into Belarus.";
        assert!(statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
        // The same tally with no remainder named is still checked (a few
        // short: more than a third short, it names the notable fates only).
        let text = "A ferry with 70 people on board sank. So far 14 bodies have been recovered and 51 people rescued.";
        assert!(statuses_of(text, super::super::ID).contains(&Status::Inconsistent), "{text}");
    }

    #[test]
    fn a_whole_opening_its_sentence_needs_no_article() {
        use crate::report::Status;
        let statuses = |text: &str| findings_of(text, super::super::ID).into_iter().map(|f| f.0).collect::<Vec<_>>();
        let bare = "Of 90 drones, the crews downed 60; 25 others failed to reach their targets.";
        assert_eq!(statuses(bare), vec![Status::Inconsistent]);
        // Inside a sentence, "of 90 drones" belongs to the clause before.
        let inside = "A barrage of 90 drones hit the city; crews downed 60, and 25 others failed to reach their targets.";
        assert!(!statuses(inside).contains(&Status::Inconsistent), "{:?}", statuses(inside));
    }

    #[test]
    fn a_sentence_before_that_tells_of_its_own_occasion_holds_its_own_counts() {
        // The 30 were hurt last month: 300 + 150 = 450 aboard, no part inside another.
        for opening in ["Last month, 30 people were injured in a crash on the same road.", "Thirty people were hurt in a similar crash."] {
            let text = format!("{opening} Of the 450 people on board the ferry, 300 were rescued and 150 were missing.");
            let found = findings_of(&text, super::super::ID);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].1, vec!["450".to_string(), "300".into(), "150".into()], "{found:?}");
        }
    }
}
