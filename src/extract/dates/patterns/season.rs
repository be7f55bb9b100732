//! Seasons: "last summer", "the winter of 1994", "spring 2020". A capitalised
//! season inside a name is skipped ("Bitter Winter").
//!
//! Evidence: 0307e6b (the first tagger).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "summer", "the winter of 1994", "last fall", "Spring 2020".
    pub(crate) fn season(&self, i: usize, direction: Direction, _at: usize) -> Option<M> {
        let low = self.low(i);
        let season = season_of(low)?;
        // "Bitter Winter", "Summer Olympics": a capitalized season in a name
        if self.capitalized(i) && !self.sentence_start(i) {
            let inside_name =
                (i > 0 && self.capitalized(i - 1) && self.words[i - 1].kind == TokenKind::Word)
                    || (self.capitalized(i + 1)
                        && self
                            .words
                            .get(i + 1)
                            .is_some_and(|w| w.kind == TokenKind::Word));
            if inside_name && self.year_token(i + 1).is_none() {
                return None;
            }
        }
        let k = if self.low(i + 1) == "of" {
            i + 2
        } else {
            i + 1
        };
        if let Some((year, end)) = self.any_year(k) {
            let value = format!("{year}-{}", SEASON_CODES[season as usize]);
            return Some(M::date(end, Some(value), "season + year").the().edge());
        }
        let previous = if i == 0 { "" } else { self.low(i - 1) };
        let determined = direction != Direction::Nearest
            || matches!(
                previous,
                "the" | "this" | "last" | "next" | "early" | "late" | "mid" | "past" | "coming"
            )
            || (previous == "in" && !self.capitalized(i));
        // "fall" and "spring" are verbs and nouns: they need a determiner
        if !determined && (season == 0 || season == 2) {
            return None;
        }
        // "the fall of Rome", "the spring of life"
        if self.low(i + 1) == "of" {
            return None;
        }
        if !determined && self.capitalized(i) && !self.sentence_start(i) {
            return None;
        }
        let value = self.reference.map(|r| {
            let (now, year) = season_at(r);
            let year = match direction {
                Direction::Last => {
                    if season < now {
                        year
                    } else {
                        year - 1
                    }
                }
                Direction::Next => {
                    if season > now {
                        year
                    } else {
                        year + 1
                    }
                }
                _ => year,
            };
            format!("{year}-{}", SEASON_CODES[season as usize])
        });
        Some(M::date(i + 1, value, "season").the().edge())
    }
}
