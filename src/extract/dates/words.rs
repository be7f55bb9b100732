//! Lookups of date words: month and weekday names and their abbreviations,
//! number and ordinal words, units of time, seasons, and the TIMEX3 value
//! writers they feed (`2021-07`, `2021-W27`, `P3M`).

use crate::extract::dates::prelude::*;

/// Month names, lowercase, tagged with their number
/// (`src/data/lexicon/en/months.txt`).
pub(crate) use crate::lexicon::en::MONTHS;
/// Weekday names, lowercase, tagged with their index from Monday
/// (`src/data/lexicon/en/weekdays.txt`; also read by the dateline).
pub(crate) use crate::lexicon::en::WEEKDAYS;
use crate::lexicon::{en, Lexicon};

/// The month and weekday lists as the names extractor reads them
/// (`dates::MONTHS.contains(&word)`, written for the slices they were): the
/// same lexicon files, so each list still exists once.
pub(crate) struct NameList(&'static Lexicon);

impl NameList {
    /// Whether `word` (lowercase) is on the list.
    pub(crate) fn contains(&self, word: &&str) -> bool {
        self.0.contains(word)
    }
}

/// Month names for the names extractor (a month is no name).
pub(crate) const MONTH_NAMES: NameList = NameList(&MONTHS);
/// Weekday names for the names extractor (a weekday is no name).
pub(crate) const WEEKDAY_NAMES: NameList = NameList(&WEEKDAYS);

/// The number a list tags `low` with: a month's (1-12) or a weekday's (0-6).
fn tagged(list: &Lexicon, low: &str) -> Option<u32> {
    list.tag(low).and_then(|tag| tag.parse().ok())
}

/// The month (1-12) a lowercase month name or standard abbreviation names
/// ("march", "sept"; also read by the names extractor).
pub(crate) fn month_of(low: &str) -> Option<u32> {
    tagged(&en::MONTH_ABBREVIATIONS, low).or_else(|| full_month(low))
}

/// The month (1-12) of a full lowercase month name ("march", not "mar").
pub(crate) fn full_month(low: &str) -> Option<u32> {
    tagged(&MONTHS, low)
}

/// The weekday (Monday = 0) of a full lowercase weekday name.
pub(crate) fn weekday_of(low: &str) -> Option<u32> {
    tagged(&WEEKDAYS, low)
}

/// The weekday (Monday = 0) of an abbreviation without its period ("tues").
pub(crate) fn weekday_abbreviation(low: &str) -> Option<u32> {
    tagged(&en::WEEKDAY_ABBREVIATIONS, low)
}

/// Small numbers in words: "two", "twenty", "twenty-four".
pub(crate) fn number_word(low: &str) -> Option<u32> {
    if let Some(n) = tagged(&en::NUMBER_WORDS, low) {
        return Some(n);
    }
    // "twenty-four": a ten, a hyphen and a unit
    let (tens, ones) = low.split_once('-')?;
    let t = tagged(&en::NUMBER_WORDS, tens).filter(|t| (20..=90).contains(t) && t % 10 == 0)?;
    let o = tagged(&en::NUMBER_WORDS, ones).filter(|o| (1..10).contains(o))?;
    Some(t + o)
}

pub(crate) fn ordinal_word(low: &str) -> Option<u32> {
    Some(match low {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "final" => 4,
        _ => return None,
    })
}

/// A unit of time: its TIMEX3 letter, whether it is a clock unit (`PT`), and
/// how many of the letter it stands for (a decade is ten years).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    pub(crate) letter: char,
    pub(crate) clock: bool,
    pub(crate) times: u32,
}

pub(crate) fn unit_of(low: &str) -> Option<Unit> {
    let (letter, clock, times) = match low {
        "second" | "seconds" => ('S', true, 1),
        "minute" | "minutes" => ('M', true, 1),
        "hour" | "hours" => ('H', true, 1),
        "day" | "days" | "night" | "nights" => ('D', false, 1),
        "week" | "weeks" => ('W', false, 1),
        "fortnight" | "fortnights" => ('W', false, 2),
        "month" | "months" => ('M', false, 1),
        "quarter" | "quarters" => ('M', false, 3),
        "year" | "years" => ('Y', false, 1),
        "decade" | "decades" => ('Y', false, 10),
        "century" | "centuries" => ('Y', false, 100),
        _ => return None,
    };
    Some(Unit {
        letter,
        clock,
        times,
    })
}

pub(crate) fn duration_value(count: Option<u32>, unit: Unit) -> String {
    let prefix = if unit.clock { "PT" } else { "P" };
    match count {
        Some(n) => format!("{prefix}{}{}", n.saturating_mul(unit.times), unit.letter),
        // "decades", "centuries": some number of years (TIMEX3 has no
        // one-letter decade; TimeBank and MEANTIME write `PXY`)
        None => format!("{prefix}X{}", unit.letter),
    }
}

pub(crate) fn year_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

pub(crate) fn week_of(date: Date) -> String {
    let (year, week) = date.iso_week();
    format!("{year:04}-W{week:02}")
}

pub(crate) fn quarter_of(month: u32) -> u32 {
    (month - 1) / 3 + 1
}

/// The season a month falls in (0 spring, 1 summer, 2 fall, 3 winter) and the
/// year the season is named by (January's winter began the year before).
pub(crate) fn season_at(date: Date) -> (u32, i32) {
    match date.month {
        3..=5 => (0, date.year),
        6..=8 => (1, date.year),
        9..=11 => (2, date.year),
        12 => (3, date.year),
        _ => (3, date.year - 1),
    }
}

pub(crate) const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

pub(crate) fn season_of(low: &str) -> Option<u32> {
    tagged(&en::SEASONS, low)
}
