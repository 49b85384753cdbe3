//! The user's config file (`config.toml` in the `directories` config dir, or `--config`):
//! identity, default workspace, mail transport and invitation TTL.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::Deserialize;

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
    /// Read the config file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::invalid(format!(
                    "cannot read the config file {}: {e}",
                    path.display()
                )));
            }
        };
        let config: Config = toml::from_str(&text).map_err(|e| {
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
            parse_duration(t)
                .map_err(|e| Error::invalid(format!("{}: mail.timeout: {e}", path.display())))?;
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
        let (raw, from) = match std::env::var("ROSTER_BUSY_TIMEOUT") {
            Ok(v) if !v.trim().is_empty() => (Some(v), "ROSTER_BUSY_TIMEOUT"),
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
    let mut doc: toml_edit::DocumentMut = match fs::read_to_string(path) {
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
    write_private(path, doc.to_string().as_bytes()).map_err(|e| err(e.to_string()))
}

/// Write a file readable by its owner alone, through a temporary file and a rename; folders
/// it needs are created for their owner alone too.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)?;
    }
    let tmp = path.with_extension("tmp");
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    f.set_permissions(fs::Permissions::from_mode(0o600))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    fs::rename(&tmp, path)
}

/// "7d", "36h", "90m", "30s" -> a duration.
pub fn parse_duration(s: &str) -> Result<time::Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a duration; e.g. 7d, 36h, 90m"))?;
    // Checked: `Duration::days` panics past i64 seconds.
    let secs = match unit {
        "d" => n.checked_mul(86_400),
        "h" => n.checked_mul(3_600),
        "m" => n.checked_mul(60),
        "s" | "" => Some(n),
        _ => return Err(format!("'{s}' is not a duration; e.g. 7d, 36h, 90m")),
    }
    .ok_or_else(|| format!("'{s}' is too long a duration"))?;
    let d = time::Duration::seconds(secs);
    if n == 0 {
        return Err("a duration must be more than zero".into());
    }
    Ok(d)
}
