#!/usr/bin/env bash
# Installs what the page, the Wasm build and the browser tests need.
# Each step is skipped when what it installs is already there.
# See /work/shared/docs/toolchain.md for why each pin and flag is what it is.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.130

say() { printf 'web-setup: %s\n' "$*"; }

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The size build (web-build.sh) rebuilds std with the nightly toolchain.
if ! rustup toolchain list | grep -q '^nightly'; then
  say "no nightly toolchain: the .wasm will be built on stable, over the size budget"
elif rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "nightly rust-src present"
else
  say "adding rust-src to the nightly toolchain"
  rustup component add rust-src --toolchain nightly
fi

if command -v wasm-pack >/dev/null && wasm-pack --version | grep -q " $WASM_PACK_VERSION\$"; then
  say "wasm-pack $WASM_PACK_VERSION present"
else
  say "installing wasm-pack $WASM_PACK_VERSION (about 2 min)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

# No --locked: its lock file pins a crate this registry lacks (toolchain.md, pitfall 3).
if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Never Debian's binaryen: its wasm-opt 108 silently breaks the build (pitfall 1).
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver present"
else
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver
fi

if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
   && [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ]; then
  say "node_modules up to date"
else
  say "npm ci"
  npm ci --no-audit --no-fund
fi
say "done"
