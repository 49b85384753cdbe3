//! `roster member show EMAIL`: one member's role, access, 2FA requirement and accounts.

use super::{fields, find_member};
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::Result;
use crate::ops::members::member_target;
use crate::ops::members::member_view as view;
use crate::output::Report;
use crate::permissions::Action;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member's email address
    #[arg(add = crate::complete::members())]
    pub email: Email,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let row = find_member(ctx, &scope, &args.email)?;
    scope.require(
        Action::MemberList,
        &member_target(&scope, &args.email, row.membership.role),
    )?;
    let v = view(&ctx.store()?.reader(), &scope, &row)?.in_workspace(scope.workspace.require_2fa);
    Ok(Report::object(&v, fields(&v, scope.workspace.require_2fa)))
}
