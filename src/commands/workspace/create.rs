//! `roster workspace create NAME [--slug S] [--require-2fa]`: the actor becomes the owner.

use super::workspace_fields;
use crate::context::Ctx;
use crate::domain::Slug;
use crate::error::{Error, Result};
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The display name, e.g. "Acme Agency"
    pub name: Option<String>,
    /// The slug [default: derived from the name, e.g. acme-agency]
    #[arg(long, value_name = "SLUG")]
    pub slug: Option<Slug>,
    /// Require two-factor authentication of every member
    #[arg(long)]
    pub require_2fa: bool,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    if args.name.is_none() && ctx.interactive {
        crate::wizard::workspace_create(&mut args.name, &mut args.slug, &mut args.require_2fa)?;
    }
    let raw = args.name.ok_or_else(|| {
        Error::usage("missing the workspace name")
            .with_hint("pass it: `roster workspace create \"Acme Agency\" [--slug S] [--require-2fa]` (on a terminal, leave it out to be asked)")
    })?;
    let name = ops::workspaces::parse_name(&raw)?;
    let slug = crate::commands::slug_or_derived(args.slug, &name)?;
    let req = ops::workspaces::CreateRequest {
        name,
        slug,
        require_2fa: args.require_2fa,
    };
    let now = ctx.now;
    let ws = ctx
        .store()?
        .write(|tx| ops::workspaces::create(tx, &actor, &req, now))?;
    Ok(
        Report::object(&ws, workspace_fields(&ws)).with_status(format!(
            "Created workspace {} ({}); you are its owner.",
            ws.slug, ws.name
        )),
    )
}
