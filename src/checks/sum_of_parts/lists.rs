//! Lists after a colon: "nine medals: two golds, three silvers and four
//! bronzes", a table's row of seats.

use super::counts::{Cue, cue_phrase_at, is_count, is_cue, is_majority_mark, money_of, weighted};
use super::find::Tally;
use super::{ID, Sum};
use crate::checks::relation::{Certainty, NumberWord};
use crate::mentions::{Doc, Mention, Thing, Via};
use crate::report::explain::{SetAside, Tie};

/// Lists after a colon: "nine medals: two golds, three silvers and four
/// bronzes", "60 drones were downed: 21 over Bryansk, 17 over Kursk ...",
/// a table's row "Northshire (90 seats, majority 46): Labour 50; Greens 25;
/// Others 20". The list ends with its sentence (a row of a table is a
/// sentence of its own), so no sum runs across rows.
pub(super) fn colon_lists(doc: &Doc, tally: &mut Tally, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let money = money_of(doc, m);
        // A part may head a list of its own ("Of the 20 boats, 15 were
        // cleared: eight at Dover and seven at Hull"): its items are its
        // parts, not the whole's.
        if !(is_count(doc, m) || money.is_some()) || tally.total_of[m.figure].is_some() {
            continue;
        }
        let Some(colon) = list_colon(doc, m) else { continue };
        // Only a colon opens a part's own list: a dash or a bracket after
        // a part may close the aside the part stands in.
        if tally.used_as_part[m.figure] && doc.lc(colon) != ":" {
            continue;
        }
        if heads_no_list(doc, m, colon) {
            continue;
        }
        let Some(parts) = breakdown_items(doc, mi, colon).and_then(|parts| own_items(doc, tally, m, parts)) else {
            continue;
        };
        // "900 dead, 2,000 injured and 40 missing: 700 dead, ...": a list
        // of several events breaks the counts before the colon down one by
        // one, not the last of them alone.
        let figures: Vec<usize> = parts.iter().map(|p| p.figure).collect();
        if !of_its_kind(doc, m, &parts, colon) || super::includings::respective(doc, mi + 1, &figures) {
            continue;
        }
        let (one_more, open_end) = indefinite_items(doc, colon, &parts);
        let complete = !open_end && list_is_complete(doc, m, &parts, colon);
        if doc.explaining() {
            let mut figures = vec![m.figure];
            figures.extend(parts.iter().map(|p| p.figure));
            doc.tie(ID, &figures, Tie::StatedCue, doc.words_span(colon, colon + 1));
            let tie = if complete { Tie::FullBreakdown } else { Tie::PartialBreakdown };
            doc.tie(ID, &figures, tie, None);
        }
        let weighted_parts: Vec<(usize, f64)> = parts.iter().map(|p| weighted(doc, p.figure)).collect();
        // "212,400 sat the exam out of 215,000 who registered: 110,300
        // male and 757,785 female": the list may break down either count,
        // so each pairing is only plausible (reported when it holds).
        if let Some(other) = other_whole(doc, mi) {
            for total in [m.figure, other] {
                out.push(Sum {
                    total,
                    parts: weighted_parts.clone(),
                    implied: vec![],
                    complete,
                    certainty: Certainty::Plausible,
                    tied: false,
                    explicit: false,
                });
            }
            for p in &parts {
                tally.used_as_part[p.figure] = true;
            }
            continue;
        }
        for p in &parts {
            tally.used_as_part[p.figure] = true;
        }
        tally.total_of[m.figure] = Some(tally.totals.len());
        tally.totals.push(Sum {
            total: m.figure,
            parts: weighted_parts,
            implied: one_more,
            complete,
            certainty: Certainty::Stated,
            tied: true,
            explicit: true,
        });
    }
}

/// The items of the list that `colon` opens after count `mi`, when they
/// break it down.
fn breakdown_items<'d>(doc: &'d Doc, mi: usize, colon: usize) -> Option<Vec<&'d Mention>> {
    let m = &doc.mentions[mi];
    let parts = list_parts(doc, mi, colon);
    // Bare numbers in brackets ("Labour 10 (21, 6)") are a table's
    // other columns: a bracketed list names what its items count.
    let bare = doc.lc(colon) == "(" && parts.iter().all(|p| p.via != Via::Noun);
    // "30.5ppl (32.5ppl less 2ppl)", "12 more: 40, against 28", "made up
    // of 310 additions and 290 others, less 60 losses": an item taken away
    // or set against the others makes a reckoning, no breakdown.
    let no_breakdown = parts.len() < 2
        || bare
        || parts.iter().any(|p| crate::lc_in!(doc, p.first - 1, ["less", "against", "versus", "vs"]))
        || numbers_the_items(doc, m, &parts)
        || labelled_as_other_things(doc, m, &parts)
        || moves_both_ways(doc, m, &parts);
    (!no_breakdown).then_some(parts)
}

/// Whether the items of a list count what its head counts. An item with no
/// noun of its own counts what the list counts, not what an aside before it
/// named ("four over X, including one aimed at Y, two over Z"); words that
/// say the parts make up the whole ("30 players, comprising 18 outfield
/// players and 12 goalkeepers") name kinds of it; an amount of money is
/// broken down into amounts of its currency (`list_parts`).
fn of_its_kind(doc: &Doc, m: &Mention, parts: &[&Mention], colon: usize) -> bool {
    money_of(doc, m).is_some()
        || opened_in_words(doc, colon)
        || parts.iter().all(|p| p.thing == m.thing || p.via == Via::Ellipsis)
        || (m.class() == Some(Thing::Person) && parts.iter().all(|p| p.class() == Some(Thing::Person)))
}

/// Whether count `m`, before the list its colon opens, is no total of it:
/// it names no thing (an amount of money names its currency), it ranks a
/// name, the list is a record of fields, or it is one ("nine of them came
/// from one family: a couple and their seven children": one family is a
/// single thing, whose list counts its members).
fn heads_no_list(doc: &Doc, m: &Mention, colon: usize) -> bool {
    let single = doc.figures[m.figure].value == Some(1.0);
    let nameless = m.thing.is_none() && money_of(doc, m).is_none();
    nameless || single || ranks_a_name(doc, m) || labelled_fields(doc, m, colon)
}

/// "1 Ann Lee, Kenya: 19; 8, 2, 5, 4": a number before a name no
/// word list knows ranks it; it counts nothing.
fn ranks_a_name(doc: &Doc, m: &Mention) -> bool {
    m.class().is_none() && crate::checks::relation::capitalised(doc, m.end)
}

/// The list's items that have no figure: "10 deaths (6 men, 3 women and a
/// child)", "four hurt: a woman in her 60s, two men and a boy" count one
/// each ("a" or "an" opening an item of what the list counts); "6 men, 3
/// women and several children" (or "and a number of children") leaves the
/// list open.
fn indefinite_items(doc: &Doc, colon: usize, parts: &[&Mention]) -> (Vec<NumberWord>, bool) {
    let last = parts[parts.len() - 1];
    let (_, end) = doc.sentence_words(last.sentence);
    // "drivers 426, passengers (822) and cyclists (61)": the first count
    // past the last part read, in brackets after a label, is an item the
    // list goes on to, unread, and the list is read only in part.
    let next = (last.end..end).find(|&j| doc.figure_at_word(j).is_some());
    let unread_item = next.is_some_and(|j| {
        j > last.end
            && doc.is(j - 1, "(")
            && doc.is_word(j - 2)
            && doc.kind_at(j) == Some(crate::figures::Kind::Number)
    });
    let (mut ones, mut open) = (Vec::new(), unread_item);
    for j in colon + 1..end {
        if j > colon + 1 && !crate::lc_in!(doc, j - 1, [",", "and"]) {
            continue;
        }
        let article = crate::lc_in!(doc, j, ["a", "an"]);
        // "two swept away, three in collapses and another hit by lightning":
        // "another" with no figure is one more of what the list counts.
        let another = doc.is(j, "another") && doc.figure_at_word(j + 1).is_none();
        let one = |n: usize| NumberWord {
            span: crate::text::Span::new(doc.words()[j].span.start, doc.words()[j + n].span.end),
            value: 1.0,
            approx: None,
            more_than: false,
        };
        match crate::mentions::lexicon::lexicons().things.match_phrase(&doc.phrase_at(j + 1, 3)) {
            Some((n, thing, _)) if (article || another) && Some(thing) == last.thing.as_deref() => ones.push(one(n)),
            None if another => ones.push(one(0)),
            _ if j > last.first && doc.is(j - 1, "and") => open |= article || is_cue(doc.lc(j), Cue::VagueRemainder),
            _ => {}
        }
    }
    (ones, open)
}

/// "The four other candidates were Wright, Independent: 13,140; Chapman,
/// UKIP: 6,870; Race, Labour: 5,591; Mole: 3,715": a count whose list's
/// items each exceed it numbers the items (or the places they stand for,
/// "in five districts: 5,210 in A, 3,100 in B, ..."); their figures are
/// their values (votes, houses), no breakdown of it. An amount of money
/// whose items each pass it is a difference of them. (No part of a
/// breakdown can pass its total, so this reading is the only one the
/// figures allow.)
fn numbers_the_items(doc: &Doc, m: &Mention, parts: &[&Mention]) -> bool {
    let count = doc.figures[m.figure].value;
    // "missed the plan by $38 million: the plan was $455 million and ...
    // $417 million": items that each pass the figure are the values a
    // difference was taken from, no parts of it.
    let larger = parts.iter().all(|p| doc.figures[p.figure].value.is_some_and(|v| Some(v) > count));
    let numbers = larger;
    if numbers && doc.explaining() {
        let mut figures = vec![m.figure];
        figures.extend(parts.iter().map(|p| p.figure));
        doc.set_aside(ID, &figures, SetAside::OtherThing, None);
    }
    numbers
}

/// "Margin down 60bps: H1 down 100bps, H2 up 10bps": items that move in
/// opposite directions are changes, one a rise and one a fall, and the
/// change of the whole is no sum of their sizes (nor, for a rate, of their
/// signed values: a rate's halves are weighted, not added), so the list is
/// no breakdown to add up.
fn moves_both_ways(doc: &Doc, m: &Mention, parts: &[&Mention]) -> bool {
    let ways: Vec<bool> =
        parts.iter().filter_map(|p| p.first.checked_sub(1).and_then(|j| crate::checks::change::move_falls(doc.word(j)))).collect();
    let both = ways.contains(&true) && ways.contains(&false);
    if both && doc.explaining() {
        let mut figures = vec![m.figure];
        figures.extend(parts.iter().map(|p| p.figure));
        doc.set_aside(ID, &figures, SetAside::NotACount, None);
    }
    both
}

/// The colon that opens a list after count `m`: within a few words, with
/// no semicolon and no other count between (a majority mark may stand
/// there: "(403 seats, majority 202):"). A colon between digits ("11:00")
/// opens nothing. A dash opens a list as a colon does ("76 drones — 41 were
/// downed and 35 were lost"); the list then ends at the dash that closes the
/// aside, if any.
pub(super) fn list_colon(doc: &Doc, m: &Mention) -> Option<usize> {
    let (_, end) = doc.sentence_words(m.sentence);
    // "31 medals (11 gold): 14 by women, 15 by men": a count in brackets
    // after another count's noun is an aside on it, and the list after the
    // bracket is the other count's.
    let bracket = m.first.wrapping_sub(1);
    if doc.is(bracket, "(") && doc.figure_at_word(bracket.wrapping_sub(1)).is_none() {
        let before = m.figure.checked_sub(1).and_then(|f| doc.mention(f));
        if before.is_some_and(|o| doc.after_noun(o) == bracket) {
            return None;
        }
    }
    let mut j = m.end;
    // "Ashford – 40, Brampton – 12, and nine from Corley": past a comma, a
    // dash or a bracket gives the next label its own figure; only a colon
    // still opens the count's list ("40, officials said: ...").
    let mut past_comma = false;
    while j < end && j < m.end + 16 && doc.lc(j) != ":" {
        past_comma |= doc.lc(j) == ",";
        // "£2bn, well ahead of its rivals (Spain £1.4bn, ...)": a bracket
        // after words that set the count beside other things lists them.
        if doc.lc(j) == "(" && (m.end..j).any(|k| is_cue(doc.word(k), Cue::Compared)) {
            return None;
        }
        // "31 medals (11 gold): ...": the aside in brackets is skipped.
        if doc.lc(j) == "(" && j < m.end + 8 && labels_a_colon(doc, j, end) {
            j = (j..end).find(|&k| doc.lc(k) == ")").unwrap_or(end);
            continue;
        }
        // "242 people (230 passengers and 12 crew)": a bracket opens a list
        // as a dash does, unless a colon follows it ("(403 seats):").
        let dash = doc.is_dash_aside(j) && item_follows(doc, j, end);
        if j < m.end + 8 && !past_comma && (dash || doc.lc(j) == "(" && !labels_a_colon(doc, j, end)) {
            return Some(j);
        }
        // "12 trophies, made up of 7 leagues and 4 cups": a colon in words.
        if let Some(last) = cue_phrase_at(doc, j, Cue::Opener).filter(|_| j < m.end + 8) {
            return Some(last);
        }
        // "Green: 2,210; Hart, Reform: 2,950": a semicolon ends the count's
        // item, and the colon after it labels the next item's figure.
        if doc.lc(j) == ";" {
            return None;
        }
        if let Some(f) = doc.figure_at_word(j)
            && f != m.figure
        {
            if !doc.mention(f).is_some_and(|o| is_majority_mark(doc, o)) {
                return None;
            }
            if doc.explaining() {
                doc.set_aside(ID, &[m.figure, f], SetAside::NotACount, doc.words_span(j.saturating_sub(2), j + 1));
            }
        }
        j += 1;
    }
    let words = doc.words();
    let opens = doc.lc(j) == ":" && words.get(j + 1).is_none_or(|next| next.span.start > words[j].span.end);
    opens.then_some(j)
}

/// Whether a figure follows the dash at `j` within a few words of its
/// clause, as the first item of a breakdown does ("76 drones — 41 were
/// downed"). "88 – goals let in by the last club, beating the 80 of
/// another" glosses what the count is: what follows is no list of it.
fn item_follows(doc: &Doc, j: usize, end: usize) -> bool {
    (j + 1..end.min(j + 7)).take_while(|&k| doc.lc(k) != ",").any(|k| doc.figure_at_word(k).is_some())
}

/// The items of a list that are the head's own parts. "... 15 were
/// cleared: eight at Dover and seven at Hull, while the other five ...":
/// the rest after a part's own list is the rest of the whole that part is
/// of. "missing in three provinces: five in Alba, three in Bero": counts
/// placed in the places a count of places names count something else.
fn own_items<'d>(doc: &Doc, tally: &Tally, m: &Mention, mut parts: Vec<&'d Mention>) -> Option<Vec<&'d Mention>> {
    if tally.used_as_part[m.figure] {
        parts.truncate(parts.iter().position(|p| p.cues.rest || p.cues.another).unwrap_or(parts.len()));
    }
    let placed = parts.iter().any(|p| crate::lc_in!(doc, doc.after_noun(p), ["in", "at"]));
    (m.class() != Some(Thing::Region) || !placed).then_some(parts)
}

/// Whether the bracket opened at `j` closes just before a colon.
fn labels_a_colon(doc: &Doc, j: usize, end: usize) -> bool {
    (j..end).find(|&k| doc.lc(k) == ")").is_none_or(|k| doc.lc(k + 1) == ":")
}

/// "12 offices report: Hired: 640 Fired: 210 Total: 850": items that carry
/// colons of their own are labelled values, a record whose figures are
/// what their labels say, no breakdown of the count before the first colon.
/// Items that carry an "=" ("a 31-seat majority: A + B = 40; A + C = 33")
/// are sums of their own, each one an alternative.
/// A count that is itself a label's value ("Deaths: 2,917 Cases: 3,487")
/// is a field of such a record too: the colon after it labels the next
/// field's value, opening no list of it.
fn labelled_fields(doc: &Doc, m: &Mention, colon: usize) -> bool {
    let (start, end) = doc.sentence_words(m.sentence);
    let words = doc.words();
    let opens = |j: usize| words.get(j + 1).is_none_or(|next| next.span.start > words[j].span.end);
    let labelled = m.first > start && doc.is(m.first - 1, ":") && opens(m.first - 1);
    labelled || (colon + 1..end).any(|j| crate::lc_in!(doc, j, [":", "="]) && opens(j))
}

/// "14 wards: Registered voters 41200, Rejected votes 310": an item whose
/// value follows a plural noun of other things counts what that label
/// names, so the list is a record of the count's place, not its breakdown.
/// (A singular noun with a number is a name: "Building 7", "Day 3".)
fn labelled_as_other_things(doc: &Doc, m: &Mention, parts: &[&Mention]) -> bool {
    parts.iter().any(|p| {
        let j = p.first.wrapping_sub(1);
        let plural = doc.is_word(j) && crate::mentions::singular(doc.lc(j)) != doc.lc(j);
        let label = crate::mentions::lexicon::lexicons().things.match_phrase(&doc.phrase_at(j, 1));
        plural && label.is_some_and(|(_, class, _)| m.thing.as_deref() != Some(class))
    })
}

/// Whether a list was opened by words ("made up of"), not a colon, a
/// bracket or a dash.
fn opened_in_words(doc: &Doc, opener: usize) -> bool {
    !crate::lc_in!(doc, opener, [":", "("]) && !doc.is_dash_aside(opener)
}

/// The counts of the list after `colon`, up to the end of the sentence. A
/// count in brackets or one that counts a part of an item ("23 reserved
/// seats, 12 of them for women") is a breakdown of that item, not an item.
pub(super) fn list_parts<'d>(doc: &'d Doc, mi: usize, colon: usize) -> Vec<&'d Mention> {
    let m = &doc.mentions[mi];
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut k = colon + usize::from(doc.lc(colon) == "(");
    let mut aside: Vec<usize> = Vec::new();
    // Whether a semicolon stands between the list's opening and the item
    // read, noted as the words go by rather than sought again for each item.
    let mut past_semicolon = false;
    for (pi, p) in doc.mentions.iter().enumerate().skip(mi + 1).take_while(|(_, p)| p.sentence == m.sentence) {
        while k < p.first {
            past_semicolon |= doc.is(k, ";");
            match doc.lc(k) {
                "(" | "[" => depth += 1,
                // "(10,502 for - 7,165 against) and (...)": a list opened
                // inside brackets ends with them.
                ")" | "]" if depth == 0 => return parts,
                ")" | "]" => depth -= 1,
                // "12 people — eight in Texas and four in Ohio — and 30 were
                // hurt": the dash closing the aside ends the list.
                _ if k > colon && depth == 0 && doc.is_dash_aside(k) => return parts,
                // "made up of $14m of A and $222m of B; imports were ...": a
                // list opened in words ends with its clause (after a colon or
                // in brackets a semicolon may part the items).
                ";" if opened_in_words(doc, colon) => return parts,
                _ => {}
            }
            k += 1;
        }
        if p.first < colon || depth > 0 || is_majority_mark(doc, p) {
            continue;
        }
        // "third with 40 medals – 10 gold, 12 silver and 18 bronze; fourth
        // with 35 medals – 9 gold, ...": a count after a semicolon that
        // opens a list of its own heads the next row, and ends this list.
        if !parts.is_empty() && past_semicolon && list_colon(doc, p).is_some() {
            return parts;
        }
        // "four over the capital, including one aimed at the airport, two
        // over the east": an "including" inside the list breaks the item
        // before it down, and the items go on after it.
        if p.cues.including && !parts.is_empty() {
            aside = super::includings::coordinated_parts(doc, pi);
        }
        if aside.contains(&p.figure) {
            continue;
        }
        // "a squad of 64 – 90 fewer than the champions sent": a count
        // compared with another quantity is a difference, no part.
        let after = doc.after_noun(p);
        let compared = crate::checks::change::is_comparative(doc.word(after)) && doc.is(after + 1, "than");
        // "640 civilians, 20 children among them, 300 soldiers": a count
        // said to be among the item before is part of that item, and the
        // list goes on after it.
        if doc.is(after, "among") && !parts.is_empty() {
            continue;
        }
        if p.cues.of_which || p.cues.including || compared {
            break;
        }
        // "38,800 died – a 2% fall from 2018, when 39,000 died": what opens
        // with a percentage is a comment on the count, not its breakdown.
        if parts.is_empty() && doc.figures[p.figure].kind == crate::figures::Kind::Percent {
            break;
        }
        let money = money_of(doc, m);
        if money.map_or(is_count(doc, p) && p.thing.is_some(), |c| money_of(doc, p) == Some(c) || bare_amount(doc, p)) {
            parts.push(p);
        }
    }
    parts
}

/// "£40 million in bonuses: a further 10 million if ..., £30 million
/// ...": in a list of amounts of money, a number of millions or more that
/// names nothing is an amount whose currency the list has already given.
fn bare_amount(doc: &Doc, p: &Mention) -> bool {
    let f = &doc.figures[p.figure];
    f.kind == crate::figures::Kind::Number && p.thing.is_none() && f.value.is_some_and(|v| v >= 1e6)
}

/// Whether a list after a colon names every part of its total. Weapons
/// broken down by place, or people, medals and the like by category
/// ("94 children, 75 women and 72 men") are; a list of named items
/// (parties, places) of other things may leave some out unless it ends
/// with the rest ("Others 18"); an unquantified rest ("and others") leaves
/// it open.
pub(super) fn list_is_complete(doc: &Doc, m: &Mention, parts: &[&Mention], colon: usize) -> bool {
    let (_, end) = doc.sentence_words(m.sentence);
    let mut quantified_rest = false;
    for j in colon + 1..end {
        if crate::lc_in!(doc, j, ["others", "other", "rest", "remaining", "remainder"]) {
            let beside = |k: usize| doc.figure_at_word(k).is_some();
            if beside(j + 1) || (j > 0 && beside(j - 1)) || (doc.is(j + 1, "parties") && beside(j + 2)) {
                quantified_rest = true;
            } else {
                return false;
            }
        }
    }
    if quantified_rest || m.class().is_some_and(Thing::is_weapon) {
        return true;
    }
    !parts.iter().any(|p| is_named_item(doc, p))
}

/// Whether a list item is named by a proper noun beside its figure ("BJP
/// 54", "25 seats in Sarawak"); a name past a comma or semicolon is the
/// next item's.
pub(super) fn is_named_item(doc: &Doc, p: &Mention) -> bool {
    let capitalised = |j: usize| doc.is_word(j) && crate::checks::relation::capitalised(doc, j);
    let (a, b) = doc.sentence_words(p.sentence);
    let before = (p.first > a).then(|| p.first - 1).is_some_and(|j| capitalised(j) && j > a);
    let after = doc.after_noun(p);
    let after_named = (after..(after + 3).min(b))
        .take_while(|&j| doc.figure_at_word(j).is_none() && !crate::lc_in!(doc, j, [",", ";"]))
        .any(capitalised);
    before || after_named
}

/// For a list head written as the whole of a count before it ("1,538,445
/// sat the exam out of 215,000 ...:"), that count.
pub(super) fn other_whole(doc: &Doc, mi: usize) -> Option<usize> {
    let m = &doc.mentions[mi];
    if m.first == 0 || !doc.is(m.first - 1, "of") {
        return None;
    }
    doc.mentions[..mi]
        .iter()
        .rev()
        .take_while(|p| p.sentence == m.sentence)
        .find(|p| is_count(doc, p) && p.thing.is_some())
        .map(|p| p.figure)
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    #[test]
    fn a_list_that_goes_on_to_items_in_brackets_is_read_only_in_part() {
        // Visitors and firefighters are items too, their counts bracketed;
        // the three read fall short of the total without a slip.
        let text = "Last year 2,310 people were killed in fires: tenants 1,120, owners 640, workers 150, visitors (270) and firefighters (130).";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
    }

    #[test]
    fn a_record_of_labelled_values_is_no_breakdown_of_the_count_before_it() {
        let text = "Across 12 offices the records now show: Hired: 640 Fired: 2,310 Total: 3,120.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // A count that is a label's value is a field too: the next label's colon opens no list.
        let text = "Region report: Total deaths: 635 Confirmed cases: 832 2. North Total deaths: 90";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // A list whose items carry no colon of their own still breaks the count down.
        let text = "The firm hired 900 people: 610 men and 250 women.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn items_that_move_both_ways_are_changes_no_breakdown_to_add() {
        // One half fell and the other rose: the year's change is no sum of their sizes.
        let text = "The chain's gross margin was down 45 basis points: the first half down 90 basis points, the second half up 15 basis points.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        let text = "Bookings slipped by 70 seats: the morning flights down 120 seats, the evening flights up 50 seats.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // Items that all move one way still break the change down.
        let text = "Bookings slipped by 90 seats: the morning flights down 60 seats, the evening flights down 20 seats.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_bracket_whose_items_name_what_they_count_breaks_down_the_count_before_it() {
        let text = "The ferry carried 96 people (81 passengers and 15 crew members) when it sank.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
        let text = "The ferry carried 96 people (81 passengers and 11 crew members) when it sank.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
        // Bare numbers in brackets are a table's other columns; a bracket
        // closed before a colon labels what the colon opens.
        let text = "Results: Greens 12 (30, 4); Labour 9 (21, 6).";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
    }

    #[test]
    fn a_bracket_after_words_that_compare_the_count_lists_what_it_is_compared_with() {
        for text in [
            "Its revenue of £2 billion is well ahead of its rivals (Spain £1.4 billion, Italy £1.3 billion).",
            "The fund's $900 million is more than other funds raised (Alpha $600 million, Beta $450 million).",
        ] {
            assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
        }
        let text = "The fund raised $900 million last year (Alpha $600 million, Beta $450 million).";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_row_after_a_semicolon_that_opens_its_own_list_ends_the_list_before() {
        // Ghana's 35 medals head a row of their own, not an item of Kenya's.
        let right = "Kenya were third with 40 medals – 10 gold, 12 silver and 18 bronze; Ghana fourth with 35 medals – 9 gold, 11 silver and 15 bronze.";
        assert_eq!(statuses_of(right, super::super::ID), vec![Status::Consistent, Status::Consistent]);
        let short = "Kenya were third with 40 medals – 10 gold, 12 silver and 17 bronze; Ghana fourth with 35 medals – 9 gold, 11 silver and 15 bronze.";
        assert_eq!(statuses_of(short, super::super::ID), vec![Status::Inconsistent, Status::Consistent]);
    }

    #[test]
    fn a_count_among_the_item_before_is_its_part_and_the_list_goes_on() {
        // 25 children are among the 640 civilians: 640 + 300 + 60 = 1,000.
        let text = "The attack killed 1,000 people: 640 civilians, 25 children among them, 300 soldiers and 60 foreigners.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
        let text = "The attack killed 1,000 people: 640 civilians, 25 children among them, 300 soldiers and 50 foreigners.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_hedged_age_after_aged_is_no_item() {
        let text = "The list named 250 detainees: 30 women, 100 teenagers and 120 men aged around 18.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
        // A bound on an age is no item either.
        let text = "The list named 250 detainees: 30 women, 100 teenagers and 120 men aged over 19.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn a_dash_after_the_next_label_gives_that_label_its_value() {
        // "Label – N, Label – N": each dash pairs a name with its own figure,
        // so no figure is the total of the ones after it.
        for text in [
            "The volunteers came from three towns: Ashford – 40, Brampton – 12, and nine from Corley.",
            "They served in the army – 120, the navy – 30, the air force – 8, and five civilians.",
            "By district: North - 31, East - 74, South - 8, West - 5, and two each from Hill and Vale.",
        ] {
            assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
        }
        // A dash that glosses what a count is, with no figure soon after
        // it, opens no list: later figures in the line are no items.
        let text = "The teams got 66 points.\n88 - goals conceded by the bottom club, a league record, beating the 80 of Town in a 46-game season.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // A dash right after the count's own noun still opens its breakdown.
        let text = "The ferry carried 96 people – 81 passengers and 11 crew members.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn values_after_plural_labels_count_what_the_labels_name() {
        // "Registered voters 41200": the value counts voters, not wards.
        let text = "Northgate, 14 wards: Registered voters 41200, Accredited voters 9800, Rejected votes 310.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // Party names are no plural nouns of things: a row of seats still breaks the chamber down.
        let text = "Westshire, 60 seats: Labour 31; Greens 19; Others 14.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn an_including_inside_a_list_breaks_down_its_item_and_the_list_goes_on() {
        let head = "The navy intercepted 14 boats at dawn: six near the port, five off the cape, ";
        let text = format!("{head}including two flying no flag, two near the reef and one by the lighthouse.");
        assert_eq!(statuses_of(&text, super::super::ID), vec![Status::Consistent]);
        let text = format!("{head}including two flying no flag, two near the reef and four by the lighthouse.");
        assert_eq!(statuses_of(&text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_list_of_several_events_breaks_down_the_counts_before_the_colon_one_by_one() {
        let text = "The storm left 60 dead, 300 injured and 12 missing: 45 dead, 200 injured and 12 missing \
                    on the coast, and 15 dead and 100 injured inland.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // One count of several kinds of casualty is still broken down in full.
        let text = "The storm left 90 casualties: 30 dead and 50 injured.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_shortfall_is_no_part_of_the_figure_it_falls_short_of() {
        let text = "The mayor took 51,230 votes, just 4,120 shy of the 55,350 she won in 2019.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
    }

    #[test]
    fn one_of_a_group_breaks_down_into_its_members() {
        let text = "Nine of the victims were from a single family: a couple and their seven children.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
    }

    #[test]
    fn a_count_compared_with_another_is_no_part() {
        for text in [
            "The club took a squad of 64 athletes – 90 fewer than its rival took, and 30 fewer than the hosts.",
            "Our squad of 25 – 10 fewer players than the champions and 6 more than the runners-up – still won.",
        ] {
            assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
        }
        let text = "The club took a squad of 64 athletes – 40 men and 30 women.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_list_after_a_bracketed_aside_breaks_down_the_count_before_the_bracket() {
        for (text, status) in [
            ("The team won 31 medals (11 gold): 14 by women, 15 by men and two in mixed events.", Status::Consistent),
            ("The team won 31 medals (11 gold): 14 by women, 15 by men and three in mixed events.", Status::Inconsistent),
            ("Police made 45 arrests (12 for assault): 30 in the city and 15 in the suburbs.", Status::Consistent),
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![status], "{text}");
        }
    }

    #[test]
    fn items_that_are_sums_of_their_own_are_alternatives() {
        let text = "Pairings that pass 31 seats: Red + Blue = 40 seats; Red + Green = 33 seats.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
    }

    #[test]
    fn a_last_item_with_a_or_an_counts_one_and_an_uncounted_one_leaves_the_list_open() {
        for (text, status) in [
            ("The province reported 12 deaths (7 men, 4 women and a child).", Status::Consistent),
            ("Nine people died: four men, four women and a boy.", Status::Consistent),
            ("The fire killed 7 residents (3 adults, 3 teenagers and an infant).", Status::Consistent),
            ("The fire killed 8 residents (3 adults, 3 teenagers and an infant).", Status::Inconsistent),
            ("The fire killed 6 residents (3 adults, 3 teenagers and an infant).", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![status], "{text}");
        }
        // "several children", "a number of children": a rest left uncounted.
        for text in [
            "The province reported 10 deaths (6 men, 3 women and several children).",
            "Ten people died: six men, three women and a number of children.",
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent], "{text}");
        }
    }

    #[test]
    fn a_number_before_a_name_ranks_it_and_heads_no_list() {
        // Rows of a ranking: the rank is no total of the row's figures.
        let text = "All-time title leaders (total; A, B, C, D):\n1 Ann Lee, Kenya: 19; 8, 2, 5, 4\n2 Tom Berg, Norway: 17; 3, 9, 1, 4";
        assert!(statuses_of(text, super::super::ID).iter().all(|s| *s != Status::Inconsistent), "{:?}", statuses_of(text, super::super::ID));
        // A count of known things still heads its list.
        assert_eq!(statuses_of("The team won 11 medals: 5 gold, 1 silver and 4 bronze.", super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn another_without_a_figure_is_one_more_item_of_the_list() {
        let text = "Nine people were killed in the storm: four were swept away, three died when houses collapsed, one in a mudslide and another was hit by lightning.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
        let short = text.replace("one in a mudslide and ", "");
        assert_eq!(statuses_of(&short, super::super::ID), vec![Status::Inconsistent]);
        // "another 12" is a figure of its own, read as one.
        let more = "Twenty people were hurt: five in the square and another 12 on the bridge.";
        assert_eq!(statuses_of(more, super::super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn amounts_joined_by_less_are_a_difference_not_a_breakdown() {
        let text = "Extra litres are paid at 27.4ppl (index at 29.9ppl less 2.5ppl).";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // Two values set against each other are what a difference was taken from.
        for text in [
            "The hosts gained most, winning 9 more seats in all: 31, against 22 in 2019.",
            "The club scored 14 more goals: 52, versus 38.",
            // An item taken away anywhere in the list makes it a reckoning.
            "The operator added 540 subscribers, made up of 310 phone additions and 290 tablet additions, less 60 watch losses.",
        ] {
            assert!(statuses_of(text, super::super::ID).is_empty(), "{text}: {:?}", statuses_of(text, super::super::ID));
        }
    }

    #[test]
    fn amounts_of_money_are_broken_down_after_a_colon_or_words_that_say_so() {
        for (text, status) in [
            ("The grant of $9.6 million is split between $5.2 million for clinics and $4.4 million for vans.", Status::Consistent),
            ("The grant of $9.6 million is split between $5.2 million for clinics and $3.4 million for vans.", Status::Inconsistent),
            ("Fees came to £870,000: £512,000 from tuition and £298,000 from rents.", Status::Inconsistent),
            ("The squad has 26 players, made up of 14 forwards and 10 backs.", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![status], "{text}");
        }
        // Items that each pass a count of places are what each place holds.
        let text = "Homes were damaged in the four wards: 4,120 in Ash, 3,300 in Elm and 40 in Yew.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // Items that each pass the amount are the values it is the gap between.
        let text = "Sales missed the plan by $38 million: the plan was $455 million and sales came to $417 million.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // A list opened in words ends with its clause at a semicolon.
        let text = "Sales came to $96.4 million, made up of $51.2 million of food and $45.2 million of drink; costs were $70.1 million, with $40.3 million of wages.";
        assert_eq!(statuses_of(text, super::super::ID), vec![Status::Consistent]);
        // Amounts in other currencies, or rates, are no parts.
        let text = "The prize is $50,000: €20,000 from the city and €25,000 from sponsors.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
        // An amount said without its currency in a list of amounts is in the list's currency.
        for (text, status) in [
            ("The club owes £40 million in bonuses: a further 10 million if the side stays up and £30 million tied to trophies.", Status::Consistent),
            ("The club owes £40 million in bonuses: a further 15 million if the side stays up and £30 million tied to trophies.", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![status], "{text}");
        }
    }

    #[test]
    fn a_count_is_whole() {
        // A slip of grouping ("1,12") reads every comma as a decimal point:
        // "1,436 medals" is then 1.436, no count.
        let text = "The hosts lead with 1,436 medals, divided into 1,12 gold, 305 silver and 201 bronze.";
        assert!(statuses_of(text, super::super::ID).is_empty(), "{:?}", statuses_of(text, super::super::ID));
    }

    #[test]
    fn ages_are_no_parts_and_each_item_with_a_or_an_counts_one() {
        for (text, status) in [
            // "in her 60s" is an age, "a boy of 9" a boy: 1 + 2 + 2 + 1.
            ("Six people were hurt: a woman in her 60s, two men, two women and a boy of 9.", Status::Consistent),
            ("Five people were hurt: a woman in her 60s, two men, two women and a boy of 9.", Status::Inconsistent),
            ("Five people were hurt: two men, two women and a girl of 7.", Status::Consistent),
        ] {
            assert_eq!(statuses_of(text, super::super::ID), vec![status], "{text}");
        }
    }

    #[test]
    fn counts_placed_in_the_places_a_count_of_places_names_are_no_parts_of_it() {
        let statuses = |text: &str| statuses_of(text, super::super::ID);
        for text in [
            "Nine people were still missing in three provinces: five in Alba, three in Bero and one in Cato.",
            "Nine people were still missing in three provinces: five in Alba, three in Region 4 and one in Region 7.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
        // Homes counted in each of the provinces are no parts of three either.
        let homes = "Floods hit three provinces: 40 homes in Alba, 12 in Bero and 9 in Cato.";
        assert!(statuses(homes).is_empty(), "{:?}", statuses(homes));
    }
}

