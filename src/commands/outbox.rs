//! `roster outbox list [--state S]` and `roster outbox send [--retry-failed] [--ignore-backoff]`:
//! the workspace's mail, for those who send invitations (owners and admins).

use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::{Ctx, Scope};
use crate::domain::{Mail, format_ts};
use crate::error::{Error, ErrorKind, Result};
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
pub struct SendArgs {
    /// Put the messages marked failed back in the queue first, with a fresh count of attempts
    #[arg(long)]
    pub retry_failed: bool,
    /// Also try the messages still waiting for their next attempt after a failure
    #[arg(long)]
    pub ignore_backoff: bool,
}

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
            "NEXT ATTEMPT",
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
            match (self.state.as_str(), self.next_attempt_at) {
                ("queued", Some(t)) => format_ts(t),
                _ => String::new(),
            },
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
                &ctx.store()?.reader(),
                &ws,
                state,
            )?))
        }
        OutboxCommand::Send(a) => send(ctx, &scope, a),
    }
}

/// How long `outbox send` waits for messages another run is delivering.
const LEASE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

fn send(ctx: &mut Ctx, scope: &Scope, args: SendArgs) -> Result<Report> {
    let ws = scope.workspace.slug.as_str();
    let now = ctx.now;
    // Unusable mail settings are a configuration error here: nothing was changed.
    let mailer = ctx.mailer()?;
    let requeued = if args.retry_failed {
        ctx.store()?.write(|tx| {
            let n = store::outbox::requeue_failed(tx, ws, now)?;
            if n > 0 {
                let mut audit = scope.audit(now, "outbox send", "member.invite");
                audit.after = Some(json!({"requeued_failed": n}));
                store::audit::record(tx, &audit)?;
            }
            Ok(n)
        })?
    } else {
        0
    };
    let select = mail::Select::Due {
        workspace: ws,
        ignore_backoff: args.ignore_backoff,
    };
    let outcome = mail::deliver(ctx.store()?, &mailer, select, now)?;
    let mut waiting = store::outbox::waiting(&ctx.store()?.reader(), ws, now)?;
    // Another run holds some messages: give a live one a moment to finish them before
    // reporting them as still queued.
    let patience = std::time::Instant::now();
    while waiting.leased > 0 && patience.elapsed() < LEASE_PATIENCE {
        std::thread::sleep(std::time::Duration::from_millis(100));
        waiting = store::outbox::waiting(&ctx.store()?.reader(), ws, now)?;
    }
    let via = mailer.transport.to_string();
    let data = json!({
        "transport": via,
        "requeued": requeued,
        "sent": outcome.sent.len(),
        "failed": outcome.failed.iter().map(|f| json!({
            "id": f.id,
            "to": f.to,
            "error": f.error,
            "attempts": f.attempts,
            "state": if f.gave_up { "failed" } else { "queued" },
            "next_attempt_at": f.next_attempt_at.map(format_ts),
        })).collect::<Vec<_>>(),
        "not_tried": outcome.queued.len() + outcome.held_back,
        "not_due": waiting.not_due,
        "next_attempt_at": waiting.next_at.map(format_ts),
        "in_progress_elsewhere": waiting.leased,
    });
    let mut r = Report::text(data, "");
    if requeued > 0 {
        r = r.with_status(format!(
            "Put {requeued} failed message(s) back in the queue."
        ));
    }
    if mailer.transport == mail::Transport::None && !outcome.queued.is_empty() {
        let n = outcome.queued.len();
        let e = Error::new(
            ErrorKind::Mail,
            format!("the mail transport is none:, so {n} due message(s) stay queued"),
        )
        .with_hint("set [mail] url (or ROSTER_MAIL_URL) to smtp://… or file:///…, then run `roster outbox send`");
        return Ok(r.failed(e));
    }
    let tried = outcome.sent.len() + outcome.failed.len();
    r = r.with_status(if tried == 0 {
        "Nothing to send.".to_string()
    } else {
        format!(
            "Delivered {} of {tried} message(s) via {via}.",
            outcome.sent.len()
        )
    });
    for f in &outcome.failed {
        let then = match f.next_attempt_at {
            _ if f.gave_up => format!(
                "marked failed after {} attempt(s); `roster outbox send --retry-failed` tries again",
                f.attempts
            ),
            Some(t) => format!("attempt {}, next after {}", f.attempts, format_ts(t)),
            None => format!("attempt {}", f.attempts),
        };
        r = r.with_status(format!(
            "error: message {} to {}: {} ({then})",
            f.id, f.to, f.error
        ));
    }
    if outcome.held_back > 0 {
        r = r.with_status(format!(
            "{} message(s) held back: mail.max_per_minute ({}) was reached; run `roster outbox send` again in a minute.",
            outcome.held_back,
            mailer.max_per_minute.unwrap_or_default()
        ));
    }
    if waiting.not_due > 0 && !args.ignore_backoff {
        r = r.with_status(format!(
            "{} message(s) wait for their next attempt (the first at {}); `roster outbox send --ignore-backoff` tries them now.",
            waiting.not_due,
            waiting.next_at.map(format_ts).unwrap_or_default()
        ));
    }
    if let Some(mut e) = outcome.error() {
        // Nothing else was changed by this run: say only what failed.
        e.message = e.message.replacen("the change was saved, but ", "", 1);
        return Ok(r.failed(e));
    }
    // Messages another run holds are not delivered by this one: not a success. If that run
    // died, its short lease runs out and the next `outbox send` takes them over.
    if waiting.leased > 0 {
        let until = waiting.leased_until.map(format_ts).unwrap_or_default();
        let e = Error::new(
            ErrorKind::Mail,
            format!(
                "{} message(s) stay queued: another `roster outbox send` holds them until {until}",
                waiting.leased
            ),
        )
        .with_hint(format!(
            "if that run is still going, it delivers them; if it died, run `roster outbox send` again after {until}"
        ));
        r = r.failed(e);
    }
    Ok(r)
}
