//! The patterns stage: at each token, the longest expression that starts
//! there. [`Scan::at`] skips the tokens no pattern can start with
//! ([`Scan::may_start`]), lets [`Scan::modified`] take a leading "the", an
//! edge ("early", "the end of") or an approximator ("nearly", "more than")
//! when the expression after it allows one, and tries the patterns of the
//! token's kind in the order of [`AT_NUMBER`], [`AT_WORD`] and [`AT_PUNCT`]:
//! the first that matches wins, so a longer or more specific form comes
//! before a shorter one ("July 5, 2021" before "2021").
//!
//! Each pattern lives in its own file beside this one, with its doc comment
//! (what it finds or rejects, and the corpus evidence) and its tests;
//! [`calendar_day`] holds the readers the calendar-day patterns share.

use crate::extract::dates::prelude::*;

mod calendar_day;
mod century;
mod clock_time;
mod day_month;
mod decade;
mod duration;
mod fiscal;
mod holiday;
mod hyphenated;
mod month;
mod numeric_date;
mod quarter;
mod relative;
mod same_period;
mod season;
mod set;
mod weekday;
mod words_year;
mod year;

/// A pattern: the expression it reads starting at token `i`, if any.
pub(crate) type Pattern = fn(&Scan<'_>, usize) -> Option<M>;

/// The patterns tried at a number, in order (the first that matches wins).
pub(crate) const AT_NUMBER: &[(&str, Pattern)] = &[
    ("numeric date", |s, i| s.numeric_date(i)),
    ("clock time", |s, i| s.clock_time(i)),
    ("day month", |s, i| s.day_month(i)),
    ("century", |s, i| s.century(i)),
    ("decade", |s, i| s.decade(i)),
    ("duration", |s, i| s.duration(i)),
    ("year", |s, i| s.year(i)),
];

/// The patterns tried at a word, in order (the first that matches wins).
pub(crate) const AT_WORD: &[(&str, Pattern)] = &[
    ("same period a year back", |s, i| {
        s.same_period_a_year_back(i)
    }),
    ("hyphenated", |s, i| s.hyphenated(i)),
    ("clock time", |s, i| s.clock_time(i)),
    ("weekday", |s, i| s.weekday(i, Direction::Nearest, i)),
    ("month", |s, i| s.month(i, Direction::Nearest, i)),
    ("fiscal", |s, i| s.fiscal(i)),
    ("quarter", |s, i| s.quarter(i)),
    ("relative", |s, i| s.relative(i)),
    ("holiday", |s, i| s.holiday(i, Direction::Nearest, i)),
    ("season", |s, i| s.season(i, Direction::Nearest, i)),
    ("century", |s, i| s.century(i)),
    ("decade", |s, i| s.decade(i)),
    ("set", |s, i| s.set(i)),
    ("words year", |s, i| s.words_year(i)),
    ("duration", |s, i| s.duration(i)),
];

/// The patterns tried at punctuation ("the '90s").
pub(crate) const AT_PUNCT: &[(&str, Pattern)] = &[("decade", |s, i| s.decade(i))];

impl Scan<'_> {
    /// The longest expression starting at token `i`, with any modifiers.
    pub(crate) fn at(&self, i: usize) -> Option<M> {
        if !self.may_start(i) {
            return None;
        }
        self.modified(i, 0)
    }

    /// A quick test that token `i` can begin some pattern: most words cannot,
    /// and skipping them keeps the pass cheap.
    pub(crate) fn may_start(&self, i: usize) -> bool {
        let Some(word) = self.words.get(i) else {
            return false;
        };
        match word.kind {
            TokenKind::Number => true,
            TokenKind::Punct => false,
            TokenKind::Word => {
                let low = word.low.as_ref();
                self.capitalized(i)
                    || low.contains('-')
                    || number_word(low).is_some()
                    || unit_of(low).is_some()
                    || season_of(low).is_some()
                    || matches!(
                        low,
                        "the"
                            | "early"
                            | "late"
                            | "mid"
                            | "earlier"
                            | "later"
                            | "by"
                            | "nearly"
                            | "almost"
                            | "about"
                            | "around"
                            | "approximately"
                            | "roughly"
                            | "just"
                            | "some"
                            | "only"
                            | "more"
                            | "less"
                            | "fewer"
                            | "at"
                            | "up"
                            | "no"
                            | "noon"
                            | "midday"
                            | "midnight"
                            | "fiscal"
                            | "first"
                            | "second"
                            | "third"
                            | "fourth"
                            | "final"
                            | "today"
                            | "yesterday"
                            | "tomorrow"
                            | "tonight"
                            | "now"
                            | "nowadays"
                            | "currently"
                            | "presently"
                            | "right"
                            | "recently"
                            | "lately"
                            | "current"
                            | "then"
                            | "recent"
                            | "coming"
                            | "these"
                            | "future"
                            | "past"
                            | "present"
                            | "near"
                            | "this"
                            | "last"
                            | "next"
                            | "previous"
                            | "latest"
                            | "following"
                            | "weekend"
                            | "long"
                            | "short"
                            | "time"
                            | "very"
                            | "entire"
                            | "full"
                            | "whole"
                            | "every"
                            | "each"
                            | "daily"
                            | "nightly"
                            | "weekly"
                            | "monthly"
                            | "quarterly"
                            | "annually"
                            | "yearly"
                            | "annual"
                            | "hourly"
                            | "a"
                            | "an"
                            | "one"
                            | "several"
                            | "few"
                            | "many"
                            | "nineteenth"
                            | "twentieth"
                            | "eighteenth"
                            | "twenties"
                            | "thirties"
                            | "forties"
                            | "fifties"
                            | "sixties"
                            | "seventies"
                            | "eighties"
                            | "nineties"
                    )
            }
        }
    }

    pub(crate) fn modified(&self, i: usize, depth: u32) -> Option<M> {
        let low = self.low(i);
        if depth < 3 && !low.is_empty() {
            // "the third quarter", "the 1990s", "the past three months"
            if low == "the" {
                if let Some(m) = self.modified(i + 1, depth + 1).filter(|m| m.the_ok) {
                    return Some(m);
                }
            }
            // "early next year", "late November", "the end of 1990"
            let edge = match low {
                "early" | "late" | "mid" | "earlier" | "later" | "mid-" => Some(i + 1),
                "the" | "by"
                    if self.is(i + 1, &["end", "beginning", "start", "middle"])
                        && self.low(i + 2) == "of" =>
                {
                    Some(i + 3)
                }
                _ => None,
            };
            if let Some(next) = edge {
                if let Some(mut m) = self.modified(next, depth + 1).filter(|m| m.edge_ok) {
                    m.edge_ok = false;
                    m.stated_year = None;
                    m.bare_month = None;
                    if m.day.is_some() && !low.starts_with("early") {
                        // "late Tuesday" keeps its day; "the end of May" is the month
                    }
                    return Some(m);
                }
            }
            // "nearly two years", "more than four hours", "around 7:15 p.m.";
            // "about", "just" and "only" stay outside, as TimeBank and
            // MEANTIME mark them ("just [two weeks] after", "about [two years] ago")
            let approx = match low {
                "nearly" | "almost" | "around" | "approximately" | "roughly" | "some" => {
                    Some(i + 1)
                }
                "more" | "less" | "fewer" if self.low(i + 1) == "than" => Some(i + 2),
                "at" if self.is(i + 1, &["least", "most"]) => Some(i + 2),
                "up" if self.low(i + 1) == "to" => Some(i + 2),
                "no" if self.is(i + 1, &["more", "less"]) && self.low(i + 2) == "than" => {
                    Some(i + 3)
                }
                _ => None,
            };
            if let Some(next) = approx {
                if let Some(m) = self.modified(next, depth + 1).filter(|m| m.approx_ok) {
                    return Some(m);
                }
            }
        }
        self.core(i)
    }

    /// The first pattern of the token's kind that matches at `i`.
    pub(crate) fn core(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        let patterns = match word.kind {
            TokenKind::Number => AT_NUMBER,
            TokenKind::Word => AT_WORD,
            TokenKind::Punct => AT_PUNCT,
        };
        patterns.iter().find_map(|(_, pattern)| {
            crate::work::step(1);
            pattern(self, i)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_listed_once_per_kind() {
        for table in [AT_NUMBER, AT_WORD, AT_PUNCT] {
            let mut names: Vec<&str> = table.iter().map(|(name, _)| *name).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(names.len(), before, "a pattern listed twice");
        }
    }
}
