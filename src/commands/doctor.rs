//! `roster doctor`: is the database healthy? Integrity, schema (exactly roster's own), foreign
//! keys, mail left behind, members who must use 2FA but have not enrolled, invitations past
//! their expiry, file modes. Exit 0 only when every check passes.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Report, Tabular};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
    #[serde(skip)]
    kind: ErrorKind,
}

impl Tabular for Check {
    fn headers() -> &'static [&'static str] {
        &["CHECK", "STATUS", "DETAIL"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.check.to_string(),
            if self.ok { "ok" } else { "PROBLEM" }.to_string(),
            self.detail.clone(),
        ]
    }
}

fn check(check: &'static str, kind: ErrorKind, problems: Vec<String>, fine: &str) -> Check {
    Check {
        check,
        ok: problems.is_empty(),
        detail: if problems.is_empty() {
            fine.to_string()
        } else {
            problems.join("; ")
        },
        kind,
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Files that others than their owner may read or write.
fn loose_files(db: &Path) -> Vec<String> {
    let mut files = vec![db.to_path_buf(), sidecar(db, "-wal"), sidecar(db, "-shm")];
    if let Ok(dir) = std::fs::read_dir(sidecar(db, ".sessions")) {
        files.extend(dir.flatten().map(|e| e.path()));
    }
    files
        .into_iter()
        .filter_map(|f| {
            let mode = std::fs::metadata(&f).ok()?.mode() & 0o777;
            (mode & 0o077 != 0).then(|| format!("{} is {mode:04o}, not 0600", f.display()))
        })
        .collect()
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let now = ctx.now;
    let db = ctx.db.clone();
    // A file whose schema is not roster's own is refused by every command, this one included:
    // it is read as it is, without being opened (or migrated) as a store, to say what differs.
    let h = match db
        .file()
        .and_then(|f| store::maintenance::inspect_altered(f, now))
    {
        Some(h) => h?,
        None => ctx
            .store()?
            .read(|tx| store::maintenance::health(tx, now))?,
    };
    let pairs = |v: &[(String, String)]| -> Vec<String> {
        v.iter().map(|(w, e)| format!("{e} in {w}")).collect()
    };
    let schema_problems = {
        let mut p = Vec::new();
        let ours = match db.is_server() {
            true => store::pg::SCHEMA_VERSION,
            false => store::SCHEMA_VERSION,
        };
        if h.schema_version != ours {
            p.push(format!(
                "schema version {} (this roster writes {ours})",
                h.schema_version
            ));
        }
        if h.application_id != i64::from(store::APPLICATION_ID) {
            p.push(format!(
                "application_id 0x{:08X} is not roster's",
                h.application_id
            ));
        }
        p.extend(h.schema_differences.iter().cloned());
        if !h.data_checked {
            p.push(
                "mail, 2fa and invitations were not checked: their queries assume roster's schema"
                    .into(),
            );
        }
        p
    };
    let mut checks = vec![
        check(
            "integrity",
            ErrorKind::Storage,
            h.integrity.iter().filter(|l| *l != "ok").cloned().collect(),
            if db.is_server() {
                "the server checks its own pages"
            } else {
                "PRAGMA integrity_check: ok"
            },
        ),
        check(
            "schema",
            ErrorKind::Storage,
            schema_problems,
            &if db.is_server() {
                format!("version {}", h.schema_version)
            } else {
                format!(
                    "version {}, marked as roster's; its tables, indexes, triggers and views are exactly roster's own",
                    h.schema_version
                )
            },
        ),
        check(
            "foreign keys",
            ErrorKind::Storage,
            h.broken_references.clone(),
            if db.is_server() {
                "the server enforces them"
            } else {
                "PRAGMA foreign_key_check: every reference holds"
            },
        ),
        check(
            "file modes",
            ErrorKind::Storage,
            match db.file() {
                Some(file) => loose_files(file),
                None => Vec::new(),
            },
            if db.is_server() {
                "on a server roster keeps no files of its own beyond its session files"
            } else {
                "the database, its WAL and session files are 0600"
            },
        ),
        check(
            "mail",
            ErrorKind::Mail,
            [
                (h.mail_queued > 0)
                    .then(|| format!("{} message(s) queued: `roster outbox send`", h.mail_queued)),
                (h.mail_failed > 0).then(|| {
                    format!(
                        "{} message(s) failed: `roster outbox send --retry-failed`",
                        h.mail_failed
                    )
                }),
            ]
            .into_iter()
            .flatten()
            .collect(),
            "nothing queued or failed",
        ),
        check(
            "2fa",
            ErrorKind::Invalid,
            pairs(&h.unenrolled)
                .into_iter()
                .map(|p| format!("{p} must use 2FA but has not enrolled"))
                .collect(),
            "everyone 2FA is required of has enrolled",
        ),
        check(
            "invitations",
            ErrorKind::Invalid,
            pairs(&h.expired_invitations)
                .into_iter()
                .map(|p| {
                    format!("the invitation of {p} has expired: `roster invite resend` or `revoke`")
                })
                .collect(),
            "no pending invitation has expired",
        ),
    ];
    if !h.data_checked {
        checks.retain(|c| !matches!(c.check, "mail" | "2fa" | "invitations"));
    }
    let problems: Vec<&Check> = checks.iter().filter(|c| !c.ok).collect();
    let report = Report::list(&checks);
    if problems.is_empty() {
        return Ok(report.with_status(format!("{}: all is well.", db.display())));
    }
    // The most serious kind decides the exit code: storage (9), then mail (10), then data (6).
    let kind = [ErrorKind::Storage, ErrorKind::Mail, ErrorKind::Invalid]
        .into_iter()
        .find(|k| problems.iter().any(|c| c.kind == *k))
        .unwrap_or(ErrorKind::Invalid);
    let names: Vec<&str> = problems.iter().map(|c| c.check).collect();
    Ok(report.failed(
        Error::new(
            kind,
            format!(
                "{} check(s) found problems: {}",
                problems.len(),
                names.join(", ")
            ),
        )
        .with_hint("see the DETAIL column (or `--json`) for what to run"),
    ))
}
