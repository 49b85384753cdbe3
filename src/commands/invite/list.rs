//! `roster invite list`: the invitations addressed to the acting user.

use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Report, Tabular};
use crate::store::{self, invitations::Addressed};

#[derive(Debug, clap::Args)]
pub struct Args {}

impl Tabular for Addressed {
    fn headers() -> &'static [&'static str] {
        &[
            "WORKSPACE",
            "NAME",
            "ROLE",
            "STATUS",
            "INVITED BY",
            "EXPIRES",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.workspace.to_string(),
            self.workspace_name.clone(),
            self.role.to_string(),
            self.status.to_string(),
            self.invited_by.to_string(),
            crate::domain::format_ts(self.expires_at),
        ]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let now = ctx.now;
    let rows = store::invitations::addressed_to(&ctx.store()?.reader(), &actor, now)?;
    Ok(Report::list(&rows))
}
