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
    child.stdin.take().unwrap().write_all(stdin).unwrap();
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
    let output = run(&["--version"], b"");
    assert!(stdout(&output).starts_with("article-annotator "));
}
