//! Lookups of date words: month and weekday names and their abbreviations,
//! number and ordinal words, units of time, seasons, and the TIMEX3 value
//! writers they feed (`2021-07`, `2021-W27`, `P3M`).

use crate::extract::dates::prelude::*;

/// Month names, January first (also read by the names extractor).
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, Monday first (also read by the names extractor).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month (1-12) a lowercase month name or standard abbreviation names
/// ("march", "sept"; also read by the names extractor).
pub(crate) fn month_of(low: &str) -> Option<u32> {
    let index = match low {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        _ => MONTHS.iter().position(|m| *m == low)?,
    };
    Some(index as u32 + 1)
}

pub(crate) fn weekday_of(low: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == low).map(|d| d as u32)
}

pub(crate) fn weekday_abbreviation(low: &str) -> Option<u32> {
    Some(match low {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    })
}

/// Small numbers in words: "two", "twenty", "twenty-four".
pub(crate) fn number_word(low: &str) -> Option<u32> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = ONES.iter().position(|w| *w == low) {
        return Some(n as u32);
    }
    if let Some(t) = TENS.iter().position(|w| *w == low) {
        return Some(t as u32 * 10 + 20);
    }
    if let Some((tens, ones)) = low.split_once('-') {
        let t = TENS.iter().position(|w| *w == tens)? as u32 * 10 + 20;
        let o = ONES.iter().position(|w| *w == ones)? as u32;
        if (1..10).contains(&o) {
            return Some(t + o);
        }
    }
    match low {
        "dozen" => Some(12),
        "hundred" => Some(100),
        _ => None,
    }
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
    match low {
        "spring" => Some(0),
        "summer" => Some(1),
        "fall" | "autumn" => Some(2),
        "winter" => Some(3),
        _ => None,
    }
}
