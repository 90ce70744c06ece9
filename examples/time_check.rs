//! Times each stage of `addsup::check` on the first 64 KiB of a file (one
//! checking block), repeated, single-threaded: `cargo run --release
//! --example time_check -- FILE [REPEATS]`. A quick look between criterion
//! runs, and a steady loop to profile (`perf record`, callgrind).

use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: time_check FILE [REPEATS]");
    let repeats: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let whole = std::fs::read_to_string(path).expect("readable UTF-8");
    let mut cut = whole.len().min(64 * 1024);
    while !whole.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &whole[..cut];
    let time = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        for _ in 0..repeats {
            f();
        }
        t.elapsed() / repeats
    };
    let tokens = addsup::text::Tokens::new(text);
    let figures = addsup::figures::recognize_tokens(text, &tokens);
    let doc = addsup::mentions::Doc::with_tokens(text, tokens.clone(), figures.clone());
    let stages = [
        ("tokens", time(&mut || drop(black_box(addsup::text::Tokens::new(text))))),
        ("sentences", time(&mut || drop(black_box(addsup::text::sentences::layout(text))))),
        ("figures", time(&mut || drop(black_box(addsup::figures::recognize_tokens(text, &tokens))))),
        (
            "mentions",
            time(&mut || drop(black_box(addsup::mentions::Doc::with_tokens(text, tokens.clone(), figures.clone())))),
        ),
        ("checks", time(&mut || drop(black_box(addsup::checks::apply(&doc, &[]))))),
        ("check", time(&mut || drop(black_box(addsup::check(text, &Default::default()))))),
    ];
    let per_mib = |d: Duration| d.as_secs_f64() * 1e3 * (1 << 20) as f64 / text.len() as f64;
    println!("{} bytes, {repeats} runs each; ms per MiB (mentions include sentences):", text.len());
    for (name, d) in stages {
        println!("  {name:<10} {:6.2}", per_mib(d));
    }
    let check = stages[stages.len() - 1].1;
    println!("  check: {:.1} MB/s on one thread", text.len() as f64 / 1e6 / check.as_secs_f64());
}
