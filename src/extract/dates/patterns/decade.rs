//! Decades: "the 1990s" (`199`, as TIMEX3 writes it, not TimeBank's `199X`),
//! "the '90s", "the eighties".
//!
//! Evidence: 0307e6b (the first tagger), dbc9ea7 (an abbreviated year needs a
//! temporal word before it).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "the 1990s", "the '90s", "the 90s", "the nineties".
    pub(crate) fn decade(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        let low = word.low.as_ref();
        let tens = |two: i32| {
            if two <= 29 {
                200 + two / 10
            } else {
                190 + two / 10
            }
        };
        // "since '82": an abbreviated year
        // (only after a temporal word: "iLife '11" is a version)
        let temporal_before = i > 0 && TEMPORAL_PREPOSITIONS.contains(self.low(i - 1));
        if word.kind == TokenKind::Number
            && low.starts_with('\'')
            && low.len() == 3
            && temporal_before
        {
            let two: i32 = low[1..].parse().ok()?;
            let year = if two <= 29 { 2000 + two } else { 1900 + two };
            let mut m = M::date(i + 1, Some(year.to_string()), "abbreviated year");
            m.stated_year = Some(year);
            return Some(m);
        }
        let value = if word.kind == TokenKind::Number {
            let digits = low.trim_start_matches('\'').strip_suffix('s')?;
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            match digits.len() {
                4 if digits.ends_with('0') => (digits.parse::<i32>().ok()? / 10).to_string(),
                2 if digits.ends_with('0') => tens(digits.parse().ok()?).to_string(),
                _ => return None,
            }
        } else {
            const DECADES: [&str; 8] = [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ];
            let index = DECADES.iter().position(|d| *d == low)? as i32;
            if !(i > 0 && self.low(i - 1) == "the") {
                return None;
            }
            (192 + index).to_string()
        };
        Some(M::date(i + 1, Some(value), "decade").the().edge())
    }
}
