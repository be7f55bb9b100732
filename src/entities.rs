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
    for size in (1..=max_words).rev() {
        for (index, words) in people.iter().filter(|(_, w)| w.len() == size) {
            let contains = |g: &Group| {
                let group_words = name_words(&g.name);
                words.iter().all(|w| {
                    group_words.contains(w)
                        // an initial stands for a name with that letter: "P. Simmons"
                        || (w.chars().count() == 1
                            && group_words.iter().any(|g| g.starts_with(w.as_str())))
                })
            };
            // the candidate mentioned last before this mention, else first after
            let mut best: Option<(usize, bool, usize)> = None; // (group, before, distance)
            for (g, group) in groups.iter().enumerate() {
                if group.kind != Kind::Person || !contains(group) {
                    continue;
                }
                for &member in &group.members {
                    let before = member < *index;
                    let distance = member.abs_diff(*index);
                    let better = match best {
                        None => true,
                        Some((_, best_before, best_distance)) => {
                            (before && !best_before)
                                || (before == best_before && distance < best_distance)
                        }
                    };
                    if better {
                        best = Some((g, before, distance));
                    }
                }
            }
            match best {
                Some((g, _, _)) => {
                    groups[g].members.push(*index);
                    group_of[*index] = Some(g);
                }
                None => {
                    group_of[*index] = Some(groups.len());
                    groups.push(Group {
                        kind: Kind::Person,
                        name: mentions[*index].span.text(text).to_string(),
                        members: vec![*index],
                    });
                }
            }
        }
    }

    // Places, by GeoNames record; places that are not linked (id 0), by name.
    let same_place = |a: &Mention, b: &Mention| match (&a.payload, &b.payload) {
        (Payload::Place(x), Payload::Place(y)) if x.geonames_id == 0 && y.geonames_id == 0 => {
            name_words(a.span.text(text)) == name_words(b.span.text(text))
        }
        (Payload::Place(x), Payload::Place(y)) => x.geonames_id == y.geonames_id,
        _ => false,
    };
    for (index, mention) in mentions.iter().enumerate() {
        if let Payload::Place(place) = &mention.payload {
            let existing = groups.iter().position(|g| {
                g.kind == Kind::Place
                    && g.members
                        .first()
                        .is_some_and(|&m| same_place(&mentions[m], mention))
            });
            let g = existing.unwrap_or_else(|| {
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
