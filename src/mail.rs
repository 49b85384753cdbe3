//! Email: messages are queued in the outbox inside the change's transaction, then delivered
//! after commit by the configured transport. A failed delivery never undoes the change: the
//! message stays queued with its error (retried with backoff by `outbox send`) and the command
//! exits 10.

pub mod smtp;
pub mod url;

use std::fmt;
use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use lettre::message::{Mailbox, MultiPart};
use lettre::{Address, Message};
use sha2::{Digest, Sha256};

use crate::config::{self, Config};
use crate::domain::{Mail, Timestamp, format_ts, truncate};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{self, Store};
pub use smtp::{SendError, SmtpSettings};
pub use url::{MailUrl, Password, Security, SmtpUrl};

/// How long to wait for an SMTP server at each step, unless `[mail] timeout` says otherwise.
/// Where a queued invitation email carries its token. The sender mints the token when the
/// message goes out (storing only its hash on the invitation) and writes it only into the
/// message it sends: the outbox never holds a token, queued or sent (SPEC §6).
pub const TOKEN_SLOT: &str = "{{invitation-token}}";

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Attempts before a message is marked `failed`, unless `[mail] max_attempts` says otherwise.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 8;
/// The wait after a first failed attempt; it doubles with every further one, up to a cap.
const BACKOFF_BASE: Duration = Duration::from_secs(60);
const BACKOFF_CAP: Duration = Duration::from_secs(6 * 3600);
/// Messages claimed at a time: a crashed run holds at most this many until their lease ends.
const CHUNK: usize = 50;

/// Where mail goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// One `.eml` file per message in a folder.
    File(PathBuf),
    /// An SMTP server.
    Smtp(SmtpSettings),
    /// Keep messages queued (`roster outbox send` delivers them later).
    None,
}

/// The transport as roster shows it; an SMTP password appears as `****`.
impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Transport::File(dir) => write!(f, "file://{}", dir.display()),
            Transport::Smtp(s) => write!(f, "{}", s.url),
            Transport::None => f.write_str("none:"),
        }
    }
}

/// Everything a delivery run needs from the configuration.
#[derive(Debug, Clone)]
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
    pub max_attempts: u32,
    pub max_per_minute: Option<u32>,
}

impl Mailer {
    /// The transport from `ROSTER_MAIL_URL`, else `[mail] url`, else `file://<data dir>/outbox`
    /// beside the database file (in roster's data folder for a server); `ROSTER_SMTP_PASSWORD` replaces the URL's password.
    pub fn configured(
        config: &Config,
        config_path: &Path,
        db: &crate::store::Location,
    ) -> Result<Mailer> {
        let env_url = crate::config::env_text("ROSTER_MAIL_URL")?.filter(|u| !u.is_empty());
        let (raw, origin) = match (&env_url, &config.mail.url) {
            (Some(u), _) => (Some(u.clone()), "ROSTER_MAIL_URL".to_string()),
            (None, Some(u)) => (
                Some(u.clone()),
                format!("mail.url in {}", config_path.display()),
            ),
            (None, None) => (None, String::new()),
        };
        let transport = match raw {
            None => Transport::File(db.local_dir()?.join("outbox")),
            Some(raw) => {
                let parsed = url::parse(&raw).map_err(|e| {
                    Error::invalid(format!("{origin}: {e}")).with_hint(
                        "mail urls: smtp://[user[:password]@]host[:port], smtp+starttls://…, smtps://…, file:///FOLDER, none:",
                    )
                })?;
                match parsed {
                    MailUrl::None => Transport::None,
                    MailUrl::File(dir) => Transport::File(dir),
                    MailUrl::Smtp(mut url) => {
                        if env_url.is_none() && url.password.is_some() {
                            check_private(config_path)?;
                        }
                        if let Some(p) = crate::config::env_text("ROSTER_SMTP_PASSWORD")?
                            .filter(|p| !p.is_empty())
                        {
                            if url.user.is_none() {
                                return Err(Error::invalid(format!(
                                    "ROSTER_SMTP_PASSWORD is set, but {origin} names no user"
                                ))
                                .with_hint("write the user into the url: smtp://USER@host:port"));
                            }
                            url.password = Some(Password::new(p));
                        }
                        Transport::Smtp(SmtpSettings {
                            url,
                            timeout: timeout(config)?,
                            reuse_connection: true,
                        })
                    }
                }
            }
        };
        Ok(Mailer {
            transport,
            from: mailbox(
                config.mail.from.as_deref().unwrap_or(DEFAULT_FROM),
                "mail.from",
            )?,
            reply_to: config
                .mail
                .reply_to
                .as_deref()
                .map(|r| mailbox(r, "mail.reply_to"))
                .transpose()?,
            max_attempts: config.mail.max_attempts.unwrap_or(DEFAULT_MAX_ATTEMPTS),
            max_per_minute: config.mail.max_per_minute,
        })
    }

    /// The wait before the attempt after `attempts` failed ones: 1 min, 2 min, 4 min, … 6 h.
    pub fn backoff(attempts: i64) -> Duration {
        let doublings = attempts.clamp(1, 20) as u32 - 1;
        BACKOFF_BASE
            .saturating_mul(2u32.saturating_pow(doublings))
            .min(BACKOFF_CAP)
    }
}

fn timeout(config: &Config) -> Result<Duration> {
    match &config.mail.timeout {
        None => Ok(DEFAULT_TIMEOUT),
        Some(t) => config::parse_duration(t)
            .map(|d| d.unsigned_abs())
            .map_err(|e| Error::invalid(format!("mail.timeout: {e}"))),
    }
}

/// A config file holding an SMTP password must be readable by its owner alone, as ssh insists
/// for keys: otherwise refuse to use it rather than spread the password further.
fn check_private(path: &Path) -> Result<()> {
    let Ok(meta) = fs::metadata(path) else {
        return Ok(());
    };
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::invalid(format!(
            "the config file {} holds the SMTP password but others may read it (mode {mode:04o})",
            path.display()
        ))
        .with_hint(format!(
            "chmod 600 {}, or pass the password in ROSTER_SMTP_PASSWORD",
            path.display()
        )));
    }
    Ok(())
}

/// The sender when `[mail] from` does not name one.
const DEFAULT_FROM: &str = "roster <roster@localhost>";

/// `[mail] from` or `reply_to`: one line, one mailbox.
fn mailbox(value: &str, key: &str) -> Result<Mailbox> {
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(format!(
            "{key} must be one line without control characters"
        )));
    }
    value
        .parse()
        .map_err(|e| Error::invalid(format!("{key} '{value}' is not a mailbox: {e}")))
}

/// Text that goes into a header: one line, whatever it was given. lettre encodes non-ASCII text
/// (RFC 2047); a line break here could otherwise start a header of its own.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Build the MIME message: text and, when there is one, HTML as alternatives. The recipient is a
/// bare address and every header text is one line, so no stored value can add a header.
pub fn build(
    mail: &Mail,
    from: &Mailbox,
    reply_to: Option<&Mailbox>,
) -> std::result::Result<Message, String> {
    let to: Address = mail
        .recipient
        .parse()
        .map_err(|e| format!("bad recipient '{}': {e}", one_line(&mail.recipient)))?;
    let from = Mailbox::new(from.name.as_deref().map(one_line), from.email.clone());
    let created = SystemTime::UNIX_EPOCH
        + Duration::from_secs(mail.created_at.unix_timestamp().max(0) as u64);
    let mut builder = Message::builder()
        .message_id(Some(message_id(mail, &from)))
        .date(created)
        .from(from)
        .to(Mailbox::new(None, to))
        .subject(one_line(&mail.subject));
    if let Some(r) = reply_to {
        builder = builder.reply_to(Mailbox::new(
            r.name.as_deref().map(one_line),
            r.email.clone(),
        ));
    }
    let message = match &mail.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            html.clone(),
        )),
        None => builder.body(mail.body_text.clone()),
    };
    message.map_err(|e| format!("cannot build the message: {e}"))
}

/// The same Message-ID at every attempt, so a receiver can tell a repeat from a new message.
fn message_id(mail: &Mail, from: &Mailbox) -> String {
    let digest = Sha256::digest(
        format!(
            "{}\n{}\n{}\n{}",
            mail.id,
            format_ts(mail.created_at),
            mail.recipient,
            mail.subject
        )
        .as_bytes(),
    );
    let hash: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "<roster.{}.{}.{hash}@{}>",
        mail.id,
        mail.created_at.unix_timestamp(),
        from.email.domain()
    )
}

fn write_eml(dir: &Path, id: i64, bytes: &[u8]) -> std::io::Result<()> {
    // The folder holds invitation tokens until delivered mail is read: its owner alone.
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // A new 0600 file renamed into place: a retry replaces its own earlier attempt, never
    // what a link there points to.
    let path = dir.join(format!("{id:06}.eml"));
    crate::files::write_private(&path, bytes)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// An open way out for the messages of one run.
enum Link<'a> {
    File(&'a Path),
    Smtp(Box<smtp::Session<'a>>),
}

impl Link<'_> {
    fn send(&mut self, mail: &Mail, mailer: &Mailer) -> std::result::Result<(), SendError> {
        let message =
            build(mail, &mailer.from, mailer.reply_to.as_ref()).map_err(SendError::Message)?;
        match self {
            Link::File(dir) => write_eml(dir, mail.id, &message.formatted()).map_err(|e| {
                SendError::Connection(format!("cannot write to {}: {e}", dir.display()))
            }),
            Link::Smtp(session) => session.send(message.envelope(), &message.formatted()),
        }
    }
}

/// Which messages a delivery run takes.
#[derive(Debug, Clone, Copy)]
pub enum Select<'a> {
    /// The messages a command just queued.
    Ids(&'a [i64]),
    /// A workspace's queued messages whose next attempt is due (all of them with `ignore_backoff`).
    Due {
        workspace: &'a str,
        ignore_backoff: bool,
    },
}

/// A failed attempt.
#[derive(Debug, Clone)]
pub struct Failure {
    pub id: i64,
    pub to: String,
    pub error: String,
    pub attempts: i64,
    /// The maximum was reached: the message is now `failed`.
    pub gave_up: bool,
    pub next_attempt_at: Option<Timestamp>,
}

/// What a delivery run did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub sent: Vec<i64>,
    pub failed: Vec<Failure>,
    /// Left queued untried because the transport is `none:`.
    pub queued: Vec<i64>,
    /// Left queued untried because `[mail] max_per_minute` was reached.
    pub held_back: usize,
    /// The invitation tokens minted into messages delivered in this run, by message id: kept
    /// in memory only, for the command that queued them to show once.
    pub tokens: Vec<(i64, String)>,
}

impl Outcome {
    /// The exit-10 error of a command whose change was saved but whose mail was not delivered.
    pub fn error(&self) -> Option<Error> {
        let first = self.failed.first()?;
        let n = self.failed.len();
        let msg = if n == 1 {
            format!(
                "the change was saved, but the email to {} could not be delivered: {}",
                first.to, first.error
            )
        } else {
            format!(
                "the change was saved, but {n} emails could not be delivered (first, to {}: {})",
                first.to, first.error
            )
        };
        let hint = if first.gave_up {
            "the message is marked failed: run `roster outbox send --retry-failed` to try again"
                .to_string()
        } else {
            match first.next_attempt_at {
                Some(t) => format!(
                    "the message stays queued: run `roster outbox send` to retry (due {}; `--ignore-backoff` retries at once)",
                    format_ts(t)
                ),
                None => "the message stays queued: run `roster outbox send` to retry".into(),
            }
        };
        Some(Error::new(ErrorKind::Mail, msg).with_hint(hint))
    }
}

/// Deliver the selected queued messages after the change that queued them has committed.
///
/// Messages are claimed in `BEGIN IMMEDIATE` transactions with a lease, so two runs at once never
/// take the same message; each is marked sent only after the server accepted it, or has its
/// failure recorded (attempt count, error, next attempt or `failed`), in a transaction of its own.
/// Once the server cannot be reached, the rest of the run is deferred with that error instead
/// of waiting for it again.
pub fn deliver(
    store: &mut Store,
    mailer: &Mailer,
    select: Select<'_>,
    now: Timestamp,
) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    if mailer.transport == Transport::None {
        outcome.queued = match select {
            Select::Ids(ids) => {
                let mut queued = Vec::new();
                for &id in ids {
                    if store::outbox::get(&store.reader(), id)?.is_some_and(|m| m.state == "queued")
                    {
                        queued.push(id);
                    }
                }
                queued
            }
            Select::Due {
                workspace,
                ignore_backoff,
            } => store::outbox::due(&store.reader(), workspace, due_before(now, ignore_backoff))?,
        };
        return Ok(outcome);
    }
    let mut link = match &mailer.transport {
        Transport::File(dir) => Link::File(dir),
        Transport::Smtp(s) => Link::Smtp(Box::new(smtp::Session::new(s))),
        Transport::None => unreachable!("handled above"),
    };
    let per_message = match &mailer.transport {
        Transport::Smtp(s) => s.timeout * 4,
        _ => Duration::from_secs(5),
    };
    let started = Instant::now();
    // Never past the end of the calendar: this runs after the change was committed.
    let clock = || {
        truncate(
            now.checked_add(started.elapsed().try_into().unwrap_or(time::Duration::ZERO))
                .unwrap_or(now),
        )
    };
    let mut ids = match select {
        Select::Ids(ids) => ids.to_vec(),
        Select::Due { .. } => Vec::new(),
    };
    let mut down: Option<String> = None;
    let mut last_id = 0;
    loop {
        let allowance = match mailer.max_per_minute {
            Some(max) => {
                let recent = store::outbox::sent_since(
                    &store.reader(),
                    clock().checked_sub(time::Duration::MINUTE).unwrap_or(now),
                )?;
                (max as usize).saturating_sub(recent).min(CHUNK)
            }
            None => CHUNK,
        };
        if allowance == 0 {
            outcome.held_back = match select {
                Select::Ids(_) => ids.len(),
                Select::Due {
                    workspace,
                    ignore_backoff,
                } => {
                    store::outbox::due(&store.reader(), workspace, due_before(now, ignore_backoff))?
                        .len()
                }
            };
            break;
        }
        let at = clock();
        // The lease covers one message: a run that dies lets go within about a minute and a
        // half. A live run renews it before each send (and skips any message another run
        // took over meanwhile), so a short lease never sends a message twice.
        let batch_lease = later(at, BACKOFF_BASE.saturating_add(per_message));
        let batch = match select {
            Select::Ids(_) => {
                if ids.is_empty() {
                    break;
                }
                let take: Vec<i64> = ids.drain(..allowance.min(ids.len())).collect();
                store.write(|tx| store::outbox::claim_ids(tx, &take, at, batch_lease))?
            }
            Select::Due {
                workspace,
                ignore_backoff,
            } => {
                let due = store::outbox::Due {
                    at: due_before(now, ignore_backoff),
                    after_id: last_id,
                    limit: allowance,
                };
                let batch = store
                    .write(|tx| store::outbox::claim_due(tx, workspace, &due, at, batch_lease))?;
                match batch.last() {
                    Some(m) => last_id = m.id,
                    None => break,
                }
                batch
            }
        };
        for mail in batch {
            // Still ours? Renew the lease for this one send; if another run took the message
            // (this one was paused past its lease), leave it to that run.
            let lease_until = later(clock(), BACKOFF_BASE.saturating_add(per_message));
            // An invitation gets its token now, in the transaction that renews the lease: any
            // token of an earlier attempt stops working, and only the hash is stored.
            // (A message queued by an older roster carries its token in clear: it keeps it.)
            let minted = mail
                .invitation
                .filter(|_| mail.body_text.contains(TOKEN_SLOT))
                .map(|_| crate::ops::members::new_token());
            let (ours, open) = store.write(|tx| {
                if !store::outbox::renew_lease(tx, mail.id, batch_lease, lease_until)? {
                    return Ok((false, false));
                }
                let open = match (mail.invitation, &minted) {
                    (Some(inv), Some((_, hash))) => {
                        store::invitations::replace_token(tx, inv, hash)?
                    }
                    _ => true,
                };
                Ok((true, open))
            })?;
            if !ours {
                continue;
            }
            let outgoing = match &minted {
                Some((token, _)) => Mail {
                    body_text: mail.body_text.replace(TOKEN_SLOT, token),
                    body_html: mail
                        .body_html
                        .as_ref()
                        .map(|h| h.replace(TOKEN_SLOT, token)),
                    ..mail.clone()
                },
                None => mail.clone(),
            };
            let result = match &down {
                _ if !open => Err(SendError::Message(
                    "its invitation is no longer open (accepted, declined, revoked or resent)"
                        .into(),
                )),
                Some(why) => Err(SendError::Connection(why.clone())),
                None => link.send(&outgoing, mailer),
            };
            let why = match result {
                Ok(()) => {
                    // Once delivered, the invitation token has no business in the database:
                    // only its hash is kept (SPEC §1).
                    let text = redact_tokens(&mail.body_text);
                    let html = mail.body_html.as_deref().map(redact_tokens);
                    store.write(|tx| {
                        store::outbox::mark_sent(tx, mail.id, clock(), &text, html.as_deref())
                    })?;
                    outcome.sent.push(mail.id);
                    if let Some((token, _)) = minted {
                        outcome.tokens.push((mail.id, token));
                    }
                    continue;
                }
                Err(SendError::Connection(why)) => {
                    down = Some(why.clone());
                    why
                }
                Err(SendError::Message(why)) => why,
            };
            let attempts = mail.attempts + 1;
            let gave_up = attempts >= i64::from(mailer.max_attempts.max(1));
            let next = (!gave_up).then(|| later(now, Mailer::backoff(attempts)));
            store.write(|tx| {
                store::outbox::mark_failed_attempt(
                    tx,
                    mail.id,
                    &why,
                    store::outbox::Retry { next, lease_until },
                )
            })?;
            outcome.failed.push(Failure {
                id: mail.id,
                to: mail.recipient.clone(),
                error: why,
                attempts,
                gave_up,
                next_attempt_at: next,
            });
        }
    }
    if !outcome.sent.is_empty() {
        // Redacted bodies replaced the sent ones: leave no old copy in the WAL.
        store.forget_freed();
    }
    Ok(outcome)
}

/// `t + d`, held at `t` where it would leave the calendar: mail runs after the change is
/// committed, so a far-future clock must not turn into a crash.
fn later(t: Timestamp, d: Duration) -> Timestamp {
    time::Duration::try_from(d)
        .ok()
        .and_then(|d| crate::domain::checked_add(t, d, "").ok())
        .unwrap_or(t)
}

/// Messages due at `now`, or every queued one when backoff is ignored.
fn due_before(now: Timestamp, ignore_backoff: bool) -> Option<Timestamp> {
    (!ignore_backoff).then_some(now)
}

/// "10s", "1m30s", "250ms".
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 || !ms.is_multiple_of(1000) {
        if ms >= 1000 {
            return format!("{:.1}s", d.as_secs_f64());
        }
        return format!("{ms}ms");
    }
    let s = d.as_secs();
    match (s / 3600, s % 3600 / 60, s % 60) {
        (0, 0, s) => format!("{s}s"),
        (0, m, 0) => format!("{m}m"),
        (0, m, s) => format!("{m}m{s}s"),
        (h, 0, 0) => format!("{h}h"),
        (h, m, _) => format!("{h}h{m}m"),
    }
}

/// Escape text for HTML bodies.
/// Replace every invitation token (`inv_` and 48 hex digits) by a placeholder.
pub fn redact_tokens(s: &str) -> String {
    const LEN: usize = 48;
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("inv_") {
        let after = &rest[i + 4..];
        let hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(&rest[..i]);
        if hex == LEN {
            out.push_str("inv_[redacted after delivery]");
            rest = &after[LEN..];
        } else {
            out.push_str("inv_");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A plain-text message as the HTML part: the same text, escaped, in a pre-wrapped block.
pub fn html_page(text: &str) -> String {
    format!(
        "<!doctype html><html><body><pre style=\"font-family: sans-serif; white-space: pre-wrap\">{}</pre></body></html>",
        html_escape(text)
    )
}

pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(subject: &str) -> Mail {
        Mail {
            id: 7,
            workspace: Some("acme".into()),
            recipient: "client@brand.test".into(),
            subject: subject.into(),
            body_text: "Grüße\n".into(),
            body_html: Some("<p>Grüße</p>".into()),
            state: "queued".into(),
            attempts: 0,
            last_error: None,
            next_attempt_at: None,
            created_at: crate::domain::parse_ts("2026-11-28T09:00:00Z").unwrap(),
            sent_at: None,
            invitation: None,
        }
    }

    #[test]
    fn headers_cannot_be_injected_and_non_ascii_is_encoded() {
        let from: Mailbox = "Büro <roster@acme.test>".parse().unwrap();
        let m = build(
            &mail("Café Zürich\r\nBcc: victim@evil.test\nX-Injected: 1"),
            &from,
            None,
        )
        .unwrap();
        let text = String::from_utf8(m.formatted()).unwrap();
        assert!(text.is_ascii(), "{text}");
        let headers = text.split("\r\n\r\n").next().unwrap();
        for line in headers.lines() {
            assert!(!line.starts_with("Bcc:"), "{headers}");
            assert!(!line.starts_with("X-Injected:"), "{headers}");
        }
        assert_eq!(m.envelope().to().len(), 1);
        assert!(headers.contains("Message-ID: <roster.7."), "{headers}");
        assert!(
            headers.contains("Date: Sat, 28 Nov 2026 09:00:00 +0000"),
            "{headers}"
        );
        let bad = Mail {
            recipient: "x@y.test\r\nBcc: v@evil.test".into(),
            ..mail("s")
        };
        assert!(build(&bad, &from, None).is_err());
        assert!(mailbox("Roster\nX-Injected: 1 <r@acme.test>", "mail.from").is_err());
    }

    #[test]
    fn tokens_are_redacted_and_nothing_else() {
        let token = format!("inv_{}", "ab12".repeat(12));
        let text =
            format!("run:\n  roster invite accept acme --token {token}\nkeep inv_short and inv_");
        let red = redact_tokens(&text);
        assert!(!red.contains(&token), "{red}");
        assert!(
            red.contains("--token inv_[redacted after delivery]\nkeep inv_short and inv_"),
            "{red}"
        );
    }

    #[test]
    fn backoff_doubles_up_to_a_cap() {
        assert_eq!(Mailer::backoff(1), Duration::from_secs(60));
        assert_eq!(Mailer::backoff(2), Duration::from_secs(120));
        assert_eq!(Mailer::backoff(4), Duration::from_secs(480));
        assert_eq!(Mailer::backoff(30), BACKOFF_CAP);
        assert_eq!(format_duration(Duration::from_secs(10)), "10s");
        assert_eq!(format_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(format_duration(Duration::from_secs(90)), "1m30s");
    }
}
