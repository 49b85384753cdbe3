//! Who may do what in a whole workspace: `decide()` asked for every member × action × account
//! with the facts `roster can` gathers for one, so that `can`, `can --who`, the permission
//! expectations of a roster.toml and the plan's permission diff cannot disagree.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::domain::{Account, Email, MemberStatus, Membership, Role, Slug, Timestamp, Workspace};
use crate::error::Result;
use crate::permissions::{self, Action, Decision, Target};
use crate::store::{self, Tx, accounts::AssignmentFacts};

/// The account facts of a target as `decide()` sees them from `actor`: the account, whether
/// the actor added it, whether (and how) the actor holds it, and the credentials of the
/// assignment acted on (`whose`: the named member's, else the actor's own). `roster can` and
/// every whole-workspace evaluation fill a target through this one function.
pub fn account_facts(
    t: &mut Target,
    account: Option<&Account>,
    actor: &Email,
    mine: Option<AssignmentFacts>,
    whose: Option<AssignmentFacts>,
) {
    if let Some(a) = account {
        t.account = Some(a.slug.to_string());
        t.added_by_self = Some(a.added_by == *actor);
    }
    t.assigned = Some(mine.is_some());
    t.approve = mine.is_some_and(|f| f.approve);
    t.credentials = whose.and_then(|f| f.credentials);
}

/// A workspace's members, accounts and assignments, read once: every answer after that is
/// `decide()` over them, with no further query.
#[derive(Debug, Clone)]
pub struct World {
    pub workspace: Workspace,
    pub accounts: Vec<Account>,
    pub members: Vec<Membership>,
    held: HashMap<i64, HashMap<Slug, AssignmentFacts>>,
}

/// One answer: whether `member` may do `action` (on `account`), and `decide()`'s rule or reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub member: Email,
    pub action: Action,
    pub account: Option<Slug>,
    pub allowed: bool,
    pub reason: String,
}

/// How invitations are counted. `Stored`: as they are (a pending member can do nothing until
/// they accept), what `roster can` answers. `Accepted`: a pending invitation as the membership
/// it becomes on acceptance, what a roster.toml grants (the expectations and the permission
/// diff: a plan cannot accept for the invitee).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invitations {
    Stored,
    Accepted,
}

impl World {
    /// The workspace `slug` as it is in `tx`, or `None` when there is no such workspace.
    pub fn load(tx: &Tx<'_>, slug: &Slug, now: Timestamp) -> Result<Option<World>> {
        let Some(workspace) = store::workspaces::find(tx, slug)? else {
            return Ok(None);
        };
        let accounts = store::accounts::list(tx, workspace.id)?;
        let members = store::memberships::list(tx, workspace.id, now)?
            .into_iter()
            .map(|r| r.membership)
            .collect();
        let mut held: HashMap<i64, HashMap<Slug, AssignmentFacts>> = HashMap::new();
        for (m, slug, f) in store::accounts::assignment_facts_of_workspace(tx, workspace.id)? {
            held.entry(m).or_default().insert(slug, f);
        }
        Ok(Some(World {
            workspace,
            accounts,
            members,
            held,
        }))
    }

    pub fn member(&self, email: &Email) -> Option<&Membership> {
        self.members.iter().find(|m| m.email == *email)
    }

    pub fn account(&self, slug: &Slug) -> Option<&Account> {
        self.accounts.iter().find(|a| a.slug == *slug)
    }

    /// `member`'s assignment on `account`, if they hold it.
    pub fn holds(&self, member: &Membership, account: &Slug) -> Option<AssignmentFacts> {
        self.held
            .get(&member.id)
            .and_then(|h| h.get(account))
            .copied()
    }

    /// `decide()` for `member` acting, as `roster can ACTION [--account] [--role]` asks it when
    /// they run it themselves (`None`: a stranger to the workspace).
    pub fn decide(
        &self,
        member: Option<&Membership>,
        action: Action,
        account: Option<&Account>,
        role: Option<Role>,
        invitations: Invitations,
    ) -> Decision {
        let mut t = Target {
            role,
            ..Target::default()
        };
        let actor = member.map(|m| {
            let mut a = super::actor_of(m);
            if invitations == Invitations::Accepted && m.status == MemberStatus::Pending {
                a.status = MemberStatus::Active;
            }
            a
        });
        if let (Some(acc), Some(m)) = (account, member) {
            let mine = self.holds(m, &acc.slug);
            account_facts(&mut t, Some(acc), &m.email, mine, mine);
        } else if let Some(acc) = account {
            t.account = Some(acc.slug.to_string());
        }
        permissions::decide(actor.as_ref(), action, &t)
    }

    /// Every member other than the owner for whom `decide()` allows `action` (on `account`),
    /// with the rule. Members whose membership has ended are not asked.
    pub fn who(
        &self,
        action: Action,
        account: Option<&Account>,
        role: Option<Role>,
        invitations: Invitations,
        with_owner: bool,
    ) -> Vec<Answer> {
        self.members
            .iter()
            .filter(|m| with_owner || m.role != Role::Owner)
            .filter_map(|m| {
                let d = self.decide(Some(m), action, account, role, invitations);
                d.allowed.then(|| Answer {
                    member: m.email.clone(),
                    action,
                    account: account.map(|a| a.slug.clone()),
                    allowed: true,
                    reason: d.reason,
                })
            })
            .collect()
    }

    /// Every (action, account) `member` is allowed: actions aimed at an account once per
    /// account, the others once, without a role (as `can --list` asks them).
    pub fn effective(&self, member: &Membership, invitations: Invitations) -> Vec<Answer> {
        let mut out = Vec::new();
        for &action in Action::ALL {
            if action.takes_account() {
                for acc in &self.accounts {
                    let d = self.decide(Some(member), action, Some(acc), None, invitations);
                    if d.allowed {
                        out.push(Answer {
                            member: member.email.clone(),
                            action,
                            account: Some(acc.slug.clone()),
                            allowed: true,
                            reason: d.reason,
                        });
                    }
                }
            } else {
                let d = self.decide(Some(member), action, None, None, invitations);
                if d.allowed {
                    out.push(Answer {
                        member: member.email.clone(),
                        action,
                        account: None,
                        allowed: true,
                        reason: d.reason,
                    });
                }
            }
        }
        out
    }

    /// What `decide()` reads of `member` and of the accounts: two members with the same key
    /// get the same answers.
    fn key(
        &self,
        m: &Membership,
    ) -> (
        permissions::Actor,
        Vec<(Slug, Option<AssignmentFacts>, bool)>,
    ) {
        (
            super::actor_of(m),
            self.accounts
                .iter()
                .map(|a| {
                    (
                        a.slug.clone(),
                        self.holds(m, &a.slug),
                        a.added_by == m.email,
                    )
                })
                .collect(),
        )
    }
}

/// One line of the permission diff: `+` gained, `-` lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delta {
    pub member: Email,
    pub gained: bool,
    pub action: Action,
    pub account: Option<Slug>,
    /// The rule that allows it now (gained) or allowed it before (lost).
    pub reason: String,
}

/// Every (member, action, account) whose answer differs between `before` and `after` (either
/// may be no workspace at all), by member then action then account. A member whose facts did
/// not move is not asked again: `decide()` reads nothing else of them.
pub fn diff(before: Option<&World>, after: Option<&World>) -> Vec<Delta> {
    let mut emails: BTreeMap<&Email, (Option<&Membership>, Option<&Membership>)> = BTreeMap::new();
    for m in before.iter().flat_map(|w| w.members.iter()) {
        emails.entry(&m.email).or_default().0 = Some(m);
    }
    for m in after.iter().flat_map(|w| w.members.iter()) {
        emails.entry(&m.email).or_default().1 = Some(m);
    }
    let inv = Invitations::Accepted;
    let mut out = Vec::new();
    for (email, (b, a)) in emails {
        if let (Some(bw), Some(aw), Some(bm), Some(am)) = (before, after, b, a)
            && bw.key(bm) == aw.key(am)
        {
            continue;
        }
        // What a member may do in one state, by (action, account), with the rule.
        let allowed = |w: Option<&World>, m| -> BTreeMap<(Action, Option<Slug>), String> {
            match (w, m) {
                (Some(w), Some(m)) => w
                    .effective(m, inv)
                    .into_iter()
                    .map(|x| ((x.action, x.account), x.reason))
                    .collect(),
                _ => BTreeMap::new(),
            }
        };
        let was = allowed(before, b);
        let now = allowed(after, a);
        let mut lines: Vec<Delta> = Vec::new();
        for ((action, account), reason) in &now {
            if !was.contains_key(&(*action, account.clone())) {
                lines.push(Delta {
                    member: email.clone(),
                    gained: true,
                    action: *action,
                    account: account.clone(),
                    reason: reason.clone(),
                });
            }
        }
        for ((action, account), reason) in &was {
            if !now.contains_key(&(*action, account.clone())) {
                lines.push(Delta {
                    member: email.clone(),
                    gained: false,
                    action: *action,
                    account: account.clone(),
                    reason: reason.clone(),
                });
            }
        }
        lines.sort_by(|x, y| {
            (x.action.as_str(), &x.account, !x.gained).cmp(&(
                y.action.as_str(),
                &y.account,
                !y.gained,
            ))
        });
        out.extend(lines);
    }
    out
}

/// What the actor of a config run may see of a workspace state: whether they may see what
/// other members may do (`audit.view`, as for `can --list --member` and `can --who`), and the
/// accounts and members `account list` and `member list` show them.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    pub audit: bool,
    pub accounts: std::collections::HashSet<Slug>,
    pub members: std::collections::HashSet<Email>,
}

impl Seen {
    /// What `actor` sees of the workspace in `tx` (nothing when they are not in it).
    pub fn of(tx: &Tx<'_>, actor: &Email, world: Option<&World>) -> Result<Seen> {
        let Some(w) = world else {
            return Ok(Seen::default());
        };
        let Ok(scope) = super::load_scope(tx, actor, &w.workspace.slug) else {
            return Ok(Seen::default());
        };
        Ok(Seen {
            audit: scope.decide(Action::AuditView, &Target::default()).allowed,
            accounts: super::members::shown_accounts(tx, &scope)?,
            members: w
                .members
                .iter()
                .filter(|m| super::members::listed(&scope, m))
                .map(|m| m.email.clone())
                .collect(),
        })
    }

    /// Both states' views together (a plan shows what was there and what will be).
    pub fn union(mut self, other: &Seen) -> Seen {
        self.audit |= other.audit;
        self.accounts.extend(other.accounts.iter().cloned());
        self.members.extend(other.members.iter().cloned());
        self
    }

    /// Whether a line of the diff names only what the actor may see.
    pub fn shows(&self, d: &Delta) -> bool {
        self.audit
            && self.members.contains(&d.member)
            && d.account.as_ref().is_none_or(|a| self.accounts.contains(a))
    }
}
