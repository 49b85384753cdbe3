//! `roster workspace …`: create, list, show, rename, settings, delete, use.

mod create;
mod delete;
mod list;
mod rename;
mod settings;
mod show;
mod transfer;
mod use_;

use clap::Subcommand;

use crate::context::Ctx;
use crate::domain::{Workspace, WorkspaceMembership, format_ts};
use crate::error::Result;
use crate::output::{Report, Tabular, yes_no};

#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// Create a workspace; you become its owner
    Create(create::Args),
    /// The workspaces you belong to, with your role
    List(list::Args),
    /// Details of the current workspace
    Show(show::Args),
    /// Rename the current workspace (owner)
    Rename(rename::Args),
    /// Show or change workspace settings (owner)
    Settings(settings::Args),
    /// Hand the workspace to an active admin (owner)
    Transfer(transfer::Args),
    /// Delete the current workspace and everything in it (owner)
    Delete(delete::Args),
    /// Make a workspace the default (workspace.default in the config file)
    Use(use_::Args),
}

pub fn run(ctx: &mut Ctx, cmd: WorkspaceCommand) -> Result<Report> {
    match cmd {
        WorkspaceCommand::Create(a) => create::run(ctx, a),
        WorkspaceCommand::List(a) => list::run(ctx, a),
        WorkspaceCommand::Show(a) => show::run(ctx, a),
        WorkspaceCommand::Rename(a) => rename::run(ctx, a),
        WorkspaceCommand::Settings(a) => settings::run(ctx, a),
        WorkspaceCommand::Delete(a) => delete::run(ctx, a),
        WorkspaceCommand::Transfer(a) => transfer::run(ctx, a),
        WorkspaceCommand::Use(a) => use_::run(ctx, a),
    }
}

impl Tabular for WorkspaceMembership {
    fn headers() -> &'static [&'static str] {
        &["SLUG", "NAME", "ROLE", "STATUS", "2FA REQUIRED", "OWNER"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.slug.to_string(),
            self.name.clone(),
            self.role.to_string(),
            self.status.to_string(),
            yes_no(self.require_2fa),
            self.owner.to_string(),
        ]
    }
}

/// The fields `show`, `create`, `rename` and `settings` print for a workspace.
fn workspace_fields(w: &Workspace) -> Vec<(&'static str, String)> {
    vec![
        ("slug", w.slug.to_string()),
        ("name", w.name.clone()),
        ("owner", w.owner.to_string()),
        ("require_2fa", yes_no(w.require_2fa)),
        ("created_at", format_ts(w.created_at)),
        ("updated_at", format_ts(w.updated_at)),
    ]
}

/// A display name: trimmed, not empty, one line (also the rule of `roster.toml`).
pub fn parse_name(raw: &str) -> Result<String> {
    crate::domain::parse_display(raw, "a workspace name", crate::domain::WORKSPACE_NAME_MAX)
        .map_err(crate::error::Error::invalid)
}
