//! `roster invite revoke EMAIL` and `roster invite resend EMAIL`: for those who may invite
//! that member's role.

use serde_json::json;

use crate::commands::member::{
    InviteOutcome, Invited, find_member, issue_invitation, member_target, notify, report,
};
use crate::context::Ctx;
use crate::domain::{Email, MemberStatus, access_words};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::Action;
use crate::store;

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
    let m = find_member(ctx, &scope, &args.email)?.membership;
    scope.require(
        Action::MemberInvite,
        &member_target(&scope, &m.email, m.role),
    )?;
    if !matches!(m.status, MemberStatus::Pending | MemberStatus::Expired) {
        return Err(Error::conflict(format!(
            "{} has no pending invitation to {} (they are {})",
            m.email, scope.workspace.slug, m.status
        )));
    }
    ctx.confirm(
        &format!(
            "Revoke the invitation of {} to {}?",
            m.email, scope.workspace.slug
        ),
        &format!("revoking the invitation of {}", m.email),
    )?;
    let now = ctx.now;
    ctx.store()?.write(|tx| {
        store::memberships::set_status(tx, m.id, MemberStatus::Revoked, None, now)?;
        store::invitations::close(tx, m.id, "revoked", now)?;
        notify(
            tx,
            &[m.user_id],
            scope.workspace.id,
            "revoked",
            &format!(
                "{} revoked your invitation to {}",
                scope.actor, scope.workspace.slug
            ),
            now,
        )?;
        let mut audit = scope.audit(now, "invite revoke", "member.invite");
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.before = Some(json!({"status": "pending"}));
        audit.after = Some(json!({"status": "revoked"}));
        store::audit::record(tx, &audit)
    })?;
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
    let m = find_member(ctx, &scope, &args.email)?.membership;
    scope.require(
        Action::MemberInvite,
        &member_target(&scope, &m.email, m.role),
    )?;
    if !matches!(m.status, MemberStatus::Pending | MemberStatus::Expired) {
        return Err(Error::conflict(format!(
            "{} has no pending invitation to {} (they are {})",
            m.email, scope.workspace.slug, m.status
        ))
        .with_hint(format!(
            "invite them: `roster member invite {} --role {}`",
            m.email, m.role
        )));
    }
    let now = ctx.now;
    let ttl = ctx.config.invitation_ttl();
    let invited = ctx.store()?.write(|tx| {
        let inviter = store::users::ensure(tx, &scope.actor, now)?;
        let mut invited = Invited {
            email: m.email.clone(),
            workspace: scope.workspace.slug.to_string(),
            role: m.role,
            result: InviteOutcome::Updated,
            access: access_words(m.role, m.can_add_accounts, m.can_manage_posts),
            can_add_accounts: m.can_add_accounts,
            can_manage_posts: m.can_manage_posts,
            require_2fa: m.require_2fa,
            invited_by: scope.actor.clone(),
            accounts: Vec::new(),
            token: None,
            accept_command: None,
            expires_at: None,
            mail: None,
        };
        issue_invitation(tx, &scope, m.id, inviter, &mut invited, !args.no_email, now, ttl)?;
        notify(tx, &[m.user_id], scope.workspace.id, "invitation", &format!("{} sent your invitation to {} again", scope.actor, scope.workspace.slug), now)?;
        let mut audit = scope.audit(now, "invite resend", "member.invite");
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.after = Some(json!({"expires_at": invited.expires_at.map(crate::domain::format_ts), "email": !args.no_email}));
        store::audit::record(tx, &audit)?;
        Ok(invited)
    })?;
    let r = report(&invited, false);
    match invited.mail {
        Some(id) => ctx.deliver(r, &[id]),
        None => Ok(r),
    }
}
