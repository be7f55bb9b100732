//! The last stage: confidence as a probability.
//!
//! Each extractor sets a raw `confidence` by hand (every indirect quotation
//! 0.7, a place "in context" 0.69). This stage maps it, through a compact
//! table fitted on training corpora (`src/data/calibration.tsv`, written by
//! `cargo run --release --example calibrate`), to the probability that the
//! annotation is right: that it overlaps a gold span of its type, as
//! `eval --calibration` measures.
//!
//! An annotation's [`Key`] is its scored type (`PERSON`, `PLACE`, `DATE`,
//! `DATE_OTHER`, `QUOTE`, `QUOTE_INDIRECT`), a coarse class of its reason
//! ([`reason_class`]: "cue 'say' before" for "reported speech; cue 'said'
//! before") and the tenth its raw confidence falls in. The table is looked
//! up from the most specific row to the least: type + class + tenth, type +
//! tenth, type; a type the table does not know (scare quotes, which no
//! corpus scores) keeps its raw confidence. The stage changes no annotation
//! but its confidence, and never reorders or drops one.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::result::{Annotation, DateType, Kind, QuoteType};

/// The table the engine ships with.
pub const TABLE_TSV: &str = include_str!("data/calibration.tsv");

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::from_tsv(TABLE_TSV));

/// Where a row applies: `None` in `class` or `tenth` is the row for any.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// The scored type (eval's names).
    pub span_type: &'static str,
    /// [`reason_class`] of the reason.
    pub class: Option<String>,
    /// The tenth of the raw confidence, 0..=9.
    pub tenth: Option<u8>,
}

/// The scored type of an annotation, as `eval` maps it; `None` for scare
/// quotes, which no corpus scores.
pub fn span_type(annotation: &Annotation) -> Option<&'static str> {
    Some(match annotation.kind {
        Kind::Person => "PERSON",
        Kind::Place => "PLACE",
        Kind::Date => match annotation.date.as_ref().map(|d| d.kind) {
            Some(DateType::Duration | DateType::Set) => "DATE_OTHER",
            _ => "DATE",
        },
        Kind::Quote => match annotation.quote.as_ref().map(|q| q.kind) {
            Some(QuoteType::Scare) => return None,
            Some(QuoteType::Indirect) => "QUOTE_INDIRECT",
            _ => "QUOTE",
        },
    })
}

/// Cue words that report speech outright; other cues ("expected",
/// "offer", "called") are weaker evidence of a quotation.
const SAY: [&str; 16] = [
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "according to",
    "added",
    "adds",
    "stated",
    "states",
    "wrote",
    "writes",
    "asked",
    "explained",
];

/// A coarse class of a reason string: the kind of quotation marks is
/// dropped ("straight quotation marks; cue 'said' after" → "cue 'say'
/// after"), a quoted cue becomes `'say'` or `'other'`, and the class is cut
/// at 40 bytes (on a char boundary).
pub fn reason_class(reason: &str) -> String {
    let reason = match reason.split_once("; ") {
        Some((head, tail)) if head.ends_with("quotation marks") => tail,
        _ => reason,
    };
    let mut class = String::with_capacity(reason.len().min(48));
    let mut rest = reason;
    while let Some(open) = rest.find('\'') {
        class.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('\'') {
            Some(close) => {
                let cue = after[..close].to_lowercase();
                class.push_str(if SAY.contains(&cue.as_str()) {
                    "'say'"
                } else {
                    "'other'"
                });
                rest = &after[close + 1..];
            }
            None => {
                rest = after;
                break;
            }
        }
    }
    class.push_str(rest);
    let mut cut = class.len().min(40);
    while !class.is_char_boundary(cut) {
        cut -= 1;
    }
    class.truncate(cut);
    // tabs would break the table's columns
    class.replace('\t', " ").trim().to_string()
}

/// The tenth a raw confidence falls in, 0..=9 (1.0 is in the last).
pub fn tenth(confidence: f32) -> u8 {
    ((confidence.clamp(0.0, 1.0) * 10.0) as u8).min(9)
}

/// The most specific key of an annotation (its raw confidence in
/// `annotation.confidence`), or `None` for a type that is not calibrated.
pub fn key(annotation: &Annotation) -> Option<Key> {
    Some(Key {
        span_type: span_type(annotation)?,
        class: Some(reason_class(&annotation.reason)),
        tenth: Some(tenth(annotation.confidence)),
    })
}

/// A calibration table: probabilities by [`Key`].
#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: HashMap<Key, f32>,
}

/// The type names a table row may carry (rows of other types are skipped).
const TYPES: [&str; 6] = [
    "PERSON",
    "PLACE",
    "DATE",
    "DATE_OTHER",
    "QUOTE",
    "QUOTE_INDIRECT",
];

impl Table {
    /// Reads the TSV form: `#` comment lines, then rows `TYPE  CLASS  TENTH
    /// N  RIGHT  P` (`*` in CLASS or TENTH for any). Lines that do not parse
    /// are skipped, never a panic; [`Table::problems`] lists them.
    pub fn from_tsv(tsv: &str) -> Table {
        let rows = tsv
            .lines()
            .filter_map(|line| Self::row(line).ok().flatten())
            .collect();
        Table { rows }
    }

    /// The lines of `tsv` that are neither comments, blank, nor valid rows.
    pub fn problems(tsv: &str) -> Vec<String> {
        tsv.lines()
            .enumerate()
            .filter_map(|(i, line)| {
                Self::row(line)
                    .err()
                    .map(|e| format!("line {}: {e}", i + 1))
            })
            .collect()
    }

    fn row(line: &str) -> Result<Option<(Key, f32)>, String> {
        if line.trim().is_empty() || line.starts_with('#') {
            return Ok(None);
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [span_type, class, tenth, _n, _right, p] = fields[..] else {
            return Err(format!(
                "expected 6 tab-separated fields, got {}",
                fields.len()
            ));
        };
        let span_type = TYPES
            .iter()
            .find(|t| **t == span_type)
            .ok_or_else(|| format!("unknown type '{span_type}'"))?;
        let tenth = match tenth {
            "*" => None,
            t => Some(
                t.parse::<u8>()
                    .ok()
                    .filter(|t| *t <= 9)
                    .ok_or_else(|| format!("bad tenth '{t}'"))?,
            ),
        };
        let p: f32 = p
            .parse()
            .ok()
            .filter(|p: &f32| (0.0..=1.0).contains(p))
            .ok_or_else(|| format!("bad probability '{p}'"))?;
        let class = (class != "*").then(|| class.to_string());
        Ok(Some((
            Key {
                span_type,
                class,
                tenth,
            },
            p,
        )))
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The calibrated probability for `key`: the most specific row that
    /// exists, or `None` when the type has none.
    pub fn lookup(&self, key: &Key) -> Option<f32> {
        let mut tries = [key.clone(), key.clone(), key.clone()];
        tries[1].class = None;
        tries[2].class = None;
        tries[2].tenth = None;
        tries.iter().find_map(|k| self.rows.get(k).copied())
    }

    /// `annotation`'s calibrated confidence (its raw one when not calibrated).
    pub fn probability(&self, annotation: &Annotation) -> f32 {
        key(annotation)
            .and_then(|k| self.lookup(&k))
            .unwrap_or(annotation.confidence)
    }
}

/// Replaces `annotation.confidence` (raw) with the shipped table's probability.
pub fn calibrate(annotation: &mut Annotation) {
    annotation.confidence = TABLE.probability(annotation);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{DateInfo, QuoteInfo};

    fn annotation(kind: Kind, confidence: f32, reason: &str) -> Annotation {
        Annotation {
            kind,
            start: 0,
            end: 1,
            text: "x".into(),
            entity: None,
            confidence,
            reason: reason.into(),
            place: None,
            date: None,
            quote: None,
        }
    }

    #[test]
    fn reason_classes_are_coarse() {
        assert_eq!(
            reason_class("reported speech; cue 'said' before"),
            "reported speech; cue 'say' before"
        );
        assert_eq!(
            reason_class("reported speech; cue 'expected' after"),
            "reported speech; cue 'other' after"
        );
        assert_eq!(
            reason_class("curly quotation marks; cue 'says' after"),
            "cue 'say' after"
        );
        assert_eq!(reason_class("title + name"), "title + name");
        assert!(reason_class(&"é".repeat(50)).len() <= 40);
        assert_eq!(reason_class("odd 'unclosed"), "odd unclosed");
    }

    #[test]
    fn lookup_goes_from_specific_to_general() {
        let table = Table::from_tsv(
            "# comment\nPLACE\t*\t*\t10\t5\t0.5\nPLACE\t*\t6\t10\t4\t0.4\n\
             PLACE\tplace name\t6\t10\t3\t0.3\nnot a row\n",
        );
        assert_eq!(table.len(), 3);
        let mut place = annotation(Kind::Place, 0.65, "place name");
        assert_eq!(table.probability(&place), 0.3);
        place.reason = "other".into();
        assert_eq!(table.probability(&place), 0.4);
        place.confidence = 0.95;
        assert_eq!(table.probability(&place), 0.5);
        // a type without rows keeps its raw confidence
        assert_eq!(table.probability(&annotation(Kind::Person, 0.8, "x")), 0.8);
        assert_eq!(
            Table::problems("PLACE\t*\t*\t1\t1\t1.5\nBOGUS\t*\t*\t1\t1\t0.5\n").len(),
            2
        );
    }

    #[test]
    fn types_follow_eval() {
        let mut date = annotation(Kind::Date, 0.9, "length of time");
        date.date = Some(DateInfo {
            kind: DateType::Duration,
            value: None,
            start: None,
            end: None,
        });
        assert_eq!(span_type(&date), Some("DATE_OTHER"));
        let mut quote = annotation(Kind::Quote, 0.6, "a title");
        quote.quote = Some(QuoteInfo {
            kind: QuoteType::Scare,
            speaker: None,
            cue: None,
        });
        assert_eq!(span_type(&quote), None);
        assert_eq!(key(&quote), None);
    }

    #[test]
    fn the_shipped_table_parses_and_covers_every_scored_type() {
        assert_eq!(Table::problems(TABLE_TSV), Vec::<String>::new());
        for span_type in TYPES {
            let any = Key {
                span_type,
                class: None,
                tenth: None,
            };
            let p = TABLE.lookup(&any);
            assert!(p.is_some_and(|p| p > 0.0 && p < 1.0), "{span_type}: {p:?}");
        }
    }

    #[test]
    fn calibration_changes_indirect_speech_by_its_cue() {
        // The table must tell a 'say' cue from a weak one (both raw 0.7).
        let quote = |reason: &str| {
            let mut a = annotation(Kind::Quote, 0.7, reason);
            a.quote = Some(QuoteInfo {
                kind: QuoteType::Indirect,
                speaker: None,
                cue: None,
            });
            calibrate(&mut a);
            a.confidence
        };
        let say = quote("reported speech; cue 'said' before");
        let other = quote("reported speech; cue 'expected' before");
        assert!(say > other, "say {say} vs other {other}");
    }
}
