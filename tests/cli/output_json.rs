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
fn a_database_url_names_a_server_with_its_password_masked() {
    let env = TestEnv::new();
    // Nothing listens on port 1 of 127.0.0.1: the connection is refused, exit 9.
    let mut c = env.cmd();
    c.env("ROSTER_DB", "postgres://ann:secret@127.0.0.1:1/roster")
        .args(["--as", OWNER, "workspace", "list"]);
    let r = TestEnv::run_cmd(c).code(9);
    assert!(
        r.stderr
            .contains("cannot connect to postgres://ann:****@127.0.0.1:1/roster"),
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
    // A scheme roster does not speak is a usage error, not a relative path.
    let mut c = env.cmd();
    c.env("ROSTER_DB", "mysql://ann:secret@127.0.0.1:1/roster")
        .args(["--as", OWNER, "workspace", "list", "--json"]);
    let r = TestEnv::run_cmd(c).code(2);
    let doc = r.json_err();
    let msg = doc["error"]["message"].as_str().unwrap();
    assert!(msg.contains("not mysql://"), "{msg}");
    assert!(msg.contains("mysql://ann:****@127.0.0.1:1/roster"), "{msg}");
    assert!(!r.stderr.contains("secret"), "{}", r.stderr);
    assert!(!env.dir.path().join("mysql:").exists());
}
