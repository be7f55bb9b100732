//! "Rahel Levin ... the salons of Rahel Levin": a name of two words or more
//! that the article gives a person elsewhere is that person wherever the
//! tagger took it for an organisation or another name, unless capitalised
//! words around it make it part of a longer name ("the Rahel Levin
//! Foundation").
//!
//! Evidence: 82f5a44 (WikiGold PERSON 0.850 -> 0.851, 0.837 -> 0.838 with --types; CoNLL dev and MEANTIME unchanged).

use super::prelude::*;

pub(super) fn same_names(doc: &Document, found: &mut [Found]) {
    let text = |f: &Found| {
        Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end).text(doc.text)
    };
    // per name of two words or more: how often it is a person, and how
    // often something else
    let mut people: HashMap<&str, usize> = HashMap::new();
    let mut others: HashMap<&str, usize> = HashMap::new();
    for f in found.iter().filter(|f| f.last > f.first) {
        crate::work::step(1);
        let votes = if f.type_index == PERSON {
            &mut people
        } else {
            &mut others
        };
        *votes.entry(text(f)).or_default() += 1;
    }
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if !matches!(f.type_index, ORGANIZATION | OTHER) || f.last == f.first {
            continue;
        }
        // (the person more often than not: "Aer Lingus Chief Executive
        // Dermot Mannion" makes no person of every "Aer Lingus")
        let votes = |map: &HashMap<&str, usize>| map.get(text(f)).copied().unwrap_or(0);
        let person = votes(&people) > 0 && votes(&people) >= votes(&others);
        let inside = (f.first > 0
            && same_sentence(f.first - 1, f.first)
            && capitalized_word(doc, f.first - 1))
            || (same_sentence(f.last, f.last + 1) && capitalized_word(doc, f.last + 1));
        if person && !inside {
            f.type_index = PERSON;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_the_article_gives_a_person_is_that_person() {
        let types = |text: &str, spans: &[(usize, usize, usize)]| {
            let doc = Document::new(text);
            let mut found: Vec<Found> = spans
                .iter()
                .map(|&(first, last, type_index)| Found {
                    first,
                    last,
                    type_index,
                    margin: 1.0,
                })
                .collect();
            same_names(&doc, &mut found);
            found.iter().map(|f| f.type_index).collect::<Vec<_>>()
        };
        let text = "Rahel Levin wrote to him. He met Rahel Levin in Berlin.";
        assert_eq!(
            types(text, &[(0, 1, PERSON), (8, 9, ORGANIZATION)]),
            [PERSON, PERSON]
        );
        // not the person of a minority of mentions, nor part of a longer name
        let text =
            "Aer Lingus Chief Executive Dermot Mannion spoke. Aer Lingus fell. Aer Lingus rose.";
        assert_eq!(
            types(
                text,
                &[(0, 1, PERSON), (8, 9, ORGANIZATION), (12, 13, ORGANIZATION)]
            ),
            [PERSON, ORGANIZATION, ORGANIZATION]
        );
        let text = "Rahel Levin wrote to him. He joined the Rahel Levin Society in Berlin.";
        assert_eq!(
            types(text, &[(0, 1, PERSON), (9, 10, ORGANIZATION)]),
            [PERSON, ORGANIZATION]
        );
    }
}
