//! A year in words, as broadcasts say them: "nineteen ninety-six", "the year
//! two thousand".
//!
//! Evidence: 6629381.

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "in nineteen ninety-six", "the year two thousand": a year in words,
    /// after a temporal word (or at the start of a line, as broadcasts begin).
    pub(crate) fn words_year(&self, i: usize) -> Option<M> {
        let (start, after_the_year) = if self.low(i) == "the" && self.low(i + 1) == "year" {
            (i + 2, true)
        } else {
            (i, false)
        };
        let (year, end) = self
            .any_year(start)
            .filter(|_| self.words[start].kind == TokenKind::Word)?;
        let before_ok = after_the_year
            || self.sentence_start(i)
            || (i > 0 && TEMPORAL_PREPOSITIONS.contains(self.low(i - 1)));
        if !before_ok || unit_of(self.low(end)).is_some() {
            return None;
        }
        let mut m = M::date(end, Some(year.to_string()), "year in words").edge();
        m.stated_year = Some(year);
        Some(m)
    }
}
