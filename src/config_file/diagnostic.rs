//! What `validate` finds: a diagnostic with a stable code, a message and the span of the value
//! it is about, rendered for people (rustc-like), for machines (JSON) and for GitHub Actions.

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
            Code::Unreadable => "unreadable",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    pub fn at(text: &str, byte: usize) -> Pos {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let before = &text[..byte];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            byte,
        }
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
    pub fn error(text: &str, code: Code, span: Range<usize>, summary: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            summary: summary.into(),
            start: Pos::at(text, span.start),
            end: Pos::at(text, span.end.max(span.start)),
            span,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One checked file: its name as given and what was found in it.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub file: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// `roster.toml: 2 errors` or `roster.toml: valid`.
    pub fn summary(&self) -> String {
        match self.errors() {
            0 => format!("{}: valid", self.file),
            1 => format!("{}: 1 error", self.file),
            n => format!("{}: {n} errors", self.file),
        }
    }

    /// rustc-style: the message, ` --> file:line:col`, the source line and carets.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let sev = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            out.push_str(&format!("{sev}[{}]: {}\n", d.code, d.summary));
            let (line, col) = (d.start.line, d.start.column);
            out.push_str(&format!(" --> {}:{line}:{col}\n", self.file));
            if d.code == Code::Unreadable {
                out.push('\n');
                continue;
            }
            let source = self.text.lines().nth(line - 1).unwrap_or("");
            let width = line.to_string().len();
            let pad = " ".repeat(width);
            // Carets under the span on its first line (at least one).
            let carets = if d.end.line == line {
                d.end.column.saturating_sub(col).max(1)
            } else {
                source.chars().count().saturating_sub(col - 1).max(1)
            };
            let indent: String = source
                .chars()
                .take(col - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!("{pad} |\n{line} | {source}\n"));
            out.push_str(&format!("{pad} | {indent}{}\n\n", "^".repeat(carets)));
        }
        out
    }

    /// GitHub Actions workflow commands, one per diagnostic.
    pub fn github(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let cmd = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            out.push_str(&format!(
                "::{cmd} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                gh_property(&self.file),
                d.start.line,
                d.start.column,
                d.end.line,
                d.end.column,
                gh_property(d.code.as_str()),
                gh_data(&d.summary)
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
}

/// The `--format json` document of a run over several files (versioned, like
/// `terraform validate -json`).
pub fn json_document(files: &[FileReport]) -> serde_json::Value {
    let errors: usize = files.iter().map(FileReport::errors).sum();
    let warnings: usize = files.iter().map(FileReport::warnings).sum();
    let diagnostics: Vec<serde_json::Value> = files
        .iter()
        .flat_map(FileReport::json_diagnostics)
        .collect();
    json!({
        "format_version": "1.0",
        "valid": errors == 0,
        "error_count": errors,
        "warning_count": warnings,
        "diagnostics": diagnostics,
    })
}

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
    fn github_escapes_data_and_properties() {
        assert_eq!(gh_data("50%\r\nx"), "50%25%0D%0Ax");
        assert_eq!(gh_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
