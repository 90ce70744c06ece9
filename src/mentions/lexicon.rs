//! The word lists mentions are built from, compiled into the binary from the
//! plain-text files in `lexicon/` (one class a line, `class: form, form`),
//! so that extending a list is editing a line of text.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A lexicon: lower-case phrases (hyphens read as spaces) to a class, with
/// an optional second value (the event a noun implies).
pub struct Lexicon {
    phrases: HashMap<String, (&'static str, Option<&'static str>)>,
    longest: usize,
}

impl Lexicon {
    fn parse(data: &'static str, plurals: bool) -> Lexicon {
        let mut phrases = HashMap::new();
        let mut longest = 1;
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
                longest = longest.max(form.split(' ').count());
                let class = if class.is_empty() { leak(&form) } else { class };
                if plurals {
                    for plural in plural_forms(&form) {
                        phrases.entry(plural).or_insert((class, implied));
                    }
                }
                phrases.insert(form, (class, implied));
            }
        }
        Lexicon { phrases, longest }
    }

    /// The longest phrase of `words` starting at its first word, as
    /// `(words used, class, implied)`.
    pub fn match_at(&self, words: &[&str]) -> Option<(usize, &'static str, Option<&'static str>)> {
        let max = self.longest.min(words.len());
        let mut key = String::new();
        let mut best = None;
        for n in 1..=max {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(words[n - 1]);
            if let Some(&(class, implied)) = self.phrases.get(&key) {
                best = Some((n, class, implied));
            }
        }
        best
    }

    pub fn get(&self, word: &str) -> Option<&'static str> {
        self.phrases.get(word).map(|v| v.0)
    }
}

/// Interned class names for forms that are their own class (say verbs).
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn normalise(form: &str) -> String {
    form.trim().to_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ")
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
