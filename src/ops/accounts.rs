//! Social accounts and their assignments: add, remove, assign, unassign, reauth. Each reads the
//! account, the member and the assignment it changes inside the caller's transaction, and asks
//! `decide()` about them as they are now as well as about what is asked for.

use serde_json::json;

use super::members::{assignment_facts, can_post, require_assign};
use super::{Change, Scope, notify};
use crate::domain::{
    Account, AssignSpec, AssignmentView, AuthStatus, Credentials, Email, MemberStatus, Membership,
    Posting, Provider, Role, Slug, Timestamp,
};
use crate::error::{Error, Result};
use crate::permissions::{Action, Target};
use crate::store::{self, Tx, accounts::AssignmentFacts};

/// The account `slug` of the scope's workspace, or not found (exit 4).
fn find_account(tx: &Tx<'_>, scope: &Scope, slug: &Slug) -> Result<Account> {
    store::accounts::find(tx, scope.workspace.id, slug)?.ok_or_else(|| {
        Error::not_found(format!(
            "account '{slug}' not found in {}",
            scope.workspace.slug
        ))
    })
}

/// Whether the actor holds (is assigned) this account themselves.
fn holds(tx: &Tx<'_>, scope: &Scope, account: i64) -> Result<bool> {
    Ok(match &scope.membership {
        Some(me) => store::accounts::assignment(tx, me.id, account)?.is_some(),
        None => false,
    })
}

/// The accounts of the scope's workspace that `decide()` lets the actor see (`account.view`:
/// the owner every one, everyone else those assigned to them), by slug, each with whether it
/// is assigned to the actor. `account list` and `config export` show these and no others.
pub fn visible(tx: &Tx<'_>, scope: &Scope) -> Result<Vec<(Account, bool)>> {
    let mine: std::collections::HashSet<i64> = match &scope.membership {
        Some(m) => store::accounts::list_assigned(tx, m.id)?
            .into_iter()
            .map(|a| a.id)
            .collect(),
        None => Default::default(),
    };
    let all = store::accounts::list(tx, scope.workspace.id)?;
    Ok(all
        .into_iter()
        .map(|a| {
            let assigned = mine.contains(&a.id);
            (a, assigned)
        })
        .filter(|(a, assigned)| {
            let target = Target {
                account: Some(a.slug.to_string()),
                assigned: Some(*assigned),
                ..Target::default()
            };
            scope.decide(Action::AccountView, &target).allowed
        })
        .collect())
}

/// Asked before the wizard and the validation of the flags, so that someone who may not add
/// accounts hears that first; `add` asks again inside its transaction.
pub fn check_add(scope: &Scope) -> Result<()> {
    scope.require(Action::AccountAdd, &Target::default())?;
    Ok(())
}

/// A new account, its fields already checked (one line each, the slug given or derived).
#[derive(Debug, Clone)]
pub struct AddRequest {
    pub provider: Provider,
    pub name: String,
    pub slug: Slug,
    pub handle: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Added {
    pub account: Account,
    /// The adder (not the owner) now holds the account.
    pub assigned: bool,
}

/// Add an account. Whoever adds it without being the owner holds it from then on.
pub fn add(tx: &Tx<'_>, scope: &Scope, req: &AddRequest, now: Timestamp) -> Result<Added> {
    check_add(scope)?;
    let ws = &scope.workspace;
    let (slug, provider) = (&req.slug, req.provider);
    if store::accounts::find_id(tx, ws.id, slug)?.is_some() {
        return Err(Error::conflict(format!(
            "an account with the slug '{slug}' already exists in {}",
            ws.slug
        ))
        .with_hint("choose another with --slug"));
    }
    let adder = store::users::ensure(tx, &scope.actor, now)?;
    let id = store::accounts::insert(
        tx,
        &store::accounts::NewAccount {
            workspace_id: ws.id,
            slug,
            provider,
            name: &req.name,
            handle: req.handle.as_deref(),
            added_by: adder,
        },
        now,
    )?;
    // They connected it, so it posts with their own credentials when they post at all.
    let mut assigned = false;
    if let Some(m) = scope
        .membership
        .as_ref()
        .filter(|m| !m.role.holds_every_account())
    {
        let facts = AssignmentFacts {
            approve: false,
            posting: None,
            credentials: can_post(m.role, m.can_manage_posts).then_some(Credentials::Member),
        };
        store::accounts::upsert_assignment(tx, m.id, id, &facts, now)?;
        store::accounts::set_assignment_auth(tx, m.id, id, AuthStatus::Connected, now)?;
        assigned = true;
        let owner = store::users::ensure(tx, &ws.owner, now)?;
        notify(
            tx,
            &[owner],
            ws.id,
            "account_added",
            &format!(
                "{} added the {provider} account {slug} to {}",
                scope.actor, ws.slug
            ),
            now,
        )?;
    }
    let mut audit = scope.audit(now, "account add", "account.add");
    audit.target = Some(slug.as_str());
    audit.after = Some(json!({"slug": slug, "provider": provider, "name": req.name,
        "handle": req.handle, "assigned_to_adder": assigned}));
    store::audit::record(tx, &audit)?;
    let account = store::accounts::find(tx, ws.id, slug)?
        .ok_or_else(|| Error::internal("the new account vanished"))?;
    Ok(Added { account, assigned })
}

#[derive(Debug, Clone)]
pub struct RemovedAccount {
    pub account: Account,
    /// Who held it (and was told).
    pub assigned: Vec<Email>,
}

/// Remove an account with its assignments and posts (the owner; admins and clients with
/// `can_add_accounts` the accounts they added).
pub fn remove(tx: &Tx<'_>, scope: &Scope, slug: &Slug, now: Timestamp) -> Result<RemovedAccount> {
    let ws = &scope.workspace;
    let account = find_account(tx, scope, slug)?;
    scope.require(
        Action::AccountRemove,
        &Target {
            account: Some(account.slug.to_string()),
            added_by_self: Some(account.added_by == scope.actor),
            ..Target::default()
        },
    )?;
    let assigned = store::accounts::assignments_of_account(tx, account.id)?;
    let mut users = Vec::new();
    for a in &assigned {
        users.push(store::users::ensure(tx, &a.member, now)?);
    }
    store::accounts::delete(tx, account.id)?;
    notify(
        tx,
        &users,
        ws.id,
        "assignment_change",
        &format!(
            "{} removed the account {} from {}",
            scope.actor, account.slug, ws.slug
        ),
        now,
    )?;
    let assigned: Vec<Email> = assigned.into_iter().map(|a| a.member).collect();
    let mut audit = scope.audit(now, "account remove", "account.remove");
    audit.target = Some(account.slug.as_str());
    audit.before = Some(
        json!({"slug": account.slug, "provider": account.provider, "name": account.name,
               "assigned": assigned.iter().map(|a| a.to_string()).collect::<Vec<_>>()}),
    );
    store::audit::record(tx, &audit)?;
    Ok(RemovedAccount { account, assigned })
}

/// An assignment, or a change of its settings; settings not given keep their current value
/// (or the default for a new assignment).
#[derive(Debug, Clone)]
pub struct AssignRequest {
    pub account: Slug,
    pub member: Email,
    pub approve: Option<bool>,
    pub posting: Option<Posting>,
    pub credentials: Option<Credentials>,
}

#[derive(Debug, Clone)]
pub struct Assigned {
    pub member: Membership,
    pub account: Slug,
    /// The assignment as it is now (none only if it vanished, which a write cannot do).
    pub view: Option<AssignmentView>,
    pub before: Option<AssignmentFacts>,
    pub after: AssignmentFacts,
    pub change: Change,
}

/// Assign an account to a member, or change their settings on it. The member, their role and
/// the current assignment are read here: the actor must be allowed `account.assign` for the
/// member and account as they are now, and `account.posting` when the posting mode is set.
pub fn assign(tx: &Tx<'_>, scope: &Scope, req: &AssignRequest, now: Timestamp) -> Result<Assigned> {
    let ws = &scope.workspace;
    let m = super::members::find(tx, scope, &req.member, now)?.membership;
    let account = find_account(tx, scope, &req.account)?;
    if !matches!(m.status, MemberStatus::Active | MemberStatus::Pending) {
        return Err(Error::conflict(format!(
            "{} is {} in {}: invite them again first",
            m.email, m.status, ws.slug
        )));
    }
    let current = store::accounts::assignment(tx, m.id, account.id)?;
    let spec = AssignSpec {
        account: account.slug.clone(),
        approve: req.approve.unwrap_or(current.is_some_and(|c| c.approve)),
        posting: req.posting.or(current.and_then(|c| c.posting)),
        credentials: req.credentials.or(current.and_then(|c| c.credentials)),
    };
    let explicit = AssignSpec {
        account: account.slug.clone(),
        approve: req.approve.unwrap_or(false),
        posting: req.posting,
        credentials: req.credentials,
    };
    // What was given explicitly is checked against the member's role and flags.
    assignment_facts(m.role, m.can_manage_posts, &explicit)?;
    let facts = assignment_facts(m.role, m.can_manage_posts, &spec)?;
    require_assign(
        tx,
        scope,
        m.role,
        &m.email,
        &[(account.id, account.slug.clone(), facts)],
    )?;
    if req.posting.is_some() {
        let t = Target {
            role: Some(m.role),
            account: Some(account.slug.to_string()),
            assigned: Some(holds(tx, scope, account.id)?),
            ..Target::default()
        };
        scope.require(Action::AccountPosting, &t)?;
    }
    let view_of = |tx: &Tx<'_>| -> Result<Option<AssignmentView>> {
        Ok(store::accounts::assignments_of_member(tx, m.id)?
            .into_iter()
            .find(|a| a.account == account.slug))
    };
    if current == Some(facts) {
        return Ok(Assigned {
            view: view_of(tx)?,
            member: m,
            account: account.slug,
            before: current,
            after: facts,
            change: Change::Unchanged,
        });
    }
    store::accounts::upsert_assignment(tx, m.id, account.id, &facts, now)?;
    let view = view_of(tx)?.ok_or_else(|| Error::internal("the assignment vanished"))?;
    let verb = if current.is_some() {
        "changed your settings on"
    } else {
        "assigned you"
    };
    notify(
        tx,
        &[m.user_id],
        ws.id,
        "assignment_change",
        &format!(
            "{} {verb} {} in {}: {}",
            scope.actor,
            account.slug,
            ws.slug,
            view.summary()
        ),
        now,
    )?;
    let mut audit = scope.audit(now, "account assign", "account.assign");
    let target = format!("{}:{}", account.slug, m.email);
    audit.target = Some(&target);
    audit.before = current
        .map(|c| json!({"approve": c.approve, "posting": c.posting, "credentials": c.credentials}));
    audit.after = Some(
        json!({"approve": facts.approve, "posting": facts.posting, "credentials": facts.credentials}),
    );
    store::audit::record(tx, &audit)?;
    Ok(Assigned {
        view: Some(view),
        member: m,
        account: account.slug,
        before: current,
        after: facts,
        change: if current.is_some() {
            Change::Updated
        } else {
            Change::Created
        },
    })
}

#[derive(Debug, Clone)]
pub struct Unassigned {
    pub member: Membership,
    pub account: Slug,
    pub before: AssignmentFacts,
    pub posts_handed_to_owner: usize,
}

/// Take an account away from a member; their posts on it go to the owner. Unassigning is
/// assigning's permission, asked about the member's role and the account as they are now.
pub fn unassign(
    tx: &Tx<'_>,
    scope: &Scope,
    account: &Slug,
    member: &Email,
    now: Timestamp,
) -> Result<Unassigned> {
    let ws = &scope.workspace;
    let m = super::members::find(tx, scope, member, now)?.membership;
    let account = find_account(tx, scope, account)?;
    let current = store::accounts::assignment(tx, m.id, account.id)?;
    let placeholder = AssignmentFacts {
        approve: false,
        posting: None,
        credentials: None,
    };
    require_assign(
        tx,
        scope,
        m.role,
        &m.email,
        &[(account.id, account.slug.clone(), placeholder)],
    )?;
    let Some(current) = current else {
        return Err(Error::not_found(format!(
            "{} is not assigned to {}",
            m.email, account.slug
        )));
    };
    store::accounts::remove_assignment(tx, m.id, account.id)?;
    let owner = store::users::ensure(tx, &ws.owner, now)?;
    let moved = store::posts::hand_over(tx, ws.id, m.user_id, Some(account.id), owner, now)?;
    notify(
        tx,
        &[m.user_id],
        ws.id,
        "assignment_change",
        &format!(
            "{} unassigned {} from you in {}",
            scope.actor, account.slug, ws.slug
        ),
        now,
    )?;
    let mut audit = scope.audit(now, "account unassign", "account.assign");
    let target = format!("{}:{}", account.slug, m.email);
    audit.target = Some(&target);
    audit.before = Some(
        json!({"approve": current.approve, "posting": current.posting, "credentials": current.credentials}),
    );
    audit.after = Some(json!({"posts_handed_to_owner": moved}));
    store::audit::record(tx, &audit)?;
    Ok(Unassigned {
        member: m,
        account: account.slug,
        before: current,
        posts_handed_to_owner: moved,
    })
}

#[derive(Debug, Clone)]
pub struct Reauthed {
    pub account: Slug,
    /// The member's own credentials were reconnected (else the account's, the owner's).
    pub member_credentials: bool,
}

/// Reconnect an account: with owner credentials only the owner does (for everyone posting with
/// them); with member credentials the member reconnects their own assignment. Whose
/// credentials they are is read here, from the assignment as it is now.
pub fn reauth(
    tx: &Tx<'_>,
    scope: &Scope,
    account: &Slug,
    member: Option<&Email>,
    now: Timestamp,
) -> Result<Reauthed> {
    let whose = match member {
        Some(e) if *e != scope.actor => Some(super::members::find(tx, scope, e, now)?.membership),
        _ => scope.membership.clone(),
    };
    let account = find_account(tx, scope, account)?;
    let assignment = match &whose {
        Some(m) => store::accounts::assignment(tx, m.id, account.id)?,
        None => None,
    };
    if let (Some(e), None) = (member, assignment) {
        return Err(Error::not_found(format!(
            "{e} is not assigned to {}",
            account.slug
        )));
    }
    let target = Target {
        account: Some(account.slug.to_string()),
        member: member.map(|e| e.to_string()),
        member_is_self: member.is_none_or(|e| *e == scope.actor),
        credentials: assignment.and_then(|a| a.credentials),
        ..Target::default()
    };
    scope.require(Action::AccountReauth, &target)?;
    let member_creds = target.credentials == Some(Credentials::Member);
    match (&whose, member_creds) {
        (Some(m), true) => {
            store::accounts::set_assignment_auth(tx, m.id, account.id, AuthStatus::Connected, now)?
        }
        _ => store::accounts::reconnect(tx, account.id, now)?,
    }
    let mut audit = scope.audit(now, "account reauth", "account.reauth");
    let t = match &whose {
        Some(m) if member_creds => format!("{}:{}", account.slug, m.email),
        _ => account.slug.to_string(),
    };
    audit.target = Some(&t);
    audit.after = Some(json!({"auth_status": "connected",
        "credentials": if member_creds { "member" } else { "owner" }}));
    store::audit::record(tx, &audit)?;
    Ok(Reauthed {
        account: account.slug,
        member_credentials: member_creds,
    })
}

/// What the `account assign` wizard offers: the accounts and the members `decide()` lets the
/// actor pair (members with their role and whether they post).
#[derive(Debug, Clone, Default)]
pub struct AssignChoices {
    pub accounts: Vec<(Slug, String)>,
    pub members: Vec<(Email, Role, bool)>,
}

pub fn assign_choices(tx: &Tx<'_>, scope: &Scope, now: Timestamp) -> Result<AssignChoices> {
    let mut choices = AssignChoices::default();
    for a in store::accounts::list(tx, scope.workspace.id)? {
        let t = Target {
            account: Some(a.slug.to_string()),
            assigned: Some(holds(tx, scope, a.id)?),
            ..Target::default()
        };
        if scope.decide(Action::AccountAssign, &t).allowed {
            choices.accounts.push((
                a.slug.clone(),
                format!("{} ({}, {})", a.slug, a.provider, a.name),
            ));
        }
    }
    for row in store::memberships::list(tx, scope.workspace.id, now)? {
        let m = row.membership;
        if !matches!(m.status, MemberStatus::Active | MemberStatus::Pending) {
            continue;
        }
        let t = Target {
            role: Some(m.role),
            member: Some(m.email.to_string()),
            member_is_self: m.email == scope.actor,
            ..Target::default()
        };
        if scope.decide(Action::AccountAssign, &t).allowed {
            choices.members.push((
                m.email.clone(),
                m.role,
                can_post(m.role, m.can_manage_posts),
            ));
        }
    }
    Ok(choices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::ops::{load_scope, members, workspaces};
    use crate::store::{Store, memberships::Settings};

    fn email(s: &str) -> Email {
        s.parse().expect("an email")
    }

    fn invite(store: &mut Store, by: &Email, slug: &Slug, who: &Email, role: Role, now: Timestamp) {
        let token = store
            .write(|tx| {
                let scope = load_scope(tx, by, slug)?;
                let req = members::InviteRequest {
                    email: who.clone(),
                    role,
                    settings: Settings {
                        role,
                        can_add_accounts: false,
                        can_manage_posts: false,
                        require_2fa: false,
                    },
                    assign: vec!["acme-fb".parse().expect("a spec")],
                    send_email: false,
                };
                members::invite(tx, &scope, &req, now, time::Duration::days(7), None)
            })
            .expect("invited")
            .token;
        store
            .write(|tx| members::accept(tx, who, slug, token.as_deref(), now))
            .expect("accepted");
    }

    /// Unassigning asks `account.assign` about the member as they are when it runs: an admin
    /// who could take the account from an editor cannot once that editor is an admin.
    #[test]
    fn unassign_asks_about_the_members_role_as_it_is_now() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut store = Store::open(&dir.path().join("roster.db").into()).expect("a store");
        let now = Timestamp::from_unix_timestamp(1_800_000_000).expect("a time");
        let (owner, admin, editor) = (
            email("owner@example.com"),
            email("admin@example.com"),
            email("editor@example.com"),
        );
        let slug: Slug = "acme".parse().expect("a slug");
        let fb: Slug = "acme-fb".parse().expect("a slug");
        let req = workspaces::CreateRequest {
            name: "Acme".into(),
            slug: slug.clone(),
            require_2fa: false,
        };
        store
            .write(|tx| workspaces::create(tx, &owner, &req, now))
            .expect("created");
        let add_req = AddRequest {
            provider: Provider::Facebook,
            name: "Acme Page".into(),
            slug: fb.clone(),
            handle: None,
        };
        store
            .write(|tx| add(tx, &load_scope(tx, &owner, &slug)?, &add_req, now))
            .expect("added");
        invite(&mut store, &owner, &slug, &admin, Role::Admin, now);
        invite(&mut store, &owner, &slug, &editor, Role::Editor, now);

        let scope = store
            .read(|tx| load_scope(tx, &admin, &slug))
            .expect("a scope");
        store
            .rehearse(|tx| unassign(tx, &scope.reload(tx)?, &fb, &editor, now))
            .expect("an admin takes an account from an editor");

        let promote = members::UpdateRequest {
            role: Some(Role::Admin),
            ..members::UpdateRequest::default()
        };
        store
            .write(|tx| {
                members::update(tx, &load_scope(tx, &owner, &slug)?, &editor, &promote, now)
            })
            .expect("promoted");
        let denied = store
            .write(|tx| unassign(tx, &scope.reload(tx)?, &fb, &editor, now))
            .expect_err("not from another admin");
        assert!(matches!(denied.kind, ErrorKind::Denied), "{denied:?}");
    }
}
