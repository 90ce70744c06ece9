//! `addsup check`: diagnostics for people, JSON and JSON Lines for tools.
//!
//! Offsets in JSON are characters (Unicode scalar values) into the input as
//! given (after a UTF-8 byte-order mark, which is dropped); with `--html`,
//! into the HTML source.
//!
//! Every format is written as it goes: a long text is checked a block of
//! paragraphs at a time ([`addsup::check_each_block`]) and each block's
//! findings are written before the next blocks are checked, so memory
//! does not grow with the findings; `--jsonl` streams its input too.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use addsup::Options;
use addsup::report::Report;
use addsup::report::json::Offsets;
use addsup::text::html::HtmlText;
use addsup::text::{Span, Unit};
use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::{Map, Value};

use super::diagnostics::Diagnostics;
use super::input::InputArgs;
use super::jsonl;
use super::options::{FailOn, RuleArgs};
use super::{EXIT_FLAGGED, Failure};

#[derive(Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
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
    /// Say why: under each finding, the cue, scope and completeness that
    /// tied its figures and the verdict; then the candidate relations
    /// considered and set aside, with their figures and the reason. In
    /// JSON, an "explanation" per finding and a "rejected" list.
    #[arg(long)]
    explain: bool,
    #[command(flatten)]
    rules: RuleArgs,
    /// Which findings make the exit status 1.
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = FailOn::Warning)]
    fail_on: FailOn,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

/// What is checked: the input, or the text of its HTML, and how to map
/// the report's spans back into the input.
pub(crate) struct Source<'a> {
    pub(crate) input: &'a str,
    html: Option<HtmlText>,
}

impl<'a> Source<'a> {
    fn new(input: &'a str, html: bool) -> Source<'a> {
        Source { input, html: html.then(|| HtmlText::parse(input)) }
    }

    /// The text that is checked: the input, or its HTML's text.
    pub(crate) fn text(&self) -> &str {
        self.html.as_ref().map_or(self.input, |h| &h.text)
    }

    /// A span of the checked text as a span of the input.
    pub(crate) fn source(&self, span: Span) -> Span {
        match &self.html {
            Some(h) => h.source_span(span),
            None => span,
        }
    }

    /// The report's JSON shape, in characters of the input.
    fn offsets(&self) -> Offsets<'_> {
        match &self.html {
            Some(h) => Offsets::of_html(self.input, h, Unit::Char),
            None => Offsets::new(self.input, Unit::Char),
        }
    }
}

fn fails(report: &Report, fail_on: FailOn) -> bool {
    report.findings.iter().any(|f| fail_on.fails(f))
}

pub(crate) fn run(args: &CheckArgs) -> Result<ExitCode, Failure> {
    if args.jsonl {
        return run_jsonl(args);
    }
    let input = args.input.read_text()?;
    let source = Source::new(&input, args.html);
    let options = Options { explain: args.explain, ..args.rules.options() };
    let mut out = BufWriter::new(io::stdout().lock());
    let failed = match args.format {
        CheckFormat::Json => write_json(&mut out, &source, &options, args.fail_on)?,
        CheckFormat::Text => {
            let name = args.input.path().map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string());
            let mut diagnostics = Diagnostics::new(&source, &name, args.all, args.explain, io::stdout().is_terminal());
            let mut written = Ok(());
            let mut failed = false;
            addsup::check_each_block(source.text(), &options, |block| {
                failed |= fails(&block, args.fail_on);
                if written.is_ok() {
                    written = diagnostics.block(&mut out, &block);
                }
            });
            written?;
            diagnostics.finish(&mut out)?;
            failed
        }
    };
    out.flush()?;
    Ok(exit(false, failed))
}

/// One item of a JSON array, after a comma unless it is the first.
fn write_item(out: &mut impl Write, comma: bool, item: &impl Serialize) -> io::Result<()> {
    if comma {
        out.write_all(b",")?;
    }
    serde_json::to_writer(&mut *out, item).map_err(io::Error::from)
}

/// `{"findings": [...], "figures": [...]}` on one line, and `"rejected"`
/// when `--explain` found candidates set aside. Findings are written a
/// block at a time as the blocks are checked. The figures, which come after
/// them, and the candidates set aside, which name figures, are kept until
/// the end as their JSON text, made as each block comes: that takes less
/// memory than the figures themselves, and their offsets are looked up in
/// text order, beside the block's findings. Returns whether a finding fails
/// the run.
fn write_json(out: &mut impl Write, source: &Source, options: &Options, fail_on: FailOn) -> io::Result<bool> {
    let offsets = source.offsets();
    let (mut figures, mut rejected) = (JsonArray::default(), JsonArray::default());
    let mut findings = 0;
    let mut failed = false;
    let mut written = out.write_all(b"{\"findings\":[");
    addsup::check_each_block(source.text(), options, |block| {
        failed |= fails(&block, fail_on);
        for finding in &block.findings {
            if written.is_ok() {
                written = write_item(out, findings > 0, &offsets.finding(finding));
            }
            findings += 1;
        }
        if written.is_ok() {
            written = block.figures.iter().try_for_each(|f| figures.push(&offsets.figure(f)));
        }
        if written.is_ok() {
            written = block.rejected.iter().try_for_each(|r| rejected.push(&offsets.rejected(r)));
        }
    });
    written?;
    out.write_all(b"],\"figures\":[")?;
    out.write_all(&figures.json)?;
    // As the Wasm binding writes it: only when a candidate was set aside.
    if rejected.items > 0 {
        out.write_all(b"],\"rejected\":[")?;
        out.write_all(&rejected.json)?;
    }
    out.write_all(b"]}\n")?;
    Ok(failed)
}

/// The items of a JSON array, as JSON text, without its brackets.
#[derive(Default)]
struct JsonArray {
    json: Vec<u8>,
    items: usize,
}

impl JsonArray {
    fn push(&mut self, item: &impl Serialize) -> io::Result<()> {
        write_item(&mut self.json, self.items > 0, item)?;
        self.items += 1;
        Ok(())
    }
}

/// `--jsonl`: one `{"id","findings"}` line per input line, through the
/// batch loop `addsup figures --jsonl` uses. A line that cannot be read gets
/// an error line, and the batch exits 2 once it is done. A summary goes to
/// stderr at the end.
fn run_jsonl(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let options = Options { explain: args.explain, ..args.rules.options() };
    let (flagged, failing) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut out = BufWriter::new(io::stdout().lock());
    let summary = jsonl::answer_input(&args.input, &mut out, |text| {
        let source = Source::new(text, args.html);
        let report = addsup::check(source.text(), &options);
        flagged.fetch_add(usize::from(report.inconsistent().next().is_some()), Ordering::Relaxed);
        failing.fetch_add(usize::from(fails(&report, args.fail_on)), Ordering::Relaxed);
        let offsets = source.offsets();
        let findings: Vec<Value> = report.findings.iter().map(|f| to_value(offsets.finding(f))).collect();
        let mut fields = Map::new();
        fields.insert("findings".into(), findings.into());
        if !report.rejected.is_empty() {
            let rejected: Vec<Value> = report.rejected.iter().map(|r| to_value(offsets.rejected(r))).collect();
            fields.insert("rejected".into(), rejected.into());
        }
        fields
    })?;
    out.flush()?;
    let flagged = flagged.into_inner();
    eprintln!(
        "addsup: checked {} with figures that do not add up in {}{}",
        plural(summary.lines - summary.errors, "text"),
        plural(flagged, "text"),
        unreadable(summary.errors)
    );
    Ok(exit(summary.errors > 0, failing.into_inner() > 0))
}

/// "1 text", "2 texts".
pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("{n} {noun}") } else { format!("{n} {noun}s") }
}

/// The end of a batch's summary: how many lines could not be read.
pub(crate) fn unreadable(errors: usize) -> String {
    match errors {
        0 => String::new(),
        n => format!("; {} could not be read", plural(n, "line")),
    }
}

fn exit(bad_input: bool, failed: bool) -> ExitCode {
    ExitCode::from(if bad_input {
        super::EXIT_USAGE
    } else if failed {
        EXIT_FLAGGED
    } else {
        0
    })
}

/// A value of the report's JSON shape as a JSON tree (serializing it cannot
/// fail: it has no maps, and a non-finite number is written as null).
fn to_value(value: impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or_default()
}
