//! Members and invitations: invite (or change a pending invitation), update, remove, leave,
//! revoke and resend. Each asks `decide()` about the membership it replaces as well as the one
//! it asks for, inside the caller's transaction.

use std::collections::{HashMap, HashSet};

use rand::RngExt;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{Change, Scope, notify};
use crate::domain::{
    Account, AssignSpec, AssignmentView, AuthStatus, Credentials, Email, MemberStatus, MemberView,
    Membership, Posting, Role, Slug, Timestamp, access_words, format_ts,
};
use crate::error::{Error, Result};
use crate::permissions::{Action, Target};
use crate::store::{
    self, Tx, accounts::AssignmentFacts, memberships::MemberRow, memberships::Settings,
};

/// Role and flags, checked against each other: flags a role cannot have are refused (exit 6).
pub fn check_flags(role: Role, s: &store::memberships::Settings) -> Result<()> {
    if !role.is_invitable() {
        return Err(Error::invalid(
            "--role owner: owners are made by `workspace create` or `workspace transfer` only",
        )
        .with_hint("invite an admin, editor or client")
        .with_field("role"));
    }
    if s.can_manage_posts && !role.is_client() {
        return Err(Error::invalid(format!(
            "--can-manage-posts is a client permission; {role}s post on their assigned accounts by role"
        ))
        .with_field("can_manage_posts"));
    }
    if s.can_add_accounts && !role.may_add_accounts_flag() {
        return Err(Error::invalid(
            "--can-add-accounts is for admins and clients; editors never add accounts",
        )
        .with_field("can_add_accounts"));
    }
    Ok(())
}

/// Whether a member with this role and flags posts (and so has credentials on accounts).
pub fn can_post(role: Role, can_manage_posts: bool) -> bool {
    role.posts(can_manage_posts)
}

/// `--assign` values made into assignments: accounts exist and are named once; `approve` is for
/// clients, `posting` for editors, credentials for those who post. Defaults: editors post
/// `full`; members who post use the owner's credentials.
pub fn resolve_assignments(
    conn: &Tx<'_>,
    workspace_id: i64,
    role: Role,
    can_manage_posts: bool,
    specs: &[AssignSpec],
) -> Result<Vec<(i64, Slug, AssignmentFacts)>> {
    resolve_with(
        &mut |slug| store::accounts::find_id(conn, workspace_id, slug),
        role,
        can_manage_posts,
        specs,
    )
}

/// `resolve_assignments` with the account ids looked up by `find` (a map, in a batch).
fn resolve_with(
    find: &mut dyn FnMut(&Slug) -> Result<Option<i64>>,
    role: Role,
    can_manage_posts: bool,
    specs: &[AssignSpec],
) -> Result<Vec<(i64, Slug, AssignmentFacts)>> {
    let mut out: Vec<(i64, Slug, AssignmentFacts)> = Vec::new();
    for spec in specs {
        if out.iter().any(|(_, s, _)| *s == spec.account) {
            return Err(
                Error::invalid(format!("account '{}' is assigned twice", spec.account))
                    .with_hint("give each account one --assign with all its settings")
                    .with_field("assign"),
            );
        }
        let id = find(&spec.account)?.ok_or_else(|| {
            Error::not_found(format!(
                "account '{}' not found in this workspace",
                spec.account
            ))
            .with_hint("list them with `roster account list`")
            .with_field("assign")
        })?;
        out.push((
            id,
            spec.account.clone(),
            assignment_facts(role, can_manage_posts, spec).map_err(|e| e.with_field("assign"))?,
        ));
    }
    Ok(out)
}

/// One assignment's settings, checked against the member's role and flags.
pub fn assignment_facts(
    role: Role,
    can_manage_posts: bool,
    spec: &AssignSpec,
) -> Result<AssignmentFacts> {
    let acc = &spec.account;
    if spec.approve && !role.is_client() {
        return Err(Error::invalid(format!(
            "approve-on-non-client: '{acc}:approve' — only clients approve posts; {role}s' posts are reviewed with posting review"
        )));
    }
    if spec.posting.is_some() && !role.has_posting_mode() {
        return Err(Error::invalid(format!(
            "posting-on-non-editor: full/review on '{acc}' is an editor setting, not for {role}s"
        )));
    }
    let posts = can_post(role, can_manage_posts);
    if spec.credentials.is_some() && !posts {
        return Err(Error::invalid(format!(
            "credentials-without-posting: '{acc}' sets credentials, but this client cannot create/edit/delete posts"
        ))
        .with_hint("add --can-manage-posts, or drop :owner/:member"));
    }
    Ok(AssignmentFacts {
        approve: spec.approve,
        posting: role
            .has_posting_mode()
            .then(|| spec.posting.unwrap_or(Posting::Full)),
        credentials: if posts {
            Some(spec.credentials.unwrap_or(Credentials::Owner))
        } else {
            None
        },
    })
}

/// Each assignment an actor hands out goes through `decide(account.assign)`: admins assign only
/// the accounts they hold, to the members they may manage.
pub fn require_assign(
    conn: &Tx<'_>,
    scope: &Scope,
    role: Role,
    member: &Email,
    accounts: &[(i64, Slug, AssignmentFacts)],
) -> Result<()> {
    require_assign_with(
        &mut |account| match &scope.membership {
            Some(m) => Ok(store::accounts::assignment(conn, m.id, account)?.is_some()),
            None => Ok(false),
        },
        scope,
        role,
        member,
        accounts,
    )
}

/// `require_assign` with "does the actor hold this account?" answered by `holds`.
fn require_assign_with(
    holds: &mut dyn FnMut(i64) -> Result<bool>,
    scope: &Scope,
    role: Role,
    member: &Email,
    accounts: &[(i64, Slug, AssignmentFacts)],
) -> Result<()> {
    for (id, slug, _) in accounts {
        let target = Target {
            role: Some(role),
            member: Some(member.to_string()),
            member_is_self: *member == scope.actor,
            account: Some(slug.to_string()),
            assigned: Some(holds(*id)?),
            ..Target::default()
        };
        scope.require(Action::AccountAssign, &target)?;
    }
    Ok(())
}

/// The target of a member-management action on `email` with role `role`.
pub fn member_target(scope: &Scope, email: &Email, role: Role) -> Target {
    Target {
        role: Some(role),
        member: Some(email.to_string()),
        member_is_self: *email == scope.actor,
        ..Target::default()
    }
}

/// Whether `decide()` lets the actor see member `m` (`member.list`: clients see only themselves
/// and the owner). `member list` and `config export` show these and no others.
pub fn listed(scope: &Scope, m: &Membership) -> bool {
    scope
        .decide(Action::MemberList, &member_target(scope, &m.email, m.role))
        .allowed
}

/// The accounts the actor may see (decide()'s `account.view`, asked by the function `account
/// list` uses): every view of a member names its assignments on these only.
pub fn shown_accounts(tx: &Tx<'_>, scope: &Scope) -> Result<HashSet<Slug>> {
    Ok(super::accounts::visible(tx, scope)?
        .into_iter()
        .map(|(a, _)| a.slug)
        .collect())
}

/// A member's assignments, keeping those on accounts the actor may see.
pub fn only_shown(accounts: Vec<AssignmentView>, shown: &HashSet<Slug>) -> Vec<AssignmentView> {
    accounts
        .into_iter()
        .filter(|a| shown.contains(&a.account))
        .collect()
}

/// A member row as `member list/show` present it to the actor of `scope`.
pub fn member_view(conn: &Tx<'_>, scope: &Scope, row: &MemberRow) -> Result<MemberView> {
    let accounts = store::accounts::assignments_of_member(conn, row.membership.id)?;
    Ok(member_view_with(
        row,
        accounts,
        &shown_accounts(conn, scope)?,
    ))
}

/// A member row with its assignments already read (`member list` reads them all at once), and
/// the accounts the actor may see read once (`shown_accounts`).
pub fn member_view_with(
    row: &MemberRow,
    accounts: Vec<AssignmentView>,
    shown: &HashSet<Slug>,
) -> MemberView {
    let accounts = only_shown(accounts, shown);
    let m = &row.membership;
    MemberView {
        email: m.email.clone(),
        role: m.role,
        status: m.status,
        access: access_words(m.role, m.can_add_accounts, m.can_manage_posts),
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
        require_2fa: m.require_2fa,
        // The workspace's requirement is added by whoever knows the workspace (`in_workspace`).
        twofa_required: m.require_2fa,
        twofa_enrolled: row.twofa_enrolled,
        invited_by: row.invited_by.clone(),
        expires_at: row.expires_at,
        accounts,
    }
}

/// A member an action is aimed at must be allowed by `decide()` (3, or 5 for the owner) and
/// still be in the workspace: active, invited or with an expired invitation (else 5).
pub fn require_live(scope: &Scope, m: &crate::domain::Membership, action: Action) -> Result<()> {
    scope.require(action, &member_target(scope, &m.email, m.role))?;
    if matches!(
        m.status,
        MemberStatus::Active | MemberStatus::Pending | MemberStatus::Expired
    ) {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "{} is already {} in {}: they are no longer a member",
        m.email, m.status, scope.workspace.slug
    ))
    .with_hint(format!(
        "invite them again: `roster member invite {} --role {}`",
        m.email, m.role
    )))
}

/// One invitation, however it was asked for (flags, wizard, batch, config apply).
#[derive(Debug, Clone)]
pub struct InviteRequest {
    pub email: Email,
    pub role: Role,
    pub settings: Settings,
    pub assign: Vec<AssignSpec>,
    pub send_email: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Invited {
    pub email: Email,
    pub workspace: String,
    pub role: Role,
    pub status: MemberStatus,
    pub result: Change,
    pub access: &'static str,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    pub invited_by: Email,
    pub accounts: Vec<AssignmentView>,
    /// Shown once, when a new token was made; never stored in clear.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept_command: Option<String>,
    #[serde(serialize_with = "crate::domain::serialize_ts_opt")]
    pub expires_at: Option<Timestamp>,
    #[serde(skip)]
    pub mail: Option<i64>,
}

/// What inviting looks up again and again, read once per transaction: the workspace's account
/// ids, the accounts the actor holds, the actor's user id. A batch asks these for every row;
/// it keeps one `Lookups` for its whole transaction (never across transactions).
#[derive(Debug, Default)]
pub struct Lookups {
    accounts: Option<HashMap<Slug, Account>>,
    held: Option<HashSet<i64>>,
    inviter: Option<i64>,
    /// A batch reads every membership of the workspace at once (its rows name each email
    /// once, so no row looks for a membership another row of it made).
    members: Option<HashMap<Email, Membership>>,
    preload_members: bool,
    /// With the memberships, when each open invitation expires, by membership.
    open: Option<HashMap<i64, Timestamp>>,
    /// With the memberships, every assignment of the workspace, by membership.
    facts: Option<HashMap<i64, Vec<(Slug, AssignmentFacts)>>>,
    /// A batch reports no member's accounts: skip reading them back.
    skip_views: bool,
    /// A batch stages brand-new members and writes them by the set (`store::bulk`).
    stage: Option<Stage>,
}

/// Brand-new members staged by a batch and not yet written.
#[derive(Debug, Default)]
struct Stage {
    began: bool,
    /// Staged since the last flush.
    pending: usize,
    seq: i64,
    /// The queued email of every member flushed so far (address, outbox id).
    mails: Vec<(Email, i64)>,
    /// Each distinct set of assignments staged so far, and its number.
    groups: HashMap<Vec<(i64, AssignmentFacts)>, i64>,
    /// The batch failed: check new members, write nothing.
    discard: bool,
}

/// Staged members are written every this many rows, so that memory stays flat.
const STAGE_CHUNK: usize = 10_000;

impl Lookups {
    /// For a batch whose rows name each email at most once: memberships are read all at once.
    pub fn for_batch() -> Lookups {
        Lookups {
            preload_members: true,
            ..Lookups::default()
        }
    }

    /// For `member invite --from`: as `for_batch`, and brand-new members are staged and
    /// written by the set. Their rows reach the database by `flush_staged` (called every
    /// `STAGE_CHUNK` rows, before any row written one at a time, and by `finish`), so the
    /// caller must call `finish` before it reads what the batch wrote.
    pub fn for_staged_batch() -> Lookups {
        Lookups {
            preload_members: true,
            skip_views: true,
            stage: Some(Stage::default()),
            ..Lookups::default()
        }
    }

    /// A batch that already failed writes nothing: from now on a brand-new member is only
    /// checked, neither staged nor written, and what is staged is dropped with the transaction.
    pub fn stop_staging(&mut self) {
        if let Some(stage) = self.stage.as_mut() {
            stage.discard = true;
        }
    }

    /// Write what is staged; the queued email of every staged member (address, outbox id).
    pub fn finish(
        &mut self,
        tx: &Tx<'_>,
        scope: &Scope,
        now: Timestamp,
        ttl: time::Duration,
        batch: Option<&str>,
    ) -> Result<Vec<(Email, i64)>> {
        self.flush_staged(tx, scope, now, ttl, batch)?;
        Ok(self
            .stage
            .as_mut()
            .map(|s| std::mem::take(&mut s.mails))
            .unwrap_or_default())
    }

    fn flush_staged(
        &mut self,
        tx: &Tx<'_>,
        scope: &Scope,
        now: Timestamp,
        ttl: time::Duration,
        batch: Option<&str>,
    ) -> Result<()> {
        let (Some(stage), Some(inviter)) = (self.stage.as_mut(), self.inviter) else {
            return Ok(());
        };
        if stage.pending == 0 || stage.discard {
            return Ok(());
        }
        let mut audit = scope.audit(now, "member invite", "member.invite");
        audit.batch_id = batch;
        let mails = store::bulk::flush(
            tx,
            &store::bulk::Shared {
                workspace_id: scope.workspace.id,
                workspace_slug: scope.workspace.slug.as_str(),
                inviter,
                now,
                expires_at: expiry(now, ttl)?,
                audit: &audit,
            },
        )?;
        stage.mails.extend(mails);
        stage.pending = 0;
        Ok(())
    }

    /// When the open invitation of a membership expires (None: it has none).
    fn open_expiry(
        &mut self,
        tx: &Tx<'_>,
        workspace_id: i64,
        membership: i64,
    ) -> Result<Option<Timestamp>> {
        if !self.preload_members {
            return Ok(store::invitations::pending(tx, membership)?.map(|i| i.expires_at));
        }
        if self.open.is_none() {
            self.open = Some(
                store::invitations::pending_expiries(tx, workspace_id)?
                    .into_iter()
                    .collect(),
            );
        }
        Ok(self.open.as_ref().and_then(|o| o.get(&membership).copied()))
    }

    /// The assignments a member holds now that `wanted` leaves out (unassigning is assigning's
    /// permission, asked about the account being taken away).
    fn dropped(
        &mut self,
        tx: &Tx<'_>,
        workspace_id: i64,
        membership: i64,
        wanted: &[(i64, Slug, AssignmentFacts)],
    ) -> Result<Vec<(i64, Slug, AssignmentFacts)>> {
        let mut out = Vec::new();
        for (slug, facts) in self.facts_of(tx, workspace_id, membership)? {
            if wanted.iter().any(|(_, w, _)| *w == slug) {
                continue;
            }
            let Some(id) = self.account_id(tx, workspace_id, &slug)? else {
                return Err(Error::internal(format!(
                    "assigned account {slug} is not in the workspace"
                )));
            };
            out.push((id, slug, facts));
        }
        Ok(out)
    }

    /// The assignments a membership holds now, as (account slug, facts).
    fn facts_of(
        &mut self,
        tx: &Tx<'_>,
        workspace_id: i64,
        membership: i64,
    ) -> Result<Vec<(Slug, AssignmentFacts)>> {
        if !self.preload_members {
            return Ok(store::accounts::assignments_of_member(tx, membership)?
                .into_iter()
                .map(|c| {
                    let f = AssignmentFacts {
                        approve: c.approve,
                        posting: c.posting,
                        credentials: c.credentials,
                    };
                    (c.account, f)
                })
                .collect());
        }
        if self.facts.is_none() {
            let mut by: HashMap<i64, Vec<(Slug, AssignmentFacts)>> = HashMap::new();
            for (m, slug, f) in store::accounts::assignment_facts_of_workspace(tx, workspace_id)? {
                by.entry(m).or_default().push((slug, f));
            }
            self.facts = Some(by);
        }
        Ok(self
            .facts
            .as_ref()
            .and_then(|f| f.get(&membership).cloned())
            .unwrap_or_default())
    }

    fn membership(
        &mut self,
        tx: &Tx<'_>,
        workspace_id: i64,
        email: &Email,
    ) -> Result<Option<Membership>> {
        if !self.preload_members {
            return store::memberships::find(tx, workspace_id, email);
        }
        if self.members.is_none() {
            let all = store::memberships::all(tx, workspace_id)?;
            self.members = Some(all.into_iter().map(|m| (m.email.clone(), m)).collect());
        }
        Ok(self.members.as_ref().and_then(|m| m.get(email).cloned()))
    }

    fn account_id(&mut self, tx: &Tx<'_>, workspace_id: i64, slug: &Slug) -> Result<Option<i64>> {
        if self.accounts.is_none() {
            let all = store::accounts::list(tx, workspace_id)?;
            self.accounts = Some(all.into_iter().map(|a| (a.slug.clone(), a)).collect());
        }
        Ok(self
            .accounts
            .as_ref()
            .and_then(|m| m.get(slug).map(|a| a.id)))
    }

    /// The assignments a brand-new membership was just given, as `member show` presents them
    /// (what `store::accounts::assignments_of_member` would read back), without reading back.
    fn fresh_views(
        &self,
        member: &Email,
        assigned: &[(i64, Slug, AssignmentFacts)],
    ) -> Option<Vec<AssignmentView>> {
        if assigned.is_empty() {
            return Some(Vec::new());
        }
        let accounts = self.accounts.as_ref()?;
        let mut views = Vec::with_capacity(assigned.len());
        for (_, slug, f) in assigned {
            let a = accounts.get(slug)?;
            let owner_creds = f.credentials.is_none_or(|c| c == Credentials::Owner);
            let auth_status = if f.credentials == Some(Credentials::Member)
                || (owner_creds && a.auth_status == AuthStatus::NeedsReauth)
            {
                AuthStatus::NeedsReauth
            } else {
                AuthStatus::Connected
            };
            views.push(AssignmentView {
                account: slug.clone(),
                provider: a.provider,
                account_name: a.name.clone(),
                member: member.clone(),
                approve: f.approve,
                posting: f.posting,
                credentials: f.credentials,
                auth_status,
            });
        }
        views.sort_by(|x, y| x.account.cmp(&y.account));
        Some(views)
    }

    fn holds(&mut self, tx: &Tx<'_>, scope: &Scope, account: i64) -> Result<bool> {
        if self.held.is_none() {
            let ids = match &scope.membership {
                Some(m) => store::accounts::assigned_account_ids(tx, m.id)?,
                None => Vec::new(),
            };
            self.held = Some(ids.into_iter().collect());
        }
        Ok(self.held.as_ref().is_some_and(|h| h.contains(&account)))
    }

    fn inviter(&mut self, tx: &Tx<'_>, scope: &Scope, now: Timestamp) -> Result<i64> {
        if let Some(id) = self.inviter {
            return Ok(id);
        }
        let id = store::users::ensure(tx, &scope.actor, now)?;
        self.inviter = Some(id);
        Ok(id)
    }
}

impl Invited {
    /// What a member's own row says, before any token, mail or accounts are added.
    fn of_member(scope: &Scope, m: &Membership, status: MemberStatus, result: Change) -> Invited {
        Invited {
            email: m.email.clone(),
            workspace: scope.workspace.slug.to_string(),
            role: m.role,
            status,
            result,
            access: access_words(m.role, m.can_add_accounts, m.can_manage_posts),
            can_add_accounts: m.can_add_accounts,
            can_manage_posts: m.can_manage_posts,
            require_2fa: m.require_2fa,
            invited_by: scope.actor.clone(),
            accounts: Vec::new(),
            token: None,
            accept_command: None,
            expires_at: None,
            mail: None,
        }
    }

    /// What an invitation asks for, pending, before any token, mail or accounts are added.
    fn of_request(
        scope: &Scope,
        req: &InviteRequest,
        result: Change,
        expires_at: Option<Timestamp>,
    ) -> Invited {
        Invited {
            email: req.email.clone(),
            workspace: scope.workspace.slug.to_string(),
            role: req.role,
            status: MemberStatus::Pending,
            result,
            access: access_words(
                req.role,
                req.settings.can_add_accounts,
                req.settings.can_manage_posts,
            ),
            can_add_accounts: req.settings.can_add_accounts,
            can_manage_posts: req.settings.can_manage_posts,
            require_2fa: req.settings.require_2fa,
            invited_by: scope.actor.clone(),
            accounts: Vec::new(),
            token: None,
            accept_command: None,
            expires_at,
            mail: None,
        }
    }

    /// The token to show once: made here without email, or minted by the sender into the
    /// email delivered in this same run.
    pub fn show_token(&mut self, workspace: &Slug, token: String) {
        // As printed to the inviter, it says who runs it: it works pasted as it is.
        self.accept_command = Some(format!(
            "roster --as {} invite accept {workspace} --token {token}",
            self.email
        ));
        self.token = Some(token);
    }
}

/// Invite (or re-invite, or update the pending invitation of) one member, inside the caller's
/// transaction: permissions, validation, membership, assignments, invitation, notification,
/// outbox and audit.
pub fn invite(
    tx: &Tx<'_>,
    scope: &Scope,
    req: &InviteRequest,
    now: Timestamp,
    ttl: time::Duration,
    batch: Option<&str>,
) -> Result<Invited> {
    invite_with(&mut Lookups::default(), tx, scope, req, now, ttl, batch)
}

/// `invite`, with what it looks up kept in `look` for the rest of the transaction.
pub fn invite_with(
    look: &mut Lookups,
    tx: &Tx<'_>,
    scope: &Scope,
    req: &InviteRequest,
    now: Timestamp,
    ttl: time::Duration,
    batch: Option<&str>,
) -> Result<Invited> {
    let ws = &scope.workspace;
    check_flags(req.role, &req.settings)?;
    scope
        .require(
            Action::MemberInvite,
            &member_target(scope, &req.email, req.role),
        )
        .map_err(|e| e.with_field("role"))?;
    if req.settings.require_2fa {
        scope
            .require(
                Action::MemberRequire2fa,
                &member_target(scope, &req.email, req.role),
            )
            .map_err(|e| e.with_field("require_2fa"))?;
    }
    let accounts = resolve_with(
        &mut |slug| look.account_id(tx, ws.id, slug),
        req.role,
        req.settings.can_manage_posts,
        &req.assign,
    )?;
    require_assign_with(
        &mut |account| look.holds(tx, scope, account),
        scope,
        req.role,
        &req.email,
        &accounts,
    )
    .map_err(|e| e.with_field("assign"))?;

    let existing = look.membership(tx, ws.id, &req.email)?;
    // Re-inviting over an open invitation (pending, or expired and not yet answered) replaces
    // that member's settings: it is an update of the role they hold now, and it takes away
    // every assignment the request drops. Asking only about the requested role let an admin
    // turn the owner's admin or client invitation into an editor one.
    if let Some(m) = existing
        .as_ref()
        .filter(|m| matches!(m.status, MemberStatus::Pending | MemberStatus::Expired))
    {
        scope
            .require(
                Action::MemberUpdate,
                &member_target(scope, &req.email, m.role),
            )
            .map_err(|e| e.with_field("role"))?;
        let dropped = look.dropped(tx, ws.id, m.id, &accounts)?;
        require_assign_with(
            &mut |account| look.holds(tx, scope, account),
            scope,
            m.role,
            &req.email,
            &dropped,
        )
        .map_err(|e| e.with_field("assign"))?;
    }
    // Changing a pending invitation may lift a 2FA requirement: only its requirer (or the owner).
    if let Some(m) = existing
        .as_ref()
        .filter(|m| m.status == MemberStatus::Pending && m.require_2fa)
        && !req.settings.require_2fa
    {
        let by = store::memberships::require_2fa_by(tx, m.id)?;
        let target = crate::permissions::Target {
            lifting_own_requirement: Some(by.as_ref() == Some(&scope.actor)),
            ..member_target(scope, &req.email, m.role)
        };
        scope
            .require(Action::MemberRequire2fa, &target)
            .map_err(|e| e.with_field("require_2fa"))?;
    }
    let same_settings = |look: &mut Lookups, m: &Membership| -> Result<bool> {
        Ok(m.role == req.role
            && m.can_add_accounts == req.settings.can_add_accounts
            && m.can_manage_posts == req.settings.can_manage_posts
            && m.require_2fa == req.settings.require_2fa
            && same_assignments(&look.facts_of(tx, ws.id, m.id)?, &accounts))
    };
    let result = match &existing {
        // Asking again for what an active member already has is a no-op, so that a batch file
        // (or `member export`) can be run again after people accepted.
        Some(m) if m.status == MemberStatus::Active && same_settings(look, m)? => {
            return unchanged(look, tx, scope, m, None);
        }
        Some(m) if m.status == MemberStatus::Active => {
            return Err(Error::conflict(format!(
                "{} is already an active member of {} ({})",
                req.email, ws.slug, m.role
            ))
            .with_hint(format!(
                "change their access with `roster member update {}`",
                req.email
            ))
            .with_field("email"));
        }
        Some(m) if m.role.holds_every_account() => {
            return Err(
                Error::conflict(format!("{} owns {}", req.email, ws.slug)).with_field("email")
            );
        }
        Some(m) if m.status == MemberStatus::Pending => {
            let open = look.open_expiry(tx, ws.id, m.id)?;
            let expired = open.is_none_or(|at| at <= now);
            if same_settings(look, m)? && !expired {
                // Asking again for exactly what a pending invitation says changes nothing.
                return unchanged(look, tx, scope, m, open);
            } else if expired {
                Change::Created
            } else {
                Change::Updated
            }
        }
        _ => Change::Created,
    };
    let inviter = look.inviter(tx, scope, now)?;
    if existing.is_none() && look.stage.is_some() {
        return stage_new(look, tx, scope, req, &accounts, now, ttl, batch);
    }
    // Rows written one at a time follow every row staged before them, in file order.
    look.flush_staged(tx, scope, now, ttl, batch)?;
    let user = store::users::ensure(tx, &req.email, now)?;
    let membership = match &existing {
        Some(m) => {
            if result != Change::Unchanged {
                store::memberships::update(tx, m.id, &req.settings, now)?;
                store::memberships::set_status(
                    tx,
                    m.id,
                    MemberStatus::Pending,
                    Some(inviter),
                    now,
                )?;
                store::accounts::remove_all_assignments(tx, m.id)?;
            }
            m.id
        }
        None => store::memberships::insert(
            tx,
            &store::memberships::NewMembership {
                workspace_id: ws.id,
                user_id: user,
                role: req.role,
                status: MemberStatus::Pending,
                can_add_accounts: req.settings.can_add_accounts,
                can_manage_posts: req.settings.can_manage_posts,
                require_2fa: req.settings.require_2fa,
                invited_by: Some(inviter),
            },
            now,
        )?,
    };
    // A new membership has no invitation yet; issue_invitation below sets it.
    let expires_at = match &existing {
        Some(_) => store::invitations::pending(tx, membership)?.map(|i| i.expires_at),
        None => None,
    };
    let mut invited = Invited::of_request(scope, req, result, expires_at);
    for (account, _, facts) in &accounts {
        // A new membership has nothing to update: a plain insert.
        if existing.is_some() {
            store::accounts::upsert_assignment(tx, membership, *account, facts, now)?;
        } else {
            store::accounts::insert_assignment(tx, membership, *account, facts, now)?;
        }
    }
    let was_required = existing
        .as_ref()
        .is_some_and(|m| m.require_2fa && m.status == MemberStatus::Pending);
    if req.settings.require_2fa != was_required {
        store::memberships::set_require_2fa_by(
            tx,
            membership,
            req.settings.require_2fa.then_some(inviter),
        )?;
    }
    // A brand-new membership has no invitation to close, and its assignments are the ones
    // just written: open its invitation straight away.
    match existing
        .is_none()
        .then(|| look.fresh_views(&req.email, &accounts))
        .flatten()
    {
        Some(views) => {
            invited.accounts = views;
            new_invitation(
                tx,
                scope,
                membership,
                inviter,
                &mut invited,
                req.send_email,
                now,
                ttl,
            )?;
        }
        None => issue_invitation(
            tx,
            scope,
            membership,
            inviter,
            &mut invited,
            req.send_email,
            now,
            ttl,
        )?,
    }
    notify(
        tx,
        &[user],
        ws.id,
        "invitation",
        &invitation_notice(scope, req.role, result),
        now,
    )?;
    let before = existing.as_ref().map(|m| {
        json!({"role": m.role, "status": m.status, "can_add_accounts": m.can_add_accounts,
               "can_manage_posts": m.can_manage_posts, "require_2fa": m.require_2fa})
    });
    let mut audit = scope.audit(now, "member invite", "member.invite");
    let target = req.email.to_string();
    audit.target = Some(&target);
    audit.batch_id = batch;
    audit.before = before;
    audit.after = Some(invite_after(req, invited.expires_at));
    store::audit::record(tx, &audit)?;
    Ok(invited)
}

/// An invitation asked again for exactly what the member has: nothing is written.
fn unchanged(
    look: &Lookups,
    tx: &Tx<'_>,
    scope: &Scope,
    m: &Membership,
    expires_at: Option<Timestamp>,
) -> Result<Invited> {
    let mut invited = Invited::of_member(scope, m, m.status, Change::Unchanged);
    invited.expires_at = expires_at;
    if !look.skip_views {
        invited.accounts = only_shown(
            store::accounts::assignments_of_member(tx, m.id)?,
            &shown_accounts(tx, scope)?,
        );
    }
    Ok(invited)
}

/// What the invitee's notification says.
fn invitation_notice(scope: &Scope, role: Role, result: Change) -> String {
    let what = if result == Change::Updated {
        "updated your invitation to"
    } else {
        "invited you to"
    };
    let ws = &scope.workspace;
    format!("{} {what} {} ({}) as {role}", scope.actor, ws.name, ws.slug)
}

/// The audit row's `after` of an invitation (its fields in this order).
#[derive(Serialize)]
struct InviteAfter {
    role: Role,
    status: &'static str,
    can_add_accounts: bool,
    can_manage_posts: bool,
    require_2fa: bool,
    assign: Vec<String>,
    expires_at: Option<String>,
    email: bool,
}

fn invite_after_of(req: &InviteRequest, expires_at: Option<Timestamp>) -> InviteAfter {
    InviteAfter {
        role: req.role,
        status: "pending",
        can_add_accounts: req.settings.can_add_accounts,
        can_manage_posts: req.settings.can_manage_posts,
        require_2fa: req.settings.require_2fa,
        assign: req.assign.iter().map(|a| a.to_string()).collect(),
        expires_at: expires_at.map(format_ts),
        email: req.send_email,
    }
}

fn invite_after(req: &InviteRequest, expires_at: Option<Timestamp>) -> serde_json::Value {
    crate::output::to_value(&invite_after_of(req, expires_at))
}

/// The same, as the JSON text the audit row keeps (a staged row skips the `Value`).
fn invite_after_text(req: &InviteRequest, expires_at: Option<Timestamp>) -> String {
    serde_json::to_string(&invite_after_of(req, expires_at))
        .expect("roster's own types always serialise")
}

fn expiry(now: Timestamp, ttl: time::Duration) -> Result<Timestamp> {
    crate::domain::checked_add(now, ttl, "the invitation's expiry")
        .map_err(|m| Error::invalid(m).with_hint("shorten [invitations] ttl"))
}

/// A brand-new member of a staged batch: checked like any invite (by `invite_with`), staged
/// for `store::bulk` to write with the rest, and reported as `new_invitation` would.
#[allow(clippy::too_many_arguments)]
fn stage_new(
    look: &mut Lookups,
    tx: &Tx<'_>,
    scope: &Scope,
    req: &InviteRequest,
    accounts: &[(i64, Slug, AssignmentFacts)],
    now: Timestamp,
    ttl: time::Duration,
    batch: Option<&str>,
) -> Result<Invited> {
    let ws = &scope.workspace;
    let expires_at = expiry(now, ttl)?;
    let mut invited = Invited::of_request(scope, req, Change::Created, Some(expires_at));
    // As new_invitation: an emailed token is minted by the sender, so the hash staged here is
    // that of a token nobody knows; without email the token is shown once.
    let (token, hash) = new_token();
    let mail = if req.send_email {
        invited.accounts = look
            .fresh_views(&req.email, accounts)
            .ok_or_else(|| Error::internal("a staged member's account is not in the workspace"))?;
        let accept = format!(
            "roster --as {} invite accept {} --token {}",
            invited.email,
            ws.slug,
            crate::mail::TOKEN_SLOT
        );
        Some(invitation_email(scope, &invited, &accept, expires_at))
    } else {
        invited.show_token(&ws.slug, token);
        None
    };
    let notice = invitation_notice(scope, req.role, Change::Created);
    let after = invite_after_text(req, Some(expires_at));
    let Some(stage) = look.stage.as_mut() else {
        return Err(Error::internal("staging a member outside a staged batch"));
    };
    if stage.discard {
        return Ok(invited);
    }
    if !stage.began {
        store::bulk::begin(tx)?;
        stage.began = true;
    }
    stage.seq += 1;
    let mut assigned: Vec<(i64, AssignmentFacts)> =
        accounts.iter().map(|(id, _, f)| (*id, *f)).collect();
    assigned.sort_by_key(|(id, _)| *id);
    let group = match stage.groups.get(&assigned) {
        Some(g) => *g,
        None => {
            let g = stage.groups.len() as i64 + 1;
            store::bulk::stage_group(tx, g, &assigned)?;
            stage.groups.insert(assigned, g);
            g
        }
    };
    store::bulk::stage(
        tx,
        stage.seq,
        &store::bulk::NewInvite {
            email: &req.email,
            role: req.role,
            can_add_accounts: req.settings.can_add_accounts,
            can_manage_posts: req.settings.can_manage_posts,
            require_2fa: req.settings.require_2fa,
            token_hash: &hash,
            notice: &notice,
            after: &after,
            mail: mail
                .as_ref()
                .map(|(s, t, h)| (s.as_str(), t.as_str(), h.as_str())),
        },
        group,
    )?;
    stage.pending += 1;
    if stage.pending >= STAGE_CHUNK {
        look.flush_staged(tx, scope, now, ttl, batch)?;
    }
    Ok(invited)
}

/// Open a fresh invitation for a pending membership (the previous token stops working), and
/// queue its email. Used by invite and by `invite resend`.
#[allow(clippy::too_many_arguments)]
pub fn issue_invitation(
    tx: &Tx<'_>,
    scope: &Scope,
    membership: i64,
    inviter: i64,
    invited: &mut Invited,
    send_email: bool,
    now: Timestamp,
    ttl: time::Duration,
) -> Result<()> {
    invited.accounts = only_shown(
        store::accounts::assignments_of_member(tx, membership)?,
        &shown_accounts(tx, scope)?,
    );
    store::invitations::close(tx, membership, "superseded", now)?;
    new_invitation(
        tx, scope, membership, inviter, invited, send_email, now, ttl,
    )
}

/// The new invitation of a membership that has none open, and its email.
#[allow(clippy::too_many_arguments)]
fn new_invitation(
    tx: &Tx<'_>,
    scope: &Scope,
    membership: i64,
    inviter: i64,
    invited: &mut Invited,
    send_email: bool,
    now: Timestamp,
    ttl: time::Duration,
) -> Result<()> {
    let ws = &scope.workspace;
    // Emailed: the token is minted by the sender when the message goes out, so that queued
    // mail never holds one (SPEC §6); until then the invitation's hash is that of a token
    // nobody knows. Not emailed: the token is shown once, by the command.
    let (token, hash) = new_token();
    let expires_at = expiry(now, ttl)?;
    let invitation = store::invitations::create(tx, membership, &hash, inviter, now, expires_at)?;
    invited.expires_at = Some(expires_at);
    if send_email {
        let accept = format!(
            "roster --as {} invite accept {} --token {}",
            invited.email,
            ws.slug,
            crate::mail::TOKEN_SLOT
        );
        let (subject, text, html) = invitation_email(scope, invited, &accept, expires_at);
        invited.mail = Some(store::outbox::enqueue(
            tx,
            &store::outbox::NewMail {
                workspace: Some(ws.slug.as_str()),
                recipient: invited.email.as_str(),
                subject: &subject,
                body_text: &text,
                body_html: Some(&html),
                invitation: Some(invitation),
            },
            now,
        )?);
    } else {
        invited.show_token(&ws.slug, token);
    }
    Ok(())
}

/// What the invite wizard offers: each role `decide()` lets the actor invite, with the accounts
/// it lets them assign to that role (accounts and the actor's own read once).
pub fn invite_choices(tx: &Tx<'_>, scope: &Scope) -> Result<Vec<(Role, Vec<Account>)>> {
    let probe = Email::from_trusted("invitee@invalid.invalid".into());
    let accounts = store::accounts::list(tx, scope.workspace.id)?;
    let held: HashSet<i64> = match &scope.membership {
        Some(m) => store::accounts::assigned_account_ids(tx, m.id)?
            .into_iter()
            .collect(),
        None => HashSet::new(),
    };
    let mut out = Vec::new();
    for role in [Role::Client, Role::Editor, Role::Admin] {
        if !scope
            .decide(Action::MemberInvite, &member_target(scope, &probe, role))
            .allowed
        {
            continue;
        }
        let assignable = accounts
            .iter()
            .filter(|a| {
                let target = Target {
                    role: Some(role),
                    account: Some(a.slug.to_string()),
                    assigned: Some(held.contains(&a.id)),
                    ..Target::default()
                };
                scope.decide(Action::AccountAssign, &target).allowed
            })
            .cloned()
            .collect();
        out.push((role, assignable));
    }
    Ok(out)
}

fn same_assignments(
    current: &[(Slug, AssignmentFacts)],
    wanted: &[(i64, crate::domain::Slug, AssignmentFacts)],
) -> bool {
    current.len() == wanted.len()
        && wanted
            .iter()
            .all(|(_, slug, f)| current.iter().any(|(c, cf)| c == slug && cf == f))
}

/// A random token of 192 bits, and its SHA-256 (what the database keeps).
pub fn new_token() -> (String, [u8; 32]) {
    let mut bytes = [0u8; 24];
    rand::rng().fill(&mut bytes);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut token = String::with_capacity(4 + 2 * bytes.len());
    token.push_str("inv_");
    for b in bytes {
        token.push(HEX[usize::from(b >> 4)] as char);
        token.push(HEX[usize::from(b & 0xf)] as char);
    }
    (token.clone(), hash_token(&token))
}

pub fn hash_token(token: &str) -> [u8; 32] {
    Sha256::digest(token.trim().as_bytes()).into()
}

fn role_phrase(role: Role) -> &'static str {
    match role {
        Role::Owner => "the owner",
        Role::Admin => "an admin",
        Role::Editor => "an editor",
        Role::Client => "a client",
    }
}

/// Subject, text and HTML of an invitation: the workspace, the inviter, the role, the access in
/// Publer's words, each account with its settings, how to accept, and the expiry.
fn invitation_email(
    scope: &Scope,
    i: &Invited,
    accept: &str,
    expires: Timestamp,
) -> (String, String, String) {
    let ws = &scope.workspace;
    let subject = format!("{} invited you to {} on roster", scope.actor, ws.name);
    let mut lines = vec![
        "Hello,".to_string(),
        String::new(),
        format!(
            "{} invited you to the workspace \"{}\" ({}) as {}.",
            scope.actor,
            ws.name,
            ws.slug,
            role_phrase(i.role)
        ),
        String::new(),
        format!("Your access: {}.", i.access),
    ];
    if i.require_2fa || ws.require_2fa {
        lines.push("Two-factor authentication is required: enrol with `roster 2fa enroll` after accepting.".into());
    }
    lines.push(String::new());
    if i.accounts.is_empty() {
        lines.push("No social accounts are assigned to you yet.".into());
    } else {
        lines.push("Social accounts assigned to you:".into());
        for a in &i.accounts {
            lines.push(format!(
                "  - {} ({}, {}): {}",
                a.account,
                a.provider,
                a.account_name,
                a.summary()
            ));
            match a.credentials {
                Some(crate::domain::Credentials::Owner) => lines.push(
                    "      posts use the owner's credentials; only the owner reauthenticates this account".into(),
                ),
                Some(crate::domain::Credentials::Member) => lines.push(format!(
                    "      posts use your own credentials: connect it with `roster account reauth {}`",
                    a.account
                )),
                None => {}
            }
        }
    }
    lines.extend([
        String::new(),
        "To accept, run:".into(),
        String::new(),
        format!("    {accept}"),
        String::new(),
        format!("This invitation expires at {}.", format_ts(expires)),
        format!(
            "To decline: roster --as {} invite decline {} --token {}",
            i.email,
            ws.slug,
            crate::mail::TOKEN_SLOT
        ),
    ]);
    let text = lines.join("\n") + "\n";
    let html = crate::mail::html_page(&text);
    (subject, text, html)
}

/// Whether the actor may know of this membership: their own, or one `decide(member.list)` lets
/// them see. Whoever may not see a member gets exactly the answer a stranger gets, so every
/// lookup of a member by email asks this before it says anything else about them.
pub fn sees(scope: &Scope, m: &Membership) -> bool {
    m.email == scope.actor
        || scope
            .decide(Action::MemberList, &member_target(scope, &m.email, m.role))
            .allowed
}

/// The membership of `email` in the scope's workspace as the actor may know of it: none when
/// there is none, or when they may not see it (a client sees only themselves and the owner).
pub fn find_visible(tx: &Tx<'_>, scope: &Scope, email: &Email) -> Result<Option<Membership>> {
    Ok(store::memberships::find(tx, scope.workspace.id, email)?.filter(|m| sees(scope, m)))
}

/// The membership of `email` in the scope's workspace, or not found (exit 4): also when the
/// actor may not see it.
pub fn find(tx: &Tx<'_>, scope: &Scope, email: &Email, now: Timestamp) -> Result<MemberRow> {
    store::memberships::find_row(tx, scope.workspace.id, email, now)?
        .filter(|row| sees(scope, &row.membership))
        .ok_or_else(|| not_a_member(email, &scope.workspace.slug))
}

/// "X is not a member of W" (exit 4), with where to look and how to make them one.
pub fn not_a_member(email: &Email, workspace: &Slug) -> Error {
    Error::not_found(format!("{email} is not a member of {workspace}")).with_hint(format!(
        "list them with `roster -w {workspace} member list`, or invite them: \
         `roster -w {workspace} member invite {email} --role client|editor|admin`"
    ))
}

/// A change to a member's role, access flags, 2FA requirement or account settings. `None`
/// keeps what they have.
#[derive(Debug, Clone, Default)]
pub struct UpdateRequest {
    pub role: Option<Role>,
    pub can_add_accounts: Option<bool>,
    pub can_manage_posts: Option<bool>,
    pub require_2fa: Option<bool>,
    pub assign: Vec<AssignSpec>,
}

/// A member after an update, and whether anything changed.
#[derive(Debug, Clone)]
pub struct Updated {
    pub member: MemberView,
    pub change: Change,
}

/// Change a member's role, access, 2FA requirement or accounts. Assignments follow the new
/// role: approve only for clients, posting only for editors, credentials only for members who
/// post.
pub fn update(
    tx: &Tx<'_>,
    scope: &Scope,
    email: &Email,
    req: &UpdateRequest,
    now: Timestamp,
) -> Result<Updated> {
    let ws = &scope.workspace;
    let row = find(tx, scope, email, now)?;
    let m = row.membership.clone();
    let target = member_target(scope, &m.email, m.role);
    // A role change is answered first: "the owner cannot be demoted" says more than "has no
    // settings to change".
    if req.role.is_some_and(|r| r != m.role) {
        scope.require(Action::MemberRole, &target)?;
    }
    // Requiring (or lifting) 2FA alone is its own permission: admins may require it of clients
    // they may not otherwise update.
    let only_2fa = req.role.is_none()
        && req.can_add_accounts.is_none()
        && req.can_manage_posts.is_none()
        && req.assign.is_empty()
        && req.require_2fa.is_some();
    require_live(
        scope,
        &m,
        if only_2fa {
            Action::MemberRequire2fa
        } else {
            Action::MemberUpdate
        },
    )?;
    let role = req.role.unwrap_or(m.role);
    // Flags a new role cannot have are dropped unless given explicitly (then they are refused).
    let settings = Settings {
        role,
        can_add_accounts: req
            .can_add_accounts
            .unwrap_or(m.can_add_accounts && role.may_add_accounts_flag()),
        can_manage_posts: req
            .can_manage_posts
            .unwrap_or(m.can_manage_posts && role.is_client()),
        require_2fa: req.require_2fa.unwrap_or(m.require_2fa),
    };
    check_flags(role, &settings)?;
    if role != m.role {
        let pending = store::posts::pending_by_author(tx, ws.id, m.user_id)?;
        if pending > 0 {
            return Err(Error::conflict(format!(
                "{} has {pending} post(s) pending approval: their role cannot change meanwhile",
                m.email
            ))
            .with_hint("change the role once those posts have been approved or declined"));
        }
    }
    if settings.require_2fa != m.require_2fa {
        let mut t = target.clone();
        if !settings.require_2fa {
            let by = store::memberships::require_2fa_by(tx, m.id)?;
            t.lifting_own_requirement = Some(by.as_ref() == Some(&scope.actor));
        }
        scope.require(Action::MemberRequire2fa, &t)?;
    }
    let given = resolve_assignments(tx, ws.id, role, settings.can_manage_posts, &req.assign)?;
    require_assign(tx, scope, role, &m.email, &given)?;
    // Existing assignments, carried over to the new role and flags.
    let posts = can_post(role, settings.can_manage_posts);
    let mut wanted: Vec<(i64, Slug, AssignmentFacts)> = Vec::new();
    for (id, slug, a) in store::accounts::assignments_with_ids(tx, m.id)? {
        wanted.push((
            id,
            slug,
            AssignmentFacts {
                approve: a.approve && role.is_client(),
                posting: role
                    .has_posting_mode()
                    .then(|| a.posting.unwrap_or(Posting::Full)),
                credentials: posts.then(|| a.credentials.unwrap_or(Credentials::Owner)),
            },
        ));
    }
    for (id, slug, facts) in &given {
        match wanted.iter_mut().find(|(w, _, _)| w == id) {
            Some(w) => w.2 = *facts,
            None => wanted.push((*id, slug.clone(), *facts)),
        }
    }
    let old = Settings {
        role: m.role,
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
        require_2fa: m.require_2fa,
    };
    // Every assignment whose settings move (a role change rewrites them) is the actor's to hand
    // out, not only the ones named by --assign.
    let mut moved = Vec::new();
    for (id, slug, facts) in &wanted {
        if store::accounts::assignment(tx, m.id, *id)? != Some(*facts) {
            moved.push((*id, slug.clone(), *facts));
        }
    }
    require_assign(tx, scope, role, &m.email, &moved)?;
    if old == settings && moved.is_empty() {
        return Ok(Updated {
            member: member_view(tx, scope, &row)?,
            change: Change::Unchanged,
        });
    }
    store::memberships::update(tx, m.id, &settings, now)?;
    if settings.require_2fa != m.require_2fa {
        let by = if settings.require_2fa {
            Some(store::users::ensure(tx, &scope.actor, now)?)
        } else {
            None
        };
        store::memberships::set_require_2fa_by(tx, m.id, by)?;
    }
    for (id, _, facts) in &moved {
        store::accounts::upsert_assignment(tx, m.id, *id, facts, now)?;
    }
    let (kind, msg) = if role != m.role {
        (
            "role_change",
            format!(
                "{} changed your role in {} from {} to {}",
                scope.actor, ws.slug, m.role, role
            ),
        )
    } else {
        (
            "access_change",
            format!(
                "{} changed your access in {}: {}",
                scope.actor,
                ws.slug,
                access_words(role, settings.can_add_accounts, settings.can_manage_posts)
            ),
        )
    };
    notify(tx, &[m.user_id], ws.id, kind, &msg, now)?;
    let action = if role != m.role {
        "member.role"
    } else {
        "member.update"
    };
    let mut audit = scope.audit(now, "member update", action);
    let target = m.email.to_string();
    audit.target = Some(&target);
    audit.before = Some(
        json!({"role": old.role, "can_add_accounts": old.can_add_accounts,
        "can_manage_posts": old.can_manage_posts, "require_2fa": old.require_2fa}),
    );
    audit.after = Some(
        json!({"role": role, "can_add_accounts": settings.can_add_accounts,
        "can_manage_posts": settings.can_manage_posts, "require_2fa": settings.require_2fa,
        "assign": req.assign.iter().map(|a| a.to_string()).collect::<Vec<_>>()}),
    );
    store::audit::record(tx, &audit)?;
    let after = find(tx, scope, email, now)?;
    Ok(Updated {
        member: member_view(tx, scope, &after)?,
        change: Change::Updated,
    })
}

/// What removing a member did.
#[derive(Debug, Clone)]
pub struct Removed {
    pub membership: Membership,
    /// Their posts now belong to the owner (pending ones are drafts again).
    pub posts_handed_to_owner: usize,
}

/// Remove a member: they lose access, their invitation closes, their assignments go and their
/// posts are handed to the owner.
pub fn remove(tx: &Tx<'_>, scope: &Scope, email: &Email, now: Timestamp) -> Result<Removed> {
    let m = find(tx, scope, email, now)?.membership;
    require_live(scope, &m, Action::MemberRemove)?;
    let moved = end_membership(tx, scope, &m, now)?;
    notify(
        tx,
        &[m.user_id],
        scope.workspace.id,
        "removed",
        &format!("{} removed you from {}", scope.actor, scope.workspace.slug),
        now,
    )?;
    let mut audit = scope.audit(now, "member remove", "member.remove");
    let target = m.email.to_string();
    audit.target = Some(&target);
    audit.before = Some(json!({"role": m.role, "status": m.status}));
    audit.after = Some(json!({"status": "removed", "posts_handed_to_owner": moved}));
    store::audit::record(tx, &audit)?;
    Ok(Removed {
        membership: m,
        posts_handed_to_owner: moved,
    })
}

/// The actor leaves the workspace (the owner transfers it first).
pub fn leave(tx: &Tx<'_>, scope: &Scope, now: Timestamp) -> Result<Removed> {
    scope.require(Action::WorkspaceLeave, &Target::default())?;
    let m = scope
        .membership
        .clone()
        .ok_or_else(|| Error::internal("a member without a membership"))?;
    let moved = end_membership(tx, scope, &m, now)?;
    let managers: Vec<i64> = store::memberships::managers(tx, scope.workspace.id)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    notify(
        tx,
        &managers,
        scope.workspace.id,
        "left",
        &format!("{} ({}) left {}", m.email, m.role, scope.workspace.slug),
        now,
    )?;
    let mut audit = scope.audit(now, "member leave", "workspace.leave");
    let target = m.email.to_string();
    audit.target = Some(&target);
    audit.before = Some(json!({"role": m.role, "status": m.status}));
    audit.after = Some(json!({"status": "removed"}));
    store::audit::record(tx, &audit)?;
    Ok(Removed {
        membership: m,
        posts_handed_to_owner: moved,
    })
}

/// A membership ends (removed or left): its invitation closes, its assignments go, and its
/// posts are handed to the owner. Returns how many posts changed hands.
pub fn end_membership(tx: &Tx<'_>, scope: &Scope, m: &Membership, now: Timestamp) -> Result<usize> {
    store::memberships::set_status(tx, m.id, MemberStatus::Removed, None, now)?;
    store::invitations::close(tx, m.id, "revoked", now)?;
    store::accounts::remove_all_assignments(tx, m.id)?;
    let owner = store::users::ensure(tx, &scope.workspace.owner, now)?;
    store::posts::hand_over(tx, scope.workspace.id, m.user_id, None, owner, now)
}

/// The open invitation of `email`, for revoke and resend: those who may manage its role only.
fn open_invitation(
    tx: &Tx<'_>,
    scope: &Scope,
    email: &Email,
    now: Timestamp,
) -> Result<Membership> {
    let m = find(tx, scope, email, now)?.membership;
    scope.require(
        Action::MemberInvite,
        &member_target(scope, &m.email, m.role),
    )?;
    if !matches!(m.status, MemberStatus::Pending | MemberStatus::Expired) {
        let e = Error::conflict(format!(
            "{} has no pending invitation to {} (they are {})",
            m.email, scope.workspace.slug, m.status
        ));
        return Err(if m.status == MemberStatus::Active {
            e.with_hint(format!(
                "they are already a member: change their access with `roster member update {}`",
                m.email
            ))
        } else {
            e.with_hint(format!(
                "invite them: `roster member invite {} --role {}`",
                m.email, m.role
            ))
        });
    }
    Ok(m)
}

/// Revoke an open invitation: its token stops working.
pub fn revoke(tx: &Tx<'_>, scope: &Scope, email: &Email, now: Timestamp) -> Result<Membership> {
    let m = open_invitation(tx, scope, email, now)?;
    store::memberships::set_status(tx, m.id, MemberStatus::Revoked, None, now)?;
    store::invitations::close(tx, m.id, "revoked", now)?;
    notify(
        tx,
        &[m.user_id],
        scope.workspace.id,
        "revoked",
        &format!(
            "{} revoked your invitation to {}",
            scope.actor, scope.workspace.slug
        ),
        now,
    )?;
    let mut audit = scope.audit(now, "invite revoke", "member.invite");
    let target = m.email.to_string();
    audit.target = Some(&target);
    audit.before = Some(json!({"status": "pending"}));
    audit.after = Some(json!({"status": "revoked"}));
    store::audit::record(tx, &audit)?;
    Ok(m)
}

/// Send an open invitation again with a new token (the old one stops working).
pub fn resend(
    tx: &Tx<'_>,
    scope: &Scope,
    email: &Email,
    send_email: bool,
    now: Timestamp,
    ttl: time::Duration,
) -> Result<Invited> {
    let m = open_invitation(tx, scope, email, now)?;
    let inviter = store::users::ensure(tx, &scope.actor, now)?;
    let mut invited = Invited::of_member(scope, &m, MemberStatus::Pending, Change::Updated);
    issue_invitation(tx, scope, m.id, inviter, &mut invited, send_email, now, ttl)?;
    notify(
        tx,
        &[m.user_id],
        scope.workspace.id,
        "invitation",
        &format!(
            "{} sent your invitation to {} again",
            scope.actor, scope.workspace.slug
        ),
        now,
    )?;
    let mut audit = scope.audit(now, "invite resend", "member.invite");
    let target = m.email.to_string();
    audit.target = Some(&target);
    audit.after =
        Some(json!({"expires_at": invited.expires_at.map(format_ts), "email": send_email}));
    store::audit::record(tx, &audit)?;
    Ok(invited)
}

/// An invitee's answer, as it was given: the workspace and their membership before it.
#[derive(Debug, Clone)]
pub struct Answered {
    pub workspace: crate::domain::Workspace,
    pub membership: Membership,
    /// `Unchanged` when they were already an active member.
    pub change: Change,
    /// The workspace or the membership requires 2FA and the invitee has not enrolled.
    pub twofa_enrolment_needed: bool,
}

/// The invitee `actor`'s membership of `slug`, read in this transaction.
fn invitation_of(
    tx: &Tx<'_>,
    actor: &Email,
    slug: &Slug,
) -> Result<(crate::domain::Workspace, Membership)> {
    let not_found = || Error::not_found(format!("there is no invitation for {actor} in '{slug}'"));
    let ws = store::workspaces::find(tx, slug)?.ok_or_else(not_found)?;
    let m = store::memberships::find(tx, ws.id, actor)?.ok_or_else(not_found)?;
    Ok((ws, m))
}

/// Accept an invitation as the invitee (no workspace scope: the token proves who they are).
/// The membership, the open invitation and its expiry are read here, so that a revoke or a
/// resend that lands first wins.
pub fn accept(
    tx: &Tx<'_>,
    actor: &Email,
    slug: &Slug,
    token: Option<&str>,
    now: Timestamp,
) -> Result<Answered> {
    let (ws, m) = invitation_of(tx, actor, slug)?;
    if m.status == MemberStatus::Active {
        return Ok(Answered {
            workspace: ws,
            membership: m,
            change: Change::Unchanged,
            twofa_enrolment_needed: false,
        });
    }
    if m.status != MemberStatus::Pending {
        return Err(not_open(m.status, &ws.slug));
    }
    let inv = store::invitations::pending(tx, m.id)?.ok_or_else(|| not_open(m.status, &ws.slug))?;
    check_token(token, &inv.token_hash, &ws.slug, "accept")?;
    if inv.expires_at <= now {
        return Err(Error::conflict(format!(
            "the invitation to {} expired at {}",
            ws.slug,
            format_ts(inv.expires_at)
        ))
        .with_hint(format!(
            "ask {} to send it again (`roster invite resend {actor}`)",
            inv.invited_by
        )));
    }
    let twofa_needed = (ws.require_2fa || m.require_2fa) && !store::totp::is_enrolled(tx, actor)?;
    store::memberships::set_status(tx, m.id, MemberStatus::Active, None, now)?;
    store::invitations::close(tx, m.id, "accepted", now)?;
    let inviter = store::users::ensure(tx, &inv.invited_by, now)?;
    let owner = store::users::ensure(tx, &ws.owner, now)?;
    notify(
        tx,
        &[inviter, owner],
        ws.id,
        "acceptance",
        &format!(
            "{actor} accepted the invitation to {} as {}",
            ws.slug, m.role
        ),
        now,
    )?;
    answer_audit(tx, actor, &ws.slug, "accept", "active", now)?;
    Ok(Answered {
        workspace: ws,
        membership: m,
        change: Change::Updated,
        twofa_enrolment_needed: twofa_needed,
    })
}

/// Decline an invitation as the invitee, with its token.
pub fn decline(
    tx: &Tx<'_>,
    actor: &Email,
    slug: &Slug,
    token: Option<&str>,
    now: Timestamp,
) -> Result<crate::domain::Workspace> {
    let (ws, m) = invitation_of(tx, actor, slug)?;
    if m.status != MemberStatus::Pending {
        return Err(not_open(m.status, &ws.slug));
    }
    let inv = store::invitations::pending(tx, m.id)?.ok_or_else(|| not_open(m.status, &ws.slug))?;
    check_token(token, &inv.token_hash, &ws.slug, "decline")?;
    store::memberships::set_status(tx, m.id, MemberStatus::Declined, None, now)?;
    store::invitations::close(tx, m.id, "declined", now)?;
    let tell = [
        store::users::ensure(tx, &ws.owner, now)?,
        store::users::ensure(tx, &inv.invited_by, now)?,
    ];
    notify(
        tx,
        &tell,
        ws.id,
        "decline",
        &format!("{actor} declined the invitation to {}", ws.slug),
        now,
    )?;
    answer_audit(tx, actor, &ws.slug, "decline", "declined", now)?;
    Ok(ws)
}

/// Refuse answers to invitations that are no longer open, saying what happened to them.
fn not_open(status: MemberStatus, slug: &Slug) -> Error {
    match status {
        MemberStatus::Declined => Error::conflict(format!("you declined the invitation to {slug}"))
            .with_hint("ask for a new invitation"),
        MemberStatus::Revoked => Error::conflict(format!("the invitation to {slug} was revoked"))
            .with_hint("ask for a new invitation"),
        MemberStatus::Removed => Error::conflict(format!("you were removed from {slug}"))
            .with_hint("ask for a new invitation"),
        _ => Error::conflict(format!("there is no open invitation to {slug}")),
    }
}

/// The audit row of an invitee's answer: pending -> active or declined.
fn answer_audit(
    tx: &Tx<'_>,
    actor: &Email,
    ws: &Slug,
    verb: &str,
    after: &str,
    now: Timestamp,
) -> Result<()> {
    store::audit::record(
        tx,
        &crate::domain::NewAudit {
            at: now,
            actor,
            command: &format!("invite {verb}"),
            action: &format!("invite.{verb}"),
            workspace: Some(ws.as_str()),
            target: Some(actor.as_str()),
            before: Some(json!({"status": "pending"})),
            after: Some(json!({"status": after})),
            batch_id: None,
        },
    )
}

/// The token proves the answer comes from whoever received the invitation: missing is a usage
/// error (2), wrong is an authentication failure (7).
fn check_token(token: Option<&str>, hash: &[u8], slug: &Slug, verb: &str) -> Result<()> {
    let token = token.ok_or_else(|| {
        Error::usage(format!(
            "missing --token: to {verb}, prove you received the invitation"
        ))
        .with_hint(format!(
            "copy the token from the invitation email: `roster invite {verb} {slug} --token …`"
        ))
    })?;
    if !constant_time_eq(&hash_token(token), hash) {
        return Err(Error::new(
            crate::error::ErrorKind::Auth,
            format!("the token does not match the invitation to {slug}"),
        )
        .with_hint("use the latest invitation email; a resend replaces the token"));
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A staged row's audit text is exactly what `store::audit::record` writes for a row
    /// invited one at a time (the `json!` object, its keys in insertion order).
    #[test]
    fn staged_audit_text_equals_the_one_at_a_time_text() {
        let req = InviteRequest {
            email: "client@brand.test".parse().unwrap(),
            role: Role::Client,
            settings: Settings {
                role: Role::Client,
                can_add_accounts: false,
                can_manage_posts: true,
                require_2fa: true,
            },
            assign: vec![
                "acme-fb:approve:owner".parse().unwrap(),
                "acme-ig:member".parse().unwrap(),
            ],
            send_email: false,
        };
        let at = crate::domain::parse_ts("2026-12-05T09:00:00Z").unwrap();
        let expected = json!({
            "role": "client", "status": "pending", "can_add_accounts": false,
            "can_manage_posts": true, "require_2fa": true,
            "assign": ["acme-fb:approve:owner", "acme-ig:member"],
            "expires_at": "2026-12-05T09:00:00Z", "email": false,
        });
        assert_eq!(invite_after_text(&req, Some(at)), expected.to_string());
        assert_eq!(
            invite_after(&req, Some(at)).to_string(),
            expected.to_string()
        );
    }
}

/// What `member login` did.
#[derive(Debug, Clone, Serialize)]
pub struct LoginBound {
    pub workspace: String,
    pub email: Email,
    pub login: String,
    pub change: Change,
}

/// Bind the server login `login` to the member `email` (owner): from now on that login acts as
/// that member, and only as them. A login belongs to one person: one bound to someone else is
/// refused.
pub fn bind_login(
    tx: &Tx<'_>,
    scope: &Scope,
    email: &Email,
    login: &str,
    now: Timestamp,
) -> Result<LoginBound> {
    let member = login_member(tx, scope, email)?;
    if !store::logins::login_exists(tx, login)? {
        return Err(Error::not_found(format!(
            "the server has no login named '{login}'"
        ))
        .with_hint(format!(
            "create it first (in psql, as the database's admin): CREATE ROLE \"{login}\" LOGIN PASSWORD '…'"
        )));
    }
    let change = match store::logins::bound_to(tx, login)? {
        Some(e) if e == email.as_str() => Change::Unchanged,
        Some(e) => {
            return Err(
                Error::conflict(format!("the login '{login}' is already bound to {e}")).with_hint(
                    format!("a login belongs to one person: create another login for {email}"),
                ),
            );
        }
        None => {
            let by = store::users::ensure(tx, &scope.actor, now)?;
            store::logins::bind(tx, login, member.user_id, by, now)?;
            let mut audit = scope.audit(now, "member login", "member.login");
            let target = email.to_string();
            audit.target = Some(&target);
            audit.after = Some(json!({"login": login}));
            store::audit::record(tx, &audit)?;
            Change::Created
        }
    };
    Ok(LoginBound {
        workspace: scope.workspace.slug.to_string(),
        email: email.clone(),
        login: login.to_string(),
        change,
    })
}

/// Undo `bind_login` (owner): the login acts as nobody in this database any more and loses its
/// everyday role here. Only a binding to a member of this workspace can be undone from it.
pub fn unbind_login(
    tx: &Tx<'_>,
    scope: &Scope,
    email: &Email,
    login: &str,
    now: Timestamp,
) -> Result<LoginBound> {
    login_member(tx, scope, email)?;
    match store::logins::bound_to(tx, login)? {
        Some(e) if e == email.as_str() => {}
        _ => {
            return Err(Error::not_found(format!(
                "the login '{login}' is not bound to {email}"
            )));
        }
    }
    store::logins::unbind(tx, login)?;
    let mut audit = scope.audit(now, "member login", "member.login");
    let target = email.to_string();
    audit.target = Some(&target);
    audit.before = Some(json!({"login": login}));
    audit.after = Some(json!({"login": null}));
    store::audit::record(tx, &audit)?;
    Ok(LoginBound {
        workspace: scope.workspace.slug.to_string(),
        email: email.clone(),
        login: login.to_string(),
        change: Change::Updated,
    })
}

/// The member `email` whose login binding the actor asks to change: on a server only, a member
/// of this workspace, and the owner's decision (`decide()`'s `member.login`).
fn login_member(tx: &Tx<'_>, scope: &Scope, email: &Email) -> Result<Membership> {
    if !tx.on_server() {
        return Err(Error::usage(
            "database logins exist on a PostgreSQL server only; on a file, --as names the user",
        )
        .with_hint("point --db (ROSTER_DB, [database] url) at a postgres:// server"));
    }
    let member = find_visible(tx, scope, email)?.ok_or_else(|| {
        Error::not_found(format!(
            "{email} is not a member of {}",
            scope.workspace.slug
        ))
        .with_hint("invite them first: `roster member invite EMAIL --role ROLE`")
    })?;
    scope.require(
        Action::MemberLogin,
        &Target {
            member: Some(email.to_string()),
            role: Some(member.role),
            member_is_self: member.email == scope.actor,
            ..Target::default()
        },
    )?;
    Ok(member)
}
