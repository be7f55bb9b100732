//! People: the last word on who is a person, after the tagger and the rules
//! of [`super`].
//!
//! **Finds** people the rules before missed ([`recover`], [`listed`]) and
//! sets their bounds ([`bounds`]):
//!
//! - a given name after an office or a company's ending inside a longer
//!   name ("Chrysler Chief Executive Robert Nardelli", "Chrysler LLC Jim
//!   Press"), a person's name after a known place ("President of the United
//!   States Barack Obama"), a headline's name whose surname the article
//!   gives a person ("Barack Obama");
//! - unknown capitalised words before a comma and a role ("Jusman Syafii
//!   Djamal, minister of transport") or right after a noun of a role, trade
//!   or kin ("the pianist András", "Sheriff Don Eslinger", "her sister
//!   Sara");
//! - a name between two people of a list, or two or three words next to one
//!   ("Franciszek Mickiewicz and Eweryst Estkowski");
//! - initials and a quoted nickname join a name to its surname ("Forrest J
//!   Ackerman", "C. H. Douglas", "William \"Cowboy\" Cowley"); ranks stay
//!   out ("Major Saturnino Castro"), and ranks alone are no one;
//! - a regnal number or an epithet ends a name ("King Carlos I", "Henry
//!   VIII", "Peter the Great"), a lowercase verb the tagger took in does not
//!   ("Shannon put"), and a noun of origin or trade or a title before a
//!   given name stays out ("Queenslander Mitchell Rawlins"), an unknown
//!   given name does not ("Nadja Angelique Beauford"), nor a preposition
//!   the tagger ran into ("( Of Shree Saptakoteshwar )");
//! - a name of two words or more that the article gives a person at least
//!   as often as anything else is that person wherever the tagger took it
//!   for another name ("Rahel Levin");
//! - a lone given name the tagger left out everywhere is a person when the
//!   article uses it twice or more inside sentences and never as a common
//!   word, a place or part of a longer name ("Jeff and Hayley get back
//!   together");
//! - a name followed by its years of life in brackets ("( 1795-1873 )",
//!   "( born August 23 , 1993 )"), "was born" or "died in" is a person
//!   whatever the tagger said;
//! - a disc jockey's or a rapper's stage name is a person with its prefix
//!   ("DJ AM", "MC Kano");
//! - a lone surname of a person the article names in full is that person
//!   where the tagger left it out ("Cowley broke in", "Jobs then moved on":
//!   a surname that is also a common word only when the article never
//!   writes it in lower case);
//! - a given name opening two or three words no list knows as common words,
//!   which the tagger took for an organisation ("Susan Faludi", "Li
//!   Shimin"), and a given name left out just before a person ("CEO Steve
//!   Jobs").
//!
//! **Finds** names that are not people although they look like a person's
//! name, from the words around them, and gives them their likely type:
//!
//! - a determiner before it ("the Falcons", "a Beautiful Lie", "The Ayalon
//!   Cave"): a person's name almost never follows "the" or "a" (CoNLL-2003
//!   train: 35 of 6,600 people, against 2,700 places, organisations and
//!   others), unless it modifies a noun ("the Marc Dutroux case", "the
//!   Schlegel brothers", "a Buddy Rich concert");
//! - a lone noun of places or bodies ("Hall", "Center") right after a
//!   capitalised word the tagger left out, or before "of" and a capitalised
//!   word ("Hall of Fame"), is the tail of a longer name;
//! - a name that opens with no given name and ends in the plural of a
//!   common noun ("Mountain Bikes", "Johnson Controls") is no person;
//! - a word that mixes letters and digits or ends in a capital after a
//!   lowercase letter ("ITV1", "Ez2DJ", "TraX", "Pirelli SpA") is a code,
//!   a product or a company, never a person's name;
//! - a definition: "Aisby is a village", "Linkin Park are an American rock
//!   band", "Blue Winds Dancing ( 1938 ) is a short story", "Caloi was
//!   founded in 1898": the noun says what it is (a place, an organisation or
//!   a work), and so does a name's last word ("Perry Stadium", "Carnegie
//!   Hall"), unless a given name and a surname make it ("Damon Hill");
//! - a year alone in brackets after it dates a work ("Hollywood Canteen
//!   ( 1944 )"), where a person's brackets give years of life;
//! - a kind of group or work just before it ("the band Van Canto", "the
//!   magazine Kerrang");
//! - a name cut before a capitalised common word or a noun of places,
//!   groups and works ("Hinkley Locomotive Works", "Revolver Records",
//!   "West Virginia Normal School"), or right after a capitalised common
//!   word the tagger left out inside a sentence ("the Discovery Institute",
//!   "Spanish Air Defense Command"), is part of a longer name;
//! - an apposition defines like "is a" ("Staedtler, a stationery company"),
//!   and a name between organisations of a list is one ("Sears, JC Penney,
//!   and Macy's");
//! - the names of a list of three or more are organisations when a plural
//!   noun of groups introduces or closes it ("bands such as ...", "major
//!   clients include ...", "..., and several other bands"), or when an
//!   item ends in an organisation's word ("Twilite Orchestra") or two are
//!   organisations to the tagger; a person whose given name opens a name
//!   of two words or more stays one ("Chick Corea"), and so does, without
//!   the plural noun, any name with a word the lists know as a given name
//!   or a surname; a place the gazetteer knows stays a place ("Kansas");
//! - a name running on into a capitalised word is the start of a longer
//!   name ("Ford Australia", "Dreman Value Management"), or one person with
//!   the person right after it, whom the tagger cut off ("Rui" "Gomez
//!   Pereira");
//! - a name ending in a company's word ("General Motors", where "General"
//!   looked like a rank) is a company, and a name after "St." is a town, a
//!   church or a team ("St. Louis Eagles");
//! - one label per name across the article: once "Mars" is a band, every
//!   bare "Mars" is (a name followed by more capitalised words, as in "the
//!   John Smith Foundation", says nothing of "John Smith" elsewhere);
//! - capitalised common words (CoNLL's lower-case words, when the article
//!   writes them in lower case too) no list knows as a name: a lone one, or
//!   several whose first is no given name and whose last is no surname (a
//!   byline's "Creative Writer"), and a lone given name the article uses
//!   once with no role to introduce it ("devouring Art in any form", but
//!   "his wife, Karen"), unless the article names the person in full, a
//!   title precedes or a verb of speech follows;
//! - a lone word the article writes as a place after "in", "at", "to",
//!   ... is that place everywhere ("branches to Harrison ... Harrison had a
//!   station"), unless a person's full name has it;
//! - an unknown place after "the" that no preposition governs ("the
//!   Coronavirus was borne in China") is a thing, not a place.
//!
//! **Misses**: bands and teams named like people with no such cue ("Orgy,
//! Velvet Revolver, and Linkin Park" after "credits include"), lists broken
//! by brackets ("Les Bains ( later Chaos ), ..."), bands named like places
//! the gazetteer knows ("Kansas"), people named after a determiner that is part of a
//! nickname ("the Rock"), characters of a plot summary named once by their
//! given name, stage names in capitals with no prefix ("LL Cool J"), and a
//! company named like a person with no cue around it ("Herman Miller").
//!
//! Each rule is a file of this folder, run in the order of [`RULES`].

mod helpers;
mod words;

mod bounds;
mod codes;
mod companies_and_saints;
mod demote;
mod fragments;
mod given_names;
mod given_names_alone;
mod groups_listed;
mod kin;
mod listed;
mod lives;
mod noun_tails;
mod officers;
mod plural_nouns;
mod recover;
mod run_on;
mod same_names;
mod stage_names;
mod surnames_again;

/// What the rule files share: the document, the names, their types, the
/// word lists and the helpers.
mod prelude {
    pub(super) use std::collections::{HashMap, HashSet};

    pub(super) use super::helpers::*;
    pub(super) use super::words::*;
    pub(super) use super::{ORGANIZATION, OTHER, PERSON, PLACE};
    pub(super) use crate::document::{Document, TokenKind};
    pub(super) use crate::extract::names::{
        covered_tokens, gazetteer, is_calendar_word, name_at_tokens, tagger, Found,
        KNOWN_ORGANIZATIONS, OFFICES, ORGANIZATION_ENDINGS, PERSON_TITLES, SPEECH_VERBS,
        TITLE_NOUNS, TITLE_WORDS,
    };
    pub(super) use crate::span::Span;
}

use crate::document::Document;
use crate::extract::names::Found;

/// For a rule's tests: whether the one name `first..=last` of `text`, given
/// to `rule` as a person, is still a person after it.
#[cfg(test)]
fn still_person(rule: fn(&Document, &mut [Found]), text: &str, first: usize, last: usize) -> bool {
    let doc = Document::new(text);
    let mut found = vec![Found {
        first,
        last,
        type_index: PERSON,
        margin: 1.0,
    }];
    rule(&doc, &mut found);
    found[0].type_index == PERSON
}

/// Type indices of [`Found`] (the tagger's order).
const PERSON: usize = 0;
const PLACE: usize = 1;
const ORGANIZATION: usize = 2;
const OTHER: usize = 3;

/// One rule: its name and the pass it makes over the names.
type Rule = (&'static str, fn(&Document, &mut Vec<Found>));

/// The people rules, in the order they run: finders first (people the
/// tagger missed and their bounds), then the rules that take the person
/// type from names that are no people, then the article-wide votes.
pub(super) const RULES: &[Rule] = &[
    ("recover", recover::recover),
    ("listed", listed::listed),
    ("bounds", bounds::bounds),
    ("given_names", |doc, found| {
        given_names::given_names(doc, found)
    }),
    ("fragments", |doc, found| fragments::fragments(doc, found)),
    ("surnames_again", surnames_again::surnames_again),
    ("officers", officers::officers),
    ("kin", |doc, found| kin::kin(doc, found)),
    ("groups_listed", |doc, found| {
        groups_listed::groups_listed(doc, found)
    }),
    ("demote", |doc, found| demote::demote(doc, found)),
    ("run_on", run_on::run_on),
    ("companies_and_saints", |doc, found| {
        companies_and_saints::companies_and_saints(doc, found)
    }),
    ("stage_names", |doc, found| {
        stage_names::stage_names(doc, found)
    }),
    ("lives", |doc, found| lives::lives(doc, found)),
    ("noun_tails", |doc, found| {
        noun_tails::noun_tails(doc, found)
    }),
    ("plural_nouns", |doc, found| {
        plural_nouns::plural_nouns(doc, found)
    }),
    ("codes", |doc, found| codes::codes(doc, found)),
    ("same_names", |doc, found| {
        same_names::same_names(doc, found)
    }),
    ("given_names_alone", given_names_alone::given_names_alone),
];

/// Corrects the people in `found` (sorted, not overlapping): finds people
/// the rules before missed ([`recover`]), then takes the person type from
/// names that are not people.
pub(in crate::extract::names) fn correct(doc: &Document, found: &mut Vec<Found>) {
    for (_, rule) in RULES {
        rule(doc, found);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::tests::names;

    #[test]
    fn names_at_the_very_end_never_panic() {
        for text in [
            "said the pianist András",
            "Barack Obama",
            "Jusman Syafii Djamal,",
            "Tieck, Schelling",
            "Forrest J",
            "the Falcons",
            "Mr \"Cowboy",
        ] {
            let _ = names(text);
        }
    }
}
