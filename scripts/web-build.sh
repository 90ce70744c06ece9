#!/usr/bin/env bash
# Builds the Wasm package and the page.
#   pkg/            the package wasm-pack makes (addsup.js, addsup_bg.wasm, addsup.d.ts)
#   dist/www/       the page to serve: www/ plus the package
#   dist/addsup.html  the same page as one file, Wasm and JS inlined, for file://
# Prints the .wasm's raw and gzip -9 sizes and warns above the 120 KB gzip
# budget (tests/web/size.test.mjs fails the tests there).
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${ADDSUP_SKIP_SETUP:-}" = 1 ] || scripts/web-setup.sh
# binaryen from npm (wasm-opt 132), never Debian's (toolchain.md, pitfall 1).
export PATH="$PWD/node_modules/.bin:$PATH"

# The .wasm is built for size, with settings that apply to this build only
# (the native CLI keeps the release profile, opt-level 3):
#  - opt-level "z" (environment override of the release profile);
#  - with the nightly toolchain and its rust-src (web-setup installs rust-src),
#    std rebuilt with panic=immediate-abort, no panic locations, and std's
#    optimize_for_size (small sorts): about 20 KB less gzipped (BENCHMARKS.md),
#    and -Zfmt-debug=none (the core formats nothing with Debug): 3.3 KB more.
#    A panic is then a bare trap, which the page's worker survives by
#    restarting.
#  - without nightly, the same build on stable (over the 120 KB budget).
# --mode no-install: a CLI/crate version mismatch fails at once (pitfall 4).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
if [ "${ADDSUP_WASM_STABLE:-}" != 1 ] && rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
  echo "web-build: nightly with build-std (for size)"
  RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR=target/wasm-nightly \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
    nice wasm-pack --quiet build . --target web --release --mode no-install --out-dir pkg --out-name addsup \
    -- -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
else
  echo "web-build: stable (no nightly rust-src): the .wasm will be over budget" >&2
  nice wasm-pack --quiet build . --target web --release --mode no-install --out-dir pkg --out-name addsup
fi

rm -rf dist/www
mkdir -p dist/www/pkg
cp www/*.* dist/www/  # files only: www/cms/ is built by scripts/widget-build.sh
cp pkg/addsup.js pkg/addsup_bg.wasm pkg/addsup.d.ts dist/www/pkg/
node scripts/web/single-file.mjs dist/www dist/addsup.html

raw=$(stat -c %s pkg/addsup_bg.wasm)
gz=$(gzip -9 -c pkg/addsup_bg.wasm | wc -c)
echo "web-build: pkg/addsup_bg.wasm $raw bytes raw, $gz bytes gzip -9"
echo "web-build: dist/www/ and dist/addsup.html ($(stat -c %s dist/addsup.html) bytes)"
if [ "$gz" -gt 122880 ]; then
  echo "web-build: WARNING: the .wasm is over the 120 KB gzip budget" >&2
fi
