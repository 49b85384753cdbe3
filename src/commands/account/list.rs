//! `roster account list [--mine]`: owners see every account; everyone else the accounts
//! assigned to them.

use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;
use crate::permissions::{Action, Target};

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
    // Each account is shown only where decide() lets the actor see it.
    let rows: Vec<_> = ops::accounts::visible(conn, &scope)?
        .into_iter()
        .filter(|(_, assigned)| !args.mine || *assigned)
        .map(|(a, _)| a)
        .collect();
    Ok(Report::list(&rows))
}
