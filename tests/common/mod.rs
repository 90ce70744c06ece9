//! Running the built `addsup` binary from integration tests.

use std::io::Write;
use std::process::{Command, Stdio};

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `addsup ARGS` with `stdin` as its input.
pub fn addsup(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_addsup"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start addsup");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // Write from another thread, so that a large output cannot block us.
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("wait for addsup");
    writer.join().expect("writer thread").expect("write stdin");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(!run.stderr.contains("panicked"), "addsup panicked: {}", run.stderr);
    run
}
