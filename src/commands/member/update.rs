//! `roster member update EMAIL [--role R] [access flags] [--assign …]`: change a member's role,
//! access, 2FA requirement or account settings. Assignments follow the new role: approve only
//! for clients, posting only for editors, credentials only for members who post.

use super::{AccessFlags, default_credentials_notes, fields};
use crate::context::Ctx;
use crate::domain::{AssignSpec, Email, MemberRole, Role};
use crate::error::Result;
use crate::ops::{self, Change, members::UpdateRequest};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member's email address
    #[arg(add = crate::complete::members())]
    pub email: Email,
    /// A new role (owner only; not while they have posts pending approval)
    #[arg(long, value_parser = super::MemberRoleParser)]
    pub role: Option<MemberRole>,
    #[command(flatten)]
    pub flags: AccessFlags,
    /// Assign an account or change its settings: ACCOUNT[:approve][:full|:review][:owner|:member]
    #[arg(add = crate::complete::accounts(), long = "assign", value_name = "SPEC")]
    pub assign: Vec<AssignSpec>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let req = UpdateRequest {
        role: args.role.map(Role::from),
        can_add_accounts: args.flags.can_add_accounts,
        can_manage_posts: args.flags.can_manage_posts,
        require_2fa: args.flags.require_2fa,
        assign: args.assign,
    };
    let updated = ctx
        .store()?
        .write(|tx| ops::members::update(tx, &scope.reload(tx)?, &args.email, &req, now))?;
    let v = &updated
        .member
        .clone()
        .in_workspace(scope.workspace.require_2fa);
    let mut r = Report::object(v, fields(v, scope.workspace.require_2fa));
    for note in default_credentials_notes(&req.assign, &v.accounts, |s| {
        format!("assign {}:member", s.account)
    }) {
        r = r.with_status(note);
    }
    Ok(match updated.change {
        Change::Unchanged => r.with_status(format!(
            "{} already has these settings; nothing changed.",
            v.email
        )),
        _ => r.with_status(format!("Updated {} in {}.", v.email, scope.workspace.slug)),
    })
}
