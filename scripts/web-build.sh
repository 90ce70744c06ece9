#!/usr/bin/env bash
# Builds the Wasm package and the page.
#   pkg/            the package wasm-pack makes (addsup.js, addsup_bg.wasm, addsup.d.ts)
#   dist/www/       the page to serve: www/ plus the package
#   dist/addsup.html  the same page as one file, Wasm and JS inlined, for file://
# Prints the .wasm's raw and gzip -9 sizes and fails above the 120 KB gzip budget.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${ADDSUP_SKIP_SETUP:-}" = 1 ] || scripts/web-setup.sh
# binaryen from npm (wasm-opt 132), never Debian's (toolchain.md, pitfall 1).
export PATH="$PWD/node_modules/.bin:$PATH"

# --mode no-install: a CLI/crate version mismatch fails at once (pitfall 4).
nice wasm-pack --quiet build --target web --release --mode no-install --out-dir pkg --out-name addsup

rm -rf dist/www
mkdir -p dist/www/pkg
cp www/* dist/www/
cp pkg/addsup.js pkg/addsup_bg.wasm pkg/addsup.d.ts dist/www/pkg/
node scripts/web/single-file.mjs dist/www dist/addsup.html

raw=$(stat -c %s pkg/addsup_bg.wasm)
gz=$(gzip -9 -c pkg/addsup_bg.wasm | wc -c)
echo "web-build: pkg/addsup_bg.wasm $raw bytes raw, $gz bytes gzip -9"
echo "web-build: dist/www/ and dist/addsup.html ($(stat -c %s dist/addsup.html) bytes)"
if [ "$gz" -gt 122880 ]; then
  echo "web-build: the .wasm is over the 120 KB gzip budget" >&2
  exit 1
fi
