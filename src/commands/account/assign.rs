//! `roster account assign ACC --member EMAIL [--approve] [--posting full|review]
//! [--credentials owner|member]` and `roster account unassign ACC --member EMAIL`.

use serde_json::json;

use crate::context::{Ctx, Scope};
use crate::domain::{Credentials, Email, Posting, Slug};
use crate::error::{Error, Result};
use crate::ops::{self, Change, accounts::AssignRequest};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct AssignArgs {
    /// The account's slug
    #[arg(add = crate::complete::accounts())]
    pub account: Option<Slug>,
    /// The member to assign it to
    #[arg(add = crate::complete::members(), long, value_name = "EMAIL")]
    pub member: Option<Email>,
    /// The client should approve posts on this account (clients only)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub approve: Option<bool>,
    /// The editor posts in full, or for review by an admin or the owner (editors only)
    #[arg(long, value_enum)]
    pub posting: Option<Posting>,
    /// Whose API credentials posts use (members who can post)
    #[arg(long, value_enum)]
    pub credentials: Option<Credentials>,
}

#[derive(Debug, clap::Args)]
pub struct UnassignArgs {
    /// The account's slug
    #[arg(add = crate::complete::accounts())]
    pub account: Slug,
    /// The member to take it from
    #[arg(add = crate::complete::members(), long, value_name = "EMAIL")]
    pub member: Email,
}

pub fn assign(ctx: &mut Ctx, mut args: AssignArgs) -> Result<Report> {
    let scope = ctx.scope()?;
    if (args.account.is_none() || args.member.is_none()) && ctx.interactive {
        ask(ctx, &scope, &mut args)?;
    }
    let (Some(account), Some(member)) = (args.account.clone(), args.member.clone()) else {
        let mut missing = Vec::new();
        if args.account.is_none() {
            missing.push("ACC");
        }
        if args.member.is_none() {
            missing.push("--member");
        }
        return Err(Error::usage(format!("missing {}", missing.join(" and "))).with_hint(
            "pass `roster account assign ACC --member EMAIL [--approve] [--posting full|review] [--credentials owner|member]` \
             (on a terminal, leave them out to be asked)",
        ));
    };
    let req = AssignRequest {
        account,
        member,
        approve: args.approve,
        posting: args.posting,
        credentials: args.credentials,
    };
    let now = ctx.now;
    let done = ctx
        .store()?
        .write(|tx| ops::accounts::assign(tx, &scope.reload(tx)?, &req, now))?;
    let (m, account) = (&done.member, &done.account);
    // The default said aloud when it is applied (not when kept): it decides who reauthenticates.
    let note = (req.credentials.is_none()
        && done.before.and_then(|b| b.credentials).is_none()
        && done.view.as_ref().and_then(|v| v.credentials) == Some(Credentials::Owner))
    .then(|| {
        crate::commands::member::owner_credentials_note(
            &m.email,
            account,
            "pass --credentials member",
        )
    });
    let view = match (done.change, done.view) {
        (Change::Unchanged, view) => {
            let r = Report::text(json!(view), "").with_status(format!(
                "{} already has {} with these settings; nothing changed.",
                m.email, account
            ));
            return Ok(match note {
                Some(n) => r.with_status(n),
                None => r,
            });
        }
        (_, Some(view)) => view,
        (_, None) => return Err(Error::internal("the assignment vanished")),
    };
    let mut r = Report::object(
        &view,
        vec![
            ("account", view.account.to_string()),
            ("member", view.member.to_string()),
            ("settings", view.summary()),
            ("auth status", view.auth_status.to_string()),
        ],
    )
    .with_status(format!("Assigned {} to {}.", account, m.email));
    if let Some(n) = note {
        r = r.with_status(n);
    }
    if view.credentials == Some(Credentials::Member)
        && view.auth_status == crate::domain::AuthStatus::NeedsReauth
    {
        r = r.with_status(format!(
            "{} must reauthenticate it themselves: `roster account reauth {}`.",
            m.email, account
        ));
    }
    Ok(r)
}

/// The wizard for `account assign`: offer the accounts and members `decide()` lets the actor
/// pair, then ask the per-account settings that apply to the member's role.
fn ask(ctx: &mut Ctx, scope: &Scope, args: &mut AssignArgs) -> Result<()> {
    let now = ctx.now;
    let choices = ctx
        .store()?
        .read(|tx| ops::accounts::assign_choices(tx, &scope.reload(tx)?, now))?;
    crate::wizard::account_assign(
        &mut args.account,
        &mut args.member,
        &choices.accounts,
        &choices.members,
        &mut args.approve,
        &mut args.posting,
        &mut args.credentials,
    )
}

pub fn unassign(ctx: &mut Ctx, args: UnassignArgs) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let done = ctx.store()?.write(|tx| {
        ops::accounts::unassign(tx, &scope.reload(tx)?, &args.account, &args.member, now)
    })?;
    let moved = done.posts_handed_to_owner;
    let (account, m) = (&done.account, &done.member);
    let mut r = Report::text(json!({"account": account, "member": m.email, "unassigned": true, "posts_handed_to_owner": moved}), "")
        .with_status(format!("Unassigned {} from {}.", account, m.email));
    if moved > 0 {
        r = r.with_status(format!(
            "{moved} of their post(s) on it now belong to the owner."
        ));
    }
    Ok(r)
}
