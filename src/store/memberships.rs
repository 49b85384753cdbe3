//! Memberships: a user's role, flags and status in one workspace.

use rusqlite::{Connection, OptionalExtension, params};

use super::ts;
use crate::domain::{Email, MemberStatus, Membership, Role, Timestamp};
use crate::error::Result;

/// The membership of `email` in workspace `workspace_id`, whatever its status.
pub fn find(conn: &Connection, workspace_id: i64, email: &Email) -> Result<Option<Membership>> {
    Ok(conn
        .query_row(
            "SELECT m.id, m.workspace_id, m.user_id, u.email, m.role, m.status,
                    m.can_add_accounts, m.can_manage_posts, m.require_2fa
             FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.workspace_id = ?1 AND u.email = ?2",
            params![workspace_id, email.as_str()],
            |r| {
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
            },
        )
        .optional()?)
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

pub fn insert(conn: &Connection, m: &NewMembership, now: Timestamp) -> Result<i64> {
    let now = ts(now);
    let accepted = (m.status == MemberStatus::Active).then(|| now.clone());
    conn.execute(
        "INSERT INTO memberships (workspace_id, user_id, role, status, can_add_accounts, can_manage_posts,
                                  require_2fa, invited_by, created_at, updated_at, accepted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
        params![
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
    )?;
    Ok(conn.last_insert_rowid())
}
