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
    "Russia launched 145 drones overnight, 71 of which were downed and 71 were lost during flight.",
    "One UAV flew into Belarusian airspace, the air force said on Tuesday, November 25, 2024.",
    "The council approved a budget of $3bn, up 4.5% from last year, with £250m set aside for roads.",
    "About 1,200 people were evacuated from the 30 km zone, and at least 23 were taken to hospital.",
    "Turnout was 67.3 per cent, nearly three percentage points higher than in 2019.",
    "Between 20 and 30 S-400 launchers were moved 19 miles north at 11:41 local time.",
    "The company said sales rose to €1.2 million in the third quarter, beating forecasts by 12%.",
    "Temperatures reached 41°C on the 21st, and more than two thousand homes lost power for 6 hours.",
    "Officials estimated that some 40,000 tonnes of grain, worth about USD 5 million, were lost.",
    "Fewer than one in five of the 3,450 respondents, or 18%, said they trusted the figures.",
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
