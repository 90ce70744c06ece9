#!/usr/bin/env bash
# Installs what building and testing addsup needs, skipping what is present.
# Safe to run again and again; scripts/test.sh runs it first.
#
# One function per tool. To add a tool, write a `setup_<tool>` function that
# checks for the tool, installs it only when missing, and says which it did;
# then call it from main. See ../shared/docs/toolchain.md for what installs
# here and what does not.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

setup_rust() {
    if have cargo && have rustup; then
        say "cargo $(cargo --version | cut -d' ' -f2): present"
    else
        echo "setup: cargo and rustup are missing; install Rust from https://rustup.rs first" >&2
        exit 1
    fi
}

setup_rust_components() {
    local component
    for component in rustfmt clippy; do
        if rustup component list --installed | grep -q "^$component"; then
            say "$component: present"
        else
            say "$component: installing"
            rustup component add "$component"
        fi
    done
}

setup_wasm_target() {
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "wasm32-unknown-unknown target: present"
    else
        say "wasm32-unknown-unknown target: installing"
        rustup target add wasm32-unknown-unknown
    fi
}

# The page's tools (wasm-pack, wasm-bindgen-cli, Chromium, npm packages, the
# nightly rust-src for the size build) are installed by scripts/web-setup.sh,
# which scripts/web-test.sh and scripts/serve.sh run first.

main() {
    setup_rust
    setup_rust_components
    setup_wasm_target
}

main "$@"
