//! The final pass: settle overlaps, group entities, calibrate confidences
//! ([`crate::calibrate`]), convert offsets, and build
//! the [`Annotations`] of the schema.

use std::collections::BTreeMap;

use crate::entities;
use crate::extract::{Mention, Payload};
use crate::offsets::OffsetConverter;
use crate::options::Options;
use crate::result::{
    Annotation, Annotations, Cue, Entity, QuoteInfo, QuoteType, ReferenceDateSource, Speaker,
    ENGINE_VERSION, SCHEMA_VERSION,
};
use crate::span::Span;

/// Names, places, organisations and dates may not overlap one another; quotes
/// may contain them, and nest only as [`Quotes`] says.
fn is_quote(mention: &Mention) -> bool {
    matches!(mention.payload, Payload::Quote(_))
}

/// Spans that never overlap, by start (the names and dates layer).
#[derive(Default)]
struct Disjoint(BTreeMap<usize, usize>);

impl Disjoint {
    /// Adds `span` unless it overlaps one already there. O(log n).
    fn insert(&mut self, span: Span) -> bool {
        // Disjoint spans sorted by start are sorted by end too: only the last
        // one starting before `span` ends can reach into it.
        let clash = self
            .0
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        if !clash {
            self.0.insert(span.start, span.end);
        }
        !clash
    }
}

/// The quotes layer: marked quotations (direct, partial, scare) never
/// overlap one another, nor does indirect speech; a marked quotation may sit
/// inside indirect speech ("Wang said that the plan was “reckless”"), and
/// nothing else may nest or cross.
#[derive(Default)]
struct Quotes {
    marked: BTreeMap<usize, usize>,
    indirect: BTreeMap<usize, usize>,
}

impl Quotes {
    /// The last span of `layer` starting before `before`.
    fn last_before(layer: &BTreeMap<usize, usize>, before: usize) -> Option<Span> {
        layer
            .range(..before)
            .next_back()
            .map(|(&start, &end)| Span::new(start, end))
    }

    /// Adds the quotation `span` unless it breaks the rule above. O(log n).
    fn insert(&mut self, span: Span, indirect: bool) -> bool {
        let (same, other) = if indirect {
            (&self.indirect, &self.marked)
        } else {
            (&self.marked, &self.indirect)
        };
        if Self::last_before(same, span.end).is_some_and(|s| s.overlaps(span)) {
            return false;
        }
        let fits = if indirect {
            // Marked quotations overlapping it must lie inside it: only the
            // first and the last of them could stick out.
            let left = Self::last_before(other, span.start).is_some_and(|m| m.end > span.start);
            let right = Self::last_before(other, span.end).is_some_and(|m| m.end > span.end);
            let equal = other.get(&span.start) == Some(&span.end);
            !(left || right || equal)
        } else {
            // Indirect speech overlapping it must contain it (and then no other
            // can overlap it: indirect speech does not overlap itself).
            Self::last_before(other, span.end).map_or(true, |i| {
                !i.overlaps(span) || (i.contains(span) && i != span)
            })
        };
        if fits {
            let layer = if indirect {
                &mut self.indirect
            } else {
                &mut self.marked
            };
            layer.insert(span.start, span.end);
        }
        fits
    }
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
    // Marked quotations go before indirect speech: quotation marks are
    // harder evidence than a reporting verb, so where the two clash
    // (indirect speech read inside a quoted title) the marks win.
    let indirect =
        |m: &Mention| matches!(&m.payload, Payload::Quote(q) if q.kind == QuoteType::Indirect);
    mentions.sort_by(|a, b| {
        indirect(a)
            .cmp(&indirect(b))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut names = Disjoint::default();
    let mut quotes = Quotes::default();
    for mention in mentions {
        let span = mention.span;
        let accepted = if is_quote(&mention) {
            quotes.insert(span, indirect(&mention))
        } else {
            names.insert(span)
        };
        if accepted {
            kept.push(mention);
        }
    }
    kept.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    kept
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
        // (the type calibration reads is in the payload: set it first)
        let calibrate = !options.raw_confidence;
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
        if calibrate {
            // The last stage: overlaps and entities are settled on the raw
            // confidences; only the reported number changes.
            crate::calibrate::calibrate(&mut annotation);
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
        engine: ENGINE_VERSION.to_string(),
        language: String::from("und"),
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

    fn indirect() -> Payload {
        Payload::Quote(QuoteMention {
            kind: QuoteType::Indirect,
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
                mention(2, 20, 0.5, quote()),  // a quotation inside a quotation: dropped
                mention(10, 38, 0.5, quote()), // crosses the first quote: dropped
            ],
        );
        let spans: Vec<(usize, usize)> = kept.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, [(0, 29), (1, 13)]);
    }

    #[test]
    fn only_a_marked_quotation_sits_inside_indirect_speech() {
        let text = "Wang said that the plan was \"reckless\" and \"Time to Wake Up\" was a title.";
        let reckless = text.find("\"reckless\"").unwrap();
        let title = text.find("\"Time").unwrap();
        let kept = remove_overlaps(
            text,
            vec![
                // Indirect speech with a marked quotation inside it: both kept.
                mention(10, reckless + 10, 0.7, indirect()),
                mention(reckless, reckless + 10, 0.6, quote()),
                // Indirect speech read inside a quoted title: the marks win,
                // whatever the confidence.
                mention(title, title + 17, 0.5, quote()),
                mention(title + 1, title + 16, 0.9, indirect()),
                // Indirect speech crossing a quotation: dropped.
                mention(title + 5, title + 30, 0.9, indirect()),
            ],
        );
        let spans: Vec<(usize, usize)> = kept.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(
            spans,
            [
                (10, reckless + 10),
                (reckless, reckless + 10),
                (title, title + 17)
            ]
        );
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
