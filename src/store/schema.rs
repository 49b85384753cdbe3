//! Is a file's schema exactly roster's own for its version? A backup, a copy's source or any
//! file roster opens is compared, object by object, with what the embedded migrations make.

use std::sync::OnceLock;

use rusqlite::Connection;

use super::{MIGRATIONS, SCHEMA_VERSION};
use crate::domain::escape;

/// One row of `sqlite_schema`: what SQLite itself compiles every statement against. A trigger,
/// a view, a table, an index, a column or a constraint is there or it does not exist.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Object {
    kind: String,
    name: String,
    table: String,
    sql: Option<String>,
}

/// SQLite's own tables, which SQLite alone creates and which may appear in any file: the
/// counters of AUTOINCREMENT tables (roster has none, so it would stay empty and unread; an
/// AUTOINCREMENT table is an extra table anyway) and the statistics `ANALYZE` writes, which
/// steer the query planner's choice of index but never what a query returns. SQLite refuses
/// triggers, views and indexes on them, and any of those would be an extra object besides.
/// Each is accepted only with exactly the definition SQLite gives it.
const SQLITE_OWN: &[(&str, &str)] = &[
    ("sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
    ("sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    (
        "sqlite_stat4",
        "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
];

fn sqlite_own(o: &Object) -> bool {
    SQLITE_OWN.iter().any(|(name, sql)| {
        o.kind == "table" && o.name == *name && o.table == *name && o.sql.as_deref() == Some(sql)
    })
}

fn objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM main.sqlite_schema")?;
    let mut all = stmt
        .query_map([], |r| {
            Ok(Object {
                kind: r.get(0)?,
                name: r.get(1)?,
                table: r.get(2)?,
                sql: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    all.sort();
    Ok(all)
}

/// The file's version and schema, from one snapshot: another roster process may be upgrading
/// it meanwhile.
fn read(conn: &Connection) -> rusqlite::Result<(i64, Vec<Object>)> {
    let snapshot = if conn.is_autocommit() {
        Some(conn.unchecked_transaction()?)
    } else {
        None
    };
    let version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let objects = objects(conn)?;
    drop(snapshot);
    Ok((version, objects))
}

/// The schema of every version, as the migrations make it in an empty database: built once
/// per process, and only when a file is not exactly at this binary's version and schema (an
/// older file about to be upgraded, a refusal, `doctor`): running the migrations costs more
/// than the rest of a command such as `roster me`.
fn expected(version: i64) -> std::result::Result<&'static [Object], String> {
    static ALL: OnceLock<std::result::Result<Vec<Vec<Object>>, String>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        (|| {
            let conn = Connection::open_in_memory()?;
            let mut versions = vec![objects(&conn)?];
            for sql in MIGRATIONS {
                conn.execute_batch(sql)?;
                versions.push(objects(&conn)?);
            }
            Ok::<_, rusqlite::Error>(versions)
        })()
        .map_err(|e| format!("roster's own schema could not be built: {e}"))
    });
    let all = all.as_ref().map_err(Clone::clone)?;
    usize::try_from(version)
        .ok()
        .and_then(|v| all.get(v))
        .map(Vec::as_slice)
        .ok_or_else(|| format!("there is no roster schema version {version}"))
}

/// SHA-256 of roster's own schema at `SCHEMA_VERSION`, as `fingerprint` reads it: what a file
/// of the current version is compared with on every open. The unit test
/// `the_fingerprint_is_the_migrations_own` says the new value when a migration changes it.
const FINGERPRINT: &str = "c5f83a57d7cea31f3fc2df508e6210df17a73f1c589070b137c378c817edc127";

/// SHA-256 over every object but SQLite's own, each field length-prefixed (so no two schemas
/// read alike), in hex.
fn fingerprint(objects: &[Object]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for o in objects.iter().filter(|o| !sqlite_own(o)) {
        for field in [Some(&o.kind), Some(&o.name), Some(&o.table), o.sql.as_ref()] {
            match field {
                Some(text) => {
                    h.update((text.len() as u64).to_le_bytes());
                    h.update(text.as_bytes());
                }
                None => h.update(u64::MAX.to_le_bytes()),
            }
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// How the schema of the database on `conn` differs from roster's own at its version (its
/// `user_version`, at most `SCHEMA_VERSION`): one line per object added, missing or changed.
/// Returns the version too; no differences when the schema is exactly roster's.
pub(crate) fn differences(conn: &Connection) -> rusqlite::Result<(i64, Vec<String>)> {
    let (version, found) = read(conn)?;
    Ok((version, compare(version, &found)))
}

/// `Err` (what differs, as a clause after "cannot …: ") unless the schema of the database on
/// `conn` is exactly roster's own for its version. Reads `sqlite_schema` and writes nothing.
pub(crate) fn check(conn: &Connection) -> std::result::Result<(), String> {
    let (version, found) = read(conn).map_err(|e| e.to_string())?;
    if version > SCHEMA_VERSION {
        // Upgraded by a newer roster since the caller looked.
        return Err(format!(
            "its schema version {version} is newer than this roster understands ({SCHEMA_VERSION})"
        ));
    }
    // The common case, cheaply: a file at this binary's version, exactly as it makes it.
    if version == SCHEMA_VERSION && fingerprint(&found) == FINGERPRINT {
        return Ok(());
    }
    let found = compare(version, &found);
    if found.is_empty() {
        return Ok(());
    }
    Err(format!(
        "its schema is not roster's own for version {version}: {}",
        summary(&found)
    ))
}

fn compare(version: i64, found: &[Object]) -> Vec<String> {
    let expected = match expected(version.clamp(0, SCHEMA_VERSION)) {
        Ok(e) => e,
        Err(why) => return vec![why],
    };
    let key = |o: &Object| (o.kind.clone(), o.name.clone());
    let mut out = Vec::new();
    let (mut e, mut f) = (expected.iter().peekable(), found.iter().peekable());
    loop {
        match (e.peek(), f.peek()) {
            (None, None) => break,
            (Some(want), Some(got)) if key(want) == key(got) => {
                if want != got {
                    out.push(changed(want, got));
                }
                e.next();
                f.next();
            }
            (Some(want), got) if got.is_none_or(|got| key(want) < key(got)) => {
                out.push(format!("the {} {} is missing", want.kind, want.name));
                e.next();
            }
            (_, Some(got)) => {
                if !sqlite_own(got) {
                    out.push(extra(got));
                }
                f.next();
            }
            (Some(_), None) => unreachable!("handled above"),
        }
    }
    out
}

/// The differences as one clause for an error message: the first few, and how many more.
pub(crate) fn summary(differences: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = differences
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if differences.len() > SHOWN {
        s.push_str(&format!("; and {} more", differences.len() - SHOWN));
    }
    s
}

fn extra(o: &Object) -> String {
    let name = escape(&o.name);
    match o.kind.as_str() {
        "trigger" | "index" if o.table != o.name => {
            format!("an extra {} {name} on {}", o.kind, escape(&o.table))
        }
        kind => format!("an extra {} {name}", escape(kind)),
    }
}

/// Name the first line where the definitions part, shortened: enough to see which column,
/// constraint or statement was altered.
fn changed(want: &Object, got: &Object) -> String {
    let what = format!("the {} {} differs from roster's", want.kind, want.name);
    if want.table != got.table {
        return format!(
            "{what}: it is on {} where roster's is on {}",
            escape(&got.table),
            want.table
        );
    }
    let (w, g) = (want.sql.as_deref(), got.sql.as_deref());
    let (Some(w), Some(g)) = (w, g) else {
        return format!("{what}: its definition is missing or added");
    };
    let mut wl = w.lines().map(str::trim);
    let mut gl = g.lines().map(str::trim);
    loop {
        match (wl.next(), gl.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                return format!("{what}: `{}` where roster has `{}`", short(b), short(a));
            }
            (Some(a), None) => return format!("{what}: it lacks `{}`", short(a)),
            (None, Some(b)) => return format!("{what}: it adds `{}`", short(b)),
            // Only the indentation differs.
            (None, None) => return format!("{what}: in its layout"),
        }
    }
}

/// A line of a definition, at most 100 characters, its hidden characters escaped.
fn short(line: &str) -> String {
    const MAX: usize = 100;
    let mut s: String = line.chars().take(MAX).collect();
    if line.chars().nth(MAX).is_some() {
        s.push('…');
    }
    escape(&s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..version] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", version as i64)
            .unwrap();
        conn
    }

    #[test]
    fn the_fingerprint_is_the_migrations_own() {
        let now = fingerprint(&objects(&at(MIGRATIONS.len())).unwrap());
        assert_eq!(
            FINGERPRINT, now,
            "the migrations changed roster's schema: set FINGERPRINT to {now}"
        );
        assert_eq!(check(&at(MIGRATIONS.len())), Ok(()));
    }

    #[test]
    fn every_version_is_its_own_schema() {
        for v in 0..=MIGRATIONS.len() {
            assert_eq!(differences(&at(v)).unwrap(), (v as i64, Vec::new()));
            assert_eq!(check(&at(v)), Ok(()));
        }
    }

    /// A file made at any older version and migrated since holds the same text, in
    /// `sqlite_schema`, as one made at the newest: ALTER TABLE edits the stored definitions,
    /// and the migrations run the same statements whichever version a file started from. The
    /// files hold rows, as real ones do (the upgrades rewrite tables that have some).
    #[test]
    fn a_file_migrated_from_any_older_version_equals_a_new_one() {
        for from in 0..=MIGRATIONS.len() {
            let conn = at(from);
            if from >= 1 {
                conn.execute_batch(
                    "INSERT INTO users (id, email, created_at) VALUES (1, 'o@a.test', 't');
                     INSERT INTO workspaces (id, slug, name, owner_id, created_at, updated_at)
                         VALUES (1, 'a', 'A', 1, 't', 't');
                     INSERT INTO memberships (id, workspace_id, user_id, role, status, created_at, updated_at)
                         VALUES (1, 1, 1, 'owner', 'active', 't', 't');
                     INSERT INTO accounts (id, workspace_id, slug, provider, name, added_by, created_at, updated_at)
                         VALUES (1, 1, 'fb', 'facebook', 'F', 1, 't', 't');",
                )
                .unwrap();
            }
            let tx = conn.unchecked_transaction().unwrap();
            for sql in &MIGRATIONS[from..] {
                tx.execute_batch(sql).unwrap();
            }
            tx.commit().unwrap();
            assert_eq!(
                objects(&conn).unwrap(),
                objects(&at(MIGRATIONS.len())).unwrap(),
                "from version {from}"
            );
        }
    }

    #[test]
    fn sqlite_s_own_tables_are_accepted_only_as_sqlite_makes_them() {
        let v = MIGRATIONS.len();
        let conn = at(v);
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT); DROP TABLE t; ANALYZE;",
        )
        .unwrap();
        let names: Vec<String> = objects(&conn)
            .unwrap()
            .into_iter()
            .filter(|o| o.name.starts_with("sqlite_s"))
            .map(|o| o.name)
            .collect();
        assert_eq!(names, ["sqlite_sequence", "sqlite_stat1", "sqlite_stat4"]);
        assert_eq!(differences(&conn).unwrap(), (v as i64, Vec::new()));
        assert_eq!(check(&conn), Ok(()));
        // The definitions SQLite gives them are the ones accepted.
        for (name, sql) in SQLITE_OWN {
            let got: String = conn
                .query_row(
                    "SELECT sql FROM sqlite_schema WHERE name = ?1",
                    [name],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(&got, sql);
        }
        // SQLite keeps triggers, views and indexes off them.
        for sql in [
            "CREATE TRIGGER x AFTER INSERT ON sqlite_stat1 BEGIN SELECT 1; END",
            "CREATE INDEX x ON sqlite_stat1(tbl)",
            "CREATE TABLE sqlite_stat9(x)",
        ] {
            assert!(conn.execute_batch(sql).is_err(), "{sql}");
        }
        // Another definition under one of their names (written with writable_schema) is not
        // SQLite's.
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,x CHECK (0))'
              WHERE name = 'sqlite_stat1';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
        assert_eq!(
            check(&conn),
            Err(format!(
                "its schema is not roster's own for version {v}: an extra table sqlite_stat1"
            ))
        );
    }

    #[test]
    fn each_kind_of_change_is_named() {
        let v = MIGRATIONS.len() as i64;
        let cases: &[(&str, &str)] = &[
            (
                "CREATE TRIGGER promote AFTER INSERT ON memberships BEGIN UPDATE memberships SET role = 'admin' WHERE id = NEW.id; END",
                "an extra trigger promote on memberships",
            ),
            (
                "CREATE VIEW v AS SELECT 1",
                "an extra view v",
            ),
            ("CREATE TABLE notes (x)", "an extra table notes"),
            (
                "CREATE INDEX users_name ON users(display_name)",
                "an extra index users_name on users",
            ),
            ("DROP TABLE audit", "the table audit is missing"),
            (
                "DROP TRIGGER memberships_owner_kept;
                 CREATE TRIGGER memberships_owner_kept BEFORE DELETE ON memberships BEGIN SELECT 1; END",
                "the trigger memberships_owner_kept differs from roster's: `CREATE TRIGGER memberships_owner_kept BEFORE DELETE ON memberships BEGIN SELECT 1; END` where roster has `CREATE TRIGGER memberships_owner_kept`",
            ),
            (
                "PRAGMA foreign_keys = OFF;
                 CREATE TABLE s (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token_hash BLOB NOT NULL UNIQUE, created_at TEXT NOT NULL, expires_at TEXT NOT NULL) STRICT;
                 DROP TABLE sessions; ALTER TABLE s RENAME TO sessions;",
                "the table sessions differs from roster's: `CREATE TABLE \"sessions\" (id INTEGER PRIMARY KEY, user_id",
            ),
        ];
        for (change, named) in cases {
            let conn = at(v as usize);
            conn.execute_batch(change).unwrap();
            let (_, d) = differences(&conn).unwrap();
            assert!(
                summary(&d).contains(named),
                "{change}: {d:?} does not say {named}"
            );
        }
    }
}
