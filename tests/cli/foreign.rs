//! Issue 13, foreign files: roster marks its databases (`PRAGMA application_id` 'ROST') and
//! migrates only an empty file or one of its own; anything else is exit 9 with the bytes, and
//! the folder, untouched. Reads never create a database. Read-only folders and other users'
//! read-only files get a clear message and leave nothing behind.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::support::{OWNER, TestEnv, sqlite_only};

fn sidecars(db: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| {
            let mut p = db.as_os_str().to_owned();
            p.push(s);
            PathBuf::from(p)
        })
        .filter(|p| p.exists())
        .collect()
}

fn app_id(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap()
}

/// Another program's database at the roster path: some tables, a user_version, maybe an id.
fn foreign(env: &TestEnv, journal: &str, user_version: i64, application_id: i64) -> Vec<u8> {
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "journal_mode", journal).unwrap();
        c.execute_batch("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('mine');")
            .unwrap();
        c.pragma_update(None, "user_version", user_version).unwrap();
        c.pragma_update(None, "application_id", application_id)
            .unwrap();
    }
    assert!(sidecars(&env.db()).is_empty(), "{:?}", sidecars(&env.db()));
    std::fs::read(env.db()).unwrap()
}

#[track_caller]
fn refused_untouched(env: &TestEnv, bytes: &[u8], needle: &str) {
    for args in [
        &["member", "list"][..],
        &["workspace", "list", "--json"],
        &["workspace", "create", "Acme", "--slug", "acme"],
        &["2fa", "status"],
    ] {
        let r = env.as_(OWNER, args).code(9).stderr_has(needle);
        assert!(r.stderr.contains("left untouched"), "{}", r.stderr);
        assert_eq!(
            std::fs::read(env.db()).unwrap(),
            bytes,
            "`{}` changed the file",
            args.join(" ")
        );
        assert!(sidecars(&env.db()).is_empty(), "{:?}", sidecars(&env.db()));
    }
}

#[test]
fn another_program_s_database_is_refused_byte_for_byte() {
    sqlite_only!("another program's SQLite file at the database path");
    let env = TestEnv::new();
    let bytes = foreign(&env, "DELETE", 3, 0);
    refused_untouched(
        &env,
        &bytes,
        "another program's SQLite database (tables: notes)",
    );
}

#[test]
fn another_program_s_wal_database_gets_no_wal_or_shm() {
    sqlite_only!("the -wal and -shm files of another program's SQLite file");
    let env = TestEnv::new();
    let bytes = foreign(&env, "WAL", 0, 0);
    refused_untouched(&env, &bytes, "another program's SQLite database");
}

#[test]
fn a_file_marked_by_another_program_is_refused() {
    sqlite_only!("SQLite's PRAGMA application_id");
    let env = TestEnv::new();
    let bytes = foreign(&env, "DELETE", 0, 0x4150_5031);
    refused_untouched(
        &env,
        &bytes,
        "belongs to another program (application_id 0x41505031)",
    );
}

#[test]
fn a_lookalike_with_some_of_roster_s_tables_is_refused() {
    sqlite_only!("another program's SQLite file with some of roster's tables");
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch("CREATE TABLE users(id INTEGER); CREATE TABLE workspaces(id INTEGER); PRAGMA user_version = 1;")
            .unwrap();
    }
    let bytes = std::fs::read(env.db()).unwrap();
    refused_untouched(
        &env,
        &bytes,
        "another program's SQLite database (tables: users, workspaces)",
    );
}

#[test]
fn a_new_database_is_marked() {
    sqlite_only!("SQLite's PRAGMA application_id");
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    assert_eq!(app_id(&env.db()), 0x524F_5354);
}

#[test]
fn an_empty_file_and_an_empty_sqlite_file_become_roster_s() {
    sqlite_only!("an empty file at the database path");
    for empty_sqlite in [false, true] {
        let env = TestEnv::new();
        std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
        if empty_sqlite {
            rusqlite::Connection::open(env.db())
                .unwrap()
                .execute_batch("VACUUM")
                .unwrap();
        } else {
            std::fs::write(env.db(), b"").unwrap();
        }
        env.workspace("Acme", "acme");
        assert_eq!(app_id(&env.db()), 0x524F_5354);
    }
}

#[test]
fn a_roster_file_from_before_the_mark_is_marked_and_kept() {
    sqlite_only!("SQLite's PRAGMA application_id");
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_update(None, "application_id", 0)
        .unwrap();
    assert_eq!(app_id(&env.db()), 0);
    let list = env.as_(OWNER, &["workspace", "list", "--json"]).ok().json();
    assert_eq!(list[0]["slug"], "acme");
    assert_eq!(app_id(&env.db()), 0x524F_5354);
}

/// On a server, the counterpart of a missing file is a database without roster's schema: no
/// command sets it up (only `roster db migrate` does), each says how.
#[test]
fn reads_never_create_a_database_nor_its_folder() {
    let env = TestEnv::new();
    let reads = [
        &["member", "list"][..],
        &["workspace", "list"],
        &["audit", "list"],
        &["2fa", "status"],
        &["me"],
    ];
    if let Some(empty) = env.unmigrated_server_db() {
        for args in reads
            .iter()
            .chain([&["workspace", "create", "Acme"][..]].iter())
        {
            let mut c = env.cmd();
            c.env("ROSTER_DB", empty.url())
                .arg("--as")
                .arg(OWNER)
                .args(*args);
            TestEnv::run_cmd(c)
                .code(9)
                .stderr_has("it has no roster schema yet")
                .stderr_has("run `roster db migrate`");
            assert_eq!(empty.tables(), 0, "`{}` made tables", args.join(" "));
        }
        return;
    }
    for args in reads {
        env.as_(OWNER, args)
            .code(4)
            .stderr_has(&format!("no roster database at {}", env.db().display()))
            .stderr_has("hint: create one with `roster workspace create NAME`");
        assert!(!env.db().exists(), "`{}` created the file", args.join(" "));
        assert!(
            !env.db().parent().unwrap().exists(),
            "`{}` created the folder",
            args.join(" ")
        );
    }
    env.workspace("Acme", "acme");
}

/// chattr +i on a folder: read-only even for root (CI runs as root).
struct Immutable(PathBuf);

impl Immutable {
    fn new(p: &Path) -> Option<Immutable> {
        let ok = std::process::Command::new("chattr")
            .arg("+i")
            .arg(p)
            .status()
            .ok()?
            .success();
        ok.then(|| Immutable(p.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

#[test]
fn a_database_in_a_read_only_folder_gets_a_clear_message() {
    sqlite_only!("the folder of the SQLite file made read-only");
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    assert!(sidecars(&env.db()).is_empty(), "clean close");
    let folder = env.db().parent().unwrap().to_path_buf();
    let before = env.dump();
    // The dump's read-only connection leaves -wal/-shm; a roster run closes them away.
    env.as_(OWNER, &["workspace", "list"]).ok();
    assert!(sidecars(&env.db()).is_empty(), "{:?}", sidecars(&env.db()));
    let Some(_guard) = Immutable::new(&folder) else {
        eprintln!("skipped: chattr +i is not available here");
        return;
    };
    env.as_(OWNER, &["workspace", "rename", "Acme Agency"])
        .code(9)
        .stderr_has(&format!("its folder {} is read-only", folder.display()));
    // Creating a database there says the same.
    let mut c = env.cmd();
    let other = folder.join("other.db");
    c.env("ROSTER_DB", &other)
        .args(["--as", OWNER, "workspace", "create", "Beta"]);
    let r = TestEnv::run_cmd(c);
    assert_eq!(r.code, 9, "{r:?}");
    assert!(
        r.stderr
            .contains(&format!("the folder {} is not writable", folder.display())),
        "{}",
        r.stderr
    );
    drop(_guard);
    assert_eq!(env.dump(), before);
}

#[test]
fn another_user_reading_a_0444_file_leaves_no_wal_or_shm() {
    sqlite_only!("a 0444 SQLite file and its -wal and -shm files");
    // Run roster as `nobody` (setpriv) on root's 0444 database in a folder nobody can write.
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    assert!(sidecars(&env.db()).is_empty());
    let root = env.dir.path();
    for p in [root, &root.join("data"), &root.join("config")] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
    let bytes = std::fs::read(env.db()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("roster");
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        .env("ROSTER_DB", env.db())
        .env("ROSTER_CONFIG", env.config())
        .env("ROSTER_NOW", &env.now)
        .env("HOME", root)
        .args(["--as", OWNER, "workspace", "list", "--json"])
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: setpriv is not available here");
        return;
    };
    if String::from_utf8_lossy(&out.stderr).contains("setpriv:") {
        eprintln!("skipped: {}", String::from_utf8_lossy(&out.stderr));
        return;
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"acme\""));
    assert!(
        sidecars(&env.db()).is_empty(),
        "left behind: {:?}",
        sidecars(&env.db())
    );
    assert_eq!(std::fs::read(env.db()).unwrap(), bytes);
}
