//! Finds the **quotes** (with who said them), **dates** (resolved to calendar
//! dates), **people** and **places** in a news article.
//!
//! The same engine runs natively, on the command line and in the browser
//! (compiled to WebAssembly); nothing is sent anywhere. The result follows one
//! contract for every surface, described in the project's `SCHEMA.md`: a list
//! of annotations sorted by position, each with its kind, its span, a
//! confidence and a reason, and the entities that group mentions of one person
//! or place.
//!
//! ```
//! use article_annotator::{annotate, Kind, Options};
//!
//! let text = "BEIJING — Wang Wenbin said on Monday that the United States is \
//!             “the top threat to global cybersecurity,” he added.";
//! let options = Options::default().with_reference_date("2021-07-06")?;
//! let result = annotate(text, &options);
//!
//! assert_eq!(result.reference_date.as_deref(), Some("2021-07-06"));
//! for annotation in &result.annotations {
//!     // offsets are UTF-16 code units by default; `text` is the span's text
//!     assert!(annotation.end > annotation.start);
//!     if annotation.kind == Kind::Date {
//!         println!("{} → {:?}", annotation.text, annotation.date);
//!     }
//! }
//! # Ok::<(), article_annotator::OptionsError>(())
//! ```
//!
//! # Architecture
//!
//! [`Document`] tokenizes the text once (tokens, sentences, paragraphs). Each
//! extractor in [`extract`] is one file behind the [`extract::Extractor`]
//! trait and reports raw [`extract::Mention`]s with byte [`Span`]s. One final
//! pass ([`resolve`]) removes overlaps, groups mentions into entities
//! ([`entities`]), turns each raw confidence into a probability
//! ([`calibrate`]) and converts byte offsets to the caller's unit
//! ([`offsets`], the only place that does). The WASM binding (`wasm.rs`) is a
//! thin layer over [`annotate`].

#![deny(missing_docs)]

pub mod calendar;
pub mod calibrate;
pub mod document;
pub mod entities;
pub mod error;
#[cfg(feature = "eval")]
pub mod eval;
pub mod extract;
pub mod kind;
pub mod language;
pub mod lexicon;
pub mod offsets;
pub mod options;
pub mod resolve;
pub mod result;
pub mod span;
pub mod work;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The README's Rust example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use calendar::Date;
pub use document::Document;
pub use kind::{Kind, KindSet};
pub use options::{OffsetUnit, Options, OptionsError};
pub use result::{
    Annotation, Annotations, Cue, DateInfo, DateType, Entity, PlaceInfo, QuoteInfo, QuoteType,
    ReferenceDateSource, Speaker,
};
pub use span::Span;

use extract::Context;

/// Annotates `text`: finds people, places, dates and quotes.
///
/// Never fails: any text gets a result (an empty one for empty text). The
/// text is not changed; every annotation's `text` is the input between its
/// `start` and `end`, counted in `options.offsets`.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    let doc = Document::new(text);
    let (reference_date, source) = match options.reference_date {
        Some(date) => (Some(date), ReferenceDateSource::Given),
        None => match extract::dateline::find(&doc) {
            Some(date) => (Some(date), ReferenceDateSource::Dateline),
            None => (None, ReferenceDateSource::None),
        },
    };
    // The rules are English: another language gets no guesses.
    let language = language::detect(&doc);
    let english = matches!(language, "en" | "und");
    let mut mentions = Vec::new();
    for extractor in extract::plan(options.kinds).filter(|_| english) {
        let context = Context {
            reference_date,
            found: &mentions,
        };
        let found = extractor.extract(&doc, &context);
        mentions.extend(found);
    }
    let mut result = resolve::finish(text, mentions, options, source);
    result.reference_date = reference_date.map(|d| d.to_string());
    result.language = language.to_string();
    result
}
