//! Whose the counted things are: `Russian drones`, `Ukraine's air force`.

use super::*;

impl Doc<'_> {
    /// The side: an adjective on the noun, "by Russia" after it, or the
    /// subject of the verb before the figure ("Russia launched 145").
    pub(super) fn read_owner(&self, m: &mut Mention) {
        if m.owner.is_some() {
            return;
        }
        let owners = &lexicons().owners;
        let (a, b) = self.sentence_words(m.sentence);
        let after = self.after_noun(m);
        // "drones Russia sent", "drones launched by Russia".
        for j in after..(after + 3).min(b) {
            if let Some(o) = owners.get(self.word(j)) {
                let launched_by = j > after && self.is(j - 1, "by");
                let subject = j == after
                    && lexicons()
                        .events
                        .match_class::<Event>(&self.phrase_at(j + 1, 2))
                        .is_some_and(|e| e.1 == Event::Launched);
                if launched_by || subject {
                    m.owner = Some(o);
                    // "the 135 drones Russia launched" were launched.
                    if m.event.is_none() && (subject || self.is(j - 2, "launched")) {
                        m.event = Some(Event::Launched);
                    }
                    return;
                }
            }
        }
        if m.event == Some(Event::Launched) || m.event.is_none() {
            let lo = m.first.saturating_sub(4).max(a);
            for j in (lo..m.first).rev() {
                if let Some(o) = owners.get(self.word(j)) {
                    if !self.is(j + 1, "'") {
                        m.owner = Some(o);
                    }
                    return;
                }
            }
        }
    }
}
