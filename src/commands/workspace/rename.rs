//! `roster workspace rename NAME` (owner only).

use serde_json::json;

use super::{parse_name, workspace_fields};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new display name
    pub name: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceRename, &Target::default())?;
    let name = parse_name(&args.name)?;
    let ws = &scope.workspace;
    if name == ws.name {
        return Ok(
            Report::object(ws, workspace_fields(ws)).with_status(format!(
                "Workspace {} is already named {}; nothing changed.",
                ws.slug, name
            )),
        );
    }
    let now = ctx.now;
    let updated = ctx.store()?.write(|tx| {
        store::workspaces::rename(tx, ws.id, &name, now)?;
        let mut audit = scope.audit(now, "workspace rename", "workspace.rename");
        audit.target = Some(ws.slug.as_str());
        audit.before = Some(json!({"name": ws.name}));
        audit.after = Some(json!({"name": name}));
        store::audit::record(tx, &audit)?;
        store::workspaces::find(tx, &ws.slug)?
            .ok_or_else(|| Error::internal("the workspace vanished"))
    })?;
    Ok(
        Report::object(&updated, workspace_fields(&updated)).with_status(format!(
            "Renamed workspace {} to {}.",
            updated.slug, updated.name
        )),
    )
}
