#!/usr/bin/env bash
# Builds the release binary and lists the figures in the seed article.
# Pass another file, or `-` for stdin, to read that instead.
set -euo pipefail
cd "$(dirname "$0")/.."

article=${1:-../shared/corpus/seed/article.txt}
if [ "$article" != "-" ] && [ ! -f "$article" ]; then
    echo "run.sh: $article not found (the repo must sit beside the shared/ folder)" >&2
    exit 2
fi
cargo build --release --bin addsup
exec target/release/addsup figures "$article"
