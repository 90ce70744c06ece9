//! Finds `{{id}}` relations: TODO which wording states one.
//!
//! Precision first: propose a relation only where the wording states it.
//! Look within one sentence (`doc.sentence_words`) or a window
//! (`relation::window`), so the search stays linear.

use std::sync::OnceLock;

use super::{{Relation}};
use crate::checks::relation::{self, Certainty};
use crate::mentions::Doc;
use crate::mentions::lexicon::{Class, Lexicon};

/// The classes of `cues.txt`: a line there is `class: form, form`, and
/// adding a synonym is adding a form to its line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    // TODO one variant per class of cues.txt
    Example,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        match name {
            "example" => Some(Cue::Example),
            _ => None,
        }
    }
}

fn cues() -> &'static Lexicon {
    static CUES: OnceLock<Lexicon> = OnceLock::new();
    CUES.get_or_init(|| Lexicon::from_text(include_str!("cues.txt")))
}

/// The cue starting at word `i`, and the word after it.
fn cue_at(doc: &Doc, i: usize) -> Option<(Cue, usize)> {
    relation::cue_at(doc, cues(), i)
}

pub fn find(doc: &Doc, out: &mut Vec<{{Relation}}>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        // TODO: the cue after this mention's figure, then the figure it relates to.
        if let (Some((Cue::Example, _)), Some(next)) = (cue_at(doc, m.end), doc.mentions.get(mi + 1)) {
            out.push({{Relation}} { total: m.figure, part: next.figure, certainty: Certainty::Stated });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(cues().unknown_classes::<Cue>(), Vec::<&str>::new());
        assert_eq!(crate::mentions::lexicon::repeated_forms(include_str!("cues.txt")), Vec::<String>::new());
    }
}
