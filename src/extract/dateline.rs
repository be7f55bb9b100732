//! The article's own date, found in its text: a dateline or a "Published" line.
//!
//! (Being written: see issue 4.)

use crate::calendar::Date;
use crate::document::Document;

/// The article's date, when the text states it near the top.
pub fn find(_doc: &Document) -> Option<Date> {
    None
}
