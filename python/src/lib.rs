//! The Python binding: the only file that knows PyO3.
//!
//! `article_annotator/__init__.py` calls these with options already checked
//! for their Python types; they return each result as the JSON of
//! `SCHEMA.md` (offsets in code points, Python's string indices), which the
//! wrapper turns into dicts. Annotating releases the GIL; `annotate_many_json`
//! spreads the texts over rayon's threads and keeps their order.

use article_annotator::{annotate, Options};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;

/// Options from the wrapper's normalized values: a `YYYY-MM-DD` string or
/// none, and kinds as `person,place,...` or none.
fn options(reference_date: Option<&str>, kinds: Option<&str>) -> PyResult<Options> {
    let bad = |what: &str, e: article_annotator::OptionsError| {
        PyValueError::new_err(format!("{what}: {e}"))
    };
    let mut options = Options::default()
        .with_offsets("chars")
        .map_err(|e| bad("offsets", e))?;
    if let Some(date) = reference_date.filter(|d| !d.trim().is_empty()) {
        options = options
            .with_reference_date(date)
            .map_err(|e| bad("reference_date", e))?;
    }
    if let Some(kinds) = kinds {
        options = options.with_kinds(kinds).map_err(|e| bad("kinds", e))?;
    }
    Ok(options)
}

fn to_json(text: &str, options: &Options) -> String {
    // Serializing plain data cannot fail.
    serde_json::to_string(&annotate(text, options)).unwrap_or_default()
}

/// Annotates one text; returns its result as JSON.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None, kinds=None))]
fn annotate_json(
    py: Python<'_>,
    text: &str,
    reference_date: Option<&str>,
    kinds: Option<&str>,
) -> PyResult<String> {
    let options = options(reference_date, kinds)?;
    let text = text.to_owned();
    Ok(py.detach(move || to_json(&text, &options)))
}

/// Annotates every text on `threads` threads (default: every core), without
/// the GIL; returns their results as JSON, in input order.
#[pyfunction]
#[pyo3(signature = (texts, reference_dates=None, kinds=None, threads=None))]
fn annotate_many_json(
    py: Python<'_>,
    texts: Vec<String>,
    reference_dates: Option<Vec<Option<String>>>,
    kinds: Option<&str>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    let base = options(None, kinds)?;
    let per_text: Vec<Options> = match reference_dates {
        None => vec![base; texts.len()],
        Some(dates) => {
            if dates.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "reference_dates: expected one date (or None) per text: {} texts, {} dates",
                    texts.len(),
                    dates.len()
                )));
            }
            dates
                .iter()
                .enumerate()
                .map(
                    |(i, date)| match date.as_deref().filter(|d| !d.trim().is_empty()) {
                        None => Ok(base.clone()),
                        Some(date) => base.clone().with_reference_date(date).map_err(|e| {
                            PyValueError::new_err(format!("reference_dates[{i}]: {e}"))
                        }),
                    },
                )
                .collect::<PyResult<_>>()?
        }
    };
    let pool = match threads {
        None => None,
        Some(0) => {
            return Err(PyValueError::new_err(
                "threads: expected a number of threads, 1 or more, or None for every core",
            ))
        }
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(format!("threads: cannot start {n}: {e}")))?,
        ),
    };
    let run = move || -> Vec<String> {
        texts
            .par_iter()
            .zip(per_text.par_iter())
            .map(|(text, options)| to_json(text, options))
            .collect()
    };
    Ok(py.detach(move || match pool {
        Some(pool) => pool.install(run),
        None => run(),
    }))
}

/// The engine's version, every result's `engine`.
#[pyfunction]
fn engine_version() -> &'static str {
    article_annotator::result::ENGINE_VERSION
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(annotate_json, module)?)?;
    module.add_function(wrap_pyfunction!(annotate_many_json, module)?)?;
    module.add_function(wrap_pyfunction!(engine_version, module)?)?;
    Ok(())
}
