//! Reading the input: a file, or stdin when there is none or it is `-`.
//!
//! Input is UTF-8 unless `--encoding` names another encoding. A UTF-8
//! byte-order mark at the start is dropped, so offsets count from the first
//! character of the text, as an editor shows it. A UTF-16 file, or one that is
//! not UTF-8, is refused with a message that names the file and says which
//! `--encoding` would read it.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use encoding_rs::{Encoding, UTF_8};

/// The UTF-8 encoding of U+FEFF, the byte-order mark.
pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The input arguments every subcommand takes.
#[derive(clap::Args, Debug)]
pub(crate) struct InputArgs {
    /// File to read; stdin when absent or `-`.
    file: Option<PathBuf>,
    /// The input's encoding when it is not UTF-8: any WHATWG label, e.g.
    /// windows-1252, latin1, utf-16le, utf-16be, shift_jis.
    #[arg(long, value_name = "NAME", value_parser = encoding)]
    encoding: Option<&'static Encoding>,
}

fn encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.as_bytes())
        .ok_or_else(|| format!("unknown encoding \"{label}\"; try utf-8, windows-1252, utf-16le or utf-16be"))
}

impl InputArgs {
    /// The file to read, or `None` for stdin.
    pub(crate) fn path(&self) -> Option<&Path> {
        self.file.as_deref().filter(|p| *p != Path::new("-"))
    }

    /// The input's name for messages.
    pub(crate) fn name(&self) -> String {
        self.path().map_or_else(|| "stdin".to_owned(), |p| p.display().to_string())
    }

    /// The input's size in bytes, when it is a file.
    pub(crate) fn len(&self) -> Option<u64> {
        std::fs::metadata(self.path()?).ok().map(|m| m.len())
    }

    fn read_error(&self, error: io::Error) -> InputError {
        InputError::Read { name: self.name(), error }
    }

    /// The input, opened for reading.
    fn open(&self) -> Result<Box<dyn Read>, InputError> {
        Ok(match self.path() {
            Some(path) => Box::new(File::open(path).map_err(|e| self.read_error(e))?),
            None => Box::new(io::stdin().lock()),
        })
    }

    /// The whole input as text, decoded and without a byte-order mark.
    pub(crate) fn read_text(&self) -> Result<String, InputError> {
        // A file's whole size at once: growing by doubling would copy a
        // long input several times over.
        let mut bytes = Vec::with_capacity(self.len().map_or(0, |n| n as usize + 1));
        self.open()?.read_to_end(&mut bytes).map_err(|e| self.read_error(e))?;
        let name = || self.name();
        match self.encoding {
            Some(encoding) if encoding != UTF_8 => {
                // The mark of the named encoding (or of UTF-8/16, which it
                // would contradict) is dropped, never read as text.
                let (text, had_errors) = encoding.decode_with_bom_removal(&bytes);
                if had_errors {
                    return Err(InputError::NotEncoding { name: name(), encoding: encoding.name() });
                }
                Ok(text.into_owned())
            }
            _ => utf8(bytes, name),
        }
    }

    /// The input as UTF-8 lines for a batch: read as it goes, decoded from
    /// `--encoding` when given. A UTF-16 byte-order mark without
    /// `--encoding` is refused before the first line.
    pub(crate) fn lines(&self) -> Result<Box<dyn BufRead>, InputError> {
        let mut reader = BufReader::with_capacity(64 * 1024, self.open()?);
        match self.encoding {
            Some(encoding) if encoding != UTF_8 => Ok(Box::new(BufReader::new(Decoding::new(reader, encoding)))),
            _ => {
                let start = reader.fill_buf().map_err(|e| self.read_error(e))?;
                if let Some(utf16) = utf16_mark(start) {
                    return Err(InputError::Utf16 { name: self.name(), encoding: utf16 });
                }
                Ok(Box::new(reader))
            }
        }
    }
}

/// `bytes` as UTF-8 text without its byte-order mark.
fn utf8(mut bytes: Vec<u8>, name: impl Fn() -> String) -> Result<String, InputError> {
    if let Some(encoding) = utf16_mark(&bytes) {
        return Err(InputError::Utf16 { name: name(), encoding });
    }
    let bom = if bytes.starts_with(UTF8_BOM) { UTF8_BOM.len() } else { 0 };
    if let Err(e) = std::str::from_utf8(&bytes[bom..]) {
        return Err(InputError::NotUtf8 { name: name(), offset: bom + e.valid_up_to() });
    }
    bytes.drain(..bom);
    // Checked just above; from_utf8 again would scan the text twice.
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { name: name(), offset: e.utf8_error().valid_up_to() })
}

/// The UTF-16 encoding whose byte-order mark `bytes` starts with.
fn utf16_mark(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => Some("utf-16le"),
        [0xFE, 0xFF, ..] => Some("utf-16be"),
        _ => None,
    }
}

/// A reader that decodes another encoding into UTF-8 as it reads, for
/// batches too large to hold.
struct Decoding<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    /// Decoded bytes not yet handed out: `pending[at..]`.
    pending: String,
    at: usize,
    done: bool,
}

impl<R: BufRead> Decoding<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Decoding { inner, decoder: encoding.new_decoder_with_bom_removal(), pending: String::new(), at: 0, done: false }
    }
}

impl<R: BufRead> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.pending.len() && !self.done {
            self.pending.clear();
            self.at = 0;
            let input = self.inner.fill_buf()?;
            let last = input.is_empty();
            let room = self.decoder.max_utf8_buffer_length(input.len()).unwrap_or(input.len() * 3 + 16);
            self.pending.reserve(room);
            // Malformed sequences become U+FFFD, as a reader of the file would see them.
            let (_, read, _) = self.decoder.decode_to_string(input, &mut self.pending, last);
            self.inner.consume(read);
            self.done = last;
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending.as_bytes()[self.at..self.at + n]);
        self.at += n;
        Ok(n)
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
    /// The input starts with a UTF-16 byte-order mark.
    Utf16 {
        name: String,
        encoding: &'static str,
    },
    /// The input is not in the encoding `--encoding` named.
    NotEncoding {
        name: String,
        encoding: &'static str,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Read { name, error } => write!(f, "cannot read {name}: {error}"),
            InputError::NotUtf8 { name, offset } => write!(
                f,
                "{name} is not valid UTF-8: bad byte at byte offset {offset}; \
                 if it is in another encoding, name it (e.g. --encoding windows-1252)"
            ),
            InputError::Utf16 { name, encoding } => write!(
                f,
                "{name} is UTF-16 (it starts with a UTF-16 byte-order mark); read it with --encoding {encoding}"
            ),
            InputError::NotEncoding { name, encoding } => {
                write!(f, "{name} is not valid {encoding}: it has bytes that encoding does not use")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8], label: &str, chunk: usize) -> String {
        let encoding = Encoding::for_label(label.as_bytes()).unwrap();
        let reader = BufReader::with_capacity(chunk, bytes);
        let mut out = String::new();
        Decoding::new(reader, encoding).read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn decoding_reader_gives_the_text_whatever_the_chunk_size() {
        let text = "£5 — 7€ and 😀\nsecond line";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        for chunk in [1, 2, 3, 7, 4096] {
            assert_eq!(decoded(&bytes, "utf-16le", chunk), text, "chunks of {chunk}");
        }
        assert_eq!(decoded(b"caf\xe9 \x80 5", "windows-1252", 2), "café € 5");
    }

    #[test]
    fn utf8_drops_the_mark_and_keeps_the_rest() {
        let name = || "x".to_owned();
        assert_eq!(utf8(b"\xEF\xBB\xBF12 drones".to_vec(), name).unwrap(), "12 drones");
        assert_eq!(utf8(b"12 \xEF\xBB\xBF".to_vec(), name).unwrap(), "12 \u{feff}", "only a leading mark");
        let err = utf8(b"\xEF\xBB\xBFab\xe9".to_vec(), name).unwrap_err().to_string();
        assert!(err.contains("byte offset 5"), "offsets count the mark's bytes: {err}");
    }
}
