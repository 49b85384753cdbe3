//! roster's own statement layer: what the table modules use instead of a driver's types, shaped
//! after rusqlite's API (`prepare_cached`, `params!`, `query_row`, `query_map`, `optional()`)
//! so that the modules read as they did. Each type wraps the driver's object in an enum with one
//! variant per backend (`Sqlite` today): a second backend adds a variant here and in `Tx`, and
//! the table modules do not change.
//!
//! Values cross the layer as [`ValueRef`]: borrowed, so binding a parameter allocates nothing
//! (a batch binds thirteen per row).

use std::fmt;

/// A value as a statement binds it or a row holds it, borrowed. Text is bytes, as a row may
/// hold text that is not UTF-8; [`ValueRef::as_str`] checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Integer(i64),
    /// Roster writes none; a row read from a foreign or hand-edited file may hold one.
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

/// An owned [`ValueRef`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl<'a> ValueRef<'a> {
    pub fn as_str(&self) -> FromSqlResult<&'a str> {
        match *self {
            ValueRef::Text(t) => Ok(std::str::from_utf8(t)?),
            _ => Err(FromSqlError::InvalidType),
        }
    }

    pub fn as_i64(&self) -> FromSqlResult<i64> {
        match *self {
            ValueRef::Integer(i) => Ok(i),
            _ => Err(FromSqlError::InvalidType),
        }
    }

    pub fn as_blob(&self) -> FromSqlResult<&'a [u8]> {
        match *self {
            ValueRef::Blob(b) => Ok(b),
            _ => Err(FromSqlError::InvalidType),
        }
    }

    /// The kind of value, as error messages name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            ValueRef::Null => "Null",
            ValueRef::Integer(_) => "Integer",
            ValueRef::Real(_) => "Real",
            ValueRef::Text(_) => "Text",
            ValueRef::Blob(_) => "Blob",
        }
    }

    pub fn to_owned(&self) -> FromSqlResult<Value> {
        Ok(match *self {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(_) => Value::Text(self.as_str()?.to_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// Why a column's value is not the type asked for (a corrupt or foreign row).
#[derive(Debug)]
pub enum FromSqlError {
    /// The value has another type (text where an integer was expected, say).
    InvalidType,
    /// An integer that does not fit the type asked for.
    OutOfRange(i64),
    /// Text that is not UTF-8.
    Utf8Error(std::str::Utf8Error),
    /// Anything else: a word outside a closed vocabulary, a malformed timestamp.
    Other(Box<dyn std::error::Error + Send + Sync + 'static>),
}

impl From<std::str::Utf8Error> for FromSqlError {
    fn from(e: std::str::Utf8Error) -> Self {
        FromSqlError::Utf8Error(e)
    }
}

impl fmt::Display for FromSqlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FromSqlError::InvalidType => write!(f, "Invalid type"),
            FromSqlError::OutOfRange(i) => write!(f, "Value {i} out of range"),
            FromSqlError::Utf8Error(e) => e.fmt(f),
            FromSqlError::Other(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for FromSqlError {}

pub type FromSqlResult<T> = std::result::Result<T, FromSqlError>;

/// A failed statement or an unreadable row. `store` maps it to roster's error (busy, read-only,
/// constraint, corrupt, …: `impl From<sql::Error> for crate::error::Error`); nothing outside
/// `store/` sees it.
#[derive(Debug)]
pub struct Error(pub(super) Repr);

#[derive(Debug)]
pub(super) enum Repr {
    /// `query_row` found no row (`optional()` turns it into `None`).
    NoRows,
    /// A value roster reads after the driver did (a timestamp's text) is malformed.
    Conversion(Box<dyn std::error::Error + Send + Sync + 'static>),
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error(Repr::Pg(e))
    }
}

impl Error {
    /// A value read from a text column that roster cannot parse.
    pub fn conversion(e: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Error {
        Error(Repr::Conversion(e.into()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            // The driver's wording, which messages have always carried.
            Repr::NoRows => write!(f, "Query returned no rows"),
            Repr::Conversion(e) => write!(f, "Conversion error from type Text at index: 0, {e}"),
            Repr::Sqlite(e) => e.fmt(f),
            Repr::Pg(e) => match e.as_db_error() {
                Some(db) => write!(f, "{} ({})", db.message(), db.code().code()),
                None => e.fmt(f),
            },
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error(Repr::NoRows),
            e => Error(Repr::Sqlite(e)),
        }
    }
}

/// `query_row(..).optional()`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error(Repr::NoRows)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parameters

/// A value a statement can bind. Booleans bind as 0/1 (flags are INTEGER columns).
pub trait ToSql {
    fn to_sql(&self) -> ValueRef<'_>;
}

impl<T: ToSql + ?Sized> ToSql for &T {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        (**self).to_sql()
    }
}

impl<T: ToSql> ToSql for Option<T> {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        match self {
            Some(v) => v.to_sql(),
            None => ValueRef::Null,
        }
    }
}

macro_rules! to_sql_integer {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            #[inline]
            fn to_sql(&self) -> ValueRef<'_> {
                ValueRef::Integer(i64::from(*self))
            }
        }
    )+};
}
to_sql_integer!(i64, i32, u32, bool);

impl ToSql for str {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToSql for String {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToSql for [u8] {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToSql for Vec<u8> {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl<const N: usize> ToSql for [u8; N] {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToSql for ValueRef<'_> {
    #[inline]
    fn to_sql(&self) -> ValueRef<'_> {
        *self
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

/// The parameters of one execution: `params![a, b]` (a slice of `&dyn ToSql`) or an array of
/// one type (`[id]`). Read by position, without collecting them anywhere.
pub trait Params {
    fn count(&self) -> usize;
    fn value(&self, i: usize) -> ValueRef<'_>;
}

impl Params for &[&dyn ToSql] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }
    #[inline]
    fn value(&self, i: usize) -> ValueRef<'_> {
        self[i].to_sql()
    }
}

impl<T: ToSql, const N: usize> Params for [T; N] {
    #[inline]
    fn count(&self) -> usize {
        N
    }
    #[inline]
    fn value(&self, i: usize) -> ValueRef<'_> {
        self[i].to_sql()
    }
}

/// The parameters of a statement, as `&[&dyn ToSql]`: `params![id, ts(now)]`, `params![]`.
#[macro_export]
macro_rules! sql_params {
    ($($p:expr),* $(,)?) => {
        (&[$(&$p as &dyn $crate::store::sql::ToSql),*] as &[&dyn $crate::store::sql::ToSql])
    };
}
pub use crate::sql_params as params;

// ---------------------------------------------------------------------------------------------
// Reading values

/// A value a row's column can be read as.
pub trait FromSql: Sized {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self>;
}

impl FromSql for i64 {
    #[inline]
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.as_i64()
    }
}

macro_rules! from_sql_narrow {
    ($($t:ty),+) => {$(
        impl FromSql for $t {
            #[inline]
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                let i = v.as_i64()?;
                <$t>::try_from(i).map_err(|_| FromSqlError::OutOfRange(i))
            }
        }
    )+};
}
from_sql_narrow!(i32, u32, usize);

impl FromSql for bool {
    #[inline]
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        Ok(v.as_i64()? != 0)
    }
}

impl FromSql for String {
    #[inline]
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.as_str().map(str::to_owned)
    }
}

impl FromSql for Vec<u8> {
    #[inline]
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.as_blob().map(<[u8]>::to_vec)
    }
}

impl<const N: usize> FromSql for [u8; N] {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let b = v.as_blob()?;
        b.try_into().map_err(|_| {
            FromSqlError::Other(format!("a blob of {} bytes, not {N}", b.len()).into())
        })
    }
}

impl<T: FromSql> FromSql for Option<T> {
    #[inline]
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        match v {
            ValueRef::Null => Ok(None),
            v => T::column_result(v).map(Some),
        }
    }
}

impl FromSql for Value {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.to_owned()
    }
}

// ---------------------------------------------------------------------------------------------
// Statements and rows

/// A prepared statement, from `Tx::prepare_cached` (kept for the run) or `Tx::prepare`.
pub struct Stmt<'c>(StmtRepr<'c>);

enum StmtRepr<'c> {
    Sqlite(SqliteStmt<'c>),
    /// The statement, and roster's SQL text when its rows are to come through a cursor.
    Pg(&'c super::pg::PgConn, postgres::Statement, Option<String>),
}

enum SqliteStmt<'c> {
    Cached(rusqlite::CachedStatement<'c>),
    Plain(rusqlite::Statement<'c>),
}

impl<'c> Stmt<'c> {
    pub(super) fn sqlite_cached(s: rusqlite::CachedStatement<'c>) -> Self {
        Stmt(StmtRepr::Sqlite(SqliteStmt::Cached(s)))
    }

    pub(super) fn sqlite(s: rusqlite::Statement<'c>) -> Self {
        Stmt(StmtRepr::Sqlite(SqliteStmt::Plain(s)))
    }

    pub(super) fn pg(
        conn: &'c super::pg::PgConn,
        s: postgres::Statement,
        cursor: Option<String>,
    ) -> Self {
        Stmt(StmtRepr::Pg(conn, s, cursor))
    }

    /// Run a statement that returns no rows; how many rows it changed.
    pub fn execute<P: Params>(&mut self, p: P) -> Result<usize> {
        match &mut self.0 {
            StmtRepr::Sqlite(s) => Ok(s.get().execute(sqlite_params(&p))?),
            StmtRepr::Pg(conn, s, _) => {
                let values = pg_params(&p);
                let refs = pg_refs(&values);
                Ok(conn.client.borrow_mut().execute(&*s, &refs)? as usize)
            }
        }
    }

    /// The rows of a query, read one at a time as the caller asks for them.
    pub fn query<P: Params>(&mut self, p: P) -> Result<Rows<'_>> {
        match &mut self.0 {
            StmtRepr::Sqlite(s) => Ok(Rows(RowsRepr::Sqlite(s.get().query(sqlite_params(&p))?))),
            // Through a cursor, a chunk at a time: between chunks the connection is free for
            // the statements run while these rows are handed out (a check per row).
            StmtRepr::Pg(conn, _, Some(text)) => {
                let values = pg_params(&p);
                let refs = pg_refs(&values);
                let fetch = conn.declare(text, &refs)?;
                Ok(Rows(RowsRepr::PgCursor {
                    conn,
                    fetch,
                    rows: Vec::new(),
                    at: 0,
                    done: false,
                }))
            }
            // Read whole (a point lookup, or a list outside `Store::scan`).
            StmtRepr::Pg(conn, s, None) => {
                let values = pg_params(&p);
                let refs = pg_refs(&values);
                let rows = conn.client.borrow_mut().query(&*s, &refs)?;
                Ok(Rows(RowsRepr::Pg(rows, 0)))
            }
        }
    }

    /// The first row, through `f`; an error when there is none (see `optional()`).
    pub fn query_row<T, P: Params>(
        &mut self,
        p: P,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(p)?;
        match rows.next()? {
            Some(r) => f(&r),
            None => Err(Error(Repr::NoRows)),
        }
    }

    /// Every row through `f`, as an iterator that reads (streams) them as it goes.
    pub fn query_map<T, P: Params, F: FnMut(&Row<'_>) -> Result<T>>(
        &mut self,
        p: P,
        f: F,
    ) -> Result<MappedRows<'_, F>> {
        Ok(MappedRows {
            rows: self.query(p)?,
            f,
        })
    }

    /// Whether the query returns a row.
    pub fn exists<P: Params>(&mut self, p: P) -> Result<bool> {
        Ok(self.query(p)?.next()?.is_some())
    }

    /// How many columns each row has.
    pub fn column_count(&self) -> usize {
        match &self.0 {
            StmtRepr::Sqlite(SqliteStmt::Cached(s)) => s.column_count(),
            StmtRepr::Sqlite(SqliteStmt::Plain(s)) => s.column_count(),
            StmtRepr::Pg(_, s, _) => s.columns().len(),
        }
    }
}

impl<'c> SqliteStmt<'c> {
    #[inline]
    fn get(&mut self) -> &mut rusqlite::Statement<'c> {
        match self {
            SqliteStmt::Cached(s) => s,
            SqliteStmt::Plain(s) => s,
        }
    }
}

/// rusqlite's view of roster's parameters: bound one by one as borrowed values, no copy.
#[inline]
fn sqlite_params<P: Params>(p: &P) -> impl rusqlite::Params + '_ {
    rusqlite::params_from_iter((0..p.count()).map(|i| SqliteValue(p.value(i))))
}

struct SqliteValue<'a>(ValueRef<'a>);

/// PostgreSQL's view of roster's parameters.
fn pg_params<P: Params>(p: &P) -> Vec<super::pg::PgValue<'_>> {
    (0..p.count())
        .map(|i| super::pg::PgValue(p.value(i)))
        .collect()
}

fn pg_refs<'v>(
    values: &'v [super::pg::PgValue<'_>],
) -> Vec<&'v (dyn postgres::types::ToSql + Sync)> {
    values
        .iter()
        .map(|v| v as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

impl rusqlite::ToSql for SqliteValue<'_> {
    #[inline]
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::ValueRef as V;
        Ok(rusqlite::types::ToSqlOutput::Borrowed(match self.0 {
            ValueRef::Null => V::Null,
            ValueRef::Integer(i) => V::Integer(i),
            ValueRef::Real(f) => V::Real(f),
            ValueRef::Text(t) => V::Text(t),
            ValueRef::Blob(b) => V::Blob(b),
        }))
    }
}

/// The rows of a query being read.
pub struct Rows<'s>(RowsRepr<'s>);

enum RowsRepr<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Pg(Vec<postgres::Row>, usize),
    PgCursor {
        conn: &'s super::pg::PgConn,
        fetch: String,
        rows: Vec<postgres::Row>,
        at: usize,
        done: bool,
    },
}

impl Rows<'_> {
    /// The next row, or `None` after the last.
    #[allow(clippy::should_implement_trait)] // like rusqlite's: the row borrows the cursor
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match &mut self.0 {
            RowsRepr::Sqlite(rows) => Ok(rows.next()?.map(|r| Row(RowRepr::Sqlite(r)))),
            RowsRepr::Pg(rows, at) => {
                *at += 1;
                Ok(rows.get(*at - 1).map(|r| Row(RowRepr::Pg(r))))
            }
            RowsRepr::PgCursor {
                conn,
                fetch,
                rows,
                at,
                done,
            } => {
                if *at >= rows.len() && !*done {
                    *rows = conn.client.borrow_mut().query(fetch.as_str(), &[])?;
                    *at = 0;
                    *done = rows.len() < super::pg::CURSOR_ROWS;
                }
                *at += 1;
                Ok(rows.get(*at - 1).map(|r| Row(RowRepr::Pg(r))))
            }
        }
    }
}

/// `query_map`'s iterator.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    f: F,
}

impl<T, F: FnMut(&Row<'_>) -> Result<T>> Iterator for MappedRows<'_, F> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(r)) => Some((self.f)(&r)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// One row of a query.
pub struct Row<'r>(RowRepr<'r>);

enum RowRepr<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

impl Row<'_> {
    /// Column `idx` (from 0) as a `T`.
    #[inline]
    pub fn get<T: FromSql>(&self, idx: usize) -> Result<T> {
        match self.0 {
            RowRepr::Sqlite(r) => {
                let v = r.get_ref(idx)?;
                T::column_result(from_sqlite(v)).map_err(|e| sqlite_conversion(r, idx, v, e))
            }
            RowRepr::Pg(r) => {
                let v = super::pg::value(r, idx)?;
                T::column_result(v).map_err(|e| Error::conversion(format!("column {idx}: {e}")))
            }
        }
    }

    /// Column `idx` as it is stored, borrowed from the row.
    pub fn get_ref(&self, idx: usize) -> Result<ValueRef<'_>> {
        match self.0 {
            RowRepr::Sqlite(r) => Ok(from_sqlite(r.get_ref(idx)?)),
            RowRepr::Pg(r) => Ok(super::pg::value(r, idx)?),
        }
    }
}

#[inline]
fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> ValueRef<'_> {
    use rusqlite::types::ValueRef as V;
    match v {
        V::Null => ValueRef::Null,
        V::Integer(i) => ValueRef::Integer(i),
        V::Real(f) => ValueRef::Real(f),
        V::Text(t) => ValueRef::Text(t),
        V::Blob(b) => ValueRef::Blob(b),
    }
}

/// A conversion failure as rusqlite reports it (its messages are the ones roster has shown).
#[cold]
fn sqlite_conversion(
    r: &rusqlite::Row<'_>,
    idx: usize,
    v: rusqlite::types::ValueRef<'_>,
    e: FromSqlError,
) -> Error {
    let e = match e {
        FromSqlError::InvalidType => rusqlite::Error::InvalidColumnType(
            idx,
            r.as_ref().column_name(idx).unwrap_or("?").to_owned(),
            v.data_type(),
        ),
        FromSqlError::OutOfRange(i) => rusqlite::Error::IntegralValueOutOfRange(idx, i),
        FromSqlError::Utf8Error(e) => rusqlite::Error::Utf8Error(idx, e),
        FromSqlError::Other(e) => rusqlite::Error::FromSqlConversionFailure(idx, v.data_type(), e),
    };
    Error(Repr::Sqlite(e))
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::*;
    use crate::domain::Role;

    fn with_tx(f: impl FnOnce(&super::super::Tx<'_>) -> Result<()>) {
        let mut store = Store::empty().unwrap();
        store.rehearse(|tx| Ok(f(tx)?)).unwrap();
    }

    #[test]
    fn values_bind_and_read_back_as_they_went_in() {
        with_tx(|tx| {
            tx.execute_batch("CREATE TEMP TABLE t (i INTEGER, b INTEGER, s TEXT, x BLOB, n TEXT)")?;
            let hash = [7u8; 32];
            let none: Option<&str> = None;
            let n = tx
                .prepare_cached("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)")?
                .execute(params![-3_i64, true, "ä", &hash[..], none])?;
            assert_eq!(n, 1);
            let row = tx
                .prepare("SELECT i, b, s, x, n FROM t")?
                .query_row(params![], |r| {
                    Ok((
                        r.get::<i64>(0)?,
                        r.get::<bool>(1)?,
                        r.get::<String>(2)?,
                        r.get::<[u8; 32]>(3)?,
                        r.get::<Option<String>>(4)?,
                    ))
                })?;
            assert_eq!(row, (-3, true, "ä".to_string(), hash, None));
            let stored = tx
                .prepare("SELECT b, n FROM t")?
                .query_row(params![], |r| {
                    Ok((r.get::<Value>(0)?, r.get_ref(1)? == ValueRef::Null))
                })?;
            assert_eq!(stored, (Value::Integer(1), true));
            assert!(
                tx.prepare("SELECT 1 FROM t WHERE i = ?1")?
                    .exists([-3_i64])?
            );
            Ok(())
        });
    }

    #[test]
    fn no_row_is_none_with_optional_and_an_error_without() {
        with_tx(|tx| {
            let mut stmt = tx.prepare("SELECT 1 WHERE ?1 = 2")?;
            assert_eq!(
                stmt.query_row([1_i64], |r| r.get::<i64>(0)).optional()?,
                None
            );
            let e = stmt.query_row([1_i64], |r| r.get::<i64>(0)).unwrap_err();
            assert_eq!(
                crate::error::Error::from(e).message,
                "database error: Query returned no rows"
            );
            Ok(())
        });
    }

    #[test]
    fn a_bad_value_reads_as_the_driver_reported_it() {
        with_tx(|tx| {
            let e = tx
                .prepare("SELECT 'overlord'")?
                .query_row(params![], |r| r.get::<Role>(0))
                .unwrap_err();
            assert_eq!(
                crate::error::Error::from(e).message,
                "database error: Conversion error from type Text at index: 0, unknown crate::domain::Role 'overlord' in the database"
            );
            let e = super::super::read_ts("yesterday".into()).unwrap_err();
            assert!(
                crate::error::Error::from(e)
                    .message
                    .starts_with("database error: Conversion error from type Text at index: 0, ")
            );
            Ok(())
        });
    }

    #[test]
    fn rows_stream_through_query_map() {
        with_tx(|tx| {
            let got: Vec<i64> = tx
                .prepare("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ?1) SELECT n FROM c")?
                .query_map([3_i64], |r| r.get(0))?
                .collect::<Result<_>>()?;
            assert_eq!(got, [1, 2, 3]);
            Ok(())
        });
    }
}
