//! `roster invite accept [WORKSPACE] --token T` and `roster invite decline [WORKSPACE]`.

use serde_json::json;

use super::invited_to;
use crate::context::Ctx;
use crate::domain::{Slug, access_words};
use crate::error::Result;
use crate::ops::{self, Change};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct AcceptArgs {
    /// The workspace [default: -w, else your only invitation]
    pub workspace: Option<Slug>,
    /// The token from the invitation email
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct DeclineArgs {
    /// The workspace [default: -w, else your only invitation]
    pub workspace: Option<Slug>,
    /// The token from the invitation email (declining is an answer only the invitee gives)
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
}

pub fn accept(ctx: &mut Ctx, args: AcceptArgs) -> Result<Report> {
    let (actor, slug) = invited_to(ctx, args.workspace)?;
    let now = ctx.now;
    let done = ctx
        .store()?
        .write(|tx| ops::members::accept(tx, &actor, &slug, args.token.as_deref(), now))?;
    let (ws, m) = (&done.workspace, &done.membership);
    if done.change == Change::Unchanged {
        return Ok(Report::text(
            json!({"workspace": ws.slug, "role": m.role, "status": "active"}),
            "",
        )
        .with_status(format!(
            "You are already an active member of {} ({}); nothing to do.",
            ws.slug, m.role
        )));
    }
    let twofa_needed = done.twofa_enrolment_needed;
    let data = json!({
        "workspace": ws.slug, "role": m.role, "status": "active",
        "access": access_words(m.role, m.can_add_accounts, m.can_manage_posts),
        "require_2fa": ws.require_2fa || m.require_2fa, "twofa_enrolment_needed": twofa_needed,
    });
    let mut r = Report::text(data, "").with_status(format!(
        "You joined {} ({}) as {}.",
        ws.name, ws.slug, m.role
    ));
    if twofa_needed {
        r = r.with_status(format!(
            "warning: {} requires two-factor authentication; you can do nothing there until you run `roster 2fa enroll`.",
            ws.slug
        ));
    }
    Ok(r)
}

pub fn decline(ctx: &mut Ctx, args: DeclineArgs) -> Result<Report> {
    let (actor, slug) = invited_to(ctx, args.workspace)?;
    let now = ctx.now;
    let ws = ctx
        .store()?
        .write(|tx| ops::members::decline(tx, &actor, &slug, args.token.as_deref(), now))?;
    Ok(
        Report::text(json!({"workspace": ws.slug, "status": "declined"}), "")
            .with_status(format!("You declined the invitation to {}.", ws.slug)),
    )
}
