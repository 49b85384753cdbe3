//! Memberships: a user's role, flags and status in one workspace.

use std::ops::ControlFlow;

use super::Tx;
use super::sql::{self, OptionalExtension, params};

use super::accounts::{ASSIGNMENT_COLUMNS, assignment_at};
use super::ts;
use crate::domain::{AssignmentView, Email, MemberStatus, Membership, Role, Timestamp};
use crate::error::Result;

/// The membership of `email` in workspace `workspace_id`, whatever its status.
pub fn find(conn: &Tx<'_>, workspace_id: i64, email: &Email) -> Result<Option<Membership>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.workspace_id, m.user_id, u.email, m.role, m.status,
                    m.can_add_accounts, m.can_manage_posts, m.require_2fa
             FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.workspace_id = ?1 AND m.user_id = (SELECT id FROM users WHERE email = ?2)",
        )?
        .query_row(params![workspace_id, email.as_str()], membership)
        .optional()?)
}

/// Every membership of a workspace, whatever its status (a batch reads them once).
pub fn all(conn: &Tx<'_>, workspace_id: i64) -> Result<Vec<Membership>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.workspace_id, m.user_id, u.email, m.role, m.status,
                m.can_add_accounts, m.can_manage_posts, m.require_2fa
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.workspace_id = ?1",
    )?;
    let rows = stmt.query_map([workspace_id], membership)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// The first nine columns of a membership query, in the order `find` selects them.
fn membership(r: &sql::Row<'_>) -> sql::Result<Membership> {
    Ok(Membership {
        id: r.get(0)?,
        workspace_id: r.get(1)?,
        user_id: r.get(2)?,
        email: Email::from_trusted(r.get(3)?),
        role: r.get(4)?,
        status: r.get(5)?,
        can_add_accounts: r.get(6)?,
        can_manage_posts: r.get(7)?,
        require_2fa: r.get(8)?,
    })
}

/// A membership about to be created.
#[derive(Debug, Clone)]
pub struct NewMembership {
    pub workspace_id: i64,
    pub user_id: i64,
    pub role: Role,
    pub status: MemberStatus,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    pub invited_by: Option<i64>,
}

pub fn insert(conn: &Tx<'_>, m: &NewMembership, now: Timestamp) -> Result<i64> {
    let now = ts(now);
    let accepted = (m.status == MemberStatus::Active).then(|| now.clone());
    Ok(conn.prepare_cached("INSERT INTO memberships (workspace_id, user_id, role, status, can_add_accounts, can_manage_posts,
                                  require_2fa, invited_by, created_at, updated_at, accepted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10) RETURNING id")?.query_row(params![
            m.workspace_id,
            m.user_id,
            m.role,
            m.status,
            m.can_add_accounts,
            m.can_manage_posts,
            m.require_2fa,
            m.invited_by,
            now,
            accepted
        ],
        |r| r.get(0),
    )?)
}

/// A membership with what `member list/show` adds: who invited them, when the open invitation
/// expires, and whether they enrolled in TOTP. `status` is `expired` for a pending membership
/// whose invitation ran out.
#[derive(Debug, Clone)]
pub struct MemberRow {
    pub membership: Membership,
    pub invited_by: Option<Email>,
    pub expires_at: Option<Timestamp>,
    pub twofa_enrolled: bool,
}

/// The columns of a `MemberRow` (`member_row` reads them) and the tables they come from.
const LIST_COLUMNS: &str = "m.id, m.workspace_id, m.user_id, u.email, m.role,
                           CASE WHEN m.status = 'pending' AND i.expires_at <= ?2 THEN 'expired' ELSE m.status END,
                           m.can_add_accounts, m.can_manage_posts, m.require_2fa,
                           inv.email, i.expires_at,
                           EXISTS (SELECT 1 FROM totp t WHERE t.user_id = u.id AND t.state = 'enrolled')";
const LIST_FROM: &str = "FROM memberships m
                    JOIN users u ON u.id = m.user_id
                    LEFT JOIN users inv ON inv.id = m.invited_by
                    LEFT JOIN invitations i ON i.membership_id = m.id AND i.state = 'pending'";
/// How members are listed: the owner first, then by role and email.
const LIST_ORDER: &str =
    "CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'editor' THEN 2 ELSE 3 END, u.email";
const LIST_COUNT: usize = 12;

fn member_row(r: &sql::Row<'_>) -> sql::Result<MemberRow> {
    Ok(MemberRow {
        membership: membership(r)?,
        invited_by: r.get::<Option<String>>(9)?.map(Email::from_trusted),
        expires_at: r
            .get::<Option<String>>(10)?
            .map(super::read_ts)
            .transpose()?,
        twofa_enrolled: r.get(11)?,
    })
}

/// The members of a workspace: the owner first, then by role and email.
pub fn list(conn: &Tx<'_>, workspace_id: i64, now: Timestamp) -> Result<Vec<MemberRow>> {
    let sql = format!(
        "SELECT {LIST_COLUMNS} {LIST_FROM} WHERE m.workspace_id = ?1 ORDER BY {LIST_ORDER}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![workspace_id, ts(now)], member_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// The members of a workspace in `list`'s order, each with their assignments (by account slug),
/// handed to `f` one at a time as they are read, until it answers `Break`: one query however
/// many members, and nothing kept (a member's assignments come as consecutive rows).
pub fn each(
    conn: &Tx<'_>,
    workspace_id: i64,
    now: Timestamp,
    mut f: impl FnMut(MemberRow, Vec<AssignmentView>) -> ControlFlow<()>,
) -> Result<()> {
    let sql = format!(
        "SELECT {LIST_COLUMNS}, {ASSIGNMENT_COLUMNS} {LIST_FROM}
         LEFT JOIN assignments s ON s.membership_id = m.id
         LEFT JOIN accounts a ON a.id = s.account_id
         WHERE m.workspace_id = ?1 ORDER BY {LIST_ORDER}, a.slug"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![workspace_id, ts(now)])?;
    let mut member: Option<(MemberRow, Vec<AssignmentView>)> = None;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if member.as_ref().is_some_and(|(m, _)| m.membership.id != id)
            && let Some((m, accounts)) = member.take()
            && f(m, accounts).is_break()
        {
            return Ok(());
        }
        let (_, accounts) = match &mut member {
            Some(current) => current,
            None => member.insert((member_row(&r)?, Vec::new())),
        };
        // A member without assignments has one row, its assignment columns NULL.
        if r.get_ref(LIST_COUNT)? != sql::ValueRef::Null {
            accounts.push(assignment_at(&r, LIST_COUNT)?);
        }
    }
    if let Some((m, accounts)) = member {
        let _ = f(m, accounts);
    }
    Ok(())
}

pub fn find_row(
    conn: &Tx<'_>,
    workspace_id: i64,
    email: &Email,
    now: Timestamp,
) -> Result<Option<MemberRow>> {
    // By the user's id, so the (workspace, user) key finds the row: matching on the joined email
    // made SQLite walk every membership of the workspace.
    let sql = format!(
        "SELECT {LIST_COLUMNS} {LIST_FROM}
         WHERE m.workspace_id = ?1 AND m.user_id = (SELECT id FROM users WHERE email = ?3)"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![workspace_id, ts(now), email.as_str()], member_row)
        .optional()?)
}

/// Role and flags of a membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub role: Role,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
}

pub fn update(conn: &Tx<'_>, id: i64, s: &Settings, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE memberships SET role = ?2, can_add_accounts = ?3, can_manage_posts = ?4, require_2fa = ?5,
                                updated_at = ?6
         WHERE id = ?1")?.execute(params![id, s.role, s.can_add_accounts, s.can_manage_posts, s.require_2fa, ts(now)],
    )?;
    Ok(())
}

/// Change a membership's status; `invited_by` is set when (re-)inviting.
pub fn set_status(
    conn: &Tx<'_>,
    id: i64,
    status: MemberStatus,
    invited_by: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    let accepted = (status == MemberStatus::Active).then(|| ts(now));
    conn.prepare_cached("UPDATE memberships SET status = ?2, invited_by = coalesce(?3, invited_by), updated_at = ?4,
                                accepted_at = coalesce(?5, accepted_at)
         WHERE id = ?1")?.execute(params![id, status, invited_by, ts(now), accepted],
    )?;
    Ok(())
}

/// The memberships of a user that wait for an answer, for `invite accept` without a workspace.
pub fn pending_workspaces(conn: &Tx<'_>, email: &Email) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT w.slug FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN workspaces w ON w.id = m.workspace_id
         WHERE u.email = ?1 AND m.status = 'pending' ORDER BY w.slug",
    )?;
    let rows = stmt.query_map([email.as_str()], |r| r.get(0))?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Transfer ownership: the workspace names the new owner, the old owner becomes an admin who
/// may add accounts, the new owner's flags and assignments go (the owner holds everything).
pub fn transfer_owner(
    conn: &Tx<'_>,
    workspace_id: i64,
    old: &Membership,
    new: &Membership,
    now: Timestamp,
) -> Result<()> {
    let now = ts(now);
    conn.prepare_cached("UPDATE workspaces SET owner_id = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![workspace_id, new.user_id, now])?;
    conn.prepare_cached("UPDATE memberships SET role = 'admin', can_add_accounts = 1, updated_at = ?2 WHERE id = ?1")?.execute(params![old.id, now],
    )?;
    conn.prepare_cached("DELETE FROM assignments WHERE membership_id = ?1")?
        .execute([new.id])?;
    conn.prepare_cached("UPDATE memberships SET role = 'owner', can_add_accounts = 0, can_manage_posts = 0, require_2fa = 0,
                                updated_at = ?2
         WHERE id = ?1")?.execute(params![new.id, now],
    )?;
    Ok(())
}

/// The active owners and admins of a workspace: who is told about changes to its members.
pub fn managers(conn: &Tx<'_>, workspace_id: i64) -> Result<Vec<(i64, Email)>> {
    let mut stmt = conn.prepare(
        "SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.workspace_id = ?1 AND m.status = 'active' AND m.role IN ('owner', 'admin') ORDER BY u.email",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        Ok((r.get(0)?, Email::from_trusted(r.get(1)?)))
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Who required 2FA of a membership, if anyone did.
pub fn require_2fa_by(conn: &Tx<'_>, id: i64) -> Result<Option<Email>> {
    Ok(conn.prepare_cached("SELECT u.email FROM memberships m JOIN users u ON u.id = m.require_2fa_by WHERE m.id = ?1")?.query_row([id],
            |r| r.get::<String>(0),
        )
        .optional()?
        .map(Email::from_trusted))
}

/// Record who required 2FA of a membership (`None` when the requirement is lifted).
pub fn set_require_2fa_by(conn: &Tx<'_>, id: i64, by: Option<i64>) -> Result<()> {
    conn.prepare_cached("UPDATE memberships SET require_2fa_by = ?2 WHERE id = ?1")?
        .execute(params![id, by])?;
    Ok(())
}
