//! A progress bar on stderr for long batches, only when stderr is a
//! terminal: a pipe or a log file never gets one.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A batch shorter than this finishes before a bar would help.
const SHOW_AFTER: Duration = Duration::from_secs(1);

pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    /// A bar over `total` bytes of input (a spinner when the size is not
    /// known, as for stdin); drawn only once the batch has run a while.
    pub(crate) fn new(total: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let (bar, template) = match total {
                Some(total) => (ProgressBar::new(total), "{bar:30} {bytes}/{total_bytes} {msg}, {elapsed}, {eta} left"),
                None => (ProgressBar::new_spinner(), "{spinner} {bytes} {msg}, {elapsed}"),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.set_draw_target(ProgressDrawTarget::hidden());
            bar
        });
        Progress { bar, started: Instant::now() }
    }

    /// `bytes` of the input read and `lines` answered so far.
    pub(crate) fn update(&self, bytes: u64, lines: usize) {
        let Some(bar) = &self.bar else { return };
        if bar.is_hidden() && self.started.elapsed() >= SHOW_AFTER {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        bar.set_message(format!("{lines} lines"));
        bar.set_position(bytes);
    }

    /// Clears the bar, so that the summary line stands alone.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
