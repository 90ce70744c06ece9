//! `addsup::recognize` on synthetic news-like text of 1 MB and 10 MB.
//! Linear time shows as equal throughput at both sizes.
//!
//! Run: `cargo bench --bench figures`. Under `cargo test --all-targets` each
//! benchmark runs once, as a smoke test.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Sentences in the register of wire copy, with the kinds of figures it
/// uses: counts, words, money, percentages, measures, ranges, hedges,
/// bounds, dates, times and identifiers. Written for this benchmark.
const SENTENCES: &[&str] = &[
    "The port handled 312 ships last month, 180 of them tankers and 96 container vessels.",
    "Three trucks crossed the border on Friday, March 7, 2025, the customs office said at 09:15.",
    "The city approved a budget of $2.4bn, up 3.8% from last year, with £120m set aside for bridges.",
    "About 2,600 residents left the 15 km zone, and at least 41 were treated for smoke inhalation.",
    "Turnout was 58.2 per cent, nearly four percentage points lower than in 2021.",
    "Between 12 and 18 A-320 aircraft were grounded 40 miles south of the hub.",
    "The retailer said profit fell to €3.7 million in the second quarter, missing forecasts by 9%.",
    "Temperatures fell to -12°C on the 3rd, and more than five hundred schools shut for two days.",
    "Inspectors counted some 25,000 tonnes of rice, worth about USD 8 million, in the warehouses.",
    "Fewer than one in four of the 2,180 people polled, or 23%, backed the plan.",
];

/// About `bytes` bytes of the sentences above, repeated in order.
fn news_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    for (i, sentence) in SENTENCES.iter().cycle().enumerate() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(sentence);
        // A paragraph every four sentences.
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
    }
    text
}

fn recognize(c: &mut Criterion) {
    let mut group = c.benchmark_group("recognize");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for (name, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        let text = news_text(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| addsup::recognize(black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, recognize);
criterion_main!(benches);
