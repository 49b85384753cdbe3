//! `roster post list [--account ACC] [--state S] [--author EMAIL] [--waiting-on-me]`.

use crate::context::Ctx;
use crate::domain::{Email, PostState, Slug};
use crate::error::Result;
use crate::ops::{self, posts::ListRequest};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only posts on this account
    #[arg(add = crate::complete::accounts(), long, value_name = "ACC")]
    pub account: Option<Slug>,
    /// Only posts in this state
    #[arg(long, value_enum)]
    pub state: Option<PostState>,
    /// Only posts by this member
    #[arg(long, value_name = "EMAIL")]
    pub author: Option<Email>,
    /// Only posts that wait for your approval
    #[arg(long)]
    pub waiting_on_me: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let req = ListRequest {
        account: args.account,
        state: args.state,
        author: args.author,
        waiting_on_me: args.waiting_on_me,
    };
    let out = ctx.out;
    // Printed as they are read: a long history holds no list.
    ctx.store()?.scan(|tx| {
        let scope = scope.reload(tx)?;
        // Refusals (an account the actor may not see) come before the first byte.
        let filter = ops::posts::list_filter(tx, &scope, &req)?;
        out.stream(|emit| ops::posts::each(tx, &scope, &req, &filter, &mut *emit))
    })?;
    Ok(Report::streamed())
}
