//! The declarative `roster.toml` of SPEC §4: its model, the checks `config validate` runs with
//! line and column of every value, its JSON Schema (no database for those), and the plan,
//! apply and export that compare it with a workspace through the ops and the store.

mod diagnostic;
pub mod expect;
pub mod export;
mod model;
pub mod plan;
pub mod review;
mod schema;
mod validate;

use std::path::Path;

pub use diagnostic::{
    Code, Diagnostic, FileReport, Lines, Omitted, Pos, SHOWN_PER_CODE, Severity, json_document,
};
pub use model::{
    AccountConfig, AssignConfig, ConfigFile, ExpectConfig, ExpectWhoConfig, MemberConfig,
    MemberRole, Mode, WorkspaceConfig,
};
pub use schema::schema_json;
pub use validate::check;

use crate::error::{Error, Result};

/// Check the bytes of a file named `file` (as the user wrote it): the model when it has no
/// error, and the report of everything found. Never panics, whatever the bytes.
pub fn check_bytes(file: &str, bytes: &[u8]) -> (Option<ConfigFile>, FileReport) {
    let (model, diagnostics, omitted, text) = match std::str::from_utf8(bytes) {
        Ok(text) => {
            let (model, diags, omitted) = check(text);
            (model, diags, omitted, text.to_string())
        }
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let at = e.valid_up_to();
            let d = Diagnostic::error(
                &Lines::new(&text),
                Code::TomlSyntax,
                at..at + 1,
                format!("the file is not UTF-8 (invalid byte at offset {at})"),
            );
            (None, vec![d], Vec::new(), text)
        }
    };
    let report = FileReport {
        file: file.to_string(),
        text,
        diagnostics,
        omitted,
    };
    (model, report)
}

/// Read and check a file. Unreadable files are reported as a diagnostic too, so that a run
/// over several files reports each.
pub fn check_path(path: &Path) -> (Option<ConfigFile>, FileReport) {
    let file = path.display().to_string();
    // Only a regular file: a FIFO (or /dev/stdin on a pipe) is refused at once, not waited on.
    match crate::files::read_regular(path) {
        Ok(bytes) => check_bytes(&file, &bytes),
        Err(e) => {
            let d = Diagnostic::error(
                &Lines::new(""),
                Code::Unreadable,
                0..0,
                format!("cannot read {file}: {e}"),
            );
            let report = FileReport {
                file,
                text: String::new(),
                diagnostics: vec![d],
                omitted: Vec::new(),
            };
            (None, report)
        }
    }
}

/// The model of a valid file, with its warnings and the text they were read from (read once:
/// a second read could meet another file); a file with errors is invalid input (exit 6), with
/// the first error's place and message, and the command to see them all.
pub fn load(path: &Path) -> Result<(ConfigFile, Vec<Diagnostic>, String)> {
    valid(check_path(path))
}

/// `load` of bytes already read (`config apply` reads a file once to tell a plan from a
/// config), named `file` in its messages.
pub fn load_bytes(file: &str, bytes: &[u8]) -> Result<(ConfigFile, Vec<Diagnostic>, String)> {
    valid(check_bytes(file, bytes))
}

fn valid(
    (model, report): (Option<ConfigFile>, FileReport),
) -> Result<(ConfigFile, Vec<Diagnostic>, String)> {
    match model {
        Some(m) if report.errors() == 0 => Ok((m, report.diagnostics, report.text)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VALID: &str = r#"
[workspace]
slug = "acme"
name = "Acme Agency"
owner = "owner@acme.test"

[[accounts]]
slug = "acme-fb"
provider = "facebook"
name = "Acme Page"

[[members]]
email = "Client@Brand.test"
role = "client"
can_manage_posts = true
assign = [{ account = "acme-fb", approve = true }]
"#;

    #[test]
    fn a_valid_file_becomes_the_model() {
        let (model, report) = check_bytes("roster.toml", VALID.as_bytes());
        assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
        let m = model.expect("a model");
        assert_eq!(m.workspace.mode, Mode::Additive);
        assert!(!m.workspace.require_2fa);
        assert_eq!(m.members[0].email.as_str(), "client@brand.test");
        assert_eq!(m.members[0].role, MemberRole::Client);
        let a = &m.members[0].assign[0];
        assert!(a.approve);
        assert_eq!((a.posting, a.credentials), (None, None));
    }

    #[test]
    fn load_refuses_an_invalid_file_with_its_first_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("roster.toml");
        std::fs::write(
            &path,
            VALID.replace("acme-fb\", approve", "acme-tw\", approve"),
        )
        .unwrap();
        let e = load(&path).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(
            e.message.contains(":16:23: assign names account 'acme-tw'"),
            "{}",
            e.message
        );
        std::fs::write(&path, VALID).unwrap();
        let (m, warnings, _) = load(&path).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(m.accounts.len(), 1);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_a_syntax_error() {
        let (model, report) = check_bytes("x.toml", b"[workspace]\nslug = \"\xff\"\n");
        assert!(model.is_none());
        assert_eq!(report.diagnostics[0].code, Code::TomlSyntax);
        assert_eq!(report.diagnostics[0].start.line, 2);
    }

    /// Every rendering of every diagnostic, so that none of them can panic either.
    fn render_all(report: &FileReport) {
        let _ = report.human();
        let _ = report.github();
        let _ = report.summary();
        let _ = json_document(std::slice::from_ref(report));
    }

    /// Fragments of roster.toml, shuffled into documents that parse more often than noise.
    fn toml_ish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("[workspace]\n".to_string()),
            Just("[[accounts]]\n".to_string()),
            Just("[[members]]\n".to_string()),
            Just("[[members.assign]]\n".to_string()),
            Just("slug = \"acme\"\n".to_string()),
            Just("owner = \"o@a.test\"\n".to_string()),
            Just("email = \"o@a.test\"\n".to_string()),
            Just("role = \"client\"\n".to_string()),
            Just(
                "assign = [{ account = \"acme\", approve = true, credentials = \"owner\" }]\n"
                    .to_string()
            ),
            Just("posting = \"review\"\n".to_string()),
            Just("can_manage_posts = true\n".to_string()),
            "[a-z_]{1,8} = (\"[^\"\\\\\n]{0,6}\"|[0-9]{1,3}|true|\\[\\])\n",
            "\\PC{0,12}",
        ];
        prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let (_, report) = check_bytes("fuzz.toml", &bytes);
            render_all(&report);
        }

        #[test]
        fn never_panics_on_strings(text in "\\PC{0,200}") {
            let (_, report) = check_bytes("fuzz.toml", text.as_bytes());
            render_all(&report);
        }

        #[test]
        fn never_panics_on_toml_ish_text(text in toml_ish()) {
            let (model, report) = check_bytes("fuzz.toml", text.as_bytes());
            render_all(&report);
            // A model only for a file without errors, and errors always with a model-less file.
            prop_assert_eq!(model.is_some(), report.errors() == 0);
        }
    }
}
