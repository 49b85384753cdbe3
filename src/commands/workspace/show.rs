//! `roster workspace show`: the current workspace, the actor's role in it, and its counts.

use serde::Serialize;

use super::workspace_fields;
use crate::context::Ctx;
use crate::domain::{Role, Workspace};
use crate::error::Result;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Serialize)]
struct Detail<'a> {
    #[serde(flatten)]
    workspace: &'a Workspace,
    your_role: Option<Role>,
    #[serde(skip_serializing_if = "Option::is_none")]
    active_members: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pending_invitations: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accounts: Option<i64>,
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceView, &Target::default())?;
    let (active_members, pending_invitations, accounts) =
        store::workspaces::counts(&ctx.store()?.reader(), scope.workspace.id)?;
    let your_role = scope.membership.as_ref().map(|m| m.role);
    // Head counts are for those who may list every member: decide() says who (clients see
    // only themselves, the owner and their own accounts).
    let sees_all = scope
        .decide(Action::MemberList, &Target::default())
        .scope
        .is_none();
    let (active_members, pending_invitations, accounts) = if sees_all {
        (
            Some(active_members),
            Some(pending_invitations),
            Some(accounts),
        )
    } else {
        (None, None, None)
    };
    let detail = Detail {
        workspace: &scope.workspace,
        your_role,
        active_members,
        pending_invitations,
        accounts,
    };
    let mut fields = workspace_fields(&scope.workspace);
    fields.push((
        "your_role",
        your_role.map(|r| r.to_string()).unwrap_or_default(),
    ));
    for (k, v) in [
        ("active_members", active_members),
        ("pending_invitations", pending_invitations),
        ("accounts", accounts),
    ] {
        if let Some(v) = v {
            fields.push((k, v.to_string()));
        }
    }
    Ok(Report::object(&detail, fields))
}
