//! The WASM binding in headless Chromium (wasm-bindgen-test): offsets are
//! JavaScript string offsets (UTF-16) even with emoji and accents, and bad
//! options throw a clear error.
//!
//! Run by tools/test.sh:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm`
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::annotate_js;
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "😀 Ünïcödé 🇫🇷 prelude.\n\n\
    On Monday, José Martínez 👋 said in Zürich that “the café will reopen in March 2021.”\n\
    “It’s a relief,” he added. Angela Merkel visited Paris on 5 July 2021.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_string_offsets() {
    let result = annotate_js(TEXT, options(&[("referenceDate", "2021-07-06".into())])).unwrap();
    let annotations: Array = get(&result, "annotations").unchecked_into();
    let js_text = JsString::from(TEXT);
    let mut kinds = std::collections::BTreeSet::new();
    for annotation in annotations.iter() {
        let start = get(&annotation, "start").as_f64().unwrap() as u32;
        let end = get(&annotation, "end").as_f64().unwrap() as u32;
        let text = get(&annotation, "text").as_string().unwrap();
        assert_eq!(
            String::from(js_text.slice(start, end)),
            text,
            "slice({start}, {end})"
        );
        kinds.insert(get(&annotation, "kind").as_string().unwrap());
    }
    // every kind is found after the emoji, so wrong units would have shown above
    for kind in ["person", "place", "date", "quote"] {
        assert!(kinds.contains(kind), "no {kind} found in {kinds:?}");
    }
}

#[wasm_bindgen_test]
fn code_point_offsets_on_request() {
    let result = annotate_js(TEXT, options(&[("offsets", "chars".into())])).unwrap();
    let annotations: Array = get(&result, "annotations").unchecked_into();
    let chars: Vec<char> = TEXT.chars().collect();
    assert!(annotations.length() > 0);
    for annotation in annotations.iter() {
        let start = get(&annotation, "start").as_f64().unwrap() as usize;
        let end = get(&annotation, "end").as_f64().unwrap() as usize;
        let expected: String = chars[start..end].iter().collect();
        assert_eq!(get(&annotation, "text").as_string().unwrap(), expected);
    }
}

#[wasm_bindgen_test]
fn bad_options_throw_a_clear_error() {
    let cases = [
        (options(&[("referenceDate", "July 6".into())]), "YYYY-MM-DD"),
        (options(&[("offsets", "words".into())]), "utf16"),
        (
            options(&[("kinds", Array::of1(&"people".into()).into())]),
            "person",
        ),
        (options(&[("colour", "red".into())]), "colour"),
    ];
    for (bad, expected) in cases {
        let outcome = annotate_js(TEXT, bad);
        assert!(
            outcome.is_err(),
            "options mentioning {expected} were accepted"
        );
        let error: JsValue = outcome.unwrap_err().into();
        let message = get(&error, "message").as_string().unwrap_or_default();
        assert!(
            message.contains(expected),
            "{message:?} should mention {expected}"
        );
    }
}

#[wasm_bindgen_test]
fn no_options_and_empty_text_are_fine() {
    let result = annotate_js("", JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "version").as_f64(), Some(1.0));
    let annotations: Array = get(&result, "annotations").unchecked_into();
    assert_eq!(annotations.length(), 0);
    assert_eq!(
        get(&result, "referenceDateSource").as_string().as_deref(),
        Some("none")
    );
}
