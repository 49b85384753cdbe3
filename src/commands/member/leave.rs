//! `roster member leave`: leave the current workspace (the owner transfers it first).

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
    ctx.store()?
        .rehearse(|tx| ops::members::leave(tx, &scope.reload(tx)?, now))?;
    ctx.confirm(
        &format!(
            "Leave {}? You will lose access to it.",
            scope.workspace.slug
        ),
        &format!("leaving {}", scope.workspace.slug),
    )?;
    ctx.store()?
        .write(|tx| ops::members::leave(tx, &scope.reload(tx)?, now))?;
    Ok(Report::text(json!({"left": scope.workspace.slug}), "")
        .with_status(format!("You left {}.", scope.workspace.slug)))
}
