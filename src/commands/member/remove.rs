//! `roster member remove EMAIL`: the member loses access; their posts go to the owner and
//! their pending posts become drafts.

use serde_json::json;

use super::{find_member, notify, require_live};
use crate::context::{Ctx, Scope};
use crate::domain::{Email, MemberStatus, Membership};
use crate::error::Result;
use crate::output::Report;
use crate::permissions::Action;
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member's email address
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let row = find_member(ctx, &scope, &args.email)?;
    let m = row.membership;
    require_live(&scope, &m, Action::MemberRemove)?;
    ctx.confirm(
        &format!(
            "Remove {} ({}) from {}? Their posts go to the owner.",
            m.email, m.role, scope.workspace.slug
        ),
        &format!("removing {}", m.email),
    )?;
    let now = ctx.now;
    let moved = ctx.store()?.write(|tx| {
        let moved = end_membership(tx, &scope, &m, now)?;
        notify(
            tx,
            &[m.user_id],
            scope.workspace.id,
            "removed",
            &format!("{} removed you from {}", scope.actor, scope.workspace.slug),
            now,
        )?;
        let mut audit = scope.audit(now, "member remove", "member.remove");
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.before = Some(json!({"role": m.role, "status": m.status}));
        audit.after = Some(json!({"status": "removed", "posts_handed_to_owner": moved}));
        store::audit::record(tx, &audit)?;
        Ok(moved)
    })?;
    let mut r = Report::text(json!({"removed": m.email, "workspace": scope.workspace.slug, "posts_handed_to_owner": moved}), "")
        .with_status(format!("Removed {} from {}.", m.email, scope.workspace.slug));
    if moved > 0 {
        r = r.with_status(format!(
            "{moved} of their post(s) now belong to the owner; pending ones are drafts again."
        ));
    }
    Ok(r)
}

/// A membership ends (removed or left): its invitation closes, its assignments go, and its
/// posts are handed to the owner. Returns how many posts changed hands.
pub fn end_membership(
    tx: &rusqlite::Connection,
    scope: &Scope,
    m: &Membership,
    now: crate::domain::Timestamp,
) -> Result<usize> {
    store::memberships::set_status(tx, m.id, MemberStatus::Removed, None, now)?;
    store::invitations::close(tx, m.id, "revoked", now)?;
    store::accounts::remove_all_assignments(tx, m.id)?;
    let owner = store::users::ensure(tx, &scope.workspace.owner, now)?;
    store::posts::hand_over(tx, scope.workspace.id, m.user_id, None, owner, now)
}
