//! `roster db copy` and `roster db migrate` on SQLite files (the server side is in
//! tests/pg_server.rs), `member login` refused on a file, and the database URL and password
//! from the config file. On the PostgreSQL run the copy's source is the test's server database.

use std::os::unix::fs::PermissionsExt;

use crate::fixtures::{acme, join};
use crate::support::{OWNER, TestEnv, sqlite_only};

#[test]
fn db_copy_makes_a_new_file_with_every_row_and_refuses_to_overwrite() {
    let env = acme();
    join(
        &env,
        OWNER,
        "cl@acme.test",
        "client",
        &["--assign", "acme-fb"],
    );
    let copy = env.dir.path().join("copy.db");
    let copy_s = copy.display().to_string();
    let src = env.db_var().to_string_lossy().into_owned();
    let r = env
        .run(&["db", "copy", &src, &copy_s, "--json"])
        .ok()
        .json();
    assert_eq!(r["tables"]["memberships"], 2);
    assert_eq!(r["tables"]["assignments"], 1);
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let list = |db: &str| {
        let mut c = env.cmd();
        c.env("ROSTER_DB", db)
            .args(["--as", OWNER, "member", "list", "--json"]);
        TestEnv::run_cmd(c).ok().stdout
    };
    assert_eq!(list(&copy_s), list(&src));
    // An existing destination is never overwritten; the source cannot be its own copy; a
    // missing source is not found. Nothing changes in any of them.
    let before = (env.dump(), std::fs::read(&copy).unwrap());
    env.run(&["db", "copy", &src, &copy_s])
        .code(5)
        .stderr_has("already exists");
    env.run(&["db", "copy", &src, &src])
        .code(2)
        .stderr_has("both the source and the destination");
    let nowhere = env.dir.path().join("nowhere.db").display().to_string();
    let fresh = env.dir.path().join("fresh.db");
    env.run(&["db", "copy", &nowhere, &fresh.display().to_string()])
        .code(4)
        .stderr_has("no roster database at");
    assert!(!fresh.exists(), "a failed copy leaves no file behind");
    assert_eq!((env.dump(), std::fs::read(&copy).unwrap()), before);
    // A URL whose scheme roster does not speak is a usage error.
    env.run(&["db", "copy", &src, "mysql://u:pw@127.0.0.1:1/x"])
        .code(2)
        .stderr_has("mysql://u:****@127.0.0.1:1/x");
}

#[test]
fn db_migrate_on_a_file_says_it_migrates_on_open_and_member_login_needs_a_server() {
    sqlite_only!("db migrate and member login on a file (on a server: tests/pg_server.rs)");
    let env = acme();
    let r = env.run(&["db", "migrate", "--json"]).ok().json();
    assert_eq!(r["from"], r["to"]);
    let before = env.dump();
    env.as_(OWNER, &["member", "login", OWNER, "ann"])
        .code(2)
        .stderr_has("database logins exist on a PostgreSQL server only");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_database_url_and_its_password_come_from_a_private_config_file() {
    let env = TestEnv::new();
    std::fs::write(
        env.config(),
        "[database]\nurl = \"postgres://ann@127.0.0.1:1/roster\"\npassword = \"s3cret\"\n",
    )
    .unwrap();
    std::fs::set_permissions(env.config(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut c = env.cmd();
    c.env_remove("ROSTER_DB")
        .args(["--as", OWNER, "workspace", "list"]);
    let r = TestEnv::run_cmd(c).code(6);
    assert!(
        r.stderr
            .contains("holds the database password but others may read it"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("s3cret"));
    std::fs::set_permissions(env.config(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // Private: the URL is used (nothing listens on port 1: exit 9), the password never shown.
    let mut c = env.cmd();
    c.env_remove("ROSTER_DB")
        .args(["--as", OWNER, "workspace", "list"]);
    let r = TestEnv::run_cmd(c).code(9);
    assert!(
        r.stderr
            .contains("cannot connect to postgres://ann@127.0.0.1:1/roster"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("s3cret"));
    assert!(!env.file_path().exists(), "no file was made instead");
}
