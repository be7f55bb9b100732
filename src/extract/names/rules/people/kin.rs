//! "Orgy, Velvet Revolver, and Linkin Park", "Thalhimer's, JC Penney, and
//! Sears": a name of a list whose neighbours there are organisations, and
//! none a person, is an organisation too (lists name their kin).
//!
//! Evidence: 8fa52c6 (with the bounds rules of that round: WikiGold PERSON exact F1 0.805 -> 0.810 with --types, 0.819 -> 0.823; CoNLL dev 0.933 -> 0.934).

use super::prelude::*;

pub(super) fn kin(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let separator = |i: usize| matches!(words(i), "," | "and" | "&" | "/" | "or");
    let same_sentence = |a: usize, b: usize| {
        a < doc.tokens.len()
            && b < doc.tokens.len()
            && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    let mut organizations: Vec<usize> = Vec::new();
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        if f.type_index != PERSON || f.first == 0 {
            continue;
        }
        // the list's item before: "X ," / "X and" / "X , and"
        let mut before = f.first - 1;
        if words(before) == "and" && before > 0 && words(before - 1) == "," {
            before -= 1;
        }
        let left = (n > 0 && separator(f.first - 1) && same_sentence(before, f.first))
            .then(|| &found[n - 1])
            .filter(|g| g.last + 1 == before)
            .map(|g| g.type_index);
        let mut after = f.last + 1;
        if words(after) == "," && words(after + 1) == "and" {
            after += 1;
        }
        let right = (separator(f.last + 1) && same_sentence(f.last, after + 1))
            .then(|| found.get(n + 1))
            .flatten()
            .filter(|g| g.first == after + 1)
            .map(|g| g.type_index);
        let kinds = [left, right];
        // (both sides: one name before a comma may be an apposition,
        // "Unite, Tony Woodley")
        if left.is_some()
            && right.is_some()
            && kinds.contains(&Some(ORGANIZATION))
            && !kinds.contains(&Some(PERSON))
        {
            organizations.push(n);
        }
    }
    for n in organizations {
        crate::work::step(1);
        found[n].type_index = ORGANIZATION;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{no_person, person};

    #[test]
    fn a_name_between_organisations_of_a_list_is_one() {
        no_person(
            "They were supported by Sears, JC Penney, and Macy's Inc.",
            "JC Penney",
        );
        // not a person next to a person
        person(
            "The board named Sears, John Penney, and Mary Smith.",
            "John Penney",
        );
    }
}
