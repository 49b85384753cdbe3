//! `roster post approve ID [--note N]` and `roster post decline ID --note N`: the stage a post
//! waits in, by one of its approvers.

use super::{step, stepped};
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct ApproveArgs {
    /// The post's number
    pub id: i64,
    /// A note for the author and the history
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct DeclineArgs {
    /// The post's number
    pub id: i64,
    /// What the author should change (required)
    #[arg(long)]
    pub note: String,
}

pub fn approve(ctx: &mut Ctx, args: ApproveArgs) -> Result<Report> {
    let s = step(ctx, |tx, scope, now| {
        ops::posts::approve(tx, scope, args.id, args.note.as_deref(), now)
    })?;
    stepped(ctx, s, format!("Approved post {}.", args.id))
}

pub fn decline(ctx: &mut Ctx, args: DeclineArgs) -> Result<Report> {
    let s = step(ctx, |tx, scope, now| {
        ops::posts::decline(tx, scope, args.id, &args.note, now)
    })?;
    stepped(ctx, s, format!("Declined post {}.", args.id))
}
