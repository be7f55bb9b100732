//! The result contract of `../shared/SCHEMA.md`: what every surface returns.
//!
//! These types serialize to exactly the JSON of the schema (camelCase names,
//! `null` for a missing speaker). Offsets here are in the unit the caller asked
//! for; inside the crate everything is bytes until [`crate::offsets`] converts.

use serde::{Deserialize, Serialize};

pub use crate::kind::Kind;

/// The version of the result shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The version of the engine that produces results: the crate's version.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The whole result of annotating one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Annotations {
    /// The result shape's version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// The engine's version, [`ENGINE_VERSION`]: which rules produced this
    /// result (results of two engine versions may differ; see CHANGELOG.md).
    pub engine: String,
    /// The language the text appears to be in, ISO 639-1 (`en`, `de`, ...),
    /// or `und` when too short to tell ([`crate::language`]). For a language
    /// other than English the extractors do not run and nothing is annotated.
    pub language: String,
    /// The date relative expressions were resolved against, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// Where the reference date came from.
    pub reference_date_source: ReferenceDateSource,
    /// Every annotation, sorted by `start`, then longest first.
    pub annotations: Vec<Annotation>,
    /// People and places, each with the indices of its mentions in `annotations`.
    pub entities: Vec<Entity>,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ReferenceDateSource {
    /// Given as an option.
    Given,
    /// Found in the text ("BEIJING, July 6 (Reuters) -", "Published 6 July 2021").
    Dateline,
    /// Not known: relative dates are left unresolved.
    None,
}

/// One highlighted span of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Annotation {
    /// What it marks.
    pub kind: Kind,
    /// First offset, in the requested unit.
    pub start: usize,
    /// One past the last offset, in the requested unit.
    pub end: usize,
    /// The input between `start` and `end`, exactly.
    pub text: String,
    /// The id of the entity (person or place) this mention belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// How sure the extractor is, 0..1.
    pub confidence: f32,
    /// A short human-readable why.
    pub reason: String,
    /// For places: the linked GeoNames record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<PlaceInfo>,
    /// For dates: the TIMEX3 type and value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateInfo>,
    /// For quotes: kind, speaker and cue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteInfo>,
}

/// A place linked to GeoNames.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlaceInfo {
    /// The record's name, e.g. "United States".
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, e.g. "US".
    pub country_code: String,
    /// What kind of place: `country`, `region`, `city`, `continent`, ...
    pub feature_class: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// The GeoNames id, e.g. 6252001 for the United States.
    pub geonames_id: u64,
}

/// The TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DateType {
    /// A calendar date or period: `2021-07-05`, `2020-12`, `2021-W27`.
    Date,
    /// A time of day: `2021-07-05T15:00`.
    Time,
    /// A length of time: `P90D`.
    Duration,
    /// A recurrence: every Monday.
    Set,
    /// From one date to another.
    Range,
}

/// A resolved temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DateInfo {
    /// The TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: DateType,
    /// The TIMEX3 value, e.g. `2021-07-05`, `2020-12`, `P90D`, `PRESENT_REF`;
    /// `None` when it cannot be resolved (no reference date).
    pub value: Option<String>,
    /// For a range: the value of its first end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// For a range: the value of its last end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// What kind of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteType {
    /// Speech in quotation marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// A quoted term with no speaker: so-called "experts".
    Scare,
    /// Reported speech without marks: Wang said that ...
    Indirect,
}

/// Who said a quotation, and with which words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteInfo {
    /// The kind of quotation.
    #[serde(rename = "type")]
    pub kind: QuoteType,
    /// The speaker, `null` where none is found.
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase.
    pub cue: Option<Cue>,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// The person entity, when the speaker is a person found in the text.
    pub entity: Option<String>,
    /// The entity's canonical name, even when the text near the quote says "he";
    /// for a non-person source, its words ("the report").
    pub name: String,
    /// Start of the speaker's mention near the quote.
    pub start: usize,
    /// End of the speaker's mention near the quote.
    pub end: usize,
}

/// The reporting verb or phrase of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cue {
    /// Its text, e.g. "said".
    pub text: String,
    /// Its start.
    pub start: usize,
    /// Its end.
    pub end: usize,
}

/// A person or place, with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// `person-1`, `place-3`, ...
    pub id: String,
    /// `person` or `place`.
    pub kind: Kind,
    /// The canonical name (the longest mention).
    pub name: String,
    /// Indices into [`Annotations::annotations`].
    pub mentions: Vec<usize>,
}
