//! Finds people inside other names or left out, from roles and from the
//! people the article names elsewhere:
//!
//! - a given name after an office or a company's ending inside a name
//!   ("Chrysler Chief Executive Robert Nardelli", "Chrysler LLC Jim Press"),
//!   or after a known place ("President of the United States Barack Obama"
//!   when the article names Obama), opens a person;
//! - a name the tagger took for something else whose last word is the
//!   surname of a person of the article is that person ("Barack Obama" in a
//!   headline), and so is a lone word of such a name;
//! - two or three unknown capitalised words before a comma and a role
//!   ("Jusman Syafii Djamal, minister of transport") are a person.
//!
//! Evidence: 6ede396 (MEANTIME named PERSON overlap R 0.721 -> 0.750, NAM mentions 82 -> 90 of 98; WikiGold PERSON exact F1 0.769 -> 0.771; CoNLL dev 0.933 -> 0.934).

use super::prelude::*;

pub(super) fn recover(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let classes = |i: usize| classes_of(words(i));
    let given = |i: usize| classes(i).contains(['M', 'F']);
    let capitalized = |i: usize| capitalized_word(doc, i);
    let text = |first: usize, last: usize| {
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    };
    // "Jusman Syafii Djamal, minister of transport": unknown capitalised
    // words before a comma and a role (cheap tests first: these run at
    // every capitalised word)
    let apposition = |first: usize, last: usize| {
        last > first
            && last - first <= 2
            && words(last + 1) == ","
            && {
                let mut r = last + 2;
                if in_list(words(r), &["the", "a", "an"]) {
                    r += 1;
                }
                in_list(words(r), ROLES)
            }
            && (first..=last).all(|j| {
                capitalized(j)
                    && !classes(j).contains('W')
                    && !is_calendar_word(&words(j).to_lowercase())
            })
            && gazetteer().lookup(text(first, last)).is_empty()
    };
    // "pianist András", "Sheriff Don Eslinger", "her sister Sara": a noun
    // of a person's role or kin right before unknown capitalised words
    let after_role = |first: usize, last: usize| {
        first > 0
            && last - first <= 2
            && in_list(words(first - 1), PERSON_NOUNS)
            // a capitalised role is a title ("Texas Coach Darrell Royal"),
            // not a name's word ("the Economist Intelligence Unit")
            && (words(first - 1).starts_with(char::is_lowercase)
                || in_list(words(first - 1), CAPITALIZED_ROLES))
            // and the name is not a modifier ("the sister Xiluodu dam", "a
            // senior Japanese Finance Ministry official")
            && !capitalized(last + 1)
            && !doc.tokens.get(last + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && words(last + 1).starts_with(char::is_lowercase)
                    && !is_in(NOT_NOUNS, words(last + 1))
            })
            && doc.tokens[first - 1].sentence == doc.tokens[first].sentence
            && (first..=last).all(|j| {
                let lower = words(j).to_lowercase();
                capitalized(j)
                    && !classes(j).contains('W')
                    && !is_calendar_word(&lower)
                    && !lower.split('-').any(|part| is_in(TITLE_NOUNS, part))
            })
            && gazetteer().lookup(text(first, last)).is_empty()
            && !is_in(ORGANIZATION_ENDINGS, words(last))
            && !is_in(KNOWN_ORGANIZATIONS, text(first, last))
    };
    // the surnames of the article's people (a set: looked up per name)
    let surnames: HashSet<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PERSON
                && words(f.last).chars().count() > 2
                && !classes(f.last).contains('W')
        })
        .map(|f| words(f.last))
        .collect();
    let mut people: Vec<Found> = Vec::new();
    // the names this pass makes people
    let mut retyped: Vec<(usize, usize)> = Vec::new();
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index == PERSON {
            continue;
        }
        if f.type_index != PLACE && (apposition(f.first, f.last) || after_role(f.first, f.last)) {
            f.type_index = PERSON;
            retyped.push((f.first, f.last));
            continue;
        }
        if f.last == f.first {
            continue;
        }
        // "Barack Obama" in a headline, when the article names Obama
        if f.last - f.first <= 2
            && surnames.contains(words(f.last))
            && (f.first..=f.last).all(|i| capitalized(i) && !classes(i).contains('W'))
            && gazetteer().lookup(text(f.first, f.last)).is_empty()
            && !is_in(ORGANIZATION_ENDINGS, words(f.last))
        {
            f.type_index = PERSON;
            retyped.push((f.first, f.last));
            continue;
        }
        // where a person starts inside the name, if one does
        // (a person of at most three words: only the last three starts are
        // tried, so a long run of capitalised words costs no more than a
        // short one)
        let start = (f.first + 1).max(f.last.saturating_sub(2))..f.last;
        let start = start.into_iter().find(|&k| {
            crate::work::step(1);
            let before = words(k - 1);
            let office = is_in(OFFICES, before)
                || is_in(ROLES, before.to_lowercase().as_str())
                // "One Nation member Graeme Campbell", "Hall of Famer Bill
                // McKechnie"
                || is_in(PERSON_NOUNS, before.to_lowercase().as_str())
                || is_in(ORGANIZATION_ENDINGS, before);
            let place = !gazetteer().lookup(text(f.first, k - 1)).is_empty()
                && gazetteer().lookup(text(k, f.last)).is_empty()
                && surnames.contains(words(f.last));
            let names = (k..=f.last).all(capitalized);
            let unknown = (k..=f.last).all(|i| !classes(i).contains('W'));
            names && ((given(k) && office) || (unknown && place))
        });
        if let Some(k) = start {
            people.push(Found {
                first: k,
                last: f.last,
                type_index: PERSON,
                margin: f.margin,
            });
            f.last = k - 1;
        }
    }
    // a lone word of such a person's name, taken for a place ("Obama")
    // (or the surname of any person named in full: "Castro" after "Major
    // Saturnino Castro", but not "Fiat" after a "Fiat Powertrain" taken for
    // a person)
    let new_words: HashSet<&str> = people
        .iter()
        .map(|f| (f.first, f.last))
        .chain(retyped)
        .filter(|&(first, last)| last > first)
        .flat_map(|(first, last)| (first..=last).map(words))
        .chain(
            found
                .iter()
                .filter(|f| f.type_index == PERSON && f.last > f.first)
                .map(|f| words(f.last)),
        )
        .filter(|w| w.chars().count() > 2)
        .collect();
    for f in found.iter_mut() {
        crate::work::step(1);
        let governed =
            f.first > 0 && is_in(PREPOSITIONS, words(f.first - 1).to_lowercase().as_str());
        if matches!(f.type_index, PLACE | ORGANIZATION)
            && f.first == f.last
            && !governed
            && new_words.contains(words(f.first))
            && gazetteer().lookup(words(f.first)).is_empty()
        {
            f.type_index = PERSON;
        }
    }
    // "Jusman Syafii Djamal, minister of transport for Indonesia"
    let covered = covered_tokens(doc, found.iter().chain(people.iter()));
    let mut i = 0;
    while i + 2 < doc.tokens.len() {
        crate::work::step(1);
        let last = crate::extract::names::uncovered_run(doc, &covered, i, capitalized);
        // a run that starts where capitalised words start
        let opens =
            i == 0 || !capitalized(i - 1) || doc.tokens[i - 1].sentence != doc.tokens[i].sentence;
        let run = !covered[i] && capitalized(i) && {
            // the run ends where capitalised words end
            let closed =
                last + 1 >= doc.tokens.len() || !capitalized(last + 1) || covered[last + 1];
            (opens && apposition(i, last)) || (closed && after_role(i, last))
        };
        if run {
            people.push(Found {
                first: i,
                last,
                type_index: PERSON,
                margin: 1.0,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{names, no_person, person};

    #[test]
    fn a_trade_inside_a_longer_name_opens_a_person() {
        person(
            "His manager was future Hall of Famer Bill McKechnie.",
            "Bill McKechnie",
        );
    }

    #[test]
    fn people_after_offices_and_before_roles_are_found() {
        person(
            "The deal was approved. Chrysler Chief Executive Robert Nardelli will step down.",
            "Robert Nardelli",
        );
        person(
            "\"It grows,\" said the vice president and chairman of Chrysler LLC Jim Press.",
            "Jim Press",
        );
        person(
            "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended it.",
            "Jusman Syafii Djamal",
        );
        person(
            "In Budapest the restaurant owner hires the pianist András to play in his restaurant.",
            "András",
        );
        person(
            "Seminole County Sheriff Don Eslinger said the boy was safe.",
            "Don Eslinger",
        );
        // a rank is no name
        no_person(
            "\"It is near,\" NATO spokesman Lieutenant-Colonel Max Marriner said.",
            "Lieutenant-Colonel",
        );
        // a patron at a restaurant is no restaurant
        person(
            "The German businessman Hans Weber is a regular patron at the restaurant.",
            "Hans Weber",
        );
        // a place before a role is no person
        no_person(
            "Port Moresby, capital of Papua New Guinea, was quiet.",
            "Port Moresby",
        );
    }

    #[test]
    fn a_headline_names_the_person_the_article_names() {
        let text = "Barack Obama presents rescue plan after GM declaration of bankruptcy\n\
                    In a speech, President of the United States Barack Obama presented a plan. \
                    Describing the problem as \"decades in the making,\" Obama explained \
                    the rationale behind his proposed reorganization plan.";
        let found = names(text);
        assert_eq!(
            found
                .iter()
                .filter(|(t, k)| t == "Barack Obama" && *k == "person")
                .count(),
            2,
            "{found:?}"
        );
        assert!(
            found.contains(&("United States".into(), "place")),
            "{found:?}"
        );
    }
}
