//! `roster config export [WORKSPACE] [--out FILE]`: the workspace as a roster.toml that
//! `config plan` reports as `No changes.`. With `--out` and an existing file, the file is
//! updated in place (toml_edit): comments and order survive where the values did not change.

use std::path::PathBuf;

use serde_json::json;

use crate::config_file::export;
use crate::context::Ctx;
use crate::domain::Slug;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workspace to export [default: -w, workspace.default, or your only one]
    #[arg(value_name = "WORKSPACE")]
    pub workspace: Option<Slug>,
    /// Write to FILE (updating it in place when it exists) instead of stdout
    #[arg(long, value_name = "FILE", conflicts_with = "expectations")]
    pub out: Option<PathBuf>,
    /// Print the [[expect_who]] blocks that hold now (who may do each action, per account),
    /// to append to roster.toml and so pin today's permissions (owners and admins)
    #[arg(long)]
    pub expectations: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    if let Some(w) = args.workspace {
        ctx.global.workspace = Some(w);
    }
    let scope = ctx.scope()?;
    scope.require(Action::MemberList, &Target::default())?;
    let now = ctx.now;
    if args.expectations {
        // What other members may do is for those who may read what every member did.
        scope.require(Action::AuditView, &Target::default())?;
        let actor = scope.actor.clone();
        let text = ctx.store()?.read(|tx| {
            let world = crate::ops::access::World::load(tx, &scope.workspace.slug, now)?
                .ok_or_else(|| {
                    Error::not_found(format!("workspace '{}' not found", scope.workspace.slug))
                })?;
            let seen = crate::ops::access::Seen::of(tx, &actor, Some(&world))?;
            Ok(export::expectations(&world, &seen))
        })?;
        return Ok(Report::text(json!({"toml": text}), text));
    }
    let model = ctx.store()?.read(|tx| export::snapshot(tx, &scope, now))?;
    let fresh = export::document(&model).to_string();
    let Some(out) = args.out else {
        return Ok(Report::text(json!({"toml": fresh}), fresh));
    };
    let fail = |e: std::io::Error| Error::invalid(format!("cannot write {}: {e}", out.display()));
    // Never through a symbolic link, never over what is not a regular file of ours: the
    // file is written new (0600) and renamed into place.
    let text = match crate::files::read_replaceable(&out).map_err(fail)? {
        Some(existing) => export::merge(&existing, &model)?,
        None => fresh,
    };
    crate::files::write_private(&out, text.as_bytes()).map_err(fail)?;
    Ok(
        Report::text(json!({"file": out, "workspace": scope.workspace.slug}), "").with_status(
            format!(
                "Wrote {} ({} accounts, {} members).",
                out.display(),
                model.accounts.len(),
                model.members.len()
            ),
        ),
    )
}
