//! Holiday dates: fixed days (Christmas, Independence Day), the nth weekday of
//! a month (Thanksgiving, Labor Day, Martin Luther King Day), Easter and the
//! days around it (Gregorian computus), Election Day, and Ramadan by the
//! tabular Islamic calendar. [`HOLIDAYS`] lists the names the holiday pattern
//! reads, longest first.

use crate::extract::dates::prelude::*;

/// Easter Sunday (Gregorian computus, anonymous algorithm).
pub(crate) fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

/// The `n`th (1-based) `weekday` of `month`, or the last one for `n == 0`.
pub(crate) fn nth_weekday(year: i32, month: u32, weekday: u32, n: u32) -> Option<Date> {
    if n == 0 {
        let last = Date::new(year, month, days_in_month(year, month))?;
        let back = (i64::from(last.weekday().index()) - i64::from(weekday)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (i64::from(weekday) - i64::from(first.weekday().index())).rem_euclid(7);
    Some(first.add_days(ahead + 7 * (i64::from(n) - 1)))
}

/// The first day of Ramadan (month 9) of Hijri `year`, by the tabular Islamic
/// calendar; the observed start may differ by a day or two.
pub fn ramadan_start(hijri_year: i32) -> Date {
    let year = i64::from(hijri_year);
    // Days from the civil epoch (1 Muharram 1 AH = 622-07-19) to 1 Ramadan.
    let days = 236 + (year - 1) * 354 + (3 + 11 * year).div_euclid(30);
    let epoch = Date {
        year: 622,
        month: 7,
        day: 19,
    };
    epoch.add_days(days)
}

/// Ramadan whose first day falls in Gregorian `year` (at most two such
/// years exist per ~33; the earlier one is taken).
pub(crate) fn ramadan_in(year: i32) -> Date {
    let estimate = ((year - 622) * 33) / 32;
    (estimate - 1..=estimate + 2)
        .map(ramadan_start)
        .find(|d| d.year == year)
        .unwrap_or_else(|| ramadan_start(estimate))
}

/// A holiday's date in `year`.
pub(crate) fn holiday(name: Holiday, year: i32) -> Option<Date> {
    match name {
        Holiday::Fixed(month, day) => Date::new(year, month, day),
        Holiday::Nth(month, weekday, n) => nth_weekday(year, month, weekday, n),
        Holiday::Easter(offset) => easter(year).map(|d| d.add_days(offset)),
        Holiday::ElectionDay => nth_weekday(year, 11, 0, 1).map(|monday| monday.add_days(1)),
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Holiday {
    Fixed(u32, u32),
    /// Month, weekday, which (0 = last).
    Nth(u32, u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    ElectionDay,
}

/// Holidays: the words (lowercase, in order) and the rule.
pub(crate) const HOLIDAYS: &[(&[&str], Holiday)] = &[
    (&["christmas", "eve"], Holiday::Fixed(12, 24)),
    (&["christmas", "day"], Holiday::Fixed(12, 25)),
    (&["christmas"], Holiday::Fixed(12, 25)),
    (&["xmas"], Holiday::Fixed(12, 25)),
    (&["boxing", "day"], Holiday::Fixed(12, 26)),
    (&["new", "year's", "eve"], Holiday::Fixed(12, 31)),
    (&["new", "year's", "day"], Holiday::Fixed(1, 1)),
    (&["new", "year", "'s", "eve"], Holiday::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], Holiday::Fixed(1, 1)),
    (&["valentine's", "day"], Holiday::Fixed(2, 14)),
    (&["valentine", "'s", "day"], Holiday::Fixed(2, 14)),
    (&["halloween"], Holiday::Fixed(10, 31)),
    (&["independence", "day"], Holiday::Fixed(7, 4)),
    (&["veterans", "day"], Holiday::Fixed(11, 11)),
    (&["thanksgiving", "day"], Holiday::Nth(11, 3, 4)),
    (&["thanksgiving"], Holiday::Nth(11, 3, 4)),
    (&["labor", "day"], Holiday::Nth(9, 0, 1)),
    (&["memorial", "day"], Holiday::Nth(5, 0, 0)),
    (&["martin", "luther", "king", "day"], Holiday::Nth(1, 0, 3)),
    (&["easter", "sunday"], Holiday::Easter(0)),
    (&["easter", "monday"], Holiday::Easter(1)),
    (&["easter"], Holiday::Easter(0)),
    (&["good", "friday"], Holiday::Easter(-2)),
    (&["election", "day"], Holiday::ElectionDay),
];

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    #[test]
    fn calendar_helpers() {
        assert_eq!(easter(2021), Date::new(2021, 4, 4));
        assert_eq!(easter(2000), Date::new(2000, 4, 23));
        assert_eq!(
            holiday(Holiday::Nth(11, 3, 4), 1999),
            Date::new(1999, 11, 25)
        );
        assert_eq!(holiday(Holiday::ElectionDay, 1998), Date::new(1998, 11, 3));
        assert_eq!(holiday(Holiday::Nth(5, 0, 0), 2021), Date::new(2021, 5, 31));
        let start = ramadan_in(2021);
        assert!(
            (start.days_since_epoch() - Date::new(2021, 4, 13).unwrap().days_since_epoch()).abs()
                <= 1,
            "{start}"
        );
    }
}
