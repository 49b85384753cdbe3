//! `roster workspace show`: the current workspace, your own membership in it (role, access in
//! Publer's words, 2FA, your accounts with their settings), and — for those who may list every
//! member — its head counts.

use serde::Serialize;

use super::workspace_fields;
use crate::context::Ctx;
use crate::domain::{MemberView, Role, Workspace};
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
    /// Your own membership and your assigned accounts: what the seed's client sees in the
    /// workspace settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    membership: Option<MemberView>,
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
    let now = ctx.now;
    let (active_members, pending_invitations, accounts) =
        store::workspaces::counts(&ctx.store()?.reader(), scope.workspace.id)?;
    let membership = match &scope.membership {
        Some(m) => {
            let tx = &ctx.store()?.reader();
            let row = crate::ops::members::find(tx, &scope, &m.email, now)?;
            Some(
                crate::ops::members::member_view(tx, &scope, &row)?
                    .in_workspace(scope.workspace.require_2fa),
            )
        }
        None => None,
    };
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
        membership: membership.clone(),
        active_members,
        pending_invitations,
        accounts,
    };
    let mut fields = workspace_fields(&scope.workspace);
    fields.push((
        "your role",
        your_role.map(|r| r.to_string()).unwrap_or_default(),
    ));
    if let Some(v) = &membership {
        fields.push(("your access", v.access.to_string()));
        fields.push((
            "your 2FA",
            crate::commands::member::twofa_words(v.twofa_required, v.twofa_enrolled).to_string(),
        ));
        fields.push((
            "your accounts",
            if v.accounts.is_empty() {
                "-".to_string()
            } else {
                v.accounts
                    .iter()
                    .map(|a| format!("{} ({})", a.account, a.summary()))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
        ));
    }
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
