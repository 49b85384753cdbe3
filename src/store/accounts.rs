//! Social accounts and their assignments to members.

use super::Tx;
use super::sql::{self, OptionalExtension, Row, params};

use super::{read_ts, ts};
use crate::domain::{
    Account, AssignmentView, AuthStatus, Credentials, Email, Posting, Provider, Slug, Timestamp,
};
use crate::error::Result;

const SELECT: &str =
    "SELECT a.id, a.slug, a.provider, a.name, a.handle, u.email, a.auth_status, a.created_at
                      FROM accounts a JOIN users u ON u.id = a.added_by";

fn from_row(r: &Row<'_>) -> sql::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        slug: Slug::from_trusted(r.get(1)?),
        provider: r.get(2)?,
        name: r.get(3)?,
        handle: r.get(4)?,
        added_by: Email::from_trusted(r.get(5)?),
        auth_status: r.get(6)?,
        created_at: read_ts(r.get(7)?)?,
    })
}

/// The id of account `slug` in a workspace.
pub fn find_id(conn: &Tx<'_>, workspace_id: i64, slug: &Slug) -> Result<Option<i64>> {
    Ok(find(conn, workspace_id, slug)?.map(|a| a.id))
}

pub fn find(conn: &Tx<'_>, workspace_id: i64, slug: &Slug) -> Result<Option<Account>> {
    let sql = format!("{SELECT} WHERE a.workspace_id = ?1 AND a.slug = ?2");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![workspace_id, slug.as_str()], from_row)
        .optional()?)
}

/// The slug of account `id`.
pub fn slug_of(conn: &Tx<'_>, id: i64) -> Result<Slug> {
    Ok(Slug::from_trusted(
        conn.prepare_cached("SELECT slug FROM accounts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?,
    ))
}

/// Every account of a workspace, by slug.
pub fn list(conn: &Tx<'_>, workspace_id: i64) -> Result<Vec<Account>> {
    let sql = format!("{SELECT} WHERE a.workspace_id = ?1 ORDER BY a.slug");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([workspace_id], from_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// The accounts assigned to one membership, by slug.
pub fn list_assigned(conn: &Tx<'_>, membership_id: i64) -> Result<Vec<Account>> {
    let sql = format!(
        "{SELECT} JOIN assignments s ON s.account_id = a.id AND s.membership_id = ?1 ORDER BY a.slug"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([membership_id], from_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

pub struct NewAccount<'a> {
    pub workspace_id: i64,
    pub slug: &'a Slug,
    pub provider: Provider,
    pub name: &'a str,
    pub handle: Option<&'a str>,
    pub added_by: i64,
}

pub fn insert(conn: &Tx<'_>, a: &NewAccount<'_>, now: Timestamp) -> Result<i64> {
    Ok(conn.prepare_cached("INSERT INTO accounts (workspace_id, slug, provider, name, handle, added_by, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id")?.query_row(params![a.workspace_id, a.slug.as_str(), a.provider, a.name, a.handle, a.added_by, ts(now)],
        |r| r.get(0),
    )?)
}

/// Delete an account with its assignments and posts (foreign keys cascade).
pub fn delete(conn: &Tx<'_>, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM accounts WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Reconnect an account: it, and every assignment on it that posts with the owner's
/// credentials, is connected again.
pub fn reconnect(conn: &Tx<'_>, id: i64, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE accounts SET auth_status = 'connected', updated_at = ?2 WHERE id = ?1",
    )?
    .execute(params![id, ts(now)])?;
    conn.prepare_cached(
        "UPDATE assignments SET auth_status = 'connected', updated_at = ?2
         WHERE account_id = ?1 AND credentials = 'owner'",
    )?
    .execute(params![id, ts(now)])?;
    Ok(())
}

/// One member's settings on one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssignmentFacts {
    pub approve: bool,
    pub posting: Option<Posting>,
    pub credentials: Option<Credentials>,
}

pub fn assignment(
    conn: &Tx<'_>,
    membership_id: i64,
    account_id: i64,
) -> Result<Option<AssignmentFacts>> {
    Ok(conn.prepare_cached("SELECT approve, posting, credentials FROM assignments WHERE membership_id = ?1 AND account_id = ?2")?.query_row(params![membership_id, account_id],
            |r| Ok(AssignmentFacts { approve: r.get(0)?, posting: r.get(1)?, credentials: r.get(2)? }),
        )
        .optional()?)
}

/// Create or change an assignment. Member credentials start (again) in `needs_reauth` when they
/// are new: the member must reauthenticate the account themselves.
pub fn upsert_assignment(
    conn: &Tx<'_>,
    membership_id: i64,
    account_id: i64,
    facts: &AssignmentFacts,
    now: Timestamp,
) -> Result<()> {
    let previous = assignment(conn, membership_id, account_id)?;
    let fresh_member_creds = facts.credentials == Some(Credentials::Member)
        && previous.and_then(|p| p.credentials) != Some(Credentials::Member);
    // The workspace is the account's; the foreign keys refuse a member of another one. The new
    // row's auth_status (?6) is `needs_reauth` exactly when the member's credentials are fresh.
    conn.prepare_cached("INSERT INTO assignments (membership_id, account_id, workspace_id, approve, posting, credentials,
                                  auth_status, created_at, updated_at)
         VALUES (?1, ?2, (SELECT workspace_id FROM accounts WHERE id = ?2), ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (membership_id, account_id) DO UPDATE SET
             approve = excluded.approve, posting = excluded.posting, credentials = excluded.credentials,
             auth_status = CASE WHEN excluded.auth_status = 'needs_reauth' THEN 'needs_reauth'
                                WHEN excluded.credentials IS NULL THEN 'connected'
                                ELSE assignments.auth_status END,
             updated_at = excluded.updated_at")?.execute(params![
            membership_id,
            account_id,
            facts.approve,
            facts.posting,
            facts.credentials,
            if fresh_member_creds { AuthStatus::NeedsReauth } else { AuthStatus::Connected },
            ts(now),
        ],
    )?;
    Ok(())
}

pub fn remove_assignment(conn: &Tx<'_>, membership_id: i64, account_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM assignments WHERE membership_id = ?1 AND account_id = ?2")?
        .execute(params![membership_id, account_id])?
        > 0)
}

pub fn remove_all_assignments(conn: &Tx<'_>, membership_id: i64) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM assignments WHERE membership_id = ?1")?
        .execute([membership_id])?)
}

pub fn set_assignment_auth(
    conn: &Tx<'_>,
    membership_id: i64,
    account_id: i64,
    status: AuthStatus,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached("UPDATE assignments SET auth_status = ?3, updated_at = ?4 WHERE membership_id = ?1 AND account_id = ?2")?.execute(params![membership_id, account_id, status, ts(now)],
    )?;
    Ok(())
}

/// The columns of an assignment as presented, as a macro so that whole statements are
/// `concat!`ed at compile time (a batch runs them once per row: no string built each time).
/// They read `s` (the assignment), `a` (its account) and `u` (the member's user).
macro_rules! assignment_columns {
    () => {
        "a.slug, a.provider, a.name, u.email, s.approve, s.posting, s.credentials,
         CASE WHEN a.auth_status = 'needs_reauth' AND coalesce(s.credentials, 'owner') = 'owner'
              THEN 'needs_reauth' ELSE s.auth_status END"
    };
}
macro_rules! assignment_select {
    () => {
        concat!(
            "SELECT ",
            assignment_columns!(),
            " FROM assignments s
              JOIN accounts a ON a.id = s.account_id
              JOIN memberships m ON m.id = s.membership_id
              JOIN users u ON u.id = m.user_id"
        )
    };
}
pub(super) const ASSIGNMENT_COLUMNS: &str = assignment_columns!();
const ASSIGNMENT_SELECT: &str = assignment_select!();

fn assignment_row(r: &Row<'_>) -> sql::Result<AssignmentView> {
    assignment_at(r, 0)
}

/// The columns of `assignment_columns!()`, starting at column `at`.
pub(super) fn assignment_at(r: &Row<'_>, at: usize) -> sql::Result<AssignmentView> {
    Ok(AssignmentView {
        account: Slug::from_trusted(r.get(at)?),
        provider: r.get(at + 1)?,
        account_name: r.get(at + 2)?,
        member: Email::from_trusted(r.get(at + 3)?),
        approve: r.get(at + 4)?,
        posting: r.get(at + 5)?,
        credentials: r.get(at + 6)?,
        auth_status: r.get(at + 7)?,
    })
}

/// A member's assignments, by account slug.
pub fn assignments_of_member(conn: &Tx<'_>, membership_id: i64) -> Result<Vec<AssignmentView>> {
    let mut stmt = conn.prepare_cached(concat!(
        assignment_select!(),
        " WHERE s.membership_id = ?1 ORDER BY a.slug"
    ))?;
    let rows = stmt.query_map([membership_id], assignment_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// Everyone assigned to an account, by email (members that are active or invited).
pub fn assignments_of_account(conn: &Tx<'_>, account_id: i64) -> Result<Vec<AssignmentView>> {
    let sql = format!(
        "{ASSIGNMENT_SELECT} WHERE s.account_id = ?1 AND m.status IN ('active', 'pending') ORDER BY u.email"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([account_id], assignment_row)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// (a key, the account slug, the settings) from the first five columns.
fn keyed_facts(r: &Row<'_>) -> sql::Result<(i64, Slug, AssignmentFacts)> {
    Ok((
        r.get(0)?,
        Slug::from_trusted(r.get(1)?),
        AssignmentFacts {
            approve: r.get(2)?,
            posting: r.get(3)?,
            credentials: r.get(4)?,
        },
    ))
}

/// A member's assignments with the account ids they are keyed by.
pub fn assignments_with_ids(
    conn: &Tx<'_>,
    membership_id: i64,
) -> Result<Vec<(i64, Slug, AssignmentFacts)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.slug, s.approve, s.posting, s.credentials
         FROM assignments s JOIN accounts a ON a.id = s.account_id
         WHERE s.membership_id = ?1 ORDER BY a.slug",
    )?;
    let rows = stmt.query_map([membership_id], keyed_facts)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// The ids of the accounts one membership is assigned to.
pub fn assigned_account_ids(conn: &Tx<'_>, membership_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT account_id FROM assignments WHERE membership_id = ?1")?;
    let rows = stmt.query_map([membership_id], |r| r.get(0))?;
    Ok(rows.collect::<sql::Result<_>>()?)
}

/// A new assignment of a new membership (nothing to update). Member credentials start in
/// `needs_reauth`: the member must reauthenticate the account themselves.
pub fn insert_assignment(
    conn: &Tx<'_>,
    membership_id: i64,
    account_id: i64,
    facts: &AssignmentFacts,
    now: Timestamp,
) -> Result<()> {
    let status = if facts.credentials == Some(Credentials::Member) {
        AuthStatus::NeedsReauth
    } else {
        AuthStatus::Connected
    };
    conn.prepare_cached(
        "INSERT INTO assignments (membership_id, account_id, workspace_id, approve, posting,
                                  credentials, auth_status, created_at, updated_at)
         VALUES (?1, ?2, (SELECT workspace_id FROM accounts WHERE id = ?2), ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        membership_id,
        account_id,
        facts.approve,
        facts.posting,
        facts.credentials,
        status,
        ts(now)
    ])?;
    Ok(())
}

/// Every assignment in a workspace with the membership it belongs to, by membership and account
/// slug: one query for `config plan`, however many members there are.
pub fn assignment_facts_of_workspace(
    conn: &Tx<'_>,
    workspace_id: i64,
) -> Result<Vec<(i64, Slug, AssignmentFacts)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.membership_id, a.slug, s.approve, s.posting, s.credentials
         FROM assignments s JOIN accounts a ON a.id = s.account_id
         WHERE a.workspace_id = ?1 ORDER BY s.membership_id, a.slug",
    )?;
    let rows = stmt.query_map([workspace_id], keyed_facts)?;
    Ok(rows.collect::<sql::Result<_>>()?)
}
