//! Names the context makes places, among the tagger's spans of another type
//! and the capitalised words no span holds: a definition ("Aisby is a
//! village", "Bandarlapalle is a small village in ..."), the word for a kind
//! of place and "of" ("the village of Atwick", "the county of
//! Lincolnshire"; not "the State of Israel"'s capitalised kind), a single
//! unknown word after "from" or "near" ("from Harrison"), and a town the
//! tagger left out after "in", "near", "from" or "at" ("a manor near
//! Grantham").

use super::super::{name_at_tokens, Found};
use super::context::{Context, ORGANIZATION, PERSON, PLACE};
use crate::document::{is_all_caps, is_capitalized, TokenKind};
use crate::lexicon::en;

pub(super) fn places_from_context(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
    let town = |first: usize, last: usize| cx.town(first, last);
    // names the context makes places: spans of another type, or capitalised
    // words no span holds
    let covered = name_at_tokens(doc, &found);
    let capitalized = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(words(i));
    let mut added: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        crate::work::step(1);
        if !capitalized(i) {
            i += 1;
            continue;
        }
        // the name at `i`: its span, or up to three capitalised words
        let (first, last, span) = match covered[i] {
            n if n != usize::MAX => (found[n].first, found[n].last, Some(n)),
            _ => {
                let mut last = i;
                while last + 1 < doc.tokens.len()
                    && last - i < 2
                    && capitalized(last + 1)
                    && covered[last + 1] == usize::MAX
                    && doc.tokens[last + 1].sentence == doc.tokens[i].sentence
                {
                    crate::work::step(1);
                    last += 1;
                }
                (i, last, None)
            }
        };
        let next = last + 1;
        if first != i {
            i = next;
            continue;
        }
        let kind_of = |i: usize| en::PLACE_KINDS.contains(words(i).to_lowercase().as_str());
        // "Aisby is a village", "Bandarlapalle is a small village"
        let defined = matches!(words(next), "is" | "was")
            && matches!(words(next + 1), "a" | "an" | "the")
            && {
                let mut k = next + 2;
                // (each run of adjectives follows its own "is a": the runs
                // are disjoint)
                while en::PLACE_KIND_ADJECTIVES.contains(words(k)) || words(k) == "," {
                    crate::work::step(1);
                    k += 1;
                }
                // "a village in ...", not "a village teacher"
                let after = words(k + 1);
                kind_of(k)
                    && (doc
                        .tokens
                        .get(k + 1)
                        .map_or(true, |t| t.kind == TokenKind::Punct)
                        || en::PLACE_KIND_FOLLOWERS.contains(after))
            };
        // "the village of Atwick", "the county of Lincolnshire"
        let kind_before = first >= 2 && words(first - 1) == "of" && kind_of(first - 2) && {
            // "the state of X" but not "the State of Israel"'s capitalised kind
            !is_capitalized(words(first - 2))
        };
        // "from Harrison", "near Gainsborough": a single word no list knows
        let after_locative = first == last
            && first > 0
            && matches!(words(first - 1), "from" | "near")
            && !doc.starts_sentence(first)
            && !listed(first, &["m:", "f:", "s:", "w:"])
            && !is_all_caps(words(first));
        // "a manor near Grantham": a town the tagger left out
        let town_after = first > 0
            && matches!(words(first - 1), "in" | "near" | "from" | "at")
            && !doc.starts_sentence(first)
            && town(first, last);
        let cue = defined || kind_before;
        match span {
            Some(n) => {
                let f = &mut found[n];
                if f.type_index != PLACE
                    && (cue || (after_locative && f.type_index == PERSON))
                    && (f.type_index != ORGANIZATION || cue)
                {
                    f.type_index = PLACE;
                    f.margin = f.margin.max(2.0);
                }
            }
            None => {
                let plain = (first..=last).all(|j| {
                    !is_all_caps(words(j))
                        && !super::super::is_calendar_word(&words(j).to_lowercase())
                        && (!doc.starts_sentence(j) || cue)
                });
                if plain && (town_after || ((cue || after_locative) && !listed(last, &["w:"]))) {
                    added.push(Found {
                        first,
                        last,
                        type_index: PLACE,
                        margin: 2.0,
                    });
                }
            }
        }
        i = next;
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
    found
}
