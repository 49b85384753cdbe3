//! Users: email addresses that have created a workspace or been invited.

use super::Tx;
use super::sql::{OptionalExtension, params};

use super::ts;
use crate::domain::{Email, Timestamp};
use crate::error::Result;

/// The id of the user with this email, creating the user when new.
pub fn ensure(conn: &Tx<'_>, email: &Email, now: Timestamp) -> Result<i64> {
    // One statement: a no-op update of an existing row still returns its id.
    Ok(conn
        .prepare_cached(
            "INSERT INTO users (email, created_at) VALUES (?1, ?2)
             ON CONFLICT (email) DO UPDATE SET email = excluded.email RETURNING id",
        )?
        .query_row(params![email.as_str(), ts(now)], |r| r.get(0))?)
}

pub fn find(conn: &Tx<'_>, email: &Email) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM users WHERE email = ?1")?
        .query_row([email.as_str()], |r| r.get(0))
        .optional()?)
}
