//! `roster outbox list [--state S]` and `roster outbox send`: the workspace's queued mail, for
//! those who send invitations (owners and admins).

use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Ctx;
use crate::domain::{Mail, format_ts};
use crate::error::Result;
use crate::mail;
use crate::output::{Report, Tabular};
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// The workspace's messages, oldest first
    List(ListArgs),
    /// Deliver the queued messages now
    Send(SendArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum State {
    Queued,
    Sent,
    Failed,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only messages in this state
    #[arg(long, value_enum)]
    pub state: Option<State>,
}

#[derive(Debug, clap::Args)]
pub struct SendArgs {}

impl Tabular for Mail {
    fn headers() -> &'static [&'static str] {
        &[
            "ID",
            "TO",
            "SUBJECT",
            "STATE",
            "ATTEMPTS",
            "LAST ERROR",
            "CREATED",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.recipient.clone(),
            self.subject.clone(),
            self.state.clone(),
            self.attempts.to_string(),
            self.last_error.clone().unwrap_or_default(),
            format_ts(self.created_at),
        ]
    }
}

pub fn run(ctx: &mut Ctx, cmd: OutboxCommand) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::MemberInvite, &Target::default())?;
    let ws = scope.workspace.slug.to_string();
    match cmd {
        OutboxCommand::List(a) => {
            let state = a.state.map(|s| match s {
                State::Queued => "queued",
                State::Sent => "sent",
                State::Failed => "failed",
            });
            Ok(Report::list(&store::outbox::list(
                ctx.store()?.conn(),
                &ws,
                state,
            )?))
        }
        OutboxCommand::Send(_) => {
            let ids: Vec<i64> = store::outbox::list(ctx.store()?.conn(), &ws, Some("queued"))?
                .iter()
                .map(|m| m.id)
                .collect();
            let (transport, from) = ctx.transport()?;
            let now = ctx.now;
            let outcome = mail::deliver(ctx.store()?, &transport, &from, &ids, now)?;
            let data = json!({
                "sent": outcome.sent.len(),
                "still_queued": outcome.queued.len() + outcome.failed.len(),
                "failed": outcome.failed.iter().map(|(id, to, why)| json!({"id": id, "to": to, "error": why})).collect::<Vec<_>>(),
            });
            let mut r = Report::text(data, "").with_status(format!(
                "Delivered {} of {} queued message(s).",
                outcome.sent.len(),
                ids.len()
            ));
            if let Some(e) = outcome.error() {
                r = r.with_status(format!(
                    "error: {}",
                    e.message.replace("the change was saved, but ", "")
                ));
                r.exit = e.exit_code();
            }
            Ok(r)
        }
    }
}
