//! `roster can ACTION [--role] [--account] [--member] [--post]`: ask `decide()`; exit 0 when
//! allowed, 3 when not, printing the rule or the reason either way.

use serde_json::json;

use crate::context::{Ctx, Scope};
use crate::domain::{Email, Role, Slug};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The action, e.g. member.invite, post.edit
    #[arg(value_enum)]
    pub action: Action,
    /// The role being invited or managed
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// The social account acted on
    #[arg(long, value_name = "ACC")]
    pub account: Option<Slug>,
    /// The member acted on
    #[arg(long, value_name = "EMAIL")]
    pub member: Option<Email>,
    /// The post acted on
    #[arg(long, value_name = "ID")]
    pub post: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let target = resolve_target(ctx, &scope, &args)?;
    let d = scope.decide(args.action, &target);
    let data = json!({
        "action": args.action,
        "workspace": scope.workspace.slug,
        "actor": scope.actor,
        "allowed": d.allowed,
        "verdict": d.verdict,
        "reason": d.reason,
        "hint": d.hint,
    });
    let mut report = Report::text(data, d.line());
    if let Some(h) = &d.hint {
        report = report.with_status(format!("hint: {h}"));
    }
    report.exit = if d.allowed { 0 } else { 3 };
    Ok(report)
}

/// Turn `--role/--account/--member/--post` into the facts `decide()` reasons about.
fn resolve_target(ctx: &mut Ctx, scope: &Scope, args: &Args) -> Result<Target> {
    let conn = &ctx.store()?.reader();
    let ws = &scope.workspace;
    let mut t = Target {
        role: args.role,
        ..Target::default()
    };
    let member = match &args.member {
        Some(email) => {
            let m = store::memberships::find(conn, ws.id, email)?
                .ok_or_else(|| crate::ops::members::not_a_member(email, &ws.slug))?;
            t.role = t.role.or(Some(m.role));
            t.member = Some(email.to_string());
            t.member_is_self = *email == scope.actor;
            t.member_status = Some(m.status);
            Some(m)
        }
        None => None,
    };
    let mut account_id = None;
    if let Some(id) = args.post {
        // The same facts the post commands decide on.
        let (post, pt) = crate::ops::posts::visible(conn, scope, id)?;
        t = Target {
            role: t.role,
            member: t.member.take(),
            member_is_self: t.member_is_self,
            member_status: t.member_status,
            ..pt
        };
        account_id = Some(post.account_id);
    }
    if let Some(slug) = &args.account {
        let account = store::accounts::find(conn, ws.id, slug)?.ok_or_else(|| {
            Error::not_found(format!("account '{slug}' not found in {}", ws.slug))
        })?;
        account_id = Some(account.id);
        t.added_by_self = Some(account.added_by == scope.actor);
        t.account = Some(slug.to_string());
    }
    if let Some(account) = account_id {
        let mine = match &scope.membership {
            Some(m) => store::accounts::assignment(conn, m.id, account)?,
            None => None,
        };
        t.assigned = Some(mine.is_some());
        t.approve = mine.is_some_and(|a| a.approve);
        let whose = match &member {
            Some(m) => store::accounts::assignment(conn, m.id, account)?,
            None => mine,
        };
        t.credentials = whose.and_then(|a| a.credentials);
    }
    Ok(t)
}
