//! The command line: `article-annotator annotate [FILE] [options]`.
//!
//! See `SCHEMA.md` for the contract. Errors go to stderr with a non-zero exit
//! status and never a panic; with `--jsonl`, a bad line is reported by number
//! and the other lines are still annotated.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use article_annotator::{annotate, Annotations, Options};
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
    --pretty                     indent the JSON
    -h, --help                   this help
    -V, --version                the version
";

struct Args {
    file: Option<String>,
    jsonl: bool,
    pretty: bool,
    options: Options,
}

fn parse_annotate_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        file: None,
        jsonl: false,
        pretty: false,
        options: Options::default(),
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // --name value and --name=value
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value ({what})"))
        };
        match name {
            "--jsonl" => parsed.jsonl = true,
            "--pretty" => parsed.pretty = true,
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
            _ if name.starts_with('-') => {
                return Err(format!("unknown option '{arg}' (see --help)"));
            }
            _ if parsed.file.is_none() => parsed.file = Some(arg.to_string()),
            _ => {
                return Err(format!(
                    "unexpected argument '{arg}': give one FILE at most"
                ))
            }
        }
        i += 1;
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

fn annotate_jsonl(args: &Args, input: &[u8], out: &mut impl Write) -> Result<bool, String> {
    let mut all_ok = true;
    let write_error = |e: io::Error| format!("cannot write output: {e}");
    for (number, line) in input.split(|&b| b == b'\n').enumerate() {
        let number = number + 1;
        let line = match std::str::from_utf8(line) {
            Ok(line) => line.trim(),
            Err(e) => {
                eprintln!(
                    "line {number}: not valid UTF-8 (bad byte at column {})",
                    e.valid_up_to() + 1
                );
                all_ok = false;
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        let parsed: InputLine = match serde_json::from_str(line) {
            Ok(parsed) => parsed,
            Err(e) => {
                eprintln!("line {number}: not a JSON object {{\"id\",\"text\",\"dct\"?}}: {e}");
                all_ok = false;
                continue;
            }
        };
        let mut options = args.options.clone();
        if let Some(dct) = parsed.dct.as_deref().filter(|d| !d.trim().is_empty()) {
            match options.clone().with_reference_date(dct) {
                Ok(with_date) => options = with_date,
                Err(e) => {
                    eprintln!("line {number}: dct: {e}");
                    all_ok = false;
                    continue;
                }
            }
        }
        let result = annotate(&parsed.text, &options);
        let output = OutputLine {
            id: &parsed.id,
            result: &result,
        };
        writeln!(out, "{}", to_json(&output, false)).map_err(write_error)?;
    }
    Ok(all_ok)
}

fn run_annotate(args: &[String]) -> Result<bool, String> {
    let args = parse_annotate_args(args)?;
    let input = read_input(args.file.as_deref())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok = if args.jsonl {
        annotate_jsonl(&args, &input, &mut out)?
    } else {
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
