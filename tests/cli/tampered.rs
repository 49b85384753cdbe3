//! Files whose schema is not roster's own (issue 20, point 8): a backup with a trigger added, a
//! view, a table or an index more, a table dropped, a constraint or trigger altered. `restore`,
//! `db copy` and every command that opens the file refuse them (9, naming the difference,
//! nothing changed); `doctor` lists every difference and `PRAGMA foreign_key_check`'s.

use std::path::{Path, PathBuf};

use crate::fixtures::{acme, join};
use crate::support::{OWNER, TestEnv, sqlite_only};

/// Each change to a roster file, in SQL run on the file, and what the refusal must say.
const CHANGES: &[(&str, &str, &str)] = &[
    (
        "a trigger that makes every invited client an admin",
        "CREATE TRIGGER promote AFTER INSERT ON memberships
         BEGIN UPDATE memberships SET role = 'admin' WHERE id = NEW.id AND role = 'client'; END",
        "an extra trigger promote on memberships",
    ),
    (
        "a trigger that copies TOTP secrets into notifications",
        "CREATE TRIGGER leak AFTER INSERT ON totp
         BEGIN INSERT INTO notifications (user_id, kind, message, created_at)
               VALUES (NEW.user_id, 'x', hex(NEW.secret), NEW.created_at); END",
        "an extra trigger leak on totp",
    ),
    (
        "a view",
        "CREATE VIEW secrets AS SELECT * FROM totp",
        "an extra view secrets",
    ),
    (
        "a table",
        "CREATE TABLE notes (x)",
        "an extra table notes",
    ),
    (
        "an index",
        "CREATE INDEX users_name ON users (display_name)",
        "an extra index users_name on users",
    ),
    (
        "the audit log dropped",
        "DROP TABLE audit",
        "the table audit is missing",
    ),
    (
        "a column added",
        "ALTER TABLE users ADD COLUMN is_admin INTEGER",
        "the table users differs from roster's: `, is_admin INTEGER) STRICT` where roster has `) STRICT`",
    ),
    (
        "a CHECK edited out of a table in place",
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = replace(sql, ' CHECK (role IN (''owner'', ''admin'', ''editor'', ''client''))', '')
          WHERE name = 'memberships';",
        "the table memberships differs from roster's: `role             TEXT NOT NULL,` where roster has `role             TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'client')),`",
    ),
    (
        "a table recreated without a CHECK",
        "DROP TABLE sessions;
         CREATE TABLE sessions (
             id         INTEGER PRIMARY KEY,
             user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
             token_hash BLOB NOT NULL UNIQUE,
             created_at TEXT NOT NULL,
             expires_at TEXT NOT NULL,
             CHECK (expires_at > created_at)
         ) STRICT;",
        "the table sessions differs from roster's: `token_hash BLOB NOT NULL UNIQUE,` where roster has `token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),`",
    ),
    (
        "roster's own trigger with another body",
        "DROP TRIGGER memberships_owner_kept;
         CREATE TRIGGER memberships_owner_kept
         BEFORE DELETE ON memberships
         WHEN OLD.role = 'owner'
         BEGIN
             SELECT 1;
         END;",
        "the trigger memberships_owner_kept differs from roster's: `BEGIN` where roster has `AND EXISTS",
    ),
];

/// A backup of `acme` (with a client), as roster writes it on either backend.
fn backup(env: &TestEnv) -> PathBuf {
    join(env, OWNER, "cl@brand.test", "client", &["--no-email"]);
    let file = env.dir.path().join("backup.db");
    env.run(&["backup", file.to_str().unwrap()]).ok();
    file
}

/// A copy of `file` with `change` made to it.
fn altered(file: &Path, n: usize, change: &str) -> PathBuf {
    let out = file.with_file_name(format!("altered-{n}.db"));
    std::fs::copy(file, &out).unwrap();
    let c = rusqlite::Connection::open(&out).unwrap();
    c.execute_batch(change)
        .unwrap_or_else(|e| panic!("{change}: {e}"));
    out
}

/// Run roster on the database `db` (a file or a URL) instead of the test's own.
fn on(env: &TestEnv, db: &Path, args: &[&str]) -> crate::support::Run {
    let mut c = env.cmd();
    c.env("ROSTER_DB", db).args(args);
    TestEnv::run_cmd(c)
}

#[test]
fn restore_refuses_a_backup_whose_schema_is_not_roster_s_own() {
    let env = acme();
    let file = backup(&env);
    // A change after the backup, which a refused restore must keep.
    env.as_(OWNER, &["workspace", "rename", "Kept"]).ok();
    let before = env.dump();
    for (n, (what, change, named)) in CHANGES.iter().enumerate() {
        let bad = altered(&file, n, change);
        let bytes = std::fs::read(&bad).unwrap();
        let r = env
            .run(&["restore", bad.to_str().unwrap(), "--yes"])
            .code(9);
        assert!(
            r.stderr
                .contains("its schema is not roster's own for version")
                && r.stderr.contains(named),
            "{what}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
        assert_eq!(env.dump(), before, "{what}");
        assert_eq!(std::fs::read(&bad).unwrap(), bytes, "{what}");
    }
    // The backup as roster wrote it still restores (on a file).
    if env.sqlite_file().is_some() {
        env.run(&["restore", file.to_str().unwrap(), "--yes"]).ok();
    }
}

#[test]
fn db_copy_refuses_a_source_whose_schema_is_not_roster_s_own() {
    let env = acme();
    let file = backup(&env);
    let before = env.dump();
    for (n, (what, change, named)) in CHANGES.iter().enumerate() {
        let bad = altered(&file, n, change);
        let bytes = std::fs::read(&bad).unwrap();
        let dest = env.dir.path().join(format!("copy-{n}.db"));
        let r = env
            .run(&["db", "copy", bad.to_str().unwrap(), dest.to_str().unwrap()])
            .code(9);
        assert!(r.stderr.contains(named), "{what}: {}", r.stderr);
        assert!(!dest.exists(), "{what}: a refused copy leaves no file");
        assert_eq!(std::fs::read(&bad).unwrap(), bytes, "{what}");
        // Into a server, the source goes through the same check.
        if env.sqlite_file().is_none() {
            let url = env.db_var().to_string_lossy().into_owned();
            env.run(&["db", "copy", bad.to_str().unwrap(), &url])
                .code(9)
                .stderr_has(named);
            assert_eq!(env.dump(), before, "{what}");
        }
    }
    // The file as roster wrote it copies.
    let dest = env.dir.path().join("copy.db");
    env.run(&["db", "copy", file.to_str().unwrap(), dest.to_str().unwrap()])
        .ok();
}

#[test]
fn every_command_refuses_a_file_whose_schema_is_not_roster_s_own() {
    let env = acme();
    let file = backup(&env);
    for (n, (what, change, named)) in CHANGES.iter().enumerate() {
        let bad = altered(&file, n, change);
        let bytes = std::fs::read(&bad).unwrap();
        for args in [
            &["--as", OWNER, "me"][..],
            &["--as", OWNER, "member", "list"],
            &[
                "--as",
                OWNER,
                "member",
                "invite",
                "new@brand.test",
                "--role",
                "client",
                "--no-email",
            ],
        ] {
            let r = on(&env, &bad, args).code(9);
            assert!(
                r.stderr
                    .contains("its schema is not roster's own for version")
                    && r.stderr.contains(named),
                "{what}, {args:?}: {}",
                r.stderr
            );
            assert!(r.stderr.contains("roster doctor"), "{}", r.stderr);
            assert_eq!(std::fs::read(&bad).unwrap(), bytes, "{what}, {args:?}");
        }
    }
    on(&env, &file, &["--as", OWNER, "me"]).ok();
}

/// A file of an older version is compared with the schema of its own version, before the
/// upgrade runs: an upgrade's UPDATE would fire a trigger planted in it.
#[test]
fn an_older_file_is_checked_before_its_upgrade() {
    let env = TestEnv::new();
    let file = env.dir.path().join("v2.db");
    {
        let c = rusqlite::Connection::open(&file).unwrap();
        for sql in [
            include_str!("../../src/store/migrations/sqlite/0001_init.sql"),
            include_str!("../../src/store/migrations/sqlite/0002_require_2fa_by.sql"),
        ] {
            c.execute_batch(sql).unwrap();
        }
        c.execute_batch(
            "PRAGMA user_version = 2;
             PRAGMA application_id = 1380930388;
             INSERT INTO users (id, email, created_at) VALUES (1, 'owner@acme.test', '2026-01-01T00:00:00Z');
             INSERT INTO workspaces (id, slug, name, owner_id, created_at, updated_at)
                 VALUES (1, 'acme', 'Acme', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO memberships (id, workspace_id, user_id, role, status, created_at, updated_at)
                 VALUES (1, 1, 1, 'owner', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
    }
    // Untouched, it upgrades (a copy, to keep the original at version 2).
    let clean = env.dir.path().join("v2-clean.db");
    std::fs::copy(&file, &clean).unwrap();
    on(&env, &clean, &["--as", OWNER, "me"]).ok();
    rusqlite::Connection::open(&file)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER planted AFTER UPDATE ON memberships
             BEGIN UPDATE users SET display_name = 'pwned'; END",
        )
        .unwrap();
    let bytes = std::fs::read(&file).unwrap();
    on(&env, &file, &["--as", OWNER, "me"]).code(9).stderr_has(
        "its schema is not roster's own for version 2: an extra trigger planted on memberships",
    );
    let backup_of = env.dir.path().join("target.db");
    on(
        &env,
        &backup_of,
        &["restore", file.to_str().unwrap(), "--yes"],
    )
    .code(9)
    .stderr_has("an extra trigger planted on memberships");
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    let v: i64 = rusqlite::Connection::open(&file)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 2);
}

/// SQLite's own tables (statistics after `ANALYZE`, the AUTOINCREMENT counters) are SQLite's,
/// not a change to roster's schema: such a file still opens and restores.
#[test]
fn sqlite_s_own_tables_are_not_a_difference() {
    sqlite_only!("ANALYZE on the SQLite file");
    let env = acme();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch(
            "ANALYZE; CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT); DROP TABLE t;",
        )
        .unwrap();
    env.as_(OWNER, &["member", "list"]).ok();
    let file = env.dir.path().join("analyzed.db");
    env.run(&["backup", file.to_str().unwrap()]).ok();
    env.run(&["restore", file.to_str().unwrap(), "--yes"]).ok();
    env.run(&["doctor"]).ok();
}

#[test]
fn doctor_names_every_difference_and_broken_reference() {
    let env = acme();
    let file = backup(&env);
    // Two changes: both are listed, and the checks of rows (which assume roster's tables)
    // are not made.
    let bad = altered(&file, 0, &format!("{}; {};", CHANGES[0].1, CHANGES[5].1));
    let bytes = std::fs::read(&bad).unwrap();
    let r = on(&env, &bad, &["doctor", "--json"]).code(9);
    let checks = r.json();
    let by = |name: &str| {
        checks
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == name)
            .unwrap_or_else(|| panic!("no {name} in {checks}"))
            .clone()
    };
    let schema = by("schema");
    assert_eq!(schema["ok"], false);
    let detail = schema["detail"].as_str().unwrap();
    for named in [
        "an extra trigger promote on memberships",
        "the table audit is missing",
        "the index audit_workspace is missing",
        "mail, 2fa and invitations were not checked",
    ] {
        assert!(detail.contains(named), "{detail}");
    }
    assert_eq!(by("foreign keys")["ok"], true);
    assert_eq!(by("integrity")["ok"], true);
    assert!(
        checks
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["check"] != "mail"),
        "{checks}"
    );
    assert!(r.stderr.contains("found problems: schema"), "{}", r.stderr);
    assert_eq!(std::fs::read(&bad).unwrap(), bytes);

    // A row whose parent is gone (written with foreign keys off): the schema is roster's,
    // `PRAGMA foreign_key_check` is not clean.
    let orphan = file.with_file_name("orphan.db");
    std::fs::copy(&file, &orphan).unwrap();
    rusqlite::Connection::open(&orphan)
        .unwrap()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO notifications (user_id, kind, message, created_at)
                 VALUES (999, 'x', 'y', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
    let r = on(&env, &orphan, &["doctor", "--json"]).code(9);
    let checks = r.json();
    let fk = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "foreign keys")
        .unwrap()
        .clone();
    assert_eq!(fk["ok"], false, "{checks}");
    assert_eq!(
        fk["detail"],
        "1 row(s) of notifications refer to missing rows of users"
    );
}
