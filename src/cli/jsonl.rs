//! The JSON Lines batch loop shared by the subcommands.
//!
//! Each non-blank input line is an object `{"id": any, "text": string}`.
//! Every one gets exactly one output line, in order: `{"id", ...answer}`,
//! or `{"id": <id or null>, "error": "<message>"}` when the line cannot be
//! read. A bad line never stops the batch. Lines are answered on every core,
//! and written in input order.

use std::io::{self, Write};

use serde_json::{Map, Value};

/// What a batch saw.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Summary {
    /// Lines answered, errors included.
    pub(crate) lines: usize,
    /// Lines answered with an error.
    pub(crate) errors: usize,
}

/// Lines answered at once: enough to keep every core busy, few enough that
/// answers reach `out` while the batch goes on.
const CHUNK: usize = 256;

/// Answers every non-blank line of `input` on `out`, in order. `answer` gets
/// a line's text and returns the fields to write after its `id`; the lines
/// of a chunk are answered on every core at once.
pub(crate) fn answer_lines(
    input: &[u8],
    out: &mut impl Write,
    answer: impl Fn(&str) -> Map<String, Value> + Sync,
) -> io::Result<Summary> {
    use rayon::prelude::*;
    let mut lines = Vec::new();
    let mut offset = 0;
    for (index, raw) in input.split(|&b| b == b'\n').enumerate() {
        let line_start = offset;
        offset += raw.len() + 1;
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if !line.iter().all(u8::is_ascii_whitespace) {
            lines.push((index, line_start, line));
        }
    }
    let mut summary = Summary::default();
    for chunk in lines.chunks(CHUNK) {
        let answered: Vec<(bool, String)> = chunk
            .par_iter()
            .map(|&(index, line_start, line)| {
                let mut fields = Map::new();
                let ok = match request(line, line_start) {
                    Ok((id, text)) => {
                        fields.insert("id".into(), id);
                        fields.extend(answer(&text));
                        true
                    }
                    Err((id, message)) => {
                        fields.insert("id".into(), id);
                        fields.insert("error".into(), format!("line {}: {message}", index + 1).into());
                        false
                    }
                };
                (ok, Value::Object(fields).to_string())
            })
            .collect();
        for (ok, line) in answered {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            summary.lines += 1;
            summary.errors += usize::from(!ok);
        }
    }
    Ok(summary)
}

/// A line's `id` (null when absent) and `text`, or its `id` and what is
/// wrong with it. `line_start` is the line's byte offset in the input.
fn request(line: &[u8], line_start: usize) -> Result<(Value, String), (Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (Value::Null, format!("not valid UTF-8: bad byte at byte offset {}", line_start + e.valid_up_to()))
    })?;
    let value: Value = serde_json::from_str(line).map_err(|e| (Value::Null, not_json(&e)))?;
    let Value::Object(mut object) = value else {
        return Err((Value::Null, "expected a JSON object {\"id\", \"text\"}".into()));
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".into())),
        None => Err((id, "no \"text\" field".into())),
    }
}

/// serde_json's message with the column but without "line 1", which would
/// contradict the batch's line number.
fn not_json(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    format!("not valid JSON: {message} at column {}", e.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (Vec<Value>, Summary) {
        let mut out = Vec::new();
        let summary = answer_lines(input.as_bytes(), &mut out, |text| {
            let mut m = Map::new();
            m.insert("len".into(), text.len().into());
            m
        })
        .unwrap();
        let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (lines, summary)
    }

    #[test]
    fn every_non_blank_line_is_answered_in_order() {
        let (lines, summary) =
            run("{\"id\":1,\"text\":\"ab\"}\n\n  \r\nnope\n{\"id\":\"x\"}\r\n[1]\n{\"text\":\"abc\"}");
        assert_eq!(lines.len(), 5);
        assert_eq!((summary.lines, summary.errors), (5, 3));
        assert_eq!(lines[0], serde_json::json!({"id": 1, "len": 2}));
        assert_eq!(lines[1]["id"], Value::Null);
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 4: not valid JSON"));
        assert_eq!(lines[2]["id"], "x");
        assert_eq!(lines[2]["error"], "line 5: no \"text\" field");
        assert_eq!(lines[3]["error"], "line 6: expected a JSON object {\"id\", \"text\"}");
        assert_eq!(lines[4], serde_json::json!({"id": null, "len": 3}));
    }

    #[test]
    fn bad_utf8_names_the_offset_in_the_whole_input() {
        let mut input = b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"".to_vec();
        let bad = input.len();
        input.extend_from_slice(b"\xff\"}\n");
        let mut out = Vec::new();
        answer_lines(&input, &mut out, |_| Map::new()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.lines().nth(1).unwrap().contains(&format!("byte offset {bad}")), "{out}");
    }
}
