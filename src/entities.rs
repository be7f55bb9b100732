//! Grouping mentions into entities: every mention of one person or one place
//! gets the same entity.
//!
//! People: full names found anywhere in the text become entities first; a
//! shorter mention ("Wang", "Wenbin", the "Wang" of "Mr. Wang") joins the
//! entity whose name contains all its words and that was mentioned most
//! recently before it (or, failing that, soonest after it). So two Smiths stay
//! two: "Smith" goes with whichever was last named. An initial matches a name
//! with that letter ("P. Simmons" is "Phil Simmons"). Places: mentions linked
//! to the same GeoNames record are one entity ("U.S." and "United States");
//! places not linked (GeoNames id 0) are one entity per name.

use std::collections::{BTreeMap, HashMap};

use crate::extract::{Mention, Payload};
use crate::result::Kind;

/// One entity: its kind, canonical name and mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Person or place.
    pub kind: Kind,
    /// The canonical name: the fullest mention.
    pub name: String,
    /// Indices into the mentions given to [`group`], in text order.
    pub members: Vec<usize>,
}

fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '\u{a0}')
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// What makes two places one: the same GeoNames record, or for places not
/// linked, the same name.
#[derive(PartialEq, Eq, Hash)]
enum PlaceKey {
    Id(u64),
    Name(Vec<String>),
}

/// The people's groups found so far, indexed so that a mention finds the
/// nearest mention of a group whose name holds all its words without
/// visiting every group: for each word of a group's name (and each word's
/// first letter, for initials), the members of the groups that have it.
#[derive(Default)]
struct PersonIndex {
    /// Each group's name words.
    words: Vec<Vec<String>>,
    /// Word → (member → group), over the groups whose name has the word.
    by_word: HashMap<String, BTreeMap<usize, usize>>,
    /// First letter → (member → group), over the groups with a word so starting.
    by_initial: HashMap<char, BTreeMap<usize, usize>>,
    /// Every member → group, for a mention without words.
    all: BTreeMap<usize, usize>,
}

impl PersonIndex {
    fn open(&mut self, group: usize, words: Vec<String>) {
        debug_assert_eq!(group, self.words.len());
        self.words.push(words);
    }

    fn add(&mut self, group: usize, member: usize) {
        let words = &self.words[group];
        for (i, word) in words.iter().enumerate() {
            if !words[..i].contains(word) {
                self.by_word
                    .entry(word.clone())
                    .or_default()
                    .insert(member, group);
            }
        }
        let mut initials: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        initials.sort_unstable();
        initials.dedup();
        for initial in initials {
            self.by_initial
                .entry(initial)
                .or_default()
                .insert(member, group);
        }
        self.all.insert(member, group);
    }

    /// Whether group `g`'s name holds every one of `words` (an initial stands
    /// for a name with that letter: "P. Simmons" is "Phil Simmons").
    fn holds(&self, g: usize, words: &[String]) -> bool {
        let group_words = &self.words[g];
        words.iter().all(|w| {
            group_words.contains(w)
                || (w.chars().count() == 1 && group_words.iter().any(|g| g.starts_with(w.as_str())))
        })
    }

    /// The group of the member nearest `mention` among the groups whose
    /// name holds `words`: the last one before it, else the first after.
    fn nearest(&self, words: &[String], mention: usize) -> Option<usize> {
        static EMPTY: BTreeMap<usize, usize> = BTreeMap::new();
        // The shortest list of members that must contain the answer.
        let postings = words
            .iter()
            .map(|w| {
                let mut chars = w.chars();
                match (chars.next(), chars.next()) {
                    (Some(initial), None) => self.by_initial.get(&initial),
                    _ => self.by_word.get(w),
                }
                .unwrap_or(&EMPTY)
            })
            .min_by_key(|p| p.len())
            .unwrap_or(&self.all);
        let fits = |(_, &g): &(&usize, &usize)| {
            crate::work::step(1);
            self.holds(g, words)
        };
        let before = postings.range(..mention).rev().find(fits);
        before
            .or_else(|| postings.range(mention..).find(fits))
            .map(|(_, &g)| g)
    }
}

/// Groups `mentions` (sorted by start) into entities. Returns the groups, and
/// for each mention the index of its group (`None` for dates, quotes, ...).
pub fn group(text: &str, mentions: &[Mention]) -> (Vec<Group>, Vec<Option<usize>>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];

    // People, first the full names, then the short ones.
    let people: Vec<(usize, Vec<String>)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.payload, Payload::Person(_)))
        .map(|(i, m)| (i, name_words(m.span.text(text))))
        .collect();
    let max_words = people.iter().map(|(_, w)| w.len()).max().unwrap_or(0);
    let mut index = PersonIndex::default();
    for size in (1..=max_words).rev() {
        for (mention, words) in people.iter().filter(|(_, w)| w.len() == size) {
            let mention = *mention;
            match index.nearest(words, mention) {
                Some(g) => {
                    groups[g].members.push(mention);
                    group_of[mention] = Some(g);
                    index.add(g, mention);
                }
                None => {
                    let g = groups.len();
                    group_of[mention] = Some(g);
                    let name = mentions[mention].span.text(text).to_string();
                    index.open(g, name_words(&name));
                    index.add(g, mention);
                    groups.push(Group {
                        kind: Kind::Person,
                        name,
                        members: vec![mention],
                    });
                }
            }
        }
    }

    // Places, by GeoNames record; places that are not linked (id 0), by name.
    let mut places: HashMap<PlaceKey, usize> = HashMap::new();
    for (index, mention) in mentions.iter().enumerate() {
        if let Payload::Place(place) = &mention.payload {
            let key = match place.geonames_id {
                0 => PlaceKey::Name(name_words(mention.span.text(text))),
                id => PlaceKey::Id(id),
            };
            let g = *places.entry(key).or_insert_with(|| {
                groups.push(Group {
                    kind: Kind::Place,
                    name: place.name.clone(),
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].members.push(index);
            group_of[index] = Some(g);
        }
    }

    // Entities in order of first mention, members in text order.
    for group in &mut groups {
        group.members.sort_unstable();
    }
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| groups[g].members.first().copied());
    let mut new_index = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    let groups: Vec<Group> = order.iter().filter_map(|&old| sorted[old].take()).collect();
    let group_of = group_of
        .into_iter()
        .map(|g| g.map(|g| new_index[g]))
        .collect();
    (groups, group_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::PersonMention;
    use crate::span::Span;

    fn people(text: &str, names: &[&str]) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|name| {
                let start = from + text[from..].find(name).unwrap();
                from = start + name.len();
                Mention {
                    span: Span::new(start, from),
                    confidence: 0.9,
                    reason: String::new(),
                    payload: Payload::Person(PersonMention::default()),
                }
            })
            .collect()
    }

    #[test]
    fn short_mentions_join_the_full_name() {
        let text =
            "Wang Wenbin spoke. Wang said so, and Wenbin agreed. Joe Biden replied; Biden left.";
        let mentions = people(
            text,
            &["Wang Wenbin", "Wang", "Wenbin", "Joe Biden", "Biden"],
        );
        let (groups, group_of) = group(text, &mentions);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].name, "Wang Wenbin");
        assert_eq!(groups[0].members, [0, 1, 2]);
        assert_eq!(groups[1].name, "Joe Biden");
        assert_eq!(group_of, [Some(0), Some(0), Some(0), Some(1), Some(1)]);
    }

    fn place(text: &str, name: &str, from: usize, geonames_id: u64) -> Mention {
        let start = from + text[from..].find(name).unwrap();
        Mention {
            span: Span::new(start, start + name.len()),
            confidence: 0.9,
            reason: String::new(),
            payload: Payload::Place(crate::result::PlaceInfo {
                name: name.into(),
                country_code: String::new(),
                feature_class: "unknown".into(),
                lat: 0.0,
                lon: 0.0,
                geonames_id,
            }),
        }
    }

    #[test]
    fn places_group_by_record_and_unlinked_ones_by_name() {
        let text = "From the U.S. to Lake Wobegon, the United States met Frostbite Falls and Lake Wobegon.";
        let mentions = vec![
            place(text, "U.S.", 0, 6252001),
            place(text, "Lake Wobegon", 0, 0),
            place(text, "United States", 0, 6252001),
            place(text, "Frostbite Falls", 0, 0),
            place(text, "Lake Wobegon", 40, 0),
        ];
        let (groups, group_of) = group(text, &mentions);
        assert_eq!(groups.len(), 3);
        assert_eq!(group_of, [Some(0), Some(1), Some(0), Some(2), Some(1)]);
    }

    #[test]
    fn an_initial_stands_for_the_given_name() {
        let text = "Phil Simmons took four wickets. P. Simmons 4-38, Tom Moody.";
        let mentions = people(text, &["Phil Simmons", "P. Simmons", "Tom Moody"]);
        let (groups, group_of) = group(text, &mentions);
        assert_eq!(groups.len(), 2);
        assert_eq!(group_of, [Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn two_smiths_stay_two() {
        let text = "John Smith and Mary Smith met. Mary Smith spoke first; then Smith left.";
        let mentions = people(text, &["John Smith", "Mary Smith", "Mary Smith", "Smith"]);
        let (groups, group_of) = group(text, &mentions);
        assert_eq!(groups.len(), 2);
        assert_eq!(group_of[3], group_of[2], "Smith is the Smith named last");
    }
}
