//! `addsup check` through the built binary: formats, offsets and exit codes.

use serde_json::Value;

mod common;

/// `addsup ARGS` on `stdin`: its exit status and standard output.
fn run(args: &[&str], stdin: &str) -> (i32, String) {
    let out = common::addsup(args, stdin.as_bytes());
    (out.code.unwrap_or(-1), out.stdout)
}

const BAD: &str = "Russia launched 63 drones overnight. Air defences downed 38 of them, and 22 were lost.";
const GOOD: &str = "Russia launched 60 drones overnight. Air defences downed 38 of them, and 22 were lost.";

#[test]
fn exit_codes_say_whether_something_is_inconsistent() {
    assert_eq!(run(&["check"], BAD).0, 1);
    assert_eq!(run(&["check"], GOOD).0, 0);
    assert_eq!(run(&["check", "/no/such/file"], "").0, 2);
    assert_eq!(run(&["check", "--no-such-flag"], "").0, 2);
}

#[test]
fn json_gives_character_offsets_and_figure_texts() {
    let text = format!("«Über» {BAD}");
    let (_, out) = run(&["check", "--format", "json"], &text);
    let v: Value = serde_json::from_str(&out).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["status"], "inconsistent");
    let chars: Vec<char> = text.chars().collect();
    for x in f["figures"].as_array().unwrap() {
        let (s, e) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), x["text"].as_str().unwrap());
    }
    assert_eq!(v["figures"].as_array().unwrap().len(), 3);
}

#[test]
fn jsonl_answers_every_line_in_order() {
    let input = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": BAD}),
        serde_json::json!({"id": 7, "text": GOOD})
    );
    let (code, out) = run(&["check", "--jsonl"], &input);
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["findings"][0]["status"], "inconsistent");
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(code, 2);
}

#[test]
fn a_long_batch_keeps_its_order_and_a_line_that_is_not_utf8_spoils_only_itself() {
    // More lines than the batch answers at once, alternating verdicts, with
    // one line of invalid UTF-8 in the middle.
    let mut input = Vec::new();
    for i in 0..700 {
        if i == 350 {
            input.extend_from_slice(b"{\"id\": 350, \"text\": \"\xff\"}\n");
            continue;
        }
        let text = if i % 2 == 0 { BAD } else { GOOD };
        input.extend_from_slice(serde_json::json!({"id": i, "text": text}).to_string().as_bytes());
        input.push(b'\n');
    }
    let out = common::addsup(&["check", "--jsonl"], &input);
    let lines: Vec<Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 700);
    for (i, line) in lines.iter().enumerate() {
        if i == 350 {
            assert!(line["error"].as_str().unwrap().contains("not valid UTF-8"), "{line}");
            continue;
        }
        assert_eq!(line["id"], i, "line {i} out of order");
        let flagged = line["findings"].as_array().unwrap().iter().any(|f| f["status"] == "inconsistent");
        assert_eq!(flagged, i % 2 == 0, "line {i}: {line}");
    }
    assert_eq!(out.code, Some(2), "a bad line makes the batch exit 2");
}

#[test]
fn html_offsets_point_into_the_html() {
    let html = "<html><body><p>Russia launched <b>63</b> drones overnight.</p><p>Air defences downed 38 of them, and 22&nbsp;were lost.</p></body></html>";
    let (code, out) = run(&["check", "--html", "--format", "json"], html);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let chars: Vec<char> = html.chars().collect();
    for x in v["findings"][0]["figures"].as_array().unwrap() {
        let (s, e) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), x["text"].as_str().unwrap());
    }
}

#[test]
fn diagnostics_show_the_arithmetic_without_colour_when_piped() {
    let (_, out) = run(&["check"], BAD);
    assert!(out.contains("38 + 22 = 60"), "{out}");
    assert!(!out.contains('\u{1b}'), "colour codes in piped output");
}

#[test]
fn a_finding_on_a_long_line_shows_an_excerpt_with_the_true_column() {
    // The figures sit deep in one long line: the diagnostic shows the text
    // around them, and its location counts characters from the line start.
    let filler = "Officials spoke for a long while about nothing in particular — ".repeat(400);
    let text = format!("{filler}{BAD} {filler}\n");
    let (code, out) = run(&["check"], &text);
    assert_eq!(code, 1);
    let column = filler.chars().count() + BAD.find("63").unwrap() + 1;
    assert!(out.contains(&format!(" --> <stdin>:1:{column}\n")), "{out}");
    let source = out.lines().find(|l| l.contains("63 drones")).expect("the figures' line is shown");
    assert!(source.contains("| ...") && source.chars().count() < 300, "an excerpt, not the whole line: {source}");
    assert!(out.len() < 2_000, "one short diagnostic for a {} byte line", text.len());
}
