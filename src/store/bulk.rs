//! Brand-new invitations written by the set, for `member invite --from` (issue 12).
//!
//! A batch checks each row in Rust (the same `ops::members::invite_with` as a single invite) and
//! *stages* each new member as one row of a temporary table; the sets of assignments they share
//! are staged once each, in a second one. `flush` then writes users, memberships, assignments, invitations, notifications, outbox
//! and audit rows with one `INSERT … SELECT` per table, in the caller's transaction: the same
//! rows, constraints, foreign keys and triggers as one invite at a time, at the cost of the rows
//! themselves rather than of ten statements per row. Each flush empties the staged members, so
//! a long file is flushed in chunks and memory does not grow with it.

use super::sql::{self, params};

use super::accounts::AssignmentFacts;
use super::{Tx, ts};
use crate::domain::{AuthStatus, Credentials, Email, NewAudit, Role, Timestamp};
use crate::error::Result;

/// One new member, as staged: everything its rows need that differs from row to row.
pub struct NewInvite<'a> {
    pub email: &'a Email,
    pub role: Role,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    pub token_hash: &'a [u8; 32],
    /// The notification the invitee reads.
    pub notice: &'a str,
    /// The audit row's `after`, already JSON.
    pub after: &'a str,
    /// The queued email (subject, text, HTML), when one is sent.
    pub mail: Option<(&'a str, &'a str, &'a str)>,
}

/// What every staged row of one flush shares.
pub struct Shared<'a> {
    pub workspace_id: i64,
    pub workspace_slug: &'a str,
    pub inviter: i64,
    pub now: Timestamp,
    pub expires_at: Timestamp,
    /// The audit row's fixed fields (actor, command, action, workspace, batch id); target and
    /// after come from each staged row.
    pub audit: &'a NewAudit<'a>,
}

/// Make (or empty) the staging tables of this connection. They live in `temp`, in memory, and
/// vanish with the transaction when it rolls back.
pub fn begin(tx: &Tx<'_>) -> Result<()> {
    let ddl = STAGING;
    // PostgreSQL names SQLite's INTEGER and BLOB BIGINT and BYTEA; its temporary tables live
    // for the session (one command), emptied here like SQLite's.
    let ddl = if tx.on_server() {
        ddl.replace("INTEGER", "BIGINT").replace("BLOB", "BYTEA")
    } else {
        ddl.to_string()
    };
    tx.execute_batch(&ddl)?;
    if let Some(held) = tx.staged_rows() {
        held.borrow_mut().clear();
    }
    Ok(())
}

const STAGING: &str = "CREATE TEMP TABLE IF NOT EXISTS staged_invites (
             seq              INTEGER PRIMARY KEY,
             email            TEXT NOT NULL UNIQUE,
             role             TEXT NOT NULL,
             can_add_accounts INTEGER NOT NULL,
             can_manage_posts INTEGER NOT NULL,
             require_2fa      INTEGER NOT NULL,
             token_hash       BLOB NOT NULL,
             assign_group     INTEGER NOT NULL,
             notice           TEXT NOT NULL,
             after            TEXT NOT NULL,
             subject          TEXT,
             body_text        TEXT,
             body_html        TEXT,
             user_id          INTEGER,
             membership_id    INTEGER
         );
         CREATE TEMP TABLE IF NOT EXISTS staged_groups (
             assign_group INTEGER NOT NULL,
             account_id   INTEGER NOT NULL,
             approve      INTEGER NOT NULL,
             posting      TEXT,
             credentials  TEXT,
             auth_status  TEXT NOT NULL,
             PRIMARY KEY (assign_group, account_id)
         );
         DELETE FROM staged_invites;
         DELETE FROM staged_groups;";

/// Stage a set of assignments (account id and facts) that staged members share as `group`.
/// A batch names few distinct sets, however many rows it has: each is staged once.
pub fn stage_group(tx: &Tx<'_>, group: i64, assignments: &[(i64, AssignmentFacts)]) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO staged_groups (assign_group, account_id, approve, posting, credentials,
             auth_status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (account, f) in assignments {
        // Member credentials wait for the member to reauthenticate (as insert_assignment).
        let status = if f.credentials == Some(Credentials::Member) {
            AuthStatus::NeedsReauth
        } else {
            AuthStatus::Connected
        };
        insert.execute(params![
            group,
            account,
            f.approve,
            f.posting,
            f.credentials,
            status
        ])?;
    }
    Ok(())
}

/// Stage one new member under number `seq`, with the assignments of `group`.
pub fn stage(tx: &Tx<'_>, seq: i64, m: &NewInvite<'_>, group: i64) -> Result<()> {
    let (subject, text, html) = match m.mail {
        Some((s, t, h)) => (Some(s), Some(t), Some(h)),
        None => (None, None, None),
    };
    let values = params![
        seq,
        m.email.as_str(),
        m.role,
        m.can_add_accounts,
        m.can_manage_posts,
        m.require_2fa,
        &m.token_hash[..],
        group,
        m.notice,
        m.after,
        subject,
        text,
        html
    ];
    // On a server the row waits here and goes with up to STAGE_ROWS others in one statement.
    if let Some(held) = tx.staged_rows() {
        let row = values
            .iter()
            .map(|v| v.to_sql().to_owned())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| sql::Error::conversion(e.to_string()))?;
        let full = {
            let mut held = held.borrow_mut();
            held.push(row);
            held.len() >= STAGE_ROWS
        };
        if full {
            write_held(tx)?;
        }
        return Ok(());
    }
    tx.prepare_cached(&insert_staged(1))?.execute(values)?;
    Ok(())
}

/// Rows per statement when a server's staged rows are written (13 parameters each, well
/// under PostgreSQL's 65,535).
const STAGE_ROWS: usize = 1000;

/// `INSERT INTO staged_invites … VALUES` with `rows` rows of parameters.
fn insert_staged(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO staged_invites (seq, email, role, can_add_accounts, can_manage_posts,
             require_2fa, token_hash, assign_group, notice, after, subject, body_text, body_html)
         VALUES ",
    );
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        let marks: Vec<String> = (1..=13).map(|c| format!("?{}", r * 13 + c)).collect();
        sql.push('(');
        sql.push_str(&marks.join(", "));
        sql.push(')');
    }
    sql
}

/// Write the rows a server's batch holds back, in one statement.
fn write_held(tx: &Tx<'_>) -> Result<()> {
    let Some(held) = tx.staged_rows() else {
        return Ok(());
    };
    let rows = std::mem::take(&mut *held.borrow_mut());
    if rows.is_empty() {
        return Ok(());
    }
    let refs: Vec<&dyn sql::ToSql> = rows
        .iter()
        .flatten()
        .map(|v| v as &dyn sql::ToSql)
        .collect();
    tx.prepare_cached(&insert_staged(rows.len()))?
        .execute(refs.as_slice())?;
    Ok(())
}

/// Write every staged member, then empty the staging tables. Returns the queued email of each
/// member that has one (email address, outbox id), in staging order.
pub fn flush(tx: &Tx<'_>, s: &Shared<'_>) -> Result<Vec<(Email, i64)>> {
    write_held(tx)?;
    if tx.on_server() {
        // PostgreSQL plans against a temporary table's statistics, which only ANALYZE makes:
        // without them the lookups below are planned for a tiny table (about a third slower).
        tx.execute_batch("ANALYZE staged_invites")?;
    }
    let now = ts(s.now);
    let c = tx;
    // Users that are new to roster; those already known (members elsewhere) are kept.
    c.prepare_cached(
        "INSERT INTO users (email, created_at)
         SELECT email, ?1 FROM staged_invites WHERE true ORDER BY seq
         ON CONFLICT (email) DO NOTHING",
    )?
    .execute([&now])?;
    // Correlated lookups keep the plan one index probe per staged row, however many users.
    c.prepare_cached(
        "UPDATE staged_invites
         SET user_id = (SELECT id FROM users WHERE email = staged_invites.email)",
    )?
    .execute(params![])?;
    c.prepare_cached(
        "INSERT INTO memberships (workspace_id, user_id, role, status, can_add_accounts,
             can_manage_posts, require_2fa, invited_by, created_at, updated_at, require_2fa_by)
         SELECT ?1, user_id, role, 'pending', can_add_accounts, can_manage_posts, require_2fa,
                ?2, ?3, ?3, CASE WHEN require_2fa = 1 THEN CAST(?2 AS BIGINT) END
         FROM staged_invites ORDER BY seq",
    )?
    .execute(params![s.workspace_id, s.inviter, now])?;
    c.prepare_cached(
        "UPDATE staged_invites
         SET membership_id = (SELECT id FROM memberships
                              WHERE workspace_id = ?1 AND user_id = staged_invites.user_id)",
    )?
    .execute([s.workspace_id])?;
    c.prepare_cached(
        "INSERT INTO assignments (membership_id, account_id, workspace_id, approve, posting,
             credentials, auth_status, created_at, updated_at)
         SELECT s.membership_id, g.account_id, ?2, g.approve, g.posting, g.credentials,
                g.auth_status, ?1, ?1
         FROM staged_invites s JOIN staged_groups g ON g.assign_group = s.assign_group
         ORDER BY s.seq, g.account_id",
    )?
    .execute(params![now, s.workspace_id])?;
    c.prepare_cached(
        "INSERT INTO invitations (membership_id, token_hash, invited_by, state, created_at,
             expires_at)
         SELECT membership_id, token_hash, ?1, 'pending', ?2, ?3
         FROM staged_invites ORDER BY seq",
    )?
    .execute(params![s.inviter, now, ts(s.expires_at)])?;
    c.prepare_cached(
        "INSERT INTO notifications (user_id, workspace_id, kind, message, created_at)
         SELECT user_id, ?1, 'invitation', notice, ?2 FROM staged_invites ORDER BY seq",
    )?
    .execute(params![s.workspace_id, now])?;
    let a = s.audit;
    c.prepare_cached(
        "INSERT INTO audit (at, actor, command, action, workspace, target, before, after, batch_id)
         SELECT ?1, ?2, ?3, ?4, ?5, email, NULL, after, ?6 FROM staged_invites ORDER BY seq",
    )?
    .execute(params![
        ts(a.at),
        a.actor.as_str(),
        a.command,
        a.action,
        a.workspace,
        a.batch_id
    ])?;
    let mut mails = Vec::new();
    let queued = c
        .prepare_cached(
            "INSERT INTO outbox (workspace_slug, recipient, subject, body_text, body_html, state,
                 next_attempt_at, created_at, invitation_id)
             SELECT ?1, s.email, s.subject, s.body_text, s.body_html, 'queued', ?2, ?2, i.id
             FROM staged_invites s
             JOIN invitations i ON i.membership_id = s.membership_id AND i.state = 'pending'
             WHERE s.subject IS NOT NULL ORDER BY s.seq",
        )?
        .execute(params![s.workspace_slug, now])?;
    if queued > 0 {
        let mut stmt = c.prepare_cached(
            "SELECT s.email, o.id FROM staged_invites s
             JOIN invitations i ON i.membership_id = s.membership_id AND i.state = 'pending'
             JOIN outbox o ON o.invitation_id = i.id
             WHERE s.subject IS NOT NULL ORDER BY s.seq",
        )?;
        let rows = stmt.query_map(params![], |r| {
            Ok((Email::from_trusted(r.get::<String>(0)?), r.get(1)?))
        })?;
        for row in rows {
            mails.push(row?);
        }
    }
    // The groups stay: later chunks share them.
    c.execute_batch("DELETE FROM staged_invites;")?;
    Ok(mails)
}
