#!/usr/bin/env bash
# Builds the widget's demo (dist/www/cms/) and test harness (dist/widget-test/)
# from pkg/ and widget/. Run scripts/web-build.sh first (it makes pkg/).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/esbuild ] || npm ci --no-audit --no-fund
nice node scripts/widget/build.mjs
