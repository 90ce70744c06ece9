//! Word lists the recognisers read. The lists of words are data files in
//! this folder (`class: form, form` lines, read by the one lexicon format of
//! `mentions/lexicon/parse.rs` and tabled by build.rs), each class read into
//! a type here; what stays in code is what a word file cannot say: units'
//! definitions and the symbols and abbreviations whose case carries meaning
//! (`MW`, `US$`, `USD`, `3M`). Every form of a word file is lower case;
//! lookups fold ASCII case first.

mod context;
mod money;
mod numbers;
mod units;

pub use context::{Context, context};
pub use money::*;
pub use numbers::*;
pub use units::*;

use crate::text::parse_decimal;
use std::ops::Deref;

use super::{Approx, Bound};
use crate::mentions::lexicon::{Class, Tabled, table_entries, tabled};
use crate::text::{HashedWord, WordIndex};

/// Words that can begin a figure: every first word of the phrases above,
/// number words, months, labels and currency names. The recogniser skips
/// any other word at once, which keeps ordinary prose cheap to scan.
pub fn can_start_figure<'w>(w: impl Into<HashedWord<'w>>) -> bool {
    indexes().starts.contains(w)
}

/// What a phrase before a number says about it: the classes of
/// `hedges.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    Hedge(Approx),
    Bound(Bound),
}

impl Class for Prefix {
    fn from_name(name: &str) -> Option<Prefix> {
        crate::mentions::lexicon::named(
            &[
                ("about", Prefix::Hedge(Approx::About)),
                ("nearly", Prefix::Hedge(Approx::Nearly)),
                ("just-over", Prefix::Hedge(Approx::JustOver)),
            ],
            name,
        )
        .or_else(|| Bound::from_name(name).map(Prefix::Bound))
    }
}

/// The bounds of `hedges.txt` and `bounds-after.txt`.
impl Class for Bound {
    fn from_name(name: &str) -> Option<Bound> {
        crate::mentions::lexicon::named(
            &[
                ("at-least", Bound::AtLeast),
                ("at-most", Bound::AtMost),
                ("more-than", Bound::MoreThan),
                ("less-than", Bound::LessThan),
            ],
            name,
        )
    }
}

/// A scale of `scales.txt`: the number it multiplies by, its class.
impl Class for f64 {
    fn from_name(name: &str) -> Option<f64> {
        parse_decimal(name).filter(|v| v.is_finite() && *v > 1.0)
    }
}

/// A unit of `units.txt` and `unit-phrases.txt`, by its constant's name.
impl Class for UnitDef {
    fn from_name(name: &str) -> Option<UnitDef> {
        NAMED_UNITS.iter().find(|(n, _)| *n == name).map(|(_, u)| *u)
    }
}

/// The classes of `labels.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// A label however it is written: `route`, `article`.
    AnyCase,
    /// An ordinary English word, a label only when capitalised: `section`.
    Capitalised,
}

impl Class for Label {
    fn from_name(name: &str) -> Option<Label> {
        crate::mentions::lexicon::named(&[("any-case", Label::AnyCase), ("capitalised", Label::Capitalised)], name)
    }
}

/// The classes of `one-pronoun.txt`: the side of `one` a word makes it a
/// pronoun from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Before,
    After,
    Either,
    BeforeAlone,
}

impl Class for Side {
    fn from_name(name: &str) -> Option<Side> {
        crate::mentions::lexicon::named(
            &[
                ("before", Side::Before),
                ("after", Side::After),
                ("either", Side::Either),
                ("before-alone", Side::BeforeAlone),
            ],
            name,
        )
    }
}

/// An ISO 4217 code as a class (`currency-words.txt`,
/// `currency-nations.txt`): three capital letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Currency;

impl Class for Currency {
    fn from_name(name: &str) -> Option<Currency> {
        (name.len() == 3 && name.bytes().all(|b| b.is_ascii_uppercase())).then_some(Currency)
    }
}

/// The forms of a tabled word file, in its table's order (by first word;
/// phrases sharing one keep the file's order), with their classes read
/// into `C`. A class `C` does not know drops its forms; the file's test
/// ([`tests`]) rejects such a class.
fn read<C: Class>(file: Tabled) -> impl Iterator<Item = (&'static str, C)> {
    table_entries(file.table).filter_map(|(form, class, _)| Some((form, C::from_name(class)?)))
}

/// The forms of a word file of one class.
fn forms(file: Tabled) -> impl Iterator<Item = &'static str> {
    table_entries(file.table).map(|(form, _, _)| form)
}

/// A phrase's words.
fn words(phrase: &'static str) -> Vec<&'static str> {
    crate::text::split_at(phrase, b' ').collect()
}

/// A list of the recogniser's, read from its word file at first use
/// (with every other, in one lazy static), and used as the slice it
/// dereferences to: `SCALE_WORDS.iter()`, `for (p, b) in BOUNDS_AFTER`.
#[derive(Clone, Copy)]
pub struct List<T: 'static>(fn(&'static Indexes) -> &'static [T]);

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &'static [T] {
        (self.0)(indexes())
    }
}

impl<T> IntoIterator for List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        (self.0)(indexes()).iter()
    }
}

/// Scale words after a number, by the number they multiply by: `million`,
/// `bn`, `lakh` (`scales.txt`).
pub const SCALE_WORDS: List<(&str, f64)> = List(|i| &i.scale_words);
/// Bounds after a number: `20 or more` (`bounds-after.txt`).
pub const BOUNDS_AFTER: List<(Vec<&str>, Bound)> = List(|i| &i.bounds_after);
/// Two- and three-word units, matched word by word (`unit-phrases.txt`).
pub const UNIT_PHRASES: List<(Vec<&str>, UnitDef)> = List(|i| &i.unit_phrases);
/// What a rate can be counted per, after `per`, `a`, `an` or `/`, with the
/// name the figure gives it: `$15 an hour`, `50 cents a share` (`rates.txt`).
pub const RATE_DENOMINATORS: List<(&str, &str)> = List(|i| &i.rates);
/// Fractions of a currency, as a hundredth of it (`minor-currency.txt`).
pub const MINOR_CURRENCY: List<&str> = List(|i| &i.minor_currency);
/// Label words that are ordinary English: a label only when capitalised
/// (`labels.txt`, `capitalised`).
pub const LABELS_NEED_CAPITAL: List<&str> = List(|i| &i.labels_need_capital);
/// Words before `one` that make it a pronoun: "the one", "which one"
/// (`one-pronoun.txt`).
pub const ONE_PRONOUN_BEFORE: List<&str> = List(|i| &i.one_before);
/// Words after `one` that make it a pronoun: "one who", "one another".
pub const ONE_PRONOUN_AFTER: List<&str> = List(|i| &i.one_after);
/// Words before a `one` that punctuation follows that make it a pronoun:
/// "had one," (`one-pronoun.txt`, `before-alone`).
pub const ONE_PRONOUN_BEFORE_ALONE: List<&str> = List(|i| &i.one_before_alone);
/// Verbs and adverbs of change before "from A to B": a change, not a range
/// (`change-words.txt`).
pub const CHANGE_WORDS: List<&str> = List(|i| &i.change_words);

/// The hedge and bound phrases that begin with `w`, in the order they are
/// to be tried (`hedges.txt`'s order).
pub fn prefixes_starting<'w>(w: impl Into<HashedWord<'w>>) -> &'static [(Vec<&'static str>, Prefix)] {
    let (firsts, index) = &indexes().prefixes;
    let w = w.into();
    let Some(from) = firsts.get(w) else {
        return &[];
    };
    let w = w.text();
    let to = from + index[from..].partition_point(|(p, _)| p[0] == w);
    &index[from..to]
}

/// A word table behind a [`WordIndex`]: the first entry for each word.
struct Table<V> {
    index: WordIndex,
    values: Vec<V>,
}

impl<V: Copy> Table<V> {
    fn of(table: impl Iterator<Item = (&'static str, V)>) -> Self {
        let (keys, values) = table.unzip();
        Table { index: WordIndex::new(keys), values }
    }

    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    fn get(&self, w: HashedWord) -> Option<V> {
        self.index.get(w).map(|i| self.values[i])
    }
}

/// Every word list and index of the recogniser, read together on first
/// use: one lazy static, not one per list, keeps the Wasm build small.
pub struct Indexes {
    starts: WordIndex,
    /// `hedges.txt`, ordered by first word, and the index of first words.
    prefixes: (WordIndex, Vec<(Vec<&'static str>, Prefix)>),
    currency_words: Table<&'static str>,
    currency_nations: Table<&'static str>,
    units: Table<UnitDef>,
    months: WordIndex,
    unit_phrase_firsts: WordIndex,
    labels: WordIndex,
    scale_words: Vec<(&'static str, f64)>,
    bounds_after: Vec<(Vec<&'static str>, Bound)>,
    unit_phrases: Vec<(Vec<&'static str>, UnitDef)>,
    rates: Vec<(&'static str, &'static str)>,
    minor_currency: Vec<&'static str>,
    labels_need_capital: Vec<&'static str>,
    one_before: Vec<&'static str>,
    one_after: Vec<&'static str>,
    one_before_alone: Vec<&'static str>,
    change_words: Vec<&'static str>,
}

/// The ISO codes a currency word file gives, as its classes.
fn currencies(file: Tabled) -> Table<&'static str> {
    Table::of(table_entries(file.table).filter(|(_, c, _)| Currency::from_name(c).is_some()).map(|(f, c, _)| (f, c)))
}

fn read_indexes() -> Indexes {
    let prefixes: Vec<(Vec<&str>, Prefix)> = read(tabled::LEXICON_HEDGES).map(|(p, c)| (words(p), c)).collect();
    let prefix_firsts = WordIndex::new(prefixes.iter().map(|(p, _)| p[0]).collect());
    let unit_phrases: Vec<(Vec<&str>, UnitDef)> =
        read(tabled::LEXICON_UNIT_PHRASES).map(|(p, u)| (words(p), u)).collect();
    let labels: Vec<(&str, Label)> = read(tabled::LEXICON_LABELS).collect();
    let one_pronoun: Vec<(&str, Side)> = read(tabled::LEXICON_ONE_PRONOUN).collect();
    let one_side =
        |side: Side| one_pronoun.iter().filter(move |(_, s)| *s == side || *s == Side::Either).map(|(w, _)| *w);
    let scale_words: Vec<(&str, f64)> = read(tabled::LEXICON_SCALES).collect();
    let months = || forms(tabled::LEXICON_MONTHS);

    let mut starts: Vec<&'static str> = prefixes.iter().map(|(p, _)| p[0]).collect();
    starts.extend(months());
    starts.extend(labels.iter().map(|(w, _)| *w));
    starts.extend(forms(tabled::LEXICON_CURRENCY_WORDS));
    starts.extend(forms(tabled::LEXICON_CURRENCY_NATIONS));
    starts.extend(scale_words.iter().map(|(w, _)| *w));
    starts.extend(forms(tabled::LEXICON_NUMBERS));
    starts.extend(forms(tabled::LEXICON_STARTS));

    Indexes {
        starts: WordIndex::new(starts),
        unit_phrase_firsts: WordIndex::new(unit_phrases.iter().map(|(p, _)| p[0]).collect()),
        prefixes: (prefix_firsts, prefixes),
        currency_words: currencies(tabled::LEXICON_CURRENCY_WORDS),
        currency_nations: currencies(tabled::LEXICON_CURRENCY_NATIONS),
        units: Table::of(read(tabled::LEXICON_UNITS)),
        months: WordIndex::new(months().collect()),
        labels: WordIndex::new(labels.iter().map(|(w, _)| *w).collect()),
        labels_need_capital: labels.iter().filter(|(_, l)| *l == Label::Capitalised).map(|(w, _)| *w).collect(),
        one_before: one_side(Side::Before).collect(),
        one_after: one_side(Side::After).collect(),
        one_before_alone: one_pronoun.iter().filter(|(_, s)| *s == Side::BeforeAlone).map(|(w, _)| *w).collect(),
        scale_words,
        bounds_after: read(tabled::LEXICON_BOUNDS_AFTER).map(|(p, b)| (words(p), b)).collect(),
        unit_phrases,
        rates: table_entries(tabled::LEXICON_RATES.table).map(|(f, c, _)| (f, c)).collect(),
        minor_currency: forms(tabled::LEXICON_MINOR_CURRENCY).collect(),
        change_words: forms(tabled::LEXICON_CHANGE_WORDS).collect(),
    }
}

fn indexes() -> &'static Indexes {
    static INDEXES: std::sync::OnceLock<Indexes> = std::sync::OnceLock::new();
    INDEXES.get_or_init(read_indexes)
}

/// A currency named in words: `euros` → `EUR`.
pub fn currency_word<'w>(w: impl Into<HashedWord<'w>>) -> Option<&'static str> {
    indexes().currency_words.get(w.into())
}

/// A nationality before a currency name: `lebanese` → `LBP`.
pub fn currency_nation<'w>(w: impl Into<HashedWord<'w>>) -> Option<&'static str> {
    indexes().currency_nations.get(w.into())
}

/// The unit whose canonical name, the one a figure carries, is `name`.
pub fn unit_of_name(name: &str) -> Option<UnitDef> {
    NAMED_UNITS.iter().map(|&(_, u)| u).find(|u| u.name == name)
}

/// A one-word unit, singular or listed plural.
pub fn unit_named<'w>(w: impl Into<HashedWord<'w>>) -> Option<UnitDef> {
    indexes().units.get(w.into())
}

/// A month's name or its short form.
pub fn is_month<'w>(w: impl Into<HashedWord<'w>>) -> bool {
    indexes().months.contains(w)
}

/// Whether a phrase of [`UNIT_PHRASES`] may begin with `w`: its first word,
/// or that word's plural (the matcher takes either), or `km`.
pub fn may_start_unit_phrase<'w>(w: impl Into<HashedWord<'w>>) -> bool {
    let firsts = &indexes().unit_phrase_firsts;
    let w = w.into();
    firsts.contains(w) || w.text().strip_suffix('s').is_some_and(|w| firsts.contains(w)) || w.text() == "km"
}

/// A label word before a code: `route`, `article`.
pub fn is_label<'w>(w: impl Into<HashedWord<'w>>) -> bool {
    indexes().labels.contains(w)
}

/// An ISO 4217 code, upper case. The list is short and kept sorted.
pub fn iso_code(w: &str) -> Option<&'static str> {
    ISO_CODES.iter().find(|c| **c == w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::lexicon::{Lexicon, repeated_forms};

    /// The one class of a file whose forms are all of one kind (`numbers.txt`:
    /// `number`), named by the file's constant in [`ONE_CLASS_FILES`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct OneClass;

    /// The word files of one class each, with the class's name.
    const ONE_CLASS_FILES: [(Tabled, &str); 4] = [
        (tabled::LEXICON_NUMBERS, "number"),
        (tabled::LEXICON_STARTS, "start"),
        (tabled::LEXICON_MINOR_CURRENCY, "hundredth"),
        (tabled::LEXICON_CHANGE_WORDS, "change"),
    ];

    /// The classes of `file` that `C` does not read, and the forms its text
    /// gives twice (in one class or two): both empty for a sound file.
    fn faults<C: Class>(file: Tabled) -> (Vec<&'static str>, Vec<String>) {
        (Lexicon::of(file.table).unknown_classes::<C>(), repeated_forms(&file.text()))
    }

    impl Class for OneClass {
        fn from_name(_: &str) -> Option<OneClass> {
            Some(OneClass)
        }
    }

    #[test]
    fn every_word_file_reads_into_its_classes_and_gives_each_form_once() {
        let none = (Vec::<&str>::new(), Vec::<String>::new());
        assert_eq!(faults::<Prefix>(tabled::LEXICON_HEDGES), none, "hedges.txt");
        assert_eq!(faults::<Bound>(tabled::LEXICON_BOUNDS_AFTER), none, "bounds-after.txt");
        assert_eq!(faults::<f64>(tabled::LEXICON_SCALES), none, "scales.txt");
        assert_eq!(faults::<UnitDef>(tabled::LEXICON_UNITS), none, "units.txt");
        assert_eq!(faults::<UnitDef>(tabled::LEXICON_UNIT_PHRASES), none, "unit-phrases.txt");
        assert_eq!(faults::<Label>(tabled::LEXICON_LABELS), none, "labels.txt");
        assert_eq!(faults::<Side>(tabled::LEXICON_ONE_PRONOUN), none, "one-pronoun.txt");
        assert_eq!(faults::<Currency>(tabled::LEXICON_CURRENCY_WORDS), none, "currency-words.txt");
        assert_eq!(faults::<Currency>(tabled::LEXICON_CURRENCY_NATIONS), none, "currency-nations.txt");
        assert_eq!(faults::<OneClass>(tabled::LEXICON_RATES), none, "rates.txt");
        assert_eq!(faults::<OneClass>(tabled::LEXICON_MONTHS).1, none.1, "months.txt");
        for (file, class) in ONE_CLASS_FILES {
            assert_eq!(faults::<OneClass>(file).1, none.1, "{}", file.source);
            let classes: Vec<&str> = table_entries(file.table).map(|(_, c, _)| c).collect();
            assert!(classes.iter().all(|c| *c == class), "{}: a class other than {class:?}", file.source);
        }
    }

    #[test]
    fn a_class_that_names_nothing_is_a_fault() {
        assert_eq!(Prefix::from_name("roughly"), None);
        assert_eq!(UnitDef::from_name("FURLONG"), None);
        assert_eq!(<f64 as Class>::from_name("million"), None);
        assert!(Currency::from_name("usd").is_none() && Currency::from_name("USD").is_some());
    }

    #[test]
    fn the_lists_read_what_their_files_say() {
        assert_eq!(SCALE_WORDS.iter().find(|(w, _)| *w == "bn").map(|(_, v)| *v), Some(1e9));
        assert_eq!(currency_word("euros"), Some("EUR"));
        assert_eq!(currency_nation("lebanese"), Some("LBP"));
        assert_eq!(unit_named("kilometre"), Some(KM));
        assert!(is_month("sept") && !is_month("monday"));
        assert!(
            is_label("route") && LABELS_NEED_CAPITAL.contains(&"section") && !LABELS_NEED_CAPITAL.contains(&"route")
        );
        assert!(ONE_PRONOUN_BEFORE.contains(&"another") && ONE_PRONOUN_AFTER.contains(&"another"));
        assert!(ONE_PRONOUN_BEFORE.contains(&"which") && !ONE_PRONOUN_AFTER.contains(&"which"));
        let over: Vec<_> = prefixes_starting("just").iter().map(|(p, c)| (p.join(" "), *c)).collect();
        assert!(over.contains(&("just over".to_owned(), Prefix::Hedge(Approx::JustOver))), "{over:?}");
        let more: Vec<_> = prefixes_starting("more").iter().map(|(p, _)| p.join(" ")).collect();
        assert!(more.iter().position(|p| p == "more than or equal to") < more.iter().position(|p| p == "more than"));
        assert!(BOUNDS_AFTER.into_iter().any(|(p, b)| *p == ["or", "more"] && *b == Bound::AtLeast));
        assert!(UNIT_PHRASES.into_iter().any(|(p, u)| *p == ["nautical", "mile"] && *u == NAUTICAL_MILE));
        assert!(can_start_figure("dozen") && can_start_figure("lakh") && !can_start_figure("dog"));
    }
}
