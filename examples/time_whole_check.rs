//! Times `addsup::check` of a whole file on one thread, the native figure
//! the Wasm benchmarks are set beside (scripts/bench-wasm.sh):
//! `RAYON_NUM_THREADS=1 cargo run --release --example time_whole_check -- FILE [RUNS]`.
//! Prints the median time per check in ms and the throughput.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: time_whole_check FILE [RUNS]");
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(11);
    let text = std::fs::read_to_string(path).expect("readable UTF-8");
    let options = addsup::Options::default();
    std::hint::black_box(addsup::check(&text, &options));
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(addsup::check(&text, &options));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let ms = times[runs / 2];
    println!("{ms:.3} ms {:.1} MB/s ({} bytes)", text.len() as f64 / 1e6 / (ms / 1000.0), text.len());
}
