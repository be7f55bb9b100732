//! A year: "in 2019", "since '82", "1998-2001" (a range). Four-digit numbers
//! are years only outside counts, money, scores, phone numbers, versions and
//! names ("2,020 people", "$2020", "3-1", "555-2020", "version 2019", "the
//! Russell 2000 Index").
//!
//! Evidence: 531ea50 (a number between capitalised words of a name: MEANTIME
//! DATE overlap P 0.952 -> 0.954), dbc9ea7 (an abbreviated year needs a
//! temporal word before it), f0d1b31.

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// A four-digit year, or a range of years ("1998-2001", "1998-99").
    pub(crate) fn year(&self, i: usize) -> Option<M> {
        let year = self.year_token(i)?;
        let previous = if i == 0 { "" } else { self.low(i - 1) };
        // glued to other numbers: phone numbers, scores, codes
        if i > 0 && self.touches_previous(i) {
            let before = &self.words[i - 1];
            if before.kind != TokenKind::Word
                && !matches!(before.low.as_ref(), "(" | "\"" | "“" | "'" | "‘")
            {
                return None;
            }
        }
        if NOT_YEAR_BEFORE.contains(previous) || previous == "#" {
            // "about 2000 people", but "the 2020 election" is a year
            return None;
        }
        let next = self.low(i + 1);
        // inside a name: "the Russell 2000 Index", "Windows 2000 Server"
        if i > 0
            && self.capitalized(i - 1)
            && !self.sentence_start(i - 1)
            && self.words[i - 1].kind == TokenKind::Word
            && month_of(previous).is_none()
            && !TEMPORAL_PREPOSITIONS.contains(previous)
            && !matches!(previous, "the" | "a" | "an")
            && self.capitalized(i + 1)
            && self.words[i + 1].kind == TokenKind::Word
            && self.same_sentence(i, i + 1)
        {
            return None;
        }
        if COUNT_NOUNS.contains(next) && !matches!(next, "of") {
            return None;
        }
        if matches!(next, "%" | "." | ":")
            && self.touches_previous(i + 1)
            && self
                .words
                .get(i + 2)
                .is_some_and(|w| w.kind == TokenKind::Number)
        {
            return None;
        }
        // a range of years, glued: "1998-2001", "1998-99", "2009–10"
        if matches!(next, "-" | "–" | "/")
            && self.touches_previous(i + 1)
            && self.touches_previous(i + 2)
        {
            let second = self.words.get(i + 2)?;
            let last = match second.text.len() {
                4 => self.year_token(i + 2)?,
                2 => {
                    let two: i32 = self.integer(i + 2)? as i32;
                    let candidate = year - year.rem_euclid(100) + two;
                    if candidate > year {
                        candidate
                    } else {
                        return None;
                    }
                }
                _ => return None,
            };
            if last <= year
                || last > year + 100
                || self.touches_previous(i + 3) && self.low(i + 3) == "-"
            {
                return None;
            }
            return Some(self.range(i + 3, year.to_string(), last.to_string(), "range of years"));
        }
        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if let Some(q) = ordinal_word(next).filter(|q| *q <= 4 && self.low(i + 2) == "quarter") {
            return Some(M::date(i + 3, Some(format!("{year}-Q{q}")), "year + quarter").the());
        }
        if previous == "the"
            && (next == "quarter" || (next == "period" && self.quarter_context(i + 1)))
        {
            let q = self
                .year_ago_quarter()
                .and_then(|v| v.get(5..).map(str::to_string));
            let value = q.map(|q| format!("{year}-{q}"));
            return Some(M::date(i + 2, value, "year + quarter").the());
        }
        // years far from now need a temporal word before them
        let plausible = (1900..=2099).contains(&year) || TEMPORAL_PREPOSITIONS.contains(previous);
        if !plausible {
            return None;
        }
        // "2019" at the start of a line followed by a count is rare; accept
        let mut m = M::date(i + 1, Some(year.to_string()), "year").edge();
        if previous == "the" && next == "the" {
            m.confidence = 0.6;
        }
        m.stated_year = Some(year);
        Some(m)
    }

    pub(crate) fn range(&self, end: usize, start: String, last: String, reason: &'static str) -> M {
        let mut m = M::new(
            end,
            DateType::Range,
            Some(format!("{start}/{last}")),
            reason,
        );
        m.day = None;
        m
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(months_years_decades,
        "Sales rose in July 1997." => ("July 1997", "1997-07"),
        "CNIL determined in December last year that it was so." => ("December last year", "2020-12"),
        "It opened in January this year." => ("January this year", "2021-01"),
        "Prices rose in 2019." => ("2019", "2019"),
        "Prices rose in the 1990s." => ("the 1990s", "199"),
        "Music of the '90s was loud." => ("the '90s", "199"),
        "Profit rose in fiscal 2022." => ("fiscal 2022", "2022"),
        "It dates from the 20th century." => ("the 20th century", "19"),
        "It rose in late November." => ("late November", "2020-11"),
        "It rose in mid-1996." => ("mid-1996", "1996"),
        "Nikkei at lowest level since '82." => ("'82", "1982"),
        "He was convicted in nineteen ninety-one." => ("nineteen ninety-one", "1991"),
        "It happened in January nineteen ninety-seven." => ("January nineteen ninety-seven", "1997-01"),
        "They promised it by the year two thousand." => ("the year two thousand", "2000"),
        "It was colder in the winter of nineteen ninety-four." => ("the winter of nineteen ninety-four", "1994-WI"),
    );

    #[test]
    fn a_number_inside_a_name_is_no_year() {
        none("The Russell 2000 Index of smaller companies dropped.");
        assert_eq!(
            one("She won the 2005 Orange Prize."),
            ("2005".into(), "2005".into())
        );
        assert_eq!(
            one("It has grown since March 2000 Apple said."),
            ("March 2000".into(), "2000-03".into())
        );
    }
}
