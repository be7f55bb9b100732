//! Relative expressions: "yesterday", "last Friday", "this week", "next
//! month", "earlier this year", "two years ago", "a year earlier", "the
//! weekend", "now" (`PRESENT_REF`), "recently" (`PAST_REF`), "then current",
//! "the future" (`FUTURE_REF`), "the next day", and "the year" read as the
//! year itself.
//!
//! Evidence: 354194f (vague periods named with "the": tbaq DATE_OTHER overlap
//! F1 0.794 -> 0.799), c954638 ("future" only as a noun: tbaq DATE overlap F1
//! 0.926 -> 0.928), 00d6d79 ("will one day"), 2c02f18 ("for the year": tbaq
//! DATE exact F1 0.882 -> 0.883), ffe5b85 ("the future of our peoples": tbaq
//! DATE overlap F1 0.927 -> 0.928), 40b0faf ("the next day").

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "today", "yesterday", "now", "this week", "last month", "next year",
    /// "this morning", "last night", "the weekend", "recently".
    pub(crate) fn relative(&self, i: usize) -> Option<M> {
        let reference = self.reference;
        let low = self.low(i);
        let day = |offset: i64| reference.map(|r| r.add_days(offset).to_string());
        let day_part =
            |offset: i64, code: &str| reference.map(|r| format!("{}T{code}", r.add_days(offset)));
        let simple = |value: Option<String>, reason| Some(M::date(i + 1, value, reason).edge());
        let refer = |what: &str, reason| Some(M::date(i + 1, Some(what.to_string()), reason));
        // "mid-afternoon yesterday", "(on) the morning today"
        if let Some((code, end)) = self.part_of_day(i) {
            let offset = match self.low(end) {
                "yesterday" => Some(-1),
                "today" => Some(0),
                "tomorrow" => Some(1),
                _ => None,
            };
            if let Some(offset) = offset {
                let value = day_part(offset, code);
                return Some(
                    M::new(end + 1, DateType::Time, value, "part of day + relative day").edge(),
                );
            }
        }
        match low {
            "today" => {
                if let Some((code, end)) = self.part_of_day(i + 1) {
                    return Some(M::new(
                        end,
                        DateType::Time,
                        day_part(0, code),
                        "today + part of day",
                    ));
                }
                return simple(day(0), "today");
            }
            "yesterday" | "tomorrow" => {
                let offset = if low == "yesterday" { -1 } else { 1 };
                if let Some((code, end)) = self.part_of_day(i + 1) {
                    return Some(M::new(
                        end,
                        DateType::Time,
                        day_part(offset, code),
                        "relative day + part of day",
                    ));
                }
                return simple(day(offset), "relative day");
            }
            // "at year end", "by year's end", "at the year end"; not "to see
            // the year end", where "end" is the verb
            "year"
                if (self.low(i + 1) == "end"
                    || (self.low(i + 1) == "'s" && self.low(i + 2) == "end"))
                    && (YEAR_END_PREPOSITIONS.contains(self.low(i.wrapping_sub(1)))
                        || (i >= 2
                            && self.low(i - 1) == "the"
                            && YEAR_END_PREPOSITIONS.contains(self.low(i - 2)))) =>
            {
                let end = if self.low(i + 1) == "end" {
                    i + 2
                } else {
                    i + 3
                };
                let value = reference.map(|r| r.year.to_string());
                return Some(M::date(end, value, "end of the year"));
            }
            "tonight" => {
                return Some(M::new(i + 1, DateType::Time, day_part(0, "NI"), "tonight").edge())
            }
            "now" | "nowadays" => return refer("PRESENT_REF", "now"),
            "currently" | "presently" => return refer("PRESENT_REF", "now"),
            "right" if self.low(i + 1) == "now" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "now"))
            }
            "recently" | "lately" => return refer("PAST_REF", "the past"),
            "current"
                if !self.is(
                    i + 1,
                    &[
                        "account", "accounts", "events", "affairs", "week", "month", "year",
                        "quarter", "decade", "century", "weekend", "fiscal",
                    ],
                ) =>
            {
                // "the then current price": the present of a past time
                if i > 0 && self.low(i - 1) == "then" {
                    return None;
                }
                return refer("PRESENT_REF", "the present").map(|m| m.sure(0.6));
            }
            "then" if self.low(i + 1) == "current" => {
                return Some(M::date(i + 2, Some("PAST_REF".into()), "then current").sure(0.6))
            }
            "recent" | "coming"
                if self.is(
                    i + 1,
                    &["years", "months", "weeks", "days", "decades", "quarters"],
                ) =>
            {
                // "in recent years", "in coming weeks": a vague length of time
                let unit = unit_of(self.low(i + 1))?;
                let value = Some(duration_value(None, unit));
                return Some(M::new(i + 2, DateType::Duration, value, "vague period").the());
            }
            "these" if self.low(i + 1) == "days" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "these days"))
            }
            // "the future", "in future," but not the adjective ("future
            // earnings", "all future losses"), which TimeBank rarely marks,
            // nor "the future of our peoples", a thing's prospects
            "future"
                if i > 0
                    && self.low(i + 1) != "of"
                    && (self.low(i - 1) == "the"
                        || (self.low(i - 1) == "in"
                            && self
                                .words
                                .get(i + 1)
                                .map_or(true, |w| w.kind != TokenKind::Word))) =>
            {
                return refer("FUTURE_REF", "the future").map(|m| m.the().sure(0.6))
            }
            // "the past" alone, not "the past three months" nor "the past decade"
            "past" | "present"
                if i > 0
                    && self.low(i - 1) == "the"
                    && self.count(i + 1).is_none()
                    && unit_of(self.low(i + 1)).is_none() =>
            {
                let what = if low == "past" {
                    "PAST_REF"
                } else {
                    "PRESENT_REF"
                };
                return refer(what, "the past or present").map(|m| m.the());
            }
            "long" | "short" if i > 0 && self.low(i - 1) == "the" && self.low(i + 1) == "term" => {
                return Some(
                    M::date(i + 2, Some("FUTURE_REF".into()), "the long or short term").the(),
                )
            }
            "time" if i > 0 && self.low(i - 1) == "the" && self.low(i + 1) == "being" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "for the time being").the())
            }
            "very" if self.low(i + 1) == "soon" => {
                return Some(M::date(i + 2, Some("FUTURE_REF".into()), "very soon"))
            }
            "near" if self.is(i + 1, &["future", "term"]) => {
                return Some(M::date(i + 2, Some("FUTURE_REF".into()), "the near future").the())
            }
            _ => {}
        }
        let direction = match low {
            "this" | "current" => Direction::This,
            "last" | "past" | "previous" | "latest" => Direction::Last,
            "next" | "coming" | "following" => Direction::Next,
            _ => {
                // "the weekend", "the year", "the quarter" (with their "the")
                if i > 0 && self.low(i - 1) == "the" {
                    return self.the_unit(i);
                }
                return None;
            }
        };
        let j = i + 1;
        // "this coming Sunday", "this past spring"
        let (direction, j) = if low == "this" && self.is(j, &["coming", "past"]) {
            let d = if self.low(j) == "coming" {
                Direction::Next
            } else {
                Direction::Last
            };
            (d, j + 1)
        } else {
            (direction, j)
        };
        if let Some(m) = self
            .weekday(j, direction, i)
            .or_else(|| self.month(j, direction, i))
            .or_else(|| self.season(j, direction, i))
            .or_else(|| self.holiday(j, direction, i))
        {
            return Some(
                M {
                    reason: "relative date",
                    ..m
                }
                .edge()
                .the(),
            );
        }
        let unit = self.low(j);
        let shift: i64 = match direction {
            Direction::Last => -1,
            Direction::Next => 1,
            _ => 0,
        };
        let reason = "relative period";
        let value = match unit {
            // "the next day", "the following day", "the previous day": the
            // day after or before the one just named (see `resolve_anaphora`)
            "day"
                if matches!(low, "next" | "following" | "previous")
                    && i > 0
                    && self.low(i - 1) == "the"
                    && !self.is(j + 1, &["of", "'s"]) =>
            {
                let value = reference.map(|r| r.add_days(shift).to_string());
                return Some(M::date(j + 1, value, NEXT_OR_PREVIOUS_DAY).the());
            }
            "week" => reference.map(|r| week_of(r.add_days(7 * shift))),
            "weekend" => reference.map(|r| format!("{}-WE", week_of(r.add_days(7 * shift)))),
            "month" => reference.map(|r| {
                let d = r.add_months(shift as i32);
                year_month(d.year, d.month)
            }),
            "year" => {
                // "this year's third quarter", "next year's first quarter"
                if self.low(j + 1) == "'s" {
                    if let Some(q) =
                        ordinal_word(self.low(j + 2)).filter(|_| self.low(j + 3) == "quarter")
                    {
                        let value = reference.map(|r| format!("{}-Q{q}", r.year + shift as i32));
                        return Some(M::date(j + 4, value, "quarter of a relative year").edge());
                    }
                }
                reference.map(|r| (r.year + shift as i32).to_string())
            }
            "decade" => reference.map(|r| (r.year.div_euclid(10) + shift as i32).to_string()),
            "century" => reference.map(|r| (r.year.div_euclid(100) + shift as i32).to_string()),
            // "the latest period" in a report of quarterly results
            "period" if low == "latest" && self.quarter_context(i) => {
                let value = self.quarter_value_shifted(shift);
                return Some(M::date(j + 1, value, THE_LATEST_PERIOD).edge().the());
            }
            "quarter" => self.quarter_value_shifted(shift),
            "morning" | "afternoon" | "evening" | "night" if direction != Direction::Next => {
                let (code, _) = self.part_of_day(j)?;
                let offset = if low == "last" { -1 } else { 0 };
                let value = day_part(offset, code);
                return Some(M::new(j + 1, DateType::Time, value, "part of a day").edge());
            }
            _ => return None,
        };
        // "last year" as a date; "the past year" too (TIMEX3 convention)
        if low == "past" && !(i > 0 && self.low(i - 1) == "the") {
            return None;
        }
        // but "the past decade" is the ten years up to now, as TimeBank and
        // MEANTIME mark it ("the last decade" stays the decade before)
        if low == "past" && unit == "decade" {
            return Some(M::new(j + 1, DateType::Duration, Some("P10Y".into()), "period").the());
        }
        Some(M::date(j + 1, value, reason).edge().the())
    }

    /// The quarter `shift` quarters from the reference's.
    pub(crate) fn quarter_value_shifted(&self, shift: i64) -> Option<String> {
        self.reference.map(|r| {
            let index = r.year * 4 + quarter_of(r.month) as i32 - 1 + shift as i32;
            format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
        })
    }

    /// After "the": "the weekend", "the year", "the quarter", "the week".
    pub(crate) fn the_unit(&self, i: usize) -> Option<M> {
        let reference = self.reference;
        match self.low(i) {
            "weekend" => {
                let value = reference.map(|r| {
                    let weekday = r.weekday().index();
                    let week = if weekday >= 5 || self.looks_forward(i) {
                        r
                    } else {
                        r.add_days(-7)
                    };
                    format!("{}-WE", week_of(week))
                });
                Some(M::date(i + 1, value, "the weekend").the())
            }
            // "for the year ended Sept. 30", "during the year": a length of
            // time; but "For the year, volume was flat" and "a high for the
            // year" are the year itself, as TimeBank marks them
            "year"
                if i >= 2
                    && self.is(i - 2, &["for", "during", "throughout", "over"])
                    && !self.is(i + 1, &["'s", "before", "after", "earlier", "later", "ago"])
                    && (self.low(i - 2) != "for" || self.is(i + 1, &["ended", "ending", "to"])) =>
            {
                let value = Some("P1Y".to_string());
                Some(M::new(i + 1, DateType::Duration, value, "the year").the())
            }
            // not "player of the year", but "the end of the year"
            "year"
                if !self.is(i + 1, &["before", "after", "earlier", "later", "ago", "'s"])
                    && (i < 2
                        || self.low(i - 2) != "of"
                        || (i >= 3
                            && self.is(i - 3, &["end", "beginning", "start", "middle"])))
                    && self.spelled_year(i + 1).is_none() =>
            {
                let value = reference.map(|r| r.year.to_string());
                Some(M::date(i + 1, value, "the year").the().edge().sure(0.6))
            }
            // not "at the end of the day", "on the day", "of the day"
            "day"
                if !self.is(i + 1, &["before", "after", "of"])
                    && (i < 2 || !self.is(i - 2, &["of", "on"])) =>
            {
                let value = reference.map(|r| r.to_string());
                Some(M::date(i + 1, value, "the day").the().sure(0.5))
            }
            "entire" | "full" | "whole" if self.low(i + 1) == "year" => {
                let value = reference.map(|r| r.year.to_string());
                Some(M::date(i + 2, value, "the whole year").the().sure(0.6))
            }
            "quarter" | "latest" | "recent" => {
                let end = if self.low(i) == "quarter" {
                    i + 1
                } else if self.low(i + 1) == "quarter" {
                    i + 2
                } else {
                    return None;
                };
                let value = reference.map(|r| {
                    let index = r.year * 4 + quarter_of(r.month) as i32 - 2;
                    format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                });
                Some(M::date(end, value, "the latest quarter").the().sure(0.6))
            }
            "year-ago" | "year-earlier" if self.is(i + 1, &["quarter", "period"]) => {
                let value = reference.map(|r| {
                    let index = r.year * 4 + quarter_of(r.month) as i32 - 6;
                    format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                });
                Some(M::date(i + 2, value, "the year-ago quarter").the())
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(relative_periods,
        "Wang spoke last week." => ("last week", "2021-W26"),
        "Wang speaks next month." => ("next month", "2021-08"),
        "Wang spoke earlier this year." => ("earlier this year", "2021"),
        "Wang spoke two years ago." => ("two years ago", "2019"),
        "Wang spoke a year earlier." => ("a year earlier", "2020"),
        "Wang spoke 10 days ago." => ("10 days ago", "2021-06-26"),
        "Wang will speak in three weeks." => ("three weeks", "2021-W30"),
        "Wang spoke over the weekend." => ("the weekend", "2021-W26-WE"),
        "Wang will speak early next year." => ("early next year", "2022"),
    );

    #[test]
    fn for_the_year_is_the_year_unless_it_ended() {
        let all = |text: &str| {
            dates(text, Some("1989-10-26"))
                .into_iter()
                .map(|f| (f.0, f.1, f.2.unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let the_year = |kind, value: &str| ("the year".to_string(), kind, value.to_string());
        assert_eq!(
            all("For the year, pet food volume was flat."),
            [the_year(DateType::Date, "1989")]
        );
        assert_eq!(
            all("It rose to a high for the year of $42.875 a share."),
            [the_year(DateType::Date, "1989")]
        );
        assert_eq!(
            all("For the year ended Sept. 30, it earned $5 million.")[0],
            the_year(DateType::Duration, "P1Y")
        );
        assert_eq!(
            all("Sales rose during the year."),
            [the_year(DateType::Duration, "P1Y")]
        );
    }

    #[test]
    fn a_year_ago_in_a_quarterly_report_is_the_year_ago_quarter() {
        let text = "Net income rose in the third quarter. It earned $5 million a year ago.";
        let found = dates(text, Some("1989-10-27"));
        let values: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|f| (f.0.as_str(), f.2.as_deref()))
            .collect();
        assert_eq!(
            values,
            [
                ("the third quarter", Some("1989-Q3")),
                ("a year ago", Some("1988-Q3"))
            ]
        );
        // the quarter named paragraphs before still sets the period
        let filler = "The company cited higher costs and weaker demand for its goods. ".repeat(6);
        let text = format!("Net income rose in the third quarter. {filler}Revenue fell from $9 million a year earlier.");
        let found = dates(&text, Some("1989-10-27"));
        assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988-Q3"));
        // after "the nine months" it is the year before
        let text = "Net income rose in the third quarter. For the nine months, net fell from $9 million a year earlier.";
        let found = dates(text, Some("1989-10-27"));
        assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988"));
        // "the 1988 quarter" says its period itself
        let found = dates(
            "For the nine months, net rose. In the 1988 quarter, it fell.",
            Some("1989-10-27"),
        );
        assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988-Q3"));
        // elsewhere it is the year before
        assert_eq!(
            one("He moved there a year ago."),
            ("a year ago".into(), "2020".into())
        );
    }

    t!(vague_periods_named_with_the,
        "Prices rose over the years." => ("the years", "PXY"),
        "Selling may continue in the weeks ahead." => ("the weeks ahead", "PXW"),
        "Losses will grow in the years to come." => ("the years to come", "PXY"),
    );

    #[test]
    fn a_plural_unit_after_the_is_not_always_a_period() {
        none("He read the years on the coins.");
        none("She counted the days.");
    }

    t!(one_day_after_a_modal_is_some_future_day,
        "Islam will one day be the largest religion here." => ("one day", "FUTURE_REF"),
        "He had been in the job one day." => ("one day", "P1D"),
    );

    #[test]
    fn future_as_an_adjective_is_no_date() {
        none("The company is confident about future earnings.");
        none("Prices stay high for the foreseeable future.");
        none("Trade is very important to the future of our peoples.");
        assert_eq!(
            one("Nobody knows what the future holds."),
            ("the future".into(), "FUTURE_REF".into())
        );
    }
}
