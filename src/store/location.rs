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
        let masked = crate::mail::url::mask(raw);
        if !matches!(scheme, "postgres" | "postgresql") {
            return Err(Error::usage(format!(
                "--db {masked}: roster speaks SQLite files and postgres:// servers, not {scheme}://"
            ))
            .with_hint("pass a database file path or a postgres://user@host:port/dbname URL"));
        }
        // The driver knows sslmode=disable|prefer|require. rustls always verifies the server's
        // certificate and name, so libpq's verify-ca and verify-full are what require does here.
        let mut tls = false;
        let mut root_cert = None;
        let text = match raw.split_once('?') {
            None => raw.to_string(),
            Some((base, query)) => {
                let params: Vec<String> = query
                    .split('&')
                    .filter(|p| match p.split_once('=') {
                        // Not the driver's: roster's TLS setup reads it.
                        Some(("sslrootcert", file)) => {
                            root_cert = Some(PathBuf::from(file));
                            false
                        }
                        _ => true,
                    })
                    .map(|p| match p.split_once('=') {
                        Some(("sslmode", mode)) => {
                            tls = matches!(mode, "require" | "verify-ca" | "verify-full");
                            if tls {
                                "sslmode=require".to_string()
                            } else {
                                p.to_string()
                            }
                        }
                        _ => p.to_string(),
                    })
                    .collect();
                if params.is_empty() {
                    base.to_string()
                } else {
                    format!("{base}?{}", params.join("&"))
                }
            }
        };
        let mut config: postgres::Config = text.parse().map_err(|e| {
            Error::usage(format!("--db {masked}: not a PostgreSQL URL: {e}")).with_hint(
                "postgres://user@host:port/dbname?sslmode=require (the password from the URL, PGPASSWORD or [database] password)",
            )
        })?;
        let in_url = config.get_password().is_some();
        if !in_url {
            let env = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
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
        let e = Location::parse("mysql://ann:pw@h/db", None).unwrap_err();
        assert!(e.message.contains("mysql://ann:****@h/db"), "{}", e.message);
        assert!(!e.message.contains("pw@"));
    }
}
