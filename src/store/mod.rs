//! All SQL lives under `store/`: opening the file (pragmas, permissions, migrations) and one
//! module per table family, behind functions that take and return domain types.

pub mod accounts;
pub mod audit;
pub mod bulk;
pub mod candidates;
pub mod copy;
pub mod invitations;
pub mod location;
pub mod logins;
pub mod maintenance;
pub mod memberships;
pub mod notifications;
pub mod outbox;
pub mod pg;
pub mod posts;
pub(crate) mod schema;
pub mod sql;
pub mod totp;
pub mod users;
pub mod workspaces;

pub use location::Location;

use std::fs::{self, OpenOptions};
use std::io::ErrorKind as IoKind;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::domain::{Timestamp, format_ts, parse_ts};
use crate::error::{Error, ErrorKind, Result};

/// Migrations, applied in order at open; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/sqlite/0001_init.sql"),
    include_str!("migrations/sqlite/0002_require_2fa_by.sql"),
    include_str!("migrations/sqlite/0003_outbox_invitation.sql"),
    include_str!("migrations/sqlite/0004_declared_invariants.sql"),
    include_str!("migrations/sqlite/0005_logins.sql"),
    include_str!("migrations/sqlite/0006_post_events_post.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a command waits for another roster process that holds the write lock (a batch,
/// say) before it gives up with exit 9. Process-wide: set once from the config before opening.
static BUSY_LIMIT_MS: AtomicU64 = AtomicU64::new(DEFAULT_BUSY_WAIT.as_millis() as u64);
/// Say on stderr (a terminal) that we are waiting, once per wait.
static BUSY_TALK: AtomicBool = AtomicBool::new(false);
static BUSY_SINCE: Mutex<Option<Instant>> = Mutex::new(None);

/// The default wait for other writers: long enough for a 100,000-row batch to finish.
pub const DEFAULT_BUSY_WAIT: Duration = Duration::from_secs(120);

/// Wait up to `limit` for other writers; with `talk`, say so on stderr while waiting.
pub fn set_busy_wait(limit: Duration, talk: bool) {
    BUSY_LIMIT_MS.store(
        limit.as_millis().min(u64::MAX as u128) as u64,
        Ordering::Relaxed,
    );
    BUSY_TALK.store(talk, Ordering::Relaxed);
}

/// How long writers wait for each other now.
pub fn busy_wait() -> Duration {
    Duration::from_millis(BUSY_LIMIT_MS.load(Ordering::Relaxed))
}

/// Say once per run, on a terminal, that this command waits for another writer.
fn say_waiting() {
    if BUSY_TALK.swap(false, Ordering::Relaxed) {
        eprintln!(
            "waiting for another roster process to finish writing (up to {}s)…",
            busy_wait().as_secs()
        );
    }
}

/// SQLite's busy handler: called while another connection holds the lock we need. Retry with a
/// short sleep (growing to 50 ms) until the limit, then give up (SQLITE_BUSY, exit 9).
fn on_busy(attempt: i32) -> bool {
    let mut since = BUSY_SINCE.lock().unwrap_or_else(|e| e.into_inner());
    if attempt == 0 || since.is_none() {
        *since = Some(Instant::now());
        // Once per run: a command waits on one lock, but may take it several times.
        say_waiting();
    }
    let waited = since.map(|t| t.elapsed()).unwrap_or_default();
    drop(since);
    if waited >= busy_wait() {
        return false;
    }
    std::thread::sleep(Duration::from_millis((1 + attempt as u64).min(50)));
    true
}

/// An open database: a SQLite file or a PostgreSQL server (issue 15), behind one API. Nothing
/// outside `store/` sees which.
pub struct Store {
    conn: Conn,
    at: Location,
}

enum Conn {
    Sqlite(Connection, PathBuf),
    Pg(Box<pg::PgConn>),
}

/// `PRAGMA application_id` of every roster database: 'ROST'. Only a file carrying it (or an
/// empty file, or a roster file from before the mark) is ever migrated or written.
/// The page cache, in KiB (negative, as the pragma takes it). A batch's transaction touches far
/// more pages than the default 2 MB cache holds: spilling them mid-transaction costs writes.
/// The cache only grows as it is used (`Store::scan` shrinks it for long reads).
const CACHE_SIZE: i64 = -32768;

pub const APPLICATION_ID: i32 = 0x524F_5354;

/// The tables every roster schema has had since the first migration: with `user_version > 0`
/// they identify a roster file written before the application id was set.
const ROSTER_TABLES: &[&str] = &[
    "users",
    "workspaces",
    "memberships",
    "invitations",
    "outbox",
    "audit",
];

/// What the file at the path is, decided from its header and (when the header cannot tell)
/// its table names, read without writing anything.
#[derive(Debug, PartialEq)]
enum Kind {
    /// No bytes yet, or an SQLite file with no tables: roster may make it its own.
    Empty,
    /// Marked with roster's application id.
    Ours,
    /// A roster file from before the mark: migrated, and marked while at it.
    OursUnmarked,
}

impl Store {
    /// Open (creating if needed) the database at `path`, refusing anything that is not a roster
    /// database this binary understands. A refused file is left byte-for-byte untouched. A
    /// server is never set up here: that is `roster db migrate`'s (`migrate_server`).
    pub fn open(at: &Location) -> Result<Store> {
        match at {
            Location::File(path) => Self::open_with(path, true),
            Location::Server(s) => Self::open_server(at, s),
        }
    }

    /// An empty roster database in memory: what `config plan` compares a file with when no
    /// database exists yet (a plan is a read, and reads never create a file).
    pub fn empty() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| storage_at(&path, e))?;
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )
        .map_err(|e| storage_at(&path, e))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| storage_at(&path, e))?;
        let mut store = Store {
            conn: Conn::Sqlite(conn, path.clone()),
            at: Location::File(path),
        };
        store.migrate(0)?;
        Ok(store)
    }

    /// Open an existing database; a missing file is "not found", and nothing is created
    /// (reads never create a file, nor its folders).
    pub fn open_existing(at: &Location) -> Result<Store> {
        match at {
            Location::File(path) => Self::open_with(path, false),
            Location::Server(s) => Self::open_server(at, s),
        }
    }

    /// A server's database: connected, and refused (9) unless its schema is exactly this
    /// binary's. Other people's binaries share a server, so it is never migrated on open: an
    /// older schema waits for `roster db migrate`, a newer one for this binary's upgrade.
    fn open_server(at: &Location, server: &location::Server) -> Result<Store> {
        let conn = pg::PgConn::open(at, server)?;
        let version = pg::schema_version(&conn).map_err(|e| at_server(e, at))?;
        if version > pg::SCHEMA_VERSION {
            return Err(newer_schema(at, version, pg::SCHEMA_VERSION));
        }
        if version < pg::SCHEMA_VERSION {
            let what = if version == 0 {
                "it has no roster schema yet".to_string()
            } else {
                format!(
                    "its schema version {version} is older than this roster's ({})",
                    pg::SCHEMA_VERSION
                )
            };
            return Err(Error::storage(format!(
                "cannot use the database {}: {what}",
                at.display()
            ))
            .with_hint(migrate_hint(at)));
        }
        Ok(Store {
            conn: Conn::Pg(Box::new(conn)),
            at: at.clone(),
        })
    }

    /// `roster db migrate`: set up or upgrade a server's schema (and the everyday role).
    pub fn migrate_server(at: &Location) -> Result<pg::Migrated> {
        let Location::Server(server) = at else {
            return Err(Error::usage(format!(
                "{} is a SQLite file: files are migrated when they are opened",
                at.display()
            )));
        };
        let conn = pg::PgConn::open(at, server)?;
        pg::migrate(&conn, at).map_err(|e| at_server(e, at))
    }

    /// A server's schema version (0 when it has none), without opening it as a store.
    pub fn server_schema_version(at: &Location) -> Result<i64> {
        let Location::Server(server) = at else {
            return Err(Error::internal(
                "a schema version of a server, asked of a file",
            ));
        };
        let conn = pg::PgConn::open(at, server)?;
        pg::schema_version(&conn).map_err(|e| at_server(e, at))
    }

    /// Who the server says this connection is (`None` on a file, where `--as` names the user).
    pub fn identity(&self) -> Result<Option<pg::Identity>> {
        match &self.conn {
            Conn::Sqlite(..) => Ok(None),
            Conn::Pg(c) => pg::identity(c)
                .map(Some)
                .map_err(|e| at_server(e, &self.at)),
        }
    }

    /// This store's schema version (each backend numbers its own).
    pub fn schema_version(&self) -> Result<i64> {
        match &self.conn {
            Conn::Sqlite(c, p) => c
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(|e| storage_at(p, e)),
            Conn::Pg(c) => pg::schema_version(c),
        }
    }

    fn open_with(path: &Path, may_create: bool) -> Result<Store> {
        let fail = |what: String| {
            Error::storage(format!(
                "cannot open the database {}: {what}",
                path.display()
            ))
        };
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(fail("it is a folder, not a file".into())
                    .with_hint("pass a file path with --db or ROSTER_DB"));
            }
            // A FIFO or a device would hang SQLite's open or feed it someone else's bytes.
            Ok(m) if !m.is_file() => {
                return Err(fail(format!(
                    "it is {}, not a regular file",
                    crate::files::kind(m.file_type())
                ))
                .with_hint("pass a file path with --db or ROSTER_DB"));
            }
            Ok(_) => {}
            Err(e) if e.kind() == IoKind::NotFound && !may_create => {
                return Err(Error::not_found(format!(
                    "no roster database at {}",
                    path.display()
                ))
                .with_hint(
                    "create one with `roster workspace create NAME`, or point --db (ROSTER_DB) at an existing one",
                ));
            }
            Err(e) if e.kind() == IoKind::NotFound => create_private_file(path).map_err(|e| {
                let folder = path.parent().unwrap_or(Path::new("."));
                match e.kind() {
                    IoKind::PermissionDenied | IoKind::ReadOnlyFilesystem => Error::storage(format!(
                        "cannot create the database {}: the folder {} is not writable",
                        path.display(),
                        folder.display()
                    ))
                    .with_hint("choose a writable place with --db (ROSTER_DB), or fix the folder's permissions"),
                    _ => Error::storage(format!(
                        "cannot create the database {}: {e}",
                        path.display()
                    )),
                }
            })?,
            Err(e) => return Err(fail(e.to_string())),
        }
        if fs::File::open(path).is_err() {
            return Err(fail("permission denied".into())
                .with_hint("check the permissions of the database file"));
        }
        // Reading is allowed even when the file is read-only; a write then fails with exit 9.
        let writable = OpenOptions::new().read(true).write(true).open(path).is_ok();
        let kind = classify(path).map_err(|why| {
            fail(why).with_hint("roster opens only its own databases; the file was left untouched")
        })?;
        // A reader that may not write the file (another user's 0444 database) must not leave
        // `-wal`/`-shm` files behind: with no WAL to replay, it reads the file as immutable.
        let immutable = !writable && !sidecar(path, "-wal").exists();
        let mut conn = if immutable {
            Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
        } else {
            let flags = if writable {
                OpenFlags::SQLITE_OPEN_READ_WRITE
            } else {
                OpenFlags::SQLITE_OPEN_READ_ONLY
            } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            Connection::open_with_flags(path, flags)
        }
        .map_err(|e| fail(sqlite_reason(&e, path)))?;
        conn.busy_handler(Some(on_busy))
            .map_err(|e| fail(sqlite_reason(&e, path)))?;
        // Every statement is prepared once per run (a batch runs the same ones per row).
        conn.set_prepared_statement_cache_capacity(64);
        // Plans do not depend on the values bound: without this SQLite re-prepares a cached
        // statement whenever a new value is bound to a parameter its planner looked at (a
        // third of a 100,000-row batch went into re-parsing the same statements).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )
        .map_err(|e| fail(sqlite_reason(&e, path)))?;
        conn.pragma_update(None, "cache_size", CACHE_SIZE)
            .map_err(|e| fail(sqlite_reason(&e, path)))?;
        // Savepoint journals (a batch takes one per row) and temporary tables stay in memory.
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(|e| fail(sqlite_reason(&e, path)))?;
        // Deleted rows (an erased TOTP secret, redacted mail) are overwritten, not left in free
        // pages (SPEC §6).
        conn.pragma_update(None, "secure_delete", "ON")
            .map_err(|e| fail(sqlite_reason(&e, path)))?;
        // Read the version before touching anything: a newer or foreign file stays as it is.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| fail(sqlite_reason(&e, path)))?;
        if version > SCHEMA_VERSION {
            return Err(fail(format!(
                "its schema version {version} is newer than this roster understands ({SCHEMA_VERSION})"
            ))
            .with_hint("upgrade roster; the file was left untouched"));
        }
        // Before anything runs on it (a migration's UPDATE would fire a trigger planted in the
        // file): its schema must be exactly roster's own for its version.
        schema::check(&conn).map_err(|why| {
            fail(why).with_hint(
                "roster opens only its own databases; the file was left untouched (`roster doctor` lists every difference)",
            )
        })?;
        if version > 0 || writable {
            conn.pragma_update(None, "foreign_keys", "ON")
                .map_err(|e| fail(sqlite_reason(&e, path)))?;
        }
        let mut store = Store {
            conn: Conn::Sqlite(conn, path.to_path_buf()),
            at: Location::File(path.to_path_buf()),
        };
        if version < SCHEMA_VERSION || kind != Kind::Ours {
            if !writable {
                return Err(fail("it needs a schema upgrade but is read-only".into()));
            }
            store.migrate(version)?;
        }
        if writable {
            let mode: String = store
                .sqlite()
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
                .map_err(|e| fail(sqlite_reason(&e, path)))?;
            debug_assert_eq!(mode, "wal");
            store
                .sqlite()
                .pragma_update(None, "synchronous", "NORMAL")
                .map_err(|e| fail(sqlite_reason(&e, path)))?;
        }
        Ok(store)
    }

    /// The SQLite connection of a store known to be a file (opening, backup, restore).
    fn sqlite(&self) -> &Connection {
        match &self.conn {
            Conn::Sqlite(c, _) => c,
            Conn::Pg(_) => unreachable!("a SQLite-only step on a server"),
        }
    }

    fn migrate(&mut self, from: i64) -> Result<()> {
        let Conn::Sqlite(conn, path) = &mut self.conn else {
            unreachable!("a server is migrated by migrate_server")
        };
        let path = path.clone();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| storage_at(&path, e))?;
        let current: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| storage_at(&path, e))?;
        // Another process may have migrated while we waited for the lock.
        for (i, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(current.max(from) as usize)
        {
            // A file the upgrade cannot take (rows a foreign tool wrote with foreign keys off)
            // is a storage problem of that file, whatever SQLite calls it: the file is left as
            // it was.
            tx.execute_batch(sql).map_err(|e| {
                Error::storage(format!(
                    "cannot upgrade {} to schema version {}: {e}",
                    path.display(),
                    i + 1
                ))
                .with_hint("the file was left as it was; `PRAGMA foreign_key_check` in sqlite3 lists the rows that break its constraints")
            })?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(|e| storage_at(&path, e))?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(|e| storage_at(&path, e))?;
        tx.commit().map_err(|e| storage_at(&path, e))
    }

    /// After erasing a secret: copy the WAL into the file and truncate it, so the old pages
    /// (with `secure_delete` they are zeroed in the file) survive in no WAL frame either. Best
    /// effort: a reader holding an old snapshot delays it to the next run.
    pub fn forget_freed(&self) {
        match &self.conn {
            Conn::Sqlite(c, _) => {
                let _ = c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            }
            // On a server: VACUUM removes the dead row versions from the tables' pages (when
            // this login owns them; an everyday login's VACUUM is skipped with a warning). The
            // server's WAL, backups and replicas keep old pages by design: the README says so.
            Conn::Pg(c) => {
                let _ = c.batch_execute("VACUUM totp, recovery_codes, sessions");
            }
        }
    }

    /// Where this database is (a file, or a server whose password `display()` masks).
    pub fn location(&self) -> &Location {
        &self.at
    }

    /// A handle for reading outside a transaction (each statement sees the latest commit).
    pub fn reader(&self) -> Tx<'_> {
        Tx {
            conn: match &self.conn {
                Conn::Sqlite(c, _) => TxConn::Sqlite(c),
                Conn::Pg(c) => TxConn::Pg(c),
            },
        }
    }

    /// Run `f` in one read transaction: every statement sees the same snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let (conn, path) = match &mut self.conn {
            Conn::Sqlite(c, p) => (c, p.clone()),
            Conn::Pg(c) => return c.read(f).map_err(|e| at_server(e, &self.at)),
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| storage_at(&path, e))?;
        let value = f(&Tx {
            conn: TxConn::Sqlite(&tx),
        })
        .map_err(|e| at_path(e, &path))?;
        tx.rollback().map_err(|e| storage_at(&path, e))?;
        Ok(value)
    }

    /// `read` for a long list printed as it is read: memory must not grow with its rows. The
    /// cache is the default 2 MB (not a batch's 32 MB) and a sort (`ORDER BY` on 100,000
    /// members) spills to a temporary file past it, as the sqlite3 shell's does: with
    /// `temp_store = MEMORY` SQLite's sorter keeps every row in memory.
    pub fn scan<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let path = match &self.conn {
            Conn::Sqlite(_, p) => p.clone(),
            Conn::Pg(c) => {
                // A server hands the rows of a long list over through a cursor, a chunk at a
                // time, so memory stays flat there too.
                c.streaming.set(true);
                let value = self.read(f);
                if let Conn::Pg(c) = &self.conn {
                    c.streaming.set(false);
                }
                return value;
            }
        };
        let set = |conn: &Connection, cache: i64, temp: &str| {
            conn.pragma_update(None, "cache_size", cache)
                .and_then(|()| conn.pragma_update(None, "temp_store", temp))
                .map_err(|e| storage_at(&path, e))
        };
        set(self.sqlite(), -2000, "FILE")?;
        let value = self.read(f);
        set(self.sqlite(), CACHE_SIZE, "MEMORY")?;
        value
    }

    /// Run `f` in one `BEGIN IMMEDIATE` transaction: it commits when `f` succeeds and rolls back
    /// (leaving the database unchanged) when it fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(f, true)
    }

    /// Run `f` in a write transaction that is always rolled back: a dry run that checks and
    /// computes everything a real run would, and changes nothing.
    pub fn rehearse<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(f, false)
    }

    fn transaction<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>, commit: bool) -> Result<T> {
        let (conn, path) = match &mut self.conn {
            Conn::Sqlite(c, p) => (c, p.clone()),
            Conn::Pg(c) => return c.transaction(f, commit).map_err(|e| at_server(e, &self.at)),
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| storage_at(&path, e))?;
        let value = f(&Tx {
            conn: TxConn::Sqlite(&tx),
        })
        .map_err(|e| at_path(e, &path))?;
        if commit { tx.commit() } else { tx.rollback() }.map_err(|e| storage_at(&path, e))?;
        Ok(value)
    }
}

/// The database as everything outside `store/` sees it: an open transaction (from
/// `Store::write`, `rehearse` or `read`) or a plain reader. The table modules take it; only
/// `store/` sees the driver underneath, so a second backend changes this type, not its callers.
pub struct Tx<'a> {
    conn: TxConn<'a>,
}

/// The connection under a transaction: an SQLite file or a PostgreSQL server (issue 15, work in
/// progress: only `PgConn::write` makes the second today).
#[derive(Clone, Copy)]
enum TxConn<'a> {
    Sqlite(&'a Connection),
    Pg(&'a pg::PgConn),
}

impl<'a> Tx<'a> {
    fn pg(c: &'a pg::PgConn) -> Tx<'a> {
        Tx {
            conn: TxConn::Pg(c),
        }
    }

    /// Whether this transaction runs on a server (for the few statements written per dialect).
    pub(crate) fn on_server(&self) -> bool {
        matches!(self.conn, TxConn::Pg(_))
    }

    /// On a server, the rows `store::bulk` holds back to write many per statement.
    fn staged_rows(&self) -> Option<&'a std::cell::RefCell<Vec<Vec<sql::Value>>>> {
        match self.conn {
            TxConn::Pg(c) => Some(&c.staged),
            TxConn::Sqlite(_) => None,
        }
    }

    /// Run `f` inside a savepoint of this transaction: when `f` fails, what it wrote is undone
    /// and the transaction goes on (a batch row, a step of `config apply`).
    pub fn savepoint<T>(&self, f: impl FnOnce(&Tx<'a>) -> Result<T>) -> Result<T> {
        self.execute_batch("SAVEPOINT roster_step")?;
        match f(self) {
            Ok(v) => {
                self.execute_batch("RELEASE roster_step")?;
                Ok(v)
            }
            Err(e) => {
                // Some failures (a full disk) make SQLite roll the whole transaction back
                // itself: the savepoint is gone then, and the error to report is `e`.
                let _ = self.execute_batch("ROLLBACK TO roster_step; RELEASE roster_step");
                Err(e)
            }
        }
    }

    // The driver's statements, for the table modules under `store/` only.

    /// A statement prepared once per connection and kept (a batch runs the same ones per row).
    fn prepare_cached(&self, sql: &str) -> sql::Result<sql::Stmt<'a>> {
        Ok(match self.conn {
            TxConn::Sqlite(c) => sql::Stmt::sqlite_cached(c.prepare_cached(sql)?),
            TxConn::Pg(c) => sql::Stmt::pg(c, c.prepare_cached(sql)?, None),
        })
    }

    /// A statement prepared for one use (a list run once per command).
    fn prepare(&self, sql: &str) -> sql::Result<sql::Stmt<'a>> {
        Ok(match self.conn {
            TxConn::Sqlite(c) => sql::Stmt::sqlite(c.prepare(sql)?),
            // In a long read (`Store::scan`) its rows come through a cursor, a chunk at a time.
            TxConn::Pg(c) => {
                let text = c.streaming.get().then(|| sql.to_string());
                sql::Stmt::pg(c, c.prepare_cached(sql)?, text)
            }
        })
    }

    /// Run statements separated by `;`, with no parameters and no rows.
    fn execute_batch(&self, sql: &str) -> sql::Result<()> {
        match self.conn {
            TxConn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            TxConn::Pg(c) => Ok(c.batch_execute(sql)?),
        }
    }
}

/// Run `f` on a read-only connection to the database at `at`: nothing is created, migrated or
/// written (shell completion reads this way). `None` when there is no file to open, or a server
/// that cannot be reached or does not hold this roster's schema.
fn peek<T>(at: &Location, f: impl FnOnce(&Tx<'_>) -> sql::Result<T>) -> Option<sql::Result<T>> {
    let path = match at {
        Location::File(path) => path,
        Location::Server(server) => {
            let conn = pg::PgConn::open(at, server).ok()?;
            if pg::schema_version(&conn).ok()? != pg::SCHEMA_VERSION {
                return None;
            }
            conn.batch_execute("SET default_transaction_read_only = on")
                .ok()?;
            return Some(f(&Tx::pg(&conn)));
        }
    };
    if !path.is_file() {
        return None;
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    Some(f(&Tx {
        conn: TxConn::Sqlite(&conn),
    }))
}

/// A new, empty 0600 file for SQLite to fill (a database, a backup, a copy): see
/// `files::create_new_private`.
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<()> {
    crate::files::create_new_private(path).map(drop)
}

/// The new 0600 file of a database written whole (`what`: "the backup", "the copy"): an existing
/// regular file is a conflict (5) and is never opened, let alone overwritten; a symbolic link,
/// FIFO, folder or device there is refused (9), named.
pub fn create_new_database_file(dest: &Path, what: &str, hint: &str) -> Result<()> {
    create_private_file(dest).map_err(|e| {
        if e.kind() == IoKind::AlreadyExists {
            Error::conflict(format!("{} already exists", dest.display())).with_hint(hint)
        } else {
            Error::storage(format!("cannot create {what} {}: {e}", dest.display())).with_hint(hint)
        }
    })
}

/// Decide what the file is from its 100-byte header (application id at 68, user_version at
/// 60) and, when the header cannot tell, from its table names read through an immutable,
/// read-only connection: nothing is written, no `-wal`/`-shm` appears.
fn classify(path: &Path) -> std::result::Result<Kind, String> {
    use std::io::Read;
    let mut header = Vec::with_capacity(100);
    crate::files::open_regular(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|e| e.to_string())?;
    if header.is_empty() {
        return Ok(Kind::Empty);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err("the file is not an SQLite database".into());
    }
    let be = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let (user_version, app_id) = (be(60), be(68));
    if app_id == APPLICATION_ID {
        return Ok(Kind::Ours);
    }
    if app_id != 0 {
        return Err(format!(
            "it belongs to another program (application_id 0x{app_id:08X}), not roster"
        ));
    }
    // No mark: an empty SQLite file, an unmarked roster file, or someone else's.
    let tables: Vec<String> = (|| {
        let conn = if sidecar(path, "-wal").exists() {
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?
        } else {
            Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
            )?
        };
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()
    })()
    .map_err(|e| sqlite_reason(&e, path))?;
    if tables.is_empty() && user_version == 0 {
        return Ok(Kind::Empty);
    }
    if user_version > 0 && ROSTER_TABLES.iter().all(|t| tables.iter().any(|n| n == t)) {
        return Ok(Kind::OursUnmarked);
    }
    let mut shown: Vec<String> = tables
        .iter()
        .take(5)
        .map(|t| crate::domain::escape(t).into_owned())
        .collect();
    if tables.len() > 5 {
        shown.push("…".into());
    }
    Err(format!(
        "it is another program's SQLite database (tables: {}), not roster's",
        if shown.is_empty() {
            "none".to_string()
        } else {
            shown.join(", ")
        }
    ))
}

/// `roster.db-wal`, `roster.db-shm`: SQLite's files next to the database.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// A `file:` URI opening `path` read-only as immutable (no locks, no shared memory file).
fn immutable_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.as_os_str().as_encoded_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(*b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

/// Whether roster may create a file in `folder` (asked only after SQLite failed to open).
fn folder_writable(folder: &Path) -> bool {
    let probe = folder.join(format!(".roster-probe-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}

fn sqlite_reason(e: &rusqlite::Error, path: &Path) -> String {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => "the file is not an SQLite database".into(),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            if !folder_writable(folder) =>
        {
            format!(
                "its folder {} is read-only, and SQLite needs to create its -wal and -shm files there; make the folder writable or copy the database to a writable place",
                folder.display()
            )
        }
        Some(rusqlite::ErrorCode::CannotOpen) => "the file cannot be opened".into(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => "the database is corrupt".into(),
        _ => e.to_string(),
    }
}

/// The refusal of a database whose schema is newer than this binary's.
fn newer_schema(at: &Location, found: i64, ours: i64) -> Error {
    Error::storage(format!(
        "cannot open the database {}: its schema version {found} is newer than this roster understands ({ours})",
        at.display()
    ))
    .with_hint("upgrade roster; the database was left untouched")
}

/// The command that sets up a server's schema, as the user can run it: with the URL when it
/// holds no password (a password is never printed), else for the same `--db`.
fn migrate_hint(at: &Location) -> String {
    let shown = at.display();
    if shown.contains(":****@") {
        "run `roster db migrate` with the same --db (or ROSTER_DB); it is an explicit step on a server, since other people's roster binaries share it".to_string()
    } else {
        format!(
            "run `roster --db '{shown}' db migrate`; it is an explicit step on a server, since other people's roster binaries share it"
        )
    }
}

/// Storage errors about a server name it (password masked).
fn at_server(e: Error, at: &Location) -> Error {
    let shown = at.display();
    if e.kind == ErrorKind::Storage && !e.message.contains(&shown) {
        Error {
            message: format!("{} ({shown})", e.message),
            ..e
        }
    } else {
        e
    }
}

fn storage_at(path: &Path, e: rusqlite::Error) -> Error {
    at_path(Error::from(e), path)
}

/// Storage errors name the file they are about.
fn at_path(e: Error, path: &Path) -> Error {
    if e.kind == ErrorKind::Storage && !e.message.contains(&*path.to_string_lossy()) {
        Error {
            message: format!("{} ({})", e.message, path.display()),
            ..e
        }
    } else {
        e
    }
}

/// Timestamps are stored as RFC 3339 text.
pub(crate) fn ts(t: Timestamp) -> String {
    // A command writes the same "now" into many rows (a batch: ten per row): format it once.
    thread_local! {
        static LAST: std::cell::RefCell<Option<(Timestamp, String)>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((at, text)) if *at == t => text.clone(),
            _ => {
                let text = format_ts(t);
                *last = Some((t, text.clone()));
                text
            }
        }
    })
}

pub(crate) fn read_ts(s: String) -> sql::Result<Timestamp> {
    parse_ts(&s).map_err(sql::Error::conversion)
}

/// SQLite failures that reach here were not anticipated by a command: a busy database, a
/// read-only file, corruption. They are storage errors (exit 9), except a constraint that a
/// command should have checked first, which is still reported rather than hidden.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(ref f, _) = e {
            let (msg, hint) = match f.code {
                C::DatabaseBusy | C::DatabaseLocked => (
                    format!(
                        "the database is busy: another roster process held its write lock for more than {}s",
                        busy_wait().as_secs()
                    ),
                    Some(
                        "retry when the other process has finished, or wait longer: [database] busy_timeout in the config, or ROSTER_BUSY_TIMEOUT",
                    ),
                ),
                C::ReadOnly => (
                    "the database is read-only: cannot write".to_string(),
                    Some("check the permissions of the database file and its folder"),
                ),
                C::NotADatabase => (
                    "the file is not a roster database (not SQLite)".to_string(),
                    None,
                ),
                C::DatabaseCorrupt => ("the database is corrupt".to_string(), None),
                C::DiskFull => ("the disk is full".to_string(), None),
                C::ConstraintViolation => {
                    return Error::conflict(format!(
                        "the change breaks a database constraint: {e}"
                    ));
                }
                _ => (format!("database error: {e}"), None),
            };
            let err = Error::storage(msg);
            return match hint {
                Some(h) => err.with_hint(h),
                None => err,
            };
        }
        Error::storage(format!("database error: {e}"))
    }
}

/// Failures of the statement layer: the driver's, mapped as above; a missing row or a value
/// that does not parse is a storage error that names it.
impl From<sql::Error> for Error {
    fn from(e: sql::Error) -> Self {
        match e {
            sql::Error(sql::Repr::Sqlite(e)) => Error::from(e),
            // PostgreSQL says what failed by SQLSTATE: a broken constraint (class 23, also a
            // deferred foreign key at COMMIT) is reported as SQLite's is; a lost serialisation
            // or lock wait is the busy database.
            sql::Error(sql::Repr::Pg(ref pe)) => match pe.code().map(|c| c.code()) {
                Some(code) if code.starts_with("23") => {
                    Error::conflict(format!("the change breaks a database constraint: {e}"))
                }
                Some("40001" | "40P01" | "55P03") => Error::storage(format!(
                    "the database is busy: another roster process held its write lock for more than {}s",
                    busy_wait().as_secs()
                ))
                .with_hint(
                    "retry when the other process has finished, or wait longer: [database] busy_timeout in the config, or ROSTER_BUSY_TIMEOUT",
                ),
                // A login without a privilege it needs (the everyday role, plain SQL).
                Some("42501") => Error::denied(format!(
                    "the database refused: {}",
                    pe.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string())
                )),
                _ => Error::storage(format!("database error: {e}")),
            },
            e => Error::storage(format!("database error: {e}")),
        }
    }
}

/// The closed vocabularies are stored as their spelling; anything else is a corrupt row.
macro_rules! sql_text {
    ($($name:ty),+ $(,)?) => {$(
        impl sql::FromSql for $name {
            fn column_result(v: sql::ValueRef<'_>) -> sql::FromSqlResult<Self> {
                let s = v.as_str()?;
                <$name>::parse(s).ok_or_else(|| sql::FromSqlError::Other(
                    format!("unknown {} '{s}' in the database", stringify!($name)).into()))
            }
        }

        impl sql::ToSql for $name {
            #[inline]
            fn to_sql(&self) -> sql::ValueRef<'_> {
                sql::ValueRef::Text(self.as_str().as_bytes())
            }
        }
    )+};
}

sql_text!(
    crate::domain::Role,
    crate::domain::MemberStatus,
    crate::domain::Posting,
    crate::domain::Credentials,
    crate::domain::Provider,
    crate::domain::AuthStatus,
    crate::domain::PostState,
    crate::domain::ApprovalStage,
    crate::permissions::Action,
);
