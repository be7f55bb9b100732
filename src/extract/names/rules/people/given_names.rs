//! "Susan Faludi", "Lucy Rokach", "Moritz Heinrich Romberg": a name the
//! tagger took for an organisation or an "other" name is a person when a
//! given name opens it and two or three words no list knows as common
//! words make it, none a company's ending and none a place, and no "the"
//! or capitalised word around it makes it part of a longer name.
//!
//! Evidence: 9627133 (WikiGold PERSON exact F1 0.815 -> 0.818 with --types, 0.828 -> 0.831; CoNLL dev 0.935 -> 0.936).

use super::prelude::*;

pub(super) fn given_names(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let same_sentence = |a: usize, b: usize| {
        doc.tokens
            .get(b)
            .is_some_and(|t| t.sentence == doc.tokens[a].sentence)
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if !matches!(f.type_index, ORGANIZATION | OTHER)
            || f.last == f.first
            || f.last - f.first > 2
        {
            continue;
        }
        let first = classes_of(words(f.first));
        let named = first.contains(['M', 'F'])
            && !first.contains('W')
            && !in_list(words(f.first), crate::extract::names::NAME_PARTICLES)
            && (f.first..=f.last).all(|i| {
                capitalized_word(doc, i)
                    && !classes_of(words(i)).contains('W')
                    && !is_in(ORGANIZATION_ENDINGS, words(i))
                    && !is_calendar_word(&words(i).to_lowercase())
                    && type_of_noun(&words(i).to_lowercase()).is_none()
                    // (not "Hong Kong-based")
                    && !words(i).split('-').skip(1).any(|part| part.starts_with(char::is_lowercase))
            });
        let alone = !(f.first > 0
            && same_sentence(f.first, f.first - 1)
            && (capitalized_word(doc, f.first - 1)
                || in_list(words(f.first - 1), &["the", "a", "an"])))
            && !(same_sentence(f.last, f.last + 1) && capitalized_word(doc, f.last + 1));
        if named && alone {
            let span = Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end);
            let text = span.text(doc.text);
            if gazetteer().lookup(text).is_empty() && !is_in(KNOWN_ORGANIZATIONS, text) {
                f.type_index = PERSON;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{no_person, person};

    #[test]
    fn a_given_name_and_a_surname_taken_for_an_organisation_are_a_person() {
        person(
            "He won the event of the British Open, defeating Lucy Rokach in the final.",
            "Lucy Rokach",
        );
        // not an adjective ("Hong Kong-based"), nor a work ("Le Freak")
        no_person(
            "Pirelli is linking with Hong Kong-based group CITIC Pacific in a venture.",
            "Hong Kong-based",
        );
    }
}
