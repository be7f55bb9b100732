//! Numeric dates: ISO `2021-07-06`, `7/8/07` (month first, the US convention
//! of most English news, unless the first number cannot be a month),
//! `06.07.2021` (dots: day first), and the event `9/11` (`2001-09-11`). Other
//! bare `a/b` pairs are fractions or scores, not dates.
//!
//! Evidence: 0307e6b (the first tagger), f0d1b31 (fewer false dates from
//! numbers).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// `2021-07-06`, `7/8/07`, `06.07.2021`, and the event `9/11`.
    pub(crate) fn numeric_date(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        // one token with dots: day-first
        if word.text.matches('.').count() == 2 {
            let parts: Vec<&str> = word.text.split('.').collect();
            if let [d, m, y] = parts.as_slice() {
                if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
                    let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
                    let date = Date::new(y, m, d)?;
                    return Some(self.full_day(i + 1, date, "numeric date, day first"));
                }
            }
            return None;
        }
        let sep = self.low(i + 1);
        if !matches!(sep, "-" | "/") || !self.touches_previous(i + 1) {
            return None;
        }
        let a = self.integer(i)?;
        let b = self
            .integer(i + 2)
            .filter(|_| self.touches_previous(i + 2))?;
        let third = self.low(i + 3) == sep && self.touches_previous(i + 3);
        // a number glued before it ("1/2/3/4", "555-12-34") is something else
        if i > 0 && self.touches_previous(i) && self.words[i - 1].kind != TokenKind::Word {
            return None;
        }
        if third {
            let c = self
                .integer(i + 4)
                .filter(|_| self.touches_previous(i + 4))?;
            if self.glued_number(i + 5) {
                return None;
            }
            let (a_len, c_len) = (word.text.len(), self.words[i + 4].text.len());
            let date = if sep == "-" {
                if a_len != 4 {
                    return None;
                }
                Date::new(a as i32, b, c)?
            } else {
                let year = match c_len {
                    4 => c as i32,
                    2 => {
                        if c < 50 {
                            2000 + c as i32
                        } else {
                            1900 + c as i32
                        }
                    }
                    _ => return None,
                };
                if a > 12 {
                    Date::new(year, b, a)?
                } else {
                    Date::new(year, a, b)?
                }
            };
            return Some(self.full_day(i + 5, date, "numeric date"));
        }
        // the bare pair: only the event 9/11
        if sep == "/" && a == 9 && b == 11 {
            let glued_after = self.touches_previous(i + 3)
                && self
                    .words
                    .get(i + 3)
                    .is_some_and(|w| w.kind != TokenKind::Word)
                && !self.is(i + 3, &[".", ",", ";", ":", ")", "'s", "”", "\"", "’"]);
            if !glued_after {
                let mut m = M::date(
                    i + 3,
                    Some("2001-09-11".to_string()),
                    "the event 9/11 (2001-09-11)",
                );
                m.day = Some((Some(2001), 9, 11));
                return Some(m);
            }
        }
        None
    }

    /// True when token `j` continues a number glued before it: "…/2021/5",
    /// "…-07-06-1".
    pub(crate) fn glued_number(&self, j: usize) -> bool {
        self.touches_previous(j)
            && (self.words[j].kind == TokenKind::Number
                || (self.is(j, &["-", "/", ".", ":"])
                    && self.touches_previous(j + 1)
                    && self
                        .words
                        .get(j + 1)
                        .is_some_and(|w| w.kind == TokenKind::Number)))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(numeric_dates,
        "Posted 2021-07-06." => ("2021-07-06", "2021-07-06"),
        "Posted 7/8/07." => ("7/8/07", "2007-07-08"),
        "Posted 25/12/2020." => ("25/12/2020", "2020-12-25"),
        "Posted 06.07.2021." => ("06.07.2021", "2021-07-06"),
        "The Patriot Act adopted after 9/11 requires it." => ("9/11", "2001-09-11"),
    );
}
