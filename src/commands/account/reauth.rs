//! `roster account reauth ACC [--member EMAIL]`: with owner credentials only the owner
//! reconnects an account (for everyone posting with them); with member credentials the member
//! reconnects their own assignment.

use serde_json::json;

use crate::context::Ctx;
use crate::domain::{Email, Slug};
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The account's slug
    #[arg(add = crate::complete::accounts())]
    pub account: Slug,
    /// Whose assignment (owner credentials: the owner reauthenticates on their behalf)
    #[arg(add = crate::complete::members(), long, value_name = "EMAIL")]
    pub member: Option<Email>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let done = ctx.store()?.write(|tx| {
        ops::accounts::reauth(
            tx,
            &scope.reload(tx)?,
            &args.account,
            args.member.as_ref(),
            now,
        )
    })?;
    let (who, creds) = if done.member_credentials {
        ("your own credentials", "member")
    } else {
        ("the owner's credentials", "owner")
    };
    Ok(Report::text(
        json!({"account": done.account, "auth_status": "connected", "credentials": creds}),
        "",
    )
    .with_status(format!("Reauthenticated {} with {who}.", done.account)))
}
