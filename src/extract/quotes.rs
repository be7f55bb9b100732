//! Quotes: quotations and their speakers.
//!
//! (Being written: see issue 6.)

use super::{Context, Extractor, Mention};
use crate::document::Document;

/// Finds quotations and attributes them.
pub struct Quotes;

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, _doc: &Document, _context: &Context) -> Vec<Mention> {
        Vec::new()
    }
}
