//! `roster can ACTION [--role] [--account] [--member] [--post]`: ask `decide()`; exit 0 when
//! allowed, 3 when not, printing the rule or the reason either way. `roster can --list
//! [--member EMAIL]`: every action with its answer, like `kubectl auth can-i --list`.

use serde::Serialize;
use serde_json::json;

use crate::context::{Ctx, Scope};
use crate::domain::{Email, Role, Slug};
use crate::error::{Error, Result};
use crate::ops::access::{self, Invitations, World};
use crate::output::{Report, Tabular};
use crate::permissions::{Action, Target, Verdict};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The action, e.g. member.invite, post.edit
    #[arg(value_enum, required_unless_present_any = ["list", "who"])]
    pub action: Option<Action>,
    /// Every action with allowed/denied and why: yours, or with --member another member's
    /// (owners and admins)
    #[arg(long, conflicts_with_all = ["action", "role", "account", "post", "who"])]
    pub list: bool,
    /// Every member (the owner included) whom decide() allows ACTION, with the rule that
    /// allows it; narrow with --account and --role
    #[arg(long, value_enum, value_name = "ACTION", conflicts_with_all = ["action", "member", "post"])]
    pub who: Option<Action>,
    /// The role being invited or managed
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// The social account acted on
    #[arg(add = crate::complete::accounts(), long, value_name = "ACC")]
    pub account: Option<Slug>,
    /// The member acted on (with --list: whose permissions)
    #[arg(add = crate::complete::members(), long, value_name = "EMAIL")]
    pub member: Option<Email>,
    /// The post acted on
    #[arg(long, value_name = "ID")]
    pub post: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    if let Some(action) = args.who {
        return who(ctx, &scope, action, &args);
    }
    let Some(action) = args.action.filter(|_| !args.list) else {
        return list(ctx, &scope, args.member.as_ref());
    };
    let target = resolve_target(ctx, &scope, &args)?;
    let d = scope.decide(action, &target);
    let data = json!({
        "action": action,
        "workspace": scope.workspace.slug,
        "actor": scope.actor,
        "allowed": d.allowed,
        "verdict": d.verdict,
        "reason": d.reason,
        "hint": d.hint,
    });
    let mut report = Report::text(data, d.line());
    if let Some(h) = &d.hint {
        report = report.with_status(format!("hint: {h}"));
    }
    report.exit = if d.allowed { 0 } else { 3 };
    Ok(report)
}

/// Turn `--role/--account/--member/--post` into the facts `decide()` reasons about.
fn resolve_target(ctx: &mut Ctx, scope: &Scope, args: &Args) -> Result<Target> {
    let conn = &ctx.store()?.reader();
    let ws = &scope.workspace;
    let mut t = Target {
        role: args.role,
        ..Target::default()
    };
    let member = match &args.member {
        Some(email) => {
            // A member the actor may not see is answered as a stranger is.
            let m = crate::ops::members::find_visible(conn, scope, email)?
                .ok_or_else(|| crate::ops::members::not_a_member(email, &ws.slug))?;
            t.role = t.role.or(Some(m.role));
            t.member = Some(email.to_string());
            t.member_is_self = *email == scope.actor;
            t.member_status = Some(m.status);
            Some(m)
        }
        None => None,
    };
    let mut account_id = None;
    let mut account = None;
    if let Some(id) = args.post {
        // The same facts the post commands decide on.
        let (post, pt) = crate::ops::posts::visible(conn, scope, id)?;
        t = Target {
            role: t.role,
            member: t.member.take(),
            member_is_self: t.member_is_self,
            member_status: t.member_status,
            ..pt
        };
        account_id = Some(post.account_id);
    }
    if let Some(slug) = &args.account {
        let a = store::accounts::find(conn, ws.id, slug)?.ok_or_else(|| {
            Error::not_found(format!("account '{slug}' not found in {}", ws.slug))
        })?;
        account_id = Some(a.id);
        account = Some(a);
    }
    if let Some(id) = account_id {
        let mine = match &scope.membership {
            Some(m) => store::accounts::assignment(conn, m.id, id)?,
            None => None,
        };
        let whose = match &member {
            Some(m) => store::accounts::assignment(conn, m.id, id)?,
            None => mine,
        };
        access::account_facts(&mut t, account.as_ref(), &scope.actor, mine, whose);
    }
    Ok(t)
}

/// One line of `can --list`.
#[derive(Debug, Serialize)]
struct Answer {
    action: Action,
    allowed: bool,
    verdict: Verdict,
    /// For a conditional allow, the condition (e.g. "assigned").
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<&'static str>,
    reason: String,
}

impl Tabular for Answer {
    fn headers() -> &'static [&'static str] {
        &["ACTION", "ANSWER", "CONDITION", "REASON"]
    }
    fn row(&self) -> Vec<String> {
        let word = match self.verdict {
            Verdict::Allowed => "allowed",
            Verdict::Denied => "denied",
            Verdict::Conflict => "refused",
        };
        vec![
            self.action.to_string(),
            word.into(),
            self.condition.unwrap_or("-").into(),
            self.reason.clone(),
        ]
    }
}

/// Every action, asked of `decide()` for the actor, or for `member` as seen from their own
/// membership. Seeing what another member may do is for those who may read what every member
/// did (`audit.view`: owners and admins), and only for members they can see.
fn list(ctx: &mut Ctx, scope: &Scope, member: Option<&Email>) -> Result<Report> {
    let conn = &ctx.store()?.reader();
    let ws = &scope.workspace;
    let whose = match member.filter(|e| **e != scope.actor) {
        None => scope.clone(),
        Some(email) => {
            // Whom the actor may not see is not found, as a stranger is, before anything else
            // is said about them.
            let m = crate::ops::members::find_visible(conn, scope, email)?
                .ok_or_else(|| crate::ops::members::not_a_member(email, &ws.slug))?;
            scope.require(Action::AuditView, &Target::default())?;
            Scope {
                actor: email.clone(),
                workspace: ws.clone(),
                membership: Some(m),
            }
        }
    };
    let answers: Vec<Answer> = Action::ALL
        .iter()
        .map(|a| {
            let d = whose.decide(*a, &Target::default());
            Answer {
                action: *a,
                allowed: d.allowed,
                verdict: d.verdict,
                condition: d.scope,
                reason: d.reason,
            }
        })
        .collect();
    Ok(Report::list(&answers))
}

/// One line of `can --who`.
#[derive(Debug, Serialize)]
struct Allowed {
    member: Email,
    role: Role,
    action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    account: Option<Slug>,
    rule: String,
}

impl Tabular for Allowed {
    fn headers() -> &'static [&'static str] {
        &["MEMBER", "ROLE", "RULE"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.member.to_string(),
            self.role.to_string(),
            self.rule.clone(),
        ]
    }
}

/// `can --who ACTION [--account] [--role]`: each member as `can ACTION` answers when they run
/// it themselves, kept when allowed. Seeing what others may do is for those who may read what
/// every member did (`audit.view`), as with `can --list --member`; only accounts and members
/// the actor may see are named.
fn who(ctx: &mut Ctx, scope: &Scope, action: Action, args: &Args) -> Result<Report> {
    scope.require(Action::AuditView, &Target::default())?;
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let ws = &scope.workspace;
    let world = World::load(conn, &ws.slug, now)?
        .ok_or_else(|| Error::not_found(format!("workspace '{}' not found", ws.slug)))?;
    let account = match &args.account {
        Some(slug) => {
            let shown = crate::ops::members::shown_accounts(conn, scope)?;
            match world.account(slug).filter(|_| shown.contains(slug)) {
                Some(a) => Some(a.clone()),
                None => {
                    return Err(Error::not_found(format!(
                        "account '{slug}' not found in {}",
                        ws.slug
                    )));
                }
            }
        }
        None => None,
    };
    let rows: Vec<Allowed> = world
        .who(
            action,
            account.as_ref(),
            args.role,
            Invitations::Stored,
            true,
        )
        .into_iter()
        .filter_map(|a| {
            let m = world.member(&a.member)?;
            crate::ops::members::listed(scope, m).then_some(Allowed {
                member: a.member,
                role: m.role,
                action,
                account: a.account,
                rule: a.reason,
            })
        })
        .collect();
    Ok(Report::list(&rows))
}
