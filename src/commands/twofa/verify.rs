//! `roster 2fa verify CODE`: confirms a pending enrolment (and prints the recovery codes), or
//! proves an enrolled user's second factor; either way starts a 12-hour session.

use serde_json::json;

use super::{issue_recovery_codes, own_audit, recovery_report};
use crate::auth::{self, Proof};
use crate::context::Ctx;
use crate::domain::format_ts;
use crate::error::{Error, Result};
use crate::output::Report;
use crate::store;
use crate::totp::Code;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The 6-digit code your authenticator app shows, or a recovery code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let code: Code = args.code.parse()?;
    let now = ctx.now;
    let db_path = ctx.db.clone();
    let conn = &ctx.store()?.reader();
    let user = store::users::find(conn, &actor)?;
    let enrolment = match user {
        Some(u) => store::totp::find(conn, u)?,
        None => None,
    };
    let Some(e) = enrolment else {
        return Err(
            Error::conflict(format!("{actor} has no two-factor enrolment to verify"))
                .with_hint("start one: `roster 2fa enroll`"),
        );
    };
    let user = e.user_id;
    if !e.enrolled {
        let Code::Totp(c) = &code else {
            return Err(Error::invalid(
                "a pending enrolment is confirmed with the 6-digit code from your authenticator app; \
                 recovery codes come after",
            ));
        };
        let step = auth::check_pending(ctx.store()?, &actor, c, now)?;
        let (codes, token, until) = ctx.store()?.write(|tx| {
            // Another run may have confirmed it meanwhile: only one issues recovery codes.
            if !store::totp::confirm(tx, user, step, now)? {
                return Err(Error::conflict(format!(
                    "the enrolment of {actor} was confirmed by another run"
                ))
                .with_hint("see `roster 2fa status`"));
            }
            let codes = issue_recovery_codes(tx, user)?;
            let (token, until) = auth::start_session(tx, user, now)?;
            store::audit::record(
                tx,
                &own_audit(
                    now,
                    &actor,
                    "2fa verify",
                    "2fa.verify",
                    Some(json!({"state": "pending"})),
                    Some(json!({"state": "enrolled", "recovery_codes": codes.len(),
                                "session_expires_at": format_ts(until)})),
                ),
            )?;
            Ok((codes, token, until))
        })?;
        auth::save_session(&db_path, &actor, &token)?;
        return Ok(recovery_report(&actor, &codes, Some(until)).with_status(format!(
            "Two-factor authentication is on for {actor}; a session runs until {} (no code needed where 2FA is required).",
            format_ts(until)
        )));
    }
    let proof = auth::verify_code(ctx.store()?, &actor, &code, now)?;
    ctx.proof = Some(proof);
    let (token, until, left) = ctx.store()?.write(|tx| {
        let (token, until) = auth::start_session(tx, user, now)?;
        store::audit::record(
            tx,
            &own_audit(
                now,
                &actor,
                "2fa verify",
                "2fa.verify",
                None,
                Some(json!({"session_expires_at": format_ts(until),
                            "with": if proof == Proof::RecoveryCode { "recovery_code" } else { "code" }})),
            ),
        )?;
        Ok((token, until, store::totp::recovery_codes_left(tx, user)?))
    })?;
    auth::save_session(&db_path, &actor, &token)?;
    let mut r = Report::text(
        json!({"email": actor, "enrolled": true, "session_expires_at": format_ts(until),
               "recovery_codes_left": left}),
        "",
    )
    .with_status(format!(
        "Verified {actor}; a session runs until {} ({} h): no code is needed where 2FA is required until then.",
        format_ts(until),
        auth::SESSION_HOURS
    ));
    if proof == Proof::RecoveryCode {
        r = r.with_status(format!(
            "You used a recovery code: {left} left. New ones: `roster 2fa recovery-codes --regenerate`."
        ));
    }
    Ok(r)
}
