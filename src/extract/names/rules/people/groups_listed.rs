//! "Bands such as Orgy, Velvet Revolver, and Linkin Park", "supported by
//! Head Automatica, ..., Cobra Starship, and several other bands": the
//! members of a list of three or more names that a plural noun of groups
//! introduces or closes are organisations, unless a given name opens a
//! person's name of two or more words ("bands and artists such as Justin
//! Timberlake, Gwen Stefani, Linkin Park") or the place is one the
//! gazetteer knows ("Kansas" stays a place).
//!
//! Evidence: 3c66a38 (WikiGold PERSON exact F1 0.838 -> 0.842, PLACE 0.801 -> 0.802; CoNLL dev and MEANTIME unchanged).

use super::prelude::*;

/// Plural nouns of groups, venues and channels: before a list ("bands such
/// as", "clubs like", "major clients include") or after "other" just after
/// it ("and several other bands"), they say what its members are.
const GROUP_PLURALS: &[&str] = &[
    "bands",
    "groups",
    "acts",
    "clubs",
    "nightclubs",
    "venues",
    "channels",
    "networks",
    "stations",
    "labels",
    "companies",
    "clients",
    "brands",
    "retailers",
    "anchors",
    "newspapers",
    "magazines",
    "publications",
    "firms",
    "sponsors",
];

/// Words inside a listed name that are not capitalised ("The Receiving End
/// of Sirens", "Lua's").
const LIST_NAME_JOINS: &[&str] = &["of", "the", "'s", "de", "-", "."];

pub(super) fn groups_listed(doc: &Document, found: &mut [Found]) {
    let n = doc.tokens.len();
    let words = |i: usize| doc.token_text(i);
    let text = |a: usize, b: usize| {
        Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end).text(doc.text)
    };
    let sentence = |i: usize| doc.tokens.get(i).map_or(usize::MAX, |t| t.sentence);
    let separator = |i: usize| i < n && matches!(words(i), "," | "and" | "&" | "/");
    let opens = |i: usize| {
        i < n
            && doc.tokens[i].kind == TokenKind::Word
            && words(i).starts_with(|c: char| c.is_uppercase())
    };
    let inside = |i: usize| {
        i < n
            && (opens(i)
                || doc.tokens[i].kind == TokenKind::Number
                || is_in(LIST_NAME_JOINS, words(i)))
    };
    let plural = |i: usize| in_list(words(i), GROUP_PLURALS);
    // the names that open inside a list are found by bisection (the names
    // are in order), not by a scan of all names per list
    let sorted = found.windows(2).all(|w| w[0].first <= w[1].first);
    let opening_in = |found: &[Found], start: usize, end: usize| {
        if sorted {
            found.partition_point(|f| f.first < start)..found.partition_point(|f| f.first <= end)
        } else {
            0..found.len()
        }
    };
    let mut next = 0;
    let mut i = 1;
    while i < n {
        crate::work::step(1);
        let word_before = opens(i - 1) || doc.tokens[i - 1].kind == TokenKind::Number;
        if i < next || !opens(i) || word_before {
            i += 1;
            continue;
        }
        // the list's items: runs of name words between separators
        let s = sentence(i);
        let (start, mut items, mut grouped) = (i, 0, false);
        let mut end;
        let mut k = i;
        loop {
            crate::work::step(1);
            let item = k;
            while k < n && k - item < 6 && sentence(k) == s && inside(k) {
                crate::work::step(1);
                k += 1;
            }
            end = k - 1;
            items += 1;
            // an item ending in an organisation's word ("Twilite Orchestra";
            // not a railway's, which may be read as a place)
            grouped |= end > item
                && (in_list(words(end), ORGANIZATION_NOUNS)
                    || is_in(ORGANIZATION_ENDINGS, words(end)));
            let mut j = k;
            while separator(j) && sentence(j) == s && j - k < 2 {
                crate::work::step(1);
                j += 1;
            }
            // ("and the Jimmy Manopo Band")
            if j > k && words(j) == "the" {
                j += 1;
            }
            if j == k || !opens(j) || sentence(j) != s {
                break;
            }
            k = j;
        }
        next = end + 1;
        i = end + 1;
        if items < 3 {
            continue;
        }
        let before = (start.saturating_sub(8)..start).any(|j| sentence(j) == s && plural(j));
        let after = (end + 1..(end + 6).min(n)).any(|j| {
            sentence(j) == s && words(j).eq_ignore_ascii_case("other") && j + 1 < n && plural(j + 1)
        });
        // or two names of it the tagger read as organisations
        let organizations = found[opening_in(found, start, end)]
            .iter()
            .inspect(|_| crate::work::step(1))
            .filter(|f| f.first >= start && f.last <= end && f.type_index == ORGANIZATION)
            .count();
        if !before && !after && !grouped && organizations < 2 {
            continue;
        }
        // (kin alone, not a noun, says less: no word of a person's name may
        // be a given name or a surname, "the Labour Party, Blair and Brown")
        let strict = !before && !after;
        let range = opening_in(found, start, end);
        for f in found[range].iter_mut() {
            crate::work::step(1);
            if f.first < start || f.last > end {
                continue;
            }
            let given = f.last > f.first && {
                let c = classes_of(words(f.first));
                c.contains('M') || c.contains('F')
            };
            let named = strict
                && (f.first..=f.last).any(|j| {
                    let c = classes_of(words(j));
                    c.contains('M') || c.contains('F') || c.contains('S')
                });
            let retype = match f.type_index {
                PERSON => !given && !named,
                PLACE => gazetteer().lookup(text(f.first, f.last)).is_empty(),
                _ => false,
            };
            if retype {
                f.type_index = ORGANIZATION;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{names, no_person, person};

    #[test]
    fn a_list_that_a_plural_noun_of_groups_introduces_or_closes_names_groups() {
        let text = "They were supported on this tour by Head Automatica, The Receiving End \
            of Sirens, Cobra Starship, and several other bands.";
        no_person(text, "Head Automatica");
        no_person(text, "Cobra Starship");
        let text = "Bands and artists such as Justin Timberlake, Gwen Stefani, Linkin Park \
            and Avenged Sevenfold were included in the contest.";
        // a given name and a surname stay a person; the band is no place
        person(text, "Justin Timberlake");
        person(text, "Gwen Stefani");
        let found = names(text);
        assert!(
            !found
                .iter()
                .any(|(t, k)| t == "Linkin Park" && matches!(*k, "person" | "place")),
            "{found:?}"
        );
        // a list with an orchestra and a band in it names bands; a person
        // with a given name stays one
        let text = "His influences were the Mahavishnu Orchestra, Chick Corea, Tangerine \
            Dream, Pat Metheny and the Jimmy Manopo Band.";
        no_person(text, "Tangerine Dream");
        person(text, "Chick Corea");
        // people a plural noun of groups introduces stay people
        let text = "The clubs signed Josh Abraham, Rick Rubin, and Brendan Smith in May.";
        person(text, "Rick Rubin");
    }
}
