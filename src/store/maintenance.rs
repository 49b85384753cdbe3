//! The database as a whole: health checks for `roster doctor`, and copies in and out through
//! SQLite's online backup API (`roster backup`, `roster restore`).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::sql::{self, params};

use super::{Kind, SCHEMA_VERSION, Store, Tx, classify, storage_at, ts};
use crate::domain::Timestamp;
use crate::error::{Error, Result};

/// What `roster doctor` reads from the database.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// `PRAGMA integrity_check`: `["ok"]` when all is well.
    pub integrity: Vec<String>,
    pub schema_version: i64,
    pub application_id: i64,
    /// How the schema differs from roster's own for `schema_version` (objects added, missing
    /// or changed); empty when it is exactly roster's. When it is not, the checks of the rows
    /// below are not made (`data_checked`): their queries assume roster's tables.
    pub schema_differences: Vec<String>,
    /// `PRAGMA foreign_key_check`, per table and the table it refers to: rows whose parent is
    /// gone (written with foreign keys off). A server enforces its keys itself.
    pub broken_references: Vec<String>,
    pub data_checked: bool,
    pub mail_queued: i64,
    pub mail_failed: i64,
    /// (workspace, email) of active members whom 2FA is required of and who have not enrolled.
    pub unenrolled: Vec<(String, String)>,
    /// (workspace, email) of invitations still pending after their expiry.
    pub expired_invitations: Vec<(String, String)>,
}

pub fn health(conn: &Tx<'_>, now: Timestamp) -> Result<Health> {
    let server = conn.on_server();
    // A server checks its own pages (and `pg_amcheck` is its operator's tool); what roster can
    // say is that it is reachable and carries roster's schema.
    let integrity = if server {
        vec!["ok".to_string()]
    } else {
        conn.prepare("PRAGMA integrity_check")?
            .query_map(params![], |r| r.get(0))?
            .collect::<sql::Result<Vec<String>>>()?
    };
    let one =
        |sql: &str| -> Result<i64> { Ok(conn.prepare(sql)?.query_row(params![], |r| r.get(0))?) };
    let pairs = |sql: &str, p: &[&dyn sql::ToSql]| -> Result<Vec<(String, String)>> {
        Ok(conn
            .prepare(sql)?
            .query_map(p, |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<sql::Result<_>>()?)
    };
    let schema_version = one(if server {
        "SELECT version FROM roster_schema"
    } else {
        "PRAGMA user_version"
    })?;
    let application_id = if server {
        super::APPLICATION_ID.into()
    } else {
        one("PRAGMA application_id")?
    };
    let (schema_differences, broken_references) = match conn.conn {
        // Comparing a server's catalog with roster's schema is not done (yet): `db migrate`
        // alone sets it up, and only its admin login may change it.
        super::TxConn::Pg(_) => (Vec::new(), Vec::new()),
        super::TxConn::Sqlite(c) => (
            super::schema::differences(c).map_err(Error::from)?.1,
            conn.prepare(
                "SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check
                  GROUP BY 1, 2 ORDER BY 1, 2",
            )?
            .query_map(params![], |r| {
                let (table, parent, n): (String, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
                Ok(format!(
                    "{n} row(s) of {} refer to missing rows of {}",
                    crate::domain::escape(&table),
                    crate::domain::escape(&parent)
                ))
            })?
            .collect::<sql::Result<_>>()?,
        ),
    };
    if !schema_differences.is_empty() {
        return Ok(Health {
            integrity,
            schema_version,
            application_id,
            schema_differences,
            broken_references,
            ..Health::default()
        });
    }
    Ok(Health {
        integrity,
        schema_version,
        application_id,
        schema_differences,
        broken_references,
        data_checked: true,
        mail_queued: one("SELECT count(*) FROM outbox WHERE state = 'queued'")?,
        mail_failed: one("SELECT count(*) FROM outbox WHERE state = 'failed'")?,
        unenrolled: pairs(
            "SELECT w.slug, u.email FROM memberships m
               JOIN workspaces w ON w.id = m.workspace_id JOIN users u ON u.id = m.user_id
              WHERE m.status = 'active' AND (m.require_2fa = 1 OR w.require_2fa = 1)
                AND NOT EXISTS (SELECT 1 FROM totp t WHERE t.user_id = u.id AND t.state = 'enrolled')
              ORDER BY w.slug, u.email",
            params![],
        )?,
        expired_invitations: pairs(
            "SELECT w.slug, u.email FROM invitations i
               JOIN memberships m ON m.id = i.membership_id
               JOIN workspaces w ON w.id = m.workspace_id JOIN users u ON u.id = m.user_id
              WHERE i.state = 'pending' AND i.expires_at <= ?1
              ORDER BY w.slug, u.email",
            params![ts(now)],
        )?,
    })
}

/// `roster doctor` on a file whose schema is not roster's own: opening it as a store is refused
/// (and would migrate it), so it is read here, read-only, writing nothing. `None` when its schema
/// is roster's own, or when it is not a file roster would open at all: the store's open then
/// runs the checks, or says what is wrong.
pub fn inspect_altered(path: &Path, now: Timestamp) -> Option<Result<Health>> {
    if !path.is_file() {
        return None;
    }
    classify(path).ok()?;
    let conn = open_read_only(path).ok()?;
    let (version, differences) = super::schema::differences(&conn).ok()?;
    if !(0..=SCHEMA_VERSION).contains(&version) || differences.is_empty() {
        return None;
    }
    Some(health(
        &Tx {
            conn: super::TxConn::Sqlite(&conn),
        },
        now,
    ))
}

/// Whether `path` holds a roster database this binary can restore, without writing to it.
/// Returns its schema version.
pub fn check_restorable(path: &Path) -> Result<i64> {
    let refuse = |why: String| {
        Error::storage(format!("cannot restore from {}: {why}", path.display()))
            .with_hint("restore takes a file written by `roster backup`; nothing was changed")
    };
    // A FIFO would hang the read below; a folder or device is no backup either.
    crate::files::require_regular(path).map_err(|e| refuse(e.to_string()))?;
    match classify(path).map_err(refuse)? {
        Kind::Empty => return Err(refuse("it is empty, not a roster database".into())),
        Kind::Ours | Kind::OursUnmarked => {}
    }
    let conn = open_read_only(path).map_err(|e| refuse(e.to_string()))?;
    check_source(&conn, &refuse)
}

/// The checks of a backup's content, on a connection to it: a version this binary knows, then
/// exactly roster's schema for that version (before anything else runs on it: `quick_check`
/// evaluates the file's CHECK expressions), then intact. Returns the version.
fn check_source(conn: &Connection, refuse: &dyn Fn(String) -> Error) -> Result<i64> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| refuse(e.to_string()))?;
    if version > SCHEMA_VERSION {
        return Err(refuse(format!(
            "its schema version {version} is newer than this roster understands ({SCHEMA_VERSION})"
        ))
        .with_hint("upgrade roster first; nothing was changed"));
    }
    super::schema::check(conn).map_err(refuse)?;
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| refuse(e.to_string()))?;
    if ok != "ok" {
        return Err(refuse(format!("it is damaged ({ok})")));
    }
    Ok(version)
}

fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    if super::sidecar(path, "-wal").exists() {
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
    } else {
        Connection::open_with_flags(
            super::immutable_uri(path),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        )
    }
}

impl Store {
    /// Copy the whole database to a new file at `dest` (0600), page by page through SQLite's
    /// online backup API: a consistent copy even while other processes write.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        super::create_new_database_file(
            dest,
            "the backup",
            "choose a new file name; a backup never overwrites one",
        )?;
        if self.at.is_server() {
            // A server's backup is a roster SQLite file: `roster db copy` into the new file.
            return super::copy::copy(&self.at, &super::Location::File(dest.to_path_buf()))
                .map(|_| ())
                .inspect_err(|_| {
                    let _ = std::fs::remove_file(dest);
                });
        }
        let result = (|| {
            let mut out = Connection::open(dest)?;
            {
                let b = rusqlite::backup::Backup::new(self.sqlite(), &mut out)?;
                b.run_to_completion(256, Duration::from_millis(5), None)?;
            }
            // A backup is one self-contained file: no WAL beside it.
            out.pragma_update(None, "journal_mode", "DELETE")?;
            Ok::<_, rusqlite::Error>(())
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(dest);
            return Err(storage_at(dest, e));
        }
        Ok(())
    }

    /// Replace this database with the one at `src` (checked first with `check_restorable`),
    /// then bring it to this binary's schema. Other connections see the restored database.
    pub fn restore_from(&mut self, src: &Path) -> Result<()> {
        check_restorable(src)?;
        // The backup is read once, into memory, and that copy is checked again and restored:
        // a file swapped or rewritten (or a WAL added beside it) after the check above cannot
        // slip an unchecked schema in.
        let source = {
            let file = open_read_only(src).map_err(|e| storage_at(src, e))?;
            let mut staged = Connection::open_in_memory().map_err(|e| storage_at(src, e))?;
            rusqlite::backup::Backup::new(&file, &mut staged)
                .and_then(|b| b.run_to_completion(256, Duration::from_millis(5), None))
                .map_err(|e| storage_at(src, e))?;
            staged
        };
        let refuse = |why: String| {
            Error::storage(format!("cannot restore from {}: {why}", src.display()))
                .with_hint("restore takes a file written by `roster backup`; nothing was changed")
        };
        let from_version = check_source(&source, &refuse)?;
        let super::Conn::Sqlite(conn, path) = &mut self.conn else {
            return Err(Error::usage(format!(
                "restore replaces a SQLite file; {} is a server",
                self.at.display()
            ))
            .with_hint(
                "copy the backup into a new, empty database with `roster db copy FILE URL`",
            ));
        };
        {
            let b =
                rusqlite::backup::Backup::new(&source, conn).map_err(|e| storage_at(path, e))?;
            b.run_to_completion(256, Duration::from_millis(5), None)
                .map_err(|e| storage_at(path, e))?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| storage_at(path, e))?;
        self.migrate(from_version)
    }
}
