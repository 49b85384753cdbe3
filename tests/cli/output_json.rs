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

#[test]
fn a_database_url_is_refused_until_a_backend_speaks_it() {
    let env = TestEnv::new();
    let mut c = env.cmd();
    c.env("ROSTER_DB", "postgres://ann:secret@127.0.0.1:5432/roster")
        .args(["--as", OWNER, "workspace", "list"]);
    let r = TestEnv::run_cmd(c).code(2);
    assert!(
        r.stderr.contains("speaks SQLite files only"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("postgres://ann:****@127.0.0.1:5432/roster"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("secret"),
        "the password is masked: {}",
        r.stderr
    );
    assert!(
        !env.dir.path().join("postgres:").exists(),
        "no folder made of the URL"
    );
}
