//! Posts, their approvals and their history.

use rusqlite::{Connection, OptionalExtension, params};

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

pub fn facts(conn: &Connection, workspace_id: i64, post_id: i64) -> Result<Option<PostFacts>> {
    Ok(conn
        .query_row(
            "SELECT p.account_id, u.email,
                    (SELECT a.stage FROM approvals a WHERE a.post_id = p.id AND a.state = 'pending'
                     ORDER BY a.stage = 'client', a.id LIMIT 1)
             FROM posts p JOIN users u ON u.id = p.author_id
             WHERE p.workspace_id = ?1 AND p.id = ?2",
            params![workspace_id, post_id],
            |r| {
                Ok(PostFacts {
                    account_id: r.get(0)?,
                    author: Email::from_trusted(r.get(1)?),
                    pending_stage: r.get(2)?,
                })
            },
        )
        .optional()?)
}
