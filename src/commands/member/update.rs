//! `roster member update EMAIL [--role R] [access flags] [--assign …]`: change a member's role,
//! access, 2FA requirement or account settings. Assignments follow the new role: approve only
//! for clients, posting only for editors, credentials only for members who post.

use serde_json::json;

use super::{
    AccessFlags, can_post, check_flags, fields, find_member, member_target, notify, require_assign,
    require_live, resolve_assignments, view,
};
use crate::context::Ctx;
use crate::domain::{AssignSpec, Credentials, Email, Posting, Role, access_words};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::Action;
use crate::store::{self, accounts::AssignmentFacts, memberships::Settings};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member's email address
    pub email: Email,
    /// A new role (owner only; not while they have posts pending approval)
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    #[command(flatten)]
    pub flags: AccessFlags,
    /// Assign an account or change its settings: ACCOUNT[:approve][:full|:review][:owner|:member]
    #[arg(long = "assign", value_name = "SPEC")]
    pub assign: Vec<AssignSpec>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let row = find_member(ctx, &scope, &args.email)?;
    let m = row.membership.clone();
    let target = member_target(&scope, &m.email, m.role);
    // A role change is answered first: "the owner cannot be demoted" says more than "has no
    // settings to change".
    if args.role.is_some_and(|r| r != m.role) {
        scope.require(Action::MemberRole, &target)?;
    }
    // Requiring (or lifting) 2FA alone is its own permission: admins may require it of clients
    // they may not otherwise update.
    let only_2fa = args.role.is_none()
        && args.flags.can_add_accounts.is_none()
        && args.flags.can_manage_posts.is_none()
        && args.assign.is_empty()
        && args.flags.require_2fa.is_some();
    require_live(
        &scope,
        &m,
        if only_2fa {
            Action::MemberRequire2fa
        } else {
            Action::MemberUpdate
        },
    )?;
    let role = args.role.unwrap_or(m.role);
    let f = &args.flags;
    // Flags a new role cannot have are dropped unless given explicitly (then they are refused).
    let settings = Settings {
        role,
        can_add_accounts: f
            .can_add_accounts
            .unwrap_or(m.can_add_accounts && role.may_add_accounts_flag()),
        can_manage_posts: f
            .can_manage_posts
            .unwrap_or(m.can_manage_posts && role.is_client()),
        require_2fa: f.require_2fa.unwrap_or(m.require_2fa),
    };
    check_flags(role, &settings)?;
    if role != m.role {
        let author = m.user_id;
        let pending =
            store::posts::pending_by_author(ctx.store()?.conn(), scope.workspace.id, author)?;
        if pending > 0 {
            return Err(Error::conflict(format!(
                "{} has {pending} post(s) pending approval: their role cannot change meanwhile",
                m.email
            ))
            .with_hint("change the role once those posts have been approved or declined"));
        }
    }
    if settings.require_2fa != m.require_2fa {
        let mut t = target.clone();
        if !settings.require_2fa {
            let by = store::memberships::require_2fa_by(ctx.store()?.conn(), m.id)?;
            t.lifting_own_requirement = Some(by.as_ref() == Some(&scope.actor));
        }
        scope.require(Action::MemberRequire2fa, &t)?;
    }
    let now = ctx.now;
    let conn = ctx.store()?.conn();
    let given = resolve_assignments(
        conn,
        scope.workspace.id,
        role,
        settings.can_manage_posts,
        &args.assign,
    )?;
    require_assign(conn, &scope, role, &m.email, &given)?;
    // Existing assignments, carried over to the new role and flags.
    let mut wanted: Vec<(i64, AssignmentFacts)> = Vec::new();
    for a in store::accounts::assignments_of_member(conn, m.id)? {
        let id = store::accounts::find_id(conn, scope.workspace.id, &a.account)?
            .expect("assigned account exists");
        let posts = can_post(role, settings.can_manage_posts);
        wanted.push((
            id,
            AssignmentFacts {
                approve: a.approve && role.is_client(),
                posting: role
                    .has_posting_mode()
                    .then(|| a.posting.unwrap_or(Posting::Full)),
                credentials: posts.then(|| a.credentials.unwrap_or(Credentials::Owner)),
            },
        ));
    }
    for (id, _, facts) in &given {
        match wanted.iter_mut().find(|(w, _)| w == id) {
            Some(w) => w.1 = *facts,
            None => wanted.push((*id, *facts)),
        }
    }
    let old = Settings {
        role: m.role,
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
        require_2fa: m.require_2fa,
    };
    let mut changed = old != settings;
    for (id, facts) in &wanted {
        if store::accounts::assignment(conn, m.id, *id)? != Some(*facts) {
            changed = true;
        }
    }
    if !changed {
        let v = view(conn, &row)?;
        return Ok(
            Report::object(&v, fields(&v, scope.workspace.require_2fa)).with_status(format!(
                "{} already has these settings; nothing changed.",
                m.email
            )),
        );
    }
    let ws = &scope.workspace;
    let after = ctx.store()?.write(|tx| {
        store::memberships::update(tx, m.id, &settings, now)?;
        if settings.require_2fa != m.require_2fa {
            let by = if settings.require_2fa { Some(store::users::ensure(tx, &scope.actor, now)?) } else { None };
            store::memberships::set_require_2fa_by(tx, m.id, by)?;
        }
        for (id, facts) in &wanted {
            store::accounts::upsert_assignment(tx, m.id, *id, facts, now)?;
        }
        let mut msg = format!("{} changed your access in {}: {}", scope.actor, ws.slug, access_words(role, settings.can_add_accounts, settings.can_manage_posts));
        if role != m.role {
            msg = format!("{} changed your role in {} from {} to {}", scope.actor, ws.slug, m.role, role);
        }
        notify(tx, &[m.user_id], ws.id, if role != m.role { "role_change" } else { "access_change" }, &msg, now)?;
        let mut audit = scope.audit(now, "member update", if role != m.role { "member.role" } else { "member.update" });
        let target = m.email.to_string();
        audit.target = Some(&target);
        audit.before = Some(json!({"role": old.role, "can_add_accounts": old.can_add_accounts, "can_manage_posts": old.can_manage_posts, "require_2fa": old.require_2fa}));
        audit.after = Some(json!({"role": role, "can_add_accounts": settings.can_add_accounts, "can_manage_posts": settings.can_manage_posts, "require_2fa": settings.require_2fa, "assign": args.assign.iter().map(|a| a.to_string()).collect::<Vec<_>>()}));
        store::audit::record(tx, &audit)?;
        store::memberships::find_row(tx, ws.id, &m.email, now)?.ok_or_else(|| Error::internal("the member vanished"))
    })?;
    let v = view(ctx.store()?.conn(), &after)?;
    Ok(Report::object(&v, fields(&v, ws.require_2fa))
        .with_status(format!("Updated {} in {}.", m.email, ws.slug)))
}
