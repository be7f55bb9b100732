//! "Centennial Hall", "the Athletics Hall of Honor", "Center for Science
//! and Culture": a lone noun of places and bodies that the tagger took for
//! a person (Hall is a surname too) is part of a longer name when a
//! capitalised word the tagger left out comes right before it, or "of" or
//! "for" and a capitalised word right after it.
//!
//! Evidence: 9b44f72 (WikiGold PERSON 0.858 -> 0.859, 0.844 -> 0.847 with --types; CoNLL dev, MEANTIME and WikiGold PLACE unchanged).

use super::prelude::*;

pub(super) fn noun_tails(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PERSON || f.first != f.last {
            continue;
        }
        let lower = words(f.first).to_lowercase();
        let noun =
            type_of_noun(&lower).is_some() || NAME_ENDINGS.iter().any(|(noun, _)| *noun == lower);
        if !noun {
            continue;
        }
        let i = f.first;
        let before = i > 1
            && same_sentence(i - 1, i)
            && same_sentence(i - 2, i - 1)
            && !covered[i - 1]
            && capitalized_word(doc, i - 1);
        let after = same_sentence(i, i + 2)
            && matches!(words(i + 1), "of" | "for")
            && capitalized_word(doc, i + 2);
        // (a tail alone is no place either: reported as one it would
        // only cut the longer name short)
        if before || after {
            f.type_index = ORGANIZATION;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_of_places_alone_is_no_person_inside_a_longer_name() {
        let found = |text: &str, at: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first: at,
                last: at,
                type_index: PERSON,
                margin: 1.0,
            }];
            noun_tails(&doc, &mut found);
            found[0].type_index == PERSON
        };
        assert!(!found("The city opened Centennial Hall in 1952.", 4));
        assert!(!found("He is in the Athletics Hall of Honor now.", 5));
        assert!(found("After the game Hall said he was tired.", 3));
    }
}
