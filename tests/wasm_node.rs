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
fn figures_alone_when_every_rule_is_off() {
    // Every rule off, as the package's figures() asks: the figures alone.
    let off: Vec<&str> = addsup::checks::ALL.iter().map(|c| c.id).collect();
    let report = addsup::wasm::check_with("12 drones and 15 missiles.", &off.join(","), 0, false).unwrap();
    let report = JsValue::from(report);
    let list: js_sys::Array = js_sys::Reflect::get(&report, &JsValue::from_str("figures")).unwrap().unchecked_into();
    let findings: js_sys::Array =
        js_sys::Reflect::get(&report, &JsValue::from_str("findings")).unwrap().unchecked_into();
    assert_eq!(findings.length(), 0);
    assert!(list.length() >= 2);
}
