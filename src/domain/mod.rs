//! Plain domain types. Strings from the outside world become these at the clap boundary, so the
//! store and the permissions module never see a raw string they must check.

/// A closed vocabulary: one spelling per variant on the command line, in JSON and in SQLite.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
        pub enum $name { $(#[value(name = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// Parse the stored spelling; anything else is a corrupt row.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use vocabulary;

mod access;
mod email;
mod role;
mod slug;
mod text;
mod time_fmt;

pub use access::{AssignSpec, AssignmentView, access_words};
pub use email::Email;
pub use role::{
    ApprovalStage, AuthStatus, Credentials, MemberRole, MemberStatus, PostState, Posting, Provider,
    Role,
};
pub use slug::{Slug, slugify};
pub use text::{
    ACCOUNT_NAME_MAX, HANDLE_MAX, WORKSPACE_NAME_MAX, check_visible, escape, escape_bytes,
    escape_keep_lines, is_hidden, parse_display,
};
pub use time_fmt::{
    FIRST_YEAR, LAST_YEAR, Timestamp, checked_add, format_ts, parse_ts, serialize as serialize_ts,
    serialize_opt as serialize_ts_opt, truncate,
};

use serde::Serialize;

/// A workspace as stored, with its owner's email.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Workspace {
    #[serde(skip)]
    pub id: i64,
    pub slug: Slug,
    pub name: String,
    pub owner: Email,
    pub require_2fa: bool,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub created_at: Timestamp,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub updated_at: Timestamp,
}

/// A user's place in a workspace.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Membership {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub workspace_id: i64,
    #[serde(skip)]
    pub user_id: i64,
    pub email: Email,
    pub role: Role,
    pub status: MemberStatus,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
}

/// A workspace seen from one member: the row of `workspace list` and `me`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WorkspaceMembership {
    pub slug: Slug,
    pub name: String,
    pub role: Role,
    pub status: MemberStatus,
    pub require_2fa: bool,
    pub owner: Email,
}

/// One audit row (SPEC §1): who did what, where, to what, before and after.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub at: Timestamp,
    pub actor: String,
    pub command: String,
    pub action: String,
    pub workspace: Option<String>,
    pub target: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub batch_id: Option<String>,
    /// The database login that wrote the row, as the server authenticated it (`None` on a
    /// SQLite file): tells a row roster wrote from one written with plain SQL by the same login.
    pub login: Option<String>,
}

/// An audit row about to be written.
#[derive(Debug, Clone)]
pub struct NewAudit<'a> {
    pub at: Timestamp,
    pub actor: &'a Email,
    pub command: &'a str,
    pub action: &'a str,
    pub workspace: Option<&'a str>,
    pub target: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub batch_id: Option<&'a str>,
}

/// A social account of a workspace.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Account {
    #[serde(skip)]
    pub id: i64,
    pub slug: Slug,
    pub provider: Provider,
    pub name: String,
    pub handle: Option<String>,
    pub added_by: Email,
    pub auth_status: AuthStatus,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub created_at: Timestamp,
}

/// A member as `member list` and `member show` present them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberView {
    pub email: Email,
    pub role: Role,
    pub status: MemberStatus,
    /// The access in Publer's words: read-only, posting, full access, ...
    pub access: &'static str,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    /// 2FA is required of them, by the membership or by the workspace.
    pub twofa_required: bool,
    pub twofa_enrolled: bool,
    pub invited_by: Option<Email>,
    #[serde(serialize_with = "time_fmt::serialize_opt")]
    pub expires_at: Option<Timestamp>,
    pub accounts: Vec<AssignmentView>,
}

impl MemberView {
    /// This view in a workspace that may require 2FA of everyone.
    pub fn in_workspace(mut self, workspace_requires_2fa: bool) -> MemberView {
        self.twofa_required |= workspace_requires_2fa;
        self
    }
}

/// An in-app notification.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub workspace: Option<Slug>,
    pub kind: String,
    pub message: String,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub created_at: Timestamp,
    pub read: bool,
}

/// A message of the outbox.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Mail {
    pub id: i64,
    pub workspace: Option<String>,
    pub recipient: String,
    pub subject: String,
    #[serde(skip)]
    pub body_text: String,
    #[serde(skip)]
    pub body_html: Option<String>,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub created_at: Timestamp,
    #[serde(serialize_with = "time_fmt::serialize_opt")]
    pub sent_at: Option<Timestamp>,
    /// When a queued message is tried again after a failed attempt.
    #[serde(serialize_with = "time_fmt::serialize_opt")]
    pub next_attempt_at: Option<Timestamp>,
    /// The invitation whose token the sender mints into this message (SPEC §6: queued mail
    /// holds a placeholder, never a token).
    #[serde(skip)]
    pub invitation: Option<i64>,
}

/// A post as `post list` and `post show` present it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Post {
    pub id: i64,
    #[serde(skip)]
    pub account_id: i64,
    pub account: Slug,
    pub provider: Provider,
    pub author: Email,
    pub text: String,
    pub state: PostState,
    /// The stage it waits in while `pending_approval`.
    pub stage: Option<ApprovalStage>,
    #[serde(serialize_with = "time_fmt::serialize_opt")]
    pub scheduled_at: Option<Timestamp>,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub created_at: Timestamp,
    #[serde(serialize_with = "time_fmt::serialize")]
    pub updated_at: Timestamp,
}

/// One step of a post's history: who did what, when, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PostEvent {
    #[serde(serialize_with = "time_fmt::serialize")]
    pub at: Timestamp,
    pub actor: Email,
    pub event: String,
    pub stage: Option<ApprovalStage>,
    pub note: Option<String>,
}
