//! JSON on stderr is shaped like JSON on stdout (issue 14): one line in a pipe.

use crate::support::{OWNER, TestEnv};

#[test]
fn an_error_document_in_a_pipe_is_one_line() {
    let env = TestEnv::new();
    env.workspace("Acme Agency", "acme");
    let r = env
        .as_(OWNER, &["-w", "nope", "member", "list", "--json"])
        .code(4);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(doc["error"]["code"], "not_found");
    assert_eq!(doc["error"]["exit_code"], 4);
    // A usage error caught by the parser too.
    let r = env
        .as_(OWNER, &["member", "list", "--bogus", "--json"])
        .code(2);
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
}
