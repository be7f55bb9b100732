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

use std::collections::{HashMap, HashSet};

use super::{
    covered_tokens, gazetteer, is_calendar_word, name_at_tokens, tagger, Found,
    KNOWN_ORGANIZATIONS, OFFICES, ORGANIZATION_ENDINGS, PERSON_TITLES, SPEECH_VERBS, TITLE_NOUNS,
    TITLE_WORDS,
};
use crate::document::{Document, TokenKind};
use crate::span::Span;

/// Type indices of [`Found`] (the tagger's order).
const PERSON: usize = 0;
const PLACE: usize = 1;
const ORGANIZATION: usize = 2;
const OTHER: usize = 3;

/// Lowercase words after a name that do not make it a modifier of a noun
/// ("the Laboratory has", "the Symposium in"): verbs, prepositions, conjunctions.
const NOT_NOUNS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can",
    "could", "may", "might", "should", "must", "did", "does", "do", "said", "says", "and", "or",
    "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "than",
    "that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "since",
    "until", "during", "about", "against", "between", "through", "over", "under", "also", "then",
    "not", "if", "so", "because", "its", "their", "his", "her", "it", "they", "he", "she", "we",
    "won", "lost", "became", "began", "released", "played", "made",
];

/// Prepositions that govern a place ("in the Ruhr", "across the Sahel").
const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "near",
    "to",
    "from",
    "into",
    "onto",
    "across",
    "through",
    "throughout",
    "of",
    "around",
    "outside",
    "inside",
    "over",
    "under",
    "within",
    "toward",
    "towards",
    "via",
    "along",
    "beyond",
    "off",
    "past",
    "by",
];

/// Nouns that say a defined name is a place.
const PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "commune",
    "suburb",
    "hamlet",
    "municipality",
    "district",
    "parish",
    "county",
    "province",
    "region",
    "area",
    "neighbourhood",
    "neighborhood",
    "settlement",
    "river",
    "lake",
    "mountain",
    "hill",
    "valley",
    "island",
    "cave",
    "park",
    "beach",
    "halt",
    "station",
    "stadium",
    "arena",
    "building",
    "house",
    "castle",
    "church",
    "cathedral",
    "bridge",
    "dock",
    "port",
    "harbour",
    "harbor",
    "airport",
    "street",
    "road",
    "square",
    "sum",
    "peninsula",
    "forest",
    "mall",
];
/// Nouns that say a defined or introduced name is an organisation.
const ORGANIZATION_NOUNS: &[&str] = &[
    "band",
    "group",
    "duo",
    "trio",
    "quartet",
    "orchestra",
    "ensemble",
    "team",
    "club",
    "company",
    "firm",
    "manufacturer",
    "corporation",
    "brand",
    "label",
    "magazine",
    "newspaper",
    "network",
    "channel",
    "school",
    "university",
    "college",
    "party",
    "organisation",
    "organization",
    "association",
    "society",
    "league",
    "retailer",
    "chain",
    "airline",
    "publisher",
    "provider",
    "division",
    "subsidiary",
    "store",
    "restaurant",
    "nightclub",
    "venue",
];
/// Nouns that say a defined or introduced name is a work or a thing.
const WORK_NOUNS: &[&str] = &[
    "album",
    "single",
    "song",
    "film",
    "movie",
    "novel",
    "book",
    "story",
    "poem",
    "play",
    "opera",
    "musical",
    "series",
    "show",
    "game",
    "award",
    "trophy",
    "prize",
    "festival",
    "convention",
    "ship",
    "aircraft",
    "car",
    "language",
    "anthem",
    "hymn",
];
/// More last words of names of places, organisations and works, which are
/// no nouns a definition gives ("Carnegie Hall", "Carnival Cruise Lines").
const NAME_ENDINGS: &[(&str, usize)] = &[
    ("hall", ORGANIZATION),
    ("theatre", ORGANIZATION),
    ("theater", ORGANIZATION),
    ("centre", PLACE),
    ("center", PLACE),
    ("lines", ORGANIZATION),
    ("railroad", ORGANIZATION),
    ("railway", ORGANIZATION),
    ("brook", PLACE),
    ("mills", PLACE),
    ("awards", OTHER),
    ("bowl", OTHER),
    ("cup", OTHER),
    ("laboratory", ORGANIZATION),
    ("symposium", OTHER),
    ("hotel", ORGANIZATION),
    ("press", ORGANIZATION),
    ("records", ORGANIZATION),
    ("revolution", OTHER),
    ("masters", OTHER),
    ("reservoir", PLACE),
    ("playfield", PLACE),
    ("gym", PLACE),
    ("complex", PLACE),
    ("institute", ORGANIZATION),
];

/// Participles after "is" or "was" that say a name is an organisation
/// ("Caloi was founded in 1898", "The trust was established").
const FOUNDED: &[&str] = &[
    "founded",
    "established",
    "incorporated",
    "headquartered",
    "renamed",
    "acquired",
    "listed",
    "merged",
];

/// Words that are not names by themselves (tokens of the definition window
/// that end the search for its noun).
const STOPS: &[&str] = &[
    "of", "who", "which", "that", "for", "by", "with", "and", "at", "in", "on", "from", "to",
    "near", "whose", "based",
];

/// Whether token `i` is a capitalised word, not all in capitals ("Obama",
/// not "NATO" or "obama").
#[inline(never)]
fn capitalized_word(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && crate::document::is_capitalized(doc.token_text(i))
        && !crate::document::is_all_caps(doc.token_text(i))
}

/// What the word lists say of `word` ([`tagger::Bloom::classify`]).
#[inline(never)]
fn classes_of(word: &str) -> &'static str {
    tagger::Bloom::embedded().map_or("-", |b| b.classify(&word.to_lowercase()))
}

/// Whether `word` is in `list` (one function rather than a comparison of
/// every word inlined at every test: less code in the WASM).
#[inline(never)]
fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether `word` is in `list`, ignoring ASCII case (with no allocation).
#[inline(never)]
fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// What a lowercase noun says a name is, if anything.
#[inline(never)]
fn type_of_noun(noun: &str) -> Option<usize> {
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    let is = |list: &[&str]| list.contains(&noun) || list.contains(&singular);
    if is(PLACE_NOUNS) {
        Some(PLACE)
    } else if is(ORGANIZATION_NOUNS) {
        Some(ORGANIZATION)
    } else if is(WORK_NOUNS) {
        Some(OTHER)
    } else {
        None
    }
}

/// Offices and roles in an apposition after a name ("Jusman Syafii Djamal,
/// minister of transport") or before it inside a longer name ("Chrysler
/// Chief Executive Robert Nardelli").
const ROLES: &[&str] = &[
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "secretary",
    "governor",
    "senator",
    "mayor",
    "ambassador",
    "ceo",
    "founder",
    "co-founder",
    "head",
    "leader",
    "manager",
    "executive",
    "officer",
    "analyst",
    "professor",
    "official",
    "commissioner",
    "vice",
    "deputy",
    "coach",
    "captain",
    "chancellor",
    "premier",
    "prime",
    "spokesman",
    "economist",
    "author",
];

/// Nouns of a person's role, trade or kin, right before the person's name
/// ("pianist András", "her sister Sara", "Texas Coach Darrell Royal").
const PERSON_NOUNS: &[&str] = &[
    "writer",
    "singer",
    "songwriter",
    "singer-songwriter",
    "rapper",
    "pianist",
    "guitarist",
    "bassist",
    "drummer",
    "saxophonist",
    "trumpeter",
    "violinist",
    "vocalist",
    "composer",
    "conductor",
    "poet",
    "novelist",
    "playwright",
    "painter",
    "sculptor",
    "artist",
    "actor",
    "actress",
    "comedian",
    "director",
    "coach",
    "manager",
    "player",
    "teammate",
    "member",
    "president",
    "chairman",
    "sheriff",
    "senator",
    "governor",
    "mayor",
    "minister",
    "founder",
    "owner",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "father",
    "mother",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "character",
    "mathematician",
    "physicist",
    "chemist",
    "biologist",
    "scientist",
    "economist",
    "historian",
    "philosopher",
    "journalist",
    "reporter",
    "editor",
    "photographer",
    "architect",
    "engineer",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "pitcher",
    "senior",
    "junior",
    "seniors",
    "juniors",
    "obstetrician",
    "surgeon",
    "famer",
    "proponent",
    "spokesman",
    "spokeswoman",
];

/// Roles that are titles when capitalised before a name.
const CAPITALIZED_ROLES: &[&str] = &[
    "coach",
    "sheriff",
    "senator",
    "governor",
    "mayor",
    "minister",
    "president",
    "chairman",
    "judge",
    "director",
    "professor",
    "captain",
];

/// Corrects the people in `found` (sorted, not overlapping): finds people
/// the rules before missed ([`recover`]), then takes the person type from
/// names that are not people.
pub(super) fn correct(doc: &Document, found: &mut Vec<Found>) {
    recover(doc, found);
    listed(doc, found);
    bounds(doc, found);
    given_names(doc, found);
    fragments(doc, found);
    surnames_again(doc, found);
    officers(doc, found);
    kin(doc, found);
    groups_listed(doc, found);
    demote(doc, found);
    run_on(doc, found);
    companies_and_saints(doc, found);
    stage_names(doc, found);
    lives(doc, found);
    noun_tails(doc, found);
    plural_nouns(doc, found);
    codes(doc, found);
    same_names(doc, found);
    given_names_alone(doc, found);
}

/// "Hayley gets into an argument ... Jeff and Hayley get back together": a
/// lone word the lists know as a given name and not as a common word, which
/// the tagger left out everywhere, is a person when the article uses it
/// twice or more inside sentences, never in lower case nor as part of a
/// longer name, and no gazetteer knows it as a place.
fn given_names_alone(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    // the words other names have: "Jordan" after "Michael Jordan"
    let named: HashSet<&str> = found
        .iter()
        .flat_map(|f| (f.first..=f.last).map(words))
        .collect();
    // (borrowed, not lowercased: no allocation per word)
    let lowercase: HashSet<&str> = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.text(doc.text))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    // a capitalised word left out, alone ("Jeff and Hayley get")
    let candidate = |i: usize| {
        !covered[i]
            && capitalized_word(doc, i)
            && !(i > 0 && same_sentence(i - 1, i) && capitalized_word(doc, i - 1))
            && !(same_sentence(i, i + 1) && capitalized_word(doc, i + 1))
    };
    // per word: its uses inside a sentence, not after a preposition ("the
    // siege lines of Petersburg"); and the words used before a number
    // ("Jan 10": a month)
    let mut inside: HashMap<&str, usize> = HashMap::new();
    let mut dated: HashSet<&str> = HashSet::new();
    for i in (0..doc.tokens.len()).filter(|&i| candidate(i)) {
        crate::work::step(1);
        if i > 0 && same_sentence(i - 1, i) && !in_list(words(i - 1), PREPOSITIONS) {
            *inside.entry(words(i)).or_default() += 1;
        }
        if same_sentence(i, i + 1) && words(i + 1).starts_with(|c: char| c.is_ascii_digit()) {
            dated.insert(words(i));
        }
    }
    let people: HashSet<&str> = inside
        .into_iter()
        .filter(|&(word, uses)| {
            let classes = classes_of(word);
            let lower = word.to_lowercase();
            uses >= 2
                && !named.contains(word)
                && !dated.contains(word)
                && word.chars().count() >= 3
                && word.chars().all(char::is_alphabetic)
                && classes.contains(['M', 'F'])
                && !classes.contains('W')
                && !lowercase.contains(lower.as_str())
                && !is_calendar_word(&lower)
                && gazetteer().lookup(word).is_empty()
        })
        .map(|(word, _)| word)
        .collect();
    if people.is_empty() {
        return;
    }
    for i in (0..doc.tokens.len()).filter(|&i| candidate(i) && people.contains(words(i))) {
        crate::work::step(1);
        found.push(Found {
            first: i,
            last: i,
            type_index: PERSON,
            margin: 1.0,
        });
    }
    found.sort_by_key(|f| f.first);
}

/// "Rahel Levin ... the salons of Rahel Levin": a name of two words or more
/// that the article gives a person elsewhere is that person wherever the
/// tagger took it for an organisation or another name, unless capitalised
/// words around it make it part of a longer name ("the Rahel Levin
/// Foundation").
fn same_names(doc: &Document, found: &mut [Found]) {
    let text = |f: &Found| {
        Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end).text(doc.text)
    };
    // per name of two words or more: how often it is a person, and how
    // often something else
    let mut people: HashMap<&str, usize> = HashMap::new();
    let mut others: HashMap<&str, usize> = HashMap::new();
    for f in found.iter().filter(|f| f.last > f.first) {
        crate::work::step(1);
        let votes = if f.type_index == PERSON {
            &mut people
        } else {
            &mut others
        };
        *votes.entry(text(f)).or_default() += 1;
    }
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if !matches!(f.type_index, ORGANIZATION | OTHER) || f.last == f.first {
            continue;
        }
        // (the person more often than not: "Aer Lingus Chief Executive
        // Dermot Mannion" makes no person of every "Aer Lingus")
        let votes = |map: &HashMap<&str, usize>| map.get(text(f)).copied().unwrap_or(0);
        let person = votes(&people) > 0 && votes(&people) >= votes(&others);
        let inside = (f.first > 0
            && same_sentence(f.first - 1, f.first)
            && capitalized_word(doc, f.first - 1))
            || (same_sentence(f.last, f.last + 1) && capitalized_word(doc, f.last + 1));
        if person && !inside {
            f.type_index = PERSON;
        }
    }
}

/// The Associated Press's abbreviations of the US states, without their
/// periods, and the states it writes out ("R-Utah"); postal codes ("D-NY")
/// are any two capitals.
const US_STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "NH", "NJ", "NM", "NY",
    "NC", "ND", "Okla", "Ore", "Pa", "RI", "SC", "SD", "Tenn", "Vt", "Va", "Wash", "WVa", "Wis",
    "Wyo", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
];

/// "Ez2DJ", "ITV1", "MP3 Player", "TraX", "Pirelli SpA": a word that mixes
/// letters and digits, or ends in a capital after a lowercase letter, is a
/// code, a product or a company's name, never a person's (whose inner
/// capitals follow a prefix: "McGrath", "LeRoi", "DaHv"). So is a party and
/// state after a politician's name ("McConnell, R-Ky.", "D-Md", "I-Vt").
fn codes(doc: &Document, found: &mut [Found]) {
    let code = |word: &str| {
        let digits = word.contains(|c: char| c.is_ascii_digit());
        let letters = word.contains(char::is_alphabetic);
        let mut chars = word.chars().rev();
        let capital_last = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        let party = word
            .strip_prefix(['D', 'R', 'I'])
            .and_then(|w| w.strip_prefix('-'));
        let party_and_state = party.is_some_and(|state| {
            let state: String = state.chars().filter(|&c| c != '.').collect();
            (state.len() == 2 && state.chars().all(|c| c.is_ascii_uppercase()))
                || US_STATE_ABBREVIATIONS.contains(&state.as_str())
        });
        (digits && letters) || capital_last || party_and_state
    };
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        if (f.first..=f.last).any(|i| code(doc.token_text(i))) {
            f.type_index = OTHER;
        }
    }
}

/// "Mountain Bikes", "Dark Room Notes", "Johnson Controls": a name of two
/// words or more that opens with no given name and ends in the plural of a
/// common noun (the lists know "bike", not "bikes", as no name) names
/// products or a company, not a person ("Williams", "Evans" and "Brooks"
/// are names of the lists).
fn plural_nouns(doc: &Document, found: &mut [Found]) {
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

/// "Centennial Hall", "the Athletics Hall of Honor", "Center for Science
/// and Culture": a lone noun of places and bodies that the tagger took for
/// a person (Hall is a surname too) is part of a longer name when a
/// capitalised word the tagger left out comes right before it, or "of" or
/// "for" and a capitalised word right after it.
fn noun_tails(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    let same_sentence = |a: usize, b: usize| {
        b < doc.tokens.len() && doc.tokens[a].sentence == doc.tokens[b].sentence
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index != PERSON || f.first != f.last {
            continue;
        }
        let lower = words(f.first).to_lowercase();
        let noun =
            type_of_noun(&lower).is_some() || NAME_ENDINGS.iter().any(|(noun, _)| *noun == lower);
        if !noun {
            continue;
        }
        let i = f.first;
        let before = i > 1
            && same_sentence(i - 1, i)
            && same_sentence(i - 2, i - 1)
            && !covered[i - 1]
            && capitalized_word(doc, i - 1);
        let after = same_sentence(i, i + 2)
            && matches!(words(i + 1), "of" | "for")
            && capitalized_word(doc, i + 2);
        // (a tail alone is no place either: reported as one it would
        // only cut the longer name short)
        if before || after {
            f.type_index = ORGANIZATION;
        }
    }
}

/// "Moritz Heinrich Romberg ( 1795-1873 )", "Dahvin Daniels ( born August
/// 23 , 1993 )", "Keim was born in Senlis", "She died in 1890": a name
/// followed by its years of life in brackets, "was born" or "died in" is
/// a person's, whatever the tagger took it for (WikiGold: 34 such names,
/// all people).
fn lives(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let year = |i: usize| {
        let word = words(i);
        (3..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
    };
    // "1795-1873" as one token, or "1795 -- 1873" as three
    let years = |i: usize| {
        let word = words(i);
        let range = word.split_once(['-', '–']).is_some_and(|(a, b)| {
            (3..=4).contains(&a.len())
                && (3..=4).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|b| b.is_ascii_digit())
        });
        (range && words(i + 1) == ")")
            || (year(i) && matches!(words(i + 1), "-" | "--" | "–") && year(i + 2))
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.type_index == PERSON || f.last - f.first > 3 {
            continue;
        }
        let next = f.last + 1;
        let life = next + 1 < doc.tokens.len()
            && doc.tokens[next + 1].sentence == doc.tokens[f.last].sentence
            && ((words(next) == "(" && (words(next + 1) == "born" || years(next + 1)))
                || (words(next) == "was" && words(next + 1) == "born")
                || (words(next) == "died" && matches!(words(next + 1), "in" | "on" | "at")));
        let named = (f.first..=f.last)
            .all(|i| capitalized_word(doc, i) || in_list(words(i), super::NAME_PARTICLES))
            && capitalized_word(doc, f.first);
        if life && named {
            f.type_index = PERSON;
        }
    }
}

/// "DJ AM", "MC Kano", "DJ Green Lantern": a disc jockey's or a rapper's
/// stage name, which the tagger takes for an organisation, is a person
/// with its prefix; before a given name the prefix is a role ("DJ Trevor
/// Nelson"), left to the tagger.
fn stage_names(doc: &Document, found: &mut [Found]) {
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

/// "General Motors", "St. Louis Eagles", "St. Thomas": a person's name
/// that ends in a company's word ("Motors", whose "General" the rules took
/// for a rank) is a company, and one right after "St." is a saint's town,
/// church or team, not a person of the article.
fn companies_and_saints(doc: &Document, found: &mut [Found]) {
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

/// Suffixes after a person's name that are no part of a longer name.
const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "Junior", "Senior"];

/// "Rui Gomez Pereira", "Lincoln Park", "Ford Australia", "Aer Lingus": a
/// person's name runs on into the capitalised word right after it (in the
/// same line of prose, not a title-case headline). When that word opens
/// another person (the tagger cut one name in two) the two are one person;
/// otherwise the person is the first words of a longer name (a place, a
/// company, a school) and no person. A day or a month ends a name
/// ("Insulza Monday") and so does a suffix ("Jr."). (CoNLL-2003 dev,
/// WikiGold and MEANTIME: 36 such people, 35 of them wrong.)
fn run_on(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    // the sentences that are prose: with a lowercase word of four letters
    // or more ("Obama Says Museum Will Tell" is a headline)
    let mut prose = vec![false; doc.sentences.len()];
    for t in &doc.tokens {
        crate::work::step(1);
        if t.kind == TokenKind::Word
            && t.span.text(doc.text).starts_with(char::is_lowercase)
            && t.span.len() >= 4
        {
            if let Some(p) = prose.get_mut(t.sentence) {
                *p = true;
            }
        }
    }
    let mut merged = false;
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        let next = f.last + 1;
        if f.type_index != PERSON
            || next >= doc.tokens.len()
            || doc.tokens[next].sentence != doc.tokens[f.last].sentence
            || !prose
                .get(doc.tokens[next].sentence)
                .copied()
                .unwrap_or(false)
            || !capitalized_word(doc, next)
            || doc.text[doc.tokens[f.last].span.end..doc.tokens[next].span.start].contains('\n')
            || is_calendar_word(&words(next).to_lowercase())
            || is_in(NAME_SUFFIXES, words(next))
        {
            continue;
        }
        match found.get(n + 1) {
            // one person cut in two ("Rui" "Gomez Pereira"), unless the
            // second is a list ("Fresquet & Angelo") or the whole too long
            Some(g) if g.first == next && g.type_index == PERSON => {
                let head = words(g.last).to_lowercase();
                let joined = g.last - f.first < 4
                    && (g.first..=g.last).all(|i| !matches!(words(i), "&" | "and" | ","))
                    && type_of_noun(&head).is_none()
                    && !NAME_ENDINGS.iter().any(|(noun, _)| *noun == head);
                if joined {
                    found[n + 1].first = found[n].first;
                    found[n].type_index = OTHER;
                    merged = true;
                } else {
                    found[n].type_index = ORGANIZATION;
                }
            }
            _ => found[n].type_index = ORGANIZATION,
        }
    }
    if merged {
        // the first half of a joined pair goes (one pass, no removal from
        // the middle of the list)
        let gone: Vec<bool> = (0..found.len())
            .map(|n| {
                crate::work::step(1);
                found
                    .get(n + 1)
                    .is_some_and(|g| found[n].first == g.first && found[n].type_index == OTHER)
            })
            .collect();
        let mut n = 0;
        found.retain(|_| {
            n += 1;
            !gone[n - 1]
        });
    }
}

/// "Tieck, Schelling, Novalis": capitalised words left out (or taken for an
/// organisation or "other" name) between two people of a list are a person,
/// and so are two or three such words next to one person of the list
/// ("Franciszek Mickiewicz and Eweryst Estkowski"), unless a word is a known
/// place or a common word.
fn listed(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let classes = |i: usize| classes_of(words(i));
    let capitalized = |i: usize| capitalized_word(doc, i);
    let separator = |i: usize| matches!(words(i), "," | "and" | "&");
    let covered = name_at_tokens(doc, found);
    let person_at = |i: usize| {
        covered
            .get(i)
            .and_then(|&n| found.get(n))
            .is_some_and(|f| f.type_index == PERSON)
    };
    let mut people: Vec<Found> = Vec::new();
    let mut retyped: Vec<usize> = Vec::new();
    let mut i = 2;
    while i + 1 < doc.tokens.len() {
        crate::work::step(1);
        // an "other" name the tagger found, or capitalised words it left out
        let other = found.get(covered[i]).filter(|f| {
            matches!(f.type_index, ORGANIZATION | OTHER)
                && f.first == i
                && !is_in(ORGANIZATION_ENDINGS, words(f.last))
                && !is_in(KNOWN_ORGANIZATIONS, words(f.last))
        });
        if (covered[i] != usize::MAX && other.is_none()) || !capitalized(i) || !separator(i - 1) {
            i += 1;
            continue;
        }
        let mut last = i;
        match other {
            Some(f) => last = f.last,
            None => {
                while last + 1 < doc.tokens.len()
                    && last - i < 2
                    && covered[last + 1] == usize::MAX
                    && capitalized(last + 1)
                {
                    last += 1;
                }
            }
        }
        let sentence = doc.tokens[i].sentence;
        let same = |j: usize| doc.tokens.get(j).is_some_and(|t| t.sentence == sentence);
        let left = person_at(i - 2) && same(i - 2);
        let right = separator(last + 1) && person_at(last + 2) && same(last + 2);
        let closed = separator(last + 1) || !capitalized(last + 1);
        let names = (i..=last).all(|j| {
            !classes(j).contains('W')
                && !is_calendar_word(&words(j).to_lowercase())
                && gazetteer().lookup(words(j)).is_empty()
        }) && (last > i || other.map_or(true, |f| f.type_index == OTHER));
        // one word next to one person may be anything ("Tieck, Hamburg")
        if closed && names && ((left && right) || ((left || right) && last > i)) {
            match other.map(|_| covered[i]) {
                Some(n) => retyped.push(n),
                None => people.push(Found {
                    first: i,
                    last,
                    type_index: PERSON,
                    margin: 1.0,
                }),
            }
        }
        i = last + 1;
    }
    for n in retyped {
        crate::work::step(1);
        found[n].type_index = PERSON;
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

/// Roman numbers of rulers and heirs after a name ("Carlos I", "Henry VIII",
/// "Eberhard Faber V").
const REGNAL_NUMBERS: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI",
];
/// Titles of rulers, after which a lone "I" is a number, not a pronoun.
const RULERS: &[&str] = &[
    "king", "queen", "emperor", "empress", "tsar", "czar", "pope", "sultan", "shah", "prince",
    "princess", "duke", "duchess", "pharaoh", "kaiser",
];
/// Epithets after "the" that end a ruler's name ("Friedrich the Great").
const EPITHETS: &[&str] = &[
    "Great",
    "Elder",
    "Younger",
    "Conqueror",
    "Magnificent",
    "Bold",
    "Pious",
    "Wise",
    "Terrible",
    "Confessor",
    "Lionheart",
    "Fair",
    "Bald",
    "Fat",
    "Good",
    "Lion",
];

/// Reporting verbs of a title-case headline ("Obama Says …"), which end the
/// person's name before them.
const HEADLINE_VERBS: &[&str] = &[
    "Says", "Tells", "Warns", "Urges", "Slams", "Blasts", "Vows", "Admits", "Claims",
];

/// Sets where a person's name starts and ends: a rank before it stays out
/// ("Major Saturnino Castro", "Bishop Phillip Joseph Garrigan"), and
/// initials and a nickname in quotation marks join the name to the surname
/// after them ("Forrest J Ackerman", "C. H. Douglas", "William Mailes
/// \" Cowboy \" Cowley"), which the tagger may have taken for another name.
fn bounds(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let capitalized = |i: usize| capitalized_word(doc, i);
    let initial = |i: usize| {
        let word = words(i).strip_suffix('.').unwrap_or(words(i));
        let mut chars = word.chars();
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_none()
    };
    let quote = |i: usize| matches!(words(i), "\"" | "“" | "”");
    let bloom = tagger::Bloom::embedded();
    let mut grown = false;
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        // a headline's name ends before its reporting verb ("Obama Says
        // African-American Museum Will Tell"), before the rules below read
        // the words after the verb as part of the name
        if let Some(verb) = (f.first + 1..=f.last).find(|&i| HEADLINE_VERBS.contains(&words(i))) {
            f.last = verb - 1;
        }
        // a name opens with a name's word, not a preposition or an article
        // the tagger ran into ("( Of Shree Saptakoteshwar )")
        while f.first < f.last && is_in(super::OPENERS, words(f.first)) {
            crate::work::step(1);
            f.first += 1;
        }
        // a name ends with a name's word, not a verb ("Shannon put")
        // (but "Rami al-Saadani", "Honoré d'Orves")
        while f.last > f.first
            && doc.tokens[f.last].kind == TokenKind::Word
            && !words(f.last).chars().any(char::is_uppercase)
        {
            f.last -= 1;
        }
        // "Queenslander Mitchell Rawlins", "Descendant Eberhard Faber": words
        // no list knows as a name before a given name and a surname stay out
        let given_name = |i: usize| {
            capitalized(i)
                && !in_list(words(i), super::NAME_PARTICLES)
                && classes_of(words(i)).contains(['M', 'F'])
        };
        // (not in a place's name: "Cal Anderson Park")
        let place_noun = type_of_noun(&words(f.last).to_lowercase()).is_some();
        if let Some(given) = (f.first + 1..f.last)
            .find(|&i| given_name(i))
            .filter(|_| !place_noun)
        {
            // (a noun of origin or trade, a title: not an unknown given
            // name, "Nadja Angelique Beauford", "Prakash Chandra Lohani")
            if (f.first..given).all(|i| {
                let lower = words(i).to_lowercase();
                !classes_of(words(i)).contains(['M', 'F', 'S'])
                    && words(i).chars().count() > 1
                    && (lower.ends_with("er")
                        || is_in(TITLE_NOUNS, lower.as_str())
                        || matches!(lower.as_str(), "fr" | "fr."))
            }) {
                f.first = given;
            }
        }
        // "Major Saturnino Castro", "Major General John Scheidt", not "Major
        // League Baseball"
        while f.last > f.first + 1
            && is_in(TITLE_NOUNS, words(f.first).to_lowercase().as_str())
            && {
                let next = words(f.first + 1).to_lowercase();
                is_in(TITLE_NOUNS, next.as_str())
                    || !bloom.is_some_and(|b| b.classify(&next) == "W")
            }
        {
            f.first += 1;
        }
        let sentence = doc.tokens[f.last].sentence;
        let same = |i: usize| doc.tokens.get(i).is_some_and(|t| t.sentence == sentence);
        // a regnal number ("Eberhard Faber V", "King Carlos I": a lone "I"
        // only after a title of a ruler) or an epithet ("Friedrich the
        // Great")
        if same(f.last + 1) {
            let number = words(f.last + 1);
            // (not an initial before a surname: "Carlos V. Smith")
            let regnal = REGNAL_NUMBERS.contains(&number)
                && !(same(f.last + 2) && capitalized(f.last + 2))
                && (number != "I"
                    || in_list(words(f.first), RULERS)
                    || (f.first > 0 && in_list(words(f.first - 1), RULERS)));
            if regnal {
                f.last += 1;
                grown = true;
                continue;
            }
            if words(f.last + 1) == "the"
                && same(f.last + 2)
                && is_in(EPITHETS, words(f.last + 2))
                && !capitalized(f.last + 3)
            {
                f.last += 2;
                grown = true;
                continue;
            }
        }
        // initials: "Forrest J Ackerman", "C. H. Douglas"
        let mut next = f.last + 1;
        while next < f.last + 4 && same(next) && initial(next) {
            crate::work::step(1);
            next += 1;
        }
        let initials = next > f.last + 1;
        // a nickname: "William Mailes \" Cowboy \" Cowley"
        let nickname = if !initials && quote(next) {
            (next + 1..next + 4).find(|&i| quote(i)).filter(|&close| {
                close > next + 1 && (next + 1..close).all(capitalized) && same(close)
            })
        } else {
            None
        };
        let surname = match nickname {
            Some(close) => close + 1,
            None if initials || initial(f.last) => next,
            None => continue,
        };
        if surname > f.last + 1 && same(surname) && capitalized(surname) {
            f.last = surname;
            grown = true;
        }
    }
    if grown {
        // the grown names take the place of what they now cover
        let mut kept: Vec<Found> = Vec::with_capacity(found.len());
        for f in found.drain(..) {
            crate::work::step(1);
            match kept.last_mut() {
                Some(previous) if f.first <= previous.last => {
                    if f.type_index == PERSON && f.last > previous.last {
                        *previous = f;
                    }
                }
                _ => kept.push(f),
            }
        }
        *found = kept;
    }
}

/// Finds people inside other names or left out, from roles and from the
/// people the article names elsewhere:
///
/// - a given name after an office or a company's ending inside a name
///   ("Chrysler Chief Executive Robert Nardelli", "Chrysler LLC Jim Press"),
///   or after a known place ("President of the United States Barack Obama"
///   when the article names Obama), opens a person;
/// - a name the tagger took for something else whose last word is the
///   surname of a person of the article is that person ("Barack Obama" in a
///   headline), and so is a lone word of such a name;
/// - two or three unknown capitalised words before a comma and a role
///   ("Jusman Syafii Djamal, minister of transport") are a person.
fn recover(doc: &Document, found: &mut Vec<Found>) {
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
        let last = super::uncovered_run(doc, &covered, i, capitalized);
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

/// "William \"Cowboy\" Cowley ... Halifax, Cowley broke in": a lone
/// capitalised word that is the surname of a person the article names in
/// full is that person, where the tagger left it out or took it for an
/// "other" name, unless capitalised words around it make it part of a
/// longer name or "in", "at" or "near" make it a place.
fn surnames_again(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    // the surnames of the people named in full (a last word, not an
    // initial, nor a common word the article writes in lower case: "Steve
    // Jobs ... Jobs said", but not "Bill Stone ... a stone")
    let mut surnames: Vec<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PERSON
                && f.last > f.first
                && words(f.last).chars().count() > 2
                && capitalized_word(doc, f.last)
        })
        .map(|f| words(f.last))
        .collect();
    if surnames.is_empty() {
        return;
    }
    surnames.sort_unstable();
    surnames.dedup();
    let common: Vec<&str> = surnames
        .iter()
        .copied()
        .filter(|w| classes_of(w).contains('W'))
        .collect();
    if !common.is_empty() {
        let lowercase: HashSet<String> = doc
            .tokens
            .iter()
            .map(|t| t.span.text(doc.text))
            .filter(|w| w.starts_with(char::is_lowercase))
            .filter(|w| common.iter().any(|c| c.eq_ignore_ascii_case(w)))
            .map(str::to_lowercase)
            .collect();
        surnames.retain(|w| !common.contains(w) || !lowercase.contains(&w.to_lowercase()));
    }
    let covered = name_at_tokens(doc, found);
    let same_sentence = |a: usize, b: usize| {
        doc.tokens
            .get(b)
            .is_some_and(|t| t.sentence == doc.tokens[a].sentence)
    };
    let name_word = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && crate::document::is_capitalized(words(i))
    };
    let mut people: Vec<Found> = Vec::new();
    for (i, &cover) in covered.iter().enumerate() {
        crate::work::step(1);
        if !capitalized_word(doc, i) || surnames.binary_search(&words(i)).is_err() {
            continue;
        }
        // (or read as another name with its possessive: "Jobs 's email")
        let alone = match found.get(cover) {
            None => true,
            Some(f) => {
                f.type_index == OTHER
                    && f.first == i
                    && (f.last == i
                        || (f.last == i + 1 && matches!(words(i + 1), "'s" | "’s" | "'" | "’")))
            }
        };
        // not inside a longer name ("the Cowley Trophy", "Lake Cowley")
        // (nor after a particle: "Aravinda de Silva"), and not in a table
        // of scores ("Stirling 1 Dundee 1")
        let lone = !(i > 0 && same_sentence(i, i - 1) && name_word(i - 1) && {
            // (a sentence's first word opens it: "Then Cowley")
            i < 2 || same_sentence(i, i - 2)
        }) && !(same_sentence(i, i + 1)
            && (name_word(i + 1) || words(i + 1).starts_with(|c: char| c.is_ascii_digit())))
            && !(i > 0 && is_in(super::NAME_PARTICLES, words(i - 1)));
        let placed =
            i > 0 && same_sentence(i, i - 1) && in_list(words(i - 1), &["in", "at", "near"]);
        if alone && lone && !placed {
            match cover {
                usize::MAX => people.push(Found {
                    first: i,
                    last: i,
                    type_index: PERSON,
                    margin: 1.0,
                }),
                n => found[n].type_index = PERSON,
            }
        }
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

/// "Apple CEO Steve Jobs spoke", "the agency's Spokeswoman Sandy Angers":
/// a given name (no common word, no place) that the tagger left out right
/// after an office, with one capitalised word after it that the tagger left
/// out or took alone for another name, is that officer's name: the office
/// is the evidence a surname that is also a common word ("Jobs") lacks.
fn officers(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let n = doc.tokens.len();
    let cover = name_at_tokens(doc, found);
    let same_sentence =
        |a: usize, b: usize| b < n && doc.tokens[a].sentence == doc.tokens[b].sentence;
    let mut people: Vec<Found> = Vec::new();
    for i in 1..n.saturating_sub(1) {
        crate::work::step(1);
        let surname = i + 1;
        let given = {
            let classes = classes_of(words(i));
            classes.contains(['M', 'F']) && !classes.contains('W')
        };
        if !is_in(OFFICES, words(i - 1))
            || !same_sentence(i - 1, surname)
            || cover[i] != usize::MAX
            || !capitalized_word(doc, i)
            || !given
            || !gazetteer().lookup(words(i)).is_empty()
            || !capitalized_word(doc, surname)
            || (same_sentence(surname, surname + 1) && capitalized_word(doc, surname + 1))
        {
            continue;
        }
        match cover[surname] {
            usize::MAX => people.push(Found {
                first: i,
                last: surname,
                type_index: PERSON,
                margin: 1.0,
            }),
            k => {
                let f = &mut found[k];
                let alone = f.first == surname
                    && (f.last == surname
                        || (f.last == surname + 1
                            && matches!(words(surname + 1), "'s" | "’s" | "'" | "’")));
                if alone && matches!(f.type_index, OTHER | ORGANIZATION) {
                    f.first = i;
                    f.type_index = PERSON;
                }
            }
        }
    }
    if !people.is_empty() {
        found.extend(people);
        found.sort_by_key(|f| f.first);
    }
}

/// "Susan Faludi", "Lucy Rokach", "Moritz Heinrich Romberg": a name the
/// tagger took for an organisation or an "other" name is a person when a
/// given name opens it and two or three words no list knows as common
/// words make it, none a company's ending and none a place, and no "the"
/// or capitalised word around it makes it part of a longer name.
fn given_names(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let same_sentence = |a: usize, b: usize| {
        doc.tokens
            .get(b)
            .is_some_and(|t| t.sentence == doc.tokens[a].sentence)
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        if !matches!(f.type_index, ORGANIZATION | OTHER)
            || f.last == f.first
            || f.last - f.first > 2
        {
            continue;
        }
        let first = classes_of(words(f.first));
        let named = first.contains(['M', 'F'])
            && !first.contains('W')
            && !in_list(words(f.first), super::NAME_PARTICLES)
            && (f.first..=f.last).all(|i| {
                capitalized_word(doc, i)
                    && !classes_of(words(i)).contains('W')
                    && !is_in(ORGANIZATION_ENDINGS, words(i))
                    && !is_calendar_word(&words(i).to_lowercase())
                    && type_of_noun(&words(i).to_lowercase()).is_none()
                    // (not "Hong Kong-based")
                    && !words(i).split('-').skip(1).any(|part| part.starts_with(char::is_lowercase))
            });
        let alone = !(f.first > 0
            && same_sentence(f.first, f.first - 1)
            && (capitalized_word(doc, f.first - 1)
                || in_list(words(f.first - 1), &["the", "a", "an"])))
            && !(same_sentence(f.last, f.last + 1) && capitalized_word(doc, f.last + 1));
        if named && alone {
            let span = Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end);
            let text = span.text(doc.text);
            if gazetteer().lookup(text).is_empty() && !is_in(KNOWN_ORGANIZATIONS, text) {
                f.type_index = PERSON;
            }
        }
    }
}

/// "the Discovery Institute", "Centennial Hall", "Spanish Air Defense
/// Command": a name the tagger took for a person right after a capitalised
/// word it left out, inside a sentence, is the tail of a longer name, unless
/// its first word is a given name, its last word is no common word
/// ("Commissioner for Competition Neelie Kroes") or the word before is a
/// title or a role
/// ("Professor Behe", "Minister Netanyahu"; demonyms, "American Tyson", are
/// names of their own and so not left out). A given name or a word no list
/// knows left out there is the person's first name ("CEO Steve Jobs").
fn fragments(doc: &Document, found: &mut [Found]) {
    let words = |i: usize| doc.token_text(i);
    let covered = covered_tokens(doc, found.iter());
    let same_sentence = |a: usize, b: usize| doc.tokens[a].sentence == doc.tokens[b].sentence;
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        if f.first < 2 {
            continue;
        }
        let before = f.first - 1;
        // (a sentence's first word is capitalised anyway: "When Gaudin")
        let inside = same_sentence(before, f.first)
            && same_sentence(before - 1, before)
            && doc.tokens[before - 1].kind == TokenKind::Word;
        if !inside || covered[before] || !capitalized_word(doc, before) {
            continue;
        }
        let lower = words(before).to_lowercase();
        let titled = [
            TITLE_NOUNS,
            TITLE_WORDS,
            PERSON_TITLES,
            PERSON_NOUNS,
            ROLES,
            CAPITALIZED_ROLES,
        ]
        .iter()
        .any(|list| is_in(list, lower.as_str()))
            || is_in(OFFICES, words(before));
        if titled {
            continue;
        }
        let classes = classes_of(words(before));
        let given = classes_of(words(f.first)).contains(['M', 'F']);
        let title = |i: usize| {
            words(i)
                .to_lowercase()
                .split('-')
                .any(|part| is_in(TITLE_NOUNS, part))
        };
        if !title(before) && (classes.contains(['M', 'F']) || (!given && classes == "-")) {
            // a given name or an unknown word is the name's first word
            // ("CEO Steve Jobs", "President Susilo Bambang Yudhoyono")
            let mut first = before;
            while first > 1
                && f.last - first < 3
                && same_sentence(first - 1, first)
                && same_sentence(first - 2, first - 1)
                && !covered[first - 1]
                && capitalized_word(doc, first - 1)
                && !classes_of(words(first - 1)).contains('W')
                && !title(first - 1)
            {
                first -= 1;
            }
            f.first = first;
        } else if !given && classes_of(words(f.last)).contains('W') {
            f.type_index = OTHER;
        }
    }
}

/// "Orgy, Velvet Revolver, and Linkin Park", "Thalhimer's, JC Penney, and
/// Sears": a name of a list whose neighbours there are organisations, and
/// none a person, is an organisation too (lists name their kin).
fn kin(doc: &Document, found: &mut [Found]) {
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

/// "Bands such as Orgy, Velvet Revolver, and Linkin Park", "supported by
/// Head Automatica, ..., Cobra Starship, and several other bands": the
/// members of a list of three or more names that a plural noun of groups
/// introduces or closes are organisations, unless a given name opens a
/// person's name of two or more words ("bands and artists such as Justin
/// Timberlake, Gwen Stefani, Linkin Park") or the place is one the
/// gazetteer knows ("Kansas" stays a place).
fn groups_listed(doc: &Document, found: &mut [Found]) {
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

/// Takes the person type from names that are not people.
fn demote(doc: &Document, found: &mut [Found]) {
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

#[cfg(test)]
mod tests {
    use super::super::tests::{names, no_person, person};
    use super::{
        bounds, codes, companies_and_saints, lives, noun_tails, plural_nouns, run_on, same_names,
        Document, Found, Span, ORGANIZATION, PERSON,
    };

    #[test]
    fn a_lone_surname_of_a_person_named_in_full_is_that_person() {
        let text = "William \"Cowboy\" Cowley was a hockey player from Quebec. \
            After a few seasons in Ottawa and Halifax, Cowley broke in as a rookie. \
            Cowley was the team's sole remaining star.";
        person(text, "Cowley");
        assert_eq!(
            names(text)
                .iter()
                .filter(|(t, k)| t == "Cowley" && *k == "person")
                .count(),
            2,
            "{:?}",
            names(text)
        );
        // not a word of a longer name, nor a team in a table of scores
        let text = "William \"Cowboy\" Cowley was a hockey player from Quebec. \
            He won the Cowley Trophy twice.\nStirling 1 Dundee 1\nCowley 2 Celtic 0";
        no_person(text, "Cowley");
        no_person(text, "Cowley Trophy");
        // a surname that is a common word, which the article writes only as
        // a name
        let text = "Apple CEO Steve Jobs gave the opening keynote. Market share is up 82% \
            from 9 months ago. Jobs then moved on to talk about the iPod.";
        person(text, "Jobs");
        // and with its possessive, which the tagger may read as a work's name
        let text = "Steve Jobs spoke. On its website, Apple released the text of Jobs's \
            email, which reads: Team.";
        person(text, "Jobs");
    }

    #[test]
    fn an_officer_after_an_office_is_a_person() {
        // the tagger takes "Apple CEO" for a company and "Jobs" alone for
        // another name when the sentence stands alone
        person("Apple CEO Steve Jobs spoke on Monday.", "Steve Jobs");
        person(
            "It rained. Apple CEO Steve Jobs spoke on Monday.",
            "Steve Jobs",
        );
        no_person("Apple CEO Steve Jobs spoke on Monday.", "Apple CEO");
    }

    #[test]
    fn an_unknown_given_name_stays_in_the_name() {
        person(
            "With his wife he has two children: a daughter, Nadja Angelique Beauford, born in 2001.",
            "Nadja Angelique Beauford",
        );
        person(
            "Their son, Iwan Cesar Gabrich, scored twice.",
            "Iwan Cesar Gabrich",
        );
        // but a noun of origin or a title stays out
        person(
            "Queenslander Mitchell Rawlins won the race on Sunday.",
            "Mitchell Rawlins",
        );
    }

    #[test]
    fn a_name_the_article_gives_a_person_is_that_person() {
        let types = |text: &str, spans: &[(usize, usize, usize)]| {
            let doc = Document::new(text);
            let mut found: Vec<Found> = spans
                .iter()
                .map(|&(first, last, type_index)| Found {
                    first,
                    last,
                    type_index,
                    margin: 1.0,
                })
                .collect();
            same_names(&doc, &mut found);
            found.iter().map(|f| f.type_index).collect::<Vec<_>>()
        };
        let text = "Rahel Levin wrote to him. He met Rahel Levin in Berlin.";
        assert_eq!(
            types(text, &[(0, 1, PERSON), (8, 9, ORGANIZATION)]),
            [PERSON, PERSON]
        );
        // not the person of a minority of mentions, nor part of a longer name
        let text =
            "Aer Lingus Chief Executive Dermot Mannion spoke. Aer Lingus fell. Aer Lingus rose.";
        assert_eq!(
            types(
                text,
                &[(0, 1, PERSON), (8, 9, ORGANIZATION), (12, 13, ORGANIZATION)]
            ),
            [PERSON, ORGANIZATION, ORGANIZATION]
        );
        let text = "Rahel Levin wrote to him. He joined the Rahel Levin Society in Berlin.";
        assert_eq!(
            types(text, &[(0, 1, PERSON), (9, 10, ORGANIZATION)]),
            [PERSON, ORGANIZATION]
        );
    }

    #[test]
    fn a_given_name_used_alone_again_and_again_is_a_person() {
        let text = "At the fair, Hayley argues with her boss. The next morning her father finds \
            that the boss slept with Hayley. Her mother is against it, and Hayley leaves him.";
        assert_eq!(
            names(text)
                .iter()
                .filter(|(t, k)| t == "Hayley" && *k == "person")
                .count(),
            3,
            "{:?}",
            names(text)
        );
        // not a month's abbreviation before a day
        no_person(
            "Our shares rose ( Jan 10 ) and fell ( Jan 12 ) with the market.",
            "Jan",
        );
    }

    #[test]
    fn a_stage_name_is_a_person() {
        let text = "The club hosted DJ AM , DJ IRIE and many more on Friday.";
        person(text, "DJ AM");
        person(text, "DJ IRIE");
    }

    #[test]
    fn a_noun_of_places_alone_is_no_person_inside_a_longer_name() {
        let found = |text: &str, at: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first: at,
                last: at,
                type_index: PERSON,
                margin: 1.0,
            }];
            noun_tails(&doc, &mut found);
            found[0].type_index == PERSON
        };
        assert!(!found("The city opened Centennial Hall in 1952.", 4));
        assert!(!found("He is in the Athletics Hall of Honor now.", 5));
        assert!(found("After the game Hall said he was tired.", 3));
    }

    #[test]
    fn a_plural_noun_ends_no_persons_name() {
        let found = |text: &str, first: usize, last: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first,
                last,
                type_index: PERSON,
                margin: 1.0,
            }];
            plural_nouns(&doc, &mut found);
            found[0].type_index == PERSON
        };
        assert!(!found("It makes Mountain Bikes and racing bicycles.", 2, 3));
        assert!(found("The goal came from Ian Williams late on.", 4, 5));
        assert!(found("The goal came from Evans late on.", 4, 4));
    }

    #[test]
    fn codes_are_no_people() {
        let found = |text: &str, first: usize, last: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first,
                last,
                type_index: PERSON,
                margin: 1.0,
            }];
            codes(&doc, &mut found);
            found[0].type_index == PERSON
        };
        assert!(!found("The show moves to ITV1 next year.", 4, 4));
        assert!(!found("Sales of the game Ez2DJ Platinum rose.", 4, 5));
        assert!(!found("Its 4th TraX came out in 2002.", 2, 2));
        assert!(found("The goal came from McGrath late on.", 4, 4));
        assert!(found("The band played with LeRoi Moore in 1990.", 4, 5));
        // a party and state after a politician's name
        assert!(!found("Sen. Mitch McConnell , R-Ky. , said no.", 4, 4));
        assert!(!found("Rep. Steny Hoyer , D-Md , agreed.", 4, 4));
        assert!(found("The band played with D-Nice in 1990.", 4, 4));
    }

    #[test]
    fn a_name_opens_with_no_preposition() {
        let doc = Document::new("The temple ( Of Shree Saptakoteshwar ) was rebuilt.");
        let mut found = vec![Found {
            first: 3,
            last: 5,
            type_index: PERSON,
            margin: 1.0,
        }];
        bounds(&doc, &mut found);
        assert_eq!(found[0].first, 4);
    }

    #[test]
    fn years_of_life_make_a_person() {
        let typed = |text: &str, first: usize, last: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first,
                last,
                type_index: ORGANIZATION,
                margin: 1.0,
            }];
            lives(&doc, &mut found);
            found[0].type_index
        };
        let text = "His teachers were Moritz Heinrich Romberg ( 1795-1873 ) and others.";
        assert_eq!(typed(text, 3, 5), PERSON);
        let text = "Adilson Tavares Varela ( born 22 October 1988 ) is a footballer.";
        assert_eq!(typed(text, 0, 2), PERSON);
        // a work's year, or a company's founding, is no life
        let text = "Chad Edward Gaudin was born in New Orleans.";
        assert_eq!(typed(text, 0, 2), PERSON);
        let text = "He starred in Hollywood Canteen ( 1944 ) with others.";
        assert_eq!(typed(text, 3, 4), ORGANIZATION);
    }

    #[test]
    fn a_company_and_a_saint_are_no_person() {
        let cut = |text: &str, first: usize, last: usize| {
            let doc = Document::new(text);
            let mut found = vec![Found {
                first,
                last,
                type_index: PERSON,
                margin: 1.0,
            }];
            companies_and_saints(&doc, &mut found);
            found[0].type_index == PERSON
        };
        assert!(!cut("Shares of General Motors fell on Monday.", 3, 3));
        assert!(!cut("He broke in with the St. Louis Eagles in 1933.", 6, 7));
        assert!(cut("He broke in with Louis Eagles in 1933.", 4, 5));
    }

    #[test]
    fn a_person_runs_on_into_no_capitalised_word() {
        // the first words of a longer name are no person
        let text = "\"Banks don't lend,\" said Tom Miller, the chief investment officer \
            of Dreman Value Management.";
        person(text, "Tom Miller");
        no_person(text, "Dreman Value");
        // but a day ends a name, and a headline's name stays a person
        person(
            "Chilean Foreign Minister Jose Miguel Insulza Monday urged calm in the capital.",
            "Jose Miguel Insulza",
        );
        person("Obama Says Museum Will Tell America's Story", "Obama");
        // one person the tagger cut in two is one person, not a place's
        // name ("Cal" "Anderson Park")
        let cut = |text: &str, parts: [(usize, usize); 2]| {
            let doc = Document::new(text);
            let mut found: Vec<Found> = parts
                .iter()
                .map(|&(first, last)| Found {
                    first,
                    last,
                    type_index: PERSON,
                    margin: 1.0,
                })
                .collect();
            run_on(&doc, &mut found);
            found
                .iter()
                .filter(|f| f.type_index == PERSON)
                .map(|f| {
                    Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end)
                        .text(text)
                        .to_string()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            cut(
                "The traveller Rui Gomez Pereira details the temple.",
                [(2, 2), (3, 4)]
            ),
            ["Rui Gomez Pereira"]
        );
        let people = cut(
            "The corner of Cal Anderson Park is to have an entrance.",
            [(3, 3), (4, 5)],
        );
        assert!(!people.iter().any(|p| p.starts_with("Cal")), "{people:?}");
    }

    #[test]
    fn a_name_after_a_capitalised_word_left_out_is_part_of_a_longer_name() {
        let text = "The wing took part in exercises with the Spanish Air Defense Command. \
            Dark Room Notes formed in Galway in 2004.";
        no_person(text, "Defense Command");
        no_person(text, "Notes");
        // a given name left out there opens the person's name
        person(
            "It runs on iPhones and iPads. CEO Steve Jobs returned to the stage to reveal it.",
            "Steve Jobs",
        );
        // and a title stays out
        person(
            "He fell to the floor dead. County Coroner William McLaughlin came at once.",
            "William McLaughlin",
        );
    }

    #[test]
    fn regnal_numbers_epithets_and_particles_end_a_name() {
        person(
            "The reforms added to the unpopularity of King Carlos I and the monarchy.",
            "Carlos I",
        );
        person("His father Henry VIII had six wives.", "Henry VIII");
        person(
            "Peter the Great founded the city in 1703.",
            "Peter the Great",
        );
        person(
            "Diego Silang y Andaya (1730-1763) was raised in Ilocos.",
            "Diego Silang y Andaya",
        );
        // a lone "I" is a pronoun after a name with no ruler's title
        no_person("\"I told Smith I would come,\" she said.", "Smith I");
        // (a place's name keeps its first word)
        let text = "Cal Anderson Park is a public park in Seattle.";
        assert!(
            !names(text).iter().any(|(t, _)| t == "Anderson Park"),
            "{:?}",
            names(text)
        );
        // a name ends with a name's word, not a verb the tagger took in
        person(
            "Under pressure, the chief executive Rick Wagoner was replaced on Sunday.",
            "Rick Wagoner",
        );
    }

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
        let found = super::super::tests::names(text);
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
    fn a_given_name_and_a_surname_taken_for_an_organisation_are_a_person() {
        person(
            "He won the event of the British Open, defeating Lucy Rokach in the final.",
            "Lucy Rokach",
        );
        // not an adjective ("Hong Kong-based"), nor a work ("Le Freak")
        no_person(
            "Pirelli is linking with Hong Kong-based group CITIC Pacific in a venture.",
            "Hong Kong-based",
        );
    }

    #[test]
    fn a_trade_inside_a_longer_name_opens_a_person() {
        person(
            "His manager was future Hall of Famer Bill McKechnie.",
            "Bill McKechnie",
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
    fn initials_nicknames_and_ranks_set_the_bounds_of_a_name() {
        let text = "Guests included Harlan Ellison, Forrest J Ackerman and Kent Brewster.";
        person(text, "Forrest J Ackerman");
        person(
            "It follows the economic theory of Social Credit expounded by C. H. Douglas.",
            "C. H. Douglas",
        );
        person(
            "William Mailes \"Cowboy\" Cowley was born in Bristol.",
            "William Mailes \"Cowboy\" Cowley",
        );
        person(
            "They attacked under the orders of Major Saturnino Castro in the hills.",
            "Saturnino Castro",
        );
        let found = names("Commanders: Unknown, 1 June 1985 ; Major General John C. Scheidt Jr.");
        assert!(
            !found
                .iter()
                .any(|(t, k)| t.starts_with("Major") && *k == "person"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_in_a_list_of_people_is_a_person() {
        person(
            "Members were Teofil Lenartowicz, Franciszek Mickiewicz and Eweryst Estkowski.",
            "Eweryst Estkowski",
        );
        // a place in a list of people stays a place
        let text = "Members were Teofil Lenartowicz, Franciszek Mickiewicz and Warsaw.";
        no_person(text, "Warsaw");
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
