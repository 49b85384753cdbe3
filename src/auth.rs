//! The second factor where 2FA is required (SPEC §5): a code (TOTP, accepted once, or a one-time
//! recovery code) with a lock after repeated failures, or a session started by `2fa verify`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::store::{Location, Tx};

use crate::context::Ctx;
use crate::domain::{Email, Membership, Timestamp, Workspace, format_ts};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{self, Store, totp::RecoveryUse};
use crate::totp::{self, Code};

/// Failures in a row that lock a user out, and for how long.
pub const MAX_FAILURES: u32 = 5;
pub const LOCK_MINUTES: i64 = 15;
/// How long a session started by `2fa verify` lasts.
pub const SESSION_HOURS: i64 = 12;

/// How the acting user proved their second factor in this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    Session,
    Code,
    RecoveryCode,
}

impl Proof {
    /// A code typed for this very run (a session is not fresh).
    pub fn is_fresh(self) -> bool {
        matches!(self, Proof::Code | Proof::RecoveryCode)
    }
}

fn auth(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Auth, message)
}

const RETRY_HINT: &str =
    "use the code your authenticator app shows now (check the device's clock), or a recovery code";

/// What a checked code came to, decided and recorded in one transaction.
enum Outcome {
    Accepted(Proof),
    /// Used up already: refused, not counted as a failure.
    Refused(String),
    Locked(Timestamp),
    NotEnrolled,
    Failed {
        why: String,
        failures: u32,
        locked_until: Option<Timestamp>,
    },
}

/// Check the first code of a pending enrolment, under the same lockout as an enrolled user's
/// codes: a locked user is refused without a look at the code, and a wrong code is counted
/// (committed) though the command fails. Returns the code's time step.
pub fn check_pending(store: &mut Store, email: &Email, code: &str, now: Timestamp) -> Result<u64> {
    enum Pending {
        Step(u64),
        Locked(Timestamp),
        Wrong(u32, Option<Timestamp>),
    }
    let outcome = store.write(|tx| {
        let e = store::users::find(tx, email)?
            .map(|u| store::totp::find(tx, u))
            .transpose()?
            .flatten()
            .filter(|e| !e.enrolled)
            .ok_or_else(|| {
                Error::conflict(format!(
                    "{email} has no pending two-factor enrolment to confirm"
                ))
                .with_hint("see `roster 2fa status`")
            })?;
        let previous = match e.locked_until {
            Some(until) if until > now => return Ok(Pending::Locked(until)),
            Some(_) => 0,
            None => e.failed_attempts,
        };
        if let Some(step) = totp::check(&e.secret, code, now)? {
            return Ok(Pending::Step(step));
        }
        let failures = previous.saturating_add(1);
        let locked_until = (failures >= MAX_FAILURES).then(|| {
            now.checked_add(time::Duration::minutes(LOCK_MINUTES))
                .unwrap_or(now)
        });
        store::totp::set_failures(tx, e.user_id, failures, locked_until)?;
        Ok(Pending::Wrong(failures, locked_until))
    })?;
    let why = format!("wrong code: it does not match the pending enrolment of {email}");
    match outcome {
        Pending::Step(step) => Ok(step),
        Pending::Locked(until) => Err(locked(email, now, until)),
        Pending::Wrong(_, Some(until)) => Err(auth(format!(
            "{why}: {MAX_FAILURES} failed attempts in a row, so {email} is locked out for {} (until {})",
            totp::time_left(now, until),
            format_ts(until)
        ))
        .with_hint("wait until the lock ends, then use a fresh code")),
        Pending::Wrong(failures, None) => Err(auth(format!(
            "{why} ({failures} of {MAX_FAILURES} failed attempts before a {LOCK_MINUTES}-minute lock)"
        ))
        .with_hint(
            "use the code your authenticator app shows now for roster (check the device's clock), \
             or start over with `roster 2fa enroll`",
        )),
    }
}

/// Check a code `email` offers. A user who is locked out is refused without a look at the code.
/// A wrong, replayed or used-up code is a failure: it is committed in its own transaction,
/// though the command then fails and changes nothing else. A success clears the failures and
/// uses the code up (its time step, or the recovery code).
pub fn verify_code(store: &mut Store, email: &Email, code: &Code, now: Timestamp) -> Result<Proof> {
    let outcome = store.write(|tx| {
        let Some(user) = store::users::find(tx, email)? else {
            return Ok(Outcome::NotEnrolled);
        };
        let Some(e) = store::totp::find(tx, user)?.filter(|e| e.enrolled) else {
            return Ok(Outcome::NotEnrolled);
        };
        // A lock that has run out also ends the run of failures that caused it.
        let previous = match e.locked_until {
            Some(until) if until > now => return Ok(Outcome::Locked(until)),
            Some(_) => 0,
            None => e.failed_attempts,
        };
        let why = match code {
            Code::Totp(c) => match totp::check(&e.secret, c, now)? {
                // A replay can never succeed, so it teaches a guesser nothing: refused, but not
                // counted (an exported ROSTER_OTP would otherwise lock its user out).
                Some(step) if e.last_step.is_some_and(|last| step <= last) => {
                    return Ok(Outcome::Refused(
                        "this two-factor code was already used; codes work once, wait for the next one".to_string(),
                    ));
                }
                Some(step) => {
                    store::totp::accept(tx, user, Some(step))?;
                    return Ok(Outcome::Accepted(Proof::Code));
                }
                None => format!("wrong two-factor code for {email}"),
            },
            Code::Recovery(bare) => {
                match store::totp::use_recovery_code(tx, user, &totp::hash(bare), now)? {
                    RecoveryUse::Used => {
                        store::totp::accept(tx, user, None)?;
                        return Ok(Outcome::Accepted(Proof::RecoveryCode));
                    }
                    RecoveryUse::AlreadyUsed(at) => {
                        return Ok(Outcome::Refused(format!(
                            "this recovery code was already used (at {}); each recovery code works once",
                            format_ts(at)
                        )));
                    }
                    RecoveryUse::Unknown => format!("wrong recovery code for {email}"),
                }
            }
        };
        let failures = previous.saturating_add(1);
        // Saturates at the end of the calendar: a lock that cannot be dated is still a lock.
        let locked_until = (failures >= MAX_FAILURES).then(|| {
            now.checked_add(time::Duration::minutes(LOCK_MINUTES))
                .unwrap_or(now)
        });
        store::totp::set_failures(tx, user, failures, locked_until)?;
        Ok(Outcome::Failed {
            why,
            failures,
            locked_until,
        })
    })?;
    match outcome {
        Outcome::Accepted(p) => Ok(p),
        Outcome::Refused(why) => Err(auth(why).with_hint(RETRY_HINT)),
        Outcome::NotEnrolled => Err(not_enrolled(email)),
        Outcome::Locked(until) => Err(locked(email, now, until)),
        Outcome::Failed {
            why,
            locked_until: Some(until),
            ..
        } => Err(auth(format!(
            "{why}: {MAX_FAILURES} failed attempts in a row, so {email} is locked out for {} (until {})",
            totp::time_left(now, until),
            format_ts(until)
        ))
        .with_hint("wait until the lock ends, then use a fresh code")),
        Outcome::Failed { why, failures, .. } => Err(auth(format!(
            "{why} ({failures} of {MAX_FAILURES} failed attempts before a {LOCK_MINUTES}-minute lock)"
        ))
        .with_hint(RETRY_HINT)),
    }
}

fn locked(email: &Email, now: Timestamp, until: Timestamp) -> Error {
    auth(format!(
        "too many failed two-factor codes: {email} is locked out for another {} (until {})",
        totp::time_left(now, until),
        format_ts(until)
    ))
    .with_hint("wait until the lock ends, then use a fresh code")
}

fn not_enrolled(email: &Email) -> Error {
    auth(format!(
        "{email} has not enrolled in two-factor authentication"
    ))
    .with_hint("enrol first: `roster 2fa enroll`")
}

/// The code given for this run: `--otp` / `ROSTER_OTP`, else asked for on a terminal.
fn offered_code(ctx: &Ctx, email: &Email) -> Result<Option<Code>> {
    // An empty ROSTER_OTP (exported, then cleared) means no code.
    if let Some(raw) = ctx.global.otp.as_deref().filter(|c| !c.trim().is_empty()) {
        return raw.parse().map(Some);
    }
    if ctx.interactive {
        let typed = crate::wizard::otp_code(&format!(
            "Two-factor code for {email} (authenticator app or recovery code)"
        ))?;
        return typed.parse().map(Some);
    }
    Ok(None)
}

/// Where the workspace or the membership requires 2FA, prove it for this run: a live session,
/// else a code. An active member who has not enrolled can do nothing there until they do.
pub fn enforce(ctx: &mut Ctx, ws: &Workspace, m: &Membership) -> Result<()> {
    if m.status != crate::domain::MemberStatus::Active || !(ws.require_2fa || m.require_2fa) {
        return Ok(());
    }
    // Proven once in this run (for another workspace): a code is not checked twice, which would
    // also refuse it as replayed.
    if ctx.proof.is_some() {
        return Ok(());
    }
    let by = if m.require_2fa {
        "your membership requires it"
    } else {
        "the workspace requires it"
    };
    let actor = m.email.clone();
    let now = ctx.now;
    let db_path = ctx.db.clone();
    let conn = &ctx.store()?.reader();
    let record = store::totp::find(conn, m.user_id)?.filter(|e| e.enrolled);
    let Some(record) = record else {
        return Err(auth(format!(
            "two-factor authentication is required in {} ({by}) and {actor} has not enrolled",
            ws.slug
        ))
        .with_hint("enrol first: `roster 2fa enroll`"));
    };
    // A locked user is locked: not even a live session lets them act.
    if let Some(until) = record.locked_until.filter(|u| *u > now) {
        return Err(locked(&actor, now, until));
    }
    let session = session_state(conn, &db_path, m.user_id, &actor, now)?;
    // A code given on the command line is always checked, session or not: a wrong one is a
    // failure (7), never silently ignored.
    let code_given = ctx
        .global
        .otp
        .as_deref()
        .is_some_and(|c| !c.trim().is_empty());
    if let SessionState::Live(_) = session
        && !code_given
    {
        ctx.proof = Some(Proof::Session);
        return Ok(());
    }
    let code = offered_code(ctx, &actor)?;
    let Some(code) = code else {
        let hint =
            "pass --otp CODE (or set ROSTER_OTP), or start a session: `roster 2fa verify CODE`";
        return Err(match session {
            SessionState::Expired(at) => auth(format!(
                "your two-factor session expired at {}; {} requires a code ({by})",
                format_ts(at),
                ws.slug
            )),
            _ => auth(format!(
                "two-factor authentication is required in {} ({by}): no code given",
                ws.slug
            )),
        }
        .with_hint(hint));
    };
    let proof = verify_code(ctx.store()?, &actor, &code, now)?;
    ctx.proof = Some(proof);
    Ok(())
}

/// A fresh code from an enrolled user, for what a session is not enough for (disable, new
/// recovery codes, resetting someone else's 2FA). A code already checked in this run counts.
pub fn require_fresh_code(ctx: &mut Ctx, email: &Email, purpose: &str) -> Result<Proof> {
    if let Some(p) = ctx.proof.filter(|p| p.is_fresh()) {
        return Ok(p);
    }
    let Some(code) = offered_code(ctx, email)? else {
        return Err(auth(format!(
            "{purpose} needs a fresh two-factor code from {email}"
        ))
        .with_hint("pass --otp CODE (or set ROSTER_OTP); a session is not enough for this"));
    };
    let now = ctx.now;
    let proof = verify_code(ctx.store()?, email, &code, now)?;
    ctx.proof = Some(proof);
    Ok(proof)
}

/// The session file of a user: a token readable by its owner only, one file per user named by
/// a hash of the email. For a file, beside the database (`roster.db.sessions/`); for a server,
/// in roster's data folder, in a folder per server, login and database.
pub fn session_path(db: &Location, email: &Email) -> PathBuf {
    let dir = match db {
        Location::File(db_path) => {
            let name = db_path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "roster.db".into());
            db_path
                .parent()
                .unwrap_or_else(|| Path::new("."))
                .join(format!("{name}.sessions"))
        }
        Location::Server(_) => {
            let key = totp::hash(db.server_key().unwrap_or_default());
            let folder: String = key[..8].iter().map(|b| format!("{b:02x}")).collect();
            let data = crate::config::default_dirs()
                .map(|d| d.data_dir().to_path_buf())
                .unwrap_or_else(|_| PathBuf::from("."));
            data.join("sessions").join(folder)
        }
    };
    let h = totp::hash(email.as_str());
    let file: String = h[..16].iter().map(|b| format!("{b:02x}")).collect();
    dir.join(file)
}

/// The state of a user's session on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionState {
    None,
    Live(Timestamp),
    Expired(Timestamp),
}

pub fn session_state(
    conn: &Tx<'_>,
    db_path: &Location,
    user_id: i64,
    email: &Email,
    now: Timestamp,
) -> Result<SessionState> {
    let Ok(token) = crate::files::read_regular_to_string(&session_path(db_path, email)) else {
        return Ok(SessionState::None);
    };
    let hash = totp::hash(token.trim());
    Ok(match store::totp::session_expiry(conn, user_id, &hash)? {
        Some(until) if until > now => SessionState::Live(until),
        Some(until) => SessionState::Expired(until),
        None => SessionState::None,
    })
}

/// Start a session of `SESSION_HOURS` in this transaction: only its hash goes to the database.
/// Returns the token and when it ends; write the token with `save_session` once the
/// transaction has committed (a file for a session that never was would replace a good one).
pub fn start_session(conn: &Tx<'_>, user_id: i64, now: Timestamp) -> Result<(String, Timestamp)> {
    let (token, hash) = totp::new_session_token();
    let until = crate::domain::checked_add(
        now,
        time::Duration::hours(SESSION_HOURS),
        "the session's end",
    )
    .map_err(Error::invalid)?;
    store::totp::add_session(conn, user_id, &hash, now, until)?;
    Ok((token, until))
}

/// Keep a committed session's token in the user's 0600 session file.
pub fn save_session(db_path: &Location, email: &Email, token: &str) -> Result<()> {
    let path = session_path(db_path, email);
    crate::files::write_private(&path, format!("{token}\n").as_bytes()).map_err(|e| {
        Error::storage(format!(
            "cannot write the session file {}: {e}",
            path.display()
        ))
    })
}

/// Remove a user's session file, if there is one (its database row goes with the enrolment).
pub fn forget_session(db_path: &Location, email: &Email) {
    let _ = fs::remove_file(session_path(db_path, email));
}

/// For commands that span workspaces (`notifications`): prove 2FA for this run where a
/// workspace requires it of the actor (a session, `--otp`, or the prompt), as `Ctx::scope`
/// would. Returns the slugs whose contents must stay hidden, and why.
pub fn unproven_workspaces(ctx: &mut Ctx, actor: &Email) -> Result<(Vec<String>, Option<Error>)> {
    let mut hidden = Vec::new();
    let mut why = None;
    let conn = &ctx.store()?.reader();
    let mut places = Vec::new();
    for w in store::workspaces::list_for_user(conn, actor)? {
        if w.status == crate::domain::MemberStatus::Active && w.require_2fa {
            let ws = store::workspaces::find(conn, &w.slug)?;
            let m = match &ws {
                Some(ws) => store::memberships::find(conn, ws.id, actor)?,
                None => None,
            };
            if let (Some(ws), Some(m)) = (ws, m) {
                places.push((ws, m));
            }
        }
    }
    for (ws, m) in places {
        if why.is_some() {
            // One failed proof is enough: trying again would count more failures.
            hidden.push(ws.slug.to_string());
            continue;
        }
        match enforce(ctx, &ws, &m) {
            Ok(()) => {}
            Err(e) if matches!(e.kind, ErrorKind::Auth | ErrorKind::Invalid) => {
                hidden.push(ws.slug.to_string());
                why = Some(e);
            }
            Err(e) => return Err(e),
        }
    }
    Ok((hidden, why))
}
