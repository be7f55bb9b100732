//! Joins to a place the word before it that belongs to its name: a compass
//! word ("North Bridgton", "East Perth", "Northern" taken for a name of its
//! own) and a single capitalised "other" word, a demonym or an epithet
//! ("French Sudan", "Nazi Germany"; not "British-ruled").

use super::super::Found;
use super::context::{Context, OTHER, PLACE};
use crate::document::{is_all_caps, is_capitalized};
use crate::lexicon::en;

/// Joins to a place the word before it that belongs to its name: a compass
/// word ("North Bridgton", "East Perth") and a capitalised "other" word
/// ("French Sudan", "Nazi Germany"). Returns `found` without the spans the
/// places took in.
pub(super) fn join_words_before(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| doc.token_text(i);
    // "North Bridgton", "East Perth": a compass word before a place is part of it
    for n in 0..found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let compass = first > 0
            && is_capitalized(words(first - 1))
            && en::COMPASS_WORDS
                .words
                .iter()
                .any(|c| c.eq_ignore_ascii_case(words(first - 1)));
        if found[n].type_index != PLACE || !compass {
            continue;
        }
        let free = n == 0 || found[n - 1].last + 1 < first;
        // "Northern" taken for a name of its own: one place with the next
        let alone = n > 0 && found[n - 1].first == first - 1 && found[n - 1].last == first - 1;
        if free || alone {
            found[n].first = first - 1;
        }
    }
    // "French Sudan", "Nazi Germany": a single "other" word (a demonym or
    // an epithet) right before a place is part of its name
    for n in 1..found.len() {
        crate::work::step(1);
        let (before, f) = (&found[n - 1], &found[n]);
        let joined = f.type_index == PLACE
            && before.type_index == OTHER
            && before.first == before.last
            && before.last + 1 == f.first
            && !doc.starts_sentence(f.first)
            && !is_all_caps(words(before.first));
        // "British-ruled", "post-Ceauşescu" describe the place
        let word = words(before.first);
        if joined && is_capitalized(word) && !word.contains('-') {
            found[n].first = before.first;
        }
    }
    // the compass word's own span is now inside the place
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = kept.last() {
            if previous.first >= f.first && previous.last <= f.last {
                kept.pop();
            }
        }
        kept.push(f);
    }
    kept
}
