//! Resolution: the value of a date the text states only in part, against the
//! reference date. A day without a year takes the year that puts it nearest
//! the reference (ties to the past, "the year ended Jan. 31" always behind); a
//! bare month earlier in the year is this year's unless a cue looks ahead
//! (TimeBank: 49 such months behind, 8 ahead), a later one only when near or
//! announced; a bare weekday is the latest on or before the reference unless a
//! cue points forward; a shift ("two years ago") moves the reference at the
//! unit's granularity; in a results story "a year ago" is the year-ago quarter.
//!
//! Evidence: db2a524 (a bare month without a cue is the nearer one; a deadline
//! looks ahead: tbaq bare-month value errors 9 -> 6), 17c27f9 (an earlier
//! month without a cue is this year's; "a year ago" follows the period last
//! named: tbaq DATE value 0.867 -> 0.872), 8f9a884 ("the fiscal year ended
//! Jan. 31": tbaq DATE value 0.8808 -> 0.8822), 11f695b ("leaders meet
//! Monday" looks ahead).

use crate::extract::dates::prelude::*;

/// How many tokens back [`Scan::quarter_context`] looks for the period a
/// report is about: a results story names it once, paragraphs before.
pub(crate) const QUARTER_REACH: usize = 200;

impl Scan<'_> {
    /// The year for a month and day stated without one: nearest the reference.
    pub(crate) fn year_for_day(
        &self,
        month: u32,
        day: u32,
        weekday: Option<u32>,
        at: usize,
    ) -> Option<i32> {
        let reference = self.reference?;
        let candidates = [reference.year - 1, reference.year, reference.year + 1];
        // "the year ended Jan. 31": a period that ended is behind
        if at > 0 && self.low(at - 1) == "ended" {
            let this_year = Date::new(reference.year, month, day)?;
            return Some(if this_year <= reference {
                reference.year
            } else {
                reference.year - 1
            });
        }
        let tense = self.tense_near(at);
        let forward = tense == Some(true);
        let mut best: Option<(i64, i32)> = None;
        for year in candidates {
            let Some(date) = Date::new(year, month, day) else {
                continue;
            };
            let mut distance = date.days_since_epoch() - reference.days_since_epoch();
            // ties and near-ties go to the past unless a cue points forward
            if !forward && distance > 0 {
                distance = distance * 3 / 2;
            }
            let mut cost = distance.abs();

            if weekday.is_some_and(|w| date.weekday().index() != w) {
                cost += 10_000;
            }
            if best.map_or(true, |(c, _)| cost < c) {
                best = Some((cost, year));
            }
        }
        best.map(|(_, year)| year)
    }

    pub(crate) fn year_for_month(
        &self,
        month: u32,
        direction: Direction,
        at: usize,
    ) -> Option<i32> {
        let reference = self.reference?;
        // "by January", "until March": a deadline ahead
        let deadline = at > 0 && self.is(at - 1, &["by", "until", "till", "through"]);
        let year = reference.year;
        Some(match direction {
            Direction::This => year,
            Direction::Last => {
                if month < reference.month {
                    year
                } else {
                    year - 1
                }
            }
            Direction::Next => {
                if month > reference.month {
                    year
                } else {
                    year + 1
                }
            }
            Direction::Nearest => {
                if month <= reference.month {
                    let back = reference.month - month;
                    let ahead = month + 12 - reference.month;
                    let tense = self.tense_near(at);
                    let forward = deadline || tense == Some(true);
                    // without a cue an earlier month is this year's: news
                    // tells of what happened more than of what is coming
                    if back > 0 && ahead <= 6 && forward {
                        year + 1
                    } else {
                        year
                    }
                } else {
                    let ahead = month - reference.month;
                    // a later month is this year's only when near or announced
                    let tense = self.tense_near(at);
                    if deadline || tense == Some(true) || (ahead <= 2 && tense.is_none()) {
                        year
                    } else {
                        year - 1
                    }
                }
            }
        })
    }

    pub(crate) fn weekday_date(
        &self,
        weekday: u32,
        direction: Direction,
        at: usize,
    ) -> Option<Date> {
        let reference = self.reference?;
        let today = i64::from(reference.weekday().index());
        let target = i64::from(weekday);
        let back = (today - target).rem_euclid(7);
        let ahead = (target - today).rem_euclid(7);
        let offset = match direction {
            Direction::Last => -(if back == 0 { 7 } else { back }),
            Direction::Next => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            Direction::This => {
                if self.looks_forward(at) {
                    ahead
                } else {
                    -back
                }
            }
            Direction::Nearest => {
                if self.looks_forward(at) {
                    ahead
                } else {
                    -back
                }
            }
        };
        Some(reference.add_days(offset))
    }

    /// True when the period last named before token `i` is a quarter (a
    /// report of quarterly results), where "a year ago" means the year-ago
    /// quarter; after "the nine months" or "last year" it means the year.
    pub(crate) fn quarter_context(&self, i: usize) -> bool {
        (i.saturating_sub(QUARTER_REACH)..i)
            .rev()
            .find_map(|j| {
                crate::work::step(1);
                let low = self.low(j);
                if low.contains("quarter") {
                    Some(true)
                } else if low == "months" || (low == "year" && j > 0 && self.low(j - 1) == "last") {
                    Some(false)
                } else {
                    None
                }
            })
            .unwrap_or(false)
    }

    /// The quarter a year before the latest completed one.
    pub(crate) fn year_ago_quarter(&self) -> Option<String> {
        let reference = self.reference?;
        let index = reference.year * 4 + quarter_of(reference.month) as i32 - 6;
        Some(format!(
            "{}-Q{}",
            index.div_euclid(4),
            index.rem_euclid(4) + 1
        ))
    }

    /// The reference moved by `n` units, at the unit's granularity.
    pub(crate) fn shifted(&self, n: u32, unit: Unit, sign: i64) -> Option<String> {
        let reference = self.reference?;
        let n = i64::from(n.saturating_mul(unit.times)) * sign;
        Some(match (unit.letter, unit.clock) {
            ('Y', _) => {
                if unit.times == 10 && n.abs() >= 10 {
                    (i64::from(reference.year) + n).div_euclid(10).to_string()
                } else {
                    (i64::from(reference.year) + n).to_string()
                }
            }
            ('M', false) => {
                let d = reference.add_months(n as i32);
                year_month(d.year, d.month)
            }
            ('W', _) => week_of(reference.add_days(7 * n)),
            ('D', _) => reference.add_days(n).to_string(),
            _ => reference.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(day_without_year_takes_the_nearest_year,
        "It is payable Dec. 7 to holders." => ("Dec. 7", "2020-12-07"),
        "It will be paid Aug. 2 to holders." => ("Aug. 2", "2021-08-02"),
        // a period that ended is behind, however near the day is ahead
        "In the fiscal year ended Aug. 2, sales rose." => ("Aug. 2", "2020-08-02"),
        "In the fiscal year ended June 30, sales rose." => ("June 30", "2021-06-30"),
    );

    #[test]
    fn a_bare_month_earlier_in_the_year_is_behind_unless_a_cue_looks_ahead() {
        let value = |text: &str| dates(text, Some("2021-10-27"))[0].2.clone();
        // no tense cue: news tells what happened, so January is this year's
        assert_eq!(
            value("Dividends are paid in January."),
            Some("2021-01".into())
        );
        // a future cue looks ahead to the nearer January
        assert_eq!(
            value("Dividends will be paid in January."),
            Some("2022-01".into())
        );
        // the past verb counts even a dozen words back
        assert_eq!(
            value("Mr. Taylor stepped down as chairman, president and chief executive in March."),
            Some("2021-03".into())
        );
        // a past verb keeps it behind
        assert_eq!(
            value("The plant was closed in January."),
            Some("2021-01".into())
        );
        // a deadline looks ahead
        assert_eq!(
            value("The debt was to be repaid by February."),
            Some("2022-02".into())
        );
    }
}
