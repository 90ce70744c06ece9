//! Times `addsup::check` and `addsup::recognize` on a file: `cargo run
//! --release --example time_check -- FILE`. A quick look between criterion runs.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable UTF-8");
    for _ in 0..2 {
        let t = Instant::now();
        let figures = addsup::recognize(&text);
        let r = t.elapsed();
        let t = Instant::now();
        let report = addsup::check(&text, &Default::default());
        let c = t.elapsed();
        println!("{} bytes: recognize {:?} ({} figures), check {:?} ({} findings), {:.1} MB/s", text.len(), r, figures.len(), c, report.findings.len(), text.len() as f64 / 1e6 / c.as_secs_f64());
    }
}
