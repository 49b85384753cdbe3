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

pub fn run(ctx: &mut Ctx, cmd: NotificationsCommand) -> Result<Report> {
    let actor = ctx.actor()?;
    match cmd {
        NotificationsCommand::List(a) => {
            let rows = store::notifications::list(ctx.store()?.conn(), &actor, a.unread)?;
            Ok(Report::list(&rows))
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
            let user = store::users::find(store.conn(), &actor)?;
            let changed = match (user, a.id) {
                (None, Some(_)) => return Err(not_found()),
                (None, None) => 0,
                (Some(u), id) => {
                    if let Some(id) = id
                        && !store::notifications::exists(store.conn(), u, id)?
                    {
                        return Err(not_found());
                    }
                    store.write(|tx| {
                        let n = store::notifications::mark_read(tx, u, id, now)?;
                        if n > 0 {
                            let target = id.map(|i| i.to_string()).unwrap_or_else(|| "all".into());
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
                    })?
                }
            };
            Ok(Report::text(json!({"marked_read": changed}), "")
                .with_status(format!("Marked {changed} notification(s) read.")))
        }
    }
}
