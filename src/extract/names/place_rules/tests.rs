//! Table tests of the place rules, through the names extractor (`find`)
//! and, for the stage of names around places, on spans given by hand.

use super::super::find;
use super::context::PLACE;
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
    let cx = super::context::Context::new(&doc);
    super::around_places::names_around_places(&cx, found)
        .iter()
        .map(|f| {
            let span =
                crate::span::Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end);
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
