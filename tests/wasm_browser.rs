//! The Wasm API in headless Chromium:
//! `wasm-pack test --headless --chrome -- --test wasm_browser`, which reads
//! webdriver.json (scripts/web-test.sh). Node runs `wasm_node.rs`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm_common/mod.rs"]
mod common;

#[wasm_bindgen_test]
fn offsets_are_utf16_units_past_emoji_and_astral_text() {
    common::offsets_are_utf16_units_past_emoji_and_astral_text();
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_say_what_is_wrong() {
    common::bad_options_throw_errors_that_say_what_is_wrong();
}

#[wasm_bindgen_test]
fn good_options_and_no_options_are_accepted() {
    common::good_options_and_no_options_are_accepted();
}
