//! Centuries: "the 20th century", "the nineteenth century" (`19`).
//!
//! Evidence: 0307e6b (the first tagger).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "the 20th century", "the 11th century".
    pub(crate) fn century(&self, i: usize) -> Option<M> {
        if !self.is(i + 1, &["century"]) {
            return None;
        }
        let low = self.low(i);
        let n: i32 = low
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .ok()
            .or(match low {
                "nineteenth" => Some(19),
                "twentieth" => Some(20),
                "twenty-first" => Some(21),
                "eighteenth" => Some(18),
                _ => None,
            })?;
        if !(1..=30).contains(&n)
            || !(self.is_ordinal_number(i) || self.words[i].kind == TokenKind::Word)
        {
            return None;
        }
        Some(
            M::date(i + 2, Some(format!("{:02}", n - 1)), "century")
                .the()
                .edge(),
        )
    }
}
