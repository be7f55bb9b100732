//! The extractors: each finds one family of mentions in a [`Document`].
//!
//! Every extractor implements [`Extractor`] and lives in its own file. They run
//! in the order of [`pipeline`]: names first (people, places and the
//! organisations that must be kept out of both), then dates, then quotes,
//! which read the names already found to resolve speakers. Their raw mentions
//! may overlap; [`crate::resolve`] settles that in one final pass.

use crate::calendar::Date;
use crate::document::Document;
use crate::result::{DateInfo, Kind, PlaceInfo, QuoteType};
use crate::span::Span;

pub mod dateline;
pub mod dates;
pub mod names;
pub mod quotes;

/// What the extractors know besides the document.
#[derive(Debug, Clone, Copy)]
pub struct Context<'m> {
    /// The date relative expressions are resolved against, if known.
    pub reference_date: Option<Date>,
    /// The mentions found by the extractors that ran before this one.
    pub found: &'m [Mention],
}

/// One extractor: a pure function of the document and what was found before.
pub trait Extractor {
    /// A short name, for diagnostics.
    fn name(&self) -> &'static str;

    /// Finds mentions. Never fails: text it cannot read yields nothing.
    fn extract(&self, doc: &Document, context: &Context) -> Vec<Mention>;
}

/// The extractors in the order they run.
pub fn pipeline() -> [&'static dyn Extractor; 3] {
    [&names::Names, &dates::Dates, &quotes::Quotes]
}

/// A raw finding: a span of the text and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Where, in bytes.
    pub span: Span,
    /// How sure, 0..1.
    pub confidence: f32,
    /// A short human-readable why.
    pub reason: String,
    /// What it is.
    pub payload: Payload,
}

/// What a mention is, with what is known about it.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// A person's name.
    Person(PersonMention),
    /// A place, linked to GeoNames.
    Place(PlaceInfo),
    /// An organisation: found so that it is kept out of people and places, and
    /// so that quotes can name it as a source; not in the result.
    Organization,
    /// A temporal expression.
    Date(DateInfo),
    /// A quotation.
    Quote(QuoteMention),
}

/// What the names extractor knows of a person mention.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonMention {
    /// Gender, where a title or given name tells it (for pronoun resolution).
    pub gender: Option<Gender>,
}

/// Grammatical gender, as far as pronouns go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, him, his
    Male,
    /// she, her
    Female,
}

/// What the quotes extractor knows of a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMention {
    /// Direct, partial, scare or indirect.
    pub kind: QuoteType,
    /// Who said it.
    pub speaker: Option<SpeakerRef>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Span>,
}

/// The speaker of a quotation as found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    /// The words near the quote that name the speaker: "Wang", "he", "the spokesman".
    pub span: Span,
    /// The person mention (a span of a [`Payload::Person`] mention) the speaker
    /// resolves to, if any; its entity becomes the speaker's entity.
    pub person: Option<Span>,
}

impl Mention {
    /// The result kind, or `None` for mentions that are not reported (organisations).
    pub fn kind(&self) -> Option<Kind> {
        match self.payload {
            Payload::Person(_) => Some(Kind::Person),
            Payload::Place(_) => Some(Kind::Place),
            Payload::Organization => None,
            Payload::Date(_) => Some(Kind::Date),
            Payload::Quote(_) => Some(Kind::Quote),
        }
    }
}
