//! The Wasm API as JavaScript sees it, run in node (scripts/web-test.sh).
//! Browser-only tests are in `wasm_browser.rs`: node skips tests marked
//! `run_in_browser`, and a browser run skips unmarked ones.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[path = "wasm_common/mod.rs"]
#[macro_use]
mod common;

shared_tests!();

#[wasm_bindgen_test]
fn figures_and_version() {
    let list = addsup::wasm::figures_of("12 drones and 15 missiles.").unwrap();
    let list: js_sys::Array = JsValue::from(list).unchecked_into();
    assert!(list.length() >= 2);
    assert!(!addsup::wasm::version().is_empty());
}
