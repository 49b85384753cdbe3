//! The outbox: mail written in the transaction of the change it reports, delivered after commit.

use super::Tx;
use super::sql::{self, OptionalExtension, Row, params};

use super::{read_ts, ts};
use crate::domain::{Mail, Timestamp};
use crate::error::Result;

pub struct NewMail<'a> {
    pub workspace: Option<&'a str>,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
    /// The invitation whose token the message carries, if any.
    pub invitation: Option<i64>,
}

pub fn enqueue(conn: &Tx<'_>, m: &NewMail<'_>, now: Timestamp) -> Result<i64> {
    Ok(conn.prepare_cached("INSERT INTO outbox (workspace_slug, recipient, subject, body_text, body_html, state, next_attempt_at,
                             created_at, invitation_id)
         VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?6, ?7) RETURNING id")?.query_row(params![m.workspace, m.recipient, m.subject, m.body_text, m.body_html, ts(now), m.invitation],
        |r| r.get(0),
    )?)
}

const SELECT: &str =
    "SELECT id, workspace_slug, recipient, subject, body_text, body_html, state, attempts,
                             last_error, created_at, sent_at, next_attempt_at, invitation_id FROM outbox";

fn from_row(r: &Row<'_>) -> sql::Result<Mail> {
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
        sent_at: r.get::<Option<String>>(10)?.map(read_ts).transpose()?,
        next_attempt_at: r.get::<Option<String>>(11)?.map(read_ts).transpose()?,
        invitation: r.get(12)?,
    })
}

pub fn get(conn: &Tx<'_>, id: i64) -> Result<Option<Mail>> {
    let sql = format!("{SELECT} WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// The messages of a workspace, oldest first, optionally in one state.
pub fn list(conn: &Tx<'_>, workspace: &str, state: Option<&str>) -> Result<Vec<Mail>> {
    let sql =
        format!("{SELECT} WHERE workspace_slug = ?1 AND (state = ?2 OR ?2 IS NULL) ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![workspace, state], from_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Claim these messages for one delivery run, if they are still queued and no other run holds
/// them: they are leased until `lease_until`. Call inside `Store::write` (`BEGIN IMMEDIATE`), so
/// two runs never claim the same message.
pub fn claim_ids(
    conn: &Tx<'_>,
    ids: &[i64],
    now: Timestamp,
    lease_until: Timestamp,
) -> Result<Vec<Mail>> {
    let mut claimed = Vec::new();
    let mut stmt = conn.prepare(
        "UPDATE outbox SET lease_until = ?3
         WHERE id = ?1 AND state = 'queued' AND (lease_until IS NULL OR lease_until <= ?2)",
    )?;
    for &id in ids {
        if stmt.execute(params![id, ts(now), ts(lease_until)])? == 1
            && let Some(m) = get(conn, id)?
        {
            claimed.push(m);
        }
    }
    Ok(claimed)
}

/// Which queued messages of a workspace a run claims next.
pub struct Due {
    /// Due at this time (any time, when `None`).
    pub at: Option<Timestamp>,
    /// Only messages after this id: a run goes through the queue once, oldest first.
    pub after_id: i64,
    pub limit: usize,
}

/// Claim the next queued messages of a workspace that no run holds and that are due, leased
/// until `lease_until`.
pub fn claim_due(
    conn: &Tx<'_>,
    workspace: &str,
    due: &Due,
    now: Timestamp,
    lease_until: Timestamp,
) -> Result<Vec<Mail>> {
    let sql = format!(
        "{SELECT} WHERE id IN (
             SELECT id FROM outbox
             WHERE workspace_slug = ?1 AND state = 'queued' AND id > ?5
               AND (next_attempt_at <= ?2 OR next_attempt_at IS NULL OR ?2 IS NULL)
               AND (lease_until IS NULL OR lease_until <= ?3)
             ORDER BY id LIMIT ?4)
         ORDER BY id"
    );
    let mails: Vec<Mail> = conn
        .prepare(&sql)?
        .query_map(
            params![
                workspace,
                due.at.map(ts),
                ts(now),
                due.limit as i64,
                due.after_id
            ],
            from_row,
        )?
        .collect::<sql::Result<_>>()?;
    let mut lease = conn.prepare("UPDATE outbox SET lease_until = ?2 WHERE id = ?1")?;
    for m in &mails {
        lease.execute(params![m.id, ts(lease_until)])?;
    }
    Ok(mails)
}

/// The queued messages of a workspace due at `due` (all of them when `None`), leased or not.
pub fn due(conn: &Tx<'_>, workspace: &str, due: Option<Timestamp>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT id FROM outbox
         WHERE workspace_slug = ?1 AND state = 'queued'
           AND (next_attempt_at <= ?2 OR next_attempt_at IS NULL OR ?2 IS NULL)
         ORDER BY id",
    )?;
    let rows = stmt.query_map(params![workspace, due.map(ts)], |r| r.get(0))?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// What waits in a workspace's queue beyond what is due now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Waiting {
    /// Queued messages whose next attempt is later (backoff after a failure).
    pub not_due: usize,
    /// The earliest of those next attempts.
    pub next_at: Option<Timestamp>,
    /// Queued messages another run holds right now.
    pub leased: usize,
    /// When the last of those leases runs out (then any run may take the messages over).
    pub leased_until: Option<Timestamp>,
}

pub fn waiting(conn: &Tx<'_>, workspace: &str, now: Timestamp) -> Result<Waiting> {
    let (not_due, next_at, leased, leased_until): (i64, Option<String>, i64, Option<String>) = conn
        .prepare_cached(
            "SELECT
             count(*) FILTER (WHERE next_attempt_at > ?2),
             min(next_attempt_at) FILTER (WHERE next_attempt_at > ?2),
             count(*) FILTER (WHERE lease_until > ?2),
             max(lease_until) FILTER (WHERE lease_until > ?2)
         FROM outbox WHERE workspace_slug = ?1 AND state = 'queued'",
        )?
        .query_row(params![workspace, ts(now)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    Ok(Waiting {
        not_due: not_due as usize,
        next_at: next_at.map(read_ts).transpose()?,
        leased: leased as usize,
        leased_until: leased_until.map(read_ts).transpose()?,
    })
}

/// Messages sent (by any run, in any workspace) after `since`: the rate limit's count.
pub fn sent_since(conn: &Tx<'_>, since: Timestamp) -> Result<usize> {
    let n: i64 = conn
        .prepare_cached("SELECT count(*) FROM outbox WHERE state = 'sent' AND sent_at > ?1")?
        .query_row([ts(since)], |r| r.get(0))?;
    Ok(n as usize)
}

/// Extend the lease on one claimed message just before sending it, if it is still ours (still
/// queued, under the lease we took). A run that was paused past its lease finds the message
/// taken by another run and must not send it.
pub fn renew_lease(conn: &Tx<'_>, id: i64, ours: Timestamp, until: Timestamp) -> Result<bool> {
    Ok(conn.prepare_cached("UPDATE outbox SET lease_until = ?3 WHERE id = ?1 AND state = 'queued' AND lease_until = ?2")?.execute(params![id, ts(ours), ts(until)],
    )? == 1)
}

/// Put a workspace's `failed` messages back in the queue with a fresh count of attempts; their
/// last error stays until the next attempt. Returns how many.
pub fn requeue_failed(conn: &Tx<'_>, workspace: &str, now: Timestamp) -> Result<usize> {
    Ok(conn.prepare_cached("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?2, lease_until = NULL
         WHERE workspace_slug = ?1 AND state = 'failed'")?.execute(params![workspace, ts(now)],
    )?)
}

/// A message the server accepted: sent (whoever holds its lease now, since it did go out),
/// with its bodies replaced by the redacted ones given.
pub fn mark_sent(
    conn: &Tx<'_>,
    id: i64,
    now: Timestamp,
    body_text: &str,
    body_html: Option<&str>,
) -> Result<()> {
    conn.prepare_cached("UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?2, last_error = NULL,
                           next_attempt_at = NULL, lease_until = NULL, body_text = ?3, body_html = ?4
         WHERE id = ?1")?.execute(params![id, ts(now), body_text, body_html],
    )?;
    Ok(())
}

/// After a failed attempt: try again at `next`, or give up (`failed`) when it is `None`.
pub struct Retry {
    pub next: Option<Timestamp>,
    /// The lease the attempt was made under: a run whose lease has passed to another run
    /// records nothing over that run's work.
    pub lease_until: Timestamp,
}

pub fn mark_failed_attempt(conn: &Tx<'_>, id: i64, error: &str, retry: Retry) -> Result<()> {
    conn.prepare_cached(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3,
                           state = CASE WHEN CAST(?3 AS TEXT) IS NULL THEN 'failed' ELSE state END,
                           lease_until = NULL
         WHERE id = ?1 AND state = 'queued' AND lease_until = ?4",
    )?
    .execute(params![
        id,
        error,
        retry.next.map(ts),
        ts(retry.lease_until)
    ])?;
    Ok(())
}

/// Drop a deleted workspace's mail, queued or sent: queued invitations must not go out for a
/// workspace that is gone, nor be listed (or sent) by a new workspace of the same slug.
pub fn delete_for_workspace(conn: &Tx<'_>, workspace: &str) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM outbox WHERE workspace_slug = ?1")?
        .execute([workspace])?)
}
