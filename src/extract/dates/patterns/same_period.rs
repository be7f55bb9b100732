//! "the same month a year ago", "the corresponding period last year", "the
//! quarter a year earlier", "last year's quarter": the period just named, a
//! year back. The value here is the fallback (the year-ago quarter, the month
//! a year before the reference, or last year); the anaphora stage puts the
//! named period in its place.
//!
//! Evidence: 0689656 (tbaq DATE value 0.872 -> 0.875, exact F1 0.875 -> 0.878;
//! MEANTIME DATE exact 0.884 -> 0.894, value 0.918 -> 0.923).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "the same month a year ago", "the corresponding period last year",
    /// "the quarter a year earlier", "last year's quarter": the period just
    /// named, one year back. The value here is the fallback (the year-ago
    /// quarter, the month a year before the reference, or last year);
    /// [`Scan::resolve_anaphora`] puts the named period in its place.
    pub(crate) fn same_period_a_year_back(&self, i: usize) -> Option<M> {
        // "last year's quarter"
        if self.low(i) == "last"
            && self.low(i + 1) == "year"
            && self.low(i + 2) == "'s"
            && self.is(i + 3, &["quarter", "period", "month"])
        {
            let value = self.year_back_value(self.low(i + 3), i);
            return Some(M::date(i + 4, value, SAME_PERIOD_A_YEAR_BACK));
        }
        let (unit_at, the_needed) = if self.is(i, &["same", "corresponding", "comparable"]) {
            (i + 1, false)
        } else {
            (i, true)
        };
        let unit = self.low(unit_at);
        if !matches!(unit, "quarter" | "period" | "month")
            || (the_needed && (i == 0 || self.low(i - 1) != "the"))
        {
            return None;
        }
        let mut j = unit_at + 1;
        if self.low(j) == "of" {
            j += 1;
        }
        let end = match (self.low(j), self.low(j + 1), self.low(j + 2)) {
            ("last", "year", _) => j + 2,
            ("the", "last" | "previous" | "prior", "year") => j + 3,
            ("the", "year", "before") => j + 3,
            ("a", "year", "ago" | "earlier" | "before") => j + 3,
            _ => return None,
        };
        let value = self.year_back_value(unit, i);
        Some(M::date(end, value, SAME_PERIOD_A_YEAR_BACK).the())
    }

    /// The value of "the same `unit` a year ago" when no period was named.
    pub(crate) fn year_back_value(&self, unit: &str, i: usize) -> Option<String> {
        let reference = self.reference?;
        match unit {
            "quarter" => self.year_ago_quarter(),
            "period" if self.quarter_context(i) => self.year_ago_quarter(),
            "month" => Some(year_month(reference.year - 1, reference.month)),
            _ => Some((reference.year - 1).to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    #[test]
    fn the_same_period_a_year_back_is_the_period_just_named_a_year_earlier() {
        let last = |text: &str| {
            dates(text, Some("2009-02-03"))
                .last()
                .map(|f| (f.0.clone(), f.2.clone().unwrap_or_default()))
        };
        assert_eq!(
            last("Sales fell 35% in January, compared to the same month a year ago."),
            Some(("the same month a year ago".into(), "2008-01".into()))
        );
        assert_eq!(
            last("Sales rose 43% in February compared to the same period last year."),
            Some(("the same period last year".into(), "2008-02".into()))
        );
        assert_eq!(
            last("Profit rose in the fourth quarter. For the quarter a year ago, it fell."),
            Some(("the quarter a year ago".into(), "2007-Q4".into()))
        );
        assert_eq!(
            last("Sales for this year's third quarter rose. Sales for last year's quarter fell."),
            Some(("last year's quarter".into(), "2008-Q3".into()))
        );
        // nothing named: the month a year before the reference
        assert_eq!(
            last("Sales fell compared to the same month a year ago."),
            Some(("the same month a year ago".into(), "2008-02".into()))
        );
        // "the first quarter of last year" says which quarter it is
        assert_eq!(
            last("Sales rose in January. They fell in the first quarter of last year."),
            Some(("the first quarter of last year".into(), "2008-Q1".into()))
        );
    }
}
