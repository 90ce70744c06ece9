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
        fn bad_options_throw_errors_that_say_what_is_wrong() {
            common::bad_options_throw_errors_that_say_what_is_wrong();
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn good_options_and_no_options_are_accepted() {
            common::good_options_and_no_options_are_accepted();
        }
    };
}

use addsup::wasm::{JsOptions, JsReport, JsText};
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().unwrap() as u32
}

fn options(json: &str) -> JsOptions {
    js_sys::JSON::parse(json).unwrap().unchecked_into()
}

fn array(v: JsValue) -> Vec<JsValue> {
    v.unchecked_into::<Array>().iter().collect()
}

fn report(r: JsReport) -> JsValue {
    r.into()
}

fn text(s: &str) -> JsText {
    JsValue::from_str(s).unchecked_into()
}

fn check(s: &str, options: Option<JsOptions>) -> Result<JsReport, wasm_bindgen::JsError> {
    addsup::wasm::check(text(s), options)
}

/// Every span, sliced out of the JavaScript string, is the figure's text.
pub fn offsets_are_utf16_units_past_emoji_and_astral_text() {
    let text = "😀 The army counted 164 drones. 𝟙𝟚 👩‍👩‍👧 80 of them were downed, 79 lost and 2 flew off. 中文 3";
    let js = JsString::from(text);
    let r = report(check(text, None).unwrap());
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

fn error_message(json: &str) -> String {
    let err = check("Of 10 drones, 4 were downed and 6 lost.", Some(options(json)))
        .err()
        .unwrap_or_else(|| panic!("{json} should be refused"));
    let value = JsValue::from(err);
    assert!(value.is_instance_of::<js_sys::Error>(), "{json}: not an Error");
    value.unchecked_into::<js_sys::Error>().message().into()
}

pub fn bad_options_throw_errors_that_say_what_is_wrong() {
    assert!(error_message(r#"{"colour": "red"}"#).contains(r#"unknown option "colour""#));
    assert!(error_message(r#"{"minSeverity": "fatal"}"#).contains(r#"not "fatal""#));
    assert!(error_message(r#"{"minSeverity": 3}"#).contains("minSeverity"));
    assert!(
        error_message(r#"{"rules": {"sum-of-parts": "off"}}"#)
            .contains(r#"rule "sum-of-parts" must be true or false, not "off""#)
    );
    let unknown = error_message(r#"{"rules": {"sum-of-everything": false}}"#);
    assert!(unknown.contains(r#"unknown rule "sum-of-everything""#) && unknown.contains("sum-of-parts"), "{unknown}");
    assert!(error_message(r#"{"rules": ["sum-of-parts"]}"#).contains("rules"));
    assert!(error_message(r#""strict""#).contains("must be an object"));
    assert!(error_message("[1, 2]").contains("options"));
    assert!(error_message(r#"{"explain": "yes"}"#).contains(r#""explain" must be true or false, not "yes""#));
}

pub fn good_options_and_no_options_are_accepted() {
    let text = "Of 10 drones, 4 were downed and 6 lost.";
    for json in
        ["{}", "null", r#"{"minSeverity": "error"}"#, r#"{"rules": {"sum-of-parts": false, "restatement": true}}"#]
    {
        let r = report(check(text, Some(options(json))).unwrap_or_else(|_| panic!("{json} refused")));
        assert!(get(&r, "figures").is_instance_of::<Array>());
    }
    // Turning every rule off leaves the figures and no findings of those rules.
    let r = report(check(text, Some(options(r#"{"rules": {"sum-of-parts": false}}"#))).unwrap());
    for finding in array(get(&r, "findings")) {
        assert_ne!(get(&finding, "rule").as_string().unwrap(), "sum-of-parts");
    }
    // explain: true gives each finding its reasons, verdict last; without it, none.
    let r = report(check(text, Some(options(r#"{"explain": true}"#))).unwrap());
    let findings = array(get(&r, "findings"));
    assert!(!findings.is_empty());
    for finding in &findings {
        let reasons = array(get(finding, "explanation"));
        let last = reasons.last().expect("a verdict");
        assert_eq!(get(last, "aspect").as_string().unwrap(), "verdict");
        assert!(!get(last, "words").as_string().unwrap().is_empty());
    }
    let plain = report(check(text, None).unwrap());
    assert!(array(get(&plain, "findings")).iter().all(|f| get(f, "explanation").is_undefined()));
    // Odd text never panics.
    for odd in ["", " ", "\u{FFFD}", "1", "-", "1,", ".5", "9".repeat(400).as_str(), "😀".repeat(50).as_str()] {
        check(odd, None).unwrap();
    }
}
