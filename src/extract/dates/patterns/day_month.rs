//! A day before its month: "4 March 2021", "the 22nd of September, 2020",
//! "5th of July Monday" ("the" stays outside, as TimeBank marks them).
//!
//! Evidence: 0307e6b (the first tagger), 8d27b88 (the year and weekday after
//! it read by one helper for both orders).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "5 July", "the 22nd of September, 2020", "5th of July Monday".
    pub(crate) fn day_month(&self, i: usize) -> Option<M> {
        let day = self.day_number(i)?;
        let mut j = i + 1;
        if self.low(j) == "of" {
            j += 1;
        } else if !self.is_ordinal_number(i) && self.low(i + 1) == "," {
            return None;
        }
        let (month, bare_abbreviation) = self.month_at(j)?;
        if bare_abbreviation && self.low(j) == "may" {
            return None;
        }
        let (year, weekday, j) = self.year_and_weekday_after(j + 1);
        let value = self.day_value(year, month, day, weekday, i);
        let mut m = M::date(
            j,
            value,
            if weekday.is_some() {
                "day of month + month, weekday"
            } else {
                "day of month + month"
            },
        );
        m.day = Some((year, month, day));
        m.stated_year = year;
        Some(m)
    }
}
