//! `roster config apply FILE|PLAN`: plan, show, confirm, then one write transaction of the
//! same ops calls the plan rehearsed; invitations go through the outbox after the commit.
//! Confirmation: a terminal is always asked (as terraform does) unless `--yes`; off a terminal
//! only a plan that removes something needs `--yes` (SPEC §3: apply that removes is
//! destructive), so that CI can add and change without it.

use std::path::PathBuf;

use serde_json::json;

use crate::config_file::plan::{self, ChangeAction};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;

use super::common;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Confirmation: asked on a terminal unless --yes; off a terminal, \
                        a plan that removes anything needs --yes (exit 2 without).\n\
                        Exit codes: 0 applied or no changes, 3 a step is denied, 5 stale plan \
                        or conflict, 6 invalid file, 10 applied but mail failed."
)]
pub struct Args {
    /// A roster.toml, or a plan saved by `roster config plan --out`
    #[arg(value_name = "FILE|PLAN")]
    pub file: PathBuf,
    /// Queue the invitations without sending them (`roster outbox send` later)
    #[arg(long)]
    pub no_email: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let (file, saved) = common::load_input(&args.file)?;
    let actor = ctx.actor()?;
    if let Some(s) = &saved
        && s.actor != actor.as_str()
    {
        return Err(Error::conflict(format!(
            "{} was planned by {}, not {actor}: what is allowed depends on who applies it",
            args.file.display(),
            s.actor
        ))
        .with_hint("make your own plan with `roster config plan FILE --out PLAN`"));
    }
    let send_email = !args.no_email;
    let planned = common::rehearse(
        ctx,
        &file,
        saved.as_ref().map(|s| s.revision.as_str()),
        send_email,
    )?;
    if planned.is_empty() {
        return Ok(Report::text(planned.json(), planned.human()));
    }
    if !ctx.out.json() {
        ctx.out
            .print(&Report::text(serde_json::Value::Null, planned.human()));
    }
    if let Some(c) = planned.first_refused() {
        let e = c
            .error
            .clone()
            .unwrap_or_else(|| Error::internal("refused"));
        let mut err = Error::new(
            e.kind,
            format!(
                "`{}` is refused: {}; nothing was changed",
                c.title(),
                e.message
            ),
        );
        err.hint = e.hint;
        return Err(err);
    }
    let removes = planned.count(ChangeAction::Remove);
    if removes > 0 || ctx.interactive {
        ctx.confirm(
            &format!("Apply these changes to {}?", planned.workspace),
            &if removes > 0 {
                format!("`config apply` that removes {removes} thing(s)")
            } else {
                "`config apply`".to_string()
            },
        )?;
    }
    let run = common::settings(ctx, send_email)?;
    let batch = format!("apply-{}", &crate::ops::members::new_token().0[4..20]);
    let (done, applied) = ctx.store()?.write(|tx| {
        // Whatever committed while the plan was shown makes it stale.
        common::check_revision(tx, &file, &planned.revision)?;
        plan::apply(tx, &file, &run, &batch)
    })?;
    let mut data = done.json();
    data["applied"] = json!(true);
    data["batch_id"] = json!(batch);
    let report = Report::text(data, "").with_status(format!(
        "Apply complete: {} added, {} changed, {} removed.",
        done.count(ChangeAction::Create),
        done.count(ChangeAction::Update),
        done.count(ChangeAction::Remove)
    ));
    ctx.deliver(report, &applied.mail)
}
