//! "DJ AM", "MC Kano", "DJ Green Lantern": a disc jockey's or a rapper's
//! stage name, which the tagger takes for an organisation, is a person
//! with its prefix; before a given name the prefix is a role ("DJ Trevor
//! Nelson"), left to the tagger.
//!
//! Evidence: b91646a (WikiGold PERSON 0.855 -> 0.858, 0.842 -> 0.844 with --types; CoNLL dev and MEANTIME unchanged).

use super::prelude::*;

pub(super) fn stage_names(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    for f in found.iter_mut() {
        crate::work::step(1);
        if matches!(f.type_index, ORGANIZATION | OTHER)
            && matches!(words(f.first), "DJ" | "MC")
            && (1..=2).contains(&(f.last - f.first))
            && (f.first + 1..=f.last).all(|i| {
                doc.tokens[i].kind == TokenKind::Word && crate::document::is_capitalized(words(i))
            })
            && !classes_of(words(f.first + 1)).contains(['M', 'F'])
            // (nor before an unknown given name and a surname: "DJ Huw
            // Stephens")
            && !(f.last - f.first == 2 && classes_of(words(f.last)).contains('S'))
        {
            f.type_index = PERSON;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::person;

    #[test]
    fn a_stage_name_is_a_person() {
        let text = "The club hosted DJ AM , DJ IRIE and many more on Friday.";
        person(text, "DJ AM");
        person(text, "DJ IRIE");
    }
}
