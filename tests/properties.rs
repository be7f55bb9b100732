//! Properties every result holds, on generated text (proptest).
//!
//! - Every annotation's `text` is the input between `start` and `end`, in
//!   each offset unit; so are speakers' and cues' spans.
//! - UTF-16 offsets never split a surrogate pair, and code-point offsets
//!   never fall inside a character (both follow from slicing succeeding).
//! - The result is deterministic.
//! - Annotations of one kind are disjoint or nested; among quotes, only a
//!   marked quotation may sit inside indirect speech.
//! - Entities' mentions point at annotations of the entity's kind.
//!
//! Texts are drawn from pieces that reach the rules (names, titles, cues,
//! every quotation mark, dates, datelines) mixed with emoji, combining
//! marks, non-breaking spaces and line breaks, and also as arbitrary Unicode.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{annotate, Annotation, Annotations, Kind, Options, QuoteType};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Wang Wenbin",
    "Mr.",
    "Ms. Ardern",
    "President Biden",
    "he",
    "she",
    "they",
    "said",
    "told",
    "added",
    "according to",
    "said that",
    "the spokesman",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "“We disagree,”",
    "Monday",
    "July 5, 2021",
    "last year",
    "the next day",
    "90 days",
    "every Monday",
    "2021-Q3",
    "1990s",
    "Beijing",
    "the United States",
    "Paris, France",
    "Woking, Surrey",
    "WASHINGTON —",
    "(Reuters) -",
    "BEIJING, July 6 -",
    ",",
    ".",
    ":",
    ";",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "é",
    "e\u{301}",
    "🙂",
    "👩‍👩‍👧",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "Ab",
    "ALL CAPS",
    "Jean-Pierre",
    "O'Brien",
    "'s",
    "’s",
    "Labour MP",
    "Tory",
    "Deputy Chief Constable",
    "the Financial Times",
    "in",
    "on",
    "of",
    "the",
    "a",
    "is",
    "was",
];

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| {
            let mut text = String::new();
            for (i, piece) in pieces.iter().enumerate() {
                // Mostly spaced, sometimes glued, as pasted text is.
                if i > 0 && i % 3 != 0 {
                    text.push(' ');
                }
                text.push_str(piece);
            }
            text
        }),
        1 => any::<String>(),
    ]
}

/// The input between `start` and `end` in `unit`, or `None` if those offsets
/// do not fall on character boundaries.
fn slice(text: &str, unit: &str, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    match unit {
        "bytes" => text.get(start..end).map(str::to_string),
        "chars" => {
            let count = text.chars().count();
            (end <= count).then(|| text.chars().skip(start).take(end - start).collect())
        }
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units
                .get(start..end)
                .and_then(|u| String::from_utf16(u).ok())
        }
        _ => unreachable!(),
    }
}

fn check_spans(text: &str, unit: &str, result: &Annotations) -> Result<(), TestCaseError> {
    for a in &result.annotations {
        let got = slice(text, unit, a.start, a.end);
        prop_assert_eq!(
            got.as_deref(),
            Some(a.text.as_str()),
            "{} {:?} in {}",
            unit,
            a,
            text
        );
        if let Some(quote) = &a.quote {
            if let Some(s) = &quote.speaker {
                prop_assert!(
                    slice(text, unit, s.start, s.end).is_some(),
                    "speaker {:?}",
                    s
                );
            }
            if let Some(c) = &quote.cue {
                let got = slice(text, unit, c.start, c.end);
                prop_assert_eq!(got.as_deref(), Some(c.text.as_str()), "cue {:?}", c);
            }
        }
    }
    Ok(())
}

fn quote_type(a: &Annotation) -> Option<QuoteType> {
    a.quote.as_ref().map(|q| q.kind)
}

fn check_overlaps(result: &Annotations) -> Result<(), TestCaseError> {
    let list = &result.annotations;
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if a.kind != b.kind || b.start >= a.end || a.start >= b.end {
                continue; // another kind, or disjoint
            }
            let (outer, inner) = if a.start <= b.start && b.end <= a.end {
                (a, b)
            } else {
                (b, a)
            };
            prop_assert!(
                outer.start <= inner.start && inner.end <= outer.end,
                "{:?} and {:?} overlap without nesting",
                a,
                b
            );
            if a.kind == Kind::Quote {
                prop_assert!(
                    quote_type(outer) == Some(QuoteType::Indirect)
                        && quote_type(inner) != Some(QuoteType::Indirect),
                    "{:?} inside {:?}: only a marked quotation may sit inside indirect speech",
                    inner,
                    outer
                );
            }
        }
    }
    for entity in &result.entities {
        for &m in &entity.mentions {
            prop_assert!(m < list.len(), "entity {} names mention {}", entity.id, m);
            prop_assert_eq!(list[m].kind, entity.kind);
            prop_assert_eq!(list[m].entity.as_deref(), Some(entity.id.as_str()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_input_in_every_unit(text in article()) {
        for unit in ["utf16", "chars", "bytes"] {
            let options = Options::default().with_offsets(unit).unwrap();
            check_spans(&text, unit, &annotate(&text, &options))?;
        }
    }

    #[test]
    fn same_kind_is_disjoint_or_nested(text in article()) {
        check_overlaps(&annotate(&text, &Options::default()))?;
    }

    #[test]
    fn deterministic(text in article()) {
        let options = Options::default().with_reference_date("2021-07-06").unwrap();
        let first = serde_json::to_string(&annotate(&text, &options)).unwrap();
        let second = serde_json::to_string(&annotate(&text, &options)).unwrap();
        prop_assert_eq!(first, second);
    }
}
