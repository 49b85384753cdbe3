//! The audit trail: one row per successful mutation, written in the mutation's transaction.

use std::ops::ControlFlow;

use super::Tx;
use super::sql::params;

use super::{read_ts, ts};
use crate::domain::{AuditEntry, Email, NewAudit, Timestamp};
use crate::error::Result;

pub fn record(conn: &Tx<'_>, a: &NewAudit<'_>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit (at, actor, command, action, workspace, target, before, after, batch_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        ts(a.at),
        a.actor.as_str(),
        a.command,
        a.action,
        a.workspace,
        a.target,
        a.before.as_ref().map(|v| v.to_string()),
        a.after.as_ref().map(|v| v.to_string()),
        a.batch_id,
    ])?;
    Ok(())
}

/// The audit rows of a workspace, oldest first, optionally since a time and by one actor,
/// handed to `f` one at a time as they are read, until it answers `Break`.
pub fn each(
    conn: &Tx<'_>,
    workspace: &str,
    since: Option<Timestamp>,
    actor: Option<&Email>,
    mut f: impl FnMut(&AuditEntry) -> ControlFlow<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, command, action, workspace, target, before, after, batch_id, login
         FROM audit
         WHERE workspace = ?1 AND (at >= ?2 OR ?2 IS NULL) AND (actor = ?3 OR ?3 IS NULL)
         ORDER BY id",
    )?;
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    let mut rows = stmt.query(params![workspace, since.map(ts), actor.map(|a| a.as_str())])?;
    while let Some(r) = rows.next()? {
        let entry = AuditEntry {
            id: r.get(0)?,
            at: read_ts(r.get(1)?)?,
            actor: r.get(2)?,
            command: r.get(3)?,
            action: r.get(4)?,
            workspace: r.get(5)?,
            target: r.get(6)?,
            before: json(r.get(7)?),
            after: json(r.get(8)?),
            batch_id: r.get(9)?,
            login: r.get(10)?,
        };
        if f(&entry).is_break() {
            break;
        }
    }
    Ok(())
}

/// A deleted workspace's trail stays, but under a label of its own, so that a new workspace
/// that takes the same slug does not inherit (or read) it.
/// On a server, through a function of the schema's owner: everyday logins may not UPDATE the
/// log.
pub fn detach_workspace(conn: &Tx<'_>, slug: &str, label: &str) -> Result<usize> {
    if conn.on_server() {
        let n: i64 = conn
            .prepare_cached("SELECT roster_audit_detach(?1, ?2)")?
            .query_row(params![slug, label], |r| r.get(0))?;
        return Ok(n as usize);
    }
    Ok(conn
        .prepare_cached("UPDATE audit SET workspace = ?2 WHERE workspace = ?1")?
        .execute(params![slug, label])?)
}

/// The id of the newest audit row (0 when there is none): where a batch of changes begins.
pub fn last_id(conn: &Tx<'_>) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(id), 0) FROM audit")?
        .query_row(params![], |r| r.get(0))?)
}

/// Give every audit row written after `after_id` (in this transaction: the write lock is held)
/// one batch id, so that the rows of one `config apply` read as one change whatever ops wrote
/// them.
pub fn tag_batch(conn: &Tx<'_>, after_id: i64, batch: &str) -> Result<usize> {
    if conn.on_server() {
        let n: i64 = conn
            .prepare_cached("SELECT roster_audit_tag_batch(?1, ?2)")?
            .query_row(params![after_id, batch], |r| r.get(0))?;
        return Ok(n as usize);
    }
    Ok(conn
        .prepare_cached("UPDATE audit SET batch_id = ?2 WHERE id > ?1")?
        .execute(params![after_id, batch])?)
}
