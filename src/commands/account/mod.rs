//! `roster account …`: social accounts (add, list, show, remove) and their assignments to
//! members (assign, unassign, reauth).

mod add;
mod assign;
mod list;
mod reauth;
mod remove;
mod show;

use clap::Subcommand;

use crate::context::{Ctx, Scope};
use crate::domain::{Account, Slug};
use crate::error::{Error, Result};
use crate::output::{Report, Tabular};
use crate::permissions::{Action, Target};
use crate::store;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Connect a social account to the workspace
    Add(add::Args),
    /// The accounts you can see (owners: all; others: those assigned to them)
    List(list::Args),
    /// One account and who is assigned to it
    Show(show::Args),
    /// Remove an account with its assignments and posts (owner)
    Remove(show::Args),
    /// Assign an account to a member, or change their settings on it
    Assign(assign::AssignArgs),
    /// Take an account away from a member; their posts on it go to the owner
    Unassign(assign::UnassignArgs),
    /// Reauthenticate an account (owner credentials) or your own assignment (member credentials)
    Reauth(reauth::Args),
}

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> Result<Report> {
    match cmd {
        AccountCommand::Add(a) => add::run(ctx, a),
        AccountCommand::List(a) => list::run(ctx, a),
        AccountCommand::Show(a) => show::run(ctx, a),
        AccountCommand::Remove(a) => remove::run(ctx, a),
        AccountCommand::Assign(a) => assign::assign(ctx, a),
        AccountCommand::Unassign(a) => assign::unassign(ctx, a),
        AccountCommand::Reauth(a) => reauth::run(ctx, a),
    }
}

impl Tabular for Account {
    fn headers() -> &'static [&'static str] {
        &["SLUG", "PROVIDER", "NAME", "HANDLE", "STATUS", "ADDED BY"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.slug.to_string(),
            self.provider.to_string(),
            self.name.clone(),
            self.handle.clone().unwrap_or_default(),
            self.auth_status.to_string(),
            self.added_by.to_string(),
        ]
    }
}

/// The account `slug` of the scope's workspace, with the actor's view of it: found (4 when it
/// does not exist) and visible to them (`account.view`, else 3).
fn visible_account(ctx: &mut Ctx, scope: &Scope, slug: &Slug) -> Result<(Account, Target)> {
    let conn = &ctx.store()?.reader();
    let account = store::accounts::find(conn, scope.workspace.id, slug)?.ok_or_else(|| {
        Error::not_found(format!(
            "account '{slug}' not found in {}",
            scope.workspace.slug
        ))
    })?;
    let mine = match &scope.membership {
        Some(m) => store::accounts::assignment(conn, m.id, account.id)?,
        None => None,
    };
    let target = Target {
        account: Some(slug.to_string()),
        assigned: Some(mine.is_some()),
        approve: mine.is_some_and(|a| a.approve),
        credentials: mine.and_then(|a| a.credentials),
        ..Target::default()
    };
    scope.require(Action::AccountView, &target)?;
    Ok((account, target))
}
