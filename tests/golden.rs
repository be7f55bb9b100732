//! Golden tests: whole articles annotated and compared with committed results.
//!
//! Each `tests/golden/NAME.txt` is annotated (reference date from its first
//! line when that line is `# reference-date: YYYY-MM-DD`, otherwise found in
//! the text) and compared with `tests/golden/NAME.json`. The seed article of
//! the page is checked the same way. After an intended change, regenerate
//! with `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff.

use std::path::{Path, PathBuf};

use article_annotator::{annotate, Options};

fn check(name: &str, text_path: &Path, expected_path: &Path) -> Result<(), String> {
    let raw = std::fs::read_to_string(text_path).map_err(|e| format!("{name}: {e}"))?;
    let mut options = Options::default();
    let mut text = raw.as_str();
    if let Some(rest) = raw.strip_prefix("# reference-date: ") {
        let (date, body) = rest.split_once('\n').unwrap_or((rest, ""));
        options = options
            .with_reference_date(date)
            .map_err(|e| format!("{name}: {e}"))?;
        text = body;
    }
    let result = annotate(text, &options);
    let actual = serde_json::to_string_pretty(&result).expect("results serialize") + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(expected_path, &actual).map_err(|e| format!("{name}: {e}"))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(expected_path).map_err(|e| {
        format!("{name}: no golden result ({e}); run UPDATE_GOLDEN=1 cargo test --test golden")
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
        show(&actual)
    ))
}

#[test]
fn golden_articles() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/golden");
    let mut cases: Vec<(String, PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "txt").then(|| {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                (name, path.clone(), path.with_extension("json"))
            })
        })
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 2,
        "golden articles are missing from {}",
        dir.display()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, text, expected)| check(name, text, expected).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
