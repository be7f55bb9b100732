//! Takes the person type from names that are not people.
//!
//! Evidence: 6ede396 and the rounds after it (`git log -L '/fn demote/,+300:src/extract/names/people.rs' aefec28`): each case's commit gives its scores.

use super::prelude::*;

/// The type the words after a name say it has, when they define it: "is a
/// village", "( 1938 ) is a short story", "are an American rock band".
fn definition(doc: &Document, last: usize) -> Option<usize> {
    let words = |i: usize| doc.token_text(i);
    let sentence = doc.tokens.get(last)?.sentence;
    let end = doc.sentences[sentence].tokens.end;
    let mut i = last + 1;
    // a parenthesis right after the name ("( 1938 )", "( also Sunny Bower )")
    if words(i) == "(" {
        while i < end && words(i) != ")" {
            crate::work::step(1);
            i += 1;
        }
        i += 1;
    }
    // "Staedtler, a stationery company": an apposition defines too
    let apposition = words(i) == "," && matches!(words(i + 1), "a" | "an");
    if !matches!(words(i), "is" | "was" | "are" | "were") && !apposition {
        return None;
    }
    i += 1;
    // "Caloi was founded in 1898": what only befalls a company
    if is_in(FOUNDED, words(i)) {
        return Some(ORGANIZATION);
    }
    if !matches!(words(i), "a" | "an" | "the" | "one") {
        return None;
    }
    for j in i + 1..end.min(i + 7) {
        crate::work::step(1);
        let word = words(j);
        if is_in(STOPS, word) || doc.tokens[j].kind == TokenKind::Punct {
            return None;
        }
        // the head noun: "a village headman" is a person, and so is "the
        // team 's sole remaining star"
        let possessed = matches!(words(j + 1), "'s" | "’s" | "'" | "’");
        let head = !possessed
            && doc.tokens.get(j + 1).map_or(true, |t| {
                t.kind != TokenKind::Word
                    || !words(j + 1).starts_with(char::is_lowercase)
                    || is_in(NOT_NOUNS, words(j + 1))
                    || words(j + 1).ends_with("ed")
            });
        if let Some(kind) = type_of_noun(word).filter(|_| head) {
            return Some(kind);
        }
    }
    None
}

pub(super) fn demote(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let text_of =
        |f: &Found| Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end);
    let classes = |i: usize| classes_of(words(i));
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len()
            && a < doc.tokens.len()
            && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    // the words the article writes in lower case
    let lowercase: HashSet<&str> = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.text(doc.text))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    // the names this article shows not to be people, with their type
    let mut decided: Vec<(&str, usize)> = Vec::new();
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PERSON {
            continue;
        }
        let next = f.last + 1;
        // the name ends here ("the Falcons .", "the Laboratory has"), not
        // inside a longer name or a noun phrase ("the Caloi 10")
        let complete = !same_sentence(f.last, next)
            || (doc.tokens[next].kind == TokenKind::Punct && !matches!(words(next), "'" | "’"))
            || is_in(NOT_NOUNS, words(next));
        // "Major General", "Brigadier General": ranks and titles alone
        if (f.first..=f.last).all(|i| {
            let lower = words(i).to_lowercase();
            is_in(TITLE_NOUNS, lower.as_str())
                || is_in(TITLE_WORDS, lower.as_str())
                || matches!(
                    lower.as_str(),
                    "brigadier" | "lieutenant-general" | "major-general"
                )
        }) {
            f.type_index = OTHER;
            continue;
        }
        // "the band Van Canto", "the magazine Kerrang", "their 1998 album,
        // Electro-Shock Blues" (a singular noun: "polls shows Clinton" is a
        // verb)
        // (the comma's apposition ends at punctuation: not "After that
        // show, Carter's father ...")
        let closed = matches!(words(f.last + 1), "," | "." | ";" | ")");
        let noun_at = if f.first >= 2 && words(f.first - 1) == "," && closed {
            f.first - 2
        } else {
            f.first.saturating_sub(1)
        };
        if f.first > 0 && same_sentence(noun_at, f.first) {
            // ("the duo Ben Wolff and Andy Dean" names its members)
            // (but "the metal band Van Canto , released in 2006")
            let given = f.last > f.first
                && classes(f.first).contains(['M', 'F'])
                && matches!(words(f.last + 1), "and" | "&");
            if let Some(kind) = type_of_noun(words(noun_at))
                .filter(|_| !words(noun_at).ends_with('s'))
                .filter(|_| !given)
            {
                if kind != PLACE {
                    f.type_index = kind;
                    if complete {
                        decided.push((text_of(f).text(doc.text), kind));
                    }
                    continue;
                }
            }
        }
        // "the Falcons", "a Beautiful Lie", but not "the Dole campaign"
        if f.first > 0
            && matches!(
                words(f.first - 1).to_lowercase().as_str(),
                "the" | "a" | "an"
            )
            && same_sentence(f.first - 1, f.first)
        {
            let modifier = same_sentence(f.last, next)
                && doc.tokens[next].kind == TokenKind::Word
                && words(next).starts_with(char::is_lowercase)
                && !is_in(NOT_NOUNS, words(next))
                && !words(next).ends_with("ed");
            if !modifier {
                let kind = definition(doc, f.last).unwrap_or(OTHER);
                f.type_index = kind;
                if complete {
                    decided.push((text_of(f).text(doc.text), kind));
                }
                continue;
            }
        }
        // "Aisby is a village", "Blue Winds Dancing ( 1938 ) is a story"
        if let Some(kind) = definition(doc, f.last) {
            f.type_index = kind;
            if complete {
                decided.push((text_of(f).text(doc.text), kind));
            }
            continue;
        }
        // "Hollywood Canteen ( 1944 ), then Diamond Horseshoe ( 1945 )": a
        // year alone in brackets after a name dates a work (a person's
        // brackets give a span of years or a birth: "( 1795-1873 )")
        let year = |i: usize| {
            let word = words(i);
            word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
        };
        if words(next) == "(" && year(next + 1) && words(next + 2) == ")" {
            f.type_index = OTHER;
            continue;
        }
        // "Perry Stadium", "Carnegie Hall", "Linkin Park": a name ending in
        // a noun of places, groups or works, unless a given name and a
        // surname make it ("Damon Hill", "Heather Mills")
        if f.last > f.first {
            let head = words(f.last).to_lowercase();
            let kind = type_of_noun(&head).or_else(|| {
                NAME_ENDINGS
                    .iter()
                    .find(|(noun, _)| *noun == head)
                    .map(|&(_, kind)| kind)
            });
            // (not when the article writes the noun in lower case too: "Lincoln
            // Park ... the park")
            let person = classes(f.first).contains(['M', 'F'])
                && classes(f.last).contains('S')
                && !lowercase.contains(head.as_str());
            if let Some(kind) = kind.filter(|_| !person) {
                f.type_index = kind;
                decided.push((text_of(f).text(doc.text), kind));
            }
        }
    }
    // one label per name: every other bare mention follows the decision
    if !decided.is_empty() {
        // the first decision per name, and per last word after a space (a
        // lone word follows "the Falcons" as "Falcons"), looked up per name
        // rather than scanned
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        let mut by_last_word: HashMap<&str, usize> = HashMap::new();
        for (at, &(name, _)) in decided.iter().enumerate() {
            crate::work::step(1);
            by_name.entry(name).or_insert(at);
            if let Some((_, last)) = name.rsplit_once(' ') {
                by_last_word.entry(last).or_insert(at);
            }
        }
        for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
            crate::work::step(1);
            let text = text_of(f).text(doc.text);
            let last_word = words(f.last);
            let same = if f.first == f.last && last_word.contains(' ') {
                // (a word with a space in it: the decisions one by one)
                decided.iter().position(|(name, _)| {
                    *name == text
                        || (name.len() > text.len()
                            && name.ends_with(last_word)
                            && name[..name.len() - last_word.len()].ends_with(' '))
                })
            } else {
                let exact = by_name.get(text).copied();
                let ending = (f.first == f.last)
                    .then(|| by_last_word.get(last_word).copied())
                    .flatten();
                exact.into_iter().chain(ending).min()
            };
            if let Some(at) = same {
                f.type_index = decided[at].1;
            }
        }
    }
    // "branches to Harrison": a lone word the article puts after a
    // preposition of place as a place is that place everywhere, unless a
    // person's full name has it
    let places: HashSet<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PLACE
                && f.first == f.last
                && f.first > 0
                && in_list(words(f.first - 1), &["in", "at", "near", "to", "from"])
        })
        .map(|f| words(f.first))
        .collect();
    if !places.is_empty() {
        let full: HashSet<&str> = found
            .iter()
            .filter(|f| f.type_index == PERSON && f.last > f.first)
            .flat_map(|f| (f.first..=f.last).map(words))
            .collect();
        for f in found.iter_mut() {
            crate::work::step(1);
            let word = words(f.first);
            if f.type_index == PERSON
                && f.first == f.last
                && places.contains(word)
                && !full.contains(word)
            {
                f.type_index = PLACE;
            }
        }
    }
    // a common word of the lists that the article also writes in lower case
    // (the lists are a Bloom filter: one rare name in 25 is taken for a
    // common word, which the article's own words do not confirm)
    let common_word =
        |i: usize| classes(i).contains('W') && lowercase.contains(words(i).to_lowercase().as_str());
    // how often the article uses each capitalised word
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        crate::work::step(1);
        if t.kind == TokenKind::Word && words(i).starts_with(char::is_uppercase) {
            *uses.entry(words(i)).or_default() += 1;
        }
    }
    // "Hinkley Locomotive Works", "Revolver Records": a name the tagger cut
    // before a capitalised common word, or a noun of places, groups and
    // works, is part of a longer name ("Orlando Regional Medical Center",
    // "West Virginia Normal School")
    let name_noun = |i: usize| {
        let lower = words(i).to_lowercase();
        type_of_noun(&lower).is_some()
            || NAME_ENDINGS.iter().any(|(noun, _)| *noun == lower)
            || is_in(ORGANIZATION_ENDINGS, words(i))
    };
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        let next = f.last + 1;
        let cut = doc.tokens.get(next).is_some_and(|t| {
            t.sentence == doc.tokens[f.last].sentence
                && t.kind == TokenKind::Word
                && crate::document::is_capitalized(words(next))
                && !crate::document::is_all_caps(words(next))
        }) && (common_word(next) || name_noun(next))
            && !classes(next).contains(['M', 'F', 'S'])
            && !is_calendar_word(&words(next).to_lowercase());
        if cut {
            f.type_index = ORGANIZATION;
        }
    }
    // words of people the article names in full: per word, the first token
    // of the first such name, and whether another name (opening elsewhere)
    // has it too
    let mut full_names: HashMap<&str, (usize, bool)> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| f.type_index == PERSON && f.last > f.first)
    {
        for i in f.first..=f.last {
            crate::work::step(1);
            let seen = full_names.entry(words(i)).or_insert((f.first, false));
            seen.1 |= seen.0 != f.first;
        }
    }
    // (a word of a person named in full whose name opens elsewhere than at
    // `first`)
    let named_elsewhere = |word: &str, first: usize| {
        full_names
            .get(word)
            .is_some_and(|&(opens, twice)| twice || opens != first)
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PERSON {
            continue;
        }
        // "devouring Art in any form", "Creative Writer": common words, the
        // first no given name, none a word of another person named in full
        let given = classes(f.first).contains(['M', 'F']);
        let common = if f.first == f.last {
            // a lone common word, or a lone given name the article uses once
            // and introduces by no role ("his wife, Karen")
            let introduced =
                (1..=2).any(|back| f.first >= back && in_list(words(f.first - back), PERSON_NOUNS));
            // (not in a table or a list broken across lines: "Giovanni ( 14th
            // )", "Ken \n Green")
            let tabled = words(f.first + 1) == "("
                || doc.tokens.get(f.first + 1).map_or(true, |t| {
                    t.sentence != doc.tokens[f.first].sentence
                        || doc.text[doc.tokens[f.first].span.end..t.span.start].contains('\n')
                });
            common_word(f.first)
                || (given
                    && !classes(f.first).contains('S')
                    && !introduced
                    && !tabled
                    && uses.get(words(f.first)).copied() == Some(1))
        } else {
            // no given name first, and a last word that is common, not a surname
            !given && common_word(f.last) && !classes(f.last).contains('S')
        };
        let common = common && !(f.first..=f.last).any(|i| named_elsewhere(words(i), f.first));
        let titled = f.first > 0 && {
            let before = words(f.first - 1).to_lowercase();
            is_in(TITLE_WORDS, before.as_str()) || is_in(PERSON_TITLES, before.as_str())
        };
        let speaks = is_in(SPEECH_VERBS, words(f.last + 1));
        if common && !titled && !speaks {
            f.type_index = OTHER;
        }
    }
    // "the Coronavirus was borne": an unknown place after "the" that no
    // preposition governs is a thing
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PLACE || f.first == 0 || f.first != f.last {
            continue;
        }
        let the = words(f.first - 1).eq_ignore_ascii_case("the");
        let governed = f.first >= 2
            && is_in(PREPOSITIONS, words(f.first - 2).to_lowercase().as_str())
            && same_sentence(f.first - 2, f.first);
        if the && !governed && gazetteer().lookup(text_of(f).text(doc.text)).is_empty() {
            f.type_index = OTHER;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::{names, no_person, person};

    #[test]
    fn an_apposition_or_a_noun_after_a_name_says_what_it_is() {
        no_person(
            "The factory was taken over in 1978 by Staedtler, a stationery company with a global presence.",
            "Staedtler",
        );
        no_person(
            "Their second album was released through Revolver Records in 1990.",
            "Revolver",
        );
        no_person(
            "It is the debut album of the german metal band Van Canto, released in 2006.",
            "Van Canto",
        );
        // a person's apposition names a trade
        person(
            "The song was written by Alfredo Keil, a composer of operas.",
            "Alfredo Keil",
        );
    }

    #[test]
    fn a_name_after_a_determiner_is_no_person() {
        no_person(
            "It was the 89th season of play for the Falcons. Three Falcons were named.",
            "Falcons",
        );
        no_person(
            "The club met at the Victoria Skating Rink in Montreal.",
            "Victoria Skating Rink",
        );
        // unless it modifies a noun
        person(
            "Police would not say whether they suspected a link with the Marc Dutroux case.",
            "Marc Dutroux",
        );
        person(
            "Edson Musa bought the shares, and the Musa family sold the rest.",
            "Musa",
        );
    }

    #[test]
    fn a_definition_tells_what_a_name_is() {
        let text = "Aisby is a village in the English county of Lincolnshire. Both Heydour and Aisby are small.";
        no_person(text, "Aisby");
        assert!(
            names(text).contains(&("Aisby".into(), "place")),
            "{:?}",
            names(text)
        );
        no_person(
            "Linkin Park are an American rock band from California.",
            "Linkin Park",
        );
        let text = "Caloi was founded in 1898 by immigrants. In 1972, Caloi introduced a bicycle.";
        assert!(
            !names(text).iter().any(|(_, k)| *k == "person"),
            "{:?}",
            names(text)
        );
        // a compound noun with a place word in it is no definition
        person(
            "Anna Kowalska is a village teacher who lives near Poznan.",
            "Anna Kowalska",
        );
    }

    #[test]
    fn one_label_per_name_across_the_article() {
        let text = "The tour opened with the band Mars. Later Mars played in Tokyo, and fans cheered Mars.";
        no_person(text, "Mars");
        // a name inside a longer name decides nothing for the article
        let text = "The John Smith Foundation gave money. John Smith said he was glad.";
        person(text, "John Smith");
    }

    #[test]
    fn a_name_ending_in_a_noun_of_places_or_groups_is_no_person() {
        no_person(
            "The Falcons played their home games in Doyt Perry Stadium in Ohio.",
            "Perry Stadium",
        );
        no_person(
            "He has also performed as a tenor at New York City's Carnegie Hall.",
            "Carnegie Hall",
        );
        person(
            "Damon Hill won the race, and Hill said he was glad.",
            "Damon Hill",
        );
    }

    #[test]
    fn a_lone_given_name_used_once_needs_an_introduction() {
        no_person(
            "Other interests include blasting music and devouring Art in any form.",
            "Art",
        );
        person("With his second wife, Karen, he has two children.", "Karen");
    }

    #[test]
    fn a_word_the_article_puts_as_a_place_is_that_place() {
        let text = "The old mill in Harrison closed in 1900. Later Harrison had a station.";
        no_person(text, "Harrison");
    }

    #[test]
    fn a_work_or_group_before_a_comma_names_what_follows() {
        no_person(
            "This track comes off their 1998 album, Electro-Shock Blues. It sold well.",
            "Electro-Shock Blues",
        );
        person(
            "After that show, Carter Beauford's father bought his son a drum kit.",
            "Carter Beauford",
        );
    }

    #[test]
    fn a_verb_like_a_noun_before_a_name_says_nothing() {
        person(
            "Trump is leading Clinton by 5 points. The average of polls shows Clinton leading Trump.",
            "Clinton",
        );
        let found = names(
            "Trump is leading Clinton by 5 points. The average of polls shows Clinton leading Trump.",
        );
        assert_eq!(
            found
                .iter()
                .filter(|(t, k)| t == "Clinton" && *k == "person")
                .count(),
            2,
            "{found:?}"
        );
    }

    #[test]
    fn a_year_in_brackets_dates_a_work_not_a_person() {
        let text = "He played himself in films, starting with Hollywood Canteen (1944), \
                    then Diamond Horseshoe (1945).";
        no_person(text, "Hollywood Canteen");
        no_person(text, "Diamond Horseshoe");
        person(
            "Rudolf Virchow (1821-1902) and Moritz Romberg (1795-1873) taught there.",
            "Rudolf Virchow",
        );
    }

    #[test]
    fn a_name_cut_before_a_common_word_is_no_person() {
        no_person(
            "The works were modified, and Hinkley Locomotive Works built the new locomotives.",
            "Hinkley",
        );
        no_person(
            "Davis Gym is an indoor athletics facility; the gym could hold 1,100 people.",
            "Davis Gym",
        );
    }

    #[test]
    fn common_words_in_a_byline_are_no_person() {
        no_person(
            "Human, reader, writer and a potterhead! Content/ Creative Writer at: Asiana Times",
            "Creative Writer",
        );
    }

    #[test]
    fn an_unknown_thing_after_the_is_no_place() {
        let found = names(
            "Zhang Jun said that the Coronavirus was borne in China and that he lived in the Ruhr.",
        );
        assert!(
            !found
                .iter()
                .any(|(t, k)| t == "Coronavirus" && *k == "place"),
            "{found:?}"
        );
        assert!(found.contains(&("China".into(), "place")), "{found:?}");
    }
}
