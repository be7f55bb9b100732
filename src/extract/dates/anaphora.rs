//! Anaphora: dates that lean on one named before them, resolved in one pass
//! over the dates found, in order, keeping only the latest anchor of each kind
//! (so the pass is linear in the number of dates).
//!
//! - "the following/previous year|month", "that year|month", "That December"
//!   take the year of the latest date stating one in the same or the previous
//!   sentence ("On May 22, 1995, ... the following year" is 1996); "the entire
//!   year" only one in its own sentence;
//! - "the following month" takes the month last named within [`PERIOD_REACH`]
//!   sentences ("In March, ... The following month" is April);
//! - "the day", "the next day", "the previous day" are the day named in the
//!   same or the previous sentence, or the day after or before it;
//! - a clock time without a day takes the day named earlier in its sentence;
//! - "the same month a year ago", "last year's quarter" are the period named
//!   within three sentences, a year back; "the latest period" the quarter
//!   last named.
//!
//! Evidence: eae8731 (anaphoric years, as TimeBank does), bbac142 ("the
//! following month": tbaq DATE value 0.8795 -> 0.8801), 0689656 (the same
//! period a year back: tbaq DATE value 0.872 -> 0.875, MEANTIME DATE exact
//! 0.884 -> 0.894), ed10707 (a clock time takes its sentence's day: tbaq DATE
//! value 0.8788 -> 0.8795, MEANTIME 0.923 -> 0.926), 4de3230 ("the day"),
//! 40b0faf ("the next day"), 508abcb ("the entire year": tbaq DATE value
//! 0.8801 -> 0.8808).

use crate::extract::dates::prelude::*;

/// The reason of "the same period last year", which the anaphora pass resolves.
pub(crate) const SAME_PERIOD_A_YEAR_BACK: &str = "the same period a year back";

/// The reason of a clock time without a day next to it, which the anaphora
/// pass puts on the day named earlier in its sentence.
pub(crate) const CLOCK_TIME_WITHOUT_DAY: &str = "clock time, day of the sentence";

/// The reason of "the next day" and "the previous day", which the anaphora
/// pass moves from the reference date to the day last named.
pub(crate) const NEXT_OR_PREVIOUS_DAY: &str = "the next or previous day";

/// The reason of "the latest period", which the anaphora pass resolves to
/// the quarter last named.
pub(crate) const THE_LATEST_PERIOD: &str = "the latest period";

/// How many sentences back "the same period last year" looks for the period.
pub(crate) const PERIOD_REACH: usize = 3;

/// A quarter or a month a date names, for "the same period a year ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// Year and quarter: `1989-Q3`.
    Quarter(i32, u32),
    /// Year and month: `2009-01`.
    Month(i32, u32),
}

impl Period {
    /// Reads `1989-Q3` or `2009-01` (not a day, not a year alone).
    pub(crate) fn parse(value: &str) -> Option<Period> {
        let (year, rest) = value.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = year.parse().ok()?;
        if let Some(q) = rest.strip_prefix('Q') {
            let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            return Some(Period::Quarter(year, q));
        }
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            let m: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
            return Some(Period::Month(year, m));
        }
        None
    }

    /// The TIMEX3 value: `1989-Q3`, `2009-01`.
    pub(crate) fn to_value(self) -> String {
        match self {
            Period::Quarter(year, q) => format!("{year}-Q{q}"),
            Period::Month(year, m) => year_month(year, m),
        }
    }

    /// The same period one year before.
    pub(crate) fn year_before(self) -> String {
        match self {
            Period::Quarter(year, q) => format!("{}-Q{q}", year - 1),
            Period::Month(year, m) => year_month(year - 1, m),
        }
    }
}

impl Scan<'_> {
    /// Anaphoric dates take the story's own timeline, as TimeBank does: "the
    /// following year" after "On May 22, 1995" is 1996, "That December"
    /// after "the winter of 2009" is 2009-12. Only clearly anaphoric forms
    /// are moved ("the following/previous year|month", "that year|month",
    /// "that" + a month), and only when the anchor, a date stating its year,
    /// is in the same or the previous sentence; otherwise they keep the
    /// value the reference date gave them.
    pub(crate) fn resolve_anaphora(&self, mut found: Vec<Found>) -> Vec<Found> {
        // the latest anchor so far: (sentence, year, month if stated)
        let mut anchor: Option<(usize, i32, Option<u32>)> = None;
        // the latest quarter and month named: (sentence, value)
        let mut quarter: Option<(usize, Period)> = None;
        let mut month: Option<(usize, Period)> = None;
        // the latest calendar day named: (sentence, `YYYY-MM-DD`)
        let mut day: Option<(usize, String)> = None;
        for f in &mut found {
            crate::work::step(1);
            let (first, end) = f.tokens;
            let sentence = self.words.get(first).map_or(0, |w| w.sentence);
            if f.reason == CLOCK_TIME_WITHOUT_DAY {
                // "flew Tuesday in Everett at 18:00 UTC": Tuesday's 18:00
                let named = day.as_ref().filter(|(s, _)| *s == sentence);
                match (named, f.info.value.as_mut()) {
                    (Some((_, date)), Some(value)) => {
                        if let Some(clock) = value.get(10..) {
                            *value = format!("{date}{clock}");
                        }
                    }
                    // no day named: the reference date's time, as found
                    _ => f.reason = "clock time",
                }
                continue;
            }
            // "He left on May 5. The next day, ...": May 6
            if f.reason == NEXT_OR_PREVIOUS_DAY {
                let named = day.as_ref().filter(|(s, _)| sentence <= s + 1);
                let shift = if self.low(first + 1) == "previous" {
                    -1
                } else {
                    1
                };
                if let Some(date) = named.and_then(|(_, d)| d.parse::<Date>().ok()) {
                    let next = date.add_days(shift).to_string();
                    f.info.value = Some(next.clone());
                    day = Some((sentence, next));
                    continue;
                }
            }
            // "stocks fell Monday ... to end the day at 7,114": that day
            if f.reason == "the day" {
                if let Some((_, date)) = day.as_ref().filter(|(s, _)| sentence <= s + 1) {
                    f.info.value = Some(date.clone());
                    continue;
                }
            }
            if let Some(date) = f.info.value.as_deref().and_then(|v| v.get(..10)) {
                if date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-' {
                    day = Some((sentence, date.to_string()));
                }
            }
            if let Some(unit) = self.year_ago_unit(f) {
                let recent =
                    |a: Option<(usize, Period)>| a.filter(|(s, _)| sentence <= s + PERIOD_REACH);
                let named = match unit {
                    "quarter" => recent(quarter),
                    "month" => recent(month),
                    // "the same period": whichever was named last
                    _ => match (recent(quarter), recent(month)) {
                        (Some(q), Some(m)) => Some(if m.0 > q.0 { m } else { q }),
                        (q, m) => q.or(m),
                    },
                };
                if let Some((_, period)) = named {
                    f.info.value = Some(period.year_before());
                    continue;
                }
            }
            if f.reason == THE_LATEST_PERIOD {
                if let Some((_, period)) = quarter.filter(|(s, _)| sentence <= s + PERIOD_REACH) {
                    f.info.value = Some(period.to_value());
                    continue;
                }
            }
            // "the entire year" leans on a year stated in its own sentence only
            let whole_year = self.is(first + 1, &["entire", "full", "whole"]);
            let near = anchor.filter(|a| sentence <= a.0 + 1 && (!whole_year || a.0 == sentence));
            if let Some(value) = near.and_then(|a| self.anaphoric_value(first, end, a.1, a.2)) {
                f.info.value = Some(value);
                continue;
            }
            // "In March, ... The following month": the month last named,
            // a few sentences back, whether or not it states its year
            let named_month = match month {
                Some((s, Period::Month(year, m))) if sentence <= s + PERIOD_REACH => {
                    Some((year, m))
                }
                _ => None,
            };
            if let Some(value) = named_month.and_then(|(year, m)| {
                self.anaphoric_value(first, end, year, Some(m))
                    .filter(|_| (first..end).any(|k| self.low(k) == "month"))
            }) {
                f.info.value = Some(value);
                continue;
            }
            if let Some((year, month)) = self.stated_anchor(f) {
                anchor = Some((sentence, year, month));
            }
            // only a period named as such ("the third quarter", "January"),
            // not one worked out a year back ("a year ago" in a results story)
            let named = (first..end).any(|k| {
                let low = self.low(k);
                low.contains("quarter") || month_of(low).is_some()
            }) && !(first..end).any(|k| {
                self.is(
                    k,
                    &[
                        "ago",
                        "earlier",
                        "last",
                        "previous",
                        "year-ago",
                        "year-earlier",
                    ],
                )
            });
            match f
                .info
                .value
                .as_deref()
                .and_then(Period::parse)
                .filter(|_| named)
            {
                Some(p @ Period::Quarter(..)) if f.info.kind == DateType::Date => {
                    quarter = Some((sentence, p));
                }
                Some(p @ Period::Month(..)) if f.info.kind == DateType::Date => {
                    month = Some((sentence, p));
                }
                _ => {}
            }
        }
        found
    }

    /// The unit ("month", "quarter" or "period") of "the same month a year
    /// ago", "last year's quarter", ...; `None` for any other date.
    pub(crate) fn year_ago_unit(&self, f: &Found) -> Option<&'static str> {
        if f.reason != SAME_PERIOD_A_YEAR_BACK {
            return None;
        }
        (f.tokens.0..f.tokens.1).find_map(|k| match self.low(k) {
            "quarter" => Some("quarter"),
            "month" => Some("month"),
            "period" => Some("period"),
            _ => None,
        })
    }

    /// The year (and month) a found date states in its own words.
    pub(crate) fn stated_anchor(&self, f: &Found) -> Option<(i32, Option<u32>)> {
        if f.info.kind != DateType::Date {
            return None;
        }
        let value = f.info.value.as_deref()?;
        let year_text = value
            .get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
        // the year must be written out, not worked out from the reference
        let stated =
            f.stated_year.is_some() || (f.tokens.0..f.tokens.1).any(|k| self.low(k) == year_text);
        if !stated {
            return None;
        }
        let year = year_text.parse().ok()?;
        let month = value
            .get(4..7)
            .and_then(|m| m.strip_prefix('-'))
            .filter(|m| m.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|m| m.parse().ok());
        Some((year, month))
    }

    /// The value of the anaphoric date over tokens `first..end` against an
    /// anchor, or `None` when it is not one of the clearly anaphoric forms.
    pub(crate) fn anaphoric_value(
        &self,
        first: usize,
        end: usize,
        year: i32,
        month: Option<u32>,
    ) -> Option<String> {
        // "That December": the date is "December", "that" just before it
        let (lead, unit) = match end - first {
            1 if first > 0 && self.low(first - 1) == "that" => ("that", first),
            2 => (self.low(first), first + 1),
            3 if self.low(first) == "the" => (self.low(first + 1), first + 2),
            _ => return None,
        };
        let shift = match lead {
            "that" | "same" => 0,
            // "a loss in the fourth quarter of 2005 and for the entire year"
            "entire" | "full" | "whole" if self.low(first) == "the" => 0,
            "following" => 1,
            "previous" => -1,
            _ => return None,
        };
        if lead == "same" && self.low(first) != "the" {
            return None;
        }
        match self.low(unit) {
            "year" => Some((year + shift).to_string()),
            "month" => {
                let month = i32::try_from(month?).ok()?;
                let index = year * 12 + (month - 1) + shift;
                let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
                Some(year_month(y, u32::try_from(m).ok()?))
            }
            word if shift == 0 && lead == "that" => {
                let named = month_of(word)?;
                Some(year_month(year, named))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    #[test]
    fn anaphoric_dates_follow_the_story_not_the_reference() {
        let values = |text: &str| -> Vec<(String, Option<String>)> {
            dates(text, Some("2023-11-15"))
                .into_iter()
                .map(|(span, _, value)| (span, value))
                .collect()
        };
        let v = |s: &str| Some(s.to_string());
        assert_eq!(
            values("She remembers the winter of 2009 vividly. That December, she left Bogotá."),
            [
                ("the winter of 2009".to_string(), v("2009-WI")),
                ("December".to_string(), v("2009-12")),
            ]
        );
        assert_eq!(
            values(
                "On May 22, 1995, he was promoted, and the following year he was posted abroad."
            ),
            [
                ("May 22, 1995".to_string(), v("1995-05-22")),
                ("the following year".to_string(), v("1996")),
            ]
        );
        assert_eq!(
            values("Talks began in March 2010. The following month, the firm was sold."),
            [
                ("March 2010".to_string(), v("2010-03")),
                ("The following month".to_string(), v("2010-04")),
            ]
        );
        // no anchor stating a year nearby: the reference date decides
        assert_eq!(
            values("The firm was sold. The following year, it closed."),
            [("The following year".to_string(), v("2024"))]
        );
        // an anchor two sentences back is too far
        assert_eq!(
            values("It began in 2009. Nothing changed. The following year, it closed."),
            [
                ("2009".to_string(), v("2009")),
                ("The following year".to_string(), v("2024")),
            ]
        );
        // "the entire year" takes a year stated in its own sentence only
        assert_eq!(
            values(
                "GM lost $5 billion in the fourth quarter of 2005 and $8 billion for the entire year."
            ),
            [
                ("the fourth quarter of 2005".to_string(), v("2005-Q4")),
                ("the entire year".to_string(), v("2005")),
            ]
        );
        assert_eq!(
            values("By 1992 it meant to double its share. It forecast a gain for the full year."),
            [
                ("1992".to_string(), v("1992")),
                ("the full year".to_string(), v("2023")),
            ]
        );
        // but a month named a few sentences back anchors "the following month",
        // with the year it resolved to
        assert_eq!(
            values("In March, it got an offer. It weighed a plan. A group urged a sale. The following month, it put itself up for sale."),
            [
                ("March".to_string(), v("2023-03")),
                ("The following month".to_string(), v("2023-04")),
            ]
        );
    }

    #[test]
    fn the_latest_period_is_the_quarter_just_reported() {
        let all = |text: &str| values(text, "1989-10-26");
        assert_eq!(
            all("Net fell in the fiscal fourth quarter. Sales in the latest period rose."),
            [
                pair("the fiscal fourth quarter", "1989-Q4"),
                pair("the latest period", "1989-Q4")
            ]
        );
        // outside a results story "the latest period" is no date
        assert_eq!(all("Sales in the latest period rose."), []);
    }

    #[test]
    fn a_time_without_a_day_takes_the_day_named_in_its_sentence() {
        let all = |text: &str| values(text, "2009-12-16");
        assert_eq!(
            all("The jet made its first flight Tuesday in Everett, Washington at 18:00 UTC."),
            [
                pair("Tuesday", "2009-12-15"),
                pair("18:00 UTC", "2009-12-15T18:00Z")
            ]
        );
        // the day after an aside
        assert_eq!(
            all("The blast came at 10:35 a.m. (0735 GMT) Friday, near the embassy."),
            [
                pair("10:35 a.m.", "2009-12-11T10:35"),
                pair("0735 GMT", "2009-12-11T07:35Z"),
                pair("Friday", "2009-12-11")
            ]
        );
        // a day in another sentence does not count
        assert_eq!(
            all("They met Tuesday. The jet left at 3 p.m."),
            [
                pair("Tuesday", "2009-12-15"),
                pair("3 p.m.", "2009-12-16T15:00")
            ]
        );
    }

    #[test]
    fn the_day_is_the_day_just_named() {
        let all = |text: &str| values(text, "2009-02-24");
        assert_eq!(
            all("Stocks fell yesterday, and the index lost 3% to end the day at 7,114."),
            [
                pair("yesterday", "2009-02-23"),
                pair("the day", "2009-02-23")
            ]
        );
        // nothing named: the reference date
        assert_eq!(
            all("The index lost 3% to end the day at 7,114."),
            [pair("the day", "2009-02-24")]
        );
    }

    #[test]
    fn the_next_day_follows_the_day_just_named() {
        let all = |text: &str| values(text, "2009-04-04");
        assert_eq!(
            all("He left on May 5. The next day, he returned. The following day he left again."),
            [
                pair("May 5", "2009-05-05"),
                pair("The next day", "2009-05-06"),
                pair("The following day", "2009-05-07")
            ]
        );
        assert_eq!(
            all("He left on Friday. The previous day he had packed."),
            [
                pair("Friday", "2009-04-03"),
                pair("The previous day", "2009-04-02")
            ]
        );
        // no day named: the day after the reference date
        assert_eq!(
            all("The next day, he returned."),
            [pair("The next day", "2009-04-05")]
        );
        // "the last day of the month" is no day before
        assert_eq!(all("It was the last day of the month."), []);
    }
}
