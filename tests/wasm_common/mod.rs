//! Checks shared by `wasm_node.rs` and `wasm_browser.rs`: the same
//! assertions, run once in node and once in Chromium. Each file declares
//! them as tests with `shared_tests!()`.

/// Declares the shared checks as `#[wasm_bindgen_test]` functions.
#[macro_export]
macro_rules! shared_tests {
    () => {
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn offsets_are_utf16_units_past_emoji_and_astral_text() {
            common::offsets_are_utf16_units_past_emoji_and_astral_text();
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn the_options_as_the_package_passes_them_are_applied() {
            common::the_options_as_the_package_passes_them_are_applied();
        }
    };
}

use addsup::wasm::JsReport;
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().unwrap() as u32
}

fn array(v: JsValue) -> Vec<JsValue> {
    v.unchecked_into::<Array>().iter().collect()
}

fn report(r: JsReport) -> JsValue {
    r.into()
}

/// A check with the options as js/checker.js passes them, once it has read
/// and checked them (its own tests, tests/web/, refuse bad ones): the rule
/// ids turned off, the minimum severity (0 none, 1 warning, 2 error), explain.
fn check(s: &str, off: &str, min_severity: u8, explain: bool) -> JsReport {
    addsup::wasm::check_with(s, off, min_severity, explain).unwrap_or_else(|_| panic!("{s:?} refused"))
}

/// Every span, sliced out of the JavaScript string, is the figure's text.
pub fn offsets_are_utf16_units_past_emoji_and_astral_text() {
    let text = "😀 The army counted 164 drones. 𝟙𝟚 👩‍👩‍👧 80 of them were downed, 79 lost and 2 flew off. 中文 3";
    let js = JsString::from(text);
    let r = report(check(text, "", 0, false));
    let figures = array(get(&r, "figures"));
    assert!(figures.len() >= 4, "expected at least 164, 80, 79 and 3");
    for f in &figures {
        let (start, end) = (num(f, "start"), num(f, "end"));
        assert_eq!(js.slice(start, end), get(f, "text").as_string().unwrap());
    }
    // 😀 is two UTF-16 units (one char, four bytes): "164" starts at 20.
    let at = text.encode_utf16().collect::<Vec<_>>();
    let want = at.windows(3).position(|w| w == [b'1' as u16, b'6' as u16, b'4' as u16]).unwrap() as u32;
    assert_eq!(want, 20);
    assert!(figures.iter().any(|f| num(f, "start") == 20 && num(f, "end") == 23));
    for finding in array(get(&r, "findings")) {
        for ff in array(get(&finding, "figures")) {
            assert_eq!(js.slice(num(&ff, "start"), num(&ff, "end")), get(&ff, "text").as_string().unwrap());
        }
    }
}

pub fn the_options_as_the_package_passes_them_are_applied() {
    let text = "Of 10 drones, 4 were downed and 6 lost. Of 12 missiles, 5 were downed.";
    let rules =
        |r: &JsValue| array(get(r, "findings")).iter().map(|f| get(f, "rule").as_string().unwrap()).collect::<Vec<_>>();
    let all = report(check(text, "", 0, false));
    assert!(rules(&all).iter().any(|r| r == "sum-of-parts"), "{:?}", rules(&all));
    // Rules turned off give no findings; the figures stay.
    let off = report(check(text, "sum-of-parts,restatement", 0, false));
    assert!(rules(&off).iter().all(|r| r != "sum-of-parts" && r != "restatement"));
    assert_eq!(array(get(&off, "figures")).len(), array(get(&all, "figures")).len());
    // A minimum severity of error leaves out warnings.
    for finding in array(get(&report(check(text, "", 2, false)), "findings")) {
        assert_eq!(get(&finding, "severity").as_string().unwrap(), "error");
    }
    // explain: true gives each finding its reasons by id, the verdict last
    // (the package puts their aspects and words back); without it, none.
    let findings = array(get(&report(check(text, "", 0, true)), "findings"));
    assert!(!findings.is_empty());
    for finding in &findings {
        let reasons = array(get(finding, "explanation"));
        let last = get(reasons.last().expect("a verdict"), "reason").as_string().unwrap();
        assert!(matches!(last.as_str(), "within_rounding" | "beyond_rounding"), "{last}");
    }
    assert!(array(get(&all, "findings")).iter().all(|f| get(f, "explanation").is_undefined()));
    // Odd text never panics.
    for odd in ["", " ", "\u{FFFD}", "1", "-", "1,", ".5", "9".repeat(400).as_str(), "😀".repeat(50).as_str()] {
        check(odd, "", 0, false);
    }
}
