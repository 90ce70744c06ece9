//! Times each stage of `addsup::check` on a file: `cargo run --release
//! --example time_check -- FILE`. A quick look between criterion runs.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable UTF-8");
    for _ in 0..2 {
        let t = Instant::now();
        let figures = addsup::recognize(&text);
        let recognize = t.elapsed();
        let t = Instant::now();
        let doc = addsup::mentions::Doc::new(&text, figures);
        let mentions = t.elapsed();
        let t = Instant::now();
        let relations = addsup::relations::find(&doc);
        let found = t.elapsed();
        let t = Instant::now();
        let findings = addsup::rules::apply(&doc, &relations, &[]);
        let ruled = t.elapsed();
        let total = recognize + mentions + found + ruled;
        let t = Instant::now();
        let report = addsup::check(&text, &Default::default());
        let whole = t.elapsed();
        println!(
            "check (in blocks): {whole:?}, {} findings, {:.1} MB/s",
            report.findings.len(),
            text.len() as f64 / 1e6 / whole.as_secs_f64()
        );
        println!(
            "{} bytes: recognize {recognize:?}, mentions {mentions:?}, relations {found:?}, rules {ruled:?} ({} findings): {:.1} MB/s",
            text.len(),
            findings.len(),
            text.len() as f64 / 1e6 / total.as_secs_f64()
        );
    }
}
