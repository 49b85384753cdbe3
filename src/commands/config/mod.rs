//! `roster config …`: the declarative `roster.toml` of SPEC §4. `validate` and `schema` need no
//! database; `plan`, `apply` and `export` build on `config_file::load`.

mod apply;
mod check;
mod common;
mod export;
mod plan;
mod schema;
mod validate;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Check roster.toml files and report every error with file:line:col (exit 6 if any)
    Validate(validate::Args),
    /// Show what apply would change in the database, and whether you may (exit 11 with --exit-code)
    Plan(plan::Args),
    /// Make the database match roster.toml (or a saved plan) in one transaction
    Apply(apply::Args),
    /// Print a workspace as roster.toml (or update a file in place with --out)
    Export(export::Args),
    /// Print the JSON Schema of roster.toml
    Schema(schema::Args),
    /// Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)
    Check(check::Args),
}

impl ConfigCommand {
    /// Whether the command prints `--format github` (workflow commands for GitHub Actions).
    pub fn speaks_github(&self) -> bool {
        matches!(
            self,
            ConfigCommand::Validate(_) | ConfigCommand::Plan(_) | ConfigCommand::Check(_)
        )
    }

    /// Whether the command prints `--format markdown` (a pull-request comment).
    pub fn speaks_markdown(&self) -> bool {
        matches!(self, ConfigCommand::Plan(_))
    }
}

pub fn run(ctx: &mut Ctx, cmd: ConfigCommand) -> Result<Report> {
    match cmd {
        ConfigCommand::Validate(a) => validate::run(ctx, a),
        ConfigCommand::Plan(a) => plan::run(ctx, a),
        ConfigCommand::Apply(a) => apply::run(ctx, a),
        ConfigCommand::Export(a) => export::run(ctx, a),
        ConfigCommand::Schema(a) => schema::run(a),
        ConfigCommand::Check(a) => check::run(ctx, a),
    }
}
