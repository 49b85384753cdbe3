//! What `validate` finds: a diagnostic with a stable code, a message and the span of the value
//! it is about, rendered for people (rustc-like), for machines (JSON) and for GitHub Actions.

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use serde_json::json;

/// The stable codes of `roster config validate`; scripts and CI match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    TomlSyntax,
    UnknownField,
    MissingField,
    InvalidType,
    InvalidEmail,
    InvalidSlug,
    InvalidName,
    UnknownProvider,
    UnknownRole,
    UnknownMode,
    UnknownPosting,
    UnknownCredentials,
    OwnerAsMember,
    UnknownAccount,
    DuplicateAccount,
    DuplicateMember,
    DuplicateAssignment,
    ApproveOnNonClient,
    PostingOnNonEditor,
    CredentialsWithoutPosting,
    CanManagePostsOnNonClient,
    CanAddAccountsOnEditor,
    UnknownAction,
    UnknownMember,
    AccountNotApplicable,
    /// A permission expectation that `decide()` does not meet (`config plan|apply|check`).
    ExpectationFailed,
    /// The file could not be read at all.
    Unreadable,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::TomlSyntax => "toml-syntax",
            Code::UnknownField => "unknown-field",
            Code::MissingField => "missing-field",
            Code::InvalidType => "invalid-type",
            Code::InvalidEmail => "invalid-email",
            Code::InvalidSlug => "invalid-slug",
            Code::InvalidName => "invalid-name",
            Code::UnknownProvider => "unknown-provider",
            Code::UnknownRole => "unknown-role",
            Code::UnknownMode => "unknown-mode",
            Code::UnknownPosting => "unknown-posting",
            Code::UnknownCredentials => "unknown-credentials",
            Code::OwnerAsMember => "owner-as-member",
            Code::UnknownAccount => "unknown-account",
            Code::DuplicateAccount => "duplicate-account",
            Code::DuplicateMember => "duplicate-member",
            Code::DuplicateAssignment => "duplicate-assignment",
            Code::ApproveOnNonClient => "approve-on-non-client",
            Code::PostingOnNonEditor => "posting-on-non-editor",
            Code::CredentialsWithoutPosting => "credentials-without-posting",
            Code::CanManagePostsOnNonClient => "can-manage-posts-on-non-client",
            Code::CanAddAccountsOnEditor => "can-add-accounts-on-editor",
            Code::UnknownAction => "unknown-action",
            Code::UnknownMember => "unknown-member",
            Code::AccountNotApplicable => "account-not-applicable",
            Code::ExpectationFailed => "expectation-failed",
            Code::Unreadable => "unreadable",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file: 1-based line and column (in characters), 0-based byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    pub byte: usize,
}

impl Pos {
    /// The position of byte `byte` in `text` (clamped to the text, and to a char boundary).
    /// One-off: a scan from the top; for many positions in one text, use `Lines`.
    pub fn at(text: &str, byte: usize) -> Pos {
        Lines::new(text).pos(byte)
    }
}

/// Where each line of a text starts, so that a position costs a binary search and a count
/// of the characters before it on its line, not a scan from the top of the file (which made
/// a diagnostic per value quadratic in a long file).
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines { text, starts }
    }

    /// The position of byte `byte` (clamped to the text, and to a char boundary).
    pub fn pos(&self, byte: usize) -> Pos {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        // The number of lines that start at or before `byte` is its 1-based line.
        let line = self.starts.partition_point(|&s| s <= byte);
        let start = self.starts[line - 1];
        Pos {
            line,
            column: self.text[start..byte].chars().count() + 1,
            byte,
        }
    }

    /// Line `line` (1-based) without its line break, and the byte where it starts; empty past
    /// the end.
    pub fn line(&self, line: usize) -> (&'t str, usize) {
        let Some(&start) = line.checked_sub(1).and_then(|i| self.starts.get(i)) else {
            return ("", self.text.len());
        };
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        let text = &self.text[start..end];
        (text.strip_suffix('\r').unwrap_or(text), start)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub summary: String,
    /// The byte range of the value (or key, or table) the diagnostic is about.
    pub span: Range<usize>,
    pub start: Pos,
    pub end: Pos,
}

impl Diagnostic {
    /// An error about `span` of a text whose lines are `lines`.
    pub fn error(
        lines: &Lines<'_>,
        code: Code,
        span: Range<usize>,
        summary: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            summary: summary.into(),
            start: lines.pos(span.start),
            end: lines.pos(span.end.max(span.start)),
            span,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How many diagnostics of one code a file reports; the rest are only counted (`Omitted`), so
/// that a file repeating one mistake cannot make the report, or the memory that holds it,
/// grow with each repetition (a pull request must not be able to knock CI over).
pub const SHOWN_PER_CODE: usize = 100;

/// The characters of a source line the human format shows before and from the column; a
/// longer line is cut around it, `…` marking where it goes on.
const SHOWN_BEFORE: usize = 100;
const SHOWN_FROM: usize = 140;

/// The diagnostics of one code past the first `SHOWN_PER_CODE`: how many there were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Omitted {
    pub severity: Severity,
    #[serde(serialize_with = "code_str")]
    pub code: Code,
    pub count: usize,
}

fn code_str<S: serde::Serializer>(c: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

/// Diagnostics as a check finds them: the first `SHOWN_PER_CODE` of each code kept, the
/// others counted.
#[derive(Debug, Default)]
pub struct Found {
    pub diagnostics: Vec<Diagnostic>,
    counts: HashMap<(Code, Severity), usize>,
}

impl Found {
    /// Count one more diagnostic of `code`, and keep the one `make` builds while the code
    /// is under its cap (only then are its line and column worked out).
    pub fn add(&mut self, severity: Severity, code: Code, make: impl FnOnce() -> Diagnostic) {
        let n = self.counts.entry((code, severity)).or_insert(0);
        *n += 1;
        if *n <= SHOWN_PER_CODE {
            self.diagnostics.push(make());
        }
    }

    /// What was counted but not kept, by code.
    pub fn omitted(&self) -> Vec<Omitted> {
        let mut out: Vec<Omitted> = self
            .counts
            .iter()
            .filter(|(_, n)| **n > SHOWN_PER_CODE)
            .map(|(&(code, severity), n)| Omitted {
                severity,
                code,
                count: n - SHOWN_PER_CODE,
            })
            .collect();
        out.sort_by_key(|o| (o.code.as_str(), o.severity == Severity::Warning));
        out
    }
}

/// One checked file: its name as given and what was found in it.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub file: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Diagnostics found beyond `SHOWN_PER_CODE` of their code: counted, not listed.
    pub omitted: Vec<Omitted>,
}

impl Severity {
    fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl FileReport {
    /// Every error found, those past the cap included.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        let listed = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        let omitted: usize = self
            .omitted
            .iter()
            .filter(|o| o.severity == severity)
            .map(|o| o.count)
            .sum();
        listed + omitted
    }

    /// `roster.toml: 2 errors` or `roster.toml: valid`.
    pub fn summary(&self) -> String {
        match self.errors() {
            0 => format!("{}: valid", self.file),
            1 => format!("{}: 1 error", self.file),
            n => format!("{}: {n} errors", self.file),
        }
    }

    /// rustc-style: the message, ` --> file:line:col`, the source line (cut around the
    /// column when it is long) and carets; then a count of each code's diagnostics past the cap.
    pub fn human(&self) -> String {
        let lines = Lines::new(&self.text);
        let mut out = String::new();
        for d in &self.diagnostics {
            let sev = d.severity.word();
            out.push_str(&format!("{sev}[{}]: {}\n", d.code, d.summary));
            // A file that could not be read has no line to point at: name the file alone.
            if d.code == Code::Unreadable {
                out.push_str(&format!(" --> {}\n\n", self.file));
                continue;
            }
            let (line, col) = (d.start.line, d.start.column);
            out.push_str(&format!(" --> {}:{line}:{col}\n", self.file));
            let (source, line_start) = lines.line(line);
            let at = d.start.byte.saturating_sub(line_start).min(source.len());
            // Carets under the span on its first line (at least one).
            let end = if d.end.line == line {
                d.end.byte.saturating_sub(line_start).min(source.len())
            } else {
                source.len()
            };
            let (shown, indent, carets) = window(source, at, end);
            let pad = " ".repeat(line.to_string().len());
            out.push_str(&format!("{pad} |\n{line} | {shown}\n"));
            out.push_str(&format!("{pad} | {indent}{}\n\n", "^".repeat(carets)));
        }
        for o in &self.omitted {
            out.push_str(&format!(
                "{}[{}]: {} more in {}, not shown (the first {SHOWN_PER_CODE} of each code are)\n\n",
                o.severity.word(),
                o.code,
                o.count,
                self.file
            ));
        }
        out
    }

    /// GitHub Actions workflow commands, one per diagnostic, and one per code past the cap.
    pub fn github(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            if d.code == Code::Unreadable {
                out.push_str(&format!(
                    "::{} file={},title={}::{}\n",
                    d.severity.word(),
                    gh_property(&self.file),
                    gh_property(d.code.as_str()),
                    gh_data(&d.summary)
                ));
                continue;
            }
            out.push_str(&format!(
                "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                d.severity.word(),
                gh_property(&self.file),
                d.start.line,
                d.start.column,
                d.end.line,
                d.end.column,
                gh_property(d.code.as_str()),
                gh_data(&d.summary)
            ));
        }
        for o in &self.omitted {
            out.push_str(&format!(
                "::{} file={},title={}::{} more {} in this file, not shown (the first {SHOWN_PER_CODE} of each code are)\n",
                o.severity.word(),
                gh_property(&self.file),
                gh_property(o.code.as_str()),
                o.count,
                o.code,
            ));
        }
        out
    }

    fn json_diagnostics(&self) -> Vec<serde_json::Value> {
        self.diagnostics
            .iter()
            .map(|d| {
                json!({
                    "severity": d.severity,
                    "code": d.code.as_str(),
                    "summary": d.summary,
                    "file": self.file,
                    "range": {"start": d.start, "end": d.end},
                })
            })
            .collect()
    }

    fn json_omitted(&self) -> Vec<serde_json::Value> {
        self.omitted
            .iter()
            .map(|o| {
                json!({
                    "severity": o.severity,
                    "code": o.code.as_str(),
                    "file": self.file,
                    "count": o.count,
                })
            })
            .collect()
    }
}

/// A source line as shown under a diagnostic at byte `at` of it: at most `SHOWN_BEFORE`
/// characters before and `SHOWN_FROM` from there (`…` where the line is cut), the indentation
/// that puts a caret under `at` (tabs kept), and how many carets reach byte `end` (at least
/// one). Its cost is that of the window, however long the line.
fn window(source: &str, at: usize, end: usize) -> (String, String, usize) {
    let from = source[..at]
        .char_indices()
        .rev()
        .take(SHOWN_BEFORE)
        .last()
        .map_or(at, |(i, _)| i);
    let to = source[at..]
        .char_indices()
        .nth(SHOWN_FROM)
        .map_or(source.len(), |(i, _)| at + i);
    let mut shown = String::new();
    let mut indent = String::new();
    if from > 0 {
        shown.push('…');
        indent.push(' ');
    }
    shown.push_str(&source[from..to]);
    if to < source.len() {
        shown.push('…');
    }
    indent.extend(
        source[from..at]
            .chars()
            .map(|c| if c == '\t' { '\t' } else { ' ' }),
    );
    let carets = source[at..end.clamp(at, to)].chars().count().max(1);
    (shown, indent, carets)
}

/// The `--format json` document of a run over several files (versioned, like
/// `terraform validate -json`). `error_count` counts every error; `diagnostics` lists the
/// first `SHOWN_PER_CODE` of each code per file, and `omitted` how many more of each there were.
pub fn json_document(files: &[FileReport]) -> serde_json::Value {
    let errors: usize = files.iter().map(FileReport::errors).sum();
    let warnings: usize = files.iter().map(FileReport::warnings).sum();
    let diagnostics: Vec<serde_json::Value> = files
        .iter()
        .flat_map(FileReport::json_diagnostics)
        .collect();
    let omitted: Vec<serde_json::Value> = files.iter().flat_map(FileReport::json_omitted).collect();
    json!({
        "format_version": FORMAT_VERSION,
        "valid": errors == 0,
        "error_count": errors,
        "warning_count": warnings,
        "diagnostics": diagnostics,
        "omitted": omitted,
    })
}

/// The version of the `--format json` document: 1.1 added `omitted`.
pub const FORMAT_VERSION: &str = "1.1";

/// The message of a workflow command: `%`, CR and LF escaped.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property of a workflow command: also `:` and `,` escaped.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(
            Pos::at(text, 0),
            Pos {
                line: 1,
                column: 1,
                byte: 0
            }
        );
        let p = Pos::at(text, text.find('"').unwrap());
        assert_eq!((p.line, p.column), (2, 6));
        assert_eq!(Pos::at(text, 999).byte, text.len());
    }

    #[test]
    fn lines_give_positions_and_lines_without_breaks() {
        let text = "a = 1\r\nbé = \"x\"\n\nlast";
        let lines = Lines::new(text);
        for byte in 0..=text.len() + 3 {
            assert_eq!(lines.pos(byte), Pos::at(text, byte));
        }
        assert_eq!(
            lines.pos(text.find('"').unwrap()),
            Pos {
                line: 2,
                column: 6,
                byte: 13
            }
        );
        assert_eq!(lines.line(1), ("a = 1", 0));
        assert_eq!(lines.line(2), ("bé = \"x\"", 7));
        assert_eq!(lines.line(3), ("", 17));
        assert_eq!(lines.line(4), ("last", 18));
        assert_eq!(lines.line(5).0, "");
        assert_eq!(lines.line(0).0, "");
    }

    #[test]
    fn a_long_line_is_shown_cut_around_the_column() {
        // A short line is shown whole, the caret under the column, tabs kept in the indent.
        let (shown, indent, carets) = window("\tkey = \"é\"", 7, 11);
        assert_eq!(
            (shown.as_str(), indent.as_str(), carets),
            ("\tkey = \"é\"", "\t      ", 3)
        );
        // A long one: SHOWN_BEFORE characters before the column, SHOWN_FROM from it.
        let line = format!("{}<here>{}", "é".repeat(500), "x".repeat(500));
        let at = line.find('<').unwrap();
        let (shown, indent, carets) = window(&line, at, line.len());
        assert_eq!(shown.chars().count(), 1 + SHOWN_BEFORE + SHOWN_FROM + 1);
        assert!(shown.starts_with("…é") && shown.ends_with("x…"), "{shown}");
        assert_eq!(indent.chars().count(), 1 + SHOWN_BEFORE);
        let here = shown.find("<here>").unwrap();
        assert_eq!(shown[..here].chars().count(), indent.chars().count());
        assert_eq!(carets, SHOWN_FROM);
        // At the very start and the very end of a line.
        assert_eq!(window(&line, 0, 0).1, "");
        assert_eq!(window(&line, line.len(), line.len()).2, 1);
    }

    #[test]
    fn past_the_cap_a_code_is_counted_not_kept() {
        let lines = Lines::new("x");
        let mut found = Found::default();
        for _ in 0..SHOWN_PER_CODE + 7 {
            found.add(Severity::Error, Code::UnknownAccount, || {
                Diagnostic::error(&lines, Code::UnknownAccount, 0..1, "u")
            });
        }
        found.add(Severity::Error, Code::DuplicateMember, || {
            Diagnostic::error(&lines, Code::DuplicateMember, 0..1, "d")
        });
        assert_eq!(found.diagnostics.len(), SHOWN_PER_CODE + 1);
        let omitted = found.omitted();
        assert_eq!(
            omitted,
            vec![Omitted {
                severity: Severity::Error,
                code: Code::UnknownAccount,
                count: 7
            }]
        );
        let report = FileReport {
            file: "f.toml".into(),
            text: "x".into(),
            diagnostics: found.diagnostics,
            omitted,
        };
        assert_eq!(report.errors(), SHOWN_PER_CODE + 8);
        assert!(report.human().ends_with(
            "error[unknown-account]: 7 more in f.toml, not shown (the first 100 of each code are)\n\n"
        ));
        let doc = json_document(&[report]);
        assert_eq!(doc["error_count"], SHOWN_PER_CODE + 8);
        assert_eq!(doc["omitted"][0]["count"], 7);
    }

    #[test]
    fn github_escapes_data_and_properties() {
        assert_eq!(gh_data("50%\r\nx"), "50%25%0D%0Ax");
        assert_eq!(gh_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
