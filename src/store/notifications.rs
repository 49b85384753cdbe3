//! In-app notifications, one row per person concerned.

use super::Tx;
use super::sql::{self, params};

use super::{read_ts, ts};
use crate::domain::{Email, Notification, Slug, Timestamp};
use crate::error::Result;

pub fn add(
    conn: &Tx<'_>,
    user_id: i64,
    workspace_id: Option<i64>,
    kind: &str,
    message: &str,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO notifications (user_id, workspace_id, kind, message, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(params![user_id, workspace_id, kind, message, ts(now)],
    )?;
    Ok(())
}

/// A user's notifications, newest first.
pub fn list(conn: &Tx<'_>, email: &Email, unread_only: bool) -> Result<Vec<Notification>> {
    let mut stmt = conn.prepare(
        "SELECT n.id, w.slug, n.kind, n.message, n.created_at, n.read_at IS NOT NULL
         FROM notifications n
         JOIN users u ON u.id = n.user_id
         LEFT JOIN workspaces w ON w.id = n.workspace_id
         WHERE u.email = ?1 AND (?2 = 0 OR n.read_at IS NULL)
         ORDER BY n.id DESC",
    )?;
    let rows = stmt.query_map(params![email.as_str(), unread_only], |r| {
        Ok(Notification {
            id: r.get(0)?,
            workspace: r.get::<Option<String>>(1)?.map(Slug::from_trusted),
            kind: r.get(2)?,
            message: r.get(3)?,
            created_at: read_ts(r.get(4)?)?,
            read: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Mark one notification (or all, with `None`) of a user read; how many changed.
pub fn mark_read(conn: &Tx<'_>, user_id: i64, id: Option<i64>, now: Timestamp) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "UPDATE notifications SET read_at = ?3
         WHERE user_id = ?1 AND read_at IS NULL AND (id = ?2 OR ?2 IS NULL)",
        )?
        .execute(params![user_id, id, ts(now)])?)
}

pub fn exists(conn: &Tx<'_>, user_id: i64, id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM notifications WHERE user_id = ?1 AND id = ?2")?
        .query_row(params![user_id, id], |r| r.get::<i64>(0))?
        > 0)
}
