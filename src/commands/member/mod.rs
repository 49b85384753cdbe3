//! `roster member …`: invite, list, show, update, remove, leave; and the rules they share for
//! access flags and account assignments.

pub mod batch;
mod export;
mod invite;
mod leave;
mod list;
mod login;
pub mod remove;
mod show;
mod update;

pub use invite::{report, with_minted};

use clap::Subcommand;

use crate::context::{Ctx, Scope};
use crate::domain::{AssignSpec, AssignmentView, Credentials, Email, MemberRole, MemberView, Slug};
use crate::error::Result;
use crate::ops;
use crate::output::{Report, Tabular, yes_no};
use crate::store::memberships::MemberRow;

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
    /// The members as the batch CSV (or --json) that `member invite --from` re-imports
    Export(export::Args),
    /// Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only
    Login(login::Args),
}

pub fn run(ctx: &mut Ctx, cmd: MemberCommand) -> Result<Report> {
    match cmd {
        MemberCommand::Invite(a) => invite::run(ctx, a),
        MemberCommand::List(a) => list::run(ctx, a),
        MemberCommand::Show(a) => show::run(ctx, a),
        MemberCommand::Update(a) => update::run(ctx, a),
        MemberCommand::Remove(a) => remove::run(ctx, a),
        MemberCommand::Leave(a) => leave::run(ctx, a),
        MemberCommand::Export(a) => export::run(ctx, a),
        MemberCommand::Login(a) => login::run(ctx, a),
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

/// `--role` of `member invite` and `member update`: admin, editor or client, so help and
/// completion never offer owner; `--role owner` is a usage error (2) that says how owners are made.
#[derive(Debug, Clone, Copy, Default)]
pub struct MemberRoleParser;

impl clap::builder::TypedValueParser for MemberRoleParser {
    type Value = MemberRole;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<MemberRole, clap::Error> {
        let inner = clap::builder::EnumValueParser::<MemberRole>::new();
        inner.parse_ref(cmd, arg, value).map_err(|mut e| {
            if value.to_string_lossy().trim().eq_ignore_ascii_case("owner") {
                use clap::error::{ContextKind, ContextValue};
                e.insert(
                    ContextKind::Suggested,
                    ContextValue::StyledStrs(vec![
                        "owners are made by `workspace create` or `workspace transfer` only".into(),
                    ]),
                );
            }
            e
        })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            MemberRole::ALL
                .iter()
                .filter_map(clap::ValueEnum::to_possible_value),
        ))
    }
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
            twofa_words(self.twofa_required, self.twofa_enrolled).to_string(),
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

/// The credentials default said aloud (issue 14): a posting member assigned an account without
/// `:owner`/`:member` posts with the owner's credentials, and that decides who reauthenticates.
/// One status line per such assignment among `given`; `instead` says how to choose the other.
pub fn default_credentials_notes(
    given: &[AssignSpec],
    now: &[AssignmentView],
    instead: impl Fn(&AssignSpec) -> String,
) -> Vec<String> {
    given
        .iter()
        .filter(|spec| spec.credentials.is_none())
        .filter_map(|spec| {
            let a = now
                .iter()
                .find(|a| a.account == spec.account && a.credentials == Some(Credentials::Owner))?;
            Some(owner_credentials_note(
                &a.member,
                &a.account,
                &instead(spec),
            ))
        })
        .collect()
}

/// "note: acme-fb: client@brand.test posts with the owner's credentials …".
pub fn owner_credentials_note(member: &Email, account: &Slug, instead: &str) -> String {
    format!(
        "note: {account}: {member} posts with the owner's credentials (the default, as none was given): \
         only the owner reauthenticates it when it needs it; {instead} for the member's own credentials"
    )
}

/// For reads: the membership of `email` in the scope's workspace, or not found (exit 4).
pub fn find_member(ctx: &mut Ctx, scope: &Scope, email: &Email) -> Result<MemberRow> {
    let now = ctx.now;
    ops::members::find(&ctx.store()?.reader(), scope, email, now)
}
