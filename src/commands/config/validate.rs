//! `roster config validate FILE...`: every error of every file at once, with file:line:col and
//! a stable code, as rustc-like text (`--format human`, the default), one JSON document
//! (`--format json` / `--json`) or GitHub workflow commands (`--format github`). Exit 6 when
//! any file has an error. It never opens the database.

use std::path::PathBuf;

use crate::config_file::{self, FileReport};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Format, Json, Report, View};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Formats: --format human (default), --format json (or --json), --format github.\n\
                        Exit codes: 0 every file is valid, 6 some file has an error."
)]
pub struct Args {
    /// The roster.toml files to check
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let reports: Vec<FileReport> = args
        .files
        .iter()
        .map(|p| config_file::check_path(p).1)
        .collect();
    let text: String = match ctx.out.format {
        Format::Github => reports.iter().map(FileReport::github).collect(),
        _ => reports.iter().map(FileReport::human).collect(),
    };
    let mut report = Report {
        data: Json::Value(config_file::json_document(&reports)),
        view: View::Text(text),
        status: reports.iter().map(FileReport::summary).collect(),
        commands: Vec::new(),
        exit: 0,
        error: None,
    };
    let invalid = reports.iter().filter(|r| r.errors() > 0).count();
    if invalid > 0 {
        let errors: usize = reports.iter().map(FileReport::errors).sum();
        let msg = if reports.len() == 1 {
            format!(
                "{} is invalid: {}",
                reports[0].file,
                plural(errors, "error")
            )
        } else {
            format!(
                "{invalid} of {} files are invalid: {}",
                reports.len(),
                plural(errors, "error")
            )
        };
        report = report.failed(Error::invalid(msg));
    }
    Ok(report)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
