//! Everything roster prints. Data goes to stdout as a table, JSON or CSV; talk (status lines,
//! hints, warnings) goes to stderr and `--quiet` silences it.

use std::io::{BufWriter, IsTerminal, Write};
use std::ops::ControlFlow;

use clap::ValueEnum;
use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// The global `--format`. `human` is another name for `table` (the text a person reads);
/// `github` (GitHub Actions workflow commands) is spoken by `config validate` only, and any
/// other command refuses it (exit 2) in `cli::dispatch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    #[value(alias = "human")]
    Table,
    Json,
    Csv,
    Github,
    /// Markdown for a pull-request comment (`config plan` only)
    Markdown,
}

/// A type that lists as rows of a table (and of CSV).
pub trait Tabular {
    fn headers() -> &'static [&'static str];
    fn row(&self) -> Vec<String>;
}

/// How the data of a report is shown to a person (JSON always uses `data`).
#[derive(Debug, Clone)]
pub enum View {
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Fields(Vec<(String, String)>),
    Text(String),
    Nothing,
}

/// The `--json` document of a report: a value, or a list already serialised straight from its
/// rows (long lists skip the intermediate `Value`: `workspace list` is benchmarked), or nothing
/// more to print: the command streamed its list to stdout as it read it (`Output::stream`).
#[derive(Debug, Clone)]
pub enum Json {
    Value(Value),
    Raw(String),
    Streamed,
}

impl Json {
    fn is_null(&self) -> bool {
        matches!(self, Json::Value(Value::Null))
    }
}

impl From<Value> for Json {
    fn from(v: Value) -> Json {
        Json::Value(v)
    }
}

/// What a command hands back: data for `--json`, a view for people, status lines for stderr and
/// an exit code (non-zero only for "done, but": 10 mail queued, 11 changes pending).
#[derive(Debug, Clone)]
pub struct Report {
    pub data: Json,
    pub view: View,
    pub status: Vec<String>,
    /// Commands for someone to copy and run (an invitation's accept command): a table never
    /// holds them, where a wrapped cell would add its borders to the copy. Printed after the
    /// table, each on a line of its own; in CSV, a `field,value` row of their own.
    pub commands: Vec<(String, String)>,
    pub exit: u8,
    /// "Done, but": the change stands and this error is reported (as JSON with `--json`,
    /// never silenced by `--quiet`), e.g. exit 10 when its email could not be delivered.
    pub error: Option<Error>,
}

impl Report {
    /// A list: a JSON array (`[]` when empty) and a table.
    pub fn list<T: Serialize + Tabular>(items: &[T]) -> Report {
        Report {
            data: Json::Raw(
                serde_json::to_string(items).expect("roster's own types always serialise"),
            ),
            view: View::Table {
                headers: T::headers().iter().map(|h| h.to_string()).collect(),
                rows: items.iter().map(Tabular::row).collect(),
            },
            status: Vec::new(),
            commands: Vec::new(),
            exit: 0,
            error: None,
        }
    }

    /// A long list in the one form `format` prints (JSON, or the table/CSV rows), so that
    /// 100,000 rows are not held twice.
    pub fn list_as<T: Serialize + Tabular>(format: Format, items: &[T]) -> Report {
        if format == Format::Json {
            return Report {
                data: Json::Raw(
                    serde_json::to_string(items).expect("roster's own types always serialise"),
                ),
                view: View::Nothing,
                status: Vec::new(),
                commands: Vec::new(),
                exit: 0,
                error: None,
            };
        }
        Report {
            data: Json::Raw(String::new()),
            view: View::Table {
                headers: T::headers().iter().map(|h| h.to_string()).collect(),
                rows: items.iter().map(Tabular::row).collect(),
            },
            status: Vec::new(),
            commands: Vec::new(),
            exit: 0,
            error: None,
        }
    }

    /// A list the command has already printed with `Output::stream`: only its status lines and
    /// exit code are left to report.
    pub fn streamed() -> Report {
        Report {
            data: Json::Streamed,
            view: View::Nothing,
            status: Vec::new(),
            commands: Vec::new(),
            exit: 0,
            error: None,
        }
    }

    /// One object: a JSON object and a two-column table of its fields.
    pub fn object<T: Serialize>(item: &T, fields: Vec<(&str, String)>) -> Report {
        Report {
            data: Json::Value(to_value(item)),
            view: View::Fields(
                fields
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect(),
            ),
            status: Vec::new(),
            commands: Vec::new(),
            exit: 0,
            error: None,
        }
    }

    pub fn text(data: Value, text: impl Into<String>) -> Report {
        Report {
            data: Json::Value(data),
            view: View::Text(text.into()),
            status: Vec::new(),
            commands: Vec::new(),
            exit: 0,
            error: None,
        }
    }

    /// The change stands, but `e` is reported and decides the exit code.
    pub fn failed(mut self, e: Error) -> Report {
        self.exit = e.exit_code();
        self.error = Some(e);
        self
    }

    pub fn with_status(mut self, line: impl Into<String>) -> Report {
        self.status.push(line.into());
        self
    }

    /// A command to copy (see `commands`), named by `label` where a format needs a name.
    pub fn with_command(mut self, label: &str, command: String) -> Report {
        self.commands.push((label.to_string(), command));
        self
    }
}

pub fn to_value<T: Serialize + ?Sized>(v: &T) -> Value {
    serde_json::to_value(v).expect("roster's own types always serialise")
}

pub fn yes_no(b: bool) -> String {
    if b { "yes".into() } else { "no".into() }
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
}

impl Output {
    pub fn new(format: Format, quiet: bool, no_color: bool) -> Output {
        let no_color = no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Output {
            format,
            quiet,
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    pub fn from_global(g: &crate::cli::Global) -> Output {
        Output::new(g.output_format(), g.quiet, g.no_color)
    }

    /// Print the outcome of a command and return its exit code.
    pub fn finish(&self, result: crate::error::Result<Report>) -> u8 {
        match result {
            Ok(report) => {
                self.print(&report);
                report.exit
            }
            Err(e) => {
                self.error(&e);
                e.exit_code()
            }
        }
    }

    pub fn json(&self) -> bool {
        self.format == Format::Json
    }

    /// A line of talk on stderr, unless `--quiet`.
    pub fn status(&self, line: &str) {
        if !self.quiet {
            eprintln!("{}", crate::domain::escape_keep_lines(line));
        }
    }

    pub fn print(&self, report: &Report) {
        let mut out = std::io::stdout().lock();
        // A closed pipe (`roster … | head`) is not an error worth a panic.
        let _ = match self.format {
            // Generated text (completions, the man page) has no JSON form: print it as is.
            Format::Json if report.data.is_null() => write!(out, "{}", self.human(&report.view)),
            // Indented for a person at a terminal, compact for a pipe (as gh does).
            Format::Json => match (&report.data, std::io::stdout().is_terminal()) {
                (Json::Streamed, _) => Ok(()),
                (Json::Raw(s), false) => writeln!(out, "{s}"),
                (Json::Raw(s), true) => match serde_json::from_str::<Value>(s)
                    .and_then(|v| serde_json::to_string_pretty(&v))
                {
                    Ok(text) => writeln!(out, "{text}"),
                    Err(_) => writeln!(out, "{s}"),
                },
                (Json::Value(v), false) => writeln!(out, "{v}"),
                (Json::Value(v), true) => {
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(v).unwrap_or_default()
                    )
                }
            },
            Format::Csv => match &report.view {
                View::Fields(fields) if !report.commands.is_empty() => {
                    let mut all = fields.clone();
                    all.extend(report.commands.iter().cloned());
                    write!(out, "{}", self.csv(&View::Fields(all)))
                }
                view => write!(out, "{}", self.csv(view)),
            },
            Format::Table | Format::Github | Format::Markdown => {
                let mut text = self.human(&report.view);
                for (_, command) in &report.commands {
                    text.push_str(&crate::domain::escape(command));
                    text.push('\n');
                }
                write!(out, "{text}")
            }
        };
        drop(out);
        for line in &report.status {
            self.status(line);
        }
        if let Some(e) = &report.error {
            self.error(e);
        }
    }

    /// Print a list as its rows are read, holding none of them: JSON as one array (indented at a
    /// terminal, compact in a pipe, byte for byte what `Report::list` prints), CSV, or a table.
    /// `rows` reads the list and hands each row to `emit` in order; it is called a second time
    /// for a table of more than `BIG_TABLE` rows (the first pass measures the columns). `emit`
    /// answers `Break` once stdout is closed (`roster … | head`): the rest need not be read.
    /// Returns how many rows the list had (as far as it was read).
    pub fn stream<T: Serialize + Tabular>(
        &self,
        mut rows: impl FnMut(Emit<'_, T>) -> Result<()>,
    ) -> Result<usize> {
        let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        // A closed pipe is not an error worth a panic or a message: the rows stop, and so does
        // the reading.
        let n = match self.format {
            Format::Json => json_rows(&mut out, std::io::stdout().is_terminal(), &mut rows)?,
            Format::Csv => csv_rows(&mut out, &mut rows)?,
            Format::Table | Format::Github | Format::Markdown => {
                self.table_rows(&mut out, &mut rows)?
            }
        };
        let _ = out.flush();
        Ok(n)
    }

    /// A table, streamed: up to `BIG_TABLE` rows are kept and drawn by comfy-table as
    /// `Report::list` would; past that the first pass only measures the columns and a second
    /// one draws `big_table`'s frame row by row.
    fn table_rows<T: Tabular>(
        &self,
        out: &mut impl Write,
        rows: &mut impl FnMut(Emit<'_, T>) -> Result<()>,
    ) -> Result<usize> {
        let headers: Vec<String> = T::headers().iter().map(|h| h.to_string()).collect();
        let mut frame = Frame::new(&headers);
        let mut kept = Vec::new();
        let mut n = 0;
        rows(&mut |row: &T| {
            let cells = row.row();
            frame.measure(&cells);
            n += 1;
            if n <= BIG_TABLE {
                kept.push(cells);
            } else if !kept.is_empty() {
                kept = Vec::new();
            }
            ControlFlow::Continue(())
        })?;
        if n <= BIG_TABLE {
            let _ = write!(
                out,
                "{}",
                self.human(&View::Table {
                    headers,
                    rows: kept
                })
            );
            return Ok(n);
        }
        if frame.top(out, &headers).is_err() {
            return Ok(n);
        }
        rows(&mut |row: &T| match frame.row(out, &row.row()) {
            Ok(()) => ControlFlow::Continue(()),
            Err(_) => ControlFlow::Break(()),
        })?;
        let _ = frame.bottom(out);
        Ok(n)
    }

    /// A view as a person sees it (tables, fields, text).
    pub fn human(&self, view: &View) -> String {
        match view {
            View::Table { headers, rows } => {
                if rows.is_empty() {
                    return String::new();
                }
                // A batch report of 100,000 rows: the same frame, drawn straight into the text
                // (comfy-table holds several copies of every cell).
                if rows.len() > BIG_TABLE {
                    return big_table(headers, rows);
                }
                let mut t = self.table();
                t.set_header(headers.iter().map(|h| self.header_cell(h)));
                // Stored text may predate the input checks: a terminal sees its controls escaped.
                for r in rows {
                    t.add_row(
                        r.iter()
                            .map(|c| crate::domain::escape_keep_lines(c).into_owned()),
                    );
                }
                format!("{t}\n")
            }
            View::Fields(fields) => {
                let mut t = self.table();
                for (k, v) in fields {
                    t.add_row(vec![
                        self.header_cell(k),
                        Cell::new(crate::domain::escape_keep_lines(v)),
                    ]);
                }
                format!("{t}\n")
            }
            View::Text(s) if s.ends_with('\n') || s.is_empty() => s.clone(),
            View::Text(s) => format!("{s}\n"),
            View::Nothing => String::new(),
        }
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !self.color {
            t.force_no_tty();
        }
        t
    }

    fn header_cell(&self, h: &str) -> Cell {
        let c = Cell::new(h);
        if self.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }

    pub fn csv(&self, view: &View) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = match view {
            View::Table { headers, rows } => w.write_record(headers).and_then(|_| {
                rows.iter()
                    .try_for_each(|r| w.write_record(r.iter().map(|c| csv_cell(c).into_owned())))
            }),
            View::Fields(fields) => w.write_record(["field", "value"]).and_then(|_| {
                fields.iter().try_for_each(|(k, v)| {
                    w.write_record([csv_cell(k).into_owned(), csv_cell(v).into_owned()])
                })
            }),
            View::Text(s) => w.write_record([csv_cell(s).into_owned()]),
            View::Nothing => Ok(()),
        };
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// Errors go to stderr: `error: …` and `hint: …`, or the JSON error document.
    pub fn error(&self, e: &Error) {
        if self.json() {
            eprintln!("{}", error_json(e));
        } else {
            // Messages quote input: what could drive the terminal is shown escaped.
            eprintln!("error: {}", crate::domain::escape_keep_lines(&e.message));
            if let Some(h) = &e.hint {
                eprintln!("hint: {}", crate::domain::escape_keep_lines(h));
            }
        }
    }
}

/// The `--json` error document as stderr should carry it: indented for a person at a
/// terminal, one line in a pipe (like the JSON on stdout).
pub fn error_json(e: &Error) -> String {
    let doc = e.to_json();
    if std::io::stderr().is_terminal() {
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    } else {
        doc.to_string()
    }
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell a spreadsheet shows as text: a value starting like a formula (one of
/// `= + - @`, a tab or a carriage return, followed by something) gets a leading `'` (OWASP's
/// rule). `member invite --from` drops that quote again, so an export re-imports. The tables'
/// placeholder for "none", a lone `-`, is an empty cell: CSV has its own way to say nothing.
pub fn csv_cell(v: &str) -> std::borrow::Cow<'_, str> {
    if v == "-" {
        std::borrow::Cow::Borrowed("")
    } else if looks_like_formula(v) {
        std::borrow::Cow::Owned(format!("'{v}"))
    } else {
        std::borrow::Cow::Borrowed(v)
    }
}

/// Starts with a formula character and goes on: a lone `-` or `@` is no formula.
fn looks_like_formula(v: &str) -> bool {
    let mut chars = v.chars();
    chars.next().is_some_and(|c| FORMULA_START.contains(&c)) && chars.next().is_some()
}

/// The value a neutralised CSV cell stood for (see `csv_cell`).
pub fn csv_uncell(v: &str) -> &str {
    match v.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => v,
    }
}

/// Past this many rows a table is drawn by `big_table`.
const BIG_TABLE: usize = 2_000;

/// A table in the frame comfy-table draws (UTF8_FULL_CONDENSED), without its per-cell layout:
/// columns as wide as their widest line, multi-line cells continued on the next lines.
fn big_table(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut frame = Frame::new(headers);
    for r in rows {
        frame.measure(r);
    }
    let mut out = Vec::new();
    let drawn = frame.top(&mut out, headers).and_then(|()| {
        rows.iter()
            .try_for_each(|r| frame.row(&mut out, r))
            .and_then(|()| frame.bottom(&mut out))
    });
    drawn.expect("writing to memory does not fail");
    String::from_utf8(out).expect("the frame is drawn from text")
}

/// The column widths of a `big_table`, known before its first row is drawn.
struct Frame {
    widths: Vec<usize>,
}

impl Frame {
    fn new(headers: &[String]) -> Frame {
        Frame {
            widths: headers.iter().map(|h| h.chars().count()).collect(),
        }
    }

    /// Widen the columns to fit a row's cells, as they will be drawn (controls escaped).
    fn measure(&mut self, row: &[String]) {
        for (w, c) in self.widths.iter_mut().zip(row) {
            for line in crate::domain::escape_keep_lines(c).lines() {
                *w = (*w).max(line.chars().count());
            }
        }
    }

    fn rule(
        &self,
        out: &mut impl Write,
        [left, fill, mid, right]: [&str; 4],
    ) -> std::io::Result<()> {
        out.write_all(left.as_bytes())?;
        for (i, w) in self.widths.iter().enumerate() {
            if i > 0 {
                out.write_all(mid.as_bytes())?;
            }
            out.write_all(fill.repeat(w + 2).as_bytes())?;
        }
        writeln!(out, "{right}")
    }

    fn line(&self, out: &mut impl Write, cols: &[&str]) -> std::io::Result<()> {
        out.write_all("│".as_bytes())?;
        for (i, (w, c)) in self.widths.iter().zip(cols).enumerate() {
            if i > 0 {
                out.write_all("┆".as_bytes())?;
            }
            let pad = w.saturating_sub(c.chars().count());
            write!(out, " {c}{:pad$} ", "")?;
        }
        writeln!(out, "│")
    }

    /// The top rule, the header and the rule under it.
    fn top(&self, out: &mut impl Write, headers: &[String]) -> std::io::Result<()> {
        self.rule(out, ["┌", "─", "┬", "┐"])?;
        let header: Vec<&str> = headers.iter().map(String::as_str).collect();
        self.line(out, &header)?;
        self.rule(out, ["╞", "═", "╪", "╡"])
    }

    /// One row: as many lines as its tallest cell.
    fn row(&self, out: &mut impl Write, row: &[String]) -> std::io::Result<()> {
        let cells: Vec<_> = row
            .iter()
            .map(|c| crate::domain::escape_keep_lines(c))
            .collect();
        let split: Vec<Vec<&str>> = cells.iter().map(|c| c.lines().collect()).collect();
        let height = split.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for i in 0..height {
            let cols: Vec<&str> = split
                .iter()
                .map(|l| l.get(i).copied().unwrap_or(""))
                .collect();
            self.line(out, &cols)?;
        }
        Ok(())
    }

    fn bottom(&self, out: &mut impl Write) -> std::io::Result<()> {
        self.rule(out, ["└", "─", "┴", "┘"])
    }
}

/// What a streamed list hands each row to (see `Output::stream`).
pub type Emit<'a, T> = &'a mut dyn FnMut(&T) -> ControlFlow<()>;

/// A JSON array and its newline, element by element: serde_json's own sequence, so the bytes
/// (indentation, `[]` when empty) are those of serialising the whole `Vec`.
fn json_rows<T: Serialize>(
    out: &mut impl Write,
    pretty: bool,
    rows: &mut impl FnMut(Emit<'_, T>) -> Result<()>,
) -> Result<usize> {
    let (n, whole) = if pretty {
        json_array(serde_json::Serializer::pretty(&mut *out), rows)?
    } else {
        json_array(serde_json::Serializer::new(&mut *out), rows)?
    };
    if whole {
        let _ = out.write_all(b"\n");
    }
    Ok(n)
}

/// The array of `json_rows`; false when stdout closed before its end.
fn json_array<T: Serialize, W: Write, F: serde_json::ser::Formatter>(
    mut ser: serde_json::Serializer<W, F>,
    rows: &mut impl FnMut(Emit<'_, T>) -> Result<()>,
) -> Result<(usize, bool)> {
    use serde::ser::{SerializeSeq, Serializer};
    let Ok(mut seq) = ser.serialize_seq(None) else {
        return Ok((0, false));
    };
    let mut n = 0;
    let mut open = true;
    rows(&mut |row: &T| {
        n += 1;
        open = seq.serialize_element(row).is_ok();
        if open {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    })?;
    Ok((n, open && seq.end().is_ok()))
}

/// CSV: the header, then one record per row, cells neutralised as `Output::csv` does.
fn csv_rows<T: Tabular>(
    out: &mut impl Write,
    rows: &mut impl FnMut(Emit<'_, T>) -> Result<()>,
) -> Result<usize> {
    let mut w = csv::Writer::from_writer(out);
    if w.write_record(T::headers()).is_err() {
        return Ok(0);
    }
    let mut n = 0;
    rows(&mut |row: &T| {
        n += 1;
        let cells = row.row();
        match w.write_record(cells.iter().map(|c| csv_cell(c).into_owned())) {
            Ok(()) => ControlFlow::Continue(()),
            Err(_) => ControlFlow::Break(()),
        }
    })?;
    let _ = w.flush();
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The big table's frame is comfy-table's, cell for cell (on a plain, colourless table).
    #[test]
    fn a_big_table_looks_like_a_small_one() {
        let headers: Vec<String> = ["EMAIL", "ROLE", "ACCOUNTS"].map(String::from).to_vec();
        let rows = vec![
            vec![
                "a@b.test".into(),
                "client".into(),
                "acme-fb (approves posts)\nacme-ig".into(),
            ],
            vec!["longer@brand.test".into(), "editor".into(), "-".into()],
        ];
        let out = Output::new(Format::Table, true, true);
        assert_eq!(
            big_table(&headers, &rows),
            out.human(&View::Table { headers, rows })
        );
    }

    #[derive(Serialize)]
    struct Member {
        email: String,
        accounts: Vec<String>,
        note: Option<String>,
    }

    impl Tabular for Member {
        fn headers() -> &'static [&'static str] {
            &["EMAIL", "ACCOUNTS", "NOTE"]
        }
        fn row(&self) -> Vec<String> {
            vec![
                self.email.clone(),
                self.accounts.join("\n"),
                self.note.clone().unwrap_or_default(),
            ]
        }
    }

    /// `n` members; some with two accounts (two lines), a formula-like or control-laden note.
    fn members(n: usize) -> Vec<Member> {
        (0..n)
            .map(|i| Member {
                email: format!("client{i}@brand.test"),
                accounts: (0..i % 3).map(|a| format!("acme-{a}")).collect(),
                note: match i % 4 {
                    0 => None,
                    1 => Some("=SUM(A1)".into()),
                    2 => Some("bell\u{7}, quote \"".into()),
                    _ => Some(String::new()),
                },
            })
            .collect()
    }

    /// The row source a command gives `stream`, over a Vec.
    fn source(items: &[Member]) -> impl FnMut(Emit<'_, Member>) -> Result<()> + '_ {
        move |emit| {
            for m in items {
                if emit(m).is_break() {
                    break;
                }
            }
            Ok(())
        }
    }

    /// Streamed, every format prints the bytes the in-memory `Report::list` printed.
    #[test]
    fn a_streamed_list_prints_what_the_whole_list_printed() {
        let out = Output::new(Format::Table, true, true);
        for n in [0, 1, 3, BIG_TABLE, BIG_TABLE + 1, BIG_TABLE + 7] {
            let items = members(n);
            let whole = Report::list(&items);
            for pretty in [false, true] {
                let mut streamed = Vec::new();
                let count = json_rows(&mut streamed, pretty, &mut source(&items)).unwrap();
                let text = if pretty {
                    serde_json::to_string_pretty(&items).unwrap()
                } else {
                    match &whole.data {
                        Json::Raw(s) => s.clone(),
                        _ => unreachable!(),
                    }
                };
                assert_eq!(String::from_utf8(streamed).unwrap(), format!("{text}\n"));
                assert_eq!(count, n);
            }
            let mut streamed = Vec::new();
            assert_eq!(csv_rows(&mut streamed, &mut source(&items)).unwrap(), n);
            assert_eq!(String::from_utf8(streamed).unwrap(), out.csv(&whole.view));
            let mut streamed = Vec::new();
            assert_eq!(
                out.table_rows(&mut streamed, &mut source(&items)).unwrap(),
                n
            );
            assert_eq!(String::from_utf8(streamed).unwrap(), out.human(&whole.view));
        }
    }

    /// A reader that goes away (a closed pipe) stops the rows: nothing more is read.
    #[test]
    fn a_closed_output_stops_the_reading() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let items = members(10);
        let out = Output::new(Format::Table, true, true);
        let mut read = 0;
        let mut counted = |emit: Emit<'_, Member>| {
            for m in &items {
                read += 1;
                if emit(m).is_break() {
                    break;
                }
            }
            Ok(())
        };
        json_rows(&mut Closed, false, &mut counted).unwrap();
        csv_rows(&mut Closed, &mut counted).unwrap();
        // Unbuffered, the first row already fails; csv buffers a few rows.
        assert!(read < 2 * items.len(), "{read} rows read");
        let many = members(BIG_TABLE + 1);
        let mut reads = 0;
        out.table_rows(&mut Closed, &mut |emit: Emit<'_, Member>| {
            reads += 1;
            for m in &many {
                if emit(m).is_break() {
                    break;
                }
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(reads, 1, "the frame could not be drawn: no second pass");
    }
}
