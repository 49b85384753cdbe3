//! `roster member export [--format csv|json]`: the members (not the owner) as the batch file
//! `member invite --from` reads — header, flags, `assign` specs such as `acme-fb:approve:owner`
//! — so that export → edit → invite works, and an unedited export re-imports as `unchanged`.

use std::ops::ControlFlow;

use serde::Serialize;

use crate::context::Ctx;
use crate::domain::{AssignSpec, Email, MemberStatus, Role};
use crate::error::Result;
use crate::output::{Format, Output, Report, Tabular};
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

/// One row of the batch file.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub email: Email,
    pub role: Role,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    /// `;`-separated `ACCOUNT[:approve][:full|:review][:owner|:member]`.
    pub assign: String,
}

impl Tabular for Exported {
    fn headers() -> &'static [&'static str] {
        &super::batch::COLUMNS
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.email.to_string(),
            self.role.to_string(),
            self.can_add_accounts.to_string(),
            self.can_manage_posts.to_string(),
            self.require_2fa.to_string(),
            self.assign.clone(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    // The whole membership: what inviting them all would need.
    scope.require(Action::MemberList, &Target::default())?;
    scope.require(
        Action::MemberInvite,
        &Target {
            role: Some(Role::Client),
            ..Target::default()
        },
    )?;
    let now = ctx.now;
    // A batch file is CSV unless JSON was asked for: `roster member export > members.csv`.
    let out = match ctx.out.format {
        Format::Json => ctx.out,
        _ => Output {
            format: Format::Csv,
            ..ctx.out
        },
    };
    let ws = scope.workspace.id;
    // The status line counts every member, even when stdout closed early (`| head`): past
    // that they are only counted.
    let mut n = 0;
    ctx.store()?.scan(|tx| {
        // Assignments only on the accounts the actor may see, as in `member list`.
        let shown = crate::ops::members::shown_accounts(tx, &scope)?;
        out.stream(|emit| {
            n = 0;
            let mut closed = false;
            store::memberships::each(tx, ws, now, |row, accounts| {
                let m = &row.membership;
                if m.role == Role::Owner
                    || !matches!(m.status, MemberStatus::Active | MemberStatus::Pending)
                {
                    return ControlFlow::Continue(());
                }
                n += 1;
                if closed {
                    return ControlFlow::Continue(());
                }
                let assign = crate::ops::members::only_shown(accounts, &shown)
                    .into_iter()
                    .map(|a| {
                        AssignSpec {
                            account: a.account,
                            approve: a.approve,
                            posting: a.posting,
                            credentials: a.credentials,
                        }
                        .to_string()
                    })
                    .collect::<Vec<_>>()
                    .join(";");
                closed = emit(&Exported {
                    email: m.email.clone(),
                    role: m.role,
                    can_add_accounts: m.can_add_accounts,
                    can_manage_posts: m.can_manage_posts,
                    require_2fa: m.require_2fa,
                    assign,
                })
                .is_break();
                ControlFlow::Continue(())
            })
        })
    })?;
    Ok(Report::streamed().with_status(format!(
        "{n} member(s); re-import with `roster member invite --from FILE`."
    )))
}
