#!/usr/bin/env bash
# The Wasm build timed beside the native library, in one run on this machine:
#   1. native check() of 1 MiB of news on one thread (examples/time_whole_check.rs)
#      and of the wire story;
#   2. the Wasm build in node (scripts/bench/wasm.mjs);
#   3. the Wasm build and the page in Chromium (scripts/bench/browser.mjs).
# Builds first when pkg/ or dist/www/ is missing. Figures go to BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/addsup_bg.wasm ] && [ -d dist/www ] || scripts/web-build.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node --input-type=module -e "
  import { writeFileSync } from 'node:fs';
  import { news, wireStory } from './scripts/bench/texts.mjs';
  writeFileSync('$tmp/news-1mib.txt', news(1 << 20));
  writeFileSync('$tmp/story.txt', wireStory());"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
nice cargo build --release --quiet --example time_whole_check
echo "native check(), one thread, 1 MiB of news:   $(RAYON_NUM_THREADS=1 target/release/examples/time_whole_check "$tmp/news-1mib.txt" 11)"
echo "native check(), the wire story, median of 201: $(target/release/examples/time_whole_check "$tmp/story.txt" 201)"
node scripts/bench/wasm.mjs
node scripts/bench/browser.mjs
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
