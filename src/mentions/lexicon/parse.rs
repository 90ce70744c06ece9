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
        let line_forms: Vec<String> = forms.split(',').map(normalise).collect();
        for form in line_forms.iter().cloned() {
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
            if plurals && !already_plural(&form, &line_forms) {
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

/// Whether a form is a plural already, and takes no second one ("babieses"
/// is no word): its last word ends as plurals do ("babies", "children",
/// "women", "people", "lives"), or its line also gives it without the
/// plural ending ("shaheds" beside "shahed").
fn already_plural(form: &str, line_forms: &[String]) -> bool {
    let last = form.rsplit_once(' ').map_or(form, |(_, l)| l);
    let singular_given = |n: usize| form.len() > n && line_forms.iter().any(|f| *f == form[..form.len() - n]);
    ["ies", "ren", "men", "people", "ves"].iter().any(|end| last.ends_with(end))
        || form.ends_with('s') && (singular_given(1) || form.ends_with("es") && singular_given(2))
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
    // By bytes: a char search brings the standard library's searcher into the .wasm.
    &phrase[..phrase.bytes().position(|b| b == b' ').unwrap_or(phrase.len())]
}

/// `entries` ordered by first word (stably), so that the phrases that
/// begin with one word lie together.
pub fn sorted(mut entries: Vec<ParsedEntry<'_>>) -> Vec<ParsedEntry<'_>> {
    entries.sort_by(|a, b| first_word(&a.phrase).cmp(first_word(&b.phrase)));
    entries
}

/// A lexicon's entries as the tables build.rs writes: a line a class,
/// `class:form,form`, `class|implied:form,form`, or `form,form` for forms
/// that are each their own class. Read back by splitting and a stable sort
/// by first word ([`crate::mentions::lexicon::table_entries`]), which gives
/// the entries in [`sorted`] order: the lines are ordered so that the forms
/// sharing a first word keep that order. A class written once for all its
/// forms makes the Wasm build's tables 1.7 KB smaller gzipped than a line a
/// form with its class repeated; a table of string slices made it 5 KB
/// larger than either.
pub fn table(entries: Vec<ParsedEntry<'_>>) -> String {
    let entries = sorted(entries);
    let head = |e: &ParsedEntry| -> String {
        match e.implied {
            Some(implied) => format!("{}|{implied}", e.class),
            None if e.class == e.phrase => String::new(),
            None => e.class.to_string(),
        }
    };
    for e in &entries {
        for field in [e.phrase.as_str(), &e.class, e.implied.unwrap_or_default()] {
            assert!(
                !field.contains([':', ',', '|', '\n']),
                "a lexicon entry holds ':', ',', '|' or a line break: {field:?}"
            );
        }
    }
    // Each entry's class line, the lines in the order their classes first come.
    let mut heads: Vec<String> = Vec::new();
    let mut line_of = Vec::new();
    for e in &entries {
        let h = head(e);
        line_of.push(heads.iter().position(|x| *x == h).unwrap_or_else(|| {
            heads.push(h);
            heads.len() - 1
        }));
    }
    match lines_in_order(&entries, &line_of, heads.len()) {
        Some(order) => order
            .into_iter()
            .map(|line| {
                let forms: Vec<&str> =
                    entries.iter().zip(&line_of).filter(|(_, l)| **l == line).map(|(e, _)| e.phrase.as_str()).collect();
                let colon = if heads[line].is_empty() { "" } else { ":" };
                format!("{}{colon}{}\n", heads[line], forms.join(","))
            })
            .collect(),
        // Classes that would each have to come before the other: a line for
        // each run of one class, in the sorted order itself.
        None => {
            let mut out = String::new();
            for (i, e) in entries.iter().enumerate() {
                if i > 0 && line_of[i - 1] == line_of[i] {
                    out.pop();
                    out.push(',');
                } else if !heads[line_of[i]].is_empty() {
                    out.push_str(&heads[line_of[i]]);
                    out.push(':');
                }
                out.push_str(&e.phrase);
                out.push('\n');
            }
            out
        }
    }
}

/// An order of the `lines` class lines (`line_of` each entry's) in which
/// any two sorted entries sharing a first word but not a line keep their
/// order, each line as early as it may go; `None` if there is none.
fn lines_in_order(entries: &[ParsedEntry<'_>], line_of: &[usize], lines: usize) -> Option<Vec<usize>> {
    let mut before = vec![Vec::new(); lines];
    for (i, a) in entries.iter().enumerate() {
        for (j, b) in entries.iter().enumerate().skip(i + 1) {
            if line_of[i] != line_of[j] && first_word(&a.phrase) == first_word(&b.phrase) {
                before[line_of[j]].push(line_of[i]);
            }
        }
    }
    let mut order: Vec<usize> = Vec::new();
    while order.len() < lines {
        let next = (0..lines).find(|l| !order.contains(l) && before[*l].iter().all(|b| order.contains(b)))?;
        order.push(next);
    }
    Some(order)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_form_already_plural_takes_no_second_plural() {
        let entries = super::parse_lexicon(
            "drone: drone, drones, shahed, shaheds\nperson: babies, lives, child, children\n",
            true,
        );
        let phrases: Vec<&str> = entries.iter().map(|e| e.phrase.as_str()).collect();
        for form in ["drones", "shaheds", "children"] {
            assert!(phrases.contains(&form), "{form} in {phrases:?}");
        }
        for junk in ["droneses", "shahedses", "babieses", "liveses"] {
            assert!(!phrases.contains(&junk), "{junk} in {phrases:?}");
        }
    }
}
