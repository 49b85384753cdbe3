//! Mail URLs (`smtp://`, `smtp+starttls://`, `smtps://`, `file://`, `none:`) parsed into typed
//! settings. A URL is only ever shown masked, so an SMTP password never reaches a terminal or a log.

use std::fmt;
use std::path::PathBuf;

/// How an SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// `smtp://`: STARTTLS when the server offers it, plain otherwise.
    Opportunistic,
    /// `smtp+starttls://`: STARTTLS or nothing is sent.
    StartTls,
    /// `smtps://`: TLS from the first byte.
    Implicit,
}

impl Security {
    fn scheme(self) -> &'static str {
        match self {
            Security::Opportunistic => "smtp",
            Security::StartTls => "smtp+starttls",
            Security::Implicit => "smtps",
        }
    }

    /// 25 for plain SMTP, 587 for submission with STARTTLS, 465 for implicit TLS.
    fn default_port(self) -> u16 {
        match self {
            Security::Opportunistic => 25,
            Security::StartTls => 587,
            Security::Implicit => 465,
        }
    }
}

/// A secret that prints as `****` however it is formatted.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub fn new(s: impl Into<String>) -> Password {
        Password(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("****")
    }
}

/// Where and how to reach an SMTP server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub security: Security,
    pub host: String,
    pub port: u16,
    pub user: Option<String>,
    pub password: Option<Password>,
}

impl SmtpUrl {
    /// `localhost` or a loopback address literal: the only hosts a password may travel to
    /// without TLS, since the traffic never leaves the machine.
    pub fn is_loopback(&self) -> bool {
        if self.host.eq_ignore_ascii_case("localhost") {
            return true;
        }
        self.host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
    }
}

/// The URL as roster shows it: the password replaced by `****`.
impl fmt::Display for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.security.scheme())?;
        if let Some(user) = &self.user {
            write!(f, "{}", percent_encode(user))?;
            if self.password.is_some() {
                f.write_str(":****")?;
            }
            f.write_str("@")?;
        }
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailUrl {
    Smtp(SmtpUrl),
    File(PathBuf),
    None,
}

/// Parse a mail URL. Errors never quote the password.
pub fn parse(raw: &str) -> Result<MailUrl, String> {
    let raw = raw.trim();
    if raw == "none:" || raw == "none" {
        return Ok(MailUrl::None);
    }
    let Some((scheme, rest)) = raw.split_once("://") else {
        return Err(format!(
            "'{}' is not a mail URL; use smtp://HOST, smtps://HOST, file:///FOLDER or none:",
            mask(raw)
        ));
    };
    let security = match scheme.to_ascii_lowercase().as_str() {
        "file" => {
            if rest.is_empty() {
                return Err("'file://' needs a folder, e.g. file:///var/mail/roster".into());
            }
            return Ok(MailUrl::File(PathBuf::from(rest)));
        }
        "smtp" => Security::Opportunistic,
        "smtp+starttls" => Security::StartTls,
        "smtps" => Security::Implicit,
        other => {
            return Err(format!(
                "the scheme '{other}:' is not supported; use smtp://, smtp+starttls://, smtps://, file:// or none:"
            ));
        }
    };
    let (authority, tail) = split_authority(rest);
    if !tail.is_empty() && tail != "/" {
        return Err(format!(
            "'{}' has a path or query ('{tail}'); an SMTP URL is scheme://[user[:password]@]host[:port]",
            mask(raw)
        ));
    }
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    let (user, password) = match userinfo {
        None => (None, None),
        Some(u) => {
            let (name, pass) = match u.split_once(':') {
                Some((n, p)) => (n, Some(p)),
                None => (u, None),
            };
            let name = percent_decode(name).map_err(|e| format!("the user name {e}"))?;
            if name.is_empty() {
                return Err(format!("'{}' has an empty user name", mask(raw)));
            }
            let pass = pass
                .map(|p| percent_decode(p).map_err(|e| format!("the password {e}")))
                .transpose()?
                .map(Password);
            (Some(name), pass)
        }
    };
    let (host, port) = split_host_port(hostport).map_err(|e| format!("'{}': {e}", mask(raw)))?;
    Ok(MailUrl::Smtp(SmtpUrl {
        security,
        host,
        port: port.unwrap_or(security.default_port()),
        user,
        password,
    }))
}

fn split_host_port(s: &str) -> Result<(String, Option<u16>), String> {
    let (host, port) = if let Some(inner) = s.strip_prefix('[') {
        let (host, after) = inner
            .split_once(']')
            .ok_or("an IPv6 address needs its closing ']'")?;
        if host.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(format!("'{host}' is not an IPv6 address"));
        }
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':').ok_or("expected ':PORT' after ']'")?),
        };
        (host.to_string(), port)
    } else {
        let (host, port) = match s.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (s, None),
        };
        let valid = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
        if host.is_empty() {
            return Err("the host is missing".into());
        }
        if !host.chars().all(valid) {
            return Err(format!("'{host}' is not a host name"));
        }
        (host.to_ascii_lowercase(), port)
    };
    let port = port
        .map(|p| match p.parse::<u16>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!("'{p}' is not a port")),
        })
        .transpose()?;
    Ok((host, port))
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or("has a '%' that is not followed by two hex digits")?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "is not UTF-8 once decoded".to_string())
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The authority (`[user[:password]@]host[:port]`) and what follows it. A password may hold an
/// unencoded `/`, `?` or `#`, so the path starts only after the last `@`.
fn split_authority(rest: &str) -> (&str, &str) {
    let from = rest.rfind('@').map_or(0, |i| i + 1);
    let end = rest[from..]
        .find(['/', '?', '#'])
        .map_or(rest.len(), |i| from + i);
    rest.split_at(end)
}

/// A raw URL with whatever stands between `user:` and the last `@` replaced by `****`, for
/// messages about URLs that did not parse.
pub fn mask(raw: &str) -> String {
    let Some((scheme, rest)) = raw.split_once("://") else {
        // Not a URL at all (`smtp:ann:secret@host`): hide everything before the last `@`.
        return match raw.rsplit_once('@') {
            Some((before, host)) => {
                let scheme = before
                    .split_once(':')
                    .map(|(s, _)| format!("{s}:"))
                    .unwrap_or_default();
                format!("{scheme}****@{host}")
            }
            None => raw.to_string(),
        };
    };
    let (authority, tail) = split_authority(rest);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:****@{host}{tail}"),
            None => raw.to_string(),
        },
        None => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_with_url_characters_never_shows() {
        for raw in [
            "smtp://ann:pa/ss@127.0.0.1:2525",
            "smtp://ann:pa?ss@h",
            "smtp://ann:pa#ss@h/x",
            "smtp:ann:secret@h",
        ] {
            let masked = mask(raw);
            assert!(
                !masked.contains("ss@") && !masked.contains("secret"),
                "{raw} -> {masked}"
            );
            if let Err(e) = parse(raw) {
                assert!(
                    !e.contains("pa/ss")
                        && !e.contains("pa?ss")
                        && !e.contains("pa#ss")
                        && !e.contains("secret"),
                    "{e}"
                );
            }
        }
        let MailUrl::Smtp(u) = parse("smtp://ann:pa%2Fss@127.0.0.1:2525").unwrap() else {
            panic!()
        };
        assert_eq!(u.port, 2525);
    }

    fn smtp(raw: &str) -> SmtpUrl {
        match parse(raw) {
            Ok(MailUrl::Smtp(s)) => s,
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn forms_and_default_ports() {
        let s = smtp("smtp://mail.example.test");
        assert_eq!(
            (s.security, s.host.as_str(), s.port),
            (Security::Opportunistic, "mail.example.test", 25)
        );
        assert_eq!(smtp("smtp+starttls://h").port, 587);
        assert_eq!(smtp("smtps://h").port, 465);
        assert_eq!(smtp("SMTPS://H:2465/").port, 2465);
        let s = smtp("smtp://ann%40acme.test:p%3Ass%40w0rd@127.0.0.1:2525");
        assert_eq!(s.user.as_deref(), Some("ann@acme.test"));
        assert_eq!(s.password.as_ref().map(Password::expose), Some("p:ss@w0rd"));
        assert_eq!(s.port, 2525);
        let s = smtp("smtp://[::1]:2525");
        assert_eq!((s.host.as_str(), s.port), ("::1", 2525));
        assert!(s.is_loopback());
        assert!(smtp("smtp://localhost").is_loopback());
        assert!(!smtp("smtp://mail.example.test").is_loopback());
        assert_eq!(parse("none:"), Ok(MailUrl::None));
        assert_eq!(
            parse("file:///var/mail/roster"),
            Ok(MailUrl::File("/var/mail/roster".into()))
        );
    }

    #[test]
    fn the_password_is_never_shown() {
        let s = smtp("smtp://ann:hunter2@127.0.0.1:2525");
        assert_eq!(s.to_string(), "smtp://ann:****@127.0.0.1:2525");
        assert!(!format!("{s:?}").contains("hunter2"));
        assert_eq!(
            mask("smtp://ann:hunter2@h:1/x"),
            "smtp://ann:****@h:1/x".to_string()
        );
        for bad in [
            "smtp://ann:hunter2@h:1/path",
            "smtp://ann:hunter2@h:99999",
            "smtp://ann:hunter2@",
            "smtp://:hunter2@h",
            "smtp://ann:hunter2@h^st",
            "smtp://ann:hunter2%zz@h",
        ] {
            let e = parse(bad).expect_err(bad);
            assert!(!e.contains("hunter2"), "{bad}: {e}");
        }
    }

    #[test]
    fn refusals() {
        assert!(parse("http://h").unwrap_err().contains("'http:'"));
        assert!(parse("file://").unwrap_err().contains("needs a folder"));
        assert!(parse("smtp://h:0").unwrap_err().contains("not a port"));
        assert!(
            parse("localhost:25")
                .unwrap_err()
                .contains("not a mail URL")
        );
        assert!(parse("smtp://[::1").unwrap_err().contains("']'"));
    }
}
