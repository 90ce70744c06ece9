//! The conformance ratchet: `addsup::recognize` scored against the shared
//! numbers corpus (`../shared/corpus/numbers/*.jsonl`), the same way
//! `../shared/tools/score-numbers` scores the binary:
//!
//! - figures of kind year, date, time, ordinal, identifier (and phone) are
//!   non-quantities and left out; the rest are kept per file (money for the
//!   currency files, percent for the percent file, ...);
//! - a figure matches an expected item when the char spans are equal and the
//!   values agree within 1e-9 relative (min and max for intervals); in the
//!   number files a money, percent or measure figure that contains the
//!   expected span with the same value matches too;
//! - pairs are made greedily one to one within a record; P/R/F1 are micro
//!   averages per file and over all files.
//!
//! Records whose `source` is listed in `conformance/divergences.tsv` are left
//! out of the scores held against `conformance/floor.toml`; the honest score
//! over every record is printed beside them.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use addsup::text::{OffsetMap, Unit};
use serde::Deserialize;

/// A score this far above its floor asks for the floor to be raised.
const RAISE_HINT: f64 = 0.02;

/// Floors are written to three decimals; a score equal to its floor passes
/// whatever the float rounding.
const SLACK: f64 = 1e-9;

const NOT_QUANTITIES: &[&str] = &["year", "date", "time", "ordinal", "identifier", "phone"];
const WRAPPERS: &[&str] = &["money", "percent", "measure", "temperature", "age", "duration"];

#[derive(Deserialize)]
struct Record {
    input: String,
    expected: Vec<Expected>,
    source: String,
}

#[derive(Deserialize)]
struct Expected {
    start: usize,
    end: usize,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
}

/// A figure as the CLI's JSON gives it: char offsets, and null for a
/// number JSON cannot hold.
struct Prediction {
    kind: String,
    start: usize,
    end: usize,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floors {
    overall: f64,
    files: BTreeMap<String, f64>,
}

#[derive(Clone, Copy, Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Precision, recall, F1.
    fn prf(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }

    fn f1(&self) -> f64 {
        self.prf().2
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_dir() -> PathBuf {
    let dir = root().join("../shared/corpus/numbers");
    assert!(
        dir.is_dir(),
        "the numbers corpus is missing: expected {} (the repo must sit beside the shared/ folder, as CI clones it)",
        dir.display()
    );
    dir
}

/// `source → reason`, from the reviewed list of divergences.
fn divergences() -> BTreeMap<String, String> {
    let path = root().join("conformance/divergences.tsv");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
        let (source, reason) = line.split_once('\t').unwrap_or((line, ""));
        assert!(!reason.trim().is_empty(), "{}:{}: want `source<TAB>reason`, got {line:?}", path.display(), n + 1);
        let old = out.insert(source.to_owned(), reason.trim().to_owned());
        assert!(old.is_none(), "{}:{}: {source} is listed twice", path.display(), n + 1);
    }
    out
}

fn floors() -> Floors {
    let path = root().join("conformance/floor.toml");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn finite(x: Option<f64>) -> Option<f64> {
    x.filter(|x| x.is_finite())
}

fn kind_name(kind: addsup::Kind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("a Kind serializes as a string, not {other:?}"),
    }
}

fn predict(text: &str) -> Vec<Prediction> {
    let map = OffsetMap::new(text, Unit::Char);
    addsup::recognize(text)
        .into_iter()
        .map(|f| Prediction {
            kind: kind_name(f.kind),
            start: map.convert(f.span.start),
            end: map.convert(f.span.end),
            value: finite(f.value),
            min: finite(f.min),
            max: finite(f.max),
        })
        .collect()
}

/// Whether a figure of this kind is scored in the file `stem`.
fn keep(p: &Prediction, stem: &str) -> bool {
    let kind = p.kind.as_str();
    if NOT_QUANTITIES.contains(&kind) {
        false
    } else if stem.ends_with("percent") {
        kind == "percent"
    } else if stem.ends_with("numberrange") {
        p.min.is_some() || p.max.is_some()
    } else if stem.ends_with("currency") || stem.ends_with("money") {
        kind == "money"
    } else if stem.ends_with("dimension") || stem.ends_with("temperature") || stem.ends_with("age") {
        !["number", "percent", "money"].contains(&kind)
    } else {
        true
    }
}

/// Equal within 1e-9 relative (absolute near 0); `None` equals only `None`.
fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * 1f64.max(a.abs()).max(b.abs()),
        (a, b) => a.is_none() && b.is_none(),
    }
}

fn matches(p: &Prediction, e: &Expected, stem: &str) -> bool {
    let same_span = p.start == e.start && p.end == e.end;
    let Some(value) = e.value else { return same_span && close(p.min, e.min) && close(p.max, e.max) };
    if !close(p.value, Some(value)) {
        return false;
    }
    let number_file = stem.ends_with("-number") || stem == "duckling-en";
    same_span || (number_file && WRAPPERS.contains(&p.kind.as_str()) && p.start <= e.start && e.end <= p.end)
}

fn score(record: &Record, stem: &str) -> Tally {
    let predictions: Vec<Prediction> = predict(&record.input).into_iter().filter(|p| keep(p, stem)).collect();
    pair(&predictions, &record.expected, stem)
}

/// Pairs each expected item, in order, with the first unused prediction
/// that matches it; unpaired predictions are false positives.
fn pair(predictions: &[Prediction], expected: &[Expected], stem: &str) -> Tally {
    let mut used = vec![false; predictions.len()];
    let mut tally = Tally::default();
    for e in expected {
        match (0..predictions.len()).find(|&j| !used[j] && matches(&predictions[j], e, stem)) {
            Some(j) => {
                used[j] = true;
                tally.tp += 1;
            }
            None => tally.fn_ += 1,
        }
    }
    tally.fp = used.iter().filter(|u| !**u).count();
    tally
}

fn corpus_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let stem = path.file_name()?.to_str()?.strip_suffix(".jsonl")?.to_owned();
            Some((stem, path))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.jsonl files in {}", dir.display());
    files
}

#[test]
fn numbers_conformance_holds_its_floors() {
    let dir = corpus_dir();
    let divergences = divergences();
    let floors = floors();
    let mut seen_sources = HashSet::new();
    let mut report = String::new();
    let mut failures = Vec::new();
    let mut hints = Vec::new();
    let (mut kept_all, mut honest_all, mut skipped_all) = (Tally::default(), Tally::default(), 0);

    let _ = writeln!(
        report,
        "{:<38} {:>5} {:>5} {:>5} {:>6}  {:>5}  {:>6}",
        "file", "P", "R", "F1", "items", "floor", "honest"
    );
    for (stem, path) in corpus_files(&dir) {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let (mut kept, mut honest, mut skipped) = (Tally::default(), Tally::default(), 0);
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let record: Record =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            let tally = score(&record, &stem);
            honest.add(tally);
            if divergences.contains_key(&record.source) {
                skipped += 1;
            } else {
                kept.add(tally);
            }
            seen_sources.insert(record.source);
        }
        let (p, r, f1) = kept.prf();
        let floor = floors.files.get(&stem).copied();
        let floor_text = floor.map_or("none".to_owned(), |f| format!("{f:.3}"));
        let _ = writeln!(
            report,
            "{stem:<38} {p:5.3} {r:5.3} {f1:5.3} {:>6}  {floor_text:>5}  {:6.3}{}",
            kept.tp + kept.fn_,
            honest.f1(),
            if skipped > 0 { format!("  ({skipped} divergent records left out)") } else { String::new() }
        );
        match floor {
            None => failures.push(format!("{stem}: no floor in conformance/floor.toml; add `\"{stem}\" = {f1:.3}`")),
            Some(floor) if f1 < floor - SLACK => {
                failures.push(format!("{stem}: F1 {f1:.3} is below its floor {floor:.3}"))
            }
            Some(floor) if f1 > floor + RAISE_HINT => hints.push(format!("{stem}: F1 {f1:.3}, floor {floor:.3}")),
            Some(_) => {}
        }
        kept_all.add(kept);
        honest_all.add(honest);
        skipped_all += skipped;
    }

    let (p, r, f1) = kept_all.prf();
    let (hp, hr, hf1) = honest_all.prf();
    let _ = writeln!(
        report,
        "overall: F1={f1:.3} P={p:.3} R={r:.3} over {} expected items, floor {:.3} ({skipped_all} divergent records left out)",
        kept_all.tp + kept_all.fn_,
        floors.overall
    );
    let _ = writeln!(
        report,
        "honest overall, every record: F1={hf1:.3} P={hp:.3} R={hr:.3} over {} expected items",
        honest_all.tp + honest_all.fn_
    );
    if f1 < floors.overall - SLACK {
        failures.push(format!("overall: F1 {f1:.3} is below its floor {:.3}", floors.overall));
    } else if f1 > floors.overall + RAISE_HINT {
        hints.push(format!("overall: F1 {f1:.3}, floor {:.3}", floors.overall));
    }
    for stem in floors.files.keys().filter(|s| !dir.join(format!("{s}.jsonl")).is_file()) {
        failures.push(format!("conformance/floor.toml names {stem}, which is not in the corpus"));
    }
    for source in divergences.keys().filter(|s| !seen_sources.contains(*s)) {
        failures.push(format!("conformance/divergences.tsv lists {source}, which no corpus record has"));
    }
    if !hints.is_empty() {
        let _ = writeln!(report, "well above the floor, raise the floor in conformance/floor.toml:");
        for hint in &hints {
            let _ = writeln!(report, "  {hint}");
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "conformance ratchet failed:\n  {}\n\n{report}", failures.join("\n  "));
}

/// The scoring rules themselves, on made-up figures, so that a change to
/// them shows here before it moves a floor.
mod scoring {
    use super::*;

    fn pred(kind: &str, start: usize, end: usize, value: Option<f64>) -> Prediction {
        Prediction { kind: kind.into(), start, end, value, min: None, max: None }
    }

    fn exp(start: usize, end: usize, value: Option<f64>) -> Expected {
        Expected { start, end, value, min: None, max: None }
    }

    #[test]
    fn values_agree_within_1e9_relative() {
        assert!(close(Some(0.666666666666667), Some(2.0 / 3.0)));
        assert!(close(Some(1e-12), Some(0.0)));
        assert!(!close(Some(145.0), Some(143.0)));
        assert!(close(None, None) && !close(None, Some(0.0)));
    }

    #[test]
    fn wrappers_match_the_number_inside_only_in_number_files() {
        let money = pred("money", 0, 3, Some(20.0)); // "$20"
        let inner = exp(1, 3, Some(20.0));
        assert!(matches(&money, &inner, "recognizers-text-en-number"));
        assert!(matches(&money, &inner, "duckling-en"));
        assert!(!matches(&money, &inner, "quantulum3-en"));
        assert!(!matches(&pred("number", 0, 3, Some(20.0)), &inner, "recognizers-text-en-number"));
    }

    #[test]
    fn intervals_compare_min_and_max() {
        let range = Prediction { min: Some(20.0), max: Some(30.0), ..pred("range", 14, 31, None) };
        let want = Expected { min: Some(20.0), max: Some(30.0), ..exp(14, 31, None) };
        assert!(matches(&range, &want, "recognizers-text-en-numberrange"));
        let open = Expected { max: None, ..want };
        assert!(!matches(&range, &open, "recognizers-text-en-numberrange"));
    }

    #[test]
    fn kinds_are_kept_per_file() {
        let money = pred("money", 0, 3, Some(20.0));
        assert!(keep(&money, "recognizers-text-en-currency") && keep(&money, "duckling-en-money"));
        assert!(!keep(&money, "recognizers-text-en-percent") && !keep(&money, "recognizers-text-en-dimension"));
        assert!(keep(&pred("measure", 0, 3, Some(2.0)), "recognizers-text-en-temperature"));
        assert!(!keep(&pred("year", 0, 4, Some(2018.0)), "recognizers-text-en-number"));
        assert!(!keep(&pred("number", 0, 2, Some(20.0)), "recognizers-text-en-numberrange"));
        assert!(keep(&Prediction { min: Some(20.0), ..pred("number", 0, 2, None) }, "recognizers-text-en-numberrange"));
    }

    #[test]
    fn pairing_is_one_to_one() {
        let five = || pred("number", 0, 1, Some(5.0));
        let t = pair(&[five()], &[exp(0, 1, Some(5.0)), exp(0, 1, Some(5.0))], "quantulum3-en");
        assert_eq!((t.tp, t.fp, t.fn_), (1, 0, 1));
        let t = pair(&[five(), five(), pred("number", 2, 3, Some(1.0))], &[exp(0, 1, Some(5.0))], "quantulum3-en");
        assert_eq!((t.tp, t.fp, t.fn_), (1, 2, 0));
    }
}
