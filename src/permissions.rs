//! The one gate: `decide(actor, action, target)` answers every permission question of SPEC §2 and
//! says which rule allowed it or why it was denied. No other file compares roles.

use serde::Serialize;

use crate::domain::{Credentials, MemberStatus, Role, vocabulary};

vocabulary!(
    /// Every action of SPEC §2, spelled as `roster can`, the matrix and the audit log spell it.
    Action {
        WorkspaceView = "workspace.view",
        WorkspaceRename = "workspace.rename",
        WorkspaceSettings = "workspace.settings",
        WorkspaceTransfer = "workspace.transfer",
        WorkspaceDelete = "workspace.delete",
        WorkspaceLeave = "workspace.leave",
        MemberList = "member.list",
        MemberInvite = "member.invite",
        MemberUpdate = "member.update",
        MemberRemove = "member.remove",
        MemberRole = "member.role",
        MemberRequire2fa = "member.require_2fa",
        MemberReset2fa = "member.reset_2fa",
        MemberLogin = "member.login",
        AccountView = "account.view",
        AccountAdd = "account.add",
        AccountRemove = "account.remove",
        AccountAssign = "account.assign",
        AccountPosting = "account.posting",
        AccountReauth = "account.reauth",
        PostView = "post.view",
        PostCreate = "post.create",
        PostEdit = "post.edit",
        PostDelete = "post.delete",
        PostApprove = "post.approve",
        PostPublish = "post.publish",
        AuditView = "audit.view",
    }
);

impl Action {
    /// Whether the action is aimed at a social account (`--account`): the permission diff, the
    /// expectations and `can --who` ask these once per account.
    pub fn takes_account(self) -> bool {
        use Action::*;
        matches!(
            self,
            AccountView
                | AccountRemove
                | AccountAssign
                | AccountPosting
                | AccountReauth
                | PostView
                | PostCreate
                | PostEdit
                | PostDelete
                | PostApprove
                | PostPublish
        )
    }
}

/// The acting user's membership of the workspace in question: all `decide` needs to know of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub role: Role,
    pub status: MemberStatus,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
}

/// The approval stage a post is waiting in (SPEC §1, posts and approvals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Internal,
    Client,
}

/// What the action is aimed at, as facts relative to the actor. Fields left `None` mean "not
/// named": `decide` then answers for the general case and says what it depends on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    /// The role being invited or managed (`--role`, or the named member's role).
    pub role: Option<Role>,
    /// The member named (for messages), and whether it is the actor.
    pub member: Option<String>,
    pub member_is_self: bool,
    /// The named member's status (ownership goes only to an active admin).
    pub member_status: Option<MemberStatus>,
    /// Lifting a member's 2FA requirement: whether the actor is the one who required it.
    pub lifting_own_requirement: Option<bool>,
    /// The account named (for messages), and whether the actor is assigned to it.
    pub account: Option<String>,
    pub assigned: Option<bool>,
    /// Whether the actor added the account themselves (removing social accounts).
    pub added_by_self: Option<bool>,
    /// The actor's assignment on the account has "should approve posts".
    pub approve: bool,
    /// Credentials of the assignment being reauthenticated (`None`: the account's own connection).
    pub credentials: Option<Credentials>,
    /// The post named, whether the actor wrote it, and the stage it waits in.
    pub post: Option<i64>,
    pub post_own: Option<bool>,
    /// Whether the actor wrote or changed the post's text (created it, or edited it since):
    /// nobody approves text they wrote or changed.
    pub post_text_by_self: Option<bool>,
    pub stage: Option<Stage>,
}

/// How a denial should be reported: a missing permission (exit 3) or a broken invariant such as
/// "the owner cannot be removed" (exit 5, a conflict).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Allowed,
    Denied,
    Conflict,
}

/// The answer, with the rule that allowed it or the reason it was denied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub action: Action,
    pub verdict: Verdict,
    pub allowed: bool,
    /// The rule that allowed, or the reason that denied, in a sentence.
    pub reason: String,
    /// For a conditional allow, the condition in a word or two ("assigned", "editors"): what
    /// `permissions matrix` shows in a cell.
    #[serde(skip)]
    pub scope: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Decision {
    /// `allowed: ...`, `denied: ...` (no permission) or `refused: ...` (an invariant such as
    /// "exactly one owner"), as `roster can` prints it.
    pub fn line(&self) -> String {
        let word = match self.verdict {
            Verdict::Allowed => "allowed",
            Verdict::Denied => "denied",
            Verdict::Conflict => "refused",
        };
        format!("{word}: {}", self.reason)
    }
}

struct D {
    action: Action,
}

impl D {
    fn allow(&self, scope: Option<&'static str>, reason: impl Into<String>) -> Decision {
        Decision {
            action: self.action,
            verdict: Verdict::Allowed,
            allowed: true,
            reason: reason.into(),
            scope,
            hint: None,
        }
    }
    fn deny(&self, reason: impl Into<String>) -> Decision {
        Decision {
            action: self.action,
            verdict: Verdict::Denied,
            allowed: false,
            reason: reason.into(),
            scope: None,
            hint: None,
        }
    }
    fn conflict(&self, reason: impl Into<String>, hint: impl Into<String>) -> Decision {
        Decision {
            action: self.action,
            verdict: Verdict::Conflict,
            allowed: false,
            reason: reason.into(),
            scope: None,
            hint: Some(hint.into()),
        }
    }
}

fn plural(role: Role) -> &'static str {
    match role {
        Role::Owner => "owners",
        Role::Admin => "admins",
        Role::Editor => "editors",
        Role::Client => "clients",
    }
}

fn quoted(label: &Option<String>, fallback: &str) -> String {
    label.clone().unwrap_or_else(|| fallback.to_string())
}

/// Decide whether `actor` (their membership of the workspace, `None` when they have none) may
/// perform `action` on `target`.
pub fn decide(actor: Option<&Actor>, action: Action, target: &Target) -> Decision {
    use Action::*;
    let d = D { action };
    let Some(a) = actor else {
        return d.deny("you are not a member of this workspace");
    };
    if a.status != MemberStatus::Active {
        let mut dec = d.deny(format!(
            "your membership is {}: until it is active you can do nothing but accept or decline the invitation",
            a.status
        ));
        if a.status == MemberStatus::Pending {
            dec.hint = Some("accept it with `roster invite accept WORKSPACE --token TOKEN`".into());
        }
        return dec;
    }
    let role = a.role;
    let account = quoted(&target.account, "the account");
    match action {
        WorkspaceView => d.allow(None, format!("{} see the workspace they belong to", plural(role))),
        WorkspaceTransfer if role == Role::Owner => transfer(&d, target),
        WorkspaceRename | WorkspaceSettings | WorkspaceTransfer | WorkspaceDelete => match role {
            Role::Owner => d.allow(None, "only the owner may rename, configure, transfer or delete a workspace; you are the owner"),
            _ => d.deny(format!("only the owner may {}; you are {}", owner_verb(action), article(role))),
        },
        WorkspaceLeave => match role {
            Role::Owner => d.conflict(
                "the owner cannot leave the workspace",
                "transfer ownership to an active admin first: `roster workspace transfer EMAIL`",
            ),
            _ => d.allow(None, format!("{} may leave a workspace", plural(role))),
        },
        MemberList => match role {
            Role::Client if target.member.is_some() && !target.member_is_self && target.role != Some(Role::Owner) => {
                d.deny("clients see only themselves and the owner")
            }
            Role::Client => d.allow(Some("self and owner"), "clients see only themselves and the owner"),
            _ => d.allow(None, format!("{} see every member", plural(role))),
        },
        MemberInvite | MemberUpdate | MemberRemove => manage_member(&d, a, target),
        // Who a server login acts as is who may act in the workspace: the owner's decision.
        MemberLogin => match role {
            Role::Owner => d.allow(None, "only the owner binds database logins to members; you are the owner"),
            _ => d.deny(format!("only the owner may bind a database login to a member; you are {}", article(role))),
        },
        MemberRole => {
            if let Some(c) = owner_invariant(&d, a, target) {
                return c;
            }
            if target.member_is_self {
                return d.deny("nobody changes their own role");
            }
            match role {
                Role::Owner => d.allow(None, "the owner changes members' roles"),
                _ => d.deny(format!("only the owner changes roles; you are {}", article(role))),
            }
        }
        MemberRequire2fa | MemberReset2fa => {
            let what = if action == MemberRequire2fa { "require 2FA for" } else { "reset the 2FA of" };
            if target.member_is_self {
                return d.deny(format!("nobody may {what} themselves"));
            }
            let base = match (role, target.role) {
                (Role::Owner, Some(Role::Owner)) => d.deny(format!("nobody may {what} themselves")),
                (Role::Owner, _) => d.allow(None, format!("the owner may {what} any member")),
                (Role::Admin, Some(Role::Editor | Role::Client)) => {
                    d.allow(Some("editors, clients"), format!("admins may {what} editors and clients"))
                }
                (Role::Admin, None) => d.allow(Some("editors, clients"), format!("admins may {what} editors and clients")),
                (Role::Admin, Some(r)) => d.deny(format!("admins may {what} editors and clients only, not {}", plural(r))),
                _ => d.deny(format!("{} may not {what} other members", plural(role))),
            };
            // Lifting someone else's requirement: only its requirer, or the owner.
            if base.allowed && role != Role::Owner && target.lifting_own_requirement == Some(false) {
                return d.deny(format!(
                    "only whoever required 2FA of {} (or the owner) may lift it",
                    quoted(&target.member, "the member")
                ));
            }
            base
        }
        AccountView | PostView => match role {
            Role::Owner => d.allow(None, "the owner sees every account and its posts"),
            _ => match target.assigned {
                Some(true) => d.allow(Some("assigned"), format!("{} see the accounts assigned to them, and {account} is", plural(role))),
                Some(false) => d.deny(format!("{account} is not assigned to you")),
                None => d.allow(Some("assigned"), format!("{} see the accounts assigned to them", plural(role))),
            },
        },
        AccountAdd => match role {
            Role::Owner => d.allow(None, "the owner adds social accounts"),
            Role::Admin | Role::Client if a.can_add_accounts => d.allow(
                Some("if can_add_accounts"),
                format!("{} with \"add social accounts\" may add accounts", plural(role)),
            ),
            Role::Admin | Role::Client => d.deny(format!(
                "{} without \"add social accounts\" (can_add_accounts) may not add accounts",
                plural(role)
            )),
            Role::Editor => d.deny("editors may not add social accounts"),
        },
        AccountRemove => match role {
            Role::Owner => d.allow(None, "the owner removes social accounts"),
            Role::Admin | Role::Client if a.can_add_accounts => match target.added_by_self {
                Some(false) => d.deny(format!(
                    "{} with \"add social accounts\" remove only the accounts they added, and {account} was added by someone else",
                    plural(role)
                )),
                _ => d.allow(
                    Some("the ones they added, if can_add_accounts"),
                    format!("{} with \"add social accounts\" may remove the accounts they added", plural(role)),
                ),
            },
            Role::Admin | Role::Client => d.deny(format!(
                "{} without \"add social accounts\" (can_add_accounts) may not remove accounts",
                plural(role)
            )),
            Role::Editor => d.deny("editors may not remove social accounts"),
        },
        AccountAssign => match role {
            Role::Owner => match target.role {
                Some(Role::Owner) => d.conflict("the owner holds every account already", "assign accounts to admins, editors or clients"),
                _ => d.allow(None, "the owner assigns any account to any member"),
            },
            Role::Admin => {
                // An assignment and its settings (approve, posting, credentials) are part of the
                // member they belong to: an admin changes them only for members member.update
                // lets them change (editors; clients are the owner's to manage).
                if let Some(r) = target.role
                    && !manage_member(&D { action: MemberUpdate }, a, target).allowed
                {
                    let why = if r == Role::Client { " (clients are the owner's to manage)" } else { "" };
                    return d.deny(format!("admins assign accounts to editors only, not {}{why}", plural(r)));
                }
                match target.assigned {
                    Some(false) => d.deny(format!("admins assign only the accounts they hold, and {account} is not assigned to you")),
                    _ => d.allow(
                        Some("their accounts, to editors"),
                        "admins assign the accounts they hold to editors",
                    ),
                }
            }
            _ => d.deny(format!("{} may not assign accounts", plural(role))),
        },
        AccountPosting => match role {
            Role::Owner => d.allow(None, "the owner sets editors' posting mode"),
            Role::Admin => match target.assigned {
                Some(false) => d.deny(format!("admins set posting modes on their own accounts, and {account} is not assigned to you")),
                _ => d.allow(Some("their accounts"), "admins set editors' posting mode on the accounts they hold"),
            },
            _ => d.deny(format!("{} may not set posting modes", plural(role))),
        },
        AccountReauth => reauth(&d, a, target, &account),
        PostCreate => post_author_rule(&d, a, target, &account),
        PostEdit | PostDelete => match target.post_own {
            Some(true) => post_author_rule(&d, a, target, &account),
            _ => {
                let scope = if target.post_own.is_none() { "others' posts: " } else { "" };
                match role {
                    Role::Owner => d.allow(None, "the owner edits and deletes any post"),
                    Role::Admin => match target.assigned {
                        Some(false) => d.deny(format!("{account} is not assigned to you")),
                        _ => d.allow(Some("assigned"), format!("{scope}admins edit and delete posts on their assigned accounts")),
                    },
                    Role::Editor => d.deny("editors edit and delete only their own posts"),
                    Role::Client if target.assigned == Some(false) => d.deny(format!("{account} is not assigned to you")),
                    Role::Client if !a.can_manage_posts => d.deny(format!(
                        "clients without \"create/edit/delete posts\" are read-only on {account}"
                    )),
                    Role::Client => match target.assigned {
                        Some(false) => d.deny(format!("{account} is not assigned to you")),
                        _ => d.allow(
                            Some("assigned + can_manage_posts"),
                            format!("{scope}clients with \"create/edit/delete posts\" manage posts on their assigned accounts"),
                        ),
                    },
                }
            }
        },
        PostApprove => {
            let stage = target.stage.unwrap_or(if role == Role::Client { Stage::Client } else { Stage::Internal });
            if target.post_own == Some(true) {
                return d.deny("nobody approves their own post: another approver of this stage must");
            }
            if target.post_text_by_self == Some(true) {
                return d.deny("nobody approves text they wrote or changed: you edited this post, so another approver of this stage must");
            }
            match (stage, role) {
                (Stage::Internal, Role::Owner) => d.allow(Some("internal stage"), "the owner approves the internal stage"),
                (Stage::Internal, Role::Admin) => match target.assigned {
                    Some(false) => d.deny(format!("only admins assigned to {account} approve its internal stage")),
                    _ => d.allow(Some("assigned, internal stage"), "admins approve the internal stage on their assigned accounts"),
                },
                (Stage::Internal, _) => d.deny(format!("the internal stage is approved by the owner or an admin, not {}", plural(role))),
                (Stage::Client, Role::Client) => match (target.assigned, target.approve) {
                    (Some(false), _) => d.deny(format!("{account} is not assigned to you")),
                    (Some(true), false) => d.deny(format!("you are not set to approve posts on {account}")),
                    _ => d.allow(Some("assigned with approve, client stage"), "clients set to approve posts on an account approve its client stage"),
                },
                (Stage::Client, _) => d.deny(format!("the client stage is approved by an assigned client, not {}", plural(role))),
            }
        }
        // Publishing puts the post's text out under the account's name: whoever may edit the
        // post (and so could change what goes out) may publish it, nobody else.
        PostPublish => {
            let edit = decide(actor, PostEdit, target);
            if edit.allowed {
                d.allow(edit.scope, format!("whoever may edit a post publishes it: {}", edit.reason))
            } else {
                d.deny(format!("only whoever may edit a post publishes it: {}", edit.reason))
            }
        }
        AuditView => match role {
            Role::Owner | Role::Admin => d.allow(None, "owners and admins read the audit log"),
            _ => d.deny(format!("only owners and admins read the audit log; you are {}", article(role))),
        },
    }
}

/// Ownership goes to an active admin, never to the owner again.
fn transfer(d: &D, target: &Target) -> Decision {
    let Some(who) = &target.member else {
        return d.allow(
            Some("to an active admin"),
            "the owner transfers the workspace to an active admin",
        );
    };
    if target.member_is_self {
        return d.conflict(
            "you already own this workspace",
            "name the active admin who should own it",
        );
    }
    match (target.role, target.member_status) {
        (Some(Role::Admin), Some(MemberStatus::Active)) => d.allow(
            None,
            format!("the owner transfers the workspace to an active admin, and {who} is one"),
        ),
        (role, status) => d.conflict(
            format!(
                "ownership goes to an active admin, and {who} is {} ({})",
                role.map(|r| r.as_str()).unwrap_or("not a member"),
                status.map(|s| s.as_str()).unwrap_or("-")
            ),
            format!("make them an admin first: `roster member update {who} --role admin`"),
        ),
    }
}

fn article(role: Role) -> &'static str {
    match role {
        Role::Owner => "the owner",
        Role::Admin => "an admin",
        Role::Editor => "an editor",
        Role::Client => "a client",
    }
}

fn owner_verb(action: Action) -> &'static str {
    match action {
        Action::WorkspaceRename => "rename the workspace",
        Action::WorkspaceSettings => "change workspace settings",
        Action::WorkspaceTransfer => "transfer the workspace",
        _ => "delete the workspace",
    }
}

/// "Exactly one owner": the owner is never removed, demoted or edited as a member.
/// Only the owner could otherwise do these things, so for anyone else the refusal is a plain
/// denial from their role, checked after this.
fn owner_invariant(d: &D, a: &Actor, target: &Target) -> Option<Decision> {
    if target.role != Some(Role::Owner) || a.role != Role::Owner {
        return None;
    }
    Some(match d.action {
        Action::MemberInvite => {
            d.deny("owners are made by `workspace create` or `workspace transfer` only")
        }
        Action::MemberRemove => d.conflict(
            "the owner cannot be removed",
            "transfer ownership first: `roster workspace transfer EMAIL`",
        ),
        Action::MemberRole => d.conflict(
            "the owner cannot be demoted: a workspace always has exactly one owner",
            "transfer ownership first: `roster workspace transfer EMAIL`",
        ),
        _ => d.conflict(
            "the owner has no member settings to change",
            "the owner's access is everything",
        ),
    })
}

fn manage_member(d: &D, a: &Actor, target: &Target) -> Decision {
    if let Some(c) = owner_invariant(d, a, target) {
        return c;
    }
    if target.member_is_self {
        return match d.action {
            Action::MemberRemove => {
                let mut dec = d.deny("you cannot remove yourself");
                dec.hint = Some("to leave the workspace run `roster member leave`".into());
                dec
            }
            _ => d.deny("nobody changes their own role or flags"),
        };
    }
    let verb = match d.action {
        Action::MemberInvite => "invite",
        Action::MemberUpdate => "update",
        _ => "remove",
    };
    match (a.role, target.role) {
        (Role::Owner, _) => d.allow(
            None,
            format!("the owner may {verb} admins, editors and clients"),
        ),
        (Role::Admin, Some(Role::Editor)) | (Role::Admin, None) => {
            d.allow(Some("editors"), format!("admins may {verb} editors"))
        }
        (Role::Admin, Some(r)) => {
            d.deny(format!("admins may {verb} editors only, not {}", plural(r)))
        }
        (r, _) => d.deny(format!("{} may not {verb} members", plural(r))),
    }
}

fn post_author_rule(d: &D, a: &Actor, target: &Target, account: &str) -> Decision {
    let what = if d.action == Action::PostCreate {
        "create posts"
    } else {
        "edit and delete their own posts"
    };
    match (a.role, target.assigned) {
        (Role::Owner, _) => d.allow(
            None,
            format!(
                "the owner may {} on every account",
                what.replace("their own posts", "posts")
            ),
        ),
        (_, Some(false)) => d.deny(format!("{account} is not assigned to you")),
        (Role::Client, _) if !a.can_manage_posts => d.deny(format!(
            "clients without \"create/edit/delete posts\" are read-only on {account}"
        )),
        (r, _) => {
            let scope = match (r, d.action) {
                (Role::Client, _) => "assigned + can_manage_posts",
                (Role::Editor, Action::PostEdit | Action::PostDelete) => "own posts, assigned",
                _ => "assigned",
            };
            d.allow(
                Some(scope),
                format!("{} {what} on their assigned accounts", plural(r)),
            )
        }
    }
}

fn reauth(d: &D, a: &Actor, target: &Target, account: &str) -> Decision {
    let role = a.role;
    let own = target.member.is_none() || target.member_is_self;
    if own && role == Role::Client && !a.can_manage_posts {
        return d.deny(format!(
            "clients without \"create/edit/delete posts\" do not post on {account}, so have no credentials to reauthenticate"
        ));
    }
    match (target.credentials, own) {
        (Some(Credentials::Member), false) => d.deny(format!(
            "{account} posts with {}'s own credentials: only they can reauthenticate it",
            quoted(&target.member, "the member")
        )),
        (Some(Credentials::Member), true) => d.allow(
            Some("own, member credentials"),
            "members reauthenticate their own assignment when it posts with their credentials",
        ),
        (_, _) if role == Role::Owner => d.allow(
            Some("owner credentials"),
            "the owner reauthenticates accounts that post with the owner's credentials",
        ),
        (Some(Credentials::Owner), _) => d.deny(format!(
            "only the owner can reauthenticate {account}: it posts with the owner's credentials"
        )),
        (None, _) => d.deny(format!(
            "only the owner can reauthenticate {account} itself"
        )),
    }
}

/// One cell of the exhaustive matrix: an actor of some role and flags, an action, a target.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub actor: Actor,
    pub action: Action,
    pub target: Target,
}

impl Scenario {
    /// A stable one-line description, used by the golden matrix file.
    pub fn label(&self) -> String {
        let a = &self.actor;
        let mut flags = Vec::new();
        if a.can_add_accounts {
            flags.push("add");
        }
        if a.can_manage_posts {
            flags.push("posts");
        }
        let who = if flags.is_empty() {
            a.role.to_string()
        } else {
            format!("{}[{}]", a.role, flags.join(","))
        };
        let t = &self.target;
        let mut parts = Vec::new();
        if t.member_is_self {
            parts.push("member=self".to_string());
        } else if let Some(r) = t.role {
            parts.push(format!("role={r}"));
        }
        if let Some(st) = t.member_status {
            parts.push(format!("status={st}"));
        }
        if let Some(own) = t.lifting_own_requirement {
            parts.push(format!("lifting requirement_by_self={}", yes(own)));
        }
        if let Some(x) = t.assigned {
            parts.push(format!("assigned={}", yes(x)));
        }
        if let Some(x) = t.added_by_self {
            parts.push(format!("added_by_self={}", yes(x)));
        }
        if t.approve {
            parts.push("approve=yes".into());
        }
        if let Some(c) = t.credentials {
            let whose = if t.member.is_some() && !t.member_is_self {
                "other"
            } else {
                "own"
            };
            parts.push(format!("{whose}-assignment credentials={c}"));
        }
        if let Some(o) = t.post_own {
            parts.push(format!("own_post={}", yes(o)));
        }
        if let Some(o) = t.post_text_by_self {
            parts.push(format!("text_by_self={}", yes(o)));
        }
        if let Some(s) = t.stage {
            parts.push(format!(
                "stage={}",
                if s == Stage::Internal {
                    "internal"
                } else {
                    "client"
                }
            ));
        }
        format!("{who} {} {}", self.action, parts.join(" "))
            .trim_end()
            .to_string()
    }

    pub fn decide(&self) -> Decision {
        decide(Some(&self.actor), self.action, &self.target)
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Every active actor the roles allow: owner; admin with and without `can_add_accounts`;
/// editor; client with each combination of its two permissions.
pub fn actors(role: Role) -> Vec<Actor> {
    let mk = |can_add_accounts, can_manage_posts| Actor {
        role,
        status: MemberStatus::Active,
        can_add_accounts,
        can_manage_posts,
    };
    match role {
        Role::Owner | Role::Editor => vec![mk(false, false)],
        Role::Admin => vec![mk(false, false), mk(true, false)],
        Role::Client => vec![
            mk(false, false),
            mk(true, false),
            mk(false, true),
            mk(true, true),
        ],
    }
}

/// The targets worth telling apart for an action: role managed, self or other, assigned or not,
/// own post or others', approval stage.
pub fn targets(action: Action, actor_role: Role) -> Vec<Target> {
    use Action::*;
    let account = || Some("acme-fb".to_string());
    let bools = [false, true];
    match action {
        MemberInvite => Role::ALL
            .iter()
            .map(|r| Target {
                role: Some(*r),
                ..Target::default()
            })
            .collect(),
        WorkspaceTransfer => {
            let mut v = vec![Target::default()];
            for r in [Role::Admin, Role::Editor, Role::Client] {
                for st in [MemberStatus::Active, MemberStatus::Pending] {
                    v.push(Target {
                        role: Some(r),
                        member: Some(format!("{r}@x.test")),
                        member_status: Some(st),
                        ..Target::default()
                    });
                }
            }
            v.push(Target {
                role: Some(actor_role),
                member: Some("me@x.test".into()),
                member_is_self: true,
                member_status: Some(MemberStatus::Active),
                ..Target::default()
            });
            v
        }
        MemberList | MemberUpdate | MemberRemove | MemberRole | MemberRequire2fa
        | MemberReset2fa => {
            let mut v: Vec<Target> = Role::ALL
                .iter()
                .map(|r| Target {
                    role: Some(*r),
                    member: Some(format!("{r}@x.test")),
                    ..Target::default()
                })
                .collect();
            v.push(Target {
                role: Some(actor_role),
                member: Some("me@x.test".into()),
                member_is_self: true,
                ..Target::default()
            });
            if action == MemberRequire2fa {
                for own in [false, true] {
                    v.push(Target {
                        role: Some(Role::Client),
                        member: Some("client@x.test".into()),
                        lifting_own_requirement: Some(own),
                        ..Target::default()
                    });
                }
            }
            v
        }
        AccountView | AccountPosting | PostView | PostCreate => bools
            .iter()
            .map(|b| Target {
                account: account(),
                assigned: Some(*b),
                ..Target::default()
            })
            .collect(),
        AccountRemove => [None, Some(false), Some(true)]
            .into_iter()
            .map(|b| Target {
                account: b.and(account()),
                added_by_self: b,
                ..Target::default()
            })
            .collect(),
        AccountAssign => [Role::Admin, Role::Editor, Role::Client]
            .iter()
            .flat_map(|r| {
                bools.iter().map(move |b| Target {
                    role: Some(*r),
                    member: Some(format!("{r}@x.test")),
                    account: Some("acme-fb".into()),
                    assigned: Some(*b),
                    ..Target::default()
                })
            })
            .collect(),
        AccountReauth => {
            let mut v = vec![Target {
                account: account(),
                ..Target::default()
            }];
            for other in bools {
                for c in [Credentials::Owner, Credentials::Member] {
                    v.push(Target {
                        account: account(),
                        credentials: Some(c),
                        member: Some(if other { "other@x.test" } else { "me@x.test" }.into()),
                        member_is_self: !other,
                        ..Target::default()
                    });
                }
            }
            v
        }
        PostEdit | PostDelete | PostPublish => bools
            .iter()
            .flat_map(|own| {
                bools.iter().map(move |b| Target {
                    account: Some("acme-fb".into()),
                    assigned: Some(*b),
                    post: Some(1),
                    post_own: Some(*own),
                    ..Target::default()
                })
            })
            .collect(),
        PostApprove => [Stage::Internal, Stage::Client]
            .iter()
            .flat_map(|s| {
                [(false, false), (true, false), (true, true)]
                    .into_iter()
                    .flat_map(move |(assigned, approve)| {
                        // Someone else's post: unknown, the actor's own, or one whose text
                        // the actor changed.
                        [(None, None), (Some(true), None), (Some(false), Some(true))]
                            .into_iter()
                            .map(move |(own, text_by_self)| Target {
                                account: Some("acme-fb".into()),
                                assigned: Some(assigned),
                                approve,
                                post: Some(1),
                                post_own: own,
                                post_text_by_self: text_by_self,
                                stage: Some(*s),
                                ..Target::default()
                            })
                    })
            })
            .collect(),
        _ => vec![Target::default()],
    }
}

/// The exhaustive list: role × flags × action × target.
pub fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for role in Role::ALL {
        for actor in actors(*role) {
            for action in Action::ALL {
                for target in targets(*action, *role) {
                    out.push(Scenario {
                        actor,
                        action: *action,
                        target,
                    });
                }
            }
        }
    }
    out
}

/// One cell of `permissions matrix`: `✔` when every case is allowed, `–` when none is, else
/// the conditions under which it is (the scopes of the allowing rules).
pub fn matrix_cell(role: Role, action: Action) -> String {
    let mut allowed = 0;
    let mut total = 0;
    let mut scopes: Vec<&str> = Vec::new();
    for actor in actors(role) {
        for target in targets(action, role) {
            let d = decide(Some(&actor), action, &target);
            if d.verdict == Verdict::Conflict {
                // Invariants (the owner cannot be removed) are not permissions.
                continue;
            }
            total += 1;
            if d.allowed {
                allowed += 1;
                let s = d.scope.unwrap_or("✔");
                if !scopes.contains(&s) {
                    scopes.push(s);
                }
            }
        }
    }
    if allowed == 0 {
        "–".into()
    } else if allowed == total || scopes == ["✔"] {
        "✔".into()
    } else {
        scopes.retain(|s| *s != "✔");
        scopes.join("; ")
    }
}
