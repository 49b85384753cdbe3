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
    active_members: i64,
    pending_invitations: i64,
    accounts: i64,
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::WorkspaceView, &Target::default())?;
    let (active_members, pending_invitations, accounts) =
        store::workspaces::counts(&ctx.store()?.reader(), scope.workspace.id)?;
    let your_role = scope.membership.as_ref().map(|m| m.role);
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
    fields.push(("active_members", active_members.to_string()));
    fields.push(("pending_invitations", pending_invitations.to_string()));
    fields.push(("accounts", accounts.to_string()));
    Ok(Report::object(&detail, fields))
}
