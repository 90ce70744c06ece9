//! Sizes told after a pair of ends, in apposition: ", a 20% decline",
//! ", or 20%", ", 5% fewer", "(-12.5%)"; and the direction a pair with none
//! of its own takes from them.

use super::founded::{names_a_line, share_of_whole};
use super::read::{Frame, figure_in_clause};
use super::words::{Cue, comparative, cue_at};
use crate::checks::relation::Share;
use crate::mentions::Doc;

/// ", a 10% drop on last year": a change that names what it is measured
/// from is measured from that, not from the pair before it.
pub(super) fn names_own_reference(doc: &Doc, k: usize) -> bool {
    crate::lc_in!(doc, k, ["on", "from", "over", "since", "compared", "against", "versus", "vs", "than"])
}

/// "400 in 2023 against 500 in 2022, a 20% drop" (or ", a drop of 20%"):
/// a pair compared with no direction takes the one its apposed change
/// states. The ends are ordered by that direction alone, so a writer who
/// names the earlier year first is read the same way; only the size of
/// the change is then checked, never its direction.
pub(super) fn take_direction(doc: &Doc, frame: &mut Frame, c: Cue) {
    if frame.cue != Cue::Versus || c == Cue::Versus || matches!(c, Cue::Factor(_)) {
        return;
    }
    let (Some(x), Some(y)) = (frame.from, frame.to) else { return };
    let (low, high) = if doc.figures[x].value <= doc.figures[y].value { (x, y) } else { (y, x) };
    frame.cue = c;
    frame.falling = c.falls();
    (frame.from, frame.to) = if frame.falling { (Some(high), Some(low)) } else { (Some(low), Some(high)) };
}

/// "fell to 1.2 from 1.5, a 20% decline", "…, or 20%", "down 223 points,
/// or 1.4%": a percentage in apposition to a pair of ends or to a
/// difference already read.
pub(super) fn apposition(doc: &Doc, frame: &Frame, j: usize, end: usize) -> bool {
    let pair = frame.from.is_some() && frame.to.is_some();
    if !(pair || frame.diff.is_some()) || j < 2 {
        return false;
    }
    // ", or 19% below its peak of 6,765": a comparison with a value of its
    // own, not the size of this change.
    let or = doc.is(j - 1, "or")
        && doc.lc(j - 2) == ","
        && !(comparative(doc.word(end)).is_some() && figure_in_clause(doc, end + 1));
    // ", 5% fewer": the comparative after the figure, with no reference
    // of its own ("5% fewer than in 2019" compares with that).
    let comma = doc.lc(j - 1) == "," && !doc.is(end + 1, "than") && comparative(doc.word(end)).is_some();
    let a_cue = pair
        && (crate::lc_in!(doc, j - 1, ["a", "an"]) || comma)
        && cue_at(doc, end).is_some_and(|(c, after)| {
            let directed = frame.cue == Cue::Versus && !names_own_reference(doc, after);
            c != Cue::Versus && (c.falls() == frame.falling || directed)
        });
    or || a_cue
}

/// "rose from 110 to 140 (27%)", "from 96 to 84 (-12.5%)": a percentage in
/// brackets right after a pair of ends is the change's size; a sign is
/// its direction, and a pair with none of its own takes it.
pub(super) fn signed_aside(doc: &Doc, f: usize, j: usize, frame: &mut Frame) -> bool {
    let fig = &doc.figures[f];
    let falls = fig.value.is_some_and(|v| v < 0.0);
    let signed = falls || doc.text[..fig.span.start].ends_with('+');
    let (Some(from), Some(to)) = (frame.from, frame.to) else { return false };
    let j = if j > 0 && doc.lc(j - 1) == "+" { j - 1 } else { j };
    let after_end = j > 1 && doc.lc(j - 1) == "(" && doc.figure_at_word(j - 2).is_some_and(|g| g == from || g == to);
    let directed = frame.cue != Cue::Versus && !share_of_whole(doc, f) && !names_a_line(doc, f);
    if !(signed || directed) || !after_end || frame.percent.is_some() {
        return false;
    }
    if signed {
        take_direction(doc, frame, if falls { Cue::Down } else { Cue::Up });
        if frame.falling != falls {
            return false;
        }
    }
    frame.percent = Some(Share::Figure(f));
    true
}
