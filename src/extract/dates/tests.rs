//! The dates extractor's whole-text tests: types, traps, offsets, odd text, the seed
//! article. Each pattern's and stage's own tests sit in its file.

use crate::extract::dates::testing::*;

#[test]
fn iso_weeks_and_references() {
    let found = dates(
        "Shares fell this week and rose currently.",
        Some("2013-03-14"),
    );
    let values: Vec<Option<&str>> = found.iter().map(|f| f.2.as_deref()).collect();
    assert_eq!(values, [Some("2013-W11"), Some("PRESENT_REF")]);
}

#[test]
fn types() {
    let found = dates(
        "He spent 90 days there every Monday on 3 July.",
        Some("2021-07-06"),
    );
    let kinds: Vec<DateType> = found.iter().map(|f| f.1).collect();
    assert_eq!(kinds, [DateType::Duration, DateType::Set, DateType::Date]);
}

#[test]
fn false_dates() {
    none("Theresa May said she may resign.");
    none("May I ask a question?");
    none("The March on Washington drew crowds; they march again.");
    none("Trump was criticized by Zhang Jun for repeatedly claiming it.");
    none("Images were released by the Bitter Winter activists' group.");
    none("It was an august occasion.");
    none("The Sun newspaper reported it.");
    none("Mr Howard told the Sunday Times the party would act.");
    none("At the end of the day, a decision has to be taken.");
    none("The match ended 3-1 after extra time.");
    none("The ship carried 2,020 people.");
    none("Call 555-2020 for details.");
    none("Upgrade to version 2019 of the software.");
    none("The fall of the Berlin Wall changed everything.");
    none("About 2000 people marched.");
    none("He drank 1/2 of the bottle.");
    none("Apple unveils iLife '11 software.");
}

#[test]
fn no_reference_date() {
    let found = dates("On Monday, March 4, 2020, and yesterday, and May 5.", None);
    let values: Vec<Option<String>> = found.into_iter().map(|f| f.2).collect();
    assert_eq!(
        values,
        [Some("2020-03-04".into()), None, Some("XXXX-05-05".into())]
    );
}

#[test]
fn offsets_survive_unicode() {
    let text = "Café “naïve” 😀 — on 5 July 2021\u{a0}and in ’90s.";
    let found = dates(text, Some("2021-07-06"));
    let spans: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(spans, ["5 July 2021", "’90s"]);
    assert_eq!(found[1].2.as_deref(), Some("199"));
}

#[test]
fn seed_article() {
    let text = include_str!("../../../www/sample-article.txt");
    let found = dates(text, Some("2021-07-06"));
    let get = |span: &str| {
        found
            .iter()
            .find(|f| f.0 == span)
            .unwrap_or_else(|| panic!("{span} not found in {found:?}"))
            .clone()
    };
    assert_eq!(get("5th of July Monday").2.as_deref(), Some("2021-07-05"));
    assert_eq!(get("December last year").2.as_deref(), Some("2020-12"));
    assert_eq!(
        get("22nd of September, 2020").2.as_deref(),
        Some("2020-09-22")
    );
    assert_eq!(get("90 days").1, DateType::Duration);
    assert_eq!(get("90 days").2.as_deref(), Some("P90D"));
    assert_eq!(get("9/11").2.as_deref(), Some("2001-09-11"));
    for f in &found {
        assert!(
            !f.0.contains("Jun") && !f.0.contains("Winter"),
            "false date {f:?}"
        );
    }
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        "May",
        "the",
        "9/",
        "/11",
        "Q",
        "31st of",
        "fiscal",
        "12:",
        "1999-",
        "every",
        "’",
        "Ramadan 99999",
    ] {
        let _ = dates(text, Some("2021-07-06"));
        let _ = dates(text, None);
    }
}

#[test]
fn every_prefix_of_a_dated_text_is_safe() {
    let text = "On Tue., 5 July 2021\u{a0}at 3:15 p.m. EST — “since ’90s”, 9/11, 1998-99, \
                Q3 2021, the 22nd of Sept., 2020, 06.07.2021, 7/8/07, in two thousand and one, \
                every Monday, 90 days ago, Ramadan 2021, mid-1990s, 2021-07-06, 0800 UTC 😀";
    for (end, _) in text.char_indices() {
        for reference in [None, Some("2021-07-06")] {
            let found = dates(&text[..end], reference);
            for f in found {
                assert!(!f.0.is_empty());
            }
        }
    }
}
