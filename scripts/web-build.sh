#!/usr/bin/env bash
# Builds the Wasm package and the page.
#   pkg/            wasm-pack's output, with js/checker.js appended to its glue
#                   (addsup.js) and js/types.d.ts to its types (addsup.d.ts)
#   dist/npm/       the npm package `addsup`: pkg/ plus js/node.js, js/README.md
#                   and js/package.json (version from Cargo.toml)
#   dist/addsup-VERSION.tgz  that package, packed by `npm pack`
#   dist/www/       the page to serve: www/ plus the package
#   dist/addsup.html  the same page as one file, Wasm and JS inlined, for file://
# Prints the .wasm's raw and gzip -9 sizes and warns above the 160 KiB gzip
# budget (tests/web/size.test.mjs fails the tests there).
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${ADDSUP_SKIP_SETUP:-}" = 1 ] || scripts/web-setup.sh
# binaryen from npm (wasm-opt 132), never Debian's (toolchain.md, pitfall 1).
export PATH="$PWD/node_modules/.bin:$PATH"

# The .wasm is built small and fast, with settings that apply to this build
# only (the native CLI keeps the release profile, opt-level 3):
#  - opt-level "z" for std, the dependencies and the addsup crate (243
#    bytes less gzipped than "s" for std and the dependencies)
#    (environment and --config overrides of the release profile;
#    ADDSUP_WASM_OPT_LEVEL and ADDSUP_WASM_CORE_OPT_LEVEL pick others, the
#    latter as a quoted TOML value, e.g. '"s"' or '2'). "s" for the crate
#    runs about 2.3 times as fast as "z", but since the engine's reading of
#    breakdowns, shares, changes, number forms and explanations grew it is
#    181.7 KB gzipped, 18 KB over the 160 KiB budget; "z" is 154.0 KB
#    (BENCHMARKS.md, "Where the .wasm's bytes go"). Getting back to "s"
#    means shrinking the core's code, not the budget;
#  - rustc's MIR inliner for the addsup crate is available but off
#    (ADDSUP_WASM_CORE_RUSTFLAGS='["-Zinline-mir=yes"]', through
#    -Zprofile-rustflags): at "z" rustc leaves it off, and "z" then calls
#    small functions such as `str::eq` through three layers of wrappers.
#    With it the "z" build checks about 1.6 times as fast, but for 5.4 to
#    5.8 KB more gzipped, which leaves the core 0.3 KB under the budget
#    (BENCHMARKS.md, "The size budget and the engine's rules"), so it stays
#    off until the core's code is smaller. ADDSUP_WASM_CORE_RUSTFLAGS sets
#    the crate's own flags, as a TOML array;
#  - the functions a check spends its time in carry
#    `#[cfg_attr(addsup_speed_attrs, optimize(speed))]`; with nightly,
#    ADDSUP_WASM_SPEED_ATTRS=1 sets that cfg for the crate, and they are
#    compiled as at opt-level 2, the rest staying "z". About 1.5 times as
#    fast for 1.3 KB gzipped, on by default since the build was made 10 KB
#    smaller (BENCHMARKS.md, "The eighth session");
#    ADDSUP_WASM_SPEED_ATTRS=0 leaves them out;
#  - with the nightly toolchain and its rust-src (web-setup installs rust-src),
#    std rebuilt with panic=immediate-abort, no panic locations, and std's
#    optimize_for_size (small sorts): about 20 KB less gzipped (BENCHMARKS.md),
#    and -Zfmt-debug=none (the core formats nothing with Debug): 3.3 KB more.
#    A panic is then a bare trap, which the page's worker survives by
#    restarting. ADDSUP_WASM_EXTRA_RUSTFLAGS adds flags to these, for
#    measuring (e.g. '-Cllvm-args=-inline-threshold=100': BENCHMARKS.md).
#  - without nightly, the same build on stable (larger).
#  - the report's floats are written by src/report/json_number.rs, not
#    serde_json's zmij, which the build then leaves out (1,084 bytes less
#    gzipped; BENCHMARKS.md, "The seventeenth session").
# --mode no-install: a CLI/crate version mismatch fails at once (pitfall 4).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${ADDSUP_WASM_OPT_LEVEL:-z}
# The addsup crate's own rustflags (a TOML array): ADDSUP_WASM_CORE_RUSTFLAGS,
# and with nightly the cfg that compiles the hot functions for speed
# (`optimize(speed)`, BENCHMARKS.md "Hot functions compiled for speed");
# ADDSUP_WASM_SPEED_ATTRS=0 leaves it out.
core_rustflags=${ADDSUP_WASM_CORE_RUSTFLAGS:-[]}
if [ "${ADDSUP_WASM_SPEED_ATTRS:-1}" = 1 ]; then
  inner=${core_rustflags#[}
  inner=${inner%]}
  core_rustflags="[\"--cfg=addsup_speed_attrs\"${inner:+, $inner}]"
fi
if [ "${ADDSUP_WASM_STABLE:-}" != 1 ] && rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
  echo "web-build: nightly with build-std (for size)"
  RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR=target/wasm-nightly \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none ${ADDSUP_WASM_EXTRA_RUSTFLAGS:-}" \
    nice wasm-pack --quiet build . --target web --release --mode no-install --out-dir pkg --out-name addsup \
    -- --config "profile.release.package.addsup.opt-level=${ADDSUP_WASM_CORE_OPT_LEVEL:-\"z\"}" \
    -Zprofile-rustflags --config "profile.release.package.addsup.rustflags=$core_rustflags" \
    ${ADDSUP_WASM_FEATURES:+--features "$ADDSUP_WASM_FEATURES"} -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
else
  echo "web-build: stable (no nightly rust-src): the .wasm will be over budget" >&2
  nice wasm-pack --quiet build . --target web --release --mode no-install --out-dir pkg --out-name addsup
fi

# One module for the package, the page and the single-file worker: the glue
# and the JavaScript Checker that stands on it (no import between them), and
# the version, written here from Cargo.toml rather than carried by the .wasm.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
cat js/checker.js >> pkg/addsup.js
printf '\n/** The version of addsup, e.g. `0.1.0`. */\nexport function version() {\n  return "%s";\n}\n' "$version" >> pkg/addsup.js
cat js/types.d.ts >> pkg/addsup.d.ts

# The npm package, assembled and packed (no install scripts, no network).
rm -rf dist/npm
mkdir -p dist/npm
cp pkg/addsup.js pkg/addsup.d.ts pkg/addsup_bg.wasm js/node.js js/README.md dist/npm/
node scripts/widget/ship.mjs dist/npm/widget  # addsup/widget, its types and its code without comments (docs/widget.md)
node -e 'const fs = require("fs"); const p = JSON.parse(fs.readFileSync("js/package.json", "utf8"));
  p.version = process.argv[1]; fs.writeFileSync("dist/npm/package.json", JSON.stringify(p, null, 2) + "\n");' "$version"
rm -f dist/addsup-*.tgz
(cd dist && npm pack ./npm --silent --ignore-scripts >/dev/null)
echo "web-build: dist/addsup-$version.tgz ($(stat -c %s "dist/addsup-$version.tgz") bytes)"

rm -rf dist/www
mkdir -p dist/www/pkg
cp www/*.* dist/www/  # files only: www/cms/ is built by scripts/widget-build.sh
cp pkg/addsup.js pkg/addsup_bg.wasm pkg/addsup.d.ts dist/www/pkg/
node scripts/web/single-file.mjs dist/www dist/addsup.html

raw=$(stat -c %s pkg/addsup_bg.wasm)
gz=$(gzip -9 -c pkg/addsup_bg.wasm | wc -c)
echo "web-build: pkg/addsup_bg.wasm $raw bytes raw, $gz bytes gzip -9"
echo "web-build: dist/www/ and dist/addsup.html ($(stat -c %s dist/addsup.html) bytes)"
if [ "$gz" -gt 163840 ]; then
  echo "web-build: WARNING: the .wasm is over the 160 KiB gzip budget" >&2
fi
