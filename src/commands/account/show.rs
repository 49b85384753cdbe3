//! `roster account show ACC`: the account, and who is assigned to it (owners and admins see
//! every assignment; others their own).

use serde_json::json;

use super::visible_account;
use crate::context::Ctx;
use crate::domain::Slug;
use crate::error::Result;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The account's slug
    #[arg(add = crate::complete::accounts())]
    pub account: Slug,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let (account, _) = visible_account(ctx, &scope, &args.account)?;
    let conn = &ctx.store()?.reader();
    let assignments: Vec<_> = store::accounts::assignments_of_account(conn, account.id)?
        .into_iter()
        .filter(|a| {
            // Assignments name members: shown to those who may see that member (clients: only
            // themselves).
            let t = Target {
                member: Some(a.member.to_string()),
                member_is_self: a.member == scope.actor,
                ..Target::default()
            };
            scope.decide(Action::MemberList, &t).allowed
        })
        .collect();
    let mut fields = vec![
        ("slug", account.slug.to_string()),
        ("provider", account.provider.to_string()),
        ("name", account.name.clone()),
        ("handle", account.handle.clone().unwrap_or_default()),
        ("status", account.auth_status.to_string()),
        ("added by", account.added_by.to_string()),
    ];
    let list = assignments
        .iter()
        .map(|a| format!("{} ({})", a.member, a.summary()))
        .collect::<Vec<_>>()
        .join("\n");
    fields.push((
        "assigned to",
        if list.is_empty() { "-".into() } else { list },
    ));
    let mut data = serde_json::to_value(&account).expect("serialisable");
    data["assignments"] = json!(assignments);
    Ok(Report::object(&data, fields))
}
