//! `roster config apply FILE|PLAN`: plan, show, confirm, then one write transaction of the
//! same ops calls the plan rehearsed; invitations go through the outbox after the commit.
//! Off a terminal (or with --yes) nothing is asked, so the plan is computed and made in that
//! one transaction: a refusal rolls it back, and apply costs one pass over the steps.
//! Confirmation: a terminal is always asked (as terraform does) unless `--yes`; off a terminal
//! only a plan that removes something needs `--yes` (SPEC §3: apply that removes is
//! destructive), so that CI can add and change without it.

use std::path::PathBuf;

use serde_json::json;

use crate::config_file::plan::{self, ChangeAction};
use crate::context::Ctx;
use crate::error::{Error, ErrorKind, Result};
use crate::output::Report;

use super::common;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Confirmation: asked on a terminal unless --yes; off a terminal, \
                        a plan that removes anything needs --yes (exit 2 without).\n\
                        Exit codes: 0 applied or no changes, 3 a step is denied, 5 stale or edited plan \
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
    let (file, saved, text) = common::load_input(&args.file)?;
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
    // Where the expectations stand, for their line and caret.
    let name = match &saved {
        Some(s) => s.config_path.clone(),
        None => args.file.display().to_string(),
    };
    let saved_revision = saved.as_ref().map(|s| s.revision.clone());
    // On a terminal the plan is rehearsed and shown first, and the write lock is not held
    // while the question waits for an answer.
    let mut expected = saved_revision;
    if ctx.interactive && !ctx.global.yes {
        let rehearsed = common::rehearse(ctx, &file, expected.as_deref(), send_email, false)?;
        let planned = rehearsed.plan;
        if let Some(s) = &saved {
            common::check_digest(s, &args.file, &actor, &planned)?;
        }
        if let Some(c) = common::expectations(&rehearsed.after, &file, &name, &text)?
            && !c.ok()
        {
            show(ctx, &planned);
            return Err(expectations_refusal(ctx, &c));
        }
        if planned.is_empty() {
            return Ok(Report::text(planned.json(), planned.human()));
        }
        show(ctx, &planned);
        if let Some(c) = planned.first_refused() {
            return Err(refusal(c));
        }
        ctx.confirm(
            &format!("Apply these changes to {}?", planned.workspace),
            "`config apply`",
        )?;
        expected = Some(planned.revision.clone());
    } else {
        common::enter(ctx, &file)?;
    }
    // One write transaction: the revision still what was planned or shown, the same steps as
    // the plan, each in a savepoint; any refusal (or removals without --yes) rolls it all back.
    let run = common::settings(ctx, send_email)?;
    let yes = ctx.global.yes || ctx.interactive;
    let batch = format!("apply-{}", &crate::ops::members::new_token().0[4..20]);
    let mut outcome: Option<(plan::Plan, plan::Applied)> = None;
    let mut failed: Option<crate::config_file::expect::Checked> = None;
    ctx.create_db_for_write();
    let written = ctx.store()?.write(|tx| {
        if let Some(rev) = &expected {
            common::check_revision(tx, &file, rev)?;
        }
        let (p, applied) = plan::apply(tx, &file, &run, &batch)?;
        // What is made is what the saved plan showed, or nothing.
        if let Some(s) = &saved {
            common::check_digest(s, &args.file, &run.actor, &p)?;
        }
        let refused = p.first_refused().is_some();
        let unconfirmed = p.count(ChangeAction::Remove) > 0 && !yes;
        outcome = Some((p, applied));
        if refused {
            return Err(Error::cancelled());
        }
        // The expectations hold on the state this transaction would commit, or nothing is.
        let after = common::Judged::of(tx, &file, &run)?;
        if let Some(c) = common::expectations(&after, &file, &name, &text)?
            && !c.ok()
        {
            failed = Some(c);
            return Err(Error::cancelled());
        }
        if unconfirmed {
            return Err(Error::cancelled());
        }
        Ok(())
    });
    let (done, applied) = match (written, outcome) {
        (Ok(()), Some(o)) => o,
        (Err(e), Some((p, _))) if e.kind == ErrorKind::Cancelled => {
            if !ctx.interactive || ctx.global.yes {
                show(ctx, &p);
            }
            if let Some(c) = p.first_refused() {
                return Err(refusal(c));
            }
            if let Some(c) = &failed {
                return Err(expectations_refusal(ctx, c));
            }
            ctx.confirm(
                "Apply these changes?",
                &format!("`config apply` that removes {}", p.removals()),
            )?;
            return Err(Error::internal("an apply without refusals was rolled back"));
        }
        (Err(e), _) => return Err(e),
        (Ok(()), None) => return Err(Error::internal("apply returned no plan")),
    };
    if done.is_empty() {
        return Ok(Report::text(done.json(), done.human()));
    }
    if !ctx.interactive || ctx.global.yes {
        show(ctx, &done);
    }
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

/// The plan on stdout before the outcome (not with --json: the document says it all).
fn show(ctx: &Ctx, p: &plan::Plan) {
    if !ctx.out.json() {
        ctx.out
            .print(&Report::text(serde_json::Value::Null, p.human()));
    }
}

/// A refused change as the error of the whole apply: its exit code, the step named.
fn refusal(c: &plan::Change) -> Error {
    let e = c
        .error
        .clone()
        .unwrap_or_else(|| Error::internal("a refused change without its error"));
    let mut err = Error::new(
        e.kind,
        format!(
            "`{}` is refused: {}; nothing was changed",
            c.title(),
            e.message
        ),
    );
    err.hint = e.hint;
    err
}

/// Failed expectations as the error of the whole apply (12): each failure shown on stdout,
/// with its line and caret, before the error.
fn expectations_refusal(ctx: &Ctx, c: &crate::config_file::expect::Checked) -> Error {
    if !ctx.out.json() {
        let text = format!("\n{}{}\n", c.report.human(), c.summary());
        ctx.out.print(&Report::text(serde_json::Value::Null, text));
    }
    let mut e = common::expectations_failed(c);
    e.message.push_str("; nothing was changed");
    e
}
