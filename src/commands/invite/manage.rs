//! `roster invite revoke EMAIL` and `roster invite resend EMAIL`: for those who may invite
//! that member's role.

use serde_json::json;

use crate::commands::member::report;
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The invitee's email address
    pub email: Email,
    /// Do not send the email (resend only; the new token is printed once, here)
    #[arg(long)]
    pub no_email: bool,
}

pub fn revoke(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    // Ask only once the revocation is known to be allowed: a rehearsal of the same change.
    let m = ctx
        .store()?
        .rehearse(|tx| ops::members::revoke(tx, &scope.reload(tx)?, &args.email, now))?;
    ctx.confirm(
        &format!(
            "Revoke the invitation of {} to {}?",
            m.email, scope.workspace.slug
        ),
        &format!("revoking the invitation of {}", m.email),
    )?;
    let m = ctx
        .store()?
        .write(|tx| ops::members::revoke(tx, &scope.reload(tx)?, &args.email, now))?;
    Ok(Report::text(
        json!({"email": m.email, "workspace": scope.workspace.slug, "status": "revoked"}),
        "",
    )
    .with_status(format!(
        "Revoked the invitation of {} to {}.",
        m.email, scope.workspace.slug
    )))
}

pub fn resend(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let ttl = ctx.config.invitation_ttl();
    let send_email = !args.no_email;
    let invited = ctx.store()?.write(|tx| {
        ops::members::resend(tx, &scope.reload(tx)?, &args.email, send_email, now, ttl)
    })?;
    match invited.mail {
        Some(id) => {
            let slug = scope.workspace.slug.clone();
            ctx.deliver_then(&[id], move |tokens| {
                crate::commands::member::with_minted(invited, &slug, tokens, false)
            })
        }
        None => Ok(report(&invited, false)),
    }
}
