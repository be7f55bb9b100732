//! "Hayley gets into an argument ... Jeff and Hayley get back together": a
//! lone word the lists know as a given name and not as a common word, which
//! the tagger left out everywhere, is a person when the article uses it
//! twice or more inside sentences, never in lower case nor as part of a
//! longer name, and no gazetteer knows it as a place.
//!
//! Evidence: ff2a669 (WikiGold PERSON 0.851 -> 0.855, 0.838 -> 0.842 with --types; CoNLL dev and MEANTIME unchanged).

use super::prelude::*;

pub(super) fn given_names_alone(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    // the words other names have: "Jordan" after "Michael Jordan"
    let named: HashSet<&str> = found
        .iter()
        .flat_map(|f| (f.first..=f.last).map(words))
        .collect();
    // (borrowed, not lowercased: no allocation per word)
    let lowercase: HashSet<&str> = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.text(doc.text))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    // a capitalised word left out, alone ("Jeff and Hayley get")
    let candidate = |i: usize| {
        !covered[i]
            && capitalized_word(doc, i)
            && !(i > 0 && same_sentence(i - 1, i) && capitalized_word(doc, i - 1))
            && !(same_sentence(i, i + 1) && capitalized_word(doc, i + 1))
    };
    // per word: its uses inside a sentence, not after a preposition ("the
    // siege lines of Petersburg"); and the words used before a number
    // ("Jan 10": a month)
    let mut inside: HashMap<&str, usize> = HashMap::new();
    let mut dated: HashSet<&str> = HashSet::new();
    for i in (0..doc.tokens.len()).filter(|&i| candidate(i)) {
        crate::work::step(1);
        if i > 0 && same_sentence(i - 1, i) && !in_list(words(i - 1), PREPOSITIONS) {
            *inside.entry(words(i)).or_default() += 1;
        }
        if same_sentence(i, i + 1) && words(i + 1).starts_with(|c: char| c.is_ascii_digit()) {
            dated.insert(words(i));
        }
    }
    let people: HashSet<&str> = inside
        .into_iter()
        .filter(|&(word, uses)| {
            let classes = classes_of(word);
            let lower = word.to_lowercase();
            uses >= 2
                && !named.contains(word)
                && !dated.contains(word)
                && word.chars().count() >= 3
                && word.chars().all(char::is_alphabetic)
                && classes.contains(['M', 'F'])
                && !classes.contains('W')
                && !lowercase.contains(lower.as_str())
                && !is_calendar_word(&lower)
                && gazetteer().lookup(word).is_empty()
        })
        .map(|(word, _)| word)
        .collect();
    if people.is_empty() {
        return;
    }
    for i in (0..doc.tokens.len()).filter(|&i| candidate(i) && people.contains(words(i))) {
        crate::work::step(1);
        found.push(Found {
            first: i,
            last: i,
            type_index: PERSON,
            margin: 1.0,
        });
    }
    found.sort_by_key(|f| f.first);
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{names, no_person};

    #[test]
    fn a_given_name_used_alone_again_and_again_is_a_person() {
        let text = "At the fair, Hayley argues with her boss. The next morning her father finds \
            that the boss slept with Hayley. Her mother is against it, and Hayley leaves him.";
        assert_eq!(
            names(text)
                .iter()
                .filter(|(t, k)| t == "Hayley" && *k == "person")
                .count(),
            3,
            "{:?}",
            names(text)
        );
        // not a month's abbreviation before a day
        no_person(
            "Our shares rose ( Jan 10 ) and fell ( Jan 12 ) with the market.",
            "Jan",
        );
    }
}
