//! `roster member invite --from FILE.csv|-`: invite everyone in a CSV file, all or nothing.
//! Every row is checked first (its shape, then in one transaction the same `invite_one` a single
//! invite runs: permissions, accounts, conflicts); any bad row and nothing is written, and every
//! bad row is reported with its line, column and reason.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::io::{IsTerminal, Read};
use std::path::Path;

use serde::Serialize;

use crate::context::Ctx;
use crate::domain::{AssignSpec, Email, MemberRole, Role};
use crate::error::{Error, ErrorKind, Result};
use crate::ops::Change;
use crate::ops::members::{InviteRequest, Lookups, invite_with};
use crate::output::{Report, Tabular};
use crate::store::memberships::Settings;

/// The batch file's columns, in order (also `member export`'s header).
pub const COLUMNS: [&str; 6] = [
    "email",
    "role",
    "can_add_accounts",
    "can_manage_posts",
    "require_2fa",
    "assign",
];

/// One row of the file, parsed.
struct Row {
    line: u64,
    req: InviteRequest,
}

/// A bad row: where, and why.
#[derive(Debug, Clone, Serialize)]
pub struct BadRow {
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// What kind of refusal this row is (a malformed row is invalid input).
    #[serde(skip)]
    pub kind: ErrorKind,
}

/// The result of one good row.
#[derive(Debug, Clone, Serialize)]
pub struct Done {
    pub line: u64,
    pub email: Email,
    pub role: Role,
    pub result: Change,
    /// Shown once, for rows that got a new token (also in their email unless --no-email).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl Tabular for Done {
    fn headers() -> &'static [&'static str] {
        &["LINE", "EMAIL", "ROLE", "RESULT"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.line.to_string(),
            self.email.to_string(),
            self.role.to_string(),
            format!("{:?}", self.result).to_lowercase(),
        ]
    }
}

impl Tabular for BadRow {
    fn headers() -> &'static [&'static str] {
        &["LINE", "COLUMN", "REASON"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.line.to_string(),
            self.column.clone().unwrap_or_default(),
            self.reason.clone(),
        ]
    }
}

fn read_input(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    let name = if path.as_os_str() == "-" {
        "the CSV on stdin".to_string()
    } else {
        path.display().to_string()
    };
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::invalid(format!("cannot read {name}: {e}")))?;
    } else {
        // A regular file only: a FIFO is refused at once (pipe the CSV in with `-` instead).
        bytes = crate::files::read_regular(path).map_err(|e| {
            Error::invalid(format!("cannot read {name}: {e}"))
                .with_hint("pass - to read the CSV from standard input")
        })?;
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Error::invalid(format!("{name} is not UTF-8 (line {line})"))
            .with_hint("save the file as UTF-8 (spreadsheets offer \"CSV UTF-8\")")
    })
}

fn boolean(raw: &str) -> std::result::Result<bool, String> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "false" | "no" | "0" => Ok(false),
        "true" | "yes" | "1" => Ok(true),
        other => Err(format!(
            "'{other}' is not a boolean; use true/false, yes/no, 1/0 or leave it empty"
        )),
    }
}

/// Parse the file: its header, then every row; all shape errors at once.
/// The line of a quoted field that is never closed (RFC 4180: a quote opens a field only at its
/// start; inside, `""` is a quote and `"` closes it), if there is one.
fn unterminated_quote(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let (mut line, mut i, mut at_start, mut open) = (1u64, 0usize, true, None::<u64>);
    while i < b.len() {
        let c = b[i];
        let newline = c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n'));
        if open.is_some() {
            if c == b'"' {
                if b.get(i + 1) == Some(&b'"') {
                    i += 2;
                    continue;
                }
                open = None;
                at_start = false;
            }
        } else {
            match c {
                b'"' if at_start => open = Some(line),
                b',' | b'\n' | b'\r' => at_start = true,
                _ => at_start = false,
            }
        }
        if newline {
            line += 1;
        }
        i += 1;
    }
    open
}

/// For the fuzz target: read a batch file's text as `member invite --from` does, returning
/// (valid rows, bad rows). Never panics.
pub fn check_text(text: &str) -> (usize, usize) {
    let mut bad = Vec::new();
    let mut good = 0;
    if let Some(mut rows) = Rows::open(text, true, &mut bad) {
        while rows.next_row(&mut bad).is_some() {
            good += 1;
        }
    }
    (good, bad.len())
}

/// The rows of a batch file, parsed one at a time as the transaction asks for them (so that a
/// file of a million rows is never held parsed); shape errors are reported as they are met.
struct Rows<'t> {
    text: &'t str,
    reader: csv::Reader<&'t [u8]>,
    record: csv::StringRecord,
    headers: Vec<String>,
    send_email: bool,
    /// Where line counting has reached (csv's own count skips blank lines).
    counted_to: usize,
    line_no: u64,
    /// The first line of each email seen, by a 128-bit hash of the address (two keyed
    /// SipHashes): a row names each email once.
    seen: HashMap<(u64, u64), u64>,
    keys: (
        std::collections::hash_map::RandomState,
        std::collections::hash_map::RandomState,
    ),
    /// Parsed `assign` cells: a file repeats a handful of them.
    assigns: HashMap<String, std::result::Result<Vec<AssignSpec>, Vec<String>>>,
}

impl<'t> Rows<'t> {
    /// Check the header (and that every quote closes); `None` when the file cannot be read on.
    fn open(text: &'t str, send_email: bool, bad: &mut Vec<BadRow>) -> Option<Rows<'t>> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|c| c.to_ascii_lowercase()).collect(),
            Err(e) => {
                bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line: 1,
                    column: None,
                    reason: format!("unreadable header: {e}"),
                    hint: None,
                });
                return None;
            }
        };
        let before = bad.len();
        for (i, h) in headers.iter().enumerate() {
            if headers[..i].contains(h) {
                bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line: 1,
                    column: Some(h.clone()),
                    reason: "duplicate column".into(),
                    hint: None,
                });
            } else if !COLUMNS.contains(&h.as_str()) {
                bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line: 1,
                    column: Some(h.clone()),
                    reason: format!("unknown column; the columns are {}", COLUMNS.join(",")),
                    hint: None,
                });
            }
        }
        for required in ["email", "role"] {
            if !headers.iter().any(|h| h == required) {
                bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line: 1,
                    column: Some(required.into()),
                    reason: "missing column".into(),
                    hint: None,
                });
            }
        }
        if bad.len() > before {
            return None;
        }
        // csv reads an unterminated quote as one field running to the end of the file; say what
        // it is rather than report the swallowed rows as a bad email.
        if let Some(line) = unterminated_quote(text) {
            bad.push(BadRow {
                kind: ErrorKind::Invalid,
                line,
                column: None,
                reason: format!(
                    "CSV syntax error: the quoted field opened on line {line} is never closed"
                ),
                hint: Some(
                    "close the quote; a quote inside a quoted field is written twice (\"\")".into(),
                ),
            });
            return None;
        }
        Some(Rows {
            text,
            reader,
            record: csv::StringRecord::new(),
            headers,
            send_email,
            counted_to: 0,
            line_no: 1,
            seen: HashMap::new(),
            keys: Default::default(),
            assigns: HashMap::new(),
        })
    }

    /// The physical line a record starts on: csv reports where the previous record ended, so
    /// blank lines in between are skipped here. Lines are counted on from the last record, once
    /// over the whole text.
    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.text.as_bytes();
        let mut at = (byte as usize).min(bytes.len());
        while at < bytes.len() && matches!(bytes[at], b'\n' | b'\r') {
            at += 1;
        }
        if at >= self.counted_to {
            // A line ends at "\n", "\r\n", or a lone "\r" (old Mac files).
            self.line_no += (self.counted_to..at)
                .filter(|&i| {
                    bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
                })
                .count() as u64;
            self.counted_to = at;
        }
        self.line_no
    }

    /// The next good row; every bad row met on the way is added to `bad`.
    fn next_row(&mut self, bad: &mut Vec<BadRow>) -> Option<Row> {
        loop {
            let record = match self.reader.read_record(&mut self.record) {
                Ok(true) => &self.record,
                Ok(false) => return None,
                Err(e) => {
                    let line = e.position().map_or(0, |p| self.line_at(p.byte()));
                    bad.push(BadRow {
                        kind: ErrorKind::Invalid,
                        line,
                        column: None,
                        reason: format!("unreadable row: {e}"),
                        hint: None,
                    });
                    continue;
                }
            };
            let pos = record.position().map_or(0, |p| p.byte());
            if record.iter().all(str::is_empty) {
                continue;
            }
            let line = self.line_at(pos);
            let record = &self.record;
            if record.len() > self.headers.len() {
                bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line,
                    column: None,
                    reason: format!(
                        "{} fields, but the header has {}",
                        record.len(),
                        self.headers.len()
                    ),
                    hint: None,
                });
                continue;
            }
            let headers = &self.headers;
            let get = |name: &str| {
                crate::output::csv_uncell(
                    headers
                        .iter()
                        .position(|h| h == name)
                        .and_then(|i| record.get(i))
                        .unwrap_or(""),
                )
            };
            let mut row_bad = Vec::new();
            let mut fail = |column: &str, reason: String| {
                row_bad.push(BadRow {
                    kind: ErrorKind::Invalid,
                    line,
                    column: Some(column.into()),
                    reason,
                    hint: None,
                })
            };
            let email = match get("email").parse::<Email>() {
                Ok(e) => Some(e),
                Err(why) => {
                    fail("email", why);
                    None
                }
            };
            let role = match <MemberRole as clap::ValueEnum>::from_str(get("role"), true) {
                Ok(r) => Some(Role::from(r)),
                Err(_) => {
                    fail(
                        "role",
                        if get("role").trim().eq_ignore_ascii_case("owner") {
                            "nobody is invited as owner (`workspace transfer` makes one); use client, editor or admin".to_string()
                        } else {
                            format!(
                                "'{}' is not a role; use client, editor or admin",
                                get("role")
                            )
                        },
                    );
                    None
                }
            };
            let mut flag = |name: &str| match boolean(get(name)) {
                Ok(b) => b,
                Err(why) => {
                    fail(name, why);
                    false
                }
            };
            let (can_add_accounts, can_manage_posts, require_2fa) = (
                flag("can_add_accounts"),
                flag("can_manage_posts"),
                flag("require_2fa"),
            );
            let cell = get("assign");
            let parsed = match self.assigns.get(cell) {
                Some(p) => p.clone(),
                None => {
                    let mut specs = Vec::new();
                    let mut whys = Vec::new();
                    for part in cell.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                        match part.parse::<AssignSpec>() {
                            Ok(a) => specs.push(a),
                            Err(why) => whys.push(why),
                        }
                    }
                    let p = if whys.is_empty() {
                        Ok(specs)
                    } else {
                        Err(whys)
                    };
                    // A file with a different cell on every row keeps none of them.
                    if self.assigns.len() < 1024 {
                        self.assigns.insert(cell.to_string(), p.clone());
                    }
                    p
                }
            };
            let assign = match parsed {
                Ok(specs) => specs,
                Err(whys) => {
                    for why in whys {
                        fail("assign", why);
                    }
                    Vec::new()
                }
            };
            if let Some(e) = &email {
                let key = (
                    self.keys.0.hash_one(e.as_str()),
                    self.keys.1.hash_one(e.as_str()),
                );
                match self.seen.get(&key) {
                    Some(first) => fail("email", format!("{e} is already on line {first}")),
                    None => {
                        self.seen.insert(key, line);
                    }
                }
            }
            let good = row_bad.is_empty();
            bad.append(&mut row_bad);
            if let (Some(email), Some(role), true) = (email, role, good) {
                return Some(Row {
                    line,
                    req: InviteRequest {
                        email,
                        role,
                        settings: Settings {
                            role,
                            can_add_accounts,
                            can_manage_posts,
                            require_2fa,
                        },
                        assign,
                        send_email: self.send_email,
                    },
                });
            }
        }
    }
}

pub fn run(
    ctx: &mut Ctx,
    path: &Path,
    dry_run: bool,
    send_email: bool,
    ttl: Option<time::Duration>,
) -> Result<Report> {
    let text = read_input(path)?;
    let mut bad = Vec::new();
    let mut rows = Rows::open(&text, send_email, &mut bad);
    let scope = ctx.scope()?;
    let now = ctx.now;
    let ttl = ttl.unwrap_or_else(|| ctx.config.invitation_ttl());
    // One id for every audit row of this file: 64 random bits.
    let batch = format!("batch-{}", &crate::ops::members::new_token().0[4..20]);
    // The rows are parsed as they are written: the bar counts the file's lines.
    let lines = text
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        .saturating_sub(1);
    let progress = indicatif::ProgressBar::new(lines as u64);
    if !std::io::stderr().is_terminal() || ctx.out.quiet {
        progress.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    // Rows, rate and time left, as the rows are checked and written.
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{msg} [{bar:30}] {human_pos}/{human_len} rows, {per_sec}, ETA {eta}",
    ) {
        progress.set_style(style.progress_chars("=> "));
    }
    progress.set_message(if dry_run { "checking" } else { "inviting" });
    // Every row goes through invite_with inside one transaction. A bad row is recorded and the
    // rest still checked, so that every bad row is reported; any bad row rolls it all back.
    let attempt = |tx: &crate::store::Tx<'_>,
                   rows: &mut Rows<'_>,
                   bad: &mut Vec<BadRow>|
     -> Result<Vec<(Done, Option<i64>)>> {
        let mut done = Vec::new();
        let scope = scope.reload(tx)?;
        // Accounts, what the actor holds, the actor's id: read once for every row.
        let mut look = Lookups::for_staged_batch();
        let mut failed = false;
        loop {
            let known = bad.len();
            let row = rows.next_row(bad);
            if bad.len() > known && !failed {
                // A malformed row: nothing will be written, and what is staged goes with the
                // rollback.
                failed = true;
                look.stop_staging();
            }
            let Some(row) = row else { break };
            progress.set_position(row.line.saturating_sub(1));
            // Rows run straight in the transaction while all is well: a bad row means nothing
            // is committed anyway. After the first bad row, each row runs in a savepoint, so
            // that what a failed row half-wrote cannot mislead the rows still to be checked
            // (and a brand-new member is only checked: see `Lookups::stop_staging`).
            let invited = if !failed {
                invite_with(&mut look, tx, &scope, &row.req, now, ttl, Some(&batch))
            } else {
                tx.savepoint(|tx| {
                    invite_with(&mut look, tx, &scope, &row.req, now, ttl, Some(&batch))
                })
            };
            match invited {
                Ok(i) => {
                    done.push((
                        Done {
                            line: row.line,
                            email: i.email,
                            role: i.role,
                            result: i.result,
                            token: i.token,
                        },
                        i.mail,
                    ));
                }
                Err(e) if matches!(e.kind, ErrorKind::Storage | ErrorKind::Internal) => {
                    return Err(e);
                }
                // A broken database constraint is a bug, not a bad row.
                Err(e)
                    if e.message
                        .starts_with("the change breaks a database constraint") =>
                {
                    return Err(Error::internal(e.message));
                }
                Err(e) => {
                    if !failed {
                        failed = true;
                        // Nothing will be written: what is staged goes with the rollback.
                        look.stop_staging();
                    }
                    bad.push(BadRow {
                        kind: e.kind,
                        line: row.line,
                        column: e.field.map(str::to_string),
                        reason: e.message,
                        hint: e.hint,
                    });
                }
            }
        }
        if !failed {
            // The staged new members, written by the set; their queued emails by address.
            let mails: HashMap<Email, i64> = look
                .finish(tx, &scope, now, ttl, Some(&batch))?
                .into_iter()
                .collect();
            if !mails.is_empty() {
                for (d, mail) in &mut done {
                    if mail.is_none() {
                        *mail = mails.get(&d.email).copied();
                    }
                }
            }
        }
        Ok(done)
    };
    let mut outcome: Option<Vec<(Done, Option<i64>)>> = None;
    // A file whose header is bad has no rows to check.
    let result = match rows.as_mut() {
        None => Ok(Vec::new()),
        Some(rows) => {
            let store = ctx.store()?;
            if dry_run {
                store.rehearse(|tx| attempt(tx, rows, &mut bad))
            } else {
                store.write(|tx| {
                    let done = attempt(tx, rows, &mut bad)?;
                    if !bad.is_empty() {
                        // Nothing is written when any row is bad: roll everything back.
                        return Err(Error::new(ErrorKind::Invalid, "batch rolled back"));
                    }
                    Ok(done)
                })
            }
        }
    };
    progress.finish_and_clear();
    match result {
        Ok(done) => outcome = Some(done),
        Err(e) if e.kind == ErrorKind::Invalid && e.message == "batch rolled back" => {}
        Err(e) => return Err(e),
    }
    if !bad.is_empty() {
        bad.sort_by_key(|b| b.line);
        let n = bad.len();
        let mut r = Report::list(&bad);
        // When every bad row is refused for the same kind of reason (all permission denials,
        // say), the exit code says so; a mix is invalid input.
        let kind = match bad[0].kind {
            k if bad.iter().all(|b| b.kind == k) => k,
            _ => ErrorKind::Invalid,
        };
        r = r.failed(
            Error::new(
                kind,
                format!(
                    "{n} problem(s) in {}: nothing was written",
                    if path.as_os_str() == "-" {
                        "the CSV on stdin".to_string()
                    } else {
                        path.display().to_string()
                    }
                ),
            )
            .with_hint("fix every row listed (line, column, reason) and run the file again"),
        );
        return Ok(r);
    }
    let done = outcome.unwrap_or_default();
    let mails: Vec<i64> = done.iter().filter_map(|(_, m)| *m).collect();
    let out = ctx.out;
    if dry_run {
        return Ok(batch_report(out, done, true, send_email, &[]));
    }
    ctx.deliver_then(&mails, |tokens| {
        batch_report(out, done, false, send_email, tokens)
    })
}

/// A row of the table (and CSV) when no email carries the new tokens: they are shown here.
#[derive(Serialize)]
struct WithToken<'a>(&'a Done);

impl Tabular for WithToken<'_> {
    fn headers() -> &'static [&'static str] {
        &["LINE", "EMAIL", "ROLE", "RESULT", "TOKEN"]
    }
    fn row(&self) -> Vec<String> {
        let mut cells = self.0.row();
        cells.push(self.0.token.clone().unwrap_or_default());
        cells
    }
}

/// The per-row report, printed as it goes: each new token shown once — in the table without
/// email, or (from the emails delivered in this run) in the JSON rows.
fn batch_report(
    out: crate::output::Output,
    done: Vec<(Done, Option<i64>)>,
    dry_run: bool,
    send_email: bool,
    tokens: &[(i64, String)],
) -> Report {
    let minted: HashMap<i64, &String> = tokens.iter().map(|(id, t)| (*id, t)).collect();
    // A rehearsal's tokens were never stored: none is shown.
    let rows: Vec<Done> = done
        .into_iter()
        .map(|(d, mail)| {
            if dry_run {
                Done { token: None, ..d }
            } else {
                let minted = mail.and_then(|m| minted.get(&m)).map(|t| t.to_string());
                Done {
                    token: d.token.or(minted),
                    ..d
                }
            }
        })
        .collect();
    let count = |o: Change| rows.iter().filter(|d| d.result == o).count();
    let summary = format!(
        "{}{} created, {} updated, {} unchanged.",
        if dry_run {
            "Dry run, nothing written: "
        } else {
            ""
        },
        count(Change::Created),
        count(Change::Updated),
        count(Change::Unchanged)
    );
    let any_token = rows.iter().any(|d| d.token.is_some());
    // No email carries them: the tokens are shown in the table, once.
    let token_column = any_token && !send_email && out.format != crate::output::Format::Json;
    // Rows already in memory cannot fail to be read.
    let _ = if token_column {
        out.stream::<WithToken<'_>>(|emit| {
            for d in &rows {
                if emit(&WithToken(d)).is_break() {
                    break;
                }
            }
            Ok(())
        })
    } else {
        out.stream::<Done>(|emit| {
            for d in &rows {
                if emit(d).is_break() {
                    break;
                }
            }
            Ok(())
        })
    };
    let mut report = Report::streamed().with_status(summary);
    if any_token && send_email {
        report = report.with_status("Each new invitation's token is in its email.");
    } else if token_column {
        report = report.with_status("No emails were sent: each new token is shown here, once.");
    }
    report
}

#[cfg(test)]
mod fuzz {
    //! The CSV reader never panics, whatever the bytes (issue 13; proptest keeps it in CI).
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_text_parses_without_panic(text in any::<String>()) {
            let _ = super::check_text(&text);
        }

        #[test]
        fn csv_shaped_text_parses_without_panic(
            rows in prop::collection::vec(
                prop::collection::vec("[a-z@.\"',;:\\r\\n =+-]{0,12}", 0..8),
                0..12,
            )
        ) {
            let mut text = String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
            for r in rows {
                text.push_str(&r.join(","));
                text.push('\n');
            }
            let _ = super::check_text(&text);
            let _ = super::unterminated_quote(&text);
        }
    }
}
