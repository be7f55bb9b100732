//! Linear time on hostile inputs, counted rather than timed.
//!
//! Every candidate loop in the engine calls `work::step` (src/work.rs). Here
//! each hostile input is annotated at two sizes, 4× apart, with each kind
//! alone and all together: the steps must grow at most [`GROWTH`]× (linear
//! growth is 4×, quadratic 16×) and stay under [`PER_BYTE`] per byte. Counts
//! are deterministic, so a loaded machine cannot fail this and a quadratic
//! rule cannot pass it. Run with `cargo test --release --features
//! work-counters --test linear` (tools/test.sh does).

use article_annotator::{annotate, work, Options};

#[path = "support/hostile.rs"]
mod hostile;
use hostile::{hostile, repeat};

/// Linear growth over a 4× larger input is 4×; allow for boundary effects.
const GROWTH: f64 = 5.0;
/// Steps per byte of input, all kinds together.
const PER_BYTE: f64 = 400.0;
/// The smaller size, in bytes; the larger is four times this.
const SMALL: usize = 8_000;

fn steps(text: &str, kinds: &str) -> u64 {
    let options = Options::default().with_kinds(kinds).expect("valid kinds");
    work::take();
    let result = annotate(text, &options);
    std::hint::black_box(result);
    work::take()
}

#[test]
fn hostile_inputs_cost_linear_work() {
    let mut failures = Vec::new();
    for (name, unit) in hostile() {
        let small = repeat(&unit, SMALL);
        let large = repeat(&unit, 4 * small.len());
        for kinds in ["person,place", "date", "quote", "person,place,date,quote"] {
            let (a, b) = (steps(&small, kinds), steps(&large, kinds));
            let growth = b as f64 / a.max(1) as f64;
            let per_byte = b as f64 / large.len() as f64;
            println!(
                "{name:28} {kinds:24} {a:>10} → {b:>10} steps  ×{growth:.2}  {per_byte:.1}/byte"
            );
            if growth > GROWTH * (large.len() as f64 / (4 * small.len()) as f64) {
                failures.push(format!(
                    "{name} ({kinds}): steps grew ×{growth:.2} for 4× the text"
                ));
            }
            if per_byte > PER_BYTE {
                failures.push(format!("{name} ({kinds}): {per_byte:.0} steps per byte"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "superlinear work:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_counters_count() {
    // A counter nobody calls would pass the test above on any engine.
    let text = repeat(
        "“We disagree,” Wang Wenbin said on Monday in Beijing. ",
        2_000,
    );
    for kinds in ["person,place", "date", "quote"] {
        let n = steps(&text, kinds);
        assert!(
            n as usize >= text.len() / 8,
            "{kinds}: only {n} steps for {} bytes",
            text.len()
        );
    }
}
