//! A weekday, with a part of the day or a date after it: "Monday", "Saturday,
//! April 25", "Tuesday evening" (`…TEV`). A weekday inside a name ("the Sunday
//! Times") is left alone; "Sun" is never Sunday ("the Sun").
//!
//! Evidence: 9046207 (weekdays in names, "at the end of the day"), 11f695b
//! (present-tense verbs of schedule point forward: "leaders meet Monday").

use crate::extract::dates::prelude::*;

impl Scan<'_> {
    /// "Monday", "Tuesday evening", "Saturday, April 25", "Monday, 5 July 2021".
    pub(crate) fn weekday(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
        let weekday = self.weekday_at(i)?;
        let mut j = i + 1;
        if self.low(j) == "," {
            j += 1;
        }
        // an explicit date after the weekday wins
        if let Some(mut m) = self
            .month(j, Direction::Nearest, at)
            .filter(|m| m.day.is_some())
            .or_else(|| {
                let k = if self.low(j) == "the" { j + 1 } else { j };
                self.day_month(k)
            })
        {
            if let Some((year, month, day)) = m.day {
                m.value = self.day_value(year, month, day, Some(weekday), at);
            }
            m.reason = "weekday + date";
            return Some(m);
        }
        // "the Sunday Times", "Monday Night Football": a weekday in a name
        let name_follows = self.capitalized_word_after(i)
            && self.month_at(i + 1).is_none()
            && self.weekday_at(i + 1).is_none();
        if name_follows {
            return None;
        }
        let date = self.weekday_date(weekday, direction, at);
        let part = self.part_of_day(i + 1);
        if let Some((code, end)) = part {
            let value = date.map(|d| format!("{d}T{code}"));
            return Some(M::new(end, DateType::Time, value, "weekday + part of day").edge());
        }
        let mut m = M::date(i + 1, date.map(|d| d.to_string()), "weekday").edge();
        if direction != Direction::Nearest {
            m.reason = "relative weekday";
        }
        Some(m)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(weekdays_and_relative_days,
        "Wang said on Monday that it was so." => ("Monday", "2021-07-05"),
        "Wang said on Tuesday that it was so." => ("Tuesday", "2021-07-06"),
        "Wang will speak on Friday." => ("Friday", "2021-07-09"),
        "Leaders meet Monday in Brussels." => ("Monday", "2021-07-12"),
        "He may leave as early as Thursday." => ("Thursday", "2021-07-08"),
        "Wang spoke last Friday." => ("last Friday", "2021-07-02"),
        "Wang spoke yesterday." => ("yesterday", "2021-07-05"),
        "Wang speaks tomorrow." => ("tomorrow", "2021-07-07"),
        "Wang speaks today." => ("today", "2021-07-06"),
        "Wang is here now." => ("now", "PRESENT_REF"),
        "Wang arrived recently." => ("recently", "PAST_REF"),
        "Wang will stay for the time being." => ("the time being", "PRESENT_REF"),
        "Wang will stay in the long term." => ("the long term", "FUTURE_REF"),
        "Wang spoke Tuesday evening." => ("Tuesday evening", "2021-07-06TEV"),
        "Wang spoke this morning." => ("this morning", "2021-07-06TMO"),
        "Wang spoke last night." => ("last night", "2021-07-05TNI"),
    );
}
