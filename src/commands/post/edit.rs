//! `roster post edit ID --text T`: an approved or scheduled post goes back to approval.

use super::{step, stepped};
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The post's number
    pub id: i64,
    /// The new text
    #[arg(long)]
    pub text: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let s = step(ctx, |tx, scope, now| {
        ops::posts::edit(tx, scope, args.id, &args.text, now)
    })?;
    stepped(ctx, s, format!("Edited post {}.", args.id))
}
