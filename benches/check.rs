//! `addsup::check` (figures, mentions, relations, rules) on news text of
//! 1 MiB and 10 MiB. Linear time shows as equal throughput at both sizes:
//! relations are searched within a paragraph and its neighbour (or, for
//! restatements, among a bounded number of earlier figures of the same kind
//! of thing), never among all pairs.
//!
//! Run: `cargo bench --bench check` (`-- passages` for the real passages
//! alone, `-- checker` for a keystroke in a long text).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The engine's fixture articles, written for the tests: drone tallies,
/// casualties, percentages, elections, earnings, conversions, lists,
/// restatements and distractors.
const ARTICLES: &[&str] = &[
    include_str!("../tests/fixtures/01-drones-unaccounted.txt"),
    include_str!("../tests/fixtures/02-drones-accounted.txt"),
    include_str!("../tests/fixtures/03-partial-breakdowns.txt"),
    include_str!("../tests/fixtures/04-casualties-aboard.txt"),
    include_str!("../tests/fixtures/05-percent-of-total.txt"),
    include_str!("../tests/fixtures/06-election-shares.txt"),
    include_str!("../tests/fixtures/07-earnings-changes.txt"),
    include_str!("../tests/fixtures/08-multiples.txt"),
    include_str!("../tests/fixtures/09-conversions.txt"),
    include_str!("../tests/fixtures/10-count-of-list.txt"),
    include_str!("../tests/fixtures/11-restatements.txt"),
    include_str!("../tests/fixtures/12-distractors.txt"),
];

/// About `bytes` bytes of the articles, one after another, separated by
/// blank lines.
fn news_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 2000);
    for article in ARTICLES.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}

/// The seed wire story, repeated: news at its ordinary density of figures
/// (one in about 200 bytes; the fixtures have one in 36). Read from
/// `../shared` when it is there.
fn seed_text(bytes: usize) -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seed/article.txt");
    let article = std::fs::read_to_string(path).ok()?;
    let mut text = String::with_capacity(bytes + article.len() + 2);
    while text.len() < bytes {
        text.push_str(&article);
        text.push_str("\n\n");
    }
    Some(text)
}

/// Real news passages: the `text` of every line of the labelled dev set
/// (`../shared/corpus/news/dev.jsonl`) and of our own collected sets
/// (`tests/news/*.jsonl`), one after another with blank lines between, over
/// and over to about `bytes` bytes. Panics, saying what is missing, when a
/// file is not there: this is the input the speed goals are measured on.
fn passages_text(bytes: usize) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("../shared/corpus/news/dev.jsonl")];
    let mut ours: Vec<_> = std::fs::read_dir(root.join("tests/news"))
        .expect("tests/news/ is missing: the benchmark reads its passages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    ours.sort();
    assert!(!ours.is_empty(), "no tests/news/*.jsonl: the benchmark reads its passages");
    files.extend(ours);
    let mut passages = Vec::new();
    for file in &files {
        let lines = std::fs::read_to_string(file).unwrap_or_else(|e| {
            panic!("{}: {e} (../shared must sit beside this checkout for the news benchmark)", file.display())
        });
        for line in lines.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: a line is not JSON: {e}", file.display()));
            let text = value["text"].as_str().unwrap_or_else(|| panic!("{}: a line has no \"text\"", file.display()));
            passages.push(text.to_owned());
        }
    }
    let mut text = String::with_capacity(bytes + 20_000);
    for passage in passages.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(passage);
        text.push_str("\n\n");
    }
    text
}

/// `check` on real passages on one thread (the Wasm build's case, and the
/// figure the speed goal names), then on every core.
fn check_passages(c: &mut Criterion) {
    let mut group = c.benchmark_group("passages");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a thread pool");
    for (name, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        let text = passages_text(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("one-thread-{name}"), |b| {
            one_thread.install(|| b.iter(|| addsup::check(black_box(&text), &Default::default())))
        });
        group.bench_function(format!("all-cores-{name}"), |b| {
            b.iter(|| addsup::check(black_box(&text), &Default::default()))
        });
    }
    group.finish();
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    let mut inputs: Vec<(&str, String)> =
        vec![("fixtures-1MB", news_text(1 << 20)), ("fixtures-10MB", news_text(10 << 20))];
    if let (Some(one), Some(ten)) = (seed_text(1 << 20), seed_text(10 << 20)) {
        inputs.push(("seed-1MB", one));
        inputs.push(("seed-10MB", ten));
    }
    for (name, text) in inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| addsup::check(black_box(&text), &Default::default())));
    }
    group.finish();
}

/// A keystroke in a long text: `Checker::edit` types a character in the
/// middle of about 300 KB (some 50,000 words) and takes it out again, so
/// each iteration is two edits, each re-cutting and re-checking only the
/// text around it.
fn keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("checker");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    let text = news_text(300_000);
    let mut checker = addsup::Checker::new(Default::default());
    checker.refresh(&text);
    let mid = text.len() / 2;
    let mid = (mid..text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    group.bench_function("keystroke-and-back-300KB", |b| {
        b.iter(|| {
            black_box(checker.edit(mid, 0, "7").map(<[_]>::len));
            black_box(checker.edit(mid, 1, "").map(<[_]>::len));
        })
    });
    group.finish();
}

criterion_group!(benches, check_passages, check, keystroke);
criterion_main!(benches);
