//! `roster config plan FILE [--exit-code] [--out PLAN]`: what `apply` would change, Terraform-
//! style, each change with `decide()`'s answer for the acting user (the ops are rehearsed in a
//! transaction that is rolled back); then who gains and loses which permission, and the file's
//! permission expectations checked on the planned state (exit 12 when one fails). `--out`
//! saves the plan with the database revision.

use std::path::PathBuf;

use serde_json::Value;

use crate::config_file::{self, review};
use crate::context::Ctx;
use crate::error::{ErrorKind, Result};
use crate::ops::access;
use crate::output::{Format, Report};

use super::common;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Formats: human (default), --json, --format github (annotations on failed \
                  expectations), --format markdown (one pull-request comment).\n\
                  Exit codes: 0 (with --exit-code: no changes), 11 changes pending \
                  (with --exit-code), 12 a permission expectation fails on the planned state, \
                  6 invalid file, 3/4 no access to the workspace."
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
    /// Leave out the effective-permission diff (who gains and loses what)
    #[arg(long)]
    pub no_permission_diff: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let (file, _, text) = config_file::load(&args.file)?;
    let name = args.file.display().to_string();
    let r = common::rehearse(ctx, &file, None, true, !args.no_permission_diff)?;
    let checked = common::expectations(&r.after, &file, &name, &text)?;
    let mut notes = Vec::new();
    let deltas = match &r.before {
        None => None,
        Some(before) => {
            let seen = before.seen.clone().union(&r.after.seen);
            if seen.audit || before.world.is_none() {
                Some(
                    access::diff(before.world.as_ref(), r.after.world.as_ref())
                        .into_iter()
                        .filter(|d| seen.shows(d))
                        .collect::<Vec<_>>(),
                )
            } else {
                notes.push(
                    "The permission diff is for owners and admins (audit.view); it is left out."
                        .to_string(),
                );
                None
            }
        }
    };
    let plan = &r.plan;
    let mut data = plan.json();
    data["permissions"] = deltas.as_deref().map_or(Value::Null, review::diff_json);
    data["expectations"] = checked.as_ref().map_or(Value::Null, |c| c.json());
    let mut human = plan.human();
    if let Some(ds) = &deltas {
        human.push_str(&review::diff_human(ds));
    }
    if let Some(c) = &checked {
        human.push('\n');
        if !c.ok() {
            human.push_str(&c.report.human());
        }
        human.push_str(&c.summary());
        human.push('\n');
    }
    let text_out = match ctx.out.format {
        Format::Markdown => review::markdown(plan, deltas.as_deref(), checked.as_ref()),
        Format::Github => {
            let mut t = human;
            if let Some(c) = &checked {
                t.push_str(&c.report.github());
            }
            t
        }
        _ => human,
    };
    let mut report = Report::text(data, text_out);
    for n in notes {
        report = report.with_status(n);
    }
    if let Some(out) = &args.out {
        common::save(ctx, plan, &args.file, &text, out)?;
        report = report.with_status(format!(
            "Saved the plan to {}; apply it with `roster config apply {}`.",
            out.display(),
            out.display()
        ));
    }
    if let Some(c) = checked.as_ref().filter(|c| !c.ok()) {
        return Ok(report.failed(common::expectations_failed(c)));
    }
    if args.exit_code && !plan.is_empty() {
        report.exit = ErrorKind::ChangesPending.exit_code();
    }
    Ok(report)
}
