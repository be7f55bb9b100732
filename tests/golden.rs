//! Golden tests: whole articles annotated and compared with committed results.
//!
//! Each `tests/golden/NAME.txt` is annotated (reference date from its first
//! line when that line is `# reference-date: YYYY-MM-DD`, otherwise found in
//! the text) and compared with `tests/golden/NAME.json`. The page's sample
//! article is checked the same way: `www/sample-article.txt` itself (so the
//! two cannot drift), with the page's reference date 2021-07-06, against
//! `tests/golden/seed-article.json`.
//!
//! A missing result, a result without its text, or fewer articles than
//! listed in `CASES` fails. After an intended change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test golden` (exactly `1`; refused when `CI`
//! or `ANNOTATOR_REQUIRE_ALL` is set) and review the diff.

use std::path::{Path, PathBuf};

use article_annotator::{annotate, Options};

/// Every golden article: (name, text file relative to the crate). The test
/// fails if `tests/golden/` holds a text or a result not listed here.
const CASES: &[(&str, &str)] = &[
    ("dateline-wire", "tests/golden/dateline-wire.txt"),
    ("feature-prose", "tests/golden/feature-prose.txt"),
    ("seed-article", "www/sample-article.txt"),
];

/// The reference date of the articles that carry none in a header line: the
/// sample's publication date, which the page uses too.
const SEED_REFERENCE_DATE: &str = "2021-07-06";

/// Whether to rewrite the golden results instead of comparing them.
fn update_requested() -> Result<bool, String> {
    let value = std::env::var("UPDATE_GOLDEN").unwrap_or_default();
    let ci = |name: &str| std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0");
    match value.as_str() {
        "" | "0" => Ok(false),
        "1" if ci("CI") || ci("ANNOTATOR_REQUIRE_ALL") => Err(
            "UPDATE_GOLDEN=1 is refused under CI (CI or ANNOTATOR_REQUIRE_ALL is set): \
             golden results are rewritten on purpose, by hand, and the diff reviewed"
                .to_string(),
        ),
        "1" => Ok(true),
        other => Err(format!(
            "UPDATE_GOLDEN={other:?}: set it to exactly 1 to rewrite the golden results, \
             or leave it unset to check them"
        )),
    }
}

/// The result for one article, as the golden file holds it.
fn result_of(name: &str, text_path: &Path) -> Result<String, String> {
    let raw = std::fs::read_to_string(text_path)
        .map_err(|e| format!("{name}: cannot read {}: {e}", text_path.display()))?;
    let mut options = Options::default();
    let mut text = raw.as_str();
    if let Some(rest) = raw.strip_prefix("# reference-date: ") {
        let (date, body) = rest.split_once('\n').unwrap_or((rest, ""));
        options = options
            .with_reference_date(date)
            .map_err(|e| format!("{name}: {e}"))?;
        text = body;
    } else if name == "seed-article" {
        options = options
            .with_reference_date(SEED_REFERENCE_DATE)
            .map_err(|e| format!("{name}: {e}"))?;
    }
    let result = annotate(text, &options);
    Ok(serde_json::to_string_pretty(&result).expect("results serialize") + "\n")
}

fn compare(name: &str, expected_path: &Path, actual: &str) -> Result<(), String> {
    let expected = std::fs::read_to_string(expected_path).map_err(|e| {
        format!(
            "{name}: no golden result at {} ({e}); write it with \
             UPDATE_GOLDEN=1 cargo test --test golden and review it",
            expected_path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    let show = |s: &str| {
        s.lines()
            .skip(line.saturating_sub(3))
            .take(7)
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "{name}: result differs from {} at line {}\n--- expected\n{}\n--- actual\n{}",
        expected_path.display(),
        line + 1,
        show(&expected),
        show(actual)
    ))
}

/// Files in `tests/golden/` that belong to no listed case.
fn strays(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/golden exists")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            let extension = path.extension()?.to_string_lossy().into_owned();
            let listed = CASES.iter().any(|(name, text)| {
                *name == stem && (extension == "json" || text.starts_with("tests/golden/"))
            });
            (!listed).then(|| path.display().to_string())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn golden_articles() {
    let update = update_requested().unwrap_or_else(|e| panic!("{e}"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/golden");
    let strays = strays(&dir);
    assert!(
        strays.is_empty(),
        "files in tests/golden/ that no case in tests/golden.rs's CASES reads \
         (add the case, or delete the file): {strays:?}"
    );
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, text) in CASES {
        let expected_path = dir.join(format!("{name}.json"));
        let outcome = result_of(name, &root.join(text)).and_then(|actual| {
            if update {
                std::fs::write(&expected_path, &actual)
                    .map_err(|e| format!("{name}: cannot write {}: {e}", expected_path.display()))
            } else {
                compare(name, &expected_path, &actual)
            }
        });
        match outcome {
            Ok(()) => checked += 1,
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(checked, CASES.len());
    if update {
        // Written to the terminal directly: cargo hides a passing test's output.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "UPDATE_GOLDEN=1: rewrote {checked} golden results in tests/golden/; review `git diff tests/golden`"
        );
    }
}
