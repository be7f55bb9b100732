//! "Moritz Heinrich Romberg ( 1795-1873 )", "Dahvin Daniels ( born August
//! 23 , 1993 )", "Keim was born in Senlis", "She died in 1890": a name
//! followed by its years of life in brackets, "was born" or "died in" is
//! a person's, whatever the tagger took it for (WikiGold: 34 such names,
//! all people).
//!
//! Evidence: b6df483 (WikiGold gold: 23 such names, all people; WikiGold PERSON +1 found, 0.868; CoNLL dev and MEANTIME unchanged); "was born" and "died in" d3446ff (WikiGold gold: 11 such names, all people; same scores).

use super::prelude::*;

pub(super) fn lives(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let year = |i: usize| {
        let word = words(i);
        (3..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
    };
    // "1795-1873" as one token, or "1795 -- 1873" as three
    let years = |i: usize| {
        let word = words(i);
        let range = word.split_once(['-', '–']).is_some_and(|(a, b)| {
            (3..=4).contains(&a.len())
                && (3..=4).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|b| b.is_ascii_digit())
        });
        (range && words(i + 1) == ")")
            || (year(i) && matches!(words(i + 1), "-" | "--" | "–") && year(i + 2))
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index == PERSON || f.last - f.first > 3 {
            continue;
        }
        let next = f.last + 1;
        let life = next + 1 < doc.tokens.len()
            && doc.tokens[next + 1].sentence == doc.tokens[f.last].sentence
            && ((words(next) == "(" && (words(next + 1) == "born" || years(next + 1)))
                || (words(next) == "was" && words(next + 1) == "born")
                || (words(next) == "died" && matches!(words(next + 1), "in" | "on" | "at")));
        let named = (f.first..=f.last).all(|i| {
            capitalized_word(doc, i) || in_list(words(i), crate::extract::names::NAME_PARTICLES)
        }) && capitalized_word(doc, f.first);
        if life && named {
            f.type_index = PERSON;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_life_make_a_person() {
        let typed = |text: &str, first: usize, last: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first,
                last,
                type_index: ORGANIZATION,
                margin: 1.0,
            }];
            lives(&doc, &mut found);
            found[0].type_index
        };
        let text = "His teachers were Moritz Heinrich Romberg ( 1795-1873 ) and others.";
        assert_eq!(typed(text, 3, 5), PERSON);
        let text = "Adilson Tavares Varela ( born 22 October 1988 ) is a footballer.";
        assert_eq!(typed(text, 0, 2), PERSON);
        // a work's year, or a company's founding, is no life
        let text = "Chad Edward Gaudin was born in New Orleans.";
        assert_eq!(typed(text, 0, 2), PERSON);
        let text = "He starred in Hollywood Canteen ( 1944 ) with others.";
        assert_eq!(typed(text, 3, 4), ORGANIZATION);
    }
}
