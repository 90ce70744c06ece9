#!/usr/bin/env bash
# Where the .wasm's bytes are, by function, as the shipped module has them.
#
# Usage: scripts/wasm-sizes.sh [N] [REF.wasm]
#   N         how many of the largest functions to list (default 40)
#   REF.wasm  cargo's own addsup.wasm of another build (for example a copy of
#             target/wasm-nightly/wasm32-unknown-unknown/release/addsup.wasm
#             made before a change): also list the functions that grew or
#             shrank since, raw bytes, by `twiggy diff` of the two modules as
#             shipped (each through the same wasm-bindgen and wasm-opt). A
#             diff of cargo's own modules misleads: it lists generic
#             functions that wasm-opt merges, and functions that move in or
#             out of line (BENCHMARKS.md, "The nineteenth session").
#
# Reads cargo's addsup.wasm of the last `scripts/web-build.sh`, passes it
# through wasm-bindgen keeping its names and through wasm-opt with the
# release flags of Cargo.toml plus `-g`, and lists the largest functions
# with `twiggy top`. Writes nothing outside a temporary folder. Needs twiggy
# (`cargo install twiggy`) and a web build. Gzipped, code costs about half
# its raw bytes. The size printed is node's zlib, as the size test reads it
# (the `gzip` command reads 75 to 100 bytes less).
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-40}
ref=${2:-}
wasm=target/wasm-nightly/wasm32-unknown-unknown/release/addsup.wasm
for tool in twiggy wasm-bindgen; do
  command -v "$tool" >/dev/null || { echo "wasm-sizes: $tool is missing (cargo install $tool)" >&2; exit 2; }
done
[[ -f $wasm ]] || { echo "wasm-sizes: no $wasm: run scripts/web-build.sh first" >&2; exit 2; }
opt=node_modules/.bin/wasm-opt
[[ -x $opt ]] || { echo "wasm-sizes: no $opt: run scripts/web-setup.sh first" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --keep-debug --out-dir "$tmp" --out-name addsup "$wasm"
# The release flags of [package.metadata.wasm-pack.profile.release].
mapfile -t flags < <(sed -n '/^wasm-opt = \[/,/^\]/p' Cargo.toml | sed -n 's/^ *"\(.*\)",\{0,1\}$/\1/p')
"$opt" "$tmp/addsup_bg.wasm" "${flags[@]}" -g -o "$tmp/named.wasm"
if [[ -n $ref ]]; then
  mkdir "$tmp/ref"
  wasm-bindgen --target web --keep-debug --out-dir "$tmp/ref" --out-name addsup "$ref"
  "$opt" "$tmp/ref/addsup_bg.wasm" "${flags[@]}" -g -o "$tmp/ref/named.wasm"
fi
strip=$("$opt" "$tmp/addsup_bg.wasm" "${flags[@]}" -o "$tmp/shipped.wasm" && node -e \
  "const z=require('zlib'),fs=require('fs');const b=fs.readFileSync(process.argv[1]);console.log(b.length+' bytes raw, '+z.gzipSync(b,{level:9}).length+' gzip -9 (node)')" "$tmp/shipped.wasm")
echo "wasm-sizes: as shipped, $strip"
twiggy top -n "$top" "$tmp/named.wasm" | grep -v '"function names"'
if [[ -n $ref ]]; then
  echo
  echo "wasm-sizes: raw bytes against $ref, both as shipped (data segments, renumbered by any change, summed)"
  twiggy diff "$tmp/ref/named.wasm" "$tmp/named.wasm" | grep -v '"function names"' \
    | awk '/data segment/ { data += $1; next } { print } END { printf "%+d data segments, together\n", data }' \
    | head -n "$((top + 2))"
fi
