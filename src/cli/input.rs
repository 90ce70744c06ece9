//! Reading the input: a file, or stdin when there is none or it is `-`.

use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The input argument every subcommand takes.
#[derive(clap::Args, Debug)]
pub(crate) struct InputArgs {
    /// File to read; stdin when absent or `-`.
    file: Option<PathBuf>,
}

impl InputArgs {
    /// The file to read, or `None` for stdin.
    fn path(&self) -> Option<&Path> {
        self.file.as_deref().filter(|p| *p != Path::new("-"))
    }

    /// The input's name for messages.
    fn name(&self) -> String {
        self.path().map_or_else(|| "stdin".to_owned(), |p| p.display().to_string())
    }

    /// The whole input as bytes.
    pub(crate) fn read_bytes(&self) -> Result<Vec<u8>, InputError> {
        let read = match self.path() {
            Some(path) => std::fs::read(path),
            None => {
                let mut bytes = Vec::new();
                io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes)
            }
        };
        read.map_err(|error| InputError::Read { name: self.name(), error })
    }

    /// The whole input as text; it must be UTF-8.
    pub(crate) fn read_text(&self) -> Result<String, InputError> {
        let bytes = self.read_bytes()?;
        String::from_utf8(bytes)
            .map_err(|e| InputError::NotUtf8 { name: self.name(), offset: e.utf8_error().valid_up_to() })
    }
}

/// Why the input could not be read. Displays as one line.
#[derive(Debug)]
pub(crate) enum InputError {
    Read {
        name: String,
        error: io::Error,
    },
    /// `offset` is the byte offset of the first byte that is not UTF-8.
    NotUtf8 {
        name: String,
        offset: usize,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Read { name, error } => write!(f, "cannot read {name}: {error}"),
            InputError::NotUtf8 { name, offset } => {
                write!(f, "{name} is not valid UTF-8: bad byte at byte offset {offset}")
            }
        }
    }
}
