//! `roster db copy SRC DEST`: a whole roster database from one place to another, either
//! backend to either: read in one snapshot of the source, written in one transaction of the
//! destination, which must hold no rows; counted again before the commit.

use super::sql::{self, ToSql, Value};
use super::{Location, Store, Tx};
use crate::error::{Error, Result};

/// The tables, parents before children (the owner rule is a deferred key on both backends).
pub const TABLES: &[&str] = &[
    "users",
    "workspaces",
    "memberships",
    "invitations",
    "accounts",
    "assignments",
    "posts",
    "approvals",
    "post_events",
    "notifications",
    "outbox",
    "audit",
    "totp",
    "recovery_codes",
    "sessions",
    "logins",
];

/// How many rows of each table were copied.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Copied {
    pub tables: Vec<(String, i64)>,
    pub rows: i64,
}

/// Copy everything in `src` into `dest`. A destination file is created (0600) when missing; a
/// server destination is set up (`db migrate`) when it has no schema. Either must be empty.
pub fn copy(src: &Location, dest: &Location) -> Result<Copied> {
    refuse_same_place(src, dest)?;
    let mut from = Store::open_existing(src)?;
    if dest.is_server() && Store::server_schema_version(dest)? == 0 {
        // A server database without roster's schema is set up first (its own transaction, as
        // `roster db migrate`); an older or newer schema is refused by the open below.
        Store::migrate_server(dest)?;
    }
    let mut to = Store::open(dest)?;
    from.scan(|s| {
        to.write(|d| {
            for t in TABLES {
                if count(d, t)? > 0 {
                    return Err(Error::conflict(format!(
                        "the destination {} is not empty (table {t} has rows)",
                        dest.display()
                    ))
                    .with_hint("copy into a new file or an empty database; nothing was changed"));
                }
            }
            // Copied audit rows keep their login (NULL from a file): only the owner of
            // roster's tables may write that column on a server (the everyday role has no
            // INSERT privilege on it), so a copy into a server is the admin login's to make.
            let mut tables = Vec::new();
            let mut rows = 0;
            for t in TABLES {
                // Login bindings belong to the server's own logins: a file's rows (which a
                // file never uses, and anyone may edit) do not bind anyone there. Bind them
                // again with `roster member login`.
                if *t == "logins" && d.on_server() {
                    tables.push((t.to_string(), 0));
                    continue;
                }
                let n = copy_table(s, d, t)?;
                let there = count(d, t)?;
                let here = count(s, t)?;
                if n != here || there != here {
                    return Err(Error::storage(format!(
                        "copying {t}: {here} rows in the source, {n} read, {there} in the destination"
                    ))
                    .with_hint("nothing was changed in the destination"));
                }
                rows += n;
                tables.push((t.to_string(), n));
            }
            if d.on_server() {
                reset_identities(d)?;
            }
            Ok(Copied { tables, rows })
        })
    })
}

/// A copy onto itself is a usage error, before anything else is looked at.
pub fn refuse_same_place(src: &Location, dest: &Location) -> Result<()> {
    if same_place(src, dest) {
        return Err(Error::usage(format!(
            "{} is both the source and the destination",
            src.display()
        )));
    }
    Ok(())
}

fn same_place(a: &Location, b: &Location) -> bool {
    match (a, b) {
        (Location::File(a), Location::File(b)) => {
            a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
        }
        (Location::Server(_), Location::Server(_)) => a.server_key() == b.server_key(),
        _ => false,
    }
}

fn count(tx: &Tx<'_>, table: &str) -> Result<i64> {
    Ok(tx
        .prepare(&format!("SELECT count(*) FROM {table}"))?
        .query_row(sql::params![], |r| r.get(0))?)
}

/// The columns of `table` that hold data on `tx`'s backend: generated columns (the owner key)
/// are computed again by the destination.
fn columns(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    let (query, param) = if tx.on_server() {
        (
            "SELECT column_name::text FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = ?1 AND is_generated = 'NEVER'
              ORDER BY ordinal_position",
            table,
        )
    } else {
        // hidden: 0 a column, 1 hidden, 2 and 3 generated (virtual, stored).
        (
            "SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid",
            table,
        )
    };
    let mut stmt = tx.prepare(query)?;
    let names = stmt
        .query_map(sql::params![param], |r| r.get::<String>(0))?
        .collect::<sql::Result<Vec<_>>>()?;
    Ok(names)
}

fn copy_table(src: &Tx<'_>, dest: &Tx<'_>, table: &str) -> Result<i64> {
    let cols = columns(dest, table)?;
    let theirs = columns(src, table)?;
    if let Some(missing) = cols.iter().find(|c| !theirs.contains(c)) {
        return Err(Error::storage(format!(
            "the source has no column {table}.{missing}: the two schemas differ"
        )));
    }
    let list = cols.join(", ");
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    // Ids are copied as they are, also where the server mints them itself (audit).
    let overriding = if dest.on_server() {
        "OVERRIDING SYSTEM VALUE "
    } else {
        ""
    };
    let mut insert = dest.prepare(&format!(
        "INSERT INTO {table} ({list}) {overriding}VALUES ({})",
        marks.join(", ")
    ))?;
    let mut select = src.prepare(&format!("SELECT {list} FROM {table} ORDER BY 1"))?;
    let mut rows = select.query(sql::params![])?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        let values: Vec<Value> = (0..cols.len())
            .map(|i| row.get::<Value>(i))
            .collect::<sql::Result<_>>()?;
        let refs: Vec<&dyn ToSql> = values.iter().map(|v| v as &dyn ToSql).collect();
        insert.execute(refs.as_slice())?;
        n += 1;
    }
    Ok(n)
}

/// After ids were copied as they were, each identity column starts past the largest.
fn reset_identities(tx: &Tx<'_>) -> Result<()> {
    for t in TABLES {
        let has_id = tx
            .prepare(
                "SELECT 1 FROM information_schema.columns
                  WHERE table_schema = 'public' AND table_name = ?1 AND column_name = 'id'
                    AND is_identity = 'YES'",
            )?
            .exists(sql::params![*t])?;
        if has_id {
            tx.prepare(&format!(
                "SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 0) + 1, false) FROM {t}"
            ))?
            .query_row(sql::params![], |_| Ok(()))?;
        }
    }
    Ok(())
}
