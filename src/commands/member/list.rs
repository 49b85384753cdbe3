//! `roster member list [--role R] [--status S]`: everyone (clients: themselves and the owner),
//! with role, status, access in Publer's words, 2FA and accounts.

use super::{member_target, view};
use crate::context::Ctx;
use crate::domain::{MemberStatus, Role};
use crate::error::Result;
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
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::MemberList, &Target::default())?;
    let now = ctx.now;
    let conn = ctx.store()?.conn();
    let mut out = Vec::new();
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
        // Clients see only themselves and the owner: decide() says which rows.
        if !scope
            .decide(Action::MemberList, &member_target(&scope, &m.email, m.role))
            .allowed
        {
            continue;
        }
        out.push(view(conn, &row)?);
    }
    Ok(Report::list(&out))
}
