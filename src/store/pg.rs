//! The PostgreSQL side of `store::sql` (issue 15, work in progress): one synchronous
//! `postgres::Client`, statements prepared once per connection with roster's `?N` placeholders
//! rewritten to `$N`, parameters bound by the type the server infers for them, and rows read by
//! their column types into roster's [`ValueRef`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;

use postgres::types::{IsNull, Type, to_sql_checked};

use super::sql::ValueRef;

/// A connection and its prepared statements (by roster's SQL text).
pub struct PgConn {
    pub(super) client: RefCell<postgres::Client>,
    cache: RefCell<HashMap<String, postgres::Statement>>,
}

impl PgConn {
    /// Connect to `url` (`postgres://user:password@host:port/db`), without TLS.
    pub fn connect(url: &str) -> Result<PgConn, postgres::Error> {
        let client = postgres::Client::connect(url, postgres::NoTls)?;
        Ok(PgConn {
            client: RefCell::new(client),
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The statement for roster's `sql`, prepared on first use and kept.
    pub(super) fn prepare_cached(&self, sql: &str) -> Result<postgres::Statement, postgres::Error> {
        if let Some(s) = self.cache.borrow().get(sql) {
            return Ok(s.clone());
        }
        let stmt = self.client.borrow_mut().prepare(&placeholders(sql))?;
        self.cache
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    /// The driver's client, for what roster's own layer does not say (creating a database,
    /// loading the schema).
    pub fn client_for_tests(&self) -> std::cell::RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    /// Statements separated by `;`, with no parameters.
    pub(super) fn batch_execute(&self, sql: &str) -> Result<(), postgres::Error> {
        self.client.borrow_mut().batch_execute(sql)
    }
}

/// roster writes `?1, ?2` (rusqlite binds them by position); PostgreSQL reads `$1, $2`. A bare
/// `?` takes the next number, as in SQLite. Quoted text, quoted names and comments are copied
/// as they are.
pub fn placeholders(sql: &str) -> String {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len() + 8);
    let (mut i, mut next) = (0, 1u32);
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"') => {
                let start = i;
                i += 1;
                while i < b.len() {
                    if b[i] == q {
                        // A doubled quote is a quote inside the text.
                        if b.get(i + 1) == Some(&q) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                out.push_str(&sql[start..i]);
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                let start = i;
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                out.push_str(&sql[start..i]);
            }
            b'?' => {
                i += 1;
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let n = if i > start {
                    let n: u32 = sql[start..i].parse().unwrap_or(0);
                    next = next.max(n + 1);
                    n
                } else {
                    let n = next;
                    next += 1;
                    n
                };
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => {
                // Copy up to the next character that matters, whole UTF-8 sequences at a time.
                let start = i;
                while i < b.len() && !matches!(b[i], b'\'' | b'"' | b'-' | b'?') {
                    i += 1;
                }
                if i == start {
                    i += 1;
                }
                out.push_str(&sql[start..i]);
            }
        }
    }
    out
}

/// A parameter as PostgreSQL binds it: converted to the type the server inferred for its place
/// (roster's flags are integers bound where a BIGINT, an INT or a boolean may be expected).
#[derive(Debug)]
pub(super) struct PgValue<'a>(pub(super) ValueRef<'a>);

type BoxError = Box<dyn StdError + Sync + Send>;

impl postgres::types::ToSql for PgValue<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self.0 {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => Err(format!("an integer cannot be bound as {ty}").into()),
            },
            ValueRef::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ => Err(format!("a real cannot be bound as {ty}").into()),
            },
            ValueRef::Text(t) => {
                let s = std::str::from_utf8(t)?;
                match *ty {
                    Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                    _ => s.to_sql(ty, out),
                }
            }
            ValueRef::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Column `idx` of a PostgreSQL row as roster reads values (booleans as 0/1, like SQLite).
pub(super) fn value(row: &postgres::Row, idx: usize) -> Result<ValueRef<'_>, postgres::Error> {
    let ty = row.columns()[idx].type_().clone();
    Ok(match ty {
        Type::INT8 => row
            .try_get::<_, Option<i64>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Integer),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(idx)?
            .map_or(ValueRef::Null, |i| ValueRef::Integer(i.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(idx)?
            .map_or(ValueRef::Null, |i| ValueRef::Integer(i.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(idx)?
            .map_or(ValueRef::Null, |b| ValueRef::Integer(b.into())),
        Type::FLOAT8 => row
            .try_get::<_, Option<f64>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Real),
        Type::BYTEA => row
            .try_get::<_, Option<&[u8]>>(idx)?
            .map_or(ValueRef::Null, ValueRef::Blob),
        _ => row
            .try_get::<_, Option<&str>>(idx)?
            .map_or(ValueRef::Null, |s| ValueRef::Text(s.as_bytes())),
    })
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn numbered_placeholders_become_dollars_outside_quotes_and_comments() {
        assert_eq!(
            placeholders("SELECT ?1, ?2 WHERE a = ?1 AND b = '?3' -- ?4\n AND c = \"?5\""),
            "SELECT $1, $2 WHERE a = $1 AND b = '?3' -- ?4\n AND c = \"?5\""
        );
        assert_eq!(
            placeholders("VALUES (?, ?, ?10, ?)"),
            "VALUES ($1, $2, $10, $11)"
        );
        assert_eq!(
            placeholders("SELECT 'it''s ?1', ?1"),
            "SELECT 'it''s ?1', $1"
        );
        assert_eq!(placeholders("SELECT 'é' || ?1"), "SELECT 'é' || $1");
        assert_eq!(
            placeholders("SELECT 'unterminated ?1"),
            "SELECT 'unterminated ?1"
        );
    }
}
