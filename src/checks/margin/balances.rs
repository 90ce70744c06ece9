//! Finds balances: a deficit or surplus and the two flows it nets, the
//! margin between what comes in and what goes out.
//!
//! A balance is a figure that a balance noun names: "a deficit of $3.6
//! billion", "a $21,350 budgetary deficit", "the deficit widened to $41.6
//! billion". A flow is a figure that a flow word names the same way:
//! "exports of $12.3 billion", "$4,288,900 in revenues", "imports climbed to
//! $230.4 billion". A word names the figure after it in its clause, up to a
//! comma or another level of the same kind; a figure that sizes a change
//! ("slipped $400 million to ...", "rose by $0.7 billion") is no level and names
//! nothing.
//!
//! The flows are a pair, exports against imports or revenue against
//! spending, each named once in the balance's sentence (else both in the
//! sentence before or after it, in the paragraph, of no other year: the
//! relation is then inferred). Everything must be money of one currency,
//! or shares of output ("41.2% of GDP"). A sentence with two current
//! balances, two figures for one flow, or flows of different goods ("oil
//! exports ... car imports") or partners says which figures belong
//! together no more than the text does, and nothing is proposed. A balance
//! after "from", "compared to" or "than" is an earlier one.

use super::Margin;
use super::find::{CUES, Cue};
use crate::checks::relation::{Certainty, dated_apart, sentence_mentions};
use crate::figures::Kind;
use crate::mentions::{Doc, Mention};
use crate::report::explain::Tie;

/// How many tokens before a figure the word naming it may stand: "pushing
/// the deficit in goods up to a five-year high of $52.1 billion", "exports
/// grew by $469 million (1.5%) to $32.1 billion" (a change's size and its
/// bracket stand between).
const REACH: usize = 16;

fn cue(doc: &Doc, k: usize) -> Option<Cue> {
    CUES.class_of::<Cue>(doc.word(k))
}

/// What a figure is named as.
#[derive(Clone, Copy, PartialEq)]
enum Named {
    /// A balance; true for a deficit.
    Balance(bool),
    /// A flow, and the word that names it.
    Flow(Cue, usize),
}

/// Whether mention `m` is money or a share of output, and a level rather
/// than the size of a change: "slipped $400 million to $18.2 billion",
/// "dropped $2.9 billion from April to ...", "rose by $0.7 billion", "up
/// $0.6 billion", "$1.9 billion more than" size a change.
fn is_level(doc: &Doc, m: &Mention) -> bool {
    let kind = doc.figures[m.figure].kind;
    let share_of_output = kind == Kind::Percent && doc.is(m.end, "of") && cue(doc, m.end + 1) == Some(Cue::Economy);
    if kind != Kind::Money && !share_of_output {
        return false;
    }
    if m.first > 0 && crate::lc_in!(doc, m.first - 1, ["by", "up", "down"]) {
        return false;
    }
    let figure_soon = |from: usize| (from..from + 3).any(|k| doc.figure_at_word(k).is_some());
    match doc.lc(m.end) {
        "more" | "less" | "higher" | "lower" => false,
        "to" => !figure_soon(m.end + 1),
        // "from $11.1 billion" after a level; "from April to $38.5 billion" after a change.
        "from" => doc.figure_at_word(m.end + 1).is_some() || !figure_soon(m.end + 2),
        _ => true,
    }
}

/// What names mention `m`, if it is a level.
fn named(doc: &Doc, m: &Mention) -> Option<Named> {
    if !is_level(doc, m) {
        return None;
    }
    // "$4,288,900 in revenues", "€20bn of imports".
    if crate::lc_in!(doc, m.end, ["in", "of"])
        && let Some(c @ (Cue::Export | Cue::Import | Cue::Revenue | Cue::Spending)) = cue(doc, m.end + 1)
    {
        return Some(Named::Flow(c, m.end + 1));
    }
    // "a $21,350 budgetary deficit", "a $3.5 billion trade surplus".
    for k in m.end..m.end + 3 {
        if !doc.is_word(k) || doc.figure_at_word(k).is_some() || doc.is(k, "and") {
            break;
        }
        if let Some(c @ (Cue::Deficit | Cue::Surplus)) = cue(doc, k) {
            return Some(Named::Balance(c == Cue::Deficit));
        }
    }
    let (start, _) = doc.sentence_words(m.sentence);
    let kind = doc.figures[m.figure].kind;
    for k in (m.first.saturating_sub(REACH).max(start)..m.first).rev() {
        if crate::lc_in!(doc, k, [",", ";", ":"]) {
            return None;
        }
        if let Some(f) = doc.figure_at_word(k) {
            // A change's size or a share beside a level is passed over; another level stops.
            let level = doc.mention(f).is_some_and(|o| doc.figures[f].kind == kind && is_level(doc, o));
            if level {
                return None;
            }
            continue;
        }
        match cue(doc, k) {
            Some(c @ (Cue::Deficit | Cue::Surplus)) => {
                // "from a deficit of", "the surplus is smaller than the $14.9 billion".
                let earlier = (k.saturating_sub(4).max(start)..m.first).any(|j| cue(doc, j) == Some(Cue::Earlier));
                return (!earlier).then_some(Named::Balance(c == Cue::Deficit));
            }
            Some(c @ (Cue::Export | Cue::Import | Cue::Revenue | Cue::Spending)) => return Some(Named::Flow(c, k)),
            _ => {}
        }
    }
    None
}

/// One figure named in a sentence and the word that names it (for a
/// balance, 1 for a deficit), or [`MANY`] when more than one is.
type Slot = Option<(usize, usize)>;

const MANY: usize = usize::MAX;

/// What a sentence names: its balance and its flows (exports, imports,
/// revenue, spending).
#[derive(Clone, Copy, Default)]
struct Read {
    balance: Slot,
    flows: [Slot; 4],
}

fn put(slot: &mut Slot, found: (usize, usize)) {
    *slot = Some(if slot.is_some() { (MANY, 0) } else { found });
}

fn one(slot: Slot) -> Slot {
    slot.filter(|s| s.0 != MANY)
}

fn read_sentence(doc: &Doc, s: usize) -> Read {
    let mut read = Read::default();
    for k in sentence_mentions(doc, s) {
        let m = &doc.mentions[k];
        match named(doc, m) {
            Some(Named::Balance(deficit)) => put(&mut read.balance, (m.figure, usize::from(deficit))),
            // The four flow cues stand in this order in `Cue`.
            Some(Named::Flow(c, w)) => put(&mut read.flows[c as usize - Cue::Export as usize], (m.figure, w)),
            None => {}
        }
    }
    read
}

/// The inflow and outflow a sentence names that make a pair, when each is
/// named once and both name the same goods.
fn pair(doc: &Doc, read: &Read, balance: usize) -> Option<Pair> {
    let flow = |c: Cue| one(read.flows[c as usize - Cue::Export as usize]);
    let trade = flow(Cue::Export).zip(flow(Cue::Import));
    let ((i, wi), (o, wo), names) = match (trade, flow(Cue::Revenue).zip(flow(Cue::Spending))) {
        (Some(t), None) => (t.0, t.1, ("exports", "imports")),
        (None, Some(b)) => (b.0, b.1, ("revenue", "spending")),
        _ => return None,
    };
    let like = |f: usize| {
        let (a, b) = (&doc.figures[f], &doc.figures[balance]);
        a.kind == b.kind && a.currency == b.currency
    };
    (like(i) && like(o) && same_goods(doc, wi, wo)).then_some((i, o, names))
}

/// Whether flow words `a` and `b` name flows of the same goods and partner:
/// "oil exports" and "car imports" do not, nor "exports to Spain" and
/// "imports from Chile"; "merchandise exports ... and imports" do.
fn same_goods(doc: &Doc, a: usize, b: usize) -> bool {
    let modifier = |k: usize| {
        (k > 0 && doc.is_word(k - 1) && !crate::mentions::is_stop_word(doc.word(k - 1)) && doc.figure_at_word(k - 1).is_none())
            .then(|| doc.lc(k - 1))
    };
    let partner = |k: usize| {
        let at = k + 1 + usize::from(doc.is(k + 2, "the"));
        crate::lc_in!(doc, k + 1, ["to", "from", "with"]).then(|| doc.lc(at + 1))
    };
    let differ = |x: Option<&str>, y: Option<&str>| x.zip(y).is_some_and(|(x, y)| x != y);
    !differ(modifier(a), modifier(b)) && !differ(partner(a), partner(b))
}

type Pair = (usize, usize, (&'static str, &'static str));

pub(super) fn find(doc: &Doc, out: &mut Vec<Margin>) {
    let sentences = &doc.layout.sentences;
    let read: Vec<Read> = (0..sentences.len()).map(|s| read_sentence(doc, s)).collect();
    let one_balance = |s: usize| one(read[s].balance);
    let mut found: Vec<(usize, usize, Pair)> = Vec::new();
    let mut used = vec![false; sentences.len()];
    // A balance and its flows in one sentence.
    for s in 0..sentences.len() {
        if let Some((balance, _)) = one_balance(s)
            && let Some(p) = pair(doc, &read[s], balance)
        {
            used[s] = true;
            found.push((s, s, p));
        }
    }
    // Flows in a sentence of their own take the balance of the sentence
    // before, else after, in the paragraph: one not yet paired, with no
    // flows of its own, of no other year.
    for t in 0..sentences.len() {
        if read[t].balance.is_some() {
            continue;
        }
        let beside = [t.wrapping_sub(1), t + 1].into_iter().find(|&s| {
            s < sentences.len()
                && !used[s]
                && read[s].flows.iter().all(Option::is_none)
                && sentences[s].paragraph == sentences[t].paragraph
                && one_balance(s).is_some()
        });
        let Some((s, (balance, _))) = beside.filter(|&s| !dated_apart(doc, s, t)).zip(beside.and_then(one_balance)) else {
            continue;
        };
        if let Some(p) = pair(doc, &read[t], balance) {
            used[s] = true;
            found.push((s, t, p));
        }
    }
    for (s, t, (inflow, outflow, names)) in found {
        let Some((balance, deficit)) = one_balance(s) else { continue };
        let deficit = deficit == 1;
        if doc.explaining() {
            let figures = [inflow, outflow, balance];
            doc.tie(super::ID, &figures, Tie::StatedCue, None);
            doc.tie(super::ID, &figures, if s == t { Tie::SameSentence } else { Tie::SameParagraph }, None);
        }
        // A budget nets more than two lines (transfers, reserves, the
        // results of state firms): revenue and spending named in a sentence
        // apart from the balance are reported only when they agree with it.
        let certainty = match (s == t, names.0) {
            (true, _) => Certainty::Stated,
            (false, "exports") => Certainty::Inferred,
            _ => Certainty::Plausible,
        };
        // The flow that must be the larger first: out for a deficit, in for a surplus.
        let (first, second, named) =
            if deficit { (outflow, inflow, ("deficit", names.1, names.0)) } else { (inflow, outflow, ("surplus", names.0, names.1)) };
        out.push(Margin { first, second, margin: balance, certainty, balance: Some(named) });
    }
}

