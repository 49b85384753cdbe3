//! Memberships: a user's role, flags and status in one workspace.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Email, Membership};
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
