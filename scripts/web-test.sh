#!/usr/bin/env bash
# The page's and the Wasm binding's tests:
#   1. the Wasm API with wasm-bindgen-test, in node and in headless Chromium;
#   2. the page end to end in Chromium with playwright-core (node --test).
# Installs what is missing (web-setup) and builds first (web-build).
# Screenshots go to test-results/.
#
# The Wasm tests run through cargo with wasm-bindgen-test-runner rather than
# `wasm-pack test`: wasm-pack adds `--tests`, which also builds the lib's unit
# tests for wasm32, and those use proptest, which cannot build there.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/web-setup.sh
ADDSUP_SKIP_SETUP=1 scripts/web-build.sh
scripts/widget-build.sh

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver  # reads webdriver.json in the crate root
echo "web-test: Wasm API in node and in headless Chromium"
nice cargo test --target wasm32-unknown-unknown --test wasm_node --test wasm_browser

echo "web-test: the page in Chromium"
mkdir -p test-results
node --test --test-concurrency=1 --test-reporter=spec tests/web/

echo "web-test: the widget in Chromium"
node --test --test-concurrency=1 --test-reporter=spec tests/widget/
