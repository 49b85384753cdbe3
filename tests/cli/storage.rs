//! The database file: refused when it is not ours, untouched when refused, private when created.

use std::os::unix::fs::PermissionsExt;

use crate::support::{OWNER, TestEnv, dump_db};

#[test]
fn created_0600_with_wal_and_the_current_schema() {
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

#[test]
fn a_newer_schema_is_refused_byte_for_byte() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "user_version", roster::store::SCHEMA_VERSION + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let bytes = std::fs::read(env.db()).unwrap();
    let r = env
        .as_(OWNER, &["workspace", "list"])
        .code(9)
        .stderr_has("is newer than this roster understands");
    assert!(r.stderr.contains("hint: upgrade roster"), "{}", r.stderr);
    env.as_(OWNER, &["workspace", "create", "Beta"]).code(9);
    assert_eq!(
        std::fs::read(env.db()).unwrap(),
        bytes,
        "the file is byte-for-byte unchanged"
    );
    assert!(!env.db().with_extension("db-wal").exists());
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
