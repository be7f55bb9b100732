//! First call against warm call, natively (issue 15, point 1; issue 14,
//! point 2: the first call in a fresh process at most 10 ms slower than a
//! warm one). Run it a few times, each a fresh process:
//!
//!     cargo run --release --example first_call [FILE]
//!
//! Prints the first `annotate()` of a short text (which touches every table:
//! the tagger's weights and word lists, the place table and filters, the
//! quote cues), the second call of it, then the first and the median of 10
//! warm calls of FILE (default: the page's sample article), in ms.
use std::time::Instant;

use article_annotator::{annotate, Options};

fn ms(f: impl FnOnce()) -> f64 {
    let started = Instant::now();
    f();
    started.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "www/sample-article.txt".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("first_call: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let short = "Wang Wenbin said in Paris on Monday: \u{201c}Yes, we will.\u{201d} He met Mr. Smith of Lagos.";
    let options = Options::default();
    let first = ms(|| drop(annotate(short, &options)));
    let second = ms(|| drop(annotate(short, &options)));
    let text_first = ms(|| drop(annotate(&text, &options)));
    let mut warm: Vec<f64> = (0..10)
        .map(|_| ms(|| drop(annotate(&text, &options))))
        .collect();
    warm.sort_by(f64::total_cmp);
    println!(
        "short first {first:.2} ms, second {second:.2} ms (first - second {:.2} ms); {path}: first after short {text_first:.2} ms, warm median {:.2} ms",
        first - second,
        warm[5]
    );
}
