//! "General Motors", "St. Louis Eagles", "St. Thomas": a person's name
//! that ends in a company's word ("Motors", whose "General" the rules took
//! for a rank) is a company, and one right after "St." is a saint's town,
//! church or team, not a person of the article.
//!
//! Evidence: 64bb2a9 (WikiGold PERSON 0.848 -> 0.850, 0.835 -> 0.837 with --types; MEANTIME named PERSON P 0.356 -> 0.362; CoNLL dev unchanged).

use super::prelude::*;

pub(super) fn companies_and_saints(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        let last = words(f.last).trim_end_matches(['\'', '’']);
        let saint = f.first > 0
            && matches!(words(f.first - 1), "St." | "St" | "Ste." | "ST.")
            && doc.tokens[f.first - 1].sentence == doc.tokens[f.first].sentence;
        if saint || is_in(ORGANIZATION_ENDINGS, last) {
            f.type_index = ORGANIZATION;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_and_a_saint_are_no_person() {
        let cut = |text: &str, first: usize, last: usize| {
            super::super::still_person(companies_and_saints, text, first, last)
        };
        assert!(!cut("Shares of General Motors fell on Monday.", 3, 3));
        assert!(!cut("He broke in with the St. Louis Eagles in 1933.", 6, 7));
        assert!(cut("He broke in with Louis Eagles in 1933.", 4, 5));
    }
}
