//! The corpora judge the engine; they must never be written into it.
//! Rules, comments, lexicons, fixtures and tests state how English reports
//! figures with sentences of their own, so a passage of a corpus that turns
//! up in the repository is a rule fitted to one text.
//!
//! The corpora are the seed story and the dev passages of `../shared/corpus`,
//! and our own collected passages, `tests/news/*.jsonl`. Ours are a test
//! corpus too: they measure how the engine does on copy it was not developed
//! against, so a rule, example or template that echoes one of them fits the
//! engine to its own yardstick and flatters the score. They are read as a
//! corpus like the shared ones, and `tests/news/` itself, being that data,
//! is not scanned.
//!
//! This test fails on any run of words that a file of ours shares with a
//! passage: six words in a row when one of them carries a digit (a figure
//! copied with its wording), or ten words in a row of any kind. Shorter runs
//! of plain words are ordinary English ("the air force said").

use std::collections::HashMap;
use std::path::{Path, PathBuf};

const FIGURE_RUN: usize = 6;
const PLAIN_RUN: usize = 10;

/// The folders whose files are ours: code, tests, page, widget, scripts.
const SCANNED: [&str; 8] = ["src", "tests", "www", "widget", "js", "scripts", "benches", "examples"];
/// Inside them, what is data or generated rather than written.
const SKIPPED: [&str; 3] = ["tests/news", "node_modules", "dist"];

/// Lower-cased words, numbers kept whole with their inner separators
/// (`1,804`, `3.5`, `year's`), so that a copied figure matches as one word.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let joins = matches!(c, ',' | '.' | '\'' | '’')
            && !word.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn has_digit(run: &[String]) -> bool {
    run.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// Every run worth flagging in the corpora, with the passage it comes from.
struct Corpus {
    runs: HashMap<Vec<String>, String>,
}

impl Corpus {
    fn add(&mut self, text: &str, origin: &str) {
        let w = words(text);
        for run in w.windows(FIGURE_RUN).filter(|run| has_digit(run)) {
            self.runs.entry(run.to_vec()).or_insert_with(|| origin.to_owned());
        }
        for run in w.windows(PLAIN_RUN) {
            self.runs.entry(run.to_vec()).or_insert_with(|| origin.to_owned());
        }
    }

    fn shared_runs(&self, text: &str) -> Vec<(String, String)> {
        let w = words(text);
        let figure_runs = w.windows(FIGURE_RUN).filter(|run| has_digit(run));
        let mut origins = std::collections::HashSet::new();
        // One run per passage is enough to find the copy.
        figure_runs
            .chain(w.windows(PLAIN_RUN))
            .filter_map(|run| self.runs.get(run).map(|origin| (origin.clone(), run.join(" "))))
            .filter(|(origin, _)| origins.insert(origin.clone()))
            .collect()
    }
}

/// Reads a corpus file the test cannot do without.
fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. This test reads the shared corpora (../shared, beside the repository) and tests/news.",
            path.display()
        )
    })
}

/// Adds every passage of a JSON-lines file (one record a line, the passage
/// in `text`), each labelled by `origin` from the record's `id`.
fn add_passages(corpus: &mut Corpus, path: &Path, origin: impl Fn(&str) -> String) {
    for line in read(path).lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}: one JSON record per line expected: {e}", path.display()));
        let id = record["id"].as_str().unwrap_or("without an id");
        corpus.add(record["text"].as_str().unwrap_or_default(), &origin(id));
    }
}

/// Our collected passages: the files `tests/news/*.jsonl`, in name order.
fn our_passage_files(repo: &Path) -> Vec<PathBuf> {
    let news = repo.join("tests/news");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&news)
        .unwrap_or_else(|e| panic!("{}: {e}", news.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "expected our collected passages in {}", news.display());
    files
}

/// Every corpus, as runs to look for: the seed story and the dev passages
/// of `../shared/corpus`, then each passage of our own `tests/news/*.jsonl`.
fn corpora(repo: &Path) -> Corpus {
    let shared = repo.join("../shared/corpus");
    let mut corpus = Corpus { runs: HashMap::new() };
    corpus.add(&read(&shared.join("seed/article.txt")), "the seed story");
    add_passages(&mut corpus, &shared.join("news/dev.jsonl"), |id| format!("dev passage {id}"));
    for path in our_passage_files(repo) {
        let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        add_passages(&mut corpus, &path, |id| format!("tests/news passage {id} ({file})"));
    }
    corpus
}

fn our_files(dir: &Path, repo: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let relative = path.strip_prefix(repo).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if SKIPPED.iter().any(|skip| relative.starts_with(skip) || relative.contains(&format!("/{skip}"))) {
            continue;
        }
        if path.is_dir() {
            our_files(&path, repo, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn no_passage_of_the_corpora_is_written_into_the_repository() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = corpora(repo);
    let ours = corpus.runs.values().filter(|origin| origin.starts_with("tests/news passage")).count();
    assert!(ours > 1000, "expected the runs of our collected passages, found {ours}");
    let mut files = Vec::new();
    for dir in SCANNED {
        our_files(&repo.join(dir), repo, &mut files);
    }
    assert!(files.len() > 50, "expected the repository's sources, found {} files", files.len());
    let mut copied = Vec::new();
    for file in files {
        // Binary files (images, Wasm) hold no prose.
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        for (origin, run) in corpus.shared_runs(&text) {
            copied.push(format!("{}: \"{run}\" is from {origin}", file.strip_prefix(repo).unwrap().display()));
        }
    }
    assert!(copied.is_empty(), "write examples of your own instead of quoting the corpora:\n{}", copied.join("\n"));
}

#[test]
fn words_keep_figures_whole_and_ignore_case_and_punctuation() {
    assert_eq!(words("Rose 3.5%, to 1,804 (year's)."), ["rose", "3.5", "to", "1,804", "year's"]);
    let mut corpus = Corpus { runs: HashMap::new() };
    corpus.add("The storm cut power to 12,400 homes across the valley on Monday.", "a test passage");
    assert_eq!(corpus.shared_runs("it cut POWER to 12,400 homes, across the hills").len(), 1);
    assert!(corpus.shared_runs("the storm cut power to homes across the valley").is_empty());
}
