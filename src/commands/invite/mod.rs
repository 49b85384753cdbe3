//! `roster invite …`: the invitee's side (list, accept, decline) and the inviter's (revoke,
//! resend).

mod accept;
mod list;
mod manage;

use clap::Subcommand;

use crate::context::Ctx;
use crate::domain::{Email, Slug};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::store;

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Invitations addressed to you
    List(list::Args),
    /// Accept an invitation with its token
    Accept(accept::AcceptArgs),
    /// Decline an invitation
    Decline(accept::DeclineArgs),
    /// Revoke a pending invitation
    Revoke(manage::Args),
    /// Send a pending (or expired) invitation again, with a new token
    Resend(manage::Args),
}

pub fn run(ctx: &mut Ctx, cmd: InviteCommand) -> Result<Report> {
    match cmd {
        InviteCommand::List(a) => list::run(ctx, a),
        InviteCommand::Accept(a) => accept::accept(ctx, a),
        InviteCommand::Decline(a) => accept::decline(ctx, a),
        InviteCommand::Revoke(a) => manage::revoke(ctx, a),
        InviteCommand::Resend(a) => manage::resend(ctx, a),
    }
}

/// The workspace an invitee answers: the argument, else `-w`, else their only open invitation.
/// Unlike `Ctx::scope`, a pending membership is what we look for here; the answer itself
/// (`ops::members::accept`, `decline`) reads the invitation inside its transaction.
fn invited_to(ctx: &mut Ctx, arg: Option<Slug>) -> Result<(Email, Slug)> {
    let actor = ctx.actor()?;
    let slug = arg.or_else(|| ctx.global.workspace.clone());
    let conn = &ctx.store()?.reader();
    let slug = match slug {
        Some(s) => s,
        None => {
            let open = store::memberships::pending_workspaces(conn, &actor)?;
            match open.as_slice() {
                [one] => Slug::from_trusted(one.clone()),
                [] => {
                    return Err(Error::not_found(format!(
                        "there is no pending invitation for {actor}"
                    )));
                }
                many => {
                    return Err(Error::usage(format!(
                        "which invitation? {actor} is invited to {}",
                        many.join(", ")
                    ))
                    .with_hint(format!(
                        "name the workspace, e.g. `roster invite accept {} --token …`",
                        many[0]
                    )));
                }
            }
        }
    };
    Ok((actor, slug))
}
