//! Posts, their approvals and their history.

use super::Tx;
use rusqlite::{OptionalExtension, params};

use crate::domain::Email;
use crate::error::Result;

/// What the permissions module needs to know of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostFacts {
    pub account_id: i64,
    pub author: Email,
    /// The stage of the open approval, `internal` or `client`, if one is pending.
    pub pending_stage: Option<String>,
}

pub fn facts(conn: &Tx<'_>, workspace_id: i64, post_id: i64) -> Result<Option<PostFacts>> {
    Ok(conn
        .prepare_cached(
            "SELECT p.account_id, u.email,
                    (SELECT a.stage FROM approvals a WHERE a.post_id = p.id AND a.state = 'pending'
                     ORDER BY a.stage = 'client', a.id LIMIT 1)
             FROM posts p JOIN users u ON u.id = p.author_id
             WHERE p.workspace_id = ?1 AND p.id = ?2",
        )?
        .query_row(params![workspace_id, post_id], |r| {
            Ok(PostFacts {
                account_id: r.get(0)?,
                author: Email::from_trusted(r.get(1)?),
                pending_stage: r.get(2)?,
            })
        })
        .optional()?)
}

/// Hand a member's posts (on one account, or on all) to the owner: pending posts become drafts
/// and their open approvals close. Returns how many posts changed hands.
pub fn hand_over(
    conn: &Tx<'_>,
    workspace_id: i64,
    author_id: i64,
    account_id: Option<i64>,
    owner_id: i64,
    now: crate::domain::Timestamp,
) -> Result<usize> {
    let now = super::ts(now);
    conn.prepare_cached("UPDATE approvals SET state = 'superseded', decided_at = ?4
         WHERE state = 'pending' AND post_id IN (
             SELECT id FROM posts WHERE workspace_id = ?1 AND author_id = ?2 AND (?3 IS NULL OR account_id = ?3))")?.execute(params![workspace_id, author_id, account_id, now],
    )?;
    let moved = conn
        .prepare_cached(
            "UPDATE posts SET author_id = ?4,
                          state = CASE WHEN state = 'pending_approval' THEN 'draft' ELSE state END,
                          updated_at = ?5
         WHERE workspace_id = ?1 AND author_id = ?2 AND (?3 IS NULL OR account_id = ?3)",
        )?
        .execute(params![workspace_id, author_id, account_id, owner_id, now])?;
    Ok(moved)
}

/// How many of a member's posts wait for approval: their role cannot change meanwhile.
pub fn pending_by_author(conn: &Tx<'_>, workspace_id: i64, author_id: i64) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT count(*) FROM posts WHERE workspace_id = ?1 AND author_id = ?2 AND state = 'pending_approval'")?.query_row(params![workspace_id, author_id],
        |r| r.get(0),
    )?)
}
