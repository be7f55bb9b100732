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

/// How many paragraphs (lines) from the top a dateline may be in.
const TOP_PARAGRAPHS: usize = 5;

/// Words that open a line stating the article's date.
const STAMPS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "first published",
    "last updated",
    "last modified",
];

/// The article's date, when the text states it near the top.
pub fn find(doc: &Document) -> Option<Date> {
    let found = dates::find(doc, None);
    let mut latest_year: Option<i32> = None;
    for f in &found {
        if let Some(year) = f.stated_year() {
            if year <= 2100 && latest_year.map_or(true, |y| year > y) {
                latest_year = Some(year);
            }
        }
    }
    let mut best: Option<(u32, Date)> = None;
    for f in &found {
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
        let opener = before
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // rank: an explicit stamp beats a wire dateline beats a date line
        let rank = if STAMPS.iter().any(|s| opener.starts_with(s)) && before.len() < 40 {
            3
        } else if paragraph < TOP_PARAGRAPHS && is_wire_dateline(before, after) {
            2
        } else if paragraph < TOP_PARAGRAPHS && is_date_line(line_text, f.span.len()) {
            1
        } else {
            continue;
        };
        let Some(year) = year.or(latest_year) else {
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
