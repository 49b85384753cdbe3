//! Email: messages are queued in the outbox inside the change's transaction, then delivered
//! after commit by the configured transport. A failed delivery never undoes the change: the
//! message stays queued with its error and the command exits 10.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use lettre::Message;
use lettre::message::{Mailbox, MultiPart};

use crate::config::Config;
use crate::domain::{Mail, Timestamp};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{self, Store};

/// Where mail goes. SMTP will be one more variant behind the same `send`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// One `.eml` file per message in a folder.
    File(PathBuf),
    /// Keep messages queued (`roster outbox send` delivers them later).
    None,
}

impl Transport {
    /// `ROSTER_MAIL_URL`, else `[mail] url`, else `file://<data dir>/outbox` beside the database.
    pub fn configured(config: &Config, db_path: &Path) -> Result<Transport> {
        let url = std::env::var("ROSTER_MAIL_URL")
            .ok()
            .filter(|u| !u.is_empty())
            .or_else(|| config.mail.url.clone());
        let Some(url) = url else {
            let dir = db_path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            return Ok(Transport::File(dir.join("outbox")));
        };
        if let Some(path) = url.strip_prefix("file://") {
            if path.is_empty() {
                return Err(Error::invalid(
                    "mail url 'file://' needs a folder, e.g. file:///var/mail/roster",
                ));
            }
            return Ok(Transport::File(PathBuf::from(path)));
        }
        if url == "none:" || url == "none" {
            return Ok(Transport::None);
        }
        let scheme = url.split(':').next().unwrap_or("");
        Err(Error::invalid(format!(
            "mail url scheme '{scheme}:' is not supported by this roster"
        ))
        .with_hint("use file:///FOLDER or none:"))
    }

    fn send(&self, mail: &Mail, from: &Mailbox) -> std::result::Result<(), String> {
        match self {
            Transport::None => Err("the mail transport is none: the message stays queued".into()),
            Transport::File(dir) => {
                let bytes = build(mail, from)?.formatted();
                write_eml(dir, mail.id, &bytes)
                    .map_err(|e| format!("cannot write to {}: {e}", dir.display()))
            }
        }
    }
}

fn write_eml(dir: &Path, id: i64, bytes: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let path = dir.join(format!("{id:06}.eml"));
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)?;
    f.set_permissions(fs::Permissions::from_mode(0o600))?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// The sender: `[mail] from`, else roster@localhost.
pub fn sender(config: &Config) -> Result<Mailbox> {
    let from = config
        .mail
        .from
        .clone()
        .unwrap_or_else(|| "roster <roster@localhost>".into());
    from.parse()
        .map_err(|e| Error::invalid(format!("mail.from '{from}' is not a mailbox: {e}")))
}

/// Build the MIME message: text and, when there is one, HTML as alternatives. lettre encodes
/// non-ASCII headers and refuses line breaks in them.
pub fn build(mail: &Mail, from: &Mailbox) -> std::result::Result<Message, String> {
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| format!("bad recipient '{}': {e}", mail.recipient))?;
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.replace(['\r', '\n'], " "));
    let message = match &mail.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            html.clone(),
        )),
        None => builder.body(mail.body_text.clone()),
    };
    message.map_err(|e| format!("cannot build the message: {e}"))
}

/// What a delivery run did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub sent: Vec<i64>,
    pub queued: Vec<i64>,
    pub failed: Vec<(i64, String, String)>,
}

impl Outcome {
    /// The exit-10 error for messages that could not be delivered, if any.
    pub fn error(&self) -> Option<Error> {
        let (_, to, why) = self.failed.first()?;
        let n = self.failed.len();
        let msg = if n == 1 {
            format!("the change was saved, but the email to {to} could not be delivered: {why}")
        } else {
            format!(
                "the change was saved, but {n} emails could not be delivered (first, to {to}: {why})"
            )
        };
        Some(
            Error::new(ErrorKind::Mail, msg)
                .with_hint("the message stays queued: run `roster outbox send` to retry"),
        )
    }
}

/// Deliver the queued messages `ids`, each marked sent (or its failure recorded) in a
/// transaction of its own after the change has committed.
pub fn deliver(
    store: &mut Store,
    transport: &Transport,
    from: &Mailbox,
    ids: &[i64],
    now: Timestamp,
) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    for &id in ids {
        let Some(mail) = store::outbox::get(store.conn(), id)? else {
            continue;
        };
        if mail.state != "queued" {
            continue;
        }
        if *transport == Transport::None {
            outcome.queued.push(id);
            continue;
        }
        match transport.send(&mail, from) {
            Ok(()) => {
                store.write(|tx| store::outbox::mark_sent(tx, id, now))?;
                outcome.sent.push(id);
            }
            Err(why) => {
                store.write(|tx| store::outbox::mark_failed_attempt(tx, id, &why, now))?;
                outcome.failed.push((id, mail.recipient.clone(), why));
            }
        }
    }
    Ok(outcome)
}

/// Escape text for HTML bodies.
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
