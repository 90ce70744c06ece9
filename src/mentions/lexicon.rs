//! The word lists mentions are built from, kept as plain-text files in
//! `lexicon/` (one class a line, `class: form, form`), so that extending a
//! list is editing a line of text. The build script (build.rs) reads them
//! into static tables with the parser of `lexicon/parse.rs`, and the cue
//! files of the checks and the recogniser's word files too ([`Tabled`]), so
//! nothing parses a word list at run time (the first check in the Wasm build did, for about
//! 4 ms: BENCHMARKS.md).

// The crate reads tables with `first_word` and tests forms with `normalise`;
// the rest of the parser serves build.rs alone.
#[allow(dead_code)]
mod parse;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::text::{HashedWord, Phrase, WordIndex, fx_hash, split_at, split_once_at};
use parse::{first_word, normalise};

/// A lexicon: lower-case phrases (hyphens read as spaces) to a class, with
/// an optional second value (the event a noun implies). Phrases are found
/// by their first word, so a lookup allocates nothing.
pub struct Lexicon {
    /// Ordered by first word: the phrases sharing one lie together.
    entries: Vec<Entry>,
    /// The first word of each entry: finds the first entry of a word.
    firsts: WordIndex,
    /// For each entry, the end of the run of entries sharing its first
    /// word: a word's phrases are found with no string compared.
    run_ends: Vec<u32>,
}

struct Entry {
    phrase: &'static str,
    class: &'static str,
    implied: Option<&'static str>,
    /// The phrase's words after the first, split once here rather than at
    /// every match.
    rest: Box<[&'static str]>,
}

/// A word file of a check or of the recogniser, tabled by build.rs (the
/// constants of [`tabled`], one a file): its table for [`Lexicon::of`], and
/// the file's path in the crate, which only its tests read (neither the
/// text nor the path is compiled into the library).
#[derive(Clone, Copy)]
pub struct Tabled {
    pub table: &'static str,
    #[cfg(test)]
    pub source: &'static str,
}

impl Tabled {
    /// The file's text, read from the crate's sources (for tests).
    #[cfg(test)]
    pub fn text(&self) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(self.source);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }
}

include!(concat!(env!("OUT_DIR"), "/mentions_lexicons.rs"));

/// The Fx hash ([`fx_hash`]): the keys are short words and small tuples,
/// which SipHash handles slowly. The checks themselves use no hash map (a
/// map's code costs about a kilobyte of the .wasm; they sort or compare
/// neighbours instead): [`FxMap`] serves the lexicons' tests.
#[derive(Default)]
pub struct Fx(u64);

/// A hash map with [`Fx`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
/// A hash set with [`Fx`].
pub type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fx>>;

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        // hashbrown picks buckets with the low bits, which a product mixes
        // poorly: bring the well-mixed high bits down.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fx_hash(bytes, self.0);
    }
}

/// A lexicon's classes read into a type: the names a data file may use on
/// the left of `:`. Code compares the enum, never a string, so a class
/// renamed in a data file and not in code is caught by the lexicon's test
/// ([`Lexicon::unknown_classes`]) instead of silently matching nothing.
pub trait Class: Copy + Sized + 'static {
    fn from_name(name: &str) -> Option<Self>;
}

/// The class a table names `name`, for [`Class::from_name`]: a table read in
/// a loop takes less of the .wasm than a `match` on strings (BENCHMARKS.md,
/// "The eighteenth session").
pub fn named<C: Copy>(table: &[(&str, C)], name: &str) -> Option<C> {
    table.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

/// What happened to the things counted: the classes of `lexicon/events.txt`
/// (and the events nouns imply in `things.txt`, `person/killed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Event {
    Launched,
    Destroyed,
    Lost,
    Diverted,
    Hit,
    Killed,
    Injured,
    Survived,
    Missing,
    Damaged,
    Aboard,
    /// Votes or ballots for a motion or a side.
    For,
    /// Votes or ballots against it.
    Against,
    /// Ballots spoiled, blank or void.
    Invalid,
}

impl Event {
    pub const ALL: [Event; 14] = [
        Event::Launched,
        Event::Destroyed,
        Event::Lost,
        Event::Diverted,
        Event::Hit,
        Event::Killed,
        Event::Injured,
        Event::Survived,
        Event::Missing,
        Event::Damaged,
        Event::Aboard,
        Event::For,
        Event::Against,
        Event::Invalid,
    ];

    /// The class name in `events.txt`, as messages say it ("145 launched").
    pub fn name(self) -> &'static str {
        match self {
            Event::Launched => "launched",
            Event::Destroyed => "destroyed",
            Event::Lost => "lost",
            Event::Diverted => "diverted",
            Event::Hit => "hit",
            Event::Killed => "killed",
            Event::Injured => "injured",
            Event::Survived => "survived",
            Event::Missing => "missing",
            Event::Damaged => "damaged",
            Event::Aboard => "aboard",
            Event::For => "for",
            Event::Against => "against",
            Event::Invalid => "invalid",
        }
    }
}

impl Class for Event {
    fn from_name(name: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// What a figure counts: the classes of `lexicon/things.txt`. A noun no
/// class knows stays a string on the mention (`Mention::thing`); code that
/// reasons about kinds of thing (weapons are launched, people aboard) reads
/// this enum, never the string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Thing {
    Drone,
    Missile,
    Rocket,
    Bomb,
    Aircraft,
    Tank,
    Person,
    Building,
    Vehicle,
    Region,
    Vote,
    Seat,
    Medal,
    Case,
    Crime,
    Job,
    Day,
}

impl Thing {
    pub const ALL: [Thing; 17] = [
        Thing::Drone,
        Thing::Missile,
        Thing::Rocket,
        Thing::Bomb,
        Thing::Aircraft,
        Thing::Tank,
        Thing::Person,
        Thing::Building,
        Thing::Vehicle,
        Thing::Region,
        Thing::Vote,
        Thing::Seat,
        Thing::Medal,
        Thing::Case,
        Thing::Crime,
        Thing::Job,
        Thing::Day,
    ];

    /// The class name in `things.txt`.
    pub fn name(self) -> &'static str {
        match self {
            Thing::Drone => "drone",
            Thing::Missile => "missile",
            Thing::Rocket => "rocket",
            Thing::Bomb => "bomb",
            Thing::Aircraft => "aircraft",
            Thing::Tank => "tank",
            Thing::Person => "person",
            Thing::Building => "building",
            Thing::Vehicle => "vehicle",
            Thing::Region => "region",
            Thing::Vote => "vote",
            Thing::Seat => "seat",
            Thing::Medal => "medal",
            Thing::Case => "case",
            Thing::Crime => "crime",
            Thing::Job => "job",
            Thing::Day => "day",
        }
    }

    /// Things fired at a target: launched, then downed, lost, diverted or
    /// hitting it.
    pub fn is_weapon(self) -> bool {
        matches!(self, Thing::Drone | Thing::Missile | Thing::Rocket | Thing::Bomb)
    }
}

impl Class for Thing {
    fn from_name(name: &str) -> Option<Thing> {
        Thing::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What a preposition of place opens: the classes of `lexicon/places.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// "at", "in", "over": where something is.
    At,
    /// "towards": where something goes.
    Toward,
    /// "from", "under", "among": what a count is drawn from or counted within.
    Scope,
}

impl Class for Place {
    fn from_name(name: &str) -> Option<Place> {
        crate::mentions::lexicon::named(&[("at", Place::At), ("toward", Place::Toward), ("scope", Place::Scope)], name)
    }
}

/// The classes of `lexicon/context.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// A verb of attack: "attacked", "targeted".
    Attack,
    /// A word that adds to a count: "20 more drones".
    More,
    /// A word before a figure in predicate position: "stood at", "reached".
    Predicate,
    /// A noun that makes "of which" a compound preposition: "as a result of which".
    Compound,
    /// A body through which a state speaks: "the air force", "the ministry".
    Organ,
}

impl Class for Context {
    fn from_name(name: &str) -> Option<Context> {
        crate::mentions::lexicon::named(
            &[
                ("attack", Context::Attack),
                ("more", Context::More),
                ("predicate", Context::Predicate),
                ("compound", Context::Compound),
                ("organ", Context::Organ),
            ],
            name,
        )
    }
}

/// The entries of a table of [`parse::table`], `(phrase, class, implied)`
/// (a form on a line without a class is its own class), ordered by first
/// word as build.rs ordered them: read by splitting, with no allocation
/// but the entries.
pub fn table_entries(table: &'static str) -> std::vec::IntoIter<(&'static str, &'static str, Option<&'static str>)> {
    let mut entries: Vec<(&str, &str, Option<&str>)> = Vec::new();
    for line in split_at(table, b'\n').filter(|l| !l.is_empty()) {
        let (head, forms) = split_once_at(line, b':').unwrap_or(("", line));
        let (class, implied) =
            split_once_at(head, b'|').map_or((head, None), |(class, implied)| (class, Some(implied)));
        for form in split_at(forms, b',') {
            // The lines go by class: each form goes in after the forms of
            // its first word and before those of later words (a stable
            // insertion sort, smaller in the .wasm than the standard
            // library's sort; the longest table has under 300 forms).
            let word = first_word(form);
            let at = entries.partition_point(|e| first_word(e.0) <= word);
            entries.insert(at, (form, if head.is_empty() { form } else { class }, implied));
        }
    }
    entries.into_iter()
}

/// The words of `phrase` after its first.
fn rest_words(phrase: &'static str) -> Box<[&'static str]> {
    match split_once_at(phrase, b' ') {
        Some((_, rest)) if !rest.is_empty() => split_at(rest, b' ').collect(),
        _ => Box::new([]),
    }
}

impl Lexicon {
    /// A lexicon of a table of [`parse::table`]: read by splitting, with
    /// no allocation but the entries and their index.
    pub fn of(table: &'static str) -> Lexicon {
        let entries: Vec<Entry> = table_entries(table)
            .map(|(phrase, class, implied)| Entry { phrase, class, implied, rest: rest_words(phrase) })
            .collect();
        let firsts: Vec<&str> = entries.iter().map(|e| first_word(e.phrase)).collect();
        let mut run_ends = vec![0; firsts.len()];
        let mut end = firsts.len();
        for i in (0..firsts.len()).rev() {
            if firsts.get(i + 1).is_some_and(|next| *next != firsts[i]) {
                end = i + 1;
            }
            run_ends[i] = end as u32;
        }
        Lexicon { entries, firsts: WordIndex::new(firsts), run_ends }
    }

    /// The entries whose phrase begins with `word`.
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    fn starting(&self, word: HashedWord) -> &[Entry] {
        match self.firsts.get(word) {
            Some(from) => &self.entries[from..self.run_ends[from] as usize],
            None => &[],
        }
    }

    /// The longest phrase of `words` starting at its first word, with its
    /// class read into `C`.
    pub fn match_class<C: Class>(&self, words: &[&str]) -> Option<(usize, C)> {
        let (n, class, _) = self.match_at(words)?;
        Some((n, C::from_name(class)?))
    }

    /// The class names of the lexicon that `C` does not know.
    pub fn unknown_classes<C: Class>(&self) -> Vec<&'static str> {
        let mut unknown: Vec<&'static str> =
            self.entries.iter().map(|e| e.class).filter(|c| C::from_name(c).is_none()).collect();
        unknown.sort_unstable();
        unknown.dedup();
        unknown
    }

    /// The longest phrase of `words` starting at its first word, as
    /// `(words used, class, implied)`.
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn match_at(&self, words: &[&str]) -> Option<(usize, &'static str, Option<&'static str>)> {
        self.match_from(HashedWord::new(words.first()?), words)
    }

    /// [`Lexicon::match_at`] for a phrase of a text's tokens, whose first
    /// word comes hashed.
    pub fn match_phrase(&self, phrase: &Phrase) -> Option<(usize, &'static str, Option<&'static str>)> {
        self.match_from(phrase.first_word()?, phrase)
    }

    fn match_from(&self, first: HashedWord, words: &[&str]) -> Option<(usize, &'static str, Option<&'static str>)> {
        // The words after the first that a phrase has, if they follow in `words`.
        let rest_matched = |rest: &[&str]| {
            let n = rest.len();
            (n == 0 || (n < words.len() && rest.iter().zip(&words[1..]).all(|(a, b)| a == b))).then_some(n)
        };
        self.starting(first)
            .iter()
            .filter_map(|e| Some((rest_matched(&e.rest)?, e)))
            .max_by_key(|(n, _)| *n)
            .map(|(n, e)| (n + 1, e.class, e.implied))
    }

    /// Whether some phrase starts with `word`: a cheap test before
    /// gathering the words that follow it.
    pub fn starts<'w>(&self, word: impl Into<HashedWord<'w>>) -> bool {
        self.firsts.get(word).is_some()
    }

    /// Whether `word` alone is one of the lexicon's forms.
    pub fn contains<'w>(&self, word: impl Into<HashedWord<'w>>) -> bool {
        self.get(word).is_some()
    }

    #[inline]
    pub fn get<'w>(&self, word: impl Into<HashedWord<'w>>) -> Option<&'static str> {
        self.get_word(word.into())
    }

    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    fn get_word(&self, word: HashedWord) -> Option<&'static str> {
        // Every phrase of the run begins with the word: the one as long is it.
        self.starting(word).iter().find(|e| e.phrase.len() == word.len()).map(|e| e.class)
    }

    /// The class of `word` alone, read into `C`.
    pub fn class_of<'w, C: Class>(&self, word: impl Into<HashedWord<'w>>) -> Option<C> {
        self.get(word).and_then(C::from_name)
    }
}

pub struct Lexicons {
    pub things: Lexicon,
    pub events: Lexicon,
    pub owners: Lexicon,
    pub periods: Lexicon,
    pub say: Lexicon,
    /// Function words: never what a figure counts, a source or a noun.
    pub stop: Lexicon,
    /// Words skipped between a figure and the verb of its event.
    pub aux: Lexicon,
    /// Words that are no source ("statement", "telegram").
    pub not_sources: Lexicon,
    /// Words the search from a figure to its verb steps over ("of which").
    pub step_to_verb: Lexicon,
    /// Prepositions that open a phrase of place ([`Place`]).
    pub places: Lexicon,
    /// Words around a figure's noun or verb that tell how it reads ([`Context`]).
    pub context: Lexicon,
}

/// The lexicons, from build.rs's tables; their word indexes are built at
/// first use.
pub fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| Lexicons {
        things: Lexicon::of(THINGS),
        events: Lexicon::of(EVENTS),
        owners: Lexicon::of(OWNERS),
        periods: Lexicon::of(PERIODS),
        say: Lexicon::of(SAY),
        stop: Lexicon::of(STOP),
        aux: Lexicon::of(AUX),
        not_sources: Lexicon::of(NOT_SOURCES),
        step_to_verb: Lexicon::of(STEP_TO_VERB),
        places: Lexicon::of(PLACES),
        context: Lexicon::of(CONTEXT),
    })
}

/// Forms that a lexicon's text gives more than once, with the classes they
/// were given: a form twice in one class is a slip, in two classes a
/// conflict the longest-match lookup would settle silently.
pub fn repeated_forms(data: &str) -> Vec<String> {
    let mut seen: FxMap<String, String> = FxMap::default();
    let mut repeated = Vec::new();
    for line in data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (class, forms) = line.split_once(':').map_or(("", line), |(h, f)| (h.trim(), f));
        for form in forms.split(',').map(normalise).filter(|f| !f.is_empty()) {
            if let Some(before) = seen.insert(form.clone(), class.to_owned()) {
                repeated.push(format!("\"{form}\" in {before:?} and {class:?}"));
            }
        }
    }
    repeated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_in_the_lexicons_is_an_event_of_the_code_and_back() {
        let l = lexicons();
        assert_eq!(l.events.unknown_classes::<Event>(), Vec::<&str>::new());
        let implied: Vec<&str> = l.things.entries.iter().filter_map(|e| e.implied).collect();
        assert!(implied.iter().all(|i| Event::from_name(i).is_some()), "{implied:?}");
        let classes: Vec<&str> = l.events.entries.iter().map(|e| e.class).collect();
        for event in Event::ALL {
            assert!(classes.contains(&event.name()), "{} is not a class of events.txt", event.name());
        }
    }

    #[test]
    fn every_class_of_things_is_a_thing_of_the_code_and_back() {
        let l = lexicons();
        assert_eq!(l.things.unknown_classes::<Thing>(), Vec::<&str>::new());
        let classes: Vec<&str> = l.things.entries.iter().map(|e| e.class).collect();
        for thing in Thing::ALL {
            assert!(classes.contains(&thing.name()), "{} is not a class of things.txt", thing.name());
        }
    }

    #[test]
    fn every_class_of_places_and_context_is_known_to_the_code() {
        assert_eq!(lexicons().places.unknown_classes::<Place>(), Vec::<&str>::new());
        assert_eq!(lexicons().context.unknown_classes::<Context>(), Vec::<&str>::new());
    }

    #[test]
    fn no_lexicon_gives_a_form_twice() {
        for (name, data) in [
            ("things", include_str!("lexicon/things.txt")),
            ("events", include_str!("lexicon/events.txt")),
            ("owners", include_str!("lexicon/owners.txt")),
            ("periods", include_str!("lexicon/periods.txt")),
            ("say", include_str!("lexicon/say.txt")),
            ("stop", include_str!("lexicon/stop.txt")),
            ("aux", include_str!("lexicon/aux.txt")),
            ("not-sources", include_str!("lexicon/not-sources.txt")),
            ("step-to-verb", include_str!("lexicon/step-to-verb.txt")),
            ("places", include_str!("lexicon/places.txt")),
            ("context", include_str!("lexicon/context.txt")),
        ] {
            assert_eq!(repeated_forms(data), Vec::<String>::new(), "lexicon/{name}.txt");
        }
        assert_eq!(repeated_forms("a: one, two\nb: Two"), vec!["\"two\" in \"a\" and \"b\"".to_owned()]);
    }

    #[test]
    fn no_word_file_of_a_check_or_of_the_recogniser_gives_a_form_twice() {
        // Each check's test also holds its own files to its enum; this one
        // reaches the files whose check has no such test.
        assert!(tabled::ALL.len() > 20, "{} word files tabled", tabled::ALL.len());
        for file in tabled::ALL {
            assert_eq!(repeated_forms(&file.text()), Vec::<String>::new(), "{}", file.source);
        }
    }

    /// `text` parsed and sorted as a table's entries are.
    fn parsed(text: &str, plurals: bool) -> Vec<(String, String, Option<String>)> {
        let entries = parse::sorted(parse::parse_lexicon(text, plurals));
        entries.into_iter().map(|e| (e.phrase, e.class.into_owned(), e.implied.map(str::to_owned))).collect()
    }

    /// A table's entries, owned, to compare with [`parsed`].
    fn read_back(table: &'static str) -> Vec<(String, String, Option<String>)> {
        table_entries(table).map(|(p, c, i)| (p.to_owned(), c.to_owned(), i.map(str::to_owned))).collect()
    }

    #[test]
    fn every_table_reads_back_as_its_file_sorted_by_first_word() {
        assert_eq!(read_back(THINGS), parsed(include_str!("lexicon/things.txt"), true));
        for (table, text) in [
            (EVENTS, include_str!("lexicon/events.txt")),
            (OWNERS, include_str!("lexicon/owners.txt")),
            (PERIODS, include_str!("lexicon/periods.txt")),
            (SAY, include_str!("lexicon/say.txt")),
            (STOP, include_str!("lexicon/stop.txt")),
            (AUX, include_str!("lexicon/aux.txt")),
            (NOT_SOURCES, include_str!("lexicon/not-sources.txt")),
            (STEP_TO_VERB, include_str!("lexicon/step-to-verb.txt")),
            (PLACES, include_str!("lexicon/places.txt")),
            (CONTEXT, include_str!("lexicon/context.txt")),
        ] {
            assert_eq!(read_back(table), parsed(text, false));
        }
        for file in tabled::ALL {
            assert_eq!(read_back(file.table), parsed(&file.text(), false), "{}", file.source);
        }
    }

    #[test]
    fn classes_that_must_each_come_first_are_written_a_run_a_line() {
        // "x" puts class b's phrase first, "y" class a's: no order of one
        // line a class keeps both.
        let text = "b: x one\na: x two, y one\nb: y two\nz\nw";
        let table = parse::table(parse::parse_lexicon(text, false));
        assert_eq!(table, "w\nb:x one\na:x two,y one\nb:y two\nz\n");
        assert_eq!(read_back(table.leak()), parsed(text, false));
        let table = parse::table(parse::parse_lexicon("b: x one, y\na: x two, y two\nc, w", false));
        assert_eq!(table, "c,w\nb:x one,y\na:x two,y two\n");
    }

    #[test]
    fn synonyms_and_plurals_share_a_class() {
        let l = lexicons();
        for w in ["drone", "drones", "uav", "uavs", "shahed", "decoys"] {
            assert_eq!(l.things.get(w), Some("drone"), "{w}");
        }
        assert_eq!(
            l.things.match_at(&["unmanned", "aerial", "vehicles", "flew"]).map(|m| (m.0, m.1)),
            Some((3, "drone"))
        );
        assert_eq!(l.things.get("casualties"), Some("person"));
        assert_eq!(l.things.match_at(&["dead"]).map(|m| m.2), Some(Some("killed")));
    }

    #[test]
    fn events_match_the_longest_phrase() {
        let l = lexicons();
        assert_eq!(l.events.match_at(&["shot", "down", "over"]).map(|m| (m.0, m.1)), Some((2, "destroyed")));
        assert_eq!(l.events.match_at(&["flew", "into"]).map(|m| m.1), Some("diverted"));
    }
}
