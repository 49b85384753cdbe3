//! `roster workspace transfer EMAIL`: hand the workspace to an active admin; the old owner
//! stays on as an admin who may add accounts.

use serde_json::json;

use super::workspace_fields;
use crate::commands::member::notify;
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new owner: an active admin of the workspace
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceTransfer, &Target::default())?;
    let ws = scope.workspace.clone();
    let old = scope
        .membership
        .clone()
        .ok_or_else(|| Error::internal("an owner without a membership"))?;
    let new =
        store::memberships::find(&ctx.store()?.reader(), ws.id, &args.email)?.ok_or_else(|| {
            Error::not_found(format!("{} is not a member of {}", args.email, ws.slug))
        })?;
    // decide() says whether this member can take the workspace (an active admin).
    let target = Target {
        role: Some(new.role),
        member: Some(new.email.to_string()),
        member_is_self: new.email == scope.actor,
        member_status: Some(new.status),
        ..Target::default()
    };
    scope.require(Action::WorkspaceTransfer, &target)?;
    ctx.confirm(
        &format!(
            "Transfer {} to {}? You will stay on as an admin.",
            ws.slug, new.email
        ),
        &format!("transferring {}", ws.slug),
    )?;
    let now = ctx.now;
    let updated = ctx.store()?.write(|tx| {
        store::memberships::transfer_owner(tx, ws.id, &old, &new, now)?;
        notify(
            tx,
            &[new.user_id],
            ws.id,
            "ownership",
            &format!(
                "{} transferred {} to you: you are its owner",
                scope.actor, ws.slug
            ),
            now,
        )?;
        notify(
            tx,
            &[old.user_id],
            ws.id,
            "ownership",
            &format!(
                "you transferred {} to {}; you are now an admin",
                ws.slug, new.email
            ),
            now,
        )?;
        let mut audit = scope.audit(now, "workspace transfer", "workspace.transfer");
        audit.target = Some(ws.slug.as_str());
        audit.before = Some(json!({"owner": scope.actor}));
        audit.after = Some(json!({"owner": new.email}));
        store::audit::record(tx, &audit)?;
        store::workspaces::find(tx, &ws.slug)?
            .ok_or_else(|| Error::internal("the workspace vanished"))
    })?;
    Ok(
        Report::object(&updated, workspace_fields(&updated)).with_status(format!(
            "{} now owns {}; you are an admin.",
            new.email, ws.slug
        )),
    )
}
