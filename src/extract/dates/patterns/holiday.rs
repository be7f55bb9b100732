//! Holidays with their year: "Christmas", "Thanksgiving Day", "Easter 2020",
//! "last Christmas", "Easter week" (the week of Easter), and Ramadan as a
//! range. A holiday word inside a name ("Christmas Island") is left alone.
//!
//! Evidence: 0307e6b (the first tagger), bce2747 ("Easter week").

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "Christmas", "Thanksgiving Day", "Easter 2020", "last Christmas", "Ramadan".
    pub(crate) fn holiday(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
        if !self.capitalized(i) {
            return None;
        }
        if self.low(i) == "ramadan" {
            return Some(self.ramadan(i));
        }
        let (words, rule) = HOLIDAYS
            .iter()
            .find(|(words, _)| words.iter().enumerate().all(|(k, w)| self.low(i + k) == *w))?;
        let end = i + words.len();
        // "Christmas Island", "Easter Island", "Independence Day celebrations" is fine
        if self.is(
            end,
            &["island", "islands", "tree", "trees", "card", "cards"],
        ) {
            return None;
        }
        if let Some(year) = self.year_token(end) {
            let value = holiday(*rule, year).map(|d| d.to_string());
            return Some(M::date(end + 1, value, "holiday + year"));
        }
        // "Easter week": the week the day falls in
        let week = self.low(end) == "week";
        let value = self.reference.and_then(|r| {
            let this = holiday(*rule, r.year)?;
            let year = match direction {
                Direction::This => r.year,
                Direction::Last => {
                    if this < r {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                Direction::Next => {
                    if this > r {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                Direction::Nearest => {
                    let ahead = this.days_since_epoch() - r.days_since_epoch();
                    if ahead <= 0 || ahead <= 60 || self.looks_forward(at) {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
            };
            holiday(*rule, year).map(|d| if week { week_of(d) } else { d.to_string() })
        });
        if week {
            return Some(M::date(end + 1, value, "holiday week"));
        }
        Some(M::date(end, value, "holiday"))
    }

    /// Ramadan as a range, by the tabular Islamic calendar.
    pub(crate) fn ramadan(&self, i: usize) -> M {
        let (year, end) = match self.year_token(i + 1) {
            Some(year) => (Some(year), i + 2),
            None => (self.reference.map(|r| r.year), i + 1),
        };
        let mut m = M::new(
            end,
            DateType::Range,
            None,
            "Ramadan (tabular Islamic calendar)",
        );
        if let Some(year) = year {
            let mut start = ramadan_in(year);
            if let Some(r) = self.reference.filter(|_| end == i + 1) {
                // the latest Ramadan begun by the reference date, unless ahead soon
                if start > r && !self.looks_forward(i) {
                    start = ramadan_in(year - 1);
                }
            }
            let last = start.add_days(29);
            m.value = Some(format!("{start}/{last}"));
            m.day = None;
            m.stated_year = None;
            m.bare_month = None;
            m.confidence = 0.85;
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(holidays,
        "Sales rose at Christmas." => ("Christmas", "2020-12-25"),
        "Sales rose at Thanksgiving 2019." => ("Thanksgiving 2019", "2019-11-28"),
        "Sales rose at Easter." => ("Easter", "2021-04-04"),
        "Sales rose last Thanksgiving." => ("last Thanksgiving", "2020-11-26"),
    );

    #[test]
    fn ramadan_is_a_period() {
        let found = dates("Shops close during Ramadan.", Some("2021-07-06"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, DateType::Range);
        let value = found[0].2.clone().unwrap();
        // observed 2021-04-13 to 2021-05-12; the tabular calendar is within a day
        assert!(value.starts_with("2021-04-1"), "{value}");
    }

    #[test]
    fn a_holiday_week_is_the_week_of_the_holiday() {
        let found = dates(
            "Protesters prayed as Easter week began.",
            Some("2000-04-17"),
        );
        assert_eq!(found[0].0, "Easter week");
        assert_eq!(found[0].2.as_deref(), Some("2000-W16"));
    }
}
