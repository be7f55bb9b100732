//! Dates: temporal expressions, typed and resolved to TIMEX3 values.
//!
//! **Stages**, in order (each a module of its own):
//!
//! 1. `scan`: the tokens as the patterns read them (lowercased once; a
//!    line break is a word no pattern reads, so no date runs across lines);
//! 2. `patterns`: at each token, the longest expression that starts there,
//!    from a table of patterns in the order they are tried, one file each;
//!    resolved against the reference date as it is read (`resolve`,
//!    `tense`);
//! 3. `ranges`: "from March to May 2020" lends the second end's year;
//! 4. `anaphora`: "the following year", "the next day", "the same month a
//!    year ago" take the date named before them.
//!
//! Word lookups live in `words`, `cues` and `tense` (their lists in
//! `src/data/lexicon/en/`), holiday dates in `holidays`. Every loop over
//! candidates counts its steps ([`crate::work::step`]) so that
//! `tests/linear.rs` can prove the whole extractor linear.
//!
//! **What it finds.** One pass over the [`Document`]'s tokens tries, at each
//! token, a short list of hand-written patterns, longest first:
//!
//! - calendar dates in the common news forms: `March 4`, `Sept. 30, 1989`,
//!   `4 March 2021`, `the 22nd of September, 2020`, `5th of July Monday`,
//!   `Saturday, April 25`, ISO `2021-07-06`, numeric `7/8/07`;
//! - months, years, decades and centuries: `July 1997`, `December last year`,
//!   `in 2019`, `fiscal 2022`, `the 1990s`, `the '90s`, `since '82`,
//!   `nineteen ninety-six`, `the 20th century`;
//! - quarters, halves and seasons: `the third quarter`, `third-quarter`,
//!   `Q3 2021`, `the first half of 2020`, `the last half of 1989` (`1989-H2`),
//!   `the first two quarters of 1990` (`1990-H1`),
//!   `last summer`, `the winter of 1994`; in a results story `the latest
//!   period` is the quarter last named;
//! - the end of the year: `year-end`, `year end`, `year's end`, `the end of
//!   the year` (the year, as TimeBank mostly marks them);
//! - weekdays and relative expressions: `Monday`, `last Friday`, `yesterday`,
//!   `this week`, `next month`, `earlier this year`, `two years ago`,
//!   `a year earlier`, `the weekend`, `now` (`PRESENT_REF`), `recently`
//!   (`PAST_REF`), `then current` (`PAST_REF`), `the future` and `will one
//!   day` (`FUTURE_REF`);
//! - parts of days and clock times: `Tuesday evening` (`…TEV`), `this morning`,
//!   `mid-afternoon yesterday`, `tonight`, `3 p.m. EST`, `10 p.m. Wednesday`,
//!   `18:00 UTC` (`…T18:00Z`);
//! - holidays with their year: Christmas, Thanksgiving, Easter, Labor Day,
//!   Election Day, ... and Ramadan as a range (tabular Islamic calendar);
//!   `Easter week` is the week of Easter;
//! - ranges: `1998-2001` (one range); `from March to May 2020` and
//!   `between 2010 and 2015` are two dates, as TIMEX3 marks them, the first
//!   taking the year the second states;
//! - durations (`90 days` → `P90D`, `six months`, `a decade`, `two-year`,
//!   `two and a half years` → `P2.5Y`, `decades-long` → `PXY`, `the past
//!   three months`) and sets (`every Monday`, `daily`, `annually`).
//!
//! **Spans** follow TimeBank's TIMEX3 conventions: "the" belongs to
//! `the third quarter`, `the 1990s` and `the past three months` but not to
//! `the 5th of July`; `early`/`late`/`mid` and approximators (`nearly two
//! years`, `more than four hours`) are inside, `over`/`within` and
//! `about`/`just`/`only` outside; the verb in "would last six months" is
//! outside too.
//!
//! **How values resolve.** Against the reference date:
//!
//! - a bare weekday is the latest such day on or before it unless a cue
//!   nearby points forward (`will`, `next`, `coming`, `scheduled`, `were
//!   planning`, ...);
//! - a day without a year takes the year that puts it nearest the reference
//!   date (ties go to the past; "the year ended Jan. 31" is always behind);
//!   a month earlier in the year than the reference is this year's unless a
//!   cue looks ahead, since news mostly tells what happened (TimeBank: 49 such
//!   months behind, 8 ahead); a later month is this year's only when near or
//!   announced;
//! - the tense is read from the nearest cue within twelve words: a past verb
//!   keeps "January" behind; `by February`, a modal before "be" ("could be
//!   signed"), a verb of intention with "to" ("decided to admit them in
//!   March") and "ahead of" look ahead; a plan told in the pluperfect is over
//!   ("had been due to expire Friday" is the past Friday) and so is "until"
//!   with the pluperfect; an attribution after a comma (", Brunner said") and
//!   a participle after an article ("a still unspecified date") are not the
//!   tense;
//! - `last`/`next` move strictly back or forward;
//! - a time takes the day named next to it ("10 p.m. Wednesday", "yesterday
//!   at 8 p.m.", "10:35 a.m. (0735 GMT) Friday"), else the day named earlier
//!   in its sentence ("flew Tuesday in Everett at 18:00 UTC"), else the
//!   reference date;
//! - in a report of quarterly results "a year ago" is the year-ago quarter
//!   (`1988-Q3`), as TimeBank annotates it, when the period last named before
//!   it is a quarter (not "the nine months" or "last year").
//!
//! Without a reference date, relative expressions get no value and a day
//! without a year gets `XXXX-MM-DD`.
//!
//! **Numeric dates.** `a/b/c` is read month-first (the US convention of most
//! English news) unless `a` cannot be a month; `06.07.2021` (dots) is read
//! day-first. A bare `9/11` is the 2001 attacks (`2001-09-11`); other bare
//! `a/b` pairs are fractions or scores, not dates.
//!
//! **What it leaves alone, and why.** Month and season words that are also
//! names, verbs or nouns are only taken with evidence: `May` and `March`
//! need a day, a year or a temporal word before them (`in May`), so "Theresa
//! May" and "the March on Washington" stay unmarked; abbreviations without a
//! period (`Jun`, `Aug`) need a day after them ("Zhang Jun"); a capitalized
//! season inside a name is skipped ("Bitter Winter"); `Sun` is never Sunday
//! ("the Sun"). Four-digit numbers are years only outside counts, money,
//! scores, phone numbers, versions and names (`2,020 people`, `$2020`, `3-1`,
//! `555-2020`, `version 2019`, `the Russell 2000 Index`).
//!
//! **Anaphora.** "the following/previous year|month", "that year|month" and
//! "That December" take the year of the latest date that states one in the
//! same or the previous sentence ("On May 22, 1995, ... the following year" is
//! 1996), as TimeBank annotates them; without such an anchor they resolve
//! against the reference date. "The entire year" leans only on a year stated
//! in its own sentence. "The following month" also takes the month last named
//! in the three sentences before ("In March, ... The following month" is
//! April). "The day" is the day named in the same or the previous sentence
//! ("fell yesterday ... to end the day"); "the next day", "the following day"
//! and "the previous day" are the day after or before the one named in the
//! same or the previous sentence ("He left on May 5. The next day, ..." is May
//! 6), else the day after or before the reference date. "The same month a year
//! ago", "the corresponding period last year", "the quarter a year earlier"
//! and "last year's quarter" are the quarter or month named in the last three
//! sentences, a year back ("in January, compared to the same month a year ago"
//! is the January before); "the latest period" is the quarter last named.
//!
//! **What it misses.** Other anaphoric dates that need the story's own
//! timeline ("the previous Friday", "the same day", "a year earlier"
//! outside quarterly reports resolve against the reference date), fiscal
//! calendars that do not follow the civil year ("the fourth quarter ended
//! Sept. 30" is read as the calendar Q4), times without a.m./p.m. or a zone
//! ("at 6"), vague spans ("a while", "some time", "the early years"), and
//! tense beyond cue words within twelve words: "Monday" in "the two leaders
//! talk Monday" is read as the past Monday, and a story filed days after its
//! events puts every weekday a week late. TimeBank's own conventions that
//! are not TIMEX3 semantics are not copied: `1989-WXX` for "last week",
//! `199X` for "the 1990s" (TIMEX3 writes `199`), unpadded `2000-W7`.
//!
//! Linear in the text: each token starts at most a bounded look-ahead.

use super::{Context, Extractor, Mention, Payload};
use prelude::*;

mod anaphora;
mod cues;
mod holidays;
mod patterns;
mod ranges;
mod resolve;
mod scan;
mod tense;
mod words;

pub use holidays::ramadan_start;
pub(crate) use words::month_of;
// what the names extractor reads (src/extract/names.rs)
pub(crate) use words::{MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};

/// What every stage and pattern reads: the scanner, its words and lookups.
mod prelude {
    pub(crate) use super::anaphora::*;
    pub(crate) use super::cues::*;
    pub(crate) use super::holidays::*;
    pub(crate) use super::scan::*;
    pub(crate) use super::words::*;
    pub(crate) use super::Found;
    pub(crate) use crate::calendar::{days_in_month, Date};
    pub(crate) use crate::document::{Document, TokenKind};
    pub(crate) use crate::result::{DateInfo, DateType};
    pub(crate) use crate::span::Span;
    pub(crate) use std::borrow::Cow;
}

/// Finds temporal expressions.
pub struct Dates;

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, doc: &Document, context: &Context) -> Vec<Mention> {
        find(doc, context.reference_date)
            .into_iter()
            .map(|found| Mention {
                span: found.span,
                confidence: found.confidence,
                reason: found.reason.to_string(),
                payload: Payload::Date(found.info),
            })
            .collect()
    }
}

/// A temporal expression as found, before it becomes a [`Mention`].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Where, in bytes.
    pub span: Span,
    /// Type and value.
    pub info: DateInfo,
    /// How sure, 0..1.
    pub confidence: f32,
    /// A short why.
    pub reason: &'static str,
    /// For a calendar day: (year if stated, month, day).
    pub day: Option<(Option<i32>, u32, u32)>,
    /// The index of the first token and one past the last.
    tokens: (usize, usize),
    /// A bare month (no year stated), so that a range can lend it a year.
    bare_month: Option<u32>,
    /// The year a range end states, to lend to the other end.
    stated_year: Option<i32>,
}

/// Finds every temporal expression of `doc`, resolved against `reference`.
pub fn find(doc: &Document, reference: Option<Date>) -> Vec<Found> {
    find_in(doc, reference, 0..doc.tokens.len())
}

/// Like [`find`], over the tokens `tokens` of `doc` only (a paragraph, say).
pub fn find_in(
    doc: &Document,
    reference: Option<Date>,
    tokens: std::ops::Range<usize>,
) -> Vec<Found> {
    let scan = Scan::new(doc, reference, tokens);
    let mut found = Vec::new();
    let mut i = 0;
    while i < scan.words.len() {
        crate::work::step(1);
        match scan.at(i) {
            Some(m) if m.end > i => {
                let span = Span::new(scan.words[i].span.start, scan.words[m.end - 1].span.end);
                found.push(Found {
                    span,
                    info: DateInfo {
                        kind: m.kind,
                        value: m.value,
                        start: None,
                        end: None,
                    },
                    confidence: m.confidence,
                    reason: m.reason,
                    day: m.day,
                    tokens: (i, m.end),
                    bare_month: m.bare_month,
                    stated_year: m.stated_year,
                });
                i = m.end;
            }
            _ => i += 1,
        }
    }
    let found = scan.lend_range_years(found);
    scan.resolve_anaphora(found)
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
