//! Small tests on words that the people rules share.

use super::prelude::*;

/// Whether token `i` is a capitalised word, not all in capitals ("Obama",
/// not "NATO" or "obama").
#[inline(never)]
pub(super) fn capitalized_word(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && crate::document::is_capitalized(doc.token_text(i))
        && !crate::document::is_all_caps(doc.token_text(i))
}

/// What the word lists say of `word` ([`tagger::Bloom::classify`]).
#[inline(never)]
pub(super) fn classes_of(word: &str) -> &'static str {
    tagger::Bloom::embedded().map_or("-", |b| b.classify(&word.to_lowercase()))
}

/// Whether `word` is in `list` (one function rather than a comparison of
/// every word inlined at every test: less code in the WASM).
#[inline(never)]
pub(super) fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether `word` is in `list`, ignoring ASCII case (with no allocation).
#[inline(never)]
pub(super) fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// What a lowercase noun says a name is, if anything.
#[inline(never)]
pub(super) fn type_of_noun(noun: &str) -> Option<usize> {
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    let is = |list: &[&str]| list.contains(&noun) || list.contains(&singular);
    if is(PLACE_NOUNS) {
        Some(PLACE)
    } else if is(ORGANIZATION_NOUNS) {
        Some(ORGANIZATION)
    } else if is(WORK_NOUNS) {
        Some(OTHER)
    } else {
        None
    }
}
