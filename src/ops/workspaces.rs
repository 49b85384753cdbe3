//! Workspaces: create, rename, settings, transfer, delete. Each reads the workspace and the
//! memberships it changes inside the caller's transaction and asks `decide()` about them there.

use serde_json::json;

use super::{Change, Scope, notify};
use crate::domain::{Email, Membership, NewAudit, Slug, Timestamp, Workspace};
use crate::error::{Error, Result};
use crate::permissions::{Action, Target};
use crate::store::{self, Tx};

/// A display name: trimmed, not empty, one line.
pub fn parse_name(raw: &str) -> Result<String> {
    crate::domain::parse_display(raw, "a workspace name", crate::domain::WORKSPACE_NAME_MAX)
        .map_err(Error::invalid)
}

fn reread(tx: &Tx<'_>, slug: &Slug) -> Result<Workspace> {
    store::workspaces::find(tx, slug)?.ok_or_else(|| Error::internal("the workspace vanished"))
}

/// A workspace after a change, and whether anything changed.
#[derive(Debug, Clone)]
pub struct Changed {
    pub workspace: Workspace,
    pub change: Change,
}

/// A new workspace, its name already checked (`parse_name`) and its slug given or derived.
#[derive(Debug, Clone)]
pub struct CreateRequest {
    pub name: String,
    pub slug: Slug,
    pub require_2fa: bool,
}

/// Create a workspace; the actor becomes its owner. There is no scope yet: nobody but the
/// actor is involved, and the only thing to ask is whether they could still get in.
pub fn create(
    tx: &Tx<'_>,
    actor: &Email,
    req: &CreateRequest,
    now: Timestamp,
) -> Result<Workspace> {
    let (slug, name) = (&req.slug, &req.name);
    if req.require_2fa && !store::totp::is_enrolled(tx, actor)? {
        return Err(Error::conflict(
            "--require-2fa applies to you too, and you have not enrolled: you would lock yourself out",
        )
        .with_hint("enrol first (`roster 2fa enroll`), or create the workspace and turn it on later"));
    }
    if store::workspaces::slug_taken(tx, slug)? {
        return Err(
            Error::conflict(format!("a workspace with the slug '{slug}' already exists"))
                .with_hint("choose another with --slug"),
        );
    }
    let owner = store::users::ensure(tx, actor, now)?;
    store::workspaces::create(tx, slug, name, owner, req.require_2fa, now)?;
    let ws = store::workspaces::find(tx, slug)?
        .ok_or_else(|| Error::internal("the new workspace vanished"))?;
    store::audit::record(
        tx,
        &NewAudit {
            at: now,
            actor,
            command: "workspace create",
            action: "workspace.create",
            workspace: Some(slug.as_str()),
            target: Some(slug.as_str()),
            before: None,
            after: Some(
                json!({"slug": slug, "name": name, "owner": actor, "require_2fa": req.require_2fa}),
            ),
            batch_id: None,
        },
    )?;
    Ok(ws)
}

/// Rename the workspace (owner). `raw` is checked after the permission, so that someone who may
/// not rename hears that first.
pub fn rename(tx: &Tx<'_>, scope: &Scope, raw: &str, now: Timestamp) -> Result<Changed> {
    scope.require(Action::WorkspaceRename, &Target::default())?;
    let name = parse_name(raw)?;
    let ws = &scope.workspace;
    if name == ws.name {
        return Ok(Changed {
            workspace: ws.clone(),
            change: Change::Unchanged,
        });
    }
    store::workspaces::rename(tx, ws.id, &name, now)?;
    let mut audit = scope.audit(now, "workspace rename", "workspace.rename");
    audit.target = Some(ws.slug.as_str());
    audit.before = Some(json!({"name": ws.name}));
    audit.after = Some(json!({"name": name}));
    store::audit::record(tx, &audit)?;
    Ok(Changed {
        workspace: reread(tx, &ws.slug)?,
        change: Change::Updated,
    })
}

/// Turn the workspace's 2FA requirement on or off (owner). Turning it on needs the actor
/// enrolled, read here: they would lock themselves out otherwise.
pub fn settings(tx: &Tx<'_>, scope: &Scope, require_2fa: bool, now: Timestamp) -> Result<Changed> {
    scope.require(Action::WorkspaceSettings, &Target::default())?;
    let ws = &scope.workspace;
    if require_2fa == ws.require_2fa {
        return Ok(Changed {
            workspace: ws.clone(),
            change: Change::Unchanged,
        });
    }
    if require_2fa && !store::totp::is_enrolled(tx, &scope.actor)? {
        return Err(Error::conflict(format!(
            "requiring 2FA in {} applies to you too, and you have not enrolled: you would lock yourself out",
            ws.slug
        ))
        .with_hint("enrol first: `roster 2fa enroll`"));
    }
    store::workspaces::set_require_2fa(tx, ws.id, require_2fa, now)?;
    let mut audit = scope.audit(now, "workspace settings", "workspace.settings");
    audit.target = Some(ws.slug.as_str());
    audit.before = Some(json!({"require_2fa": ws.require_2fa}));
    audit.after = Some(json!({"require_2fa": require_2fa}));
    store::audit::record(tx, &audit)?;
    Ok(Changed {
        workspace: reread(tx, &ws.slug)?,
        change: Change::Updated,
    })
}

#[derive(Debug, Clone)]
pub struct Transferred {
    pub workspace: Workspace,
    /// The new owner's membership as it was before the transfer (an active admin).
    pub new_owner: Membership,
}

/// Hand the workspace to an active admin; the old owner stays on as an admin who may add
/// accounts. Both memberships are read here: the actor is the owner now, and the new owner is
/// an active admin now.
pub fn transfer(tx: &Tx<'_>, scope: &Scope, email: &Email, now: Timestamp) -> Result<Transferred> {
    scope.require(Action::WorkspaceTransfer, &Target::default())?;
    let ws = &scope.workspace;
    let old = scope
        .membership
        .clone()
        .ok_or_else(|| Error::internal("an owner without a membership"))?;
    let new = store::memberships::find(tx, ws.id, email)?
        .ok_or_else(|| super::members::not_a_member(email, &ws.slug))?;
    // decide() says whether this member can take the workspace (an active admin).
    let target = Target {
        role: Some(new.role),
        member: Some(new.email.to_string()),
        member_is_self: new.email == scope.actor,
        member_status: Some(new.status),
        ..Target::default()
    };
    scope.require(Action::WorkspaceTransfer, &target)?;
    store::memberships::transfer_owner(tx, ws.id, &old, &new, now)?;
    notify(
        tx,
        &[new.user_id],
        ws.id,
        "ownership",
        &format!(
            "{} transferred {} to you: you are its owner",
            scope.actor, ws.slug
        ),
        now,
    )?;
    notify(
        tx,
        &[old.user_id],
        ws.id,
        "ownership",
        &format!(
            "you transferred {} to {}; you are now an admin",
            ws.slug, new.email
        ),
        now,
    )?;
    let mut audit = scope.audit(now, "workspace transfer", "workspace.transfer");
    audit.target = Some(ws.slug.as_str());
    audit.before = Some(json!({"owner": scope.actor}));
    audit.after = Some(json!({"owner": new.email}));
    store::audit::record(tx, &audit)?;
    Ok(Transferred {
        workspace: reread(tx, &ws.slug)?,
        new_owner: new,
    })
}

/// Delete the workspace and everything in it (owner). Its audit rows stay, under a label that
/// names the deletion; its queued mail goes.
pub fn delete(tx: &Tx<'_>, scope: &Scope, now: Timestamp) -> Result<Workspace> {
    scope.require(Action::WorkspaceDelete, &Target::default())?;
    let ws = &scope.workspace;
    let label = format!("{} (deleted {})", ws.slug, crate::domain::format_ts(now));
    store::workspaces::delete(tx, ws.id)?;
    store::outbox::delete_for_workspace(tx, ws.slug.as_str())?;
    store::audit::detach_workspace(tx, ws.slug.as_str(), &label)?;
    let mut audit = scope.audit(now, "workspace delete", "workspace.delete");
    audit.workspace = Some(&label);
    audit.target = Some(ws.slug.as_str());
    audit.before = Some(
        json!({"slug": ws.slug, "name": ws.name, "owner": ws.owner, "require_2fa": ws.require_2fa}),
    );
    store::audit::record(tx, &audit)?;
    Ok(ws.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::error::ErrorKind;
    use crate::ops::{load_scope, members};
    use crate::store::{Store, memberships::Settings};

    fn email(s: &str) -> Email {
        s.parse().expect("an email")
    }

    /// A scope read before a concurrent change (here: the owner hands the workspace over in
    /// another run) must not let a stale owner delete it: the op asks about the state inside
    /// its own transaction.
    #[test]
    fn a_scope_read_before_a_transfer_no_longer_owns_the_workspace() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut store = Store::open(&dir.path().join("roster.db").into()).expect("a store");
        let now = Timestamp::from_unix_timestamp(1_800_000_000).expect("a time");
        let (owner, admin) = (email("owner@example.com"), email("admin@example.com"));
        let slug: Slug = "acme".parse().expect("a slug");
        let req = CreateRequest {
            name: "Acme".into(),
            slug: slug.clone(),
            require_2fa: false,
        };
        store
            .write(|tx| create(tx, &owner, &req, now))
            .expect("created");
        let token = store
            .write(|tx| {
                let scope = load_scope(tx, &owner, &slug)?;
                let invite = members::InviteRequest {
                    email: admin.clone(),
                    role: Role::Admin,
                    settings: Settings {
                        role: Role::Admin,
                        can_add_accounts: false,
                        can_manage_posts: false,
                        require_2fa: false,
                    },
                    assign: Vec::new(),
                    send_email: false,
                };
                members::invite(tx, &scope, &invite, now, time::Duration::days(7), None)
            })
            .expect("invited")
            .token;
        store
            .write(|tx| members::accept(tx, &admin, &slug, token.as_deref(), now))
            .expect("accepted");

        let stale = store
            .read(|tx| load_scope(tx, &owner, &slug))
            .expect("a scope");
        store
            .write(|tx| transfer(tx, &stale.reload(tx)?, &admin, now))
            .expect("transferred");

        let denied = store
            .write(|tx| delete(tx, &stale.reload(tx)?, now))
            .expect_err("no longer the owner");
        assert!(matches!(denied.kind, ErrorKind::Denied), "{denied:?}");
        let again = store
            .write(|tx| transfer(tx, &stale.reload(tx)?, &admin, now))
            .expect_err("no longer the owner");
        assert!(matches!(again.kind, ErrorKind::Denied), "{again:?}");
        assert!(
            store
                .read(|tx| store::workspaces::find(tx, &slug))
                .expect("read")
                .is_some()
        );
    }
}
