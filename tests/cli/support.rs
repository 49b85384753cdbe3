//! `TestEnv`: a temporary home with its own database and config file, a fixed clock, and
//! helpers to run the real binary and to read the database back.
//!
//! The database is an SQLite file in the temporary folder, or, when `ROSTER_TEST_BACKEND` is
//! `postgres`, a database of its own on the server `ROSTER_TEST_PG_URL` names (created for the
//! test, migrated, and dropped with the `TestEnv`).

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use assert_cmd::cargo::CommandCargoExt;
use roster::domain::{Email, MemberStatus, Role, Slug};
use roster::store::{self, Location, Store};
use tempfile::TempDir;

use crate::db::{Db, Pool};

pub const NOW: &str = "2026-11-28T09:00:00Z";
pub const OWNER: &str = "owner@acme.test";
/// The secret `TestEnv::enroll` gives, in base32.
pub const ZERO_SECRET: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

pub struct TestEnv {
    pub dir: TempDir,
    pub now: String,
    /// The test's own connections to a server database (closed before it is dropped).
    pool: Pool,
    /// The server database, when the suite runs on PostgreSQL (dropped after `dir`).
    server: Option<ServerDb>,
}

/// What a run of roster did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }
    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }
    /// The `--json` error document on stderr (after any status lines) has `needle` in its
    /// message.
    #[track_caller]
    pub fn error_has(self, needle: &str) -> Run {
        let e = self.json_error();
        let msg = e["message"].as_str().unwrap_or_default();
        assert!(
            msg.contains(needle),
            "the error message lacks {needle:?}: {e}"
        );
        self
    }
    /// The `--json` error document's hint has `needle`.
    #[track_caller]
    pub fn error_hint_has(self, needle: &str) -> Run {
        let e = self.json_error();
        let hint = e["hint"].as_str().unwrap_or_default();
        assert!(
            hint.contains(needle),
            "the error hint lacks {needle:?}: {e}"
        );
        self
    }
    #[track_caller]
    fn json_error(&self) -> serde_json::Value {
        let start = self.stderr.find("{\n").or_else(|| self.stderr.find('{'));
        let doc = start.map(|i| &self.stderr[i..]).unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(doc)
            .unwrap_or_else(|e| panic!("no JSON error on stderr ({e}):\n{}", self.stderr));
        assert_eq!(v["error"]["exit_code"], self.code, "{v}");
        v["error"].clone()
    }
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
    #[track_caller]
    pub fn json_err(&self) -> serde_json::Value {
        serde_json::from_str(&self.stderr)
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}):\n{}", self.stderr))
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let env = TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            now: NOW.to_string(),
            pool: Pool::default(),
            server: on_postgres().then(ServerDb::create),
        };
        std::fs::create_dir_all(env.config().parent().unwrap()).unwrap();
        env
    }

    /// The SQLite file. Only for tests about the file itself, which are SQLite-only
    /// (`sqlite_only!`); anything else reads the database through `conn()` and `dump()`.
    #[track_caller]
    pub fn db(&self) -> PathBuf {
        assert!(
            self.server.is_none(),
            "env.db() is the SQLite file: on PostgreSQL use env.conn() / env.dump(), or make the \
             test sqlite_only!"
        );
        self.sqlite_path()
    }

    /// Where this environment's SQLite file is, or would be: on a server run, a path where
    /// nothing should ever appear.
    pub fn file_path(&self) -> PathBuf {
        self.sqlite_path()
    }

    /// The SQLite file, or `None` on a server: for the few file checks inside tests that
    /// otherwise run on both backends (the file's mode after a command, say).
    pub fn sqlite_file(&self) -> Option<PathBuf> {
        self.server.is_none().then(|| self.sqlite_path())
    }

    fn sqlite_path(&self) -> PathBuf {
        self.dir.path().join("data").join("roster.db")
    }

    /// What `ROSTER_DB` holds for this environment: the file's path or the server's URL.
    pub fn db_var(&self) -> OsString {
        match &self.server {
            Some(s) => s.url.clone().into(),
            None => self.sqlite_path().into(),
        }
    }

    /// Where the `file` mail transport writes by default: `outbox/` beside an SQLite file, or
    /// `outbox/` in roster's data folder for a server database.
    pub fn outbox_dir(&self) -> PathBuf {
        match &self.server {
            Some(_) => self.data_home().join("roster").join("outbox"),
            None => self.sqlite_path().with_file_name("outbox"),
        }
    }

    /// `$XDG_DATA_HOME` of every roster this environment runs.
    pub fn data_home(&self) -> PathBuf {
        self.dir.path().join("xdg-data")
    }

    /// A connection of the test's own to the database: a new one to a file each time, as a
    /// separate process would have; to a server, one of the environment's, idle between uses.
    pub fn conn(&self) -> Db {
        match &self.server {
            Some(s) => Db::postgres(&s.url, &self.pool),
            None => Db::sqlite(&self.sqlite_path()),
        }
    }

    /// Nothing was stored: no SQLite file was created, or the server database (which exists,
    /// migrated, before roster runs) holds no row but its schema version.
    #[track_caller]
    pub fn assert_nothing_stored(&self, why: &str) {
        match &self.server {
            None => assert!(!self.sqlite_path().exists(), "{why}"),
            Some(_) => {
                let dump = self.dump();
                for table in dump.split("## ").filter(|t| !t.is_empty()) {
                    let (name, rows) = table.split_once('\n').unwrap_or((table, ""));
                    assert!(
                        name == "roster_schema" || rows.is_empty(),
                        "{why}: {name} has rows:\n{rows}"
                    );
                }
            }
        }
    }

    /// On a server, a database that is not there (the counterpart of a missing file).
    pub fn missing_server_db(&self) -> Option<MissingDb> {
        self.server.as_ref().map(|s| {
            let name = unique_name("missing");
            MissingDb {
                url: db_url(&s.admin, &name),
                admin: s.admin.clone(),
                name,
            }
        })
    }

    /// Where roster finds this database, as roster's own type.
    pub fn location(&self) -> Location {
        match &self.server {
            Some(s) => Location::parse(&s.url, None).expect("the test database's URL"),
            None => Location::File(self.sqlite_path()),
        }
    }

    /// On a server, a second database made for the test, empty: what a server database is
    /// before `roster db migrate` (the counterpart of a missing file).
    pub fn unmigrated_server_db(&self) -> Option<UnmigratedDb> {
        self.server
            .as_ref()
            .map(|s| UnmigratedDb(ServerDb::copy_of(s.admin.clone(), "template0", "empty")))
    }

    /// roster's store on this database, for the fixtures that write rows directly.
    pub fn store(&self) -> Store {
        Store::open(&self.location()).expect("open db")
    }

    /// The 2FA session file of `who` (one file per user, readable by its owner only): beside
    /// an SQLite file, or under roster's data folder for a server database.
    pub fn session_file(&self, who: &str) -> PathBuf {
        let path = roster::auth::session_path(&self.location(), &who.parse::<Email>().unwrap());
        if self.server.is_none() {
            return path;
        }
        // roster finds its data folder through XDG_DATA_HOME, which this environment sets for
        // the processes it runs and not for the test itself: keep the path's last three parts
        // (sessions/<server>/<user>) under this environment's data folder.
        let tail: Vec<_> = path.components().rev().take(3).collect();
        let mut at = self.data_home().join("roster");
        for part in tail.iter().rev() {
            at.push(part);
        }
        at
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config").join("config.toml")
    }

    /// `roster` with this environment and nothing inherited that could change its behaviour.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("roster").expect("the roster binary");
        for var in [
            "ROSTER_AS",
            "ROSTER_WORKSPACE",
            "ROSTER_OTP",
            "NO_COLOR",
            "ROSTER_MAIL_URL",
            "ROSTER_SMTP_PASSWORD",
            "PGPASSWORD",
        ] {
            c.env_remove(var);
        }
        c.env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.data_home())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("ROSTER_DB", self.db_var())
            .env("ROSTER_CONFIG", self.config())
            .env("ROSTER_NOW", &self.now)
            .stdin(std::process::Stdio::null());
        c
    }

    pub fn run_cmd(mut c: Command) -> Run {
        let out = c.output().expect("run roster");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run roster with these arguments, `input` written to its stdin (a pipe). The write may
    /// find the pipe closed when roster refuses before reading it.
    pub fn run_with_stdin(&self, args: &[&str], input: &str) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let mut c = self.cmd();
        c.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("run roster");
        let _ = child
            .stdin
            .take()
            .expect("a pipe")
            .write_all(input.as_bytes());
        let out = child.wait_with_output().expect("roster ends");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run roster with these arguments (no acting user unless the arguments name one).
    pub fn run(&self, args: &[&str]) -> Run {
        let mut c = self.cmd();
        c.args(args);
        Self::run_cmd(c)
    }

    /// Run roster as `who`.
    pub fn as_(&self, who: &str, args: &[&str]) -> Run {
        let mut c = self.cmd();
        c.arg("--as").arg(who).args(args);
        Self::run_cmd(c)
    }

    /// A workspace owned by OWNER.
    pub fn workspace(&self, name: &str, slug: &str) {
        self.as_(OWNER, &["workspace", "create", name, "--slug", slug])
            .ok();
    }

    /// Put a member straight into the database (the invite flow is tested on its own).
    pub fn add_member(&self, slug: &str, email: &str, role: Role, status: MemberStatus) {
        let mut s = self.store();
        let now = roster::domain::parse_ts(NOW).unwrap();
        s.write(|tx| {
            let ws =
                store::workspaces::find(tx, &slug.parse::<Slug>().unwrap())?.expect("workspace");
            let user = store::users::ensure(tx, &email.parse::<Email>().unwrap(), now)?;
            store::memberships::insert(
                tx,
                &store::memberships::NewMembership {
                    workspace_id: ws.id,
                    user_id: user,
                    role,
                    status,
                    can_add_accounts: false,
                    can_manage_posts: false,
                    require_2fa: false,
                    invited_by: None,
                },
                now,
            )
        })
        .expect("insert member");
    }

    /// Mark a user enrolled in TOTP with an all-zero secret (`ZERO_SECRET` in base32, for
    /// oathtool) and give them a live 2FA session, so that commands where 2FA is required pass
    /// without a code (the enrolment commands and enforcement are tested on their own).
    pub fn enroll(&self, email: &str) {
        let mut s = self.store();
        let now = roster::domain::parse_ts(&self.now).unwrap();
        let session = self.session_file(email);
        let email: Email = email.parse().unwrap();
        s.write(|tx| {
            let user = store::users::find(tx, &email)?.expect("user");
            store::totp::start_pending(tx, user, &[0u8; 20], now)?;
            store::totp::confirm(tx, user, 0, now)?;
            Ok(roster::auth::start_session(tx, user, now)?.0)
        })
        .and_then(|token| match self.server {
            None => roster::auth::save_session(&self.location(), &email, &token),
            // roster's own writer (a 0600 file in 0700 folders), at the path the processes
            // this environment runs look at (see `session_file`).
            Some(_) => roster::files::write_private(&session, format!("{token}\n").as_bytes())
                .map_err(|e| roster::error::Error::internal(e.to_string())),
        })
        .expect("enrol");
    }

    /// Every row of every table, as text: equal dumps mean an unchanged database.
    pub fn dump(&self) -> String {
        match &self.server {
            Some(s) => Db::postgres(&s.url, &self.pool).dump(),
            None => dump_db(&self.sqlite_path()),
        }
    }
}

/// The dump of an SQLite file, opened read-only (a dump never creates or changes the file).
pub fn dump_db(path: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open db for dump");
    Db::Sqlite(conn).dump()
}

// ---------------------------------------------------------------------------------------------
// The backend

/// Whether the suite runs on PostgreSQL: `ROSTER_TEST_BACKEND=postgres`, with the server's admin
/// URL in `ROSTER_TEST_PG_URL` (`scripts/pg-throwaway --run` sets it). SQLite otherwise.
pub fn on_postgres() -> bool {
    static PG: OnceLock<bool> = OnceLock::new();
    *PG.get_or_init(|| match std::env::var("ROSTER_TEST_BACKEND").as_deref() {
        Ok("postgres") => true,
        Ok("" | "sqlite") | Err(_) => false,
        Ok(other) => panic!("ROSTER_TEST_BACKEND is {other:?}: sqlite (the default) or postgres"),
    })
}

/// On PostgreSQL, say on stderr that the test does not run there and why (one line, past the
/// test harness's capture so that every skip shows in the log); true when it should return.
pub fn skipped_on_postgres(test: &str, why: &str) -> bool {
    if !on_postgres() {
        return false;
    }
    // As the harness names it: module::test, without the binary's crate.
    let name = test.split_once("::").map_or(test, |(_, t)| t);
    let _ = writeln!(std::io::stderr(), "skipped on postgres: {name}: {why}");
    true
}

/// The first line of a test about the SQLite file itself (its bytes, modes, sidecars, pragmas,
/// a backup file): on PostgreSQL the test says why it does not apply, and returns.
macro_rules! sqlite_only {
    ($why:expr) => {
        if $crate::support::skipped_on_postgres(
            {
                fn f() {}
                std::any::type_name_of_val(&f).trim_end_matches("::f")
            },
            $why,
        ) {
            return;
        }
    };
}
pub(crate) use sqlite_only;

/// A database of one test on the PostgreSQL server, dropped with it.
struct ServerDb {
    /// The admin URL (`ROSTER_TEST_PG_URL`), to drop the database afterwards.
    admin: String,
    name: String,
    /// The test's database: what `ROSTER_DB` holds.
    url: String,
}

impl ServerDb {
    /// A fresh, migrated database: a copy of this process's template, which `roster db migrate`
    /// set up once. A copy takes about half the time of a `CREATE DATABASE` and a migration
    /// (~50 ms against ~110 ms on an idle throwaway server; STRATEGY FILE_COPY was slower in
    /// the suite, whose writes make its checkpoints expensive).
    fn create() -> ServerDb {
        let admin = admin_url();
        let template = template(&admin);
        ServerDb::copy_of(admin, &template, "t")
    }

    /// A new database, a copy of `template`, named for `what`.
    fn copy_of(admin: String, template: &str, what: &str) -> ServerDb {
        let name = unique_name(what);
        admin_client(&admin)
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        ServerDb {
            url: db_url(&admin, &name),
            admin,
            name,
        }
    }
}

/// A database of the test server without roster's schema (dropped with this value).
pub struct UnmigratedDb(ServerDb);

impl UnmigratedDb {
    pub fn url(&self) -> &str {
        &self.0.url
    }

    /// How many tables it holds (roster must not have made any).
    pub fn tables(&self) -> i64 {
        Db::postgres(&self.0.url, &Pool::default()).count(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'",
            [],
        )
    }
}

impl Drop for ServerDb {
    fn drop(&mut self) {
        // Best effort: a database left behind is swept by a later run (`sweep`).
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A database name on the test server that no database has.
pub struct MissingDb {
    pub url: String,
    admin: String,
    name: String,
}

impl MissingDb {
    pub fn exists(&self) -> bool {
        let n = admin_client(&self.admin)
            .query_one(
                "SELECT count(*) FROM pg_database WHERE datname = $1",
                &[&self.name],
            )
            .expect("list the databases")
            .get::<_, i64>(0);
        n > 0
    }
}

fn admin_url() -> String {
    std::env::var("ROSTER_TEST_PG_URL").unwrap_or_else(|_| {
        panic!(
            "ROSTER_TEST_BACKEND=postgres needs ROSTER_TEST_PG_URL (the server's admin URL): \
             run under scripts/pg-throwaway --run"
        )
    })
}

fn admin_client(admin: &str) -> postgres::Client {
    postgres::Client::connect(admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connect to ROSTER_TEST_PG_URL: {e}"))
}

/// `admin` with its database replaced by `name` (any `?options` kept).
fn db_url(admin: &str, name: &str) -> String {
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin, None),
    };
    // The database is the path after the host: everything from the first '/' after "://".
    let host_at = base.find("://").map_or(0, |i| i + 3);
    let base = match base[host_at..].find('/') {
        Some(slash) => &base[..host_at + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// The names of this suite's databases: `rt_<host>_<pid>_<what>_<n>_<random>`, lowercase, so
/// that a later run on the same machine can tell whose they were (`sweep`) and no two runs on
/// one server collide.
fn unique_name(what: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    static N: AtomicU64 = AtomicU64::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(n);
    format!(
        "rt_{}_{}_{what}_{n}_{:08x}",
        host_tag(),
        std::process::id(),
        h.finish() as u32
    )
}

/// This machine, in 8 hex digits: a process id means something only on the machine it ran on.
fn host_tag() -> &'static str {
    use std::hash::Hasher;
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
        let mut h = std::hash::DefaultHasher::new();
        h.write(host.trim().as_bytes());
        format!("{:08x}", h.finish() as u32)
    })
}

/// This process's template database, migrated by `roster db migrate` once, on first use.
fn template(admin: &str) -> String {
    static TEMPLATE: OnceLock<Result<String, String>> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let mut c = admin_client(admin);
            sweep(&mut c);
            let name = unique_name("template");
            c.batch_execute(&format!("CREATE DATABASE {name}"))
                .map_err(|e| format!("CREATE DATABASE {name}: {e}"))?;
            let home = tempfile::tempdir().map_err(|e| e.to_string())?;
            let out = Command::cargo_bin("roster")
                .map_err(|e| e.to_string())?
                .env_clear()
                .env("HOME", home.path())
                .env("ROSTER_NOW", NOW)
                .args(["--db", &db_url(admin, &name), "db", "migrate"])
                .output()
                .map_err(|e| e.to_string())?;
            if !out.status.success() {
                return Err(format!(
                    "`roster db migrate` on the template failed ({}):\n{}{}",
                    out.status,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            // Nobody connects to it any more: a connection would stop every copy.
            c.batch_execute(&format!(
                "ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false"
            ))
            .map_err(|e| e.to_string())?;
            Ok(name)
        })
        .clone()
        .unwrap_or_else(|e| panic!("no template database: {e}"))
}

/// Drop the databases of earlier runs on this machine whose process is gone (a crash, an
/// interrupted run, and every run's template, which outlives its process by design).
fn sweep(c: &mut postgres::Client) {
    let Ok(rows) = c.query(
        "SELECT datname::text FROM pg_database WHERE datname LIKE $1",
        &[&format!("rt\\_{}\\_%", host_tag())],
    ) else {
        return;
    };
    for row in rows {
        let name: String = row.get(0);
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|p| !Path::new(&format!("/proc/{p}")).exists()) {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}
