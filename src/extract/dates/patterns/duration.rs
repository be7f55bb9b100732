//! Durations: "90 days" (`P90D`), "six months", "a decade", "two-year", "two
//! and a half years" (`P2.5Y`), "decades-long" (`PXY`), "the past three
//! months". The verb in "would last six months" stays outside; ages and
//! fractions are not lengths.
//!
//! Evidence: 7b6f0f7 ("two and a half years", "decades": MEANTIME DATE_OTHER
//! overlap F1 0.800 -> 0.810, value 0.913 -> 0.936), 0c6c5e9 ("about", "just",
//! "only" outside: before 21 gold spans, inside 2), 3cd6cd8 ("the past
//! decade" is P10Y), 71774c8 (the verb "last"), 0e56b44 (ages and fractions).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// A count: "90", "two", "twenty four", "a", "a couple of", "several".
    /// `None` inside means a vague count ("several", "a few").
    pub(crate) fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let word = self.words.get(i)?;
        if word.kind == TokenKind::Number {
            let digits: String = word.text.chars().filter(|c| *c != ',').collect();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 6
            {
                return None;
            }
            let n: u32 = digits.parse().ok()?;
            // "2 1/2 years"
            return Some((Some(n), i + 1));
        }
        let low = word.low.as_ref();
        match low {
            "a" | "an" | "one" => {
                if self.low(i + 1) == "couple" && self.low(i + 2) == "of" {
                    return Some((Some(2), i + 3));
                }
                if self.low(i + 1) == "few" {
                    return Some((None, i + 2));
                }
                if let Some(n) = number_word(self.low(i + 1)).filter(|n| *n == 12 || *n == 100) {
                    return Some((Some(n), i + 2));
                }
                return Some((Some(1), i + 1));
            }
            "several" | "few" | "many" => return Some((None, i + 1)),
            // "the next couple of years"
            "couple" if self.low(i + 1) == "of" => return Some((Some(2), i + 2)),
            _ => {}
        }
        let mut n = number_word(low)?;
        let mut j = i + 1;
        if n >= 20 && n % 10 == 0 {
            if let Some(ones) = number_word(self.low(j)).filter(|o| (1..10).contains(o)) {
                n += ones;
                j += 1;
            }
        }
        if self.low(j) == "hundred" {
            n *= 100;
            j += 1;
        }
        Some((Some(n), j))
    }

    /// "would last six months", "to last a year": the verb "last" is outside
    /// the duration.
    pub(crate) fn last_is_a_verb(&self, i: usize) -> bool {
        self.low(i) == "last"
            && i > 0
            && self.is(
                i - 1,
                &[
                    "will", "would", "could", "can", "may", "might", "should", "must", "to", "did",
                    "does", "do", "'ll", "won't", "not",
                ],
            )
    }

    /// "90 days", "six months", "a decade", "the past three months",
    /// "two-year", "30-day", "two years ago" (a date), "a year earlier".
    pub(crate) fn duration(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        // "the past three months", "the next two weeks", "the first nine months"
        if self.is(
            i,
            &[
                "past",
                "last",
                "next",
                "first",
                "coming",
                "previous",
                "following",
            ],
        ) && !self.last_is_a_verb(i)
        {
            let m = self.duration(i + 1)?;
            if m.kind != DateType::Duration {
                return None;
            }
            return Some(
                M {
                    reason: "period",
                    ..m
                }
                .the()
                .approx(),
            );
        }
        // one token: "two-year", "five-year-old", "decades-long", "day-long"
        if low.contains('-') && self.words[i].kind == TokenKind::Word {
            let mut parts = low.split('-');
            let first = parts.next()?;
            let second = parts.next().unwrap_or("");
            // an age ("6-year-old") or a fraction ("three-quarters")
            if low.ends_with("-old") || second.starts_with("quarter") {
                return None;
            }
            let (count, unit) = match (number_word(first), unit_of(second)) {
                (Some(n), Some(unit)) => (Some(n), unit),
                (None, _) => {
                    let unit = unit_of(first)?;
                    if second != "long" {
                        return None;
                    }
                    let count = if first.ends_with('s') { None } else { Some(1) };
                    (count, unit)
                }
                _ => return None,
            };
            let value = duration_value(count, unit);
            return Some(M::new(i + 1, DateType::Duration, Some(value), "length of time").approx());
        }
        // "30-year", "30-day", "8-month-old"
        if let Some(n) = self.integer(i) {
            if self.low(i + 1) == "-"
                && self.touches_previous(i + 1)
                && self.touches_previous(i + 2)
            {
                let next = self.low(i + 2);
                if next.ends_with("-old") {
                    return None;
                }
                let unit = unit_of(next.split('-').next().unwrap_or(""))?;
                let value = duration_value(Some(n), unit);
                return Some(
                    M::new(i + 3, DateType::Duration, Some(value), "length of time").approx(),
                );
            }
        }
        let before = if i == 0 { "" } else { self.low(i - 1) };
        // "for years", "within weeks", "for the first time in years"
        if let Some(unit) = unit_of(low).filter(|_| low.ends_with('s')) {
            if matches!(before, "for" | "within" | "in") {
                let value = Some(duration_value(None, unit));
                return Some(M::new(
                    i + 1,
                    DateType::Duration,
                    value,
                    "vague length of time",
                ));
            }
            // "over the years", "the weeks ahead", "the years to come"
            if before == "the" {
                let over = i >= 2 && self.is(i - 2, &["over", "through", "throughout", "across"]);
                let end = if self.low(i + 1) == "ahead" {
                    Some(i + 2)
                } else if self.low(i + 1) == "to" && self.low(i + 2) == "come" {
                    Some(i + 3)
                } else {
                    over.then_some(i + 1)
                };
                if let Some(end) = end {
                    let value = Some(duration_value(None, unit));
                    return Some(
                        M::new(end, DateType::Duration, value, "vague length of time").the(),
                    );
                }
            }
        }
        let (count, mut j) = self.count(i)?;
        // "two and a half years": P2.5Y
        let and_a_half = count.is_some()
            && self.low(j) == "and"
            && self.low(j + 1) == "a"
            && self.low(j + 2) == "half"
            && self.words.get(j).is_some_and(|w| w.kind == TokenKind::Word);
        if and_a_half {
            j += 3;
        }
        // "six straight days", "20 more years", "eight trading days"
        if self.is(
            j,
            &[
                "more",
                "straight",
                "consecutive",
                "additional",
                "full",
                "long",
                "trading",
                "business",
                "working",
                "calendar",
                "successive",
                "whole",
                "extra",
            ],
        ) {
            j += 1;
        }
        let unit_low = self.low(j);
        let unit = unit_of(unit_low)?;
        // "a" and "one" take a singular unit; numbers above one a plural
        let plural = unit_low.ends_with('s') || unit_low == "centuries";
        if count.is_none() && !plural {
            return None;
        }
        // "a second A380", "a second consecutive day", "about a quarter of": not lengths
        let relative_after = self.is(j + 1, &["ago", "earlier", "later"]);
        if count == Some(1) && matches!(unit_low, "second" | "quarter") && !relative_after {
            let next_is_word = self
                .words
                .get(j + 1)
                .is_some_and(|w| w.kind == TokenKind::Word);
            if next_is_word || unit_low == "quarter" {
                return None;
            }
        }
        // "the 1988 second quarter", "1988 quarter": a year, not a count
        if !plural
            && count.is_some_and(|n| {
                n >= 1000 || (n > 1 && matches!(unit_low, "second" | "quarter" | "minute"))
            })
        {
            return None;
        }
        // an age: "52 years old"
        if self.low(j + 1) == "old" {
            return None;
        }
        let mut end = j + 1;
        // "2 1/2 years" is not read; "and a half"
        if self.low(end) == "and" && self.low(end + 1) == "a" && self.low(end + 2) == "half" {
            end += 3;
        }
        // "two years ago", "a year earlier", "three weeks later", "in three weeks"
        let after = self.low(end);
        let relative: Option<i64> = match after {
            "ago" | "earlier" => Some(-1),
            "later" | "hence" => Some(1),
            "from" if self.low(end + 1) == "now" => Some(1),
            _ => None,
        };
        if let Some(sign) = relative {
            let end = if after == "from" { end + 2 } else { end + 1 };
            let value = match count {
                // "a year ago" in a report on quarterly results: the year-ago quarter
                Some(1)
                    if unit.letter == 'Y'
                        && unit.times == 1
                        && sign < 0
                        && self.quarter_context(i) =>
                {
                    self.year_ago_quarter()
                }
                Some(n) => self.shifted(n, unit, sign),
                None => Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
            };
            return Some(M::date(end, value, "length of time before or after now").approx());
        }
        // "a day" after "once", "twice", "times", "per": a rate
        if matches!(before, "once" | "twice" | "times" | "per" | "thrice") && count == Some(1) {
            return None;
        }
        // "there came a day when", "not a day anybody can prepare for",
        // "marked a day in history": a day as a thing, not a length of time
        if count == Some(1)
            && self.low(i) == "a"
            && self.low(j) == "day"
            && end == j + 1
            && (self.is(end, &["when", "anybody", "anyone", "nobody", "like"])
                || (self.low(end) == "in" && self.low(end + 1) == "history"))
        {
            return None;
        }
        // "Islam will one day be", "he may one day follow": some future day
        let one_day = self.low(i) == "one" && self.low(j) == "day" && end == j + 1;
        let modal_or_subject = matches!(
            before,
            "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
                | "should"
                | "shall"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
        );
        if one_day && modal_or_subject {
            let value = Some("FUTURE_REF".to_string());
            return Some(M::date(end, value, "some day"));
        }
        // "$5 a year", "50 cents a day": a rate, not a length
        if count == Some(1) && self.is(i, &["a", "an"]) && i > 0 {
            let prev = &self.words[i - 1];
            if prev.kind == TokenKind::Number
                || matches!(
                    prev.low.as_ref(),
                    "million" | "billion" | "dollars" | "cents" | "percent"
                )
            {
                return None;
            }
        }
        // "in three weeks" (a time ahead)
        if before == "in" && count.is_some() && unit.letter != 'S' && self.looks_forward(i) {
            let value = count.and_then(|n| self.shifted(n, unit, 1));
            return Some(M::date(end, value, "in a length of time"));
        }
        let value = match count {
            Some(n) if and_a_half => {
                let prefix = if unit.clock { "PT" } else { "P" };
                let half = u64::from(n) * u64::from(unit.times) * 10 + u64::from(unit.times) * 5;
                let (whole, tenth) = (half / 10, half % 10);
                if tenth == 0 {
                    format!("{prefix}{whole}{}", unit.letter)
                } else {
                    format!("{prefix}{whole}.{tenth}{}", unit.letter)
                }
            }
            _ => duration_value(count, unit),
        };
        Some(
            M::new(end, DateType::Duration, Some(value), "length of time")
                .approx()
                .the()
                .sure(if count.is_some() { 0.85 } else { 0.6 }),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(the_verb_last_is_outside_a_duration,
        "She had a grant that would last six months." => ("six months", "P6M"),
        "The talks are expected to last two weeks." => ("two weeks", "P2W"),
        "Sales rose over the last six months." => ("the last six months", "P6M"),
    );

    t!(the_past_decade_is_a_duration,
        "It is their largest conference in the past decade." => ("the past decade", "P10Y"),
        "Prices doubled in the last decade." => ("the last decade", "201"),
    );

    t!(durations,
        "He demanded a report within 90 days." => ("90 days", "P90D"),
        "It took six months." => ("six months", "P6M"),
        "It took a decade." => ("a decade", "P10Y"),
        "Sales fell in the past three months." => ("the past three months", "P3M"),
        "He signed a two-year contract." => ("two-year", "P2Y"),
        "He served 20 more years." => ("20 more years", "P20Y"),
        "It lasted several years." => ("several years", "PXY"),
        "It lasted two hours." => ("two hours", "PT2H"),
        "Sales will grow over the next couple of years." => ("the next couple of years", "P2Y"),
    );

    t!(durations_with_a_half_and_vague_decades,
        "The jet is almost two and a half years behind schedule." => ("almost two and a half years", "P2.5Y"),
        "The talks took three and a half hours." => ("three and a half hours", "PT3.5H"),
        "It settled its decades-long dispute." => ("decades-long", "PXY"),
    );

    t!(about_just_and_only_stay_outside,
        "It happened just two weeks after the vote." => ("two weeks", "P2W"),
        "He left about two years ago." => ("two years ago", "2019"),
        "It took nearly two years." => ("nearly two years", "P2Y"),
    );

    #[test]
    fn a_day_as_a_thing_is_no_length_of_time() {
        none("If there ever came a day when I could not serve, I would leave.");
        none("This is not a day anybody can be prepared for.");
        none("It marked a day in history.");
        assert_eq!(
            one("The strike lasted a day."),
            ("a day".into(), "P1D".into())
        );
    }
}
