//! `roster member login EMAIL LOGIN`: on a PostgreSQL server, bind a database login to a member
//! (owner). The login then acts as that member, and `--as` naming anyone else is refused.

use serde_json::json;

use crate::context::Ctx;
use crate::domain::Email;
use crate::error::{Error, Result};
use crate::ops::{self, Change};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The member
    #[arg(value_name = "EMAIL")]
    pub email: Email,
    /// The server's login (a PostgreSQL role that can log in)
    #[arg(value_name = "LOGIN")]
    pub login: String,
    /// Undo the binding: the login acts as nobody here any more and loses its role
    #[arg(long)]
    pub unbind: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    // Binding needs the database's admin login: everyday logins may read the bindings, not
    // write them, so that no login can rebind itself with plain SQL.
    if let Some(id) = ctx.server_identity()
        && !id.admin
    {
        return Err(Error::denied(format!(
            "binding a login needs the database's admin login (the one that ran `roster db migrate`); '{}' is an everyday login",
            id.login
        ))
        .with_hint("run it connected as the admin login, with --as naming the workspace's owner"));
    }
    let scope = ctx.scope()?;
    let now = ctx.now;
    let bound = ctx.store()?.write(|tx| {
        let scope = scope.reload(tx)?;
        if args.unbind {
            ops::members::unbind_login(tx, &scope, &args.email, &args.login, now)
        } else {
            ops::members::bind_login(tx, &scope, &args.email, &args.login, now)
        }
    })?;
    let status = match bound.change {
        _ if args.unbind => format!(
            "The login '{}' no longer acts as {}.",
            bound.login, bound.email
        ),
        Change::Unchanged => format!(
            "The login '{}' is already bound to {}.",
            bound.login, bound.email
        ),
        _ => format!(
            "The login '{}' now acts as {} (and only as them).",
            bound.login, bound.email
        ),
    };
    Ok(Report::text(
        json!({"workspace": bound.workspace, "email": bound.email, "login": bound.login,
               "result": if args.unbind { json!("unbound") } else { json!(bound.change) }}),
        "",
    )
    .with_status(status))
}
