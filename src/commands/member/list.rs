//! `roster member list [--role R] [--status S] [--2fa missing|required|enrolled]`: everyone
//! (clients: themselves and the owner), with role, status, access in Publer's words, 2FA and
//! accounts.

use std::ops::ControlFlow;

use crate::context::{Ctx, Scope};
use crate::domain::{MemberStatus, Role};
use crate::error::Result;
use crate::ops;
use crate::ops::members::member_view_with as view_with;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store::{self, memberships::MemberRow};

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
    let out = ctx.out;
    // Printed as read, one query however many members (a table may read them twice: one
    // snapshot keeps both passes the same).
    ctx.store()?.scan(|tx| {
        // Each member's assignments on the accounts the actor may see (`account list`'s).
        let shown = ops::members::shown_accounts(tx, &scope)?;
        out.stream(|emit| {
            store::memberships::each(tx, scope.workspace.id, now, |row, accounts| {
                if !wanted(&args, &scope, &row) {
                    return ControlFlow::Continue(());
                }
                emit(&view_with(&row, accounts, &shown).in_workspace(scope.workspace.require_2fa))
            })
        })
    })?;
    Ok(Report::streamed())
}

/// Whether the filters keep a member, and decide() lets the actor see them.
fn wanted(args: &Args, scope: &Scope, row: &MemberRow) -> bool {
    let m = &row.membership;
    let wanted_status = match args.status {
        Some(s) => m.status == s,
        None => matches!(
            m.status,
            MemberStatus::Active | MemberStatus::Pending | MemberStatus::Expired
        ),
    };
    if !wanted_status || args.role.is_some_and(|r| r != m.role) {
        return false;
    }
    let required = scope.workspace.require_2fa || m.require_2fa;
    let wanted_2fa = match args.twofa {
        None => true,
        Some(TwofaFilter::Missing) => required && !row.twofa_enrolled,
        Some(TwofaFilter::Required) => required,
        Some(TwofaFilter::Enrolled) => row.twofa_enrolled,
    };
    // Clients see only themselves and the owner: decide() says which rows.
    wanted_2fa && ops::members::listed(scope, m)
}
