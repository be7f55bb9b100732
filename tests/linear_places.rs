//! Linear time on inputs that aim at the place rules
//! (src/extract/names/place_rules), counted rather than timed, as in
//! tests/linear.rs: each input is annotated at two sizes, 4× apart, for
//! people and places, and the steps (`work::step`, one per candidate a
//! rule visits) must grow at most [`GROWTH`]× and stay under [`PER_BYTE`]
//! per byte. A rule that looks at every name again for each name, drains
//! the middle of the list of names, or tries every prefix of a long span
//! fails here. Run with `cargo test --release --features work-counters
//! --test linear_places`.

use article_annotator::{annotate, work, Options};

/// Linear growth over a 4× larger input is 4×; allow for boundary effects.
const GROWTH: f64 = 5.0;
/// Steps per byte of input.
const PER_BYTE: f64 = 400.0;
/// The smaller size, in bytes; the larger is four times this.
const SMALL: usize = 8_000;

fn repeat(unit: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + unit.len());
    while text.len() < bytes {
        text.push_str(unit);
    }
    text
}

/// Each unit is repeated to fill the text.
const HOSTILE: &[(&str, &str)] = &[
    ("a place and its country", "Paris, France, "),
    ("the county of X", "the county of Lincolnshire "),
    ("X is a village", "Aisby is a village in Lincolnshire. "),
    (
        "one name read two ways",
        "Bridgton is a village. The Bridgton yard. ",
    ),
    (
        "an organisation after a place",
        "the Montreal Hockey Club and ",
    ),
    (
        "an organisation of a place",
        "the Amateur Hockey Association of Canada and ",
    ),
    ("a state of a place", "the Federal Republic of Germany and "),
    ("a place word run", "Ab Ab Ab Republic of Ab Ab Club of Ab "),
    ("a way named after a person", "at Cal Anderson Park and "),
    (
        "teams joined by and",
        "played with Footscray and North Melbourne, ",
    ),
    ("capitalised words", "Ab "),
    ("capitalised words and titles", "Texas Ab Coach Gov "),
];

fn steps(text: &str) -> u64 {
    let options = Options::default()
        .with_kinds("person,place")
        .expect("valid kinds");
    work::take();
    std::hint::black_box(annotate(text, &options));
    work::take()
}

#[test]
fn place_rules_cost_linear_work() {
    let mut failures = Vec::new();
    for &(name, unit) in HOSTILE {
        let small = repeat(unit, SMALL);
        let large = repeat(unit, 4 * small.len());
        let (a, b) = (steps(&small), steps(&large));
        let growth = b as f64 / a.max(1) as f64;
        let per_byte = b as f64 / large.len() as f64;
        println!("{name:32} {a:>10} → {b:>10} steps  ×{growth:.2}  {per_byte:.1}/byte");
        if growth > GROWTH * (large.len() as f64 / (4 * small.len()) as f64) {
            failures.push(format!("{name}: steps grew ×{growth:.2} for 4× the text"));
        }
        if per_byte > PER_BYTE {
            failures.push(format!("{name}: {per_byte:.0} steps per byte"));
        }
        if a == 0 {
            failures.push(format!("{name}: no steps counted"));
        }
    }
    assert!(
        failures.is_empty(),
        "superlinear work:\n{}",
        failures.join("\n")
    );
}
