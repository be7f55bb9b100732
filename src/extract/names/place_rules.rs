//! Place rules that run after the names extractor's other rules: context that
//! makes a name a place, names that look like places but are not, and one
//! reading per place name in an article.
//!
//! **Finds**
//! - a name that a sentence defines as a place ("Aisby is a village in ...",
//!   "Baatsagaan is a sum of ...") or that follows the word for a kind of
//!   place and "of" ("the village of Atwick", "the county of Lincolnshire");
//! - every other mention of a name the article made a place, when the tagger
//!   took it for a person or left it out ("Bandarlapalle was very backward"
//!   after "Bandarlapalle is a small village"), unless the name is a word of
//!   a person's full name (two capitalised words or more) in the same
//!   article; a compass word before such a mention joins it ("West Sebago",
//!   "Old Goa"); and a mention the tagger took for an organisation or an
//!   "other" name, when the name is not in the linked table (a known city
//!   often names its team), stands alone among capitalised words and is
//!   read as a place at least as often as not ("the Bridgton yard");
//! - an unknown single name after "from" or "near" that no word list knows as
//!   a given name or surname, and a town of 30,000 people or more that the
//!   linked table leaves out ([`super::places::is_small_town`]) after "in",
//!   "near", "from" or "at" ("born in Satu Mare", "formed in Galway"), which
//!   stays unlinked;
//! - a country's name the tagger left out or took for an organisation ("US
//!   bank chief"), or that names its government ("the US Government") or
//!   opens, as an abbreviation, an organisation's name ("the US Federal
//!   Reserve"), and a state's name ending in "Empire", "Republic", ... taken
//!   for an "other" name ("the Ottoman Empire", "the Portuguese Republic");
//! - the place in a name the tagger ran over it: after an office and "of"
//!   ("Mayor of Brampton", "Governor General of Canada") and after a
//!   building or body and "in" ("Stanley Casino in Newcastle", "Bucknell
//!   University in Lewisburg"), unless the name has lowercase words of its
//!   own ("Organization for Security and Cooperation in Europe");
//! - a single name taken for a person that "and" joins to a town ("to
//!   Harrison and Bridgton Junction"), unless it is a given name that no
//!   preposition of place comes before (a country is not enough: "Iran and
//!   Talabani").
//!
//! - the words that complete a place's name: "Newcastle upon Tyne" (a longer
//!   known name), "Washington, D.C.", a compass word before it ("North
//!   Bridgton"), a capitalised "other" word before it ("French Sudan", "Nazi
//!   Germany"; not "British-ruled"), "and" inside a known name ("Bosnia and
//!   Herzegovina"), a lowercase word for a kind of place after it ("the
//!   Cape Verde islands", "the Mandovi river"), and the first of the two
//!   names a railway joins ("Portland and Ogdensburg Railroad");
//! - a single name before a comma and a place ("Ancaster and Grantham,
//!   Lincolnshire"), unless it is a given name or one of a list.
//!
//! - a known place after a sentence's first word that is a verb's -ing form
//!   ("Urging Washington to ...").
//!
//! - a state's word and "of" before a place, with the state's capitalised
//!   words ("Grand Duchy of Poznań", "People's Republic of China"), also
//!   when the tagger took the whole for an organisation ("Federal Republic
//!   of Yugoslavia", when the table or the article knows the place);
//! - a demonym or a place and the words after it that the table knows as one
//!   place ("British" and "Columbia"), a capitalised word before a place
//!   that makes a known place with it ("El" and "Salvador", taken for a
//!   team's word; not an article: "The US"), and two places with nothing
//!   between them ("Cold" and "Spring Harbor": the tagger split one name;
//!   not in capitals, where a table lists teams);
//! - a place before its officer's title, taken with the title for a person or
//!   an organisation ("Texas Coach Darrell Royal", "South Carolina Gov.");
//! - a way or a ground named after a person ("Cal Anderson Park", "East
//!   Denny Way", "Bakken Formation"), unless a given name opens it and no
//!   preposition of place, article or way joined by "and" comes before it
//!   ("Diane Lane" is a person).
//!
//! **Not places**
//! - a place span holding an organisation's word ("Atlantic City Hospital",
//!   "New Jersey Department of Public Safety", "New Zealand League of
//!   Rights", "Bowling Green State University") is an organisation;
//! - a known place and capitalised common words after it ("Hong Kong Open",
//!   "Peking Protocol", "Nuremberg Laws") name an event, a treaty or a
//!   work, unless the last word is a building's or a way's ("Insein
//!   Prison", "Richmond Highway");
//! - a place span ending in an organisation's word ("Connecticut Lottery",
//!   "Ohio Senate", "Coronado Unified School District") is an organisation,
//!   and a place right before a game's score ("lost to Tulsa 63-7"), a
//!   club's abbreviation or a numbered plural ("Montreal HC", "Ottawa 67s")
//!   is a team, and so is a city or region (not a nation: "England
//!   captain") in a team's context ("joined Newcastle", "homered for
//!   Cleveland", "coached North Melbourne", "Surrey captain");
//! - a place followed by capitalised words ending in an organisation's word
//!   ("Montreal Hockey Club", "Ontario Liberal Party") is an organisation,
//!   and so is a place after "of" and an organisation's word ("Amateur
//!   Hockey Association of Canada");
//! - a known place followed by a capitalised plural that is no surname
//!   ("Bowling Green Falcons", "Montreal Crystals"), taken for a place or a
//!   person, is a team, an organisation;
//! - an unknown "place" ending like a field, a creed or an abstraction ("in
//!   Physiology", "to Catholicism");
//! - a place inside a short quotation written as a title, after a word of
//!   the title ('" Anarchy in Tokyo "', '" Lawrence of Arabia "'), names a
//!   work;
//! - a compass word in lower case before a place ("south India": the
//!   place is "India");
//! - a language or a creed alone ("translated from Latin", "in Hebrew",
//!   "Hindu pilgrimage": a hand-made list), and what a "Hall of" is of;
//! - an unknown single-word "place" that is all of a quotation or follows a
//!   capitalised article inside a sentence ("The Fantasy") is a work's title;
//! - a place and capitalised words ending in an event's, a contest's or a
//!   chart's word ("Reading Festival", "Bangladesh Liberation War", "U.S.
//!   Amateur Championship") name the event;
//! - a city or region (not a nation) that "and" joins to a team named by
//!   its place is a team too ("played with Footscray and North Melbourne",
//!   "Derbyshire and Surrey"), unless a preposition of place or an article
//!   comes before the pair ("near Ancaster and Grantham").
//!
//! **Misses**: kinds of places no word names (rivers named bare: "the
//! Potomac", "the Rhine"), regions the linked table and the towns' filter do
//! not hold ("Normandy", "Lincolnshire": the table has US states and a few
//! other first-order regions only), places only a reader's knowledge makes
//! ("the siege lines of Petersburg"), demonyms that stand for a country
//! ("Canadian production": reported as no place at all), and bands, clubs
//! and venues named like places ("Linkin Park", "Nikki Beach").

use std::collections::{HashMap, HashSet};

use super::places::gazetteer;
use super::{
    covered_tokens, name_at_tokens, Found, OPENERS, ORGANIZATION_ENDINGS, ORGANIZATION_HEADS,
    PLACE_ENDINGS,
};
use crate::document::{is_all_caps, is_capitalized, Document, TokenKind};
use crate::span::Span;

/// Kinds of places, as the noun a definition or "the X of" uses.
const PLACE_KINDS: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "hamlet",
    "municipality",
    "commune",
    "parish",
    "county",
    "region",
    "district",
    "province",
    "suburb",
    "settlement",
    "locality",
    "borough",
    "township",
    "island",
    "river",
    "lake",
    "sum",
    "neighbourhood",
    "neighborhood",
    "capital",
    "port",
    "state",
    "canton",
    "department",
    "prefecture",
    "valley",
    "mountain",
    "peninsula",
];
/// Adjectives between "is a" and the kind of place ("is a small village").
const KIND_ADJECTIVES: &[&str] = &[
    "small",
    "large",
    "little",
    "big",
    "rural",
    "coastal",
    "historic",
    "former",
    "civil",
    "market",
    "mountain",
    "fishing",
    "major",
    "medium-sized",
    "tiny",
    "suburban",
];

/// Words that open a place's name before a place ("North Bridgton").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Upper", "Lower", "Greater", "Northern", "Southern",
    "Eastern", "Western", "Central", "Old",
];

/// Endings of words for fields, creeds and abstractions, which no unknown
/// place ends with ("Physiology", "Catholicism", "Emancipation").
const ABSTRACT_ENDINGS: &[&str] = &[
    "ism", "ology", "logy", "ics", "tion", "sion", "ment", "ness", "ity", "ptera",
];

/// More last words of organisations' names, after a place ("Montreal Hockey
/// Club", "Ohio Senate", "Iceland Air Defense Force").
const ORGANIZATION_WORDS: &[&str] = &[
    "Club", "Party", "Senate", "Congress", "Assembly", "League", "Front", "Force", "Forces",
    "Army", "Navy", "Fleet", "Lottery", "Team", "Society", "Times", "Post", "Herald", "School",
];

/// Lowercase words inside a town's name ("Newcastle upon Tyne", "Frankfurt
/// am Main", "Châlons-en-Champagne" is one token).
const CONNECTORS: &[&str] = &["upon", "am", "an", "der", "sur", "en", "de", "del", "la"];

/// Abbreviations that end a club's name after its place ("Montreal HC",
/// "Barcelona FC").
const CLUB_ABBREVIATIONS: &[&str] = &["FC", "HC", "AFC", "SC", "CF", "AC", "BC", "RFC", "CFC"];

/// Lowercase words for kinds of places that complete the name before them
/// ("the Cape Verde islands", "the Mandovi river", "Barker pond").
const LOWERCASE_KINDS: &[&str] = &[
    "river",
    "islands",
    "island",
    "pond",
    "lake",
    "provinces",
    "creek",
    "canal",
];

/// Last words of places that are buildings, ways and grounds, after a known
/// place's name ("Insein Prison", "Richmond Highway").
const FACILITIES: &[&str] = &[
    "City",
    "Town",
    "Station",
    "Prison",
    "Highway",
    "Hall",
    "Park",
    "Bridge",
    "Tower",
    "Castle",
    "Palace",
    "Cathedral",
    "Gardens",
    "Harbor",
    "Harbour",
    "Port",
    "Central",
    "Center",
    "Centre",
    "Market",
    "Gate",
    "Hill",
    "Point",
    "Springs",
    "Village",
    "Heights",
];

/// Words that may follow the kind of place in a definition ("a village in
/// Lincolnshire", "a town of 5,000"), unlike a noun ("a village teacher").
const KIND_FOLLOWERS: &[&str] = &[
    "in", "of", "on", "near", "and", "at", "by", "within", "located", "situated", "lying", "about",
    "with", "that", "which", "where", "whose", "north", "south", "east", "west", "between", "to",
    "for",
];

/// Offices held over a place, before "of" ("Mayor of Brampton", "Governor
/// General of Canada"): the office is no part of the place's name.
const OFFICES_OF: &[&str] = &[
    "Mayor",
    "Governor",
    "General",
    "Bishop",
    "Archbishop",
    "Premier",
    "Lord",
    "Sheriff",
    "Provost",
    "Reeve",
    "MP",
    "MPP",
    "Member",
    "Catholic",
    "Roman",
    "Anglican",
];

/// How long a name the tables can know, so that a rule trying every prefix
/// or suffix of a long span ("Ab Ab Ab ...", which the tagger may read as
/// one name) stops where no entry can be that long: the lookup key of tokens
/// `first..=last` has at least one word per whitespace gap between them,
/// less a leading "the" ([`super::places::key`]), and the table's longest
/// name has [`super::places::Gazetteer::max_words`] words.
pub(super) struct KeyBound {
    /// For each token, the whitespace gaps between tokens up to it.
    gaps: Vec<usize>,
    max_words: usize,
}

impl KeyBound {
    pub(super) fn new(doc: &Document) -> Self {
        let solid = |i: usize| doc.token_text(i).chars().any(|c| !c.is_whitespace());
        let mut gaps = Vec::with_capacity(doc.tokens.len());
        let mut count = 0;
        for i in 0..doc.tokens.len() {
            crate::work::step(1);
            if i > 0 {
                let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
                if gap.chars().any(char::is_whitespace) && solid(i) && solid(i - 1) {
                    count += 1;
                }
            }
            gaps.push(count);
        }
        KeyBound {
            gaps,
            max_words: gazetteer().max_words,
        }
    }

    /// Whether the gazetteer may hold the name of tokens `first..=last`:
    /// false only where its key has more words than any entry.
    pub(super) fn may_be_known(&self, first: usize, last: usize) -> bool {
        let words = 1 + self.gaps[last] - self.gaps[first];
        words <= self.max_words + 1
    }
}

/// The tagger's type index of a place (see `tagger::type_of`).
const PLACE: usize = 1;
const PERSON: usize = 0;
const ORGANIZATION: usize = 2;
const OTHER: usize = 3;

/// Applies the place rules to `found` (sorted, not overlapping) and returns it
/// sorted and not overlapping.
pub(super) fn apply(doc: &Document, mut found: Vec<Found>) -> Vec<Found> {
    let words = |i: usize| doc.token_text(i);
    let text_of = |first: usize, last: usize| {
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    };
    let known = |first: usize, last: usize| !gazetteer().lookup(text_of(first, last)).is_empty();
    let bloom = super::tagger::Bloom::embedded();
    let listed = |i: usize, tags: &[&str]| {
        let lower = words(i).to_lowercase();
        bloom.is_some_and(|b| tags.iter().any(|t| b.contains(&format!("{t}{lower}"))))
    };
    let quote = |i: usize| matches!(words(i), "\"" | "“" | "”" | "'" | "‘" | "’");
    let town = |first: usize, last: usize| super::places::is_small_town(text_of(first, last));
    let bound = &KeyBound::new(doc);
    // the ends `end` from `first` up to `last` (exclusive) at which a known
    // name may end, in order
    let prefixes = |first: usize, last: usize| {
        (first..last)
            .inspect(|_| crate::work::step(1))
            .take_while(move |&end| bound.may_be_known(first, end))
    };

    split_offices_and_locations(doc, &mut found);
    for f in &mut found {
        crate::work::step(1);
        // "moved to Nova Scotia", "across Latin America", "the Middle East
        // is tense": a name of two words or more that the places know whole
        // as a region or a country is a place, whatever the tagger took it
        // for (it reads the regions' list but was not trained with it, and
        // the list can tip it to a person or an organisation). A country or
        // a state of the table stays an organisation, which may be a team
        // ("New York 5 Boston 3").
        if f.type_index != PLACE && f.last > f.first {
            let name = text_of(f.first, f.last);
            let country_or_region = || {
                gazetteer().lookup(name).iter().any(|&i| {
                    gazetteer()
                        .places
                        .get(i as usize)
                        .is_some_and(|place| matches!(place.feature_class, "country" | "region"))
                })
            };
            if super::places::is_region(&super::places::key(name))
                || (f.type_index == PERSON && country_or_region())
            {
                f.type_index = PLACE;
                continue;
            }
        }
        // "Urging Washington to ...": a sentence's first word that is a verb's
        // -ing form does not open a name; what is left, if known, is a place
        if f.first < f.last && doc.starts_sentence(f.first) && f.type_index != PLACE {
            let opener = words(f.first);
            let verb = opener.len() > 5
                && opener.ends_with("ing")
                && !known(f.first, f.first)
                && !town(f.first, f.first)
                && !listed(f.first, &["m:", "f:", "s:"]);
            if verb && known(f.first + 1, f.last) {
                f.first += 1;
                f.type_index = PLACE;
                continue;
            }
        }
        // "born in Senlis", "formed in Galway": a known place or town taken
        // for an "other" name or an organisation after a preposition of place
        // is a place
        if matches!(f.type_index, OTHER | ORGANIZATION)
            && f.first > 0
            && !doc.starts_sentence(f.first)
            && matches!(
                words(f.first - 1),
                "in" | "near" | "from" | "outside" | "throughout" | "across"
            )
            && (known(f.first, f.last) || town(f.first, f.last))
        {
            f.type_index = PLACE;
            continue;
        }
        // "lived in Grantham", "hail from Dundalk": a town taken for a person
        // after a preposition, unless its first word is a given name
        if f.type_index == PERSON
            && f.first > 0
            && !doc.starts_sentence(f.first)
            && matches!(
                words(f.first - 1),
                "in" | "near" | "from" | "at" | "outside"
            )
            && town(f.first, f.last)
            && !listed(f.first, &["m:", "f:"])
        {
            f.type_index = PLACE;
            continue;
        }
        // "the US Government's bail-out": the country's government is named
        // by the country
        if f.type_index == ORGANIZATION
            && f.last == f.first + 1
            && matches!(words(f.last), "Government" | "government")
            && is_country(words(f.first))
        {
            f.last = f.first;
            f.type_index = PLACE;
            continue;
        }
        // "the Ottoman Empire", "the Portuguese Republic": a state's name
        if f.type_index == OTHER
            && f.last > f.first
            && matches!(
                words(f.last),
                "Empire" | "Republic" | "Kingdom" | "Caliphate" | "Sultanate"
            )
        {
            f.type_index = PLACE;
            continue;
        }
        // "the US Federal Reserve": a country's abbreviation opening an
        // organisation's name is the country
        if f.type_index == ORGANIZATION
            && f.last > f.first
            && is_all_caps(words(f.first))
            && is_country(words(f.first))
            && (f.first + 1..=f.last).all(|j| !is_all_caps(words(j)))
        {
            f.last = f.first;
            f.type_index = PLACE;
            continue;
        }
        // "US bank chief": a country's name alone is the country
        if f.type_index == ORGANIZATION
            && f.first == f.last
            && gazetteer()
                .lookup(words(f.first))
                .iter()
                .any(|&p| gazetteer().places[p as usize].feature_class == "country")
        {
            f.type_index = PLACE;
            continue;
        }
        if f.type_index != PLACE && f.type_index != PERSON {
            continue;
        }
        let whole_known = known(f.first, f.last);
        // "Atlantic City Hospital", "Princeton University", "New Jersey
        // Department of Public Safety" ("West Bank" stays)
        let organisation_word = f.last > f.first
            && !whole_known
            && !(f.last == f.first + 1 && COMPASS.contains(&words(f.first)))
            && (ORGANIZATION_ENDINGS.contains(&words(f.last))
                || ORGANIZATION_WORDS.contains(&words(f.last))
                || (words(f.last) == "District" && words(f.last - 1) == "School")
                || prefixes(f.first, f.last - 1).any(|end| {
                    let i = end + 1;
                    (ORGANIZATION_ENDINGS.contains(&words(i))
                        || ORGANIZATION_HEADS.contains(&words(i))
                        || ORGANIZATION_WORDS.contains(&words(i)))
                        && words(i + 1) == "of"
                        && known(f.first, i - 1)
                }));
        // "Bowling Green Falcons": a known place and a capitalised plural
        let last = words(f.last);
        let team = f.last > f.first
            && !whole_known
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && is_capitalized(last)
            && !PLACE_ENDINGS.contains(&last)
            && known(f.first, f.last - 1);
        if team && !listed(f.last, &["s:"]) {
            f.type_index = ORGANIZATION;
            continue;
        }
        // "losing to Tulsa 63-7": a place before a game's score is its team
        if f.type_index == PLACE && is_score(words(f.last + 1)) {
            f.type_index = ORGANIZATION;
            continue;
        }
        // "joined Newcastle", "homered for Cleveland", "Surrey captain": a
        // city or region in a sports team's context is the team (a
        // country's national side is named as the country, and so are the
        // home nations': "England captain")
        if f.type_index == PLACE && !is_nation(text_of(f.first, f.last)) {
            let before = if f.first > 0 { words(f.first - 1) } else { "" };
            let before2 = if f.first > 1 { words(f.first - 2) } else { "" };
            let team_before = matches!(
                before,
                "joined" | "coached" | "defeated" | "beat" | "outdueled" | "captained"
            ) || (before == "for"
                && matches!(
                    before2,
                    "played" | "plays" | "playing" | "homered" | "scored" | "signed" | "pitched"
                ))
                || (before == "with" && matches!(before2, "signed" | "played"));
            let team_after = matches!(
                words(f.last + 1),
                "captain"
                    | "skipper"
                    | "striker"
                    | "goalkeeper"
                    | "midfielder"
                    | "defender"
                    | "player"
                    | "players"
                    | "teammate"
                    | "beat"
                    | "defeated"
                    | "thrashed"
            ) || (words(f.last + 1) == "team" && words(f.last + 2) == "mate");
            if team_before || team_after {
                f.type_index = ORGANIZATION;
                continue;
            }
        }
        // "the Montreal HC", "Ottawa 67s": a place and a club's abbreviation
        // or a team's plural number are the club's name
        let club = words(f.last + 1);
        let numbered = club.len() > 1
            && club.ends_with('s')
            && club[..club.len() - 1].bytes().all(|c| c.is_ascii_digit());
        if f.type_index == PLACE
            && f.last + 1 < doc.tokens.len()
            && doc.tokens[f.last + 1].sentence == doc.tokens[f.first].sentence
            && (CLUB_ABBREVIATIONS.contains(&club) || numbered)
        {
            f.last += 1;
            f.type_index = ORGANIZATION;
            continue;
        }
        if f.type_index != PLACE {
            continue;
        }
        if organisation_word {
            f.type_index = ORGANIZATION;
            continue;
        }
        // "in Physiology", "converted to Catholicism", "in Information
        // Technology": a word of a field, a creed or an abstraction
        if !whole_known && !town(f.first, f.last) {
            let last = words(f.last).to_lowercase();
            // ... but "United States Government" is the country's
            let place_word = PLACE_ENDINGS.contains(&words(f.last))
                || matches!(words(f.last), "City" | "Station")
                || prefixes(f.first, f.last).any(|end| known(f.first, end));
            if !place_word && ABSTRACT_ENDINGS.iter().any(|end| last.ends_with(end)) {
                f.type_index = OTHER;
                continue;
            }
        }
        // "Poles", "Agotes": a people named in the plural; "Fashion",
        // "Piano": a common word, unless a preposition of place is before it
        if f.first == f.last && !whole_known {
            let word = words(f.first);
            let plural = word.chars().count() > 4
                && word.ends_with('s')
                && !word.ends_with("ss")
                && !is_all_caps(word);
            let locative = (f.first > 0
                && matches!(words(f.first - 1), "in" | "at" | "near" | "from" | "to"))
                || (words(f.last + 1) == "," && super::region_follows(doc, f.last + 2));
            let in_name = f.last + 1 < doc.tokens.len()
                && doc.tokens[f.last + 1].kind == TokenKind::Word
                && is_capitalized(words(f.last + 1));
            if !locative && (plural || (listed(f.first, &["w:"]) && !in_name)) {
                f.type_index = OTHER;
                continue;
            }
        }
        // "The Fantasy", '" Savior "': a work's title, not a place
        if f.first == f.last && f.first > 0 && !whole_known {
            let article = matches!(words(f.first - 1), "A" | "An" | "The")
                && !doc.starts_sentence(f.first - 1);
            let quoted = quote(f.first - 1) && quote(f.last + 1);
            if article || quoted {
                f.type_index = OTHER;
            }
        }
    }

    // names the context makes places: spans of another type, or capitalised
    // words no span holds
    let covered = name_at_tokens(doc, &found);
    let capitalized = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(words(i));
    let mut added: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        crate::work::step(1);
        if !capitalized(i) {
            i += 1;
            continue;
        }
        // the name at `i`: its span, or up to three capitalised words
        let (first, last, span) = match covered[i] {
            n if n != usize::MAX => (found[n].first, found[n].last, Some(n)),
            _ => {
                let mut last = i;
                while last + 1 < doc.tokens.len()
                    && last - i < 2
                    && capitalized(last + 1)
                    && covered[last + 1] == usize::MAX
                    && doc.tokens[last + 1].sentence == doc.tokens[i].sentence
                {
                    crate::work::step(1);
                    last += 1;
                }
                (i, last, None)
            }
        };
        let next = last + 1;
        if first != i {
            i = next;
            continue;
        }
        let kind_of = |i: usize| PLACE_KINDS.contains(&words(i).to_lowercase().as_str());
        // "Aisby is a village", "Bandarlapalle is a small village"
        let defined = matches!(words(next), "is" | "was")
            && matches!(words(next + 1), "a" | "an" | "the")
            && {
                let mut k = next + 2;
                // (each run of adjectives follows its own "is a": the runs
                // are disjoint)
                while KIND_ADJECTIVES.contains(&words(k)) || words(k) == "," {
                    crate::work::step(1);
                    k += 1;
                }
                // "a village in ...", not "a village teacher"
                let after = words(k + 1);
                kind_of(k)
                    && (doc
                        .tokens
                        .get(k + 1)
                        .map_or(true, |t| t.kind == TokenKind::Punct)
                        || KIND_FOLLOWERS.contains(&after))
            };
        // "the village of Atwick", "the county of Lincolnshire"
        let kind_before = first >= 2 && words(first - 1) == "of" && kind_of(first - 2) && {
            // "the state of X" but not "the State of Israel"'s capitalised kind
            !is_capitalized(words(first - 2))
        };
        // "from Harrison", "near Gainsborough": a single word no list knows
        let after_locative = first == last
            && first > 0
            && matches!(words(first - 1), "from" | "near")
            && !doc.starts_sentence(first)
            && !listed(first, &["m:", "f:", "s:", "w:"])
            && !is_all_caps(words(first));
        // "a manor near Grantham": a town the tagger left out
        let town_after = first > 0
            && matches!(words(first - 1), "in" | "near" | "from" | "at")
            && !doc.starts_sentence(first)
            && town(first, last);
        let cue = defined || kind_before;
        match span {
            Some(n) => {
                let f = &mut found[n];
                if f.type_index != PLACE
                    && (cue || (after_locative && f.type_index == PERSON))
                    && (f.type_index != ORGANIZATION || cue)
                {
                    f.type_index = PLACE;
                    f.margin = f.margin.max(2.0);
                }
            }
            None => {
                let plain = (first..=last).all(|j| {
                    !is_all_caps(words(j))
                        && !super::is_calendar_word(&words(j).to_lowercase())
                        && (!doc.starts_sentence(j) || cue)
                });
                if plain && (town_after || ((cue || after_locative) && !listed(last, &["w:"]))) {
                    added.push(Found {
                        first,
                        last,
                        type_index: PLACE,
                        margin: 2.0,
                    });
                }
            }
        }
        i = next;
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }

    // "hopes of US economic recovery": a country's name the tagger left out
    // (an abbreviation in capitals only where the words around it are not)
    let covered = covered_tokens(doc, &found);
    let shouting = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_all_caps(words(i));
    let mut added: Vec<Found> = Vec::new();
    for (i, &is_covered) in covered.iter().enumerate() {
        crate::work::step(1);
        if is_covered || !capitalized(i) {
            continue;
        }
        let country = gazetteer()
            .lookup(words(i))
            .iter()
            .any(|&p| gazetteer().places[p as usize].feature_class == "country");
        let caps_around =
            (i > 0 && shouting(i - 1)) || (i + 1 < doc.tokens.len() && shouting(i + 1));
        let joined_before = i > 0 && capitalized(i - 1) && !doc.starts_sentence(i);
        let joined_after = i + 1 < doc.tokens.len() && capitalized(i + 1) && !is_all_caps(words(i));
        let alone = !joined_before && !joined_after;
        if country && alone && !(is_all_caps(words(i)) && caps_around) {
            added.push(Found {
                first: i,
                last: i,
                type_index: PLACE,
                margin: 2.0,
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
    // "to Harrison and Bridgton Junction", "Bridgton and Harrison": a single
    // name joined by "and" to a place, taken for a person, is a place too,
    // unless it is a given name that no preposition of place comes before
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        let located = f.first > 0
            && matches!(
                words(f.first - 1),
                "to" | "from" | "between" | "near" | "in"
            );
        if f.type_index != PERSON
            || f.first != f.last
            || is_all_caps(words(f.first))
            || (listed(f.first, &["m:", "f:"]) && !located)
        {
            continue;
        }
        // a town joins a town; a country is often named with a person
        // ("attacks by Iran and Talabani")
        let place_at = |m: usize| {
            found.get(m).is_some_and(|g| {
                g.type_index == PLACE
                    && !gazetteer()
                        .lookup(text_of(g.first, g.last))
                        .iter()
                        .any(|&p| {
                            matches!(
                                gazetteer().places[p as usize].feature_class,
                                "country" | "continent" | "region"
                            )
                        })
            })
        };
        let before = n > 0
            && place_at(n - 1)
            && found[n - 1].last + 2 == f.first
            && words(f.first - 1) == "and";
        let after = place_at(n + 1)
            && found[n + 1].first == f.last + 2
            && words(f.last + 1) == "and"
            && !(f.first > 0 && matches!(words(f.first - 1), "," | "and"));
        if before || after {
            found[n].type_index = PLACE;
        }
    }
    // "from Harrison to Bridgton": the other end of a route from or to a place
    for n in 0..found.len() {
        crate::work::step(1);
        let f = &found[n];
        if f.type_index != PLACE || f.first < 1 {
            continue;
        }
        let other = match words(f.first - 1) {
            "to" => n.checked_sub(1).filter(|&m| {
                let g = &found[m];
                g.last + 2 == f.first && g.first >= 1 && words(g.first - 1) == "from"
            }),
            "from" => Some(n + 1).filter(|&m| {
                found
                    .get(m)
                    .is_some_and(|g| g.first == f.last + 2 && words(f.last + 1) == "to")
            }),
            _ => None,
        };
        let Some(m) = other else { continue };
        if found[m].type_index == PERSON && found[m].first == found[m].last {
            found[m].type_index = PLACE;
        }
    }
    let mut found = join_words_before(doc, found);
    // "Montreal Hockey Club", "Ontario Liberal Party", "Buffalo Bisons": a
    // place followed by capitalised words that end in an organisation's word
    // or a team's plural is an organisation's name
    // (the spans an organisation takes in are skipped, not drained from the
    // middle of the list: `kept` spans are moved down to `found[..kept]`)
    let mut kept = 0;
    let mut n = 0;
    while n < found.len() {
        crate::work::step(1);
        let f = &found[n];
        if f.type_index != PLACE {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        let (first, last) = (f.first, f.last);
        let mut end = last;
        let mut owner = n + 1;
        while end + 1 < doc.tokens.len()
            && end - last < 4
            && capitalized(end + 1)
            && !is_all_caps(words(end + 1))
            && doc.tokens[end + 1].sentence == doc.tokens[first].sentence
        {
            crate::work::step(1);
            // the next word is free, or opens or continues a non-place span
            match found.get(owner) {
                Some(g) if g.first <= end + 1 => {
                    if g.type_index == PLACE || g.first < end + 1 {
                        break;
                    }
                    end = g.last;
                    owner += 1;
                }
                _ => end += 1,
            }
        }
        let tail = words(end);
        let team = tail.chars().count() > 3
            && tail.ends_with('s')
            && !tail.ends_with("ss")
            && !PLACE_ENDINGS.contains(&tail)
            && !super::is_calendar_word(&tail.to_lowercase())
            && !listed(end, &["s:"]);
        let organisation = end > last
            && (ORGANIZATION_ENDINGS.contains(&tail) || ORGANIZATION_WORDS.contains(&tail) || team)
            && !known(first, end);
        if organisation {
            found[n].last = end;
            found[n].type_index = ORGANIZATION;
        }
        found.swap(kept, n);
        kept += 1;
        n = if organisation { owner } else { n + 1 };
    }
    found.truncate(kept);
    // "Amateur Hockey Association of Canada", "Communist Party of China": a
    // place after "of" and an organisation's word ends that organisation's
    // name
    // (`found[..kept]` are the spans settled, `found[n..]` those to come:
    // the spans an organisation takes in are dropped from the end of the
    // settled ones, not drained from the middle of the list)
    let mut kept = 0;
    let mut n = 0;
    while n < found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let head = first >= 2
            && found[n].type_index == PLACE
            && words(first - 1) == "of"
            && (ORGANIZATION_ENDINGS.contains(&words(first - 2))
                || ORGANIZATION_WORDS.contains(&words(first - 2)))
            && doc.tokens[first - 2].sentence == doc.tokens[first].sentence;
        if !head {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        // back over the organisation's capitalised words and spans
        let mut start = first - 2;
        let mut absorbed = kept;
        while absorbed > 0 && found[absorbed - 1].last >= start {
            crate::work::step(1);
            absorbed -= 1;
            start = start.min(found[absorbed].first);
        }
        // (each run of free capitalised words before a head is its own)
        while start > 0
            && capitalized(start - 1)
            && !doc.starts_sentence(start)
            && !OPENERS.contains(&words(start - 1))
            && (absorbed == 0 || found[absorbed - 1].last < start - 1)
        {
            crate::work::step(1);
            start -= 1;
        }
        if found[absorbed..kept].iter().any(|g| g.type_index == PLACE) {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        found[n].first = start;
        found[n].type_index = ORGANIZATION;
        found.swap(absorbed, n);
        kept = absorbed + 1;
        n += 1;
    }
    found.truncate(kept);
    // the words that complete a place's name after it
    for n in 0..found.len() {
        crate::work::step(1);
        if found[n].type_index != PLACE {
            continue;
        }
        let (first, last) = (found[n].first, found[n].last);
        // token `i` is in no other span, or its span is that one token
        let free = |i: usize| {
            i < doc.tokens.len()
                && found
                    .get(n + 1)
                    .map_or(true, |g| g.first > i || (g.first == i && g.last == i))
                && doc.tokens[i].sentence == doc.tokens[first].sentence
        };
        // "Newcastle upon Tyne", "Frankfurt am Main": a known longer name
        if free(last + 2)
            && CONNECTORS.contains(&words(last + 1))
            && capitalized(last + 2)
            && !super::is_calendar_word(&words(last + 2).to_lowercase())
            && (known(first, last + 2) || town(first, last + 2))
        {
            found[n].last = last + 2;
            continue;
        }
        // "Bosnia and Herzegovina", "Trinidad and Tobago": a known name
        if free(last + 2)
            && matches!(words(last + 1), "and" | "&")
            && capitalized(last + 2)
            && known(first, last + 2)
        {
            found[n].last = last + 2;
            continue;
        }
        // "the Cape Verde islands", "the Mandovi river": a lowercase word
        // for a kind of place right after the name is part of it
        if last + 1 < doc.tokens.len()
            && doc.tokens[last + 1].sentence == doc.tokens[first].sentence
            && LOWERCASE_KINDS.contains(&words(last + 1))
            && found.get(n + 1).map_or(true, |g| g.first > last + 1)
        {
            found[n].last = last + 1;
            continue;
        }
        // "Hong Kong Open", "Peking Protocol", "Nuremberg Laws": a known
        // place and capitalised common words after it name an event, a
        // treaty or a work, not a place ("Insein Prison" is one)
        // ("the United States Government" is the country's)
        if last > first && !known(first, last) && words(last) != "Government" {
            if let Some(end) = prefixes(first, last)
                .filter(|&end| known(first, end))
                .last()
            {
                let trailing_common = (end + 1..=last).all(|j| {
                    let word = words(j);
                    capitalized(j)
                        && !PLACE_ENDINGS.contains(&word)
                        && !FACILITIES.contains(&word)
                        && listed(j, &["w:"])
                });
                if trailing_common {
                    found[n].type_index = OTHER;
                    continue;
                }
            }
        }
        // "Washington, D.C."
        if free(last + 2) && words(last + 1) == "," && words(last + 2) == "D.C." {
            found[n].last = last + 2;
            continue;
        }
    }
    // "Portland and Ogdensburg Railroad": the first of two names that one
    // railway or canal joins is part of its name
    for n in 0..found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let joined = found[n].type_index == PLACE
            && matches!(words(found[n].last), "Railroad" | "Railway" | "Canal")
            && first >= 2
            && words(first - 1) == "and"
            && capitalized(first - 2)
            && doc.tokens[first - 2].sentence == doc.tokens[first].sentence
            && (n == 0 || found[n - 1].last < first - 2 || found[n - 1].first == first - 2);
        if joined {
            found[n].first = first - 2;
        }
    }
    let mut found = drop_nested(found);
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
    let mut found = names_around_places(doc, found);
    // one reading per name: a name the article made a place elsewhere is
    // that place, unless it is a word of a person's full name
    let found_places: Vec<&str> = found
        .iter()
        .filter(|f| f.type_index == PLACE)
        .map(|f| text_of(f.first, f.last))
        .collect();
    let place_names: HashSet<&str> = found_places.iter().copied().collect();
    if place_names.is_empty() {
        return found;
    }
    // (a full name has two words or more: "Harrison ;" is one word, and
    // "Old Goa" is a compass word and a name)
    let person_words: HashSet<&str> = found
        .iter()
        .filter(|f| {
            f.type_index == PERSON
                && (f.first..=f.last).filter(|&j| capitalized(j)).count() > 1
                && !COMPASS.contains(&words(f.first))
        })
        .flat_map(|f| (f.first..=f.last).map(words))
        .collect();
    let is_place_name = |first: usize, last: usize| {
        let text = text_of(first, last);
        place_names.contains(&text) && !(first..=last).any(|j| person_words.contains(&words(j)))
    };
    // how often each place name is read as an organisation or "other" name
    let mut other_readings: HashMap<&str, usize> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| matches!(f.type_index, ORGANIZATION | OTHER))
    {
        crate::work::step(1);
        let text = text_of(f.first, f.last);
        if place_names.contains(&text) {
            *other_readings.entry(text).or_default() += 1;
        }
    }
    // how often each is read as a place (counted once, not per mention)
    let mut place_readings: HashMap<&str, usize> = HashMap::new();
    for &text in &found_places {
        crate::work::step(1);
        *place_readings.entry(text).or_default() += 1;
    }
    let place_readings = |text: &str| place_readings.get(text).copied().unwrap_or(0);
    for f in &mut found {
        crate::work::step(1);
        if f.type_index == PERSON && is_place_name(f.first, f.last) {
            f.type_index = PLACE;
        }
        // "Old Goa" after "Goa": a compass word and a place name
        if f.type_index == PERSON
            && f.last > f.first
            && COMPASS.contains(&words(f.first))
            && is_place_name(f.first + 1, f.last)
        {
            f.type_index = PLACE;
        }
        // "the Bridgton yard", "calling at both Cosham and Bedhampton": a
        // name the table does not know, taken for an organisation or an
        // "other" name, is the place the article named (a known city may
        // name its team: "Boston would not win another Cup")
        if matches!(f.type_index, ORGANIZATION | OTHER)
            && is_place_name(f.first, f.last)
            && !known(f.first, f.last)
            && !super::KNOWN_ORGANIZATIONS.contains(&text_of(f.first, f.last))
            && !is_all_caps(words(f.first))
            && !(f.first > 0 && capitalized(f.first - 1) && !doc.starts_sentence(f.first))
            && !(f.last + 1 < doc.tokens.len() && capitalized(f.last + 1))
            && !listed(f.last, &["w:"])
            && place_readings(text_of(f.first, f.last))
                >= other_readings
                    .get(text_of(f.first, f.last))
                    .copied()
                    .unwrap_or(0)
        {
            f.type_index = PLACE;
        }
    }
    let covered = covered_tokens(doc, &found);
    let mut added: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        crate::work::step(1);
        if covered[i] || !capitalized(i) || (i > 0 && capitalized(i - 1) && !covered[i - 1]) {
            i += 1;
            continue;
        }
        let last = super::uncovered_run(doc, &covered, i, capitalized);
        if !is_all_caps(words(i)) && is_place_name(i, last) && !listed(i, &["w:"]) {
            added.push(Found {
                first: i,
                last,
                type_index: PLACE,
                margin: 2.0,
            });
        }
        i = last + 1;
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
    // the names this made places may have a compass word before them
    join_words_before(doc, found)
}

/// Last words of events, contests and charts named after a place ("Reading
/// Festival", "Bangladesh Liberation War", "Texas Open", "UK Indie Chart").
const EVENT_WORDS: &[&str] = &[
    "Festival",
    "War",
    "Challenge",
    "Championship",
    "Championships",
    "Cup",
    "Open",
    "Games",
    "Chart",
    "Lotto",
    "Trophy",
    "Tournament",
    "Prize",
    "Prix",
    "Marathon",
    "Regatta",
    "Convention",
    "Bowl",
];

/// Languages, creeds and peoples' adjectives that the tagger may take for a
/// place when they stand alone ("translated from Latin", "in Greek", "Hindu
/// pilgrimage"): never a place's whole name (hand-made list).
const LANGUAGES_AND_CREEDS: &[&str] = &[
    "Latin",
    "Greek",
    "Hebrew",
    "Arabic",
    "Aramaic",
    "Sanskrit",
    "Hindi",
    "Urdu",
    "Bengali",
    "Punjabi",
    "Gujarati",
    "Marathi",
    "Tamil",
    "Telugu",
    "Konkani",
    "Kannada",
    "Malayalam",
    "Swahili",
    "Yiddish",
    "Esperanto",
    "Persian",
    "Farsi",
    "Pashto",
    "Azeri",
    "Kurdish",
    "Turkish",
    "Mandarin",
    "Cantonese",
    "Tagalog",
    "Hindu",
    "Muslim",
    "Islamic",
    "Jewish",
    "Christian",
    "Catholic",
    "Protestant",
    "Buddhist",
    "Sikh",
];

/// Words for a state that "of" and its place's name follow ("Grand Duchy of
/// Poznań", "Federal Republic of Yugoslavia", "Kingdom of Hungary").
const STATES_OF: &[&str] = &[
    "Duchy",
    "Republic",
    "Kingdom",
    "Principality",
    "Emirate",
    "Sultanate",
    "Khanate",
    "Voivodeship",
    "Margraviate",
    "Electorate",
];

/// Last words of ways and grounds that a person's name may open ("Cal
/// Anderson Park", "East Denny Way", "Nagle Place").
const WAYS: &[&str] = &[
    "Park",
    "Street",
    "Avenue",
    "Boulevard",
    "Way",
    "Place",
    "Drive",
    "Road",
    "Square",
    "Formation",
];

/// Completes and retypes names around places, once the tagger's spans and
/// the rules above have settled: a place's name in two spans or with a word
/// left out ("British Columbia", "Grand Duchy of Poznań", "Cal Anderson
/// Park"), an event named after a place ("Reading Festival"), and a team
/// named after a place that "and" joins to another team ("Footscray and
/// North Melbourne", "Derbyshire and Surrey").
fn names_around_places(doc: &Document, mut found: Vec<Found>) -> Vec<Found> {
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
    let bound = &KeyBound::new(doc);
    let prefixes = |first: usize, last: usize| {
        (first..last)
            .inspect(|_| crate::work::step(1))
            .take_while(move |&end| bound.may_be_known(first, end))
    };
    for f in &mut found {
        crate::work::step(1);
        // "south India": a compass word in lower case describes the place and
        // is no part of its name
        let lowercase = !words(f.first).starts_with(char::is_uppercase);
        if f.type_index == PLACE
            && f.first < f.last
            && lowercase
            && COMPASS
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
            && (LANGUAGES_AND_CREEDS.contains(&words(f.first)) || hall)
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
            super::TITLE_WORDS.contains(&lower.as_str())
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
                    bound.may_be_known(j + 1, last)
                        || doc.tokens[last].span.end - doc.tokens[j + 1].span.start
                            <= longest_place_name
                })
                .any(|j| {
                    words(j) == "of"
                        && STATES_OF.contains(&words(j - 1))
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
            .is_some_and(|e| EVENT_WORDS.contains(&words(e)));
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
            && STATES_OF.contains(&words(first - 2))
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
    let bloom = super::tagger::Bloom::embedded();
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
        let way_word = WAYS.contains(&words(f.last));
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
                        && !ORGANIZATION_WORDS.contains(&words(j))
                        && !ORGANIZATION_HEADS.contains(&words(j))
                }));
        if named
            && f.last + 1 < doc.tokens.len()
            && WAYS.contains(&words(f.last + 1))
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
                ORGANIZATION_ENDINGS.contains(&words(j)) || ORGANIZATION_WORDS.contains(&words(j))
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

/// `found` without the spans that the span before them holds, and without
/// a span that the next one holds.
fn drop_nested(found: Vec<Found>) -> Vec<Found> {
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = kept.last() {
            if previous.first >= f.first && previous.last <= f.last {
                kept.pop();
            } else if f.first >= previous.first && f.last <= previous.last {
                continue;
            }
        }
        kept.push(f);
    }
    kept
}

/// Joins to a place the word before it that belongs to its name: a compass
/// word ("North Bridgton", "East Perth") and a capitalised "other" word
/// ("French Sudan", "Nazi Germany"). Returns `found` without the spans the
/// places took in.
fn join_words_before(doc: &Document, mut found: Vec<Found>) -> Vec<Found> {
    let words = |i: usize| doc.token_text(i);
    // "North Bridgton", "East Perth": a compass word before a place is part of it
    for n in 0..found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let compass = first > 0
            && is_capitalized(words(first - 1))
            && COMPASS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(words(first - 1)));
        if found[n].type_index != PLACE || !compass {
            continue;
        }
        let free = n == 0 || found[n - 1].last + 1 < first;
        // "Northern" taken for a name of its own: one place with the next
        let alone = n > 0 && found[n - 1].first == first - 1 && found[n - 1].last == first - 1;
        if free || alone {
            found[n].first = first - 1;
        }
    }
    // "French Sudan", "Nazi Germany": a single "other" word (a demonym or
    // an epithet) right before a place is part of its name
    for n in 1..found.len() {
        crate::work::step(1);
        let (before, f) = (&found[n - 1], &found[n]);
        let joined = f.type_index == PLACE
            && before.type_index == OTHER
            && before.first == before.last
            && before.last + 1 == f.first
            && !doc.starts_sentence(f.first)
            && !is_all_caps(words(before.first));
        // "British-ruled", "post-Ceauşescu" describe the place
        let word = words(before.first);
        if joined && is_capitalized(word) && !word.contains('-') {
            found[n].first = before.first;
        }
    }
    // the compass word's own span is now inside the place
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = kept.last() {
            if previous.first >= f.first && previous.last <= f.last {
                kept.pop();
            }
        }
        kept.push(f);
    }
    kept
}

/// Whether `name` is a country's.
fn is_country(name: &str) -> bool {
    gazetteer()
        .lookup(name)
        .iter()
        .any(|&p| gazetteer().places[p as usize].feature_class == "country")
}

/// Whether `name` is a nation's that fields its own sports teams: a country
/// or one of the United Kingdom's home nations.
fn is_nation(name: &str) -> bool {
    gazetteer().lookup(name).iter().any(|&p| {
        let place = &gazetteer().places[p as usize];
        place.feature_class == "country"
            || (place.feature_class == "region" && place.country_code == "GB")
    })
}

/// Whether `word` is a game's score ("63-7", "2-1").
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Splits the place out of names the tagger ran over it: "Mayor of
/// Brampton", "Governor General of Canada" (an office over a place: the
/// place alone), and "Stanley Casino in Newcastle", "Bucknell University in
/// Lewisburg" (a building or body and the place it is in: the place after
/// "in" is a place of its own, the rest keeps its type).
fn split_offices_and_locations(doc: &Document, found: &mut Vec<Found>) {
    let words = |i: usize| doc.token_text(i);
    let capitalized = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(words(i));
    let text_of = |first: usize, last: usize| {
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    };
    let bloom = super::tagger::Bloom::embedded();
    let common = |i: usize| {
        let lower = words(i).to_lowercase();
        bloom.is_some_and(|b| b.contains(&format!("w:{lower}")))
    };
    let place_like = |first: usize, last: usize| {
        !gazetteer().lookup(text_of(first, last)).is_empty()
            || super::places::is_small_town(text_of(first, last))
            || (first..=last).all(|j| capitalized(j) && !is_all_caps(words(j)) && !common(j))
    };
    let mut added: Vec<Found> = Vec::new();
    for f in found.iter_mut() {
        crate::work::step(1);
        if f.last < f.first + 2 {
            continue;
        }
        let Some(k) = (f.first + 1..f.last).find(|&k| matches!(words(k), "of" | "in")) else {
            continue;
        };
        // "Organisation for Security and Cooperation in Europe" is one name
        let capitalized_around = (f.first..k).all(capitalized) && (k + 1..=f.last).all(capitalized);
        if !capitalized_around {
            continue;
        }
        if words(k) == "of" {
            let office = (f.first..k).all(|j| OFFICES_OF.contains(&words(j)))
                && (f.first..k)
                    .any(|j| !matches!(words(j), "Catholic" | "Roman" | "Anglican" | "General"));
            if office && f.type_index != PLACE && place_like(k + 1, f.last) {
                f.first = k + 1;
                f.type_index = PLACE;
                f.margin = f.margin.max(2.0);
            }
        } else if f.type_index != PERSON && place_like(k + 1, f.last) {
            added.push(Found {
                first: k + 1,
                last: f.last,
                type_index: PLACE,
                margin: f.margin.max(2.0),
            });
            f.last = k - 1;
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.first);
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use super::PLACE;
    use crate::document::Document;
    use crate::extract::Payload;

    /// The places found in `text`.
    fn places(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .filter(|m| matches!(m.payload, Payload::Place(_)))
            .map(|m| m.span.text(text).to_string())
            .collect()
    }

    #[track_caller]
    fn has(text: &str, name: &str) {
        let found = places(text);
        assert!(found.iter().any(|p| p == name), "{name} in {found:?}");
    }

    #[track_caller]
    fn lacks(text: &str, name: &str) {
        let found = places(text);
        assert!(
            !found.iter().any(|p| p.contains(name)),
            "{name} in {found:?}"
        );
    }

    #[test]
    fn a_definition_makes_a_place_and_so_every_other_mention() {
        // "Harrington" alone reads as a surname
        let text = "Harrington is a small village in Cumbria, England. \
                    Its church is old. Harrington was first recorded in 1086, \
                    and the road to Harrington is narrow.";
        let doc = Document::new(text);
        let count = find(&doc)
            .iter()
            .filter(|m| m.span.text(text) == "Harrington" && matches!(m.payload, Payload::Place(_)))
            .count();
        assert_eq!(count, 3, "{:?}", places(text));
    }

    #[test]
    fn organisations_and_teams_named_after_a_place_are_no_place() {
        lacks(
            "The injured were taken to the Atlantic City Hospital by train.",
            "Hospital",
        );
        let text = "The 2001 Denver Falcons football team won the league.";
        let found = crate::extract::names::find(&Document::new(text));
        assert!(
            !found.iter().any(|m| m.span.text(text).contains("Falcons")
                && matches!(m.payload, Payload::Place(_) | Payload::Person(_))),
            "{found:?}"
        );
        lacks(
            "James Hoyt, Secretary of the New Jersey Department of Public Safety, said so.",
            "Department",
        );
    }

    #[test]
    fn a_title_in_quotes_is_no_place() {
        let text = "The choices were \" A Lie \" , \" The Fantasy \" and \" Savior \" .";
        lacks(text, "Fantasy");
    }

    #[test]
    fn a_place_word_ends_the_place() {
        has(
            "A stone bridge crosses Tanner Brook near the mill.",
            "Tanner Brook",
        );
        has(
            "The plane landed at Changi International Airport on time.",
            "Changi International Airport",
        );
    }

    #[test]
    fn the_other_end_of_a_route_is_a_place() {
        has(
            "The trains ran from Harrison to Portland every day.",
            "Harrison",
        );
    }

    #[test]
    fn a_compass_word_and_the_place_after_it_are_one_place() {
        has(
            "Ukraine beat Northern Ireland 1-0 on Saturday.",
            "Northern Ireland",
        );
        has(
            "UKRAINE BEAT NORTHERN IRELAND IN WORLD CUP QUALIFIER .",
            "NORTHERN IRELAND",
        );
        has("Palestinians in the West Bank protested.", "West Bank");
    }

    #[test]
    fn a_people_named_in_the_plural_is_no_place() {
        lacks(
            "The Agotes were a minority in France, and the Cacons too.",
            "Cacons",
        );
    }

    #[test]
    fn a_country_named_before_a_noun_is_the_country() {
        let text = "Shares rose on hopes of US economic recovery after US bank chief \
                    Ben Bernanke said that the US economy was recovering.";
        let count = places(text).iter().filter(|p| *p == "US").count();
        assert_eq!(count, 3, "{:?}", places(text));
    }

    #[test]
    fn a_town_the_table_leaves_out_is_a_place_after_in() {
        // "Mobile" is also a common word, and too small for the linked table
        has(
            "The Senior Bowl was played in Mobile, Alabama, in January.",
            "Mobile",
        );
    }

    #[test]
    fn the_words_that_complete_a_place_join_it() {
        has(
            "He played at the Stanley Casino in Newcastle upon Tyne last year.",
            "Newcastle upon Tyne",
        );
        let text = "In July it moved to Washington, D.C. with the rest of the corps.";
        let doc = Document::new(text);
        let washington = find(&doc).into_iter().find_map(|m| match m.payload {
            Payload::Place(p) if m.span.text(text) == "Washington, D.C." => Some(p.geonames_id),
            _ => None,
        });
        assert_eq!(washington, Some(4140963), "{:?}", places(text));
        has(
            "The line was built by the Portland and Ogdensburg Railroad in 1875.",
            "Portland and Ogdensburg Railroad",
        );
        // a weekday after "on" is no part of the place
        has("England play Moldova on Sunday.", "Moldova");
    }

    #[test]
    fn a_verb_opening_a_sentence_is_no_part_of_the_place() {
        has(
            "The envoy spoke again. Urging Washington to take a good look in the mirror, he left.",
            "Washington",
        );
    }

    #[test]
    fn a_place_that_opens_an_organisations_name_is_no_place() {
        lacks(
            "The cup went to the Montreal Hockey Club in 1893.",
            "Montreal",
        );
        lacks(
            "He ran twice in Ontario Liberal Party leadership conventions.",
            "Ontario",
        );
        has("She lives in Paris and works in Lyon.", "Lyon");
        lacks(
            "The Amateur Hockey Association of Canada was an amateur league.",
            "Canada",
        );
        has("He moved to the city of Toronto.", "Toronto");
    }

    #[test]
    fn an_office_or_a_building_is_no_part_of_the_place_after_it() {
        has(
            "It consists of the Mayor of Brampton, currently Susan Fennell, and ten councillors.",
            "Brampton",
        );
        has(
            "He played tournaments at the Stanley Casino in Newcastle last year.",
            "Newcastle",
        );
        lacks(
            "He played tournaments at the Stanley Casino in Newcastle last year.",
            "Casino",
        );
        // one name with "in" inside it stays one organisation's name
        lacks(
            "The Organization for Security and Cooperation in Europe said the vote was fair.",
            "Europe",
        );
    }

    #[test]
    fn an_organisation_or_team_named_after_a_place_is_no_place() {
        lacks(
            "The draw is run by the Connecticut Lottery twice a week.",
            "Connecticut",
        );
        lacks(
            "The Coronado Unified School District serves the whole island.",
            "Coronado",
        );
        lacks(
            "Bowling Green lost the bowl game to Tulsa 63-7 in January.",
            "Tulsa",
        );
        lacks(
            "Two players were injured at the home venue of the Montreal HC.",
            "Montreal",
        );
        lacks("He also helped found the Ottawa 67s in 1967.", "Ottawa");
        lacks(
            "Jim Thome homered for Cleveland on Friday night.",
            "Cleveland",
        );
        lacks(
            "He will be replaced by Shearer's Newcastle team mate Les Ferdinand.",
            "Newcastle",
        );
        // a nation's side is named as the nation
        has(
            "Alan Shearer was named as the new England captain on Friday.",
            "England",
        );
    }

    #[test]
    fn a_town_joined_to_a_town_by_and_is_a_place() {
        has(
            "The line had a wye with branches to Harrison and Bridgton Junction.",
            "Harrison",
        );
        // a given name stays a person's, unless a preposition of place is before it
        lacks(
            "The mayor thanked Charles and Bridgton Junction's firemen.",
            "Charles",
        );
    }

    #[test]
    fn a_countrys_government_is_named_by_the_country() {
        has(
            "Markets fell despite the US Government's $700 billion bail-out.",
            "US",
        );
    }

    #[test]
    fn a_countrys_abbreviation_opening_an_organisations_name_is_the_country() {
        has(
            "Shares fell after the bailout of AIG by the US Federal Reserve.",
            "US",
        );
    }

    #[test]
    fn a_demonym_before_a_place_is_part_of_its_name() {
        has(
            "After leaving French Sudan in January 1899, they marched east.",
            "French Sudan",
        );
        has(
            "The bombs would fan tensions in British-ruled Northern Ireland.",
            "Northern Ireland",
        );
    }

    #[test]
    fn a_known_name_with_and_or_a_lowercase_kind_is_one_place() {
        has(
            "It is the largest hospital in Mostar, Bosnia and Herzegovina.",
            "Bosnia and Herzegovina",
        );
        has(
            "The village lies on the Mandovi river near Panaji.",
            "Mandovi river",
        );
    }

    #[test]
    fn a_place_and_common_words_after_it_name_an_event_not_a_place() {
        lacks(
            "Jansher lost in the semifinals of the Hong Kong Open on Saturday.",
            "Hong Kong",
        );
        lacks(
            "The war officially ended with the signing of the Peking Protocol.",
            "Peking",
        );
        has(
            "Political prisoners are held in Rangoon's Insein Prison.",
            "Insein Prison",
        );
    }

    #[test]
    fn a_name_the_article_made_a_place_is_that_place_and_takes_its_compass_word() {
        // "Harrison ;" taken for a person is no full name that holds "Harrison"
        let text = "The railroad was renamed the Bridgton and Harrison ; but the \
                    extension to Harrison was dismantled in 1930. Milepost 7.2 : West \
                    Sebago - southbound spur. The train left Sebago at noon. Sebago was \
                    a small village near Harrison.";
        let found = places(text);
        assert!(
            found.iter().filter(|p| *p == "Harrison").count() >= 2,
            "{found:?}"
        );
        has(text, "West Sebago");
    }

    #[test]
    fn a_state_named_an_empire_or_a_republic_is_a_place() {
        has(
            "Fighting went on across the former Russian Empire and the Ottoman Empire.",
            "Ottoman Empire",
        );
    }

    #[test]
    fn a_name_read_as_a_place_is_that_place_when_taken_for_an_organisation() {
        let text = "Divar is a small island in the Mandovi river. Pilgrims came to \
                    the church of Divar every year, and the bridge to Divar was new.";
        let count = places(text).iter().filter(|p| *p == "Divar").count();
        assert_eq!(count, 3, "{:?}", places(text));
    }

    #[test]
    fn a_field_of_study_is_no_place() {
        lacks(
            "She received the Nobel Prize in Physiology or Medicine.",
            "Physiology",
        );
        has(
            "Trains ran to Bridgton Junction daily.",
            "Bridgton Junction",
        );
    }
    #[test]
    fn an_event_named_after_a_place_is_no_place() {
        lacks(
            "Thousands died in the Bangladesh Liberation War of 1971.",
            "Bangladesh",
        );
        // the place itself stays
        has("Fans travelled to Leeds for the festival.", "Leeds");
    }

    #[test]
    fn a_states_word_and_of_join_the_place_after_them() {
        has(
            "The region was then part of the Grand Duchy of Finland.",
            "Grand Duchy of Finland",
        );
        has(
            "The firm opened an office in the People's Republic of China.",
            "People's Republic of China",
        );
        has(
            "The Federal Republic of Germany was founded in 1949.",
            "Federal Republic of Germany",
        );
    }

    #[test]
    fn a_way_or_a_park_named_after_a_person_is_a_place() {
        has(
            "The park was renamed Harvey Milk Park in 2003.",
            "Harvey Milk Park",
        );
        let text = "The market is at the corner of East Pike Way and Olive Place.";
        has(text, "East Pike Way");
        has(text, "Olive Place");
        // a given name and a surname that is a way's word: a person
        let text = "Nathan Lane and Diane Lane said so.";
        assert!(places(text).is_empty(), "{:?}", places(text));
    }

    #[test]
    fn a_place_and_a_team_named_after_a_place_joined_by_and_are_teams() {
        lacks(
            "He played with Collingwood and North Melbourne in the VFL.",
            "Melbourne",
        );
        // places joined by "and" after a preposition of place stay places
        has("She grew up near Ancaster and Grantham.", "Ancaster");
    }
    /// The spans `names_around_places` makes of `spans` (tokens, type) in
    /// `text`, as (text, type).
    fn around(text: &str, spans: &[(usize, usize, usize)]) -> Vec<(String, usize)> {
        let doc = Document::new(text);
        let found = spans
            .iter()
            .map(|&(first, last, type_index)| super::Found {
                first,
                last,
                type_index,
                margin: 1.0,
            })
            .collect();
        super::names_around_places(&doc, found)
            .iter()
            .map(|f| {
                let span = crate::span::Span::new(
                    doc.tokens[f.first].span.start,
                    doc.tokens[f.last].span.end,
                );
                (span.text(text).to_string(), f.type_index)
            })
            .collect()
    }

    #[test]
    fn two_places_with_nothing_between_are_one_place() {
        // "Scientists at Cold Spring Harbor": the tagger's "Cold" and
        // "Spring Harbor"
        assert_eq!(
            around(
                "Scientists at Cold Spring Harbor worked.",
                &[(2, 2, PLACE), (3, 4, PLACE)]
            ),
            vec![("Cold Spring Harbor".to_string(), PLACE)]
        );
        // a comma between them: two places
        assert_eq!(
            around("Burnaby , Canada", &[(0, 0, PLACE), (2, 2, PLACE)]).len(),
            2
        );
        // capitals: a table's two teams
        assert_eq!(
            around(
                "ATLANTA AT CHICAGO FLORIDA",
                &[(2, 2, PLACE), (3, 3, PLACE)]
            )
            .len(),
            2
        );
    }

    #[test]
    fn an_organisations_word_and_of_after_a_place_make_an_organisation() {
        lacks("He joined the Ireland League of Rights in 1950.", "Ireland");
    }
    #[test]
    fn a_place_before_its_officers_title_is_the_place() {
        has("Texas Coach Darrell Royal praised him.", "Texas");
        // the title and the officer are no part of the place
        lacks("Texas Coach Darrell Royal praised him.", "Coach");
    }
    #[test]
    fn a_region_the_places_know_whole_is_a_place_whatever_the_tagger_said() {
        has("He moved to Nova Scotia in 1990.", "Nova Scotia");
        has("The Middle East is tense again.", "Middle East");
        has(
            "Prices rose across Latin America last year.",
            "Latin America",
        );
    }

    #[test]
    fn a_language_alone_is_no_place() {
        lacks("An Israeli soldier yelled at the man in Hebrew.", "Hebrew");
        lacks(
            "The motto, roughly translated from Latin, means launch forth.",
            "Latin",
        );
        // a place named with a language's word stays
        has(
            "Prices rose across Latin America last year.",
            "Latin America",
        );
    }
    #[test]
    fn a_word_before_a_place_that_makes_a_known_place_with_it_joins_it() {
        let text = "The United States beat El Salvador 3-1 in a friendly on Friday.";
        has(text, "El Salvador");
        // an article is no part of the name
        has(text, "United States");
        lacks(
            "Leading results at the Berlin Grand Prix athletics meeting on Friday:",
            "Berlin",
        );
    }
    #[test]
    fn a_place_in_a_quoted_title_names_the_work() {
        let text = "She is best known for appearances in \" Ice Cold in Alex \" and \" Lawrence of Arabia \" on screen.";
        lacks(text, "Alex");
        lacks(text, "Arabia");
        // the place outside the title stays
        let text =
            "The band recorded \" Anarchy in Tokyo \" during the sessions, and later toured Tokyo.";
        assert_eq!(places(text), vec!["Tokyo".to_string()]);
        let start = text.rfind("Tokyo").unwrap_or(0);
        let doc = Document::new(text);
        assert!(find(&doc)
            .iter()
            .any(|m| matches!(m.payload, Payload::Place(_)) && m.span.start == start));
    }
    #[test]
    fn a_lowercase_compass_word_is_no_part_of_the_place() {
        // the tagger's "south India"
        assert_eq!(
            around("the plateau of south India .", &[(3, 4, PLACE)]),
            vec![("India".to_string(), PLACE)]
        );
        // "South Africa" is a name
        assert_eq!(
            around("They flew to South Africa .", &[(3, 4, PLACE)]),
            vec![("South Africa".to_string(), PLACE)]
        );
    }
}
