//! Whether a frame's figures can be the ends and size of one change: what
//! each figure is (an amount, a level in points, a year, a period, an
//! expectation, a share of another whole) and whether the structure ties
//! them well enough to check (`well_founded`).

use super::read::Frame;
use super::words::{Cue, Word, basis_at, cue_at, word};
use crate::checks::relation::Share;
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::report::explain::SetAside;
use crate::text::is_upper;

pub(super) fn amount(doc: &Doc, f: usize) -> bool {
    // "a rise on the same 36 games": a figure after "same" names the set
    // compared, no value of it.
    let same = doc.mention(f).is_some_and(|m| m.first > 0 && doc.is(m.first - 1, "same"));
    !same
        && matches!(doc.figures[f].kind, Kind::Number | Kind::Money | Kind::Measure)
        && doc.figures[f].value.is_some()
        && !suspect(doc, f)
        && fold_after(doc, f).is_none()
        && !period_part(doc, f)
        && !doc.in_a_ratio(f)
        && !shares_a_percent_sign(doc, f)
        && doc.mention(f).is_none_or(|m| word(doc.word(m.end)) != Some(Word::Mark))
}

/// "arrests and fines rose 12 and 35 per cent": a bare number joined by
/// "and" to a percentage shares its sign; it is a percentage, no amount.
fn shares_a_percent_sign(doc: &Doc, f: usize) -> bool {
    let Some(m) = doc.mention(f) else { return false };
    m.noun.is_none()
        && doc.figures[f].kind == Kind::Number
        && doc.is(m.end, "and")
        && doc.kind_at(m.end + 1) == Some(Kind::Percent)
}

/// The word index where figure `f` starts: its mention's, or found by
/// halving (never by a scan, since this is asked of every figure).
pub(super) fn first_word(doc: &Doc, f: usize) -> Option<usize> {
    let start = doc.figures[f].span.start;
    let at = |i: usize| doc.words().get(i).is_some_and(|w| w.span.start == start).then_some(i);
    doc.mention(f).map(|m| m.first).or_else(|| at(doc.word_at(start)))
}

/// "in the first half of the year", "the third quarter": a fraction word
/// after an ordinal names a part of a period or of a sequence, never an
/// amount that could be the end of a change.
fn period_part(doc: &Doc, f: usize) -> bool {
    let fig = &doc.figures[f];
    if !fig.in_words || fig.value.is_none_or(|v| v >= 1.0) {
        return false;
    }
    let Some(i) = first_word(doc, f) else { return false };
    i > 0
        && (doc.figure_at_word(i - 1).is_some_and(|g| g != f && doc.figures[g].kind == Kind::Ordinal)
            || crate::lc_in!(doc, i - 1, ["first", "second", "last", "final", "latter", "former"]))
}

/// "about 6 per cent below 2012": a bare four-digit whole number of a
/// plausible year, written without a thousands separator, unit or currency,
/// names the time compared with, not a value of the quantity. Counts of a
/// thousand and more are written with a separator in the copy that states
/// changes; two such numbers together ("from 1850 to 1920") are left alone.
fn year_like(doc: &Doc, f: usize) -> bool {
    let fig = &doc.figures[f];
    if fig.kind == Kind::Year {
        return true;
    }
    if fig.kind != Kind::Number || fig.unit.is_some() || fig.currency.is_some() || fig.in_words {
        return false;
    }
    // One run of four digits and no other digit.
    let written = fig.span.of(doc.text).as_bytes();
    let first = written.iter().position(u8::is_ascii_digit);
    let plain = first.is_some_and(|i| {
        written[i..].iter().take_while(|c| c.is_ascii_digit()).count() == 4
            && !written[i + 4..].iter().any(u8::is_ascii_digit)
            && !written.iter().any(|&c| c == b',' || c == b'.')
    });
    plain && fig.value.is_some_and(|v| (1900.0..=2100.0).contains(&v) && v.fract() == 0.0)
}

/// "against analysts' estimates of $3.05 billion", "the 4.3 billion euros
/// analysts had expected": a figure someone expected, forecast or set as a
/// target is no value the quantity had, so it is no end of its change. The
/// words before the figure count for any end; a verb of expectation after
/// it, up to seven words on ("the $2.8 billion a poll of analysts had
/// forecast"), only for an earlier value ("rose to 105, as expected" keeps
/// its end), unless it is the figure's own noun ("the $3 billion target").
fn expected_value(doc: &Doc, f: usize, earlier: bool) -> bool {
    let Some(i) = first_word(doc, f) else { return false };
    let expect = |k: usize| doc.is_word(k) && word(doc.word(k)) == Some(Word::Expect);
    let stop = |k: usize| crate::lc_in!(doc, k, [",", ";", ".", ":"]) || doc.figure_at_word(k).is_some_and(|g| g != f);
    let before = (i.saturating_sub(4)..i).rev().take_while(|&k| !stop(k)).any(expect);
    let end = doc.mention(f).map_or(i + 1, |m| m.end);
    let after = earlier && (end..(end + 7).min(doc.words().len())).take_while(|&k| !stop(k)).any(expect);
    // "short of the 4.55-franc consensus": named by the expectation itself.
    before || after || expect(end)
}

/// "ABARES now expects the season to yield 32.63 million tonnes": a later
/// value in a clause whose verb says what someone expects is itself
/// expected. ("Against expectations, the rate fell to 9.4%" is a value the
/// rate had.)
fn expectation_clause(doc: &Doc, f: usize) -> bool {
    let Some(i) = first_word(doc, f) else { return false };
    let Some(m) = doc.mention(f) else { return false };
    let (a, _) = doc.sentence_words(m.sentence);
    (a..i).rev().take_while(|&k| doc.lc(k) != ";").any(|k| crate::lc_in!(doc, k, ["expect", "expects"]))
}

/// "compared with $3.1 billion of exports to the European Union": an
/// amount followed by "of" and a noun names the thing it counts; as the
/// earlier value of a change it must name what the later value names.
fn names_other_thing(doc: &Doc, from: usize, to: usize) -> bool {
    let of_noun = |f: usize| {
        let m = doc.mention(f)?;
        let k = m.end;
        (doc.is(k, "of") && doc.is_word(k + 1) && doc.figure_at_word(k + 1).is_none())
            .then(|| doc.lc(k + 1))
            .filter(|w| !crate::mentions::is_stop_word(w) && word(w) != Some(Word::Time))
    };
    amount(doc, from) && of_noun(from).is_some_and(|w| of_noun(to) != Some(w))
        || base_after_on(doc, from)
        || earlier_range(doc, from, to)
}

/// "2.9 goals per game, up 20% from last season, when the 380 games
/// averaged 2.4": a count of the things rate `rate` is per is no end of its
/// change.
fn counts_a_rates_base(doc: &Doc, rate: usize, count: usize) -> bool {
    let (Some(r), Some(c)) = (doc.mention(rate), doc.mention(count)) else { return false };
    let per = doc.after_noun(r);
    let singular = |k: usize| crate::mentions::singular(doc.lc(k));
    doc.is(per, "per") && doc.is_word(c.end) && singular(c.end) == singular(per + 1)
}

/// "estimated the toll at 13,000 to 15,000, up from 2,300 to 5,000 a day
/// earlier": a level given as a range is compared with an earlier range, so
/// "from 2,300 to 5,000" right after the range is that earlier range, not a
/// change from 2,300 to 5,000.
fn earlier_range(doc: &Doc, from: usize, to: usize) -> bool {
    let (Some(a), Some(b)) = (doc.mention(from), doc.mention(to)) else { return false };
    let joined = b.first == a.end + 1 && doc.is(a.end, "to") && a.first > 0 && doc.is(a.first - 1, "from");
    // The range stands right before the cue: only the cue word and marks
    // between ("15,000 -- up from", "15,000, up from").
    let mut words = 0;
    let range_before = (a.first.saturating_sub(7)..a.first.saturating_sub(1)).rev().find_map(|k| {
        words += usize::from(doc.is_word(k) && doc.figure_at_word(k).is_none());
        doc.kind_at(k).map(|kind| kind == Kind::Range && words <= 1)
    });
    joined && range_before == Some(true)
}

/// "profits were down 4% to 47 million on flat revenue of 199 million": after
/// "on", a noun and "of" before an amount name the base the later value was
/// earned on ("on sales of", "on turnover of"), not an earlier value of the
/// same quantity, which "on" gives with a period or a word for the figure
/// ("up 5% on last year's 40", "on a year-earlier total of 40").
fn base_after_on(doc: &Doc, from: usize) -> bool {
    let Some(i) = first_word(doc, from) else { return false };
    let noun = i.checked_sub(2).filter(|&k| {
        doc.is(i - 1, "of")
            && doc.is_word(k)
            && doc.figure_at_word(k).is_none()
            && word(doc.word(k)).is_none()
            && !crate::mentions::is_stop_word(doc.word(k))
    });
    noun.is_some_and(|k| (k.saturating_sub(3)..k).rev().take_while(|&j| doc.is_word(j)).any(|j| doc.is(j, "on")))
}

/// "grew 8% year on year to $10.4 billion, compared with $10.1 billion in
/// the previous quarter": a change that names the period it is measured
/// from ("year on year", "from a year earlier", "on the previous month")
/// has its earlier value in that period. A value the sentence then
/// compares with, set in periods of which none is that one ("in the
/// previous quarter", "a month ago"), is another period's, no end of the
/// change. ("from $9.6 billion in the same quarter a year earlier" names
/// the year.) The period may be named anywhere in the sentence before the
/// value: "rose 14% from a year earlier to $5 billion, against …".
fn other_period(doc: &Doc, from: usize) -> bool {
    let Some(m) = doc.mention(from) else { return false };
    let (start, _) = doc.sentence_words(m.sentence);
    let time = |k: usize| {
        let w = doc.lc(k);
        (word(w) == Some(Word::Time) || word(w.strip_suffix('s').unwrap_or(w)) == Some(Word::Time))
            .then(|| w.trim_end_matches('s'))
    };
    // The period the change names: a noun of time the words around it make
    // a reference ("a year earlier", "the previous quarter", "year on year").
    let named = (start..m.first).filter(|&k| doc.figure_at_word(k).is_none()).find_map(|k| {
        let reference = crate::lc_in!(doc, k + 1, ["earlier", "ago", "before", "on"])
            || (doc.lc(k + 1) == "-" && doc.lc(k + 2) == "on")
            || crate::lc_in!(doc, k.saturating_sub(1), ["previous", "prior", "last", "preceding"]);
        time(k).filter(|_| reference)
    });
    let Some(named) = named else { return false };
    let end = (m.end + 6).min(doc.words().len());
    let periods: Vec<&str> = (m.end..end)
        .take_while(|&k| {
            !crate::lc_in!(doc, k, [",", ";", ".", ":"])
                && !doc.quantity_at(k)
        })
        .filter_map(time)
        .collect();
    !periods.is_empty() && !periods.contains(&named)
}

/// "160 seats, down 24, against 119 for the Conservatives": a value
/// followed by "for" and a name is the named one's, compared across
/// owners, not across time; it is an earlier end only of a later value
/// named for the same one. Returns the name, lower-cased.
fn named_for<'d>(doc: &'d Doc, f: usize) -> Option<&'d str> {
    let m = doc.mention(f)?;
    let k = if doc.is(m.end + 1, "the") { m.end + 2 } else { m.end + 1 };
    let name = doc.words().get(k)?.span.of(doc.text);
    let proper = name.starts_with(is_upper) && !name.contains(|c: char| c.is_ascii_digit());
    (doc.is(m.end, "for") && proper && doc.figure_at_word(k).is_none()).then(|| doc.lc(k))
}

/// "rose 14% to 3.2 billion, against 2.9 billion in the previous quarter
/// and 2.7 billion a year earlier": two earlier values of one quantity,
/// and the change's own words do not say which it is measured from.
fn another_earlier_value(doc: &Doc, from: usize) -> bool {
    let Some(m) = doc.mention(from) else { return false };
    let end = (m.end + 8).min(doc.words().len());
    let and = (m.end..end).take_while(|&k| !crate::lc_in!(doc, k, [",", ";", ".", ":"])).find(|&k| doc.is(k, "and"));
    and.and_then(|k| doc.figure_at_word(k + 1)).is_some_and(|g| amount(doc, g) && same_kind(doc, from, g))
}

/// "rose 2% to 5,100, against a peak of 5,300", "compared with the offer
/// price of $35": a value the sentence sets beside the change under a
/// noun of its own ("a peak of", "the average of") is a benchmark, another
/// quantity, not the earlier value; a noun that names the quantity again
/// ("a total of") or a period is no benchmark. Returns the noun.
fn benchmark<'d>(doc: &'d Doc, f: usize) -> Option<&'d str> {
    let noun = head_of(doc, f)?;
    let m = doc.mention(f)?;
    let det = (m.first.saturating_sub(6)..m.first - 2)
        .rev()
        .find(|&k| crate::lc_in!(doc, k, ["a", "an", "the", "its", "their"]))?;
    let compared = det > 0 && crate::lc_in!(doc, det - 1, ["against", "with", "versus"]);
    let named_again = matches!(word(noun), Some(Word::Anaphor | Word::Time));
    (compared && !named_again).then_some(noun)
}

/// The noun before "of" that a figure is the value of: "a peak of 5,300".
fn head_of<'d>(doc: &'d Doc, f: usize) -> Option<&'d str> {
    let m = doc.mention(f)?;
    (m.first >= 2 && doc.is(m.first - 1, "of") && doc.is_word(m.first - 2)).then(|| doc.lc(m.first - 2))
}

/// "a profit of $9m against a $12m loss": a loss is a result below zero
/// written as a positive amount, so a profit and a loss are no two values
/// of one quantity as written, and their difference is no change.
fn opposite_signs(doc: &Doc, from: usize, to: usize) -> bool {
    matches!((result_sign(doc, from), result_sign(doc, to)), (Some(a), Some(b)) if a != b)
}

/// Whether the noun an amount names is a loss (`Some(true)`) or a profit
/// (`Some(false)`): "a $12m loss", "a loss of $12m", "a profit of $9m".
fn result_sign(doc: &Doc, f: usize) -> Option<bool> {
    let m = doc.mention(f)?;
    let sign = |w: &str| match w {
        "loss" | "losses" | "deficit" | "deficits" => Some(true),
        "profit" | "profits" | "surplus" | "surpluses" => Some(false),
        _ => None,
    };
    let named_before = (m.first >= 2 && doc.is(m.first - 1, "of")).then(|| sign(doc.lc(m.first - 2))).flatten();
    sign(doc.lc(m.end)).or(named_before)
}

/// "455,555, or 2.60 per cent of the world's active cases": a percentage
/// followed by "of" and a noun is a share of a whole, not the size of a
/// change.
pub(super) fn share_of_whole(doc: &Doc, f: usize) -> bool {
    let Some(m) = doc.mention(f) else { return false };
    let mut k = m.end;
    // "3.70 per cent (one in 27) of": past an aside in brackets.
    if doc.lc(k) == "(" {
        while k < doc.words().len() && doc.lc(k) != ")" && k < m.end + 8 {
            k += 1;
        }
        k += 1;
    }
    doc.is(k, "of") && doc.is_word(k + 1) && doc.figure_at_word(k + 1).is_none()
}

/// An end of a change: an amount, or a percentage ("to 45% from 43%").
pub(super) fn end_value(doc: &Doc, f: usize) -> bool {
    amount(doc, f) || (doc.figures[f].kind == Kind::Percent && doc.figures[f].value.is_some())
}

/// "30-fold", "10 fold": a multiple, not an amount. Returns the word after it.
pub(super) fn fold_after(doc: &Doc, f: usize) -> Option<usize> {
    let k = doc.mention(f)?.end;
    if doc.is(k, "-") && doc.is(k + 1, "fold") { Some(k + 2) } else { doc.is(k, "fold").then_some(k + 1) }
}

/// A figure that looks like half of a number broken by a stray space
/// ("159, 521"): no relation should use it.
fn suspect(doc: &Doc, f: usize) -> bool {
    let span = doc.figures[f].span;
    let after = doc.text.get(span.end..).unwrap_or("");
    let before = doc.text.get(..span.start).unwrap_or("");
    let three = |s: &str| {
        s.len() >= 3
            && s.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && !s.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
    };
    (after.starts_with(", ") && three(&after[2..]))
        || (before.ends_with(", ")
            && before[..before.len() - 2].ends_with(|c: char| c.is_ascii_digit())
            && three(doc.text.get(span.start..).unwrap_or("")))
}

/// Whether the figure was written with a scale word ("$2 billion", "Rs 40
/// crore"): its value is far above the number written. `None` when no
/// digits were written.
fn has_scale_word(doc: &Doc, f: usize) -> Option<bool> {
    let (_, _, number) = crate::checks::format::written_number(doc, f)?;
    Some(number > 0.0 && doc.figures[f].value? / number >= 100.0)
}

/// Two figures of one quantity: kind, currency, unit, and a scale word on
/// both or neither ("Rs 2,121 crore" against "Rs 2,192" is a slip or
/// another quantity, never a change of one).
pub(super) fn same_kind(doc: &Doc, a: usize, b: usize) -> bool {
    let (x, y) = (&doc.figures[a], &doc.figures[b]);
    let scale = match (has_scale_word(doc, a), has_scale_word(doc, b)) {
        (Some(p), Some(q)) => p == q || (p && q),
        _ => true,
    };
    x.kind == y.kind && x.currency == y.currency && (x.unit == y.unit || cents_and_units(doc, a, b)) && scale
}

/// "3.4 million visas, up 20,000": a difference written out in full
/// digits beside a level with a scale word is in the level's units; a
/// small one ("Rs 2,300 crore, up Rs 40") may have dropped its scale word,
/// and is not.
fn written_out(doc: &Doc, level: usize, diff: usize) -> bool {
    let (x, y) = (&doc.figures[level], &doc.figures[diff]);
    x.kind == y.kind
        && x.currency == y.currency
        && x.unit == y.unit
        && has_scale_word(doc, level) == Some(true)
        && has_scale_word(doc, diff) == Some(false)
        && y.value.is_some_and(|v| v >= 1000.0)
}

/// A price in cents ("61 cents") of a currency whose other figure is in
/// whole units ("$27.14").
pub(super) fn in_cents(doc: &Doc, f: usize) -> bool {
    doc.figures[f].kind == Kind::Money && doc.figures[f].unit == Some("cent")
}

fn cents_and_units(doc: &Doc, a: usize, b: usize) -> bool {
    let whole = |f: usize| doc.figures[f].kind == Kind::Money && doc.figures[f].unit.is_none();
    (in_cents(doc, a) && whole(b)) || (in_cents(doc, b) && whole(a))
}

/// "18 of 331", "out of 331": a part and its whole, so neither is the end
/// of a change the sentence goes on to state.
pub(super) fn in_share(doc: &Doc, f: usize) -> bool {
    let Some(m) = doc.mention(f) else { return false };
    let whole_after = doc.is(m.end, "of") && doc.figure_at_word(m.end + 1).is_some();
    let part_before = m.first >= 2
        && doc.is(m.first - 1, "of")
        && (doc.figure_at_word(m.first - 2).is_some()
            || (doc.is(m.first - 2, "out") && m.first >= 3 && doc.figure_at_word(m.first - 3).is_some()));
    whole_after || part_before
}

/// "4.3 points", "5 percentage points": a change of a percentage, or of an
/// index, counted in points.
pub(super) fn in_points(doc: &Doc, f: usize) -> bool {
    doc.figures[f].kind == Kind::Points
        || (doc.figures[f].kind == Kind::Number
            && doc.mention(f).is_some_and(|m| crate::lc_in!(doc, m.end, ["points", "point"])))
}

/// "63.4%, up 4.7 percentage points from 58.7%": a percentage read before
/// the cue as the change turns out to be the later level once the change
/// is given in points. A bare number is in points too ("31.5%, up 6.2"): a
/// change of the percentage in per cent would say so ("up 6.2%"). A count
/// before the percentage is then no end: "412 votes (31.5%, up 6.2)".
pub(super) fn level_before_points(doc: &Doc, frame: &mut Frame) {
    if let (true, Some(Share::Figure(p)), Some(d)) = (frame.percent_before, &frame.percent, frame.diff)
        && frame.to.is_none_or(|t| t < *p)
        && (in_points(doc, d) || bare_number(doc, d) && doc.mention(d).is_some_and(|m| m.first > frame.at))
    {
        frame.to = Some(*p);
        frame.percent = None;
        frame.to_before = true;
        frame.to_far = false;
    }
}

/// A number with no unit and no noun of its own: "up 6.2" (after its cue:
/// "41,000 (7.3%) lower" is the count's).
fn bare_number(doc: &Doc, f: usize) -> bool {
    doc.figures[f].kind == Kind::Number && doc.figures[f].unit.is_none() && doc.mention(f).is_none_or(|m| m.noun.is_none())
}

/// Whether the frame's figures are one quantity tied as a change: the ends
/// of one kind and scale, a difference in their units (or in points of a
/// percentage), and a later value read far before the cue only when it is
/// its clause's own figure. `Err` says why the frame was set aside.
pub(super) fn well_founded(doc: &Doc, frame: &Frame) -> Result<(), SetAside> {
    let ends: Vec<usize> = [frame.from, frame.to].into_iter().flatten().collect();
    // "367 points" and a bare 500 are no ends of one change, whatever kind
    // the recogniser gave the number before "points".
    if ends.len() == 2 && (!same_kind(doc, ends[0], ends[1]) || in_points(doc, ends[0]) != in_points(doc, ends[1])) {
        return Err(SetAside::Units);
    }
    // A year among values says when, not how much.
    let values: Vec<usize> = ends.iter().copied().chain(frame.diff).collect();
    if values.iter().any(|&e| year_like(doc, e)) && !values.iter().all(|&e| year_like(doc, e)) {
        return Err(SetAside::NotACount);
    }
    // An expected figure against a value the quantity had; a forecast
    // revised from an earlier forecast is a change all the same.
    let expected_from = frame.from.is_some_and(|f| expected_value(doc, f, true));
    let expected_to = frame.to.is_some_and(|t| expected_value(doc, t, false) || expectation_clause(doc, t));
    if (expected_from || expected_to) && (frame.from.is_none() || frame.to.is_none() || expected_from != expected_to) {
        return Err(SetAside::OtherThing);
    }
    // "a 121.31-point drop" is the drop's size, no level; "the 374-issue
    // index" counts what the index is made of, no difference.
    if ends.iter().any(|&e| hyphened(doc, e) == Some(frame.at))
        || frame.diff.and_then(|d| hyphened(doc, d)).is_some_and(|n| n != frame.at)
    {
        return Err(SetAside::NotACount);
    }
    if let Some(Share::Figure(p)) = frame.percent
        && on_own_basis(doc, frame, p)
    {
        return Err(SetAside::OtherThing);
    }
    if let (Some(from), Some(to)) = (frame.from, frame.to)
        && (names_other_thing(doc, from, to)
            || counts_a_rates_base(doc, to, from)
            || counts_a_rates_base(doc, from, to)
            || opposite_signs(doc, from, to)
            || other_period(doc, from)
            || named_for(doc, from).is_some_and(|o| named_for(doc, to) != Some(o))
            || another_earlier_value(doc, from)
            || benchmark(doc, from).is_some_and(|noun| head_of(doc, to) != Some(noun)))
    {
        return Err(SetAside::OtherThing);
    }
    let percent_ends = ends.iter().any(|&e| doc.figures[e].kind == Kind::Percent);
    if let Some(d) = frame.diff {
        // "the FTSE 100 is up 95 points, or 1.3%": an index move's level is
        // the one it closed at, after the cue, never a number before it.
        if in_points(doc, d) && frame.to_before && !percent_ends {
            return Err(SetAside::NotACount);
        }
        let fits = if percent_ends {
            in_points(doc, d)
        } else {
            doc.figures[d].kind != Kind::Points && ends.iter().all(|&e| same_kind(doc, e, d) || written_out(doc, e, d))
        };
        if !fits {
            return Err(SetAside::Units);
        }
    }
    // Cents beside whole units are checked only through a percentage: a
    // difference would be shown in the wrong unit.
    let figures: Vec<usize> = ends.iter().copied().chain(frame.diff).collect();
    let mixed = figures.iter().any(|&f| in_cents(doc, f))
        && figures.iter().any(|&f| doc.figures[f].kind == Kind::Money && !in_cents(doc, f));
    if mixed && frame.percent.is_none() {
        return Err(SetAside::Units);
    }
    if frame.to_far && !far_subject(doc, frame) {
        return Err(SetAside::WordsBetween);
    }
    // A multiple is checked only on ends the sentence surely gives.
    if frame.factor.is_some() && frame.to_before && frame.to_far {
        return Err(SetAside::WordsBetween);
    }
    Ok(())
}

/// "rose 6% on an organic basis to €4.2bn from €4.1bn", "grew 11% at
/// constant exchange rates", "up $31 million in the quarter, or 13% on an
/// annualized basis": a percentage the words of its change put on a basis
/// of its own measures another quantity than the reported amounts beside
/// it, and is no ratio of them. The words read are those after the cue (or
/// just before a percentage that comes first) to the end of the
/// percentage's clause. A basis named in the subject ("Like-for-like sales
/// rose 5% to £1.9bn") is the whole clause's, ends included: the change
/// stands.
fn on_own_basis(doc: &Doc, frame: &Frame, p: usize) -> bool {
    let Some(m) = doc.mention(p) else { return false };
    let start = if frame.at < m.first { frame.at + 1 } else { m.first.saturating_sub(3) };
    let end = (m.end + 8).min(doc.words().len());
    (start..end)
        .take_while(|&k| k < m.end || !(crate::lc_in!(doc, k, [",", ";", "."]) || matches!(word(doc.word(k)), Some(Word::And | Word::Clause))))
        .any(|k| basis_at(doc, k))
}

/// "the 374-issue index", "a 121.31-point drop": a figure joined by a
/// hyphen to the word after it describes the noun after that word, whose
/// index is returned.
fn hyphened(doc: &Doc, f: usize) -> Option<usize> {
    let h = doc.mention(f)?.end;
    let w = doc.words();
    let touching = |a: usize| w.get(a + 1).is_some_and(|y| w[a].span.end == y.span.start);
    (doc.lc(h) == "-" && touching(h - 1) && touching(h) && doc.figure_at_word(h + 1).is_none()).then_some(h + 2)
}

/// A later value read far before the cue ("3,120 people were found
/// without shelter, 60% more than the 1,950"): the clause's own figure, not
/// one inside a phrase ("registered from 156 schools"), counting a named
/// thing.
fn far_subject(doc: &Doc, frame: &Frame) -> bool {
    let mention = |f: Option<usize>| f.and_then(|f| doc.mention(f));
    let (Some(to), from) = (mention(frame.to), mention(frame.from)) else { return false };
    let in_phrase = to.first > 0
        && (doc.is(to.first - 1, "of")
            || matches!(
                word(doc.word(to.first - 1)),
                Some(Word::From | Word::To | Word::At | Word::With | Word::By | Word::Over | Word::Prep)
            ));
    !in_phrase && to.thing.is_some() && from.is_some()
}

/// "is 15% contained, grew by 3,000 acres", "90% complete": a percentage
/// before a participle or an adjective of state says how far something
/// is, not by how much a quantity changed (it may be a level that changed:
/// "80 percent occupied, down from 95 percent"). So does one before a noun
/// of a line to reach ("short of the 40% target", "the 5% threshold").
pub(super) fn tells_a_state(doc: &Doc, f: usize) -> bool {
    let Some(k) = doc.mention(f).map(|m| m.end) else { return false };
    let w = doc.lc(k);
    doc.figures[f].kind == Kind::Percent
        && (w.ends_with("ed") && cue_at(doc, k).is_none()
            || crate::one_of!(w, ["complete", "full", "done", "ready"])
            || names_a_line(doc, f))
}

/// "short of the 40% target", "the 5% threshold": a percentage before a
/// noun of a line to reach (frames.txt, `mark` and `expect`).
pub(super) fn names_a_line(doc: &Doc, f: usize) -> bool {
    doc.mention(f).is_some_and(|m| matches!(word(doc.word(m.end)), Some(Word::Mark | Word::Expect)))
}

/// "clinics above 90% rose from 12 to 20": a bounded percentage before
/// a verb of change, after no change word of its own, says which things
/// are counted, not by how much they changed (before a comparative, "more
/// than 20% higher", or after its own verb, "gained more than 9%, up
/// 235p", it is the change's).
pub(super) fn threshold_of_subject(doc: &Doc, f: usize, comparative: bool) -> bool {
    let fig = &doc.figures[f];
    let own_change_word = |m: &crate::mentions::Mention| m.first > 0 && cue_at(doc, m.first - 1).is_some();
    fig.kind == Kind::Percent && !comparative && fig.bound.is_some() && !doc.mention(f).is_some_and(own_change_word)
}

/// Whether figure `f` opens a bracket that pairs it with another level:
/// "(13 in May against 25)" (`Some(false)`: `f` is the later) or "(220
/// tonnes to 425 tonnes)" (`Some(true)`: `f` is the earlier).
pub(super) fn paired_in_brackets(doc: &Doc, f: usize, after_noun: usize) -> Option<bool> {
    let m = doc.mention(f)?;
    if m.first == 0 || !doc.is(m.first - 1, "(") {
        return None;
    }
    (after_noun..after_noun + 6)
        .take_while(|&k| !doc.quantity_at(k) && !doc.is(k, ")"))
        .find_map(|k| match doc.lc(k) {
            "against" | "versus" | "vs" => Some(false),
            "to" => Some(true),
            _ => None,
        })
}

/// A month, a day or a word of time: "June's", "last year's", "Monday's".
pub(super) fn names_a_time(doc: &Doc, k: usize) -> bool {
    let w = doc.lc(k);
    crate::figures::is_month(doc.word(k)) || w.ends_with("day") || word(doc.word(k)) == Some(Word::Time)
}

/// "averaged 318 a day, eleven of them in intensive care, up 41% from
/// 225": a part of a count told before ("of them", "of whom") is an aside,
/// no level of the clause's change.
pub(super) fn part_told_before(doc: &Doc, f: usize) -> bool {
    doc.mention(f).is_some_and(|m| m.cues.of_which)
}

/// "one grew 61% (140 to 226)": "one" right before the verb at `cue` is
/// a pronoun, one of the things told of, no level.
pub(super) fn pronoun_subject(doc: &Doc, f: usize, cue: usize) -> bool {
    let fig = &doc.figures[f];
    fig.in_words && fig.value == Some(1.0) && doc.mention(f).is_some_and(|m| m.end == cue)
}

/// Whether amount `f` is set beside the percentage of the change before a
/// comparative, as another way of saying by how much: "48,000 (5.2%) lower
/// than", "$0.15, or 14 percent, more than". ("5,480, or 19% below its
/// peak": a percentage not closed by a comma before the comparative is the
/// comparison's own, and the amount a level.)
pub(super) fn set_beside_its_percentage(doc: &Doc, f: usize, frame: &Frame) -> bool {
    doc.mention(f).is_some_and(|m| {
        doc.is(m.end, "(") || doc.is(m.end, ",") && doc.is(m.end + 1, "or") && doc.is(frame.at - 1, ",")
    })
}

/// "up £40,000 to £2.3 million, slightly more than the £2.2m": a
/// comparative of its own after a change with its size and its later value
/// compares that value with another's, no earlier one.
pub(super) fn compares_the_later_value(doc: &Doc, frame: &Frame, j: usize) -> bool {
    let complete = frame.to.is_some() && (frame.diff.is_some() || frame.percent.is_some());
    complete && doc.is(j, "than") && j - 1 != frame.at && super::words::comparative(doc.word(j - 1)).is_some()
}

/// "$4.2 billion, up 31%, against $3.7 billion, up 27%": after a change
/// that has its size, a level (its noun ending at `after_noun`) with a
/// change of its own after it is another thing's, set beside, no start of
/// this change ("to 823 from 747, up 76" gives this change its size).
pub(super) fn level_with_its_own_change(doc: &Doc, frame: &Frame, after_noun: usize) -> bool {
    let sized = frame.percent.is_some() || frame.diff.is_some();
    sized && doc.is(after_noun, ",") && cue_at(doc, after_noun + 1).is_some_and(|(c, _)| matches!(c, Cue::Up | Cue::Down))
}
