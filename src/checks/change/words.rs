//! The word classes change frames are read by, from `cues.txt`,
//! `comparatives.txt`, `frames.txt` and `phrasal.txt`.

use crate::checks::relation::CueWords;
use crate::mentions::Doc;
use crate::text::HashedWord;
use crate::mentions::lexicon::Class;

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Cue {
    Up,
    Down,
    Factor(f64),
    /// "compared with", "against": a pair with no direction stated.
    Versus,
}

impl Cue {
    /// Whether the cue states a fall: "down", "halved".
    pub(super) fn falls(self) -> bool {
        match self {
            Cue::Down => true,
            Cue::Factor(f) => f < 1.0,
            Cue::Up | Cue::Versus => false,
        }
    }
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("up", Cue::Up),
                ("down", Cue::Down),
                ("double", Cue::Factor(2.0)),
                ("triple", Cue::Factor(3.0)),
                ("quadruple", Cue::Factor(4.0)),
                ("halve", Cue::Factor(0.5)),
                ("versus", Cue::Versus),
            ],
            name,
        )
    }
}

/// A comparative: "more", "higher than", "below".
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Comparative {
    More,
    Fewer,
    Less,
    Higher,
    Lower,
    Above,
    Below,
}

impl Class for Comparative {
    fn from_name(name: &str) -> Option<Comparative> {
        use Comparative::*;
        crate::mentions::lexicon::named(
            &[
                ("more", More),
                ("fewer", Fewer),
                ("less", Less),
                ("higher", Higher),
                ("lower", Lower),
                ("above", Above),
                ("below", Below),
            ],
            name,
        )
    }
}

/// The words a frame is read by (`frames.txt`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Word {
    Carry,
    To,
    At,
    From,
    With,
    Over,
    Link,
    Conj,
    And,
    Clause,
    By,
    Filler,
    Pass,
    /// Prepositions a figure in a phrase stands after: "in", "for".
    Prep,
    /// Nouns of time: "week", "year".
    Time,
    /// Words of expectation: "forecast", "expected".
    Expect,
    /// Words of belief after "than": "more than previously thought".
    Belief,
    /// Words that tell a value as earlier: "previously", "stood".
    Earlier,
    /// Nouns that name again the quantity just spoken of: "the total".
    Anaphor,
    /// Verbs of pace: "the rise slowed", "growth quickened".
    Pace,
    /// Words of need or ability that take a verb after "to": "the 251
    /// needed to govern", "enough to pass".
    Need,
    /// Names of currencies: "dollar", "euro".
    Currency,
    /// "mark", "threshold": after a figure, a threshold, no level.
    Mark,
}

impl Class for Word {
    fn from_name(name: &str) -> Option<Word> {
        use Word::*;
        crate::mentions::lexicon::named(
            &[
                ("carry", Carry),
                ("to", To),
                ("at", At),
                ("from", From),
                ("with", With),
                ("over", Over),
                ("link", Link),
                ("conj", Conj),
                ("and", And),
                ("clause", Clause),
                ("by", By),
                ("filler", Filler),
                ("pass", Pass),
                ("prep", Prep),
                ("time", Time),
                ("expect", Expect),
                ("belief", Belief),
                ("earlier", Earlier),
                ("anaphor", Anaphor),
                ("pace", Pace),
                ("need", Need),
                ("currency", Currency),
                ("mark", Mark),
            ],
            name,
        )
    }
}

/// The words that make a phrasal verb of "down" or "up" (`phrasal.txt`).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Particle {
    Down,
    Up,
    Both,
    /// "went", "came": a change when a figure follows ("went down 5%").
    Moved,
    /// "gave": "gave up 12 points" is a fall.
    Gave,
}

impl Class for Particle {
    fn from_name(name: &str) -> Option<Particle> {
        crate::mentions::lexicon::named(
            &[
                ("down", Particle::Down),
                ("up", Particle::Up),
                ("both", Particle::Both),
                ("moved", Particle::Moved),
                ("gave", Particle::Gave),
            ],
            name,
        )
    }
}

/// A verb of loss (`losses.txt`): a fall only of a price, index or rate.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Loss {
    Loss,
}

impl Class for Loss {
    fn from_name(name: &str) -> Option<Loss> {
        (name == "loss").then_some(Loss::Loss)
    }
}

/// A basis a percentage is measured on (`bases.txt`): "organic",
/// "at constant exchange rates".
#[derive(Clone, Copy, PartialEq, Debug)]
enum Basis {
    Basis,
}

impl Class for Basis {
    fn from_name(name: &str) -> Option<Basis> {
        (name == "basis").then_some(Basis::Basis)
    }
}

static BASES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_BASES);

/// Whether a basis phrase of `bases.txt` starts at word `k`.
pub(super) fn basis_at(doc: &Doc, k: usize) -> bool {
    crate::checks::relation::cue_at::<Basis>(doc, BASES.lexicon(), k).is_some()
}

static LOSSES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_LOSSES);
static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_CUES);
static COMPARATIVES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_COMPARATIVES);
static FRAMES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_FRAMES);
static PHRASAL: CueWords = CueWords::new(crate::mentions::lexicon::tabled::CHANGE_PHRASAL);

pub(super) fn comparative<'w>(w: impl Into<HashedWord<'w>>) -> Option<Comparative> {
    COMPARATIVES.class_of(w)
}

/// Whether word `w` is a comparative ("fewer", "more", "below").
pub(crate) fn is_comparative<'w>(w: impl Into<HashedWord<'w>>) -> bool {
    comparative(w).is_some()
}

pub(super) fn word<'w>(w: impl Into<HashedWord<'w>>) -> Option<Word> {
    FRAMES.class_of(w)
}

/// Whether the comparative at word `k` compares with what was expected or
/// believed, no figure stated: "$1 billion more than had been predicted",
/// "2.5 million more than previously estimated", "5% above expectations".
/// The amount before it is a miss against that expectation, not a change
/// from an earlier value of the quantity.
pub(super) fn than_expected(doc: &Doc, k: usize) -> bool {
    let start = match comparative(doc.word(k)) {
        Some(_) if doc.is(k + 1, "than") => k + 2,
        Some(Comparative::Above | Comparative::Below) => k + 1,
        _ => return false,
    };
    let end = doc.words().len();
    let clause: Vec<usize> = (start..(start + 8).min(end)).take_while(|&j| !crate::lc_in!(doc, j, [",", ";", "."])).collect();
    let stated = clause.iter().any(|&j| doc.quantity_at(j));
    !stated && clause.iter().take(5).any(|&j| doc.is_word(j) && matches!(word(doc.word(j)), Some(Word::Expect | Word::Belief)))
}

/// Whether `w` states a fall (`Some(true)`: "down", "fell") or a rise
/// (`Some(false)`: "up", "grew"), for other checks that must know a change
/// when they meet one, and which way it goes.
pub(crate) fn move_falls<'w>(w: impl Into<HashedWord<'w>>) -> Option<bool> {
    match CUES.class_of::<Cue>(w) {
        Some(Cue::Up) => Some(false),
        Some(Cue::Down) => Some(true),
        _ => None,
    }
}

/// The change cue at word `i` and the word after it.
pub(super) fn cue_at(doc: &Doc, i: usize) -> Option<(Cue, usize)> {
    // "more than 10", "up to 40": bound words the figure already holds,
    // unless an amount stands just before ("48,000 (5.2%) lower than 12
    // months ago" compares, whatever the recogniser made of the rest).
    if let Some(f) = doc.figure_at_word(i) {
        let starts_figure = doc.words()[i].span.start == doc.figures[f].span.start;
        let after_amount = i > 0
            && (doc.lc(i - 1) == ")"
                || doc.figure_at_word(i - 1).is_some_and(|g| g != f && doc.figures[g].kind.is_quantity()));
        if !(starts_figure && after_amount) {
            return None;
        }
    }
    // "a grade C or above", "aged 65 or more": a threshold, not a change.
    if i > 0 && doc.is(i - 1, "or") && doc.figure_at_word(i + 1).is_none() && !doc.is(i + 1, "than") {
        return None;
    }
    let word = doc.word(i);
    let w = word.text();
    // "Up to last Friday, 2,400 claims", "up to now": before a time,
    // "up to" says until when, not which way a figure went.
    if w == "up" && doc.is(i + 1, "to") && (i + 2..i + 4).any(|k| doc.is(k, "now") || super::founded::names_a_time(doc, k)) {
        return None;
    }
    let cue = match w {
        "more" if doc.is(i + 1, "than") => Cue::Up,
        _ if LOSSES.class_of::<Loss>(word).is_some() => return moved_by(doc, i + 1).then_some((Cue::Down, i + 1)),
        "compared" if crate::lc_in!(doc, i + 1, ["with", "to"]) => return Some((Cue::Versus, i + 2)),
        // "went from 212 to 187": a verb of motion with no direction of its
        // own; the words after the ends may give it ("down 11.8%").
        _ if doc.is(i + 1, "from") && doc.figure_at_word(i + 2).is_some() && PHRASAL.class_of::<Particle>(word) == Some(Particle::Moved) => {
            return Some((Cue::Versus, i + 1));
        }
        // "Profit surges 82%": a present tense in -s is its base form's cue.
        _ => CUES.class_of(word).or_else(|| CUES.class_of(w.strip_suffix('s').filter(|b| b.len() > 3)?))?,
    };
    // "shot down", "set up", "up to 40": not changes.
    let particle = if i > 0 { PHRASAL.class_of::<Particle>(doc.word(i - 1)) } else { None };
    // "went down 39%", "came down by 5": with its figure it is a change all the same.
    // ("went down nearly 24%": the hedge stands between.)
    let hedged_next = doc.figure_at_word(i + 2).is_some_and(|f| doc.figures[f].approx.is_some() || doc.figures[f].bound.is_some());
    let figure_next = doc.figure_at_word(i + 1).is_some() || hedged_next || crate::lc_in!(doc, i + 1, ["by", "to", "from"]);
    let phrasal = match (w, particle) {
        ("down", Some(Particle::Down | Particle::Both)) | ("up", Some(Particle::Up | Particle::Both)) => true,
        ("down" | "up", Some(Particle::Moved)) => !figure_next,
        _ => false,
    };
    if w == "up" && particle == Some(Particle::Gave) {
        return figure_next.then_some((Cue::Down, i + 1));
    }
    // "cut its growth forecast to 0.9% from 1.4%": a change word before a
    // word of expectation names what is forecast; the forecast's figures
    // move whichever way the verb says.
    let forecast = doc.is_word(i + 1) && self::word(doc.word(i + 1)) == Some(Word::Expect);
    (!phrasal && !forecast && !moved_the_other_way(doc, i, cue)).then_some((cue, i + 1))
}

/// "Export growth fell 3 points", "losses rose to $5m": a change word right
/// before a verb of the other direction names what moved, and the verb says
/// which way. (After a preposition the first word governs: "an increase in
/// losses".)
fn moved_the_other_way(doc: &Doc, i: usize, cue: Cue) -> bool {
    for k in i + 1..i + 4 {
        if !doc.is_word(k) || crate::lc_in!(doc, k, ["in", "of", "for", "on", "to", "from", "by"]) {
            return false;
        }
        let w = doc.word(k);
        let next = if LOSSES.class_of::<Loss>(w).is_some() && moved_by(doc, k + 1) {
            Some(Cue::Down)
        } else {
            CUES.class_of::<Cue>(w)
        };
        if let Some(next @ (Cue::Up | Cue::Down)) = next {
            return matches!(cue, Cue::Up | Cue::Down) && next != cue;
        }
    }
    false
}

/// Whether the figure at word `k` is a move of a price, an index or a rate:
/// money, a percentage, or points.
fn moved_by(doc: &Doc, k: usize) -> bool {
    use crate::figures::Kind;
    doc.figure_at_word(k).is_some_and(|f| {
        matches!(doc.figures[f].kind, Kind::Money | Kind::Percent | Kind::Points) || super::founded::in_points(doc, f)
    })
}

/// The end of a period named from word `j` or the article before it ("a
/// year earlier", "last year"), from `periods.txt`.
pub(super) fn period_named(doc: &Doc, j: usize) -> Option<usize> {
    let periods = &crate::mentions::lexicon::lexicons().periods;
    [j.saturating_sub(1), j].into_iter().find_map(|k| periods.match_phrase(&doc.phrase_at(k, 4)).map(|x| k + x.0))
}

/// Whether word `j` is a possessive's apostrophe ("last year's").
pub(super) fn possessive(doc: &Doc, j: usize) -> bool {
    crate::lc_in!(doc, j, ["'", "’", "'s", "’s"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
        assert_eq!(COMPARATIVES.faults::<Comparative>(), (vec![], vec![]));
        assert_eq!(FRAMES.faults::<Word>(), (vec![], vec![]));
        assert_eq!(PHRASAL.faults::<Particle>(), (vec![], vec![]));
        assert_eq!(LOSSES.faults::<Loss>(), (vec![], vec![]));
        assert_eq!(BASES.faults::<Basis>(), (vec![], vec![]));
        assert_eq!(CUES.class_of("trebled"), Some(Cue::Factor(3.0)));
        assert_eq!(comparative("fewer"), Some(Comparative::Fewer));
        assert_eq!(word("bringing"), Some(Word::Carry));
    }
}
