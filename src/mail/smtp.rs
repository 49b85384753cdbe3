//! An SMTP session over lettre's connection: opened on the first message, reused for the rest
//! of a run, reopened after a refusal (lettre closes a connection on any negative reply).

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};

use super::url::{Security, SmtpUrl};

/// The SMTP transport's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub url: SmtpUrl,
    /// For each network step: connecting, and every read or write.
    pub timeout: Duration,
    /// One connection for a run of messages (`false` only to measure the difference).
    pub reuse_connection: bool,
}

/// Why a message was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// No usable connection: the next messages would fail the same way.
    Connection(String),
    /// The server refused or lost this message; the next one gets a fresh connection.
    Message(String),
}

pub struct Session<'a> {
    settings: &'a SmtpSettings,
    conn: Option<SmtpConnection>,
    /// Built once per session: loading the root certificates is not free.
    tls: Option<TlsParameters>,
}

impl<'a> Session<'a> {
    pub fn new(settings: &'a SmtpSettings) -> Session<'a> {
        Session {
            settings,
            conn: None,
            tls: None,
        }
    }

    /// Send one message; `Ok` only once the server has accepted it (`250` after the data).
    pub fn send(&mut self, envelope: &Envelope, bytes: &[u8]) -> Result<(), SendError> {
        let (mut conn, reused) = match self.conn.take() {
            Some(c) if !c.has_broken() => (c, true),
            _ => (self.connect().map_err(SendError::Connection)?, false),
        };
        // An address outside ASCII needs the server's SMTPUTF8; without it the server would
        // refuse every attempt, so say so at once.
        let ascii = envelope
            .from()
            .into_iter()
            .chain(envelope.to())
            .all(|a| AsRef::<str>::as_ref(a).is_ascii());
        if !ascii && !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            self.conn = Some(conn);
            return Err(SendError::Message(
                "the address is not plain ASCII and the SMTP server does not offer SMTPUTF8".into(),
            ));
        }
        let mut result = transact(&mut conn, envelope, bytes);
        // A reused connection the server has since closed (or is closing, 421) fails before
        // DATA, when nothing can have been accepted: try once more on a fresh one.
        if reused
            && let Err(Failed::BeforeData(e)) = &result
            && (e.status().is_none() || e.status().is_some_and(|c| c.to_string() == "421"))
        {
            conn.abort();
            conn = self.connect().map_err(SendError::Connection)?;
            result = transact(&mut conn, envelope, bytes);
        }
        match result {
            Ok(()) => {
                if self.settings.reuse_connection {
                    self.conn = Some(conn);
                } else {
                    let _ = conn.quit();
                }
                Ok(())
            }
            Err(failed) => {
                let e = failed.error();
                // After a refusal the server still talks: reset the transaction and keep the
                // connection. After anything else, start afresh with the next message.
                if e.status().is_some() && self.settings.reuse_connection {
                    if conn.command(Rset).is_ok() {
                        self.conn = Some(conn);
                    } else {
                        conn.abort();
                    }
                } else {
                    conn.abort();
                }
                Err(SendError::Message(self.describe(e)))
            }
        }
    }

    fn connect(&mut self) -> Result<SmtpConnection, String> {
        if self.tls.is_none() {
            let tls = TlsParameters::new(self.settings.url.host.clone())
                .map_err(|e| self.describe(&e))?;
            self.tls = Some(tls);
        }
        let tls = self.tls.as_ref().expect("built above");
        let url = &self.settings.url;
        let hello = ClientId::default();
        let wrapper = (url.security == Security::Implicit).then_some(tls);
        let mut conn = SmtpConnection::connect(
            (url.host.as_str(), url.port),
            Some(self.settings.timeout),
            &hello,
            wrapper,
            None,
        )
        .map_err(|e| self.describe(&e))?;
        let fail = |mut conn: SmtpConnection, why: String| {
            conn.abort();
            Err(why)
        };
        match url.security {
            Security::StartTls if !conn.can_starttls() => {
                return fail(
                    conn,
                    format!(
                        "{} does not offer STARTTLS, which smtp+starttls:// requires; nothing was sent",
                        self.server()
                    ),
                );
            }
            Security::StartTls | Security::Opportunistic if conn.can_starttls() => {
                if let Err(e) = conn.starttls(tls, &hello) {
                    return fail(conn, self.describe(&e));
                }
            }
            _ => {}
        }
        if let Some(user) = &url.user {
            if !conn.is_encrypted() && !url.is_loopback() {
                return fail(
                    conn,
                    format!(
                        "{} offers no TLS, and roster does not send a password unencrypted; use smtp+starttls:// or smtps://",
                        self.server()
                    ),
                );
            }
            let mechanisms = [Mechanism::Plain, Mechanism::Login];
            if conn.server_info().get_auth_mechanism(&mechanisms).is_none() {
                return fail(
                    conn,
                    format!(
                        "login as {user} failed: {} offers no login roster supports (AUTH PLAIN or LOGIN)",
                        self.server()
                    ),
                );
            }
            let password = url.password.as_ref().map(|p| p.expose()).unwrap_or("");
            let creds = Credentials::new(user.clone(), password.to_string());
            if let Err(e) = conn.auth(&mechanisms, &creds) {
                return fail(
                    conn,
                    format!("login as {user} failed: {}", self.describe(&e)),
                );
            }
        }
        Ok(conn)
    }

    fn server(&self) -> String {
        let url = &self.settings.url;
        if url.host.contains(':') {
            format!("the SMTP server [{}]:{}", url.host, url.port)
        } else {
            format!("the SMTP server {}:{}", url.host, url.port)
        }
    }

    /// An error in words: what happened, with which server; never a credential.
    fn describe(&self, e: &SmtpError) -> String {
        let server = self.server();
        if let Some(code) = e.status() {
            // "permanent error (550): 5.1.1 no such user" -> "550 5.1.1 no such user"
            let text = e.to_string();
            let detail = text.split_once("): ").map(|(_, d)| d).unwrap_or("");
            return format!("{server} answered {code} {detail}")
                .trim_end()
                .to_string();
        }
        if let Some(io) = io_source(e) {
            use std::io::ErrorKind as K;
            return match io.kind() {
                K::TimedOut | K::WouldBlock => format!(
                    "{server} did not answer within {}",
                    crate::mail::format_duration(self.settings.timeout)
                ),
                K::ConnectionRefused => format!("{server} refused the connection"),
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
                    format!("{server} closed the connection")
                }
                // rustls reports what it could not make sense of as invalid data.
                K::InvalidData => format!("TLS with {server} failed: {io}"),
                _ => format!("cannot talk to {server}: {io}"),
            };
        }
        if e.is_tls() {
            return format!("TLS with {server} failed: {e}");
        }
        // lettre's own wording is in the source ("internal client error: <what>").
        match std::error::Error::source(e) {
            Some(cause) => format!("{server}: {cause}"),
            None => format!("{server}: {e}"),
        }
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            let _ = conn.quit();
        }
    }
}

/// Where a transaction failed: before the server could have accepted the message, or after.
enum Failed {
    BeforeData(SmtpError),
    AfterData(SmtpError),
}

impl Failed {
    fn error(&self) -> &SmtpError {
        match self {
            Failed::BeforeData(e) | Failed::AfterData(e) => e,
        }
    }
}

/// One mail transaction: MAIL, RCPT, DATA, then the message and its final dot in a single
/// write. (lettre's own `send` writes the final dot separately; with Nagle's algorithm and the
/// server's delayed ACK that costs 40 ms a message.)
fn transact(conn: &mut SmtpConnection, envelope: &Envelope, bytes: &[u8]) -> Result<(), Failed> {
    let mut params = Vec::new();
    let ascii_addresses = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .all(|a| AsRef::<str>::as_ref(a).is_ascii());
    if !ascii_addresses && conn.server_info().supports_feature(Extension::SmtpUtfEight) {
        params.push(MailParameter::SmtpUtfEight);
    }
    if !bytes.is_ascii() && conn.server_info().supports_feature(Extension::EightBitMime) {
        params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    conn.command(Mail::new(envelope.from().cloned(), params))
        .map_err(Failed::BeforeData)?;
    for to in envelope.to() {
        conn.command(Rcpt::new(to.clone(), Vec::new()))
            .map_err(Failed::BeforeData)?;
    }
    conn.command(Data).map_err(Failed::BeforeData)?;
    conn.command(DataBody(dot_stuff(bytes)))
        .map_err(Failed::AfterData)?;
    Ok(())
}

/// The message as sent after DATA: a line starting with '.' gets one more (RFC 5321 4.5.2),
/// and the message ends with `CRLF . CRLF`.
struct DataBody(String);

impl std::fmt::Display for DataBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)?;
        if !self.0.ends_with("\r\n") {
            f.write_str("\r\n")?;
        }
        f.write_str(".\r\n")
    }
}

fn dot_stuff(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len() + 16);
    let mut line_start = true;
    for c in text.chars() {
        if line_start && c == '.' {
            out.push('.');
        }
        out.push(c);
        line_start = c == '\n';
    }
    out
}

fn io_source(e: &SmtpError) -> Option<&std::io::Error> {
    let mut source = std::error::Error::source(e);
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            return Some(io);
        }
        source = err.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_starting_with_a_dot_are_stuffed() {
        assert_eq!(
            dot_stuff(b".a\r\nb\r\n..c\r\n.\r\n"),
            "..a\r\nb\r\n...c\r\n..\r\n"
        );
        assert_eq!(DataBody(dot_stuff(b"x\r\n")).to_string(), "x\r\n.\r\n");
        assert_eq!(DataBody("x".into()).to_string(), "x\r\n.\r\n");
    }
}
