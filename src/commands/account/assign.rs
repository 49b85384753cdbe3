//! `roster account assign ACC --member EMAIL [--approve] [--posting full|review]
//! [--credentials owner|member]` and `roster account unassign ACC --member EMAIL`.

use serde_json::json;

use crate::commands::member::{assignment_facts, can_post, find_member, notify, require_assign};
use crate::context::{Ctx, Scope};
use crate::domain::{AssignSpec, Credentials, Email, MemberStatus, Posting, Slug};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct AssignArgs {
    /// The account's slug
    pub account: Option<Slug>,
    /// The member to assign it to
    #[arg(long, value_name = "EMAIL")]
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
    pub account: Slug,
    /// The member to take it from
    #[arg(long, value_name = "EMAIL")]
    pub member: Email,
}

pub fn assign(ctx: &mut Ctx, mut args: AssignArgs) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = scope.workspace.clone();
    if (args.account.is_none() || args.member.is_none()) && ctx.interactive {
        ask(ctx, &scope, &mut args)?;
    }
    let (Some(account_slug), Some(member)) = (args.account.clone(), args.member.clone()) else {
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
    let args = AssignArgs {
        account: Some(account_slug.clone()),
        member: Some(member.clone()),
        ..args
    };
    let m = find_member(ctx, &scope, &member)?.membership;
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let account = store::accounts::find(conn, ws.id, &account_slug)?.ok_or_else(|| {
        Error::not_found(format!("account '{account_slug}' not found in {}", ws.slug))
    })?;
    if !matches!(m.status, MemberStatus::Active | MemberStatus::Pending) {
        return Err(Error::conflict(format!(
            "{} is {} in {}: invite them again first",
            m.email, m.status, ws.slug
        )));
    }
    let current = store::accounts::assignment(conn, m.id, account.id)?;
    // Settings not given keep their current value (or the default for a new assignment).
    let spec = AssignSpec {
        account: account.slug.clone(),
        approve: args.approve.unwrap_or(current.is_some_and(|c| c.approve)),
        posting: args.posting.or(current.and_then(|c| c.posting)),
        credentials: args.credentials.or(current.and_then(|c| c.credentials)),
    };
    let explicit = AssignSpec {
        account: account.slug.clone(),
        approve: args.approve.unwrap_or(false),
        posting: args.posting,
        credentials: args.credentials,
    };
    // What was given explicitly is checked against the member's role and flags.
    assignment_facts(m.role, m.can_manage_posts, &explicit)?;
    let facts = assignment_facts(m.role, m.can_manage_posts, &spec)?;
    require_assign(
        conn,
        &scope,
        m.role,
        &m.email,
        &[(account.id, account.slug.clone(), facts)],
    )?;
    if args.posting.is_some() {
        let mine = match &scope.membership {
            Some(me) => store::accounts::assignment(conn, me.id, account.id)?.is_some(),
            None => false,
        };
        let t = Target {
            role: Some(m.role),
            account: Some(account.slug.to_string()),
            assigned: Some(mine),
            ..Target::default()
        };
        scope.require(Action::AccountPosting, &t)?;
    }
    if current == Some(facts) {
        let view = store::accounts::assignments_of_member(conn, m.id)?
            .into_iter()
            .find(|a| a.account == account.slug);
        return Ok(Report::text(json!(view), "").with_status(format!(
            "{} already has {} with these settings; nothing changed.",
            m.email, account.slug
        )));
    }
    let view = ctx.store()?.write(|tx| {
        store::accounts::upsert_assignment(tx, m.id, account.id, &facts, now)?;
        let view = store::accounts::assignments_of_member(tx, m.id)?
            .into_iter()
            .find(|a| a.account == account.slug)
            .ok_or_else(|| Error::internal("the assignment vanished"))?;
        let verb = if current.is_some() { "changed your settings on" } else { "assigned you" };
        notify(tx, &[m.user_id], ws.id, "assignment_change", &format!("{} {verb} {} in {}: {}", scope.actor, account.slug, ws.slug, view.summary()), now)?;
        let mut audit = scope.audit(now, "account assign", "account.assign");
        let target = format!("{}:{}", account.slug, m.email);
        audit.target = Some(&target);
        audit.before = current.map(|c| json!({"approve": c.approve, "posting": c.posting, "credentials": c.credentials}));
        audit.after = Some(json!({"approve": facts.approve, "posting": facts.posting, "credentials": facts.credentials}));
        store::audit::record(tx, &audit)?;
        Ok(view)
    })?;
    let mut r = Report::object(
        &view,
        vec![
            ("account", view.account.to_string()),
            ("member", view.member.to_string()),
            ("settings", view.summary()),
            ("auth status", view.auth_status.to_string()),
        ],
    )
    .with_status(format!("Assigned {} to {}.", account.slug, m.email));
    if view.credentials == Some(Credentials::Member)
        && view.auth_status == crate::domain::AuthStatus::NeedsReauth
    {
        r = r.with_status(format!(
            "{} must reauthenticate it themselves: `roster account reauth {}`.",
            m.email, account.slug
        ));
    }
    Ok(r)
}

/// The wizard for `account assign`: offer the accounts and members `decide()` lets the actor
/// pair, then ask the per-account settings that apply to the member's role.
fn ask(ctx: &mut Ctx, scope: &Scope, args: &mut AssignArgs) -> Result<()> {
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let held = |account: i64| -> Result<bool> {
        Ok(match &scope.membership {
            Some(me) => store::accounts::assignment(conn, me.id, account)?.is_some(),
            None => false,
        })
    };
    let mut accounts = Vec::new();
    for a in store::accounts::list(conn, scope.workspace.id)? {
        let t = Target {
            account: Some(a.slug.to_string()),
            assigned: Some(held(a.id)?),
            ..Target::default()
        };
        if scope.decide(Action::AccountAssign, &t).allowed {
            accounts.push((
                a.slug.clone(),
                format!("{} ({}, {})", a.slug, a.provider, a.name),
            ));
        }
    }
    let mut members = Vec::new();
    for row in store::memberships::list(conn, scope.workspace.id, now)? {
        let m = row.membership;
        if !matches!(m.status, MemberStatus::Active | MemberStatus::Pending) {
            continue;
        }
        let t = Target {
            role: Some(m.role),
            member: Some(m.email.to_string()),
            member_is_self: m.email == scope.actor,
            ..Target::default()
        };
        if scope.decide(Action::AccountAssign, &t).allowed {
            members.push((
                m.email.clone(),
                m.role,
                can_post(m.role, m.can_manage_posts),
            ));
        }
    }
    crate::wizard::account_assign(
        &mut args.account,
        &mut args.member,
        &accounts,
        &members,
        &mut args.approve,
        &mut args.posting,
        &mut args.credentials,
    )
}

pub fn unassign(ctx: &mut Ctx, args: UnassignArgs) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = scope.workspace.clone();
    let m = find_member(ctx, &scope, &args.member)?.membership;
    let conn = &ctx.store()?.reader();
    let account = store::accounts::find(conn, ws.id, &args.account)?.ok_or_else(|| {
        Error::not_found(format!(
            "account '{}' not found in {}",
            args.account, ws.slug
        ))
    })?;
    let current = store::accounts::assignment(conn, m.id, account.id)?;
    let placeholder = crate::store::accounts::AssignmentFacts {
        approve: false,
        posting: None,
        credentials: None,
    };
    require_assign(
        conn,
        &scope,
        m.role,
        &m.email,
        &[(account.id, account.slug.clone(), placeholder)],
    )?;
    let Some(current) = current else {
        return Err(Error::not_found(format!(
            "{} is not assigned to {}",
            m.email, account.slug
        )));
    };
    let now = ctx.now;
    let moved = ctx.store()?.write(|tx| {
        store::accounts::remove_assignment(tx, m.id, account.id)?;
        let owner = store::users::ensure(tx, &ws.owner, now)?;
        let moved = store::posts::hand_over(tx, ws.id, m.user_id, Some(account.id), owner, now)?;
        notify(tx, &[m.user_id], ws.id, "assignment_change", &format!("{} unassigned {} from you in {}", scope.actor, account.slug, ws.slug), now)?;
        let mut audit = scope.audit(now, "account unassign", "account.assign");
        let target = format!("{}:{}", account.slug, m.email);
        audit.target = Some(&target);
        audit.before = Some(json!({"approve": current.approve, "posting": current.posting, "credentials": current.credentials}));
        audit.after = Some(json!({"posts_handed_to_owner": moved}));
        store::audit::record(tx, &audit)?;
        Ok(moved)
    })?;
    let mut r = Report::text(json!({"account": account.slug, "member": m.email, "unassigned": true, "posts_handed_to_owner": moved}), "")
        .with_status(format!("Unassigned {} from {}.", account.slug, m.email));
    if moved > 0 {
        r = r.with_status(format!(
            "{moved} of their post(s) on it now belong to the owner."
        ));
    }
    Ok(r)
}
