//! Posts, their approvals and their history.

use super::Tx;
use super::sql::{self, OptionalExtension, Row, params};
use std::ops::ControlFlow;

use super::{read_ts, ts};
use crate::domain::{ApprovalStage, Email, Post, PostEvent, PostState, Slug, Timestamp};
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
             SELECT id FROM posts WHERE workspace_id = ?1 AND author_id = ?2 AND (account_id = ?3 OR ?3 IS NULL))")?.execute(params![workspace_id, author_id, account_id, now],
    )?;
    let moved = conn
        .prepare_cached(
            "UPDATE posts SET author_id = ?4,
                          state = CASE WHEN state = 'pending_approval' THEN 'draft' ELSE state END,
                          updated_at = ?5
         WHERE workspace_id = ?1 AND author_id = ?2 AND (account_id = ?3 OR ?3 IS NULL)",
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

const SELECT: &str = "SELECT p.id, p.account_id, a.slug, a.provider, u.email, p.text, p.state,
        (SELECT ap.stage FROM approvals ap WHERE ap.post_id = p.id AND ap.state = 'pending'
         ORDER BY ap.id LIMIT 1),
        p.scheduled_at, p.created_at, p.updated_at
    FROM posts p JOIN accounts a ON a.id = p.account_id JOIN users u ON u.id = p.author_id";

fn from_row(r: &Row<'_>) -> sql::Result<Post> {
    Ok(Post {
        id: r.get(0)?,
        account_id: r.get(1)?,
        account: Slug::from_trusted(r.get(2)?),
        provider: r.get(3)?,
        author: Email::from_trusted(r.get(4)?),
        text: r.get(5)?,
        state: r.get(6)?,
        stage: r.get(7)?,
        scheduled_at: r.get::<Option<String>>(8)?.map(read_ts).transpose()?,
        created_at: read_ts(r.get(9)?)?,
        updated_at: read_ts(r.get(10)?)?,
    })
}

pub struct NewPost<'a> {
    pub workspace_id: i64,
    pub account_id: i64,
    pub author_id: i64,
    pub text: &'a str,
    pub scheduled_at: Option<Timestamp>,
}

pub fn insert(conn: &Tx<'_>, p: &NewPost<'_>, now: Timestamp) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO posts (workspace_id, account_id, author_id, text, scheduled_at, state,
                                created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?6) RETURNING id",
        )?
        .query_row(
            params![
                p.workspace_id,
                p.account_id,
                p.author_id,
                p.text,
                p.scheduled_at.map(ts),
                ts(now)
            ],
            |r| r.get(0),
        )?)
}

/// One post of a workspace.
pub fn get(conn: &Tx<'_>, workspace_id: i64, id: i64) -> Result<Option<Post>> {
    let sql = format!("{SELECT} WHERE p.workspace_id = ?1 AND p.id = ?2");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![workspace_id, id], from_row)
        .optional()?)
}

/// Which posts `post list` shows.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    /// Only posts on accounts this membership is assigned to (everyone but the owner).
    pub assigned_to: Option<i64>,
    pub account_id: Option<i64>,
    pub state: Option<PostState>,
    pub author: Option<&'a Email>,
}

/// The posts of a workspace, newest first.
/// The posts of a workspace that pass `f`, newest first, each handed to `each` as it is read
/// (`Break` stops the reading).
pub fn each(
    conn: &Tx<'_>,
    workspace_id: i64,
    f: &Filter<'_>,
    mut each: impl FnMut(Post) -> Result<ControlFlow<()>>,
) -> Result<()> {
    let sql = format!(
        "{SELECT} WHERE p.workspace_id = ?1
           AND (EXISTS (SELECT 1 FROM assignments s
                        WHERE s.membership_id = ?2 AND s.account_id = p.account_id) OR ?2 IS NULL)
           AND (p.account_id = ?3 OR ?3 IS NULL)
           AND (p.state = ?4 OR ?4 IS NULL)
           AND (u.email = ?5 OR ?5 IS NULL)
         ORDER BY p.id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            workspace_id,
            f.assigned_to,
            f.account_id,
            f.state,
            f.author.map(|e| e.as_str())
        ],
        from_row,
    )?;
    for post in rows {
        if each(post?)?.is_break() {
            break;
        }
    }
    Ok(())
}

pub fn set_state(conn: &Tx<'_>, id: i64, state: PostState, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE posts SET state = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, state, ts(now)])?;
    Ok(())
}

pub fn set_text(conn: &Tx<'_>, id: i64, text: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE posts SET text = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, text, ts(now)])?;
    Ok(())
}

pub fn delete(conn: &Tx<'_>, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM posts WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// One step of a post's history.
pub fn add_event(
    conn: &Tx<'_>,
    post_id: i64,
    actor_id: i64,
    event: &str,
    stage: Option<ApprovalStage>,
    note: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO post_events (post_id, actor_id, event, stage, note, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![post_id, actor_id, event, stage, note, ts(now)])?;
    Ok(())
}

/// Who wrote or changed a post's text: whoever created it and whoever edited it since, as its
/// history records them (whoever its author is now). User ids.
pub fn text_writers(conn: &Tx<'_>, post_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT actor_id FROM post_events
         WHERE post_id = ?1 AND event IN ('created', 'edited') ORDER BY actor_id",
    )?;
    let rows = stmt.query_map([post_id], |r| r.get(0))?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Who made the post's current text: whoever created it or edited it last. A user id.
pub fn latest_text_writer(conn: &Tx<'_>, post_id: i64) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT actor_id FROM post_events
         WHERE post_id = ?1 AND event IN ('created', 'edited') ORDER BY id DESC LIMIT 1",
    )?;
    let mut rows = stmt.query_map([post_id], |r| r.get(0))?;
    Ok(rows.next().transpose()?)
}

/// A post's history, oldest first.
pub fn events(conn: &Tx<'_>, post_id: i64) -> Result<Vec<PostEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.at, u.email, e.event, e.stage, e.note FROM post_events e
         JOIN users u ON u.id = e.actor_id WHERE e.post_id = ?1 ORDER BY e.id",
    )?;
    let rows = stmt.query_map([post_id], |r| {
        Ok(PostEvent {
            at: read_ts(r.get(0)?)?,
            actor: Email::from_trusted(r.get(1)?),
            event: r.get(2)?,
            stage: r.get(3)?,
            note: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Open the approval of one stage.
pub fn open_approval(
    conn: &Tx<'_>,
    post_id: i64,
    stage: ApprovalStage,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO approvals (post_id, stage, state, created_at) VALUES (?1, ?2, 'pending', ?3)",
    )?
    .execute(params![post_id, stage, ts(now)])?;
    Ok(())
}

/// Decide the open approval of a post: `approved`, or `declined` with a note.
pub fn decide_open_approval(
    conn: &Tx<'_>,
    post_id: i64,
    state: &str,
    by: i64,
    note: Option<&str>,
    now: Timestamp,
) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "UPDATE approvals SET state = ?2, decided_by = ?3, note = ?4, decided_at = ?5
             WHERE post_id = ?1 AND state = 'pending'",
        )?
        .execute(params![post_id, state, by, note, ts(now)])?)
}

/// Close whatever approval is open (the post changed, or went back to a draft).
pub fn supersede_open_approvals(conn: &Tx<'_>, post_id: i64, now: Timestamp) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "UPDATE approvals SET state = 'superseded', decided_at = ?2
             WHERE post_id = ?1 AND state = 'pending'",
        )?
        .execute(params![post_id, ts(now)])?)
}

/// Who approves a stage on an account: for `internal` the owner and the active admins assigned
/// to it; for `client` the active clients assigned to it with "approve". (user id, email)
pub fn approvers(
    conn: &Tx<'_>,
    workspace_id: i64,
    account_id: i64,
    stage: ApprovalStage,
) -> Result<Vec<(i64, Email)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN assignments s ON s.membership_id = m.id AND s.account_id = ?2
         WHERE m.workspace_id = ?1 AND m.status = 'active'
           AND ((?3 = 'internal' AND (m.role = 'owner' OR (m.role = 'admin' AND s.membership_id IS NOT NULL)))
             OR (?3 = 'client' AND m.role = 'client' AND s.approve = 1))
         ORDER BY m.role = 'owner' DESC, u.email",
    )?;
    let rows = stmt.query_map(params![workspace_id, account_id, stage], |r| {
        Ok((r.get(0)?, Email::from_trusted(r.get(1)?)))
    })?;
    Ok(rows.collect::<sql::Result<_>>()?)
}
