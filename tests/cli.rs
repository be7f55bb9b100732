//! The command line as a user runs it: exit codes, messages, JSON shape.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-annotator"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A command that stops at a bad option reads no input: its exit status and
    // message are what the test checks, not the write.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn annotates_stdin_as_one_json_result() {
    let output = run(
        &["annotate", "--reference-date", "2021-07-06"],
        "Hello.".as_bytes(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let result: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(result["version"], 1);
    assert_eq!(result["referenceDate"], "2021-07-06");
    assert_eq!(result["referenceDateSource"], "given");
    assert!(result["annotations"].is_array());
    assert!(result["entities"].is_array());
}

#[test]
fn reads_a_file_argument() {
    let path = std::env::temp_dir().join(format!("annotator-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "Some text.").unwrap();
    let output = run(&["annotate", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success(), "{}", stderr(&output));
    let result: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(result["referenceDateSource"], "none");
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let output = run(&["annotate"], b"caf\xe9 au lait");
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("UTF-8") && message.contains("offset 3"),
        "{message}"
    );
    assert!(!message.contains("panicked"));
}

#[test]
fn bad_options_are_named() {
    for (args, expected) in [
        (
            vec!["annotate", "--reference-date", "yesterday"],
            "YYYY-MM-DD",
        ),
        (vec!["annotate", "--offsets", "words"], "utf16"),
        (vec!["annotate", "--kinds", "people"], "person"),
        (vec!["annotate", "--frobnicate"], "--frobnicate"),
        (vec!["annotate", "--offsets"], "needs a value"),
        (
            vec!["annotate", "/no/such/file"],
            "cannot read /no/such/file",
        ),
        (vec!["summarize"], "unknown command"),
    ] {
        let output = run(&args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains(expected), "{args:?}: {message}");
    }
}

#[test]
fn jsonl_keeps_good_lines_when_one_is_bad() {
    let input = "{\"id\": \"a\", \"text\": \"First.\"}\n\
                 not json\n\
                 {\"id\": 7, \"text\": \"Third.\", \"dct\": \"2020-02-30\"}\n\
                 \n\
                 {\"id\": \"d\", \"text\": \"Fourth.\", \"dct\": \"2016-09-12\"}\n";
    let output = run(
        &["annotate", "--jsonl", "--offsets", "chars"],
        input.as_bytes(),
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "a bad line makes the status non-zero"
    );
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&serde_json::Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids, ["a", "d"]);
    assert_eq!(lines[1]["referenceDate"], "2016-09-12");
    let message = stderr(&output);
    assert!(message.contains("line 2:"), "{message}");
    assert!(
        message.contains("line 3:") && message.contains("calendar date"),
        "{message}"
    );
}

#[test]
fn help_and_version() {
    let output = run(&["--help"], b"");
    assert!(output.status.success());
    assert!(stdout(&output).contains("--offsets utf16|chars|bytes"));
    for flag in ["--version", "-V"] {
        let output = run(&[flag], b"");
        assert_eq!(output.status.code(), Some(0), "{flag}: {}", stderr(&output));
        let line = stdout(&output);
        let version = line
            .strip_prefix("article-annotator ")
            .unwrap_or_else(|| panic!("{flag}: {line:?}"));
        assert_eq!(version.trim(), env!("CARGO_PKG_VERSION"), "{flag}");
    }
}

/// Text where UTF-16, code point and byte offsets all differ before every annotation.
const UNICODE: &str = "😀 Café: on Monday, José Martínez said in Zürich that \
                       “the café will reopen in March 2021,” a week before Angela Merkel visited Paris.";

fn annotations(output: &Output) -> Vec<serde_json::Value> {
    assert!(output.status.success(), "{}", stderr(output));
    let result: serde_json::Value = serde_json::from_str(&stdout(output)).unwrap();
    let list = result["annotations"].as_array().unwrap().clone();
    let kinds: std::collections::BTreeSet<&str> =
        list.iter().map(|a| a["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["date", "person", "place", "quote"],
        "the text has every kind"
    );
    list
}

#[test]
fn offsets_in_bytes_chars_and_utf16_slice_the_text() {
    let bytes = annotations(&run(
        &["annotate", "--offsets", "bytes"],
        UNICODE.as_bytes(),
    ));
    let chars = annotations(&run(
        &["annotate", "--offsets", "chars"],
        UNICODE.as_bytes(),
    ));
    let utf16 = annotations(&run(&["annotate"], UNICODE.as_bytes()));
    let code_points: Vec<char> = UNICODE.chars().collect();
    let units: Vec<u16> = UNICODE.encode_utf16().collect();
    assert_eq!(bytes.len(), chars.len());
    assert_eq!(bytes.len(), utf16.len());
    let at = |a: &serde_json::Value| {
        (
            a["start"].as_u64().unwrap() as usize,
            a["end"].as_u64().unwrap() as usize,
            a["text"].as_str().unwrap().to_string(),
        )
    };
    for ((b, c), u) in bytes.iter().zip(&chars).zip(&utf16) {
        let (start, end, text) = at(b);
        assert_eq!(&UNICODE[start..end], text, "bytes {start}..{end}");
        let (start_c, end_c, _) = at(c);
        assert_eq!(code_points[start_c..end_c].iter().collect::<String>(), text);
        let (start_u, end_u, _) = at(u);
        assert_eq!(String::from_utf16(&units[start_u..end_u]).unwrap(), text);
        // the emoji and the accents before it make the three units differ
        assert!(
            start > start_c && start_c < start_u,
            "{text}: {start} {start_c} {start_u}"
        );
    }
}

#[test]
fn name_equals_value_is_the_same_as_name_space_value() {
    let spaced = run(
        &[
            "annotate",
            "--reference-date",
            "2021-07-06",
            "--offsets",
            "bytes",
            "--kinds",
            "date,person",
        ],
        UNICODE.as_bytes(),
    );
    let joined = run(
        &[
            "annotate",
            "--reference-date=2021-07-06",
            "--offsets=bytes",
            "--kinds=date,person",
        ],
        UNICODE.as_bytes(),
    );
    assert!(joined.status.success(), "{}", stderr(&joined));
    assert_eq!(stdout(&joined), stdout(&spaced));
    let result: serde_json::Value = serde_json::from_str(&stdout(&joined)).unwrap();
    assert_eq!(result["referenceDate"], "2021-07-06");
    let kinds: Vec<&str> = result["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"date") && kinds.contains(&"person"),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().all(|k| matches!(*k, "date" | "person")),
        "{kinds:?}"
    );
    // the reference date was read: "on Monday" resolves against it
    let monday = result["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["text"] == "Monday")
        .expect("Monday is a date");
    assert_eq!(monday["date"]["value"], "2021-07-05");
    // a bad value after = is named like one after a space
    let bad = run(&["annotate", "--offsets=words"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("utf16"), "{}", stderr(&bad));
}

#[test]
fn pretty_indents_the_same_json() {
    let plain = run(
        &["annotate", "--reference-date", "2021-07-06"],
        UNICODE.as_bytes(),
    );
    let pretty = run(
        &["annotate", "--pretty", "--reference-date", "2021-07-06"],
        UNICODE.as_bytes(),
    );
    assert!(pretty.status.success(), "{}", stderr(&pretty));
    let (plain, pretty) = (stdout(&plain), stdout(&pretty));
    assert_eq!(plain.lines().count(), 1, "without --pretty: one line");
    assert!(pretty.lines().count() > 20, "--pretty: one value a line");
    assert!(
        pretty.contains("\n  \"annotations\": ["),
        "indented by two spaces"
    );
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    assert_eq!(parse(&plain), parse(&pretty));
}
