//! Everything roster prints. Data goes to stdout as a table, JSON or CSV; talk (status lines,
//! hints, warnings) goes to stderr and `--quiet` silences it.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::Error;

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
/// rows (long lists skip the intermediate `Value`: `workspace list` is benchmarked).
#[derive(Debug, Clone)]
pub enum Json {
    Value(Value),
    Raw(String),
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
            exit: 0,
            error: None,
        }
    }

    pub fn text(data: Value, text: impl Into<String>) -> Report {
        Report {
            data: Json::Value(data),
            view: View::Text(text.into()),
            status: Vec::new(),
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
            Format::Json => {
                let pretty = std::io::stdout().is_terminal();
                let text = match (&report.data, pretty) {
                    (Json::Raw(s), false) => s.clone(),
                    (Json::Raw(s), true) => serde_json::from_str::<Value>(s)
                        .and_then(|v| serde_json::to_string_pretty(&v))
                        .unwrap_or_else(|_| s.clone()),
                    (Json::Value(v), false) => v.to_string(),
                    (Json::Value(v), true) => serde_json::to_string_pretty(v).unwrap_or_default(),
                };
                writeln!(out, "{text}")
            }
            Format::Csv => write!(out, "{}", self.csv(&report.view)),
            Format::Table | Format::Github => write!(out, "{}", self.human(&report.view)),
        };
        drop(out);
        for line in &report.status {
            self.status(line);
        }
        if let Some(e) = &report.error {
            self.error(e);
        }
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

/// A CSV cell a spreadsheet shows as text: a value starting like a formula gets a leading `'`
/// (OWASP's rule). `member invite --from` drops that quote again, so an export re-imports.
pub fn csv_cell(v: &str) -> std::borrow::Cow<'_, str> {
    if v.starts_with(FORMULA_START) {
        std::borrow::Cow::Owned(format!("'{v}"))
    } else {
        std::borrow::Cow::Borrowed(v)
    }
}

/// The value a neutralised CSV cell stood for (see `csv_cell`).
pub fn csv_uncell(v: &str) -> &str {
    match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => v,
    }
}

/// Past this many rows a table is drawn by `big_table`.
const BIG_TABLE: usize = 2_000;

/// A table in the frame comfy-table draws (UTF8_FULL_CONDENSED), without its per-cell layout:
/// columns as wide as their widest line, multi-line cells continued on the next lines.
fn big_table(headers: &[String], rows: &[Vec<String>]) -> String {
    let cells = |r: &[String]| -> Vec<String> {
        r.iter()
            .map(|c| crate::domain::escape_keep_lines(c).into_owned())
            .collect()
    };
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            for line in c.lines() {
                *w = (*w).max(line.chars().count());
            }
        }
    }
    let rule = |left: &str, fill: &str, mid: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| fill.repeat(w + 2)).collect();
        format!("{left}{}{right}\n", parts.join(mid))
    };
    let line = |cols: &[&str]| {
        let parts: Vec<String> = widths
            .iter()
            .zip(cols)
            .map(|(w, c)| format!(" {c}{} ", " ".repeat(w - c.chars().count())))
            .collect();
        format!("│{}│\n", parts.join("┆"))
    };
    let mut out = rule("┌", "─", "┬", "┐");
    let header: Vec<&str> = headers.iter().map(String::as_str).collect();
    out.push_str(&line(&header));
    out.push_str(&rule("╞", "═", "╪", "╡"));
    for r in rows {
        let r = cells(r);
        let split: Vec<Vec<&str>> = r.iter().map(|c| c.lines().collect()).collect();
        let height = split.iter().map(|l| l.len()).max().unwrap_or(1).max(1);
        for i in 0..height {
            let cols: Vec<&str> = split
                .iter()
                .map(|l| l.get(i).copied().unwrap_or(""))
                .collect();
            out.push_str(&line(&cols));
        }
    }
    out.push_str(&rule("└", "─", "┴", "┘"));
    out
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
}
