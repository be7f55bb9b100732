//! Helpers of the dates tests (each pattern's tests sit in its file): the
//! dates found in a text, and `t!`, a table of (text => (span, value)).

pub(crate) use crate::extract::dates::find;
pub(crate) use crate::extract::dates::prelude::*;

/// (text, type, value) of every date found in `text` against `reference`.
#[track_caller]
pub(crate) fn dates(
    text: &str,
    reference: Option<&str>,
) -> Vec<(String, DateType, Option<String>)> {
    let reference = reference.map(|r| r.parse::<Date>().unwrap());
    let doc = Document::new(text);
    find(&doc, reference)
        .into_iter()
        .map(|f| (f.span.text(text).to_string(), f.info.kind, f.info.value))
        .collect()
}

/// Every date found in `text` against `reference`: its text and value ("" for none).
pub(crate) fn values(text: &str, reference: &str) -> Vec<(String, String)> {
    dates(text, Some(reference))
        .into_iter()
        .map(|f| (f.0, f.2.unwrap_or_default()))
        .collect()
}

/// A (text, value) pair as [`values`] gives it.
pub(crate) fn pair(text: &str, value: &str) -> (String, String) {
    (text.to_string(), value.to_string())
}

/// The one date found in `text` (reference 2021-07-06, a Tuesday): its text and value.
#[track_caller]
pub(crate) fn one(text: &str) -> (String, String) {
    let found = dates(text, Some("2021-07-06"));
    assert_eq!(
        found.len(),
        1,
        "expected one date in {text:?}, found {found:?}"
    );
    let (span, _, value) = found.into_iter().next().unwrap();
    (span, value.unwrap_or_default())
}

macro_rules! t {
    ($name:ident, $($text:expr => ($span:expr, $value:expr)),+ $(,)?) => {
        #[test]
        fn $name() {
            $(assert_eq!(one($text), ($span.to_string(), $value.to_string()), "in {:?}", $text);)+
        }
    };
}

#[track_caller]
pub(crate) fn none(text: &str) {
    let found = dates(text, Some("2021-07-06"));
    assert!(
        found.is_empty(),
        "expected no date in {text:?}, found {found:?}"
    );
}
pub(crate) use t;
