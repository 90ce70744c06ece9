//! Finds `{{id}}` relations: TODO which wording states one.
//!
//! Precision first: propose a relation only where the wording states it.
//! Look within one sentence (`doc.sentence_words`) or a window
//! (`relation::window`), so the search stays linear.

use super::{{Relation}};
use crate::checks::relation::{Certainty, CueWords};
use crate::mentions::Doc;
use crate::mentions::lexicon::Class;

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

// build.rs tables `cues.txt` as `tabled::<FOLDER>_CUES`.
static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::{{MODULE}}_CUES);

/// The cue starting at word `i`, and the word after it.
fn cue_at(doc: &Doc, i: usize) -> Option<(Cue, usize)> {
    CUES.at(doc, i)
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
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}
