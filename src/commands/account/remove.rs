//! `roster account remove ACC` (owner): the account goes with its assignments and posts.

use serde_json::json;

use super::show::Args;
use crate::commands::member::notify;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = scope.workspace.clone();
    let account =
        store::accounts::find(&ctx.store()?.reader(), ws.id, &args.account)?.ok_or_else(|| {
            Error::not_found(format!(
                "account '{}' not found in {}",
                args.account, ws.slug
            ))
        })?;
    scope.require(
        Action::AccountRemove,
        &Target {
            account: Some(account.slug.to_string()),
            ..Target::default()
        },
    )?;
    ctx.confirm(
        &format!(
            "Remove {} ({}) from {} with its assignments and posts?",
            account.slug, account.provider, ws.slug
        ),
        &format!("removing account {}", account.slug),
    )?;
    let now = ctx.now;
    ctx.store()?.write(|tx| {
        let assigned = store::accounts::assignments_of_account(tx, account.id)?;
        let mut users = Vec::new();
        for a in &assigned {
            users.push(store::users::ensure(tx, &a.member, now)?);
        }
        store::accounts::delete(tx, account.id)?;
        notify(tx, &users, ws.id, "assignment_change", &format!("{} removed the account {} from {}", scope.actor, account.slug, ws.slug), now)?;
        let mut audit = scope.audit(now, "account remove", "account.remove");
        audit.target = Some(account.slug.as_str());
        audit.before = Some(json!({"slug": account.slug, "provider": account.provider, "name": account.name,
                                   "assigned": assigned.iter().map(|a| a.member.to_string()).collect::<Vec<_>>()}));
        store::audit::record(tx, &audit)
    })?;
    Ok(
        Report::text(json!({"removed": account.slug, "workspace": ws.slug}), "").with_status(
            format!("Removed account {} from {}.", account.slug, ws.slug),
        ),
    )
}
