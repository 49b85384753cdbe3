//! `roster account reauth ACC [--member EMAIL]`: with owner credentials only the owner
//! reconnects an account (for everyone posting with them); with member credentials the member
//! reconnects their own assignment.

use serde_json::json;

use crate::commands::member::find_member;
use crate::context::Ctx;
use crate::domain::{AuthStatus, Credentials, Email, Slug};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The account's slug
    pub account: Slug,
    /// Whose assignment (owner credentials: the owner reauthenticates on their behalf)
    #[arg(long, value_name = "EMAIL")]
    pub member: Option<Email>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = scope.workspace.clone();
    let whose = match &args.member {
        Some(e) if *e != scope.actor => Some(find_member(ctx, &scope, e)?.membership),
        _ => scope.membership.clone(),
    };
    let conn = &ctx.store()?.reader();
    let account = store::accounts::find(conn, ws.id, &args.account)?.ok_or_else(|| {
        Error::not_found(format!(
            "account '{}' not found in {}",
            args.account, ws.slug
        ))
    })?;
    let assignment = match &whose {
        Some(m) => store::accounts::assignment(conn, m.id, account.id)?,
        None => None,
    };
    if let (Some(e), None) = (&args.member, assignment) {
        return Err(Error::not_found(format!(
            "{e} is not assigned to {}",
            account.slug
        )));
    }
    let target = Target {
        account: Some(account.slug.to_string()),
        member: args.member.as_ref().map(|e| e.to_string()),
        member_is_self: args.member.as_ref().is_none_or(|e| *e == scope.actor),
        credentials: assignment.and_then(|a| a.credentials),
        ..Target::default()
    };
    scope.require(Action::AccountReauth, &target)?;
    let now = ctx.now;
    let member_creds = target.credentials == Some(Credentials::Member);
    ctx.store()?.write(|tx| {
        match (&whose, member_creds) {
            (Some(m), true) => store::accounts::set_assignment_auth(tx, m.id, account.id, AuthStatus::Connected, now)?,
            _ => store::accounts::reconnect(tx, account.id, now)?,
        }
        let mut audit = scope.audit(now, "account reauth", "account.reauth");
        let t = match &whose {
            Some(m) if member_creds => format!("{}:{}", account.slug, m.email),
            _ => account.slug.to_string(),
        };
        audit.target = Some(&t);
        audit.after = Some(json!({"auth_status": "connected", "credentials": if member_creds { "member" } else { "owner" }}));
        store::audit::record(tx, &audit)
    })?;
    let who = if member_creds {
        "your own credentials".to_string()
    } else {
        "the owner's credentials".to_string()
    };
    Ok(Report::text(json!({"account": account.slug, "auth_status": "connected", "credentials": if member_creds { "member" } else { "owner" }}), "")
        .with_status(format!("Reauthenticated {} with {who}.", account.slug)))
}
