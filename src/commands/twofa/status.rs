//! `roster 2fa status`: enrolled or not, which workspaces require 2FA of you and why, recovery
//! codes left, your session and any lock. Never the secret.

use serde::Serialize;

use crate::auth::{self, SessionState};
use crate::context::Ctx;
use crate::domain::{Email, Slug, Timestamp, format_ts, serialize_ts_opt};
use crate::error::Result;
use crate::output::{Report, yes_no};
use crate::store::{self, totp::RequiredBy};

#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Debug, Serialize)]
struct Requirement {
    workspace: Slug,
    by: RequiredBy,
}

#[derive(Debug, Serialize)]
struct Status {
    email: Email,
    /// `none`, `pending` or `enrolled`.
    state: &'static str,
    enrolled: bool,
    #[serde(serialize_with = "serialize_ts_opt")]
    enrolled_at: Option<Timestamp>,
    required_by: Vec<Requirement>,
    recovery_codes_left: i64,
    #[serde(serialize_with = "serialize_ts_opt")]
    session_expires_at: Option<Timestamp>,
    failed_attempts: u32,
    #[serde(serialize_with = "serialize_ts_opt")]
    locked_until: Option<Timestamp>,
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let now = ctx.now;
    let db_path = ctx.db.clone();
    let conn = &ctx.store()?.reader();
    let mut s = Status {
        email: actor.clone(),
        state: "none",
        enrolled: false,
        enrolled_at: None,
        required_by: Vec::new(),
        recovery_codes_left: 0,
        session_expires_at: None,
        failed_attempts: 0,
        locked_until: None,
    };
    if let Some(user) = store::users::find(conn, &actor)? {
        s.required_by = store::totp::required_by(conn, user)?
            .into_iter()
            .map(|(workspace, by)| Requirement { workspace, by })
            .collect();
        if let Some(e) = store::totp::find(conn, user)? {
            s.state = if e.enrolled { "enrolled" } else { "pending" };
            s.enrolled = e.enrolled;
            s.enrolled_at = e.enrolled_at;
            s.recovery_codes_left = store::totp::recovery_codes_left(conn, user)?;
            s.locked_until = e.locked_until.filter(|t| *t > now);
            s.failed_attempts = if e.locked_until.is_some_and(|t| t <= now) {
                0
            } else {
                e.failed_attempts
            };
            if let SessionState::Live(until) =
                auth::session_state(conn, &db_path, user, &actor, now)?
            {
                s.session_expires_at = Some(until);
            }
        }
    }
    let opt = |t: Option<Timestamp>| t.map(format_ts).unwrap_or_else(|| "-".into());
    let required = if s.required_by.is_empty() {
        "-".to_string()
    } else {
        s.required_by
            .iter()
            .map(|r| match r.by {
                RequiredBy::Workspace => format!("{} (workspace)", r.workspace),
                RequiredBy::Membership => format!("{} (membership)", r.workspace),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let fields = vec![
        ("email", s.email.to_string()),
        ("state", s.state.to_string()),
        ("enrolled", yes_no(s.enrolled)),
        ("required by", required),
        ("recovery codes left", s.recovery_codes_left.to_string()),
        ("session until", opt(s.session_expires_at)),
        ("locked until", opt(s.locked_until)),
    ];
    let mut r = Report::object(&s, fields);
    if !s.enrolled && !s.required_by.is_empty() {
        r = r.with_status(
            "hint: 2FA is required of you and you have not enrolled: `roster 2fa enroll`",
        );
    } else if s.state == "pending" {
        r = r.with_status(
            "hint: your enrolment is pending: confirm it with `roster 2fa verify CODE`",
        );
    }
    Ok(r)
}
