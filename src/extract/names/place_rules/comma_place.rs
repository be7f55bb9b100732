//! A single name before a comma and a place that ends its phrase is a place
//! ("Ancaster and Grantham, Lincolnshire"), unless it is a given name or one
//! of a list ("Breen, Harte, McLoughlin").

use super::super::Found;
use super::context::{Context, PERSON, PLACE};
use crate::document::{is_capitalized, TokenKind};

pub(super) fn name_before_comma_and_place(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
    // "Ancaster and Grantham, Lincolnshire": a single name before a comma and
    // a place that ends its phrase is a place, unless it is a given name or
    // one of a list ("Breen, Harte, McLoughlin")
    for n in 0..found.len().saturating_sub(1) {
        crate::work::step(1);
        let (f, next) = (&found[n], &found[n + 1]);
        let after = words(next.last + 1);
        let ends = next.last + 1 >= doc.tokens.len()
            || (doc.tokens[next.last + 1].kind == TokenKind::Punct
                && !matches!(after, "'s" | "’s" | "'" | "’"))
            || !is_capitalized(after) && after != "'s" && after != "’s";
        let before_place = f.type_index == PERSON
            && f.first == f.last
            && next.type_index == PLACE
            && next.first == f.last + 2
            && words(f.last + 1) == ","
            && ends
            && !listed(f.first, &["m:", "f:"])
            && !(f.first > 0 && (is_capitalized(words(f.first - 1)) || words(f.first - 1) == ","));
        if before_place {
            found[n].type_index = PLACE;
        }
    }
    found
}
