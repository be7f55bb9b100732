//! The extractors: each finds one family of mentions in a [`Document`].
//!
//! Every extractor implements [`Extractor`] and lives in its own file. They run
//! in the order of [`pipeline`]: names first (people, places and the
//! organisations that must be kept out of both), then dates, then quotes,
//! which read the names already found to resolve speakers. Their raw mentions
//! may overlap; [`crate::resolve`] settles that in one final pass.

use crate::calendar::Date;
use crate::document::Document;
use crate::kind::{Kind, KindSet};
use crate::result::{DateInfo, PlaceInfo, QuoteType};
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
pub trait Extractor: Sync {
    /// A short name, for diagnostics.
    fn name(&self) -> &'static str;

    /// Finds mentions. Never fails: text it cannot read yields nothing.
    fn extract(&self, doc: &Document, context: &Context) -> Vec<Mention>;
}

/// An extractor as registered: what it produces and what it needs run before it.
#[derive(Clone, Copy)]
pub struct Registered {
    /// The extractor.
    pub extractor: &'static dyn Extractor,
    /// The kinds it finds.
    pub produces: KindSet,
    /// The kinds whose mentions it reads in [`Context::found`].
    pub needs: KindSet,
}

/// The extractors in the order they run, each registered once.
pub static PIPELINE: [Registered; 3] = [
    // People and places (and organisations, kept out of both).
    Registered {
        extractor: &names::Names,
        produces: KindSet::of(&[Kind::Person, Kind::Place]),
        needs: KindSet::EMPTY,
    },
    Registered {
        extractor: &dates::Dates,
        produces: KindSet::of(&[Kind::Date]),
        needs: KindSet::EMPTY,
    },
    // Speakers are people (and organisations) found by names.
    Registered {
        extractor: &quotes::Quotes,
        produces: KindSet::of(&[Kind::Quote]),
        needs: KindSet::of(&[Kind::Person]),
    },
];

/// The extractors to run, in order, for the caller's `kinds`: those that
/// produce a kind asked for, and those that produce what they need.
pub fn plan(kinds: KindSet) -> impl Iterator<Item = &'static dyn Extractor> {
    let mut wanted = kinds;
    let mut run = [false; PIPELINE.len()];
    for (i, registered) in PIPELINE.iter().enumerate().rev() {
        if registered.produces.intersects(wanted) {
            run[i] = true;
            wanted = wanted.union(registered.needs);
        }
    }
    PIPELINE
        .iter()
        .zip(run)
        .filter(|(_, run)| *run)
        .map(|(registered, _)| registered.extractor)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(kinds: &[Kind]) -> Vec<&'static str> {
        plan(KindSet::of(kinds)).map(|e| e.name()).collect()
    }

    #[test]
    fn plans_what_the_kinds_need() {
        assert_eq!(planned(&Kind::ALL), ["names", "dates", "quotes"]);
        assert_eq!(planned(&[Kind::Date]), ["dates"]);
        assert_eq!(planned(&[Kind::Place]), ["names"]);
        // Quotes read the names found before them.
        assert_eq!(planned(&[Kind::Quote]), ["names", "quotes"]);
        assert_eq!(
            planned(&[Kind::Quote, Kind::Date]),
            ["names", "dates", "quotes"]
        );
        assert!(planned(&[]).is_empty());
    }
}
