//! `roster 2fa reset EMAIL`: forget a member's enrolment so they enrol again (a lost device).
//! decide(member.reset_2fa) rules: the owner for anyone, admins for editors and clients, nobody
//! for themselves. An enrolled actor proves it with a fresh code.

use serde_json::json;

use crate::auth;
use crate::commands::member::find_member;
use crate::context::{Ctx, Scope};
use crate::domain::Email;
use crate::error::{Error, ErrorKind, Result};
use crate::ops::members::{member_target, require_live};
use crate::ops::notify;
use crate::output::Report;
use crate::permissions::Action;
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member whose 2FA to reset
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let row = find_member(ctx, &scope, &args.email)?;
    let m = row.membership;
    require_live(&scope, &m, Action::MemberReset2fa)?;
    check_other_workspaces(ctx, &scope, &m.email, m.user_id)?;
    let conn = &ctx.store()?.reader();
    let Some(e) = store::totp::find(conn, m.user_id)? else {
        return Ok(Report::text(
            json!({"email": m.email, "workspace": scope.workspace.slug, "changed": false}),
            "",
        )
        .with_status(format!(
            "{} has no two-factor enrolment; nothing to reset.",
            m.email
        )));
    };
    // A reset hands the member's second factor back to whoever enrols next: where 2FA is
    // required (the workspace, the member's or the resetter's membership) it takes the
    // resetter's own fresh code, and a resetter who has none cannot give one.
    let required = scope.workspace.require_2fa
        || m.require_2fa
        || scope.membership.as_ref().is_some_and(|own| own.require_2fa);
    if required && !store::totp::is_enrolled(conn, &scope.actor)? {
        return Err(Error::new(
            ErrorKind::Auth,
            format!(
                "resetting the 2FA of {} needs a fresh two-factor code from {}, who has not enrolled",
                m.email, scope.actor
            ),
        )
        .with_hint("enrol first: `roster 2fa enroll`, then pass --otp CODE"));
    }
    if required || store::totp::is_enrolled(conn, &scope.actor)? {
        auth::require_fresh_code(
            ctx,
            &scope.actor,
            &format!("resetting the 2FA of {}", m.email),
        )?;
    }
    let now = ctx.now;
    let db_path = ctx.db.clone();
    let ws = &scope.workspace;
    ctx.store()?.write(|tx| {
        store::totp::remove(tx, m.user_id)?;
        notify(
            tx,
            &[m.user_id],
            ws.id,
            "2fa_reset",
            &format!(
                "{} reset your two-factor authentication in {}; enrol again with `roster 2fa enroll`",
                scope.actor, ws.slug
            ),
            now,
        )?;
        let mut audit = scope.audit(now, "2fa reset", "member.reset_2fa");
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.before = Some(json!({"twofa": if e.enrolled { "enrolled" } else { "pending" }}));
        audit.after = Some(json!({"twofa": "none"}));
        store::audit::record(tx, &audit)
    })?;
    // The secret's pages are zeroed in the file (secure_delete); drop the WAL's copies too.
    ctx.store()?.forget_freed();
    auth::forget_session(&db_path, &m.email);
    Ok(Report::text(
        json!({"email": m.email, "workspace": ws.slug, "changed": true}),
        "",
    )
    .with_status(format!(
        "Reset the two-factor authentication of {}: they enrol again with `roster 2fa enroll` before acting where 2FA is required.",
        m.email
    )))
}

/// An enrolment is the person's, not the workspace's: it guards them in every workspace they
/// belong to. So the actor must be allowed to reset it in each of those too, or an admin of one
/// team could strip the second factor another team relies on.
fn check_other_workspaces(ctx: &mut Ctx, scope: &Scope, email: &Email, user_id: i64) -> Result<()> {
    let conn = &ctx.store()?.reader();
    let mut prove = Vec::new();
    for slug in store::totp::other_workspaces(conn, user_id, scope.workspace.id)? {
        let Some(ws) = store::workspaces::find(conn, &slug)? else {
            continue;
        };
        let Some(theirs) = store::memberships::find(conn, ws.id, email)? else {
            continue;
        };
        let mine = store::memberships::find(conn, ws.id, &scope.actor)?;
        let known = mine.is_some();
        let there = Scope {
            actor: scope.actor.clone(),
            workspace: ws,
            membership: mine,
        };
        let d = there.decide(
            Action::MemberReset2fa,
            &member_target(&there, email, theirs.role),
        );
        if !d.allowed {
            // Name the workspace only to whoever may see the member there: to anyone else the
            // refusal names no place (whose members they are is not theirs to learn).
            let sees = known
                && there
                    .decide(
                        Action::MemberList,
                        &member_target(&there, email, theirs.role),
                    )
                    .allowed;
            let place = if sees {
                format!("{slug}, where you may not reset it ({})", d.reason)
            } else {
                "another workspace, where you may not reset it".to_string()
            };
            return Err(Error::denied(format!(
                "cannot reset the 2FA of {email}: it also guards them in {place}"
            ))
            .with_hint(
                "ask the owner of that workspace, or the member, who can turn it off with a code",
            ));
        }
        prove.push(there);
    }
    // Acting there, the actor proves their own 2FA where that workspace requires it of them.
    for there in prove {
        let Scope {
            workspace,
            membership,
            ..
        } = there;
        if let Some(mine) = membership {
            crate::auth::enforce(ctx, &workspace, &mine)?;
        }
    }
    Ok(())
}
