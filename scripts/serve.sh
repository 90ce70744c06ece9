#!/usr/bin/env bash
# Builds the page and serves it on 127.0.0.1 (PORT, default 8000, or a free
# port when that one is taken); prints the address. Installs what is missing
# first (scripts/web-setup.sh) and skips what is there. Ctrl+C stops it.
# The same page as one file, for opening from disk: dist/addsup.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/web-build.sh
scripts/widget-build.sh
exec node scripts/web/serve.mjs dist/www "${PORT:-8000}"
