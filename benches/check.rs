//! `addsup::check` (figures, mentions, relations, rules) on news text of
//! 1 MiB and 10 MiB. Linear time shows as equal throughput at both sizes:
//! relations are searched within a paragraph and its neighbour (or, for
//! restatements, among a bounded number of earlier figures of the same kind
//! of thing), never among all pairs.
//!
//! Run: `cargo bench --bench check`.

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

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    for (name, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        let text = news_text(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| addsup::check(black_box(&text), &Default::default())));
    }
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
