//! Accuracy against gold corpora: the scoring behind `article-annotator eval`.
//!
//! A port of the reference scorer (`../shared/tools/score.py`): the same
//! numbers on the same predictions, so our results and the peers' results go
//! through one scorer and land in one table.
//!
//! - Documents are JSONL lines `{"id", "text", "dct"?, "spans": [...]}`, each
//!   span `{"type", "start", "end", "value"?, "speaker"?, "optional"?}` with
//!   **code point** offsets, end exclusive. Predictions use the same shape
//!   (their `text` is not needed).
//! - Spans are compared after trimming spaces, quotation marks, brackets and
//!   `,;:!?` from both ends ([`is_edge`]), so a quote with or without its marks
//!   compares equal.
//! - Per type: *exact* matches (the same trimmed range, counted as a multiset)
//!   and *overlap* matches (gold and predicted spans paired one to one, the
//!   largest overlap first; ties go to the earlier gold span, then the earlier
//!   prediction).
//! - A type is scored in a document only when the gold document has that type:
//!   a corpus that does not annotate quotes does not count our quotes as false
//!   positives. An explicit list of types (`--types`) scores exactly those
//!   types in every document.
//! - Gold spans marked `optional` are left out, and predictions overlapping an
//!   optional gold span of their type are ignored.
//! - Over overlap-matched pairs: *value accuracy* (the predicted TIMEX3 value
//!   equals the gold one, case-insensitively) where the gold span has a value,
//!   and *speaker accuracy* (the speakers share a capitalised name token, or,
//!   for a gold source without one such as "the report", a content word)
//!   where the gold span has a speaker; and the same over the gold speakers
//!   that have such tokens at all (*named speaker accuracy*): a pronoun ("he",
//!   "she", "it", "they") has none, so no predicted speaker can match it, and
//!   the first figure's ceiling is the share of speakers that are not pronouns.
//!
//! [`spans_from_result`] maps our own result to scorer spans: person → `PERSON`,
//! place → `PLACE`, date of type date/time/range → `DATE`, duration/set →
//! `DATE_OTHER`, quote → `QUOTE` (indirect → `QUOTE_INDIRECT`; scare quotes are
//! dropped).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::result::{Annotations, DateType, Kind, QuoteType};

/// One span of a gold or predicted document, in code points.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct EvalSpan {
    /// `PERSON`, `PLACE`, `DATE`, `DATE_OTHER`, `QUOTE`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The TIMEX3 value of a date.
    #[serde(
        default,
        deserialize_with = "lenient_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<String>,
    /// The speaker of a quote.
    #[serde(
        default,
        alias = "speakerText",
        deserialize_with = "lenient_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub speaker: Option<String>,
    /// Where the speaker's mention is (code points): the gold source's span,
    /// or the mention our quote was attributed to ("he", "Wang").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_start: Option<usize>,
    /// One past the speaker mention's last code point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_end: Option<usize>,
    /// A gold span that neither helps nor hurts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// A prediction's confidence (for `eval --calibration`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// MEANTIME's kind of mention: `NAM` (a name), `NOM`, `PRO`, ...
    #[serde(
        default,
        deserialize_with = "lenient_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub syntactic_type: Option<String>,
    /// MEANTIME's name of the entity a mention refers to ("Steve Jobs" for
    /// "Apple CEO", "Jobs" and "he").
    #[serde(
        default,
        deserialize_with = "lenient_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub entity: Option<String>,
}

/// Accepts a string, a number or null where a string is expected
/// (score.py compares `str(value)`), so one odd field does not lose a line.
fn lenient_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    })
}

/// One document of a corpus or of a predictions file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalDoc {
    /// The document's id (a JSON string, or the JSON text of another value).
    pub id: String,
    /// The text (empty in a predictions file).
    pub text: String,
    /// The document creation date, `YYYY-MM-DD`.
    pub dct: Option<String>,
    /// Gold or predicted spans.
    pub spans: Vec<EvalSpan>,
}

#[derive(Deserialize)]
struct RawDoc {
    id: serde_json::Value,
    #[serde(default)]
    text: String,
    #[serde(default)]
    dct: Option<String>,
    #[serde(default)]
    spans: Vec<EvalSpan>,
}

fn id_string(id: serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Reads JSONL documents; an error names the line. Blank lines are skipped.
pub fn read_jsonl(input: &str) -> Result<Vec<EvalDoc>, String> {
    let mut docs = Vec::new();
    for (number, line) in input.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let raw: RawDoc = serde_json::from_str(line).map_err(|e| {
            format!(
                "line {}: expected {{\"id\", \"text\"?, \"spans\": [...]}}: {e}",
                number + 1
            )
        })?;
        docs.push(EvalDoc {
            id: id_string(raw.id),
            text: raw.text,
            dct: raw.dct.filter(|d| !d.trim().is_empty()),
            spans: raw.spans,
        });
    }
    Ok(docs)
}

/// True when `docs` carry gold spans (an unlabelled corpus has none).
pub fn has_gold(docs: &[EvalDoc]) -> bool {
    docs.iter().any(|d| d.spans.iter().any(|s| !s.optional))
}

/// Our result as scorer spans (the result must use code point offsets).
pub fn spans_from_result(result: &Annotations) -> Vec<EvalSpan> {
    result
        .annotations
        .iter()
        .filter_map(|a| {
            let mut span = EvalSpan {
                start: a.start,
                end: a.end,
                confidence: Some(f64::from(a.confidence)),
                ..EvalSpan::default()
            };
            span.kind = match a.kind {
                Kind::Person => "PERSON".to_string(),
                Kind::Place => "PLACE".to_string(),
                Kind::Date => {
                    let date = a.date.as_ref();
                    span.value = date.and_then(|d| d.value.clone());
                    match date.map(|d| d.kind) {
                        Some(DateType::Duration | DateType::Set) => "DATE_OTHER".to_string(),
                        _ => "DATE".to_string(),
                    }
                }
                Kind::Quote => {
                    let quote = a.quote.as_ref();
                    let speaker = quote.and_then(|q| q.speaker.as_ref());
                    span.speaker = speaker
                        .map(|s| s.name.clone())
                        .filter(|name| !name.is_empty());
                    span.speaker_start = speaker.map(|s| s.start);
                    span.speaker_end = speaker.map(|s| s.end);
                    match quote.map(|q| q.kind) {
                        Some(QuoteType::Scare) => return None,
                        Some(QuoteType::Indirect) => "QUOTE_INDIRECT".to_string(),
                        _ => "QUOTE".to_string(),
                    }
                }
            };
            Some(span)
        })
        .collect()
}

/// The characters trimmed from both ends of a span before comparing
/// (score.py's `EDGE`: Python's `\s`, `,;:!?`, brackets and quotation marks).
pub fn is_edge(c: char) -> bool {
    // Python's str `\s` is char::is_whitespace plus the separators U+001C..U+001F.
    c.is_whitespace()
        || ('\u{1c}'..='\u{1f}').contains(&c)
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '!'
                | '?'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '"'
                | '“'
                | '”'
                | '„'
                | '‟'
                | '«'
                | '»'
                | '\''
                | '‘'
                | '’'
                | '‚'
                | '‛'
        )
}

/// Trims edge characters from `start..end` of `chars`; offsets past the end
/// of the text are clamped.
pub fn trim(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let mut end = end.min(chars.len());
    let mut start = start.min(end);
    while start < end && is_edge(chars[start]) {
        start += 1;
    }
    while end > start && is_edge(chars[end - 1]) {
        end -= 1;
    }
    (start, end)
}

static NAME_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z][\w'’\-]+").unwrap_or_else(|e| panic!("NAME_TOKEN: {e}")));
static CONTENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z][\w'’\-]+").unwrap_or_else(|e| panic!("CONTENT_WORD: {e}"))
});

const STOP: [&str; 18] = [
    "the", "a", "an", "of", "mr", "mrs", "ms", "dr", "he", "she", "it", "they", "his", "her",
    "its", "their", "and", "s",
];

/// The tokens two speakers are compared by: capitalised name tokens,
/// lowercased; for a source with none ("the report"), its content words.
pub fn name_tokens(speaker: &str) -> BTreeSet<String> {
    let names: BTreeSet<String> = NAME_TOKEN
        .find_iter(speaker)
        .map(|m| {
            m.as_str()
                .to_lowercase()
                .trim_matches(['\'', '’'])
                .to_string()
        })
        .filter(|t| !STOP.contains(&t.as_str()))
        .collect();
    if !names.is_empty() {
        return names;
    }
    CONTENT_WORD
        .find_iter(speaker)
        .map(|m| m.as_str().to_lowercase())
        .filter(|t| !STOP.contains(&t.as_str()))
        .collect()
}

/// True when a predicted speaker counts as the gold one.
pub fn same_speaker(gold: &str, predicted: Option<&str>) -> bool {
    let predicted = name_tokens(predicted.unwrap_or(""));
    name_tokens(gold).iter().any(|t| predicted.contains(t))
}

/// True when a predicted TIMEX3 value equals the gold one.
pub fn same_value(gold: &str, predicted: Option<&str>) -> bool {
    predicted.unwrap_or("").to_lowercase() == gold.to_lowercase()
}

/// Counts for one type; every rate derives from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub pred: usize,
    /// Predictions with exactly a gold span's (trimmed) range.
    pub exact: usize,
    /// Gold–prediction pairs matched one to one by overlap.
    pub overlap: usize,
    /// Overlap pairs whose gold span has a value.
    pub value_total: usize,
    /// ... of which the predicted value is right.
    pub value_correct: usize,
    /// Overlap pairs whose gold span has a speaker.
    pub speaker_total: usize,
    /// ... of which the predicted speaker is right.
    pub speaker_correct: usize,
    /// Overlap pairs whose gold speaker has name tokens ([`name_tokens`]):
    /// not a pronoun, so a predicted speaker can match it.
    pub speaker_named_total: usize,
    /// ... of which the predicted speaker is right.
    pub speaker_named_correct: usize,
    /// Overlap pairs with a gold speaker whose predicted speaker is right by
    /// name, or whose speaker mention overlaps the gold source's span
    /// (score.py's `--speaker-spans`).
    pub speaker_span_correct: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Prf {
    /// Matches over predictions.
    pub precision: f64,
    /// Matches over gold spans.
    pub recall: f64,
    /// Their harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, predicted: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched, predicted);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.pred += other.pred;
        self.exact += other.exact;
        self.overlap += other.overlap;
        self.value_total += other.value_total;
        self.value_correct += other.value_correct;
        self.speaker_total += other.speaker_total;
        self.speaker_correct += other.speaker_correct;
        self.speaker_named_total += other.speaker_named_total;
        self.speaker_named_correct += other.speaker_named_correct;
        self.speaker_span_correct += other.speaker_span_correct;
    }

    /// Exact-match precision, recall, F1.
    pub fn exact_prf(&self) -> Prf {
        Prf::new(self.exact, self.pred, self.gold)
    }

    /// Overlap-match precision, recall, F1.
    pub fn overlap_prf(&self) -> Prf {
        Prf::new(self.overlap, self.pred, self.gold)
    }

    /// Value accuracy over overlap pairs, `None` when no gold span had a value.
    pub fn value_accuracy(&self) -> Option<f64> {
        (self.value_total > 0).then(|| self.value_correct as f64 / self.value_total as f64)
    }

    /// Speaker accuracy over overlap pairs, `None` when no gold span had a speaker.
    pub fn speaker_accuracy(&self) -> Option<f64> {
        (self.speaker_total > 0).then(|| self.speaker_correct as f64 / self.speaker_total as f64)
    }

    /// Speaker accuracy where the speaker's mention overlapping the gold
    /// source also counts (score.py's `speaker_span_acc`): a pronoun source
    /// ("he") is matched by the mention the quote was attributed to.
    pub fn speaker_span_accuracy(&self) -> Option<f64> {
        (self.speaker_total > 0)
            .then(|| self.speaker_span_correct as f64 / self.speaker_total as f64)
    }

    /// Speaker accuracy over the overlap pairs whose gold speaker is not a
    /// pronoun (has [`name_tokens`]), `None` when there is none.
    pub fn speaker_named_accuracy(&self) -> Option<f64> {
        (self.speaker_named_total > 0)
            .then(|| self.speaker_named_correct as f64 / self.speaker_named_total as f64)
    }
}

/// What kind of mistake an [`ErrorCase`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold span no prediction overlaps (false negative).
    Missed,
    /// A prediction that overlaps no gold span (false positive).
    Spurious,
    /// Matched by overlap, but not with the same range.
    Boundary,
    /// Matched, with the wrong TIMEX3 value.
    Value,
    /// Matched, with the wrong speaker.
    Speaker,
}

impl ErrorKind {
    /// Its name as printed (`missed`, `spurious`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::Boundary => "boundary",
            ErrorKind::Value => "value",
            ErrorKind::Speaker => "speaker",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One mistake, for error analysis (`eval --errors`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorCase {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The span type.
    #[serde(rename = "type")]
    pub span_type: String,
    /// The document's id.
    pub doc: String,
    /// The gold span's trimmed range (code points), if any.
    pub gold: Option<(usize, usize)>,
    /// The predicted span's trimmed range (code points), if any.
    pub pred: Option<(usize, usize)>,
    /// Gold value or speaker, for value and speaker errors.
    pub expected: Option<String>,
    /// Predicted value or speaker, for value and speaker errors.
    pub found: Option<String>,
}

/// Which types to score and whether to collect errors.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    /// Score exactly these types, also in documents whose gold lacks them
    /// (`None`: in each document, the types its gold has).
    pub types: Option<BTreeSet<String>>,
    /// Collect [`ErrorCase`]s.
    pub errors: bool,
    /// Score `DATE` and `DATE_OTHER` only in the first N lines or sentences
    /// of each document, ignoring predictions that start later: MEANTIME
    /// annotates times only in the title, the date line and the first five
    /// sentences, the title counting as the first (N = 6 with the date line).
    /// See [`region_end`].
    pub date_region: Option<usize>,
    /// Count only gold names ([`is_named`]): other gold `PERSON` and `PLACE`
    /// mentions (MEANTIME's nominal and pronominal ones) become optional,
    /// neither helping nor hurting.
    pub named_only: bool,
}

/// Whether a gold mention is a name, for [`ScoreOptions::named_only`]:
/// MEANTIME's `NAM` mentions, and its untyped mentions whose words all
/// start with a capital (other than a lone pronoun) and which name their
/// entity: they share a word with the entity's name ("Jobs" for Steve Jobs)
/// or abbreviate it ("U.S." for the United States of America). A title
/// standing alone ("Apple CEO" for Steve Jobs) is not a name, and neither
/// are `NOM`, `PRO`, `APP` and `PRE.NAM` mentions (premodifiers, mostly
/// demonyms such as "Irish", which MEANTIME files under the entity
/// "Irish").
pub fn is_named(span: &EvalSpan, text: &[char]) -> bool {
    match span.syntactic_type.as_deref() {
        Some("NAM") => true,
        None | Some("") => {
            let words: String = text
                .get(span.start..span.end.min(text.len()))
                .unwrap_or_default()
                .iter()
                .collect();
            const PRONOUNS: [&str; 10] = [
                "I", "He", "She", "It", "They", "We", "You", "His", "Her", "Their",
            ];
            let bare = words.trim_matches(|c: char| !c.is_alphanumeric());
            !bare.is_empty()
                && !PRONOUNS.contains(&bare)
                && words
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
                && span
                    .entity
                    .as_deref()
                    .map_or(true, |entity| names_entity(&words, entity))
        }
        Some(_) => false,
    }
}

/// Whether `words` share a word with `entity` (case aside), or are an
/// abbreviation whose letters are initials of the entity's capitalised
/// words in order ("US", "U.S." and "USA" for "United States of America").
fn names_entity(words: &str, entity: &str) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let entity_words = split(entity);
    if split(words).iter().any(|w| entity_words.contains(w)) {
        return true;
    }
    let letters: Vec<char> = words.chars().filter(|c| c.is_alphabetic()).collect();
    let initials: Vec<char> = entity
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let mut rest = initials.iter();
    letters.len() >= 2
        && words.chars().all(|c| c == '.' || c.is_uppercase())
        && letters.iter().all(|l| rest.any(|i| i == l))
}

/// The code point where the first `units` lines or sentences of `chars` end:
/// a unit ends at a line break, or after `.`, `!` or `?` (and a closing
/// quotation mark) followed by spaces and a capital or an opening quotation
/// mark, but not after an initial ("U.S.", "John F.") or a title or company
/// abbreviation ("Mr.", "Inc."). The text's length when it has fewer units.
pub fn region_end(chars: &[char], units: usize) -> usize {
    /// True when the `.` at `dot` closes an initial or a known abbreviation.
    fn after_abbreviation(chars: &[char], dot: usize) -> bool {
        if chars[dot] != '.' {
            return false;
        }
        let start = chars[..dot]
            .iter()
            .rposition(|c| !c.is_alphabetic())
            .map_or(0, |p| p + 1);
        let word: String = chars[start..dot].iter().collect();
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        initial
            || ["Mr", "Mrs", "Dr", "St", "Inc", "Co", "Corp", "Jr", "Ltd"].contains(&word.as_str())
    }

    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        let end = if chars[i] == '\n' {
            Some(i + 1)
        } else if matches!(chars[i], '.' | '!' | '?') && !after_abbreviation(chars, i) {
            let mut j = i + 1;
            if matches!(chars.get(j), Some('"' | '”')) {
                j += 1;
            }
            let spaces = j;
            while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                j += 1;
            }
            let next_starts = chars
                .get(j)
                .is_some_and(|&c| c.is_ascii_uppercase() || c == '"' || c == '“');
            (j > spaces && next_starts).then_some(j)
        } else {
            None
        };
        if let Some(end) = end {
            count += 1;
            if count == units {
                return end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    chars.len()
}

/// One bin of a reliability diagram.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Bin {
    /// Predictions whose confidence falls in the bin.
    pub count: usize,
    /// The sum of their confidences.
    pub confidence_sum: f64,
    /// ... of which right: overlapping a gold span of their type.
    pub right: usize,
}

impl Bin {
    /// The mean confidence in the bin (0 when empty).
    pub fn mean_confidence(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.confidence_sum / self.count as f64
        }
    }

    /// The share right in the bin (0 when empty).
    pub fn accuracy(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.right as f64 / self.count as f64
        }
    }
}

/// How well confidence predicts being right, for one type: ten equal bins
/// of confidence, `[0, 0.1)` ... `[0.9, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Reliability {
    /// The bins, lowest confidence first.
    pub bins: [Bin; 10],
}

impl Reliability {
    /// Counts one prediction (confidences outside 0..1 are clamped).
    pub fn add(&mut self, confidence: f64, right: bool) {
        let confidence = if confidence.is_nan() {
            0.0
        } else {
            confidence.clamp(0.0, 1.0)
        };
        let bin = &mut self.bins[((confidence * 10.0) as usize).min(9)];
        bin.count += 1;
        bin.confidence_sum += confidence;
        bin.right += usize::from(right);
    }

    /// The predictions counted.
    pub fn count(&self) -> usize {
        self.bins.iter().map(|b| b.count).sum()
    }

    /// The share of predictions right.
    pub fn accuracy(&self) -> f64 {
        let right: usize = self.bins.iter().map(|b| b.right).sum();
        right as f64 / self.count().max(1) as f64
    }

    /// The expected calibration error: the gap between mean confidence and
    /// accuracy in each bin, weighted by the bin's share of predictions.
    pub fn ece(&self) -> f64 {
        let total = self.count();
        if total == 0 {
            return 0.0;
        }
        self.bins
            .iter()
            .map(|b| b.count as f64 / total as f64 * (b.mean_confidence() - b.accuracy()).abs())
            .sum()
    }
}

/// One scored prediction and whether it is right (it overlaps a gold span
/// of its type after trimming), for fitting a calibration.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The document's id.
    pub doc: String,
    /// The prediction's index among the document's predicted spans.
    pub index: usize,
    /// Its type.
    pub span_type: String,
    /// True when it overlaps a gold span of its type.
    pub right: bool,
}

/// The scores of one system on one corpus.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Counts per type.
    pub by_type: BTreeMap<String, Counts>,
    /// Confidence against being right, per type (predictions with a
    /// confidence only).
    pub reliability: BTreeMap<String, Reliability>,
    /// Every scored prediction, labelled right or wrong.
    pub labels: Vec<Label>,
    /// Gold documents scored.
    pub docs: usize,
    /// The mistakes, when asked for.
    pub errors: Vec<ErrorCase>,
}

#[derive(Clone)]
struct Trimmed<'a> {
    start: usize,
    end: usize,
    span: &'a EvalSpan,
    /// A prediction's index among the document's predictions.
    index: usize,
}

/// Pairs gold and predicted spans one to one, largest overlap first; ties go
/// to the earlier gold span, then the earlier prediction (score.py's stable sort).
fn overlap_pairs(gold: &[Trimmed], pred: &[Trimmed]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let overlap = g.end.min(p.end) as isize - g.start.max(p.start) as isize;
            if overlap > 0 {
                candidates.push((overlap, i, j));
            }
        }
    }
    // A stable sort by overlap, descending, keeps (i, j) order among ties.
    candidates.sort_by_key(|&(overlap, _, _)| std::cmp::Reverse(overlap));
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !gold_used[i] && !pred_used[j] {
            gold_used[i] = true;
            pred_used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// [`overlap_pairs`], then as many more pairs as re-pairing can add: while
/// some unpaired gold span reaches an unpaired prediction through a chain
/// of overlaps that swaps partners, the chain is swapped (augmenting paths,
/// so the pairing is a largest one-to-one one). Greedy pairing can lose a
/// pair to nesting: in "Mobile, Alabama", gold both as a whole and
/// "Alabama", the prediction "Alabama" takes the whole and "Mobile" is left
/// over.
fn most_overlap_pairs(gold: &[Trimmed], pred: &[Trimmed]) -> Vec<(usize, usize)> {
    let overlaps = |g: &Trimmed, p: &Trimmed| g.end.min(p.end) > g.start.max(p.start);
    let mut partner_of_pred: Vec<Option<usize>> = vec![None; pred.len()];
    let mut gold_paired = vec![false; gold.len()];
    for (i, j) in overlap_pairs(gold, pred) {
        partner_of_pred[j] = Some(i);
        gold_paired[i] = true;
    }
    /// Finds a prediction for gold span `i`, moving other gold spans to
    /// other predictions on the way; `seen` marks predictions tried.
    fn augment(
        i: usize,
        reach: &dyn Fn(usize, usize) -> bool,
        partner_of_pred: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for j in 0..partner_of_pred.len() {
            if seen[j] || !reach(i, j) {
                continue;
            }
            seen[j] = true;
            let free = match partner_of_pred[j] {
                None => true,
                Some(other) => augment(other, reach, partner_of_pred, seen),
            };
            if free {
                partner_of_pred[j] = Some(i);
                return true;
            }
        }
        false
    }
    let reach = |i: usize, j: usize| overlaps(&gold[i], &pred[j]);
    for (i, paired) in gold_paired.iter_mut().enumerate() {
        if !*paired {
            let mut seen = vec![false; pred.len()];
            *paired = augment(i, &reach, &mut partner_of_pred, &mut seen);
        }
    }
    let mut pairs: Vec<(usize, usize)> = partner_of_pred
        .iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (i, j)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Scores predictions (by document id) against gold documents.
///
/// Predictions for ids not in `gold` are ignored; a gold document without
/// predictions counts as predicting nothing. When an id repeats, the last
/// document with it counts (as in score.py).
pub fn score(
    gold: &[EvalDoc],
    predictions: &HashMap<String, Vec<EvalSpan>>,
    options: &ScoreOptions,
) -> Scores {
    let mut last_index: HashMap<&str, usize> = HashMap::new();
    for (index, doc) in gold.iter().enumerate() {
        last_index.insert(doc.id.as_str(), index);
    }
    let mut scores = Scores::default();
    let no_predictions = Vec::new();
    for (index, doc) in gold.iter().enumerate() {
        if last_index.get(doc.id.as_str()) != Some(&index) {
            continue;
        }
        scores.docs += 1;
        let predicted = predictions.get(&doc.id).unwrap_or(&no_predictions);
        score_doc(doc, predicted, options, &mut scores);
    }
    scores
}

fn score_doc<'a>(
    doc: &'a EvalDoc,
    predicted: &'a [EvalSpan],
    options: &ScoreOptions,
    scores: &mut Scores,
) {
    let chars: Vec<char> = doc.text.chars().collect();
    let gold_types: BTreeSet<&str> = doc.spans.iter().map(|s| s.kind.as_str()).collect();
    // With `named_only`, gold PERSON/PLACE mentions that are not names are
    // left out, and so are predictions that overlap only such mentions (a
    // prediction inside "Steve Jobs, the Apple CEO" still meets "Steve Jobs").
    // A name that holds a shorter name of the same entity ("Apple CEO Steve
    // Jobs" around "Steve Jobs") is left out too: one flat span can match
    // only one of the two, and the shorter is the name.
    let named: Vec<bool> = doc.spans.iter().map(|s| is_named(s, &chars)).collect();
    let holds_shorter_name = |s: &EvalSpan| {
        doc.spans.iter().zip(&named).any(|(inner, &inner_named)| {
            inner_named
                && inner.kind == s.kind
                && inner.entity == s.entity
                && s.start <= inner.start
                && inner.end <= s.end
                && inner.end - inner.start < s.end - s.start
        })
    };
    // (decided once per gold span, not per prediction)
    let unnamed: Vec<bool> = doc
        .spans
        .iter()
        .zip(&named)
        .map(|(s, &is_name)| {
            options.named_only
                && matches!(s.kind.as_str(), "PERSON" | "PLACE")
                && (!is_name || holds_shorter_name(s))
        })
        .collect();
    let left_out: Vec<bool> = doc
        .spans
        .iter()
        .zip(&unnamed)
        .map(|(s, &unnamed)| s.optional || unnamed)
        .collect();
    let overlaps =
        |a: &EvalSpan, b: &EvalSpan| a.kind == b.kind && a.end.min(b.end) > a.start.max(b.start);
    let only_unnamed = |p: &EvalSpan| {
        let mut gold = doc.spans.iter().zip(unnamed.iter().zip(&left_out));
        gold.clone()
            .any(|(g, (&unnamed, _))| unnamed && overlaps(g, p))
            && !gold.any(|(g, (_, &left_out))| !left_out && overlaps(g, p))
    };
    let optional: Vec<&EvalSpan> = doc.spans.iter().filter(|s| s.optional).collect();
    let date_region_end = options.date_region.map(|units| region_end(&chars, units));
    let mut by_type: BTreeMap<&str, (Vec<Trimmed>, Vec<Trimmed>)> = BTreeMap::new();
    let mut add = |span: &'a EvalSpan, is_prediction: bool, index: usize| {
        if is_prediction
            && optional
                .iter()
                .any(|o| o.kind == span.kind && o.end.min(span.end) > o.start.max(span.start))
        {
            return; // a prediction on an optional gold span neither helps nor hurts
        }
        if is_prediction && only_unnamed(span) {
            return;
        }
        if is_prediction
            && span.kind.starts_with("DATE")
            && date_region_end.is_some_and(|end| span.start >= end)
        {
            return; // outside the part of the text whose times are annotated
        }
        let (start, end) = trim(&chars, span.start, span.end);
        if end <= start {
            return;
        }
        let trimmed = Trimmed {
            start,
            end,
            span,
            index,
        };
        let sides = by_type.entry(span.kind.as_str()).or_default();
        if is_prediction {
            sides.1.push(trimmed);
        } else {
            sides.0.push(trimmed);
        }
    };
    for (span, _) in doc.spans.iter().zip(&left_out).filter(|(_, &out)| !out) {
        add(span, false, 0);
    }
    for (index, span) in predicted.iter().enumerate() {
        add(span, true, index);
    }
    for (span_type, (gold, pred)) in by_type {
        // Without --types: the types this gold document has. With --types:
        // exactly those types, even in documents that lack them (score.py).
        let scored = match &options.types {
            Some(types) => types.contains(span_type),
            None => gold_types.contains(span_type),
        };
        if !scored {
            continue;
        }
        let mut counts = Counts {
            gold: gold.len(),
            pred: pred.len(),
            ..Counts::default()
        };
        let mut gold_ranges: HashMap<(usize, usize), usize> = HashMap::new();
        for g in &gold {
            *gold_ranges.entry((g.start, g.end)).or_default() += 1;
        }
        for p in &pred {
            if let Some(left) = gold_ranges.get_mut(&(p.start, p.end)).filter(|n| **n > 0) {
                *left -= 1;
                counts.exact += 1;
            }
        }
        // With `named_only` (a recall reading of nested gold names), the
        // largest pairing of names; otherwise score.py's greedy one.
        let pairs = if options.named_only && matches!(span_type, "PERSON" | "PLACE") {
            most_overlap_pairs(&gold, &pred)
        } else {
            overlap_pairs(&gold, &pred)
        };
        counts.overlap = pairs.len();
        // Calibration's reading of right: overlapping any gold span of the
        // type (not only the one it is paired with).
        for p in &pred {
            let right = gold.iter().any(|g| g.end.min(p.end) > g.start.max(p.start));
            if let Some(confidence) = p.span.confidence {
                scores
                    .reliability
                    .entry(span_type.to_string())
                    .or_default()
                    .add(confidence, right);
            }
            scores.labels.push(Label {
                doc: doc.id.clone(),
                index: p.index,
                span_type: span_type.to_string(),
                right,
            });
        }
        let mut error = |kind, g: Option<&Trimmed>, p: Option<&Trimmed>, expected, found| {
            if options.errors {
                scores.errors.push(ErrorCase {
                    kind,
                    span_type: span_type.to_string(),
                    doc: doc.id.clone(),
                    gold: g.map(|g| (g.start, g.end)),
                    pred: p.map(|p| (p.start, p.end)),
                    expected,
                    found,
                });
            }
        };
        let mut gold_matched = vec![false; gold.len()];
        let mut pred_matched = vec![false; pred.len()];
        for &(i, j) in &pairs {
            gold_matched[i] = true;
            pred_matched[j] = true;
            let (g, p) = (&gold[i], &pred[j]);
            if (g.start, g.end) != (p.start, p.end) {
                error(ErrorKind::Boundary, Some(g), Some(p), None, None);
            }
            if let Some(value) = g.span.value.as_deref().filter(|v| !v.is_empty()) {
                counts.value_total += 1;
                if same_value(value, p.span.value.as_deref()) {
                    counts.value_correct += 1;
                } else {
                    let found = p.span.value.clone();
                    error(
                        ErrorKind::Value,
                        Some(g),
                        Some(p),
                        Some(value.into()),
                        found,
                    );
                }
            }
            if let Some(speaker) = g.span.speaker.as_deref().filter(|s| !s.is_empty()) {
                counts.speaker_total += 1;
                let named = !name_tokens(speaker).is_empty();
                counts.speaker_named_total += usize::from(named);
                let by_name = same_speaker(speaker, p.span.speaker.as_deref());
                let by_span = match (
                    g.span.speaker_start,
                    g.span.speaker_end,
                    p.span.speaker_start,
                    p.span.speaker_end,
                ) {
                    (Some(gs), Some(ge), Some(ps), Some(pe)) => ge.min(pe) > gs.max(ps),
                    _ => false,
                };
                counts.speaker_span_correct += usize::from(by_name || by_span);
                if by_name {
                    counts.speaker_correct += 1;
                    counts.speaker_named_correct += usize::from(named);
                } else {
                    let found = p.span.speaker.clone();
                    error(
                        ErrorKind::Speaker,
                        Some(g),
                        Some(p),
                        Some(speaker.into()),
                        found,
                    );
                }
            }
        }
        for (g, _) in gold.iter().zip(&gold_matched).filter(|(_, m)| !**m) {
            error(ErrorKind::Missed, Some(g), None, None, None);
        }
        for (p, _) in pred.iter().zip(&pred_matched).filter(|(_, m)| !**m) {
            error(ErrorKind::Spurious, None, Some(p), None, None);
        }
        scores
            .by_type
            .entry(span_type.to_string())
            .or_default()
            .add(&counts);
    }
}

/// The text of `start..end` (code points) in `text`.
pub fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// The span `start..end` of `text` in its context, marked `[[like this]]`,
/// with up to `width` code points either side, on one line.
pub fn in_context(text: &str, start: usize, end: usize, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let end = end.min(chars.len());
    let start = start.min(end);
    let before_start = start.saturating_sub(width);
    let after_end = (end + width).min(chars.len());
    let flat = |range: &[char]| -> String {
        range
            .iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!(
        "{}{}[[{}]]{}{}",
        if before_start > 0 { "…" } else { "" },
        flat(&chars[before_start..start]),
        flat(&chars[start..end]),
        flat(&chars[end..after_end]),
        if after_end < chars.len() { "…" } else { "" },
    )
}

/// The most frequent texts of one error kind and type (lowercased), with counts,
/// most frequent first: "what do we miss most often".
pub fn frequent_texts(
    errors: &[ErrorCase],
    docs: &HashMap<&str, &EvalDoc>,
    kind: ErrorKind,
    span_type: &str,
    limit: usize,
) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in errors
        .iter()
        .filter(|e| e.kind == kind && e.span_type == span_type)
    {
        let Some(doc) = docs.get(e.doc.as_str()) else {
            continue;
        };
        let Some((start, end)) = e.gold.or(e.pred) else {
            continue;
        };
        let text = slice_chars(&doc.text, start, end).to_lowercase();
        *counts.entry(text).or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sorted.truncate(limit);
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: &str, start: usize, end: usize) -> EvalSpan {
        EvalSpan {
            kind: kind.into(),
            start,
            end,
            ..EvalSpan::default()
        }
    }

    fn doc(id: &str, text: &str, spans: Vec<EvalSpan>) -> EvalDoc {
        EvalDoc {
            id: id.into(),
            text: text.into(),
            dct: None,
            spans,
        }
    }

    fn run(gold: &[EvalDoc], pred: &[(&str, Vec<EvalSpan>)]) -> Scores {
        let predictions = pred
            .iter()
            .map(|(id, spans)| (id.to_string(), spans.clone()))
            .collect();
        score(
            gold,
            &predictions,
            &ScoreOptions {
                types: None,
                errors: true,
                date_region: None,
                named_only: false,
            },
        )
    }

    #[track_caller]
    fn assert_close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() < 1e-9,
            "{actual} is not {expected}"
        );
    }

    #[test]
    fn trims_marks_spaces_and_punctuation_on_both_sides() {
        let chars: Vec<char> = "He said: “Go home,” and left.".chars().collect();
        // “Go home,” with marks and comma → Go home
        let (s, e) = trim(&chars, 9, 19);
        assert_eq!(chars[s..e].iter().collect::<String>(), "Go home");
        assert_eq!(trim(&chars, 10, 17), (s, e));
        // Offsets past the end are clamped, and an all-edge span is empty.
        assert_eq!(trim(&chars, 25, 99), (25, chars.len()));
        let (s, e) = trim(&chars, 7, 9);
        assert_eq!(s, e);
        // A full stop is not an edge (as in score.py).
        assert!(!is_edge('.'));
        assert!(is_edge('\u{a0}') && is_edge('\u{1f}') && is_edge('«'));
    }

    #[test]
    fn a_quote_with_or_without_its_marks_is_an_exact_match() {
        let text = "Smith said \"we will win\" on Monday.";
        let gold = [doc("a", text, vec![span("QUOTE", 11, 24)])];
        let scores = run(&gold, &[("a", vec![span("QUOTE", 12, 23)])]);
        let quote = scores.by_type["QUOTE"];
        assert_eq!((quote.gold, quote.pred, quote.exact), (1, 1, 1));
        assert!(scores.errors.is_empty(), "{:?}", scores.errors);
    }

    #[test]
    fn reliability_bins_confidence_and_measures_the_gap() {
        let mut r = Reliability::default();
        // bin 0.9-1.0: two at 0.95, one right (acc 0.5, gap 0.45)
        r.add(0.95, true);
        r.add(0.95, false);
        // bin 0.3-0.4: two at 0.3, both right (gap 0.7, the other way);
        // 1.0 falls in the last bin
        r.add(0.3, true);
        r.add(0.3, true);
        assert_eq!(r.count(), 4);
        assert_eq!(r.bins[9].count, 2);
        assert_eq!(r.bins[3].count, 2);
        assert_close(r.ece(), 0.5 * 0.45 + 0.5 * 0.7);
        r.add(1.0, true);
        assert_eq!(r.bins[9].count, 3);
        assert_close(Reliability::default().ece(), 0.0);
        // a perfectly calibrated bin has no gap
        let mut perfect = Reliability::default();
        for right in [true, true, true, false] {
            perfect.add(0.75, right);
        }
        assert_close(perfect.ece(), 0.0);
    }

    #[test]
    fn calibration_labels_a_prediction_right_when_it_overlaps_any_gold_span() {
        let text = "\"Yes,\" Wang said in Paris and London.";
        let gold = [doc(
            "d",
            text,
            vec![span("QUOTE", 0, 6), span("PLACE", 20, 25)],
        )];
        let with = |kind, start, end, confidence| EvalSpan {
            confidence: Some(confidence),
            ..span(kind, start, end)
        };
        let scores = run(
            &gold,
            &[(
                "d",
                vec![
                    // the quote's marks are trimmed: still right
                    with("QUOTE", 0, 6, 0.9),
                    // "Paris" twice: both overlap the one gold span, both right
                    with("PLACE", 20, 25, 0.8),
                    with("PLACE", 20, 23, 0.8),
                    // "London" is not gold: wrong
                    with("PLACE", 30, 36, 0.8),
                    // a type the gold document lacks is not scored
                    with("DATE", 7, 11, 0.9),
                ],
            )],
        );
        let place = scores.reliability["PLACE"];
        assert_eq!((place.count(), place.bins[8].right), (3, 2));
        assert_eq!(scores.reliability["QUOTE"].bins[9].right, 1);
        assert!(!scores.reliability.contains_key("DATE"));
        let labels: Vec<(usize, bool)> = scores
            .labels
            .iter()
            .filter(|l| l.span_type == "PLACE")
            .map(|l| (l.index, l.right))
            .collect();
        assert_eq!(labels, vec![(1, true), (2, true), (3, false)]);
    }

    #[test]
    fn counts_exact_and_overlap_matches() {
        // "Ann Lee met Bob in Paris." Gold: Ann Lee, Bob; predicted: Ann, Bob, met.
        let text = "Ann Lee met Bob in Paris.";
        let gold = [doc(
            "a",
            text,
            vec![
                span("PERSON", 0, 7),
                span("PERSON", 12, 15),
                span("PLACE", 19, 24),
            ],
        )];
        let pred = vec![
            span("PERSON", 0, 3),
            span("PERSON", 12, 15),
            span("PERSON", 8, 11),
        ];
        let scores = run(&gold, &[("a", pred)]);
        let person = scores.by_type["PERSON"];
        assert_eq!(
            (person.gold, person.pred, person.exact, person.overlap),
            (2, 3, 1, 2)
        );
        assert_close(person.exact_prf().precision, 1.0 / 3.0);
        assert_close(person.exact_prf().recall, 0.5);
        assert_close(
            person.overlap_prf().f1,
            2.0 * (2.0 / 3.0) / (2.0 / 3.0 + 1.0),
        );
        let place = scores.by_type["PLACE"];
        assert_eq!((place.gold, place.pred, place.overlap), (1, 0, 0));
        assert_eq!(place.overlap_prf(), Prf::default());
        let kinds: Vec<ErrorKind> = scores.errors.iter().map(|e| e.kind).collect();
        assert!(kinds.contains(&ErrorKind::Boundary));
        assert!(kinds.contains(&ErrorKind::Spurious));
        assert!(kinds.contains(&ErrorKind::Missed));
    }

    #[test]
    fn overlap_pairs_are_one_to_one_largest_first() {
        // One gold span and two predictions inside it: only one matches.
        let text = "the New York Stock Exchange opened";
        let gold = [doc("a", text, vec![span("PLACE", 4, 27)])];
        let scores = run(
            &gold,
            &[("a", vec![span("PLACE", 4, 12), span("PLACE", 13, 27)])],
        );
        let place = scores.by_type["PLACE"];
        assert_eq!((place.overlap, place.pred), (1, 2));
        // The larger overlap (13..27, 14 chars) took the gold span.
        let boundary = scores
            .errors
            .iter()
            .find(|e| e.kind == ErrorKind::Boundary)
            .unwrap();
        assert_eq!(boundary.pred, Some((13, 27)));
        // Greedy by size: a big prediction prefers the gold span it overlaps most.
        let text = "aaaa bbbb cccc";
        let gold = [doc(
            "b",
            text,
            vec![span("DATE", 0, 4), span("DATE", 5, 14)],
        )];
        let scores = run(
            &gold,
            &[("b", vec![span("DATE", 2, 12), span("DATE", 0, 3)])],
        );
        assert_eq!(scores.by_type["DATE"].overlap, 2);
    }

    #[test]
    fn types_the_gold_does_not_have_are_not_scored() {
        let text = "Ann said \"yes\" on 3 May 2020.";
        let gold = [doc("a", text, vec![span("PERSON", 0, 3)])];
        let pred = vec![
            span("PERSON", 0, 3),
            span("QUOTE", 9, 14),
            span("DATE", 18, 28),
        ];
        let scores = run(&gold, &[("a", pred)]);
        assert_eq!(scores.by_type.keys().collect::<Vec<_>>(), ["PERSON"]);
        // --types scores exactly those types, even where the gold lacks them.
        let predictions = HashMap::from([(
            "a".to_string(),
            vec![span("PERSON", 0, 3), span("DATE", 18, 28)],
        )]);
        let chosen = ScoreOptions {
            types: Some(BTreeSet::from(["PLACE".to_string(), "DATE".to_string()])),
            errors: false,
            date_region: None,
            named_only: false,
        };
        let scores = score(&gold, &predictions, &chosen);
        assert_eq!(scores.by_type.keys().collect::<Vec<_>>(), ["DATE"]);
        assert_eq!(
            (scores.by_type["DATE"].gold, scores.by_type["DATE"].pred),
            (0, 1)
        );
    }

    #[test]
    fn optional_gold_spans_neither_help_nor_hurt() {
        let text = "Ann met the president in Rome.";
        let mut president = span("PERSON", 8, 21);
        president.optional = true;
        let gold = [doc("a", text, vec![span("PERSON", 0, 3), president])];
        let scores = run(
            &gold,
            &[("a", vec![span("PERSON", 0, 3), span("PERSON", 12, 21)])],
        );
        let person = scores.by_type["PERSON"];
        assert_eq!((person.gold, person.pred, person.exact), (1, 1, 1));
    }

    #[test]
    fn value_accuracy_compares_case_insensitively_over_matched_pairs() {
        let text = "It rained on 3 May and in summer 2020 and in 2019.";
        let mut may = span("DATE", 13, 18);
        may.value = Some("2020-05-03".into());
        let mut summer = span("DATE", 26, 37);
        summer.value = Some("2020-SU".into());
        let mut year = span("DATE", 45, 49);
        year.value = Some("2019".into());
        let gold = [doc("a", text, vec![may.clone(), summer.clone(), year])];
        let mut summer_pred = summer;
        summer_pred.value = Some("2020-su".into());
        let mut may_pred = may;
        may_pred.value = Some("2021-05-03".into());
        let scores = run(&gold, &[("a", vec![may_pred, summer_pred])]);
        let date = scores.by_type["DATE"];
        // The unmatched gold year does not count in value accuracy.
        assert_eq!((date.value_total, date.value_correct), (2, 1));
        assert_close(date.value_accuracy().unwrap_or(0.0), 0.5);
        let value_error = scores
            .errors
            .iter()
            .find(|e| e.kind == ErrorKind::Value)
            .unwrap();
        assert_eq!(value_error.expected.as_deref(), Some("2020-05-03"));
        assert_eq!(value_error.found.as_deref(), Some("2021-05-03"));
    }

    #[test]
    fn speakers_match_on_a_shared_name_token_or_content_word() {
        assert!(same_speaker("Hillary Clinton", Some("Clinton")));
        assert!(same_speaker("Mr. Trump", Some("Donald J. Trump")));
        assert!(!same_speaker("Mr. Trump", Some("Mr. Pence")));
        assert!(!same_speaker("Hillary Clinton", None));
        // Sources without a capitalised name: content words, minus stop words.
        assert!(same_speaker("the report", Some("The report")));
        assert!(!same_speaker("the campaign", Some("the report")));
        // Stop words never make a match on their own.
        assert!(!same_speaker("The Post", Some("The Times")));
        // Possessive apostrophes are stripped from name tokens.
        assert_eq!(
            name_tokens("O’Brien’s aide"),
            BTreeSet::from(["o’brien’s".to_string()])
        );
        assert_eq!(
            name_tokens("'Smith'"),
            BTreeSet::from(["smith".to_string()])
        );
    }

    #[test]
    fn named_speaker_accuracy_leaves_out_pronoun_speakers() {
        let text = "“A,” Ann said. “B,” he said. “C,” Bob said.";
        let quote = |start, end, speaker: &str| EvalSpan {
            speaker: Some(speaker.into()),
            ..span("QUOTE", start, end)
        };
        let gold = [doc(
            "a",
            text,
            vec![
                quote(0, 4, "Ann"),
                quote(15, 19, "he"),
                quote(29, 33, "Bob"),
            ],
        )];
        let pred = vec![
            quote(0, 4, "Ann Lee"),
            quote(15, 19, "Ann Lee"),
            quote(29, 33, "Ann Lee"),
        ];
        let counts = run(&gold, &[("a", pred)]).by_type["QUOTE"];
        // "he" counts (and can never match) in the first figure only
        assert_eq!((counts.speaker_total, counts.speaker_correct), (3, 1));
        assert_eq!(
            (counts.speaker_named_total, counts.speaker_named_correct),
            (2, 1)
        );
        assert_close(counts.speaker_named_accuracy().unwrap_or(0.0), 0.5);
    }

    #[test]
    fn code_points_not_bytes() {
        // Accents, emoji and curly quotes before the span.
        let text = "Café 😀 “Zoë Ångström” spoke.";
        let start = text.chars().position(|c| c == 'Z').unwrap();
        let gold = [doc("a", text, vec![span("PERSON", start, start + 12)])];
        let scores = run(&gold, &[("a", vec![span("PERSON", start - 1, start + 13)])]);
        assert_eq!(scores.by_type["PERSON"].exact, 1);
        assert_eq!(slice_chars(text, start, start + 12), "Zoë Ångström");
        assert_eq!(
            in_context(text, start, start + 12, 3),
            "…😀 “[[Zoë Ångström]]” s…"
        );
    }

    #[test]
    fn reads_jsonl_and_names_the_bad_line() {
        let input = "{\"id\": \"a\", \"text\": \"x\", \"dct\": \"2020-01-02\", \"spans\": [{\"type\": \"DATE\", \"start\": 0, \"end\": 1, \"value\": 2020}]}\n\n{\"id\": 7, \"spans\": []}\n";
        let docs = read_jsonl(input).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].spans[0].value.as_deref(), Some("2020"));
        assert_eq!(docs[0].dct.as_deref(), Some("2020-01-02"));
        assert_eq!(docs[1].id, "7");
        assert!(has_gold(&docs));
        assert!(!has_gold(&docs[1..]));
        let err = read_jsonl("{\"id\": 1}\nnot json\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }

    #[test]
    fn later_duplicates_win_and_missing_predictions_count_as_none() {
        let gold = [
            doc("a", "Ann", vec![span("PERSON", 0, 3)]),
            doc("a", "Bob Lee", vec![span("PERSON", 0, 7)]),
            doc("b", "Cy", vec![span("PERSON", 0, 2)]),
        ];
        let scores = run(&gold, &[("a", vec![span("PERSON", 0, 7)])]);
        assert_eq!(scores.docs, 2);
        let person = scores.by_type["PERSON"];
        assert_eq!((person.gold, person.exact), (2, 1));
    }

    #[test]
    fn our_result_maps_to_scorer_types() {
        use crate::result::{DateInfo, QuoteInfo, ReferenceDateSource, Speaker};
        use crate::Annotation;
        let annotation = |kind, start| Annotation {
            kind,
            start,
            end: start + 2,
            text: String::new(),
            entity: None,
            confidence: 0.9,
            reason: String::new(),
            place: None,
            date: None,
            quote: None,
        };
        let date = |start, kind: DateType, value: &str| Annotation {
            date: Some(DateInfo {
                kind,
                value: Some(value.into()),
                start: None,
                end: None,
            }),
            ..annotation(Kind::Date, start)
        };
        let quote = |start, kind, speaker: Option<&str>| Annotation {
            quote: Some(QuoteInfo {
                kind,
                speaker: speaker.map(|name| Speaker {
                    entity: None,
                    name: name.into(),
                    start: 0,
                    end: 1,
                }),
                cue: None,
            }),
            ..annotation(Kind::Quote, start)
        };
        let result = Annotations {
            version: 1,
            engine: crate::result::ENGINE_VERSION.to_string(),
            language: "en".into(),
            reference_date: None,
            reference_date_source: ReferenceDateSource::None,
            annotations: vec![
                annotation(Kind::Person, 0),
                annotation(Kind::Place, 1),
                date(2, DateType::Date, "2020-05-03"),
                date(3, DateType::Range, "2020"),
                date(4, DateType::Duration, "P1D"),
                date(5, DateType::Set, "P1W"),
                quote(6, QuoteType::Direct, Some("Ann")),
                quote(7, QuoteType::Partial, None),
                quote(8, QuoteType::Scare, None),
                quote(9, QuoteType::Indirect, Some("Bob")),
            ],
            entities: vec![],
        };
        let spans = spans_from_result(&result);
        let kinds: Vec<&str> = spans.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "PERSON",
                "PLACE",
                "DATE",
                "DATE",
                "DATE_OTHER",
                "DATE_OTHER",
                "QUOTE",
                "QUOTE",
                "QUOTE_INDIRECT"
            ]
        );
        assert_eq!(spans[2].value.as_deref(), Some("2020-05-03"));
        assert_eq!(spans[6].speaker.as_deref(), Some("Ann"));
        assert_eq!(spans[7].speaker, None);
        assert_eq!((spans[8].start, spans[8].end), (9, 11));
    }

    #[test]
    fn the_date_region_ends_after_lines_and_sentences() {
        let chars: Vec<char> =
            "Title\nMay 1, 2008\nOne. Two! \"Three.\" Four U.S. Mr. Li rule. Five"
                .chars()
                .collect();
        let text = |n| chars[..region_end(&chars, n)].iter().collect::<String>();
        assert_eq!(text(1), "Title\n");
        assert_eq!(text(2), "Title\nMay 1, 2008\n");
        assert_eq!(text(4), "Title\nMay 1, 2008\nOne. Two! ");
        assert_eq!(text(5), "Title\nMay 1, 2008\nOne. Two! \"Three.\" ");
        assert_eq!(text(99).len(), chars.len());
    }

    #[test]
    fn date_region_and_named_only_leave_out_what_the_corpus_does_not_annotate() {
        let gold = read_jsonl(concat!(
            r#"{"id":"d","text":"Title\nOne on Monday. Two on Friday. Obama and he met.","spans":["#,
            r#"{"type":"DATE","start":13,"end":19,"value":"X"},"#,
            r#"{"type":"PERSON","start":37,"end":42,"syntactic_type":"NAM"},"#,
            r#"{"type":"PERSON","start":47,"end":49}]}"#
        ))
        .unwrap();
        let predictions = HashMap::from([(
            "d".to_string(),
            vec![
                EvalSpan {
                    kind: "DATE".into(),
                    start: 13,
                    end: 19,
                    ..EvalSpan::default()
                },
                EvalSpan {
                    kind: "DATE".into(),
                    start: 28,
                    end: 34,
                    ..EvalSpan::default()
                },
                EvalSpan {
                    kind: "PERSON".into(),
                    start: 37,
                    end: 42,
                    ..EvalSpan::default()
                },
                EvalSpan {
                    kind: "PERSON".into(),
                    start: 47,
                    end: 49,
                    ..EvalSpan::default()
                },
            ],
        )]);
        let plain = score(&gold, &predictions, &ScoreOptions::default());
        assert_eq!(
            (plain.by_type["DATE"].pred, plain.by_type["PERSON"].gold),
            (2, 2)
        );
        let options = ScoreOptions {
            date_region: Some(2),
            named_only: true,
            ..ScoreOptions::default()
        };
        let scoped = score(&gold, &predictions, &options);
        assert_eq!(
            scoped.by_type["DATE"].pred, 1,
            "Friday lies after the region"
        );
        assert_eq!(
            (scoped.by_type["PERSON"].gold, scoped.by_type["PERSON"].pred),
            (1, 1)
        );
    }

    /// A gold mention as MEANTIME writes it: untyped, with its entity.
    fn mention(kind: &str, start: usize, end: usize, entity: &str) -> EvalSpan {
        EvalSpan {
            entity: Some(entity.into()),
            ..span(kind, start, end)
        }
    }

    #[test]
    fn a_name_names_its_entity_and_a_title_alone_does_not() {
        let text: Vec<char> = "Apple CEO Steve Jobs met U.S. officials and Jobs left"
            .chars()
            .collect();
        let named = |start, end, entity| is_named(&mention("PERSON", start, end, entity), &text);
        assert!(!named(0, 9, "Steve Jobs"), "Apple CEO is a title");
        assert!(named(10, 20, "Steve Jobs"));
        assert!(named(44, 48, "Steve Jobs"), "a surname names its entity");
        assert!(
            named(25, 29, "United States of America"),
            "U.S. abbreviates it"
        );
        assert!(!named(25, 29, "Canada"));
        let nam = EvalSpan {
            syntactic_type: Some("NAM".into()),
            ..mention("PERSON", 0, 20, "Steve Jobs")
        };
        assert!(
            is_named(&nam, &text),
            "a NAM mention is a name as annotated"
        );
    }

    #[test]
    fn named_only_reads_nested_names_as_their_inner_names() {
        let named_only = ScoreOptions {
            named_only: true,
            ..ScoreOptions::default()
        };
        // "Apple CEO Steve Jobs" holds "Steve Jobs": one flat prediction
        // finds the person, and the longer mention is left out.
        let text = "Apple CEO Steve Jobs spoke";
        let gold = [doc(
            "a",
            text,
            vec![
                mention("PERSON", 0, 20, "Steve Jobs"),
                mention("PERSON", 10, 20, "Steve Jobs"),
            ],
        )];
        let predictions = HashMap::from([("a".to_string(), vec![span("PERSON", 10, 20)])]);
        let person = score(&gold, &predictions, &named_only).by_type["PERSON"];
        assert_eq!((person.gold, person.overlap), (1, 1));
        // "Mobile, Alabama" (the city) holds "Alabama" (the state): both are
        // names, and the flat "Mobile" and "Alabama" find both, where
        // greedy pairing gives the whole to "Alabama" and leaves "Mobile" over.
        let text = "in Mobile, Alabama today";
        let gold = [doc(
            "b",
            text,
            vec![
                mention("PLACE", 3, 18, "Mobile"),
                mention("PLACE", 11, 18, "Alabama"),
            ],
        )];
        let predictions = HashMap::from([(
            "b".to_string(),
            vec![span("PLACE", 3, 9), span("PLACE", 11, 18)],
        )]);
        let greedy = score(&gold, &predictions, &ScoreOptions::default()).by_type["PLACE"];
        assert_eq!((greedy.gold, greedy.overlap), (2, 1));
        let place = score(&gold, &predictions, &named_only).by_type["PLACE"];
        assert_eq!((place.gold, place.overlap), (2, 2));
    }
}
