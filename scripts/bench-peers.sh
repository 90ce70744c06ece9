#!/usr/bin/env bash
# Measures addsup beside Recognizers-Text on the same machine in one run.
# The peer is installed into a temporary folder (never into the project).
# Usage: scripts/bench-peers.sh [TEXT_FILE]  (default: the seed story repeated to 100 KB)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/addsup_bg.wasm ] || scripts/web-build.sh
peer=$(mktemp -d)
trap 'rm -rf "$peer"' EXIT
npm install --prefix "$peer" --no-audit --no-fund --silent @microsoft/recognizers-text-number@1.3.1 >/dev/null
text=${1:-}
if [ -z "$text" ]; then
  text="$peer/seed-100k.txt"
  for _ in $(seq 40); do cat ../shared/corpus/seed/article.txt; echo; done > "$text.all"
  head -c 100000 "$text.all" > "$text"
fi
cargo build --release --quiet
start=$(date +%s.%N); target/release/addsup check --format json "$text" > /dev/null || [ $? -eq 1 ]; end=$(date +%s.%N)
printf '%-46s %9.1f ms (whole CLI run, JSON out)\n' "addsup native CLI check" "$(echo "($end - $start) * 1000" | bc)"
node scripts/bench/peers.mjs "$text" "$peer/node_modules"
