//! `roster config check FILE`: the permission expectations of a roster.toml against the
//! database as it is now (no plan: the rest of the file is not compared), for cron and CI —
//! when someone changed a member by hand, it says which expectation broke (exit 12).

use std::path::PathBuf;

use serde_json::json;

use crate::config_file;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Format, Report};

use super::common;

#[derive(Debug, clap::Args)]
#[command(after_help = "Formats: human (default), --json, --format github.\n\
                  Exit codes: 0 every expectation holds, 12 one fails, 6 invalid file, \
                  3 not an owner or admin, 4 no such workspace.")]
pub struct Args {
    /// The roster.toml whose [[expect]] and [[expect_who]] to check
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let (file, _, text) = config_file::load(&args.file)?;
    let name = args.file.display().to_string();
    ctx.global.workspace = Some(file.workspace.slug.clone());
    ctx.scope()?;
    let run = common::settings(ctx, false)?;
    let judged = ctx
        .store()?
        .read(|tx| common::Judged::of(tx, &file, &run))?;
    let Some(checked) = common::expectations(&judged, &file, &name, &text)? else {
        return Err(Error::invalid(format!(
            "{name} has no [[expect]] or [[expect_who]] to check"
        ))
        .with_hint("see `roster config export --expectations` for the ones that hold now"));
    };
    let mut text_out = String::new();
    if !checked.ok() {
        text_out.push_str(&match ctx.out.format {
            Format::Github => checked.report.github(),
            _ => checked.report.human(),
        });
    }
    text_out.push_str(&checked.summary());
    text_out.push('\n');
    let data = json!({
        "format_version": crate::config_file::plan::FORMAT_VERSION,
        "workspace": file.workspace.slug,
        "expectations": checked.json(),
    });
    let report = Report::text(data, text_out);
    if !checked.ok() {
        return Ok(report.failed(common::expectations_failed(&checked)));
    }
    Ok(report)
}
