//! `roster workspace rename NAME` (owner only).

use super::workspace_fields;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::{self, Change};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new display name
    pub name: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let done = ctx
        .store()?
        .write(|tx| ops::workspaces::rename(tx, &scope.reload(tx)?, &args.name, now))?;
    let ws = &done.workspace;
    let r = Report::object(ws, workspace_fields(ws));
    Ok(match done.change {
        Change::Unchanged => r.with_status(format!(
            "Workspace {} is already named {}; nothing changed.",
            ws.slug, ws.name
        )),
        _ => r.with_status(format!("Renamed workspace {} to {}.", ws.slug, ws.name)),
    })
}
