//! One reading per name: a name the article made a place elsewhere is that
//! place, unless it is a word of a person's full name (two capitalised words
//! or more) in the same article ("Bandarlapalle was very backward" after
//! "Bandarlapalle is a small village"); a compass word before such a mention
//! joins it ("West Sebago"); a mention taken for an organisation or an
//! "other" name, not in the linked table (a known city often names its
//! team), alone among capitalised words and read as a place at least as
//! often as not, is the place ("the Bridgton yard"); and the capitalised
//! words no span holds that are such a name become that place.
//!
//! Linear: the place readings of each name are counted once in a map, not
//! again for each mention.

use super::super::{covered_tokens, Found};
use super::context::{Context, ORGANIZATION, OTHER, PERSON, PLACE};
use crate::document::is_all_caps;
use crate::lexicon::en;
use std::collections::{HashMap, HashSet};

pub(super) fn one_reading_per_name(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let text_of = |first: usize, last: usize| cx.text_of(first, last);
    let known = |first: usize, last: usize| cx.known(first, last);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
    let capitalized = |i: usize| cx.capitalized(i);
    // one reading per name: a name the article made a place elsewhere is
    // that place, unless it is a word of a person's full name
    let found_places: Vec<&str> = found
        .iter()
        .filter(|f| f.type_index == PLACE)
        .map(|f| text_of(f.first, f.last))
        .collect();
    let place_names: HashSet<&str> = found_places.iter().copied().collect();
    if place_names.is_empty() {
        return found;
    }
    // (a full name has two words or more: "Harrison ;" is one word, and
    // "Old Goa" is a compass word and a name)
    let person_words: HashSet<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PERSON
                && (f.first..=f.last).filter(|&j| capitalized(j)).count() > 1
                && !en::COMPASS_WORDS.contains(words(f.first))
        })
        .flat_map(|f| (f.first..=f.last).map(words))
        .collect();
    let is_place_name = |first: usize, last: usize| {
        let text = text_of(first, last);
        place_names.contains(&text) && !(first..=last).any(|j| person_words.contains(&words(j)))
    };
    // how often each place name is read as an organisation or "other" name
    let mut other_readings: HashMap<&str, usize> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| matches!(f.type_index, ORGANIZATION | OTHER))
    {
        crate::work::step(1);
        let text = text_of(f.first, f.last);
        if place_names.contains(&text) {
            *other_readings.entry(text).or_default() += 1;
        }
    }
    // how often each is read as a place (counted once, not per mention)
    let mut place_readings: HashMap<&str, usize> = HashMap::new();
    for &text in &found_places {
        crate::work::step(1);
        *place_readings.entry(text).or_default() += 1;
    }
    let place_readings = |text: &str| place_readings.get(text).copied().unwrap_or(0);
    for f in &mut found {
        crate::work::step(1);
        if f.type_index == PERSON && is_place_name(f.first, f.last) {
            f.type_index = PLACE;
        }
        // "Old Goa" after "Goa": a compass word and a place name
        if f.type_index == PERSON
            && f.last > f.first
            && en::COMPASS_WORDS.contains(words(f.first))
            && is_place_name(f.first + 1, f.last)
        {
            f.type_index = PLACE;
        }
        // "the Bridgton yard", "calling at both Cosham and Bedhampton": a
        // name the table does not know, taken for an organisation or an
        // "other" name, is the place the article named (a known city may
        // name its team: "Boston would not win another Cup")
        if matches!(f.type_index, ORGANIZATION | OTHER)
            && is_place_name(f.first, f.last)
            && !known(f.first, f.last)
            && !super::super::KNOWN_ORGANIZATIONS.contains(&text_of(f.first, f.last))
            && !is_all_caps(words(f.first))
            && !(f.first > 0 && capitalized(f.first - 1) && !doc.starts_sentence(f.first))
            && !(f.last + 1 < doc.tokens.len() && capitalized(f.last + 1))
            && !listed(f.last, &["w:"])
            && place_readings(text_of(f.first, f.last))
                >= other_readings
                    .get(text_of(f.first, f.last))
                    .copied()
                    .unwrap_or(0)
        {
            f.type_index = PLACE;
        }
    }
    let covered = covered_tokens(doc, &found);
    let mut added: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        crate::work::step(1);
        if covered[i] || !capitalized(i) || (i > 0 && capitalized(i - 1) && !covered[i - 1]) {
            i += 1;
            continue;
        }
        let last = super::super::uncovered_run(doc, &covered, i, capitalized);
        if !is_all_caps(words(i)) && is_place_name(i, last) && !listed(i, &["w:"]) {
            added.push(Found {
                first: i,
                last,
                type_index: PLACE,
                margin: 2.0,
            });
        }
        i = last + 1;
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
    // the names this made places may have a compass word before them
    super::words_before::join_words_before(cx, found)
}
