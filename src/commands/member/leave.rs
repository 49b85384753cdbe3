//! `roster member leave`: leave the current workspace (the owner transfers it first).

use serde_json::json;

use super::{notify, remove::end_membership};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceLeave, &Target::default())?;
    let m = scope
        .membership
        .clone()
        .ok_or_else(|| Error::internal("a member without a membership"))?;
    ctx.confirm(
        &format!(
            "Leave {}? You will lose access to it.",
            scope.workspace.slug
        ),
        &format!("leaving {}", scope.workspace.slug),
    )?;
    let now = ctx.now;
    ctx.store()?.write(|tx| {
        end_membership(tx, &scope, &m, now)?;
        let managers: Vec<i64> = store::memberships::managers(tx, scope.workspace.id)?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        notify(
            tx,
            &managers,
            scope.workspace.id,
            "left",
            &format!("{} ({}) left {}", m.email, m.role, scope.workspace.slug),
            now,
        )?;
        let mut audit = scope.audit(now, "member leave", "workspace.leave");
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.before = Some(json!({"role": m.role, "status": m.status}));
        audit.after = Some(json!({"status": "removed"}));
        store::audit::record(tx, &audit)
    })?;
    Ok(Report::text(json!({"left": scope.workspace.slug}), "")
        .with_status(format!("You left {}.", scope.workspace.slug)))
}
