//! Dates: temporal expressions resolved to TIMEX3 values.
//!
//! (Being written: see issue 4.)

use super::{Context, Extractor, Mention};
use crate::document::Document;

/// Finds temporal expressions.
pub struct Dates;

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, _doc: &Document, _context: &Context) -> Vec<Mention> {
        Vec::new()
    }
}
