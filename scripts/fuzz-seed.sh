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

for target in $targets; do
    mkdir -p "fuzz/corpus/$target"
    cp "$seeds"/* "fuzz/corpus/$target/"
    echo "fuzz/corpus/$target: $(ls "fuzz/corpus/$target" | wc -l) inputs"
done
