//! Argument parsing, input reading and output formats. All I/O lives here.

mod check;

use std::io::{Read, Write};
use std::process::ExitCode;

use addsup::text::{OffsetMap, Unit};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "addsup", version, about = "Checks that the figures in a news story add up")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the figures in a text.
    Figures {
        /// File to read; stdin when absent or `-`.
        file: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Read JSON Lines {"id","text"}; write one {"id","figures"} per line.
        #[arg(long)]
        jsonl: bool,
    },
    /// Check that the figures in a text add up.
    Check(check::CheckArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Figures { file, format, jsonl } => {
            let input = match read_input(file.as_deref()) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("addsup: {e}");
                    return ExitCode::from(2);
                }
            };
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            if jsonl {
                for line in input.lines().filter(|l| !l.trim().is_empty()) {
                    let v: serde_json::Value = match serde_json::from_str(line) {
                        Ok(v) => v,
                        Err(e) => {
                            let _ = writeln!(out, "{}", serde_json::json!({"id": null, "error": e.to_string()}));
                            continue;
                        }
                    };
                    let text = v["text"].as_str().unwrap_or("");
                    let _ = writeln!(out, "{}", serde_json::json!({"id": v["id"], "figures": figures_json(text)}));
                }
            } else {
                match format {
                    Format::Json => {
                        let _ = writeln!(out, "{}", serde_json::json!({"figures": figures_json(&input)}));
                    }
                    Format::Table => {
                        for f in addsup::recognize(&input) {
                            let _ = writeln!(out, "{:<10} {:>14} {}", kind_name(f.kind), f.value.map(|v| v.to_string()).unwrap_or_default(), f.text(&input));
                        }
                    }
                }
            }
            ExitCode::SUCCESS
        }
    }
}

fn kind_name(k: addsup::Kind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn figures_json(text: &str) -> serde_json::Value {
    let map = OffsetMap::new(text, Unit::Char);
    let figs: Vec<_> = addsup::recognize(text)
        .into_iter()
        .map(|f| {
            let mut o = serde_json::to_value(&f).unwrap_or_default();
            let obj = o.as_object_mut().unwrap();
            obj.remove("span");
            obj.insert("text".into(), f.text(text).into());
            obj.insert("start".into(), map.convert(f.span.start).into());
            obj.insert("end".into(), map.convert(f.span.end).into());
            o
        })
        .collect();
    serde_json::Value::Array(figs)
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            0
        }
    };
    String::from_utf8(bytes).map_err(|e| format!("input is not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}
