//! Quarters and halves: "the third quarter", "Q3 2021", "the first half of
//! 2020", "the last half of 1989" (`1989-H2`), "the first two quarters of
//! 1990" (`1990-H1`).
//!
//! Evidence: 1144c54 (year-ago quarters), bce2747 ("the last half of 1989":
//! tbaq DATE exact F1 0.878 -> 0.882), e8ebac8 ("the first two quarters":
//! tbaq DATE value 0.882 -> 0.883).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "the third quarter (of 2020)", "third-quarter", "Q3 2021", "the first half".
    pub(crate) fn quarter(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        // Q3, Q3 2021
        if let Some(q) = low
            .strip_prefix('q')
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|q| (1..=4).contains(q))
        {
            if !self.capitalized(i) || self.words[i].text.len() != 2 {
                return None;
            }
            if let Some(year) = self.year_token(i + 1) {
                return Some(M::date(
                    i + 2,
                    Some(format!("{year}-Q{q}")),
                    "quarter + year",
                ));
            }
            let value = self.quarter_value(q, 'Q', i);
            return Some(M::date(i + 1, value, "quarter").sure(0.7));
        }
        // "third-quarter", "first-half"
        let (ordinal, unit_word, j) = if let Some((a, b)) = low.split_once('-') {
            (ordinal_word(a)?, b, i + 1)
        } else {
            // "the last half of 1989" is its second half; "the last quarter"
            // alone is the one before this (see `relative`)
            let last_of_year = low == "last"
                && self.is(i + 1, &["half", "quarter"])
                && self.low(i + 2) == "of"
                && self.year_token(i + 3).is_some();
            let ordinal = if last_of_year {
                if self.low(i + 1) == "half" {
                    2
                } else {
                    4
                }
            } else {
                ordinal_word(low)?
            };
            let mut j = i + 1;
            if self.is(j, &["fiscal", "calendar"]) {
                j += 1;
            }
            (ordinal, self.low(j), j + 1)
        };
        // "the first two quarters of 1990" is its first half
        let (unit_word, mut j, ordinal) =
            if unit_word == "two" && self.low(j) == "quarters" && matches!(low, "first" | "last") {
                ("half", j + 1, if low == "first" { 1 } else { 2 })
            } else {
                (unit_word, j, ordinal)
            };
        let (letter, count) = match unit_word {
            "quarter" | "quarters" => ('Q', 4),
            "half" => ('H', 2),
            _ => return None,
        };
        if ordinal > count && low != "final" {
            return None;
        }
        let ordinal = if low == "final" { count } else { ordinal };
        // "of 2020", "of this year", "of last year", "2020"
        let k = if self.low(j) == "of" { j + 1 } else { j };
        if let Some(year) = self.year_token(k) {
            j = k + 1;
            return Some(
                M::date(
                    j,
                    Some(format!("{year}-{letter}{ordinal}")),
                    "quarter + year",
                )
                .the(),
            );
        }
        if self.low(k) != "the"
            && self.is(k, &["this", "last", "next"])
            && self.low(k + 1) == "year"
        {
            let shift = match self.low(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let value = self
                .reference
                .map(|r| format!("{}-{letter}{ordinal}", r.year + shift));
            return Some(M::date(k + 2, value, "quarter + relative year").the());
        }
        let value = self.quarter_value(ordinal, letter, i);
        let m = M::date(j, value, "ordinal quarter");
        // "the third quarter", but "the third-quarter results" leaves "the" to the noun
        Some(if low.contains('-') { m } else { m.the() })
    }

    /// A quarter or half named without a year: this year's, unless it has not
    /// begun yet and nothing points forward.
    pub(crate) fn quarter_value(&self, ordinal: u32, letter: char, at: usize) -> Option<String> {
        let reference = self.reference?;
        let current = if letter == 'Q' {
            quarter_of(reference.month)
        } else {
            (reference.month - 1) / 6 + 1
        };
        let year = if ordinal > current && !self.looks_forward(at) {
            reference.year - 1
        } else {
            reference.year
        };
        Some(format!("{year}-{letter}{ordinal}"))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(seasons_and_quarters,
        "Sales fell last summer." => ("last summer", "2020-SU"),
        "Sales fell this spring." => ("this spring", "2021-SP"),
        "Sales fell in the winter of 1994." => ("the winter of 1994", "1994-WI"),
        "Profit rose in the third quarter of 2020." => ("the third quarter of 2020", "2020-Q3"),
        "Profit rose in the first quarter." => ("the first quarter", "2021-Q1"),
        "Fourth-quarter profit rose." => ("Fourth-quarter", "2020-Q4"),
        "Profit rose in Q3 2021." => ("Q3 2021", "2021-Q3"),
        "Profit rose in the first half of 2020." => ("the first half of 2020", "2020-H1"),
    );

    #[test]
    fn periods_named_by_their_end_or_part() {
        let all = |text: &str| values(text, "1989-10-26");
        assert_eq!(
            all("The sale should close at the end of the year."),
            [pair("the end of the year", "1989")]
        );
        assert_eq!(
            all("The sale should close around year end."),
            [pair("year end", "1989")]
        );
        assert_eq!(
            all("Prices rose by year's end."),
            [pair("year's end", "1989")]
        );
        // "end" the verb
        assert!(all("He will be glad to see the year end.")
            .iter()
            .all(|(text, _)| text != "year end"));
        // "player of the year" is still no date
        assert_eq!(all("He was named player of the year."), []);
        assert_eq!(
            all("It will last through the first two quarters of 1990."),
            [pair("the first two quarters of 1990", "1990-H1")]
        );
        assert_eq!(
            all("Earnings will fall for the last half of 1989."),
            [pair("the last half of 1989", "1989-H2")]
        );
        assert_eq!(
            all("At mid-afternoon yesterday, shares were up."),
            [pair("mid-afternoon yesterday", "1989-10-25TAF")]
        );
        assert_eq!(
            all("Holders may buy shares at half the then current price."),
            [pair("then current", "PAST_REF")]
        );
    }
}
