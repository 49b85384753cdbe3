//! Assignments as the command line spells them (`ACC[:approve][:full|:review][:owner|:member]`),
//! and a member's access described in Publer's words.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::{AuthStatus, Credentials, Posting, Role, Slug};

/// One `--assign` value: an account and the settings of the member on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignSpec {
    pub account: Slug,
    pub approve: bool,
    pub posting: Option<Posting>,
    pub credentials: Option<Credentials>,
}

impl FromStr for AssignSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: String| {
            format!(
                "malformed assignment '{s}': {why}; expected ACCOUNT[:approve][:full|:review][:owner|:member]"
            )
        };
        let mut parts = s.trim().split(':');
        let account: Slug = parts.next().unwrap_or("").parse().map_err(bad)?;
        let mut spec = AssignSpec {
            account,
            approve: false,
            posting: None,
            credentials: None,
        };
        for p in parts {
            match p {
                "approve" if !spec.approve => spec.approve = true,
                "full" | "review" if spec.posting.is_none() => spec.posting = Posting::parse(p),
                "owner" | "member" if spec.credentials.is_none() => {
                    spec.credentials = Credentials::parse(p)
                }
                "approve" | "full" | "review" | "owner" | "member" => {
                    return Err(bad(format!("'{p}' conflicts with an earlier setting")));
                }
                other => return Err(bad(format!("unknown setting '{other}'"))),
            }
        }
        Ok(spec)
    }
}

impl fmt::Display for AssignSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.account)?;
        if self.approve {
            f.write_str(":approve")?;
        }
        if let Some(p) = self.posting {
            write!(f, ":{p}")?;
        }
        if let Some(c) = self.credentials {
            write!(f, ":{c}")?;
        }
        Ok(())
    }
}

/// A member's assignment on one account, as shown by `member show`, `me` and `account show`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignmentView {
    pub account: Slug,
    pub provider: super::Provider,
    pub account_name: String,
    pub member: super::Email,
    pub approve: bool,
    pub posting: Option<Posting>,
    pub credentials: Option<Credentials>,
    pub auth_status: AuthStatus,
}

impl AssignmentView {
    /// "approve, full, owner credentials", or "read-only".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if self.approve {
            parts.push("approves posts".to_string());
        }
        if let Some(p) = self.posting {
            parts.push(match p {
                Posting::Full => "full posting".into(),
                Posting::Review => "posts need review".into(),
            });
        }
        if let Some(c) = self.credentials {
            parts.push(format!("{c} credentials"));
        }
        if self.auth_status == AuthStatus::NeedsReauth {
            parts.push("needs reauth".into());
        }
        if parts.is_empty() {
            "view only".into()
        } else {
            parts.join(", ")
        }
    }
}

/// A member's access in the words of Publer's invite dialog.
pub fn access_words(role: Role, can_add_accounts: bool, can_manage_posts: bool) -> &'static str {
    match (role, can_add_accounts, can_manage_posts) {
        (Role::Owner, _, _) => "owner",
        (Role::Admin, true, _) => "admin, adds accounts",
        (Role::Admin, false, _) => "admin",
        (Role::Editor, _, _) => "editor",
        (Role::Client, false, false) => "read-only",
        (Role::Client, true, false) => "adds accounts, read-only posts",
        (Role::Client, false, true) => "posting",
        (Role::Client, true, true) => "full access",
    }
}

/// What each role's membership can carry (SPEC §1, roles and assignments). Permissions — who
/// may do what — are `permissions::decide()`'s; these say which settings fit a role at all.
impl Role {
    /// Owners are made by `workspace create` and `workspace transfer`, never invited.
    pub fn is_invitable(self) -> bool {
        self != Role::Owner
    }
    /// The owner holds every account; assignments are for everyone else.
    pub fn holds_every_account(self) -> bool {
        self == Role::Owner
    }
    /// Clients carry "create/edit/delete posts" (and approve) as settings; the others post by role.
    pub fn is_client(self) -> bool {
        self == Role::Client
    }
    /// "Add social accounts" is a setting of admins and clients.
    pub fn may_add_accounts_flag(self) -> bool {
        matches!(self, Role::Admin | Role::Client)
    }
    /// Editors post `full` or for `review`, per account.
    pub fn has_posting_mode(self) -> bool {
        self == Role::Editor
    }
    /// Whether a member with this role (and, for a client, this permission) posts, and so has
    /// credentials on the accounts assigned to them.
    pub fn posts(self, can_manage_posts: bool) -> bool {
        !self.is_client() || can_manage_posts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_combination() {
        let s: AssignSpec = "acme-fb:approve:review:member".parse().unwrap();
        assert_eq!(s.account.as_str(), "acme-fb");
        assert!(s.approve);
        assert_eq!(s.posting, Some(Posting::Review));
        assert_eq!(s.credentials, Some(Credentials::Member));
        assert_eq!(s.to_string(), "acme-fb:approve:review:member");
        let s: AssignSpec = "acme-ig".parse().unwrap();
        assert_eq!(s.to_string(), "acme-ig");
    }

    #[test]
    fn refuses_malformed_specs() {
        for bad in [
            "",
            ":approve",
            "acme-fb:",
            "acme-fb:aprove",
            "acme-fb:full:review",
            "acme-fb:owner:member",
            "Acme",
        ] {
            assert!(bad.parse::<AssignSpec>().is_err(), "{bad:?} was accepted");
        }
    }
}

#[cfg(test)]
mod fuzz {
    //! The assign-spec and email parsers never panic, and refuse hidden characters (issue 13).
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn assign_specs_never_panic(s in any::<String>()) {
            let _ = s.parse::<super::AssignSpec>();
        }

        #[test]
        fn assign_shaped_specs_never_panic(s in "[a-z0-9-]{0,10}(:[a-z]{0,8}){0,5}") {
            let _ = s.parse::<super::AssignSpec>();
        }

        #[test]
        fn emails_never_panic_and_never_hold_hidden_characters(s in any::<String>()) {
            if let Ok(e) = s.parse::<crate::domain::Email>() {
                prop_assert!(!e.as_str().chars().any(crate::domain::is_hidden));
            }
        }

        #[test]
        fn email_shaped_input_never_panics(s in "[a-z\u{200b}\u{202e}\u{feff}.+-]{0,8}@[a-z.\u{200d}]{0,10}") {
            if let Ok(e) = s.parse::<crate::domain::Email>() {
                prop_assert!(!e.as_str().chars().any(crate::domain::is_hidden));
            }
        }
    }
}
