//! Sets: "every Monday", "each year", "daily", "annually", and "daily" or
//! "weekly" as adjectives ("a daily briefing") as TimeBank marks them.
//!
//! Evidence: 2107d25 (adjectives are recurrences too), 1144c54.

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "every Monday", "each year", "daily", "annually".
    pub(crate) fn set(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        // "daily" and "annual" before a noun are adjectives ("the annual meeting")
        let adverb = self
            .words
            .get(i + 1)
            .map_or(true, |w| w.kind != TokenKind::Word)
            || self.is(
                i + 1,
                &[
                    "and", "or", "in", "at", "on", "for", "to", "by", "from", "since", "until",
                    "with", "basis", "during", "after", "before", "through",
                ],
            );
        let simple = |value: &str| {
            Some(M::new(
                i + 1,
                DateType::Set,
                Some(value.to_string()),
                "recurrence",
            ))
        };
        match low {
            "every" | "each" => {}
            "annually" => return simple("P1Y"),
            // "the daily tally", "his weekly address": recurrences as adjectives too
            "daily" | "nightly" => return simple("P1D"),
            "weekly" => return simple("P1W"),
            "monthly" => return simple("P1M"),
            "hourly" => return simple("PT1H"),
            // "the quarterly dividend", "the annual meeting": rather a kind of thing
            _ if !adverb => return None,
            "quarterly" => return simple("P3M"),
            "yearly" | "annual" => return simple("P1Y"),
            _ => return None,
        }
        let mut j = i + 1;
        if self.is(j, &["other", "single"]) {
            j += 1;
        }
        let next = self.low(j);
        if let Some(d) = weekday_of(next).filter(|_| self.capitalized(j)) {
            return Some(M::new(
                j + 1,
                DateType::Set,
                Some(format!("XXXX-WXX-{}", d + 1)),
                "every weekday",
            ));
        }
        if let Some(m) = full_month(next).filter(|_| self.capitalized(j)) {
            return Some(M::new(
                j + 1,
                DateType::Set,
                Some(format!("XXXX-{m:02}")),
                "every month",
            ));
        }
        let unit = unit_of(next)?;
        if next.ends_with('s') {
            return None;
        }
        let value = duration_value(Some(if self.low(i + 1) == "other" { 2 } else { 1 }), unit);
        Some(M::new(j + 1, DateType::Set, Some(value), "recurrence"))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(sets,
        "He runs every Monday." => ("every Monday", "XXXX-WXX-1"),
        "He runs daily." => ("daily", "P1D"),
        "It is paid annually." => ("annually", "P1Y"),
        "It is paid each month." => ("each month", "P1M"),
    );
}
