//! `roster member remove EMAIL`: the member loses access; their posts go to the owner and
//! their pending posts become drafts.

use serde_json::json;

use crate::context::Ctx;
use crate::domain::Email;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member's email address
    #[arg(add = crate::complete::members())]
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    // Ask only once the removal is known to be allowed: a rehearsal of the very same change.
    let m = ctx
        .store()?
        .rehearse(|tx| ops::members::remove(tx, &scope.reload(tx)?, &args.email, now))?
        .membership;
    ctx.confirm(
        &format!(
            "Remove {} ({}) from {}? Their posts go to the owner.",
            m.email, m.role, scope.workspace.slug
        ),
        &format!("removing {}", m.email),
    )?;
    let removed = ctx
        .store()?
        .write(|tx| ops::members::remove(tx, &scope.reload(tx)?, &args.email, now))?;
    let moved = removed.posts_handed_to_owner;
    let m = removed.membership;
    let mut r = Report::text(json!({"removed": m.email, "workspace": scope.workspace.slug, "posts_handed_to_owner": moved}), "")
        .with_status(format!("Removed {} from {}.", m.email, scope.workspace.slug));
    if moved > 0 {
        r = r.with_status(format!(
            "{moved} of their post(s) now belong to the owner; pending ones are drafts again."
        ));
    }
    Ok(r)
}
