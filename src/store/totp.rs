//! TOTP enrolments, recovery codes and sessions. Secrets are kept as the raw bytes the
//! authenticator app shares; recovery codes and session tokens only as SHA-256 hashes.

use super::Tx;
use super::sql::{self, OptionalExtension, params};

use super::{read_ts, ts};
use crate::domain::{Email, Slug, Timestamp};
use crate::error::Result;

/// Whether a user has confirmed a TOTP enrolment.
pub fn is_enrolled(conn: &Tx<'_>, email: &Email) -> Result<bool> {
    Ok(conn.prepare_cached("SELECT count(*) FROM totp t JOIN users u ON u.id = t.user_id WHERE u.email = ?1 AND t.state = 'enrolled'")?.query_row(params![email.as_str()],
        |r| r.get::<i64>(0),
    )? > 0)
}

/// A user's enrolment: `pending` until the first code confirms it.
#[derive(Clone)]
pub struct Enrolment {
    pub user_id: i64,
    pub secret: Vec<u8>,
    pub enrolled: bool,
    /// The time step of the last accepted code: no code of this step or before is accepted again.
    pub last_step: Option<u64>,
    /// Failed attempts in a row (since the last success or the end of the last lock).
    pub failed_attempts: u32,
    pub locked_until: Option<Timestamp>,
    pub created_at: Timestamp,
    pub enrolled_at: Option<Timestamp>,
}

/// Never print the secret, not even in a debug dump.
impl std::fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enrolment")
            .field("user_id", &self.user_id)
            .field("enrolled", &self.enrolled)
            .field("last_step", &self.last_step)
            .field("failed_attempts", &self.failed_attempts)
            .field("locked_until", &self.locked_until)
            .finish_non_exhaustive()
    }
}

pub fn find(conn: &Tx<'_>, user_id: i64) -> Result<Option<Enrolment>> {
    Ok(conn.prepare_cached("SELECT user_id, secret, state, last_step, failed_attempts, locked_until, created_at, enrolled_at
             FROM totp WHERE user_id = ?1")?.query_row([user_id],
            |r| {
                Ok(Enrolment {
                    user_id: r.get(0)?,
                    secret: r.get(1)?,
                    enrolled: r.get::<String>(2)? == "enrolled",
                    last_step: r.get::<Option<i64>>(3)?.map(|s| s.max(0) as u64),
                    failed_attempts: r.get::<i64>(4)?.clamp(0, i64::from(u32::MAX)) as u32,
                    locked_until: r.get::<Option<String>>(5)?.map(read_ts).transpose()?,
                    created_at: read_ts(r.get(6)?)?,
                    enrolled_at: r.get::<Option<String>>(7)?.map(read_ts).transpose()?,
                })
            },
        )
        .optional()?)
}

/// Start (or restart) a pending enrolment with a new secret. Callers refuse a confirmed one.
/// A restart keeps the failed attempts and any lock: starting over does not reset the lockout.
pub fn start_pending(conn: &Tx<'_>, user_id: i64, secret: &[u8], now: Timestamp) -> Result<()> {
    conn.prepare_cached("INSERT INTO totp (user_id, secret, state, last_step, failed_attempts, locked_until, created_at, enrolled_at)
         VALUES (?1, ?2, 'pending', NULL, 0, NULL, ?3, NULL)
         ON CONFLICT (user_id) DO UPDATE SET
             secret = excluded.secret, state = 'pending', last_step = NULL,
             created_at = excluded.created_at, enrolled_at = NULL
         WHERE totp.state = 'pending'")?.execute(params![user_id, secret, ts(now)],
    )?;
    Ok(())
}

/// The first code confirmed a pending enrolment: it is enforced from now on.
pub fn confirm(conn: &Tx<'_>, user_id: i64, step: u64, now: Timestamp) -> Result<bool> {
    Ok(conn.prepare_cached(
        "UPDATE totp SET state = 'enrolled', enrolled_at = ?2, last_step = ?3, failed_attempts = 0,
                         locked_until = NULL
         WHERE user_id = ?1 AND state = 'pending'",
    )?
    .execute(params![user_id, ts(now), step as i64])?
        == 1)
}

/// A code was accepted: remember its step (no replay) and clear the failures.
pub fn accept(conn: &Tx<'_>, user_id: i64, step: Option<u64>) -> Result<()> {
    conn.prepare_cached("UPDATE totp SET last_step = coalesce(?2, last_step), failed_attempts = 0, locked_until = NULL
         WHERE user_id = ?1")?.execute(params![user_id, step.map(|s| s as i64)],
    )?;
    Ok(())
}

/// Record the failures in a row, and the lock they led to, if any.
pub fn set_failures(
    conn: &Tx<'_>,
    user_id: i64,
    failed_attempts: u32,
    locked_until: Option<Timestamp>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE totp SET failed_attempts = ?2, locked_until = ?3 WHERE user_id = ?1",
    )?
    .execute(params![user_id, failed_attempts, locked_until.map(ts)])?;
    Ok(())
}

/// Forget a user's enrolment (confirmed or pending), recovery codes and sessions.
pub fn remove(conn: &Tx<'_>, user_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM sessions WHERE user_id = ?1")?
        .execute([user_id])?;
    conn.prepare_cached("DELETE FROM recovery_codes WHERE user_id = ?1")?
        .execute([user_id])?;
    conn.prepare_cached("DELETE FROM totp WHERE user_id = ?1")?
        .execute([user_id])?;
    Ok(())
}

/// Replace a user's recovery codes with these hashes.
pub fn replace_recovery_codes(conn: &Tx<'_>, user_id: i64, hashes: &[[u8; 32]]) -> Result<()> {
    conn.prepare_cached("DELETE FROM recovery_codes WHERE user_id = ?1")?
        .execute([user_id])?;
    let mut stmt =
        conn.prepare_cached("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?1, ?2)")?;
    for h in hashes {
        stmt.execute(params![user_id, &h[..]])?;
    }
    Ok(())
}

/// What became of a recovery code offered by a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoveryUse {
    /// It was theirs and unused; now it is used.
    Used,
    AlreadyUsed(Timestamp),
    Unknown,
}

pub fn use_recovery_code(
    conn: &Tx<'_>,
    user_id: i64,
    hash: &[u8; 32],
    now: Timestamp,
) -> Result<RecoveryUse> {
    let row: Option<(i64, Option<String>)> = conn
        .prepare_cached(
            "SELECT id, used_at FROM recovery_codes WHERE user_id = ?1 AND code_hash = ?2",
        )?
        .query_row(params![user_id, &hash[..]], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match row {
        None => Ok(RecoveryUse::Unknown),
        Some((_, Some(at))) => Ok(RecoveryUse::AlreadyUsed(read_ts(at)?)),
        Some((id, None)) => {
            conn.prepare_cached("UPDATE recovery_codes SET used_at = ?2 WHERE id = ?1")?
                .execute(params![id, ts(now)])?;
            Ok(RecoveryUse::Used)
        }
    }
}

pub fn recovery_codes_left(conn: &Tx<'_>, user_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM recovery_codes WHERE user_id = ?1 AND used_at IS NULL",
        )?
        .query_row([user_id], |r| r.get(0))?)
}

/// A new session; the user's expired sessions go.
pub fn add_session(
    conn: &Tx<'_>,
    user_id: i64,
    token_hash: &[u8; 32],
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<()> {
    conn.prepare_cached("DELETE FROM sessions WHERE user_id = ?1 AND expires_at <= ?2")?
        .execute(params![user_id, ts(now)])?;
    conn.prepare_cached("INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)")?.execute(params![user_id, &token_hash[..], ts(now), ts(expires_at)],
    )?;
    Ok(())
}

/// When the user's session with this token hash ends (it may have ended already).
pub fn session_expiry(
    conn: &Tx<'_>,
    user_id: i64,
    token_hash: &[u8; 32],
) -> Result<Option<Timestamp>> {
    conn.prepare_cached("SELECT expires_at FROM sessions WHERE user_id = ?1 AND token_hash = ?2")?
        .query_row(params![user_id, &token_hash[..]], |r| r.get::<String>(0))
        .optional()?
        .map(read_ts)
        .transpose()
        .map_err(Into::into)
}

/// Why a workspace requires 2FA of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequiredBy {
    /// The workspace requires it of everyone.
    Workspace,
    /// Their membership requires it.
    Membership,
}

/// The workspaces in which a user is an active member and must use 2FA, by slug.
pub fn required_by(conn: &Tx<'_>, user_id: i64) -> Result<Vec<(Slug, RequiredBy)>> {
    let mut stmt = conn.prepare(
        "SELECT w.slug, w.require_2fa FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
         WHERE m.user_id = ?1 AND m.status = 'active' AND (w.require_2fa = 1 OR m.require_2fa = 1)
         ORDER BY w.slug",
    )?;
    let rows = stmt.query_map([user_id], |r| {
        Ok((
            Slug::from_trusted(r.get(0)?),
            if r.get::<bool>(1)? {
                RequiredBy::Workspace
            } else {
                RequiredBy::Membership
            },
        ))
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// The workspaces, other than `except`, where a user is an active or invited member.
pub fn other_workspaces(conn: &Tx<'_>, user_id: i64, except: i64) -> Result<Vec<Slug>> {
    let mut stmt = conn.prepare(
        "SELECT w.slug FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
         WHERE m.user_id = ?1 AND m.workspace_id <> ?2 AND m.status IN ('active', 'pending')
         ORDER BY w.slug",
    )?;
    let rows = stmt.query_map(params![user_id, except], |r| {
        Ok(Slug::from_trusted(r.get(0)?))
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}
