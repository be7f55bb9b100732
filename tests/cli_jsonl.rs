//! `annotate --jsonl` on several threads: the same output, in input order,
//! as on one thread, bad lines still reported by number.

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
    let mut stdin_pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || stdin_pipe.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

/// Many lines of different lengths (so threads finish out of order), with a
/// bad line, a bad date and blank lines among them.
fn input() -> String {
    let mut input = String::new();
    for i in 0..300 {
        let text = match i % 4 {
            0 => format!("Story {i}. Wang Wenbin said on Monday that talks would resume."),
            1 => "The minister, Ann Smith, told reporters in Paris: “We will not give up.” "
                .repeat(1 + i % 7),
            2 => format!("Item {i}."),
            _ => format!("BEIJING, July 6 (Reuters) - Item {i} happened on 5 July."),
        };
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
        if i == 101 {
            input.push_str("not json\n\n");
        }
        if i == 202 {
            input.push_str("{\"id\": \"x\", \"text\": \"A.\", \"dct\": \"2020-02-30\"}\n");
        }
    }
    input
}

#[test]
fn threads_keep_input_order_and_output() {
    let input = input();
    let one = run(&["annotate", "--jsonl", "--threads", "1"], input.as_bytes());
    let four = run(&["annotate", "--jsonl", "--threads=4"], input.as_bytes());
    let default = run(&["annotate", "--jsonl"], input.as_bytes());
    for output in [&one, &four, &default] {
        assert_eq!(output.status.code(), Some(1), "bad lines give status 1");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("line 103: not a JSON object"), "{stderr}");
        assert!(stderr.contains("line 206: dct:"), "{stderr}");
        assert_eq!(stderr.lines().count(), 2, "{stderr}");
    }
    let ids: Vec<u64> = String::from_utf8_lossy(&one.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<u64>>());
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(one.stdout, default.stdout);
}

#[test]
fn threads_must_be_a_positive_number() {
    for bad in ["0", "two", "-1"] {
        let output = run(&["annotate", "--jsonl", "--threads", bad], b"");
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("--threads needs a number"), "{stderr}");
    }
}

#[test]
fn a_line_without_final_newline_and_crlf_lines_are_read() {
    let input = "{\"id\": 1, \"text\": \"One.\"}\r\n{\"id\": 2, \"text\": \"Two.\"}";
    let output = run(&["annotate", "--jsonl", "--threads", "2"], input.as_bytes());
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(stdout.contains("\"engine\":\"") && stdout.contains("\"id\":2"));
}
