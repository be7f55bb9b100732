//! Names: people, places and organisations.
//!
//! **Finds** proper names and classifies them as person, place, organisation
//! or other, with a learned tagger ([`tagger`]: an averaged perceptron over
//! hashed features of the word, its shape, its neighbours, the GeoNames
//! gazetteer and the document's earlier decisions) trained on CoNLL-2003
//! train. Then rules fix what a news reader expects:
//!
//! - titles and honorifics ("Mr.", "President") are evidence but stay outside
//!   the span, and give the person's gender where they tell it;
//! - a possessive stops the name ("Biden's" → "Biden": the tokenizer splits it);
//! - every place is linked to a GeoNames record ([`places`]), chosen by the
//!   country named next to it ("Paris, Texas"), the countries of the
//!   article's other places, whether it is a capital (metonymic "Washington"
//!   is the capital, not the state) and population;
//! - organisations are reported as [`Payload::Organization`] so they block
//!   overlapping people and places; "other" names (demonyms like "French",
//!   events, nationalities) are not reported at all.
//!
//! **Misses**: names the model has never seen in an unusual context (mostly
//! lower-cased or unusual organisations), places smaller than the gazetteer's
//! cities (found, but left unlinked: GeoNames id 0, feature class `unknown`),
//! and names that cross a token ("U.S.-based" is one token).

use std::collections::HashMap;

use super::{Context, Extractor, Gender, Mention, Payload, PersonMention};
use crate::document::Document;
use crate::result::PlaceInfo;
use crate::span::Span;

pub mod places;
pub mod tagger;

use places::gazetteer;
use tagger::{type_of, Model, Prepared};

/// Finds people, places and organisations.
pub struct Names;

impl Extractor for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn extract(&self, doc: &Document, _context: &Context) -> Vec<Mention> {
        find(doc)
    }
}

/// Titles before a name that tell its gender.
const MALE_TITLES: &[&str] = &[
    "mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "sheikh", "monsieur",
    "herr", "señor",
];
const FEMALE_TITLES: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess", "sister", "dame", "madame",
    "frau", "señora",
];
/// Words that are titles when the tagger put them inside a person's span.
const TITLE_WORDS: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "sir",
    "dame",
    "lady",
    "lord",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "premier",
    "minister",
    "senator",
    "governor",
    "judge",
    "vice",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chancellor",
    "secretary",
    "chairman",
];
/// Pronouns right after a name that tell its gender ("Zhang said he ...").
const MALE_PRONOUNS: &[&str] = &["he", "his", "him"];
const FEMALE_PRONOUNS: &[&str] = &["she", "her", "hers"];

/// A raw span the tagger found: tokens `first..last` (inclusive) of a type.
struct Found {
    first: usize,
    last: usize,
    type_index: usize,
    margin: f32,
}

/// Finds the names in `doc`.
pub fn find(doc: &Document) -> Vec<Mention> {
    let Some(model) = Model::embedded() else {
        return Vec::new();
    };
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let prepared = Prepared::new(doc);
    let (tags, margins) = tagger::tag(&prepared, model);
    let mut found: Vec<Found> = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        let Some(t) = type_of(tag) else { continue };
        let continues = tag >= 5
            && found
                .last()
                .is_some_and(|f| f.last + 1 == i && f.type_index == t)
            && doc.tokens[i].sentence == doc.tokens[i - 1].sentence;
        if continues {
            if let Some(f) = found.last_mut() {
                f.last = i;
                f.margin = f.margin.min(margins[i]);
            }
        } else {
            found.push(Found {
                first: i,
                last: i,
                type_index: t,
                margin: margins[i],
            });
        }
    }

    let lower = |i: usize| doc.token_text(i).to_lowercase();
    let places = link_places(doc, &found);
    let mut mentions = Vec::with_capacity(found.len());
    for (n, f) in found.iter().enumerate() {
        let mut first = f.first;
        let mut last = f.last;
        // a trailing possessive or punctuation never belongs to a name
        while last > first && matches!(doc.token_text(last), "'s" | "’s" | "'" | "’" | "," | ".")
        {
            last -= 1;
        }
        let confidence = 0.6 + 0.39 * (1.0 - (-f.margin / 8.0).exp());
        let (payload, reason) = match f.type_index {
            0 => {
                while first < last && TITLE_WORDS.contains(&lower(first).as_str()) {
                    first += 1;
                }
                let gender = gender(doc, first, last);
                let reason = if first > 0 && TITLE_WORDS.contains(&lower(first - 1).as_str()) {
                    "title + name"
                } else if last > first {
                    "given name + surname"
                } else {
                    "name in a person's context"
                };
                (Payload::Person(PersonMention { gender }), reason)
            }
            1 => match &places[n] {
                Some(info) => (Payload::Place(info.clone()), "place name (GeoNames)"),
                None => (
                    Payload::Place(PlaceInfo {
                        name: doc.tokens[first..=last]
                            .first()
                            .zip(doc.tokens[first..=last].last())
                            .map(|(a, b)| Span::new(a.span.start, b.span.end).text(doc.text))
                            .unwrap_or_default()
                            .to_string(),
                        country_code: String::new(),
                        feature_class: "unknown".into(),
                        lat: 0.0,
                        lon: 0.0,
                        geonames_id: 0,
                    }),
                    "place in context (not in the gazetteer)",
                ),
            },
            2 => (Payload::Organization, "organisation"),
            _ => continue,
        };
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        mentions.push(Mention {
            span,
            confidence,
            reason: reason.into(),
            payload,
        });
    }
    mentions
}

/// The gender a title before the name or a pronoun right after it tells.
fn gender(doc: &Document, first: usize, last: usize) -> Option<Gender> {
    let before = |back: usize| {
        first
            .checked_sub(back)
            .map(|i| doc.token_text(i).to_lowercase())
    };
    for back in 1..=2 {
        if let Some(word) = before(back) {
            if MALE_TITLES.contains(&word.as_str()) {
                return Some(Gender::Male);
            }
            if FEMALE_TITLES.contains(&word.as_str()) {
                return Some(Gender::Female);
            }
        }
    }
    let sentence = doc.tokens[last].sentence;
    let end = doc.sentences[sentence].tokens.end;
    for i in last + 1..end.min(last + 8) {
        let word = doc.token_text(i).to_lowercase();
        if MALE_PRONOUNS.contains(&word.as_str()) {
            return Some(Gender::Male);
        }
        if FEMALE_PRONOUNS.contains(&word.as_str()) {
            return Some(Gender::Female);
        }
    }
    None
}

/// Links every place span to its most likely GeoNames record.
fn link_places(doc: &Document, found: &[Found]) -> Vec<Option<PlaceInfo>> {
    let g = gazetteer();
    let text_of = |f: &Found| {
        Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end).text(doc.text)
    };
    let candidates: Vec<&[u32]> = found
        .iter()
        .map(|f| {
            if f.type_index == 1 {
                g.lookup(text_of(f))
            } else {
                &[]
            }
        })
        .collect();
    // the countries of the article's unambiguous places
    let mut countries: HashMap<&str, f64> = HashMap::new();
    let mut total: f64 = 0.0;
    for list in &candidates {
        if let [only] = list {
            let place = &g.places[*only as usize];
            if !place.country_code.is_empty() {
                *countries.entry(place.country_code).or_default() += 1.0;
                total += 1.0;
            }
        }
    }
    found
        .iter()
        .enumerate()
        .map(|(n, f)| {
            let list = candidates[n];
            // "Paris, Texas": the place named right after the comma
            let next_country = found.get(n + 1).filter(|next| {
                next.type_index == 1
                    && next.first == f.last + 2
                    && doc.token_text(f.last + 1) == ","
            });
            let next_codes: Vec<&str> = next_country
                .map(|_| {
                    candidates[n + 1]
                        .iter()
                        .map(|&i| g.places[i as usize].country_code)
                        .collect()
                })
                .unwrap_or_default();
            let next_word = doc.token_text(f.last + 1).to_lowercase();
            let best = list.iter().max_by(|&&a, &&b| {
                let score = |i: u32| {
                    let place = &g.places[i as usize];
                    let mut score = f64::from(place.population_k + 1).ln();
                    score += match place.feature_class {
                        "continent" | "country" => 3.0,
                        "region" => 0.5,
                        _ => 0.0,
                    };
                    if let Some(share) = countries.get(place.country_code) {
                        score += 3.0 * share / total.max(1.0);
                    }
                    if next_codes.contains(&place.country_code) {
                        score += 6.0;
                    }
                    if place.feature_class == "region" && next_word == "state" {
                        score += 6.0;
                    }
                    if place.capital {
                        score += 2.5;
                    }
                    score
                };
                score(a).total_cmp(&score(b))
            });
            best.map(|&i| g.places[i as usize].info())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|m| {
                let kind = match m.payload {
                    Payload::Person(_) => "person",
                    Payload::Place(_) => "place",
                    Payload::Organization => "org",
                    _ => "other",
                };
                (m.span.text(text).to_string(), kind)
            })
            .collect()
    }

    #[test]
    fn people_and_places_in_prose() {
        let found = names("Chinese Foreign Ministry spokesman Wang Wenbin said in Beijing on Monday that the United States was wrong.");
        assert!(
            found.contains(&("Wang Wenbin".into(), "person")),
            "{found:?}"
        );
        assert!(found.contains(&("Beijing".into(), "place")), "{found:?}");
        assert!(
            found.contains(&("United States".into(), "place")),
            "{found:?}"
        );
    }
}
