//! Where the database is: a SQLite file (the embedded default) or a PostgreSQL server named by a
//! `postgres://` URL. The URL's password never leaves this type: everything roster prints
//! shows [`Location::display`], which masks it.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

#[derive(Clone)]
pub enum Location {
    File(PathBuf),
    Server(Box<Server>),
}

/// A PostgreSQL server and database: the driver's parsed config (password included) and what
/// may be shown of it.
#[derive(Clone)]
pub struct Server {
    pub(super) config: postgres::Config,
    /// `postgres://user@host:port/db`, with `:****` where a password was given in the URL.
    shown: String,
    /// `user@host:port/db`: which server and database a session file belongs to.
    key: String,
    /// Whether the URL asked for TLS (`sslmode=require`, `verify-ca`, `verify-full`).
    pub(super) tls: bool,
    /// `sslrootcert=FILE`: the certificate authorities (PEM) to trust instead of the webpki
    /// roots, as libpq reads it (a server with a private CA).
    pub(super) root_cert: Option<PathBuf>,
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

impl From<PathBuf> for Location {
    fn from(p: PathBuf) -> Self {
        Location::File(p)
    }
}

impl From<&Path> for Location {
    fn from(p: &Path) -> Self {
        Location::File(p.to_path_buf())
    }
}

impl Location {
    /// A path, or a `postgres://` (`postgresql://`) URL. Any other `scheme://` is refused
    /// rather than taken for a relative path. The password: the URL's, else `PGPASSWORD`, else
    /// `password` (from the config file, checked 0600 by the caller).
    pub fn parse(raw: &str, password: Option<&str>) -> Result<Location> {
        let Some((scheme, _)) = raw.split_once("://").filter(|(s, _)| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        }) else {
            return Ok(Location::File(PathBuf::from(raw)));
        };
        let masked = mask(raw);
        if !matches!(scheme, "postgres" | "postgresql") {
            return Err(Error::usage(format!(
                "--db {masked}: roster speaks SQLite files and postgres:// servers, not {scheme}://"
            ))
            .with_hint("pass a database file path or a postgres://user@host:port/dbname URL"));
        }
        let bad = |why: String| {
            Error::usage(format!("--db {masked}: {why}"))
                .with_hint("postgres://user@host:port/dbname?sslmode=require&sslrootcert=FILE")
        };
        // The driver knows sslmode=disable|prefer|require. rustls always verifies the server's
        // certificate and name, so libpq's verify-ca and verify-full are what require does here.
        // Names and values are read decoded, as the driver reads them, so that what roster
        // decides (TLS or not) is what the driver does.
        let mut tls = None;
        let mut root_cert = None;
        let text = match raw.split_once('?') {
            None => raw.to_string(),
            Some((base, query)) => {
                let mut params = Vec::new();
                for p in query.split('&').filter(|p| !p.is_empty()) {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    match (decode(k).as_str(), decode(v)) {
                        ("sslmode", mode) => {
                            if tls.is_some() {
                                return Err(bad("sslmode is given twice".into()));
                            }
                            let on = match mode.as_str() {
                                "require" | "verify-ca" | "verify-full" => true,
                                "disable" | "prefer" | "allow" => false,
                                other => return Err(bad(format!("unknown sslmode '{other}'"))),
                            };
                            tls = Some(on);
                            params.push(format!(
                                "sslmode={}",
                                if on { "require" } else { "disable" }
                            ));
                        }
                        // Not the driver's: roster's TLS setup reads it.
                        ("sslrootcert", file) => root_cert = Some(PathBuf::from(file)),
                        _ => params.push(p.to_string()),
                    }
                }
                if params.is_empty() {
                    base.to_string()
                } else {
                    format!("{base}?{}", params.join("&"))
                }
            }
        };
        let tls = tls.unwrap_or(false);
        if root_cert.is_some() && !tls {
            return Err(bad(
                "sslrootcert needs sslmode=require (or verify-ca, verify-full)".into(),
            ));
        }
        let mut config: postgres::Config = text.parse().map_err(|e| {
            Error::usage(format!("--db {masked}: not a PostgreSQL URL: {e}")).with_hint(
                "postgres://user@host:port/dbname?sslmode=require (the password from the URL, PGPASSWORD or [database] password)",
            )
        })?;
        let in_url = config.get_password().is_some();
        if !in_url {
            let env = crate::config::env_text("PGPASSWORD")?.filter(|p| !p.is_empty());
            if let Some(p) = env.as_deref().or(password) {
                config.password(p);
            }
        }
        let user = config
            .get_user()
            .map(str::to_string)
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_default();
        if config.get_user().is_none() && !user.is_empty() {
            config.user(&user);
        }
        let host = match config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) if h.contains(':') => format!("[{h}]"),
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let db = config.get_dbname().unwrap_or(&user).to_string();
        let key = format!("{user}@{host}:{port}/{db}");
        let shown = format!(
            "{scheme}://{user}{}@{host}:{port}/{db}{}",
            if in_url { ":****" } else { "" },
            if tls { "?sslmode=require" } else { "" }
        );
        Ok(Location::Server(Box::new(Server {
            config,
            shown,
            key,
            tls,
            root_cert,
        })))
    }

    /// `--db` (`ROSTER_DB`) or a `db copy` argument as the system gave it. A path that is not
    /// UTF-8 stays the bytes it is (a lossy copy would name another file); a URL must be text.
    /// `password` is asked for a URL only (see `parse`).
    pub fn from_arg(
        raw: &Path,
        password: impl FnOnce(&str) -> Result<Option<String>>,
    ) -> Result<Location> {
        use std::os::unix::ffi::OsStrExt;
        let bytes = raw.as_os_str().as_bytes();
        let Some(text) = raw.to_str() else {
            if bytes.windows(3).any(|w| w == b"://") {
                return Err(Error::usage(format!(
                    "the database URL '{}' is not UTF-8 text",
                    mask(&crate::domain::escape_bytes(bytes))
                )));
            }
            return Ok(Location::File(raw.to_path_buf()));
        };
        let password = match text.contains("://") {
            true => password(text)?,
            false => None,
        };
        Location::parse(text, password.as_deref())
    }

    /// What roster prints for this database: the path, or the URL with its password masked.
    pub fn display(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Server(s) => s.shown.clone(),
        }
    }

    /// The file, when the database is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(p) => Some(p),
            Location::Server(_) => None,
        }
    }

    pub fn is_server(&self) -> bool {
        matches!(self, Location::Server(_))
    }

    /// Which server, login and database (no password): what a session file is keyed by.
    pub fn server_key(&self) -> Option<&str> {
        match self {
            Location::File(_) => None,
            Location::Server(s) => Some(&s.key),
        }
    }

    /// Which database this is, as the config file's `workspace.database` records it (the
    /// default workspace belongs to one database): the file's absolute path, or the server,
    /// login and database of the URL (no password).
    pub fn identity(&self) -> String {
        match self {
            Location::File(p) => std::path::absolute(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string(),
            Location::Server(s) => s.key.clone(),
        }
    }

    /// The folder for files roster keeps beside the database (the default file outbox): the
    /// file's folder, or roster's data folder for a server.
    pub fn local_dir(&self) -> Result<PathBuf> {
        match self {
            Location::File(p) => Ok(p
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_path_buf()),
            Location::Server(_) => Ok(crate::config::default_dirs()?.data_dir().to_path_buf()),
        }
    }
}

/// The URL as roster may print it: a password in the user part or in the query is `****`.
pub fn mask(raw: &str) -> String {
    let masked = crate::mail::url::mask(raw);
    let Some((base, query)) = masked.split_once('?') else {
        return masked;
    };
    let params: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if decode(k) == "password" => format!("{k}=****"),
            _ => p.to_string(),
        })
        .collect();
    format!("{base}?{}", params.join("&"))
}

/// `%XX` decoded (and `+` left as it is, as the driver does).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|&c| hex(c)),
            b.get(i + 2).and_then(|&c| hex(c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_url_is_masked_and_paths_stay_paths() {
        let l = Location::parse("postgres://ann:s3cr%40t@db.example:5433/roster", None).unwrap();
        assert_eq!(l.display(), "postgres://ann:****@db.example:5433/roster");
        assert!(!format!("{l:?}").contains("s3cr"));
        assert_eq!(l.server_key(), Some("ann@db.example:5433/roster"));
        let l = Location::parse("postgresql://ann@127.0.0.1/r?sslmode=verify-full", None).unwrap();
        assert_eq!(
            l.display(),
            "postgresql://ann@127.0.0.1:5432/r?sslmode=require"
        );
        assert!(matches!(
            Location::parse("data/roster.db", None).unwrap(),
            Location::File(p) if p == Path::new("data/roster.db")
        ));
        // A password in the query is masked too; an encoded option name is read as the driver
        // reads it; sslrootcert without TLS is refused.
        let e = Location::parse(
            "postgres://ann@h/db?password=s3cr&bogus=1&sslmode=nope",
            None,
        )
        .unwrap_err();
        assert!(e.message.contains("password=****"), "{}", e.message);
        assert!(!e.message.contains("s3cr"), "{}", e.message);
        let l = Location::parse("postgres://ann@h/db?ssl%6dode=requir%65", None).unwrap();
        assert_eq!(l.display(), "postgres://ann@h:5432/db?sslmode=require");
        assert!(
            Location::parse("postgres://h/db?sslmode=require&ssl%6dode=disable", None).is_err()
        );
        assert!(Location::parse("postgres://h/db?sslrootcert=/ca.pem", None).is_err());
        let e = Location::parse("mysql://ann:pw@h/db", None).unwrap_err();
        assert!(e.message.contains("mysql://ann:****@h/db"), "{}", e.message);
        assert!(!e.message.contains("pw@"));
    }
}
