//! Dates: temporal expressions, typed and resolved to TIMEX3 values.
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

use std::borrow::Cow;

use super::{Context, Extractor, Mention, Payload};
use crate::calendar::{days_in_month, Date};
use crate::document::{Document, TokenKind};
use crate::result::{DateInfo, DateType};
use crate::span::Span;

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

/// One match: where it ends (token index, exclusive) and what it means.
#[derive(Debug, Clone)]
struct M {
    end: usize,
    kind: DateType,
    value: Option<String>,
    reason: &'static str,
    confidence: f32,
    day: Option<(Option<i32>, u32, u32)>,
    /// May take a leading "the" ("the third quarter", "the 1990s").
    the_ok: bool,
    /// May take a leading "early", "late", "mid", "the end of", ...
    edge_ok: bool,
    /// May take a leading "nearly", "about", "more than", ...
    approx_ok: bool,
    bare_month: Option<u32>,
    stated_year: Option<i32>,
}

impl M {
    fn new(end: usize, kind: DateType, value: Option<String>, reason: &'static str) -> M {
        M {
            end,
            kind,
            value,
            reason,
            confidence: 0.9,
            day: None,
            the_ok: false,
            edge_ok: false,
            approx_ok: false,
            bare_month: None,
            stated_year: None,
        }
    }

    fn date(end: usize, value: Option<String>, reason: &'static str) -> M {
        M::new(end, DateType::Date, value, reason)
    }

    fn the(mut self) -> M {
        self.the_ok = true;
        self
    }

    fn edge(mut self) -> M {
        self.edge_ok = true;
        self
    }

    fn approx(mut self) -> M {
        self.approx_ok = true;
        self
    }

    fn sure(mut self, confidence: f32) -> M {
        self.confidence = confidence;
        self
    }
}

/// A token as the patterns see it.
#[derive(Debug)]
struct Word<'a> {
    /// The token's text.
    text: &'a str,
    /// Lowercased, straight apostrophes, a final abbreviation period dropped.
    low: Cow<'a, str>,
    kind: TokenKind,
    span: Span,
    sentence: usize,
}

/// Which way a relative expression points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// The nearest such time, preferring the past unless a cue points forward.
    Nearest,
    /// Strictly before the reference ("last").
    Last,
    /// Strictly after the reference ("next").
    Next,
    /// The one containing the reference ("this").
    This,
}

struct Scan<'a> {
    words: Vec<Word<'a>>,
    reference: Option<Date>,
}

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

/// Words before a bare month or year that make it temporal: "in May".
const TEMPORAL_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "each",
    "every",
    "between",
    "around",
    "throughout",
    "on",
    "and",
    "or",
    "that",
    "in-",
    "earlier",
    "later",
    "circa",
    "c",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "end",
    "beginning",
    "start",
    "middle",
    "late-",
    "mid-",
    "past",
    "year",
    "coming",
    "following",
    "previous",
    "-",
    "–",
    "fiscal",
    "for",
    "as",
    "at",
];

/// Nouns after a number that make it a count, not a year: "2020 people".
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "votes",
    "deaths",
    "cases",
    "jobs",
    "homes",
    "houses",
    "workers",
    "employees",
    "students",
    "members",
    "units",
    "acres",
    "miles",
    "kilometers",
    "kilometres",
    "km",
    "feet",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "barrels",
    "shares",
    "dollars",
    "euros",
    "pounds",
    "points",
    "calories",
    "words",
    "pages",
    "times",
    "yards",
    "vehicles",
    "cars",
    "patients",
    "residents",
    "refugees",
    "years",
    "months",
    "days",
    "hours",
    "minutes",
    "seconds",
    "percent",
    "per",
    "%",
    "rooms",
    "beds",
    "sq",
    "square",
    "copies",
    "users",
    "visitors",
    "fans",
    "runs",
    "seats",
    "species",
    "items",
    "ft",
    "m",
    "kg",
    "lbs",
    "lb",
    "mph",
    "others",
    "more",
    "of",
    "x",
];

/// Words before a number that make it something other than a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "$",
    "£",
    "€",
    "¥",
    "#",
    "no",
    "number",
    "version",
    "v",
    "flight",
    "route",
    "room",
    "model",
    "page",
    "pages",
    "chapter",
    "article",
    "section",
    "code",
    "box",
    "bus",
    "highway",
    "interstate",
    "resolution",
    "ios",
    "windows",
    "office",
    "suite",
    "apartment",
    "unit",
    "about",
    "some",
    "nearly",
    "almost",
    "than",
    "approximately",
    "roughly",
    "over",
    "under",
    "only",
    "just",
    "exactly",
    "x",
    "+",
    "=",
    "*",
    "×",
    "score",
    "ranked",
    "rank",
    "no.",
    "mp",
    "gb",
    "mb",
    "us$",
    "rs",
    "usd",
    "eur",
    "gbp",
    "rmb",
    "yuan",
    "won",
];

/// Cues that a relative expression points forward.
const FUTURE_CUES: &[&str] = &[
    "will",
    "should",
    "soon",
    "won't",
    "shall",
    "scheduled",
    "due",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "planning",
    "upcoming",
    "coming",
    "until",
    "till",
    "going",
    "intends",
    // present-tense verbs with a day name announce what is coming: "leaders meet Monday"
    "meet",
    "meets",
    "begin",
    "begins",
    "resume",
    "resumes",
    "expire",
    "expires",
    "arrive",
    "arrives",
    "visit",
    "visits",
];

/// Verbs that with "to" look ahead: "decided to admit them in March".
const INTENTION_VERBS: &[&str] = &[
    "decided", "agreed", "promised", "pledged", "vowed", "voted", "hopes", "hoped", "aims",
    "aimed", "intend", "intended", "wants", "wanted",
];

/// How many tokens back [`Scan::tense_near`] looks for a verb.
const TENSE_REACH: usize = 12;

/// How many tokens back [`Scan::quarter_context`] looks for the period a
/// report is about: a results story names it once, paragraphs before.
const QUARTER_REACH: usize = 200;

/// Words before "year end" that make it the end of the year ("by year end").
const YEAR_END_PREPOSITIONS: &[&str] = &[
    "at", "by", "around", "before", "after", "until", "till", "since", "to", "from", "near",
    "toward", "towards", "of", "for", "through",
];

/// The reason of "the same period last year", which the anaphora pass resolves.
const SAME_PERIOD_A_YEAR_BACK: &str = "the same period a year back";

/// The reason of a clock time without a day next to it, which the anaphora
/// pass puts on the day named earlier in its sentence.
const CLOCK_TIME_WITHOUT_DAY: &str = "clock time, day of the sentence";

/// The reason of "the next day" and "the previous day", which the anaphora
/// pass moves from the reference date to the day last named.
const NEXT_OR_PREVIOUS_DAY: &str = "the next or previous day";

/// The reason of "the latest period", which the anaphora pass resolves to
/// the quarter last named.
const THE_LATEST_PERIOD: &str = "the latest period";

/// How many sentences back "the same period last year" looks for the period.
const PERIOD_REACH: usize = 3;

/// A quarter or a month a date names, for "the same period a year ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    /// Year and quarter: `1989-Q3`.
    Quarter(i32, u32),
    /// Year and month: `2009-01`.
    Month(i32, u32),
}

impl Period {
    /// Reads `1989-Q3` or `2009-01` (not a day, not a year alone).
    fn parse(value: &str) -> Option<Period> {
        let (year, rest) = value.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = year.parse().ok()?;
        if let Some(q) = rest.strip_prefix('Q') {
            let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            return Some(Period::Quarter(year, q));
        }
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            let m: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
            return Some(Period::Month(year, m));
        }
        None
    }

    /// The TIMEX3 value: `1989-Q3`, `2009-01`.
    fn to_value(self) -> String {
        match self {
            Period::Quarter(year, q) => format!("{year}-Q{q}"),
            Period::Month(year, m) => year_month(year, m),
        }
    }

    /// The same period one year before.
    fn year_before(self) -> String {
        match self {
            Period::Quarter(year, q) => format!("{}-Q{q}", year - 1),
            Period::Month(year, m) => year_month(year - 1, m),
        }
    }
}

/// Cues that a relative expression points back.
const PAST_CUES: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "announced",
    "reported",
    "told",
    "ago",
    "last",
    "since",
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

fn weekday_of(low: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == low).map(|d| d as u32)
}

fn weekday_abbreviation(low: &str) -> Option<u32> {
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
fn number_word(low: &str) -> Option<u32> {
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

fn ordinal_word(low: &str) -> Option<u32> {
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
struct Unit {
    letter: char,
    clock: bool,
    times: u32,
}

fn unit_of(low: &str) -> Option<Unit> {
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

fn duration_value(count: Option<u32>, unit: Unit) -> String {
    let prefix = if unit.clock { "PT" } else { "P" };
    match count {
        Some(n) => format!("{prefix}{}{}", n.saturating_mul(unit.times), unit.letter),
        // "decades", "centuries": some number of years (TIMEX3 has no
        // one-letter decade; TimeBank and MEANTIME write `PXY`)
        None => format!("{prefix}X{}", unit.letter),
    }
}

fn year_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

fn week_of(date: Date) -> String {
    let (year, week) = date.iso_week();
    format!("{year:04}-W{week:02}")
}

fn quarter_of(month: u32) -> u32 {
    (month - 1) / 3 + 1
}

/// The season a month falls in (0 spring, 1 summer, 2 fall, 3 winter) and the
/// year the season is named by (January's winter began the year before).
fn season_at(date: Date) -> (u32, i32) {
    match date.month {
        3..=5 => (0, date.year),
        6..=8 => (1, date.year),
        9..=11 => (2, date.year),
        12 => (3, date.year),
        _ => (3, date.year - 1),
    }
}

const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

fn season_of(low: &str) -> Option<u32> {
    match low {
        "spring" => Some(0),
        "summer" => Some(1),
        "fall" | "autumn" => Some(2),
        "winter" => Some(3),
        _ => None,
    }
}

/// Easter Sunday (Gregorian computus, anonymous algorithm).
fn easter(year: i32) -> Option<Date> {
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
fn nth_weekday(year: i32, month: u32, weekday: u32, n: u32) -> Option<Date> {
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
fn ramadan_in(year: i32) -> Date {
    let estimate = ((year - 622) * 33) / 32;
    (estimate - 1..=estimate + 2)
        .map(ramadan_start)
        .find(|d| d.year == year)
        .unwrap_or_else(|| ramadan_start(estimate))
}

/// A holiday's date in `year`.
fn holiday(name: Holiday, year: i32) -> Option<Date> {
    match name {
        Holiday::Fixed(month, day) => Date::new(year, month, day),
        Holiday::Nth(month, weekday, n) => nth_weekday(year, month, weekday, n),
        Holiday::Easter(offset) => easter(year).map(|d| d.add_days(offset)),
        Holiday::ElectionDay => nth_weekday(year, 11, 0, 1).map(|monday| monday.add_days(1)),
    }
}

#[derive(Debug, Clone, Copy)]
enum Holiday {
    Fixed(u32, u32),
    /// Month, weekday, which (0 = last).
    Nth(u32, u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    ElectionDay,
}

/// Holidays: the words (lowercase, in order) and the rule.
const HOLIDAYS: &[(&[&str], Holiday)] = &[
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

impl<'a> Scan<'a> {
    fn new(
        doc: &Document<'a>,
        reference: Option<Date>,
        tokens: std::ops::Range<usize>,
    ) -> Scan<'a> {
        let tokens = doc.tokens.get(tokens).unwrap_or(&[]);
        let mut words: Vec<Word<'a>> = Vec::with_capacity(tokens.len() + 16);
        for token in tokens {
            crate::work::step(1);
            // a line break between two tokens: a word no pattern reads, so
            // that no date runs from one line into the next
            if let Some(previous) = words.last() {
                let gap = doc
                    .text
                    .get(previous.span.end..token.span.start)
                    .unwrap_or("");
                if gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
                    let at = previous.span.end;
                    let sentence = previous.sentence;
                    words.push(Word {
                        text: "",
                        low: Cow::Borrowed("\n"),
                        kind: TokenKind::Punct,
                        span: Span::new(at, at),
                        sentence,
                    });
                }
            }
            words.push({
                let text = token.span.text(doc.text);
                let abbreviation =
                    token.kind == TokenKind::Word && text.len() > 1 && text.ends_with('.');
                let plain = text
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
                let low: Cow<'a, str> = if plain && !abbreviation {
                    Cow::Borrowed(text)
                } else {
                    let mut low: String = text
                        .chars()
                        .map(|c| if c == '’' { '\'' } else { c })
                        .flat_map(char::to_lowercase)
                        .collect();
                    if abbreviation {
                        low.pop();
                    }
                    Cow::Owned(low)
                };
                Word {
                    text,
                    low,
                    kind: token.kind,
                    span: token.span,
                    sentence: token.sentence,
                }
            });
        }
        Scan { words, reference }
    }

    fn low(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.low.as_ref())
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        options.contains(&self.low(i))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase))
    }

    /// True when token `i` directly follows token `i - 1` with no space.
    fn touches_previous(&self, i: usize) -> bool {
        i > 0 && i < self.words.len() && self.words[i - 1].span.end == self.words[i].span.start
    }

    /// Whether a capitalised word follows `i` in its sentence: a month or
    /// weekday before one may be part of a name ("August Rush", "the Sunday
    /// Times").
    fn capitalized_word_after(&self, i: usize) -> bool {
        self.capitalized(i + 1)
            && self.same_sentence(i, i + 1)
            && self
                .words
                .get(i + 1)
                .is_some_and(|w| w.kind == TokenKind::Word)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.words.get(a), self.words.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }

    fn sentence_start(&self, i: usize) -> bool {
        i == 0 || !self.same_sentence(i - 1, i)
    }

    /// A plain integer token ("90", "2021"), without separators.
    fn integer(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Number || word.text.len() > 9 {
            return None;
        }
        if !word.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        word.text.parse().ok()
    }

    /// A four-digit year token.
    /// A year in words, as broadcasts say them: "nineteen ninety-six",
    /// "two thousand", "two thousand and one". Returns the year and the end.
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.low(i) {
            "nineteen" | "eighteen" | "twenty" => {
                let century = match self.low(i) {
                    "nineteen" => 1900,
                    "eighteen" => 1800,
                    _ => 2000,
                };
                let (n, end) = self
                    .count(i + 1)
                    .filter(|(n, _)| n.is_some_and(|n| (10..100).contains(&n)))?;
                Some((century + n? as i32, end))
            }
            "two" if self.low(i + 1) == "thousand" => {
                let mut end = i + 2;
                if self.low(end) == "and" {
                    end += 1;
                }
                match self
                    .count(end)
                    .and_then(|(n, e)| Some((n?, e)))
                    .filter(|(n, _)| (1..100).contains(n))
                {
                    Some((n, e)) => Some((2000 + n as i32, e)),
                    None => Some((2000, i + 2)),
                }
            }
            _ => None,
        }
    }

    /// A year in figures or words at `i`: the year and the end.
    fn any_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.year_token(i) {
            Some(year) => Some((year, i + 1)),
            None => self
                .spelled_year(i)
                .filter(|(_, end)| !self.is(*end, COUNT_NOUNS)),
        }
    }

    fn year_token(&self, i: usize) -> Option<i32> {
        let word = self.words.get(i)?;
        if word.text.len() != 4 {
            return None;
        }
        let year = self.integer(i)? as i32;
        (1000..=2199).contains(&year).then_some(year)
    }

    /// A day of the month: "5", "05", "5th", "22nd".
    fn day_number(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Number {
            return None;
        }
        let digits = word
            .low
            .strip_suffix("st")
            .or_else(|| word.low.strip_suffix("nd"))
            .or_else(|| word.low.strip_suffix("rd"))
            .or_else(|| word.low.strip_suffix("th"))
            .unwrap_or(&word.low);
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let day: u32 = digits.parse().ok()?;
        // "5:30", "3.4", "5-3" are not days
        let next = self.low(i + 1);
        let glued = (matches!(next, ":" | "-" | "/") && self.glued_number(i + 1)) || next == "%";
        if (1..=31).contains(&day) && !glued {
            Some(day)
        } else {
            None
        }
    }

    fn is_ordinal_number(&self, i: usize) -> bool {
        let low = self.low(i);
        self.words
            .get(i)
            .is_some_and(|w| w.kind == TokenKind::Number)
            && ["st", "nd", "rd", "th"].iter().any(|s| low.ends_with(s))
    }

    /// A month name at `i` that may be a month here: (month, is abbreviated
    /// without a period).
    fn month_at(&self, i: usize) -> Option<(u32, bool)> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Word || !self.capitalized(i) {
            return None;
        }
        let month = month_of(&word.low)?;
        let full = MONTHS[month as usize - 1];
        let bare_abbreviation = word.low != full && !word.text.ends_with('.');
        Some((month, bare_abbreviation))
    }

    fn weekday_at(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if !self.capitalized(i) {
            return None;
        }
        if let Some(d) = weekday_of(&word.low) {
            return Some(d);
        }
        // "Tues." only with its period and a date after it ("Sun" is a newspaper)
        if word.text.ends_with('.') {
            let d = weekday_abbreviation(&word.low)?;
            let j = if self.low(i + 1) == "," { i + 2 } else { i + 1 };
            if self.month_at(j).is_some() || self.day_number(j).is_some() {
                return Some(d);
            }
        }
        None
    }

    /// Whether a cue near token `i` points forward (true) or back (false);
    /// `None` when nothing says.
    fn tense_near(&self, i: usize) -> Option<bool> {
        let from = i.saturating_sub(TENSE_REACH);
        let to = (i + 5).min(self.words.len());
        // "from April, Brunner said": an attribution after a comma says
        // nothing of when the thing happens
        let attribution_from = (i + 1..to).find(|&k| self.low(k) == ",").unwrap_or(to);
        let mut best: Option<(usize, bool)> = None;
        for j in from..to {
            crate::work::step(1);
            if !self.same_sentence(i, j)
                || (j > attribution_from && self.is(j, &["said", "told", "added"]))
            {
                continue;
            }
            let low = self.low(j);
            // "as early as Tuesday", "as soon as Monday"
            let as_early_as = low == "as"
                && j >= 2
                && self.is(j - 1, &["early", "soon"])
                && self.low(j - 2) == "as";
            // "could be signed", "would be paid": a modal looks ahead
            let modal = matches!(low, "would" | "could" | "might" | "may")
                && !self.capitalized(j)
                && self.low(j + 1) == "be";
            // "had been due to expire Friday", "had been scheduled for May":
            // the plan is told as over, so the day is behind
            let past_plan = FUTURE_CUES.contains(&low)
                && (j.saturating_sub(4)..j)
                    .any(|k| self.low(k) == "had" && self.low(k + 1) == "been");
            // "decided to admit them in March", "agreed to buy it in June"
            // ("agreed to a meeting": "to" before a noun is no intention)
            let intention = INTENTION_VERBS.contains(&low)
                && self.low(j + 1) == "to"
                && self
                    .words
                    .get(j + 2)
                    .is_some_and(|w| w.kind == TokenKind::Word)
                && !self.capitalized(j + 2)
                && !self.is(
                    j + 2,
                    &[
                        "a", "an", "the", "his", "her", "its", "their", "this", "that", "our",
                    ],
                );
            // "until Thursday, they had not called him": "until" looks back
            // when the clause is told in the pluperfect
            let until_then = matches!(low, "until" | "till")
                && (j + 1..(i + TENSE_REACH).min(self.words.len())).any(|k| {
                    crate::work::step(1);
                    self.low(k) == "had" && self.same_sentence(j, k)
                });
            // past cues, and any past participle ("ended", "rose" is missed)
            // "ahead of the weekend", "in the run-up to"
            let ahead_of = low == "ahead" && self.low(j + 1) == "of";
            let future = (FUTURE_CUES.contains(&low) && !until_then && !past_plan)
                || intention
                || ahead_of
                || as_early_as
                || modal
                || low.ends_with("'ll")
                || (low == "to" && j > 0 && self.is(j - 1, &["is", "are"]));
            // "were planning", "was expected to": a past auxiliary before a
            // word of intention still looks ahead
            let auxiliary_of_intention = matches!(low, "was" | "were")
                && (j + 1..(j + 3).min(self.words.len()))
                    .any(|k| FUTURE_CUES.contains(&self.low(k)));
            let past = past_plan
                || until_then
                || !future
                    && !auxiliary_of_intention
                    && (PAST_CUES.contains(&low)
                        || (low.len() > 4
                            && low.ends_with("ed")
                            && !self.capitalized(j)
                            && low != "indeed"
                            // "will be signed", "to be announced": not past
                            && !(j > 0 && self.low(j - 1) == "be")
                            // "a still unspecified date", "the planned sale":
                            // an adjective, not a verb
                            && !(j > 0
                                && self.is(j - 1, &["a", "an", "the", "still", "its", "their"]))));
            if future || past {
                let distance = j.abs_diff(i);
                if best.map_or(true, |(d, _)| distance < d) {
                    best = Some((distance, future));
                }
            }
        }
        best.map(|(_, future)| future)
    }

    fn looks_forward(&self, i: usize) -> bool {
        self.tense_near(i) == Some(true)
    }

    // ---- resolution helpers -------------------------------------------------

    /// The year for a month and day stated without one: nearest the reference.
    fn year_for_day(&self, month: u32, day: u32, weekday: Option<u32>, at: usize) -> Option<i32> {
        let reference = self.reference?;
        let candidates = [reference.year - 1, reference.year, reference.year + 1];
        // "the year ended Jan. 31": a period that ended is behind
        if at > 0 && self.low(at - 1) == "ended" {
            let this_year = Date::new(reference.year, month, day)?;
            return Some(if this_year <= reference {
                reference.year
            } else {
                reference.year - 1
            });
        }
        let tense = self.tense_near(at);
        let forward = tense == Some(true);
        let mut best: Option<(i64, i32)> = None;
        for year in candidates {
            let Some(date) = Date::new(year, month, day) else {
                continue;
            };
            let mut distance = date.days_since_epoch() - reference.days_since_epoch();
            // ties and near-ties go to the past unless a cue points forward
            if !forward && distance > 0 {
                distance = distance * 3 / 2;
            }
            let mut cost = distance.abs();

            if weekday.is_some_and(|w| date.weekday().index() != w) {
                cost += 10_000;
            }
            if best.map_or(true, |(c, _)| cost < c) {
                best = Some((cost, year));
            }
        }
        best.map(|(_, year)| year)
    }

    fn year_for_month(&self, month: u32, direction: Direction, at: usize) -> Option<i32> {
        let reference = self.reference?;
        // "by January", "until March": a deadline ahead
        let deadline = at > 0 && self.is(at - 1, &["by", "until", "till", "through"]);
        let year = reference.year;
        Some(match direction {
            Direction::This => year,
            Direction::Last => {
                if month < reference.month {
                    year
                } else {
                    year - 1
                }
            }
            Direction::Next => {
                if month > reference.month {
                    year
                } else {
                    year + 1
                }
            }
            Direction::Nearest => {
                if month <= reference.month {
                    let back = reference.month - month;
                    let ahead = month + 12 - reference.month;
                    let tense = self.tense_near(at);
                    let forward = deadline || tense == Some(true);
                    // without a cue an earlier month is this year's: news
                    // tells of what happened more than of what is coming
                    if back > 0 && ahead <= 6 && forward {
                        year + 1
                    } else {
                        year
                    }
                } else {
                    let ahead = month - reference.month;
                    // a later month is this year's only when near or announced
                    let tense = self.tense_near(at);
                    if deadline || tense == Some(true) || (ahead <= 2 && tense.is_none()) {
                        year
                    } else {
                        year - 1
                    }
                }
            }
        })
    }

    fn weekday_date(&self, weekday: u32, direction: Direction, at: usize) -> Option<Date> {
        let reference = self.reference?;
        let today = i64::from(reference.weekday().index());
        let target = i64::from(weekday);
        let back = (today - target).rem_euclid(7);
        let ahead = (target - today).rem_euclid(7);
        let offset = match direction {
            Direction::Last => -(if back == 0 { 7 } else { back }),
            Direction::Next => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            Direction::This => {
                if self.looks_forward(at) {
                    ahead
                } else {
                    -back
                }
            }
            Direction::Nearest => {
                if self.looks_forward(at) {
                    ahead
                } else {
                    -back
                }
            }
        };
        Some(reference.add_days(offset))
    }

    // ---- the patterns -------------------------------------------------------

    /// The longest expression starting at token `i`, with any modifiers.
    fn at(&self, i: usize) -> Option<M> {
        if !self.may_start(i) {
            return None;
        }
        self.modified(i, 0)
    }

    /// A quick test that token `i` can begin some pattern: most words cannot,
    /// and skipping them keeps the pass cheap.
    fn may_start(&self, i: usize) -> bool {
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

    fn modified(&self, i: usize, depth: u32) -> Option<M> {
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

    fn core(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        match word.kind {
            TokenKind::Number => self
                .numeric_date(i)
                .or_else(|| self.clock_time(i))
                .or_else(|| self.day_month(i))
                .or_else(|| self.century(i))
                .or_else(|| self.decade(i))
                .or_else(|| self.duration(i))
                .or_else(|| self.year(i)),
            TokenKind::Word => self
                .same_period_a_year_back(i)
                .or_else(|| self.hyphenated(i))
                .or_else(|| self.clock_time(i))
                .or_else(|| self.weekday(i, Direction::Nearest, i))
                .or_else(|| self.month(i, Direction::Nearest, i))
                .or_else(|| self.fiscal(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.relative(i))
                .or_else(|| self.holiday(i, Direction::Nearest, i))
                .or_else(|| self.season(i, Direction::Nearest, i))
                .or_else(|| self.century(i))
                .or_else(|| self.decade(i))
                .or_else(|| self.set(i))
                .or_else(|| self.words_year(i))
                .or_else(|| self.duration(i)),
            TokenKind::Punct => self.decade(i),
        }
    }

    /// "the same month a year ago", "the corresponding period last year",
    /// "the quarter a year earlier", "last year's quarter": the period just
    /// named, one year back. The value here is the fallback (the year-ago
    /// quarter, the month a year before the reference, or last year);
    /// [`Scan::resolve_anaphora`] puts the named period in its place.
    fn same_period_a_year_back(&self, i: usize) -> Option<M> {
        // "last year's quarter"
        if self.low(i) == "last"
            && self.low(i + 1) == "year"
            && self.low(i + 2) == "'s"
            && self.is(i + 3, &["quarter", "period", "month"])
        {
            let value = self.year_back_value(self.low(i + 3), i);
            return Some(M::date(i + 4, value, SAME_PERIOD_A_YEAR_BACK));
        }
        let (unit_at, the_needed) = if self.is(i, &["same", "corresponding", "comparable"]) {
            (i + 1, false)
        } else {
            (i, true)
        };
        let unit = self.low(unit_at);
        if !matches!(unit, "quarter" | "period" | "month")
            || (the_needed && (i == 0 || self.low(i - 1) != "the"))
        {
            return None;
        }
        let mut j = unit_at + 1;
        if self.low(j) == "of" {
            j += 1;
        }
        let end = match (self.low(j), self.low(j + 1), self.low(j + 2)) {
            ("last", "year", _) => j + 2,
            ("the", "last" | "previous" | "prior", "year") => j + 3,
            ("the", "year", "before") => j + 3,
            ("a", "year", "ago" | "earlier" | "before") => j + 3,
            _ => return None,
        };
        let value = self.year_back_value(unit, i);
        Some(M::date(end, value, SAME_PERIOD_A_YEAR_BACK).the())
    }

    /// The value of "the same `unit` a year ago" when no period was named.
    fn year_back_value(&self, unit: &str, i: usize) -> Option<String> {
        let reference = self.reference?;
        match unit {
            "quarter" => self.year_ago_quarter(),
            "period" if self.quarter_context(i) => self.year_ago_quarter(),
            "month" => Some(year_month(reference.year - 1, reference.month)),
            _ => Some((reference.year - 1).to_string()),
        }
    }

    /// `2021-07-06`, `7/8/07`, `06.07.2021`, and the event `9/11`.
    fn numeric_date(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        // one token with dots: day-first
        if word.text.matches('.').count() == 2 {
            let parts: Vec<&str> = word.text.split('.').collect();
            if let [d, m, y] = parts.as_slice() {
                if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
                    let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
                    let date = Date::new(y, m, d)?;
                    return Some(self.full_day(i + 1, date, "numeric date, day first"));
                }
            }
            return None;
        }
        let sep = self.low(i + 1);
        if !matches!(sep, "-" | "/") || !self.touches_previous(i + 1) {
            return None;
        }
        let a = self.integer(i)?;
        let b = self
            .integer(i + 2)
            .filter(|_| self.touches_previous(i + 2))?;
        let third = self.low(i + 3) == sep && self.touches_previous(i + 3);
        // a number glued before it ("1/2/3/4", "555-12-34") is something else
        if i > 0 && self.touches_previous(i) && self.words[i - 1].kind != TokenKind::Word {
            return None;
        }
        if third {
            let c = self
                .integer(i + 4)
                .filter(|_| self.touches_previous(i + 4))?;
            if self.glued_number(i + 5) {
                return None;
            }
            let (a_len, c_len) = (word.text.len(), self.words[i + 4].text.len());
            let date = if sep == "-" {
                if a_len != 4 {
                    return None;
                }
                Date::new(a as i32, b, c)?
            } else {
                let year = match c_len {
                    4 => c as i32,
                    2 => {
                        if c < 50 {
                            2000 + c as i32
                        } else {
                            1900 + c as i32
                        }
                    }
                    _ => return None,
                };
                if a > 12 {
                    Date::new(year, b, a)?
                } else {
                    Date::new(year, a, b)?
                }
            };
            return Some(self.full_day(i + 5, date, "numeric date"));
        }
        // the bare pair: only the event 9/11
        if sep == "/" && a == 9 && b == 11 {
            let glued_after = self.touches_previous(i + 3)
                && self
                    .words
                    .get(i + 3)
                    .is_some_and(|w| w.kind != TokenKind::Word)
                && !self.is(i + 3, &[".", ",", ";", ":", ")", "'s", "”", "\"", "’"]);
            if !glued_after {
                let mut m = M::date(
                    i + 3,
                    Some("2001-09-11".to_string()),
                    "the event 9/11 (2001-09-11)",
                );
                m.day = Some((Some(2001), 9, 11));
                return Some(m);
            }
        }
        None
    }

    /// True when token `j` continues a number glued before it: "…/2021/5",
    /// "…-07-06-1".
    fn glued_number(&self, j: usize) -> bool {
        self.touches_previous(j)
            && (self.words[j].kind == TokenKind::Number
                || (self.is(j, &["-", "/", ".", ":"])
                    && self.touches_previous(j + 1)
                    && self
                        .words
                        .get(j + 1)
                        .is_some_and(|w| w.kind == TokenKind::Number)))
    }

    fn full_day(&self, end: usize, date: Date, reason: &'static str) -> M {
        let mut m = M::date(end, Some(date.to_string()), reason);
        m.day = Some((Some(date.year), date.month, date.day));
        m.stated_year = Some(date.year);
        m
    }

    /// A day resolved from month and day, a stated year and a stated weekday.
    fn day_value(
        &self,
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<u32>,
        at: usize,
    ) -> Option<String> {
        let year = year.or_else(|| self.year_for_day(month, day, weekday, at));
        match year {
            Some(year) => Date::new(year, month, day).map(|d| d.to_string()),
            None => (day <= 31).then(|| format!("XXXX-{month:02}-{day:02}")),
        }
    }

    /// After a day: ", 2020", " 2020".
    fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.low(j) == "," { j + 1 } else { j };
        let year = self.year_token(k)?;
        // "May 5, 2020 people" is unlikely; "June 3 1500 troops" is a count
        if self.is(k + 1, COUNT_NOUNS) && !self.is(k + 1, &["of"]) {
            return None;
        }
        Some((year, k + 1))
    }

    /// After a date: ", Monday", " Monday".
    /// An optional year, then an optional weekday, after token `j` ("July 5,
    /// 2021, Monday"): their values and the token after them.
    fn year_and_weekday_after(&self, mut j: usize) -> (Option<i32>, Option<u32>, usize) {
        let year = self.year_after(j).map(|(year, next)| {
            j = next;
            year
        });
        let weekday = self.weekday_after(j).map(|(weekday, next)| {
            j = next;
            weekday
        });
        (year, weekday, j)
    }

    fn weekday_after(&self, j: usize) -> Option<(u32, usize)> {
        let k = if self.low(j) == "," { j + 1 } else { j };
        let d = self.weekday_at(k)?;
        Some((d, k + 1))
    }

    /// "5 July", "the 22nd of September, 2020", "5th of July Monday".
    fn day_month(&self, i: usize) -> Option<M> {
        let day = self.day_number(i)?;
        let mut j = i + 1;
        if self.low(j) == "of" {
            j += 1;
        } else if !self.is_ordinal_number(i) && self.low(i + 1) == "," {
            return None;
        }
        let (month, bare_abbreviation) = self.month_at(j)?;
        if bare_abbreviation && self.low(j) == "may" {
            return None;
        }
        let (year, weekday, j) = self.year_and_weekday_after(j + 1);
        let value = self.day_value(year, month, day, weekday, i);
        let mut m = M::date(
            j,
            value,
            if weekday.is_some() {
                "day of month + month, weekday"
            } else {
                "day of month + month"
            },
        );
        m.day = Some((year, month, day));
        m.stated_year = year;
        Some(m)
    }

    /// "March 4", "Sept. 30, 1989", "July 1997", "December last year", "May".
    fn month(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
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
            if !self.is(end, COUNT_NOUNS) {
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

    fn bare_month_ok(&self, i: usize, month: u32) -> bool {
        let previous = if i == 0 { "" } else { self.low(i - 1) };
        let after_temporal = i > 0 && TEMPORAL_PREPOSITIONS.contains(&previous);
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

    /// "Monday", "Tuesday evening", "Saturday, April 25", "Monday, 5 July 2021".
    fn weekday(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
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

    fn part_of_day(&self, j: usize) -> Option<(&'static str, usize)> {
        let low = self.low(j);
        // "mid-afternoon", "early-morning", "late-night"
        let low = match low.split_once('-') {
            Some(("mid" | "early" | "late", rest)) => rest,
            _ => low,
        };
        let code = match low {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            "night" | "overnight" => "NI",
            _ => return None,
        };
        Some((code, j + 1))
    }

    /// "fiscal 1989", "fiscal 2022" (the fiscal year, named by its year).
    fn fiscal(&self, i: usize) -> Option<M> {
        if self.low(i) != "fiscal" {
            return None;
        }
        if let Some(year) = self.year_token(i + 1) {
            let mut m = M::date(i + 2, Some(year.to_string()), "fiscal year").the();
            m.stated_year = Some(year);
            return Some(m);
        }
        // "fiscal second-quarter", "the fiscal first quarter"
        self.quarter(i + 1).map(|m| m.the())
    }

    /// "the third quarter (of 2020)", "third-quarter", "Q3 2021", "the first half".
    fn quarter(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        // Q3, Q3 2021
        if let Some(q) = low
            .strip_prefix('q')
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|q| (1..=4).contains(q))
        {
            if !self.capitalized(i) || self.words[i].text.len() != 2 {
                return None;
            }
            if let Some(year) = self.year_token(i + 1) {
                return Some(M::date(
                    i + 2,
                    Some(format!("{year}-Q{q}")),
                    "quarter + year",
                ));
            }
            let value = self.quarter_value(q, 'Q', i);
            return Some(M::date(i + 1, value, "quarter").sure(0.7));
        }
        // "third-quarter", "first-half"
        let (ordinal, unit_word, j) = if let Some((a, b)) = low.split_once('-') {
            (ordinal_word(a)?, b, i + 1)
        } else {
            // "the last half of 1989" is its second half; "the last quarter"
            // alone is the one before this (see `relative`)
            let last_of_year = low == "last"
                && self.is(i + 1, &["half", "quarter"])
                && self.low(i + 2) == "of"
                && self.year_token(i + 3).is_some();
            let ordinal = if last_of_year {
                if self.low(i + 1) == "half" {
                    2
                } else {
                    4
                }
            } else {
                ordinal_word(low)?
            };
            let mut j = i + 1;
            if self.is(j, &["fiscal", "calendar"]) {
                j += 1;
            }
            (ordinal, self.low(j), j + 1)
        };
        // "the first two quarters of 1990" is its first half
        let (unit_word, mut j, ordinal) =
            if unit_word == "two" && self.low(j) == "quarters" && matches!(low, "first" | "last") {
                ("half", j + 1, if low == "first" { 1 } else { 2 })
            } else {
                (unit_word, j, ordinal)
            };
        let (letter, count) = match unit_word {
            "quarter" | "quarters" => ('Q', 4),
            "half" => ('H', 2),
            _ => return None,
        };
        if ordinal > count && low != "final" {
            return None;
        }
        let ordinal = if low == "final" { count } else { ordinal };
        // "of 2020", "of this year", "of last year", "2020"
        let k = if self.low(j) == "of" { j + 1 } else { j };
        if let Some(year) = self.year_token(k) {
            j = k + 1;
            return Some(
                M::date(
                    j,
                    Some(format!("{year}-{letter}{ordinal}")),
                    "quarter + year",
                )
                .the(),
            );
        }
        if self.low(k) != "the"
            && self.is(k, &["this", "last", "next"])
            && self.low(k + 1) == "year"
        {
            let shift = match self.low(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let value = self
                .reference
                .map(|r| format!("{}-{letter}{ordinal}", r.year + shift));
            return Some(M::date(k + 2, value, "quarter + relative year").the());
        }
        let value = self.quarter_value(ordinal, letter, i);
        let m = M::date(j, value, "ordinal quarter");
        // "the third quarter", but "the third-quarter results" leaves "the" to the noun
        Some(if low.contains('-') { m } else { m.the() })
    }

    /// A quarter or half named without a year: this year's, unless it has not
    /// begun yet and nothing points forward.
    fn quarter_value(&self, ordinal: u32, letter: char, at: usize) -> Option<String> {
        let reference = self.reference?;
        let current = if letter == 'Q' {
            quarter_of(reference.month)
        } else {
            (reference.month - 1) / 6 + 1
        };
        let year = if ordinal > current && !self.looks_forward(at) {
            reference.year - 1
        } else {
            reference.year
        };
        Some(format!("{year}-{letter}{ordinal}"))
    }

    /// Single tokens with a hyphen: "mid-November", "mid-1990s", "year-end",
    /// "year-earlier", "two-year", "five-year-old", "day-long".
    fn hyphenated(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        let (head, rest) = low.split_once('-')?;
        match head {
            "mid" | "late" | "early" | "post" | "pre" => {
                // parse the rest as if it were its own token
                let month = month_of(rest).filter(|m| MONTHS[*m as usize - 1] == rest);
                if let Some(month) = month {
                    let value = if let Some(year) = self.year_token(i + 1) {
                        return Some(M::date(
                            i + 2,
                            Some(year_month(year, month)),
                            "part of a month",
                        ));
                    } else {
                        self.year_for_month(month, Direction::Nearest, i)
                            .map(|y| year_month(y, month))
                    };
                    return Some(M::date(i + 1, value, "part of a month").the());
                }
                if rest.len() == 4 {
                    let year: i32 = rest.parse().ok()?;
                    return (1000..=2199)
                        .contains(&year)
                        .then(|| M::date(i + 1, Some(rest.to_string()), "part of a year"));
                }
                if rest.len() == 5 && rest.ends_with('s') {
                    let decade: i32 = rest[..4].parse().ok()?;
                    return Some(M::date(i + 1, Some((decade / 10).to_string()), "decade").the());
                }
                None
            }
            "year" if matches!(rest, "end") => {
                let value = self.reference.map(|r| r.year.to_string());
                Some(M::date(i + 1, value, "end of the year").the())
            }
            "year" if matches!(rest, "earlier" | "ago") => {
                // "the year-ago third quarter"
                if let Some(q) =
                    ordinal_word(self.low(i + 1)).filter(|_| self.low(i + 2) == "quarter")
                {
                    let value = self.reference.map(|r| format!("{}-Q{q}", r.year - 1));
                    return Some(M::date(i + 3, value, "the year-ago quarter").the());
                }
                if self.quarter_context(i) && !self.is(i + 1, &["quarter", "period"]) {
                    return Some(M::date(i + 1, self.year_ago_quarter(), "a year before"));
                }
                if self.is(i + 1, &["quarter", "period"]) {
                    let value = self.reference.map(|r| {
                        let index = r.year * 4 + quarter_of(r.month) as i32 - 6;
                        format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                    });
                    return Some(M::date(i + 2, value, "the year-ago quarter").the());
                }
                let value = self.reference.map(|r| (r.year - 1).to_string());
                Some(M::date(i + 1, value, "a year before"))
            }
            _ => self.duration(i),
        }
    }

    /// "today", "yesterday", "now", "this week", "last month", "next year",
    /// "this morning", "last night", "the weekend", "recently".
    fn relative(&self, i: usize) -> Option<M> {
        let reference = self.reference;
        let low = self.low(i);
        let day = |offset: i64| reference.map(|r| r.add_days(offset).to_string());
        let day_part =
            |offset: i64, code: &str| reference.map(|r| format!("{}T{code}", r.add_days(offset)));
        let simple = |value: Option<String>, reason| Some(M::date(i + 1, value, reason).edge());
        let refer = |what: &str, reason| Some(M::date(i + 1, Some(what.to_string()), reason));
        // "mid-afternoon yesterday", "(on) the morning today"
        if let Some((code, end)) = self.part_of_day(i) {
            let offset = match self.low(end) {
                "yesterday" => Some(-1),
                "today" => Some(0),
                "tomorrow" => Some(1),
                _ => None,
            };
            if let Some(offset) = offset {
                let value = day_part(offset, code);
                return Some(
                    M::new(end + 1, DateType::Time, value, "part of day + relative day").edge(),
                );
            }
        }
        match low {
            "today" => {
                if let Some((code, end)) = self.part_of_day(i + 1) {
                    return Some(M::new(
                        end,
                        DateType::Time,
                        day_part(0, code),
                        "today + part of day",
                    ));
                }
                return simple(day(0), "today");
            }
            "yesterday" | "tomorrow" => {
                let offset = if low == "yesterday" { -1 } else { 1 };
                if let Some((code, end)) = self.part_of_day(i + 1) {
                    return Some(M::new(
                        end,
                        DateType::Time,
                        day_part(offset, code),
                        "relative day + part of day",
                    ));
                }
                return simple(day(offset), "relative day");
            }
            // "at year end", "by year's end", "at the year end"; not "to see
            // the year end", where "end" is the verb
            "year"
                if (self.low(i + 1) == "end"
                    || (self.low(i + 1) == "'s" && self.low(i + 2) == "end"))
                    && (YEAR_END_PREPOSITIONS.contains(&self.low(i.wrapping_sub(1)))
                        || (i >= 2
                            && self.low(i - 1) == "the"
                            && YEAR_END_PREPOSITIONS.contains(&self.low(i - 2)))) =>
            {
                let end = if self.low(i + 1) == "end" {
                    i + 2
                } else {
                    i + 3
                };
                let value = reference.map(|r| r.year.to_string());
                return Some(M::date(end, value, "end of the year"));
            }
            "tonight" => {
                return Some(M::new(i + 1, DateType::Time, day_part(0, "NI"), "tonight").edge())
            }
            "now" | "nowadays" => return refer("PRESENT_REF", "now"),
            "currently" | "presently" => return refer("PRESENT_REF", "now"),
            "right" if self.low(i + 1) == "now" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "now"))
            }
            "recently" | "lately" => return refer("PAST_REF", "the past"),
            "current"
                if !self.is(
                    i + 1,
                    &[
                        "account", "accounts", "events", "affairs", "week", "month", "year",
                        "quarter", "decade", "century", "weekend", "fiscal",
                    ],
                ) =>
            {
                // "the then current price": the present of a past time
                if i > 0 && self.low(i - 1) == "then" {
                    return None;
                }
                return refer("PRESENT_REF", "the present").map(|m| m.sure(0.6));
            }
            "then" if self.low(i + 1) == "current" => {
                return Some(M::date(i + 2, Some("PAST_REF".into()), "then current").sure(0.6))
            }
            "recent" | "coming"
                if self.is(
                    i + 1,
                    &["years", "months", "weeks", "days", "decades", "quarters"],
                ) =>
            {
                // "in recent years", "in coming weeks": a vague length of time
                let unit = unit_of(self.low(i + 1))?;
                let value = Some(duration_value(None, unit));
                return Some(M::new(i + 2, DateType::Duration, value, "vague period").the());
            }
            "these" if self.low(i + 1) == "days" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "these days"))
            }
            // "the future", "in future," but not the adjective ("future
            // earnings", "all future losses"), which TimeBank rarely marks,
            // nor "the future of our peoples", a thing's prospects
            "future"
                if i > 0
                    && self.low(i + 1) != "of"
                    && (self.low(i - 1) == "the"
                        || (self.low(i - 1) == "in"
                            && self
                                .words
                                .get(i + 1)
                                .map_or(true, |w| w.kind != TokenKind::Word))) =>
            {
                return refer("FUTURE_REF", "the future").map(|m| m.the().sure(0.6))
            }
            // "the past" alone, not "the past three months" nor "the past decade"
            "past" | "present"
                if i > 0
                    && self.low(i - 1) == "the"
                    && self.count(i + 1).is_none()
                    && unit_of(self.low(i + 1)).is_none() =>
            {
                let what = if low == "past" {
                    "PAST_REF"
                } else {
                    "PRESENT_REF"
                };
                return refer(what, "the past or present").map(|m| m.the());
            }
            "long" | "short" if i > 0 && self.low(i - 1) == "the" && self.low(i + 1) == "term" => {
                return Some(
                    M::date(i + 2, Some("FUTURE_REF".into()), "the long or short term").the(),
                )
            }
            "time" if i > 0 && self.low(i - 1) == "the" && self.low(i + 1) == "being" => {
                return Some(M::date(i + 2, Some("PRESENT_REF".into()), "for the time being").the())
            }
            "very" if self.low(i + 1) == "soon" => {
                return Some(M::date(i + 2, Some("FUTURE_REF".into()), "very soon"))
            }
            "near" if self.is(i + 1, &["future", "term"]) => {
                return Some(M::date(i + 2, Some("FUTURE_REF".into()), "the near future").the())
            }
            _ => {}
        }
        let direction = match low {
            "this" | "current" => Direction::This,
            "last" | "past" | "previous" | "latest" => Direction::Last,
            "next" | "coming" | "following" => Direction::Next,
            _ => {
                // "the weekend", "the year", "the quarter" (with their "the")
                if i > 0 && self.low(i - 1) == "the" {
                    return self.the_unit(i);
                }
                return None;
            }
        };
        let j = i + 1;
        // "this coming Sunday", "this past spring"
        let (direction, j) = if low == "this" && self.is(j, &["coming", "past"]) {
            let d = if self.low(j) == "coming" {
                Direction::Next
            } else {
                Direction::Last
            };
            (d, j + 1)
        } else {
            (direction, j)
        };
        if let Some(m) = self
            .weekday(j, direction, i)
            .or_else(|| self.month(j, direction, i))
            .or_else(|| self.season(j, direction, i))
            .or_else(|| self.holiday(j, direction, i))
        {
            return Some(
                M {
                    reason: "relative date",
                    ..m
                }
                .edge()
                .the(),
            );
        }
        let unit = self.low(j);
        let shift: i64 = match direction {
            Direction::Last => -1,
            Direction::Next => 1,
            _ => 0,
        };
        let reason = "relative period";
        let value = match unit {
            // "the next day", "the following day", "the previous day": the
            // day after or before the one just named (see `resolve_anaphora`)
            "day"
                if matches!(low, "next" | "following" | "previous")
                    && i > 0
                    && self.low(i - 1) == "the"
                    && !self.is(j + 1, &["of", "'s"]) =>
            {
                let value = reference.map(|r| r.add_days(shift).to_string());
                return Some(M::date(j + 1, value, NEXT_OR_PREVIOUS_DAY).the());
            }
            "week" => reference.map(|r| week_of(r.add_days(7 * shift))),
            "weekend" => reference.map(|r| format!("{}-WE", week_of(r.add_days(7 * shift)))),
            "month" => reference.map(|r| {
                let d = r.add_months(shift as i32);
                year_month(d.year, d.month)
            }),
            "year" => {
                // "this year's third quarter", "next year's first quarter"
                if self.low(j + 1) == "'s" {
                    if let Some(q) =
                        ordinal_word(self.low(j + 2)).filter(|_| self.low(j + 3) == "quarter")
                    {
                        let value = reference.map(|r| format!("{}-Q{q}", r.year + shift as i32));
                        return Some(M::date(j + 4, value, "quarter of a relative year").edge());
                    }
                }
                reference.map(|r| (r.year + shift as i32).to_string())
            }
            "decade" => reference.map(|r| (r.year.div_euclid(10) + shift as i32).to_string()),
            "century" => reference.map(|r| (r.year.div_euclid(100) + shift as i32).to_string()),
            // "the latest period" in a report of quarterly results
            "period" if low == "latest" && self.quarter_context(i) => {
                let value = self.quarter_value_shifted(shift);
                return Some(M::date(j + 1, value, THE_LATEST_PERIOD).edge().the());
            }
            "quarter" => self.quarter_value_shifted(shift),
            "morning" | "afternoon" | "evening" | "night" if direction != Direction::Next => {
                let (code, _) = self.part_of_day(j)?;
                let offset = if low == "last" { -1 } else { 0 };
                let value = day_part(offset, code);
                return Some(M::new(j + 1, DateType::Time, value, "part of a day").edge());
            }
            _ => return None,
        };
        // "last year" as a date; "the past year" too (TIMEX3 convention)
        if low == "past" && !(i > 0 && self.low(i - 1) == "the") {
            return None;
        }
        // but "the past decade" is the ten years up to now, as TimeBank and
        // MEANTIME mark it ("the last decade" stays the decade before)
        if low == "past" && unit == "decade" {
            return Some(M::new(j + 1, DateType::Duration, Some("P10Y".into()), "period").the());
        }
        Some(M::date(j + 1, value, reason).edge().the())
    }

    /// The quarter `shift` quarters from the reference's.
    fn quarter_value_shifted(&self, shift: i64) -> Option<String> {
        self.reference.map(|r| {
            let index = r.year * 4 + quarter_of(r.month) as i32 - 1 + shift as i32;
            format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
        })
    }

    /// After "the": "the weekend", "the year", "the quarter", "the week".
    fn the_unit(&self, i: usize) -> Option<M> {
        let reference = self.reference;
        match self.low(i) {
            "weekend" => {
                let value = reference.map(|r| {
                    let weekday = r.weekday().index();
                    let week = if weekday >= 5 || self.looks_forward(i) {
                        r
                    } else {
                        r.add_days(-7)
                    };
                    format!("{}-WE", week_of(week))
                });
                Some(M::date(i + 1, value, "the weekend").the())
            }
            // "for the year ended Sept. 30", "during the year": a length of
            // time; but "For the year, volume was flat" and "a high for the
            // year" are the year itself, as TimeBank marks them
            "year"
                if i >= 2
                    && self.is(i - 2, &["for", "during", "throughout", "over"])
                    && !self.is(i + 1, &["'s", "before", "after", "earlier", "later", "ago"])
                    && (self.low(i - 2) != "for" || self.is(i + 1, &["ended", "ending", "to"])) =>
            {
                let value = Some("P1Y".to_string());
                Some(M::new(i + 1, DateType::Duration, value, "the year").the())
            }
            // not "player of the year", but "the end of the year"
            "year"
                if !self.is(i + 1, &["before", "after", "earlier", "later", "ago", "'s"])
                    && (i < 2
                        || self.low(i - 2) != "of"
                        || (i >= 3
                            && self.is(i - 3, &["end", "beginning", "start", "middle"])))
                    && self.spelled_year(i + 1).is_none() =>
            {
                let value = reference.map(|r| r.year.to_string());
                Some(M::date(i + 1, value, "the year").the().edge().sure(0.6))
            }
            // not "at the end of the day", "on the day", "of the day"
            "day"
                if !self.is(i + 1, &["before", "after", "of"])
                    && (i < 2 || !self.is(i - 2, &["of", "on"])) =>
            {
                let value = reference.map(|r| r.to_string());
                Some(M::date(i + 1, value, "the day").the().sure(0.5))
            }
            "entire" | "full" | "whole" if self.low(i + 1) == "year" => {
                let value = reference.map(|r| r.year.to_string());
                Some(M::date(i + 2, value, "the whole year").the().sure(0.6))
            }
            "quarter" | "latest" | "recent" => {
                let end = if self.low(i) == "quarter" {
                    i + 1
                } else if self.low(i + 1) == "quarter" {
                    i + 2
                } else {
                    return None;
                };
                let value = reference.map(|r| {
                    let index = r.year * 4 + quarter_of(r.month) as i32 - 2;
                    format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                });
                Some(M::date(end, value, "the latest quarter").the().sure(0.6))
            }
            "year-ago" | "year-earlier" if self.is(i + 1, &["quarter", "period"]) => {
                let value = reference.map(|r| {
                    let index = r.year * 4 + quarter_of(r.month) as i32 - 6;
                    format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                });
                Some(M::date(i + 2, value, "the year-ago quarter").the())
            }
            _ => None,
        }
    }

    /// A count: "90", "two", "twenty four", "a", "a couple of", "several".
    /// `None` inside means a vague count ("several", "a few").
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let word = self.words.get(i)?;
        if word.kind == TokenKind::Number {
            let digits: String = word.text.chars().filter(|c| *c != ',').collect();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 6
            {
                return None;
            }
            let n: u32 = digits.parse().ok()?;
            // "2 1/2 years"
            return Some((Some(n), i + 1));
        }
        let low = word.low.as_ref();
        match low {
            "a" | "an" | "one" => {
                if self.low(i + 1) == "couple" && self.low(i + 2) == "of" {
                    return Some((Some(2), i + 3));
                }
                if self.low(i + 1) == "few" {
                    return Some((None, i + 2));
                }
                if let Some(n) = number_word(self.low(i + 1)).filter(|n| *n == 12 || *n == 100) {
                    return Some((Some(n), i + 2));
                }
                return Some((Some(1), i + 1));
            }
            "several" | "few" | "many" => return Some((None, i + 1)),
            // "the next couple of years"
            "couple" if self.low(i + 1) == "of" => return Some((Some(2), i + 2)),
            _ => {}
        }
        let mut n = number_word(low)?;
        let mut j = i + 1;
        if n >= 20 && n % 10 == 0 {
            if let Some(ones) = number_word(self.low(j)).filter(|o| (1..10).contains(o)) {
                n += ones;
                j += 1;
            }
        }
        if self.low(j) == "hundred" {
            n *= 100;
            j += 1;
        }
        Some((Some(n), j))
    }

    /// "would last six months", "to last a year": the verb "last" is outside
    /// the duration.
    fn last_is_a_verb(&self, i: usize) -> bool {
        self.low(i) == "last"
            && i > 0
            && self.is(
                i - 1,
                &[
                    "will", "would", "could", "can", "may", "might", "should", "must", "to", "did",
                    "does", "do", "'ll", "won't", "not",
                ],
            )
    }

    /// "90 days", "six months", "a decade", "the past three months",
    /// "two-year", "30-day", "two years ago" (a date), "a year earlier".
    fn duration(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        // "the past three months", "the next two weeks", "the first nine months"
        if self.is(
            i,
            &[
                "past",
                "last",
                "next",
                "first",
                "coming",
                "previous",
                "following",
            ],
        ) && !self.last_is_a_verb(i)
        {
            let m = self.duration(i + 1)?;
            if m.kind != DateType::Duration {
                return None;
            }
            return Some(
                M {
                    reason: "period",
                    ..m
                }
                .the()
                .approx(),
            );
        }
        // one token: "two-year", "five-year-old", "decades-long", "day-long"
        if low.contains('-') && self.words[i].kind == TokenKind::Word {
            let mut parts = low.split('-');
            let first = parts.next()?;
            let second = parts.next().unwrap_or("");
            // an age ("6-year-old") or a fraction ("three-quarters")
            if low.ends_with("-old") || second.starts_with("quarter") {
                return None;
            }
            let (count, unit) = match (number_word(first), unit_of(second)) {
                (Some(n), Some(unit)) => (Some(n), unit),
                (None, _) => {
                    let unit = unit_of(first)?;
                    if second != "long" {
                        return None;
                    }
                    let count = if first.ends_with('s') { None } else { Some(1) };
                    (count, unit)
                }
                _ => return None,
            };
            let value = duration_value(count, unit);
            return Some(M::new(i + 1, DateType::Duration, Some(value), "length of time").approx());
        }
        // "30-year", "30-day", "8-month-old"
        if let Some(n) = self.integer(i) {
            if self.low(i + 1) == "-"
                && self.touches_previous(i + 1)
                && self.touches_previous(i + 2)
            {
                let next = self.low(i + 2);
                if next.ends_with("-old") {
                    return None;
                }
                let unit = unit_of(next.split('-').next().unwrap_or(""))?;
                let value = duration_value(Some(n), unit);
                return Some(
                    M::new(i + 3, DateType::Duration, Some(value), "length of time").approx(),
                );
            }
        }
        let before = if i == 0 { "" } else { self.low(i - 1) };
        // "for years", "within weeks", "for the first time in years"
        if let Some(unit) = unit_of(low).filter(|_| low.ends_with('s')) {
            if matches!(before, "for" | "within" | "in") {
                let value = Some(duration_value(None, unit));
                return Some(M::new(
                    i + 1,
                    DateType::Duration,
                    value,
                    "vague length of time",
                ));
            }
            // "over the years", "the weeks ahead", "the years to come"
            if before == "the" {
                let over = i >= 2 && self.is(i - 2, &["over", "through", "throughout", "across"]);
                let end = if self.low(i + 1) == "ahead" {
                    Some(i + 2)
                } else if self.low(i + 1) == "to" && self.low(i + 2) == "come" {
                    Some(i + 3)
                } else {
                    over.then_some(i + 1)
                };
                if let Some(end) = end {
                    let value = Some(duration_value(None, unit));
                    return Some(
                        M::new(end, DateType::Duration, value, "vague length of time").the(),
                    );
                }
            }
        }
        let (count, mut j) = self.count(i)?;
        // "two and a half years": P2.5Y
        let and_a_half = count.is_some()
            && self.low(j) == "and"
            && self.low(j + 1) == "a"
            && self.low(j + 2) == "half"
            && self.words.get(j).is_some_and(|w| w.kind == TokenKind::Word);
        if and_a_half {
            j += 3;
        }
        // "six straight days", "20 more years", "eight trading days"
        if self.is(
            j,
            &[
                "more",
                "straight",
                "consecutive",
                "additional",
                "full",
                "long",
                "trading",
                "business",
                "working",
                "calendar",
                "successive",
                "whole",
                "extra",
            ],
        ) {
            j += 1;
        }
        let unit_low = self.low(j);
        let unit = unit_of(unit_low)?;
        // "a" and "one" take a singular unit; numbers above one a plural
        let plural = unit_low.ends_with('s') || unit_low == "centuries";
        if count.is_none() && !plural {
            return None;
        }
        // "a second A380", "a second consecutive day", "about a quarter of": not lengths
        let relative_after = self.is(j + 1, &["ago", "earlier", "later"]);
        if count == Some(1) && matches!(unit_low, "second" | "quarter") && !relative_after {
            let next_is_word = self
                .words
                .get(j + 1)
                .is_some_and(|w| w.kind == TokenKind::Word);
            if next_is_word || unit_low == "quarter" {
                return None;
            }
        }
        // "the 1988 second quarter", "1988 quarter": a year, not a count
        if !plural
            && count.is_some_and(|n| {
                n >= 1000 || (n > 1 && matches!(unit_low, "second" | "quarter" | "minute"))
            })
        {
            return None;
        }
        // an age: "52 years old"
        if self.low(j + 1) == "old" {
            return None;
        }
        let mut end = j + 1;
        // "2 1/2 years" is not read; "and a half"
        if self.low(end) == "and" && self.low(end + 1) == "a" && self.low(end + 2) == "half" {
            end += 3;
        }
        // "two years ago", "a year earlier", "three weeks later", "in three weeks"
        let after = self.low(end);
        let relative: Option<i64> = match after {
            "ago" | "earlier" => Some(-1),
            "later" | "hence" => Some(1),
            "from" if self.low(end + 1) == "now" => Some(1),
            _ => None,
        };
        if let Some(sign) = relative {
            let end = if after == "from" { end + 2 } else { end + 1 };
            let value = match count {
                // "a year ago" in a report on quarterly results: the year-ago quarter
                Some(1)
                    if unit.letter == 'Y'
                        && unit.times == 1
                        && sign < 0
                        && self.quarter_context(i) =>
                {
                    self.year_ago_quarter()
                }
                Some(n) => self.shifted(n, unit, sign),
                None => Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
            };
            return Some(M::date(end, value, "length of time before or after now").approx());
        }
        // "a day" after "once", "twice", "times", "per": a rate
        if matches!(before, "once" | "twice" | "times" | "per" | "thrice") && count == Some(1) {
            return None;
        }
        // "there came a day when", "not a day anybody can prepare for",
        // "marked a day in history": a day as a thing, not a length of time
        if count == Some(1)
            && self.low(i) == "a"
            && self.low(j) == "day"
            && end == j + 1
            && (self.is(end, &["when", "anybody", "anyone", "nobody", "like"])
                || (self.low(end) == "in" && self.low(end + 1) == "history"))
        {
            return None;
        }
        // "Islam will one day be", "he may one day follow": some future day
        let one_day = self.low(i) == "one" && self.low(j) == "day" && end == j + 1;
        let modal_or_subject = matches!(
            before,
            "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
                | "should"
                | "shall"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
        );
        if one_day && modal_or_subject {
            let value = Some("FUTURE_REF".to_string());
            return Some(M::date(end, value, "some day"));
        }
        // "$5 a year", "50 cents a day": a rate, not a length
        if count == Some(1) && self.is(i, &["a", "an"]) && i > 0 {
            let prev = &self.words[i - 1];
            if prev.kind == TokenKind::Number
                || matches!(
                    prev.low.as_ref(),
                    "million" | "billion" | "dollars" | "cents" | "percent"
                )
            {
                return None;
            }
        }
        // "in three weeks" (a time ahead)
        if before == "in" && count.is_some() && unit.letter != 'S' && self.looks_forward(i) {
            let value = count.and_then(|n| self.shifted(n, unit, 1));
            return Some(M::date(end, value, "in a length of time"));
        }
        let value = match count {
            Some(n) if and_a_half => {
                let prefix = if unit.clock { "PT" } else { "P" };
                let half = u64::from(n) * u64::from(unit.times) * 10 + u64::from(unit.times) * 5;
                let (whole, tenth) = (half / 10, half % 10);
                if tenth == 0 {
                    format!("{prefix}{whole}{}", unit.letter)
                } else {
                    format!("{prefix}{whole}.{tenth}{}", unit.letter)
                }
            }
            _ => duration_value(count, unit),
        };
        Some(
            M::new(end, DateType::Duration, Some(value), "length of time")
                .approx()
                .the()
                .sure(if count.is_some() { 0.85 } else { 0.6 }),
        )
    }

    /// True when the period last named before token `i` is a quarter (a
    /// report of quarterly results), where "a year ago" means the year-ago
    /// quarter; after "the nine months" or "last year" it means the year.
    fn quarter_context(&self, i: usize) -> bool {
        (i.saturating_sub(QUARTER_REACH)..i)
            .rev()
            .find_map(|j| {
                crate::work::step(1);
                let low = self.low(j);
                if low.contains("quarter") {
                    Some(true)
                } else if low == "months" || (low == "year" && j > 0 && self.low(j - 1) == "last") {
                    Some(false)
                } else {
                    None
                }
            })
            .unwrap_or(false)
    }

    /// The quarter a year before the latest completed one.
    fn year_ago_quarter(&self) -> Option<String> {
        let reference = self.reference?;
        let index = reference.year * 4 + quarter_of(reference.month) as i32 - 6;
        Some(format!(
            "{}-Q{}",
            index.div_euclid(4),
            index.rem_euclid(4) + 1
        ))
    }

    /// The reference moved by `n` units, at the unit's granularity.
    fn shifted(&self, n: u32, unit: Unit, sign: i64) -> Option<String> {
        let reference = self.reference?;
        let n = i64::from(n.saturating_mul(unit.times)) * sign;
        Some(match (unit.letter, unit.clock) {
            ('Y', _) => {
                if unit.times == 10 && n.abs() >= 10 {
                    (i64::from(reference.year) + n).div_euclid(10).to_string()
                } else {
                    (i64::from(reference.year) + n).to_string()
                }
            }
            ('M', false) => {
                let d = reference.add_months(n as i32);
                year_month(d.year, d.month)
            }
            ('W', _) => week_of(reference.add_days(7 * n)),
            ('D', _) => reference.add_days(n).to_string(),
            _ => reference.to_string(),
        })
    }

    /// "every Monday", "each year", "daily", "annually".
    fn set(&self, i: usize) -> Option<M> {
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
        if let Some(m) =
            month_of(next).filter(|m| MONTHS[*m as usize - 1] == next && self.capitalized(j))
        {
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

    /// "Christmas", "Thanksgiving Day", "Easter 2020", "last Christmas", "Ramadan".
    fn holiday(&self, i: usize, direction: Direction, at: usize) -> Option<M> {
        if !self.capitalized(i) {
            return None;
        }
        if self.low(i) == "ramadan" {
            return Some(self.ramadan(i));
        }
        let (words, rule) = HOLIDAYS
            .iter()
            .find(|(words, _)| words.iter().enumerate().all(|(k, w)| self.low(i + k) == *w))?;
        let end = i + words.len();
        // "Christmas Island", "Easter Island", "Independence Day celebrations" is fine
        if self.is(
            end,
            &["island", "islands", "tree", "trees", "card", "cards"],
        ) {
            return None;
        }
        if let Some(year) = self.year_token(end) {
            let value = holiday(*rule, year).map(|d| d.to_string());
            return Some(M::date(end + 1, value, "holiday + year"));
        }
        // "Easter week": the week the day falls in
        let week = self.low(end) == "week";
        let value = self.reference.and_then(|r| {
            let this = holiday(*rule, r.year)?;
            let year = match direction {
                Direction::This => r.year,
                Direction::Last => {
                    if this < r {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                Direction::Next => {
                    if this > r {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                Direction::Nearest => {
                    let ahead = this.days_since_epoch() - r.days_since_epoch();
                    if ahead <= 0 || ahead <= 60 || self.looks_forward(at) {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
            };
            holiday(*rule, year).map(|d| if week { week_of(d) } else { d.to_string() })
        });
        if week {
            return Some(M::date(end + 1, value, "holiday week"));
        }
        Some(M::date(end, value, "holiday"))
    }

    /// Ramadan as a range, by the tabular Islamic calendar.
    fn ramadan(&self, i: usize) -> M {
        let (year, end) = match self.year_token(i + 1) {
            Some(year) => (Some(year), i + 2),
            None => (self.reference.map(|r| r.year), i + 1),
        };
        let mut m = M::new(
            end,
            DateType::Range,
            None,
            "Ramadan (tabular Islamic calendar)",
        );
        if let Some(year) = year {
            let mut start = ramadan_in(year);
            if let Some(r) = self.reference.filter(|_| end == i + 1) {
                // the latest Ramadan begun by the reference date, unless ahead soon
                if start > r && !self.looks_forward(i) {
                    start = ramadan_in(year - 1);
                }
            }
            let last = start.add_days(29);
            m.value = Some(format!("{start}/{last}"));
            m.day = None;
            m.stated_year = None;
            m.bare_month = None;
            m.confidence = 0.85;
        }
        m
    }

    /// "summer", "the winter of 1994", "last fall", "Spring 2020".
    fn season(&self, i: usize, direction: Direction, _at: usize) -> Option<M> {
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

    /// "the 20th century", "the 11th century".
    fn century(&self, i: usize) -> Option<M> {
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

    /// "the 1990s", "the '90s", "the 90s", "the nineties".
    fn decade(&self, i: usize) -> Option<M> {
        let word = self.words.get(i)?;
        let low = word.low.as_ref();
        let tens = |two: i32| {
            if two <= 29 {
                200 + two / 10
            } else {
                190 + two / 10
            }
        };
        // "since '82": an abbreviated year
        // (only after a temporal word: "iLife '11" is a version)
        let temporal_before = i > 0 && TEMPORAL_PREPOSITIONS.contains(&self.low(i - 1));
        if word.kind == TokenKind::Number
            && low.starts_with('\'')
            && low.len() == 3
            && temporal_before
        {
            let two: i32 = low[1..].parse().ok()?;
            let year = if two <= 29 { 2000 + two } else { 1900 + two };
            let mut m = M::date(i + 1, Some(year.to_string()), "abbreviated year");
            m.stated_year = Some(year);
            return Some(m);
        }
        let value = if word.kind == TokenKind::Number {
            let digits = low.trim_start_matches('\'').strip_suffix('s')?;
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            match digits.len() {
                4 if digits.ends_with('0') => (digits.parse::<i32>().ok()? / 10).to_string(),
                2 if digits.ends_with('0') => tens(digits.parse().ok()?).to_string(),
                _ => return None,
            }
        } else {
            const DECADES: [&str; 8] = [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ];
            let index = DECADES.iter().position(|d| *d == low)? as i32;
            if !(i > 0 && self.low(i - 1) == "the") {
                return None;
            }
            (192 + index).to_string()
        };
        Some(M::date(i + 1, Some(value), "decade").the().edge())
    }

    /// "in nineteen ninety-six", "the year two thousand": a year in words,
    /// after a temporal word (or at the start of a line, as broadcasts begin).
    fn words_year(&self, i: usize) -> Option<M> {
        let (start, after_the_year) = if self.low(i) == "the" && self.low(i + 1) == "year" {
            (i + 2, true)
        } else {
            (i, false)
        };
        let (year, end) = self
            .any_year(start)
            .filter(|_| self.words[start].kind == TokenKind::Word)?;
        let before_ok = after_the_year
            || self.sentence_start(i)
            || (i > 0 && TEMPORAL_PREPOSITIONS.contains(&self.low(i - 1)));
        if !before_ok || unit_of(self.low(end)).is_some() {
            return None;
        }
        let mut m = M::date(end, Some(year.to_string()), "year in words").edge();
        m.stated_year = Some(year);
        Some(m)
    }

    /// A four-digit year, or a range of years ("1998-2001", "1998-99").
    fn year(&self, i: usize) -> Option<M> {
        let year = self.year_token(i)?;
        let previous = if i == 0 { "" } else { self.low(i - 1) };
        // glued to other numbers: phone numbers, scores, codes
        if i > 0 && self.touches_previous(i) {
            let before = &self.words[i - 1];
            if before.kind != TokenKind::Word
                && !matches!(before.low.as_ref(), "(" | "\"" | "“" | "'" | "‘")
            {
                return None;
            }
        }
        if NOT_YEAR_BEFORE.contains(&previous) {
            // "about 2000 people", but "the 2020 election" is a year
            return None;
        }
        let next = self.low(i + 1);
        // inside a name: "the Russell 2000 Index", "Windows 2000 Server"
        if i > 0
            && self.capitalized(i - 1)
            && !self.sentence_start(i - 1)
            && self.words[i - 1].kind == TokenKind::Word
            && month_of(previous).is_none()
            && !TEMPORAL_PREPOSITIONS.contains(&previous)
            && !matches!(previous, "the" | "a" | "an")
            && self.capitalized(i + 1)
            && self.words[i + 1].kind == TokenKind::Word
            && self.same_sentence(i, i + 1)
        {
            return None;
        }
        if COUNT_NOUNS.contains(&next) && !matches!(next, "of") {
            return None;
        }
        if matches!(next, "%" | "." | ":")
            && self.touches_previous(i + 1)
            && self
                .words
                .get(i + 2)
                .is_some_and(|w| w.kind == TokenKind::Number)
        {
            return None;
        }
        // a range of years, glued: "1998-2001", "1998-99", "2009–10"
        if matches!(next, "-" | "–" | "/")
            && self.touches_previous(i + 1)
            && self.touches_previous(i + 2)
        {
            let second = self.words.get(i + 2)?;
            let last = match second.text.len() {
                4 => self.year_token(i + 2)?,
                2 => {
                    let two: i32 = self.integer(i + 2)? as i32;
                    let candidate = year - year.rem_euclid(100) + two;
                    if candidate > year {
                        candidate
                    } else {
                        return None;
                    }
                }
                _ => return None,
            };
            if last <= year
                || last > year + 100
                || self.touches_previous(i + 3) && self.low(i + 3) == "-"
            {
                return None;
            }
            return Some(self.range(i + 3, year.to_string(), last.to_string(), "range of years"));
        }
        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if let Some(q) = ordinal_word(next).filter(|q| *q <= 4 && self.low(i + 2) == "quarter") {
            return Some(M::date(i + 3, Some(format!("{year}-Q{q}")), "year + quarter").the());
        }
        if previous == "the"
            && (next == "quarter" || (next == "period" && self.quarter_context(i + 1)))
        {
            let q = self
                .year_ago_quarter()
                .and_then(|v| v.get(5..).map(str::to_string));
            let value = q.map(|q| format!("{year}-{q}"));
            return Some(M::date(i + 2, value, "year + quarter").the());
        }
        // years far from now need a temporal word before them
        let plausible = (1900..=2099).contains(&year) || TEMPORAL_PREPOSITIONS.contains(&previous);
        if !plausible {
            return None;
        }
        // "2019" at the start of a line followed by a count is rare; accept
        let mut m = M::date(i + 1, Some(year.to_string()), "year").edge();
        if previous == "the" && next == "the" {
            m.confidence = 0.6;
        }
        m.stated_year = Some(year);
        Some(m)
    }

    fn range(&self, end: usize, start: String, last: String, reason: &'static str) -> M {
        let mut m = M::new(
            end,
            DateType::Range,
            Some(format!("{start}/{last}")),
            reason,
        );
        m.day = None;
        m
    }

    /// "3 p.m.", "10:35 a.m. EST", "18:00 UTC", "noon Thursday", "5 p.m. EST Nov. 9".
    fn clock_time(&self, i: usize) -> Option<M> {
        let low = self.low(i);
        let (hour, minute, mut j) = match low {
            "noon" | "midday" => (12, 0, i + 1),
            "midnight" => (24, 0, i + 1),
            _ => {
                // military time with a zone: "0800 UTC"
                if let Some(zulu) = self
                    .is_zone(i + 1)
                    .filter(|_| self.words[i].text.len() == 4)
                {
                    let hhmm = self.integer(i)?;
                    let (hour, minute) = (hhmm / 100, hhmm % 100);
                    if hour > 24 || minute > 59 {
                        return None;
                    }
                    let value = self.reference.map(|r| {
                        format!("{r}T{hour:02}:{minute:02}{}", if zulu { "Z" } else { "" })
                    });
                    return Some(M::new(i + 2, DateType::Time, value, CLOCK_TIME_WITHOUT_DAY));
                }
                let hour = self
                    .integer(i)
                    .filter(|h| *h <= 24 && self.words[i].text.len() <= 2)?;
                let mut j = i + 1;
                let mut minute = 0;
                let mut has_minutes = false;
                if self.low(j) == ":" && self.touches_previous(j) && self.touches_previous(j + 1) {
                    let word = self.words.get(j + 1)?;
                    if word.text.len() != 2 {
                        return None;
                    }
                    minute = self.integer(j + 1).filter(|m| *m < 60)?;
                    has_minutes = true;
                    j += 2;
                }
                let meridiem = self.low(j);
                let hour = match meridiem {
                    "a.m" | "am" if hour <= 12 => {
                        j += 1;
                        if hour == 12 {
                            0
                        } else {
                            hour
                        }
                    }
                    "p.m" | "pm" if hour <= 12 => {
                        j += 1;
                        if hour == 12 {
                            12
                        } else {
                            hour + 12
                        }
                    }
                    _ if has_minutes && self.is_zone(j).is_some() => hour,
                    _ if has_minutes && self.is(j, &["hours", "hrs", "gmt", "utc"]) => hour,
                    _ => return None,
                };
                (hour, minute, j)
            }
        };
        let mut zulu = false;
        if let Some(z) = self.is_zone(j) {
            zulu = z;
            j += 1;
        }
        // an anchor day after it: "Thursday", "today", "Nov. 9", ", Nov. 6",
        // "(0735 GMT) Friday"
        let k = if self.is(j, &[",", "on"]) { j + 1 } else { j };
        let after_aside = (self.low(k) == "(")
            .then(|| (k + 1..(k + 6).min(self.words.len())).find(|&c| self.low(c) == ")"))
            .flatten()
            .map(|close| close + 1);
        let anchor = self
            .weekday(k, Direction::Nearest, k)
            .filter(|m| m.kind == DateType::Date)
            .or_else(|| {
                let after = after_aside?;
                self.weekday(after, Direction::Nearest, after)
                    .filter(|m| m.kind == DateType::Date)
                    // the time's span stays before the aside
                    .map(|m| M { end: j, ..m })
            })
            .or_else(|| {
                self.month(k, Direction::Nearest, k)
                    .filter(|m| m.day.is_some())
            })
            .or_else(|| {
                self.relative(k).filter(|m| {
                    m.kind == DateType::Date && m.value.as_deref().map_or(true, |v| v.len() == 10)
                })
            });
        let day_before = if anchor.is_none() {
            self.day_before_at(i)
        } else {
            None
        };
        let dayless = anchor.is_none() && day_before.is_none();
        let (date, end) = match &anchor {
            Some(m) => (m.value.clone(), m.end),
            None => (
                day_before.or_else(|| self.reference.map(|r| r.to_string())),
                j,
            ),
        };
        if matches!(low, "noon" | "midday" | "midnight")
            && anchor.is_none()
            && !matches!(
                self.low(i.wrapping_sub(1)),
                "at" | "by" | "until" | "before" | "after" | "around"
            )
        {
            return None;
        }
        let clock = if minute == 0 && zulu {
            format!("{hour:02}:00Z")
        } else {
            format!("{hour:02}:{minute:02}{}", if zulu { "Z" } else { "" })
        };
        let value = date.map(|d| format!("{d}T{clock}"));
        // without a day of its own it takes the reference date here, and
        // the day named earlier in its sentence in `resolve_anaphora`
        let reason = if dayless {
            CLOCK_TIME_WITHOUT_DAY
        } else {
            "clock time"
        };
        Some(M::new(end, DateType::Time, value, reason).approx())
    }

    /// The day a time is "at" when the day comes first: "Tuesday at 3 p.m.",
    /// "yesterday at noon".
    fn day_before_at(&self, i: usize) -> Option<String> {
        if i < 2 || self.low(i - 1) != "at" {
            return None;
        }
        let k = i - 2;
        if let Some(weekday) = self.weekday_at(k) {
            return self
                .weekday_date(weekday, Direction::Nearest, k)
                .map(|d| d.to_string());
        }
        let reference = self.reference?;
        let offset = match self.low(k) {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        Some(reference.add_days(offset).to_string())
    }

    /// A time zone at `j`: `Some(true)` for UTC/GMT (written `Z`).
    fn is_zone(&self, j: usize) -> Option<bool> {
        let word = self.words.get(j)?;
        match word.text {
            "UTC" | "GMT" | "Z" => Some(true),
            "EST" | "EDT" | "CST" | "CDT" | "MST" | "MDT" | "PST" | "PDT" | "BST" | "CET"
            | "CEST" | "IST" | "JST" | "AEST" | "AEDT" | "ET" | "PT" | "CT" | "MT" | "HKT"
            | "SGT" | "WIB" | "EET" | "EEST" | "MSK" => Some(false),
            _ => None,
        }
    }

    /// "from March to May 2020", "between 2010 and 2015": the two ends stay
    /// two dates, as TIMEX3 marks them (TimeBank and MEANTIME annotate each
    /// end, never the phrase), but the first end borrows a year the second
    /// states ("March" is March 2020).
    fn lend_range_years(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        let mut iter = found.into_iter().peekable();
        while let Some(mut first) = iter.next() {
            crate::work::step(1);
            let opener = first.tokens.0.checked_sub(1).map(|k| self.low(k));
            let joinable = |second: &Found| {
                let (a_end, b_start) = (first.tokens.1, second.tokens.0);
                b_start == a_end + 1
                    && matches!(
                        (opener, self.low(a_end)),
                        (
                            Some("from"),
                            "to" | "until" | "through" | "till" | "-" | "–"
                        ) | (Some("between"), "and")
                    )
                    && first.info.kind == DateType::Date
                    && second.info.kind == DateType::Date
                    && first
                        .info
                        .value
                        .as_deref()
                        .is_some_and(|v| !v.ends_with("_REF"))
                    && second
                        .info
                        .value
                        .as_deref()
                        .is_some_and(|v| !v.ends_with("_REF"))
            };
            let Some(second) = iter.next_if(joinable) else {
                out.push(first);
                continue;
            };
            // "from March to May 2020": March takes May's year
            if let (Some(month), Some(year)) = (first.bare_month, second.stated_year) {
                let second_month = second.day.map(|d| d.1).or_else(|| {
                    second
                        .info
                        .value
                        .as_deref()
                        .and_then(|v| v.get(5..7))
                        .and_then(|m| m.parse().ok())
                });
                let year = if second_month.is_some_and(|m| month > m) {
                    year - 1
                } else {
                    year
                };
                first.info.value = Some(year_month(year, month));
            }
            out.push(first);
            out.push(second);
        }
        // ranges found in one token ("1998-2001") carry their ends too
        for f in &mut out {
            if f.info.kind == DateType::Range && f.info.start.is_none() {
                if let Some((a, b)) = f.info.value.as_deref().and_then(|v| v.split_once('/')) {
                    f.info.start = Some(a.to_string());
                    f.info.end = Some(b.to_string());
                }
            }
        }
        out
    }

    /// Anaphoric dates take the story's own timeline, as TimeBank does: "the
    /// following year" after "On May 22, 1995" is 1996, "That December"
    /// after "the winter of 2009" is 2009-12. Only clearly anaphoric forms
    /// are moved ("the following/previous year|month", "that year|month",
    /// "that" + a month), and only when the anchor, a date stating its year,
    /// is in the same or the previous sentence; otherwise they keep the
    /// value the reference date gave them.
    fn resolve_anaphora(&self, mut found: Vec<Found>) -> Vec<Found> {
        // the latest anchor so far: (sentence, year, month if stated)
        let mut anchor: Option<(usize, i32, Option<u32>)> = None;
        // the latest quarter and month named: (sentence, value)
        let mut quarter: Option<(usize, Period)> = None;
        let mut month: Option<(usize, Period)> = None;
        // the latest calendar day named: (sentence, `YYYY-MM-DD`)
        let mut day: Option<(usize, String)> = None;
        for f in &mut found {
            crate::work::step(1);
            let (first, end) = f.tokens;
            let sentence = self.words.get(first).map_or(0, |w| w.sentence);
            if f.reason == CLOCK_TIME_WITHOUT_DAY {
                // "flew Tuesday in Everett at 18:00 UTC": Tuesday's 18:00
                let named = day.as_ref().filter(|(s, _)| *s == sentence);
                match (named, f.info.value.as_mut()) {
                    (Some((_, date)), Some(value)) => {
                        if let Some(clock) = value.get(10..) {
                            *value = format!("{date}{clock}");
                        }
                    }
                    // no day named: the reference date's time, as found
                    _ => f.reason = "clock time",
                }
                continue;
            }
            // "He left on May 5. The next day, ...": May 6
            if f.reason == NEXT_OR_PREVIOUS_DAY {
                let named = day.as_ref().filter(|(s, _)| sentence <= s + 1);
                let shift = if self.low(first + 1) == "previous" {
                    -1
                } else {
                    1
                };
                if let Some(date) = named.and_then(|(_, d)| d.parse::<Date>().ok()) {
                    let next = date.add_days(shift).to_string();
                    f.info.value = Some(next.clone());
                    day = Some((sentence, next));
                    continue;
                }
            }
            // "stocks fell Monday ... to end the day at 7,114": that day
            if f.reason == "the day" {
                if let Some((_, date)) = day.as_ref().filter(|(s, _)| sentence <= s + 1) {
                    f.info.value = Some(date.clone());
                    continue;
                }
            }
            if let Some(date) = f.info.value.as_deref().and_then(|v| v.get(..10)) {
                if date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-' {
                    day = Some((sentence, date.to_string()));
                }
            }
            if let Some(unit) = self.year_ago_unit(f) {
                let recent =
                    |a: Option<(usize, Period)>| a.filter(|(s, _)| sentence <= s + PERIOD_REACH);
                let named = match unit {
                    "quarter" => recent(quarter),
                    "month" => recent(month),
                    // "the same period": whichever was named last
                    _ => match (recent(quarter), recent(month)) {
                        (Some(q), Some(m)) => Some(if m.0 > q.0 { m } else { q }),
                        (q, m) => q.or(m),
                    },
                };
                if let Some((_, period)) = named {
                    f.info.value = Some(period.year_before());
                    continue;
                }
            }
            if f.reason == THE_LATEST_PERIOD {
                if let Some((_, period)) = quarter.filter(|(s, _)| sentence <= s + PERIOD_REACH) {
                    f.info.value = Some(period.to_value());
                    continue;
                }
            }
            // "the entire year" leans on a year stated in its own sentence only
            let whole_year = self.is(first + 1, &["entire", "full", "whole"]);
            let near = anchor.filter(|a| sentence <= a.0 + 1 && (!whole_year || a.0 == sentence));
            if let Some(value) = near.and_then(|a| self.anaphoric_value(first, end, a.1, a.2)) {
                f.info.value = Some(value);
                continue;
            }
            // "In March, ... The following month": the month last named,
            // a few sentences back, whether or not it states its year
            let named_month = match month {
                Some((s, Period::Month(year, m))) if sentence <= s + PERIOD_REACH => {
                    Some((year, m))
                }
                _ => None,
            };
            if let Some(value) = named_month.and_then(|(year, m)| {
                self.anaphoric_value(first, end, year, Some(m))
                    .filter(|_| (first..end).any(|k| self.low(k) == "month"))
            }) {
                f.info.value = Some(value);
                continue;
            }
            if let Some((year, month)) = self.stated_anchor(f) {
                anchor = Some((sentence, year, month));
            }
            // only a period named as such ("the third quarter", "January"),
            // not one worked out a year back ("a year ago" in a results story)
            let named = (first..end).any(|k| {
                let low = self.low(k);
                low.contains("quarter") || month_of(low).is_some()
            }) && !(first..end).any(|k| {
                self.is(
                    k,
                    &[
                        "ago",
                        "earlier",
                        "last",
                        "previous",
                        "year-ago",
                        "year-earlier",
                    ],
                )
            });
            match f
                .info
                .value
                .as_deref()
                .and_then(Period::parse)
                .filter(|_| named)
            {
                Some(p @ Period::Quarter(..)) if f.info.kind == DateType::Date => {
                    quarter = Some((sentence, p));
                }
                Some(p @ Period::Month(..)) if f.info.kind == DateType::Date => {
                    month = Some((sentence, p));
                }
                _ => {}
            }
        }
        found
    }

    /// The unit ("month", "quarter" or "period") of "the same month a year
    /// ago", "last year's quarter", ...; `None` for any other date.
    fn year_ago_unit(&self, f: &Found) -> Option<&'static str> {
        if f.reason != SAME_PERIOD_A_YEAR_BACK {
            return None;
        }
        (f.tokens.0..f.tokens.1).find_map(|k| match self.low(k) {
            "quarter" => Some("quarter"),
            "month" => Some("month"),
            "period" => Some("period"),
            _ => None,
        })
    }

    /// The year (and month) a found date states in its own words.
    fn stated_anchor(&self, f: &Found) -> Option<(i32, Option<u32>)> {
        if f.info.kind != DateType::Date {
            return None;
        }
        let value = f.info.value.as_deref()?;
        let year_text = value
            .get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
        // the year must be written out, not worked out from the reference
        let stated =
            f.stated_year.is_some() || (f.tokens.0..f.tokens.1).any(|k| self.low(k) == year_text);
        if !stated {
            return None;
        }
        let year = year_text.parse().ok()?;
        let month = value
            .get(4..7)
            .and_then(|m| m.strip_prefix('-'))
            .filter(|m| m.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|m| m.parse().ok());
        Some((year, month))
    }

    /// The value of the anaphoric date over tokens `first..end` against an
    /// anchor, or `None` when it is not one of the clearly anaphoric forms.
    fn anaphoric_value(
        &self,
        first: usize,
        end: usize,
        year: i32,
        month: Option<u32>,
    ) -> Option<String> {
        // "That December": the date is "December", "that" just before it
        let (lead, unit) = match end - first {
            1 if first > 0 && self.low(first - 1) == "that" => ("that", first),
            2 => (self.low(first), first + 1),
            3 if self.low(first) == "the" => (self.low(first + 1), first + 2),
            _ => return None,
        };
        let shift = match lead {
            "that" | "same" => 0,
            // "a loss in the fourth quarter of 2005 and for the entire year"
            "entire" | "full" | "whole" if self.low(first) == "the" => 0,
            "following" => 1,
            "previous" => -1,
            _ => return None,
        };
        if lead == "same" && self.low(first) != "the" {
            return None;
        }
        match self.low(unit) {
            "year" => Some((year + shift).to_string()),
            "month" => {
                let month = i32::try_from(month?).ok()?;
                let index = year * 12 + (month - 1) + shift;
                let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
                Some(year_month(y, u32::try_from(m).ok()?))
            }
            word if shift == 0 && lead == "that" => {
                let named = month_of(word)?;
                Some(year_month(year, named))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
