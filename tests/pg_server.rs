//! roster on a shared PostgreSQL server (issue 15), through the real binary: schema versions,
//! who a login acts as, the everyday role's rights on the audit log, concurrent writers on one
//! workspace, two outbox senders, and `db copy` both ways.
//! Needs a server: `scripts/pg-throwaway --run cargo test --test pg_server -- --ignored`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use assert_cmd::cargo::CommandCargoExt;
use roster::store::pg::PgConn;

const NOW: &str = "2026-11-28T09:00:00Z";
const OWNER: &str = "owner@acme.test";

fn server() -> String {
    std::env::var("ROSTER_TEST_PG_URL")
        .expect("ROSTER_TEST_PG_URL: run under scripts/pg-throwaway --run")
}

/// A name no other test of any process uses (databases and roles are the cluster's).
fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// The URL of `db` on the test server, as `user` with `password` (the admin's by default).
fn url_of(db: &str, login: Option<(&str, &str)>) -> String {
    let admin = server();
    let (scheme_auth, rest) = admin.split_once('@').expect("user@ in the URL");
    let host = rest.split_once('/').map(|(h, _)| h).unwrap_or(rest);
    match login {
        None => format!("{scheme_auth}@{host}/{db}"),
        Some((user, pw)) => format!("postgres://{user}:{pw}@{host}/{db}"),
    }
}

fn admin() -> PgConn {
    PgConn::connect(&server()).expect("connect to the test server")
}

/// A temporary home, and a fresh, empty database on the server.
struct Env {
    home: tempfile::TempDir,
    db: String,
}

impl Env {
    fn new() -> Env {
        let db = unique("rs");
        admin()
            .client_for_tests()
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .unwrap();
        Env {
            home: tempfile::tempdir().unwrap(),
            db,
        }
    }

    /// A set-up database (`db migrate`) with acme, owned by OWNER.
    fn acme() -> Env {
        let env = Env::new();
        env.run(&["db", "migrate"]).ok();
        env.run(&[
            "--as",
            OWNER,
            "workspace",
            "create",
            "Acme",
            "--slug",
            "acme",
        ])
        .ok();
        env
    }

    /// The owner invites ed@acme.test as an editor (through the admin login): the token.
    fn invite_ed(&self) -> String {
        let invited = self
            .run(&[
                "--as",
                OWNER,
                "member",
                "invite",
                "ed@acme.test",
                "--role",
                "editor",
                "--no-email",
                "--json",
            ])
            .ok()
            .json();
        invited["token"].as_str().expect("a token").to_string()
    }

    fn url(&self) -> String {
        url_of(&self.db, None)
    }

    fn cmd_at(&self, db: &str) -> Command {
        let mut c = Command::cargo_bin("roster").unwrap();
        for v in [
            "ROSTER_AS",
            "ROSTER_WORKSPACE",
            "ROSTER_MAIL_URL",
            "PGPASSWORD",
        ] {
            c.env_remove(v);
        }
        let home = self.home.path();
        c.env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("ROSTER_CONFIG", home.join("config.toml"))
            .env("ROSTER_DB", db)
            .env("ROSTER_NOW", NOW)
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_at(&self.url(), args)
    }

    fn run_at(&self, db: &str, args: &[&str]) -> Run {
        Run(self.cmd_at(db).args(args).output().unwrap())
    }

    /// A login of the server that can connect to this database, in the everyday role.
    fn login(&self, name: &str) -> (String, String) {
        let login = unique(name);
        let pw = "pw-".to_string() + &login;
        admin()
            .client_for_tests()
            .batch_execute(&format!(
                "CREATE ROLE {login} LOGIN PASSWORD '{pw}' IN ROLE {}",
                roster::store::pg::login_role(&self.db)
            ))
            .unwrap();
        (login, pw)
    }

    fn sql(&self, login: Option<(&str, &str)>, q: &str) -> Result<(), postgres::Error> {
        PgConn::connect(&url_of(&self.db, login))
            .unwrap()
            .client_for_tests()
            .batch_execute(q)
    }

    fn count(&self, q: &str) -> i64 {
        let c = PgConn::connect(&self.url()).unwrap();
        let mut c = c.client_for_tests();
        c.query_one(q, &[]).unwrap().get(0)
    }

    fn dump(&self) -> String {
        let c = PgConn::connect(&self.url()).unwrap();
        let mut c = c.client_for_tests();
        let mut out = String::new();
        for t in roster::store::copy::TABLES {
            let rows = c
                .query(&format!("SELECT t::text FROM {t} t ORDER BY 1"), &[])
                .unwrap();
            out.push_str(&format!("## {t}\n"));
            for r in rows {
                out.push_str(r.get::<_, &str>(0));
                out.push('\n');
            }
        }
        out
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        let _ = admin()
            .client_for_tests()
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.db));
    }
}

struct Run(Output);

impl Run {
    fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    fn out(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    fn err(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    #[track_caller]
    fn ok(self) -> Run {
        assert_eq!(
            self.code(),
            0,
            "stdout: {}\nstderr: {}",
            self.out(),
            self.err()
        );
        self
    }
    #[track_caller]
    fn fails(self, code: i32, needle: &str) -> Run {
        assert_eq!(
            self.code(),
            code,
            "stdout: {}\nstderr: {}",
            self.out(),
            self.err()
        );
        assert!(
            self.err().contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.err()
        );
        self
    }
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.out()).unwrap_or_else(|e| panic!("{e}: {}", self.out()))
    }
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn a_server_is_set_up_only_by_db_migrate_and_a_newer_schema_is_refused() {
    let env = Env::new();
    env.run(&["--as", OWNER, "workspace", "create", "Acme"])
        .fails(9, "it has no roster schema yet")
        .fails(9, "roster db migrate");
    assert_eq!(
        env.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        0
    );
    let first = env.run(&["db", "migrate", "--json"]).ok().json();
    assert_eq!(first["from"], 0);
    assert_eq!(first["to"], roster::store::pg::SCHEMA_VERSION);
    let again = env.run(&["db", "migrate", "--json"]).ok().json();
    assert_eq!(again["from"], again["to"], "idempotent");
    // An older schema waits for `db migrate`; a newer one for a newer roster. Both untouched.
    env.sql(None, "UPDATE roster_schema SET version = 1")
        .unwrap();
    let before = env.dump();
    env.run(&["--as", OWNER, "workspace", "create", "Acme"])
        .fails(9, "is older than this roster's");
    assert_eq!(env.dump(), before);
    env.sql(None, "UPDATE roster_schema SET version = 99")
        .unwrap();
    env.run(&["--as", OWNER, "workspace", "list"])
        .fails(9, "schema version 99 is newer");
    env.run(&["db", "migrate"])
        .fails(9, "schema version 99 is newer");
    assert_eq!(env.count("SELECT version FROM roster_schema"), 99);
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn a_login_acts_as_its_member_only_and_an_unbound_login_can_only_ask_who_it_is() {
    let env = Env::acme();
    let token = env.invite_ed();
    let (ed, ed_pw) = env.login("ed");
    let (stray, stray_pw) = env.login("stray");
    let as_ed = url_of(&env.db, Some((&ed, &ed_pw)));
    let as_stray = url_of(&env.db, Some((&stray, &stray_pw)));

    // Unbound: `me` says how to get bound (exit 0); anything else is refused (3).
    let me = env.run_at(&as_stray, &["me", "--json"]).ok();
    assert_eq!(me.json()["bound"], false);
    assert!(
        me.err()
            .contains(&format!("roster member login YOUR_EMAIL {stray}")),
        "{}",
        me.err()
    );
    let before = env.dump();
    env.run_at(&as_stray, &["workspace", "list"])
        .fails(3, &format!("the database login '{stray}' is not bound"));
    env.run_at(&as_stray, &["--as", OWNER, "member", "list"])
        .fails(3, "not bound");
    assert_eq!(env.dump(), before);

    // (She accepts through the admin login, which may act as anyone, as a file's owner can.)
    env.run(&[
        "--as",
        "ed@acme.test",
        "invite",
        "accept",
        "acme",
        "--token",
        &token,
    ])
    .ok();
    let before = env.dump();

    // Only the owner binds, through the admin login; an everyday login cannot.
    env.run(&[
        "--as",
        "ed@acme.test",
        "member",
        "login",
        "ed@acme.test",
        &ed,
    ])
    .fails(3, "only the owner may bind");
    env.run_at(&as_stray, &["member", "login", "ed@acme.test", &ed])
        .fails(3, "admin login");
    env.run(&[
        "--as",
        OWNER,
        "member",
        "login",
        "ed@acme.test",
        "nobody_here",
    ])
    .fails(4, "no login named 'nobody_here'");
    assert_eq!(env.dump(), before);
    let bound = env
        .run(&[
            "--as",
            OWNER,
            "member",
            "login",
            "ed@acme.test",
            &ed,
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(bound["result"], "created");
    env.run(&["--as", OWNER, "member", "login", "owner@acme.test", &ed])
        .fails(5, "already bound to ed@acme.test");

    // Bound: the login is ed, whatever --as says.
    let me = env.run_at(&as_ed, &["me", "--json"]).ok().json();
    assert_eq!(me["email"], "ed@acme.test");
    assert_eq!(me["login"], ed.as_str());
    let before = env.dump();
    env.run_at(&as_ed, &["--as", OWNER, "workspace", "rename", "Mine"])
        .fails(3, "acting as owner@acme.test is refused");
    env.run_at(&as_ed, &["--as", OWNER, "member", "list"])
        .fails(3, "is refused");
    assert_eq!(env.dump(), before);
    env.run_at(&as_ed, &["--as", "ed@acme.test", "member", "list"])
        .ok();

    // Her changes are audited with the login the server authenticated.
    env.run_at(&as_ed, &["member", "leave", "--yes"]).ok();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit WHERE actor = 'ed@acme.test' AND login = '{ed}'"
        )),
        1
    );

    // The everyday role: the audit log is append-only and the bindings read-only, even in
    // plain SQL; no DDL.
    let ed_login = Some((ed.as_str(), ed_pw.as_str()));
    for q in [
        "UPDATE audit SET actor = 'someone@else.test'",
        "DELETE FROM audit",
        "TRUNCATE audit",
        "UPDATE logins SET user_id = 1",
        "INSERT INTO logins (login, user_id, created_at) VALUES ('x', 1, 'now')",
        "CREATE TABLE mine (x int)",
        "DROP TABLE posts",
        "UPDATE roster_schema SET version = 1",
    ] {
        let e = env.sql(ed_login, q).expect_err(q);
        assert_eq!(e.code().map(|c| c.code()), Some("42501"), "{q}: {e}");
    }
    env.sql(ed_login, "SELECT count(*) FROM audit").unwrap();

    // Nor can it write in someone else's name, take the next audit id ahead of roster, or get
    // the owner's rights through the two audit functions (a temporary table named like ours
    // does not stand in for it; the arguments are checked).
    let audit_rows = env.count("SELECT count(*) FROM audit");
    for forged in ["'postgres'", "NULL"] {
        let e = env
            .sql(
                ed_login,
                &format!(
                    "INSERT INTO audit (at, actor, command, action, workspace, login)
                     VALUES ('2026-11-28T09:00:00Z', 'owner@acme.test', 'x', 'x', 'acme', {forged})"
                ),
            )
            .expect_err("a row in another login's name");
        // The everyday role holds no INSERT privilege on the login column.
        assert_eq!(e.code().map(|c| c.code()), Some("42501"), "{e:?}");
    }
    env.sql(
        ed_login,
        "INSERT INTO audit (at, actor, command, action, workspace)
         VALUES ('2026-11-28T09:00:00Z', 'owner@acme.test', 'x', 'x', 'acme')",
    )
    .unwrap();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit WHERE command = 'x' AND login = '{ed}'"
        )),
        1,
        "the login column says who really wrote the row"
    );
    let e = env
        .sql(
            ed_login,
            "INSERT INTO audit (id, at, actor, command, action) VALUES (999999, 'a', 'b', 'c', 'd')",
        )
        .expect_err("an explicit audit id");
    assert_eq!(e.code().map(|c| c.code()), Some("428C9"), "{e}");
    env.sql(
        ed_login,
        "CREATE TEMP TABLE workspaces (slug text);
         CREATE TEMP TABLE audit (id bigint, workspace text, batch_id text, login text);
         SELECT roster_audit_detach('acme', 'acme (deleted now)');
         SELECT roster_audit_detach('gone', 'anything');
         SELECT roster_audit_tag_batch(0, 'forged');",
    )
    .unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM public.audit WHERE workspace <> 'acme'"),
        0,
        "no audit row relabelled"
    );
    // (A login may tag its own rows with a batch id, as `config apply` does; no one else's.)
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM public.audit WHERE batch_id IS NOT NULL AND login <> '{ed}'"
        )),
        0,
        "no other login's audit row tagged"
    );
    assert_eq!(env.count("SELECT count(*) FROM audit"), audit_rows + 1);

    // A login of this database cannot even connect to another roster database on the server.
    let other = Env::acme();
    let e = PgConn::connect(&url_of(&other.db, ed_login))
        .err()
        .expect("refused");
    assert_eq!(e.code().map(|c| c.code()), Some("42501"), "{e:?}");
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn an_owner_unbinds_a_login_and_it_loses_the_database() {
    let env = Env::acme();
    env.run(&[
        "--as",
        OWNER,
        "member",
        "invite",
        "ann@acme.test",
        "--role",
        "admin",
        "--no-email",
    ])
    .ok();
    let (ann, pw) = env.login("ann");
    let as_ann = url_of(&env.db, Some((&ann, &pw)));
    env.run(&["--as", OWNER, "member", "login", "ann@acme.test", &ann])
        .ok();
    assert_eq!(
        env.run_at(&as_ann, &["me", "--json"]).ok().json()["email"],
        "ann@acme.test"
    );
    env.run(&[
        "--as",
        OWNER,
        "member",
        "login",
        "ed@acme.test",
        &ann,
        "--unbind",
    ])
    .fails(4, "not a member");
    let r = env
        .run(&[
            "--as",
            OWNER,
            "member",
            "login",
            "ann@acme.test",
            &ann,
            "--unbind",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["result"], "unbound");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM logins WHERE login = '{ann}'"
        )),
        0
    );
    // Bound no more, and without the database's role it cannot connect at all: roster says
    // why and how to get bound, not that the password may be wrong.
    let r = env
        .run_at(&as_ann, &["me"])
        .fails(3, &format!("the database login '{ann}' may not use"));
    assert!(
        r.err()
            .contains(&format!("`roster member login YOUR_EMAIL {ann}`")),
        "{}",
        r.err()
    );
    assert!(!r.err().contains("password"), "{}", r.err());
    env.run(&[
        "--as",
        OWNER,
        "member",
        "login",
        "ann@acme.test",
        &ann,
        "--unbind",
    ])
    .fails(4, "is not bound to ann@acme.test");
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn a_workspace_two_logins_wrote_to_is_deleted_and_audit_list_names_each_rows_login() {
    let env = Env::acme();
    let token = env.invite_ed();
    let (ann, ann_pw) = env.login("ann");
    let (ed, ed_pw) = env.login("ed");
    env.run(&["--as", OWNER, "member", "login", OWNER, &ann])
        .ok();
    env.run(&["--as", OWNER, "member", "login", "ed@acme.test", &ed])
        .ok();
    let as_ann = url_of(&env.db, Some((&ann, &ann_pw)));
    let as_ed = url_of(&env.db, Some((&ed, &ed_pw)));
    // Each login writes through roster: ed accepts, ann renames.
    env.run_at(&as_ed, &["invite", "accept", "acme", "--token", &token])
        .ok();
    env.run_at(&as_ann, &["workspace", "rename", "Acme Two"])
        .ok();
    // ed writes a row of his own with plain SQL, naming the owner as its actor.
    env.sql(
        Some((&ed, &ed_pw)),
        "INSERT INTO audit (at, actor, command, action, workspace)
         VALUES ('2026-11-28T09:00:00Z', 'owner@acme.test', 'workspace rename', 'workspace.rename', 'acme')",
    )
    .unwrap();

    // audit list shows each row's login, in the table and in JSON: the forged row is ed's.
    let rows = env
        .run_at(&as_ann, &["audit", "list", "--json"])
        .ok()
        .json();
    let rows = rows.as_array().expect("an array");
    let logins: Vec<&str> = rows
        .iter()
        .map(|r| r["login"].as_str().unwrap_or("null"))
        .collect();
    assert_eq!(
        logins.last().copied(),
        Some(ed.as_str()),
        "the row written in psql is ed's: {logins:?}"
    );
    assert!(
        logins.contains(&ann.as_str()),
        "the rename is ann's: {logins:?}"
    );
    let table = env.run_at(&as_ann, &["audit", "list"]).ok().out();
    assert!(table.contains("LOGIN") && table.contains(&ed), "{table}");

    // Rows of two logins (and the admin's) in its trail: the owner still deletes it, and
    // the trail is relabelled, whoever wrote each row.
    let before = env.count("SELECT count(*) FROM audit WHERE workspace = 'acme'");
    assert!(before >= 4, "{before}");
    env.run_at(&as_ann, &["workspace", "delete", "--yes"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM workspaces"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE workspace = 'acme'"),
        0,
        "every row relabelled"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE workspace LIKE 'acme (deleted %'"),
        before + 1
    );
}

/// Run `n` roster processes at once, each with its own arguments, and wait for all.
fn at_once(env: &Env, runs: Vec<Vec<String>>) -> Vec<Run> {
    let children: Vec<_> = runs
        .iter()
        .map(|args| {
            env.cmd_at(&env.url())
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| Run(c.wait_with_output().unwrap()))
        .collect()
}

fn csv(dir: &Path, name: &str, emails: impl Iterator<Item = String>) -> PathBuf {
    let path = dir.join(name);
    let mut text = "email,role\n".to_string();
    for e in emails {
        text.push_str(&format!("{e},client\n"));
    }
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn eight_writers_on_one_workspace_lose_nothing_and_one_email_becomes_one_membership() {
    let env = Env::acme();
    let runs = (0..8)
        .map(|p| {
            let file = csv(
                env.home.path(),
                &format!("batch{p}.csv"),
                (0..250).map(|i| format!("c{p}-{i}@acme.test")),
            );
            ["--as", OWNER, "member", "invite", "--from"]
                .iter()
                .map(|s| s.to_string())
                .chain([file.display().to_string(), "--no-email".into()])
                .collect()
        })
        .collect();
    for r in at_once(&env, runs) {
        r.ok();
    }
    assert_eq!(
        env.count("SELECT count(*) FROM memberships WHERE role = 'client'"),
        2000
    );
    assert_eq!(env.count("SELECT count(*) FROM invitations"), 2000);
    assert_eq!(
        env.count("SELECT count(*) FROM memberships WHERE role = 'owner'"),
        1
    );

    // Two processes inviting the same person at once: one membership, one invitation.
    let same: Vec<Vec<String>> = (0..2)
        .map(|_| {
            [
                "--as",
                OWNER,
                "member",
                "invite",
                "twice@acme.test",
                "--role",
                "client",
                "--no-email",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect()
        })
        .collect();
    let results = at_once(&env, same);
    assert!(
        results.iter().all(|r| r.code() == 0),
        "{:?}",
        results.iter().map(Run::err).collect::<Vec<_>>()
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
              WHERE u.email = 'twice@acme.test'"
        ),
        1
    );
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn two_outbox_senders_deliver_each_message_once() {
    let env = Env::acme();
    let file = csv(
        env.home.path(),
        "mail.csv",
        (0..60).map(|i| format!("m{i}@acme.test")),
    );
    // Queue without sending: the file transport's folder is a regular file, so delivery fails
    // after the commit (exit 10) and the messages stay queued.
    let blocked = env.home.path().join("blocked");
    std::fs::write(&blocked, "not a folder").unwrap();
    let mut c = env.cmd_at(&env.url());
    c.env("ROSTER_MAIL_URL", format!("file://{}", blocked.display()))
        .args(["--as", OWNER, "member", "invite", "--from"])
        .arg(&file);
    let queued = Run(c.output().unwrap());
    assert_eq!(queued.code(), 10, "{}", queued.err());
    assert_eq!(
        env.count("SELECT count(*) FROM outbox WHERE state = 'queued'"),
        60
    );
    let outbox = env.home.path().join("sent");
    let senders = (0..2)
        .map(|_| {
            let mut c = env.cmd_at(&env.url());
            c.env("ROSTER_MAIL_URL", format!("file://{}", outbox.display()))
                .args(["--as", OWNER, "outbox", "send", "--ignore-backoff"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect::<Vec<_>>();
    for s in senders {
        Run(s.wait_with_output().unwrap()).ok();
    }
    let files = std::fs::read_dir(&outbox).unwrap().count();
    assert_eq!(files, 60, "each message delivered exactly once");
    assert_eq!(
        env.count("SELECT count(*) FROM outbox WHERE state = 'sent'"),
        60
    );
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn db_copy_round_trips_file_to_server_to_file() {
    let env = Env::new();
    let home = env.home.path();
    let first = home.join("first.db");
    let file = first.display().to_string();
    let on = |db: &str, args: &[&str]| env.run_at(db, args);
    on(
        &file,
        &[
            "--as",
            OWNER,
            "workspace",
            "create",
            "Acme",
            "--slug",
            "acme",
        ],
    )
    .ok();
    on(
        &file,
        &[
            "--as",
            OWNER,
            "account",
            "add",
            "--provider",
            "facebook",
            "--name",
            "Acme Page",
        ],
    )
    .ok();
    on(
        &file,
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "cl@acme.test",
            "--role",
            "client",
            "--assign",
            "acme-page",
            "--no-email",
        ],
    )
    .ok();
    on(
        &file,
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "ed@acme.test",
            "--role",
            "editor",
            "--no-email",
        ],
    )
    .ok();
    let reads = |db: &str| -> Vec<serde_json::Value> {
        [
            &["--as", OWNER, "member", "list", "--json"][..],
            &["--as", OWNER, "audit", "list", "--json"],
            &["--as", OWNER, "me", "--json"],
            &["--as", "cl@acme.test", "me", "--json"],
        ]
        .iter()
        .map(|a| on(db, a).ok().json())
        .collect()
    };
    let original = reads(&file);

    // A file's login bindings (which a file never uses, and anyone may edit) bind no one on the
    // server.
    rusqlite::Connection::open(&first)
        .unwrap()
        .execute(
            "INSERT INTO logins (login, user_id, created_at) VALUES ('mallory', 1, 'now')",
            [],
        )
        .unwrap();

    // File → server (set up by the copy), then server → a new file.
    let copied = on(&file, &["db", "copy", &file, &env.url(), "--json"])
        .ok()
        .json();
    assert!(copied["rows"].as_i64().unwrap() > 5, "{copied}");
    assert_eq!(copied["tables"]["logins"], 0);
    assert_eq!(env.count("SELECT count(*) FROM logins"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE login IS NOT NULL"),
        0,
        "copied audit rows keep their (empty) login"
    );
    let mut on_server = reads(&env.url());
    // `me` on a server also names the login.
    for doc in &mut on_server[2..] {
        assert_eq!(doc["login"], "postgres", "{doc}");
        doc.as_object_mut().unwrap().remove("login");
    }
    assert_eq!(on_server, original);
    let back = home.join("back.db").display().to_string();
    on(&file, &["db", "copy", &env.url(), &back]).ok();
    assert_eq!(reads(&back), original);

    // New ids continue past the copied ones on the server.
    on(
        &env.url(),
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "new@acme.test",
            "--role",
            "client",
            "--no-email",
        ],
    )
    .ok();

    // A destination that holds rows is refused, untouched.
    let before = env.dump();
    on(&file, &["db", "copy", &file, &env.url()]).fails(5, "is not empty");
    assert_eq!(env.dump(), before);
    on(&file, &["db", "copy", &env.url(), &back]).fails(5, "already exists");
    on(&file, &["db", "copy", &file, &file]).fails(2, "both the source and the destination");
}

/// The uid the throwaway server runs as: `postgres` when the tests run as root.
fn server_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    if std::fs::metadata("/proc/self").ok()?.uid() != 0 {
        return None;
    }
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd
        .lines()
        .find(|l| l.starts_with("postgres:"))
        .and_then(|l| l.split(':').nth(2))
        .and_then(|uid| uid.parse().ok())
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run one statement as the server's superuser, outside any transaction (ALTER SYSTEM).
fn admin_sql(q: &str) {
    admin().client_for_tests().batch_execute(q).unwrap();
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn sslmode_require_speaks_tls_and_checks_the_servers_certificate() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::acme();
    // A private CA, a server certificate for 127.0.0.1 signed by it, and a CA that did not sign.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(d.join("ext.cnf"), "subjectAltName=IP:127.0.0.1\n").unwrap();
    let req = [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
    ];
    openssl(
        d,
        &[
            &req[..],
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-subj",
                "/CN=roster test CA",
            ],
        ]
        .concat(),
    );
    openssl(
        d,
        &[
            &req[..],
            &[
                "-keyout",
                "other.key",
                "-out",
                "other.pem",
                "-subj",
                "/CN=another CA",
            ],
        ]
        .concat(),
    );
    openssl(
        d,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
    );
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
    std::fs::set_permissions(d.join("server.key"), std::fs::Permissions::from_mode(0o600)).unwrap();
    if let Some(uid) = server_uid() {
        for f in ["server.key", "server.pem"] {
            std::os::unix::fs::chown(d.join(f), Some(uid), None).unwrap();
        }
    }
    admin_sql(&format!(
        "ALTER SYSTEM SET ssl_cert_file = '{}'",
        d.join("server.pem").display()
    ));
    admin_sql(&format!(
        "ALTER SYSTEM SET ssl_key_file = '{}'",
        d.join("server.key").display()
    ));
    admin_sql("ALTER SYSTEM SET ssl = on");
    admin_sql("SELECT pg_reload_conf()");
    // The postmaster reloads on its own time: wait until a new connection sees TLS on.
    let on = (0..200).any(|_| {
        let c = admin();
        let mut c = c.client_for_tests();
        let v: String = c.query_one("SHOW ssl", &[]).unwrap().get(0);
        v == "on" || {
            std::thread::yield_now();
            false
        }
    });
    assert!(on, "the server did not turn TLS on");

    let tls = |root: Option<&str>| {
        let mut url = format!("{}?sslmode=verify-full", env.url());
        if let Some(r) = root {
            url.push_str(&format!("&sslrootcert={}", d.join(r).display()));
        }
        url
    };
    // Trusting the CA that signed the server's certificate: connected, over TLS.
    let r = env
        .run_at(
            &tls(Some("ca.pem")),
            &["--as", OWNER, "workspace", "list", "--json"],
        )
        .ok();
    assert_eq!(r.json()[0]["slug"], "acme");
    // Another CA, or the public roots: the certificate is refused, nothing is sent in clear.
    for root in [Some("other.pem"), None] {
        env.run_at(&tls(root), &["--as", OWNER, "workspace", "list"])
            .fails(9, "cannot connect to postgres://")
            .fails(9, "certificate");
    }
    // A missing sslrootcert file is named.
    env.run_at(
        &tls(Some("missing.pem")),
        &["--as", OWNER, "workspace", "list"],
    )
    .fails(9, "cannot read sslrootcert");
    admin_sql("ALTER SYSTEM RESET ssl");
    admin_sql("ALTER SYSTEM RESET ssl_cert_file");
    admin_sql("ALTER SYSTEM RESET ssl_key_file");
    admin_sql("SELECT pg_reload_conf()");
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_server -- --ignored"]
fn the_config_files_password_goes_only_to_the_configs_server() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::acme();
    let other = Env::acme();
    let admin = server();
    let (auth, rest) = admin
        .trim_start_matches("postgres://")
        .split_once('@')
        .unwrap();
    let (user, password) = auth.split_once(':').unwrap();
    let host = rest.split_once('/').unwrap().0;
    let url = |db: &str| format!("postgres://{user}@{host}/{db}");
    let config = env.home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[database]\nurl = \"{}\"\npassword = \"{password}\"\n",
            url(&env.db)
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    // The config's own server, by [database] url or by --db naming it: the password is used.
    let mut c = env.cmd_at("");
    c.env_remove("ROSTER_DB")
        .args(["--as", OWNER, "workspace", "list"]);
    let r = Run(c.output().unwrap()).ok();
    assert!(!r.err().contains(password));
    env.run_at(&url(&env.db), &["--as", OWNER, "workspace", "list"])
        .ok();
    // Another database named by --db: not sent (and the server asks for one).
    let r = env
        .run_at(&url(&other.db), &["--as", OWNER, "workspace", "list"])
        .fails(9, "cannot connect");
    assert!(!r.err().contains(password));
}
