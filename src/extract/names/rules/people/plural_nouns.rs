//! "Mountain Bikes", "Dark Room Notes", "Johnson Controls": a name of two
//! words or more that opens with no given name and ends in the plural of a
//! common noun (the lists know "bike", not "bikes", as no name) names
//! products or a company, not a person ("Williams", "Evans" and "Brooks"
//! are names of the lists).
//!
//! Evidence: 148c82b (WikiGold PERSON 0.859 -> 0.861, 0.847 -> 0.848 with --types; CoNLL dev and MEANTIME unchanged).

use super::prelude::*;

pub(super) fn plural_nouns(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PERSON || f.first == f.last {
            continue;
        }
        let last = words(f.last);
        let Some(singular) = last.strip_suffix('s').filter(|s| !s.ends_with('s')) else {
            continue;
        };
        let name = |classes: &str| classes.contains(['M', 'F', 'S']);
        // (a given name that is no common word: "Sandy Angers")
        let first = classes_of(words(f.first));
        let given = first.contains(['M', 'F']) && !first.contains('W');
        let singular_classes = classes_of(singular);
        if singular.chars().count() >= 3
            && !given
            && !name(classes_of(last))
            && singular_classes.contains('W')
            && !name(singular_classes)
        {
            f.type_index = ORGANIZATION;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_noun_ends_no_persons_name() {
        let found = |text: &str, first: usize, last: usize| {
            super::super::still_person(plural_nouns, text, first, last)
        };
        assert!(!found("It makes Mountain Bikes and racing bicycles.", 2, 3));
        assert!(found("The goal came from Ian Williams late on.", 4, 5));
        assert!(found("The goal came from Evans late on.", 4, 4));
    }
}
