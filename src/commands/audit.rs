//! `roster audit list [--since T] [--actor EMAIL]`: the workspace's audit trail (owners, admins).

use clap::Subcommand;

use crate::config::parse_duration;
use crate::context::Ctx;
use crate::domain::{AuditEntry, Email, Timestamp, format_ts, parse_ts};
use crate::error::{Error, Result};
use crate::output::{Report, Tabular};
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List the audit rows of the current workspace, oldest first
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only rows by this actor
    #[arg(long, value_name = "EMAIL")]
    pub actor: Option<Email>,
}

impl Tabular for AuditEntry {
    fn headers() -> &'static [&'static str] {
        &[
            "ID", "AT", "ACTOR", "LOGIN", "COMMAND", "ACTION", "TARGET", "CHANGE",
        ]
    }
    fn row(&self) -> Vec<String> {
        let show = |v: &Option<serde_json::Value>| {
            v.as_ref()
                .map(|v| v.to_string())
                .unwrap_or_else(|| "-".into())
        };
        vec![
            self.id.to_string(),
            format_ts(self.at),
            self.actor.clone(),
            self.login.clone().unwrap_or_else(|| "-".into()),
            // What was run (`invite resend`), beside the permission that allowed it
            // (`member.invite`): a resend must not read as a new invitation.
            self.command.clone(),
            self.action.clone(),
            self.target.clone().unwrap_or_default(),
            format!("{} -> {}", show(&self.before), show(&self.after)),
        ]
    }
}

fn parse_since(s: &str, now: Timestamp) -> Result<Timestamp> {
    if let Ok(t) = parse_ts(s) {
        return Ok(t);
    }
    let usage =
        |m: String| Error::usage(m).with_hint("e.g. --since 2026-11-01T00:00:00Z or --since 24h");
    match parse_duration(s) {
        Ok(d) => now
            .checked_sub(d)
            .filter(|t| t.year() >= crate::domain::FIRST_YEAR)
            .ok_or_else(|| {
                usage(format!(
                    "--since '{}' reaches back before {}",
                    crate::domain::escape(s),
                    crate::domain::FIRST_YEAR
                ))
            }),
        Err(m) if m.contains("too long") => Err(usage(format!("--since {m}"))),
        Err(_) => Err(usage(format!(
            "--since '{}' is neither an RFC 3339 time nor a duration",
            crate::domain::escape(s)
        ))),
    }
}

pub fn run(ctx: &mut Ctx, cmd: AuditCommand) -> Result<Report> {
    let AuditCommand::List(args) = cmd;
    let since = args
        .since
        .as_deref()
        .map(|s| parse_since(s, ctx.now))
        .transpose()?;
    let scope = ctx.scope()?;
    scope.require(Action::AuditView, &Target::default())?;
    let out = ctx.out;
    let slug = scope.workspace.slug.as_str();
    ctx.store()?.scan(|tx| {
        out.stream(|emit| store::audit::each(tx, slug, since, args.actor.as_ref(), &mut *emit))
    })?;
    Ok(Report::streamed())
}
