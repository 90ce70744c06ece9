//! Word lists the recognisers read, kept as data so that they are easy to
//! review and extend. Every entry is lower case unless it says otherwise;
//! lookups fold ASCII case first.

mod hedges;
mod money;
mod names;
mod numbers;
mod units;

pub use hedges::*;
pub use money::*;
pub use names::*;
pub use numbers::*;
pub use units::*;

use crate::text::WordIndex;

/// Words that can begin a figure: every first word of the phrases above,
/// number words, months, labels and currency names. The recogniser skips
/// any other word at once, which keeps ordinary prose cheap to scan.
pub fn can_start_figure(w: &str) -> bool {
    indexes().starts.contains(w)
}

fn starting_words() -> WordIndex {
    let mut set: Vec<&'static str> = Vec::new();
    let phrases = HEDGES_ABOUT.iter().chain(HEDGES_NEARLY).chain(HEDGES_JUST_OVER).map(|p| p[0]);
    set.extend(phrases);
    set.extend(BOUNDS_BEFORE.iter().map(|(p, _)| p[0]));
    set.extend(MONTHS);
    set.extend(LABELS);
    set.extend(CURRENCY_WORDS.iter().map(|(w, _)| *w));
    set.extend(CURRENCY_NATIONS.iter().map(|(w, _)| *w));
    set.extend(SCALE_WORDS.iter().map(|(w, _)| *w));
    set.extend(NUMBER_WORDS);
    set.extend([
        "a",
        "an",
        "minus",
        "negative",
        "point",
        "few",
        "single",
        "tens",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "equal",
        "equals",
        "equaling",
        "equalling",
        "between",
        "from",
        "percent",
        "percents",
        "per",
        "pct",
        "pc",
        "percentage",
        "http",
        "https",
        "ftp",
        "www",
        "mid",
        "pre",
        "post",
        "early",
        "late",
        "end",
        "fy",
        "age",
        "aged",
        "rs",
        "rm",
        "rp",
        "tk",
        "u",
        "mex",
        "us",
        "hk",
        "c",
        "nz",
        "nt",
    ]);
    WordIndex::new(set)
}

/// What a phrase before a number says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    Hedge(super::Approx),
    Bound(super::Bound),
}

/// The hedge and bound phrases that begin with `w`, in the order they are
/// to be tried: hedges with a side first ("just over" before "over"), then
/// longer bounds before the shorter ones they begin.
pub fn prefixes_starting(w: &str) -> &'static [(&'static [&'static str], Prefix)] {
    let (firsts, index) = &indexes().prefixes;
    let Some(from) = firsts.get(w) else {
        return &[];
    };
    let to = from + index[from..].partition_point(|(p, _)| p[0] == w);
    &index[from..to]
}

type Phrases = Vec<(&'static [&'static str], Prefix)>;

fn prefix_phrases() -> (WordIndex, Phrases) {
    let mut all: Phrases = Vec::new();
    let hedges = [
        (HEDGES_JUST_OVER, super::Approx::JustOver),
        (HEDGES_NEARLY, super::Approx::Nearly),
        (HEDGES_ABOUT, super::Approx::About),
    ];
    for (list, approx) in hedges {
        all.extend(list.iter().map(|p| (*p, Prefix::Hedge(approx))));
    }
    all.extend(BOUNDS_BEFORE.iter().map(|(p, b)| (*p, Prefix::Bound(*b))));
    // Stable: phrases that share a first word keep the order above.
    all.sort_by_key(|(p, _)| p[0]);
    let firsts: Vec<&str> = all.iter().map(|(p, _)| p[0]).collect();
    (WordIndex::new(firsts), all)
}

/// A word table behind a [`WordIndex`]: the first entry for each word.
struct Table<V> {
    index: WordIndex,
    values: Vec<V>,
}

impl<V: Copy> Table<V> {
    fn of(table: &[(&'static str, V)]) -> Self {
        let index = WordIndex::new(table.iter().map(|(k, _)| *k).collect());
        Table { index, values: table.iter().map(|(_, v)| *v).collect() }
    }

    fn get(&self, w: &str) -> Option<V> {
        self.index.get(w).map(|i| self.values[i])
    }
}

/// Every word index of the recogniser, built together on first use: one
/// lazy static, not one per list, keeps the Wasm build small.
struct Indexes {
    starts: WordIndex,
    prefixes: (WordIndex, Phrases),
    currency_words: Table<&'static str>,
    currency_nations: Table<&'static str>,
    units: Table<UnitDef>,
    months: WordIndex,
    unit_phrase_firsts: WordIndex,
    labels: WordIndex,
}

fn indexes() -> &'static Indexes {
    static INDEXES: std::sync::OnceLock<Indexes> = std::sync::OnceLock::new();
    INDEXES.get_or_init(|| Indexes {
        starts: starting_words(),
        prefixes: prefix_phrases(),
        currency_words: Table::of(CURRENCY_WORDS),
        currency_nations: Table::of(CURRENCY_NATIONS),
        units: Table::of(UNIT_WORDS),
        months: WordIndex::new(MONTHS.to_vec()),
        unit_phrase_firsts: WordIndex::new(UNIT_PHRASES.iter().map(|(p, _)| p[0]).collect()),
        labels: WordIndex::new(LABELS.to_vec()),
    })
}

/// A currency named in words: `euros` → `EUR`.
pub fn currency_word(w: &str) -> Option<&'static str> {
    indexes().currency_words.get(w)
}

/// A nationality before a currency name: `lebanese` → `LBP`.
pub fn currency_nation(w: &str) -> Option<&'static str> {
    indexes().currency_nations.get(w)
}

/// A one-word unit, singular or listed plural.
pub fn unit_named(w: &str) -> Option<UnitDef> {
    indexes().units.get(w)
}

/// A month's name or its short form.
pub fn is_month(w: &str) -> bool {
    indexes().months.contains(w)
}

/// Whether a phrase of [`UNIT_PHRASES`] may begin with `w`: its first word,
/// or that word's plural (the matcher takes either), or `km`.
pub fn may_start_unit_phrase(w: &str) -> bool {
    let firsts = &indexes().unit_phrase_firsts;
    firsts.contains(w) || w.strip_suffix('s').is_some_and(|w| firsts.contains(w)) || w == "km"
}

/// A label word before a code: `route`, `article`.
pub fn is_label(w: &str) -> bool {
    indexes().labels.contains(w)
}

/// An ISO 4217 code, upper case. The list is short and kept sorted.
pub fn iso_code(w: &str) -> Option<&'static str> {
    ISO_CODES.iter().find(|c| **c == w).copied()
}
