//! A month, with its day and year when stated: "March 4", "Sept. 30, 1989",
//! "July 1997", "December last year". A month that is also a name or a word
//! ("May", "March") needs a day, a year or a temporal word before it ("in
//! May"), so "Theresa May" and "the March on Washington" stay unmarked;
//! abbreviations without a period ("Jun", "Aug") need a day after them ("Zhang
//! Jun").
//!
//! Evidence: 0307e6b (the first tagger), db2a524 and 17c27f9 (how a bare month
//! resolves: tbaq bare-month value errors 9 -> 6), 428d7bb (a capitalised word
//! after it, one helper for months and weekdays).

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "March 4", "Sept. 30, 1989", "July 1997", "December last year", "May".
    pub(crate) fn month(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
        let (month, bare_abbreviation) = self.month_at(i)?;
        let mut j = i + 1;
        // month + day
        if let Some(day) = self.day_number(j).filter(|_| {
            // "May 5-3" and "March 12,000" are not dates
            !(self.low(j + 1) == ","
                && self.integer(j + 2).is_some()
                && self.year_token(j + 2).is_none())
        }) {
            let (year, weekday, after) = self.year_and_weekday_after(j + 1);
            j = after;
            let value = self.day_value(year, month, day, weekday, at);
            let mut m = M::date(j, value, "month + day of month").edge();
            m.day = Some((year, month, day));
            m.stated_year = year;
            return Some(m);
        }
        if bare_abbreviation {
            return None; // "Jun" in "Zhang Jun", "Dec" without a day
        }
        // month + year: "July 1997", "July of 1997", "July, 1997"
        let k = if self.is(j, &["of", ","]) { j + 1 } else { j };
        if let Some((year, end)) = self.any_year(k) {
            if !COUNT_NOUNS.contains(self.low(end)) {
                let mut m = M::date(end, Some(year_month(year, month)), "month + year").edge();
                m.stated_year = Some(year);
                return Some(m);
            }
        }
        // "December last year", "January this year", "October of next year"
        let j = if self.low(j) == "of" && self.is(j + 1, &["last", "this", "next"]) {
            j + 1
        } else {
            j
        };
        if self.is(j, &["last", "this", "next"]) && self.low(j + 1) == "year" {
            let shift = match self.low(j) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let value = self.reference.map(|r| year_month(r.year + shift, month));
            return Some(M::date(j + 2, value, "month + relative year").edge());
        }
        // a bare month needs evidence that it is one
        if !self.bare_month_ok(i, month) && direction == Direction::Nearest {
            return None;
        }
        let value = self
            .year_for_month(month, direction, at)
            .map(|y| year_month(y, month));
        let mut m = M::date(j, value, "month name").edge().sure(0.8);
        m.bare_month = Some(month);
        Some(m)
    }

    pub(crate) fn bare_month_ok(&self, i: usize, month: u32) -> bool {
        let previous = if i == 0 { "" } else { self.low(i - 1) };
        let after_temporal = i > 0 && TEMPORAL_PREPOSITIONS.contains(previous);
        // "Theresa May", "Operation December"
        let after_name =
            i > 0 && self.capitalized(i - 1) && !self.sentence_start(i) && !after_temporal;
        if after_name {
            return false;
        }
        // "May I", "March on", "August Rush": capitalized word after
        let name_follows = self.capitalized_word_after(i) && self.weekday_at(i + 1).is_none();
        if name_follows {
            return false;
        }
        // "the October slaying", "a June agreement": a month before a noun
        let after_article = self.is(i.wrapping_sub(1), &["the", "a"]);
        let noun_follows = self.words.get(i + 1).is_some_and(|w| {
            w.kind == TokenKind::Word
                && !self.capitalized(i + 1)
                && !matches!(
                    w.low.as_ref(),
                    "on" | "of" | "to" | "in" | "for" | "and" | "was" | "is" | "will" | "by"
                )
        });
        match month {
            // May (modal, name), March (noun, verb), August (adjective, name),
            // June and April (names)
            3 | 4 | 5 | 6 | 8 => {
                (after_temporal && !self.is(i + 1, &["be", "have", "not", "well", "also"]))
                    || (after_article && noun_follows && month != 5)
            }
            _ => !after_article || after_temporal || noun_follows,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(absolute_dates,
        "It happened on March 4, 2020 in Ohio." => ("March 4, 2020", "2020-03-04"),
        "Filed Sept. 30, 1989." => ("Sept. 30, 1989", "1989-09-30"),
        "Filed Sept 30 1989." => ("Sept 30 1989", "1989-09-30"),
        "By Jan. 14 it was over." => ("Jan. 14", "2021-01-14"),
        "They met on 4 March 2021." => ("4 March 2021", "2021-03-04"),
        "In the U.N. Committee held on the 22nd of September, 2020." => ("22nd of September, 2020", "2020-09-22"),
        "On the 5th of July Monday, Wang said so." => ("5th of July Monday", "2021-07-05"),
        "The vote was on Sunday, April 25." => ("Sunday, April 25", "2021-04-25"),
        "Launched June 01, 2009." => ("June 01, 2009", "2009-06-01"),
        "Launched April 2nd." => ("April 2nd", "2021-04-02"),
    );

    t!(bare_months,
        "Sales rose in May." => ("May", "2021-05"),
        "Sales fell in March and rose later." => ("March", "2021-03"),
        "Sales rose in December." => ("December", "2020-12"),
        "Sales will rise in September." => ("September", "2021-09"),
    );
}
