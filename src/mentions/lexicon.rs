//! The word lists mentions are built from, compiled into the binary from the
//! plain-text files in `lexicon/` (one class a line, `class: form, form`),
//! so that extending a list is editing a line of text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::text::fx_hash;

/// A lexicon: lower-case phrases (hyphens read as spaces) to a class, with
/// an optional second value (the event a noun implies). Phrases are found
/// by their first word, so a lookup allocates nothing.
pub struct Lexicon {
    by_first: HashMap<String, Vec<Entry>, BuildHasherDefault<Fx>>,
}

struct Entry {
    rest: Vec<String>,
    class: &'static str,
    implied: Option<&'static str>,
}

/// The Fx hash ([`fx_hash`]): the keys are short words and small tuples,
/// which SipHash handles slowly. Every hash map in the core uses it (see
/// [`FxMap`]), so the Wasm build carries one hasher and no random keys.
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

impl Lexicon {
    /// A lexicon of `class: form, form` lines (`#` comments), e.g. a check's
    /// own cue words: `Lexicon::from_text(include_str!("cues.txt"))`.
    pub fn from_text(data: &'static str) -> Lexicon {
        Lexicon::parse(data, false)
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
            self.by_first.values().flatten().map(|e| e.class).filter(|c| C::from_name(c).is_none()).collect();
        unknown.sort_unstable();
        unknown.dedup();
        unknown
    }

    fn parse(data: &'static str, plurals: bool) -> Lexicon {
        let mut lexicon = Lexicon { by_first: HashMap::default() };
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (head, forms) = match line.split_once(':') {
                Some((h, f)) => (h.trim(), f),
                None => ("", line),
            };
            let (class, implied) = match head.split_once('/') {
                Some((c, e)) => (c, Some(e)),
                None => (head, None),
            };
            for form in forms.split(',') {
                let form = normalise(form);
                if form.is_empty() {
                    continue;
                }
                let class = if class.is_empty() { leak(&form) } else { class };
                if plurals {
                    for plural in plural_forms(&form) {
                        lexicon.insert(&plural, class, implied, false);
                    }
                }
                lexicon.insert(&form, class, implied, true);
            }
        }
        lexicon
    }

    fn insert(&mut self, phrase: &str, class: &'static str, implied: Option<&'static str>, replace: bool) {
        let mut words = phrase.split(' ').map(str::to_owned);
        let first = words.next().unwrap_or_default();
        let rest: Vec<String> = words.collect();
        let entries = self.by_first.entry(first).or_default();
        match entries.iter_mut().find(|e| e.rest == rest) {
            Some(e) if replace => (e.class, e.implied) = (class, implied),
            Some(_) => {}
            None => entries.push(Entry { rest, class, implied }),
        }
    }

    /// The longest phrase of `words` starting at its first word, as
    /// `(words used, class, implied)`.
    pub fn match_at(&self, words: &[&str]) -> Option<(usize, &'static str, Option<&'static str>)> {
        let first = words.first()?;
        let entries = self.by_first.get(*first)?;
        entries
            .iter()
            .filter(|e| e.rest.len() < words.len() && e.rest.iter().zip(&words[1..]).all(|(a, b)| a == b))
            .max_by_key(|e| e.rest.len())
            .map(|e| (e.rest.len() + 1, e.class, e.implied))
    }

    /// Whether some phrase starts with `word`: a cheap test before
    /// gathering the words that follow it.
    pub fn starts(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Whether `word` alone is one of the lexicon's forms.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn get(&self, word: &str) -> Option<&'static str> {
        self.by_first.get(word)?.iter().find(|e| e.rest.is_empty()).map(|e| e.class)
    }
}

/// Interned class names for forms that are their own class (say verbs).
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn normalise(form: &str) -> String {
    form.trim().to_ascii_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// English plurals of the last word of a phrase: drone → drones,
/// casualty → casualties, bus → buses.
fn plural_forms(form: &str) -> Vec<String> {
    let (stem, last) = match form.rsplit_once(' ') {
        Some((s, l)) => (format!("{s} "), l),
        None => (String::new(), form),
    };
    let mut out = Vec::new();
    if let Some(base) = last.strip_suffix('y').filter(|b| !b.ends_with(['a', 'e', 'o', 'u'])) {
        out.push(format!("{stem}{base}ies"));
    } else if last.ends_with(['s', 'x', 'z']) || last.ends_with("ch") || last.ends_with("sh") {
        out.push(format!("{stem}{last}es"));
    } else {
        out.push(format!("{stem}{last}s"));
    }
    out
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
}

/// The lexicons, parsed once.
pub fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| Lexicons {
        things: Lexicon::parse(include_str!("lexicon/things.txt"), true),
        events: Lexicon::parse(include_str!("lexicon/events.txt"), false),
        owners: Lexicon::parse(include_str!("lexicon/owners.txt"), false),
        periods: Lexicon::parse(include_str!("lexicon/periods.txt"), false),
        say: Lexicon::parse(include_str!("lexicon/say.txt"), false),
        stop: Lexicon::parse(include_str!("lexicon/stop.txt"), false),
        aux: Lexicon::parse(include_str!("lexicon/aux.txt"), false),
        not_sources: Lexicon::parse(include_str!("lexicon/not-sources.txt"), false),
        step_to_verb: Lexicon::parse(include_str!("lexicon/step-to-verb.txt"), false),
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
        let implied: Vec<&str> = l.things.by_first.values().flatten().filter_map(|e| e.implied).collect();
        assert!(implied.iter().all(|i| Event::from_name(i).is_some()), "{implied:?}");
        let classes: Vec<&str> = l.events.by_first.values().flatten().map(|e| e.class).collect();
        for event in Event::ALL {
            assert!(classes.contains(&event.name()), "{} is not a class of events.txt", event.name());
        }
    }

    #[test]
    fn every_class_of_things_is_a_thing_of_the_code_and_back() {
        let l = lexicons();
        assert_eq!(l.things.unknown_classes::<Thing>(), Vec::<&str>::new());
        let classes: Vec<&str> = l.things.by_first.values().flatten().map(|e| e.class).collect();
        for thing in Thing::ALL {
            assert!(classes.contains(&thing.name()), "{} is not a class of things.txt", thing.name());
        }
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
        ] {
            assert_eq!(repeated_forms(data), Vec::<String>::new(), "lexicon/{name}.txt");
        }
        assert_eq!(repeated_forms("a: one, two\nb: Two"), vec!["\"two\" in \"a\" and \"b\"".to_owned()]);
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
