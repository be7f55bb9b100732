//! Shared readers of the patterns that build a calendar day: a full day's
//! match, the value of a day with or without its year, the optional year and
//! weekday after a day and month ("July 5, 2021, Monday"), and the part of a
//! day after it ("Tuesday evening" is `…TEV`).
//!
//! Evidence: 8d27b88 (one helper reads the optional year and weekday after a
//! day and month, for both orders), bce2747 ("mid-afternoon yesterday").

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    pub(crate) fn full_day(&self, end: usize, date: Date, reason: &'static str) -> M {
        let mut m = M::date(end, Some(date.to_string()), reason);
        m.day = Some((Some(date.year), date.month, date.day));
        m.stated_year = Some(date.year);
        m
    }

    /// A day resolved from month and day, a stated year and a stated weekday.
    pub(crate) fn day_value(
        &self,
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<u32>,
        at: usize,
    ) -> Option<String> {
        let year = year.or_else(|| self.year_for_day(month, day, weekday, at));
        match year {
            Some(year) => Date::new(year, month, day).map(|d| d.to_string()),
            None => (day <= 31).then(|| format!("XXXX-{month:02}-{day:02}")),
        }
    }

    /// After a day: ", 2020", " 2020".
    pub(crate) fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.low(j) == "," { j + 1 } else { j };
        let year = self.year_token(k)?;
        // "May 5, 2020 people" is unlikely; "June 3 1500 troops" is a count
        if COUNT_NOUNS.contains(self.low(k + 1)) && !self.is(k + 1, &["of"]) {
            return None;
        }
        Some((year, k + 1))
    }

    /// After a date: ", Monday", " Monday".
    /// An optional year, then an optional weekday, after token `j` ("July 5,
    /// 2021, Monday"): their values and the token after them.
    pub(crate) fn year_and_weekday_after(&self, mut j: usize) -> (Option<i32>, Option<u32>, usize) {
        let year = self.year_after(j).map(|(year, next)| {
            j = next;
            year
        });
        let weekday = self.weekday_after(j).map(|(weekday, next)| {
            j = next;
            weekday
        });
        (year, weekday, j)
    }

    pub(crate) fn weekday_after(&self, j: usize) -> Option<(u32, usize)> {
        let k = if self.low(j) == "," { j + 1 } else { j };
        let d = self.weekday_at(k)?;
        Some((d, k + 1))
    }

    pub(crate) fn part_of_day(&self, j: usize) -> Option<(&'static str, usize)> {
        let low = self.low(j);
        // "mid-afternoon", "early-morning", "late-night"
        let low = match low.split_once('-') {
            Some(("mid" | "early" | "late", rest)) => rest,
            _ => low,
        };
        let code = match low {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            "night" | "overnight" => "NI",
            _ => return None,
        };
        Some((code, j + 1))
    }
}
