//! What a batch or pre-publish script sees of `addsup check`: encodings,
//! the rules to run, the severities to report and fail on, and what goes to
//! stderr.

use serde_json::Value;

mod common;
use common::addsup;

const BAD: &str = "Russia launched 63 drones overnight. Air defences downed 38 of them, and 22 were lost.";
/// Two death tolls that disagree, without a cue that one is older: a
/// warning, since nothing states that they count the same deaths.
const TOLLS: &str = "Floods have so far claimed 61 lives\nRescuers found three more bodies on Monday, bringing the death toll to 57, police said.\n";

/// A file holding `bytes`, removed when dropped.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("addsup-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("write a temporary file");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temporary path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn json(args: &[&str], stdin: &[u8]) -> (Option<i32>, Value) {
    let run = addsup(args, stdin);
    let value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {} {}", run.stdout, run.stderr));
    (run.code, value)
}

/// `(rule, status, severity)` of each finding.
fn findings(value: &Value) -> Vec<(String, String, String)> {
    let field = |f: &Value, k: &str| f[k].as_str().unwrap_or_default().to_owned();
    let findings = value["findings"].as_array().expect("findings");
    findings.iter().map(|f| (field(f, "rule"), field(f, "status"), field(f, "severity"))).collect()
}

fn utf16le(text: &str) -> Vec<u8> {
    [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
}

#[test]
fn a_byte_order_mark_hides_nothing_and_moves_no_offset() {
    let text = format!("«Über» {BAD}");
    let (_, plain) = json(&["check", "--format", "json"], text.as_bytes());
    assert_eq!(findings(&plain).len(), 1, "{plain}");
    let marked = format!("\u{feff}{text}");
    let (code, from_stdin) = json(&["check", "--format", "json"], marked.as_bytes());
    assert_eq!((code, &from_stdin), (Some(1), &plain));
    let file = TempFile::new("bom.txt", marked.as_bytes());
    assert_eq!(json(&["check", "--format", "json", file.path()], b"").1, plain);
    let diagnostics = addsup(&["check", file.path()], b"").stdout;
    assert!(diagnostics.contains(&format!("{}:1:", file.path())) && diagnostics.contains("1 inconsistent"));
}

#[test]
fn a_byte_order_mark_before_a_batch_is_no_part_of_its_first_line() {
    let line = serde_json::json!({"id": "first", "text": BAD}).to_string();
    let run = addsup(&["check", "--jsonl"], format!("\u{feff}{line}\n{line}\n").as_bytes());
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], lines[1], "the first line is answered as the second is");
    assert_eq!(lines[0]["id"], "first");
    assert_eq!(run.code, Some(1));
}

#[test]
fn windows_1252_is_named_and_read_with_encoding() {
    // "Café" and "€5 million" in Windows-1252: é is 0xE9, € is 0x80.
    let bytes = b"The caf\xe9 chain spent \x805 million. Russia launched 63 drones overnight. \
                  Air defences downed 38 of them, and 22 were lost.";
    let file = TempFile::new("cp1252.txt", bytes);
    let refused = addsup(&["check", file.path()], b"");
    assert_eq!(refused.code, Some(2));
    assert!(refused.stderr.starts_with(&format!("addsup: {} is not valid UTF-8", file.path())), "{}", refused.stderr);
    assert!(refused.stderr.contains("--encoding windows-1252"), "{}", refused.stderr);
    assert!(refused.stdout.is_empty());
    let (code, read) = json(&["check", "--format", "json", "--encoding", "windows-1252", file.path()], b"");
    assert_eq!(code, Some(1));
    let money = read["figures"].as_array().unwrap().iter().find(|f| f["kind"] == "money").expect("the euros");
    assert_eq!((money["text"].as_str(), money["currency"].as_str()), (Some("€5 million"), Some("EUR")));
    let decoded = String::from_utf8_lossy(bytes).replace('\u{fffd}', "?");
    assert_eq!(money["start"], decoded.find("?5").unwrap(), "character offsets of the decoded text");
}

#[test]
fn utf16_is_named_and_read_with_encoding() {
    let text = format!("«Über» {BAD}");
    let (_, expected) = json(&["check", "--format", "json"], text.as_bytes());
    let file = TempFile::new("utf16.txt", &utf16le(&text));
    let refused = addsup(&["check", file.path()], b"");
    assert_eq!(refused.code, Some(2));
    let message = format!(
        "addsup: {} is UTF-16 (it starts with a UTF-16 byte-order mark); read it with --encoding utf-16le\n",
        file.path()
    );
    assert_eq!(refused.stderr, message);
    assert_eq!(json(&["check", "--format", "json", "--encoding", "utf-16le", file.path()], b"").1, expected);
    let batch = serde_json::json!({"id": 1, "text": text}).to_string();
    let refused = addsup(&["check", "--jsonl"], &utf16le(&batch));
    assert_eq!(refused.code, Some(2));
    assert!(refused.stderr.contains("stdin is UTF-16"), "{}", refused.stderr);
    let (_, answered) = json(&["check", "--jsonl", "--encoding", "utf-16le"], &utf16le(&batch));
    assert_eq!(answered["findings"], expected["findings"]);
}

#[test]
fn an_unknown_encoding_is_refused() {
    let run = addsup(&["check", "--encoding", "klingon"], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("unknown encoding \"klingon\""), "{}", run.stderr);
}

#[test]
fn rules_and_disable_choose_the_checks() {
    let text = format!("{BAD}\n\n{TOLLS}");
    let rules = |args: &[&str]| {
        let args: Vec<&str> = ["check", "--format", "json"].iter().chain(args).copied().collect();
        let (code, value) = json(&args, text.as_bytes());
        let mut rules: Vec<String> = findings(&value).into_iter().map(|f| f.0).collect();
        rules.dedup();
        (code, rules)
    };
    assert_eq!(rules(&[]).1, ["sum-of-parts", "restatement"]);
    assert_eq!(rules(&["--rules", "sum-of-parts,change"]), (Some(1), vec!["sum-of-parts".to_owned()]));
    assert_eq!(rules(&["--disable", "sum-of-parts"]).1, ["restatement"]);
    assert_eq!(rules(&["--rules", "change"]), (Some(0), vec![]));
}

#[test]
fn an_unknown_rule_is_refused_with_the_known_ones() {
    let run = addsup(&["check", "--rules", "sum-of-parts,totals"], b"");
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("unknown rule \"totals\"; the rules are sum-of-parts, percent-of-total"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn min_severity_and_fail_on_set_what_is_reported_and_what_fails() {
    let severities = |args: &[&str], text: &str| {
        let args: Vec<&str> = ["check", "--format", "json"].iter().chain(args).copied().collect();
        let (code, value) = json(&args, text.as_bytes());
        (code, findings(&value).into_iter().map(|f| f.2).collect::<Vec<_>>())
    };
    assert_eq!(severities(&[], TOLLS), (Some(1), vec!["warning".to_owned()]));
    assert_eq!(severities(&["--min-severity", "error"], TOLLS), (Some(0), vec![]));
    assert_eq!(severities(&["--fail-on", "error"], TOLLS), (Some(0), vec!["warning".to_owned()]));
    assert_eq!(severities(&["--fail-on", "error"], BAD).0, Some(1));
    assert_eq!(severities(&["--fail-on", "never"], BAD).0, Some(0));
    let batch = serde_json::json!({"id": 1, "text": TOLLS}).to_string();
    assert_eq!(addsup(&["check", "--jsonl", "--fail-on", "error"], batch.as_bytes()).code, Some(0));
    assert_eq!(addsup(&["check", "--jsonl"], batch.as_bytes()).code, Some(1));
}

#[test]
fn a_batch_ends_with_a_summary_on_stderr_and_no_progress_bar_in_a_pipe() {
    // Long enough to run past the second after which a terminal gets a bar.
    let story = format!("{BAD}\n\n").repeat(150);
    let mut input = String::new();
    for i in 0..240 {
        let text = if i % 3 == 0 { story.as_str() } else { "The port handled 312 ships." };
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    input.push_str("not json\n");
    let started = std::time::Instant::now();
    let run = addsup(&["check", "--jsonl"], input.as_bytes());
    let took = started.elapsed();
    assert_eq!(run.stdout.lines().count(), 241);
    assert_eq!(
        run.stderr,
        "addsup: checked 240 texts with figures that do not add up in 80 texts; 1 line could not be read\n"
    );
    assert_eq!(run.code, Some(2));
    eprintln!("the batch took {took:?}");
    let figures = addsup(&["figures", "--jsonl"], input.as_bytes());
    // Three figures in each story's paragraphs, one in each short text.
    let read = 80 * 150 * 3 + 160;
    assert_eq!(figures.stderr, format!("addsup: read {read} figures in 240 texts; 1 line could not be read\n"));
}
