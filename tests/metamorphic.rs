//! Metamorphic tests over the dev corpus (`../shared/corpus/news/dev.jsonl`):
//! the passages are rewritten in ways whose effect on the verdicts is known,
//! without anyone labelling the rewritten text.
//!
//! - DIR (move): every relation the engine verifies is broken by moving one
//!   of its figures past its tolerance (10% and at least two units of its
//!   last digit; further past a hedge), written in the same form; the check
//!   must then flag it. A total is not moved below its parts by more than a
//!   quarter of it, nor the later end of a change called the wrong way to
//!   more than half again the earlier or less than two thirds of it: the
//!   engine takes figures that far apart for a misread pairing.
//! - INV (rename): a counted noun in a finding's sentences, replaced by a
//!   synonym everywhere in the passage, changes no verdict.
//! - INV (scale): multiplying the counts of one finding by 10 (and by 2 where
//!   the arithmetic stays exact: whole counts in sums, shares and changes)
//!   keeps its verdict.
//! - INV (insert): an unrelated paragraph with figures, put at the start,
//!   between two paragraphs or at the end, changes no verdict and adds none.
//!
//! Verdicts are compared as sets keyed by rule, figure offsets (mapped back
//! through the edits) and roles. Rates per check and per rewrite are held
//! against `tests/metamorphic/ratchet.toml`; run with `--nocapture` for the
//! table, and `METAMORPHIC_FAILURES=N` to print up to N failures per rewrite.

#[path = "checklist/harness.rs"]
mod harness;

use std::collections::BTreeMap;

use addsup::report::{Finding, Report, Role, Status};
use addsup::{Figure, figures::Bound, figures::Kind};
use harness::{Rates, from_words, grouped, words};
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    id: String,
    text: String,
}

fn corpus() -> Vec<Record> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news/dev.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("the dev corpus is missing: cannot read {} ({e}); the metamorphic tests need it", path.display())
    });
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: bad record: {e}", path.display())))
        .collect()
}

/// A paragraph written for these tests: a year, a date, a sum of money, a
/// clock time and a count, none of which belongs to any passage.
const UNRELATED: &str = "The city museum, which opened in 1998, reopens on April 3 after a renovation that cost \
                         $2.4 million. Doors open at 09:30, and entry is free for the first 500 visitors.";

/// Synonyms for counted nouns, written for these tests.
const SYNONYMS: &[(&str, &str)] = &[
    ("drones", "UAVs"),
    ("missiles", "rockets"),
    ("soldiers", "troops"),
    ("votes", "ballots"),
    ("passengers", "travellers"),
    ("children", "minors"),
    ("homes", "houses"),
    ("buildings", "structures"),
    ("deaths", "fatalities"),
    ("prisoners", "detainees"),
    ("students", "pupils"),
    ("workers", "employees"),
    ("residents", "inhabitants"),
    ("people", "persons"),
];

// ------------------------------------------------------------------ edits

/// Replacements in a text, by byte range, in order and not overlapping.
#[derive(Default)]
struct Edits(Vec<(usize, usize, String)>);

impl Edits {
    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 64);
        let mut at = 0;
        for (start, end, new) in &self.0 {
            out.push_str(&text[at..*start]);
            out.push_str(new);
            at = *end;
        }
        out.push_str(&text[at..]);
        out
    }

    /// The offset in the original text of offset `o` of the edited one;
    /// `None` inside inserted text (the start of a replacement maps to the
    /// start of what it replaced).
    fn to_original(&self, o: usize) -> Option<usize> {
        let mut shift: isize = 0;
        for (start, end, new) in &self.0 {
            let new_start = (*start as isize + shift) as usize;
            if o < new_start {
                break;
            }
            if o == new_start && end > start {
                return Some(*start);
            }
            if o < new_start + new.len() {
                return None;
            }
            shift += new.len() as isize - (end - start) as isize;
        }
        Some((o as isize - shift) as usize)
    }
}

// ---------------------------------------------------------- number tokens

/// The number inside a figure's text: digits with their separators and
/// decimals, or a number word below 100.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    value: f64,
    decimals: usize,
    separator: Option<char>,
    in_words: bool,
    capitalised: bool,
}

impl Token {
    fn find(text: &str, start: usize, end: usize) -> Option<Token> {
        let span = &text[start..end];
        if let Some(first) = span.find(|c: char| c.is_ascii_digit()) {
            return Some(Self::digits(text, start + first));
        }
        // A number word, alone or after a bound: "Fourteen", "at least three".
        let mut at = start;
        for w in span.split(|c: char| c.is_whitespace()) {
            if let Some(n) = from_words(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')) {
                let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
                let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                return Some(Token {
                    start: at + lead,
                    end: at + lead + core.len(),
                    value: n as f64,
                    decimals: 0,
                    separator: None,
                    in_words: true,
                    capitalised: core.starts_with(char::is_uppercase),
                });
            }
            at += w.len() + 1;
        }
        None
    }

    /// Digits from `start`: "2,587,706", "2 048 000", "33.46".
    fn digits(text: &str, start: usize) -> Token {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut end = start;
        while digit(end) {
            end += 1;
        }
        let mut separator = None;
        while let Some(c) = text[end..].chars().next() {
            let after = end + c.len_utf8();
            let group = (0..3).all(|k| digit(after + k)) && !digit(after + 3);
            if matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}') && group && separator.is_none_or(|s| s == c) {
                separator = Some(c);
                end = after + 3;
            } else {
                break;
            }
        }
        let mut decimals = 0;
        if b.get(end) == Some(&b'.') && digit(end + 1) {
            end += 1;
            while digit(end) {
                end += 1;
                decimals += 1;
            }
        }
        let plain: String = text[start..end].chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        Token {
            start,
            end,
            value: plain.parse().expect("digits"),
            decimals,
            separator,
            in_words: false,
            capitalised: false,
        }
    }

    /// The place value of the last digit written: "1.41" → 0.01, "300" → 100.
    fn unit(&self) -> f64 {
        if self.decimals > 0 {
            return 10f64.powi(-(self.decimals as i32));
        }
        let mut u = 1.0;
        while self.value >= u * 10.0 && (self.value / (u * 10.0)).fract() == 0.0 {
            u *= 10.0;
        }
        u
    }

    /// `value` written the way this token is written.
    fn render(&self, value: f64, decimals: usize) -> Option<String> {
        if value <= 0.0 || !value.is_finite() {
            return None;
        }
        let whole = decimals == 0;
        if self.in_words && whole && value < 100.0 {
            let w = words(value.round() as u64);
            return Some(if self.capitalised { capitalised(&w) } else { w });
        }
        let s = format!("{value:.decimals$}");
        let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
        let int_value: u64 = int.parse().ok()?;
        let digits_before = self.value.trunc().to_string().len();
        // A number that grows past 999 is grouped as the text groups its
        // numbers, with a comma when the original was too short to show it.
        let int = match self.separator {
            Some(sep) => grouped(int_value, sep),
            None if int_value >= 1000 && digits_before < 4 => grouped(int_value, ','),
            None => int.to_string(),
        };
        Some(frac.map_or(int.clone(), |f| format!("{int}.{f}")))
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

// --------------------------------------------------------------- verdicts

type Key = (&'static str, Vec<(usize, String)>);

/// The verdicts of a report, keyed by rule and by the figures' offsets in
/// the original text (`usize::MAX` for a figure in inserted text) and roles.
fn verdicts(report: &Report, edits: &Edits) -> BTreeMap<Key, Vec<Status>> {
    let mut out: BTreeMap<Key, Vec<Status>> = BTreeMap::new();
    for f in &report.findings {
        out.entry(key(f, edits)).or_default().push(f.status);
    }
    for statuses in out.values_mut() {
        statuses.sort_by_key(|s| *s == Status::Inconsistent);
    }
    out
}

fn key(f: &Finding, edits: &Edits) -> Key {
    let mut figures: Vec<(usize, String)> = f
        .figures
        .iter()
        .map(|x| (edits.to_original(x.span.start).unwrap_or(usize::MAX), format!("{:?}", x.role)))
        .collect();
    figures.sort();
    (f.rule, figures)
}

fn status_label(s: &[Status]) -> String {
    s.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join("+")
}

/// Scores one rewrite of a whole passage: each original verdict must come
/// back unchanged, and no verdict may appear that was not there.
fn compare_all(
    rates: &mut Rates,
    kind: &str,
    before: &BTreeMap<Key, Vec<Status>>,
    after: &BTreeMap<Key, Vec<Status>>,
    log: &mut Log,
    id: &str,
) {
    for (k, statuses) in before {
        let same = after.get(k) == Some(statuses);
        let alarm = !statuses.contains(&Status::Inconsistent)
            && after.get(k).is_some_and(|s| s.contains(&Status::Inconsistent));
        rates.add(k.0, kind, same, Some(alarm));
        if !same {
            log.add(
                kind,
                format!(
                    "{id} {}: {} became {}",
                    k.0,
                    status_label(statuses),
                    after.get(k).map_or("nothing".into(), |s| status_label(s))
                ),
            );
        }
    }
    for (k, statuses) in after.iter().filter(|(k, _)| !before.contains_key(*k)) {
        rates.add(k.0, kind, false, Some(statuses.contains(&Status::Inconsistent)));
        log.add(kind, format!("{id} {}: a new {} verdict", k.0, status_label(statuses)));
    }
}

/// Up to a number of failure lines per rewrite.
struct Log {
    limit: usize,
    lines: BTreeMap<String, Vec<String>>,
}

impl Log {
    fn add(&mut self, kind: &str, line: String) {
        let lines = self.lines.entry(kind.to_string()).or_default();
        if lines.len() < self.limit {
            lines.push(line);
        }
    }
}

// ---------------------------------------------------------------- rewrites

/// Paragraph insertions: at the start, at the paragraph break nearest the
/// middle (when there is one), at the end. The passages break paragraphs
/// with one newline or two; a break inside a list (a line that does not end
/// a sentence, or a short next line) is no place for a paragraph.
fn insertions(text: &str) -> Vec<(&'static str, Edits)> {
    let mut out = vec![
        ("INV insert start", Edits(vec![(0, 0, format!("{UNRELATED}\n\n"))])),
        ("INV insert end", Edits(vec![(text.len(), text.len(), format!("\n\n{UNRELATED}"))])),
    ];
    let breaks = text.match_indices('\n').map(|(i, _)| i + 1).filter(|&at| {
        let before = text[..at].trim_end();
        let next_line = text[at..].trim_start().lines().next().unwrap_or("");
        before.ends_with(['.', '"', '\u{201d}', ')'])
            && next_line.starts_with(|c: char| c.is_uppercase())
            && next_line.len() > 40
    });
    if let Some(at) = breaks.min_by_key(|&i| i.abs_diff(text.len() / 2)) {
        let separator = if text[..at].ends_with("\n\n") { "\n\n" } else { "\n" };
        out.push(("INV insert middle", Edits(vec![(at, at, format!("{UNRELATED}{separator}"))])));
    }
    out
}

/// Every whole-word occurrence of the first listed noun that stands in a
/// finding's sentences, replaced by its synonym (capitalised where it is).
fn renaming(text: &str, report: &Report) -> Option<Edits> {
    let in_findings = |at: usize| report.findings.iter().any(|f| f.span.start <= at && at < f.span.end);
    let whole_word = |s: usize, e: usize| {
        let before = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    };
    for (noun, synonym) in SYNONYMS {
        let forms = [(noun.to_string(), synonym.to_string()), (capitalised(noun), capitalised(synonym))];
        let mut hits: Vec<(usize, usize, String)> = forms
            .iter()
            .flat_map(|(n, s)| text.match_indices(n.as_str()).map(move |(i, _)| (i, i + n.len(), s.clone())))
            .filter(|(s, e, _)| whole_word(*s, *e))
            .collect();
        if hits.iter().any(|(s, _, _)| in_findings(*s)) {
            hits.sort_by_key(|h| h.0);
            return Some(Edits(hits));
        }
    }
    None
}

/// Roles whose figures are counts or amounts that scale with the things
/// counted; a percentage playing them does not, nor a temperature (°F and
/// °C differ by an offset, so ten times one is not ten times the other).
fn scales(role: Role, figure: &Figure) -> bool {
    let amount =
        !matches!(figure.kind, Kind::Percent | Kind::Points) && !figure.unit.is_some_and(|u| u.starts_with('°'));
    amount
        && matches!(
            role,
            Role::Total
                | Role::Part
                | Role::Whole
                | Role::From
                | Role::To
                | Role::Change
                | Role::Original
                | Role::Converted
                | Role::Restated
        )
}

/// The edits that multiply the amounts of `f` by `factor`, or `None` when
/// a figure cannot be rewritten (a word such as "another", a range, a
/// number beyond words) or nothing scales.
fn scaling(text: &str, report: &Report, f: &Finding, factor: u32) -> Option<Edits> {
    let mut edits = Vec::new();
    for x in &f.figures {
        let Some(i) = x.figure else {
            // "another" stands for one: it cannot be doubled in place.
            if matches!(x.role, Role::Part | Role::Total | Role::Whole) {
                return None;
            }
            continue;
        };
        let figure = &report.figures[i];
        if !scales(x.role, figure) {
            continue;
        }
        figure.value?;
        let tok = Token::find(text, figure.span.start, figure.span.end)?;
        let (value, decimals) = match factor {
            10 if tok.decimals > 0 => (tok.value * 10.0, tok.decimals - 1),
            2 if tok.decimals > 0 => return None,
            _ => (tok.value * f64::from(factor), 0),
        };
        if edits.iter().any(|(s, _, _)| *s == tok.start) {
            continue;
        }
        edits.push((tok.start, tok.end, tok.render(value, decimals)?));
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| e.0);
    Some(Edits(edits))
}

/// The rules whose arithmetic stays exact when whole counts are doubled.
const DOUBLES_EXACTLY: &[&str] = &["sum-of-parts", "percent-of-total", "change"];

/// How far a moved figure goes: 10% of its value and at least two units of
/// its last digit, plus what the relation's other figures allow (a round
/// "120" may be 115–125, "about" reaches a tenth either side), three times
/// that when the moved figure is itself hedged.
fn step(tok: &Token, value: f64, hedged: bool, slack: f64) -> f64 {
    let s = ((0.1 + slack) * value).max(2.0 * tok.unit());
    if hedged { 3.0 * s } else { s }
}

fn hedged(figure: &Figure) -> bool {
    figure.approx.is_some() || figure.bound.is_some()
}

/// The relative tolerance the figures of `f` other than `moved` bring: the
/// place value of each one's last digit over its value, and 15% for each
/// hedge.
fn slack(text: &str, report: &Report, f: &Finding, moved: &Figure) -> f64 {
    f.figures
        .iter()
        .filter_map(|x| x.figure.map(|i| &report.figures[i]))
        .filter(|g| g.span != moved.span)
        .map(|g| {
            let rounding = Token::find(text, g.span.start, g.span.end).map_or(0.0, |t| t.unit() / t.value);
            rounding + if hedged(g) { 0.15 } else { 0.0 }
        })
        .sum()
}

/// Whether moving `moved` down, rather than up, breaks its relation: it
/// does when another figure is a lower bound ("at least 2,000 feet (600
/// metres)": more metres still fit) or the moved one an upper bound.
fn breaks_downwards(report: &Report, f: &Finding, moved: &Figure) -> bool {
    let lower = |g: &Figure| matches!(g.bound, Some(Bound::AtLeast | Bound::MoreThan));
    let upper = |g: &Figure| matches!(g.bound, Some(Bound::AtMost | Bound::LessThan));
    let others = f.figures.iter().filter_map(|x| x.figure.map(|i| &report.figures[i])).filter(|g| g.span != moved.span);
    upper(moved) || (!lower(moved) && others.into_iter().any(lower))
}

/// One figure of `f` moved past its tolerance so that the relation breaks:
/// the edit and where the moved token starts in the edited text.
fn moving(text: &str, report: &Report, f: &Finding) -> Option<(Edits, usize)> {
    let figure_of = |role: Role| {
        f.figures.iter().filter(move |x| x.role == role).filter_map(|x| x.figure.map(|i| &report.figures[i]))
    };
    // The figure's value is its token's times a scale ("1.5 million").
    let write = |figure: &Figure, new_value: f64, up: bool| -> Option<(Edits, usize)> {
        let tok = Token::find(text, figure.span.start, figure.span.end)?;
        let scale = figure.value? / tok.value;
        let units = new_value / scale / tok.unit();
        let units = if up { units.ceil() } else { units.floor() };
        let new = tok.render(units * tok.unit(), tok.decimals)?;
        Some((Edits(vec![(tok.start, tok.end, new)]), tok.start))
    };
    let moved_by = |figure: &Figure, down: bool| -> Option<(Edits, usize)> {
        let tok = Token::find(text, figure.span.start, figure.span.end)?;
        let v = figure.value?;
        let by = step(&tok, tok.value, hedged(figure), slack(text, report, f, figure)) * v / tok.value;
        if down { write(figure, v - by, false) } else { write(figure, v + by, true) }
    };
    match f.rule {
        "sum-of-parts" => {
            let total = figure_of(Role::Total).next()?;
            let mut sum = 0.0;
            for x in f.figures.iter().filter(|x| x.role == Role::Part) {
                sum += match x.figure {
                    Some(i) => report.figures[i].value?,
                    None => 1.0, // "another"
                };
            }
            let tok = Token::find(text, total.span.start, total.span.end)?;
            let scale = total.value? / tok.value;
            let by = step(&tok, sum / scale, hedged(total), slack(text, report, f, total)) * scale;
            // A total that is a lower bound ("more than 400") is broken by
            // raising it past the parts; any other by putting it below them,
            // but not by more than a quarter of it: parts further above their
            // total were read against the wrong one, and are set aside.
            match total.bound {
                Some(Bound::AtLeast | Bound::MoreThan) => write(total, sum + by, true),
                _ if by > sum / 5.0 => None,
                _ => write(total, sum - by, false),
            }
        }
        "shares-sum" => {
            let shares: Vec<&Figure> = figure_of(Role::Share).collect();
            let sum: f64 = shares.iter().map(|s| s.value.unwrap_or(0.0)).sum();
            let largest = shares.iter().max_by(|a, b| a.value.partial_cmp(&b.value).expect("no NaN"))?;
            let tok = Token::find(text, largest.span.start, largest.span.end)?;
            let past = (100.0 - sum).max(0.0) + (shares.len() as f64 + 2.0) * tok.unit();
            write(largest, largest.value? + past.max(step(&tok, tok.value, false, 0.0)), true)
        }
        "percent-of-total" => {
            let percent = figure_of(Role::Percent).next()?;
            let tok = Token::find(text, percent.span.start, percent.span.end)?;
            let by = step(&tok, tok.value, hedged(percent), slack(text, report, f, percent));
            moved_by(percent, tok.value + by > 100.0)
        }
        // A change with only its two ends is checked for its direction:
        // broken by moving the later value past the earlier one.
        "change" if f.figures.iter().all(|x| matches!(x.role, Role::From | Role::To)) => {
            let (from, to) = (figure_of(Role::From).next()?, figure_of(Role::To).next()?);
            let (a, b) = (from.value?, to.value?);
            let tok = Token::find(text, to.span.start, to.span.end)?;
            let by = step(&tok, a * tok.value / b, hedged(to), slack(text, report, f, to)) * b / tok.value;
            // Past the earlier value, but not to half again or two thirds of
            // it: a move called the wrong way between ends that far apart
            // is taken for a misread pairing.
            if by > a / 3.0 {
                None
            } else if b >= a {
                write(to, a - by, false)
            } else {
                write(to, a + by, true)
            }
        }
        _ => {
            // Move the first unhedged figure of the roles that state a
            // result; failing that, the first figure that can be rewritten.
            let order = [
                Role::Change,
                Role::Converted,
                Role::Count,
                Role::Restated,
                Role::To,
                Role::Whole,
                Role::Total,
                Role::Percent,
            ];
            let candidates: Vec<&Figure> = order.iter().flat_map(|&r| figure_of(r)).collect();
            candidates
                .iter()
                .filter(|x| !hedged(x))
                .chain(candidates.iter())
                .find_map(|x| moved_by(x, breaks_downwards(report, f, x)))
        }
    }
}

// -------------------------------------------------------------------- test

#[test]
fn rewrites_of_the_dev_corpus_keep_or_flip_verdicts_as_they_must() {
    let records = corpus();
    let limit = std::env::var("METAMORPHIC_FAILURES").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    let mut log = Log { limit, lines: BTreeMap::new() };
    let mut rates = Rates::default();
    let mut untested = 0;
    let check = |t: &str| addsup::check(t, &Default::default());
    for r in &records {
        let report = check(&r.text);
        let none = Edits::default();
        let before = verdicts(&report, &none);

        for (kind, edits) in insertions(&r.text) {
            compare_all(&mut rates, kind, &before, &verdicts(&check(&edits.apply(&r.text)), &edits), &mut log, &r.id);
        }
        if let Some(edits) = renaming(&r.text, &report) {
            let after = verdicts(&check(&edits.apply(&r.text)), &edits);
            compare_all(&mut rates, "INV rename", &before, &after, &mut log, &r.id);
        }

        for f in &report.findings {
            let k = key(f, &none);
            for factor in [2, 10] {
                if factor == 2 && !DOUBLES_EXACTLY.contains(&f.rule) {
                    continue;
                }
                let Some(edits) = scaling(&r.text, &report, f, factor) else { continue };
                let kind = if factor == 2 { "INV scale x2" } else { "INV scale x10" };
                let new = edits.apply(&r.text);
                let after = verdicts(&check(&new), &edits);
                let same = after.get(&k) == before.get(&k);
                let alarm =
                    f.status == Status::Consistent && after.get(&k).is_some_and(|s| s.contains(&Status::Inconsistent));
                rates.add(f.rule, kind, same, Some(alarm));
                if !same {
                    log.add(kind, format!("{} {} {:?} → {:?}: {}", r.id, f.rule, f.status, after.get(&k), new));
                }
            }
            if f.status != Status::Consistent {
                continue;
            }
            let Some((edits, moved_at)) = moving(&r.text, &report, f) else {
                untested += 1;
                continue;
            };
            let new = edits.apply(&r.text);
            let moved = &edits.0[0];
            let moved_end = moved_at + moved.2.len();
            let flagged = check(&new).inconsistent().any(|g| {
                g.rule == f.rule && g.figures.iter().any(|x| x.span.start < moved_end && moved_at < x.span.end)
            });
            rates.add(f.rule, "DIR move", flagged, None);
            if !flagged {
                log.add(
                    "DIR move",
                    format!(
                        "{} {}: {:?} → {:?} not flagged: {}",
                        r.id,
                        f.rule,
                        &r.text[moved.0..moved.1],
                        moved.2,
                        new
                    ),
                );
            }
        }
    }
    for (kind, lines) in &log.lines {
        for l in lines {
            println!("[{kind}] {}", l.replace('\n', "⏎"));
        }
    }
    println!("{} passages; {untested} verified relations had no figure that could be rewritten", records.len());
    rates.print("Metamorphic (dev corpus)");
    let ratchet = harness::read_ratchet(&harness::data_dir("metamorphic").join("ratchet.toml"));
    rates.hold(&ratchet, "tests/metamorphic/ratchet.toml");
}

#[test]
fn an_edit_maps_offsets_back_to_the_original() {
    let edits = Edits(vec![(0, 0, "ab".into()), (5, 8, "x".into())]);
    let text = "0123456789";
    assert_eq!(edits.apply(text), "ab01234x89");
    assert_eq!(edits.to_original(0), None);
    assert_eq!(edits.to_original(2), Some(0));
    assert_eq!(edits.to_original(7), Some(5));
    assert_eq!(edits.to_original(8), Some(8));
}

#[test]
fn a_token_is_rewritten_in_its_own_form() {
    let text = "about 2,587,706 people, Fourteen more, 33.46 per cent, 2 048 000 votes";
    let t = Token::find(text, 0, 15).expect("digits");
    assert_eq!((&text[t.start..t.end], t.separator), ("2,587,706", Some(',')));
    assert_eq!(t.render(2_846_477.0, 0).as_deref(), Some("2,846,477"));
    let w = Token::find(text, 24, 32).expect("a word");
    assert_eq!((&text[w.start..w.end], w.value), ("Fourteen", 14.0));
    assert_eq!(w.render(28.0, 0).as_deref(), Some("Twenty-eight"));
    let d = Token::find(text, 39, 44).expect("decimals");
    assert_eq!((d.value, d.decimals, d.unit()), (33.46, 2, 0.01));
    let s = Token::find(text, 55, 64).expect("spaced thousands");
    assert_eq!((&text[s.start..s.end], s.render(4_096_000.0, 0).as_deref()), ("2 048 000", Some("4 096 000")));
}
