//! Shares of one whole: results that should make 100% ("41.28% ...
//! 32.06% ... 14.71% ..."), and shares with their counts beside them
//! ("41.28% (6 305 114 votes)"), each of which implies the same whole.
//!
//! A block is a run of paragraphs with percentages in them (one paragraph
//! without may sit between, as a list's heading does). A percentage that
//! measures a change ("up 9.3%") or names another whole ("99.78% of all
//! polling districts" beside shares "of the vote") is left out.

use crate::checks::relation::signed;
use super::{Completeness, Shares};
use crate::checks::percent_of_total::SharesOfCounts;
use crate::checks::relation::{Certainty, CueWords};
use crate::figures::Kind;
use crate::mentions::lexicon::Class;
use crate::mentions::Doc;

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// A word that makes a percentage a change: "up", "fell", "than".
    Change,
    /// A word that makes a percentage the measure of something else: "turnout".
    Measure,
    /// A word that makes a percentage a threshold to reach: "needed 50%".
    Threshold,
    /// A word that gives two percentages different wholes: "in", "among".
    Scope,
    /// A word that gives two percentages different periods: "last", "since".
    ScopeTime,
    /// The holder of what the others leave: "others", "the rest".
    Remainder,
    /// The two sides of a split by sex.
    Male,
    Female,
    /// An answer to one question: "yes", "opposed".
    Option,
    /// The vote as a share's whole: "of the vote".
    Vote,
    /// A word that joins the items of a list.
    Glue,
    /// A word before a percentage that makes it the sum of shares told
    /// before it: "together", "combined".
    Combined,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("change", Cue::Change),
                ("measure", Cue::Measure),
                ("threshold", Cue::Threshold),
                ("scope", Cue::Scope),
                ("scope-time", Cue::ScopeTime),
                ("remainder", Cue::Remainder),
                ("sex-male", Cue::Male),
                ("sex-female", Cue::Female),
                ("option", Cue::Option),
                ("vote", Cue::Vote),
                ("glue", Cue::Glue),
                ("combined", Cue::Combined),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::SHARES_SUM_CUES);

/// The class of `word` in `cues.txt`.
pub(super) fn cue_of<'w>(word: impl Into<crate::text::HashedWord<'w>>) -> Option<Cue> {
    CUES.class_of::<Cue>(word)
}

/// Whether `word` gives two percentages different wholes or periods: "in
/// the north", "among women", "last year".
pub(crate) fn gives_another_whole(word: &str) -> bool {
    matches!(cue_of(word), Some(Cue::Scope | Cue::ScopeTime))
}

/// Whether `word` is a cue of class `cue`.
fn is_cue<'w>(word: impl Into<crate::text::HashedWord<'w>>, cue: Cue) -> bool {
    cue_of(word) == Some(cue)
}

/// Whether a percentage measures a change or a comparison ("up 9.3%",
/// "rose 4%", "12% more than"), read from the words either side of it, or
/// by its sign ("812.400 cars (+3,1%)").
pub(crate) fn is_change(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    signed(doc, m)
        || is_cue(doc.word(m.first.saturating_sub(1)), Cue::Change)
        || is_cue(doc.word(m.end), Cue::Change)
        // "1.8% fewer than last year": a comparative and "than" after it
        // compare ("36% above it" may say where a share stands).
        || crate::checks::change::is_comparative(doc.word(m.end)) && doc.is(m.end + 1, "than")
}

/// Whether a percentage stands on either side of "against" with the other
/// percentage close by, no comma or "and" between: "28% against 31%", "9%
/// of respondents against the register's figure of 14%". Such a pair compares one share in
/// two groups; neither is a share of the list around it. ("40% against"
/// with no figure after it is a vote's side.)
pub(super) fn compared(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    let (a, b) = doc.sentence_words(m.sentence);
    let stop = |w: &str| crate::one_of!(w, [",", ";", ":", "and", "."]);
    let mut k = m.first;
    while k > a && k + 6 > m.first {
        k -= 1;
        match doc.lc(k) {
            "against" => return true,
            w if stop(w) => break,
            _ => {}
        }
    }
    let mut against = false;
    for k in m.end..b.min(m.end + 10) {
        let w = doc.lc(k);
        if stop(w) {
            return false;
        }
        against |= w == "against";
        if against && doc.kind_at(k) == Some(Kind::Percent) {
            return true;
        }
    }
    false
}

/// The whole a percentage names: "41.28% of the vote" → vote.
pub(crate) fn named_whole(doc: &Doc, end: usize) -> Option<String> {
    if !doc.is(end, "of") {
        return None;
    }
    let mut j = end + 1;
    while crate::lc_in!(doc, j, ["the", "all", "its", "their", "a"]) {
        j += 1;
    }
    doc.is_word(j).then(|| crate::mentions::singular(doc.lc(j)))
}

/// What one scan of the percentages finds: runs of shares of one whole
/// (this check's) and shares with their counts beside them (checked by
/// `percent-of-total`).
#[derive(Default)]
pub(crate) struct PercentBlocks {
    pub shares: Vec<Shares>,
    pub of_counts: Vec<SharesOfCounts>,
}

// Called by two checks: kept out of line so that the scan is in the Wasm once.
#[inline(never)]
/// Each whole a block of shares names, once, in the order named (no sort:
/// one routine less in the Wasm).
fn wholes_named(block: &[(usize, Option<String>)]) -> Vec<Option<String>> {
    let mut wholes: Vec<Option<String>> = Vec::new();
    for (_, whole) in block {
        if !wholes.contains(whole) {
            wholes.push(whole.clone());
        }
    }
    wholes
}

/// Whether the run `all[start..=k]` takes the tail of one sentence's shares
/// into the next sentence: a list's shares are given together, so a run
/// across sentences that leaves a share of its first sentence before it
/// joins the end of one list to another ("Labour 40%, ... Green 5%, SNP 3%
/// and others 3%. ... Labour 39%, Conservative 23%, ..."). A sentence may
/// go on after a list with a share of something else ("including 14%
/// undecided", a turnout), so what follows the run is no sign.
fn splits_lists(doc: &Doc, all: &[usize], start: usize, k: usize) -> bool {
    let sentence = |f: usize| doc.mention(f).map(|m| m.sentence);
    let first = sentence(all[start]);
    first != sentence(all[k]) && all[..start].iter().any(|&f| sentence(f) == first)
}

/// The first run of three shares or more of `all`, in order, that makes
/// 100% within rounding, taking no tail of one list and head of the next
/// and no shares of different periods.
fn run_making_100(doc: &Doc, all: &[usize]) -> Vec<usize> {
    for start in 0..all.len() {
        let mut total = 0.0;
        for (k, &f) in all.iter().enumerate().skip(start) {
            // Shares of different periods split no one whole, whatever they
            // sum to: a run stops where words or a date between two shares
            // give another period.
            if k > start && another_period(doc, all[k - 1], f) {
                break;
            }
            total += doc.figures[f].value.unwrap_or(0.0);
            if k >= start + 2 && (total - 100.0).abs() <= 0.5 && !splits_lists(doc, all, start, k) {
                return all[start..=k].to_vec();
            }
            if total > 100.5 {
                break;
            }
        }
    }
    Vec::new()
}

pub(crate) fn find(doc: &Doc) -> PercentBlocks {
    let mut found = PercentBlocks::default();
    let out = &mut found;
    let mut block: Vec<(usize, Option<String>)> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut last_paragraph: Option<usize> = None;
    let flush = |block: &mut Vec<(usize, Option<String>)>,
                 pairs: &mut Vec<(usize, usize)>,
                 out: &mut PercentBlocks,
                 doc: &Doc| {
        if pairs.len() >= 2 {
            out.of_counts.push(SharesOfCounts { pairs: std::mem::take(pairs) });
        }
        pairs.clear();
        if block.len() >= 3 {
            for whole in wholes_named(block) {
                let all: Vec<usize> = block.iter().filter(|b| b.1.is_none() || b.1 == whole).map(|b| b.0).collect();
                // The shares are a run that makes 100%: other percentages
                // before or after it (a rise, a turnout) measure something else.
                let mut shares = run_making_100(doc, &all);
                // Shares that each name the whole but stand in sentences of
                // their own ("30% of clinics met one target; 48% of clinics
                // met another") may be of properties that overlap: only a
                // run that makes 100% says they split one whole.
                let one_sentence = all.iter().all(|&f| doc.mention(f).map(|m| m.sentence) == doc.mention(all[0]).map(|m| m.sentence));
                if shares.is_empty() && one_sentence && block.iter().all(|b| b.1.is_some() && b.1 == whole) {
                    shares = all.clone();
                }
                if shares.len() >= 3 {
                    let certainty = if block.iter().all(|b| b.1.is_some() && b.1 == whole) {
                        Certainty::Stated
                    } else {
                        Certainty::Plausible
                    };
                    out.shares.push(Shares { shares, certainty, completeness: Completeness::Unknown });
                }
            }
        }
        block.clear();
    };
    for (mi, m) in doc.mentions.iter().enumerate() {
        let fig = &doc.figures[m.figure];
        if fig.kind != Kind::Percent || fig.value.is_none() {
            continue;
        }
        if last_paragraph.is_some_and(|p| m.paragraph > p + 2) {
            flush(&mut block, &mut pairs, out, doc);
        }
        last_paragraph = Some(m.paragraph);
        if is_change(doc, m) || fig.bound.is_some() || compared(doc, m) || doc.second_side_of_score(m) {
            continue;
        }
        block.push((m.figure, named_whole(doc, m.end)));
        // "41.28% (6 305 114 votes)", "41.28% of the vote (6 305 114 votes)".
        if let Some(next) = doc.mentions.get(mi + 1) {
            let bracket = (m.end..next.first).any(|k| doc.lc(k) == "(") && next.first <= m.end + 6;
            let nf = &doc.figures[next.figure];
            if bracket && nf.kind == Kind::Number && nf.value.is_some() && doc.lc(next.end) != "%" {
                pairs.push((m.figure, next.figure));
            }
        }
    }
    flush(&mut block, &mut pairs, out, doc);
    same_whole_in_a_sentence(doc, &mut found.shares);
    found.shares = with_lists(doc, std::mem::take(&mut found.shares));
    found
}

/// Whether a year, a date or a phrase of time ("last year", "this year",
/// "a year earlier") stands between shares `a` and `b` in their own
/// sentences: "28% this year, up from 27% last year", "12% ... in 2019".
/// ("At the last count" is no period, and a sentence between them dates
/// neither.)
fn another_period(doc: &Doc, a: usize, b: usize) -> bool {
    let (Some(a), Some(b)) = (doc.mention(a), doc.mention(b)) else { return false };
    let after_a = a.end..doc.sentence_words(a.sentence).1.min(b.first);
    let before_b = doc.sentence_words(b.sentence).0.max(a.end)..b.first;
    after_a.chain(before_b).any(|k| {
        let dated = matches!(doc.kind_at(k), Some(Kind::Year | Kind::Date));
        dated || crate::mentions::lexicon::lexicons().periods.match_phrase(&doc.phrase_at(k, 4)).is_some()
    })
}

/// Lists read from the sentence's structure come first: a run found by its
/// sum alone is kept only where no list holds any of its shares, or where
/// it holds a whole list (the fuller reading of its shares).
fn with_lists(doc: &Doc, mut runs: Vec<Shares>) -> Vec<Shares> {
    let mut lists = Vec::new();
    super::lists::find(doc, &mut lists);
    lists.retain(|l| !runs.iter().any(|s| l.shares.iter().all(|f| s.shares.contains(f))));
    runs.retain(|s| !lists.iter().any(|l| l.shares.iter().any(|f| s.shares.contains(f))));
    lists.append(&mut runs);
    lists
}

/// "48% of the vote went to Smith, 39% of the vote to Jones and 21% of the
/// vote to Brown": three or more shares in one sentence that each name the
/// same whole cannot pass 100% together.
fn same_whole_in_a_sentence(doc: &Doc, out: &mut Vec<Shares>) {
    let mut k = 0;
    while k < doc.mentions.len() {
        let s = doc.mentions[k].sentence;
        let end = k + doc.mentions[k..].iter().take_while(|m| m.sentence == s).count();
        let shares: Vec<(usize, Option<String>)> = doc.mentions[k..end]
            .iter()
            .filter(|m| doc.figures[m.figure].kind == Kind::Percent && doc.figures[m.figure].bound.is_none())
            .map(|m| (m.figure, named_whole(doc, m.end)))
            .collect();
        if shares.len() >= 3 && shares[0].1.is_some() && shares.iter().all(|x| x.1 == shares[0].1) {
            out.push(Shares {
                shares: shares.iter().map(|x| x.0).collect(),
                certainty: Certainty::Stated,
                completeness: Completeness::Unknown,
            });
        }
        k = end.max(k + 1);
    }
}

#[cfg(test)]
mod cue_tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}
