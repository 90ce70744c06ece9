//! Hostile and unusual input through the built binary and the library: each
//! case must end without a panic, with a sensible answer or a clear error.
//! Linear time is checked by the large cases completing, not by timers;
//! `benches/figures.rs` measures the speed.

use serde_json::Value;

mod common;
use common::addsup;

/// `addsup figures --format json` on `text`: its figures, after checking
/// the exit status and that every span lies within the text.
fn figures(text: &str) -> Vec<Value> {
    let run = addsup(&["figures", "--format", "json"], text.as_bytes());
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    let figures = out["figures"].as_array().expect("a figures array").clone();
    let chars: Vec<char> = text.chars().collect();
    for f in &figures {
        let (start, end) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        assert!(start < end && end <= chars.len(), "span {start}..{end} outside the text: {f}");
        let under: String = chars[start..end].iter().collect();
        assert_eq!(f["text"], under.as_str(), "text and offsets disagree");
    }
    figures
}

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn empty_input_has_no_figures() {
    for args in [&["figures"][..], &["figures", "-"], &["figures", "--format", "json"], &["figures", "--jsonl"]] {
        let run = addsup(args, b"");
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        let batch = args.contains(&"--jsonl");
        let expected = if batch { "addsup: read 0 figures in 0 texts\n" } else { "" };
        assert_eq!(run.stderr, expected, "{args:?}: only a batch sums up on stderr");
    }
    assert_eq!(addsup(&["figures", "--format", "json"], b"").stdout.trim(), r#"{"figures":[]}"#);
    assert_eq!(addsup(&["figures"], b"").stdout, "");
    assert_eq!(addsup(&["figures", "--jsonl"], b"\n  \n").stdout, "");
}

#[test]
fn ten_megabyte_line_is_read_whole() {
    let sentence = "Officials said 312 ships used the port last month, and most of them were tankers. ";
    let repeats = 10 * 1024 * 1024 / sentence.len();
    let text = sentence.repeat(repeats);
    let figures = figures(&text);
    assert_eq!(figures.len(), repeats);
    assert!(figures.iter().all(|f| f["value"] == 312.0), "every figure is 312");
}

#[test]
fn binary_data_is_refused_with_its_offset() {
    let bytes = noise(64 * 1024, 0x9e37_79b9_7f4a_7c15);
    let bad = std::str::from_utf8(&bytes).expect_err("noise is not UTF-8").valid_up_to();
    for args in [&["figures"][..], &["figures", "--format", "json"]] {
        let run = addsup(args, &bytes);
        assert_eq!(run.code, Some(2));
        assert!(run.stdout.is_empty());
        let message = format!("addsup: stdin is not valid UTF-8: bad byte at byte offset {bad}; ");
        assert!(run.stderr.starts_with(&message), "{}", run.stderr);
        assert!(run.stderr.trim_end().ends_with("(e.g. --encoding windows-1252)"), "{}", run.stderr);
    }
}

#[test]
fn invalid_utf8_in_the_middle_names_its_byte_offset() {
    let mut bytes = "The port handled 312 ships — 180 were tankers, ".as_bytes().to_vec();
    let bad = bytes.len();
    bytes.extend_from_slice(b"\xc3\x28 96 carried containers.");
    let run = addsup(&["figures"], &bytes);
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1, "one line: {}", run.stderr);
    assert!(run.stderr.contains(&format!("byte offset {bad}")), "{}", run.stderr);
}

#[test]
fn missing_file_is_named() {
    let path = "no/such/dir/article.txt";
    let run = addsup(&["figures", path], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.starts_with(&format!("addsup: cannot read {path}: ")), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1);
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(addsup(&[], b"").code, Some(2));
    assert_eq!(addsup(&["figures", "--format", "yaml"], b"").code, Some(2));
    assert_eq!(addsup(&["figures", "--jsonl", "--format", "json"], b"").code, Some(2));
    assert_eq!(addsup(&["figures", "--help"], b"").code, Some(0));
}

#[test]
fn hundred_thousand_digits() {
    let text = format!("There were {} drones.", "7".repeat(100_000));
    for f in figures(&text) {
        // Too large for an f64: no value, or an exact-looking finite one.
        assert!(f["value"].is_null() || f["value"].as_f64().is_some_and(f64::is_finite), "{f}");
    }
    let table = addsup(&["figures"], text.as_bytes());
    assert_eq!(table.code, Some(0));
}

#[test]
fn exponent_overflow_is_not_infinity() {
    for f in figures("The model gave 1e999 and 1e-999 as its bounds.") {
        assert!(f["value"].is_null() || f["value"].as_f64().is_some_and(f64::is_finite), "{f}");
    }
}

#[test]
fn twenty_two_digits_keep_their_magnitude() {
    let figures = figures("The ledger showed 9999999999999999999999 coins.");
    let f = figures.iter().find(|f| f["text"].as_str().unwrap_or("").contains("9999")).expect("the figure is found");
    if let Some(v) = f["value"].as_f64() {
        assert!((v - 1e22).abs() <= 1e-9 * 1e22, "value {v}");
    }
}

#[test]
fn deeply_nested_parentheses() {
    let depth = 5_000;
    let text = format!("{}5 drones{}", "(".repeat(depth), ")".repeat(depth));
    let figures = figures(&text);
    assert!(
        figures.iter().any(|f| f["value"] == 5.0 && f["start"].as_u64() == Some(depth as u64)),
        "the 5 inside is found: {figures:?}"
    );
}

#[test]
fn jsonl_answers_every_line_in_order() {
    let input = [
        r#"{"id":"a","text":"312 ships"}"#,
        "this is not JSON",
        r#"{"id":"c"}"#,
        "",
        r#"{"id":4,"text":12}"#,
        r#"["id","text"]"#,
        r#"{"id":"f","text":"180 tankers, 96 others"}"#,
    ]
    .join("\n");
    let run = addsup(&["figures", "--jsonl"], input.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids, [&"a".into(), &Value::Null, &"c".into(), &4.into(), &Value::Null, &"f".into()]);
    let errors: Vec<bool> = lines.iter().map(|l| l.get("error").is_some()).collect();
    assert_eq!(errors, [false, true, true, true, true, false]);
    assert_eq!(lines[0]["figures"][0]["value"], 312.0);
    assert_eq!(lines[5]["figures"].as_array().map(Vec::len), Some(2));
    assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2: not valid JSON"));
    assert_eq!(lines[2]["error"], "line 3: no \"text\" field");
    assert_eq!(lines[3]["error"], "line 5: \"text\" is not a string");
}

#[test]
fn jsonl_survives_binary_lines() {
    let mut input = b"{\"id\":1,\"text\":\"5 drones\"}\n".to_vec();
    input.extend(noise(4096, 42).into_iter().filter(|&b| b != b'\n'));
    input.extend_from_slice(b"\n{\"id\":3,\"text\":\"7 drones\"}\n");
    let run = addsup(&["figures", "--jsonl"], &input);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!((&lines[0]["id"], &lines[2]["id"]), (&1.into(), &3.into()));
    assert!(lines[1]["error"].as_str().unwrap().contains("byte offset"), "{}", lines[1]);
}

/// The library itself, on the same kinds of input, without the CLI.
#[test]
fn library_takes_hostile_text() {
    let depth = "(".repeat(20_000) + "5" + &")".repeat(20_000);
    let digits = "9".repeat(100_000);
    let noise = String::from_utf8_lossy(&noise(100_000, 7)).into_owned();
    let texts = ["", "1e999", "-1e-999", "9999999999999999999999 drones", &depth, &digits, &noise, "1,2,3,4,5,6.7.8"];
    for text in texts {
        for f in addsup::recognize(text) {
            assert!(f.span.start < f.span.end && f.span.end <= text.len());
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        }
    }
}
