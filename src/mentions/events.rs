//! What happened to what a figure counts: the event verb after or before it.

use super::lexicon::Context;
use super::*;

impl Doc<'_> {
    /// The event: a verb just before the figure ("downed 48"), or after
    /// its noun phrase ("71 of which were downed", "One UAV flew into").
    pub(super) fn read_event(&self, m: &mut Mention) {
        if m.event.is_some() {
            return;
        }
        let (a, b) = self.sentence_words(m.sentence);
        // "struck Ukraine with 97 drones", "attacked the city with 40
        // missiles": the weapons an attack was made with were launched,
        // whatever the verb says happened to the target.
        if self.is_weapon_of_attack(m, a) {
            m.event = Some(Event::Launched);
            return;
        }
        // A verb right before the figure governs it: "intercepted 61 drones
        // launched by Russia" were intercepted. One reached over "and" is
        // shared only when the figure has no verb of its own: "downed 52 and
        // 30 were lost".
        let before = self.event_before(m, a, 2);
        let coordinated = m.first > a && crate::lc_in!(self, m.first - 1, ["and", "or"]);
        if let Some(event) = before
            && !coordinated
        {
            m.event = Some(event);
            return;
        }
        // "22 more drones out of a total of 83 were lost": the verb after a
        // whole named by its part is the part's.
        let here = self.mention_of.get(m.figure).copied().flatten().unwrap_or(0);
        let names_whole = self.mentions[here.saturating_sub(3)..here]
            .iter()
            .any(|p| p.part_of == Some(m.figure) && p.sentence == m.sentence);
        if names_whole {
            m.event = before;
            return;
        }
        // Right: after the noun phrase, over auxiliaries and an aside; else
        // a verb before, farther back.
        m.event = self.event_after(m, b).or(before).or_else(|| self.event_before(m, a, 4));
    }

    /// The event a verb after the figure's noun phrase names, over
    /// auxiliaries, adverbs and a short aside: "71 of which were downed".
    fn event_after(&self, m: &Mention, b: usize) -> Option<Event> {
        let lex = &lexicons().events;
        let mut j = self.verb_search_start(m, b);
        let (mut steps, mut negated) = (0, false);
        while j < b && steps < 8 {
            let w = self.lc(j);
            if self.is_word(j) {
                if let Some((_, event)) = lex.match_class::<Event>(&self.phrase_at(j, 3))
                    && (event != Event::Launched || steps <= 3)
                {
                    // "nine did not reach a target": a hit denied is a
                    // weapon lost, an injury denied a survival ("were not
                    // hurt"); any other fate denied is none.
                    return match event {
                        _ if !negated => Some(event),
                        Event::Hit => Some(Event::Lost),
                        Event::Injured => Some(Event::Survived),
                        _ => None,
                    };
                }
                if crate::one_of!(w, ["did", "not", "never", "didn", "t"]) {
                    negated |= w != "did";
                    j += 1;
                    steps += 1;
                    continue;
                }
                // "180 of the drones and 21 of the missiles were downed": the
                // verb after a coordinated figure is shared.
                if crate::one_of!(w, ["and", "or"])
                    && steps <= 1
                    && let Some(other) = self.figure_at_word(j + 1).and_then(|f| self.mention(f))
                {
                    j = self.after_noun(other);
                    steps += 1;
                    continue;
                }
                let adverb = w.ends_with("ly") && w.len() > 4;
                // "230 migrants from Libya had vanished": a place named after
                // the noun leaves the verb after it the figure's.
                if steps == 0 && w == "from" && super::capitalised(self, j + 1) {
                    j += 1;
                    while j < b && super::capitalised(self, j) {
                        j += 1;
                    }
                    steps += 1;
                    continue;
                }
                if !adverb && !lexicons().aux.contains(w) && !lexicons().step_to_verb.contains(w) {
                    break;
                }
            } else if w == "," {
                // Skip a short aside: ", including civilians,".
                let close = (j + 1..(j + 6).min(b)).find(|&k| self.lc(k) == ",");
                match close {
                    Some(k) if steps == 0 => {
                        j = k + 1;
                        steps += 1;
                        continue;
                    }
                    _ => break,
                }
            } else if w != "'" && w != "\"" {
                break;
            }
            j += 1;
            steps += 1;
        }
        None
    }

    /// Whether weapon figure `m` follows "with" after a verb of attack
    /// ("struck", "hit", "attacked", "targeted") a few words before it.
    fn is_weapon_of_attack(&self, m: &Mention, a: usize) -> bool {
        if m.first <= a || !self.is(m.first - 1, "with") || !m.class().is_some_and(Thing::is_weapon) {
            return false;
        }
        let lex = &lexicons().events;
        (m.first.saturating_sub(6).max(a)..m.first - 1).any(|j| {
            lexicons().context.class_of(self.word(j)) == Some(Context::Attack)
                || lex.match_class::<Event>(&self.phrase_at(j, 1)).is_some_and(|(_, e)| e == Event::Hit)
        })
    }

    /// The word after the figure's noun phrase, where its verb may start.
    fn verb_search_start(&self, m: &Mention, b: usize) -> usize {
        let mut j = match m.noun {
            Some(n) => self.word_at(n.end),
            None => m.end,
        };
        // "71 of which were downed": the verb comes after the cue. In "of
        // which 70 were destroyed" it follows the figure at once.
        if m.cues.of_which && self.is(m.end, "of") {
            j = (m.end + 2).min(b);
        }
        if let Some(total) = m.part_of.and_then(|f| self.mention(f)) {
            // "18 more drones out of a group of 90 were lost".
            j = j.max(self.after_noun(total));
        }
        j
    }

    /// An event verb ending within `limit` words before the figure; "and"
    /// after a coordinated figure passes on to that figure's verb ("fired
    /// 40 missiles and 96 drones").
    pub(super) fn event_before(&self, m: &Mention, a: usize, limit: usize) -> Option<Event> {
        let lex = &lexicons().events;
        // Whether an event phrase starts at a word, looked up once per word:
        // the phrases ending at neighbouring words start at the same words.
        let mut known = [(usize::MAX, false); 8];
        let mut starts_event = |k: usize| {
            let slot = &mut known[k % 8];
            if slot.0 != k {
                *slot = (k, lex.starts(self.word(k)));
            }
            slot.1
        };
        let mut j = m.first;
        let mut steps = 0;
        while j > a && steps < limit {
            j -= 1;
            steps += 1;
            let w = self.lc(j);
            if !self.is_word(j) {
                break;
            }
            // The longest event phrase ending here, tried only where a
            // phrase of the lexicon starts.
            for back in (0..3).rev() {
                if j >= a + back && starts_event(j - back) {
                    let words = self.phrase_at(j - back, back + 1);
                    if let Some((n, event)) = lex.match_class::<Event>(&words)
                        && n == back + 1
                    {
                        return Some(event);
                    }
                }
            }
            if crate::one_of!(w, ["and", "or"]) && steps == 1 && j > a {
                // Over a coordinated figure and its noun.
                let here = self.mentions.partition_point(|p| p.first < j);
                let prev = self.mentions[here.saturating_sub(3)..here]
                    .iter()
                    .rev()
                    .find(|p| p.sentence == m.sentence && self.after_noun(p) == j);
                if let Some(p) = prev {
                    j = p.first;
                    steps = 0;
                    continue;
                }
            }
            if crate::one_of!(w, ["and", "or", "while", "but", "which", "that"]) || self.figure_at_word(j).is_some() {
                break;
            }
        }
        None
    }
}
