//! The outbox: mail written in the transaction of the change it reports, delivered after commit.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{read_ts, ts};
use crate::domain::{Mail, Timestamp};
use crate::error::Result;

pub struct NewMail<'a> {
    pub workspace: Option<&'a str>,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
}

pub fn enqueue(conn: &Connection, m: &NewMail<'_>, now: Timestamp) -> Result<i64> {
    conn.execute(
        "INSERT INTO outbox (workspace_slug, recipient, subject, body_text, body_html, state, next_attempt_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?6)",
        params![m.workspace, m.recipient, m.subject, m.body_text, m.body_html, ts(now)],
    )?;
    Ok(conn.last_insert_rowid())
}

const SELECT: &str =
    "SELECT id, workspace_slug, recipient, subject, body_text, body_html, state, attempts,
                             last_error, created_at, sent_at FROM outbox";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Mail> {
    Ok(Mail {
        id: r.get(0)?,
        workspace: r.get(1)?,
        recipient: r.get(2)?,
        subject: r.get(3)?,
        body_text: r.get(4)?,
        body_html: r.get(5)?,
        state: r.get(6)?,
        attempts: r.get(7)?,
        last_error: r.get(8)?,
        created_at: read_ts(r.get(9)?)?,
        sent_at: r.get::<_, Option<String>>(10)?.map(read_ts).transpose()?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Mail>> {
    let sql = format!("{SELECT} WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], from_row).optional()?)
}

/// The messages of a workspace, oldest first, optionally in one state.
pub fn list(conn: &Connection, workspace: &str, state: Option<&str>) -> Result<Vec<Mail>> {
    let sql =
        format!("{SELECT} WHERE workspace_slug = ?1 AND (?2 IS NULL OR state = ?2) ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![workspace, state], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn mark_sent(conn: &Connection, id: i64, now: Timestamp) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?2, last_error = NULL,
                           next_attempt_at = NULL
         WHERE id = ?1",
        params![id, ts(now)],
    )?;
    Ok(())
}

pub fn mark_failed_attempt(conn: &Connection, id: i64, error: &str, now: Timestamp) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1",
        params![id, error, ts(now)],
    )?;
    Ok(())
}
