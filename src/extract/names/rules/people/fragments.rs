//! "the Discovery Institute", "Centennial Hall", "Spanish Air Defense
//! Command": a name the tagger took for a person right after a capitalised
//! word it left out, inside a sentence, is the tail of a longer name, unless
//! its first word is a given name, its last word is no common word
//! ("Commissioner for Competition Neelie Kroes") or the word before is a
//! title or a role
//! ("Professor Behe", "Minister Netanyahu"; demonyms, "American Tyson", are
//! names of their own and so not left out). A given name or a word no list
//! knows left out there is the person's first name ("CEO Steve Jobs").
//!
//! Evidence: 8dff178 (WikiGold PERSON exact F1 0.801 -> 0.805 with --types, 0.816 -> 0.819; CoNLL dev 0.932 -> 0.933).

use super::prelude::*;

pub(super) fn fragments(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    let same_sentence = |a: usize, b: usize| doc.tokens[a].sentence == doc.tokens[b].sentence;
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        if f.first < 2 {
            continue;
        }
        let before = f.first - 1;
        // (a sentence's first word is capitalised anyway: "When Gaudin")
        let inside = same_sentence(before, f.first)
            && same_sentence(before - 1, before)
            && doc.tokens[before - 1].kind == TokenKind::Word;
        if !inside || covered[before] || !capitalized_word(doc, before) {
            continue;
        }
        let lower = words(before).to_lowercase();
        let titled = [
            TITLE_NOUNS,
            TITLE_WORDS,
            PERSON_TITLES,
            PERSON_NOUNS,
            ROLES,
            CAPITALIZED_ROLES,
        ]
        .iter()
        .any(|list| is_in(list, lower.as_str()))
            || is_in(OFFICES, words(before));
        if titled {
            continue;
        }
        let classes = classes_of(words(before));
        let given = classes_of(words(f.first)).contains(['M', 'F']);
        let title = |i: usize| {
            words(i)
                .to_lowercase()
                .split('-')
                .any(|part| is_in(TITLE_NOUNS, part))
        };
        if !title(before) && (classes.contains(['M', 'F']) || (!given && classes == "-")) {
            // a given name or an unknown word is the name's first word
            // ("CEO Steve Jobs", "President Susilo Bambang Yudhoyono")
            let mut first = before;
            while first > 1
                && f.last - first < 3
                && same_sentence(first - 1, first)
                && same_sentence(first - 2, first - 1)
                && !covered[first - 1]
                && capitalized_word(doc, first - 1)
                && !classes_of(words(first - 1)).contains('W')
                && !title(first - 1)
            {
                first -= 1;
            }
            f.first = first;
        } else if !given && classes_of(words(f.last)).contains('W') {
            f.type_index = OTHER;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{no_person, person};

    #[test]
    fn a_name_after_a_capitalised_word_left_out_is_part_of_a_longer_name() {
        let text = "The wing took part in exercises with the Spanish Air Defense Command. \
            Dark Room Notes formed in Galway in 2004.";
        no_person(text, "Defense Command");
        no_person(text, "Notes");
        // a given name left out there opens the person's name
        person(
            "It runs on iPhones and iPads. CEO Steve Jobs returned to the stage to reveal it.",
            "Steve Jobs",
        );
        // and a title stays out
        person(
            "He fell to the floor dead. County Coroner William McLaughlin came at once.",
            "William McLaughlin",
        );
    }
}
