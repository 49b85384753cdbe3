//! `roster 2fa disable`: turn your 2FA off with a fresh code; refused (exit 3) while any
//! workspace or membership of yours requires it, since only the requirer can lift that.

use serde_json::json;

use super::own_audit;
use crate::auth;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::store::{self, totp::RequiredBy};

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let now = ctx.now;
    let db_path = ctx.db.clone();
    let conn = &ctx.store()?.reader();
    let user = store::users::find(conn, &actor)?;
    let enrolment = match user {
        Some(u) => store::totp::find(conn, u)?,
        None => None,
    };
    let Some(e) = enrolment else {
        return Ok(Report::text(
            json!({"email": actor, "enrolled": false, "changed": false}),
            "",
        )
        .with_status(format!(
            "{actor} has no two-factor enrolment; nothing changed."
        )));
    };
    let user = e.user_id;
    if e.enrolled {
        let required = store::totp::required_by(conn, user)?;
        if !required.is_empty() {
            let list = required
                .iter()
                .map(|(ws, by)| match by {
                    RequiredBy::Workspace => format!("{ws} (the workspace requires it)"),
                    RequiredBy::Membership => format!("{ws} (your membership requires it)"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::denied(format!(
                "cannot turn off two-factor authentication for {actor}: required in {list}"
            ))
            .with_hint(
                "only whoever requires it can lift it: the owner (`roster workspace settings --require-2fa off`) \
                 or whoever manages your membership (`roster member update EMAIL --require-2fa=false`)",
            ));
        }
        auth::require_fresh_code(ctx, &actor, "turning off two-factor authentication")?;
    }
    let state = if e.enrolled { "enrolled" } else { "pending" };
    ctx.store()?.write(|tx| {
        store::totp::remove(tx, user)?;
        store::audit::record(
            tx,
            &own_audit(
                now,
                &actor,
                "2fa disable",
                "2fa.disable",
                Some(json!({"state": state})),
                Some(json!({"state": "none"})),
            ),
        )
    })?;
    // The secret's pages are zeroed in the file (secure_delete); drop the WAL's copies too.
    ctx.store()?.forget_freed();
    auth::forget_session(&db_path, &actor);
    let line = if e.enrolled {
        format!(
            "Two-factor authentication is off for {actor}: its secret, recovery codes and sessions are gone."
        )
    } else {
        format!("Cancelled the pending enrolment of {actor}.")
    };
    Ok(Report::text(
        json!({"email": actor, "enrolled": false, "changed": true}),
        "",
    )
    .with_status(line))
}
