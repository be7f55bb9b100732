//! Places joined to places: a single name taken for a person that "and"
//! joins to a town ("to Harrison and Bridgton Junction"; not a given name
//! that no preposition of place comes before, and not after a country:
//! "attacks by Iran and Talabani"), and the other end of a route ("from
//! Harrison to Bridgton").

use super::super::places::gazetteer;
use super::super::Found;
use super::context::{Context, PERSON, PLACE};
use crate::document::is_all_caps;

pub(super) fn joined_places(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let words = |i: usize| cx.words(i);
    let text_of = |first: usize, last: usize| cx.text_of(first, last);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
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

    found
}
