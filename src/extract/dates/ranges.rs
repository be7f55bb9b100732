//! Ranges: "from March to May 2020" and "between 2010 and 2015" stay two
//! dates, as TIMEX3 marks them (TimeBank and MEANTIME annotate each end, never
//! the phrase), and the first end borrows the year the second states ("March"
//! is 2020-03); a range found in one token ("1998-2001") carries its two ends.
//!
//! Evidence: 274036f (tbaq DATE exact F1 0.869 -> 0.876, value 0.860 -> 0.866;
//! MEANTIME DATE overlap 0.916 -> 0.920; all 10 such ranges in both corpora
//! are gold-annotated as two separate ends).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "from March to May 2020", "between 2010 and 2015": the two ends stay
    /// two dates, as TIMEX3 marks them (TimeBank and MEANTIME annotate each
    /// end, never the phrase), but the first end borrows a year the second
    /// states ("March" is March 2020).
    pub(crate) fn lend_range_years(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        let mut iter = found.into_iter().peekable();
        while let Some(mut first) = iter.next() {
            crate::work::step(1);
            let opener = first.tokens.0.checked_sub(1).map(|k| self.low(k));
            let joinable = |second: &Found| {
                let (a_end, b_start) = (first.tokens.1, second.tokens.0);
                b_start == a_end + 1
                    && matches!(
                        (opener, self.low(a_end)),
                        (
                            Some("from"),
                            "to" | "until" | "through" | "till" | "-" | "–"
                        ) | (Some("between"), "and")
                    )
                    && first.info.kind == DateType::Date
                    && second.info.kind == DateType::Date
                    && first
                        .info
                        .value
                        .as_deref()
                        .is_some_and(|v| !v.ends_with("_REF"))
                    && second
                        .info
                        .value
                        .as_deref()
                        .is_some_and(|v| !v.ends_with("_REF"))
            };
            let Some(second) = iter.next_if(joinable) else {
                out.push(first);
                continue;
            };
            // "from March to May 2020": March takes May's year
            if let (Some(month), Some(year)) = (first.bare_month, second.stated_year) {
                let second_month = second.day.map(|d| d.1).or_else(|| {
                    second
                        .info
                        .value
                        .as_deref()
                        .and_then(|v| v.get(5..7))
                        .and_then(|m| m.parse().ok())
                });
                let year = if second_month.is_some_and(|m| month > m) {
                    year - 1
                } else {
                    year
                };
                first.info.value = Some(year_month(year, month));
            }
            out.push(first);
            out.push(second);
        }
        // ranges found in one token ("1998-2001") carry their ends too
        for f in &mut out {
            if f.info.kind == DateType::Range && f.info.start.is_none() {
                if let Some((a, b)) = f.info.value.as_deref().and_then(|v| v.split_once('/')) {
                    f.info.start = Some(a.to_string());
                    f.info.end = Some(b.to_string());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    #[test]
    fn ranges_are_their_two_ends() {
        // TIMEX3 marks each end of "from X to Y", not the phrase
        let found = dates("Sales rose from March to May 2020.", Some("2021-07-06"));
        let ends: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.2.as_deref()))
            .collect();
        assert_eq!(
            ends,
            [("March", Some("2020-03")), ("May 2020", Some("2020-05"))],
            "{found:?}"
        );
        // a year stated after a later month is the year before
        let found = dates("It ran from November to March 2021.", Some("2021-07-06"));
        assert_eq!(found[0].2.as_deref(), Some("2020-11"), "{found:?}");
        let found = dates("Prices rose between 2010 and 2015.", Some("2021-07-06"));
        let ends: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(ends, [("2010", DateType::Date), ("2015", DateType::Date)]);
        let found = dates("The war of 1998-2001 ended.", None);
        assert_eq!(found[0].0, "1998-2001");
        assert_eq!(found[0].1, DateType::Range);
        assert_eq!(found[0].2.as_deref(), Some("1998/2001"));
    }
}
