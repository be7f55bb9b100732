//! Asking for some kinds only: the others are left out, but quotes still get
//! their speakers' full names, and entity mentions index the annotations
//! actually returned.

use article_annotator::{annotate, Kind, Options};

const TEXT: &str = "Wang Wenbin, the ministry's spokesman, spoke in Beijing on Monday.\n\
                    “We firmly oppose this,” Wenbin said.";

#[test]
fn quotes_alone_keep_canonical_speakers() {
    let options = Options::default().with_kinds("quote").unwrap();
    let result = annotate(TEXT, &options);
    assert!(result.annotations.iter().all(|a| a.kind == Kind::Quote));
    assert!(result.entities.is_empty());
    let quote = result.annotations.first().expect("the quotation is found");
    let speaker = quote
        .quote
        .as_ref()
        .unwrap()
        .speaker
        .as_ref()
        .expect("a speaker");
    assert_eq!(speaker.name, "Wang Wenbin");
    assert_eq!(speaker.entity, None, "no person entity is reported");
}

#[test]
fn entity_mentions_index_the_returned_annotations() {
    for kinds in ["person,quote", "person", "place,date,person"] {
        let options = Options::default().with_kinds(kinds).unwrap();
        let result = annotate(TEXT, &options);
        assert!(!result.entities.is_empty(), "{kinds}");
        for entity in &result.entities {
            assert!(
                !entity.mentions.is_empty(),
                "{kinds}: {} has no mention",
                entity.name
            );
            for &index in &entity.mentions {
                let annotation = &result.annotations[index];
                assert_eq!(annotation.kind, entity.kind, "{kinds}");
                assert_eq!(
                    annotation.entity.as_deref(),
                    Some(entity.id.as_str()),
                    "{kinds}"
                );
            }
        }
        if kinds.contains("quote") {
            let quote = result
                .annotations
                .iter()
                .find(|a| a.kind == Kind::Quote)
                .unwrap();
            let speaker = quote.quote.as_ref().unwrap().speaker.as_ref().unwrap();
            let wang = result
                .entities
                .iter()
                .find(|e| e.name == "Wang Wenbin")
                .unwrap();
            assert_eq!(speaker.entity.as_deref(), Some(wang.id.as_str()));
        }
    }
}
