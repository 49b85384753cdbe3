//! `roster 2fa recovery-codes [--regenerate]`: how many are left (they are shown only once), or,
//! with a fresh code, a new set that replaces the old one.

use serde_json::json;

use super::{issue_recovery_codes, own_audit, recovery_report};
use crate::auth;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Replace your recovery codes with 10 new ones (needs a fresh code: --otp)
    #[arg(long)]
    pub regenerate: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let now = ctx.now;
    let conn = &ctx.store()?.reader();
    let enrolment = match store::users::find(conn, &actor)? {
        Some(u) => store::totp::find(conn, u)?.filter(|e| e.enrolled),
        None => None,
    };
    let Some(e) = enrolment else {
        if !args.regenerate {
            return Ok(Report::text(
                json!({"email": actor, "enrolled": false, "recovery_codes_left": 0}),
                "0",
            )
            .with_status(format!(
                "{actor} has not enrolled in two-factor authentication: no recovery codes."
            )));
        }
        return Err(Error::conflict(format!(
            "{actor} has not enrolled in two-factor authentication: there are no recovery codes to replace"
        ))
        .with_hint("enrol first: `roster 2fa enroll`"));
    };
    let user = e.user_id;
    if !args.regenerate {
        let left = store::totp::recovery_codes_left(conn, user)?;
        return Ok(Report::text(
            json!({"email": actor, "enrolled": true, "recovery_codes_left": left}),
            left.to_string(),
        )
        .with_status(format!(
            "{left} recovery code(s) left; they were shown once. A new set: `roster 2fa recovery-codes --regenerate --otp CODE`."
        )));
    }
    auth::require_fresh_code(ctx, &actor, "a new set of recovery codes")?;
    let codes = ctx.store()?.write(|tx| {
        let left = store::totp::recovery_codes_left(tx, user)?;
        let codes = issue_recovery_codes(tx, user)?;
        store::audit::record(
            tx,
            &own_audit(
                now,
                &actor,
                "2fa recovery-codes",
                "2fa.recovery_codes",
                Some(json!({"recovery_codes_left": left})),
                Some(json!({"recovery_codes_left": codes.len()})),
            ),
        )?;
        Ok(codes)
    })?;
    Ok(recovery_report(&actor, &codes, None).with_status("The old recovery codes no longer work."))
}
