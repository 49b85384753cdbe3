//! `roster member list [--role R] [--status S] [--2fa missing|required|enrolled]`: everyone
//! (clients: themselves and the owner), with role, status, access in Publer's words, 2FA and
//! accounts.

use crate::context::Ctx;
use crate::domain::{MemberStatus, Role};
use crate::error::Result;
use crate::ops::members::member_target;
use crate::ops::members::member_view_with as view_with;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only members with this role
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// Only members in this state [default: active, pending and expired]
    #[arg(long, value_enum)]
    pub status: Option<MemberStatus>,
    /// Only members whose 2FA is: missing (required, not enrolled), required, or enrolled
    #[arg(long = "2fa", value_enum, value_name = "FILTER")]
    pub twofa: Option<TwofaFilter>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TwofaFilter {
    /// Required (by the workspace or the membership) but not enrolled
    Missing,
    /// Required by the workspace or the membership
    Required,
    /// Enrolled in TOTP
    Enrolled,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::MemberList, &Target::default())?;
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let mut out = Vec::new();
    // Two queries however many members: the members, then every assignment of the workspace.
    let mut assigned = store::accounts::assignments_of_workspace(conn, scope.workspace.id)?;
    for row in store::memberships::list(conn, scope.workspace.id, now)? {
        let m = &row.membership;
        let wanted_status = match args.status {
            Some(s) => m.status == s,
            None => matches!(
                m.status,
                MemberStatus::Active | MemberStatus::Pending | MemberStatus::Expired
            ),
        };
        if !wanted_status || args.role.is_some_and(|r| r != m.role) {
            continue;
        }
        let required = scope.workspace.require_2fa || m.require_2fa;
        let wanted_2fa = match args.twofa {
            None => true,
            Some(TwofaFilter::Missing) => required && !row.twofa_enrolled,
            Some(TwofaFilter::Required) => required,
            Some(TwofaFilter::Enrolled) => row.twofa_enrolled,
        };
        if !wanted_2fa {
            continue;
        }
        // Clients see only themselves and the owner: decide() says which rows.
        if !scope
            .decide(Action::MemberList, &member_target(&scope, &m.email, m.role))
            .allowed
        {
            continue;
        }
        let accounts = assigned.remove(&m.id).unwrap_or_default();
        out.push(view_with(&row, accounts).in_workspace(scope.workspace.require_2fa));
    }
    Ok(Report::list_as(ctx.out.format, &out))
}
