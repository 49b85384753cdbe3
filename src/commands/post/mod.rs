//! `roster post …`: posts and their approvals — create, list, show, edit, delete, submit,
//! approve, decline, publish. Each verb is one call into `ops::posts`.

mod approve;
mod create;
mod delete;
mod edit;
mod list;
mod publish;
mod show;
mod submit;

use clap::Subcommand;

use crate::context::Ctx;
use crate::domain::{Post, format_ts};
use crate::error::Result;
use crate::ops::posts::Stepped;
use crate::output::{Report, Tabular};

#[derive(Debug, Subcommand)]
pub enum PostCommand {
    /// Write a post on an account (submitted for approval unless --draft)
    Create(create::Args),
    /// The posts you can see (owner: all; others: those on their accounts)
    List(list::Args),
    /// One post with its history: who did what, when, and their notes
    Show(show::Args),
    /// Change a post's text (an approved or scheduled post goes back to approval)
    Edit(edit::Args),
    /// Delete a post and its history
    Delete(show::Args),
    /// Submit a draft or a declined post for approval
    Submit(show::Args),
    /// Approve the stage a post waits in
    Approve(approve::ApproveArgs),
    /// Decline the stage a post waits in, with a note for its author
    Decline(approve::DeclineArgs),
    /// Publish a scheduled post (with its author's credentials on the account)
    Publish(show::Args),
}

pub fn run(ctx: &mut Ctx, cmd: PostCommand) -> Result<Report> {
    match cmd {
        PostCommand::Create(a) => create::run(ctx, a),
        PostCommand::List(a) => list::run(ctx, a),
        PostCommand::Show(a) => show::run(ctx, a),
        PostCommand::Edit(a) => edit::run(ctx, a),
        PostCommand::Delete(a) => delete::run(ctx, a),
        PostCommand::Submit(a) => submit::run(ctx, a),
        PostCommand::Approve(a) => approve::approve(ctx, a),
        PostCommand::Decline(a) => approve::decline(ctx, a),
        PostCommand::Publish(a) => publish::run(ctx, a),
    }
}

/// A post's state in words: "pending approval (client stage)".
pub fn state_words(p: &Post) -> String {
    match p.stage {
        Some(s) => format!("{} ({s} stage)", p.state.as_str().replace('_', " ")),
        None => p.state.as_str().replace('_', " "),
    }
}

/// The text of a post on one line, cut for a table cell.
fn excerpt(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

impl Tabular for Post {
    fn headers() -> &'static [&'static str] {
        &["ID", "ACCOUNT", "AUTHOR", "STATE", "PUBLISH AT", "TEXT"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.account.to_string(),
            self.author.to_string(),
            state_words(self),
            self.scheduled_at
                .map(format_ts)
                .unwrap_or_else(|| "-".into()),
            excerpt(&self.text),
        ]
    }
}

/// The fields `post show` and every step print. The time it is to go out at is shown only
/// when it has one: a scheduled post without a time is published when someone publishes it,
/// and "scheduled: -" beside "state: scheduled" said otherwise.
pub fn fields(p: &Post) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("id", p.id.to_string()),
        ("account", format!("{} ({})", p.account, p.provider)),
        ("author", p.author.to_string()),
        ("state", state_words(p)),
    ];
    if let Some(at) = p.scheduled_at {
        f.push(("publish at", format_ts(at)));
    }
    f.push(("text", p.text.clone()));
    f
}

/// The report of a step: the post, a status line, what comes next (see `Stepped::next`), and
/// the approval requests it queued, delivered now that the change is committed.
fn stepped(ctx: &mut Ctx, s: Stepped, status: String) -> Result<Report> {
    let mut r = Report::object(&s.post, fields(&s.post)).with_status(status);
    for line in &s.next {
        r = r.with_status(line.clone());
    }
    ctx.deliver(r, &s.mail)
}

/// Run one post step in a write transaction on the scope as it stands there.
fn step<T>(
    ctx: &mut Ctx,
    f: impl FnOnce(&crate::store::Tx<'_>, &crate::ops::Scope, crate::domain::Timestamp) -> Result<T>,
) -> Result<T> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    ctx.store()?.write(|tx| f(tx, &scope.reload(tx)?, now))
}
