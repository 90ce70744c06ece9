//! A CheckList-style suite (Ribeiro et al., ACL 2020): sentences generated
//! from templates crossed with fillers, each with a verdict known by
//! construction, so that the engine is judged on English it was never tuned
//! on rather than on the passages of a corpus.
//!
//! Data, not code, says what is tested (see `docs/generalisation.md`):
//! - `tests/checklist/fillers.toml`: word lists (verbs in their tenses,
//!   nouns and synonyms, cue words, hedges, names, distractor sentences);
//! - `tests/checklist/templates/*.toml`: one file per check, each template
//!   a few sentences with slots, the numbers that fill them (ranges and
//!   arithmetic), the expected verdict, and the perturbations it allows;
//! - `tests/checklist/ratchet.toml`: the lowest pass rates (and the highest
//!   false-alarm rate) accepted.
//!
//! Test types: MFT (a clear relation is found and judged right), NEG (a
//! partial breakdown, another night, other things counted: never flagged),
//! INV (a distractor sentence, a synonym, another sentence order: the
//! outcome does not change), DIR (one figure moved beyond its tolerance:
//! flagged). Generation is deterministic: every choice comes from a PRNG
//! seeded by the template's name and the sample's number.
//!
//! Run `cargo test --test checklist -- --nocapture` for the tables; set
//! `CHECKLIST_FAILURES=N` to print up to N failing sentences per check.

#[path = "checklist/harness.rs"]
mod harness;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use addsup::report::{Report, Status};
use harness::{Rates, data_dir, grouped, words};
use serde::Deserialize;

// ---------------------------------------------------------------- data files

#[derive(Deserialize)]
struct FillerFile {
    fillers: BTreeMap<String, Vec<Filler>>,
}

/// One choice of a filler list: a word or phrase, or several slots that must
/// be chosen together (a verb's tense with its auxiliary).
#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum Filler {
    Word(String),
    Group(BTreeMap<String, String>),
}

#[derive(Deserialize)]
struct TemplateFile {
    check: String,
    /// Samples per template, unless the template says otherwise.
    #[serde(default = "default_samples")]
    samples: usize,
    template: Vec<Template>,
}

#[derive(Deserialize)]
struct Template {
    name: String,
    /// `consistent`, `inconsistent`, `not_flagged` or `unrelated`.
    expect: Expect,
    sentences: Vec<String>,
    /// Slot name → a range `"20..90"` (decimals as written: `"10.5..40.0"`
    /// steps by 0.1) or an expression over other slots.
    numbers: BTreeMap<String, String>,
    /// Number slot → the forms it may be written in (default: digits).
    #[serde(default)]
    forms: BTreeMap<String, Vec<String>>,
    /// Expressions over the numbers that must come out above zero.
    #[serde(default)]
    require: Vec<String>,
    /// The number slots that make up the relation.
    figures: Vec<String>,
    samples: Option<usize>,
    /// Where a neutral distractor sentence may go: before sentence k
    /// (k = number of sentences: at the end). Default: start and end.
    insert: Option<Vec<usize>>,
    /// Other sentence orders that keep the meaning.
    #[serde(default)]
    orders: Vec<Vec<usize>>,
    /// Filler lists whose choice may change without changing the verdict.
    #[serde(default)]
    rename: Vec<String>,
    /// Figures moved beyond tolerance: each entry overrides some numbers,
    /// and the relation must then be flagged.
    #[serde(default)]
    dir: Vec<BTreeMap<String, String>>,
}

fn default_samples() -> usize {
    45
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
enum Expect {
    Consistent,
    Inconsistent,
    NotFlagged,
    /// The figures are no relation of the check: neither flagged nor
    /// passed, for pairings where a green mark would be wrong too.
    Unrelated,
}

// ------------------------------------------------------------ deterministic

/// splitmix64: a tiny, well-mixed generator, enough to sample fillers.
struct Rng(u64);

impl Rng {
    fn new(name: &str, sample: usize, salt: u64) -> Rng {
        // FNV-1a of the name, so that a template keeps its cases when others
        // are added or reordered.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h ^ (sample as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ salt.wrapping_mul(0xd1b5_4a32_d192_ed03))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

// ------------------------------------------------------------- expressions

/// Evaluates `+ - * /`, parentheses, numbers, slot names and the functions
/// round(x[, decimals]), floor, ceil, up(x, step), down(x, step), min, max,
/// mod(x, n), unround(x).
struct Expr<'a> {
    src: &'a [u8],
    at: usize,
    vars: &'a dyn Fn(&str) -> f64,
}

impl Expr<'_> {
    fn eval(src: &str, vars: &dyn Fn(&str) -> f64) -> f64 {
        let mut e = Expr { src: src.as_bytes(), at: 0, vars };
        let v = e.sum();
        e.skip();
        assert!(e.at == e.src.len(), "cannot read the expression {src:?} after byte {}", e.at);
        v
    }

    fn skip(&mut self) {
        while self.src.get(self.at).is_some_and(|c| c.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.skip();
        let hit = self.src.get(self.at) == Some(&c);
        self.at += usize::from(hit);
        hit
    }

    fn sum(&mut self) -> f64 {
        let mut v = self.product();
        loop {
            if self.eat(b'+') {
                v += self.product();
            } else if self.eat(b'-') {
                v -= self.product();
            } else {
                return v;
            }
        }
    }

    fn product(&mut self) -> f64 {
        let mut v = self.atom();
        loop {
            if self.eat(b'*') {
                v *= self.atom();
            } else if self.eat(b'/') {
                v /= self.atom();
            } else {
                return v;
            }
        }
    }

    fn atom(&mut self) -> f64 {
        if self.eat(b'-') {
            return -self.atom();
        }
        if self.eat(b'(') {
            let v = self.sum();
            assert!(self.eat(b')'), "missing ) in expression");
            return v;
        }
        self.skip();
        let start = self.at;
        while self.src.get(self.at).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'_') {
            self.at += 1;
        }
        let word = std::str::from_utf8(&self.src[start..self.at]).expect("ASCII expression");
        assert!(!word.is_empty(), "expected a number, a name or ( at byte {start}");
        if let Ok(n) = word.parse::<f64>() {
            return n;
        }
        if self.eat(b'(') {
            let mut args = vec![self.sum()];
            while self.eat(b',') {
                args.push(self.sum());
            }
            assert!(self.eat(b')'), "missing ) after the arguments of {word}");
            return call(word, &args);
        }
        (self.vars)(word)
    }
}

fn call(name: &str, args: &[f64]) -> f64 {
    let step = |i: usize| args.get(i).copied().unwrap_or(1.0);
    match name {
        "round" => {
            let scale = 10f64.powi(args.get(1).copied().unwrap_or(0.0) as i32);
            (args[0] * scale).round() / scale
        }
        "floor" => args[0].floor(),
        "ceil" => args[0].ceil(),
        "up" => (args[0] / step(1)).ceil() * step(1),
        "down" => (args[0] / step(1)).floor() * step(1),
        "min" => args.iter().copied().fold(f64::INFINITY, f64::min),
        "max" => args.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        "mod" => args[0] % step(1),
        // A whole number that does not end in 0: "400 km" may be a round
        // figure good to ±50, so a figure moved to test a tolerance must
        // not become one.
        "unround" => args[0] + f64::from(u8::from(args[0] % 10.0 == 0.0)),
        _ => panic!("unknown function {name} in a template expression"),
    }
}

/// The numbers of one case: ranges drawn from `rng`, expressions evaluated
/// in dependency order, `overrides` (a DIR move) taking precedence.
fn draw_numbers(
    t: &Template,
    overrides: &BTreeMap<String, String>,
    rng: &mut Rng,
) -> Option<BTreeMap<String, (f64, usize)>> {
    // Ranges are drawn first, in name order, so that a DIR case draws the
    // same numbers as its base.
    let mut values: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for (name, spec) in &t.numbers {
        if let Some((lo, hi)) = spec.split_once("..") {
            let decimals = lo.split_once('.').map_or(0, |(_, d)| d.trim().len());
            let scale = 10f64.powi(decimals as i32);
            let (lo, hi) = (parse(lo) * scale, parse(hi) * scale);
            let steps = (hi - lo).round() as usize + 1;
            values.insert(name.clone(), ((lo + rng.below(steps) as f64) / scale, decimals));
        }
    }
    fn resolve(
        name: &str,
        t: &Template,
        overrides: &BTreeMap<String, String>,
        values: &std::cell::RefCell<BTreeMap<String, (f64, usize)>>,
        depth: usize,
    ) -> f64 {
        assert!(depth < 32, "the numbers of template {} refer to each other in a circle", t.name);
        let spec = overrides.get(name).or_else(|| t.numbers.get(name));
        if overrides.get(name).is_none()
            && let Some(&(v, _)) = values.borrow().get(name)
        {
            return v;
        }
        let spec = spec.unwrap_or_else(|| panic!("template {}: no number named {name}", t.name));
        let v = Expr::eval(spec, &|n| resolve(n, t, overrides, values, depth + 1));
        values.borrow_mut().insert(name.to_string(), (v, decimals_of(v)));
        v
    }
    let cell = std::cell::RefCell::new(values);
    for name in t.numbers.keys().chain(overrides.keys()) {
        resolve(name, t, overrides, &cell, 0);
    }
    let values = cell.into_inner();
    let var = |n: &str| values[n].0;
    t.require.iter().all(|r| Expr::eval(r, &var) > 0.0).then_some(values)
}

fn parse(s: &str) -> f64 {
    s.trim().parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

/// Decimals an evaluated value needs (up to two): 45.0 → 0, 45.25 → 2.
fn decimals_of(v: f64) -> usize {
    (0..2).find(|&d| ((v * 10f64.powi(d as i32)).round() - v * 10f64.powi(d as i32)).abs() < 1e-6).unwrap_or(2)
}

// ----------------------------------------------------------------- numbers

/// `value` written in `form`; a form that cannot write it falls back to
/// digits (so "words" is only ever used for whole numbers below 100).
fn render_number(value: f64, decimals: usize, form: &str) -> String {
    let whole = decimals == 0 && value >= 0.0;
    match form {
        "words" if whole && value < 100.0 => words(value as u64),
        "plain" if whole => (value as u64).to_string(),
        "scale" if value >= 1e6 && value % 1e4 == 0.0 => {
            let (unit, scale) = if value >= 1e9 { ("billion", 1e9) } else { ("million", 1e6) };
            let m = value / scale;
            format!("{} {unit}", render_number(m, decimals_of(m), "digits"))
        }
        "millions" if value >= 1e6 && value % 1e6 == 0.0 => format!("{} million", grouped((value / 1e6) as u64, ',')),
        _ if whole => grouped(value as u64, ','),
        _ => {
            // Decimals keep the thousands grouped: "13,525.39".
            let s = format!("{value:.decimals$}");
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let int = int.parse().map_or(int.to_string(), |n| grouped(n, ','));
            if frac.is_empty() { int } else { format!("{int}.{frac}") }
        }
    }
}

// ------------------------------------------------------------------- cases

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Mft,
    Neg,
    Inv,
    Dir,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Mft => "MFT",
            Kind::Neg => "NEG",
            Kind::Inv => "INV",
            Kind::Dir => "DIR",
        }
    }
}

/// One generated text and what is known about it.
struct Case {
    template: String,
    kind: Kind,
    expect: Expect,
    text: String,
    /// Spans of the relation's figures.
    relation: Vec<(usize, usize)>,
    /// Spans of the other number slots and distractors: never flagged.
    others: Vec<(usize, usize)>,
}

/// The choices one case makes: filler picks and number forms.
struct Choices {
    picks: HashMap<String, usize>,
    forms: HashMap<String, String>,
}

impl Choices {
    fn draw(t: &Template, fillers: &BTreeMap<String, Vec<Filler>>, rng: &mut Rng) -> Choices {
        let mut picks = HashMap::new();
        for s in t.sentences.iter() {
            for slot in slots(s) {
                let (list, _) = filler_key(&slot);
                if t.numbers.contains_key(&list) || picks.contains_key(&list) {
                    continue;
                }
                let n = fillers.get(base_list(&list)).unwrap_or_else(|| panic!("{}: no filler {list}", t.name)).len();
                // `{city#2}` must differ from `{city#1}`: numbered picks
                // step through the list from one draw.
                let pick = match list.split_once('#') {
                    Some((base, k)) => {
                        let first = *picks.entry(format!("{base}#")).or_insert_with(|| rng.below(n));
                        (first + parse(k) as usize) % n
                    }
                    None => rng.below(n),
                };
                picks.insert(list, pick);
            }
        }
        let forms = t.forms.iter().map(|(slot, fs)| (slot.clone(), fs[rng.below(fs.len())].clone())).collect();
        Choices { picks, forms }
    }
}

fn base_list(list: &str) -> &str {
    list.split_once('#').map_or(list, |(b, _)| b)
}

/// The slot names of a sentence: `{name}`, `{Name}`, `{list.key}`, `{city#2}`.
fn slots(s: &str) -> Vec<String> {
    s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string())).collect()
}

/// A slot's list (lower-cased first letter) and group key.
fn filler_key(slot: &str) -> (String, Option<String>) {
    let mut lower = slot.to_string();
    if let Some(c) = lower.get(..1) {
        lower.replace_range(..1, &c.to_lowercase());
    }
    match lower.split_once('.') {
        Some((list, key)) => (list.to_string(), Some(key.to_string())),
        None => (lower, None),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

struct Rendered {
    text: String,
    spans: BTreeMap<String, (usize, usize)>,
    distractor: Option<(usize, usize)>,
}

/// Writes sentences `order` with `choices` and `numbers`; `distractor` is
/// put before sentence index `at` of the order (or at the end), joined as
/// its own paragraph when `paragraph`.
fn render(
    t: &Template,
    order: &[usize],
    fillers: &BTreeMap<String, Vec<Filler>>,
    choices: &Choices,
    numbers: &BTreeMap<String, (f64, usize)>,
    distractor: Option<(&str, usize, bool)>,
) -> Rendered {
    let mut text = String::new();
    let mut spans = BTreeMap::new();
    let mut distractor_span = None;
    let join = |text: &mut String, paragraph: bool| {
        if !text.is_empty() {
            text.push_str(if paragraph { "\n\n" } else { " " });
        }
    };
    for (pos, &i) in order.iter().chain(std::iter::once(&usize::MAX)).enumerate() {
        if let Some((d, at, paragraph)) = distractor
            && at == pos
        {
            join(&mut text, paragraph);
            let start = text.len();
            text.push_str(d);
            distractor_span = Some((start, text.len()));
            if i != usize::MAX && paragraph {
                text.push_str("\n\n");
            }
        }
        if i == usize::MAX {
            break;
        }
        if !text.ends_with("\n\n") {
            join(&mut text, false);
        }
        let mut rest = t.sentences[i].as_str();
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a closing }");
            let slot = &rest[open + 1..close];
            let (list, key) = filler_key(slot);
            let start = text.len();
            let word = if let Some(&(v, d)) = numbers.get(&list) {
                let form = choices.forms.get(&list).map_or("digits", String::as_str);
                let s = render_number(v, d, form);
                spans.insert(list.clone(), (start, start + s.len()));
                s
            } else {
                match (&fillers[base_list(&list)][choices.picks[&list]], key) {
                    (Filler::Word(w), None) => w.clone(),
                    (Filler::Group(g), Some(k)) => {
                        g.get(&k).unwrap_or_else(|| panic!("{}: filler {list} has no {k}", t.name)).clone()
                    }
                    _ => panic!("{}: slot {slot} does not fit the shape of filler {list}", t.name),
                }
            };
            let word = if slot.starts_with(char::is_uppercase) { capitalised(&word) } else { word };
            text.push_str(&word);
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
    }
    Rendered { text, spans, distractor: distractor_span }
}

fn case(t: &Template, kind: Kind, expect: Expect, r: Rendered) -> Case {
    let relation = t.figures.iter().map(|f| r.spans[f]).collect();
    let others = r.spans.iter().filter(|(k, _)| !t.figures.contains(k)).map(|(_, s)| *s).chain(r.distractor).collect();
    Case { template: t.name.clone(), kind, expect, text: r.text, relation, others }
}

/// Every case of one template: its base cases (MFT, or NEG when nothing may
/// be flagged) and their INV and DIR variants, each tied to its base.
fn generate(t: &Template, samples: usize, fillers: &BTreeMap<String, Vec<Filler>>) -> Vec<(Case, Option<usize>)> {
    let mut out: Vec<(Case, Option<usize>)> = Vec::new();
    let identity: Vec<usize> = (0..t.sentences.len()).collect();
    let distractors = &fillers["distractor"];
    let points = t.insert.clone().unwrap_or_else(|| vec![0, t.sentences.len()]);
    let base_kind = if matches!(t.expect, Expect::NotFlagged | Expect::Unrelated) { Kind::Neg } else { Kind::Mft };
    let none = BTreeMap::new();
    for sample in 0..t.samples.unwrap_or(samples) {
        let mut rng = Rng::new(&t.name, sample, 0);
        let Some(numbers) = (0..50).find_map(|_| draw_numbers(t, &none, &mut rng)) else {
            panic!("template {}: no numbers meet its requirements", t.name)
        };
        let choices = Choices::draw(t, fillers, &mut rng);
        let base = out.len();
        out.push((case(t, base_kind, t.expect, render(t, &identity, fillers, &choices, &numbers, None)), None));

        // INV: a neutral sentence with figures, at a point the template allows.
        let Filler::Word(d) = &distractors[rng.below(distractors.len())] else { panic!("distractors are sentences") };
        let at = points[rng.below(points.len())];
        let paragraph = (at == 0 || at == t.sentences.len()) && rng.below(2) == 0;
        let r = render(t, &identity, fillers, &choices, &numbers, Some((d, at, paragraph)));
        out.push((case(t, Kind::Inv, t.expect, r), Some(base)));

        // INV: another order of the same sentences.
        if !t.orders.is_empty() {
            let order = &t.orders[sample % t.orders.len()];
            out.push((case(t, Kind::Inv, t.expect, render(t, order, fillers, &choices, &numbers, None)), Some(base)));
        }

        // INV: the things counted (or the verbs) renamed by a synonym.
        if !t.rename.is_empty() {
            let mut renamed = Choices { picks: choices.picks.clone(), forms: choices.forms.clone() };
            for list in &t.rename {
                let n = fillers[list.as_str()].len();
                let pick = renamed.picks.get_mut(list).unwrap_or_else(|| panic!("{}: {list} is not used", t.name));
                *pick = (*pick + 1 + rng.below(n - 1)) % n;
            }
            let r = render(t, &identity, fillers, &renamed, &numbers, None);
            out.push((case(t, Kind::Inv, t.expect, r), Some(base)));
        }

        // DIR: one figure moved beyond its tolerance.
        for (k, moved) in t.dir.iter().enumerate() {
            let mut again = Rng::new(&t.name, sample, 0);
            let numbers = (0..50).find_map(|_| draw_numbers(t, moved, &mut again));
            if let Some(numbers) = numbers {
                let r = render(t, &identity, fillers, &choices, &numbers, None);
                out.push((case(t, Kind::Dir, Expect::Inconsistent, r), Some(base)));
            } else {
                panic!("template {}: DIR move {k} breaks its requirements", t.name);
            }
        }
    }
    out
}

// ----------------------------------------------------------------- scoring

/// What the engine said about one case's relation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    /// Flagged inconsistent by the check under test, naming the relation.
    Flagged,
    /// Flagged by another check, on the relation's figures.
    FlaggedOtherwise,
    /// Passed by the check under test.
    Verified,
    /// Nothing said about it.
    Silent,
    /// An inconsistency outside the relation: a distractor, another figure.
    Stray,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn outcome(check: &str, c: &Case, report: &Report) -> Outcome {
    let need = c.relation.len().min(2);
    let named = |f: &addsup::report::Finding| {
        c.relation.iter().filter(|&&r| f.figures.iter().any(|x| overlaps((x.span.start, x.span.end), r))).count()
    };
    let touches_other = |f: &addsup::report::Finding| {
        f.figures.iter().any(|x| c.others.iter().any(|&o| overlaps((x.span.start, x.span.end), o)))
    };
    let bad: Vec<_> = report.inconsistent().collect();
    if bad.iter().any(|f| named(f) == 0 || touches_other(f)) {
        return Outcome::Stray;
    }
    if bad.iter().any(|f| f.rule == check && named(f) >= need) {
        return Outcome::Flagged;
    }
    if !bad.is_empty() {
        return Outcome::FlaggedOtherwise;
    }
    let verified =
        report.findings.iter().any(|f| f.rule == check && f.status == Status::Consistent && named(f) >= need);
    if verified { Outcome::Verified } else { Outcome::Silent }
}

fn meets(expect: Expect, o: Outcome) -> bool {
    match expect {
        Expect::Consistent => o == Outcome::Verified,
        Expect::Inconsistent => o == Outcome::Flagged,
        Expect::NotFlagged => matches!(o, Outcome::Verified | Outcome::Silent),
        Expect::Unrelated => o == Outcome::Silent,
    }
}

// -------------------------------------------------------------------- test

#[test]
fn checklist_pass_rates_hold_their_ratchet() {
    let dir = data_dir("checklist");
    let fillers: FillerFile = harness::read_toml(&dir.join("fillers.toml"));
    let mut files: Vec<_> = fs::read_dir(dir.join("templates"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.join("templates").display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no template files in {}", dir.join("templates").display());

    let count = |var: &str| std::env::var(var).ok().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    let show = Show {
        failures: count("CHECKLIST_FAILURES"),
        examples: count("CHECKLIST_EXAMPLES"),
        templates: count("CHECKLIST_TEMPLATES") > 0,
    };
    // One thread per check file: the machine's cores share the work.
    let results: Vec<(Rates, Vec<String>)> = std::thread::scope(|scope| {
        let fillers = &fillers.fillers;
        let runs: Vec<_> = files.iter().map(|path| scope.spawn(move || run_file(path, fillers, show))).collect();
        runs.into_iter().map(|r| r.join().expect("a check file's thread panicked")).collect()
    });
    let mut rates = Rates::default();
    for (file_rates, failures) in results {
        for l in failures {
            println!("{l}");
        }
        rates.merge(file_rates);
    }
    rates.print("CheckList");
    rates.hold(&harness::read_ratchet(&dir.join("ratchet.toml")), "tests/checklist/ratchet.toml");
}

/// How many cases to print per template: failures, and any cases.
#[derive(Clone, Copy)]
struct Show {
    failures: usize,
    examples: usize,
    templates: bool,
}

/// Generates and scores every case of one check's template file; returns
/// the rates and up to `show` failing cases per template, described.
fn run_file(path: &Path, fillers: &BTreeMap<String, Vec<Filler>>, show: Show) -> (Rates, Vec<String>) {
    let file: TemplateFile = harness::read_toml(path);
    let check = file.check.as_str();
    let mut rates = Rates::default();
    let mut failures = Vec::new();
    let mut sentences = 0;
    for t in &file.template {
        let mut shown = 0;
        let mut passed = 0;
        validate(t, path);
        let cases = generate(t, file.samples, fillers);
        sentences += cases.len();
        let outcomes: Vec<Outcome> =
            cases.iter().map(|(c, _)| outcome(check, c, &addsup::check(&c.text, &Default::default()))).collect();
        for (i, (c, base)) in cases.iter().enumerate() {
            // INV passes when the perturbed text gets the outcome its base
            // got (where nothing may be flagged, a pass and silence are
            // one outcome); the others when they get the expected one.
            let pass = match (c.kind, base) {
                (Kind::Inv, Some(b)) if c.expect == Expect::NotFlagged => {
                    meets(c.expect, outcomes[i]) == meets(c.expect, outcomes[*b])
                }
                (Kind::Inv, Some(b)) => outcomes[i] == outcomes[*b],
                _ => meets(c.expect, outcomes[i]),
            };
            let alarm = c.expect != Expect::Inconsistent
                && matches!(outcomes[i], Outcome::Flagged | Outcome::FlaggedOtherwise | Outcome::Stray);
            rates.add(check, c.kind.label(), pass, (c.expect != Expect::Inconsistent).then_some(alarm));
            passed += usize::from(pass);
            if (!pass && shown < show.failures) || i < show.examples {
                shown += usize::from(!pass);
                failures.push(format!(
                    "[{check}] {}{} {} expect {:?}, got {:?}{}: {}",
                    if pass { "pass " } else { "FAIL " },
                    c.kind.label(),
                    c.template,
                    c.expect,
                    outcomes[i],
                    base.map(|b| format!(" (base {:?})", outcomes[b])).unwrap_or_default(),
                    c.text.replace('\n', "⏎")
                ));
            }
        }
        if show.templates {
            let rate = passed as f64 / cases.len() as f64;
            failures.push(format!("[{check}] template {:<40} {rate:.3} ({passed}/{})", t.name, cases.len()));
        }
    }
    assert!(
        sentences >= 2000,
        "{}: {sentences} sentences for {check}; the suite asks for at least 2,000",
        path.display()
    );
    (rates, failures)
}

/// A template's mistakes found before any case is generated.
fn validate(t: &Template, path: &Path) {
    let at = format!("{} ({})", t.name, path.display());
    for f in &t.figures {
        assert!(t.numbers.contains_key(f), "{at}: figure {f} is not a number slot");
    }
    if t.expect == Expect::Inconsistent {
        assert!(t.dir.is_empty(), "{at}: a DIR move needs a consistent or not-flagged base");
    }
    for o in &t.orders {
        let mut sorted = o.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..t.sentences.len()).collect::<Vec<_>>(), "{at}: order {o:?} is no permutation");
    }
    for p in t.insert.iter().flatten() {
        assert!(*p <= t.sentences.len(), "{at}: insertion point {p} is past the end");
    }
}

#[test]
fn template_arithmetic_reads_as_written() {
    let vars = |n: &str| match n {
        "a" => 12.0,
        "b" => 30.0,
        _ => panic!("no {n}"),
    };
    assert_eq!(Expr::eval("a + b * 2", &vars), 72.0);
    assert_eq!(Expr::eval("(a + b) / 4", &vars), 10.5);
    assert_eq!(Expr::eval("round(100 * a / b - 0.04, 1)", &vars), 40.0);
    assert_eq!(Expr::eval("max(3, round(0.1 * b)) + up(a, 10) - down(a, 10)", &vars), 13.0);
    assert_eq!(Expr::eval("unround(b) + mod(a, 5)", &vars), 33.0);
}

#[test]
fn numbers_are_written_in_the_form_asked() {
    assert_eq!(render_number(45.0, 0, "words"), "forty-five");
    assert_eq!(render_number(145.0, 0, "words"), "145", "no words past 99");
    assert_eq!(render_number(1_250_000.0, 0, "digits"), "1,250,000");
    assert_eq!(render_number(1_500_000.0, 0, "scale"), "1.5 million");
    assert_eq!(render_number(8_300_000_000.0, 0, "millions"), "8,300 million");
    assert_eq!(render_number(13_525.39, 2, "digits"), "13,525.39");
    assert_eq!(render_number(2019.0, 0, "plain"), "2019");
}
