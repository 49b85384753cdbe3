//! `roster account add --provider P --name NAME [--slug S] [--handle H]`: the owner, or an admin
//! or client allowed to add accounts. A client (or admin) who adds an account is assigned to it.

use serde_json::json;

use crate::context::Ctx;
use crate::domain::{Provider, Slug};
use crate::error::{Error, Result};
use crate::ops;
use crate::output::{Report, yes_no};

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
    // Someone who may not add accounts hears that before being asked anything.
    ops::accounts::check_add(&scope)?;
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
    let req = ops::accounts::AddRequest {
        provider,
        name,
        slug,
        handle,
    };
    let added = ctx
        .store()?
        .write(|tx| ops::accounts::add(tx, &scope.reload(tx)?, &req, now))?;
    let (account, assigned) = (added.account, added.assigned);
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
        account.slug, account.provider, scope.workspace.slug
    )))
}
