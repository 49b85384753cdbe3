//! The database file: refused when it is not ours, untouched when refused, private when created.

use std::os::unix::fs::PermissionsExt;

use crate::support::{OWNER, TestEnv, dump_db, sqlite_only};

#[test]
fn created_0600_with_wal_and_the_current_schema() {
    sqlite_only!("the SQLite file's mode, journal mode and PRAGMA user_version");
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, roster::store::SCHEMA_VERSION);
}

#[test]
fn a_folder_is_refused() {
    sqlite_only!("a folder at the SQLite file's path");
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db()).unwrap();
    let r = env
        .as_(OWNER, &["workspace", "create", "Acme"])
        .code(9)
        .stderr_has("it is a folder, not a file");
    assert!(
        r.stderr.contains(&*env.db().to_string_lossy()),
        "names the path: {}",
        r.stderr
    );
    assert!(
        std::fs::read_dir(env.db()).unwrap().next().is_none(),
        "the folder stays empty"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    sqlite_only!("a file that is not SQLite at the database path");
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    let junk = b"this is a shopping list, not a database\n".repeat(200);
    std::fs::write(env.db(), &junk).unwrap();
    let r = env
        .as_(OWNER, &["workspace", "list"])
        .code(9)
        .stderr_has("the file is not an SQLite database");
    assert!(
        r.stderr.contains(&*env.db().to_string_lossy()),
        "{}",
        r.stderr
    );
    env.as_(OWNER, &["workspace", "create", "Acme", "--json"])
        .code(9);
    assert_eq!(std::fs::read(env.db()).unwrap(), junk);
}

/// On a file, byte for byte and with no WAL left; on a server, every row unchanged (its schema
/// version is the one-row table `roster_schema`).
#[test]
fn a_newer_schema_is_refused_byte_for_byte() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let contents = || match env.sqlite_file() {
        Some(db) => std::fs::read(db).unwrap(),
        None => env.dump().into_bytes(),
    };
    match env.sqlite_file() {
        Some(db) => {
            let conn = rusqlite::Connection::open(db).unwrap();
            conn.pragma_update(None, "user_version", roster::store::SCHEMA_VERSION + 1)
                .unwrap();
            conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        }
        None => {
            env.conn()
                .execute("UPDATE roster_schema SET version = version + 1", []);
        }
    }
    let bytes = contents();
    let r = env
        .as_(OWNER, &["workspace", "list"])
        .code(9)
        .stderr_has("is newer than this roster understands");
    assert!(r.stderr.contains("hint: upgrade roster"), "{}", r.stderr);
    env.as_(OWNER, &["workspace", "create", "Beta"]).code(9);
    assert_eq!(contents(), bytes, "the database is byte-for-byte unchanged");
    if let Some(db) = env.sqlite_file() {
        assert!(!db.with_extension("db-wal").exists());
    }
}

/// Make a file unwritable even for root (CI runs as root): chmod, then `chattr +i`.
struct ReadOnly(std::path::PathBuf);

impl ReadOnly {
    fn new(path: &std::path::Path) -> ReadOnly {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o400)).unwrap();
        if std::fs::OpenOptions::new().append(true).open(path).is_ok() {
            let st = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .status()
                .expect("chattr");
            assert!(
                st.success(),
                "cannot make {} read-only for root (chattr +i failed)",
                path.display()
            );
        }
        assert!(
            std::fs::OpenOptions::new().append(true).open(path).is_err(),
            "still writable"
        );
        ReadOnly(path.to_path_buf())
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o600));
    }
}

#[test]
fn a_read_only_database_reads_but_refuses_writes() {
    sqlite_only!("an SQLite file made read-only with chattr");
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    let _guard = ReadOnly::new(&env.db());
    let list = env.as_(OWNER, &["workspace", "list", "--json"]).ok().json();
    assert_eq!(list[0]["slug"], "acme");
    let r = env
        .as_(OWNER, &["workspace", "rename", "Acme Agency"])
        .code(9)
        .stderr_has("read-only");
    assert!(
        r.stderr.contains(&*env.db().to_string_lossy()),
        "{}",
        r.stderr
    );
    drop(_guard);
    assert_eq!(dump_db(&env.db()), before);
}

/// A file written by roster before schema 4 (triggers kept its invariants), with one member
/// assigned to two accounts.
fn version_3_file(env: &TestEnv) {
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    for sql in [
        include_str!("../../src/store/migrations/sqlite/0001_init.sql"),
        include_str!("../../src/store/migrations/sqlite/0002_require_2fa_by.sql"),
        include_str!("../../src/store/migrations/sqlite/0003_outbox_invitation.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "PRAGMA user_version = 3;
         PRAGMA application_id = 1380930388;
         INSERT INTO users (id, email, created_at) VALUES
             (1, 'owner@acme.test', '2026-01-01T00:00:00Z'),
             (2, 'client@brand.test', '2026-01-01T00:00:00Z');
         INSERT INTO workspaces (id, slug, name, owner_id, created_at, updated_at)
             VALUES (1, 'acme', 'Acme', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO memberships (id, workspace_id, user_id, role, status, created_at, updated_at)
             VALUES (1, 1, 1, 'owner', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                    (2, 1, 2, 'client', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO accounts (id, workspace_id, slug, provider, name, added_by, created_at, updated_at)
             VALUES (1, 1, 'acme-fb', 'facebook', 'Acme Page', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                    (2, 1, 'acme-ig', 'instagram', 'Acme IG', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO assignments (membership_id, account_id, approve, credentials, auth_status, created_at, updated_at)
             VALUES (2, 1, 1, NULL, 'connected', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                    (2, 2, 0, NULL, 'connected', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
    )
    .unwrap();
}

#[test]
fn a_version_3_file_upgrades_keeping_every_assignment() {
    sqlite_only!("the upgrade of an SQLite file written by roster before schema 4");
    let env = TestEnv::new();
    version_3_file(&env);
    let shown = env
        .as_(
            OWNER,
            &[
                "-w",
                "acme",
                "member",
                "show",
                "client@brand.test",
                "--json",
            ],
        )
        .ok()
        .json();
    let accounts: Vec<(&str, bool)> = shown["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["account"].as_str().unwrap(),
                a["approve"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(accounts, [("acme-fb", true), ("acme-ig", false)]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, roster::store::SCHEMA_VERSION);
    let problems: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(problems, 0);
}

/// The invariants the schema declares hold against plain SQL, not only through roster: an
/// assignment joins a member and an account of one workspace, and an owner membership is the
/// workspace's owner. A transfer (which changes both sides) still commits.
#[test]
fn the_schema_refuses_a_cross_workspace_assignment_and_a_second_owner() {
    sqlite_only!(
        "built on a version-3 SQLite file (scripts/pg-schema-check holds the PostgreSQL schema to the same invariants)"
    );
    let env = TestEnv::new();
    version_3_file(&env);
    env.as_(OWNER, &["workspace", "create", "Beta", "--slug", "beta"])
        .ok();
    env.as_(OWNER, &["-w", "acme", "member", "list"]).ok();
    let before = env.dump();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let beta_owner: i64 = conn
        .query_row(
            "SELECT m.id FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE w.slug = 'beta'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // acme's account for beta's member, claiming either workspace.
    for ws in ["1", "(SELECT id FROM workspaces WHERE slug = 'beta')"] {
        let e = conn
            .execute(
                &format!(
                    "INSERT INTO assignments (membership_id, account_id, workspace_id, created_at, updated_at)
                     VALUES (?1, 1, {ws}, 'x', 'x')"
                ),
                [beta_owner],
            )
            .unwrap_err();
        assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
    }
    // The client made owner without the workspace naming them.
    let e = conn
        .execute_batch("BEGIN; UPDATE memberships SET role = 'admin' WHERE id = 1; UPDATE memberships SET role = 'owner' WHERE id = 2; COMMIT;")
        .unwrap_err();
    assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
    conn.execute_batch("ROLLBACK").unwrap();
    drop(conn);
    assert_eq!(env.dump(), before);
    // Through roster, a transfer changes the workspace and both memberships.
    env.as_(
        OWNER,
        &[
            "-w",
            "acme",
            "member",
            "update",
            "client@brand.test",
            "--role",
            "admin",
        ],
    )
    .ok();
    env.as_(
        OWNER,
        &[
            "-w",
            "acme",
            "workspace",
            "transfer",
            "client@brand.test",
            "--yes",
        ],
    )
    .ok();
    let ws = env
        .as_(
            "client@brand.test",
            &["-w", "acme", "workspace", "show", "--json"],
        )
        .ok()
        .json();
    assert_eq!(ws["owner"], "client@brand.test");
}

/// A version-3 file holding rows a foreign tool wrote with foreign keys off cannot take the
/// upgrade: refused as a storage problem of that file (9), named, and left byte for byte.
#[test]
fn a_file_the_upgrade_cannot_take_is_refused_untouched() {
    sqlite_only!("the upgrade of an SQLite file written by roster before schema 4");
    for orphan in [
        // An assignment whose membership is gone.
        "DELETE FROM memberships WHERE id = 2",
        // An assignment whose account is gone.
        "DELETE FROM accounts WHERE id = 2",
    ] {
        let env = TestEnv::new();
        version_3_file(&env);
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute_batch(orphan).unwrap();
        drop(conn);
        let before = std::fs::read(env.db()).unwrap();
        let r = env.as_(OWNER, &["-w", "acme", "member", "list"]).code(9);
        assert!(
            r.stderr.contains("cannot upgrade") && r.stderr.contains("to schema version 4"),
            "{orphan}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("foreign_key_check"), "{}", r.stderr);
        assert_eq!(std::fs::read(env.db()).unwrap(), before, "{orphan}");
    }
}
