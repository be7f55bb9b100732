//! Clock times: "3 p.m. EST", "10 p.m. Wednesday", "18:00 UTC" (`…T18:00Z`),
//! "noon", military times; a time takes the day named next to it ("yesterday
//! at 8 p.m.", "10:35 a.m. (0735 GMT) Friday"), else the anaphora stage gives
//! it the day named earlier in its sentence.
//!
//! Evidence: e5d131d (a time takes the day said before it), ed10707 (tbaq
//! DATE value 0.8788 -> 0.8795, MEANTIME DATE value 0.923 -> 0.926), f0d1b31
//! (military times).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "3 p.m.", "10:35 a.m. EST", "18:00 UTC", "noon Thursday", "5 p.m. EST Nov. 9".
    pub(crate) fn clock_time(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        let (hour, minute, mut j) = match low {
            "noon" | "midday" => (12, 0, i + 1),
            "midnight" => (24, 0, i + 1),
            _ => {
                // military time with a zone: "0800 UTC"
                if let Some(zulu) = self
                    .is_zone(i + 1)
                    .filter(|_| self.words[i].text.len() == 4)
                {
                    let hhmm = self.integer(i)?;
                    let (hour, minute) = (hhmm / 100, hhmm % 100);
                    if hour > 24 || minute > 59 {
                        return None;
                    }
                    let value = self.reference.map(|r| {
                        format!("{r}T{hour:02}:{minute:02}{}", if zulu { "Z" } else { "" })
                    });
                    return Some(M::new(i + 2, DateType::Time, value, CLOCK_TIME_WITHOUT_DAY));
                }
                let hour = self
                    .integer(i)
                    .filter(|h| *h <= 24 && self.words[i].text.len() <= 2)?;
                let mut j = i + 1;
                let mut minute = 0;
                let mut has_minutes = false;
                if self.low(j) == ":" && self.touches_previous(j) && self.touches_previous(j + 1) {
                    let word = self.words.get(j + 1)?;
                    if word.text.len() != 2 {
                        return None;
                    }
                    minute = self.integer(j + 1).filter(|m| *m < 60)?;
                    has_minutes = true;
                    j += 2;
                }
                let meridiem = self.low(j);
                let hour = match meridiem {
                    "a.m" | "am" if hour <= 12 => {
                        j += 1;
                        if hour == 12 {
                            0
                        } else {
                            hour
                        }
                    }
                    "p.m" | "pm" if hour <= 12 => {
                        j += 1;
                        if hour == 12 {
                            12
                        } else {
                            hour + 12
                        }
                    }
                    _ if has_minutes && self.is_zone(j).is_some() => hour,
                    _ if has_minutes && self.is(j, &["hours", "hrs", "gmt", "utc"]) => hour,
                    _ => return None,
                };
                (hour, minute, j)
            }
        };
        let mut zulu = false;
        if let Some(z) = self.is_zone(j) {
            zulu = z;
            j += 1;
        }
        // an anchor day after it: "Thursday", "today", "Nov. 9", ", Nov. 6",
        // "(0735 GMT) Friday"
        let k = if self.is(j, &[",", "on"]) { j + 1 } else { j };
        let after_aside = (self.low(k) == "(")
            .then(|| (k + 1..(k + 6).min(self.words.len())).find(|&c| self.low(c) == ")"))
            .flatten()
            .map(|close| close + 1);
        let anchor = self
            .weekday(k, Direction::Nearest, k)
            .filter(|m| m.kind == DateType::Date)
            .or_else(|| {
                let after = after_aside?;
                self.weekday(after, Direction::Nearest, after)
                    .filter(|m| m.kind == DateType::Date)
                    // the time's span stays before the aside
                    .map(|m| M { end: j, ..m })
            })
            .or_else(|| {
                self.month(k, Direction::Nearest, k)
                    .filter(|m| m.day.is_some())
            })
            .or_else(|| {
                self.relative(k).filter(|m| {
                    m.kind == DateType::Date && m.value.as_deref().map_or(true, |v| v.len() == 10)
                })
            });
        let day_before = if anchor.is_none() {
            self.day_before_at(i)
        } else {
            None
        };
        let dayless = anchor.is_none() && day_before.is_none();
        let (date, end) = match &anchor {
            Some(m) => (m.value.clone(), m.end),
            None => (
                day_before.or_else(|| self.reference.map(|r| r.to_string())),
                j,
            ),
        };
        if matches!(low, "noon" | "midday" | "midnight")
            && anchor.is_none()
            && !matches!(
                self.low(i.wrapping_sub(1)),
                "at" | "by" | "until" | "before" | "after" | "around"
            )
        {
            return None;
        }
        let clock = if minute == 0 && zulu {
            format!("{hour:02}:00Z")
        } else {
            format!("{hour:02}:{minute:02}{}", if zulu { "Z" } else { "" })
        };
        let value = date.map(|d| format!("{d}T{clock}"));
        // without a day of its own it takes the reference date here, and
        // the day named earlier in its sentence in `resolve_anaphora`
        let reason = if dayless {
            CLOCK_TIME_WITHOUT_DAY
        } else {
            "clock time"
        };
        Some(M::new(end, DateType::Time, value, reason).approx())
    }

    /// The day a time is "at" when the day comes first: "Tuesday at 3 p.m.",
    /// "yesterday at noon".
    pub(crate) fn day_before_at(&self, i: usize) -> Option<String> {
        if i < 2 || self.low(i - 1) != "at" {
            return None;
        }
        let k = i - 2;
        if let Some(weekday) = self.weekday_at(k) {
            return self
                .weekday_date(weekday, Direction::Nearest, k)
                .map(|d| d.to_string());
        }
        let reference = self.reference?;
        let offset = match self.low(k) {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        Some(reference.add_days(offset).to_string())
    }

    /// A time zone at `j`: `Some(true)` for UTC/GMT (written `Z`).
    pub(crate) fn is_zone(&self, j: usize) -> Option<bool> {
        let word = self.words.get(j)?;
        match word.text {
            "UTC" | "GMT" | "Z" => Some(true),
            "EST" | "EDT" | "CST" | "CDT" | "MST" | "MDT" | "PST" | "PDT" | "BST" | "CET"
            | "CEST" | "IST" | "JST" | "AEST" | "AEDT" | "ET" | "PT" | "CT" | "MT" | "HKT"
            | "SGT" | "WIB" | "EET" | "EEST" | "MSK" => Some(false),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(clock_times,
        "The polls close at 3 p.m. EST." => ("3 p.m. EST", "2021-07-06T15:00"),
        "The polls closed at 10 p.m. Wednesday." => ("10 p.m. Wednesday", "2021-06-30T22:00"),
        "Launch at 18:00 UTC." => ("18:00 UTC", "2021-07-06T18:00Z"),
        "It ended at 10:35 a.m." => ("10:35 a.m.", "2021-07-06T10:35"),
        "Offer ends at 5 p.m. EST Nov. 9." => ("5 p.m. EST Nov. 9", "2021-11-09T17:00"),
    );

    #[test]
    fn a_time_takes_the_day_said_before_it() {
        let found = dates(
            "The polls closed yesterday at 8 p.m. sharp.",
            Some("2021-07-06"),
        );
        assert_eq!(found[1].0, "8 p.m.");
        assert_eq!(found[1].2.as_deref(), Some("2021-07-05T20:00"));
        let found = dates("They met Friday at 10:30 a.m.", Some("2021-07-06"));
        assert_eq!(found[1].2.as_deref(), Some("2021-07-02T10:30"));
    }
}
