//! Lists of shares of one whole, read from the structure of the sentence:
//! "the Union 52.4%, the Social Democrats 38.1%, the Greens 6.2% and others
//! 4.3%", "50.1% male and 49.9% female", "55% yes, 47% no".
//!
//! Each share of a list is given to a holder (a name, "others", "the rest",
//! an answer, a side of a split) and the shares follow one another with only
//! list words, holders and counts between them. A word that gives a share
//! another whole (a place, a group, a year, a comparison), a change, or a
//! percentage that measures something else ends the list. A list is of one
//! whole when a share names the vote as its whole, when "others" or "the
//! rest" takes the remainder, or when its holders are answers to one
//! question or the two sides of a split. With "others" or both sides of a
//! split the list is complete and must make 100% within every share's
//! rounding; otherwise it may leave holders out and may only not pass 100%.

use super::find::{Cue, compared, cue_of, is_change, named_whole};
use super::{Completeness, ID, Shares};
use crate::checks::relation::{Certainty, signed};
use crate::figures::{Interval, Kind};
use crate::mentions::{Doc, Mention, is_stop_word};
use crate::report::explain::{SetAside, Tie};

/// A list being read: its shares and what its words have shown.
#[derive(Default)]
struct List {
    shares: Vec<usize>,
    sentence: usize,
    paragraph: usize,
    /// The whole a share names ("of the vote"), which every other share must
    /// name too or leave unsaid.
    whole: Option<String>,
    signs: Signs,
    /// The word that makes the list complete ("others", "female").
    complete_at: Option<usize>,
    /// Whether its shares stand in more than one sentence.
    sentences: bool,
    /// Whether shares of a list left open (no "others", no second side)
    /// stand just before it, in its paragraph or the one before: then
    /// "others" may complete that list, and this one is not known to hold
    /// every share.
    after_open_list: bool,
    /// The names that hold its shares ("con", "lab"), where read.
    holders: Vec<String>,
}

/// What the words around a list's shares show about its whole. The words
/// that can hold a share (a side of a split, an answer) are kept by where
/// they stand, since the words after one share are read again before the
/// next.
#[derive(Default, Clone)]
struct Signs {
    votes: bool,
    remainder: bool,
    male: Vec<usize>,
    female: Vec<usize>,
    options: Vec<usize>,
}

/// How many words of each sign a list keeps: more than any list of answers
/// or groups has.
const SIGNS_KEPT: usize = 32;

impl Signs {
    fn add(&mut self, other: &Signs) {
        self.votes |= other.votes;
        self.remainder |= other.remainder;
        for (mine, theirs) in [(&mut self.male, &other.male), (&mut self.female, &other.female), (&mut self.options, &other.options)] {
            // A set of a few words: no sort (a routine less in the .wasm),
            // and a bound so that a list of thousands of shares stays linear.
            for &word in theirs {
                if !mine.contains(&word) && mine.len() < SIGNS_KEPT {
                    mine.push(word);
                }
            }
        }
    }

    fn holds(&self) -> bool {
        self.remainder || !self.male.is_empty() || !self.female.is_empty() || !self.options.is_empty()
    }

    /// Both sides of a split by sex, and nothing else: "50.1% male and
    /// 49.9% female". A list with more shares, or with one side named twice
    /// ("Black women (81%) ... white women (44%)"), lists groups cut another
    /// way, each share the rate within its own group.
    fn split(&self, shares: usize) -> bool {
        self.male.len() == 1 && self.female.len() == 1 && shares == 2
    }

    /// Different answers to one question: "55% yes, 40% no". The same answer
    /// twice ("under 45 (54% opposed) and the unmarried (54% opposed)") is
    /// given by two groups, each share of its own group.
    fn answers(&self, doc: &Doc) -> bool {
        let words: Vec<&str> = self.options.iter().map(|&i| doc.lc(i)).collect();
        words.len() >= 2 && (1..words.len()).all(|k| !words[..k].contains(&words[k]))
    }

    fn one_whole(&self, doc: &Doc, shares: usize) -> bool {
        self.votes || self.remainder || self.split(shares) || self.answers(doc)
    }

    fn complete(&self, shares: usize) -> bool {
        self.remainder || self.split(shares)
    }
}

/// The words between two shares (or before a list's first share).
#[derive(Default)]
struct Gap {
    /// A word that gives the shares different wholes, a change, or a date.
    breaks: bool,
    /// A word that can hold a share: a name, "others", an answer.
    holder: bool,
    /// A count stands in it ("with 12,598 votes").
    counts: bool,
    signs: Signs,
    /// The word that ends the list, and why.
    break_at: Option<(usize, SetAside)>,
    /// The first word that can make a list complete.
    complete_at: Option<usize>,
}

impl Gap {
    fn breaks_at(&mut self, i: usize, reason: SetAside) {
        self.breaks = true;
        self.break_at.get_or_insert((i, reason));
    }
}

/// Reads words `from..to`: what they hold and whether they end a list.
fn read_gap(doc: &Doc, from: usize, to: usize) -> Gap {
    let mut gap = Gap::default();
    for i in from..to {
        if let Some(f) = doc.figure_at_word(i) {
            // Counts beside their shares ("with 12,598 votes") belong to a
            // list, and so does a rank ("finished third"); a year, a date or a
            // change in points gives another whole.
            match doc.figures[f].kind {
                Kind::Number | Kind::Money => {
                    // "Of the 80,216 candidates, 99.4% ...": a whole stated anew.
                    let of_before = doc.is(i.saturating_sub(1), "of")
                        || (doc.is(i.saturating_sub(1), "the") && doc.is(i.saturating_sub(2), "of"));
                    if of_before && doc.mention(f).is_some_and(|m| m.first == i) {
                        gap.breaks_at(i, SetAside::OtherThing);
                    }
                    gap.counts = true;
                }
                Kind::Ordinal => {}
                Kind::Year | Kind::Date | Kind::Time => gap.breaks_at(i, SetAside::OtherPeriod),
                _ => gap.breaks_at(i, SetAside::OtherThing),
            }
            continue;
        }
        if !doc.is_word(i) {
            continue;
        }
        let word = doc.lc(i);
        // "more men (66%) voted than women (61%)": shares either side of
        // "than" are compared, and a rate of each group is of its own whole.
        if word == "than" {
            gap.breaks_at(i, SetAside::OtherThing);
            continue;
        }
        match cue_of(word) {
            // "the Tories on 33%", "Labour at 41%": right before the share,
            // the preposition gives its level, not another whole.
            Some(Cue::Scope) if i + 1 == to && crate::one_of!(word, ["on", "at"]) => {}
            // A change word between shares ("followed by") is read only
            // beside a share, where it makes that share a change.
            Some(Cue::ScopeTime) => gap.breaks_at(i, SetAside::OtherPeriod),
            Some(Cue::Scope | Cue::Measure | Cue::Threshold) => gap.breaks_at(i, SetAside::OtherThing),
            // "others" holds a share only beside it: "the rest of the votes
            // went to A, 2%, and B, 1%" lists the rest, it holds none of it.
            Some(Cue::Remainder) if i + 4 < to => {}
            Some(cue) => {
                let found = signs_of(cue, i);
                if found.remainder || !found.male.is_empty() || !found.female.is_empty() {
                    gap.complete_at.get_or_insert(i);
                }
                gap.holder |= found.holds();
                gap.signs.add(&found);
            }
            None if !is_stop_word(word) => gap.holder = true,
            None => {}
        }
    }
    gap
}

/// What the cue word at `at` shows.
fn signs_of(cue: Cue, at: usize) -> Signs {
    let mut s = Signs::default();
    match cue {
        Cue::Vote => s.votes = true,
        Cue::Remainder => s.remainder = true,
        Cue::Male => s.male.push(at),
        Cue::Female => s.female.push(at),
        Cue::Option => s.options.push(at),
        _ => {}
    }
    s
}

/// The holder named just after a share: "45% yes", "49.9% female", "27%
/// opposed it", "37.6% were male".
fn holder_after(doc: &Doc, m: &Mention) -> Option<(Signs, usize)> {
    let mut j = m.end;
    while crate::lc_in!(doc, j, ["were", "are", "was", "is", "said", "they"]) && j < m.end + 3 {
        j += 1;
    }
    let signs = signs_of(cue_of(doc.word(j))?, j);
    signs.holds().then_some((signs, j))
}

/// The word after a share's phrase: "52% of the vote" ends after "vote". A
/// scope word or a list word ends the phrase, so that what follows is read.
fn phrase_end(doc: &Doc, m: &Mention) -> (usize, bool) {
    let mut j = m.end;
    let mut votes = false;
    if doc.is(j, "of") {
        j += 1;
        while j < m.end + 8 && doc.is_word(j) && doc.figure_at_word(j).is_none() {
            match cue_of(doc.word(j)) {
                Some(Cue::Vote) => votes = true,
                Some(
                    Cue::Scope
                    | Cue::ScopeTime
                    | Cue::Change
                    | Cue::Measure
                    | Cue::Threshold
                    | Cue::Remainder
                    | Cue::Male
                    | Cue::Female
                    | Cue::Option,
                ) => break,
                _ if crate::lc_in!(doc, j, ["and", "or", "while"]) => break,
                _ => {}
            }
            j += 1;
        }
    }
    (j, votes)
}

/// What the count a share restates counts: "4,102 votes, or 57.3%" is a
/// share of the votes, not of "the town's budget" a share before it named.
fn counted_before(doc: &Doc, m: &Mention) -> Option<String> {
    let k = m.first.checked_sub(2).filter(|&k| doc.is(k + 1, "or") && doc.lc(k) == ",")?;
    let before = doc.mention_of[m.figure]?.checked_sub(1).map(|i| &doc.mentions[i])?;
    let noun = before.noun.filter(|_| doc.after_noun(before) == k)?;
    let words = noun.of(doc.text);
    let last = &words[crate::text::last_of(words, b' ').map_or(0, |i| i + 1)..];
    Some(crate::mentions::singular(&last.to_ascii_lowercase()))
}

/// A cue of class `cue` in the three words before mention `m`.
fn cue_before(doc: &Doc, m: &Mention, cue: Cue) -> bool {
    (m.first.saturating_sub(3)..m.first).any(|k| cue_of(doc.word(k)) == Some(cue))
}

/// A percentage to reach rather than a share: "nobody passed 50%", "a 60%
/// supermajority", "the 5% threshold" (but "a 52% majority" is one won).
fn is_threshold(doc: &Doc, m: &Mention) -> bool {
    let named_after = cue_of(doc.word(m.end)) == Some(Cue::Threshold) && !doc.is(m.end, "majority");
    cue_before(doc, m, Cue::Threshold) || named_after
}

/// A percentage that sums shares told before it: "together", "combined"
/// or "jointly" in the five words before it in its sentence, or "between
/// them" ("Between them they got 58.6%"), with a percentage before it in
/// its sentence or the one before. ("A and B together hold 61%", with no
/// share told before, is a joint holder's share.)
fn combined(doc: &Doc, m: &Mention) -> bool {
    let (start, _) = doc.sentence_words(m.sentence);
    let window = m.first.saturating_sub(5).max(start)..m.first;
    let cued = window.clone().any(|k| {
        cue_of(doc.word(k)) == Some(Cue::Combined) && (!doc.is(k, "between") || doc.is(k + 1, "them"))
    });
    // "All others together get 14%": the others are a holder, the rest of
    // the whole.
    let remainder = window.into_iter().any(|k| cue_of(doc.word(k)) == Some(Cue::Remainder));
    // Looked for within forty words, so that a run of such shares in one
    // long sentence stays linear.
    let (before, _) = doc.sentence_words(m.sentence.saturating_sub(1));
    let from = before.max(m.first.saturating_sub(40));
    cued && !remainder && (from..m.first).any(|k| doc.kind_at(k) == Some(Kind::Percent))
}

/// Whether a percentage can be a holder's share: not a change, a bound
/// ("more than 50%") or the measure of something else ("a turnout of 61%").
fn may_be_a_share(doc: &Doc, m: &Mention) -> bool {
    let fig = &doc.figures[m.figure];
    let measured = cue_before(doc, m, Cue::Measure) || is_threshold(doc, m) || combined(doc, m);
    fig.kind == Kind::Percent
        && fig.value.is_some_and(|v| v >= 0.0)
        && !signed(doc, m)
        && !doc.second_side_of_score(m)
        && fig.bound.is_none()
        && !is_change(doc, m)
        && !compared(doc, m)
        && !measured
}


/// The words before a share that opens a sentence, with what they and the
/// words after the list's last share show. A list goes on in the next
/// sentence only when nothing after its last share, nor before this one,
/// gives another whole: a sentence that leads with its own counts may be of
/// another whole, one that names a source of its own gives another count,
/// and one that opens with "of" ("Of the undecided, 40% lean Yes") names
/// the whole of its own shares.
fn next_sentence_gap(doc: &Doc, list: &List, m: &Mention, resume: usize, sentence_start: usize) -> Gap {
    let trailing = if list.shares.is_empty() {
        Gap::default()
    } else {
        read_gap(doc, resume, clause_end(doc, list.sentence, resume))
    };
    let mut lead = read_gap(doc, sentence_start, m.first);
    let last_source = list.shares.last().and_then(|&f| doc.mention(f)).map(|p| &p.source);
    let other_source = m.source.is_some() && last_source.is_some_and(|s| *s != m.source);
    let own_whole = doc.is(sentence_start, "of");
    lead.breaks |= trailing.breaks || other_source || own_whole || (lead.counts && !list.shares.is_empty());
    lead
}

/// The lists of shares of one whole in the text.
pub(super) fn find(doc: &Doc, out: &mut Vec<Shares>) {
    let mut list = List::default();
    // Where the words after the list's last share begin.
    let mut resume = 0;
    // The paragraph of the last share read, when its list was still open.
    let mut open_share: Option<usize> = None;
    // The sentence of the last share read that no holder took ("46% of
    // applicants were Asian, 22% African, ... and the remaining 14%": its
    // holder stands past a verb): a list after it in its sentence may leave
    // it out, so "the remaining" does not make that list whole.
    let mut unheld: Option<usize> = None;
    for m in &doc.mentions {
        if doc.figures[m.figure].kind != Kind::Percent {
            continue;
        }
        let (sentence_start, _) = doc.sentence_words(m.sentence);
        let near = m.paragraph == list.paragraph && m.sentence <= list.sentence + 2;
        // A list its remainder made whole ("... and others 14%") ends there:
        // shares in a later sentence, or after a colon, are of another list,
        // often the remainder's own breakdown.
        let closed =
            list.complete_at.is_some() && (m.sentence != list.sentence || (resume..m.first).any(|k| doc.lc(k) == ":"));
        if !list.shares.is_empty() && (!near || closed) {
            flush(doc, &mut list, resume, out);
        }
        if !may_be_a_share(doc, m) {
            // Another kind of percentage ends a list, except a threshold in a
            // sentence of its own ("nobody passed 50%") between its sentences.
            if m.sentence == list.sentence || !is_threshold(doc, m) {
                flush(doc, &mut list, resume, out);
            }
            continue;
        }
        let mut gap = if list.shares.is_empty() || m.sentence != list.sentence {
            next_sentence_gap(doc, &list, m, resume, sentence_start)
        } else {
            read_gap(doc, resume, m.first)
        };
        let after = holder_after(doc, m);
        if let Some((signs, at)) = after {
            gap.holder = true;
            if signs.remainder || !signs.male.is_empty() || !signs.female.is_empty() {
                gap.complete_at.get_or_insert(at);
            }
            gap.signs.add(&signs);
        }
        let whole = named_whole(doc, m.end).or_else(|| counted_before(doc, m));
        let other_whole = whole.is_some() && list.whole.is_some() && whole != list.whole;
        let name = holder_before(doc, resume, m.first, sentence_start);
        if gap.breaks || !gap.holder || other_whole || name.as_ref().is_some_and(|n| list.holders.contains(n)) {
            if let (Some(&last), Some((at, reason))) = (list.shares.last(), gap.break_at) {
                doc.set_aside(ID, &[last, m.figure], reason, doc.words_span(at, at + 1));
            }
            flush(doc, &mut list, resume, out);
            if !gap.holder {
                unheld = Some(m.sentence);
                continue;
            }
        }
        let (end, votes) = phrase_end(doc, m);
        if list.shares.is_empty() {
            list.paragraph = m.paragraph;
            list.after_open_list = open_share.is_some_and(|p| p + 1 >= m.paragraph) || unheld == Some(m.sentence);
        } else {
            list.sentences |= m.sentence != list.sentence;
        }
        list.complete_at = list.complete_at.or(gap.complete_at);
        list.holders.extend(name);
        list.shares.push(m.figure);
        list.sentence = m.sentence;
        list.whole = list.whole.take().or(whole);
        list.signs.add(&gap.signs);
        list.signs.votes |= votes;
        resume = end;
        open_share = (!list.signs.complete(list.shares.len())).then_some(m.paragraph);
    }
    flush(doc, &mut list, resume, out);
}

/// The name that holds the share starting at word `at`: the nearest run of
/// capitalised words before it, after `from` and in its clause ("CON" in
/// "CON 19%", "Donald Trump" in "Donald Trump has 7.8m votes (30.3%)"). A
/// capitalised word that only opens its sentence names nothing. One whole
/// gives a holder one share: "CON 19%, LAB 30% (the equivalent of CON 29%,
/// LAB 46%)" names a holder again, so another list begins there.
fn holder_before(doc: &Doc, from: usize, at: usize, sentence_start: usize) -> Option<String> {
    let capital = |k: usize| {
        doc.is_word(k) && !is_stop_word(doc.lc(k)) && doc.words()[k].span.of(doc.text).starts_with(crate::text::is_upper)
    };
    let last = (from.max(at.saturating_sub(10))..at)
        .rev()
        .take_while(|&k| !crate::lc_in!(doc, k, [".", ";", ":"]))
        .find(|&k| capital(k) && k > sentence_start)?;
    let mut first = last;
    while first > from.max(sentence_start) && capital(first - 1) {
        first -= 1;
    }
    Some(crate::text::join(&(first..=last).map(|k| doc.lc(k)).collect::<Vec<_>>(), " "))
}

/// Where the words after a list's last share stop applying to it: the next
/// comma or semicolon, or the end of its sentence ("51% male and 49% female;
/// in 2019 ..." leaves the list's year alone, "35% in the north" does not).
fn clause_end(doc: &Doc, sentence: usize, from: usize) -> usize {
    let (_, end) = doc.sentence_words(sentence);
    (from..end).find(|&k| crate::lc_in!(doc, k, [",", ";"])).unwrap_or(end)
}

/// Ends a list: kept when it has two shares or more, is of one whole and
/// nothing after its last share in the sentence gives it another whole.
fn flush(doc: &Doc, list: &mut List, resume: usize, out: &mut Vec<Shares>) {
    let done = std::mem::take(list);
    if done.shares.len() < 2 {
        return;
    }
    if !done.signs.one_whole(doc, done.shares.len()) {
        doc.set_aside(ID, &done.shares, SetAside::NoCue, None);
        return;
    }
    if let Some((at, reason)) = read_gap(doc, resume, clause_end(doc, done.sentence, resume)).break_at {
        doc.set_aside(ID, &done.shares, reason, doc.words_span(at, at + 1));
        return;
    }
    if let Some(groups) = whole_sentences(doc, &done) {
        doc.set_aside(ID, &done.shares, SetAside::OtherClause, None);
        for shares in groups.into_iter().filter(|g| g.len() >= 2) {
            out.push(Shares { shares, certainty: Certainty::Stated, completeness: Completeness::Partial });
        }
        return;
    }
    // "A 29.7%, B 9.3%, ... C fought in two seats and won 0.84%. Others won
    // 13.7%": a list broken off from shares before it is no whole breakdown,
    // whatever completes it.
    let complete = done.signs.complete(done.shares.len()) && !done.after_open_list;
    if doc.explaining() {
        let scope = if done.sentences { Tie::SameParagraph } else { Tie::SameSentence };
        doc.tie(ID, &done.shares, scope, None);
        let quote = done.complete_at.and_then(|at| doc.words_span(at, at + 1));
        let breakdown = if complete { Tie::FullBreakdown } else { Tie::PartialBreakdown };
        doc.tie(ID, &done.shares, breakdown, quote);
    }
    let completeness = if complete { Completeness::Complete } else { Completeness::Partial };
    out.push(Shares { shares: done.shares, certainty: Certainty::Stated, completeness });
}

/// A list's shares by sentence, when a share alone in its sentence joins
/// shares of another sentence that make 100% on their own: "... and 12% are
/// unsure. A similar 60% say ..., 25% ... and 15% are unsure": that sentence
/// answers its own question, and the lone share belongs to another whole.
fn whole_sentences(doc: &Doc, list: &List) -> Option<Vec<Vec<usize>>> {
    if !list.sentences {
        return None;
    }
    let sentence = |f: usize| doc.mention(f).map(|m| m.sentence);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &f in &list.shares {
        match groups.last_mut() {
            Some(g) if sentence(g[0]) == sentence(f) => g.push(f),
            _ => groups.push(vec![f]),
        }
    }
    let makes_a_whole = |g: &Vec<usize>| {
        let sum = g.iter().map(|&f| doc.figures[f].interval()).try_fold(Interval::exact(0.0), |sum, iv| iv.map(|iv| sum.add(&iv)));
        g.len() >= 2 && sum.is_some_and(|sum| sum.meets(&Interval::exact(100.0)))
    };
    // Only a lone share is cut off: runs of several shares that each make
    // 100% are the splits of several wholes, which the check reads itself.
    let lone_and_whole = groups.iter().any(makes_a_whole) && groups.iter().all(|g| g.len() == 1 || makes_a_whole(g));
    (groups.len() >= 2 && lone_and_whole).then_some(groups)
}
