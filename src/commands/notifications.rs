//! `roster notifications list [--unread]` and `roster notifications read ID|--all`: the acting
//! user's in-app notifications, across workspaces.

use clap::Subcommand;
use serde_json::json;

use crate::context::Ctx;
use crate::domain::{NewAudit, Notification, format_ts};
use crate::error::{Error, Result};
use crate::output::{Report, Tabular};
use crate::store;

#[derive(Debug, Subcommand)]
pub enum NotificationsCommand {
    /// Your notifications, newest first
    List(ListArgs),
    /// Mark one notification, or all, read
    Read(ReadArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only unread ones
    #[arg(long)]
    pub unread: bool,
}

#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// The notification's id
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub id: Option<i64>,
    /// Mark every notification read
    #[arg(long)]
    pub all: bool,
}

impl Tabular for Notification {
    fn headers() -> &'static [&'static str] {
        &["ID", "WORKSPACE", "KIND", "MESSAGE", "AT", "READ"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.workspace
                .as_ref()
                .map(|w| w.to_string())
                .unwrap_or_default(),
            self.kind.clone(),
            self.message.clone(),
            format_ts(self.created_at),
            if self.read { "yes".into() } else { "no".into() },
        ]
    }
}

fn visible(n: &Notification, hidden: &[String]) -> bool {
    n.workspace
        .as_ref()
        .is_none_or(|w| !hidden.iter().any(|h| h == w.as_str()))
}

pub fn run(ctx: &mut Ctx, cmd: NotificationsCommand) -> Result<Report> {
    let actor = ctx.actor()?;
    // Notifications of workspaces that require 2FA of the actor show once it is proven.
    let (hidden, why) = crate::auth::unproven_workspaces(ctx, &actor)?;
    let note = |r: Report| match &why {
        Some(e) => r.with_status(format!(
            "warning: notifications of {} are hidden until you prove two-factor authentication: {}",
            hidden.join(", "),
            e.message
        )),
        None => r,
    };
    match cmd {
        NotificationsCommand::List(a) => {
            let rows: Vec<Notification> =
                store::notifications::list(&ctx.store()?.reader(), &actor, a.unread)?
                    .into_iter()
                    .filter(|n| visible(n, &hidden))
                    .collect();
            Ok(note(Report::list(&rows)))
        }
        NotificationsCommand::Read(a) => {
            let now = ctx.now;
            let store = ctx.store()?;
            let not_found = || {
                Error::not_found(format!(
                    "notification {} not found for {actor}",
                    a.id.unwrap_or_default()
                ))
            };
            let Some(user) = store::users::find(&store.reader(), &actor)? else {
                return match a.id {
                    Some(_) => Err(not_found()),
                    None => Ok(Report::text(json!({"marked_read": 0}), "")
                        .with_status("Marked 0 notification(s) read.")),
                };
            };
            let unread: Vec<Notification> =
                store::notifications::list(&store.reader(), &actor, true)?;
            let ids: Vec<i64> = match a.id {
                Some(id) => {
                    if !store::notifications::exists(&store.reader(), user, id)? {
                        return Err(not_found());
                    }
                    if let Some(n) = unread.iter().find(|n| n.id == id)
                        && !visible(n, &hidden)
                    {
                        return Err(why
                            .clone()
                            .unwrap_or_else(|| Error::internal("hidden without a reason")));
                    }
                    vec![id]
                }
                None => unread
                    .iter()
                    .filter(|n| visible(n, &hidden))
                    .map(|n| n.id)
                    .collect(),
            };
            let changed = store.write(|tx| {
                let mut n = 0;
                for id in &ids {
                    n += store::notifications::mark_read(tx, user, Some(*id), now)?;
                }
                if n > 0 {
                    let target = a.id.map(|i| i.to_string()).unwrap_or_else(|| "all".into());
                    store::audit::record(
                        tx,
                        &NewAudit {
                            at: now,
                            actor: &actor,
                            command: "notifications read",
                            action: "notifications.read",
                            workspace: None,
                            target: Some(&target),
                            before: None,
                            after: Some(json!({"marked_read": n})),
                            batch_id: None,
                        },
                    )?;
                }
                Ok(n)
            })?;
            Ok(note(
                Report::text(json!({"marked_read": changed}), "")
                    .with_status(format!("Marked {changed} notification(s) read.")),
            ))
        }
    }
}
