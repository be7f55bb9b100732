//! The dates extractor's own tests: one per form, one per false-date trap.

use super::*;

/// (text, type, value) of every date found in `text` against `reference`.
#[track_caller]
fn dates(text: &str, reference: Option<&str>) -> Vec<(String, DateType, Option<String>)> {
    let reference = reference.map(|r| r.parse::<Date>().unwrap());
    let doc = Document::new(text);
    find(&doc, reference)
        .into_iter()
        .map(|f| (f.span.text(text).to_string(), f.info.kind, f.info.value))
        .collect()
}

/// Every date found in `text` against `reference`: its text and value ("" for none).
fn values(text: &str, reference: &str) -> Vec<(String, String)> {
    dates(text, Some(reference))
        .into_iter()
        .map(|f| (f.0, f.2.unwrap_or_default()))
        .collect()
}

/// A (text, value) pair as [`values`] gives it.
fn pair(text: &str, value: &str) -> (String, String) {
    (text.to_string(), value.to_string())
}

/// The one date found in `text` (reference 2021-07-06, a Tuesday): its text and value.
#[track_caller]
fn one(text: &str) -> (String, String) {
    let found = dates(text, Some("2021-07-06"));
    assert_eq!(
        found.len(),
        1,
        "expected one date in {text:?}, found {found:?}"
    );
    let (span, _, value) = found.into_iter().next().unwrap();
    (span, value.unwrap_or_default())
}

macro_rules! t {
    ($name:ident, $($text:expr => ($span:expr, $value:expr)),+ $(,)?) => {
        #[test]
        fn $name() {
            $(assert_eq!(one($text), ($span.to_string(), $value.to_string()), "in {:?}", $text);)+
        }
    };
}

#[track_caller]
fn none(text: &str) {
    let found = dates(text, Some("2021-07-06"));
    assert!(
        found.is_empty(),
        "expected no date in {text:?}, found {found:?}"
    );
}

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

t!(day_without_year_takes_the_nearest_year,
    "It is payable Dec. 7 to holders." => ("Dec. 7", "2020-12-07"),
    "It will be paid Aug. 2 to holders." => ("Aug. 2", "2021-08-02"),
    // a period that ended is behind, however near the day is ahead
    "In the fiscal year ended Aug. 2, sales rose." => ("Aug. 2", "2020-08-02"),
    "In the fiscal year ended June 30, sales rose." => ("June 30", "2021-06-30"),
);

t!(numeric_dates,
    "Posted 2021-07-06." => ("2021-07-06", "2021-07-06"),
    "Posted 7/8/07." => ("7/8/07", "2007-07-08"),
    "Posted 25/12/2020." => ("25/12/2020", "2020-12-25"),
    "Posted 06.07.2021." => ("06.07.2021", "2021-07-06"),
    "The Patriot Act adopted after 9/11 requires it." => ("9/11", "2001-09-11"),
);

t!(months_years_decades,
    "Sales rose in July 1997." => ("July 1997", "1997-07"),
    "CNIL determined in December last year that it was so." => ("December last year", "2020-12"),
    "It opened in January this year." => ("January this year", "2021-01"),
    "Prices rose in 2019." => ("2019", "2019"),
    "Prices rose in the 1990s." => ("the 1990s", "199"),
    "Music of the '90s was loud." => ("the '90s", "199"),
    "Profit rose in fiscal 2022." => ("fiscal 2022", "2022"),
    "It dates from the 20th century." => ("the 20th century", "19"),
    "It rose in late November." => ("late November", "2020-11"),
    "It rose in mid-1996." => ("mid-1996", "1996"),
    "Nikkei at lowest level since '82." => ("'82", "1982"),
    "He was convicted in nineteen ninety-one." => ("nineteen ninety-one", "1991"),
    "It happened in January nineteen ninety-seven." => ("January nineteen ninety-seven", "1997-01"),
    "They promised it by the year two thousand." => ("the year two thousand", "2000"),
    "It was colder in the winter of nineteen ninety-four." => ("the winter of nineteen ninety-four", "1994-WI"),
);

t!(bare_months,
    "Sales rose in May." => ("May", "2021-05"),
    "Sales fell in March and rose later." => ("March", "2021-03"),
    "Sales rose in December." => ("December", "2020-12"),
    "Sales will rise in September." => ("September", "2021-09"),
);

t!(seasons_and_quarters,
    "Sales fell last summer." => ("last summer", "2020-SU"),
    "Sales fell this spring." => ("this spring", "2021-SP"),
    "Sales fell in the winter of 1994." => ("the winter of 1994", "1994-WI"),
    "Profit rose in the third quarter of 2020." => ("the third quarter of 2020", "2020-Q3"),
    "Profit rose in the first quarter." => ("the first quarter", "2021-Q1"),
    "Fourth-quarter profit rose." => ("Fourth-quarter", "2020-Q4"),
    "Profit rose in Q3 2021." => ("Q3 2021", "2021-Q3"),
    "Profit rose in the first half of 2020." => ("the first half of 2020", "2020-H1"),
);

t!(the_verb_last_is_outside_a_duration,
    "She had a grant that would last six months." => ("six months", "P6M"),
    "The talks are expected to last two weeks." => ("two weeks", "P2W"),
    "Sales rose over the last six months." => ("the last six months", "P6M"),
);

t!(an_attribution_after_a_comma_does_not_set_the_tense,
    "Talks are planned with the union in September, Brunner said." => ("September", "2021-09"),
    "Talks are planned with the union in December, Brunner said." => ("December", "2021-12"),
    "In December, the firm cut jobs, Brunner said." => ("December", "2020-12"),
);

t!(the_past_decade_is_a_duration,
    "It is their largest conference in the past decade." => ("the past decade", "P10Y"),
    "Prices doubled in the last decade." => ("the last decade", "201"),
);

t!(a_modal_before_be_looks_ahead,
    "The deal could be signed in the fourth quarter." => ("the fourth quarter", "2021-Q4"),
    "The deal was signed in the fourth quarter." => ("the fourth quarter", "2020-Q4"),
    "It would be paid in January." => ("January", "2022-01"),
    "It might be ready by Friday." => ("Friday", "2021-07-09"),
);

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

t!(relative_periods,
    "Wang spoke last week." => ("last week", "2021-W26"),
    "Wang speaks next month." => ("next month", "2021-08"),
    "Wang spoke earlier this year." => ("earlier this year", "2021"),
    "Wang spoke two years ago." => ("two years ago", "2019"),
    "Wang spoke a year earlier." => ("a year earlier", "2020"),
    "Wang spoke 10 days ago." => ("10 days ago", "2021-06-26"),
    "Wang will speak in three weeks." => ("three weeks", "2021-W30"),
    "Wang spoke over the weekend." => ("the weekend", "2021-W26-WE"),
    "Wang will speak early next year." => ("early next year", "2022"),
);

t!(clock_times,
    "The polls close at 3 p.m. EST." => ("3 p.m. EST", "2021-07-06T15:00"),
    "The polls closed at 10 p.m. Wednesday." => ("10 p.m. Wednesday", "2021-06-30T22:00"),
    "Launch at 18:00 UTC." => ("18:00 UTC", "2021-07-06T18:00Z"),
    "It ended at 10:35 a.m." => ("10:35 a.m.", "2021-07-06T10:35"),
    "Offer ends at 5 p.m. EST Nov. 9." => ("5 p.m. EST Nov. 9", "2021-11-09T17:00"),
);

t!(holidays,
    "Sales rose at Christmas." => ("Christmas", "2020-12-25"),
    "Sales rose at Thanksgiving 2019." => ("Thanksgiving 2019", "2019-11-28"),
    "Sales rose at Easter." => ("Easter", "2021-04-04"),
    "Sales rose last Thanksgiving." => ("last Thanksgiving", "2020-11-26"),
);

#[test]
fn ramadan_is_a_period() {
    let found = dates("Shops close during Ramadan.", Some("2021-07-06"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, DateType::Range);
    let value = found[0].2.clone().unwrap();
    // observed 2021-04-13 to 2021-05-12; the tabular calendar is within a day
    assert!(value.starts_with("2021-04-1"), "{value}");
}

#[test]
fn ranges_are_their_two_ends() {
    // TIMEX3 marks each end of "from X to Y", not the phrase
    let found = dates("Sales rose from March to May 2020.", Some("2021-07-06"));
    let ends: Vec<_> = found
        .iter()
        .map(|f| (f.0.as_str(), f.2.as_deref()))
        .collect();
    assert_eq!(
        ends,
        [("March", Some("2020-03")), ("May 2020", Some("2020-05"))],
        "{found:?}"
    );
    // a year stated after a later month is the year before
    let found = dates("It ran from November to March 2021.", Some("2021-07-06"));
    assert_eq!(found[0].2.as_deref(), Some("2020-11"), "{found:?}");
    let found = dates("Prices rose between 2010 and 2015.", Some("2021-07-06"));
    let ends: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(ends, [("2010", DateType::Date), ("2015", DateType::Date)]);
    let found = dates("The war of 1998-2001 ended.", None);
    assert_eq!(found[0].0, "1998-2001");
    assert_eq!(found[0].1, DateType::Range);
    assert_eq!(found[0].2.as_deref(), Some("1998/2001"));
}

t!(durations,
    "He demanded a report within 90 days." => ("90 days", "P90D"),
    "It took six months." => ("six months", "P6M"),
    "It took a decade." => ("a decade", "P10Y"),
    "Sales fell in the past three months." => ("the past three months", "P3M"),
    "He signed a two-year contract." => ("two-year", "P2Y"),
    "He served 20 more years." => ("20 more years", "P20Y"),
    "It lasted several years." => ("several years", "PXY"),
    "It lasted two hours." => ("two hours", "PT2H"),
    "Sales will grow over the next couple of years." => ("the next couple of years", "P2Y"),
);

#[test]
fn for_the_year_is_the_year_unless_it_ended() {
    let all = |text: &str| {
        dates(text, Some("1989-10-26"))
            .into_iter()
            .map(|f| (f.0, f.1, f.2.unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    let the_year = |kind, value: &str| ("the year".to_string(), kind, value.to_string());
    assert_eq!(
        all("For the year, pet food volume was flat."),
        [the_year(DateType::Date, "1989")]
    );
    assert_eq!(
        all("It rose to a high for the year of $42.875 a share."),
        [the_year(DateType::Date, "1989")]
    );
    assert_eq!(
        all("For the year ended Sept. 30, it earned $5 million.")[0],
        the_year(DateType::Duration, "P1Y")
    );
    assert_eq!(
        all("Sales rose during the year."),
        [the_year(DateType::Duration, "P1Y")]
    );
}

t!(durations_with_a_half_and_vague_decades,
    "The jet is almost two and a half years behind schedule." => ("almost two and a half years", "P2.5Y"),
    "The talks took three and a half hours." => ("three and a half hours", "PT3.5H"),
    "It settled its decades-long dispute." => ("decades-long", "PXY"),
);

t!(sets,
    "He runs every Monday." => ("every Monday", "XXXX-WXX-1"),
    "He runs daily." => ("daily", "P1D"),
    "It is paid annually." => ("annually", "P1Y"),
    "It is paid each month." => ("each month", "P1M"),
);

#[test]
fn a_year_ago_in_a_quarterly_report_is_the_year_ago_quarter() {
    let text = "Net income rose in the third quarter. It earned $5 million a year ago.";
    let found = dates(text, Some("1989-10-27"));
    let values: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|f| (f.0.as_str(), f.2.as_deref()))
        .collect();
    assert_eq!(
        values,
        [
            ("the third quarter", Some("1989-Q3")),
            ("a year ago", Some("1988-Q3"))
        ]
    );
    // the quarter named paragraphs before still sets the period
    let filler = "The company cited higher costs and weaker demand for its goods. ".repeat(6);
    let text = format!("Net income rose in the third quarter. {filler}Revenue fell from $9 million a year earlier.");
    let found = dates(&text, Some("1989-10-27"));
    assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988-Q3"));
    // after "the nine months" it is the year before
    let text = "Net income rose in the third quarter. For the nine months, net fell from $9 million a year earlier.";
    let found = dates(text, Some("1989-10-27"));
    assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988"));
    // "the 1988 quarter" says its period itself
    let found = dates(
        "For the nine months, net rose. In the 1988 quarter, it fell.",
        Some("1989-10-27"),
    );
    assert_eq!(found.last().and_then(|f| f.2.as_deref()), Some("1988-Q3"));
    // elsewhere it is the year before
    assert_eq!(
        one("He moved there a year ago."),
        ("a year ago".into(), "2020".into())
    );
}

#[test]
fn a_time_takes_the_day_said_before_it() {
    let found = dates(
        "The polls closed yesterday at 8 p.m. sharp.",
        Some("2021-07-06"),
    );
    assert_eq!(found[1].0, "8 p.m.");
    assert_eq!(found[1].2.as_deref(), Some("2021-07-05T20:00"));
    let found = dates("They met Friday at 10:30 a.m.", Some("2021-07-06"));
    assert_eq!(found[1].2.as_deref(), Some("2021-07-02T10:30"));
}

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
fn a_number_inside_a_name_is_no_year() {
    none("The Russell 2000 Index of smaller companies dropped.");
    assert_eq!(
        one("She won the 2005 Orange Prize."),
        ("2005".into(), "2005".into())
    );
    assert_eq!(
        one("It has grown since March 2000 Apple said."),
        ("March 2000".into(), "2000-03".into())
    );
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
        (start.days_since_epoch() - Date::new(2021, 4, 13).unwrap().days_since_epoch()).abs() <= 1,
        "{start}"
    );
}

#[test]
fn a_bare_month_earlier_in_the_year_is_behind_unless_a_cue_looks_ahead() {
    let value = |text: &str| dates(text, Some("2021-10-27"))[0].2.clone();
    // no tense cue: news tells what happened, so January is this year's
    assert_eq!(
        value("Dividends are paid in January."),
        Some("2021-01".into())
    );
    // a future cue looks ahead to the nearer January
    assert_eq!(
        value("Dividends will be paid in January."),
        Some("2022-01".into())
    );
    // the past verb counts even a dozen words back
    assert_eq!(
        value("Mr. Taylor stepped down as chairman, president and chief executive in March."),
        Some("2021-03".into())
    );
    // a past verb keeps it behind
    assert_eq!(
        value("The plant was closed in January."),
        Some("2021-01".into())
    );
    // a deadline looks ahead
    assert_eq!(
        value("The debt was to be repaid by February."),
        Some("2022-02".into())
    );
}

t!(ahead_of_looks_ahead,
    "Traders squared positions ahead of the weekend." => ("the weekend", "2021-W27-WE"),
    "Traders squared positions over the weekend." => ("the weekend", "2021-W26-WE"),
);

t!(a_past_auxiliary_of_intention_looks_ahead,
    "Protesters were planning a march on Thursday." => ("Thursday", "2021-07-08"),
    "The vote was expected Friday." => ("Friday", "2021-07-09"),
    "Protesters were arrested on Thursday." => ("Thursday", "2021-07-01"),
);

t!(about_just_and_only_stay_outside,
    "It happened just two weeks after the vote." => ("two weeks", "P2W"),
    "He left about two years ago." => ("two years ago", "2019"),
    "It took nearly two years." => ("nearly two years", "P2Y"),
);

t!(vague_periods_named_with_the,
    "Prices rose over the years." => ("the years", "PXY"),
    "Selling may continue in the weeks ahead." => ("the weeks ahead", "PXW"),
    "Losses will grow in the years to come." => ("the years to come", "PXY"),
);

#[test]
fn a_plural_unit_after_the_is_not_always_a_period() {
    none("He read the years on the coins.");
    none("She counted the days.");
}

t!(one_day_after_a_modal_is_some_future_day,
    "Islam will one day be the largest religion here." => ("one day", "FUTURE_REF"),
    "He had been in the job one day." => ("one day", "P1D"),
);

#[test]
fn a_day_as_a_thing_is_no_length_of_time() {
    none("If there ever came a day when I could not serve, I would leave.");
    none("This is not a day anybody can be prepared for.");
    none("It marked a day in history.");
    assert_eq!(
        one("The strike lasted a day."),
        ("a day".into(), "P1D".into())
    );
}

#[test]
fn future_as_an_adjective_is_no_date() {
    none("The company is confident about future earnings.");
    none("Prices stay high for the foreseeable future.");
    none("Trade is very important to the future of our peoples.");
    assert_eq!(
        one("Nobody knows what the future holds."),
        ("the future".into(), "FUTURE_REF".into())
    );
}

#[test]
fn anaphoric_dates_follow_the_story_not_the_reference() {
    let values = |text: &str| -> Vec<(String, Option<String>)> {
        dates(text, Some("2023-11-15"))
            .into_iter()
            .map(|(span, _, value)| (span, value))
            .collect()
    };
    let v = |s: &str| Some(s.to_string());
    assert_eq!(
        values("She remembers the winter of 2009 vividly. That December, she left Bogotá."),
        [
            ("the winter of 2009".to_string(), v("2009-WI")),
            ("December".to_string(), v("2009-12")),
        ]
    );
    assert_eq!(
        values("On May 22, 1995, he was promoted, and the following year he was posted abroad."),
        [
            ("May 22, 1995".to_string(), v("1995-05-22")),
            ("the following year".to_string(), v("1996")),
        ]
    );
    assert_eq!(
        values("Talks began in March 2010. The following month, the firm was sold."),
        [
            ("March 2010".to_string(), v("2010-03")),
            ("The following month".to_string(), v("2010-04")),
        ]
    );
    // no anchor stating a year nearby: the reference date decides
    assert_eq!(
        values("The firm was sold. The following year, it closed."),
        [("The following year".to_string(), v("2024"))]
    );
    // an anchor two sentences back is too far
    assert_eq!(
        values("It began in 2009. Nothing changed. The following year, it closed."),
        [
            ("2009".to_string(), v("2009")),
            ("The following year".to_string(), v("2024")),
        ]
    );
    // "the entire year" takes a year stated in its own sentence only
    assert_eq!(
        values(
            "GM lost $5 billion in the fourth quarter of 2005 and $8 billion for the entire year."
        ),
        [
            ("the fourth quarter of 2005".to_string(), v("2005-Q4")),
            ("the entire year".to_string(), v("2005")),
        ]
    );
    assert_eq!(
        values("By 1992 it meant to double its share. It forecast a gain for the full year."),
        [
            ("1992".to_string(), v("1992")),
            ("the full year".to_string(), v("2023")),
        ]
    );
    // but a month named a few sentences back anchors "the following month",
    // with the year it resolved to
    assert_eq!(
        values("In March, it got an offer. It weighed a plan. A group urged a sale. The following month, it put itself up for sale."),
        [
            ("March".to_string(), v("2023-03")),
            ("The following month".to_string(), v("2023-04")),
        ]
    );
}

#[test]
fn the_same_period_a_year_back_is_the_period_just_named_a_year_earlier() {
    let last = |text: &str| {
        dates(text, Some("2009-02-03"))
            .last()
            .map(|f| (f.0.clone(), f.2.clone().unwrap_or_default()))
    };
    assert_eq!(
        last("Sales fell 35% in January, compared to the same month a year ago."),
        Some(("the same month a year ago".into(), "2008-01".into()))
    );
    assert_eq!(
        last("Sales rose 43% in February compared to the same period last year."),
        Some(("the same period last year".into(), "2008-02".into()))
    );
    assert_eq!(
        last("Profit rose in the fourth quarter. For the quarter a year ago, it fell."),
        Some(("the quarter a year ago".into(), "2007-Q4".into()))
    );
    assert_eq!(
        last("Sales for this year's third quarter rose. Sales for last year's quarter fell."),
        Some(("last year's quarter".into(), "2008-Q3".into()))
    );
    // nothing named: the month a year before the reference
    assert_eq!(
        last("Sales fell compared to the same month a year ago."),
        Some(("the same month a year ago".into(), "2008-02".into()))
    );
    // "the first quarter of last year" says which quarter it is
    assert_eq!(
        last("Sales rose in January. They fell in the first quarter of last year."),
        Some(("the first quarter of last year".into(), "2008-Q1".into()))
    );
}

#[test]
fn tense_reads_plans_told_as_over_and_intentions() {
    // reference 2021-07-06 is a Tuesday
    let value = |text: &str| {
        dates(text, Some("2021-07-06"))[0]
            .2
            .clone()
            .unwrap_or_default()
    };
    // a plan in the pluperfect is over: the day is behind
    assert_eq!(
        value("The offer had been due to expire Friday evening."),
        "2021-07-02TEV"
    );
    assert_eq!(
        value("The offer is due to expire Friday evening."),
        "2021-07-09TEV"
    );
    // "until" with the pluperfect looks back
    assert_eq!(
        value("Until Thursday, they had not called him a suspect."),
        "2021-07-01"
    );
    assert_eq!(value("The offer runs until Thursday."), "2021-07-08");
    // an intention looks ahead, even after a past verb
    assert_eq!(
        value("NATO has decided to admit the three states in September."),
        "2021-09"
    );
    assert_eq!(
        value("NATO admitted the three states in September."),
        "2020-09"
    );
    // "to" before a noun is no intention
    assert_eq!(value("Reno agreed to a meeting in September."), "2020-09");
    // a participle used as an adjective is not the tense
    assert_eq!(
        value("It would be paid on a still unspecified date in January."),
        "2022-01"
    );
}

#[test]
fn periods_named_by_their_end_or_part() {
    let all = |text: &str| values(text, "1989-10-26");
    assert_eq!(
        all("The sale should close at the end of the year."),
        [pair("the end of the year", "1989")]
    );
    assert_eq!(
        all("The sale should close around year end."),
        [pair("year end", "1989")]
    );
    assert_eq!(
        all("Prices rose by year's end."),
        [pair("year's end", "1989")]
    );
    // "end" the verb
    assert!(all("He will be glad to see the year end.")
        .iter()
        .all(|(text, _)| text != "year end"));
    // "player of the year" is still no date
    assert_eq!(all("He was named player of the year."), []);
    assert_eq!(
        all("It will last through the first two quarters of 1990."),
        [pair("the first two quarters of 1990", "1990-H1")]
    );
    assert_eq!(
        all("Earnings will fall for the last half of 1989."),
        [pair("the last half of 1989", "1989-H2")]
    );
    assert_eq!(
        all("At mid-afternoon yesterday, shares were up."),
        [pair("mid-afternoon yesterday", "1989-10-25TAF")]
    );
    assert_eq!(
        all("Holders may buy shares at half the then current price."),
        [pair("then current", "PAST_REF")]
    );
}

#[test]
fn the_latest_period_is_the_quarter_just_reported() {
    let all = |text: &str| values(text, "1989-10-26");
    assert_eq!(
        all("Net fell in the fiscal fourth quarter. Sales in the latest period rose."),
        [
            pair("the fiscal fourth quarter", "1989-Q4"),
            pair("the latest period", "1989-Q4")
        ]
    );
    // outside a results story "the latest period" is no date
    assert_eq!(all("Sales in the latest period rose."), []);
}

#[test]
fn a_holiday_week_is_the_week_of_the_holiday() {
    let found = dates(
        "Protesters prayed as Easter week began.",
        Some("2000-04-17"),
    );
    assert_eq!(found[0].0, "Easter week");
    assert_eq!(found[0].2.as_deref(), Some("2000-W16"));
}

#[test]
fn a_time_without_a_day_takes_the_day_named_in_its_sentence() {
    let all = |text: &str| values(text, "2009-12-16");
    assert_eq!(
        all("The jet made its first flight Tuesday in Everett, Washington at 18:00 UTC."),
        [
            pair("Tuesday", "2009-12-15"),
            pair("18:00 UTC", "2009-12-15T18:00Z")
        ]
    );
    // the day after an aside
    assert_eq!(
        all("The blast came at 10:35 a.m. (0735 GMT) Friday, near the embassy."),
        [
            pair("10:35 a.m.", "2009-12-11T10:35"),
            pair("0735 GMT", "2009-12-11T07:35Z"),
            pair("Friday", "2009-12-11")
        ]
    );
    // a day in another sentence does not count
    assert_eq!(
        all("They met Tuesday. The jet left at 3 p.m."),
        [
            pair("Tuesday", "2009-12-15"),
            pair("3 p.m.", "2009-12-16T15:00")
        ]
    );
}

#[test]
fn the_day_is_the_day_just_named() {
    let all = |text: &str| values(text, "2009-02-24");
    assert_eq!(
        all("Stocks fell yesterday, and the index lost 3% to end the day at 7,114."),
        [
            pair("yesterday", "2009-02-23"),
            pair("the day", "2009-02-23")
        ]
    );
    // nothing named: the reference date
    assert_eq!(
        all("The index lost 3% to end the day at 7,114."),
        [pair("the day", "2009-02-24")]
    );
}

#[test]
fn the_next_day_follows_the_day_just_named() {
    let all = |text: &str| values(text, "2009-04-04");
    assert_eq!(
        all("He left on May 5. The next day, he returned. The following day he left again."),
        [
            pair("May 5", "2009-05-05"),
            pair("The next day", "2009-05-06"),
            pair("The following day", "2009-05-07")
        ]
    );
    assert_eq!(
        all("He left on Friday. The previous day he had packed."),
        [
            pair("Friday", "2009-04-03"),
            pair("The previous day", "2009-04-02")
        ]
    );
    // no day named: the day after the reference date
    assert_eq!(
        all("The next day, he returned."),
        [pair("The next day", "2009-04-05")]
    );
    // "the last day of the month" is no day before
    assert_eq!(all("It was the last day of the month."), []);
}
