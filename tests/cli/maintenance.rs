//! `roster doctor`, `roster backup FILE` and `roster restore FILE` (issue 13).

use std::os::unix::fs::PermissionsExt;

use crate::fixtures::{acme, conn, join};
use crate::support::{OWNER, TestEnv};

#[test]
fn doctor_says_all_is_well_and_exits_0() {
    let env = acme();
    let r = env.run(&["doctor", "--json"]).ok();
    let checks = r.json();
    let names: Vec<&str> = checks
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "integrity",
            "schema",
            "foreign keys",
            "file modes",
            "mail",
            "2fa",
            "invitations"
        ]
    );
    assert!(
        checks.as_array().unwrap().iter().all(|c| c["ok"] == true),
        "{checks}"
    );
    assert!(r.stderr.contains("all is well"), "{}", r.stderr);
}

#[test]
fn doctor_finds_each_problem_and_changes_nothing() {
    let mut env = acme();
    // An active member required to use 2FA who has not enrolled; an invitation that expires;
    // a failed message; a database file others may read.
    join(
        &env,
        OWNER,
        "ed@acme.test",
        "editor",
        &["--no-email", "--require-2fa"],
    );
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "late@brand.test",
            "--role",
            "client",
            "--no-email",
        ],
    )
    .ok();
    env.now = "2026-12-28T09:00:00Z".into();
    let before = env.dump();
    let r = env.run(&["doctor", "--json"]).code(6);
    let j = r.json();
    let by = |name: &str| {
        j.as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(by("2fa")["ok"], false);
    assert!(
        by("2fa")["detail"]
            .as_str()
            .unwrap()
            .contains("ed@acme.test in acme must use 2FA but has not enrolled")
    );
    assert!(
        by("invitations")["detail"]
            .as_str()
            .unwrap()
            .contains("the invitation of late@brand.test in acme has expired")
    );
    assert!(
        r.stderr
            .contains("2 check(s) found problems: 2fa, invitations"),
        "{}",
        r.stderr
    );
    conn(&env).execute("INSERT INTO outbox (workspace_slug, recipient, subject, body_text, state, created_at) VALUES ('acme', 'x@y.test', 's', 'b', 'failed', '2026-11-28T09:00:00Z')", []);
    let before_mail = env.dump();
    env.run(&["doctor"]).code(10).stderr_has("mail");
    // A database file others may read (a server database has no file mode).
    if let Some(db) = env.sqlite_file() {
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        let r = env.run(&["doctor"]).code(9);
        assert!(r.stdout.contains("is 0644, not 0600"), "{}", r.stdout);
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    assert_eq!(env.dump(), before_mail);
    assert_ne!(before, before_mail);
}

#[test]
fn doctor_on_a_missing_database_creates_nothing() {
    let env = TestEnv::new();
    // On a server: a database without roster's schema (see foreign.rs).
    if let Some(empty) = env.unmigrated_server_db() {
        let mut c = env.cmd();
        c.env("ROSTER_DB", empty.url()).arg("doctor");
        TestEnv::run_cmd(c)
            .code(9)
            .stderr_has("it has no roster schema yet")
            .stderr_has("run `roster db migrate`");
        assert_eq!(empty.tables(), 0);
        return;
    }
    env.run(&["doctor"])
        .code(4)
        .stderr_has("no roster database at");
    assert!(!env.db().exists());
}

/// A server's backup is a roster SQLite file too; it goes back with `roster db copy`, not with
/// `restore`, which replaces a file.
#[test]
fn backup_is_0600_never_overwrites_and_restores() {
    let env = acme();
    let file = env.dir.path().join("backup.db");
    env.run(&["backup", file.to_str().unwrap()])
        .ok()
        .stderr_has("Backed up");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(!env.dir.path().join("backup.db-wal").exists());
    let saved = env.dump();
    let bytes = std::fs::read(&file).unwrap();
    env.run(&["backup", file.to_str().unwrap()])
        .code(5)
        .stderr_has("already exists");
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    // Change something, then restore: needs --yes without a terminal.
    env.as_(OWNER, &["workspace", "rename", "Changed"]).ok();
    let changed = env.dump();
    if env.sqlite_file().is_none() {
        env.run(&["restore", file.to_str().unwrap(), "--yes"])
            .code(2)
            .stderr_has("restore replaces a SQLite file")
            .stderr_has("roster db copy");
        assert_eq!(env.dump(), changed);
        // The backup holds the server's rows as they were.
        let name: String = rusqlite::Connection::open(&file)
            .unwrap()
            .query_row("SELECT name FROM workspaces WHERE slug = 'acme'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(name, crate::fixtures::WS_NAME);
        return;
    }
    env.run(&["restore", file.to_str().unwrap()])
        .code(2)
        .stderr_has("pass --yes");
    assert_eq!(env.dump(), changed);
    env.run(&["restore", file.to_str().unwrap(), "--yes"])
        .ok()
        .stderr_has("Restored");
    assert_eq!(env.dump(), saved);
}

#[test]
fn restore_refuses_foreign_newer_and_junk_files_untouched() {
    let env = acme();
    let before = env.dump();
    let dir = env.dir.path();
    // Junk.
    let junk = dir.join("junk.db");
    std::fs::write(&junk, b"not a database at all, just some text").unwrap();
    env.run(&["restore", junk.to_str().unwrap(), "--yes"])
        .code(9)
        .stderr_has("the file is not an SQLite database");
    // Another program's SQLite file.
    let foreign = dir.join("foreign.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE notes(x); PRAGMA user_version = 2;")
        .unwrap();
    env.run(&["restore", foreign.to_str().unwrap(), "--yes"])
        .code(9)
        .stderr_has("another program's SQLite database");
    // A backup from a newer roster.
    let newer = dir.join("newer.db");
    env.run(&["backup", newer.to_str().unwrap()]).ok();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", roster::store::SCHEMA_VERSION + 1)
        .unwrap();
    env.run(&["restore", newer.to_str().unwrap(), "--yes"])
        .code(9)
        .stderr_has("is newer than this roster understands");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_backup_taken_while_others_write_is_consistent() {
    let env = acme();
    let writer = {
        let mut c = env.cmd();
        let csv = env.dir.path().join("many.csv");
        let mut text = String::from("email,role\n");
        for i in 0..300 {
            text.push_str(&format!("c{i}@brand.test,client\n"));
        }
        std::fs::write(&csv, text).unwrap();
        c.args([
            "--as",
            OWNER,
            "member",
            "invite",
            "--from",
            csv.to_str().unwrap(),
            "--no-email",
        ])
        .stdout(std::process::Stdio::null());
        c.spawn().unwrap()
    };
    let file = env.dir.path().join("during.db");
    env.run(&["backup", file.to_str().unwrap()]).ok();
    let out = writer.wait_with_output().unwrap();
    assert!(out.status.success());
    // All or nothing of the batch, and the copy checks out.
    let c = rusqlite::Connection::open(&file).unwrap();
    let n: i64 = c
        .query_row(
            "SELECT count(*) FROM memberships WHERE role = 'client'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(n == 0 || n == 300, "{n}");
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}
