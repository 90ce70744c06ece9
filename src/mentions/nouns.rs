//! What a figure counts: the noun after it (or before it), the thing class
//! it names, the cues around it and the whole it is a part of.

use super::lexicon::Context;
use super::*;
use crate::text::is_upper;

impl Doc<'_> {
    /// Reads the noun phrase after the figure.
    pub(super) fn read_noun(&self, m: &mut Mention) {
        let lex = lexicons();
        let (_, sentence_end) = self.sentence_words(m.sentence);
        let mut j = self.noun_search_start(m);
        let mut candidate: Option<(usize, usize)> = None;
        let mut words_seen = 0;
        while j < sentence_end && words_seen < 4 {
            let w = &self.words()[j];
            match w.kind {
                TokenKind::Punct => {
                    let p = self.lc(j);
                    // A hyphen joins a compound ("ro-ro ferries"); spaced,
                    // it is a dash that ends the noun phrase.
                    let hyphen = p == "-" && !self.is_dash_aside(j);
                    if (hyphen || p == "'" || p == "’") && candidate.is_some() || p == "\"" || p == "“" || p == "”"
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                TokenKind::Num => break,
                TokenKind::Word => {}
            }
            if self.figure_at_word(j).is_some_and(|f| f != m.figure) {
                break;
            }
            let words = self.phrase_at(j, 4);
            if let Some((n, class, implied)) = lex.things.match_at(&words) {
                // Take the last noun of a run ("drone debris" is debris; "attack drones" drones).
                let next = self.past_hyphens(self.skip_words(j, n), sentence_end);
                let more = self.phrase_at(next, 3);
                if let Some((n2, class2, implied2)) = lex.things.match_at(&more).filter(|_| self.is_word(next)) {
                    let _ = n;
                    self.set_thing(m, j, self.skip_words(next, n2), class2, implied2);
                } else {
                    self.set_thing(m, j, next, class, implied);
                }
                return;
            }
            let word = self.lc(j);
            if let Some(owner) = lex.owners.get(word) {
                m.owner = Some(owner);
                // "43 Malaysians", "one Canadian": a nationality used as a noun.
                let next = self.lc(j + 1);
                if !self.is_word(j + 1) || lexicons().stop.contains(next) {
                    self.set_thing(m, j, j + 1, Thing::Person.name(), None);
                    return;
                }
                j += 1;
                words_seen += 1;
                continue;
            }
            if words_seen == 0 && self.is_nationality_noun(j) {
                self.set_thing(m, j, j + 1, Thing::Person.name(), None);
                return;
            }
            if lex.events.match_phrase(&self.phrase_at(j, 3)).is_some() || lexicons().stop.contains(word) {
                break;
            }
            // "two airstrikes early on Tuesday", "42 schools inspected, ...",
            // "51 passed.": the phrase ended (a verb before any noun, too).
            if (candidate.is_some() || past_form(word)) && self.adverb_ends_phrase(j) {
                break;
            }
            candidate = Some((j, j + 1));
            words_seen += 1;
            j += 1;
        }
        if candidate.is_none() && self.read_noun_before(m) {
            return;
        }
        if let Some((a, b)) = candidate {
            let noun = singular(self.lc(a));
            if noun.len() > 2 && !is_adverb(&noun) {
                m.thing = Some(noun);
                m.noun = Some(Span::new(self.words()[a].span.start, self.words()[b - 1].span.end));
            }
        }
    }

    /// The word after a compound by hyphens that starts with a hyphen at
    /// `k`: "Shahed-type drones" goes on past "-type" to its noun. A dash
    /// with spaces around it ("37 survivors - 33 passengers") is no hyphen.
    fn past_hyphens(&self, mut k: usize, sentence_end: usize) -> usize {
        let words = self.words();
        while self.lc(k) == "-"
            && k + 1 < sentence_end
            && words[k + 1].kind != TokenKind::Punct
            && words[k - 1].span.end == words[k].span.start
            && words[k].span.end == words[k + 1].span.start
        {
            k += 2;
        }
        k
    }

    /// Whether word `j`, after a noun, is an adverb that ends the noun
    /// phrase: a word in -ly that a preposition, an article or punctuation
    /// follows ("two airstrikes early on Tuesday"). In "65 Assam assembly
    /// seats" a noun follows, so the word is a noun's modifier.
    fn adverb_ends_phrase(&self, j: usize) -> bool {
        let w = self.lc(j);
        (is_adverb(w) || past_form(w)) && (!self.is_word(j + 1) || lexicons().stop.contains(self.word(j + 1)))
    }

    /// "a 12-4 lead", "won 3–1": a side of a score counts the side's
    /// points or goals, not the thing counted before it, so it takes no
    /// noun by ellipsis.
    pub(super) fn is_side_of_score(&self, m: &Mention) -> bool {
        // Not across an em dash: "the remaining six—three in one town, ..."
        // sets a breakdown after its count.
        let hyphen = |k: usize| self.lc(k) != "—";
        hyphen(m.end) && self.score_dash_at(m.end, m.end + 1)
            || m.first >= 2 && hyphen(m.first - 1) && self.second_side_of_score(m)
    }

    /// "women back it 52 - 41 percent": whether `m` is the second side of a
    /// score, split by a dash from the bare number before it.
    pub fn second_side_of_score(&self, m: &Mention) -> bool {
        m.first >= 2 && self.score_dash_at(m.first - 1, m.first - 2)
    }

    /// Whether word `dash` is a dash with a bare number at word `other`.
    fn score_dash_at(&self, dash: usize, other: usize) -> bool {
        crate::lc_in!(self, dash, ["-", "–", "—"]) && self.kind_at(other) == Some(Kind::Number)
    }

    /// A bare whole number set off after a person's name is the person's
    /// age, not a count: "Anna Smith, 5, and Lily Smith, 10", "Rafiq Khan,
    /// 27, of Leeds", "Suna Devi (65)". A name is two capitalised words
    /// (given name and surname); a place alone takes a count ("Kharkiv, 6,
    /// and Sumy, 5").
    pub(super) fn is_age_beside_name(&self, m: &Mention) -> bool {
        let fig = &self.figures[m.figure];
        let whole = fig.value.is_some_and(|v| v.fract() == 0.0 && (0.0..=120.0).contains(&v));
        let (a, b) = self.sentence_words(m.sentence);
        if fig.kind != Kind::Number || fig.hedge.is_some() || fig.in_words || !whole {
            return false;
        }
        let capital = |k: usize| self.is_word(k) && self.words()[k].span.of(self.text).starts_with(is_upper);
        let after = if m.end < b { self.lc(m.end) } else { "." };
        let named = m.first >= a + 3 && capital(m.first - 2) && capital(m.first - 3);
        named
            && match self.lc(m.first - 1) {
                "," => crate::one_of!(after, [",", ";", ".", ")", "and", "or"]),
                "(" => after == ")",
                _ => false,
            }
    }

    /// Unknown nationalities used as nouns: Australians, Britons, Spaniards,
    /// Filipinos.
    fn is_nationality_noun(&self, j: usize) -> bool {
        let word = self.lc(j);
        (word.ends_with("ns")
            || word.ends_with("ese")
            || word.ends_with("ons")
            || word.ends_with("ards")
            || word.ends_with("nos"))
            && word.chars().next().is_some()
            && self.words()[j].span.of(self.text).starts_with(is_upper)
            // "16 Chinese tourists": before a noun of things it is the
            // noun's adjective, and the noun is what is counted.
            && lexicons().things.match_at(&self.phrase_at(j + 1, 4)).is_none()
    }

    /// The word where the noun after the figure may start: past "of the"
    /// in a partitive ("180 of the drones", which marks the mention so) and
    /// past "more" ("25 more drones", "30 other drones").
    fn noun_search_start(&self, m: &mut Mention) -> usize {
        let mut j = m.end;
        if self.is(j, "of")
            && crate::lc_in!(self, j + 1, ["the", "these", "those"])
            && self.figure_at_word(j + 2).is_none()
        {
            j += 2;
            m.via = Via::Partitive;
        }
        if lexicons().context.class_of(self.word(j)) == Some(Context::More)
            && self.is_word(j + 1)
            && !lexicons().stop.contains(self.word(j + 1))
        {
            j += 1;
        }
        j
    }

    /// "of" before a noun, or before the past forms that tell what befell
    /// it ("the number of damaged homes"). Other modifiers are left out: "half of young voters backed
    /// the mayor's ticket, up from 40 percent" must not give the ticket's
    /// share a noun from the clause before.
    fn follows_of(&self, noun: usize) -> bool {
        for k in (noun.saturating_sub(4)..noun).rev() {
            if self.is(k, "of") {
                return true;
            }
            // "of injured people": "injured" names the people itself, and
            // the search back takes it.
            let names_a_thing = lexicons().things.match_phrase(&self.phrase_at(k, 1)).is_some();
            if !self.is_word(k) || !past_form(self.lc(k)) || names_a_thing || self.figure_at_word(k).is_some() {
                return false;
            }
        }
        false
    }

    /// A figure in predicate position takes the noun before it: "puts the
    /// death toll in the province at 8,615", "the number of dead had risen
    /// to 48".
    pub(super) fn read_noun_before(&self, m: &mut Mention) -> bool {
        let (a, _) = self.sentence_words(m.sentence);
        if m.first == a || lexicons().context.class_of(self.word(m.first - 1)) != Some(Context::Predicate) {
            return false;
        }
        let lex = lexicons();
        let lo = m.first.saturating_sub(12).max(a);
        for j in (lo..m.first - 1).rev() {
            // "the number of injured people rose from 2,059 to 2,421": the
            // earlier value of "from ... to" names the same thing.
            if self.figure_at_word(j).is_some() {
                if self.is(m.first - 1, "to") && (j.saturating_sub(3)..j).any(|k| self.is(k, "from")) {
                    continue;
                }
                return false;
            }
            if let Some((n, class, implied)) = lex.things.match_phrase(&self.phrase_at(j, 3))
                && (implied.is_some() || self.follows_of(j) || self.is(j + n, "toll"))
            {
                self.set_thing(m, j, self.skip_words(j, n), class, implied);
                m.toll = true;
                return true;
            }
        }
        false
    }

    pub(super) fn set_thing(
        &self,
        m: &mut Mention,
        a: usize,
        b: usize,
        class: &'static str,
        implied: Option<&'static str>,
    ) {
        m.thing = Some(class.to_owned());
        m.noun = Some(Span::new(self.words()[a].span.start, self.words()[b.saturating_sub(1).max(a)].span.end));
        if matches!(self.lc(a), "lives") || (self.lc(a) == "death" && self.is(a + 1, "toll")) {
            m.toll = true;
        }
        if implied.is_some() {
            m.event = implied.and_then(Event::from_name);
        }
        // "attack drones, aerial bombs and missiles": several kinds of thing.
        let lex = lexicons();
        let mut j = b;
        let mut steps = 0;
        while j < self.words().len() && steps < 6 {
            let w = self.lc(j);
            if self.words()[j].kind == TokenKind::Num || self.figure_at_word(j).is_some() {
                break;
            }
            if crate::one_of!(w, [",", "and", "or"]) || (self.is_word(j) && !lexicons().stop.contains(w)) {
                if self.is_word(j)
                    && let Some((_, other, _)) = lex.things.match_phrase(&self.phrase_at(j, 3))
                {
                    if other != class && j > b {
                        m.compound = true;
                    }
                    break;
                }
                j += 1;
                steps += 1;
                continue;
            }
            break;
        }
    }

    /// Whether "of which" at word `which` makes a compound preposition with
    /// the noun before it ("as a result of which 3 died"): "which" is then
    /// the event, and no figure after it a part of an earlier count.
    fn compound_of_which(&self, which: usize) -> bool {
        which >= 2 && lexicons().context.class_of(self.lc(which - 2)) == Some(Context::Compound)
    }

    /// "120 drones, of which the army shot down 65": a count that is the
    /// object of the relative clause's own verb is a part, as much as "of
    /// which 65 were shot down". Only plain words may stand between (a
    /// subject and its verb); a figure or a mark between ends the clause's
    /// first report. Percentages are left out: "of which the state owns
    /// 40%" is a share of an amount, read by the share checks.
    fn ends_a_relative_clause_of_which(&self, m: &Mention, sentence_start: usize) -> bool {
        const MOST_WORDS_BETWEEN: usize = 5;
        if self.figures[m.figure].kind == Kind::Percent {
            return false;
        }
        let mut k = m.first;
        for _ in 0..=MOST_WORDS_BETWEEN {
            if k <= sentence_start + 1 || !self.is_word(k - 1) || self.figure_at_word(k - 1).is_some() {
                return false;
            }
            k -= 1;
            if crate::one_of!(self.lc(k), ["which", "whom"]) && self.is(k - 1, "of") {
                let compound = self.compound_of_which(k);
                // "48 of which were shot down and 31 were lost": the clause's
                // part is the 48 before "of which"; the 31 is another one.
                let part_before = k >= 2 && self.figure_at_word(k - 2).is_some();
                return k + 1 < m.first && !compound && !part_before;
            }
        }
        false
    }

    pub(super) fn read_cues(&self, m: &mut Mention) {
        let (a, _) = self.sentence_words(m.sentence);
        let left = |n: usize| if m.first >= a + n { self.lc(m.first - n) } else { "" };
        match left(1) {
            "another" | "other" => m.cues.another = true,
            "all" => m.cues.all = true,
            "including" => m.cues.including = true,
            "remaining" | "rest" => m.cues.rest = true,
            "total" if left(2) == "a" => m.cues.total = true,
            _ => {}
        }
        // "29 residents, of whom 17 died"; not "as a result of which 3 died".
        // "Of those 407, 85 percent": "those" before a figure is its
        // determiner, the figure the group named before, not a part of it.
        let compound = left(1) == "which" && self.compound_of_which(m.first - 1);
        if left(2) == "of" && crate::one_of!(left(1), ["which", "whom", "them"]) && !compound
            || self.ends_a_relative_clause_of_which(m, a)
        {
            m.cues.of_which = true;
        }
        if left(1) == "of" && left(2) == "total" {
            m.cues.total = true;
        }
        if left(2) == "among" && left(1) == "them" || left(2) == "including" {
            m.cues.including = true;
        }
        if left(1) == "the" && left(2) == "all" {
            m.cues.all = true;
        }
        let r = |n: usize| self.lc(m.end + n - 1);
        if crate::one_of!(r(1), ["more", "others", "other"]) {
            m.cues.another = true;
        }
        if r(1) == "each" {
            m.cues.each = true;
        }
        if r(1) == "of" && crate::one_of!(r(2), ["which", "whom", "them", "those"]) {
            m.cues.of_which = true;
        }
        if (r(1) == "in" && crate::one_of!(r(2), ["all", "total"])) || r(1) == "total" {
            m.cues.total = true;
        }
        // "2,000 registered voters in all".
        if let Some(n) = m.noun {
            let k = self.word_at(n.end);
            if self.is(k, "in") && crate::lc_in!(self, k + 1, ["all", "total"]) {
                m.cues.total = true;
            }
        }
        // "one in five of the 1,000 patients": five is the ratio's, not a part.
        if left(1) == "in"
            && (crate::one_of!(left(2), ["one", "a"]) || self.figure_at_word(m.first.saturating_sub(2)).is_some())
        {
            return;
        }
        // "38 out of 63", "39 of the 71", "12 of 13", "22 more drones out of
        // a total of 83": a part and its total. Else "Of the 25 people on
        // board, 20 were rescued": a whole put first.
        if let Some(whole) = self.stated_whole(m) {
            m.part_of = Some(whole);
        } else if left(1) == ","
            && let Some(whole) = self.fronted_whole(m, a)
        {
            m.part_of = Some(whole);
        }
    }

    /// The whole a part names after itself: "38 out of 63", "39 of the 71".
    /// A part never exceeds its whole, so "X of the N" with X ten times N
    /// or more is no part and whole: "2.4 million of the four vaccines"
    /// counts doses of four kinds, and the amount heads its phrase.
    pub(super) fn stated_whole(&self, m: &Mention) -> Option<usize> {
        self.partitive(m).filter(|&f| !self.amount_of_kinds(m.figure, f))
    }

    /// Whether figure `x`, written "x of the n", is an amount of `n` kinds.
    pub(super) fn amount_of_kinds(&self, x: usize, n: usize) -> bool {
        let (x, n) = (self.figures[x].value, self.figures[n].value);
        x.zip(n).is_some_and(|(x, n)| n > 0.0 && x >= 10.0 * n)
    }

    /// The figure after "of", "out of" or "of the" that follows a count.
    pub(super) fn partitive(&self, m: &Mention) -> Option<usize> {
        let mut j = m.end;
        // "just 719,395 shy of the 8,203,290": how far a figure falls short
        // of another is their difference, no part of it.
        if crate::lc_in!(self, j, ["shy", "short"]) {
            return None;
        }
        let after_noun = !(self.is(j, "out") || self.is(j, "of"));
        if after_noun {
            j = m.noun.map_or(j, |n| self.word_at(n.end));
        }
        if self.is(j, "out") && self.is(j + 1, "of") {
            j += 2;
        } else if self.is(j, "of") && (!after_noun || crate::lc_in!(self, j + 1, ["the", "its", "their"])) {
            // After a noun only "of the 106" is partitive: "eight groups of
            // four" are groups the size of four, not eight out of four.
            j += 1;
        } else {
            return None;
        }
        if crate::lc_in!(self, j, ["the", "a", "its", "their"]) {
            j += 1;
            // "9 of the state's 25 districts": the whole after its owner.
            if let Some(k) = self.after_possessive(j) {
                j = k;
            }
        }
        if self.is(j, "batch") || self.is(j, "total") {
            j += 1;
            if self.is(j, "of") {
                j += 1;
            }
        }
        self.figure_at_word(j).filter(|&f| self.figures[f].kind == Kind::Number && f != m.figure)
    }

    /// The whole of "Of [the] 25 people on board, 20 ...", for the figure
    /// after the comma: the figure after a clause-opening "of", whose noun
    /// phrase runs up to that comma.
    pub(super) fn fronted_whole(&self, m: &Mention, sentence_start: usize) -> Option<usize> {
        let comma = m.first.checked_sub(1)?;
        let mut k = comma;
        // Back over the whole's noun phrase: words only, a few of them.
        while k > sentence_start && comma - k < 14 {
            k -= 1;
            if let Some(f) = self.figure_at_word(k) {
                let fig = &self.figures[f];
                let start = self.word_at(fig.span.start);
                // "who took the Class 9 papers", "who came in 2019": a name
                // or a year is a word of the whole's phrase, no quantity.
                if !fig.kind.is_quantity() {
                    k = start;
                    continue;
                }
                let mut of = start.checked_sub(1)?;
                if crate::lc_in!(self, of, ["the", "all", "its", "their"]) {
                    of = of.checked_sub(1)?;
                }
                let opens = of == sentence_start || crate::lc_in!(self, of.saturating_sub(1), [",", ";", ":"]);
                let whole_ok = fig.kind == Kind::Number && fig.value.is_some() && f != m.figure;
                return (self.is(of, "of") && opens && whole_ok).then_some(f);
            }
            if !self.is_word(k) && !crate::lc_in!(self, k, ["-", "'"]) {
                return None;
            }
        }
        None
    }
}

/// A word read as an adverb where a noun phrase ends: "early", "quickly".
/// (A noun in -ly, "family" or "assembly", is rarely the head of a count's
/// noun phrase; "family members", "assembly seats" end on another word.)
/// A past form in -ed ("inspected", "passed"): a verb or participle, no
/// noun, when nothing but a stop word or punctuation follows it. ("the 61
/// needed", "the 251 required" keep the word: the count is a threshold,
/// never one more of the things counted around it.)
fn past_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !crate::one_of!(word, ["needed", "required"])
}

fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
}
