//! The user's config file (`config.toml` in the `directories` config dir, or `--config`):
//! identity, default workspace, mail transport and invitation TTL.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::{escape, escape_bytes};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub identity: Identity,
    #[serde(default)]
    pub workspace: WorkspaceSection,
    #[serde(default)]
    pub mail: Mail,
    #[serde(default)]
    pub invitations: Invitations,
    #[serde(default)]
    pub database: Database,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Database {
    /// How long to wait for another roster process that is writing, e.g. "2m" (the default).
    pub busy_timeout: Option<String>,
    /// A PostgreSQL server to use instead of the local file: `postgres://user@host:port/db`.
    pub url: Option<String>,
    /// The server's password, when neither the URL nor `PGPASSWORD` gives it. The config file
    /// must then be private (0600).
    pub password: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceSection {
    pub default: Option<String>,
    /// The database `default` was chosen on (`roster workspace use` records it): on another
    /// database the default does not apply. Unset (a hand-written default): every database.
    pub database: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mail {
    /// `smtp://[user[:pass]@]host[:port]`, `smtp+starttls://…`, `smtps://…`, `file:///path`, `none:`.
    pub url: Option<String>,
    pub from: Option<String>,
    pub reply_to: Option<String>,
    pub max_per_minute: Option<u32>,
    /// How long to wait for the SMTP server at each step, e.g. "10s" (the default).
    pub timeout: Option<String>,
    /// Failed attempts after which a message is marked `failed` (default 8).
    pub max_attempts: Option<u32>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitations {
    /// How long an invitation stays valid, e.g. "7d", "36h". Default 7 days.
    pub ttl: Option<String>,
}

/// The longest `[mail] timeout`: ten minutes per SMTP step.
pub const MAX_MAIL_TIMEOUT_SECS: i64 = 600;

/// `roster`'s folders from the `directories` crate (XDG on Linux).
pub fn default_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "roster").ok_or_else(|| {
        Error::usage("cannot find a home directory for roster's files")
            .with_hint("pass --db and --config")
    })
}

pub fn default_db_path() -> Result<PathBuf> {
    Ok(default_dirs()?.data_dir().join("roster.db"))
}

pub fn default_config_path() -> Result<PathBuf> {
    Ok(default_dirs()?.config_dir().join("config.toml"))
}

impl Config {
    /// `[database] password` for the server URL `raw`: only when `raw` names the server, login
    /// and database of `[database] url` (a password is never sent to another server because
    /// `--db` named it). Refused when others may read the config file that holds it.
    pub fn database_password_for(&self, raw: &str, path: &Path) -> Result<Option<String>> {
        let key = |u: &str| {
            crate::store::Location::parse(u, None)
                .ok()
                .and_then(|l| l.server_key().map(str::to_string))
        };
        match &self.database.url {
            Some(url) if key(url).is_some() && key(url) == key(raw) => self.database_password(path),
            _ => Ok(None),
        }
    }

    /// `[database] password`, refused when others may read the config file that holds it.
    pub fn database_password(&self, path: &Path) -> Result<Option<String>> {
        use std::os::unix::fs::MetadataExt;
        let Some(p) = &self.database.password else {
            return Ok(None);
        };
        if let Ok(meta) = fs::metadata(path) {
            let mode = meta.mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(Error::invalid(format!(
                    "the config file {} holds the database password but others may read it (mode {mode:04o})",
                    path.display()
                ))
                .with_hint(format!(
                    "chmod 600 {}, or pass the password in PGPASSWORD",
                    path.display()
                )));
            }
        }
        Ok(Some(p.clone()))
    }

    /// Read the config file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match crate::files::read_regular_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::invalid(format!(
                    "cannot read the config file {}: {e}",
                    path.display()
                )));
            }
        };
        Self::from_text(&text, path)
    }

    /// Parse and check the text of a config file (`path` names it in messages). Never panics,
    /// whatever the text: the proptest and the fuzz target hold it to that.
    pub fn from_text(text: &str, path: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            Error::invalid(format!(
                "the config file {} is invalid: {}",
                path.display(),
                e.message()
            ))
        })?;
        if let Some(ttl) = &config.invitations.ttl {
            parse_duration(ttl)
                .map_err(|e| Error::invalid(format!("{}: invitations.ttl: {e}", path.display())))?;
        }
        if let Some(t) = &config.mail.timeout {
            let d = parse_duration(t)
                .map_err(|e| Error::invalid(format!("{}: mail.timeout: {e}", path.display())))?;
            // A step of an SMTP exchange that may take longer than this is a hung server.
            if d > time::Duration::seconds(MAX_MAIL_TIMEOUT_SECS) {
                return Err(Error::invalid(format!(
                    "{}: mail.timeout: '{}' is too long: at most {}m",
                    path.display(),
                    escape(t),
                    MAX_MAIL_TIMEOUT_SECS / 60
                )));
            }
        }
        if let Some(t) = &config.database.busy_timeout {
            parse_duration(t).map_err(|e| {
                Error::invalid(format!("{}: database.busy_timeout: {e}", path.display()))
            })?;
        }
        if config.mail.max_attempts == Some(0) || config.mail.max_per_minute == Some(0) {
            return Err(Error::invalid(format!(
                "{}: mail.max_attempts and mail.max_per_minute must be at least 1",
                path.display()
            )));
        }
        Ok(config)
    }

    /// How long to wait for other writers: `ROSTER_BUSY_TIMEOUT`, else `[database]
    /// busy_timeout`, else two minutes.
    pub fn busy_timeout(&self) -> Result<std::time::Duration> {
        let (raw, from) = match env_text("ROSTER_BUSY_TIMEOUT")? {
            Some(v) if !v.trim().is_empty() => (Some(v), "ROSTER_BUSY_TIMEOUT"),
            _ => (self.database.busy_timeout.clone(), "database.busy_timeout"),
        };
        match raw {
            None => Ok(crate::store::DEFAULT_BUSY_WAIT),
            Some(r) => {
                let d = parse_duration(&r).map_err(|e| Error::invalid(format!("{from}: {e}")))?;
                std::time::Duration::try_from(d)
                    .map_err(|_| Error::invalid(format!("{from}: '{r}' is out of range")))
            }
        }
    }

    pub fn invitation_ttl(&self) -> time::Duration {
        self.invitations
            .ttl
            .as_deref()
            .and_then(|t| parse_duration(t).ok())
            .unwrap_or(time::Duration::days(7))
    }
}

/// Set one `[section] key = value` in the config file and write it back 0600 (it may hold a
/// mail password). The file is edited with toml_edit, so the user's comments, key order and
/// layout survive: only that one value changes.
pub fn set_value(path: &Path, section: &str, key: &str, value: &str) -> Result<()> {
    let err = |e: String| {
        Error::invalid(format!(
            "cannot update the config file {}: {e}",
            path.display()
        ))
    };
    let mut doc: toml_edit::DocumentMut = match crate::files::read_regular_to_string(path) {
        Ok(t) => t
            .parse()
            .map_err(|e: toml_edit::TomlError| err(e.message().to_string()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml_edit::DocumentMut::new(),
        Err(e) => return Err(err(e.to_string())),
    };
    let table = doc
        .entry(section)
        .or_insert_with(toml_edit::table)
        .as_table_like_mut()
        .ok_or_else(|| err(format!("[{section}] is not a table")))?;
    match table.get_mut(key) {
        // Replace the value but keep the comment and spacing around it.
        Some(toml_edit::Item::Value(old)) => {
            let decor = old.decor().clone();
            *old = toml_edit::Value::from(value);
            *old.decor_mut() = decor;
        }
        _ => {
            table.insert(key, toml_edit::value(value));
        }
    }
    crate::files::write_private(path, doc.to_string().as_bytes()).map_err(|e| err(e.to_string()))
}

/// An environment variable roster reads as text: `None` when unset, a usage error (2) naming it
/// when it is not UTF-8 (rather than taking it for unset and doing something else).
pub fn env_text(name: &str) -> Result<Option<String>> {
    use std::os::unix::ffi::OsStrExt;
    match std::env::var_os(name) {
        None => Ok(None),
        Some(v) => match v.into_string() {
            Ok(s) => Ok(Some(s)),
            Err(v) => Err(Error::usage(format!(
                "{name}: '{}' is not UTF-8 text",
                escape_bytes(v.as_bytes())
            ))),
        },
    }
}

/// The longest duration roster accepts anywhere (ten years): far beyond any sensible TTL, and
/// far enough from the calendar's end that adding it to "now" is checked rather than assumed.
pub const MAX_DURATION_DAYS: i64 = 3650;

/// "7d", "36h", "90m", "30s" -> a duration. Never panics: the number is checked against
/// `MAX_DURATION_DAYS` before any arithmetic.
pub fn parse_duration(s: &str) -> Result<time::Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let bad = || format!("'{}' is not a duration; e.g. 7d, 36h, 90m", escape(s));
    if num.is_empty() {
        return Err(bad());
    }
    let per_unit: i64 = match unit {
        "d" => 86_400,
        "h" => 3_600,
        "m" => 60,
        "s" | "" => 1,
        _ => return Err(bad()),
    };
    let too_long = || format!("'{}' is too long: at most {MAX_DURATION_DAYS}d", escape(s));
    let n: i64 = num.parse().map_err(|_| too_long())?;
    let secs = n.checked_mul(per_unit).ok_or_else(too_long)?;
    if secs > MAX_DURATION_DAYS * 86_400 {
        return Err(too_long());
    }
    if n == 0 {
        return Err("a duration must be more than zero".into());
    }
    Ok(time::Duration::seconds(secs))
}

#[cfg(test)]
mod fuzz {
    //! The config reader and the duration parser never panic (issue 13).
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn durations_never_panic(s in any::<String>()) {
            if let Ok(d) = super::parse_duration(&s) {
                prop_assert!(d > time::Duration::ZERO);
                prop_assert!(d <= time::Duration::days(super::MAX_DURATION_DAYS));
            }
        }

        #[test]
        fn number_unit_durations_never_panic(n in any::<u64>(), unit in "[dhms]?") {
            let _ = super::parse_duration(&format!("{n}{unit}"));
        }

        #[test]
        fn config_files_never_panic(
            ttl in "[0-9]{0,25}[dhmsx]?",
            timeout in "[0-9]{0,25}[dhmsx]?",
            junk in any::<String>(),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("config.toml");
            let text = format!("[invitations]\nttl = \"{ttl}\"\n[mail]\ntimeout = \"{timeout}\"\n");
            std::fs::write(&path, &text).unwrap();
            if let Ok(c) = super::Config::load(&path) {
                let _ = c.invitation_ttl();
            }
            std::fs::write(&path, &junk).unwrap();
            let _ = super::Config::load(&path);
        }
    }
}
