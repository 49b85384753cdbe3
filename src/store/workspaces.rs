//! Workspaces and the owner's membership that comes with each.

use super::Tx;
use super::sql::{self, OptionalExtension, Row, params};

use super::{read_ts, ts};
use crate::domain::{Email, MemberStatus, Role, Slug, Timestamp, Workspace, WorkspaceMembership};
use crate::error::Result;

const SELECT: &str =
    "SELECT w.id, w.slug, w.name, u.email, w.require_2fa, w.created_at, w.updated_at
                      FROM workspaces w JOIN users u ON u.id = w.owner_id";

fn from_row(r: &Row<'_>) -> sql::Result<Workspace> {
    Ok(Workspace {
        id: r.get(0)?,
        slug: Slug::from_trusted(r.get(1)?),
        name: r.get(2)?,
        owner: Email::from_trusted(r.get(3)?),
        require_2fa: r.get(4)?,
        created_at: read_ts(r.get(5)?)?,
        updated_at: read_ts(r.get(6)?)?,
    })
}

pub fn find(conn: &Tx<'_>, slug: &Slug) -> Result<Option<Workspace>> {
    let sql = format!("{SELECT} WHERE w.slug = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([slug.as_str()], from_row)
        .optional()?)
}

pub fn slug_taken(conn: &Tx<'_>, slug: &Slug) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM workspaces WHERE slug = ?1")?
        .query_row([slug.as_str()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Create a workspace and its owner's active membership.
pub fn create(
    conn: &Tx<'_>,
    slug: &Slug,
    name: &str,
    owner_id: i64,
    require_2fa: bool,
    now: Timestamp,
) -> Result<i64> {
    let now = ts(now);
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO workspaces (slug, name, owner_id, require_2fa, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id",
        )?
        .query_row(
            params![slug.as_str(), name, owner_id, require_2fa, now],
            |r| r.get(0),
        )?;
    conn.prepare_cached("INSERT INTO memberships (workspace_id, user_id, role, status, created_at, updated_at, accepted_at)
         VALUES (?1, ?2, 'owner', 'active', ?3, ?3, ?3)")?.execute(params![id, owner_id, now],
    )?;
    Ok(id)
}

pub fn rename(conn: &Tx<'_>, id: i64, name: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE workspaces SET name = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, name, ts(now)])?;
    Ok(())
}

pub fn set_require_2fa(conn: &Tx<'_>, id: i64, on: bool, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE workspaces SET require_2fa = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, on, ts(now)])?;
    Ok(())
}

/// Delete a workspace and, through the foreign keys, everything in it.
pub fn delete(conn: &Tx<'_>, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM workspaces WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The workspaces a user belongs to (active or invited), with their role there and whether
/// 2FA is required of them (by the workspace or their membership), by slug.
pub fn list_for_user(conn: &Tx<'_>, email: &Email) -> Result<Vec<WorkspaceMembership>> {
    let mut stmt = conn.prepare_cached(
        "SELECT w.slug, w.name, m.role, m.status, (w.require_2fa = 1 OR m.require_2fa = 1), o.email
         FROM users u
         JOIN memberships m ON m.user_id = u.id AND m.status IN ('active', 'pending')
         JOIN workspaces w ON w.id = m.workspace_id
         JOIN users o ON o.id = w.owner_id
         WHERE u.email = ?1
         ORDER BY w.slug",
    )?;
    let rows = stmt.query_map([email.as_str()], |r| {
        Ok(WorkspaceMembership {
            slug: Slug::from_trusted(r.get(0)?),
            name: r.get(1)?,
            role: r.get::<Role>(2)?,
            status: r.get::<MemberStatus>(3)?,
            require_2fa: r.get(4)?,
            owner: Email::from_trusted(r.get(5)?),
        })
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// How many members (by status) and accounts a workspace has, for `workspace show`.
pub fn counts(conn: &Tx<'_>, id: i64) -> Result<(i64, i64, i64)> {
    Ok(conn.prepare_cached("SELECT (SELECT count(*) FROM memberships WHERE workspace_id = ?1 AND status = 'active'),
                (SELECT count(*) FROM memberships WHERE workspace_id = ?1 AND status = 'pending'),
                (SELECT count(*) FROM accounts WHERE workspace_id = ?1)")?.query_row([id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

/// The revision of a workspace as `config plan` sees it: a SHA-256 over every row a plan
/// depends on (the workspace, its accounts, memberships, assignments and open invitations,
/// with their update times), in a fixed order. Any write to those rows changes it, so a saved
/// plan can tell it is stale without a counter every writer would have to bump. A workspace
/// that does not exist has the revision of its absence.
pub fn revision(conn: &Tx<'_>, slug: &Slug) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let queries: [&str; 5] = [
        "SELECT w.id, w.slug, w.name, w.owner_id, w.require_2fa, w.updated_at
         FROM workspaces w WHERE w.slug = ?1",
        "SELECT a.id, a.slug, a.provider, a.name, coalesce(a.handle, ''), a.updated_at
         FROM accounts a JOIN workspaces w ON w.id = a.workspace_id WHERE w.slug = ?1 ORDER BY a.id",
        "SELECT m.id, m.user_id, m.role, m.status, m.can_add_accounts, m.can_manage_posts,
                m.require_2fa, m.updated_at
         FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE w.slug = ?1 ORDER BY m.id",
        "SELECT s.membership_id, s.account_id, s.approve, coalesce(s.posting, ''),
                coalesce(s.credentials, ''), s.updated_at
         FROM assignments s JOIN accounts a ON a.id = s.account_id
         JOIN workspaces w ON w.id = a.workspace_id WHERE w.slug = ?1
         ORDER BY s.membership_id, s.account_id",
        "SELECT i.id, i.membership_id, i.state, i.expires_at
         FROM invitations i JOIN memberships m ON m.id = i.membership_id
         JOIN workspaces w ON w.id = m.workspace_id WHERE w.slug = ?1 AND i.state = 'pending'
         ORDER BY i.id",
    ];
    for (n, sql) in queries.iter().enumerate() {
        h.update([b'#', n as u8]);
        let mut stmt = conn.prepare_cached(sql)?;
        let cols = stmt.column_count();
        let mut rows = stmt.query([slug.as_str()])?;
        while let Some(r) = rows.next()? {
            for i in 0..cols {
                match r.get_ref(i)? {
                    sql::ValueRef::Integer(v) => h.update(v.to_le_bytes()),
                    sql::ValueRef::Text(t) => h.update(t),
                    sql::ValueRef::Blob(b) => h.update(b),
                    sql::ValueRef::Real(f) => h.update(f.to_le_bytes()),
                    sql::ValueRef::Null => {}
                }
                h.update([0u8]);
            }
            h.update([b'\n']);
        }
    }
    Ok(h.finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>())
}
