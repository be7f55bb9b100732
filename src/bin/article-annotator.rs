//! The command line: `article-annotator annotate [FILE] [options]` and
//! `article-annotator eval CORPUS.jsonl... [options]` (accuracy, see [`eval`]).
//!
//! See `SCHEMA.md` for the contract. Errors go to stderr with a non-zero exit
//! status and never a panic; with `--jsonl`, a bad line is reported by number
//! and the other lines are still annotated.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use article_annotator::{annotate, eval, Annotations, Options};
use serde::Serialize;

const USAGE: &str = "\
article-annotator: quotes, dates, people and places in news articles

USAGE:
    article-annotator annotate [FILE] [OPTIONS]
        Annotates FILE (or standard input) and prints one result as JSON.

OPTIONS:
    --jsonl                      input lines {\"id\",\"text\",\"dct\"?} → output lines {\"id\", ...result}
    --offsets utf16|chars|bytes  unit of start/end (default utf16)
    --reference-date YYYY-MM-DD  the article's date (otherwise each line's dct, then the dateline)
    --kinds person,place,date,quote
                                 which kinds to find (default all)
    --threads N                  with --jsonl: annotate on N threads (default: every
                                 core); output stays in input order
    --pretty                     indent the JSON
    -h, --help                   this help
    -V, --version                the version

    article-annotator eval CORPUS.jsonl... [OPTIONS]
        Scores against gold corpora (../shared/corpora/README.md): per corpus
        and type, exact and overlap precision/recall/F1, DATE value accuracy and
        QUOTE speaker accuracy (also, as \"named\", over the gold speakers that
        are not pronouns: the only ones a name can match). Corpora without gold
        spans are skipped.

EVAL OPTIONS:
    --pred PRED.jsonl            score these predictions ({\"id\",\"spans\"}) instead of
                                 annotating; give one per corpus, in order
    --system NAME                the system's name in the output (default article-annotator)
    --types PERSON,PLACE,...     score only these types
    --limit N                    only the first N documents of each corpus
    --errors                     list false positives, false negatives, boundary,
                                 value and speaker errors with context, then a summary
    --json                       one JSON object on stdout
                                 (speaker columns: 'speaker' shares a name token with the gold
                                 source; 'named' the same over sources that are names;
                                 'mention' also credits a speaker mention overlapping the gold
                                 source's span, as score.py --speaker-spans: speaker_span_acc)
    --date-region N              score DATE/DATE_OTHER only in the first N lines or
                                 sentences (MEANTIME annotates times only in its title,
                                 date line and first five sentences, counting the title: 6)
    --calibration                per type, a reliability table: 10 bins of confidence with
                                 count, mean confidence and accuracy (right = overlaps a gold
                                 span of its type), and the expected calibration error (ECE)
    --uncalibrated               annotate with the extractors' raw confidences (no
                                 calibration stage), to compare
    --named-only                 a recall reading of MEANTIME's names: gold PERSON/PLACE
                                 mentions that are not names (nominal, pronominal,
                                 demonyms, a title alone: 'Apple CEO') and names holding
                                 a shorter name of their entity ('Apple CEO Steve Jobs')
                                 neither help nor hurt, and names pair with predictions
                                 in the largest one-to-one pairing (nested names such as
                                 'Mobile, Alabama' and 'Alabama' can both be found)
";

struct Args {
    file: Option<String>,
    jsonl: bool,
    pretty: bool,
    threads: Option<usize>,
    options: Options,
}

/// Walks command-line arguments, reading `--name value` and `--name=value` alike.
struct ArgWalker<'a> {
    args: &'a [String],
    next: usize,
}

/// One argument: its text, and its option name and inline value if any.
struct Arg<'a> {
    raw: &'a str,
    name: &'a str,
    inline: Option<&'a str>,
}

impl<'a> ArgWalker<'a> {
    fn new(args: &'a [String]) -> Self {
        ArgWalker { args, next: 0 }
    }

    fn next_arg(&mut self) -> Option<Arg<'a>> {
        let raw = self.args.get(self.next)?.as_str();
        self.next += 1;
        let (name, inline) = match raw.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (raw, None),
        };
        Some(Arg { raw, name, inline })
    }

    /// The value of option `arg`: inline, or the next argument.
    fn value(&mut self, arg: &Arg, what: &str) -> Result<String, String> {
        if let Some(value) = arg.inline {
            return Ok(value.to_string());
        }
        let value = self.args.get(self.next).cloned();
        self.next += 1;
        value.ok_or_else(|| format!("{} needs a value ({what})", arg.name))
    }
}

fn parse_annotate_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        file: None,
        jsonl: false,
        pretty: false,
        threads: None,
        options: Options::default(),
    };
    let mut walker = ArgWalker::new(args);
    while let Some(arg) = walker.next_arg() {
        let mut value = |what: &str| walker.value(&arg, what);
        match arg.name {
            "--jsonl" => parsed.jsonl = true,
            "--pretty" => parsed.pretty = true,
            "--threads" => {
                let text = value("a number of threads, 1 or more")?;
                let threads = text
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| {
                        format!("--threads needs a number of threads, 1 or more, not '{text}'")
                    })?;
                parsed.threads = Some(threads);
            }
            "--offsets" => {
                parsed.options = parsed
                    .options
                    .with_offsets(&value("utf16, chars or bytes")?)
                    .map_err(|e| e.to_string())?
            }
            "--reference-date" => {
                parsed.options = parsed
                    .options
                    .with_reference_date(&value("YYYY-MM-DD")?)
                    .map_err(|e| e.to_string())?
            }
            "--kinds" => {
                parsed.options = parsed
                    .options
                    .with_kinds(&value("a list such as person,place")?)
                    .map_err(|e| e.to_string())?
            }
            "-" => parsed.file = None,
            name if name.starts_with('-') => {
                return Err(format!("unknown option '{}' (see --help)", arg.raw));
            }
            _ if parsed.file.is_none() => parsed.file = Some(arg.raw.to_string()),
            _ => {
                let raw = arg.raw;
                return Err(format!(
                    "unexpected argument '{raw}': give one FILE at most"
                ));
            }
        }
    }
    Ok(parsed)
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        }
        None => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(bytes)
}

fn utf8(bytes: &[u8], what: &str) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{what} is not valid UTF-8 (bad byte at offset {at})")
    })
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Serializing plain data cannot fail; say so plainly if it ever does.
    json.unwrap_or_else(|e| format!("{{\"error\":\"cannot serialize: {e}\"}}"))
}

#[derive(serde::Deserialize)]
struct InputLine {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    result: &'a Annotations,
}

/// What became of one input line: an output line, an error for stderr, or
/// nothing (a blank line).
enum LineResult {
    Output(String),
    Error(String),
    Blank,
}

/// Annotates one JSONL line (numbered from 1 for messages).
fn annotate_line(options: &Options, number: usize, line: &[u8]) -> LineResult {
    let line = match std::str::from_utf8(line) {
        Ok(line) => line.trim(),
        Err(e) => {
            return LineResult::Error(format!(
                "line {number}: not valid UTF-8 (bad byte at column {})",
                e.valid_up_to() + 1
            ))
        }
    };
    if line.is_empty() {
        return LineResult::Blank;
    }
    let parsed: InputLine = match serde_json::from_str(line) {
        Ok(parsed) => parsed,
        Err(e) => {
            return LineResult::Error(format!(
                "line {number}: not a JSON object {{\"id\",\"text\",\"dct\"?}}: {e}"
            ))
        }
    };
    let mut options = options.clone();
    if let Some(dct) = parsed.dct.as_deref().filter(|d| !d.trim().is_empty()) {
        match options.clone().with_reference_date(dct) {
            Ok(with_date) => options = with_date,
            Err(e) => return LineResult::Error(format!("line {number}: dct: {e}")),
        }
    }
    let result = annotate(&parsed.text, &options);
    let output = OutputLine {
        id: &parsed.id,
        result: &result,
    };
    LineResult::Output(to_json(&output, false))
}

/// Lines read and annotated at once, per thread: enough that a slow article
/// rarely leaves the other threads idle at the end of a window, few enough
/// that memory stays about threads × this × the longest line.
const LINES_PER_THREAD: usize = 32;

/// Streams JSONL from `input` to `out`: reads a window of lines, annotates
/// them on `pool`'s threads, writes their results in input order (errors to
/// stderr, by line number), then reads the next window. Never holds more than
/// one window of input and output.
fn annotate_jsonl(
    args: &Args,
    pool: &parallel::Pool,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<bool, String> {
    let window = parallel::threads(pool).max(1) * LINES_PER_THREAD;
    let mut all_ok = true;
    let mut next_number = 1;
    let mut lines: Vec<(usize, Vec<u8>)> = Vec::with_capacity(window);
    let mut spare: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut at_end = false;
        while lines.len() < window {
            let mut line = spare.pop().unwrap_or_default();
            line.clear();
            let read = input
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read input: {e}"))?;
            if read == 0 {
                at_end = true;
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            lines.push((next_number, line));
            next_number += 1;
        }
        let results: Vec<LineResult> = parallel::map(pool, &lines, |(number, line)| {
            annotate_line(&args.options, *number, line)
        });
        for result in results {
            match result {
                LineResult::Output(json) => {
                    writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))?
                }
                LineResult::Error(message) => {
                    eprintln!("{message}");
                    all_ok = false;
                }
                LineResult::Blank => {}
            }
        }
        spare.extend(lines.drain(..).map(|(_, line)| line));
        if at_end {
            return Ok(all_ok);
        }
    }
}

/// The threads of `--threads N` (default: every core): rayon natively; one
/// at a time on wasm32, where rayon is never built.
#[cfg(not(target_arch = "wasm32"))]
mod parallel {
    pub type Pool = rayon::ThreadPool;

    pub fn pool(threads: Option<usize>) -> Result<Pool, String> {
        let threads = threads.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        });
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| format!("cannot start {threads} threads: {e}"))
    }

    pub fn threads(pool: &Pool) -> usize {
        pool.current_num_threads()
    }

    /// `f` of every item, on the pool's threads, in the items' order.
    pub fn map<T: Sync, R: Send>(
        pool: &Pool,
        items: &[T],
        f: impl Fn(&T) -> R + Sync + Send,
    ) -> Vec<R> {
        use rayon::prelude::*;
        pool.install(|| items.par_iter().map(f).collect())
    }
}

#[cfg(target_arch = "wasm32")]
mod parallel {
    pub struct Pool;

    pub fn pool(_threads: Option<usize>) -> Result<Pool, String> {
        Ok(Pool)
    }

    pub fn threads(_pool: &Pool) -> usize {
        1
    }

    pub fn map<T, R>(_pool: &Pool, items: &[T], f: impl Fn(&T) -> R) -> Vec<R> {
        items.iter().map(f).collect()
    }
}

fn run_annotate(args: &[String]) -> Result<bool, String> {
    let args = parse_annotate_args(args)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok = if args.jsonl {
        let pool = parallel::pool(args.threads)?;
        match args.file.as_deref() {
            Some(path) => {
                let file =
                    std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                annotate_jsonl(&args, &pool, &mut BufReader::new(file), &mut out)?
            }
            None => annotate_jsonl(&args, &pool, &mut io::stdin().lock(), &mut out)?,
        }
    } else {
        let input = read_input(args.file.as_deref())?;
        let what = args.file.as_deref().unwrap_or("standard input");
        let text = utf8(&input, what)?;
        let result = annotate(&text, &args.options);
        writeln!(out, "{}", to_json(&result, args.pretty))
            .map_err(|e| format!("cannot write output: {e}"))?;
        true
    };
    out.flush()
        .map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ok)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("annotate") => run_annotate(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(true)
        }
        Some("-V" | "--version") => {
            println!("article-annotator {}", env!("CARGO_PKG_VERSION"));
            Ok(true)
        }
        Some(other) => Err(format!("unknown command '{other}' (see --help)")),
        None => Err("no command given (see --help)".to_string()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("article-annotator: {message}");
            ExitCode::from(2)
        }
    }
}

/// Arguments of `eval`.
struct EvalArgs {
    corpora: Vec<String>,
    predictions: Vec<String>,
    system: String,
    types: Option<std::collections::BTreeSet<String>>,
    limit: Option<usize>,
    errors: bool,
    json: bool,
    date_region: Option<usize>,
    named_only: bool,
    calibration: bool,
    uncalibrated: bool,
}

fn parse_eval_args(args: &[String]) -> Result<EvalArgs, String> {
    let mut parsed = EvalArgs {
        corpora: Vec::new(),
        predictions: Vec::new(),
        system: "article-annotator".to_string(),
        types: None,
        limit: None,
        errors: false,
        json: false,
        date_region: None,
        named_only: false,
        calibration: false,
        uncalibrated: false,
    };
    let mut walker = ArgWalker::new(args);
    while let Some(arg) = walker.next_arg() {
        let mut value = |what: &str| walker.value(&arg, what);
        match arg.name {
            "--pred" => parsed.predictions.push(value("a predictions JSONL file")?),
            "--system" => parsed.system = value("a name")?,
            "--types" => {
                let types: std::collections::BTreeSet<String> =
                    value("a list such as PERSON,DATE")?
                        .split(',')
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty())
                        .collect();
                if types.is_empty() {
                    return Err("--types needs a list such as PERSON,DATE".into());
                }
                parsed.types = Some(types);
            }
            "--limit" => {
                let text = value("a number of documents")?;
                let limit = text
                    .parse()
                    .map_err(|_| format!("--limit needs a number of documents, not '{text}'"))?;
                parsed.limit = Some(limit);
            }
            "--errors" => parsed.errors = true,
            "--json" => parsed.json = true,
            "--named-only" => parsed.named_only = true,
            "--calibration" => parsed.calibration = true,
            "--uncalibrated" => parsed.uncalibrated = true,
            "--date-region" => {
                let text = value("a number of lines or sentences")?;
                let units = text
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| {
                        format!("--date-region needs a number of lines or sentences, not '{text}'")
                    })?;
                parsed.date_region = Some(units);
            }
            name if name.starts_with('-') => {
                return Err(format!("unknown option '{}' (see --help)", arg.raw));
            }
            _ => parsed.corpora.push(arg.raw.to_string()),
        }
    }
    if parsed.corpora.is_empty() {
        return Err("eval needs at least one CORPUS.jsonl (see --help)".into());
    }
    if !parsed.predictions.is_empty() && parsed.predictions.len() != parsed.corpora.len() {
        return Err(format!(
            "{} corpora but {} --pred files: give one --pred per corpus, in order",
            parsed.corpora.len(),
            parsed.predictions.len()
        ));
    }
    Ok(parsed)
}

fn read_docs(path: &str) -> Result<Vec<eval::EvalDoc>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = utf8(&bytes, path)?;
    eval::read_jsonl(&text).map_err(|e| format!("{path}: {e}"))
}

/// Our predictions for `docs`: annotate each text with code point offsets,
/// resolving dates against the document's `dct`.
fn annotate_docs(docs: &[eval::EvalDoc], raw: bool) -> HashMap<String, Vec<eval::EvalSpan>> {
    let base = Options {
        offsets: article_annotator::OffsetUnit::Chars,
        raw_confidence: raw,
        ..Options::default()
    };
    docs.iter()
        .map(|doc| {
            let options = match doc.dct.as_deref() {
                Some(dct) => base.clone().with_reference_date(dct).unwrap_or_else(|e| {
                    eprintln!("{}: dct ignored: {e}", doc.id);
                    base.clone()
                }),
                None => base.clone(),
            };
            let result = annotate(&doc.text, &options);
            (doc.id.clone(), eval::spans_from_result(&result))
        })
        .collect()
}

fn corpus_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

fn rounded(x: f64) -> serde_json::Value {
    serde_json::json!((x * 1000.0).round() / 1000.0)
}

/// `--calibration --json`: per type, the ECE and the ten bins.
fn calibration_json(scores: &eval::Scores) -> serde_json::Value {
    let types: serde_json::Map<String, serde_json::Value> = scores
        .reliability
        .iter()
        .map(|(span_type, r)| {
            let bins: Vec<serde_json::Value> = r
                .bins
                .iter()
                .map(|b| {
                    serde_json::json!({
                        "count": b.count,
                        "mean_confidence": rounded(b.mean_confidence()),
                        "accuracy": rounded(b.accuracy()),
                    })
                })
                .collect();
            let value = serde_json::json!({
                "count": r.count(),
                "accuracy": rounded(r.accuracy()),
                "ece": rounded(r.ece()),
                "bins": bins,
            });
            (span_type.clone(), value)
        })
        .collect();
    serde_json::Value::Object(types)
}

/// `--calibration`: a reliability table per type.
fn print_calibration(name: &str, scores: &eval::Scores, out: &mut impl Write) -> io::Result<()> {
    for (span_type, r) in &scores.reliability {
        writeln!(
            out,
            "{name}: {span_type} calibration: {} predictions, accuracy {:.3}, ECE {:.3}",
            r.count(),
            r.accuracy(),
            r.ece()
        )?;
        writeln!(
            out,
            "    {:<9} {:>6} {:>6} {:>6}",
            "bin", "count", "conf", "acc"
        )?;
        for (i, b) in r.bins.iter().enumerate().filter(|(_, b)| b.count > 0) {
            writeln!(
                out,
                "    {:.1}-{:.1}   {:>6} {:>6.3} {:>6.3}",
                i as f64 / 10.0,
                (i + 1) as f64 / 10.0,
                b.count,
                b.mean_confidence(),
                b.accuracy()
            )?;
        }
    }
    Ok(())
}

fn type_json(counts: &eval::Counts) -> serde_json::Value {
    let exact = counts.exact_prf();
    let overlap = counts.overlap_prf();
    let mut object = serde_json::json!({
        "gold": counts.gold,
        "pred": counts.pred,
        "exact": counts.exact,
        "overlap": counts.overlap,
        "exact_p": rounded(exact.precision),
        "exact_r": rounded(exact.recall),
        "exact_f1": rounded(exact.f1),
        "overlap_p": rounded(overlap.precision),
        "overlap_r": rounded(overlap.recall),
        "overlap_f1": rounded(overlap.f1),
    });
    if let Some(accuracy) = counts.value_accuracy() {
        object["value_acc"] = rounded(accuracy);
        object["value_n"] = serde_json::json!(counts.value_total);
    }
    if let Some(accuracy) = counts.speaker_accuracy() {
        object["speaker_acc"] = rounded(accuracy);
        object["speaker_n"] = serde_json::json!(counts.speaker_total);
    }
    if let Some(accuracy) = counts.speaker_named_accuracy() {
        object["speaker_named_acc"] = rounded(accuracy);
        object["speaker_named_n"] = serde_json::json!(counts.speaker_named_total);
    }
    if let Some(accuracy) = counts.speaker_span_accuracy() {
        object["speaker_span_acc"] = rounded(accuracy);
    }
    object
}

const ERROR_KINDS: [eval::ErrorKind; 5] = [
    eval::ErrorKind::Missed,
    eval::ErrorKind::Spurious,
    eval::ErrorKind::Boundary,
    eval::ErrorKind::Value,
    eval::ErrorKind::Speaker,
];

/// Per type: how many errors of each kind, and the most frequent missed and
/// spurious texts.
fn error_summary(scores: &eval::Scores, docs: &[eval::EvalDoc]) -> serde_json::Value {
    let by_id: HashMap<&str, &eval::EvalDoc> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut summary = serde_json::Map::new();
    for span_type in scores.by_type.keys() {
        let mut counts = serde_json::Map::new();
        for kind in ERROR_KINDS {
            let n = scores
                .errors
                .iter()
                .filter(|e| e.kind == kind && &e.span_type == span_type)
                .count();
            counts.insert(kind.as_str().to_string(), serde_json::json!(n));
        }
        for (key, kind) in [
            ("top_missed", eval::ErrorKind::Missed),
            ("top_spurious", eval::ErrorKind::Spurious),
        ] {
            let top = eval::frequent_texts(&scores.errors, &by_id, kind, span_type, 10);
            counts.insert(key.to_string(), serde_json::json!(top));
        }
        summary.insert(span_type.clone(), serde_json::Value::Object(counts));
    }
    serde_json::Value::Object(summary)
}

fn print_errors(
    scores: &eval::Scores,
    docs: &[eval::EvalDoc],
    out: &mut impl Write,
) -> io::Result<()> {
    let by_id: HashMap<&str, &eval::EvalDoc> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    for e in &scores.errors {
        let Some(doc) = by_id.get(e.doc.as_str()) else {
            continue;
        };
        let label = match e.kind {
            eval::ErrorKind::Missed => "FN",
            eval::ErrorKind::Spurious => "FP",
            eval::ErrorKind::Boundary => "BOUNDARY",
            eval::ErrorKind::Value => "VALUE",
            eval::ErrorKind::Speaker => "SPEAKER",
        };
        let (start, end) = e.gold.or(e.pred).unwrap_or((0, 0));
        let mut detail = String::new();
        if let (eval::ErrorKind::Boundary, Some((pred_start, pred_end))) = (e.kind, e.pred) {
            let predicted = eval::slice_chars(&doc.text, pred_start, pred_end);
            detail = format!(" predicted «{predicted}»");
        }
        if let Some(expected) = &e.expected {
            detail = format!(
                " gold={expected} predicted={}",
                e.found.as_deref().unwrap_or("(none)")
            );
        }
        writeln!(
            out,
            "{label:<8} {:<14} {}:{start}-{end}{detail}\n         {}",
            e.span_type,
            e.doc,
            eval::in_context(&doc.text, start, end, 60)
        )?;
    }
    Ok(())
}

fn run_eval(args: &[String]) -> Result<bool, String> {
    let args = parse_eval_args(args)?;
    let score_options = eval::ScoreOptions {
        types: args.types.clone(),
        errors: args.errors,
        date_region: args.date_region,
        named_only: args.named_only,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_error = |e: io::Error| format!("cannot write output: {e}");
    let mut corpora_json = Vec::new();
    if !args.json {
        writeln!(
            out,
            "system: {}\n{:<18} {:<14} {:>6} {:>6}   {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}   {:>5} {:>7} {:>7} {:>7}",
            args.system, "corpus", "type", "gold", "pred", "ex.P", "ex.R", "ex.F1", "ov.P", "ov.R", "ov.F1", "value", "speaker", "named", "mention"
        )
        .map_err(write_error)?;
    }
    for (index, path) in args.corpora.iter().enumerate() {
        let name = corpus_name(path);
        let mut docs = read_docs(path)?;
        if let Some(limit) = args.limit {
            docs.truncate(limit);
        }
        if !eval::has_gold(&docs) {
            eprintln!("{name}: no gold spans, skipped");
            corpora_json.push(serde_json::json!({
                "corpus": name, "path": path, "docs": docs.len(), "skipped": "no gold spans"
            }));
            continue;
        }
        let started = std::time::Instant::now();
        let predictions = match args.predictions.get(index) {
            Some(pred_path) => read_docs(pred_path)?
                .into_iter()
                .map(|d| (d.id, d.spans))
                .collect(),
            None => annotate_docs(&docs, args.uncalibrated),
        };
        let seconds = started.elapsed().as_secs_f64();
        let scores = eval::score(&docs, &predictions, &score_options);
        if args.json {
            let types: serde_json::Map<String, serde_json::Value> = scores
                .by_type
                .iter()
                .map(|(t, c)| (t.clone(), type_json(c)))
                .collect();
            let mut corpus = serde_json::json!({
                "corpus": name,
                "path": path,
                "docs": scores.docs,
                "types": types,
            });
            if args.predictions.is_empty() {
                corpus["annotate_seconds"] = rounded(seconds);
            }
            if args.errors {
                corpus["errors"] = error_summary(&scores, &docs);
            }
            if args.calibration {
                corpus["calibration"] = calibration_json(&scores);
            }
            corpora_json.push(corpus);
            continue;
        }
        if args.errors {
            print_errors(&scores, &docs, &mut out).map_err(write_error)?;
        }
        for (span_type, counts) in &scores.by_type {
            let exact = counts.exact_prf();
            let overlap = counts.overlap_prf();
            let accuracy =
                |a: Option<f64>| a.map(|a| format!("{a:.3}")).unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "{name:<18} {span_type:<14} {:>6} {:>6}   {:.3} {:.3} {:.3}   {:.3} {:.3} {:.3}   {:>5} {:>7} {:>7} {:>7}",
                counts.gold,
                counts.pred,
                exact.precision,
                exact.recall,
                exact.f1,
                overlap.precision,
                overlap.recall,
                overlap.f1,
                accuracy(counts.value_accuracy()),
                accuracy(counts.speaker_accuracy()),
                accuracy(counts.speaker_named_accuracy()),
                accuracy(counts.speaker_span_accuracy()),
            )
            .map_err(write_error)?;
        }
        if args.calibration {
            print_calibration(&name, &scores, &mut out).map_err(write_error)?;
        }
        if args.errors {
            let summary = error_summary(&scores, &docs);
            writeln!(out, "{name}: errors by type and kind").map_err(write_error)?;
            if let serde_json::Value::Object(types) = summary {
                for (span_type, detail) in types {
                    let counts: Vec<String> = ERROR_KINDS
                        .iter()
                        .map(|k| format!("{}={}", k.as_str(), detail[k.as_str()]))
                        .collect();
                    writeln!(out, "  {span_type:<14} {}", counts.join(" ")).map_err(write_error)?;
                    for key in ["top_missed", "top_spurious"] {
                        writeln!(out, "    {key}: {}", detail[key]).map_err(write_error)?;
                    }
                }
            }
        }
    }
    if args.json {
        let all = serde_json::json!({ "system": args.system, "corpora": corpora_json });
        writeln!(out, "{}", to_json(&all, false)).map_err(write_error)?;
    }
    out.flush().map_err(write_error)?;
    Ok(true)
}
