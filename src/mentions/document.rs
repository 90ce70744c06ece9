//! The document pass: each sentence's source and period, then each figure's
//! mention, and which earlier count a mention may refer back to.

use super::lexicon::Place;
use super::*;

impl Doc<'_> {
    pub(super) fn read_sentences(&mut self) {
        let n = self.layout.sentences.len();
        // Sources and periods matter only to mentions, so only paragraphs
        // that state a quantity are read.
        let mut counted = vec![false; self.layout.paragraphs.len()];
        for f in self.figures.iter().filter(|f| f.kind.is_quantity()) {
            let sentence = self.layout.sentence_at(f.span.start);
            if let Some(p) = self.layout.sentences.get(sentence).and_then(|s| counted.get_mut(s.paragraph)) {
                *p = true;
            }
        }
        let mut sources: Vec<Option<String>> = Vec::with_capacity(n);
        let mut periods = Vec::with_capacity(n);
        let mut last_side = None;
        for s in 0..n {
            if !counted.get(self.layout.sentences[s].paragraph).copied().unwrap_or(true) {
                sources.push(None);
                periods.push(None);
                continue;
            }
            let (a, b) = self.sentence_words(s);
            let mut source = self.read_source(a, b);
            if let Some(source) = &mut source {
                sources::carry_side(source, &mut last_side);
            }
            let mut period = self.read_period(a, b);
            let sentence = &self.layout.sentences[s];
            let carried = s > 0 && !sentence.after_gap && self.layout.sentences[s - 1].paragraph == sentence.paragraph;
            if carried {
                if source.is_none() {
                    source = sources[s - 1].clone();
                }
                if period.is_none() {
                    period = periods[s - 1];
                }
            }
            sources.push(source);
            periods.push(period);
        }
        self.sources = sources;
        self.periods = periods;
        self.counted_paragraphs = counted;
    }

    pub(super) fn read_mentions(&mut self) {
        let mut mentions = Vec::new();
        let mut mention_of = vec![None; self.figures.len()];
        for (k, fig) in self.figures.iter().enumerate() {
            if !fig.kind.is_quantity() {
                continue;
            }
            let start = fig.hedge.map_or(fig.span.start, |h| h.start.min(fig.span.start));
            let first = self.word_at(start);
            let end = self.word_at(fig.span.end).max(first + 1);
            let sentence = self.layout.sentence_at(fig.span.start);
            let paragraph = self.layout.sentences.get(sentence).map_or(0, |s| s.paragraph);
            mention_of[k] = Some(mentions.len());
            mentions.push(Mention {
                figure: k,
                first,
                end,
                sentence,
                paragraph,
                thing: None,
                noun: None,
                via: Via::Noun,
                compound: false,
                event: None,
                owner: None,
                source: self.sources.get(sentence).cloned().flatten(),
                period: self.periods.get(sentence).copied().flatten(),
                cues: Cues::default(),
                part_of: None,
                toll: false,
            });
        }
        self.mention_of = mention_of;
        // Nouns and cues are read from the words alone, never from other
        // mentions, so each is read in place.
        for mention in &mut mentions {
            self.read_noun(mention);
            self.read_cues(mention);
        }
        self.read_grouped_thousands(&mentions);
        self.mentions = mentions;
        // Antecedents and ellipsis read earlier mentions, so go in order.
        for m in 0..self.mentions.len() {
            let mut mention = self.mentions[m].clone();
            if mention.thing.is_none()
                && self.figures[mention.figure].kind == Kind::Number
                && !self.is_age_beside_name(&mention)
                && !self.is_side_of_score(&mention)
            {
                let antecedent = if mention.cues.of_which {
                    self.whole_of_which(m)
                } else {
                    mention.part_of.and_then(|f| self.mention_of[f])
                };
                if let Some(a) = antecedent.or_else(|| self.previous_count(&self.mentions, m, false)) {
                    let via = if antecedent.is_some() { Via::Antecedent } else { Via::Ellipsis };
                    mention.thing = self.mentions[a].thing.clone();
                    mention.via = via;
                    if mention.owner.is_none() {
                        mention.owner = self.mentions[a].owner;
                    }
                }
            }
            if mention.cues.of_which && mention.part_of.is_none() {
                mention.part_of = self.whole_of_which(m).map(|a| self.mentions[a].figure);
            }
            self.read_event(&mut mention);
            // People who "vanished" or "disappeared" are missing: weapons
            // are lost, people go missing.
            if mention.event == Some(Event::Lost) && mention.class() == Some(Thing::Person) {
                mention.event = Some(Event::Missing);
            }
            self.read_owner(&mut mention);
            self.mentions[m] = mention;
        }
    }

    /// "1.268 votes", "2.500 people": things that come whole are never
    /// counted in thousandths, so a point before three digits groups
    /// thousands, as in much of Europe; a text that writes one count so
    /// writes every plain number so ("8.580 jobs ... permanent (111.586)").
    fn read_grouped_thousands(&mut self, mentions: &[Mention]) {
        // Three digits after the point and no scale word: a precision of
        // a thousandth.
        let grouped =
            |f: &Figure| f.kind == Kind::Number && f.precision == Some(0.001) && f.value.is_some_and(|v| v >= 1.0);
        if !mentions.iter().any(|m| m.class().is_some() && grouped(&self.figures[m.figure])) {
            return;
        }
        for m in mentions {
            let f = &mut self.figures[m.figure];
            if grouped(f) {
                for v in [&mut f.value, &mut f.min, &mut f.max] {
                    *v = v.map(|v| (v * 1000.0).round());
                }
                f.precision = Some(1.0);
            }
        }
    }

    /// The count "of which" or "of them" points back to: one of its sentence,
    /// else one of the sentence before, unless another quantity stands just
    /// before a "which" ("from 12 to 40, of which 9"): "which" names
    /// that one's noun.
    fn whole_of_which(&self, m: usize) -> Option<usize> {
        let here = &self.mentions[m];
        if self.of_them_after_a_share_of_its_own_whole(m) {
            return None;
        }
        // "22 were killed and 26 injured ... seven of those killed": the
        // event after "those" names the count, not the nearest one.
        let named =
            lexicons().events.match_phrase(&self.phrase_at(here.end + 2, 3)).filter(|_| self.is(here.end + 1, "those"));
        if let Some(e) = named.and_then(|(_, e, _)| Event::from_name(e)) {
            let same =
                |a: &usize| self.mentions[*a].event == Some(e) && self.mentions[*a].sentence + 1 >= here.sentence;
            if let Some(a) = (0..m).rev().take(6).find(same) {
                return Some(a);
            }
        }
        let which = (here.first.saturating_sub(2)..here.end + 2).any(|k| crate::lc_in!(self, k, ["which", "whom"]));
        let other_before = which && m > 0 && {
            let prev = &self.mentions[m - 1];
            prev.sentence == here.sentence && self.figures[prev.figure].kind != Kind::Number
        };
        let whole = self
            .previous_count(&self.mentions, m, true)
            .or_else(|| (!other_before).then(|| self.previous_count(&self.mentions, m, false)).flatten())?;
        // "220 cases across 9 counties, three of them under lockdown": a
        // count of place between may be what "them" counts as well as the
        // count before it (six councils are no whole of 41,250, but 9
        // counties may be of three): with both readings open, none is sure.
        let value = |i: usize| self.figures[self.mentions[i].figure].value;
        let place_between = (whole + 1..m).any(|p| {
            let between = &self.mentions[p];
            between.sentence == here.sentence && value(p) >= value(m) && self.in_scope_phrase(between)
        });
        if place_between {
            return None;
        }
        // "a total of 2.4 million of the four vaccines, of which 2.1
        // million": the amount heads the phrase, and "which" is that amount.
        let head = whole.checked_sub(1).filter(|&h| {
            let (h, w) = (&self.mentions[h], &self.mentions[whole]);
            h.sentence == w.sentence && self.partitive(h) == Some(w.figure) && self.amount_of_kinds(h.figure, w.figure)
        });
        Some(head.unwrap_or_else(|| self.part_a_clause_reports(m, whole).unwrap_or(whole)))
    }

    /// "636 out of the 1,636 registered voters were accredited, out of
    /// which 624 voted": when the clause goes on past a whole's noun to its
    /// verb, "which" names the part that clause reports (those accredited),
    /// not the whole it is a part of. ("900 voters, of which 600 ..." has
    /// no verb between, and "which" is the voters.)
    fn part_a_clause_reports(&self, m: usize, whole: usize) -> Option<usize> {
        let (here, w) = (&self.mentions[m], &self.mentions[whole]);
        let part = (whole.saturating_sub(2)..whole)
            .rev()
            .find(|&p| self.mentions[p].part_of == Some(w.figure) && self.mentions[p].sentence == here.sentence)
            .filter(|_| here.sentence == w.sentence)?;
        let verb = (self.after_noun(w)..here.first).any(|k| crate::lc_in!(self, k, ["were", "was", "are", "is"]));
        verb.then_some(part)
    }

    /// "1.14 per cent of voters, or 219,578 of them": "them" are the whole a
    /// share just before names ("of voters", "per cent voters"), so the
    /// count is that share said as a count, no part of an earlier count.
    /// ("12 per cent, or 60 of them" names no whole, and "them" reaches back
    /// to the count before.)
    fn of_them_after_a_share_of_its_own_whole(&self, m: usize) -> bool {
        let here = &self.mentions[m];
        let Some(share) = m.checked_sub(1).map(|p| &self.mentions[p]) else { return false };
        let them = (here.end..here.end + 2).any(|k| self.lc(k) == "them");
        let names_whole = (share.end..here.first).any(|k| self.is_word(k) && self.lc(k) != "or");
        them && share.sentence == here.sentence && self.figures[share.figure].kind == Kind::Percent && names_whole
    }

    /// The closest earlier count with a thing: in the same sentence when
    /// `same_sentence`, else in the same paragraph or the sentence before.
    pub(super) fn previous_count(&self, mentions: &[Mention], m: usize, same_sentence: bool) -> Option<usize> {
        let here = &mentions[m];
        let after_gap = self.layout.sentences.get(here.sentence).is_some_and(|s| s.after_gap);
        for a in (0..m).rev().take(6) {
            let prev = &mentions[a];
            // Into the paragraph before only from its last sentence, and only
            // while the source stays the same.
            let same_source = here.source.is_none() || prev.source.is_none() || here.source == prev.source;
            let near = if same_sentence {
                prev.sentence == here.sentence
            } else {
                prev.sentence + 1 >= here.sentence
                    && (prev.paragraph == here.paragraph || same_source)
                    && !(after_gap && prev.sentence != here.sentence)
            };
            // "them" is plural: a count of one ("in a single wave") is never
            // what it points back to.
            let plural = !here.cues.of_which || self.figures[prev.figure].value.is_some_and(|v| v >= 2.0);
            let candidate = near
                && plural
                && prev.thing.is_some()
                && self.figures[prev.figure].kind == Kind::Number
                && !prev.compound;
            if !candidate {
                continue;
            }
            if self.may_refer_to(here, prev) {
                return Some(a);
            }
            // "hurt in some 2,010 accidents. Brake failures caused 402 of
            // them": a count after "in" that names no place may be what "of
            // them" counts; with it in doubt, no count farther back is.
            let unplaced = prev.class() != Some(Thing::Region) && self.in_scope_phrase(prev);
            let holds = self.figures[prev.figure].value >= self.figures[here.figure].value;
            if here.cues.of_which && unplaced && holds && self.named_after(here).is_none() {
                return None;
            }
        }
        None
    }

    /// Whether "of them" (or an ellipsis) at `here` may point back to
    /// `prev`: when the clause names what it counts ("300 of them were
    /// children"), the kinds must agree; a count inside a place phrase
    /// ("evacuated from 14 villages") is where, not what.
    pub(super) fn may_refer_to(&self, here: &Mention, prev: &Mention) -> bool {
        if !here.cues.of_which {
            // "shot down 58 drones over 9 provinces, while another 40 were
            // lost": an elliptical count counts what its clause reports, not
            // the places a phrase of place after another count names.
            return !self.counts_where(prev);
        }
        let lex = lexicons();
        // "the missiles, two of which were shot down": "which" points back to
        // the noun just before it, and only a count of that thing is its whole.
        let which = |k: usize| crate::lc_in!(self, k, ["which", "whom"]);
        // The comma before "N of which" or before "of which N".
        let comma = if which(here.end + 1) {
            here.first.checked_sub(1)
        } else if here.first >= 3 && which(here.first - 1) && self.is(here.first - 2, "of") {
            Some(here.first - 3)
        } else {
            None
        };
        // A noun in a phrase of place ("launched 19 drones at the Sumy region,
        // of which 12 ...") is not what "which" counts: the relative clause
        // reaches back over the phrase to the counted noun.
        let in_place_phrase = |noun: usize| {
            let before = noun.saturating_sub(3).max(prev.end)..noun;
            let place = |k: usize| self.opens_place(k, Place::Toward);
            before.clone().any(place) && before.clone().all(|k| self.figure_at_word(k).is_none())
        };
        if let Some(comma) = comma.filter(|&c| c >= 1 && self.is(c, ",") && !in_place_phrase(c - 1)) {
            let before = self.phrase_at(comma - 1, 1);
            if let (Some((_, class, _)), Some(thing)) = (lex.things.match_at(&before), prev.thing.as_deref())
                && class != thing
            {
                return false;
            }
        }
        let named_at = self.named_after(here);
        // "11 were men and 7 were women; 5 of those women": a noun that its
        // own sentence has already used names the group there, so the whole
        // is no count of another sentence.
        if let Some((k, _)) = named_at
            && prev.sentence != here.sentence
        {
            let (a, _) = self.sentence_words(here.sentence);
            if (a..here.first).any(|j| self.lc(j) == self.lc(k)) {
                return false;
            }
        }
        let named = named_at.map(|x| x.1);
        if let (Some(class), Some(thing)) = (named, prev.thing.as_deref()) {
            return class == thing;
        }
        !self.in_scope_phrase(prev)
    }

    /// The thing the words after a part name, and where: "300 of them were
    /// children". A bracket ends the part's words ("402 of them (20%),
    /// drivers 603": the drivers are the next item's).
    fn named_after(&self, here: &Mention) -> Option<(usize, &'static str)> {
        (here.end..here.end + 6)
            .take_while(|&k| self.lc(k) != "(")
            .filter(|&k| self.is_word(k))
            .find_map(|k| lexicons().things.match_phrase(&self.phrase_at(k, 3)).map(|x| (k, x.1)))
    }

    /// Whether a count stands in a phrase of scope ("under the six
    /// councils", "across 9 counties"): where, not what, unless "of them"
    /// reads it as its whole. The preposition may stand before a determiner.
    fn in_scope_phrase(&self, prev: &Mention) -> bool {
        let mut k = prev.first;
        if k > 0 && crate::lc_in!(self, k - 1, ["the", "its", "their", "all"]) {
            k -= 1;
        }
        k > 0 && self.opens_place(k - 1, Place::Scope)
    }

    /// Whether a count sits in a phrase of place right after another
    /// count's noun ("76 drones over 17 regions", "40 homes in 12 towns"):
    /// it says where the other count happened. "over" there is the
    /// preposition, though the recogniser reads it as a hedge.
    fn counts_where(&self, prev: &Mention) -> bool {
        let mut k = prev.first;
        if !self.opens_place(k, Place::Scope) {
            if k > 0 && crate::lc_in!(self, k - 1, ["the", "its", "their", "all"]) {
                k -= 1;
            }
            match k.checked_sub(1) {
                Some(p) if self.opens_place(p, Place::Scope) => k = p,
                _ => return false,
            }
        }
        let Some(at) = self.mention_of.get(prev.figure).copied().flatten() else { return false };
        self.mentions[..at]
            .iter()
            .rev()
            .take(2)
            .any(|m| m.sentence == prev.sentence && m.noun.is_some() && self.noun_runs_to(m, k))
    }

    /// Whether the noun phrase of `m` runs on to word `k`: its noun, then at
    /// most three more words or hyphens ("Shahed-type drones").
    fn noun_runs_to(&self, m: &Mention, k: usize) -> bool {
        let after = self.after_noun(m);
        after <= k && k - after <= 3 && (after..k).all(|j| self.is_word(j) || self.lc(j) == "-")
    }

    /// Whether word `k` is a preposition of place ([`Place::At`]) or of the
    /// class `also`.
    fn opens_place(&self, k: usize, also: Place) -> bool {
        lexicons().places.class_of::<Place>(self.word(k)).is_some_and(|p| p == Place::At || p == also)
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    #[test]
    fn a_noun_compounded_by_a_hyphen_runs_past_it() {
        // "Shahed-type drones hit targets": the noun is the drones, and the
        // verb after it says what befell them.
        let text = "Russia launched 75 Shahed-type drones. Of these, 42 were downed and 28 were lost. Five Shahed-type drones hit targets.";
        assert_eq!(
            findings_of(text, "sum-of-parts"),
            vec![(Status::Consistent, vec!["75".into(), "42".into(), "28".into(), "Five".into()])]
        );
        // A spaced dash is no hyphen: "26 survivors - 21 passengers".
        let text = "There were 26 survivors - 21 passengers and five crew.";
        let doc = crate::mentions::Doc::new(text, crate::recognize(text));
        let noun = doc.mentions[0].noun.map(|n| n.of(doc.text));
        assert_eq!(noun, Some("survivors"));
    }

    #[test]
    fn which_after_another_quantity_names_that_ones_noun() {
        // "of which 9" is of the 40 shelters that "from 12 to 40" reads as
        // a range: never of the homes of the sentence before.
        let text =
            "The storm destroyed 3,000 homes. It raised the number of shelters from 12 to 40, of which 9 were full.";
        assert!(findings_of(text, "sum-of-parts").is_empty(), "{:?}", findings_of(text, "sum-of-parts"));
        // With nothing between, "of which" still reaches the sentence before.
        let back = "The storm destroyed 3,000 homes. Of which 900 were in the hills.";
        assert_eq!(findings_of(back, "sum-of-parts").len(), 1);
    }

    #[test]
    fn which_after_a_clause_of_a_part_names_that_part() {
        // Those accredited are what "which" counts: 6,200 of the 6,500, not
        // a second part of the 9,000 beside them.
        for text in [
            "In the north, 6,500 out of the 9,000 registered voters were accredited, out of which 6,200 voted.",
            "At the plant, 700 of the 1,000 staff were tested, of whom 650 were cleared.",
        ] {
            let found = findings_of(text, "sum-of-parts");
            assert!(found.iter().all(|(status, _)| *status == Status::Consistent), "{text}: {found:?}");
        }
        // Right after the whole's noun, "which" is the whole.
        let whole = "The 9,000 registered voters, of which 6,500 were women, met; 3,000 of them were men.";
        assert_eq!(findings_of(whole, "sum-of-parts").len(), 1, "{whole}");
    }

    #[test]
    fn of_them_after_a_share_of_a_named_whole_is_that_share_as_a_count() {
        // "them" are the voters the share is of, not the votes counted before.
        for text in [
            "Independents won 11.2 per cent with 1,904,377 votes, and 1.37 per cent of voters, or 233,190 of them, chose none of the above.",
            "The rest took 9 per cent with 40,000 votes, while 2 per cent voters, or 9,100 of them, spoiled their ballots.",
        ] {
            assert!(findings_of(text, "sum-of-parts").is_empty(), "{text}: {:?}", findings_of(text, "sum-of-parts"));
        }
        // A share that names no whole leaves "them" to the count before it.
        let ferry = "The ferry carried 500 people; about 12 per cent, or 60 of them, were children.";
        assert_eq!(findings_of(ferry, "sum-of-parts").len(), 1);
        let staff = "Some 35 per cent of the 1,200 staff, or 420 of them, joined the strike.";
        assert_eq!(findings_of(staff, "sum-of-parts").len(), 1);
    }

    #[test]
    fn of_them_after_a_count_of_place_it_may_be_of_has_no_sure_whole() {
        // "them" may be the counties as well as the cases: neither whole is
        // sure, so no part is checked against the cases.
        for text in [
            "Officials reported 220 cases across 9 counties, three of them under lockdown.",
            "The firm employs 1,200 staff at 30 sites, five of which will shut.",
        ] {
            assert!(findings_of(text, "sum-of-parts").is_empty(), "{text}: {:?}", findings_of(text, "sum-of-parts"));
        }
        // Six councils are no whole of 41,250: "them" reaches back to the pupils.
        let text = "Some 50,000 pupils sat the tests under the six councils, and 41,250 of them passed.";
        assert_eq!(findings_of(text, "sum-of-parts").len(), 1, "{text}");
    }

    /// The thing counted by the figure whose text is `figure` in `text`.
    fn thing_of(text: &str, figure: &str) -> Option<String> {
        let doc = crate::mentions::Doc::new(text, crate::recognize(text));
        let m = doc.mentions.iter().find(|m| doc.figures[m.figure].text(text) == figure);
        m.unwrap_or_else(|| panic!("no mention {figure:?} in {text:?}")).thing.clone()
    }

    #[test]
    fn an_adverb_after_the_noun_ends_the_noun_phrase() {
        for (text, figure, thing) in [
            ("Rescuers said 40 people died after two separate landslides early on Sunday.", "two", "landslide"),
            ("The army said 12 soldiers were hurt in three crashes early in the day.", "three", "crash"),
            ("The council said 31 residents left after four floods recently, and two more fled.", "four", "flood"),
            // A word in -ly with a noun after it is a modifier.
            ("The party won 65 assembly seats.", "65", "seat"),
        ] {
            assert_eq!(thing_of(text, figure).as_deref(), Some(thing), "{text}");
        }
        // So the count of strikes never joins the toll as a part of it.
        let toll = "The war has killed 1,200 soldiers. Officials said at least 23 people were killed in two separate air raids early on Monday.";
        assert!(findings_of(toll, "sum-of-parts").is_empty(), "{:?}", findings_of(toll, "sum-of-parts"));
    }

    #[test]
    fn a_past_form_before_a_stop_word_or_punctuation_ends_the_noun_phrase() {
        for (text, figure, thing) in [
            ("Of the 42 schools inspected, 25 were rated good.", "42", Some("school")),
            ("Inspectors visited 18 farms licensed by the council.", "18", Some("farm")),
            // A past form with nothing before it is the verb: the count
            // takes its noun from the whole, not "passed".
            ("Of the 42 schools, 51 passed.", "51", Some("school")),
            // A past form before a noun modifies it.
            ("The port handled 4,200 licensed trawlers.", "4,200", Some("trawler")),
        ] {
            assert_eq!(thing_of(text, figure).as_deref(), thing, "{text}");
        }
        // "the 61 needed" keeps its word: a threshold, no part of the seats.
        let text = "The coalition holds a working majority in the 120-seat chamber: 64 seats, against the 61 needed.";
        assert!(!crate::checks::testing::statuses_of(text, "sum-of-parts").contains(&Status::Inconsistent), "{text}");
    }

    #[test]
    fn of_them_after_a_count_in_a_phrase_that_names_no_place_reaches_no_farther() {
        // The accidents may be what "of them" counts: the injured, farther
        // back, are no surer a whole.
        let text = "Some 2,090 people died and 1,310 were hurt in some 2,010 bus accidents. Brake failures caused 402 of them (20%).";
        assert!(crate::checks::testing::statuses_of(text, "percent-of-total").is_empty(), "{text}");
        // A count too small to hold the part is passed over as before.
        let text = "Jets launched 40 missiles in one wave, and 34 of them were shot down (85%).";
        assert_eq!(crate::checks::testing::statuses_of(text, "percent-of-total"), vec![Status::Consistent]);
        // "them" is plural: "a single wave" is no whole of it.
        let text = "Jets launched 40 missiles in a single wave, and 34 of them were shot down (85%).";
        assert_eq!(crate::checks::testing::statuses_of(text, "percent-of-total"), vec![Status::Consistent]);
    }

    #[test]
    fn a_side_of_a_score_takes_no_noun_from_the_count_before() {
        for (text, figure) in [
            ("Ortiz scored 10 straight points to give the Hawks a 14-6 lead.", "14"),
            ("Mills hit 3 goals as United won 5–2 at home.", "2"),
        ] {
            assert_eq!(thing_of(text, figure), None, "{text}");
        }
        let game =
            "Ortiz scored 10 straight points to give the Hawks a 14-6 lead. She finished the half with 14 points.";
        assert!(findings_of(game, "restatement").is_empty(), "{:?}", findings_of(game, "restatement"));
        // An em dash sets a breakdown after its count, no score.
        let breakdown = "Eight people are missing. Still being checked are the remaining six—three in Leeds, two in York and one in Hull.";
        assert_eq!(findings_of(breakdown, "sum-of-parts").len(), 1, "{:?}", findings_of(breakdown, "sum-of-parts"));
        // A count said twice is still one quantity.
        let said_twice = "The storm killed 31 people on Monday. Officials said the 31 people died in their homes.";
        assert_eq!(findings_of(said_twice, "restatement").len(), 1, "{:?}", findings_of(said_twice, "restatement"));
    }
}
