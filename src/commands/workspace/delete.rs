//! `roster workspace delete` (owner only): confirmation on a terminal, `--yes` otherwise.

use serde_json::json;

use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    // Ask only once the deletion is known to be allowed: a rehearsal of the very same change.
    let ws = ctx
        .store()?
        .rehearse(|tx| ops::workspaces::delete(tx, &scope.reload(tx)?, now))?;
    ctx.confirm(
        &format!(
            "Delete workspace {} ({}) with all its members, accounts and posts?",
            ws.slug, ws.name
        ),
        &format!("deleting workspace {}", ws.slug),
    )?;
    let ws = ctx
        .store()?
        .write(|tx| ops::workspaces::delete(tx, &scope.reload(tx)?, now))?;
    Ok(Report::text(json!({"deleted": ws.slug}), "")
        .with_status(format!("Deleted workspace {}.", ws.slug)))
}
