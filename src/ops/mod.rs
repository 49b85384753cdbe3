//! The operations: every change roster makes, one function each, called the same way by the
//! command, the CSV batch, the wizard's rehearsal and `config apply`. An operation takes the
//! open transaction, the actor's scope (read inside that transaction), a request and the clock;
//! it asks `decide()` about the state it replaces as well as the one it asks for, then writes
//! the rows, the notifications, the audit row and the outbox rows. No clap, no prompts, no
//! sending: the caller delivers the mail after the commit.

pub mod access;
pub mod accounts;
pub mod members;
pub mod posts;
pub mod workspaces;

use serde::Serialize;

use crate::domain::{Email, Membership, NewAudit, Slug, Timestamp, Workspace};
use crate::error::{Error, ErrorKind, Result};
use crate::permissions::{self, Action, Actor, Decision, Target, Verdict};
use crate::store::{self, Tx};

/// A workspace the actor acts in, with their membership of it (none for a stranger).
#[derive(Debug, Clone)]
pub struct Scope {
    pub actor: Email,
    pub workspace: Workspace,
    pub membership: Option<Membership>,
}

/// What `decide()` knows of a member acting: their role, status and flags.
pub fn actor_of(m: &Membership) -> Actor {
    Actor {
        role: m.role,
        status: m.status,
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
    }
}

impl Scope {
    pub fn actor_facts(&self) -> Option<Actor> {
        self.membership.as_ref().map(actor_of)
    }

    pub fn decide(&self, action: Action, target: &Target) -> Decision {
        permissions::decide(self.actor_facts().as_ref(), action, target)
    }

    /// Ask `decide()` and turn a refusal into the error it maps to (3 denied, 5 conflict).
    pub fn require(&self, action: Action, target: &Target) -> Result<Decision> {
        let d = self.decide(action, target);
        let kind = match d.verdict {
            Verdict::Allowed => return Ok(d),
            Verdict::Denied => ErrorKind::Denied,
            Verdict::Conflict => ErrorKind::Conflict,
        };
        let mut e = Error::new(
            kind,
            format!("{} in {}: {}", action, self.workspace.slug, d.line()),
        );
        e.hint = d.hint.clone();
        Err(e)
    }

    /// An audit row for a change made in this workspace.
    pub fn audit<'a>(&'a self, now: Timestamp, command: &'a str, action: &'a str) -> NewAudit<'a> {
        NewAudit {
            at: now,
            actor: &self.actor,
            command,
            action,
            workspace: Some(self.workspace.slug.as_str()),
            target: None,
            before: None,
            after: None,
            batch_id: None,
        }
    }
}

/// The scope of `actor` in the workspace `slug`, read in this transaction. A workspace the
/// actor does not belong to is not found, like one that does not exist.
pub fn load_scope(tx: &Tx<'_>, actor: &Email, slug: &Slug) -> Result<Scope> {
    let not_found = || {
        Error::not_found(format!("workspace '{slug}' not found"))
            .with_hint("list yours with `roster workspace list`")
    };
    let workspace = store::workspaces::find(tx, slug)?.ok_or_else(not_found)?;
    let membership = store::memberships::find(tx, workspace.id, actor)?;
    if membership.is_none() {
        return Err(not_found());
    }
    Ok(Scope {
        actor: actor.clone(),
        workspace,
        membership,
    })
}

impl Scope {
    /// This scope as it stands now, inside the transaction that is about to change things: what
    /// was read before the write lock was taken (a concurrent demotion, say) is not trusted.
    pub fn reload(&self, tx: &Tx<'_>) -> Result<Scope> {
        load_scope(tx, &self.actor, &self.workspace.slug)
    }
}

/// What an operation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Created,
    Updated,
    Unchanged,
}

/// Tell these users something in-app (each once).
pub fn notify(
    tx: &Tx<'_>,
    users: &[i64],
    workspace_id: i64,
    kind: &str,
    message: &str,
    now: Timestamp,
) -> Result<()> {
    let mut seen = Vec::new();
    for &u in users {
        if !seen.contains(&u) {
            seen.push(u);
            store::notifications::add(tx, u, Some(workspace_id), kind, message, now)?;
        }
    }
    Ok(())
}
