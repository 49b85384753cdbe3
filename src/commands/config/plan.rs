//! `roster config plan FILE [--exit-code] [--out PLAN]`: what `apply` would change, Terraform-
//! style, each change with `decide()`'s answer for the acting user (the ops are rehearsed in a
//! transaction that is rolled back). `--out` saves the plan with the database revision.

use std::path::PathBuf;

use crate::config_file;
use crate::context::Ctx;
use crate::error::{ErrorKind, Result};
use crate::output::Report;

use super::common;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes: 0 (with --exit-code: no changes), 11 changes pending \
                        (with --exit-code), 6 invalid file, 3/4 no access to the workspace."
)]
pub struct Args {
    /// The roster.toml to compare with the database
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Exit 11 when there are changes, 0 when there are none
    #[arg(long)]
    pub exit_code: bool,
    /// Save the plan (JSON, 0600) for `roster config apply PLAN`
    #[arg(long, value_name = "PLAN")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let (file, _, text) = config_file::load(&args.file)?;
    let plan = common::rehearse(ctx, &file, None, true)?;
    let mut report = Report::text(plan.json(), plan.human());
    if let Some(out) = &args.out {
        common::save(ctx, &plan, &args.file, &text, out)?;
        report = report.with_status(format!(
            "Saved the plan to {}; apply it with `roster config apply {}`.",
            out.display(),
            out.display()
        ));
    }
    if args.exit_code && !plan.is_empty() {
        report.exit = ErrorKind::ChangesPending.exit_code();
    }
    Ok(report)
}
