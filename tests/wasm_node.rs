//! The Wasm API as JavaScript sees it, run in node:
//! `wasm-pack test --node -- --test wasm_node` (scripts/web-test.sh).
//! Browser-only tests are in `wasm_browser.rs`: `--node` skips them.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

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

#[wasm_bindgen_test]
fn figures_and_version() {
    let list = addsup::wasm::figures("From 12 to 15.").unwrap();
    let list: js_sys::Array = JsValue::from(list).unchecked_into();
    assert!(list.length() >= 2);
    assert!(!addsup::wasm::version().is_empty());
}
