//! `roster workspace settings [--require-2fa on|off]`: show the settings, or change them (owner).

use super::workspace_fields;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::{self, Change};
use crate::output::Report;
use crate::permissions::{Action, Target};
use clap::ValueEnum;

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
    let now = ctx.now;
    let done = ctx
        .store()?
        .write(|tx| ops::workspaces::settings(tx, &scope.reload(tx)?, wanted, now))?;
    let ws = &done.workspace;
    let r = Report::object(ws, workspace_fields(ws));
    Ok(match done.change {
        Change::Unchanged => r.with_status(format!(
            "Workspace {} already has require_2fa {}; nothing changed.",
            ws.slug,
            if wanted { "on" } else { "off" }
        )),
        _ => r.with_status(format!(
            "Two-factor authentication is now {} for every member of {}.",
            if wanted {
                "required"
            } else {
                "no longer required"
            },
            ws.slug
        )),
    })
}
