//! `roster workspace list`: the actor's workspaces (active and invited) with their role.

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let rows = store::workspaces::list_for_user(&ctx.store()?.reader(), &actor)?;
    let report = Report::list(&rows);
    Ok(if rows.is_empty() {
        report.with_status(format!(
            "{actor} belongs to no workspace yet; create one with `roster workspace create NAME`."
        ))
    } else {
        report
    })
}
