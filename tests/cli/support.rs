//! `TestEnv`: a temporary home with its own database and config file, a fixed clock, and
//! helpers to run the real binary and to read the database back.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use roster::domain::{Email, MemberStatus, Role, Slug};
use roster::store::{self, Store};
use tempfile::TempDir;

pub const NOW: &str = "2026-11-28T09:00:00Z";
pub const OWNER: &str = "owner@acme.test";
/// The secret `TestEnv::enroll` gives, in base32.
pub const ZERO_SECRET: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

pub struct TestEnv {
    pub dir: TempDir,
    pub now: String,
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
        };
        std::fs::create_dir_all(env.config().parent().unwrap()).unwrap();
        env
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("data").join("roster.db")
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
        ] {
            c.env_remove(var);
        }
        c.env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("ROSTER_DB", self.db())
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
        let mut s = Store::open(&self.db().into()).expect("open db");
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
        let mut s = Store::open(&self.db().into()).expect("open db");
        let now = roster::domain::parse_ts(&self.now).unwrap();
        let email: Email = email.parse().unwrap();
        let db = self.db();
        s.write(|tx| {
            let user = store::users::find(tx, &email)?.expect("user");
            store::totp::start_pending(tx, user, &[0u8; 20], now)?;
            store::totp::confirm(tx, user, 0, now)?;
            Ok(roster::auth::start_session(tx, user, now)?.0)
        })
        .and_then(|token| roster::auth::save_session(&db.clone().into(), &email, &token))
        .expect("enrol");
    }

    /// Every row of every table, as text: equal dumps mean an unchanged database.
    pub fn dump(&self) -> String {
        dump_db(&self.db())
    }
}

pub fn dump_db(path: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open db for dump");
    let mut out = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cells = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(cells.join(" | "))
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}
