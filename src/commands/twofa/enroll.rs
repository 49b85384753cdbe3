//! `roster 2fa enroll`: a new 160-bit secret, shown as an otpauth:// URL and a QR code. On a
//! terminal it asks for a first code and prints the recovery codes; in a script (`--json`, or
//! no terminal) the enrolment stays pending until `roster 2fa verify CODE`.

use std::io::IsTerminal;

use serde_json::json;

use super::{issue_recovery_codes, own_audit, recovery_report};
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::{Error, ErrorKind, Result};
use crate::output::Report;
use crate::store;
use crate::totp::{self, Code};

#[derive(Debug, clap::Args)]
pub struct Args {}

/// How many first codes the terminal flow asks for before it leaves the enrolment pending.
const TRIES: usize = 3;

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let now = ctx.now;
    let secret = totp::new_secret();
    let url = totp::otpauth_url(&secret, actor.as_str())?;
    let user = ctx.store()?.write(|tx| {
        if store::totp::is_enrolled(tx, &actor)? {
            return Err(Error::conflict(format!(
                "{actor} is already enrolled in two-factor authentication"
            ))
            .with_hint(
                "to start over, turn it off first with `roster 2fa disable --otp CODE`; lost your device? \
                 use a recovery code, or ask a workspace owner for `roster 2fa reset`",
            ));
        }
        let user = store::users::ensure(tx, &actor, now)?;
        let restarted = store::totp::find(tx, user)?.is_some();
        store::totp::start_pending(tx, user, &secret, now)?;
        store::audit::record(
            tx,
            &own_audit(
                now,
                &actor,
                "2fa enroll",
                "2fa.enroll",
                None,
                Some(json!({"state": "pending", "restarted": restarted})),
            ),
        )?;
        Ok(user)
    })?;
    if ctx.interactive && !ctx.out.json() {
        return on_terminal(ctx, user, &actor, &secret, &url);
    }
    let b32 = totp::base32(&secret);
    let mut text = format!("secret:      {b32}\notpauth URL: {url}\n");
    if std::io::stdout().is_terminal() {
        text = format!("{}\n{text}", totp::qr(&url)?);
    }
    Ok(
        Report::text(json!({"secret": b32, "otpauth_url": url}), text).with_status(format!(
            "Enrolment pending for {actor}: add the secret to your authenticator app, then confirm it with \
             `roster 2fa verify CODE`. It is not enforced until then."
        )),
    )
}

/// The terminal flow: QR code and secret on stderr, a first code asked for, recovery codes.
fn on_terminal(
    ctx: &mut Ctx,
    user: i64,
    actor: &Email,
    secret: &[u8],
    url: &str,
) -> Result<Report> {
    eprintln!(
        "Scan this QR code with your authenticator app, or type in the secret.\n\n{}\n\n  secret:  {}\n  account: {ISSUER}:{actor}\n",
        totp::qr(url)?,
        totp::base32(secret),
        ISSUER = totp::ISSUER,
    );
    for attempt in 1..=TRIES {
        let typed = crate::wizard::otp_code("First code from your authenticator app")?;
        let step = match typed.parse::<Code>() {
            Ok(Code::Totp(c)) => totp::check(secret, &c, ctx.now)?,
            _ => None,
        };
        if let Some(step) = step {
            let now = ctx.now;
            let codes = ctx.store()?.write(|tx| {
                store::totp::confirm(tx, user, step, now)?;
                let codes = issue_recovery_codes(tx, user)?;
                store::audit::record(
                    tx,
                    &own_audit(
                        now,
                        actor,
                        "2fa enroll",
                        "2fa.verify",
                        Some(json!({"state": "pending"})),
                        Some(json!({"state": "enrolled", "recovery_codes": codes.len()})),
                    ),
                )?;
                Ok(codes)
            })?;
            return Ok(recovery_report(actor, &codes, None)
                .with_status(format!("Two-factor authentication is on for {actor}.")));
        }
        if attempt < TRIES {
            eprintln!("That is not the current 6-digit code; try again.");
        }
    }
    Err(Error::new(
        ErrorKind::Auth,
        format!("none of the codes matched: the enrolment of {actor} stays pending"),
    )
    .with_hint(
        "check the device's clock, then confirm with `roster 2fa verify CODE`, or start over with `roster 2fa enroll`",
    ))
}
