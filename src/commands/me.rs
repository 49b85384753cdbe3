//! `roster me`: who the acting user is and, per workspace, their role, access, 2FA requirement
//! and each assigned account with its settings and auth status.

use serde::Serialize;
use serde_json::json;

use crate::context::Ctx;
use crate::domain::{AssignmentView, Email, MemberStatus, Role, Slug, access_words};
use crate::error::Result;
use crate::output::{Report, Tabular, yes_no};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Debug, Serialize)]
struct Place {
    slug: Slug,
    name: String,
    role: Role,
    status: MemberStatus,
    access: &'static str,
    require_2fa: bool,
    owner: Email,
    accounts: Vec<AssignmentView>,
}

impl Tabular for Place {
    fn headers() -> &'static [&'static str] {
        &[
            "WORKSPACE",
            "ROLE",
            "STATUS",
            "ACCESS",
            "2FA REQUIRED",
            "ACCOUNTS",
        ]
    }
    fn row(&self) -> Vec<String> {
        let accounts = if self.accounts.is_empty() {
            "-".to_string()
        } else {
            self.accounts
                .iter()
                .map(|a| format!("{} ({})", a.account, a.summary()))
                .collect::<Vec<_>>()
                .join("\n")
        };
        vec![
            self.slug.to_string(),
            self.role.to_string(),
            self.status.to_string(),
            self.access.to_string(),
            yes_no(self.require_2fa),
            accounts,
        ]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    // On a server, a login nobody has bound yet may still ask who it is, and how to fix that.
    if let Some(id) = ctx.server_identity()
        && id.bound.is_none()
        && !id.admin
    {
        let mut r = Report::text(
            json!({"email": null, "login": id.login, "bound": false, "workspaces": []}),
            "",
        );
        r.status.push(format!(
            "You are the database login '{}', not bound to a roster user: you can do nothing else yet.",
            id.login
        ));
        r.status.push(format!(
            "Ask an owner of your workspace to run `roster member login YOUR_EMAIL {}`.",
            id.login
        ));
        return Ok(r);
    }
    let login = ctx.server_identity().map(|id| id.login.clone());
    let actor = ctx.actor()?;
    let conn = &ctx.store()?.reader();
    let mut places = Vec::new();
    for w in store::workspaces::list_for_user(conn, &actor)? {
        let Some(ws) = store::workspaces::find(conn, &w.slug)? else {
            continue;
        };
        let Some(m) = store::memberships::find(conn, ws.id, &actor)? else {
            continue;
        };
        places.push(Place {
            access: access_words(m.role, m.can_add_accounts, m.can_manage_posts),
            require_2fa: ws.require_2fa || m.require_2fa,
            accounts: store::accounts::assignments_of_member(conn, m.id)?,
            slug: w.slug,
            name: w.name,
            role: w.role,
            status: w.status,
            owner: w.owner,
        });
    }
    let enrolled = store::totp::is_enrolled(conn, &actor)?;
    let listing = Report::list(&places);
    let mut r = Report {
        data: match &login {
            None => json!({"email": actor, "twofa_enrolled": enrolled, "workspaces": places}),
            Some(l) => {
                json!({"email": actor, "login": l, "twofa_enrolled": enrolled, "workspaces": places})
            }
        }
        .into(),
        ..listing
    };
    r.status.push(format!(
        "You are {actor}{}.",
        if enrolled { " (2FA enrolled)" } else { "" }
    ));
    if places.is_empty() {
        r.status.push("You belong to no workspace yet.".into());
    }
    Ok(r)
}
