//! The Wasm API in headless Chromium, driven through chromedriver, which
//! reads webdriver.json (scripts/web-test.sh). Node runs `wasm_node.rs`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm_common/mod.rs"]
#[macro_use]
mod common;

shared_tests!();
