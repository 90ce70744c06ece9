//! The `addsup` command line. All of the program's I/O lives here; the
//! library does none.
//!
//! Each subcommand is one module. What subcommands share:
//! - [`input`]: reading a file or stdin, its encoding, one-line errors;
//! - [`jsonl`]: the JSON Lines batch loop, streaming, with [`progress`];
//! - [`options`]: the rules to run, the severities to report and fail on;
//! - [`json`]: byte spans to character offsets, figures to JSON;
//! - [`table`]: aligned plain-text tables.
//!
//! Exit status: 0 on success, 2 on bad usage or unreadable input (clap
//! uses 2 for usage errors too). 1 is kept for "something is inconsistent".

mod check;
mod diagnostics;
mod figures;
mod input;
mod json;
mod jsonl;
mod options;
mod progress;
mod table;

use std::io;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "addsup", version, about = "Checks that the figures in a news story add up")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the figures in a text.
    Figures(figures::Args),
    /// Check that the figures in a text add up.
    Check(check::CheckArgs),
}

/// Exit status for bad usage or unreadable input.
const EXIT_USAGE: u8 = 2;

/// Exit status when figures do not add up (`addsup check`, see `--fail-on`).
const EXIT_FLAGGED: u8 = 1;

/// Why a subcommand stopped early.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Bad usage or unreadable input: a one-line message.
    Input(String),
    /// The output could not be written.
    Output(io::Error),
}

impl From<input::InputError> for Failure {
    fn from(e: input::InputError) -> Self {
        Failure::Input(e.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Figures(args) => figures::run(args),
        Command::Check(args) => check::run(args),
    };
    match result {
        Ok(code) => code,
        // A reader that stops early (`| head`) is not an error worth a message.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("addsup: cannot write output: {e}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(Failure::Input(message)) => {
            eprintln!("addsup: {message}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
