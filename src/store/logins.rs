//! Server logins bound to roster users (`roster member login`): on PostgreSQL the acting user
//! is the one bound to the login the server authenticated.

use super::Tx;
use super::pg::quote_ident;
use super::sql::{OptionalExtension, params};
use super::ts;
use crate::domain::{Email, Timestamp};
use crate::error::Result;

/// The email of the user `login` is bound to, if it is bound.
pub fn bound_to(conn: &Tx<'_>, login: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT u.email FROM logins l JOIN users u ON u.id = l.user_id WHERE l.login = ?1",
        )?
        .query_row(params![login], |r| r.get(0))
        .optional()?)
}

/// Whether the server has a role named `login` that can log in.
pub fn login_exists(conn: &Tx<'_>, login: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM pg_roles WHERE rolname = ?1 AND rolcanlogin")?
        .exists(params![login])?)
}

pub fn bind(conn: &Tx<'_>, login: &str, user: i64, by: i64, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO logins (login, user_id, bound_by, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![login, user, by, ts(now)])?;
    // The everyday role of this database: roster's statements, no DDL, the audit log
    // append-only.
    let role = everyday_role(conn)?;
    conn.execute_batch(&format!(
        "GRANT {} TO {}",
        quote_ident(&role),
        quote_ident(login)
    ))?;
    Ok(())
}

/// Undo `bind`: the login acts as nobody here any more, and loses this database's role.
pub fn unbind(conn: &Tx<'_>, login: &str) -> Result<bool> {
    let n = conn
        .prepare_cached("DELETE FROM logins WHERE login = ?1")?
        .execute(params![login])?;
    let role = everyday_role(conn)?;
    conn.execute_batch(&format!(
        "REVOKE {} FROM {}",
        quote_ident(&role),
        quote_ident(login)
    ))?;
    Ok(n > 0)
}

/// The everyday role of the database this transaction is on.
pub fn everyday_role(conn: &Tx<'_>) -> Result<String> {
    let db: String = conn
        .prepare_cached("SELECT current_database()::text")?
        .query_row(params![], |r| r.get(0))?;
    Ok(super::pg::login_role(&db))
}

/// The logins bound to `email`, in name order.
pub fn of_user(conn: &Tx<'_>, email: &Email) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.login FROM logins l JOIN users u ON u.id = l.user_id WHERE u.email = ?1
         ORDER BY l.login",
    )?;
    let rows = stmt
        .query_map(params![email.as_str()], |r| r.get(0))?
        .collect::<super::sql::Result<Vec<String>>>()?;
    Ok(rows)
}
