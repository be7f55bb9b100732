//! Names: people, places and organisations.
//!
//! (Being written: see issue 5.)

use super::{Context, Extractor, Mention};
use crate::document::Document;

/// Finds people, places and organisations.
pub struct Names;

impl Extractor for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn extract(&self, _doc: &Document, _context: &Context) -> Vec<Mention> {
        Vec::new()
    }
}
