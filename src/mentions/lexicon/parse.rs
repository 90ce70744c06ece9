//! How a lexicon file reads: `class: form, form` lines, `#` comments, a line
//! without `:` giving forms that are their own class, `class/implied` for a
//! class that implies an event. Shared by the build script, which turns the
//! files of this folder, the checks' cue files and the recogniser's word
//! files into static tables (so nothing parses them at run time), and by
//! the lexicons' tests.

use std::borrow::Cow;
use std::collections::BTreeMap;

/// One phrase of a lexicon: lower case, hyphens read as spaces, single
/// spaces between words.
pub struct ParsedEntry<'a> {
    pub phrase: String,
    /// The class; on a line without `:`, the form itself (a say verb).
    pub class: Cow<'a, str>,
    pub implied: Option<&'a str>,
}

/// The entries of a lexicon's text, each phrase once, in the order first
/// given. A later form overrides an earlier one; with `plurals`, each form's
/// plural is added too (with the form's class) unless that phrase is given.
pub fn parse_lexicon(data: &str, plurals: bool) -> Vec<ParsedEntry<'_>> {
    let mut entries: Vec<ParsedEntry> = Vec::new();
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
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
            let class = if class.is_empty() { Cow::Owned(form.clone()) } else { Cow::Borrowed(class) };
            let mut put = |phrase: String, replace: bool| match at.get(&phrase) {
                Some(&i) if replace => (entries[i].class, entries[i].implied) = (class.clone(), implied),
                Some(_) => {}
                None => {
                    at.insert(phrase.clone(), entries.len());
                    entries.push(ParsedEntry { phrase, class: class.clone(), implied });
                }
            };
            if plurals {
                for plural in plural_forms(&form) {
                    put(plural, false);
                }
            }
            put(form, true);
        }
    }
    entries
}

/// A form as lexicons compare it: lower case, hyphens read as spaces.
pub fn normalise(form: &str) -> String {
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

/// The first word of a phrase: the key a lookup finds its entries by.
pub fn first_word(phrase: &str) -> &str {
    phrase.split_once(' ').map_or(phrase, |(first, _)| first)
}

/// `entries` ordered by first word (stably), so that the phrases that
/// begin with one word lie together.
pub fn sorted(mut entries: Vec<ParsedEntry<'_>>) -> Vec<ParsedEntry<'_>> {
    entries.sort_by(|a, b| first_word(&a.phrase).cmp(first_word(&b.phrase)));
    entries
}

/// A lexicon's entries as the tables build.rs writes: one line an entry,
/// `phrase|class` or `phrase|class|implied`, or `phrase` alone for a form
/// that is its own class, ordered by first word, so that
/// the phrases that begin with one word lie together. Read back by
/// splitting alone (`Lexicon::of`); about as small as the files themselves,
/// where a table of string slices made the Wasm build 5 KB larger gzipped.
pub fn table(entries: Vec<ParsedEntry<'_>>) -> String {
    let mut out = String::new();
    for e in sorted(entries) {
        // A form that is its own class (a say verb, a stop word) is written once.
        let class = (e.class != e.phrase || e.implied.is_some()).then_some(&*e.class);
        let fields = [Some(e.phrase.as_str()), class, e.implied];
        for (i, field) in fields.into_iter().flatten().enumerate() {
            assert!(!field.contains(['|', '\n']), "a lexicon entry holds '|' or a line break: {field:?}");
            out.push_str(if i == 0 { "" } else { "|" });
            out.push_str(field);
        }
        out.push('\n');
    }
    out
}
