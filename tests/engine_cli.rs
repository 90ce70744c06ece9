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

/// Invented copy: a stated rise that is off, and a count whose list runs
/// on into a clause of its own.
const EXPLAINED: &str = "Über a year the depot sent out 700 parcels, up 20% from 560 the year before.\n\nHe named three rivals: Smith, Jones and Brown were among them.\n";

#[test]
fn explain_gives_each_finding_its_reasons_then_what_was_set_aside() {
    let (code, out) = run(&["check", "--explain"], EXPLAINED);
    assert_eq!(code, 1, "{out}");
    let why = out.find("Why:").expect("a Why: under the finding");
    let note = out.find("note: from 560 to 700").expect("the finding's arithmetic");
    assert!(note < why, "reasons follow the finding:\n{out}");
    let reasons = &out[why..];
    assert!(reasons.contains("  - cue: the words state the relation (\"up\")"), "{out}");
    let verdict = "  - verdict: fails at every reading within rounding and hedges: the figures give from 560 to 700 is a rise of 25%; the text states 20%: a difference of 5 percentage points";
    assert!(reasons.contains(verdict), "{out}");
    let aside = out.find("Considered and set aside:\n").expect("the candidates set aside");
    assert!(aside > why);
    assert!(
        out[aside..]
            .contains("  - [count-of-list] \"three\" (line 3): scope: the figures are in different clauses (\"were\")"),
        "{out}"
    );
    let (_, plain) = run(&["check"], EXPLAINED);
    assert!(!plain.contains("Why:") && !plain.contains("set aside"), "reasons only with --explain:\n{plain}");
}

#[test]
fn explain_gives_every_finding_its_verdict_and_says_when_nothing_was_set_aside() {
    let (_, out) = run(&["check", "--explain", "--all"], GOOD);
    assert!(out.contains("  - verdict: holds within rounding: the figures give "), "{out}");
    assert!(out.contains("Considered and set aside: nothing"), "{out}");
}

#[test]
fn explain_in_json_adds_an_explanation_per_finding_and_a_rejected_list() {
    let (_, out) = run(&["check", "--explain", "--format", "json"], EXPLAINED);
    let v: Value = serde_json::from_str(&out).unwrap();
    let finding = &v["findings"][0];
    let reasons = finding["explanation"].as_array().expect("an explanation");
    let said: Vec<(&str, &str, &str)> = reasons
        .iter()
        .map(|r| (r["aspect"].as_str().unwrap(), r["reason"].as_str().unwrap(), r["quote"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(said, [("cue", "stated_cue", "up"), ("verdict", "beyond_rounding", "")]);
    assert!(reasons.iter().all(|r| !r["words"].as_str().unwrap().is_empty()));
    let rejected = v["rejected"].as_array().expect("a rejected list");
    assert_eq!(rejected.len(), 1, "{out}");
    assert_eq!(rejected[0]["rule"], "count-of-list");
    assert_eq!(rejected[0]["reason"], "other_clause");
    assert_eq!(rejected[0]["aspect"], "scope");
    // Its figures are indices into "figures", whose offsets are characters:
    // "Ü" is two bytes and one character.
    let chars: Vec<char> = EXPLAINED.chars().collect();
    let mut texts = Vec::new();
    for i in rejected[0]["figures"].as_array().unwrap() {
        let x = &v["figures"][i.as_u64().unwrap() as usize];
        let (s, e) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), x["text"].as_str().unwrap());
        texts.push(x["text"].as_str().unwrap());
    }
    assert_eq!(texts, ["three"]);
    // Without --explain the JSON is as it was: neither field.
    let (_, plain) = run(&["check", "--format", "json"], EXPLAINED);
    let plain: Value = serde_json::from_str(&plain).unwrap();
    assert!(plain.get("rejected").is_none() && plain["findings"][0].get("explanation").is_none());
}

#[test]
fn explain_in_jsonl_gives_each_line_its_rejected_list() {
    let input = format!("{}\n", serde_json::json!({"id": "a", "text": EXPLAINED}));
    let (_, out) = run(&["check", "--jsonl", "--explain"], &input);
    let line: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["rejected"][0]["reason"], "other_clause");
    assert_eq!(line["findings"][0]["explanation"][0]["aspect"], "cue");
    let (_, plain) = run(&["check", "--jsonl"], &input);
    assert!(!plain.contains("\"rejected\"") && !plain.contains("\"explanation\""));
}
