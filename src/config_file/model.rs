//! The shape of `roster.toml` (SPEC §4) as plain types: what `validate` checks, what `plan`
//! compares with the database and what `export` writes. Values are the crate's domain types.

use schemars::JsonSchema;
use serde::Serialize;

pub use crate::domain::MemberRole;
use crate::domain::{Credentials, Email, Posting, Provider, Role, Slug};
use crate::permissions::Action;

/// A whole `roster.toml`: one workspace, its social accounts and its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "roster.toml",
    description = "The declarative config of one roster workspace (`roster config validate|plan|apply`)."
)]
pub struct ConfigFile {
    pub workspace: WorkspaceConfig,
    #[serde(default)]
    pub accounts: Vec<AccountConfig>,
    #[serde(default)]
    pub members: Vec<MemberConfig>,
    /// Permission expectations: `decide()`'s answer for every combination listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect: Vec<ExpectConfig>,
    /// Who may: exactly the members listed (the owner aside) are allowed the action.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect_who: Vec<ExpectWhoConfig>,
}

/// `[workspace]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceConfig {
    pub slug: Slug,
    /// The display name: one line, not empty, at most 200 characters.
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    /// The owner's email; the owner is never listed in `[[members]]`.
    pub owner: Email,
    /// Every member must use two-factor authentication.
    #[serde(default)]
    pub require_2fa: bool,
    /// `exact` removes members, accounts and assignments that are not in the file.
    #[serde(default)]
    pub mode: Mode,
}

/// How `apply` treats what is in the workspace but not in the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Add and change; never remove.
    #[default]
    Additive,
    /// Also remove what the file does not list.
    Exact,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "additive" => Some(Mode::Additive),
            "exact" => Some(Mode::Exact),
            _ => None,
        }
    }
}

/// `[[accounts]]`: a social account of the workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountConfig {
    pub slug: Slug,
    pub provider: Provider,
    /// The display name: one line, not empty.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The handle on the network, e.g. @acme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub handle: Option<String>,
}

/// `[[members]]`: an admin, editor or client, with access flags and account assignments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberConfig {
    pub email: Email,
    pub role: MemberRole,
    /// May add social accounts (admins and clients).
    #[serde(default)]
    pub can_add_accounts: bool,
    /// May create, edit and delete posts (clients; a client with neither flag is read-only).
    #[serde(default)]
    pub can_manage_posts: bool,
    /// Must use two-factor authentication in this workspace.
    #[serde(default)]
    pub require_2fa: bool,
    #[serde(default)]
    pub assign: Vec<AssignConfig>,
}

/// One entry of `assign = [...]`: an account and the member's settings on it. Absent
/// settings take the command line's defaults: editors post `full`, posters use `owner`
/// credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignConfig {
    /// The slug of an account in `[[accounts]]`.
    pub account: Slug,
    /// Clients only: this client should approve posts on the account.
    #[serde(default)]
    pub approve: bool,
    /// Editors only: `full`, or `review` (posts need an admin's or the owner's approval).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Posting")]
    pub posting: Option<Posting>,
    /// Members who post: whose API credentials their posts use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Credentials")]
    pub credentials: Option<Credentials>,
}

/// `[[expect]]`: every member × action × account listed must get the answer `allowed` from
/// `decide()` (and, with `because`, a rule or reason containing it). `member`, `action` and
/// `account` are accepted for one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectConfig {
    /// Members of `[[members]]`, or the owner.
    pub members: Vec<Email>,
    pub actions: Vec<Action>,
    /// Accounts of `[[accounts]]`; absent: the action without an account (as `roster can`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<Slug>,
    /// The role being invited or managed (`roster can --role`), for member actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Role")]
    pub role: Option<Role>,
    pub allowed: bool,
    /// Text that `decide()`'s rule (allowed) or reason (denied) must contain, ignoring case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub because: Option<String>,
    /// Where the expectation stands in the file: the table, and the value a failure points at.
    #[serde(skip)]
    #[schemars(skip)]
    pub span: std::ops::Range<usize>,
}

/// `[[expect_who]]`: the members other than the owner whom `decide()` allows `action` (on
/// `account`) are exactly `members`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectWhoConfig {
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Slug")]
    pub account: Option<Slug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Role")]
    pub role: Option<Role>,
    pub members: Vec<Email>,
    #[serde(skip)]
    #[schemars(skip)]
    pub span: std::ops::Range<usize>,
}
