//! The final pass: settle overlaps, group entities, convert offsets, and build
//! the [`Annotations`] of the schema.

use crate::entities;
use crate::extract::{Mention, Payload};
use crate::offsets::OffsetConverter;
use crate::options::Options;
use crate::result::{
    Annotation, Annotations, Cue, Entity, QuoteInfo, ReferenceDateSource, Speaker, SCHEMA_VERSION,
};
use crate::span::Span;

/// Names, places, organisations and dates may not overlap one another; quotes
/// may contain them, and may nest, but not cross each other.
fn is_quote(mention: &Mention) -> bool {
    matches!(mention.payload, Payload::Quote(_))
}

/// Keeps the best of overlapping mentions: higher confidence, then longer,
/// then earlier.
pub fn remove_overlaps(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.retain(|m| {
        !m.span.is_empty()
            && m.span.end <= text.len()
            && text.is_char_boundary(m.span.start)
            && text.is_char_boundary(m.span.end)
    });
    mentions.sort_by(|a, b| {
        b.confidence
            .total_cmp(&a.confidence)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    // Accepted spans per layer, kept sorted by start for a quick overlap test.
    let mut names: Vec<Span> = Vec::new();
    let mut quotes = QuoteLayer::new(mentions.iter().filter(|m| is_quote(m)).map(|m| m.span));
    for mention in mentions {
        crate::work::step(1);
        let span = mention.span;
        if is_quote(&mention) {
            if quotes.clashes(span) {
                continue;
            }
            quotes.insert(span);
        } else {
            let at = names.partition_point(|s| s.end <= span.start);
            if names.get(at).is_some_and(|s| s.overlaps(span)) {
                continue;
            }
            let at = names.partition_point(|s| s.start < span.start);
            names.insert(at, span);
        }
        kept.push(mention);
    }
    kept.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    kept
}

/// The quotes accepted so far, which may nest but not cross. A new span
/// clashes when it equals an accepted one or crosses one: an accepted quote
/// starting strictly inside it and ending after it, or ending strictly
/// inside it and starting before it. Two range queries over the quotes'
/// boundaries answer that in logarithmic time (a scan of every accepted
/// quote made 1 MB of `"a" "a" …` quadratic).
struct QuoteLayer {
    /// Every boundary (start or end) a quote may have, sorted and unique.
    points: Vec<usize>,
    /// By start point: the furthest end of an accepted quote starting there.
    max_end: MaxTree,
    /// By end point: the earliest start of an accepted quote ending there,
    /// negated so that one max-tree serves both.
    min_start: MaxTree,
    accepted: std::collections::HashSet<Span>,
}

impl QuoteLayer {
    fn new(spans: impl Iterator<Item = Span>) -> QuoteLayer {
        let mut points: Vec<usize> = spans.flat_map(|s| [s.start, s.end]).collect();
        points.sort_unstable();
        points.dedup();
        let n = points.len();
        QuoteLayer {
            points,
            max_end: MaxTree::new(n),
            min_start: MaxTree::new(n),
            accepted: std::collections::HashSet::new(),
        }
    }

    /// The index of boundary `at` (every quote's boundaries are listed).
    fn index(&self, at: usize) -> usize {
        self.points.partition_point(|&p| p < at)
    }

    fn clashes(&self, span: Span) -> bool {
        if self.accepted.contains(&span) {
            return true;
        }
        let (s, e) = (self.index(span.start), self.index(span.end));
        // starts strictly inside, ends after
        let ends_after = s + 1 < e
            && self
                .max_end
                .max(s + 1, e)
                .is_some_and(|end| end > span.end as i64);
        // ends strictly inside, starts before
        let starts_before = s + 1 < e
            && self
                .min_start
                .max(s + 1, e)
                .is_some_and(|neg_start| neg_start > -(span.start as i64));
        ends_after || starts_before
    }

    fn insert(&mut self, span: Span) {
        let (s, e) = (self.index(span.start), self.index(span.end));
        self.max_end.raise(s, span.end as i64);
        self.min_start.raise(e, -(span.start as i64));
        self.accepted.insert(span);
    }
}

/// A segment tree of maxima over `0..n`, every leaf starting empty.
struct MaxTree {
    size: usize,
    nodes: Vec<Option<i64>>,
}

impl MaxTree {
    fn new(n: usize) -> MaxTree {
        let size = n.next_power_of_two().max(1);
        MaxTree {
            size,
            nodes: vec![None; 2 * size],
        }
    }

    /// Raises leaf `at` to at least `value`.
    fn raise(&mut self, at: usize, value: i64) {
        let mut i = at + self.size;
        while i > 0 {
            crate::work::step(1);
            self.nodes[i] = Some(self.nodes[i].map_or(value, |v| v.max(value)));
            i /= 2;
        }
    }

    /// The maximum over leaves `from..to`.
    fn max(&self, from: usize, to: usize) -> Option<i64> {
        let (mut lo, mut hi) = (from + self.size, to + self.size);
        let mut best: Option<i64> = None;
        let mut take = |v: Option<i64>| {
            if let Some(v) = v {
                best = Some(best.map_or(v, |b: i64| b.max(v)));
            }
        };
        while lo < hi {
            crate::work::step(1);
            if lo & 1 == 1 {
                take(self.nodes[lo]);
                lo += 1;
            }
            if hi & 1 == 1 {
                hi -= 1;
                take(self.nodes[hi]);
            }
            lo /= 2;
            hi /= 2;
        }
        best
    }
}

/// Builds the result from the extractors' raw mentions.
pub fn finish(
    text: &str,
    mentions: Vec<Mention>,
    options: &Options,
    reference_date_source: ReferenceDateSource,
) -> Annotations {
    let mut mentions = remove_overlaps(text, mentions);
    // Organisations are not reported. Entities are grouped over every kept
    // mention, even of kinds not asked for, so that a quote's speaker still
    // gets its canonical name with `kinds: quote` alone.
    mentions.retain(|m| m.kind().is_some());
    let (groups, group_of) = entities::group(text, &mentions);
    let wanted = |m: &Mention| m.kind().is_some_and(|k| options.kinds.contains(k));

    // Entity ids, numbered per kind in order of first mention.
    let mut numbers = [0usize; 4];
    let entity_ids: Vec<String> = groups
        .iter()
        .map(|g| {
            let number = &mut numbers[g.kind as usize];
            *number += 1;
            format!("{}-{}", g.kind, number)
        })
        .collect();
    let entity_id = |group: usize| -> Option<String> {
        options
            .kinds
            .contains(groups[group].kind)
            .then(|| entity_ids[group].clone())
    };
    // The index each reported mention gets in `annotations`.
    let mut annotation_index = vec![None; mentions.len()];
    let mut next = 0;
    for (index, mention) in mentions.iter().enumerate() {
        if wanted(mention) {
            annotation_index[index] = Some(next);
            next += 1;
        }
    }

    let mut converter = OffsetConverter::new(text, options.offsets);
    let mut annotations = Vec::with_capacity(next);
    for (index, mention) in mentions.iter().enumerate() {
        let Some(kind) = mention.kind().filter(|_| wanted(mention)) else {
            continue;
        };
        let start = converter.convert(mention.span.start);
        let end = converter.convert(mention.span.end);
        let mut annotation = Annotation {
            kind,
            start,
            end,
            text: mention.span.text(text).to_string(),
            entity: group_of[index].and_then(entity_id),
            confidence: mention.confidence.clamp(0.0, 1.0),
            reason: mention.reason.clone(),
            place: None,
            date: None,
            quote: None,
        };
        match &mention.payload {
            Payload::Place(place) => annotation.place = Some(place.clone()),
            Payload::Date(date) => annotation.date = Some(date.clone()),
            Payload::Quote(quote) => {
                let speaker = quote.speaker.as_ref().map(|speaker| {
                    // the person mention the speaker resolves to, if it survived;
                    // words that are themselves a person's mention resolve to it
                    // (mentions are sorted by start: a binary search keeps this linear)
                    let person = speaker.person.or(Some(speaker.span)).and_then(|span| {
                        let from = mentions.partition_point(|m| m.span.start < span.start);
                        mentions[from..]
                            .iter()
                            .take_while(|m| m.span.start == span.start)
                            .position(|m| m.span == span && matches!(m.payload, Payload::Person(_)))
                            .map(|i| from + i)
                    });
                    let group = person.and_then(|p| group_of[p]);
                    let name = match (group, speaker.person) {
                        // (a speaker span that is a person mention was looked up above)
                        (Some(g), _) => groups[g].name.clone(),
                        (None, Some(span)) => span.text(text).to_string(),
                        (None, None) => speaker.span.text(text).to_string(),
                    };
                    Speaker {
                        entity: group.and_then(entity_id),
                        name,
                        start: converter.convert(speaker.span.start),
                        end: converter.convert(speaker.span.end),
                    }
                });
                let cue = quote.cue.map(|cue| Cue {
                    text: cue.text(text).to_string(),
                    start: converter.convert(cue.start),
                    end: converter.convert(cue.end),
                });
                annotation.quote = Some(QuoteInfo {
                    kind: quote.kind,
                    speaker,
                    cue,
                });
            }
            Payload::Person(_) | Payload::Organization => {}
        }
        annotations.push(annotation);
    }

    let entities = groups
        .iter()
        .enumerate()
        .filter(|(_, group)| options.kinds.contains(group.kind))
        .map(|(g, group)| Entity {
            id: entity_ids[g].clone(),
            kind: group.kind,
            name: group.name.clone(),
            mentions: group
                .members
                .iter()
                .filter_map(|&m| annotation_index[m])
                .collect(),
        })
        .collect();
    Annotations {
        version: SCHEMA_VERSION,
        reference_date: None,
        reference_date_source,
        annotations,
        entities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{PersonMention, QuoteMention};
    use crate::result::QuoteType;

    fn mention(start: usize, end: usize, confidence: f32, payload: Payload) -> Mention {
        Mention {
            span: Span::new(start, end),
            confidence,
            reason: "test".into(),
            payload,
        }
    }

    fn person() -> Payload {
        Payload::Person(PersonMention::default())
    }

    fn quote() -> Payload {
        Payload::Quote(QuoteMention {
            kind: QuoteType::Direct,
            speaker: None,
            cue: None,
        })
    }

    #[test]
    fn names_do_not_overlap_but_quotes_contain_them() {
        let text = "\"Paris Hilton went to Paris,\" she said.";
        let kept = remove_overlaps(
            text,
            vec![
                mention(1, 6, 0.6, person()),  // Paris
                mention(1, 13, 0.9, person()), // Paris Hilton
                mention(0, 29, 0.9, quote()),  // the quotation
                mention(2, 20, 0.5, quote()),  // inside it: kept
                mention(10, 38, 0.5, quote()), // crosses the first quote: dropped
            ],
        );
        let spans: Vec<(usize, usize)> = kept.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, [(0, 29), (1, 13), (2, 20)]);
    }

    /// The quote layer agrees with the plain rule (a scan of every accepted
    /// quote) on every order of a set of nested, equal and crossing spans.
    #[test]
    fn quotes_nest_but_do_not_cross_or_repeat() {
        let naive = |spans: &[(usize, usize)]| {
            let mut accepted: Vec<Span> = Vec::new();
            for &(a, b) in spans {
                let span = Span::new(a, b);
                let clash = accepted.iter().any(|q| {
                    q.overlaps(span) && !q.contains(span) && !span.contains(*q) || *q == span
                });
                if !clash {
                    accepted.push(span);
                }
            }
            accepted
        };
        let cases: &[&[(usize, usize)]] = &[
            &[(0, 10), (2, 5), (5, 12)],        // crosses the outer one: dropped
            &[(0, 10), (0, 10), (0, 4)],        // the same span twice: once
            &[(3, 8), (0, 5), (5, 9), (0, 12)], // crosses at either end
            &[(0, 4), (4, 8), (2, 6), (0, 8)],  // touching is no crossing
            &[(1, 9), (2, 8), (3, 7), (0, 5), (6, 10), (0, 10)],
        ];
        for spans in cases {
            let mut layer = QuoteLayer::new(spans.iter().map(|&(a, b)| Span::new(a, b)));
            let mut kept = Vec::new();
            for &(a, b) in spans.iter() {
                let span = Span::new(a, b);
                if !layer.clashes(span) {
                    layer.insert(span);
                    kept.push(span);
                }
            }
            assert_eq!(kept, naive(spans), "{spans:?}");
        }
    }

    #[test]
    fn bad_spans_are_dropped_not_panicked_on() {
        let text = "Zoë";
        let kept = remove_overlaps(
            text,
            vec![
                mention(0, 3, 0.9, person()),
                mention(0, 99, 0.9, person()),
                mention(2, 2, 0.9, person()),
            ],
        );
        assert!(kept.is_empty());
    }
}
