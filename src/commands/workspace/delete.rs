//! `roster workspace delete` (owner only): confirmation on a terminal, `--yes` otherwise.

use serde_json::json;

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceDelete, &Target::default())?;
    let ws = &scope.workspace;
    ctx.confirm(
        &format!(
            "Delete workspace {} ({}) with all its members, accounts and posts?",
            ws.slug, ws.name
        ),
        &format!("deleting workspace {}", ws.slug),
    )?;
    let now = ctx.now;
    let label = format!("{} (deleted {})", ws.slug, crate::domain::format_ts(now));
    ctx.store()?.write(|tx| {
        store::workspaces::delete(tx, ws.id)?;
        store::outbox::delete_for_workspace(tx, ws.slug.as_str())?;
        store::audit::detach_workspace(tx, ws.slug.as_str(), &label)?;
        let mut audit = scope.audit(now, "workspace delete", "workspace.delete");
        audit.workspace = Some(&label);
        audit.target = Some(ws.slug.as_str());
        audit.before = Some(json!({"slug": ws.slug, "name": ws.name, "owner": ws.owner, "require_2fa": ws.require_2fa}));
        store::audit::record(tx, &audit)
    })?;
    Ok(Report::text(json!({"deleted": ws.slug}), "")
        .with_status(format!("Deleted workspace {}.", ws.slug)))
}
