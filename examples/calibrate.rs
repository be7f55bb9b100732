//! Fits the calibration table `src/data/calibration.tsv` (see `src/calibrate.rs`).
//!
//! ```sh
//! cargo run --release --example calibrate            # writes src/data/calibration.tsv
//! CORPORA=../shared/corpora cargo run --release --example calibrate -- OUT.tsv
//! ```
//!
//! It annotates the training corpora with raw confidences, labels each
//! scored prediction right when it overlaps a gold span of its type (eval's
//! reading, after trimming marks and punctuation), and counts, per type, per
//! type and tenth of raw confidence, and per type, reason class and tenth, how
//! many are right. Each row's probability is its share right, smoothed toward
//! the row above it (`(right + M * parent) / (n + M)`, M = 10; the type's row
//! toward 1/2 with one right and one wrong). Rows with fewer than 5
//! predictions are left out (the lookup falls back to the row above).
//!
//! Corpora: `conll2003_train` for PERSON and PLACE, `polnear_train` for QUOTE
//! and QUOTE_INDIRECT, and, with no training split for dates, `tbaq` for DATE
//! and DATE_OTHER, whose fit is also measured by 5-fold cross-validation
//! over its documents (printed: the figure to quote for tbaq).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use article_annotator::calibrate::{self, Key, Table};
use article_annotator::eval::{self, Reliability, ScoreOptions};
use article_annotator::{annotate, OffsetUnit, Options};

/// Smoothing weight of the parent row.
const M: f64 = 10.0;
/// Rows with fewer predictions are left out.
const MIN_ROW: usize = 5;
/// Folds of the cross-validation on tbaq.
const FOLDS: usize = 5;

/// Which corpus fits which types.
const PLAN: [(&str, &[&str]); 3] = [
    ("conll2003_train", &["PERSON", "PLACE"]),
    ("polnear_train", &["QUOTE", "QUOTE_INDIRECT"]),
    ("tbaq", &["DATE", "DATE_OTHER"]),
];

/// One labelled prediction: its most specific key, right or not, and the
/// document it came from (its index in the corpus).
struct Sample {
    key: Key,
    right: bool,
    doc: usize,
}

fn samples(path: &str, types: &[&str]) -> Result<Vec<Sample>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let docs = eval::read_jsonl(&text).map_err(|e| format!("{path}: {e}"))?;
    let base = Options {
        offsets: OffsetUnit::Chars,
        raw_confidence: true,
        ..Options::default()
    };
    let mut predictions = HashMap::new();
    let mut keys: HashMap<String, Vec<Key>> = HashMap::new();
    for doc in &docs {
        let options = match doc.dct.as_deref() {
            Some(dct) => base
                .clone()
                .with_reference_date(dct)
                .unwrap_or(base.clone()),
            None => base.clone(),
        };
        let result = annotate(&doc.text, &options);
        let spans = eval::spans_from_result(&result);
        let doc_keys: Vec<Key> = result
            .annotations
            .iter()
            .filter_map(calibrate::key)
            .collect();
        if spans.len() != doc_keys.len() {
            return Err(format!("{}: scored spans and keys differ", doc.id));
        }
        predictions.insert(doc.id.clone(), spans);
        keys.insert(doc.id.clone(), doc_keys);
    }
    let index: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let scores = eval::score(&docs, &predictions, &ScoreOptions::default());
    Ok(scores
        .labels
        .iter()
        .filter(|l| types.contains(&l.span_type.as_str()))
        .map(|l| Sample {
            key: keys[&l.doc][l.index].clone(),
            right: l.right,
            doc: index[l.doc.as_str()],
        })
        .collect())
}

/// Counts (n, right) per row: type; type + tenth; type + class + tenth.
type Rows = BTreeMap<(&'static str, String, String), (usize, usize)>;

fn count<'a>(samples: impl Iterator<Item = &'a Sample>) -> Rows {
    let mut rows = Rows::new();
    for s in samples {
        let t = s.key.span_type;
        let tenth = s.key.tenth.map(|t| t.to_string()).unwrap_or("*".into());
        let class = s.key.class.clone().unwrap_or("*".into());
        for key in [
            (t, "*".to_string(), "*".to_string()),
            (t, "*".to_string(), tenth.clone()),
            (t, class, tenth.clone()),
        ] {
            let row = rows.entry(key).or_default();
            row.0 += 1;
            row.1 += usize::from(s.right);
        }
    }
    rows
}

/// The table's rows as TSV (no header).
fn fit(rows: &Rows) -> String {
    let mut out = String::new();
    let mut p_type: HashMap<&str, f64> = HashMap::new();
    let mut p_tenth: HashMap<(&str, &str), f64> = HashMap::new();
    // Parents first: the type rows, then type + tenth, then type + class + tenth.
    for level in 0..3 {
        for ((t, class, tenth), &(n, right)) in rows {
            let row_level = match (class.as_str(), tenth.as_str()) {
                ("*", "*") => 0,
                ("*", _) => 1,
                _ => 2,
            };
            if row_level != level {
                continue;
            }
            let (n_f, r_f) = (n as f64, right as f64);
            let p = match level {
                0 => {
                    let p = (r_f + 1.0) / (n_f + 2.0);
                    p_type.insert(t, p);
                    p
                }
                1 => {
                    let p = (r_f + M * p_type[t]) / (n_f + M);
                    p_tenth.insert((t, tenth.as_str()), p);
                    p
                }
                _ => (r_f + M * p_tenth[&(*t, tenth.as_str())]) / (n_f + M),
            };
            if n >= MIN_ROW || level == 0 {
                let _ = writeln!(out, "{t}\t{class}\t{tenth}\t{n}\t{right}\t{p:.3}");
            }
        }
    }
    out
}

fn reliability<'a>(
    table: &Table,
    samples: impl Iterator<Item = &'a Sample>,
) -> BTreeMap<&'static str, Reliability> {
    let mut by_type: BTreeMap<&str, Reliability> = BTreeMap::new();
    for s in samples {
        let p = table.lookup(&s.key).unwrap_or(0.5);
        by_type
            .entry(s.key.span_type)
            .or_default()
            .add(f64::from(p), s.right);
    }
    by_type
}

fn main() -> Result<(), String> {
    let corpora = std::env::var("CORPORA").unwrap_or_else(|_| "../shared/corpora".to_string());
    let out_path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "src/data/calibration.tsv".to_string());
    let mut all = Vec::new();
    let mut dates = Vec::new();
    let mut sources = Vec::new();
    for (corpus, types) in PLAN {
        let s = samples(&format!("{corpora}/{corpus}.jsonl"), types)?;
        eprintln!("{corpus}: {} labelled predictions of {types:?}", s.len());
        sources.push(format!(
            "{corpus} ({}: {} predictions)",
            types.join(", "),
            s.len()
        ));
        if corpus == "tbaq" {
            dates = s;
        } else {
            all.extend(s);
        }
    }
    // Cross-validation on tbaq: fit on four folds of its documents, measure
    // on the fifth.
    let mut held_out: BTreeMap<&str, Reliability> = BTreeMap::new();
    for fold in 0..FOLDS {
        let table = Table::from_tsv(&fit(&count(dates.iter().filter(|s| s.doc % FOLDS != fold))));
        for (t, r) in reliability(&table, dates.iter().filter(|s| s.doc % FOLDS == fold)) {
            let total = held_out.entry(t).or_default();
            for (bin, add) in total.bins.iter_mut().zip(r.bins) {
                bin.count += add.count;
                bin.confidence_sum += add.confidence_sum;
                bin.right += add.right;
            }
        }
    }
    for (t, r) in &held_out {
        eprintln!(
            "tbaq {FOLDS}-fold cross-validated {t}: {} predictions, ECE {:.3}",
            r.count(),
            r.ece()
        );
    }
    all.extend(dates);
    let rows = fit(&count(all.iter()));
    let table = Table::from_tsv(&rows);
    for (t, r) in reliability(&table, all.iter()) {
        eprintln!(
            "in-sample {t}: {} predictions, ECE {:.3}",
            r.count(),
            r.ece()
        );
    }
    let mut out = String::new();
    out.push_str(
        "# Calibration table: the probability that an annotation is right (it overlaps a gold\n\
         # span of its type, after trimming quotation marks and punctuation, as eval reads it),\n\
         # by scored type, reason class (src/calibrate.rs reason_class) and tenth of the\n\
         # extractor's raw confidence; `*` is the row for any. Lookup: type+class+tenth, then\n\
         # type+tenth, then type. Columns: TYPE CLASS TENTH N RIGHT P.\n\
         # Fitted by `cargo run --release --example calibrate` (examples/calibrate.rs): share\n\
         # right per row, smoothed toward the row above with weight 10; rows under 5 left out.\n",
    );
    let _ = writeln!(out, "# Corpora: {}.", sources.join("; "));
    out.push_str(
        "# tbaq has no training split: its DATE/DATE_OTHER rows are fitted on all of it, and\n\
         # measured by 5-fold cross-validation over its documents. No corpus text is stored.\n",
    );
    out.push_str(&rows);
    std::fs::write(&out_path, &out).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    eprintln!(
        "wrote {out_path}: {} rows, {} bytes",
        table.len(),
        out.len()
    );
    Ok(())
}
