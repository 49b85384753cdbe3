//! `roster account list [--mine]`: owners see every account; everyone else the accounts
//! assigned to them.

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only accounts assigned to you
    #[arg(long)]
    pub mine: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::AccountView, &Target::default())?;
    let conn = &ctx.store()?.reader();
    let mine = match &scope.membership {
        Some(m) => store::accounts::list_assigned(conn, m.id)?,
        None => Vec::new(),
    };
    let all = store::accounts::list(conn, scope.workspace.id)?;
    // Each account is shown only where decide() lets the actor see it.
    let rows: Vec<_> = all
        .into_iter()
        .filter(|a| {
            let assigned = mine.iter().any(|m| m.id == a.id);
            let target = Target {
                account: Some(a.slug.to_string()),
                assigned: Some(assigned),
                ..Target::default()
            };
            (!args.mine || assigned) && scope.decide(Action::AccountView, &target).allowed
        })
        .collect();
    Ok(Report::list(&rows))
}
