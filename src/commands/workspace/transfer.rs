//! `roster workspace transfer EMAIL`: hand the workspace to an active admin; the old owner
//! stays on as an admin who may add accounts.

use super::workspace_fields;
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new owner: an active admin of the workspace
    #[arg(add = crate::complete::members())]
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    // Ask only once the transfer is known to be allowed: a rehearsal of the very same change.
    let new = ctx
        .store()?
        .rehearse(|tx| ops::workspaces::transfer(tx, &scope.reload(tx)?, &args.email, now))?
        .new_owner;
    ctx.confirm(
        &format!(
            "Transfer {} to {}? You will stay on as an admin.",
            scope.workspace.slug, new.email
        ),
        &format!("transferring {}", scope.workspace.slug),
    )?;
    let done = ctx
        .store()?
        .write(|tx| ops::workspaces::transfer(tx, &scope.reload(tx)?, &args.email, now))?;
    let updated = &done.workspace;
    Ok(
        Report::object(updated, workspace_fields(updated)).with_status(format!(
            "{} now owns {}; you are an admin.",
            done.new_owner.email, updated.slug
        )),
    )
}
