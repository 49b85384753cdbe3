//! The declarative `roster.toml` of SPEC §4: its model, the checks `config validate` runs with
//! line and column of every value, and its JSON Schema. No database is involved here.

mod diagnostic;
mod model;
mod schema;
mod validate;

use std::path::Path;

pub use diagnostic::{Code, Diagnostic, FileReport, Pos, Severity, json_document};
pub use model::{
    AccountConfig, AssignConfig, ConfigFile, MemberConfig, MemberRole, Mode, WorkspaceConfig,
};
pub use schema::schema_json;
pub use validate::check;

use crate::error::{Error, Result};

/// Check the bytes of a file named `file` (as the user wrote it): the model when it has no
/// error, and the report of everything found. Never panics, whatever the bytes.
pub fn check_bytes(file: &str, bytes: &[u8]) -> (Option<ConfigFile>, FileReport) {
    let (model, diagnostics, text) = match std::str::from_utf8(bytes) {
        Ok(text) => {
            let (model, diags) = check(text);
            (model, diags, text.to_string())
        }
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let at = e.valid_up_to();
            let d = Diagnostic::error(
                &text,
                Code::TomlSyntax,
                at..at + 1,
                format!("the file is not UTF-8 (invalid byte at offset {at})"),
            );
            (None, vec![d], text)
        }
    };
    let report = FileReport {
        file: file.to_string(),
        text,
        diagnostics,
    };
    (model, report)
}

/// Read and check a file. Unreadable files are reported as a diagnostic too, so that a run
/// over several files reports each.
pub fn check_path(path: &Path) -> (Option<ConfigFile>, FileReport) {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => check_bytes(&file, &bytes),
        Err(e) => {
            let d = Diagnostic::error(
                "",
                Code::Unreadable,
                0..0,
                format!("cannot read {file}: {e}"),
            );
            let report = FileReport {
                file,
                text: String::new(),
                diagnostics: vec![d],
            };
            (None, report)
        }
    }
}

/// The model of a valid file, with its warnings; a file with errors is invalid input (exit 6),
/// with the first error's place and message, and the command to see them all.
pub fn load(path: &Path) -> Result<(ConfigFile, Vec<Diagnostic>)> {
    let (model, report) = check_path(path);
    match model {
        Some(m) if report.errors() == 0 => Ok((m, report.diagnostics)),
        _ => {
            let first = report.diagnostics.iter().find(|d| d.is_error());
            let detail = first.map_or(String::new(), |d| {
                format!(
                    ": {}:{}:{}: {} [{}]",
                    report.file, d.start.line, d.start.column, d.summary, d.code
                )
            });
            Err(Error::invalid(format!(
                "{} is not a valid roster config ({}){detail}",
                report.file,
                match report.errors() {
                    1 => "1 error".to_string(),
                    n => format!("{n} errors"),
                }
            ))
            .with_hint(format!(
                "see them all with `roster config validate {}`",
                report.file
            )))
        }
    }
}
