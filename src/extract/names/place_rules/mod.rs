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
//!
//! **Layout**: the rules run as the stages of [`STAGES`], in order, each in
//! its own file; [`context`] holds what they all read (the document's words,
//! the gazetteer and filters, the bound that keeps prefix lookups linear) and
//! the shared helpers. The word lists are in `src/data/lexicon/en/`
//! (place-kinds, compass-words, ways, states-of, event-words, ...).

mod around_places;
mod comma_place;
mod completion;
mod context;
mod countries_left_out;
mod definitions;
mod joined;
mod offices;
mod one_reading;
mod organisations;
mod retype;
mod words_before;

use super::Found;
use crate::document::Document;
use context::Context;

/// One stage of the place rules: takes the names (sorted) and returns them
/// sorted.
type Stage = fn(&Context, Vec<Found>) -> Vec<Found>;

/// The stages, in the order they run.
const STAGES: &[(&str, Stage)] = &[
    (
        "offices and buildings around a place",
        offices::split_offices_and_locations,
    ),
    ("the first reading of each name", retype::retype),
    (
        "names the context makes places",
        definitions::places_from_context,
    ),
    (
        "countries the tagger left out",
        countries_left_out::countries_left_out,
    ),
    ("places joined to places", joined::joined_places),
    ("words before a place", words_before::join_words_before),
    (
        "organisations named after places",
        organisations::organisations_after_places,
    ),
    (
        "the words that complete a place",
        completion::complete_names,
    ),
    ("spans inside spans", |_, found| context::drop_nested(found)),
    (
        "a name before a comma and a place",
        comma_place::name_before_comma_and_place,
    ),
    ("names around places", around_places::names_around_places),
    ("one reading per name", one_reading::one_reading_per_name),
];

/// Applies the place rules to `found` (sorted, not overlapping) and returns it
/// sorted and not overlapping.
pub(super) fn apply(doc: &Document, found: Vec<Found>) -> Vec<Found> {
    let cx = Context::new(doc);
    STAGES
        .iter()
        .fold(found, |found, (_, stage)| stage(&cx, found))
}

#[cfg(test)]
mod tests;
