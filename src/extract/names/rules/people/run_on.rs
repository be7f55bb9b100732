//! "Rui Gomez Pereira", "Lincoln Park", "Ford Australia", "Aer Lingus": a
//! person's name runs on into the capitalised word right after it (in the
//! same line of prose, not a title-case headline). When that word opens
//! another person (the tagger cut one name in two) the two are one person;
//! otherwise the person is the first words of a longer name (a place, a
//! company, a school) and no person. A day or a month ends a name
//! ("Insulza Monday") and so does a suffix ("Jr."). (CoNLL-2003 dev,
//! WikiGold and MEANTIME: 36 such people, 35 of them wrong.)
//!
//! Evidence: 6fab0aa (WikiGold PERSON 0.842 -> 0.847, 0.829 -> 0.834 with --types; CoNLL dev 0.944 -> 0.945; MEANTIME named PERSON P 0.350 -> 0.356, recall unchanged).

use super::prelude::*;

/// Suffixes after a person's name that are no part of a longer name.
const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "Junior", "Senior"];

pub(super) fn run_on(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    // the sentences that are prose: with a lowercase word of four letters
    // or more ("Obama Says Museum Will Tell" is a headline)
    let mut prose = vec![false; doc.sentences.len()];
    for t in &doc.tokens {
        crate::work::step(1);
        if t.kind == TokenKind::Word
            && t.span.text(doc.text).starts_with(char::is_lowercase)
            && t.span.len() >= 4
        {
            if let Some(p) = prose.get_mut(t.sentence) {
                *p = true;
            }
        }
    }
    let mut merged = false;
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        let next = f.last + 1;
        if f.type_index != PERSON
            || next >= doc.tokens.len()
            || doc.tokens[next].sentence != doc.tokens[f.last].sentence
            || !prose
                .get(doc.tokens[next].sentence)
                .copied()
                .unwrap_or(false)
            || !capitalized_word(doc, next)
            || doc.text[doc.tokens[f.last].span.end..doc.tokens[next].span.start].contains('\n')
            || is_calendar_word(&words(next).to_lowercase())
            || is_in(NAME_SUFFIXES, words(next))
        {
            continue;
        }
        match found.get(n + 1) {
            // one person cut in two ("Rui" "Gomez Pereira"), unless the
            // second is a list ("Fresquet & Angelo") or the whole too long
            Some(g) if g.first == next && g.type_index == PERSON => {
                let head = words(g.last).to_lowercase();
                let joined = g.last - f.first < 4
                    && (g.first..=g.last).all(|i| !matches!(words(i), "&" | "and" | ","))
                    && type_of_noun(&head).is_none()
                    && !NAME_ENDINGS.iter().any(|(noun, _)| *noun == head);
                if joined {
                    found[n + 1].first = found[n].first;
                    found[n].type_index = OTHER;
                    merged = true;
                } else {
                    found[n].type_index = ORGANIZATION;
                }
            }
            _ => found[n].type_index = ORGANIZATION,
        }
    }
    if merged {
        // the first half of a joined pair goes (one pass, no removal from
        // the middle of the list)
        let gone: Vec<bool> = (0..found.len())
            .map(|n| {
                crate::work::step(1);
                found
                    .get(n + 1)
                    .is_some_and(|g| found[n].first == g.first && found[n].type_index == OTHER)
            })
            .collect();
        let mut n = 0;
        found.retain(|_| {
            n += 1;
            !gone[n - 1]
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tests::{no_person, person};

    #[test]
    fn a_person_runs_on_into_no_capitalised_word() {
        // the first words of a longer name are no person
        let text = "\"Banks don't lend,\" said Tom Miller, the chief investment officer \
            of Dreman Value Management.";
        person(text, "Tom Miller");
        no_person(text, "Dreman Value");
        // but a day ends a name, and a headline's name stays a person
        person(
            "Chilean Foreign Minister Jose Miguel Insulza Monday urged calm in the capital.",
            "Jose Miguel Insulza",
        );
        person("Obama Says Museum Will Tell America's Story", "Obama");
        // one person the tagger cut in two is one person, not a place's
        // name ("Cal" "Anderson Park")
        let cut = |text: &str, parts: [(usize, usize); 2]| {
            let doc = Document::new(text);
            let mut found: Vec<Found> = parts
                .iter()
                .map(|&(first, last)| Found {
                    first,
                    last,
                    type_index: PERSON,
                    margin: 1.0,
                })
                .collect();
            run_on(&doc, &mut found);
            found
                .iter()
                .filter(|f| f.type_index == PERSON)
                .map(|f| {
                    Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end)
                        .text(text)
                        .to_string()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            cut(
                "The traveller Rui Gomez Pereira details the temple.",
                [(2, 2), (3, 4)]
            ),
            ["Rui Gomez Pereira"]
        );
        let people = cut(
            "The corner of Cal Anderson Park is to have an entrance.",
            [(3, 3), (4, 5)],
        );
        assert!(!people.iter().any(|p| p.starts_with("Cal")), "{people:?}");
    }
}
