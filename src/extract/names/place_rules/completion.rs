//! The words that complete a place's name after it: a known longer name
//! ("Newcastle upon Tyne", "Frankfurt am Main"), "and" inside a known name
//! ("Bosnia and Herzegovina"), a lowercase kind of place ("the Mandovi
//! river"), "Washington, D.C.", and the first of two names a railway joins
//! ("Portland and Ogdensburg Railroad"); and a known place with capitalised
//! common words after it, which names an event, a treaty or a work, not a
//! place ("Hong Kong Open", "Peking Protocol"; "Insein Prison" is one).

use super::super::{Found, PLACE_ENDINGS};
use super::context::{Context, OTHER, PLACE};
use crate::lexicon::en;

pub(super) fn complete_names(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let known = |first: usize, last: usize| cx.known(first, last);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
    let town = |first: usize, last: usize| cx.town(first, last);
    let capitalized = |i: usize| cx.capitalized(i);
    let prefixes = |first: usize, last: usize| cx.prefixes(first, last);
    // the words that complete a place's name after it
    for n in 0..found.len() {
        crate::work::step(1);
        if found[n].type_index != PLACE {
            continue;
        }
        let (first, last) = (found[n].first, found[n].last);
        // token `i` is in no other span, or its span is that one token
        let free = |i: usize| {
            i < doc.tokens.len()
                && found
                    .get(n + 1)
                    .map_or(true, |g| g.first > i || (g.first == i && g.last == i))
                && doc.tokens[i].sentence == doc.tokens[first].sentence
        };
        // "Newcastle upon Tyne", "Frankfurt am Main": a known longer name
        if free(last + 2)
            && en::PLACE_NAME_CONNECTORS.contains(words(last + 1))
            && capitalized(last + 2)
            && !super::super::is_calendar_word(&words(last + 2).to_lowercase())
            && (known(first, last + 2) || town(first, last + 2))
        {
            found[n].last = last + 2;
            continue;
        }
        // "Bosnia and Herzegovina", "Trinidad and Tobago": a known name
        if free(last + 2)
            && matches!(words(last + 1), "and" | "&")
            && capitalized(last + 2)
            && known(first, last + 2)
        {
            found[n].last = last + 2;
            continue;
        }
        // "the Cape Verde islands", "the Mandovi river": a lowercase word
        // for a kind of place right after the name is part of it
        if last + 1 < doc.tokens.len()
            && doc.tokens[last + 1].sentence == doc.tokens[first].sentence
            && en::LOWERCASE_PLACE_KINDS.contains(words(last + 1))
            && found.get(n + 1).map_or(true, |g| g.first > last + 1)
        {
            found[n].last = last + 1;
            continue;
        }
        // "Hong Kong Open", "Peking Protocol", "Nuremberg Laws": a known
        // place and capitalised common words after it name an event, a
        // treaty or a work, not a place ("Insein Prison" is one)
        // ("the United States Government" is the country's)
        if last > first && !known(first, last) && words(last) != "Government" {
            if let Some(end) = prefixes(first, last)
                .filter(|&end| known(first, end))
                .last()
            {
                let trailing_common = (end + 1..=last).all(|j| {
                    let word = words(j);
                    capitalized(j)
                        && !PLACE_ENDINGS.contains(&word)
                        && !en::FACILITY_WORDS.contains(word)
                        && listed(j, &["w:"])
                });
                if trailing_common {
                    found[n].type_index = OTHER;
                    continue;
                }
            }
        }
        // "Washington, D.C."
        if free(last + 2) && words(last + 1) == "," && words(last + 2) == "D.C." {
            found[n].last = last + 2;
            continue;
        }
    }
    // "Portland and Ogdensburg Railroad": the first of two names that one
    // railway or canal joins is part of its name
    for n in 0..found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let joined = found[n].type_index == PLACE
            && matches!(words(found[n].last), "Railroad" | "Railway" | "Canal")
            && first >= 2
            && words(first - 1) == "and"
            && capitalized(first - 2)
            && doc.tokens[first - 2].sentence == doc.tokens[first].sentence
            && (n == 0 || found[n - 1].last < first - 2 || found[n - 1].first == first - 2);
        if joined {
            found[n].first = first - 2;
        }
    }
    found
}
