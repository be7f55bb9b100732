//! Hyphenated forms: "third-quarter", "year-end", "year-ago", "mid-1990s",
//! "two-year" (a length), with "the" kept with the noun after a hyphenated
//! quarter.
//!
//! Evidence: 8aa5eb7 ("the" stays with the noun), aa7efe8 ("year end" needs a
//! preposition before it; scores unchanged, found reading the BBC output).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// Single tokens with a hyphen: "mid-November", "mid-1990s", "year-end",
    /// "year-earlier", "two-year", "five-year-old", "day-long".
    pub(crate) fn hyphenated(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        let (head, rest) = low.split_once('-')?;
        match head {
            "mid" | "late" | "early" | "post" | "pre" => {
                // parse the rest as if it were its own token
                let month = full_month(rest);
                if let Some(month) = month {
                    let value = if let Some(year) = self.year_token(i + 1) {
                        return Some(M::date(
                            i + 2,
                            Some(year_month(year, month)),
                            "part of a month",
                        ));
                    } else {
                        self.year_for_month(month, Direction::Nearest, i)
                            .map(|y| year_month(y, month))
                    };
                    return Some(M::date(i + 1, value, "part of a month").the());
                }
                if rest.len() == 4 {
                    let year: i32 = rest.parse().ok()?;
                    return (1000..=2199)
                        .contains(&year)
                        .then(|| M::date(i + 1, Some(rest.to_string()), "part of a year"));
                }
                if rest.len() == 5 && rest.ends_with('s') {
                    let decade: i32 = rest[..4].parse().ok()?;
                    return Some(M::date(i + 1, Some((decade / 10).to_string()), "decade").the());
                }
                None
            }
            "year" if matches!(rest, "end") => {
                let value = self.reference.map(|r| r.year.to_string());
                Some(M::date(i + 1, value, "end of the year").the())
            }
            "year" if matches!(rest, "earlier" | "ago") => {
                // "the year-ago third quarter"
                if let Some(q) =
                    ordinal_word(self.low(i + 1)).filter(|_| self.low(i + 2) == "quarter")
                {
                    let value = self.reference.map(|r| format!("{}-Q{q}", r.year - 1));
                    return Some(M::date(i + 3, value, "the year-ago quarter").the());
                }
                if self.quarter_context(i) && !self.is(i + 1, &["quarter", "period"]) {
                    return Some(M::date(i + 1, self.year_ago_quarter(), "a year before"));
                }
                if self.is(i + 1, &["quarter", "period"]) {
                    let value = self.reference.map(|r| {
                        let index = r.year * 4 + quarter_of(r.month) as i32 - 6;
                        format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                    });
                    return Some(M::date(i + 2, value, "the year-ago quarter").the());
                }
                let value = self.reference.map(|r| (r.year - 1).to_string());
                Some(M::date(i + 1, value, "a year before"))
            }
            _ => self.duration(i),
        }
    }
}
