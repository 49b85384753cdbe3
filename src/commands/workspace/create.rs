//! `roster workspace create NAME [--slug S] [--require-2fa]`: the actor becomes the owner.

use serde_json::json;

use super::{parse_name, workspace_fields};
use crate::context::Ctx;
use crate::domain::{NewAudit, Slug};
use crate::error::{Error, Result};
use crate::output::Report;
use crate::store;

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
    let name = parse_name(&raw)?;
    let slug = crate::commands::slug_or_derived(args.slug, &name)?;
    let now = ctx.now;
    let store = ctx.store()?;
    if args.require_2fa && !store::totp::is_enrolled(&store.reader(), &actor)? {
        return Err(Error::conflict(
            "--require-2fa applies to you too, and you have not enrolled: you would lock yourself out",
        )
        .with_hint("enrol first (`roster 2fa enroll`), or create the workspace and turn it on later"));
    }
    let ws = store.write(|tx| {
        if store::workspaces::slug_taken(tx, &slug)? {
            return Err(Error::conflict(format!("a workspace with the slug '{slug}' already exists"))
                .with_hint("choose another with --slug"));
        }
        let owner = store::users::ensure(tx, &actor, now)?;
        store::workspaces::create(tx, &slug, &name, owner, args.require_2fa, now)?;
        let ws = store::workspaces::find(tx, &slug)?.ok_or_else(|| Error::internal("the new workspace vanished"))?;
        store::audit::record(
            tx,
            &NewAudit {
                at: now,
                actor: &actor,
                command: "workspace create",
                action: "workspace.create",
                workspace: Some(slug.as_str()),
                target: Some(slug.as_str()),
                before: None,
                after: Some(json!({"slug": slug, "name": name, "owner": actor, "require_2fa": args.require_2fa})),
                batch_id: None,
            },
        )?;
        Ok(ws)
    })?;
    Ok(
        Report::object(&ws, workspace_fields(&ws)).with_status(format!(
            "Created workspace {} ({}); you are its owner.",
            ws.slug, ws.name
        )),
    )
}
