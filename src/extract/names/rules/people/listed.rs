//! "Tieck, Schelling, Novalis": capitalised words left out (or taken for an
//! organisation or "other" name) between two people of a list are a person,
//! and so are two or three such words next to one person of the list
//! ("Franciszek Mickiewicz and Eweryst Estkowski"), unless a word is a known
//! place or a common word.
//!
//! Evidence: c07d0fd (WikiGold PERSON exact F1 0.795 -> 0.796, R 0.840 -> 0.845; CoNLL dev 0.937, MEANTIME unchanged).

use super::prelude::*;

pub(super) fn listed(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let classes = |i: usize| classes_of(words(i));
    let capitalized = |i: usize| capitalized_word(doc, i);
    let separator = |i: usize| matches!(words(i), "," | "and" | "&");
    let covered = name_at_tokens(doc, found);
    let person_at = |i: usize| {
        covered
            .get(i)
            .and_then(|&n| found.get(n))
            .is_some_and(|f| f.type_index == PERSON)
    };
    let mut people: Vec<Found> = Vec::new();
    let mut retyped: Vec<usize> = Vec::new();
    let mut i = 2;
    while i + 1 < doc.tokens.len() {
        crate::work::step(1);
        // an "other" name the tagger found, or capitalised words it left out
        let other = found.get(covered[i]).filter(|f| {
            matches!(f.type_index, ORGANIZATION | OTHER)
                && f.first == i
                && !is_in(ORGANIZATION_ENDINGS, words(f.last))
                && !is_in(KNOWN_ORGANIZATIONS, words(f.last))
        });
        if (covered[i] != usize::MAX && other.is_none()) || !capitalized(i) || !separator(i - 1) {
            i += 1;
            continue;
        }
        let mut last = i;
        match other {
            Some(f) => last = f.last,
            None => {
                while last + 1 < doc.tokens.len()
                    && last - i < 2
                    && covered[last + 1] == usize::MAX
                    && capitalized(last + 1)
                {
                    last += 1;
                }
            }
        }
        let sentence = doc.tokens[i].sentence;
        let same = |j: usize| doc.tokens.get(j).is_some_and(|t| t.sentence == sentence);
        let left = person_at(i - 2) && same(i - 2);
        let right = separator(last + 1) && person_at(last + 2) && same(last + 2);
        let closed = separator(last + 1) || !capitalized(last + 1);
        let names = (i..=last).all(|j| {
            !classes(j).contains('W')
                && !is_calendar_word(&words(j).to_lowercase())
                && gazetteer().lookup(words(j)).is_empty()
        }) && (last > i || other.map_or(true, |f| f.type_index == OTHER));
        // one word next to one person may be anything ("Tieck, Hamburg")
        if closed && names && ((left && right) || ((left || right) && last > i)) {
            match other.map(|_| covered[i]) {
                Some(n) => retyped.push(n),
                None => people.push(Found {
                    first: i,
                    last,
                    type_index: PERSON,
                    margin: 1.0,
                }),
            }
        }
        i = last + 1;
    }
    for n in retyped {
        crate::work::step(1);
        found[n].type_index = PERSON;
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{no_person, person};

    #[test]
    fn a_name_in_a_list_of_people_is_a_person() {
        person(
            "Members were Teofil Lenartowicz, Franciszek Mickiewicz and Eweryst Estkowski.",
            "Eweryst Estkowski",
        );
        // a place in a list of people stays a place
        let text = "Members were Teofil Lenartowicz, Franciszek Mickiewicz and Warsaw.";
        no_person(text, "Warsaw");
    }
}
