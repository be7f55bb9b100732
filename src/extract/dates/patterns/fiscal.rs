//! "fiscal 2022", "fiscal year 1990": the (civil) year; fiscal calendars that
//! do not follow the civil year are not modelled.
//!
//! Evidence: 0307e6b (the first tagger).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "fiscal 1989", "fiscal 2022" (the fiscal year, named by its year).
    pub(crate) fn fiscal(&self, i: usize) -> Option<M> {
        if self.low(i) != "fiscal" {
            return None;
        }
        if let Some(year) = self.year_token(i + 1) {
            let mut m = M::date(i + 2, Some(year.to_string()), "fiscal year").the();
            m.stated_year = Some(year);
            return Some(m);
        }
        // "fiscal second-quarter", "the fiscal first quarter"
        self.quarter(i + 1).map(|m| m.the())
    }
}
