//! `roster workspace settings [--require-2fa on|off]`: show the settings, or change them (owner).

use clap::ValueEnum;
use serde_json::json;

use super::workspace_fields;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Require two-factor authentication of every member
    #[arg(long, value_enum, value_name = "on|off")]
    pub require_2fa: Option<OnOff>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let ws = &scope.workspace;
    let Some(wanted) = args.require_2fa.map(|v| v == OnOff::On) else {
        scope.require(Action::WorkspaceView, &Target::default())?;
        return Ok(Report::object(ws, workspace_fields(ws)));
    };
    scope.require(Action::WorkspaceSettings, &Target::default())?;
    if wanted == ws.require_2fa {
        return Ok(
            Report::object(ws, workspace_fields(ws)).with_status(format!(
                "Workspace {} already has require_2fa {}; nothing changed.",
                ws.slug,
                if wanted { "on" } else { "off" }
            )),
        );
    }
    if wanted && !store::totp::is_enrolled(&ctx.store()?.reader(), &scope.actor)? {
        return Err(Error::conflict(format!(
            "requiring 2FA in {} applies to you too, and you have not enrolled: you would lock yourself out",
            ws.slug
        ))
        .with_hint("enrol first: `roster 2fa enroll`"));
    }
    let now = ctx.now;
    let updated = ctx.store()?.write(|tx| {
        store::workspaces::set_require_2fa(tx, ws.id, wanted, now)?;
        let mut audit = scope.audit(now, "workspace settings", "workspace.settings");
        audit.target = Some(ws.slug.as_str());
        audit.before = Some(json!({"require_2fa": ws.require_2fa}));
        audit.after = Some(json!({"require_2fa": wanted}));
        store::audit::record(tx, &audit)?;
        store::workspaces::find(tx, &ws.slug)?
            .ok_or_else(|| Error::internal("the workspace vanished"))
    })?;
    Ok(
        Report::object(&updated, workspace_fields(&updated)).with_status(format!(
            "Two-factor authentication is now {} for every member of {}.",
            if wanted {
                "required"
            } else {
                "no longer required"
            },
            updated.slug
        )),
    )
}
