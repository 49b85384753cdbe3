//! `roster account add --provider P --name NAME [--slug S] [--handle H]`: the owner, or an admin
//! or client allowed to add accounts. A client (or admin) who adds an account is assigned to it.

use serde_json::json;

use crate::commands::member::{can_post, notify};
use crate::context::Ctx;
use crate::domain::{Credentials, Provider, Slug};
use crate::error::{Error, Result};
use crate::output::{Report, yes_no};
use crate::permissions::{Action, Target};
use crate::store::{self, accounts::AssignmentFacts};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The network
    #[arg(long, value_enum)]
    pub provider: Option<Provider>,
    /// The display name, e.g. "Acme Page"
    #[arg(long)]
    pub name: Option<String>,
    /// The slug [default: derived from the name]
    #[arg(long, value_name = "SLUG")]
    pub slug: Option<Slug>,
    /// The handle on the network, e.g. @acme
    #[arg(long)]
    pub handle: Option<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    scope.require(Action::AccountAdd, &Target::default())?;
    if (args.provider.is_none() || args.name.is_none()) && ctx.interactive {
        crate::wizard::account_add(
            &mut args.provider,
            &mut args.name,
            &mut args.slug,
            &mut args.handle,
        )?;
    }
    let (provider, raw_name) = match (args.provider, args.name) {
        (Some(p), Some(n)) => (p, n),
        (p, n) => {
            let mut missing = Vec::new();
            if p.is_none() {
                missing.push("--provider");
            }
            if n.is_none() {
                missing.push("--name");
            }
            return Err(Error::usage(format!("missing {}", missing.join(" and ")))
                .with_hint("pass `roster account add --provider facebook --name \"Acme Page\" [--slug S] [--handle H]` (on a terminal, leave them out to be asked)"));
        }
    };
    let name = crate::domain::parse_display(
        &raw_name,
        "an account name",
        crate::domain::ACCOUNT_NAME_MAX,
    )
    .map_err(Error::invalid)?;
    let handle = args
        .handle
        .filter(|h| !h.trim().is_empty())
        .map(|h| crate::domain::parse_display(&h, "a handle", crate::domain::HANDLE_MAX))
        .transpose()
        .map_err(Error::invalid)?;
    let slug = crate::commands::slug_or_derived(args.slug, &name)?;
    let now = ctx.now;
    let ws = scope.workspace.clone();
    let (account, assigned) = ctx.store()?.write(|tx| {
        if store::accounts::find_id(tx, ws.id, &slug)?.is_some() {
            return Err(Error::conflict(format!("an account with the slug '{slug}' already exists in {}", ws.slug))
                .with_hint("choose another with --slug"));
        }
        let adder = store::users::ensure(tx, &scope.actor, now)?;
        let id = store::accounts::insert(
            tx,
            &store::accounts::NewAccount { workspace_id: ws.id, slug: &slug, provider, name: &name, handle: handle.as_deref(), added_by: adder },
            now,
        )?;
        // Whoever adds an account without being the owner holds it from then on; they
        // connected it, so it posts with their own credentials when they post at all.
        let mut assigned = false;
        if let Some(m) = scope.membership.as_ref().filter(|m| !m.role.holds_every_account()) {
            let facts = AssignmentFacts {
                approve: false,
                posting: None,
                credentials: can_post(m.role, m.can_manage_posts).then_some(Credentials::Member),
            };
            store::accounts::upsert_assignment(tx, m.id, id, &facts, now)?;
            store::accounts::set_assignment_auth(tx, m.id, id, crate::domain::AuthStatus::Connected, now)?;
            assigned = true;
            let owner = store::users::ensure(tx, &ws.owner, now)?;
            notify(tx, &[owner], ws.id, "account_added", &format!("{} added the {provider} account {slug} to {}", scope.actor, ws.slug), now)?;
        }
        let mut audit = scope.audit(now, "account add", "account.add");
        audit.target = Some(slug.as_str());
        audit.after = Some(json!({"slug": slug, "provider": provider, "name": name, "handle": handle, "assigned_to_adder": assigned}));
        store::audit::record(tx, &audit)?;
        let account = store::accounts::find(tx, ws.id, &slug)?.ok_or_else(|| Error::internal("the new account vanished"))?;
        Ok((account, assigned))
    })?;
    let mut fields = vec![
        ("slug", account.slug.to_string()),
        ("provider", account.provider.to_string()),
        ("name", account.name.clone()),
        ("handle", account.handle.clone().unwrap_or_default()),
        ("status", account.auth_status.to_string()),
    ];
    fields.push(("assigned to you", yes_no(assigned)));
    let mut data = serde_json::to_value(&account).expect("serialisable");
    data["assigned_to_you"] = json!(assigned);
    Ok(Report::object(&data, fields).with_status(format!(
        "Added {} ({}) to {}.",
        account.slug, account.provider, ws.slug
    )))
}
