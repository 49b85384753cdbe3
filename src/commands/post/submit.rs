//! `roster post submit ID`: a draft or a declined post goes to its approvers.

use super::{show::Args, step, stepped};
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let s = step(ctx, |tx, scope, now| {
        ops::posts::submit(tx, scope, args.id, now)
    })?;
    stepped(ctx, s, format!("Submitted post {}.", args.id))
}
