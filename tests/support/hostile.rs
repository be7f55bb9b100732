//! Hostile inputs: text a new user might paste that drives a naive rule
//! quadratic. Shared by tests/linear.rs (work counted) and benches/annotate.rs
//! (time measured), so both cover the same inputs.

/// The sample article, which users paste first.
const SAMPLE: &str = include_str!("../../www/sample-article.txt");

/// Repeats `unit` until the text is at least `bytes` long.
pub fn repeat(unit: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + unit.len());
    while text.len() < bytes {
        text.push_str(unit);
    }
    text
}

/// The names of [`hostile`]'s inputs, in order.
#[allow(dead_code)] // used by the benchmark, not the test
pub const NAMES: [&str; 9] = [
    "many short quotations",
    "curly quotations, unclosed",
    "capitalised words",
    "a name repeated",
    "dates repeated",
    "said repeated",
    "one word, no punctuation",
    "short lines",
    "the sample article",
];

/// Each input's name and the unit repeated to make it.
pub fn hostile() -> Vec<(&'static str, String)> {
    let units = [
        "\"a\" ".to_string(),
        "“a ".to_string(),
        "Ab ".to_string(),
        "Mr. Wang Wenbin, ".to_string(),
        "Monday, July 5, 2021 ".to_string(),
        "said Wang ".to_string(),
        "word ".to_string(),
        "Ab.\n".to_string(),
        format!("{SAMPLE}\n"),
    ];
    NAMES.into_iter().zip(units).collect()
}
