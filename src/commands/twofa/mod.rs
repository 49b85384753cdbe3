//! `roster 2fa …`: enrol in TOTP, confirm with a code (which also starts a session), see where
//! 2FA is required, turn it off, recovery codes, and a reset of another member's 2FA.

mod disable;
mod enroll;
mod recovery_codes;
mod reset;
mod status;
mod verify;

use crate::store::Tx;
use clap::Subcommand;
use serde_json::{Value, json};

use crate::domain::{Email, NewAudit, Timestamp, format_ts};
use crate::error::Result;
use crate::output::Report;
use crate::store;
use crate::totp;

#[derive(Debug, Subcommand)]
pub enum TwofaCommand {
    /// Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes
    Enroll(enroll::Args),
    /// Confirm a pending enrolment, or start a 12-hour session, with a code
    Verify(verify::Args),
    /// Whether you are enrolled, which workspaces require 2FA of you, recovery codes left
    Status(status::Args),
    /// Turn your 2FA off (refused while a workspace or membership requires it)
    Disable(disable::Args),
    /// How many recovery codes are left, or a new set with --regenerate
    RecoveryCodes(recovery_codes::Args),
    /// Reset a member's 2FA in this workspace: they enrol again (owner; admins for editors, clients)
    Reset(reset::Args),
}

pub fn run(ctx: &mut crate::context::Ctx, cmd: TwofaCommand) -> Result<Report> {
    match cmd {
        TwofaCommand::Enroll(a) => enroll::run(ctx, a),
        TwofaCommand::Verify(a) => verify::run(ctx, a),
        TwofaCommand::Status(a) => status::run(ctx, a),
        TwofaCommand::Disable(a) => disable::run(ctx, a),
        TwofaCommand::RecoveryCodes(a) => recovery_codes::run(ctx, a),
        TwofaCommand::Reset(a) => reset::run(ctx, a),
    }
}

/// An audit row for a change to the actor's own 2FA: it belongs to no workspace, and never holds
/// a secret, a code or a token.
fn own_audit<'a>(
    now: Timestamp,
    actor: &'a Email,
    command: &'a str,
    action: &'a str,
    before: Option<Value>,
    after: Option<Value>,
) -> NewAudit<'a> {
    NewAudit {
        at: now,
        actor,
        command,
        action,
        workspace: None,
        target: Some(actor.as_str()),
        before,
        after,
        batch_id: None,
    }
}

/// A new set of recovery codes for the user: their hashes replace the old set, the codes
/// themselves are returned to be shown once.
fn issue_recovery_codes(conn: &Tx<'_>, user_id: i64) -> Result<Vec<String>> {
    let codes = totp::new_recovery_codes();
    let hashes = codes
        .iter()
        .map(|c| totp::recovery_hash(c))
        .collect::<Result<Vec<_>>>()?;
    store::totp::replace_recovery_codes(conn, user_id, &hashes)?;
    Ok(codes)
}

/// The report that shows recovery codes, the only time they are shown.
fn recovery_report(email: &Email, codes: &[String], session: Option<Timestamp>) -> Report {
    let mut data = json!({ "email": email, "enrolled": true, "recovery_codes": codes });
    if let Some(until) = session {
        data["session_expires_at"] = json!(format_ts(until));
    }
    Report::text(data, codes.join("\n")).with_status(format!(
        "These {} recovery codes are shown once: keep them somewhere safe. Each works once in place of a code (--otp).",
        codes.len()
    ))
}
