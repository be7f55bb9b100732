//! A country's name the tagger left out, standing alone among capitalised
//! words ("hopes of US economic recovery"; an abbreviation in capitals only
//! where the words around it are not).

use super::super::places::gazetteer;
use super::super::{covered_tokens, Found};
use super::context::{Context, PLACE};
use crate::document::{is_all_caps, TokenKind};

pub(super) fn countries_left_out(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let capitalized = |i: usize| cx.capitalized(i);
    // "hopes of US economic recovery": a country's name the tagger left out
    // (an abbreviation in capitals only where the words around it are not)
    let covered = covered_tokens(doc, &found);
    let shouting = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_all_caps(words(i));
    let mut added: Vec<Found> = Vec::new();
    for (i, &is_covered) in covered.iter().enumerate() {
        crate::work::step(1);
        if is_covered || !capitalized(i) {
            continue;
        }
        let country = gazetteer()
            .lookup(words(i))
            .iter()
            .any(|&p| gazetteer().places[p as usize].feature_class == "country");
        let caps_around =
            (i > 0 && shouting(i - 1)) || (i + 1 < doc.tokens.len() && shouting(i + 1));
        let joined_before = i > 0 && capitalized(i - 1) && !doc.starts_sentence(i);
        let joined_after = i + 1 < doc.tokens.len() && capitalized(i + 1) && !is_all_caps(words(i));
        let alone = !joined_before && !joined_after;
        if country && alone && !(is_all_caps(words(i)) && caps_around) {
            added.push(Found {
                first: i,
                last: i,
                type_index: PLACE,
                margin: 2.0,
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }

    found
}
