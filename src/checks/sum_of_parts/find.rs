//! Totals and their parts.
//!
//! Seeds come from explicit cues: "38 out of 63", "39 of the 71", "71 of
//! which", "274 of the drones" (a part of the last total of drones),
//! "including 48 passengers", and lists after a colon ("seven medals: one
//! gold, two silvers and four bronzes"). A seed's total then gathers the
//! other outcomes of the same things in its window: drones launched are
//! destroyed, lost, diverted or hit; people aboard are killed, injured,
//! survive or go missing. Without a seed, a total that was launched or
//! aboard gathers its outcomes the same way, with less certainty.
//!
//! A breakdown is complete when it names at least two different outcomes
//! (the writer is accounting for the whole), or is a list after a colon;
//! otherwise only parts ≤ total is checked. An unquantified remainder in the
//! window ("some drones", "several", "others") makes it incomplete.
//!
//! The passes run in order, each in its own file, and share a `Tally` of
//! the figures already taken: `seeds` (explicit cues), `lists` (a list
//! after a colon), `chambers` (seats against the chamber), `closing` (a total after its
//! list: "..., 105 in all"), `accounting`
//! (outcomes gathered around a total, with `outcomes` and `scope`),
//! `rest` (a breakdown closed by "the remaining 9"), `places` (a total
//! broken down place by place), `includings`
//! (a partial breakdown) and `restated` (a tally said again
//! as its parts). `counts` holds what every pass asks of a figure.

use super::Sum;
use super::accounting::accounting;
use super::chambers::chambers;
use super::closing::closing_totals;
use super::includings::includings;
use super::lists::colon_lists;
use super::places::place_breakdowns;
use super::rest::stated_rests;
use super::restated::tallies_restated;
use super::seeds::seeds;
use crate::mentions::Doc;

/// The sums the passes build, and which figures they have taken.
pub(super) struct Tally {
    pub(super) used_as_part: Vec<bool>,
    pub(super) totals: Vec<Sum>,
    /// Which sum (index into `totals`) a figure is the total of.
    pub(super) total_of: Vec<Option<usize>>,
}

pub fn find(doc: &Doc, out: &mut Vec<Sum>) {
    let mut tally = Tally {
        used_as_part: vec![false; doc.figures.len()],
        totals: Vec::new(),
        total_of: vec![None; doc.figures.len()],
    };
    seeds(doc, &mut tally);
    colon_lists(doc, &mut tally, out);
    chambers(doc, &mut tally, out);
    closing_totals(doc, &mut tally);
    accounting(doc, &mut tally);
    stated_rests(doc, &mut tally);
    place_breakdowns(doc, &mut tally);
    includings(doc, out);
    tallies_restated(doc, &tally.used_as_part, &tally.total_of, out);
    out.extend(tally.totals);
}
