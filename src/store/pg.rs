//! The PostgreSQL side of the store (issue 15): one synchronous `postgres::Client`, statements
//! prepared once per connection with roster's `?N` placeholders rewritten to `$N`, parameters
//! bound by the type the server infers for them, rows read by their column types into roster's
//! [`ValueRef`]; transactions, the write lock, the schema version and who the login is.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;

use postgres::types::{IsNull, Type, to_sql_checked};

use super::Tx;
use super::location::{Location, Server};
use super::sql::{self, ValueRef};
use crate::error::{Error, Result};

/// Rows a cursor hands over per round trip.
pub(super) const CURSOR_ROWS: usize = 1000;

/// The key of roster's write lock (`pg_advisory_xact_lock`): "ROST" in ASCII.
pub const WRITE_LOCK: i64 = 0x524F_5354;
/// The key of the lock `roster db migrate` holds, so that two migrations do not interleave.
const MIGRATE_LOCK: i64 = 0x524F_5355;

/// PostgreSQL's migrations, in order; `roster_schema.version` counts those applied. Numbered
/// on their own (SQLite's 0001-0004 are this backend's 0001).
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/0001_init.sql"),
    include_str!("migrations/postgres/0002_logins.sql"),
    include_str!("migrations/postgres/0003_audit_login_columns.sql"),
    include_str!("migrations/postgres/0004_post_events_post.sql"),
];

/// The PostgreSQL schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The role `roster db migrate` grants to everyday logins of the database `database`:
/// roster's statements there, no DDL, and the audit log append-only (INSERT and SELECT). One
/// per database, since a server's roles are shared by all its databases: a login bound in one
/// roster database gets nothing in another.
pub fn login_role(database: &str) -> String {
    format!("roster_login_{database}")
}

/// A name as an SQL identifier, whatever it holds.
pub(super) fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The database this connection is to.
pub(super) fn current_database(conn: &PgConn) -> Result<String> {
    let row = conn
        .client
        .borrow_mut()
        .query_one("SELECT current_database()::text", &[])
        .map_err(sql::Error::from)?;
    Ok(row.try_get(0).map_err(sql::Error::from)?)
}

/// A connection and its prepared statements (by roster's SQL text).
pub struct PgConn {
    pub(super) client: RefCell<postgres::Client>,
    cache: RefCell<HashMap<String, postgres::Statement>>,
    /// Rows a batch staged and this side holds until `store::bulk` writes them many at a time
    /// (one round trip per row would be most of a 100,000-row batch's time on a server).
    pub(super) staged: RefCell<Vec<Vec<sql::Value>>>,
    /// In `Store::scan`: lists are read through cursors (see `sql::Stmt::query`).
    pub(super) streaming: std::cell::Cell<bool>,
    cursors: std::cell::Cell<u32>,
}

impl PgConn {
    /// Connect to `url` (`postgres://user:password@host:port/db`), without TLS (tests).
    pub fn connect(url: &str) -> Result<PgConn, postgres::Error> {
        let client = postgres::Client::connect(url, postgres::NoTls)?;
        Ok(PgConn::of(client))
    }

    fn of(client: postgres::Client) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            cache: RefCell::new(HashMap::new()),
            staged: RefCell::new(Vec::new()),
            streaming: std::cell::Cell::new(false),
            cursors: std::cell::Cell::new(0),
        }
    }

    /// Connect to the server at `at`: TLS through rustls when the URL asks for it (the server's
    /// certificate checked against the system's roots), plain TCP otherwise. A failure is a
    /// storage error (9) naming the server with its password masked.
    pub(super) fn open(at: &Location, server: &Server) -> Result<PgConn> {
        let mut config = server.config.clone();
        config.application_name("roster");
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        let client = if server.tls {
            let connector = tls::connector(server.root_cert.as_deref()).map_err(|why| {
                Error::storage(format!("cannot connect to {}: {why}", at.display())).with_hint(
                    "sslrootcert= names a PEM file of the certificate authorities to trust",
                )
            })?;
            config.connect(connector)
        } else {
            config.connect(postgres::NoTls)
        };
        client.map(PgConn::of).map_err(|e| {
            // A login the server knows but that holds no CONNECT on this database: roster's
            // everyday role carries it, and `roster member login` grants that role. Say so,
            // rather than hint at a password that was right.
            if let Some(db) = e.as_db_error()
                && db.code() == &postgres::error::SqlState::INSUFFICIENT_PRIVILEGE
            {
                let login = server.config.get_user().unwrap_or("?");
                return Error::denied(format!(
                    "the database login '{login}' may not use {}: it is not bound to a roster user of this database",
                    at.display()
                ))
                .with_hint(format!(
                    "ask an owner of your workspace to bind it (through the admin login): `roster member login YOUR_EMAIL {login}`"
                ));
            }
            // The driver's words and their causes ("error performing TLS handshake: invalid
            // peer certificate: UnknownIssuer").
            let why = match e.as_db_error() {
                Some(db) => db.message().to_string(),
                None => {
                    let mut why = e.to_string();
                    let mut cause = StdError::source(&e);
                    while let Some(c) = cause {
                        let text = c.to_string();
                        if !why.contains(&text) {
                            why.push_str(": ");
                            why.push_str(&text);
                        }
                        cause = c.source();
                    }
                    why
                }
            };
            Error::storage(format!("cannot connect to {}: {why}", at.display())).with_hint(
                "check the URL, that the server is running, and the password (in the URL, PGPASSWORD or [database] password)",
            )
        })
    }

    /// Run `f` in one read-only transaction that sees one snapshot.
    pub fn read<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .map_err(sql::Error::from)?;
        let value = f(&Tx::pg(self));
        let _ = self.batch_execute("ROLLBACK");
        value
    }

    /// Run `f` in one transaction that holds roster's write lock, committing when it succeeds
    /// and `commit` is asked (a rehearsal always rolls back).
    ///
    /// The lock is an advisory transaction lock, released by COMMIT or ROLLBACK, even when the
    /// process dies: one writer at a time, as SQLite's `BEGIN IMMEDIATE`, so every check a
    /// command makes holds until it commits. Its wait is bounded by `[database] busy_timeout`
    /// (`lock_timeout`), then the command fails as busy (exit 9).
    pub fn transaction<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>, commit: bool) -> Result<T> {
        let wait = super::busy_wait().as_millis().clamp(1, i32::MAX as u128);
        self.batch_execute(&format!(
            "BEGIN; SET LOCAL lock_timeout = {wait}; SET LOCAL idle_in_transaction_session_timeout = 0"
        ))
        .map_err(sql::Error::from)?;
        let locked = (|| -> Result<()> {
            let got: bool = self
                .client
                .borrow_mut()
                .query_one("SELECT pg_try_advisory_xact_lock($1)", &[&WRITE_LOCK])
                .and_then(|r| r.try_get(0))
                .map_err(sql::Error::from)?;
            if !got {
                super::say_waiting();
                self.client
                    .borrow_mut()
                    .execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
                    .map_err(sql::Error::from)?;
            }
            Ok(())
        })();
        let value = locked.and_then(|()| f(&Tx::pg(self)));
        self.staged.borrow_mut().clear();
        match value {
            Ok(v) if commit => {
                self.batch_execute("COMMIT").map_err(sql::Error::from)?;
                Ok(v)
            }
            other => {
                let _ = self.batch_execute("ROLLBACK");
                other
            }
        }
    }

    /// Shorthand for a committed transaction.
    pub fn write<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(f, true)
    }

    /// The statement for roster's `sql`, prepared on first use and kept.
    pub(super) fn prepare_cached(&self, sql: &str) -> Result<postgres::Statement, postgres::Error> {
        if let Some(s) = self.cache.borrow().get(sql) {
            return Ok(s.clone());
        }
        let stmt = self.client.borrow_mut().prepare(&placeholders(sql))?;
        self.cache
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    /// Open a cursor over roster's `sql` with these parameters, in the current transaction; the
    /// statement that fetches its next `CURSOR_ROWS` rows.
    pub(super) fn declare(
        &self,
        sql: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<String, postgres::Error> {
        let n = self.cursors.get() + 1;
        self.cursors.set(n);
        let name = format!("roster_cursor_{n}");
        self.client.borrow_mut().execute(
            &format!("DECLARE {name} NO SCROLL CURSOR FOR {}", placeholders(sql)),
            params,
        )?;
        Ok(format!("FETCH {CURSOR_ROWS} FROM {name}"))
    }

    /// The driver's client, for what roster's own layer does not say (creating a database,
    /// loading the schema).
    pub fn client_for_tests(&self) -> std::cell::RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    /// Statements separated by `;`, with no parameters.
    pub(super) fn batch_execute(&self, sql: &str) -> Result<(), postgres::Error> {
        self.client.borrow_mut().batch_execute(sql)
    }
}

/// The schema version of the database: 0 when it has no roster schema.
pub(super) fn schema_version(conn: &PgConn) -> Result<i64> {
    let mut c = conn.client.borrow_mut();
    let has: bool = c
        .query_one("SELECT to_regclass('roster_schema') IS NOT NULL", &[])
        .and_then(|r| r.try_get(0))
        .map_err(sql::Error::from)?;
    if !has {
        return Ok(0);
    }
    let v: Option<i64> = c
        .query_opt("SELECT version FROM roster_schema", &[])
        .map_err(sql::Error::from)?
        .map(|r| r.try_get(0))
        .transpose()
        .map_err(sql::Error::from)?;
    Ok(v.unwrap_or(0))
}

/// What `roster db migrate` did.
#[derive(Debug, Clone)]
pub struct Migrated {
    pub from: i64,
    pub to: i64,
    /// The everyday role of this database.
    pub role: String,
}

/// Bring the database to this binary's schema, in one transaction, and (again, idempotently)
/// grant the everyday role its privileges. A newer schema is refused untouched.
pub(super) fn migrate(conn: &PgConn, at: &Location) -> Result<Migrated> {
    conn.batch_execute("BEGIN").map_err(sql::Error::from)?;
    let done = (|| -> Result<Migrated> {
        conn.client
            .borrow_mut()
            .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATE_LOCK])
            .map_err(sql::Error::from)?;
        // roster's tables live in `public`, whatever the admin's search path says.
        conn.batch_execute("SET LOCAL search_path = public")
            .map_err(sql::Error::from)?;
        let from = schema_version(conn)?;
        if from > SCHEMA_VERSION {
            return Err(super::newer_schema(at, from, SCHEMA_VERSION));
        }
        for (i, text) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            conn.batch_execute(text).map_err(|e| {
                Error::storage(format!(
                    "cannot upgrade {} to schema version {}: {}",
                    at.display(),
                    i + 1,
                    e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string())
                ))
                .with_hint("nothing was changed; a database that holds other tables than roster's needs a database of its own")
            })?;
            conn.client
                .borrow_mut()
                .execute("UPDATE roster_schema SET version = $1", &[&(i as i64 + 1)])
                .map_err(sql::Error::from)?;
        }
        let database = current_database(conn)?;
        let role = login_role(&database);
        if role.len() > 63 {
            return Err(Error::usage(format!(
                "the database name '{database}' is too long for roster's role name '{role}' (63 bytes at most)"
            )));
        }
        conn.batch_execute(&grants(&database, &role))
            .map_err(sql::Error::from)?;
        Ok(Migrated {
            from,
            to: SCHEMA_VERSION,
            role,
        })
    })();
    match done {
        Ok(m) => {
            conn.batch_execute("COMMIT").map_err(sql::Error::from)?;
            Ok(m)
        }
        Err(e) => {
            let _ = conn.batch_execute("ROLLBACK");
            Err(e)
        }
    }
}

/// The everyday role: it runs roster's statements (read and write rows, use the sequences and
/// temporary tables), owns nothing and creates nothing, and may only INSERT and SELECT the
/// audit log (every column but `login`, which its default fills with the writer's
/// session_user, and `id`), and only SELECT the schema version and the login bindings. The two audit updates roster makes
/// (a deleted workspace's label, a `config apply` batch id) go through functions that do just
/// that, run with the owner's rights.
///
/// Connecting to the database is that role's (and the admin's) alone: PUBLIC's CONNECT goes.
fn grants(database: &str, role: &str) -> String {
    let db = quote_ident(database);
    let name = role.replace('\'', "''");
    let role = quote_ident(role);
    format!(
        "DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
             CREATE ROLE {role} NOLOGIN;
           END IF;
         END $$;
         REVOKE CONNECT ON DATABASE {db} FROM PUBLIC;
         GRANT CONNECT ON DATABASE {db} TO {role}, CURRENT_USER;
         REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT USAGE ON SCHEMA public TO {role};
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
         REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit FROM {role};
         GRANT INSERT (at, actor, command, action, workspace, target, before, after, batch_id) ON audit TO {role};
         REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON roster_schema, logins FROM {role};
         GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
         REVOKE ALL ON FUNCTION roster_audit_detach(TEXT, TEXT), roster_audit_tag_batch(BIGINT, TEXT) FROM PUBLIC;
         GRANT EXECUTE ON FUNCTION roster_audit_detach(TEXT, TEXT), roster_audit_tag_batch(BIGINT, TEXT) TO {role};"
    )
}

/// Who the server says this connection is.
#[derive(Debug, Clone)]
pub struct Identity {
    /// `session_user`: the login the server authenticated.
    pub login: String,
    /// The roster user bound to that login (`roster member login`), if any.
    pub bound: Option<String>,
    /// A superuser, or a member of the role that owns roster's tables (the login that ran
    /// `roster db migrate`): it can change any row with plain SQL, so it may act `--as` anyone,
    /// as the owner of a SQLite file does.
    pub admin: bool,
}

pub(super) fn identity(conn: &PgConn) -> Result<Identity> {
    let row = conn
        .client
        .borrow_mut()
        .query_one(
            "SELECT session_user::text,
                    (SELECT u.email::text FROM logins l JOIN users u ON u.id = l.user_id
                      WHERE l.login = session_user),
                    (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                    OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                        WHERE schemaname = 'public' AND tablename = 'roster_schema'), 'MEMBER')",
            &[],
        )
        .map_err(sql::Error::from)?;
    let get = |e: postgres::Error| Error::from(sql::Error::from(e));
    Ok(Identity {
        login: row.try_get(0).map_err(get)?,
        bound: row.try_get(1).map_err(get)?,
        admin: row
            .try_get::<_, Option<bool>>(2)
            .map_err(get)?
            .unwrap_or(false),
    })
}

/// roster writes `?1, ?2` (rusqlite binds them by position); PostgreSQL reads `$1, $2`. A bare
/// `?` takes the next number, as in SQLite. Quoted text, quoted names and comments are copied
/// as they are.
pub fn placeholders(sql: &str) -> String {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len() + 8);
    let (mut i, mut next) = (0, 1u32);
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"') => {
                let start = i;
                i += 1;
                while i < b.len() {
                    if b[i] == q {
                        // A doubled quote is a quote inside the text.
                        if b.get(i + 1) == Some(&q) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                out.push_str(&sql[start..i]);
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                let start = i;
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                out.push_str(&sql[start..i]);
            }
            b'?' => {
                i += 1;
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let n = if i > start {
                    let n: u32 = sql[start..i].parse().unwrap_or(0);
                    next = next.max(n + 1);
                    n
                } else {
                    let n = next;
                    next += 1;
                    n
                };
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => {
                // Copy up to the next character that matters, whole UTF-8 sequences at a time.
                let start = i;
                while i < b.len() && !matches!(b[i], b'\'' | b'"' | b'-' | b'?') {
                    i += 1;
                }
                if i == start {
                    i += 1;
                }
                out.push_str(&sql[start..i]);
            }
        }
    }
    out
}

/// A parameter as PostgreSQL binds it: converted to the type the server inferred for its place
/// (roster's flags are integers bound where a BIGINT, an INT or a boolean may be expected).
#[derive(Debug)]
pub(super) struct PgValue<'a>(pub(super) ValueRef<'a>);

type BoxError = Box<dyn StdError + Sync + Send>;

impl postgres::types::ToSql for PgValue<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self.0 {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => Err(format!("an integer cannot be bound as {ty}").into()),
            },
            ValueRef::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ => Err(format!("a real cannot be bound as {ty}").into()),
            },
            ValueRef::Text(t) => {
                let s = std::str::from_utf8(t)?;
                match *ty {
                    Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                    _ => s.to_sql(ty, out),
                }
            }
            ValueRef::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Column `idx` of a PostgreSQL row as roster reads values (booleans as 0/1, like SQLite).
pub(super) fn value(row: &postgres::Row, idx: usize) -> Result<ValueRef<'_>, postgres::Error> {
    let ty = row.columns()[idx].type_().clone();
    Ok(match ty {
        Type::INT8 => row
            .try_get::<_, Option<i64>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Integer),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(idx)?
            .map_or(ValueRef::Null, |i| ValueRef::Integer(i.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(idx)?
            .map_or(ValueRef::Null, |i| ValueRef::Integer(i.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(idx)?
            .map_or(ValueRef::Null, |b| ValueRef::Integer(b.into())),
        Type::FLOAT8 => row
            .try_get::<_, Option<f64>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Real),
        Type::BYTEA => row
            .try_get::<_, Option<&[u8]>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Blob),
        _ => row
            .try_get::<_, Option<&str>>(idx)?
            .map_or(ValueRef::Null, |s| ValueRef::Text(s.as_bytes())),
    })
}

/// TLS for `sslmode=require` (and libpq's `verify-ca`/`verify-full`): rustls, as lettre uses,
/// with the webpki root certificates; the server's certificate and name are always checked.
mod tls {
    use std::path::Path;

    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;

    /// With `sslrootcert=FILE`, only the authorities in that PEM file are trusted (as libpq
    /// does); otherwise the webpki roots.
    pub fn connector(
        root_cert: Option<&Path>,
    ) -> Result<tokio_postgres_rustls::MakeRustlsConnect, String> {
        let roots = match root_cert {
            None => rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            },
            Some(file) => {
                let mut roots = rustls::RootCertStore::empty();
                // A regular file only: a FIFO here would hang the connection attempt.
                let pem = crate::files::read_regular(file)
                    .map_err(|e| format!("cannot read sslrootcert {}: {e}", file.display()))?;
                for cert in CertificateDer::pem_slice_iter(&pem) {
                    let cert = cert
                        .map_err(|e| format!("cannot read sslrootcert {}: {e}", file.display()))?;
                    roots
                        .add(cert)
                        .map_err(|e| format!("sslrootcert {}: {e}", file.display()))?;
                }
                if roots.is_empty() {
                    return Err(format!(
                        "sslrootcert {} holds no certificate",
                        file.display()
                    ));
                }
                roots
            }
        };
        let config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("rustls's default protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
        Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
    }
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn numbered_placeholders_become_dollars_outside_quotes_and_comments() {
        assert_eq!(
            placeholders("SELECT ?1, ?2 WHERE a = ?1 AND b = '?3' -- ?4\n AND c = \"?5\""),
            "SELECT $1, $2 WHERE a = $1 AND b = '?3' -- ?4\n AND c = \"?5\""
        );
        assert_eq!(
            placeholders("VALUES (?, ?, ?10, ?)"),
            "VALUES ($1, $2, $10, $11)"
        );
        assert_eq!(
            placeholders("SELECT 'it''s ?1', ?1"),
            "SELECT 'it''s ?1', $1"
        );
        assert_eq!(placeholders("SELECT 'é' || ?1"), "SELECT 'é' || $1");
        assert_eq!(
            placeholders("SELECT 'unterminated ?1"),
            "SELECT 'unterminated ?1"
        );
    }
}
