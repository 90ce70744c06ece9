#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target, in fuzz/corpus/<target>/
# (git-ignored): each engine fixture whole and paragraph by paragraph, and
# the text of each dev passage of ../shared/corpus/news/dev.jsonl. Seeds
# longer than the fuzz runs' -max_len are still read whole by libFuzzer.
# Usage: scripts/fuzz-seed.sh
set -euo pipefail
cd "$(dirname "$0")/.."

dev=../shared/corpus/news/dev.jsonl
if [ ! -f "$dev" ]; then
    echo "error: $dev is missing: clone the repository beside shared/" >&2
    exit 1
fi
command -v jq >/dev/null || { echo "error: jq is needed (apt-get install jq)" >&2; exit 1; }

targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^addsup-fuzz$')
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT

for fixture in tests/fixtures/*.txt; do
    name=$(basename "$fixture" .txt)
    cp "$fixture" "$seeds/fixture-$name"
    # Paragraph by paragraph: short inputs are where a fuzzer mutates best.
    awk -v out="$seeds/fixture-$name-p" 'BEGIN { RS = ""; n = 0 } { n++; print > (out n); close(out n) }' "$fixture"
done
i=0
# One JSON string per line, then each decoded to its raw text.
while IFS= read -r json; do
    i=$((i + 1))
    jq -j '.' <<<"$json" >"$seeds/dev-$i"
done < <(jq -c '.text' "$dev")

# The html target also gets each fixture as a page: paragraphs in <p>, a
# title in <h1>, with an entity and a comment, as copy comes out of a CMS.
for fixture in tests/fixtures/*.txt; do
    awk 'BEGIN { RS = ""; print "<!doctype html><!-- page --><h1>Report &amp; figures</h1>" }
         { gsub(/&/, "\\&amp;"); print "<p>" $0 "</p>" }' "$fixture" >"$seeds/page-$(basename "$fixture" .txt)"
done

for target in $targets; do
    mkdir -p "fuzz/corpus/$target"
    if [ "$target" = html ]; then
        cp "$seeds"/* "fuzz/corpus/$target/"
    else
        find "$seeds" -type f ! -name 'page-*' -exec cp {} "fuzz/corpus/$target/" \;
    fi
    echo "fuzz/corpus/$target: $(ls "fuzz/corpus/$target" | wc -l) inputs"
done
