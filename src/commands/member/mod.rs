//! `roster member …`: invite, list, show, update, remove, leave; and the rules they share for
//! access flags and account assignments.

mod batch;
mod invite;
mod leave;
mod list;
pub mod remove;
mod show;
mod update;

pub use invite::{
    InviteRequest, Invited, Outcome as InviteOutcome, hash_token, invite_one, issue_invitation,
    report,
};

use clap::Subcommand;
use rusqlite::Connection;

use crate::context::{Ctx, Scope};
use crate::domain::{
    AssignSpec, AssignmentView, Credentials, Email, MemberStatus, MemberView, Posting, Role, Slug,
    access_words,
};
use crate::error::{Error, Result};
use crate::output::{Report, Tabular, yes_no};
use crate::permissions::{Action, Target};
use crate::store::{self, accounts::AssignmentFacts, memberships::MemberRow};

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Invite an admin, editor or client (or change a pending invitation)
    Invite(invite::Args),
    /// The members of the workspace
    List(list::Args),
    /// One member: role, access, 2FA, accounts
    Show(show::Args),
    /// Change a member's access, 2FA requirement, accounts or role
    Update(update::Args),
    /// Remove a member; their posts go to the owner
    Remove(remove::Args),
    /// Leave the workspace
    Leave(leave::Args),
}

pub fn run(ctx: &mut Ctx, cmd: MemberCommand) -> Result<Report> {
    match cmd {
        MemberCommand::Invite(a) => invite::run(ctx, a),
        MemberCommand::List(a) => list::run(ctx, a),
        MemberCommand::Show(a) => show::run(ctx, a),
        MemberCommand::Update(a) => update::run(ctx, a),
        MemberCommand::Remove(a) => remove::run(ctx, a),
        MemberCommand::Leave(a) => leave::run(ctx, a),
    }
}

/// The access flags shared by `member invite` and `member update`. Each takes an optional
/// `=true|false`, so `update` can turn one off; a bare flag means true.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AccessFlags {
    /// May add social accounts (admins, clients)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub can_add_accounts: Option<bool>,
    /// May create, edit and delete posts (clients; neither flag = read-only)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub can_manage_posts: Option<bool>,
    /// Must use two-factor authentication in this workspace
    #[arg(long = "require-2fa", value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub require_2fa: Option<bool>,
}

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
    conn: &Connection,
    workspace_id: i64,
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
        let id = store::accounts::find_id(conn, workspace_id, &spec.account)?.ok_or_else(|| {
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
    conn: &Connection,
    scope: &Scope,
    role: Role,
    member: &Email,
    accounts: &[(i64, Slug, AssignmentFacts)],
) -> Result<()> {
    for (id, slug, _) in accounts {
        let assigned = match &scope.membership {
            Some(m) => store::accounts::assignment(conn, m.id, *id)?.is_some(),
            None => false,
        };
        let target = Target {
            role: Some(role),
            member: Some(member.to_string()),
            member_is_self: *member == scope.actor,
            account: Some(slug.to_string()),
            assigned: Some(assigned),
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

/// A member row as `member list/show` present it.
pub fn view(conn: &Connection, row: &MemberRow) -> Result<MemberView> {
    let m = &row.membership;
    Ok(MemberView {
        email: m.email.clone(),
        role: m.role,
        status: m.status,
        access: access_words(m.role, m.can_add_accounts, m.can_manage_posts),
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
        require_2fa: m.require_2fa,
        twofa_enrolled: row.twofa_enrolled,
        invited_by: row.invited_by.clone(),
        expires_at: row.expires_at,
        accounts: store::accounts::assignments_of_member(conn, m.id)?,
    })
}

/// The 2FA column: required and/or enrolled.
pub fn twofa_words(required: bool, enrolled: bool) -> &'static str {
    match (required, enrolled) {
        (true, true) => "required, enrolled",
        (true, false) => "required, not enrolled",
        (false, true) => "enrolled",
        (false, false) => "-",
    }
}

fn account_list(accounts: &[AssignmentView]) -> String {
    if accounts.is_empty() {
        return "-".into();
    }
    accounts
        .iter()
        .map(|a| format!("{} ({})", a.account, a.summary()))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Tabular for MemberView {
    fn headers() -> &'static [&'static str] {
        &["EMAIL", "ROLE", "STATUS", "ACCESS", "2FA", "ACCOUNTS"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.email.to_string(),
            self.role.to_string(),
            self.status.to_string(),
            self.access.to_string(),
            twofa_words(self.require_2fa, self.twofa_enrolled).to_string(),
            account_list(&self.accounts),
        ]
    }
}

/// The fields `member show` (and the invite summary) print.
pub fn fields(v: &MemberView, workspace_requires_2fa: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("email", v.email.to_string()),
        ("role", v.role.to_string()),
        ("status", v.status.to_string()),
        ("access", v.access.to_string()),
        ("add social accounts", yes_no(v.can_add_accounts)),
        (
            "create/edit/delete posts",
            yes_no(v.role.posts(v.can_manage_posts)),
        ),
        (
            "two-factor",
            twofa_words(v.require_2fa || workspace_requires_2fa, v.twofa_enrolled).to_string(),
        ),
        ("accounts", account_list(&v.accounts)),
    ];
    if let Some(by) = &v.invited_by {
        f.push(("invited by", by.to_string()));
    }
    if let Some(t) = v.expires_at {
        f.push(("invitation expires", crate::domain::format_ts(t)));
    }
    f
}

/// Tell these users something in-app.
pub fn notify(
    conn: &Connection,
    users: &[i64],
    workspace_id: i64,
    kind: &str,
    message: &str,
    now: crate::domain::Timestamp,
) -> Result<()> {
    let mut seen = Vec::new();
    for &u in users {
        if !seen.contains(&u) {
            seen.push(u);
            store::notifications::add(conn, u, Some(workspace_id), kind, message, now)?;
        }
    }
    Ok(())
}

/// The membership of `email` in the scope's workspace, or not found (exit 4).
pub fn find_member(ctx: &mut Ctx, scope: &Scope, email: &Email) -> Result<MemberRow> {
    let now = ctx.now;
    store::memberships::find_row(ctx.store()?.conn(), scope.workspace.id, email, now)?.ok_or_else(
        || {
            Error::not_found(format!(
                "{email} is not a member of {}",
                scope.workspace.slug
            ))
        },
    )
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
