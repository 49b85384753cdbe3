//! TOTP enrolment, recovery codes and sessions (the enrolment commands are their own issue).

use rusqlite::{Connection, params};

use crate::domain::Email;
use crate::error::Result;

/// Whether a user has confirmed a TOTP enrolment.
pub fn is_enrolled(conn: &Connection, email: &Email) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) FROM totp t JOIN users u ON u.id = t.user_id WHERE u.email = ?1 AND t.state = 'enrolled'",
        params![email.as_str()],
        |r| r.get::<_, i64>(0),
    )? > 0)
}
