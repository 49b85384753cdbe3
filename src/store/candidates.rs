//! Candidates for shell completion (workspace slugs, account slugs, member emails), read from
//! the database (a file, or a server) read-only: nothing is created, migrated or written, and any error is no
//! candidates at all, since a completion must never fail loudly or touch the file.

use super::Location;
use super::sql::Params;

/// Whose view the candidates follow: the acting user's workspaces (`ROSTER_AS`), and the one
/// workspace named (`ROSTER_WORKSPACE`, `-w`); `None` is no narrowing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Narrow<'a> {
    pub actor: Option<&'a str>,
    pub workspace: Option<&'a str>,
}

/// The workspace `w` is one the actor belongs to (or no actor was named).
// (A parameter's first use decides its type on PostgreSQL: `?1 IS NULL` alone cannot, so it
// comes second.)
const MINE: &str = "(EXISTS (SELECT 1 FROM memberships me JOIN users mu ON mu.id = me.user_id
     WHERE me.workspace_id = w.id AND mu.email = lower(trim(?1)) AND me.status IN ('active', 'pending')) OR ?1 IS NULL)";

fn strings(path: &Location, sql: &str, p: impl Params) -> Vec<String> {
    super::peek(path, |tx| {
        tx.prepare(sql)?.query_map(p, |r| r.get(0))?.collect()
    })
    .and_then(Result::ok)
    .unwrap_or_default()
}

pub fn workspaces(path: &Location, n: Narrow<'_>) -> Vec<String> {
    let sql = format!("SELECT w.slug FROM workspaces w WHERE {MINE} ORDER BY w.slug");
    strings(path, &sql, [n.actor])
}

pub fn accounts(path: &Location, n: Narrow<'_>) -> Vec<String> {
    let sql = format!(
        "SELECT DISTINCT a.slug FROM accounts a JOIN workspaces w ON w.id = a.workspace_id
         WHERE {MINE} AND (w.slug = ?2 OR ?2 IS NULL) ORDER BY a.slug"
    );
    strings(path, &sql, [n.actor, n.workspace])
}

pub fn members(path: &Location, n: Narrow<'_>) -> Vec<String> {
    let sql = format!(
        "SELECT DISTINCT u.email FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN workspaces w ON w.id = m.workspace_id
         WHERE m.status IN ('active', 'pending', 'expired') AND {MINE}
           AND (w.slug = ?2 OR ?2 IS NULL) ORDER BY u.email"
    );
    strings(path, &sql, [n.actor, n.workspace])
}
