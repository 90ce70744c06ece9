//! What the CheckList suite and the metamorphic tests share: reading data
//! files, counting passes per check and per test type, printing the table
//! and holding the rates against a ratchet file.

// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A rate this far above its ratchet asks for the ratchet to be raised.
const RAISE_HINT: f64 = 0.02;

/// Ratchets are written to three decimals; a rate equal to its ratchet
/// passes whatever the float rounding.
const SLACK: f64 = 1e-9;

pub fn data_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

pub fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The lowest pass rates accepted, per check and per test type, and the
/// highest false-alarm rate.
#[derive(Deserialize)]
pub struct Ratchet {
    pub false_alarm_max: f64,
    #[serde(default)]
    pub by_check: BTreeMap<String, f64>,
    #[serde(default)]
    pub by_type: BTreeMap<String, f64>,
}

pub fn read_ratchet(path: &Path) -> Ratchet {
    read_toml(path)
}

#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub pass: usize,
    pub total: usize,
}

impl Tally {
    pub fn rate(self) -> f64 {
        if self.total == 0 { 0.0 } else { self.pass as f64 / self.total as f64 }
    }
}

/// Passes counted per check and per test type, and false alarms among the
/// cases where nothing may be flagged.
#[derive(Default)]
pub struct Rates {
    cells: BTreeMap<(String, String), Tally>,
    alarms: BTreeMap<String, Tally>,
}

impl Rates {
    /// One case: `alarm` is `Some(flagged)` when nothing should have been
    /// flagged.
    pub fn add(&mut self, check: &str, kind: &str, pass: bool, alarm: Option<bool>) {
        let cell = self.cells.entry((check.to_string(), kind.to_string())).or_default();
        cell.total += 1;
        cell.pass += usize::from(pass);
        if let Some(flagged) = alarm {
            let a = self.alarms.entry(check.to_string()).or_default();
            a.total += 1;
            a.pass += usize::from(flagged);
        }
    }

    pub fn merge(&mut self, other: Rates) {
        for (k, t) in other.cells {
            let c = self.cells.entry(k).or_default();
            c.pass += t.pass;
            c.total += t.total;
        }
        for (k, t) in other.alarms {
            let c = self.alarms.entry(k).or_default();
            c.pass += t.pass;
            c.total += t.total;
        }
    }

    fn kinds(&self) -> Vec<String> {
        let mut k: Vec<String> = self.cells.keys().map(|(_, k)| k.clone()).collect();
        k.sort();
        k.dedup();
        k
    }

    fn sum<'a>(cells: impl Iterator<Item = &'a Tally>) -> Tally {
        cells.fold(Tally::default(), |a, t| Tally { pass: a.pass + t.pass, total: a.total + t.total })
    }

    pub fn by_check(&self) -> BTreeMap<String, Tally> {
        let mut out: BTreeMap<String, Tally> = BTreeMap::new();
        for ((check, _), t) in &self.cells {
            out.insert(check.clone(), Self::sum([out.get(check).copied().unwrap_or_default(), *t].iter()));
        }
        out
    }

    pub fn by_type(&self) -> BTreeMap<String, Tally> {
        self.kinds()
            .into_iter()
            .map(|k| {
                let t = Self::sum(self.cells.iter().filter(|((_, kk), _)| *kk == k).map(|(_, t)| t));
                (k, t)
            })
            .collect()
    }

    pub fn false_alarms(&self) -> Tally {
        Self::sum(self.alarms.values())
    }

    /// The table: one row per check, one column per test type, then the
    /// false-alarm rate.
    pub fn print(&self, title: &str) {
        let kinds = self.kinds();
        let mut out = format!("\n{title}: pass rate (passed/cases)\n{:<20}", "check");
        for k in &kinds {
            let _ = write!(out, " {k:>17}");
        }
        let _ = writeln!(out, " {:>17} {:>15}", "all", "false alarms");
        let cell = |t: Tally| {
            if t.total == 0 { "-".to_string() } else { format!("{:.3} ({}/{})", t.rate(), t.pass, t.total) }
        };
        for (check, all) in self.by_check() {
            let _ = write!(out, "{check:<20}");
            for k in &kinds {
                let t = self.cells.get(&(check.clone(), k.clone())).copied().unwrap_or_default();
                let _ = write!(out, " {:>17}", cell(t));
            }
            let alarms = self.alarms.get(&check).copied().unwrap_or_default();
            let _ = writeln!(out, " {:>17} {:>15}", cell(all), cell(alarms));
        }
        let _ = write!(out, "{:<20}", "all");
        for t in self.by_type().values() {
            let _ = write!(out, " {:>17}", cell(*t));
        }
        let all = Self::sum(self.cells.values());
        let _ = writeln!(out, " {:>17} {:>15}", cell(all), cell(self.false_alarms()));
        println!("{out}");
    }

    /// Fails when a rate falls below its ratchet (or false alarms rise above
    /// theirs); says which ratchets may be raised.
    pub fn hold(&self, ratchet: &Ratchet, file: &str) {
        let mut below = Vec::new();
        let mut raise = Vec::new();
        let mut judge = |what: String, rate: f64, floor: f64| {
            if rate + SLACK < floor {
                below.push(format!("{what}: {rate:.3} is below its ratchet {floor:.3}"));
            } else if rate > floor + RAISE_HINT {
                raise.push(format!("{what}: {rate:.3} (ratchet {floor:.3})"));
            }
        };
        let checks = self.by_check();
        for (check, floor) in &ratchet.by_check {
            judge(format!("check {check}"), checks.get(check).map_or(0.0, |t| t.rate()), *floor);
        }
        let types = self.by_type();
        for (kind, floor) in &ratchet.by_type {
            judge(format!("type {kind}"), types.get(kind).map_or(0.0, |t| t.rate()), *floor);
        }
        let alarms = self.false_alarms().rate();
        if alarms > ratchet.false_alarm_max + SLACK {
            below.push(format!("false alarms: {alarms:.3} is above the ratchet {:.3}", ratchet.false_alarm_max));
        } else if alarms + RAISE_HINT < ratchet.false_alarm_max {
            raise.push(format!("false alarms: {alarms:.3} (ratchet {:.3}, lower it)", ratchet.false_alarm_max));
        }
        for check in checks.keys().filter(|c| !ratchet.by_check.contains_key(*c)) {
            raise.push(format!("check {check} has no ratchet yet"));
        }
        if !raise.is_empty() {
            println!("Ratchets that can be tightened in {file}:\n  {}", raise.join("\n  "));
        }
        assert!(below.is_empty(), "rates fell below {file}:\n  {}", below.join("\n  "));
    }
}

/// Number words written out by the tests themselves, not taken from the
/// engine's lexicon: the tests' reading must not share the engine's mistakes.
const ONES: &str = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
                    sixteen seventeen eighteen nineteen";
const TENS: &str = "- - twenty thirty forty fifty sixty seventy eighty ninety";

fn nth(list: &str, n: u64) -> &str {
    list.split_whitespace().nth(n as usize).expect("a number word")
}

/// A whole number below 100 in words: 45 → "forty-five".
pub fn words(n: u64) -> String {
    match n {
        0..20 => nth(ONES, n).to_string(),
        20..100 if n.is_multiple_of(10) => nth(TENS, n / 10).to_string(),
        20..100 => format!("{}-{}", nth(TENS, n / 10), nth(ONES, n % 10)),
        _ => panic!("no words for {n}"),
    }
}

/// The number a word or hyphenated pair below 100 names: "Forty-five" → 45.
pub fn from_words(w: &str) -> Option<u64> {
    let w = w.to_lowercase();
    let find = |list: &str, x: &str| list.split_whitespace().position(|y| y == x).map(|i| i as u64);
    match w.split_once('-') {
        Some((tens, ones)) => {
            Some(find(TENS, tens).filter(|&t| t >= 2)? * 10 + find(ONES, ones).filter(|&o| o > 0 && o < 10)?)
        }
        None => find(ONES, &w).or_else(|| find(TENS, &w).filter(|&t| t >= 2).map(|t| t * 10)),
    }
}

pub fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}
