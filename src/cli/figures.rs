//! `addsup figures`: list the figures in a text.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use addsup::Figure;
use clap::ValueEnum;
use serde_json::{Map, Value};

use super::Failure;
use super::check::{plural, unreadable};
use super::input::InputArgs;
use super::json::{self, CharOffsets};
use super::jsonl;
use super::table::{Align, Table};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Read JSON Lines {"id","text"}; write one {"id","figures"} line for each.
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// An aligned table for reading.
    Table,
    /// {"figures": [...]} on one line.
    Json,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let mut out = BufWriter::new(io::stdout().lock());
    if args.jsonl {
        let read = AtomicUsize::new(0);
        let summary = jsonl::answer_input(&args.input, &mut out, |text| {
            let figures = figures_json(text);
            read.fetch_add(figures.as_array().map_or(0, Vec::len), Ordering::Relaxed);
            let mut fields = Map::new();
            fields.insert("figures".into(), figures);
            fields
        })?;
        out.flush()?;
        eprintln!(
            "addsup: read {} in {}{}",
            plural(read.into_inner(), "figure"),
            plural(summary.lines - summary.errors, "text"),
            unreadable(summary.errors)
        );
    } else {
        let text = args.input.read_text()?;
        match args.format {
            Format::Json => write_json(&mut out, &text)?,
            Format::Table => table(&text, &addsup::recognize_in_blocks(&text)).write(&mut out)?,
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `{"figures": [...]}` on one line, written one figure at a time.
fn write_json(out: &mut impl Write, text: &str) -> io::Result<()> {
    let offsets = json::char_offsets(text);
    out.write_all(b"{\"figures\":[")?;
    for (i, figure) in addsup::recognize_in_blocks(text).iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, &offsets.figure(figure))?;
    }
    out.write_all(b"]}\n")
}

fn figures_json(text: &str) -> Value {
    json::figures(&addsup::recognize_in_blocks(text), text)
}

fn table(text: &str, figures: &[Figure]) -> Table {
    let offsets = CharOffsets::new(text);
    let mut table = Table::new(&[
        ("kind", Align::Left),
        ("value", Align::Right),
        ("unit", Align::Left),
        ("hedge/bound", Align::Left),
        ("text", Align::Left),
        ("chars", Align::Right),
    ]);
    for f in figures {
        let (start, end) = offsets.of(f.span);
        let unit = [f.currency, f.unit].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let qualifiers = [f.approx.map(json::name), f.bound.map(json::name)].into_iter().flatten();
        table.push(vec![
            json::name(f.kind),
            value(f),
            unit,
            qualifiers.collect::<Vec<_>>().join(" "),
            f.text(text).to_owned(),
            format!("{start}–{end}"),
        ]);
    }
    table
}

/// The value, or `min–max` for a range; `-` when there is none.
fn value(f: &Figure) -> String {
    match (f.value, f.min, f.max) {
        (Some(v), ..) => number(v),
        (None, Some(lo), Some(hi)) => format!("{}–{}", number(lo), number(hi)),
        (None, Some(lo), None) => format!("≥{}", number(lo)),
        (None, None, Some(hi)) => format!("≤{}", number(hi)),
        (None, None, None) => "-".into(),
    }
}

/// A number as people write it, switching to exponent form when plain
/// digits would be unreadably long.
fn number(v: f64) -> String {
    let a = v.abs();
    if v == 0.0 || (1e-6..1e15).contains(&a) { format!("{v}") } else { format!("{v:e}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::json::tests::blank;
    use addsup::Kind;
    use addsup::figures::{Approx, Bound};
    use addsup::text::Span;

    #[test]
    fn table_shows_ranges_units_hedges_and_char_offsets() {
        let text = "About £3bn, 20–30 km, at least 23.";
        let at = |s: &str| text.find(s).unwrap();
        let money = Figure {
            value: Some(3e9),
            currency: Some("GBP"),
            approx: Some(Approx::About),
            hedge: Some(Span::new(0, 5)),
            ..blank(Span::new(6, at(",")), Kind::Money)
        };
        let range = Figure {
            min: Some(20.0),
            max: Some(30.0),
            unit: Some("km"),
            ..blank(Span::new(at("20"), at(", at")), Kind::Measure)
        };
        let bound = Figure {
            value: Some(23.0),
            min: Some(23.0),
            bound: Some(Bound::AtLeast),
            ..blank(Span::new(at("at"), at(".")), Kind::Number)
        };
        let mut out = Vec::new();
        table(text, &[money, range, bound]).write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "kind          value  unit  hedge/bound  text         chars
money    3000000000  GBP   about        £3bn          6–10
measure       20–30  km                 20–30 km     12–20
number           23        at_least     at least 23  22–33
"
        );
    }

    #[test]
    fn numbers_stay_readable() {
        assert_eq!(number(145.0), "145");
        assert_eq!(number(1.5e6), "1500000");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(1e22), "1e22");
        assert_eq!(number(f64::INFINITY), "inf");
    }
}
