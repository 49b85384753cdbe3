//! `roster workspace use SLUG`: remember a default workspace in the config file.

use serde_json::json;

use crate::config;
use crate::context::Ctx;
use crate::domain::Slug;
use crate::error::Result;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workspace to act in by default
    pub slug: Slug,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    // Only a workspace the actor belongs to can be the default: resolve it as -w would.
    ctx.global.workspace = Some(args.slug.clone());
    let scope = ctx.scope()?;
    // The default belongs to this database: another database (another file, a server) does
    // not inherit a slug it may not hold.
    config::set_value(
        &ctx.config_path,
        "workspace",
        "default",
        scope.workspace.slug.as_str(),
    )?;
    config::set_value(
        &ctx.config_path,
        "workspace",
        "database",
        &ctx.db.identity(),
    )?;
    Ok(Report::text(
        json!({"default_workspace": scope.workspace.slug, "database": ctx.db.display(), "config": ctx.config_path}),
        "",
    )
    .with_status(format!(
        "Default workspace on {} is now {} (workspace.default in {}).",
        ctx.db.display(),
        scope.workspace.slug,
        ctx.config_path.display()
    )))
}
