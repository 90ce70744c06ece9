//! Two standard-library routines that one line of the core can pull into
//! the .wasm, each for about a kilobyte gzipped of a 160 KiB budget
//! (BENCHMARKS.md, "The fourteenth session"): the float remainder (`x %
//! 10.0` on an f64; `text::rem` does it exactly for news figures) and the
//! two-way substring searcher (`.contains("ab")`, `.find("</")`,
//! `.split(", ")`: compare words or scan bytes instead). And a word tested
//! against string alternatives in place (`matches!(w, "a" | "an")`): spelled
//! out at each of some 230 places, such tests cost 2.7 KB gzipped more than
//! one routine given the list (the macros `lc_in!` and `one_of!`; BENCHMARKS.md,
//! "The twenty-second session"). This test reads the core's sources (not
//! the CLI, not tests) and names each line that does any of these, so the
//! bytes are not spent again by accident.

use std::path::Path;

/// The methods that search a `&str` for a string pattern.
const SEARCHES: [&str; 8] = [
    ".contains(\"",
    ".find(\"",
    ".rfind(\"",
    ".split(\"",
    ".split_once(\"",
    ".replace(\"",
    ".matches(\"",
    ".rsplit(\"",
];

fn core_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "cli" {
                core_files(&path, out);
            }
        } else if name.ends_with(".rs") && name != "main.rs" && !name.ends_with("tests.rs") {
            out.push(path);
        }
    }
}

/// A search for a string literal of two characters or more on `line`.
fn string_search(line: &str) -> bool {
    SEARCHES.iter().any(|call| {
        line.match_indices(call).any(|(at, _)| {
            let literal = &line[at + call.len()..];
            literal.find('"').is_some_and(|end| literal[..end].chars().count() >= 2)
        })
    })
}

/// A `matches!` of string alternatives on `line`: `matches!(w, "a" | "an")`.
fn string_alternatives(line: &str) -> bool {
    line.contains("matches!(") && line.contains("\" | \"")
}

/// A remainder by a float literal on `line`: `% 10.0`.
fn float_remainder(line: &str) -> bool {
    line.match_indices("% ").any(|(at, _)| {
        let rest = &line[at + 2..];
        let number: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        number.contains('.') && number.chars().next().is_some_and(|c| c.is_ascii_digit())
    })
}

#[test]
fn the_core_uses_no_float_remainder_substring_search_or_string_alternatives() {
    let mut files = Vec::new();
    core_files(Path::new("src"), &mut files);
    assert!(files.len() > 20, "the core's sources were not found from {:?}", std::env::current_dir());
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a source file");
        // Unit tests at the end of a file run natively only.
        let code = text.split("#[cfg(test)]\nmod ").next().unwrap_or(&text);
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            if string_search(line) || float_remainder(line) || string_alternatives(line) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "a routine the .wasm pays a kilobyte for (see this file's doc):\n{}", found.join("\n"));
}

#[test]
fn the_scan_sees_what_it_looks_for() {
    assert!(string_search(r#"if near.contains("ab") {"#));
    assert!(string_search(r#"let k = html[at..].find("</")?;"#));
    assert!(!string_search(r#"let k = word.find('s');"#));
    assert!(!string_search(r#"if text.contains("s") {"#));
    assert!(float_remainder("v % 10.0 == 0.0"));
    assert!(!float_remainder("hour % 100 < 60"));
    assert!(string_alternatives(r#"if matches!(doc.lc(k), "a" | "an") {"#));
    assert!(!string_alternatives(r#"if crate::lc_in!(doc, k, ["a", "an"]) {"#));
    assert!(!string_alternatives(r#"if matches!(c, Cue::Up | Cue::Down) {"#));
}
