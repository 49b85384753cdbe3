//! `roster invite accept [WORKSPACE] --token T` and `roster invite decline [WORKSPACE]`.

use serde_json::json;

use super::invited_to;
use crate::commands::member::notify;
use crate::context::Ctx;
use crate::domain::{MemberStatus, NewAudit, Slug, access_words, format_ts};
use crate::error::{Error, ErrorKind, Result};
use crate::output::Report;
use crate::store;

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

/// Refuse answers to invitations that are no longer open, saying what happened to them.
fn not_open(status: MemberStatus, slug: &Slug) -> Error {
    match status {
        MemberStatus::Declined => Error::conflict(format!("you declined the invitation to {slug}"))
            .with_hint("ask for a new invitation"),
        MemberStatus::Revoked => Error::conflict(format!("the invitation to {slug} was revoked"))
            .with_hint("ask for a new invitation"),
        MemberStatus::Removed => Error::conflict(format!("you were removed from {slug}"))
            .with_hint("ask for a new invitation"),
        _ => Error::conflict(format!("there is no open invitation to {slug}")),
    }
}

pub fn accept(ctx: &mut Ctx, args: AcceptArgs) -> Result<Report> {
    let (actor, ws, m) = invited_to(ctx, args.workspace)?;
    if m.status == MemberStatus::Active {
        return Ok(Report::text(
            json!({"workspace": ws.slug, "role": m.role, "status": "active"}),
            "",
        )
        .with_status(format!(
            "You are already an active member of {} ({}); nothing to do.",
            ws.slug, m.role
        )));
    }
    if m.status != MemberStatus::Pending {
        return Err(not_open(m.status, &ws.slug));
    }
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let inv =
        store::invitations::pending(conn, m.id)?.ok_or_else(|| not_open(m.status, &ws.slug))?;
    check_token(args.token.as_deref(), &inv.token_hash, &ws.slug, "accept")?;
    if inv.expires_at <= now {
        return Err(Error::conflict(format!(
            "the invitation to {} expired at {}",
            ws.slug,
            format_ts(inv.expires_at)
        ))
        .with_hint(format!(
            "ask {} to send it again (`roster invite resend {actor}`)",
            inv.invited_by
        )));
    }
    let twofa_needed =
        (ws.require_2fa || m.require_2fa) && !store::totp::is_enrolled(conn, &actor)?;
    ctx.store()?.write(|tx| {
        store::memberships::set_status(tx, m.id, MemberStatus::Active, None, now)?;
        store::invitations::close(tx, m.id, "accepted", now)?;
        let inviter = store::users::ensure(tx, &inv.invited_by, now)?;
        let owner = store::users::ensure(tx, &ws.owner, now)?;
        notify(
            tx,
            &[inviter, owner],
            ws.id,
            "acceptance",
            &format!(
                "{actor} accepted the invitation to {} as {}",
                ws.slug, m.role
            ),
            now,
        )?;
        answer_audit(tx, &actor, &ws.slug, "accept", "active", now)
    })?;
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
    let (actor, ws, m) = invited_to(ctx, args.workspace)?;
    if m.status != MemberStatus::Pending {
        return Err(not_open(m.status, &ws.slug));
    }
    let now = ctx.now;
    let inv = store::invitations::pending(&ctx.store()?.reader(), m.id)?
        .ok_or_else(|| not_open(m.status, &ws.slug))?;
    check_token(args.token.as_deref(), &inv.token_hash, &ws.slug, "decline")?;
    ctx.store()?.write(|tx| {
        store::memberships::set_status(tx, m.id, MemberStatus::Declined, None, now)?;
        store::invitations::close(tx, m.id, "declined", now)?;
        let tell = [
            store::users::ensure(tx, &ws.owner, now)?,
            store::users::ensure(tx, &inv.invited_by, now)?,
        ];
        notify(
            tx,
            &tell,
            ws.id,
            "decline",
            &format!("{actor} declined the invitation to {}", ws.slug),
            now,
        )?;
        answer_audit(tx, &actor, &ws.slug, "decline", "declined", now)
    })?;
    Ok(
        Report::text(json!({"workspace": ws.slug, "status": "declined"}), "")
            .with_status(format!("You declined the invitation to {}.", ws.slug)),
    )
}

/// The audit row of an invitee's answer: pending -> active or declined.
fn answer_audit(
    tx: &crate::store::Tx<'_>,
    actor: &crate::domain::Email,
    ws: &Slug,
    verb: &str,
    after: &str,
    now: crate::domain::Timestamp,
) -> Result<()> {
    store::audit::record(
        tx,
        &NewAudit {
            at: now,
            actor,
            command: &format!("invite {verb}"),
            action: &format!("invite.{verb}"),
            workspace: Some(ws.as_str()),
            target: Some(actor.as_str()),
            before: Some(json!({"status": "pending"})),
            after: Some(json!({"status": after})),
            batch_id: None,
        },
    )
}

/// The token proves the answer comes from whoever received the invitation: missing is a usage
/// error (2), wrong is an authentication failure (7).
fn check_token(token: Option<&str>, hash: &[u8], slug: &Slug, verb: &str) -> Result<()> {
    let token = token.ok_or_else(|| {
        Error::usage(format!(
            "missing --token: to {verb}, prove you received the invitation"
        ))
        .with_hint(format!(
            "copy the token from the invitation email: `roster invite {verb} {slug} --token …`"
        ))
    })?;
    let given = crate::ops::members::hash_token(token);
    if !constant_time_eq(&given, hash) {
        return Err(Error::new(
            ErrorKind::Auth,
            format!("the token does not match the invitation to {slug}"),
        )
        .with_hint("use the latest invitation email; a resend replaces the token"));
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
