//! Completes and retypes names around places, once the tagger's spans and
//! the rules before have settled: a lowercase compass word is no part of the
//! place ("south India", 408057d); a language or creed alone is no place
//! ("translated from Latin"); a place before its officer's title is the place
//! ("Texas Coach Darrell Royal"); a place inside a short quoted title names a
//! work ('" Anarchy in Tokyo "', 0835f57); a word before a place that makes a
//! known place with it joins it ("El Salvador"); two adjacent places are one
//! ("Cold Spring Harbor", c7b1985); a state's word and "of" ("Federal
//! Republic of Yugoslavia", "Grand Duchy of Poznań"); a place and the words
//! the table knows with it ("British Columbia"); an event named after a
//! place ("Reading Festival"); a way or ground named after a person ("Cal
//! Anderson Park"); and a team named after a place that "and" joins to
//! another team ("Footscray and North Melbourne").

use super::super::places::gazetteer;
use super::super::{Found, OPENERS, ORGANIZATION_ENDINGS, ORGANIZATION_HEADS};
use super::context::{drop_nested, is_nation, Context, ORGANIZATION, OTHER, PERSON, PLACE};
use crate::document::{is_all_caps, is_capitalized, TokenKind};
use crate::lexicon::en;
use crate::span::Span;
use std::collections::HashSet;

/// Completes and retypes names around places, once the tagger's spans and
/// the rules above have settled: a place's name in two spans or with a word
/// left out ("British Columbia", "Grand Duchy of Poznań", "Cal Anderson
/// Park"), an event named after a place ("Reading Festival"), and a team
/// named after a place that "and" joins to another team ("Footscray and
/// North Melbourne", "Derbyshire and Surrey").
pub(super) fn names_around_places(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| doc.token_text(i);
    let text_of = |first: usize, last: usize| {
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    };
    let linked = |first: usize, last: usize| !gazetteer().lookup(text_of(first, last)).is_empty();
    let capitalized = |i: usize| {
        i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word && is_capitalized(words(i))
    };
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    // the end of the run of capitalised words after `last` that no place
    // holds, over at most `most` words: free words and whole spans of other
    // types, with the index of the first span after the run
    let run_after = |found: &[Found], n: usize, most: usize| {
        let last = found[n].last;
        let mut end = last;
        let mut owner = n + 1;
        while end - last < most && capitalized(end + 1) && same_sentence(last, end + 1) {
            crate::work::step(1);
            match found.get(owner) {
                Some(g) if g.first <= end + 1 => {
                    if g.type_index == PLACE || g.first < end + 1 || g.last - last > most {
                        break;
                    }
                    end = g.last;
                    owner += 1;
                }
                _ => end += 1,
            }
        }
        (end, owner)
    };
    // a possessive's token: "'s", or "'" and "s"
    let possessive = |k: usize| match words(k) {
        "'s" | "’s" | "'" | "’" => k > 0 && capitalized(k - 1),
        "s" => k > 0 && matches!(words(k - 1), "'" | "’"),
        _ => false,
    };
    // the names the article reads as places ("the former Yugoslavia")
    let place_names: HashSet<&str> = found
        .iter()
        .filter(|f| f.type_index == PLACE)
        .map(|f| text_of(f.first, f.last))
        .collect();
    // (no name longer than these can be one of them, nor be linked)
    let longest_place_name = place_names.iter().map(|name| name.len()).max().unwrap_or(0);
    let prefixes = |first: usize, last: usize| cx.prefixes(first, last);
    for f in &mut found {
        crate::work::step(1);
        // "south India": a compass word in lower case describes the place and
        // is no part of its name
        let lowercase = !words(f.first).starts_with(char::is_uppercase);
        if f.type_index == PLACE
            && f.first < f.last
            && lowercase
            && en::COMPASS_WORDS
                .words
                .iter()
                .any(|c| c.eq_ignore_ascii_case(words(f.first)))
        {
            f.first += 1;
        }
        // "translated from Latin", "in Greek": a language or a creed alone
        // is no place; nor is what a hall is of ("Hall of Fame")
        let hall = f.first >= 2 && words(f.first - 1) == "of" && words(f.first - 2) == "Hall";
        if f.type_index == PLACE
            && f.first == f.last
            && (en::LANGUAGES_AND_CREEDS.contains(words(f.first)) || hall)
            && !linked(f.first, f.last)
        {
            f.type_index = OTHER;
            continue;
        }
        if !matches!(f.type_index, PERSON | ORGANIZATION) || f.last == f.first {
            continue;
        }
        // "South Carolina Gov", "Texas Coach": a place and the title of its
        // officer (whose name follows) are the place
        let title = |j: usize| {
            let lower = words(j).to_lowercase();
            super::super::TITLE_WORDS.contains(&lower.as_str())
                || matches!(lower.as_str(), "gov" | "coach" | "mayor" | "sen" | "rep")
        };
        // (the titles that end the name, counted back once)
        let mut titles_from = f.last + 1;
        while titles_from > f.first + 1 && title(titles_from - 1) {
            crate::work::step(1);
            titles_from -= 1;
        }
        if let Some(end) = prefixes(f.first, f.last)
            .filter(|&end| end + 1 >= titles_from && linked(f.first, end))
            .last()
        {
            f.last = end;
            f.type_index = PLACE;
        }
    }
    // '" Anarchy in Tokyo "', '" Lawrence of Arabia "': a place inside a
    // short quotation written as a title (capitalised words and short
    // lowercase ones, a word of its own before the place) names a work
    let quote = |i: usize| matches!(words(i), "\"" | "“" | "”");
    for f in &mut found {
        crate::work::step(1);
        let (first, last) = (f.first, f.last);
        if f.type_index != PLACE || first == 0 {
            continue;
        }
        let Some(open) = (first.saturating_sub(6)..first).rev().find(|&i| quote(i)) else {
            continue;
        };
        let Some(close) = (last + 1..(last + 6).min(doc.tokens.len())).find(|&i| quote(i)) else {
            continue;
        };
        let titled = (open + 1..close).all(|i| {
            capitalized(i)
                || (i > open + 1
                    && matches!(
                        words(i),
                        "in" | "of" | "the" | "a" | "to" | "and" | "for" | "on" | "at"
                    ))
        });
        if open + 1 < first && titled && same_sentence(open, close) {
            f.type_index = OTHER;
        }
    }
    // "El Salvador", "La Paz": a capitalised word before a place that makes
    // a known place with it is part of its name
    for n in 0..found.len() {
        crate::work::step(1);
        let (first, last) = (found[n].first, found[n].last);
        let free = n == 0
            || found[n - 1].last + 1 < first
            || (found[n - 1].first + 1 == first && found[n - 1].type_index != PERSON);
        if found[n].type_index == PLACE
            && first > 0
            && free
            && capitalized(first - 1)
            && !doc.starts_sentence(first)
            && !OPENERS.contains(&words(first - 1))
            && linked(first - 1, last)
        {
            found[n].first = first - 1;
        }
    }
    found = drop_nested(found);
    // "Cold" and "Spring Harbor": two places with nothing between them are
    // one place the tagger split (not in capitals: "CHICAGO FLORIDA" are
    // two teams of a table)
    // (one pass: no removal from the middle of the list)
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(before) = merged.last_mut() {
            if before.type_index == PLACE
                && f.type_index == PLACE
                && before.last + 1 == f.first
                && same_sentence(before.last, f.first)
                && !is_all_caps(words(before.first))
                && !is_all_caps(words(f.first))
            {
                before.last = f.last;
                continue;
            }
        }
        merged.push(f);
    }
    let mut found = merged;
    // (`found[..kept]` are the spans settled; the spans a place takes in are
    // skipped, not drained from the middle of the list)
    let mut kept = 0;
    let mut n = 0;
    while n < found.len() {
        crate::work::step(1);
        let (first, last, type_index) = (found[n].first, found[n].last, found[n].type_index);
        // "Federal Republic of Yugoslavia", "People 's Republic of China"
        // taken for an organisation: a state's word, "of" and a known place
        // (the words before "of" are all capitalised up to `plain_until`;
        // suffixes are tried from the end while one may be known)
        let state = type_index != PLACE && {
            let mut plain_until = first;
            while plain_until < last && (capitalized(plain_until) || possessive(plain_until)) {
                crate::work::step(1);
                plain_until += 1;
            }
            (first + 1..last.min(plain_until + 1))
                .rev()
                .inspect(|_| crate::work::step(1))
                .take_while(|&j| {
                    cx.may_be_known(j + 1, last)
                        || doc.tokens[last].span.end - doc.tokens[j + 1].span.start
                            <= longest_place_name
                })
                .any(|j| {
                    words(j) == "of"
                        && en::STATES_OF.contains(words(j - 1))
                        && (linked(j + 1, last) || place_names.contains(text_of(j + 1, last)))
                })
        };
        if state {
            found[n].type_index = PLACE;
        }
        // "the province of British Columbia": a demonym or a place and the
        // words after it that the table knows as one place
        let mut next = n + 1;
        if matches!(type_index, PLACE | OTHER) && !is_all_caps(words(first)) {
            let (end, _) = run_after(&found, n, 2);
            if let Some(end) = (last + 1..=end).rev().find(|&end| linked(first, end)) {
                let owner = found[n + 1..]
                    .iter()
                    .inspect(|_| crate::work::step(1))
                    .take_while(|g| g.first <= end)
                    .count();
                if found[n + 1..=n + owner].iter().all(|g| g.last <= end) {
                    found[n].last = end;
                    found[n].type_index = PLACE;
                    next = n + 1 + owner;
                }
            }
        }
        found.swap(kept, n);
        kept += 1;
        n = next;
    }
    found.truncate(kept);
    for n in 0..found.len() {
        crate::work::step(1);
        if found[n].type_index != PLACE {
            continue;
        }
        let (first, last) = (found[n].first, found[n].last);
        // "the Reading Festival", "the Bangladesh Liberation War": a place
        // and capitalised words ending in an event's word name the event
        // (or the tagger's place span ends in the event's word: "the
        // Bangladesh Liberation War")
        let (end, owner) = run_after(&found, n, 3);
        let whole =
            last > first && !linked(first, last) && prefixes(first, last).any(|e| linked(first, e));
        // (the event's span may run on: "Liberation War of")
        let event = (first + 1..=end)
            .rev()
            .inspect(|_| crate::work::step(1))
            .find(|&e| capitalized(e))
            .is_some_and(|e| en::EVENT_WORDS.contains(words(e)));
        if (end > last || whole) && event {
            found[n].last = end;
            found[n].type_index = OTHER;
            for g in &mut found[n + 1..owner] {
                crate::work::step(1);
                g.type_index = OTHER;
            }
            continue;
        }
        // "the Grand Duchy of Poznań", "People 's Republic of China": a
        // state's word and "of" before a place are part of its name
        if first >= 2
            && words(first - 1) == "of"
            && en::STATES_OF.contains(words(first - 2))
            && same_sentence(first - 2, first)
        {
            let mut start = first - 2;
            let before = n.checked_sub(1).map(|m| &found[m]);
            // ("Grand Duchy" may be an "other" name of its own)
            match before {
                Some(g) if g.last >= start && !matches!(g.type_index, PLACE | OTHER) => continue,
                Some(g) if g.last >= start => start = g.first,
                _ => {}
            }
            // the state's capitalised words before it ("Grand", "Federal",
            // "People 's")
            let free = |i: usize| before.map_or(true, |g| g.last < i);
            // (each state's words are its own: after the span before it)
            while start > 0
                && free(start - 1)
                && (possessive(start - 1)
                    || (capitalized(start - 1)
                        && !doc.starts_sentence(start)
                        && !OPENERS.contains(&words(start - 1))))
            {
                crate::work::step(1);
                start -= 1;
            }
            found[n].first = start;
        }
    }
    found = drop_nested(found);
    // "Cal Anderson Park", "East Denny Way": a person's name before a way's
    // or a ground's word is the name of the way (a given name and a surname
    // like "Street" or "Way" stay a person, unless a preposition of place or
    // an article is before them)
    let bloom = super::super::tagger::Bloom::embedded();
    let given_name = |i: usize| {
        let lower = words(i).to_lowercase();
        bloom.is_some_and(|b| {
            ["m:", "f:"]
                .iter()
                .any(|t| b.contains(&format!("{t}{lower}")))
        })
    };
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        let way_word = en::WAYS.contains(words(f.last));
        let located = f.first > 0
            && matches!(
                words(f.first - 1),
                "at" | "in" | "near" | "from" | "on" | "of" | "the" | "a" | "an"
            );
        // "East Pike Way and Olive Place"
        let joined = n > 0
            && found[n - 1].type_index == PLACE
            && found[n - 1].last + 2 == f.first
            && words(f.first - 1) == "and";
        if f.type_index == PERSON
            && f.last > f.first
            && way_word
            && (located || joined || !given_name(f.first))
        {
            found[n].type_index = PLACE;
        }
        // "Harvey Milk Park": a person's name and a ground's word after it
        // (which `people` may have taken for an organisation's first words:
        // a name of plain capitalised words, no organisation's word)
        let f = &found[n];
        let named = f.type_index == PERSON
            || (f.type_index == ORGANIZATION
                && f.last > f.first
                && (f.first..=f.last).all(|j| {
                    capitalized(j)
                        && !ORGANIZATION_ENDINGS.contains(&words(j))
                        && !en::ORGANISATION_WORDS_AFTER_PLACES.contains(words(j))
                        && !ORGANIZATION_HEADS.contains(&words(j))
                }));
        if named
            && f.last + 1 < doc.tokens.len()
            && en::WAYS.contains(words(f.last + 1))
            && same_sentence(f.last, f.last + 1)
            && found.get(n + 1).map_or(true, |g| g.first > f.last + 1)
        {
            found[n].last += 1;
            found[n].type_index = PLACE;
        }
        let f = &found[n];
        if f.type_index == PLACE
            && way_word
            && n > 0
            && found[n - 1].type_index == PERSON
            && found[n - 1].last + 1 == f.first
        {
            found[n].first = found[n - 1].first;
            found[n - 1].type_index = PLACE;
        }
    }
    found = drop_nested(found);
    // "played with Footscray and North Melbourne": a city or region that
    // "and" joins to a team named after a place is a team
    let team_at = |found: &[Found], m: usize| {
        let g = &found[m];
        g.type_index == ORGANIZATION
            && g.last - g.first < 3
            && !is_all_caps(words(g.first))
            && !OPENERS.contains(&words(g.first))
            && (g.first..=g.last).all(capitalized)
            && !(g.first..=g.last).any(|j| {
                ORGANIZATION_ENDINGS.contains(&words(j))
                    || en::ORGANISATION_WORDS_AFTER_PLACES.contains(words(j))
            })
    };
    for _ in 0..2 {
        for n in 0..found.len() {
            crate::work::step(1);
            let f = &found[n];
            if f.type_index != PLACE
                || is_all_caps(words(f.first))
                || is_nation(text_of(f.first, f.last))
            {
                continue;
            }
            // ("near Ancaster and Grantham", "the Midwest and Interstate 5",
            // "Birmingham, Oxford and Portsmouth" are places, whatever the
            // tagger took the other for: a team's name takes no article, and
            // one odd word of a list says little)
            let joined = |a: &Found, b: &Found| {
                a.last + 2 == b.first
                    && matches!(words(a.last + 1), "and" | "&")
                    && !(a.first > 0
                        && matches!(
                            words(a.first - 1),
                            "in" | "near"
                                | "from"
                                | "at"
                                | "to"
                                | "between"
                                | "of"
                                | "the"
                                | "The"
                                | ","
                        ))
            };
            let before = n > 0 && joined(&found[n - 1], f) && team_at(&found, n - 1);
            let after = n + 1 < found.len() && joined(f, &found[n + 1]) && team_at(&found, n + 1);
            if before || after {
                found[n].type_index = ORGANIZATION;
            }
        }
    }
    found
}
