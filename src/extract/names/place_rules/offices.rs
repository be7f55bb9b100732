//! Splits the place out of names the tagger ran over it: an office over a
//! place ("Mayor of Brampton", "Governor General of Canada": the place
//! alone), and a building or body and the place it is in ("Stanley Casino in
//! Newcastle", "Bucknell University in Lewisburg": the place after "in" is a
//! place of its own, the rest keeps its type), unless the name has lowercase
//! words of its own ("Organization for Security and Cooperation in Europe").

use super::super::places::gazetteer;
use super::super::Found;
use super::context::{Context, PERSON, PLACE};
use crate::document::{is_all_caps, is_capitalized, TokenKind};
use crate::lexicon::en;
use crate::span::Span;

/// Splits the place out of names the tagger ran over it: "Mayor of
/// Brampton", "Governor General of Canada" (an office over a place: the
/// place alone), and "Stanley Casino in Newcastle", "Bucknell University in
/// Lewisburg" (a building or body and the place it is in: the place after
/// "in" is a place of its own, the rest keeps its type).
pub(super) fn split_offices_and_locations(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| doc.token_text(i);
    let capitalized = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(words(i));
    let text_of = |first: usize, last: usize| {
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    };
    let bloom = super::super::tagger::Bloom::embedded();
    let common = |i: usize| {
        let lower = words(i).to_lowercase();
        bloom.is_some_and(|b| b.contains(&format!("w:{lower}")))
    };
    let place_like = |first: usize, last: usize| {
        !gazetteer().lookup(text_of(first, last)).is_empty()
            || super::super::places::is_small_town(text_of(first, last))
            || (first..=last).all(|j| capitalized(j) && !is_all_caps(words(j)) && !common(j))
    };
    let mut added: Vec<Found> = Vec::new();
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.last < f.first + 2 {
            continue;
        }
        let Some(k) = (f.first + 1..f.last).find(|&k| matches!(words(k), "of" | "in")) else {
            continue;
        };
        // "Organisation for Security and Cooperation in Europe" is one name
        let capitalized_around = (f.first..k).all(capitalized) && (k + 1..=f.last).all(capitalized);
        if !capitalized_around {
            continue;
        }
        if words(k) == "of" {
            let office = (f.first..k).all(|j| en::OFFICES_OVER_PLACES.contains(words(j)))
                && (f.first..k)
                    .any(|j| !matches!(words(j), "Catholic" | "Roman" | "Anglican" | "General"));
            if office && f.type_index != PLACE && place_like(k + 1, f.last) {
                f.first = k + 1;
                f.type_index = PLACE;
                f.margin = f.margin.max(2.0);
            }
        } else if f.type_index != PERSON && place_like(k + 1, f.last) {
            added.push(Found {
                first: k + 1,
                last: f.last,
                type_index: PLACE,
                margin: f.margin.max(2.0),
            });
            f.last = k - 1;
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
    found
}
