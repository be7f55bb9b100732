//! "William \"Cowboy\" Cowley ... Halifax, Cowley broke in": a lone
//! capitalised word that is the surname of a person the article names in
//! full is that person, where the tagger left it out or took it for an
//! "other" name, unless capitalised words around it make it part of a
//! longer name or "in", "at" or "near" make it a place.
//!
//! Evidence: 6896063 (WikiGold PERSON exact F1 0.798 -> 0.801 with --types, 0.812 -> 0.816; CoNLL dev 0.931 -> 0.932); the possessive 7e9b85e (corpus scores unchanged).

use super::prelude::*;

pub(super) fn surnames_again(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    // the surnames of the people named in full (a last word, not an
    // initial, nor a common word the article writes in lower case: "Steve
    // Jobs ... Jobs said", but not "Bill Stone ... a stone")
    let mut surnames: Vec<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PERSON
                && f.last > f.first
                && words(f.last).chars().count() > 2
                && capitalized_word(doc, f.last)
        })
        .map(|f| words(f.last))
        .collect();
    if surnames.is_empty() {
        return;
    }
    surnames.sort_unstable();
    surnames.dedup();
    let common: Vec<&str> = surnames
        .iter()
        .copied()
        .filter(|w| classes_of(w).contains('W'))
        .collect();
    if !common.is_empty() {
        let lowercase: HashSet<String> = doc
            .tokens
            .iter()
            .map(|t| t.span.text(doc.text))
            .filter(|w| w.starts_with(char::is_lowercase))
            .filter(|w| common.iter().any(|c| c.eq_ignore_ascii_case(w)))
            .map(str::to_lowercase)
            .collect();
        surnames.retain(|w| !common.contains(w) || !lowercase.contains(&w.to_lowercase()));
    }
    let covered = name_at_tokens(doc, found);
    let same_sentence = |a: usize, b: usize| {
        doc.tokens
            .get(b)
            .is_some_and(|t| t.sentence == doc.tokens[a].sentence)
    };
    let name_word = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && crate::document::is_capitalized(words(i))
    };
    let mut people: Vec<Found> = Vec::new();
    for (i, &cover) in covered.iter().enumerate() {
        crate::work::step(1);
        if !capitalized_word(doc, i) || surnames.binary_search(&words(i)).is_err() {
            continue;
        }
        // (or read as another name with its possessive: "Jobs 's email")
        let alone = match found.get(cover) {
            None => true,
            Some(f) => {
                f.type_index == OTHER
                    && f.first == i
                    && (f.last == i
                        || (f.last == i + 1 && matches!(words(i + 1), "'s" | "’s" | "'" | "’")))
            }
        };
        // not inside a longer name ("the Cowley Trophy", "Lake Cowley")
        // (nor after a particle: "Aravinda de Silva"), and not in a table
        // of scores ("Stirling 1 Dundee 1")
        let lone = !(i > 0 && same_sentence(i, i - 1) && name_word(i - 1) && {
            // (a sentence's first word opens it: "Then Cowley")
            i < 2 || same_sentence(i, i - 2)
        }) && !(same_sentence(i, i + 1)
            && (name_word(i + 1) || words(i + 1).starts_with(|c: char| c.is_ascii_digit())))
            && !(i > 0 && is_in(crate::extract::names::NAME_PARTICLES, words(i - 1)));
        let placed =
            i > 0 && same_sentence(i, i - 1) && in_list(words(i - 1), &["in", "at", "near"]);
        if alone && lone && !placed {
            match cover {
                usize::MAX => people.push(Found {
                    first: i,
                    last: i,
                    type_index: PERSON,
                    margin: 1.0,
                }),
                n => found[n].type_index = PERSON,
            }
        }
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{names, no_person, person};

    #[test]
    fn a_lone_surname_of_a_person_named_in_full_is_that_person() {
        let text = "William \"Cowboy\" Cowley was a hockey player from Quebec. \
            After a few seasons in Ottawa and Halifax, Cowley broke in as a rookie. \
            Cowley was the team's sole remaining star.";
        person(text, "Cowley");
        assert_eq!(
            names(text)
                .iter()
                .filter(|(t, k)| t == "Cowley" && *k == "person")
                .count(),
            2,
            "{:?}",
            names(text)
        );
        // not a word of a longer name, nor a team in a table of scores
        let text = "William \"Cowboy\" Cowley was a hockey player from Quebec. \
            He won the Cowley Trophy twice.\nStirling 1 Dundee 1\nCowley 2 Celtic 0";
        no_person(text, "Cowley");
        no_person(text, "Cowley Trophy");
        // a surname that is a common word, which the article writes only as
        // a name
        let text = "Apple CEO Steve Jobs gave the opening keynote. Market share is up 82% \
            from 9 months ago. Jobs then moved on to talk about the iPod.";
        person(text, "Jobs");
        // and with its possessive, which the tagger may read as a work's name
        let text = "Steve Jobs spoke. On its website, Apple released the text of Jobs's \
            email, which reads: Team.";
        person(text, "Jobs");
    }
}
