//! `roster post publish ID`: publish a scheduled post with its author's credentials (local
//! state: no social network is called).

use super::{show::Args, step, stepped};
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let s = step(ctx, |tx, scope, now| {
        ops::posts::publish(tx, scope, args.id, now)
    })?;
    stepped(ctx, s, format!("Published post {}.", args.id))
}
