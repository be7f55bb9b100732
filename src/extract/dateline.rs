//! The article's own date, found in its text: a dateline or a "Published" line.
//!
//! **What it finds.** A calendar day (with or without a year) that the top of
//! the article states as its date:
//!
//! - an explicit line anywhere: "Published 6 July 2021", "Updated: July 6,
//!   2021 3:15 p.m.", "Posted on ...", "Date: ...";
//! - a wire dateline in the first lines: "WASHINGTON, March 4 (Reuters) -",
//!   "BEIJING, July 6 (AP) —";
//! - a date line of its own near the headline: "July 6, 2021", "Tuesday,
//!   6 July 2021" (a short line that is mostly the date).
//!
//! A dateline without a year ("March 4 (Reuters)") takes the latest year the
//! article mentions up to 2100, since news mostly looks back; with no year in
//! the text it is not trusted.
//!
//! **What it misses.** Dates deeper in the body (they are usually events, not
//! the article's date), relative datelines ("Updated 2 hours ago"), and
//! datelines that only name a weekday ("BEIJING, Tuesday (Reuters)").

use super::dates;
use crate::calendar::Date;
use crate::document::Document;
use crate::lexicon;

/// How many paragraphs (lines) from the top a dateline may be in.
const TOP_PARAGRAPHS: usize = 5;

/// Words that open a line stating the article's date.
/// The article's date, when the text states it near the top.
pub fn find(doc: &Document) -> Option<Date> {
    // the latest year the text names, for a dateline that names none
    let latest_year = (0..doc.tokens.len())
        .filter_map(|i| {
            crate::work::step(1);
            let text = doc.token_text(i);
            let year: i32 = text.parse().ok().filter(|_| text.len() == 4)?;
            (1900..=2100).contains(&year).then_some(year)
        })
        .max();
    // only the top lines and lines that stamp a date ("Published ...") are read
    let mut found = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        crate::work::step(1);
        let opener: String = paragraph
            .span
            .text(doc.text)
            .chars()
            .take(20)
            .flat_map(char::to_lowercase)
            .collect();
        let stamped = lexicon::en::DATE_STAMPS
            .words
            .iter()
            .any(|s| opener.starts_with(s));
        if index >= TOP_PARAGRAPHS && !stamped {
            continue;
        }
        let (Some(first), Some(last)) = (
            doc.sentences.get(paragraph.sentences.start),
            paragraph
                .sentences
                .end
                .checked_sub(1)
                .and_then(|s| doc.sentences.get(s)),
        ) else {
            continue;
        };
        found.extend(dates::find_in(
            doc,
            None,
            first.tokens.start..last.tokens.end,
        ));
    }
    let mut best: Option<(u32, Date)> = None;
    // the weekdays the top of the story names, read once (not per date)
    let mut weekdays: Option<Vec<u32>> = None;
    for f in &found {
        crate::work::step(1);
        let Some((year, month, day)) = f.day else {
            continue;
        };
        let Some(paragraph) = doc.paragraph_at(f.span.start) else {
            continue;
        };
        let line = doc.paragraphs[paragraph].span;
        let line_text = line.text(doc.text);
        let before = doc.text.get(line.start..f.span.start).unwrap_or("");
        let after = doc.text.get(f.span.end..line.end).unwrap_or("");
        // rank: an explicit stamp beats a wire dateline beats a date line
        let rank = if (before.len() < 40 && stamp_opens(before))
            || (paragraph < TOP_PARAGRAPHS && stamp_before(before))
        {
            3
        } else if paragraph < TOP_PARAGRAPHS && is_wire_dateline(before, after) {
            2
        } else if paragraph < TOP_PARAGRAPHS && is_date_line(line_text, f.span.len()) {
            1
        } else {
            continue;
        };
        let Some(year) = year.or_else(|| {
            let weekdays = weekdays.get_or_insert_with(|| weekdays_mentioned(doc));
            latest_year.map(|y| likeliest_year(weekdays, y, month, day))
        }) else {
            continue;
        };
        let Some(date) = Date::new(year, month, day) else {
            continue;
        };
        if best.map_or(true, |(r, _)| rank > r) {
            best = Some((rank, date));
        }
    }
    best.map(|(_, date)| date)
}

/// "Published 6 July 2021": the line before the date opens with a stamp.
fn stamp_opens(before: &str) -> bool {
    let opener = before
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    lexicon::en::DATE_STAMPS
        .words
        .iter()
        .any(|s| opener.starts_with(s))
}

/// "By A. Writer | Published on 6 July 2021": the stamp right before the
/// date. Reads only the end of `before`, which may be the whole of a long
/// line: lowercasing all of it for each date on the line was quadratic.
fn stamp_before(before: &str) -> bool {
    // lowercasing keeps whitespace and ':', so they trim the same before it
    let lead = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    let lead = match tail_chars(lead, 3) {
        (rest, tail) if tail.to_lowercase() == " on" => rest,
        _ => lead,
    }
    .trim_end();
    // a stamp of n bytes ends within the last n characters (each lowercases
    // to at least one byte); the stamps are ASCII, so no context-dependent
    // lowercasing (a final sigma) can make or break the match
    lexicon::en::DATE_STAMPS
        .words
        .iter()
        .any(|s| tail_chars(lead, s.len()).1.to_lowercase().ends_with(s))
}

/// `text` split before its last `n` characters (all of it when shorter).
fn tail_chars(text: &str, n: usize) -> (&str, &str) {
    let at = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    let at = if n == 0 { text.len() } else { at };
    text.split_at(at)
}

/// The year for a dateline that states none: of the latest year the article
/// names and the three after it, the one that makes the weekdays the article
/// mentions ("said on Wednesday") fall on the dateline's day or the day
/// before; the latest named year when nothing tells.
fn likeliest_year(mentioned: &[u32], latest: i32, month: u32, day: u32) -> i32 {
    let score = |year: i32| {
        Date::new(year, month, day).map_or(0, |date| {
            let weekday = date.weekday().index();
            mentioned
                .iter()
                .filter(|w| **w == weekday || (**w + 1) % 7 == weekday)
                .count()
        })
    };
    let mut best = (score(latest), latest);
    for year in latest + 1..=latest + 3 {
        let s = score(year);
        if s > best.0 {
            best = (s, year);
        }
    }
    best.1
}

/// The weekdays (Monday = 0) named in the first 400 tokens, in order:
/// capitalised as a name ("Monday", not "MONDAY" or "monday").
fn weekdays_mentioned(doc: &Document) -> Vec<u32> {
    (0..doc.tokens.len().min(400))
        .filter_map(|i| {
            crate::work::step(1);
            let text = doc.token_text(i);
            let mut chars = text.chars();
            let as_a_name = chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_lowercase());
            if !as_a_name {
                return None;
            }
            lexicon::en::WEEKDAYS
                .tag(&text.to_ascii_lowercase())
                .and_then(|tag| tag.parse().ok())
        })
        .collect()
}

/// "WASHINGTON, March 4 (Reuters) -": a capitalized place before, a wire or a
/// dash after.
fn is_wire_dateline(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let place_before = before.ends_with(',')
        && before.len() < 60
        && before
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(3)
            .all(char::is_uppercase);
    let after = after.trim_start();
    let wire = after.starts_with('(')
        || after.starts_with('-')
        || after.starts_with('—')
        || after.starts_with('–')
        || after.starts_with(':');
    place_before && wire
}

/// A short line that is mostly the date: "July 6, 2021", "Tuesday 6 July 2021".
fn is_date_line(line: &str, date_len: usize) -> bool {
    let line = line.trim();
    !line.is_empty() && line.len() <= 60 && date_len * 2 >= line.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn dateline(text: &str) -> Option<String> {
        find(&Document::new(text)).map(|d| d.to_string())
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(
            dateline("WASHINGTON, March 4, 2021 (Reuters) - The Senate voted."),
            Some("2021-03-04".into())
        );
        // no year in the dateline: the latest year the story names
        assert_eq!(
            dateline("BEIJING, July 6 (Reuters) - China said on Tuesday that 2020 was hard and 2021 better."),
            Some("2021-07-06".into())
        );
        assert_eq!(
            dateline("BEIJING, July 6 (Reuters) - China said on Tuesday."),
            None
        );
        // the weekday the story names picks the year: 10 February 1999 was a Wednesday
        assert_eq!(
            dateline("BRUSSELS, February 10 (Xinhua) --\nNATO, founded in 1949 and enlarged in 1997, decided on Wednesday to admit Poland."),
            Some("1999-02-10".into())
        );
    }

    #[test]
    fn published_lines_and_date_lines() {
        assert_eq!(
            dateline("Headline here\nBy A. Writer\nPublished 6 July 2021\nBody text on Monday."),
            Some("2021-07-06".into())
        );
        assert_eq!(
            dateline("Headline\nUpdated: July 7, 2021 3:15 p.m. EST\nBody."),
            Some("2021-07-07".into())
        );
        assert_eq!(
            dateline("Headline\nBy A. Writer | Published on 6 July 2021, 10:00\nIt rained in March 2020."),
            Some("2021-07-06".into())
        );
        assert_eq!(
            dateline("A380 makes maiden flight to US\nMarch 19, 2007\nThe Airbus A380 landed."),
            Some("2007-03-19".into())
        );
    }

    #[test]
    fn dates_in_the_body_are_not_datelines() {
        assert_eq!(
            dateline("The committee met.\nIt had met on the 22nd of September, 2020 to discuss the matter at length with all members."),
            None
        );
        let mut long = "Paragraph.\n".repeat(6);
        long.push_str("March 19, 2007");
        assert_eq!(dateline(&long), None);
        assert_eq!(dateline(""), None);
    }
}
