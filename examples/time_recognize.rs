//! Times `recognize` on a file: `cargo run --release --example time_recognize FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: time_recognize FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let start = std::time::Instant::now();
    let figures = addsup::recognize(&text);
    let secs = start.elapsed().as_secs_f64();
    println!("{path}: {} figures, {:.1} ms, {:.1} MB/s", figures.len(), secs * 1e3, text.len() as f64 / secs / 1e6);
}
