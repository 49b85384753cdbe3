//! The tests' own way into the database behind a `TestEnv`, on either backend: an SQLite file
//! through rusqlite or a PostgreSQL database through the `postgres` crate. SQL is written once,
//! SQLite-style (`?1, ?2`), and rewritten to `$1, $2` for the server; values come back as text.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};

/// A parameter of a test's SQL.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Null,
    Int(i64),
    Text(String),
}

impl From<&str> for Param {
    fn from(s: &str) -> Param {
        Param::Text(s.to_string())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Param {
        Param::Text(s)
    }
}

impl From<&String> for Param {
    fn from(s: &String) -> Param {
        Param::Text(s.clone())
    }
}

impl From<i64> for Param {
    fn from(i: i64) -> Param {
        Param::Int(i)
    }
}

impl<T: Into<Param>> From<Option<T>> for Param {
    fn from(v: Option<T>) -> Param {
        v.map_or(Param::Null, Into::into)
    }
}

/// What a helper accepts as the parameters of its SQL: `[]`, `[a, b]` of one type, or
/// `params![a, b]` of mixed types (rusqlite's shapes, so that call sites read as before).
pub trait Params {
    fn into_params(self) -> Vec<Param>;
}

impl Params for [Param; 0] {
    fn into_params(self) -> Vec<Param> {
        Vec::new()
    }
}

macro_rules! params_of_arrays {
    ($($n:literal)+) => {$(
        impl<T: Into<Param>> Params for [T; $n] {
            fn into_params(self) -> Vec<Param> {
                self.into_iter().map(Into::into).collect()
            }
        }
    )+};
}
params_of_arrays!(1 2 3 4 5 6 7 8);

/// Parameters of mixed types: `params![id, NOW]`.
macro_rules! params {
    ($($p:expr),* $(,)?) => {
        [$($crate::db::Param::from($p)),*]
    };
}
pub(crate) use params;

/// A connection to the test's database.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Pg(PgClient),
}

/// The PostgreSQL connections a `TestEnv` keeps for its own reads: a new server connection
/// costs more than the dump it is opened for (authentication, a backend's cold caches).
pub type Pool = Rc<RefCell<Vec<postgres::Client>>>;

/// A PostgreSQL connection taken from a `Pool`, given back when dropped.
pub struct PgClient {
    client: Option<postgres::Client>,
    pool: Pool,
}

impl Deref for PgClient {
    type Target = postgres::Client;
    fn deref(&self) -> &postgres::Client {
        self.client.as_ref().expect("a connection until dropped")
    }
}

impl DerefMut for PgClient {
    fn deref_mut(&mut self) -> &mut postgres::Client {
        self.client.as_mut().expect("a connection until dropped")
    }
}

impl Drop for PgClient {
    fn drop(&mut self) {
        if let Some(c) = self.client.take().filter(|c| !c.is_closed()) {
            self.pool.borrow_mut().push(c);
        }
    }
}

impl Db {
    pub fn sqlite(path: &std::path::Path) -> Db {
        Db::Sqlite(rusqlite::Connection::open(path).expect("open the SQLite database"))
    }

    /// A connection to `url` from `pool`, or a new one when all are in use.
    pub fn postgres(url: &str, pool: &Pool) -> Db {
        let client = pool.borrow_mut().pop().unwrap_or_else(|| {
            postgres::Client::connect(url, postgres::NoTls).expect("connect to PostgreSQL")
        });
        Db::Pg(PgClient {
            client: Some(client),
            pool: pool.clone(),
        })
    }

    /// Run one statement; the number of rows it changed.
    #[track_caller]
    pub fn execute(&mut self, sql: &str, params: impl Params) -> u64 {
        let params = params.into_params();
        self.try_execute(sql, &params)
            .unwrap_or_else(|e| panic!("{e}\nin: {sql}\nwith: {params:?}"))
    }

    pub fn try_execute(&mut self, sql: &str, params: &[Param]) -> Result<u64, String> {
        match self {
            Db::Sqlite(c) => c
                .execute(
                    sql,
                    rusqlite::params_from_iter(params.iter().map(sqlite_value)),
                )
                .map(|n| n as u64)
                .map_err(|e| e.to_string()),
            Db::Pg(c) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
                c.execute(&roster::store::pg::placeholders(sql), &refs)
                    .map_err(|e| pg_error(&e))
            }
        }
    }

    /// Every row, every column as text (NULL as `None`, a flag or boolean as 0/1).
    #[track_caller]
    pub fn rows(&mut self, sql: &str, params: impl Params) -> Vec<Vec<Option<String>>> {
        let params = params.into_params();
        self.cells(sql, &params)
            .unwrap_or_else(|e| panic!("{e}\nin: {sql}\nwith: {params:?}"))
            .into_iter()
            .map(|row| row.into_iter().map(Cell::into_text).collect())
            .collect()
    }

    /// Every row, each value as rusqlite prints it (`Integer(1)`, `Text("1")`, `Null`): for
    /// comparisons where the storage class matters too.
    #[track_caller]
    pub fn typed_rows(&mut self, sql: &str, params: impl Params) -> Vec<Vec<String>> {
        let params = params.into_params();
        self.cells(sql, &params)
            .unwrap_or_else(|e| panic!("{e}\nin: {sql}\nwith: {params:?}"))
            .iter()
            .map(|row| row.iter().map(Cell::debug).collect())
            .collect()
    }

    /// The one row (the first, if there are more) as text, NULL as "NULL".
    #[track_caller]
    pub fn row(&mut self, sql: &str, params: impl Params) -> Vec<String> {
        self.rows(sql, params)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no row from: {sql}"))
            .into_iter()
            .map(|v| v.unwrap_or_else(|| "NULL".to_string()))
            .collect()
    }

    /// One number: the first column of the first row.
    #[track_caller]
    pub fn count(&mut self, sql: &str, params: impl Params) -> i64 {
        let params = params.into_params();
        let rows = self
            .cells(sql, &params)
            .unwrap_or_else(|e| panic!("{e}\nin: {sql}\nwith: {params:?}"));
        match rows.first().and_then(|r| r.first()) {
            Some(Cell::Int(n)) => *n,
            other => panic!("not an integer: {other:?} from: {sql}"),
        }
    }

    /// The first column of every row, as text (NULL as `None`).
    #[track_caller]
    pub fn column(&mut self, sql: &str, params: impl Params) -> Vec<Option<String>> {
        self.rows(sql, params)
            .into_iter()
            .map(|mut r| r.remove(0))
            .collect()
    }

    /// Every row of every table (the schema's tables, by name), one line per row with its
    /// values as rusqlite prints them (`Integer(1) | Text("a") | Null`): equal dumps mean an
    /// unchanged database.
    pub fn dump(&mut self) -> String {
        if let Db::Pg(c) = self {
            return pg_dump(c);
        }
        let mut out = String::new();
        for (table, rows) in self.tables() {
            let _ = writeln!(out, "## {table}");
            for row in rows {
                let cells: Vec<String> = row.iter().map(Cell::debug).collect();
                out.push_str(&cells.join(" | "));
                out.push('\n');
            }
        }
        out
    }

    /// Every value stored, raw (text as its bytes, blobs as they are), one table after the
    /// other: what a search for a secret must not find, whatever the backend's file format.
    pub fn raw_content(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        for (table, rows) in self.tables() {
            out.extend_from_slice(format!("\n## {table}\n").as_bytes());
            for row in rows {
                for cell in row {
                    match cell {
                        Cell::Null => {}
                        Cell::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                        Cell::Real(f) => out.extend_from_slice(f.to_string().as_bytes()),
                        Cell::Text(t) => out.extend_from_slice(t.as_bytes()),
                        Cell::Blob(b) => out.extend_from_slice(&b),
                    }
                    out.push(b'\t');
                }
                out.push(b'\n');
            }
        }
        out
    }

    /// Each table's rows, tables by name and rows in a fixed order.
    fn tables(&mut self) -> Vec<(String, Vec<Vec<Cell>>)> {
        let list = match self {
            Db::Sqlite(_) => "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
            Db::Pg(_) => PG_TABLES,
        };
        let names: Vec<String> = self
            .column(list, [])
            .into_iter()
            .map(|t| t.expect("a table name"))
            .collect();
        names
            .into_iter()
            .map(|t| {
                let order = match self {
                    // SQLite's order of the first column, as the suite always dumped it.
                    Db::Sqlite(_) => "1",
                    // The whole row (see `pg_dump`).
                    Db::Pg(_) => "r",
                };
                let rows = self
                    .cells(&format!("SELECT * FROM \"{t}\" AS r ORDER BY {order}"), &[])
                    .expect("read a table");
                (t, rows)
            })
            .collect()
    }

    fn cells(&mut self, sql: &str, params: &[Param]) -> Result<Vec<Vec<Cell>>, String> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare(sql).map_err(|e| e.to_string())?;
                let n = stmt.column_count();
                let rows = stmt
                    .query_map(
                        rusqlite::params_from_iter(params.iter().map(sqlite_value)),
                        |r| {
                            (0..n)
                                .map(|i| r.get::<_, rusqlite::types::Value>(i).map(Cell::from))
                                .collect::<rusqlite::Result<Vec<Cell>>>()
                        },
                    )
                    .map_err(|e| e.to_string())?;
                rows.collect::<rusqlite::Result<_>>()
                    .map_err(|e| e.to_string())
            }
            Db::Pg(c) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
                let rows = c
                    .query(&roster::store::pg::placeholders(sql), &refs)
                    .map_err(|e| pg_error(&e))?;
                rows.iter()
                    .map(|r| (0..r.len()).map(|i| pg_cell(r, i)).collect())
                    .collect()
            }
        }
    }
}

/// roster's tables on PostgreSQL, by name (pg_catalog: information_schema's view is slow).
const PG_TABLES: &str = "SELECT c.relname::text FROM pg_class c
                         JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1";

/// The dump of a PostgreSQL database in two round trips (it runs before and after most
/// refusals): the tables, then every table's rows in one simple query, each row ordered by all
/// its columns (`ORDER BY r`, so that rows which tie on the first come out the same way
/// whatever the server's plan or their places on disk), values in the server's text form.
fn pg_dump(c: &mut postgres::Client) -> String {
    let tables: Vec<String> = c
        .simple_query(PG_TABLES)
        .expect("list the tables")
        .into_iter()
        .filter_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
            _ => None,
        })
        .collect();
    let sql: String = tables
        .iter()
        .map(|t| format!("SELECT * FROM \"{t}\" AS r ORDER BY r;"))
        .collect();
    let mut out = String::new();
    let mut names = tables.iter();
    if let Some(t) = names.next() {
        let _ = writeln!(out, "## {t}");
    }
    for msg in c.simple_query(&sql).expect("read the tables") {
        match msg {
            postgres::SimpleQueryMessage::Row(r) => {
                let cells: Vec<String> = (0..r.len())
                    .map(|i| match r.get(i) {
                        Some(v) => format!("{v:?}"),
                        None => "Null".to_string(),
                    })
                    .collect();
                out.push_str(&cells.join(" | "));
                out.push('\n');
            }
            // One table's rows are all here: the next table's come next.
            postgres::SimpleQueryMessage::CommandComplete(_) => {
                if let Some(t) = names.next() {
                    let _ = writeln!(out, "## {t}");
                }
            }
            _ => {}
        }
    }
    out
}

/// One value read back, as SQLite's storage classes.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    fn into_text(self) -> Option<String> {
        match self {
            Cell::Null => None,
            Cell::Int(i) => Some(i.to_string()),
            Cell::Real(f) => Some(f.to_string()),
            Cell::Text(t) => Some(t),
            Cell::Blob(b) => Some(format!("{b:?}")),
        }
    }

    /// As rusqlite's `Value` prints itself, which is what the suite's dumps always held.
    fn debug(&self) -> String {
        match self {
            Cell::Null => "Null".to_string(),
            Cell::Int(i) => format!("Integer({i})"),
            Cell::Real(f) => format!("Real({f:?})"),
            Cell::Text(t) => format!("Text({t:?})"),
            Cell::Blob(b) => format!("Blob({b:?})"),
        }
    }
}

impl From<rusqlite::types::Value> for Cell {
    fn from(v: rusqlite::types::Value) -> Cell {
        use rusqlite::types::Value as V;
        match v {
            V::Null => Cell::Null,
            V::Integer(i) => Cell::Int(i),
            V::Real(f) => Cell::Real(f),
            V::Text(t) => Cell::Text(t),
            V::Blob(b) => Cell::Blob(b),
        }
    }
}

fn sqlite_value(p: &Param) -> rusqlite::types::Value {
    match p {
        Param::Null => rusqlite::types::Value::Null,
        Param::Int(i) => rusqlite::types::Value::Integer(*i),
        Param::Text(t) => rusqlite::types::Value::Text(t.clone()),
    }
}

/// Column `i` of a PostgreSQL row as SQLite would hold it: integers and booleans as integers,
/// BYTEA as a blob, the text types as text. Anything else the test's SQL must cast.
fn pg_cell(row: &postgres::Row, i: usize) -> Result<Cell, String> {
    let ty = row.columns()[i].type_();
    let e = |e: postgres::Error| format!("column {i} ({ty}): {e}");
    Ok(match *ty {
        Type::INT8 => row
            .try_get::<_, Option<i64>>(i)
            .map_err(e)?
            .map_or(Cell::Null, Cell::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(i)
            .map_err(e)?
            .map_or(Cell::Null, |v| Cell::Int(v.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(i)
            .map_err(e)?
            .map_or(Cell::Null, |v| Cell::Int(v.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(i)
            .map_err(e)?
            .map_or(Cell::Null, |v| Cell::Int(v.into())),
        Type::FLOAT8 => row
            .try_get::<_, Option<f64>>(i)
            .map_err(e)?
            .map_or(Cell::Null, Cell::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(i)
            .map_err(e)?
            .map_or(Cell::Null, |v| Cell::Real(v.into())),
        Type::BYTEA => row
            .try_get::<_, Option<Vec<u8>>>(i)
            .map_err(e)?
            .map_or(Cell::Null, Cell::Blob),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => row
            .try_get::<_, Option<String>>(i)
            .map_err(e)?
            .map_or(Cell::Null, Cell::Text),
        _ => {
            return Err(format!(
                "column {i} is a {ty}: cast it to text or bigint in the test's SQL"
            ));
        }
    })
}

fn pg_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {} ({})", db.severity(), db.message(), db.code().code()),
        None => e.to_string(),
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

/// A parameter bound as the type the server inferred for its place, as roster's own `PgValue`
/// does (a flag is an integer wherever a BIGINT, an INT or a boolean is expected).
impl ToSql for Param {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self {
            Param::Null => Ok(IsNull::Yes),
            Param::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                _ => i.to_string().to_sql(ty, out),
            },
            Param::Text(t) => match *ty {
                Type::INT8 => t.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => t.parse::<i32>()?.to_sql(ty, out),
                Type::BYTEA => t.as_bytes().to_sql(ty, out),
                _ => t.as_str().to_sql(ty, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}
