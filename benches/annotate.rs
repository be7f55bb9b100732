//! Native speed of `annotate`: `cargo bench --bench annotate`.
//!
//! - `bbc_news`: annotating real articles from `../shared/corpora/bbc_news.jsonl`
//!   (or the JSONL file named by `BENCH_CORPUS`), one article per iteration,
//!   cycling through the first `BENCH_ARTICLES` (default 200); throughput in bytes.
//! - `growth`: the sample article repeated 1×, 10× and 100×, to see how time
//!   grows with the input (linear is the goal).
//!
//! Without the corpus, `bbc_news` falls back to the sample article. Numbers
//! are printed, never asserted: timings on shared machines are noisy.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use article_annotator::{annotate, Options};
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

fn manifest_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn sample_article() -> &'static str {
    static SAMPLE: OnceLock<String> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        std::fs::read_to_string(manifest_path("www/sample-article.txt"))
            .unwrap_or_else(|_| "Wang Wenbin said on Monday that the United States is “the top threat to global cybersecurity,” he added.\n".repeat(20))
    })
}

#[derive(serde::Deserialize)]
struct Line {
    text: String,
}

/// The benchmark articles: the corpus's first `BENCH_ARTICLES`, or the sample.
fn articles() -> &'static [String] {
    static ARTICLES: OnceLock<Vec<String>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let path = std::env::var_os("BENCH_CORPUS")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest_path("../shared/corpora/bbc_news.jsonl"));
        let limit = std::env::var("BENCH_ARTICLES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(200);
        let texts: Vec<String> = std::fs::read_to_string(&path)
            .map(|corpus| {
                corpus
                    .lines()
                    .filter_map(|line| serde_json::from_str::<Line>(line).ok())
                    .map(|line| line.text)
                    .take(limit)
                    .collect()
            })
            .unwrap_or_default();
        if texts.is_empty() {
            eprintln!(
                "{}: not found or empty; using the sample article",
                path.display()
            );
            return vec![sample_article().to_string()];
        }
        texts
    })
}

/// One article per iteration, cycling through the corpus.
#[divan::bench(sample_count = 200)]
fn bbc_news(bencher: Bencher) {
    let articles = articles();
    let options = Options::default();
    let next = AtomicUsize::new(0);
    bencher
        .with_inputs(|| articles[next.fetch_add(1, Ordering::Relaxed) % articles.len()].as_str())
        .input_counter(|text: &&str| BytesCount::of_str(*text))
        .bench_values(|text| annotate(text, &options));
}

/// The sample article repeated `times` times.
#[divan::bench(args = [1, 10, 100], sample_count = 20)]
fn growth(bencher: Bencher, times: usize) {
    let text = sample_article().repeat(times);
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| annotate(divan::black_box(&text), &options));
}

#[path = "../tests/support/hostile.rs"]
mod hostile;

/// Each hostile input of `tests/support/hostile.rs` at 0.5 MB and 1 MB: the
/// time should double, not quadruple (tests/linear.rs asserts it by counting).
#[divan::bench(
    consts = [500_000, 1_000_000],
    args = hostile::NAMES,
    sample_count = 3,
    sample_size = 1
)]
fn hostile_inputs<const BYTES: usize>(bencher: Bencher, name: &str) {
    let unit = hostile::hostile()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, unit)| unit)
        .expect("a hostile input of that name");
    let text = hostile::repeat(&unit, BYTES);
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| annotate(divan::black_box(&text), &options));
}
