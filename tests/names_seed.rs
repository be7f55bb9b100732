//! Golden test: the people and places of the first article users paste
//! (`www/sample-article.txt`), grouped and linked as a reader expects.

use article_annotator::{annotate, Annotations, Kind, Options};

fn result() -> (String, Annotations) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/sample-article.txt"
    ))
    .expect("the sample article");
    let result = annotate(&text, &Options::default());
    (text, result)
}

/// The entity ids of the mentions of `kind` whose text is `name`.
fn entities_of(result: &Annotations, kind: Kind, name: &str) -> Vec<String> {
    result
        .annotations
        .iter()
        .filter(|a| a.kind == kind && a.text == name)
        .filter_map(|a| a.entity.clone())
        .collect()
}

#[track_caller]
fn one_person(result: &Annotations, names: &[&str]) {
    let mut ids: Vec<String> = Vec::new();
    for name in names {
        let found = entities_of(result, Kind::Person, name);
        assert!(!found.is_empty(), "{name} is not found as a person");
        ids.extend(found);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{names:?} are not one person: {ids:?}");
}

#[track_caller]
fn place_links(result: &Annotations, name: &str, geonames_id: u64) {
    let places: Vec<u64> = result
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Place && a.text == name)
        .filter_map(|a| a.place.as_ref().map(|p| p.geonames_id))
        .collect();
    assert!(!places.is_empty(), "{name} is not found as a place");
    assert!(
        places.iter().all(|&id| id == geonames_id),
        "{name} links to {places:?}, not {geonames_id}"
    );
}

#[test]
fn every_person_is_found_and_grouped() {
    let (_, result) = result();
    one_person(&result, &["Wang Wenbin", "Wang", "Wenbin"]);
    one_person(&result, &["Joe Biden", "Biden"]);
    for name in [
        "Zhang Jun",
        "Trump",
        "Christoph Heusgen",
        "Feroza Aziz",
        "Xi Jinping",
        "Khaled Hosseini",
        "Mahenoor Mansuri",
    ] {
        one_person(&result, &[name]);
    }
    // Zhang and Wang are two people
    assert_ne!(
        entities_of(&result, Kind::Person, "Zhang Jun"),
        entities_of(&result, Kind::Person, "Wang Wenbin")
    );
}

#[test]
fn every_place_links_to_its_geonames_record() {
    let (_, result) = result();
    place_links(&result, "United States", 6252001);
    place_links(&result, "U.S.", 6252001);
    place_links(&result, "China", 1814991);
    place_links(&result, "Washington", 4140963);
    place_links(&result, "Beijing", 1816670);
    place_links(&result, "Wuhan", 1791247);
    place_links(&result, "Hong Kong", 1819730);
    place_links(&result, "France", 3017382);
    place_links(&result, "Eire", 2963597);
    place_links(&result, "Karnataka", 1267701);
    place_links(&result, "North Korea", 1873107);
    place_links(&result, "Xinjiang", 1529047);
    assert_eq!(
        entities_of(&result, Kind::Place, "U.S.")[0],
        entities_of(&result, Kind::Place, "United States")[0]
    );
}

#[test]
fn demonyms_and_organisations_are_not_people_or_places() {
    let (_, result) = result();
    for name in [
        "French",
        "Uighur",
        "Foreign Ministry",
        "U.N.",
        "BBC",
        "Google",
        "Amazon",
        "Facebook",
        "CNIL",
        "UNHRC",
        "Bitter Winter",
    ] {
        let wrong: Vec<&str> = result
            .annotations
            .iter()
            .filter(|a| matches!(a.kind, Kind::Person | Kind::Place) && a.text == name)
            .map(|a| a.text.as_str())
            .collect();
        assert!(wrong.is_empty(), "{name} is reported as a person or place");
    }
}

#[test]
fn a_bio_line_and_a_disease_are_not_people_or_places() {
    let (_, result) = result();
    // "Content/ Creative Writer at: ..." is the author's job, not a person
    assert!(
        !result
            .annotations
            .iter()
            .any(|a| a.kind == Kind::Person && a.text == "Creative Writer"),
        "Creative Writer is reported as a person"
    );
    // "devouring Art in any form": a given name used once, introduced by no
    // role, is no person
    assert!(
        !result
            .annotations
            .iter()
            .any(|a| a.kind == Kind::Person && a.text == "Art"),
        "Art is reported as a person"
    );
    // "the Coronavirus was borne in China": a thing, not a place
    assert!(
        !result
            .annotations
            .iter()
            .any(|a| a.kind == Kind::Place && a.text == "Coronavirus"),
        "Coronavirus is reported as a place"
    );
}
