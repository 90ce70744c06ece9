#!/usr/bin/env bash
# Checks that a freshly built addsup says byte for byte what a reference
# build says, on the fixtures and on the dev corpus: the guard for changes
# meant to leave behaviour alone (a layout change, a refactor).
#
# Usage: scripts/same-output.sh [REF_BIN]
#   REF_BIN  the reference binary (default: $ADDSUP_REF, else
#            /work/ref-addsup-85cd545). Build one from the commit to compare
#            with: `git stash; cargo build --release; cp target/release/addsup REF`.
#
# Builds target/release/addsup, then compares, on every tests/fixtures/*.txt,
# `check --format json`, `check --format json --all`, `check` (text) and
# `figures --format json`; and over ../shared/corpus/news/dev.jsonl,
# `check --jsonl`, `check --jsonl --all` and `figures --jsonl`, line by line.
# Shows the first difference in full and names every differing case; exits
# 1 if there was any.
set -euo pipefail
cd "$(dirname "$0")/.."

ref=${1:-${ADDSUP_REF:-/work/ref-addsup-85cd545}}
if [[ ! -x $ref ]]; then
  echo "same-output: no reference binary at $ref" >&2
  exit 2
fi
corpus=../shared/corpus/news/dev.jsonl
if [[ ! -f $corpus ]]; then
  echo "same-output: $corpus is missing (../shared must sit beside this checkout)" >&2
  exit 2
fi

nice cargo build --release --quiet --bin addsup
new=target/release/addsup
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cases=0
differing=0
# Names a differing case; shows the first one in full.
report() {
  differing=$((differing + 1))
  echo "same-output: DIFFERENT on $1"
  if [[ $differing == 1 ]]; then
    cat
  else
    cat >/dev/null
  fi
}

# Runs one command with both binaries and compares what they print.
compare() {
  local name=$1 input=$2
  shift 2
  "$ref" "$@" <"$input" >"$tmp/ref" 2>&1 || true
  "$new" "$@" <"$input" >"$tmp/new" 2>&1 || true
  cases=$((cases + 1))
  if ! cmp -s "$tmp/ref" "$tmp/new"; then
    diff "$tmp/ref" "$tmp/new" | head -40 >"$tmp/detail" || true
    report "$name (addsup $*)" <"$tmp/detail"
  fi
}

# Compares line by line so that each differing passage is named.
compare_lines() {
  local name=$1 input=$2
  shift 2
  "$ref" "$@" <"$input" >"$tmp/ref" 2>&1 || true
  "$new" "$@" <"$input" >"$tmp/new" 2>&1 || true
  local line=0 a b
  while IFS= read -r a <&3 && IFS= read -r b <&4; do
    line=$((line + 1))
    if [[ $a != "$b" ]]; then
      [[ $a =~ \"id\":\"[^\"]*\" ]]
      printf 'reference: %s\nnew:       %s\n' "$a" "$b" >"$tmp/detail"
      report "$name line $line ${BASH_REMATCH[0]:-} (addsup $*)" <"$tmp/detail"
    fi
  done 3<"$tmp/ref" 4<"$tmp/new"
  if [[ $(wc -l <"$tmp/ref") != $(wc -l <"$tmp/new") ]]; then
    echo "differing line counts" >"$tmp/detail"
    report "$name (addsup $*)" <"$tmp/detail"
  fi
  cases=$((cases + $(wc -l <"$input")))
}

for fixture in tests/fixtures/*.txt; do
  compare "$fixture" "$fixture" check --format json
  compare "$fixture" "$fixture" check --format json --all
  compare "$fixture" "$fixture" check
  compare "$fixture" "$fixture" figures --format json
done
compare_lines "$corpus" "$corpus" check --jsonl
compare_lines "$corpus" "$corpus" check --jsonl --all
compare_lines "$corpus" "$corpus" figures --jsonl
if [[ $differing -gt 0 ]]; then
  echo "same-output: $differing of $cases cases differ"
  exit 1
fi
echo "same-output: identical on $cases cases ($(ls tests/fixtures/*.txt | wc -l) fixtures x 4 commands, $(wc -l <"$corpus") passages x 3 commands)"
