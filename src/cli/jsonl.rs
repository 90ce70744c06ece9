//! The JSON Lines batch loop shared by the subcommands.
//!
//! Each non-blank input line is an object `{"id": any, "text": string}`.
//! Every one gets exactly one output line, in order: `{"id", ...answer}`,
//! or `{"id": <id or null>, "error": "<message>"}` when the line cannot be
//! read. A bad line never stops the batch.
//!
//! The batch streams: lines are read a chunk at a time, the chunk's lines are
//! answered on every core, written in input order, and dropped before the
//! next chunk is read. Memory stays bounded by the chunk, whatever the size
//! of the input.

use std::io::{self, BufRead, Write};

use serde_json::{Map, Value};

use super::Failure;
use super::input::{InputArgs, UTF8_BOM};
use super::progress::Progress;

/// What a batch saw.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Summary {
    /// Lines answered, errors included.
    pub(crate) lines: usize,
    /// Lines answered with an error.
    pub(crate) errors: usize,
}

/// Lines answered at once: enough to keep every core busy, few enough that
/// answers reach the output while the batch goes on.
const CHUNK_LINES: usize = 256;

/// A chunk also ends once its lines hold this many bytes, so that a batch
/// of long texts holds no more than this (and the longest line) at once.
const CHUNK_BYTES: usize = 4 << 20;

/// One input line waiting for its answer.
struct Line {
    /// 1-based line number in the input.
    number: usize,
    /// Byte offset of the line in the input.
    start: u64,
    bytes: Vec<u8>,
}

/// Why a batch stopped before its end.
pub(crate) enum BatchError {
    Read(io::Error),
    Write(io::Error),
}

/// Answers every non-blank line of `input` on `out`, in order, with a
/// progress bar when stderr is a terminal. `answer` gets a line's text and
/// returns the fields to write after its `id`.
pub(crate) fn answer_input(
    input: &InputArgs,
    out: &mut impl Write,
    answer: impl Fn(&str) -> Map<String, Value> + Sync,
) -> Result<Summary, Failure> {
    let mut lines = input.lines()?;
    let progress = Progress::new(input.len());
    let summary = answer_lines(&mut lines, out, answer, &progress);
    progress.finish();
    summary.map_err(|e| match e {
        BatchError::Read(e) => Failure::Input(format!("cannot read {}: {e}", input.name())),
        BatchError::Write(e) => Failure::Output(e),
    })
}

/// The batch loop over any reader; see [`answer_input`].
pub(crate) fn answer_lines(
    input: &mut impl BufRead,
    out: &mut impl Write,
    answer: impl Fn(&str) -> Map<String, Value> + Sync,
    progress: &Progress,
) -> Result<Summary, BatchError> {
    let mut summary = Summary::default();
    let mut chunk = Vec::new();
    let (mut chunk_bytes, mut offset, mut number) = (0, 0u64, 0);
    loop {
        let mut bytes = Vec::new();
        let read = input.read_until(b'\n', &mut bytes).map_err(BatchError::Read)?;
        let mut start = offset;
        offset += read as u64;
        number += 1;
        if number == 1 && bytes.starts_with(UTF8_BOM) {
            // The mark is no part of the first line's JSON.
            bytes.drain(..UTF8_BOM.len());
            start += UTF8_BOM.len() as u64;
        }
        while bytes.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
            bytes.pop();
        }
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            chunk_bytes += bytes.len();
            chunk.push(Line { number, start, bytes });
        }
        if read == 0 || chunk.len() >= CHUNK_LINES || chunk_bytes >= CHUNK_BYTES {
            answer_chunk(&chunk, &answer, out, &mut summary).map_err(BatchError::Write)?;
            progress.update(offset, summary.lines);
            chunk.clear();
            chunk_bytes = 0;
        }
        if read == 0 {
            return Ok(summary);
        }
    }
}

/// Answers the lines of a chunk on every core and writes them in order.
fn answer_chunk(
    chunk: &[Line],
    answer: &(impl Fn(&str) -> Map<String, Value> + Sync),
    out: &mut impl Write,
    summary: &mut Summary,
) -> io::Result<()> {
    use rayon::prelude::*;
    let answered: Vec<(bool, String)> = chunk
        .par_iter()
        .map(|line| {
            let mut fields = Map::new();
            let ok = match request(&line.bytes, line.start) {
                Ok((id, text)) => {
                    fields.insert("id".into(), id);
                    fields.extend(answer(&text));
                    true
                }
                Err((id, message)) => {
                    fields.insert("id".into(), id);
                    fields.insert("error".into(), format!("line {}: {message}", line.number).into());
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
    out.flush()
}

/// A line's `id` (null when absent) and `text`, or its `id` and what is
/// wrong with it. `line_start` is the line's byte offset in the input.
fn request(line: &[u8], line_start: u64) -> Result<(Value, String), (Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (Value::Null, format!("not valid UTF-8: bad byte at byte offset {}", line_start + e.valid_up_to() as u64))
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

    fn answered(input: &[u8], answer: impl Fn(&str) -> Map<String, Value> + Sync) -> (String, Summary) {
        let mut out = Vec::new();
        let Ok(summary) = answer_lines(&mut &input[..], &mut out, answer, &Progress::new(None)) else {
            panic!("a batch from memory cannot fail")
        };
        (String::from_utf8(out).unwrap(), summary)
    }

    fn run(input: &str) -> (Vec<Value>, Summary) {
        let (out, summary) = answered(input.as_bytes(), |text| {
            let mut m = Map::new();
            m.insert("len".into(), text.len().into());
            m
        });
        (out.lines().map(|l| serde_json::from_str(l).unwrap()).collect(), summary)
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
    fn a_byte_order_mark_before_the_first_line_is_no_part_of_it() {
        let (lines, summary) = run("\u{feff}{\"id\":1,\"text\":\"ab\"}\n\u{feff}{\"id\":2,\"text\":\"c\"}\n");
        assert_eq!(lines[0], serde_json::json!({"id": 1, "len": 2}));
        assert!(lines[1]["error"].is_string(), "a mark later on is not JSON: {}", lines[1]);
        assert_eq!(summary.errors, 1);
    }

    #[test]
    fn chunks_keep_the_order_of_a_long_batch() {
        let input: String = (0..CHUNK_LINES * 3 + 5).map(|i| format!("{{\"id\":{i},\"text\":\"\"}}\n")).collect();
        let (lines, summary) = run(&input);
        assert_eq!(summary.lines, CHUNK_LINES * 3 + 5);
        assert!(lines.iter().enumerate().all(|(i, l)| l["id"] == i));
    }

    #[test]
    fn bad_utf8_names_the_offset_in_the_whole_input() {
        let mut input = b"\xEF\xBB\xBF{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"".to_vec();
        let bad = input.len();
        input.extend_from_slice(b"\xff\"}\n");
        let (out, _) = answered(&input, |_| Map::new());
        assert!(out.lines().nth(1).unwrap().contains(&format!("byte offset {bad}")), "{out}");
    }
}
