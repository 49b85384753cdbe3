//! `roster account remove ACC` (the owner, or whoever added it with can_add_accounts): the account
//! goes with its assignments and posts.

use serde_json::json;

use super::show::Args;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = scope.workspace.clone();
    let now = ctx.now;
    // Ask only once the removal is known to be allowed: a rehearsal of the very same change.
    let account = ctx
        .store()?
        .rehearse(|tx| ops::accounts::remove(tx, &scope.reload(tx)?, &args.account, now))?
        .account;
    ctx.confirm(
        &format!(
            "Remove {} ({}) from {} with its assignments and posts?",
            account.slug, account.provider, ws.slug
        ),
        &format!("removing account {}", account.slug),
    )?;
    let account = ctx
        .store()?
        .write(|tx| ops::accounts::remove(tx, &scope.reload(tx)?, &args.account, now))?
        .account;
    Ok(
        Report::text(json!({"removed": account.slug, "workspace": ws.slug}), "").with_status(
            format!("Removed account {} from {}.", account.slug, ws.slug),
        ),
    )
}
