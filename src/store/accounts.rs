//! Social accounts and their assignments to members.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Credentials, Posting, Slug};
use crate::error::Result;

/// The id of account `slug` in a workspace.
pub fn find_id(conn: &Connection, workspace_id: i64, slug: &Slug) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM accounts WHERE workspace_id = ?1 AND slug = ?2",
            params![workspace_id, slug.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

/// The slug of account `id`.
pub fn slug_of(conn: &Connection, id: i64) -> Result<Slug> {
    Ok(Slug::from_trusted(conn.query_row(
        "SELECT slug FROM accounts WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?))
}

/// One member's assignment on one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssignmentFacts {
    pub approve: bool,
    pub posting: Option<Posting>,
    pub credentials: Option<Credentials>,
}

pub fn assignment(
    conn: &Connection,
    membership_id: i64,
    account_id: i64,
) -> Result<Option<AssignmentFacts>> {
    Ok(conn
        .query_row(
            "SELECT approve, posting, credentials FROM assignments WHERE membership_id = ?1 AND account_id = ?2",
            params![membership_id, account_id],
            |r| Ok(AssignmentFacts { approve: r.get(0)?, posting: r.get(1)?, credentials: r.get(2)? }),
        )
        .optional()?)
}
