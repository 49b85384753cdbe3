//! The command line (SPEC §3): global flags, the command tree, and the one dispatch match.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::context::Ctx;
use crate::domain::{Email, Slug};
use crate::error::{Error, Result};
use crate::output::{Format, Report};

#[derive(Debug, Parser)]
#[command(
    name = "roster",
    version,
    about = "Administer the workspaces of social-media publishing teams",
    long_about = "Administer the workspaces of social-media publishing teams: workspaces, members and \
                  clients, social accounts, who may post and who must approve, and two-factor authentication.\n\n\
                  State lives in one local SQLite file (the default), or on a shared PostgreSQL \
                  server (--db postgres://…) when the team outgrows one machine.",
    after_help = "Exit codes: 0 ok, 2 usage, 3 denied, 4 not found, 5 conflict, 6 invalid, 7 auth, \
                  8 batch partly failed, 9 storage, 10 mail queued, 11 plan has changes.",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
// Every subcommand's --help lists these apart from its own flags.
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The database: a file, or a postgres:// URL [default: [database] url, else the data dir's roster.db]
    #[arg(
        id = "global_db",
        long = "db",
        env = "ROSTER_DB",
        hide_env_values = true,
        global = true,
        value_name = "PATH|URL"
    )]
    pub db: Option<PathBuf>,
    /// The config file [default: the config dir's config.toml]
    #[arg(
        id = "global_config",
        long = "config",
        env = "ROSTER_CONFIG",
        hide_env_values = true,
        global = true,
        value_name = "PATH"
    )]
    pub config: Option<PathBuf>,
    /// Act as this user (else identity.email in the config file)
    #[arg(
        id = "global_actor",
        long = "as",
        env = "ROSTER_AS",
        hide_env_values = true,
        global = true,
        value_name = "EMAIL"
    )]
    pub actor: Option<Email>,
    /// The workspace to act in (else workspace.default, else your only workspace)
    #[arg(
        id = "global_workspace",
        short = 'w',
        long = "workspace",
        env = "ROSTER_WORKSPACE",
        hide_env_values = true,
        global = true,
        add = crate::complete::workspaces(),
        value_name = "SLUG"
    )]
    pub workspace: Option<Slug>,
    /// A current TOTP code, where 2FA is required
    #[arg(
        id = "global_otp",
        long = "otp",
        env = "ROSTER_OTP",
        global = true,
        value_name = "CODE",
        hide_env_values = true
    )]
    pub otp: Option<String>,
    /// Print JSON (same as --format json)
    #[arg(
        id = "global_json",
        long = "json",
        global = true,
        conflicts_with = "global_format"
    )]
    pub json: bool,
    /// Output format: table (or human), json, csv; github for `config validate`
    #[arg(
        id = "global_format",
        long = "format",
        global = true,
        value_enum,
        value_name = "FORMAT"
    )]
    pub format: Option<Format>,
    /// Never prompt: fail with the flags to pass instead
    #[arg(id = "global_no_input", long = "no-input", global = true)]
    pub no_input: bool,
    /// Answer yes to confirmations (needed for destructive commands without a terminal)
    #[arg(id = "global_yes", short = 'y', long = "yes", global = true)]
    pub yes: bool,
    /// Print no status lines or hints on stderr
    #[arg(id = "global_quiet", short = 'q', long = "quiet", global = true)]
    pub quiet: bool,
    /// No colour (also when NO_COLOR is set or stdout is not a terminal)
    #[arg(id = "global_no_color", long = "no-color", global = true)]
    pub no_color: bool,
}

impl Global {
    pub fn output_format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or_default()
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, show, rename, configure, delete workspaces
    #[command(subcommand)]
    Workspace(commands::workspace::WorkspaceCommand),
    /// Invite, list, update and remove members and clients
    #[command(subcommand)]
    Member(commands::member::MemberCommand),
    /// Social accounts and who is assigned to them
    #[command(subcommand)]
    Account(commands::account::AccountCommand),
    /// Posts and approvals: create, edit, submit, approve, decline, publish
    #[command(subcommand)]
    Post(commands::post::PostCommand),
    /// Invitations: yours to accept or decline; revoke or resend those you sent
    #[command(subcommand)]
    Invite(commands::invite::InviteCommand),
    /// Your in-app notifications
    #[command(subcommand)]
    Notifications(commands::notifications::NotificationsCommand),
    /// Queued and sent email of the workspace
    #[command(subcommand)]
    Outbox(commands::outbox::OutboxCommand),
    /// Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset
    #[command(name = "2fa", subcommand)]
    TwoFa(commands::twofa::TwofaCommand),
    /// Your workspaces, roles and permissions
    Me(commands::me::Args),
    /// Ask whether you may perform an action (exit 0 allowed, 3 denied) and why
    Can(commands::can::Args),
    /// The permission table, as decide() answers it
    #[command(subcommand)]
    Permissions(commands::permissions::PermissionsCommand),
    /// The audit trail of a workspace
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Declarative config for CI: validate, plan, apply and export roster.toml files
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// Check the database: integrity, schema, mail, 2FA enrolment, expired invitations, file modes
    Doctor(commands::doctor::Args),
    /// Copy the whole database to a new file (consistent while others write)
    Backup(commands::backup::Args),
    /// Replace the database with a file written by `roster backup` (needs --yes)
    Restore(commands::backup::RestoreArgs),
    /// Set up a server's schema (migrate); copy a whole database between a file and a server
    #[command(subcommand)]
    Db(commands::db::DbCommand),
    /// Print a shell completion script
    Completions(commands::completions::Args),
    /// Print the man page (roff)
    Man(commands::completions::ManArgs),
}

pub fn dispatch(ctx: &mut Ctx, command: Command) -> Result<Report> {
    let speaks_github = matches!(&command, Command::Config(c) if c.speaks_github());
    if ctx.out.format == Format::Github && !speaks_github {
        return Err(Error::usage(
            "--format github is only for `roster config validate`, `plan` and `check`; use table (human), json or csv",
        ));
    }
    let speaks_markdown = matches!(&command, Command::Config(c) if c.speaks_markdown());
    if ctx.out.format == Format::Markdown && !speaks_markdown {
        return Err(Error::usage(
            "--format markdown is only for `roster config plan`; use table (human), json or csv",
        ));
    }
    // Reads never create a database: only the command that starts one does.
    ctx.may_create_db = matches!(
        &command,
        Command::Workspace(commands::workspace::WorkspaceCommand::Create(_)) | Command::Restore(_)
    );
    // A plan before the first apply compares the file with an empty database, in memory; so
    // does apply until it writes (a declined apply leaves no file behind).
    ctx.missing_db_is_empty = matches!(
        &command,
        Command::Config(
            commands::config::ConfigCommand::Plan(_) | commands::config::ConfigCommand::Apply(_)
        )
    );
    // On a server the acting user is the login's: read who that is before anything asks.
    let needs_db = !matches!(
        &command,
        Command::Db(_)
            | Command::Completions(_)
            | Command::Man(_)
            | Command::Permissions(_)
            | Command::Config(
                commands::config::ConfigCommand::Validate(_)
                    | commands::config::ConfigCommand::Schema(_)
            )
    );
    if ctx.db.is_server() && needs_db {
        ctx.store()?;
    }
    match command {
        Command::Db(c) => commands::db::run(ctx, c),
        Command::Workspace(c) => commands::workspace::run(ctx, c),
        Command::Member(c) => commands::member::run(ctx, c),
        Command::Invite(c) => commands::invite::run(ctx, c),
        Command::Post(c) => commands::post::run(ctx, c),
        Command::Account(c) => commands::account::run(ctx, c),
        Command::Notifications(c) => commands::notifications::run(ctx, c),
        Command::Outbox(c) => commands::outbox::run(ctx, c),
        Command::TwoFa(c) => commands::twofa::run(ctx, c),
        Command::Me(a) => commands::me::run(ctx, a),
        Command::Can(a) => commands::can::run(ctx, a),
        Command::Permissions(c) => commands::permissions::run(ctx, c),
        Command::Audit(c) => commands::audit::run(ctx, c),
        Command::Config(c) => commands::config::run(ctx, c),
        Command::Doctor(a) => commands::doctor::run(ctx, a),
        Command::Backup(a) => commands::backup::backup(ctx, a),
        Command::Restore(a) => commands::backup::restore(ctx, a),
        Command::Completions(a) => commands::completions::run(a),
        Command::Man(a) => commands::completions::man(a),
    }
}
