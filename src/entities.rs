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

use std::collections::{BTreeSet, HashMap};

use crate::extract::{Mention, Payload};
use crate::result::Kind;

/// What makes two places one entity: the GeoNames record they are linked
/// to, or for places not linked (id 0) the words of their name.
#[derive(PartialEq, Eq, Hash)]
enum PlaceKey {
    Record(u64),
    Name(Vec<String>),
}

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
    // (longest first, in text order within a length: a stable sort)
    let mut by_size: Vec<&(usize, Vec<String>)> = people.iter().collect();
    by_size.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    // per person group: its words, and its members in order (for the
    // nearest one before or after a mention); per word, and per first letter
    // of a word, the groups that have it: a mention is compared with the
    // groups that share a word with it, not with every group
    let mut group_words: Vec<Vec<String>> = Vec::new();
    let mut ordered: Vec<BTreeSet<usize>> = Vec::new();
    let mut with_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut with_letter: HashMap<char, Vec<usize>> = HashMap::new();
    for (index, words) in by_size.into_iter() {
        crate::work::step(1);
        let contains = |g: usize| {
            let group_words = &group_words[g];
            words.iter().all(|w| {
                group_words.contains(w)
                    // an initial stands for a name with that letter: "P. Simmons"
                    || (w.chars().count() == 1
                        && group_words.iter().any(|g| g.starts_with(w.as_str())))
            })
        };
        // a word that is no initial must be a word of the group; an initial,
        // the first letter of one
        let candidates: &[usize] = match words.iter().find(|w| w.chars().count() != 1) {
            Some(word) => with_word.get(word).map_or(&[], Vec::as_slice),
            None => match words.first().and_then(|w| w.chars().next()) {
                Some(letter) => with_letter.get(&letter).map_or(&[], Vec::as_slice),
                None => &[],
            },
        };
        let everyone: Vec<usize>;
        let candidates = if words.is_empty() {
            // (no word at all: every group has all of its words)
            everyone = (0..group_words.len()).collect();
            everyone.as_slice()
        } else {
            candidates
        };
        // the candidate mentioned last before this mention, else first after
        let mut best: Option<(usize, bool, usize)> = None; // (group, before, distance)
        for &g in candidates {
            crate::work::step(1);
            if !contains(g) {
                continue;
            }
            let nearest = match ordered[g].range(..*index).next_back() {
                Some(&member) => (true, index - member),
                None => match ordered[g].range(*index..).next() {
                    Some(&member) => (false, member - index),
                    None => continue,
                },
            };
            let (before, distance) = nearest;
            let better = match best {
                None => true,
                Some((_, best_before, best_distance)) => {
                    (before && !best_before) || (before == best_before && distance < best_distance)
                }
            };
            if better {
                best = Some((g, before, distance));
            }
        }
        let g = match best {
            Some((g, _, _)) => g,
            None => {
                let g = group_words.len();
                let name = mentions[*index].span.text(text).to_string();
                let mut words = name_words(&name);
                words.sort_unstable();
                words.dedup();
                for word in &words {
                    with_word.entry(word.clone()).or_default().push(g);
                }
                let mut letters: Vec<char> =
                    words.iter().filter_map(|w| w.chars().next()).collect();
                letters.sort_unstable();
                letters.dedup();
                for letter in letters {
                    with_letter.entry(letter).or_default().push(g);
                }
                group_words.push(words);
                ordered.push(BTreeSet::new());
                groups.push(Group {
                    kind: Kind::Person,
                    name,
                    members: Vec::new(),
                });
                g
            }
        };
        ordered[g].insert(*index);
        groups[g].members.push(*index);
        group_of[*index] = Some(g);
    }

    // Places, by GeoNames record; places that are not linked (id 0), by name.
    // (one group per record, or per name of an unlinked place: looked up,
    // not searched for among all groups)
    let mut place_groups: HashMap<PlaceKey, usize> = HashMap::new();
    for (index, mention) in mentions.iter().enumerate() {
        if let Payload::Place(place) = &mention.payload {
            crate::work::step(1);
            let key = match place.geonames_id {
                0 => PlaceKey::Name(name_words(mention.span.text(text))),
                id => PlaceKey::Record(id),
            };
            let g = *place_groups.entry(key).or_insert_with(|| {
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
