//! Invitations: a token (stored only as its SHA-256) that lets an invitee accept a pending
//! membership until it expires.

use super::Tx;
use super::sql::{self, OptionalExtension, params};

use super::{read_ts, ts};
use crate::domain::{Email, MemberStatus, Role, Slug, Timestamp};
use crate::error::Result;

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: i64,
    pub token_hash: Vec<u8>,
    pub invited_by: Email,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

pub fn create(
    conn: &Tx<'_>,
    membership_id: i64,
    token_hash: &[u8; 32],
    invited_by: i64,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<i64> {
    Ok(conn.prepare_cached("INSERT INTO invitations (membership_id, token_hash, invited_by, state, created_at, expires_at)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?5) RETURNING id")?.query_row(params![membership_id, &token_hash[..], invited_by, ts(now), ts(expires_at)],
        |r| r.get(0),
    )?)
}

/// When each open invitation of a workspace expires, by membership (a batch reads them once).
pub fn pending_expiries(conn: &Tx<'_>, workspace_id: i64) -> Result<Vec<(i64, Timestamp)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.membership_id, i.expires_at
         FROM invitations i JOIN memberships m ON m.id = i.membership_id
         WHERE m.workspace_id = ?1 AND i.state = 'pending'",
    )?;
    let rows = stmt.query_map([workspace_id], |r| Ok((r.get(0)?, read_ts(r.get(1)?)?)))?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Give an open invitation a new token (its hash): the token minted for the email being sent.
/// Any token made before stops working. False when the invitation is no longer open.
pub fn replace_token(conn: &Tx<'_>, invitation_id: i64, token_hash: &[u8; 32]) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE invitations SET token_hash = ?2 WHERE id = ?1 AND state = 'pending'",
        )?
        .execute(params![invitation_id, &token_hash[..]])?
        == 1)
}

/// The open invitation of a membership (whether or not it has expired).
pub fn pending(conn: &Tx<'_>, membership_id: i64) -> Result<Option<Invitation>> {
    Ok(conn
        .prepare_cached(
            "SELECT i.id, i.token_hash, u.email, i.created_at, i.expires_at
             FROM invitations i JOIN users u ON u.id = i.invited_by
             WHERE i.membership_id = ?1 AND i.state = 'pending'",
        )?
        .query_row([membership_id], |r| {
            Ok(Invitation {
                id: r.get(0)?,
                token_hash: r.get(1)?,
                invited_by: Email::from_trusted(r.get(2)?),
                created_at: read_ts(r.get(3)?)?,
                expires_at: read_ts(r.get(4)?)?,
            })
        })
        .optional()?)
}

/// Close the open invitation of a membership: accepted, declined, revoked, expired or superseded.
/// Its email, if still unsent, goes too: it would only carry a dead token.
pub fn close(conn: &Tx<'_>, membership_id: i64, state: &str, now: Timestamp) -> Result<usize> {
    conn.prepare_cached(
        // At most one invitation of a membership is pending: a scalar subquery, no temporary
        // table per call.
        "DELETE FROM outbox WHERE state <> 'sent' AND invitation_id =
             (SELECT id FROM invitations WHERE membership_id = ?1 AND state = 'pending')",
    )?
    .execute([membership_id])?;
    Ok(conn.prepare_cached("UPDATE invitations SET state = ?2, decided_at = ?3 WHERE membership_id = ?1 AND state = 'pending'")?.execute(params![membership_id, state, ts(now)],
    )?)
}

/// An invitation addressed to a user, for `invite list`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Addressed {
    pub workspace: Slug,
    pub workspace_name: String,
    pub role: Role,
    pub status: MemberStatus,
    pub invited_by: Email,
    #[serde(serialize_with = "crate::domain::serialize_ts")]
    pub expires_at: Timestamp,
}

/// The open invitations addressed to `email`, with `expired` for those past their time.
pub fn addressed_to(conn: &Tx<'_>, email: &Email, now: Timestamp) -> Result<Vec<Addressed>> {
    let mut stmt = conn.prepare(
        "SELECT w.slug, w.name, m.role,
                CASE WHEN i.expires_at <= ?2 THEN 'expired' ELSE 'pending' END,
                inv.email, i.expires_at
         FROM users u
         JOIN memberships m ON m.user_id = u.id AND m.status = 'pending'
         JOIN invitations i ON i.membership_id = m.id AND i.state = 'pending'
         JOIN workspaces w ON w.id = m.workspace_id
         JOIN users inv ON inv.id = i.invited_by
         WHERE u.email = ?1
         ORDER BY w.slug",
    )?;
    let rows = stmt.query_map(params![email.as_str(), ts(now)], |r| {
        Ok(Addressed {
            workspace: Slug::from_trusted(r.get(0)?),
            workspace_name: r.get(1)?,
            role: r.get(2)?,
            status: r.get(3)?,
            invited_by: Email::from_trusted(r.get(4)?),
            expires_at: read_ts(r.get(5)?)?,
        })
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}
