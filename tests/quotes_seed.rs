//! The seed article (the first text users paste): all seven quotations, with
//! their speakers.

use article_annotator::{annotate, Kind, Options, QuoteType};

const SEED: &str = include_str!("../www/sample-article.txt");

#[test]
fn seed_article_has_its_seven_quotations_with_speakers() {
    let result = annotate(SEED, &Options::default());
    let quotes: Vec<_> = result
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Quote)
        .filter_map(|a| {
            let quote = a.quote.as_ref()?;
            (quote.kind != QuoteType::Indirect).then_some((a, quote))
        })
        .collect();
    // (start of the quotation, a word of the speaker's name, kind)
    let expected = [
        ("“the top threat", "Wenbin", QuoteType::Partial),
        ("As facts have proven", "Wenbin", QuoteType::Direct),
        (
            "“As information has been confirmed",
            "Wenbin",
            QuoteType::Direct,
        ),
        ("“The Patriot Act", "Wenbin", QuoteType::Direct),
        ("“We call on", "Wenbin", QuoteType::Direct),
        ("“take a good look", "Zhang Jun", QuoteType::Partial),
        ("“widely recognized”", "Zhang Jun", QuoteType::Partial),
    ];
    assert_eq!(quotes.len(), expected.len(), "{quotes:#?}");
    for ((annotation, quote), (start, speaker, kind)) in quotes.iter().zip(expected) {
        assert!(annotation.text.starts_with(start), "{}", annotation.text);
        assert_eq!(quote.kind, kind, "{}", annotation.text);
        let name = quote.speaker.as_ref().map_or("", |s| s.name.as_str());
        assert!(
            name.contains(speaker),
            "{}: speaker {name:?}",
            annotation.text
        );
        // the speaker is the person entity, so the page lists the quote under them
        let entity = quote.speaker.as_ref().and_then(|s| s.entity.as_deref());
        let person = result
            .entities
            .iter()
            .find(|e| Some(e.id.as_str()) == entity);
        assert_eq!(
            person.map(|e| e.name.as_str()),
            Some(name),
            "{}",
            annotation.text
        );
    }
    // the quotation with no opening mark ends at its closing mark, and says so
    assert!(quotes[1].0.text.ends_with("cybersecurity,”"));
    assert!(quotes[1].0.reason.contains("no opening mark"));
}

#[test]
fn seed_article_reports_no_speech_in_its_byline_and_link_list() {
    let result = annotate(SEED, &Options::default());
    // the author bio and the "More like this" links after the article body
    // are no reported speech: a heading or link title has no sentence
    // punctuation, a bio's "interests include blasting music" is no speech
    let body_end = SEED.find("Mahenoor Mansuri").expect("the byline");
    let body_end = SEED[..body_end].encode_utf16().count();
    let after: Vec<&str> = result
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Quote && a.start >= body_end)
        .map(|a| a.text.as_str())
        .collect();
    assert!(after.is_empty(), "{after:?}");
    // a passive cue's subject ("Images have been released …", "Millions …
    // have been reported to be detained") is not who said it, nor is the
    // first word of "More than two dozen voluntary groups … are urging"
    let speakers = result
        .annotations
        .iter()
        .filter(|a| a.quote.as_ref().is_some_and(|q| q.speaker.is_some()))
        .count();
    assert!(
        speakers >= 7,
        "the sample's quotes have speakers ({speakers})"
    );
    for annotation in &result.annotations {
        let speaker = annotation.quote.as_ref().and_then(|q| q.speaker.as_ref());
        let name = speaker.map_or("", |s| s.name.as_str());
        assert!(
            !matches!(name, "Images" | "Millions" | "More"),
            "{}: {name}",
            annotation.text
        );
    }
}

#[test]
fn a_place_before_a_colon_is_no_speaker() {
    // "Iowa: …" heads a list, while "Pence: …" gives the source of a headline
    let text = "Iowa: Tim Albrecht, Brad Anderson and Rob Barron joined the panel.\n\
                Pence: Flowers Won’t Be at the Debate in Iowa";
    let result = annotate(text, &Options::default());
    let speakers: Vec<&str> = result
        .annotations
        .iter()
        .filter_map(|a| a.quote.as_ref()?.speaker.as_ref())
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(speakers, ["Pence"]);
}
