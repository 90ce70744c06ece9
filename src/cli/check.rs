//! `addsup check`: diagnostics for people, JSON and JSON Lines for tools.
//!
//! Offsets in JSON are characters (Unicode scalar values) into the input as
//! given; with `--html`, into the HTML source.

use std::io::{BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use addsup::report::{Finding, Report, Status};
use addsup::text::html::HtmlText;
use addsup::text::{OffsetMap, Span, Unit};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

#[derive(Args)]
pub struct CheckArgs {
    /// File to read; stdin when absent or `-`.
    file: Option<String>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Read JSON Lines {"id","text"}; write one {"id","findings"} per line.
    #[arg(long)]
    jsonl: bool,
    /// The input is HTML: tags are stripped and offsets point into the HTML.
    #[arg(long)]
    html: bool,
    /// Also show the checks that passed.
    #[arg(long)]
    all: bool,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

/// A checked input: the text that was read and how to map its spans back.
struct Checked {
    report: Report,
    text: String,
    html: Option<HtmlText>,
}

impl Checked {
    fn new(input: &str, html: bool) -> Checked {
        if html {
            let h = HtmlText::parse(input);
            let report = addsup::check(&h.text, &Default::default());
            Checked { report, text: h.text.clone(), html: Some(h) }
        } else {
            Checked { report: addsup::check(input, &Default::default()), text: input.to_owned(), html: None }
        }
    }

    /// A span of the checked text as a span of the input.
    fn source(&self, span: Span) -> Span {
        match &self.html {
            Some(h) => h.source_span(span),
            None => span,
        }
    }

    fn inconsistent(&self) -> bool {
        self.report.inconsistent().next().is_some()
    }
}

pub fn run(args: &CheckArgs) -> ExitCode {
    if args.jsonl {
        return run_jsonl(args);
    }
    let input = match read(args.file.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("addsup: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let checked = Checked::new(&input, args.html);
    let written = match args.format {
        CheckFormat::Json => {
            let map = OffsetMap::new(&input, Unit::Char);
            let figures: Vec<Value> = checked
                .report
                .figures
                .iter()
                .map(|f| {
                    let mut o = serde_json::to_value(f).unwrap_or_default();
                    if let Some(obj) = o.as_object_mut() {
                        let src = checked.source(f.span);
                        obj.remove("span");
                        obj.insert("text".into(), f.text(&checked.text).into());
                        obj.insert("start".into(), map.convert(src.start).into());
                        obj.insert("end".into(), map.convert(src.end).into());
                        if let Some(h) = f.hedge {
                            let h = checked.source(h);
                            obj.insert(
                                "hedge".into(),
                                json!({"start": map.convert(h.start), "end": map.convert(h.end)}),
                            );
                        }
                    }
                    o
                })
                .collect();
            writeln!(out, "{}", json!({"findings": findings_json(&checked, &map, &input), "figures": figures}))
        }
        CheckFormat::Text => {
            let name = args.file.as_deref().filter(|f| *f != "-").unwrap_or("<stdin>");
            write!(out, "{}", render(&checked, &input, name, args.all, std::io::stdout().is_terminal()))
        }
    };
    if written.is_err() {
        return ExitCode::from(2);
    }
    exit(false, checked.inconsistent())
}

/// `--jsonl`: one `{"id","findings"}` line per input line, through the
/// batch loop `addsup figures --jsonl` uses. A line that cannot be read gets
/// an error line, and the batch exits 2 once it is done.
fn run_jsonl(args: &CheckArgs) -> ExitCode {
    let input = match read_bytes(args.file.as_deref()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("addsup: {e}");
            return ExitCode::from(2);
        }
    };
    let flagged = AtomicBool::new(false);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let summary = super::jsonl::answer_lines(&input, &mut out, |text| {
        let checked = Checked::new(text, args.html);
        if checked.inconsistent() {
            flagged.store(true, Ordering::Relaxed);
        }
        let map = OffsetMap::new(text, Unit::Char);
        let mut fields = serde_json::Map::new();
        fields.insert("findings".into(), findings_json(&checked, &map, text).into());
        fields
    });
    match summary.and_then(|s| out.flush().map(|()| s)) {
        Ok(s) => exit(s.errors > 0, flagged.load(Ordering::Relaxed)),
        Err(_) => ExitCode::from(2),
    }
}

fn exit(bad_input: bool, flagged: bool) -> ExitCode {
    ExitCode::from(if bad_input {
        2
    } else if flagged {
        1
    } else {
        0
    })
}

fn findings_json(checked: &Checked, map: &OffsetMap, source: &str) -> Vec<Value> {
    checked.report.findings.iter().map(|f| finding_json(checked, f, map, source)).collect()
}

fn finding_json(checked: &Checked, f: &Finding, map: &OffsetMap, source: &str) -> Value {
    let mut o = serde_json::to_value(f).unwrap_or_default();
    let figures: Vec<Value> = f
        .figures
        .iter()
        .map(|x| {
            let src = checked.source(x.span);
            json!({
                "text": x.span.of(&checked.text),
                "start": map.convert(src.start),
                "end": map.convert(src.end),
                "role": x.role,
                "figure": x.figure,
            })
        })
        .collect();
    if let Some(obj) = o.as_object_mut() {
        let span = checked.source(f.span);
        obj.remove("span");
        obj.insert("start".into(), map.convert(span.start).into());
        obj.insert("end".into(), map.convert(span.end).into());
        obj.insert("figures".into(), figures.into());
    }
    let _ = source;
    o
}

/// Compiler-style diagnostics: the figures underlined in their lines, the
/// arithmetic as a note.
fn render(checked: &Checked, input: &str, name: &str, all: bool, colour: bool) -> String {
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    let mut text = String::new();
    let mut passed = 0;
    for f in &checked.report.findings {
        if f.status == Status::Consistent {
            passed += 1;
            if !all {
                continue;
            }
        }
        let level = match (f.status, f.severity) {
            (Status::Consistent, _) => Level::NOTE,
            (_, addsup::report::Severity::Error) => Level::ERROR,
            _ => Level::WARNING,
        };
        let title = match f.status {
            Status::Inconsistent => format!("figures do not add up [{}]", f.rule),
            Status::Consistent => format!("figures add up [{}]", f.rule),
        };
        let mut snippet = Snippet::source(input).path(name);
        for (i, x) in f.figures.iter().enumerate() {
            let src = checked.source(x.span);
            let role =
                serde_json::to_value(x.role).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            let kind = if i == 0 { AnnotationKind::Primary } else { AnnotationKind::Context };
            snippet = snippet.annotation(kind.span(src.start..src.end).label(role));
        }
        let report = &[
            level.primary_title(title).element(snippet),
            Group::with_title(Level::NOTE.secondary_title(f.message.clone())),
        ];
        text.push_str(&renderer.render(report).to_string());
        text.push_str("\n\n");
    }
    let flagged = checked.report.inconsistent().count();
    text.push_str(&format!("{flagged} inconsistent, {passed} passed, {} figures read\n", checked.report.figures.len()));
    text
}

fn read(file: Option<&str>) -> Result<String, String> {
    String::from_utf8(read_bytes(file)?)
        .map_err(|e| format!("input is not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn read_bytes(file: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
        }
        Some(path) => bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
    }
    Ok(bytes)
}
