//! The dates of the first article every user pastes (`www/sample-article.txt`),
//! read as a user would check them, with the article's date 2021-07-06.

use article_annotator::{annotate, Annotation, Annotations, Kind, OffsetUnit, Options};

fn seed() -> Annotations {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/sample-article.txt"
    ))
    .expect("the sample article is in www/");
    let mut options = Options::default()
        .with_reference_date("2021-07-06")
        .unwrap();
    options.offsets = OffsetUnit::Bytes;
    annotate(&text, &options)
}

#[test]
fn every_date_has_its_value() {
    let result = seed();
    let dates: Vec<&Annotation> = result
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Date)
        .collect();
    let value_of = |words: &str| -> Option<String> {
        dates
            .iter()
            .find(|a| a.text.contains(words))
            .unwrap_or_else(|| {
                panic!(
                    "no date contains {words:?}; dates: {:?}",
                    dates.iter().map(|d| &d.text).collect::<Vec<_>>()
                )
            })
            .date
            .as_ref()?
            .value
            .clone()
    };
    assert_eq!(value_of("5th of July").as_deref(), Some("2021-07-05"));
    assert_eq!(value_of("December last year").as_deref(), Some("2020-12"));
    assert_eq!(
        value_of("22nd of September, 2020").as_deref(),
        Some("2020-09-22")
    );
    assert_eq!(value_of("90 days").as_deref(), Some("P90D"));
    assert_eq!(value_of("9/11").as_deref(), Some("2001-09-11"));
    // "5th of July Monday" is one date, not two
    assert!(dates.iter().any(|d| d.text == "5th of July Monday"));
    for false_date in ["Jun", "Winter", "3.4"] {
        assert!(
            !dates.iter().any(|d| d.text.contains(false_date)),
            "{false_date} is not a date"
        );
    }
}
