//! `Ctx`, built once per run: the database (opened on first use), the config file, the acting
//! user, the workspace, the output mode, the clock, and whether we may prompt.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{CommandFactory, Parser};

use crate::cli::{Cli, Global};
use crate::config::{self, Config};
use crate::domain::{Email, Slug, Timestamp, parse_ts, truncate};
use crate::error::{Error, ErrorKind, Result};
use crate::mail;
use crate::output::{Output, Report};
use crate::store::{self, Location, Store};

pub struct Ctx {
    pub global: Global,
    pub config: Config,
    pub config_path: PathBuf,
    /// The database: a file, or a server (`postgres://`).
    pub db: Location,
    pub out: Output,
    /// Now, fixed by `ROSTER_NOW` (RFC 3339) in tests.
    pub now: Timestamp,
    /// stdin is a terminal and `--no-input` was not given: the wizard may ask.
    pub interactive: bool,
    /// The second factor proven in this run, if 2FA was required or asked for.
    pub proof: Option<crate::auth::Proof>,
    /// This command may create the database file when it is missing (`workspace create`).
    pub may_create_db: bool,
    /// A missing database reads as an empty one (`config plan` before the first apply).
    pub missing_db_is_empty: bool,
    store: Option<Store>,
    /// On a server: who the authenticated login is (read when the database is opened).
    identity: Option<store::pg::Identity>,
}

pub use crate::ops::Scope;

/// Parse the command line. A value that does not parse as what it names (an email, a slug, an
/// assignment) is invalid input, exit 6; any other usage error (unknown flag, missing argument,
/// a word outside a fixed list) exits 2. With `--json` the error is the JSON document on
/// stderr. Help and version print and exit 0.
pub fn parse_args() -> std::result::Result<Cli, u8> {
    let e = match Cli::try_parse() {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    if e.exit_code() == 0 {
        let _ = e.print();
        return Err(0);
    }
    let kind = if e.kind() == clap::error::ErrorKind::ValueValidation {
        ErrorKind::Invalid
    } else {
        ErrorKind::Usage
    };
    // The arguments as the system gave them: one that is not UTF-8 is a usage error to report,
    // not a reason to panic.
    let raw: Vec<OsString> = std::env::args_os().collect();
    let args: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let wants_json = args.iter().any(|a| a == "--json" || a == "--format=json")
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json");
    let bytes_given = raw.iter().skip(1).any(|a| a.to_str().is_none());
    if e.kind() == clap::error::ErrorKind::InvalidUtf8 || (bytes_given && chokes_on_bytes(&e)) {
        let err = not_utf8(&raw);
        if wants_json {
            eprintln!("{}", crate::output::error_json(&err));
        } else {
            eprintln!("error: {}", err.message);
            if let Some(h) = &err.hint {
                eprintln!("hint: {h}");
            }
        }
        return Err(err.exit_code());
    }
    if wants_json {
        let detail = e.to_string();
        let first = detail
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ")
            .to_string();
        let err = Error::new(kind, first).with_hint("see `roster --help`");
        eprintln!("{}", crate::output::error_json(&err));
    } else {
        // clap echoes the bad value as given: escape what could hide in it (bidi overrides,
        // zero-width characters, terminal escapes) so the message shows what was typed.
        let text = e.to_string();
        let shown = crate::domain::escape_keep_lines(&text);
        if shown == text {
            let _ = e.print();
        } else {
            eprint!("{shown}");
        }
    }
    Err(kind.exit_code())
}

/// clap says only that "invalid UTF-8 was detected": name the argument (or the environment
/// variable behind a flag, `ROSTER_AS`) and show its bytes. A file path may be any bytes; text
/// (an email, a name, a slug) must be UTF-8.
fn not_utf8(args: &[OsString]) -> Error {
    use std::os::unix::ffi::OsStrExt;
    let mut cmd = Cli::command();
    cmd.build();
    let hint = "roster reads names, emails and other text as UTF-8; file paths may be any bytes";
    let bad: Vec<usize> = (1..args.len())
        .filter(|&i| args[i].to_str().is_none())
        .collect();
    // Each bad argument in turn, the others replaced by text: the one clap still refuses is it.
    let probe = |keep: Option<usize>| -> Vec<OsString> {
        args.iter()
            .enumerate()
            .map(|(i, a)| match bad.contains(&i) && Some(i) != keep {
                true => marked(a, i),
                false => a.clone(),
            })
            .collect()
    };
    let culprit = bad.iter().copied().find(|&i| {
        matches!(cmd.clone().try_get_matches_from(probe(Some(i))), Err(e) if chokes_on_bytes(&e))
    });
    if let Some(i) = culprit {
        let name = match cmd.clone().try_get_matches_from(probe(None)) {
            Ok(m) => named(&cmd, &m, &marked(&args[i], i)),
            Err(e) => match e.get(clap::error::ContextKind::InvalidArg) {
                Some(clap::error::ContextValue::String(s)) => Some(s.clone()),
                _ => None,
            },
        }
        .unwrap_or_else(|| format!("argument {i}"));
        // Of `--flag=VALUE`, the value.
        let bytes = args[i].as_bytes();
        let value = match bytes.iter().position(|&b| b == b'=') {
            Some(eq) if bytes.starts_with(b"--") && bytes[..eq].is_ascii() => &bytes[eq + 1..],
            _ => bytes,
        };
        return Error::usage(format!(
            "{name}: '{}' is not UTF-8 text",
            crate::domain::escape_bytes(value)
        ))
        .with_hint(hint);
    }
    let mut vars = Vec::new();
    let mut stack = vec![&cmd];
    while let Some(c) = stack.pop() {
        vars.extend(c.get_arguments().filter_map(|a| a.get_env()));
        stack.extend(c.get_subcommands());
    }
    for var in vars {
        if let Some(v) = std::env::var_os(var).filter(|v| v.to_str().is_none()) {
            return Error::usage(format!(
                "{}: '{}' is not UTF-8 text",
                var.to_string_lossy(),
                crate::domain::escape_bytes(v.as_bytes())
            ))
            .with_hint(hint);
        }
    }
    Error::usage("an argument is not UTF-8 text").with_hint(hint)
}

/// clap refused a value for not being UTF-8: said so (text), or shown lossily in a list's refusal
/// (`--role`).
fn chokes_on_bytes(e: &clap::Error) -> bool {
    use clap::error::{ContextKind, ContextValue, ErrorKind as Kind};
    match e.kind() {
        Kind::InvalidUtf8 => true,
        Kind::InvalidValue | Kind::ValueValidation => matches!(
            e.get(ContextKind::InvalidValue),
            Some(ContextValue::String(v)) if v.contains(char::REPLACEMENT_CHARACTER)
        ),
        _ => false,
    }
}

/// A text stand-in for argument `i`, keeping the flag of a `--flag=VALUE`.
fn marked(arg: &OsString, i: usize) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    let bytes = arg.as_bytes();
    let flag = match bytes.iter().position(|&b| b == b'=') {
        Some(eq) if bytes.starts_with(b"--") && bytes[..eq].is_ascii() => {
            std::str::from_utf8(&bytes[..=eq]).ok()
        }
        _ => None,
    };
    format!("{}\u{1}not-utf8-{i}\u{1}", flag.unwrap_or_default()).into()
}

/// The flag (`--as`) or value name (`<NAME>`) of the argument whose value is `mark`.
fn named(cmd: &clap::Command, m: &clap::ArgMatches, mark: &OsString) -> Option<String> {
    let value = mark.to_str()?;
    let value = value.rsplit_once('=').map_or(value, |(_, v)| v);
    for id in m.ids() {
        let Ok(Some(mut raw)) = m.try_get_raw(id.as_str()) else {
            continue;
        };
        if raw.any(|v| v == value) {
            let arg = cmd.get_arguments().find(|a| a.get_id() == id)?;
            return Some(match (arg.get_long(), arg.get_value_names()) {
                (Some(long), _) => format!("--{long}"),
                (None, Some([name, ..])) => format!("<{name}>"),
                (None, _) => format!("<{}>", id.as_str().to_uppercase()),
            });
        }
    }
    let (name, sub) = m.subcommand()?;
    named(cmd.find_subcommand(name)?, sub, mark)
}

impl Ctx {
    pub fn new(global: &Global, out: Output) -> Result<Ctx> {
        let config_path = match &global.config {
            Some(p) => p.clone(),
            None => config::default_config_path()?,
        };
        let config = Config::load(&config_path)?;
        // --db (ROSTER_DB), else [database] url, else the data folder's roster.db. A server's
        // password: the URL's, else PGPASSWORD, else [database] password (a 0600 file).
        let db = match (&global.db, &config.database.url) {
            (Some(p), _) => {
                Location::from_arg(p, |url| config.database_password_for(url, &config_path))?
            }
            (None, Some(url)) => {
                let password = config.database_password(&config_path)?;
                Location::parse(url, password.as_deref()).map_err(|e| Error {
                    message: format!("database.url in {}: {}", config_path.display(), e.message),
                    ..e
                })?
            }
            (None, None) => Location::File(config::default_db_path()?),
        };
        let now = match config::env_text("ROSTER_NOW")? {
            Some(s) if !s.is_empty() => {
                parse_ts(&s).map_err(|e| Error::usage(format!("ROSTER_NOW: {e}")))?
            }
            _ => time::OffsetDateTime::now_utc(),
        };
        Ok(Ctx {
            global: global.clone(),
            config,
            config_path,
            db,
            identity: None,
            out,
            now: truncate(now),
            interactive: !global.no_input && std::io::stdin().is_terminal(),
            proof: None,
            may_create_db: false,
            missing_db_is_empty: false,
            store: None,
        })
    }

    /// The database, opened (and migrated) on first use. Only a command that starts a database
    /// (`may_create_db`) creates a missing file; every other one says none is there.
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let talk = std::io::stderr().is_terminal() && !self.out.quiet;
            crate::store::set_busy_wait(self.config.busy_timeout()?, talk);
            let missing = self.db.file().is_some_and(|p| !p.exists());
            let store = if self.may_create_db {
                let store = Store::open(&self.db)?;
                // Say where a new file is, once: `db copy`, `backup` and the config need it.
                if let Some(path) = self.db.file().filter(|_| missing) {
                    self.out.status(&format!(
                        "Created the database {} (roster doctor shows it again).",
                        std::path::absolute(path)
                            .unwrap_or_else(|_| path.to_path_buf())
                            .display()
                    ));
                }
                store
            } else if self.missing_db_is_empty && missing {
                Store::empty()?
            } else {
                Store::open_existing(&self.db)?
            };
            self.identity = store.identity()?;
            self.store = Some(store);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }

    /// About to write what was only read so far (`config apply` after its plan): a database
    /// that did not exist, read as an empty one, is created now, not before.
    pub fn create_db_for_write(&mut self) {
        if self.db.file().is_some_and(|p| !p.exists()) {
            self.store = None;
            self.may_create_db = true;
        }
    }

    /// The acting user. On a file: `--as`, `ROSTER_AS`, else `identity.email` in the config
    /// file (the file's permissions are the boundary). On a server: the roster user bound to
    /// the login the server authenticated; a claim naming anyone else is refused (3). Only the
    /// database's admin login (which can change any row with plain SQL anyway) may claim.
    pub fn actor(&self) -> Result<Email> {
        let claimed = self.claimed_actor()?;
        if !self.db.is_server() {
            return claimed.ok_or_else(|| self.no_actor());
        }
        let Some(id) = &self.identity else {
            return Err(Error::internal(
                "the acting user on a server is read when the database is opened",
            ));
        };
        let bound = id
            .bound
            .as_deref()
            .map(|b| {
                b.parse::<Email>().map_err(|m| {
                    Error::storage(format!("the login binding of '{}': {m}", id.login))
                })
            })
            .transpose()?;
        match (bound, claimed) {
            (_, Some(claim)) if id.admin => Ok(claim),
            (Some(bound), None) => Ok(bound),
            (Some(bound), Some(claim)) if claim == bound => Ok(bound),
            (Some(bound), Some(claim)) => Err(Error::denied(format!(
                "acting as {claim} is refused: the database login '{}' is {bound}, and on a server you act as the user your login is bound to",
                id.login
            ))
            .with_hint("drop --as (ROSTER_AS, identity.email), or connect with that user's own login")),
            (None, _) if id.admin => Err(self.no_actor()),
            (None, _) => Err(Error::denied(format!(
                "the database login '{}' is not bound to a roster user",
                id.login
            ))
            .with_hint(format!(
                "ask an owner of your workspace to bind it: `roster member login YOUR_EMAIL {}`",
                id.login
            ))),
        }
    }

    /// Who the server says this connection is, once the database is open (`None` on a file).
    pub fn server_identity(&self) -> Option<&store::pg::Identity> {
        self.identity.as_ref()
    }

    /// `--as`, `ROSTER_AS`, else `identity.email`: who the command says it acts for.
    fn claimed_actor(&self) -> Result<Option<Email>> {
        if let Some(e) = &self.global.actor {
            return Ok(Some(e.clone()));
        }
        if let Some(e) = &self.config.identity.email {
            return e.parse().map(Some).map_err(|m: String| {
                Error::invalid(format!(
                    "identity.email in {}: {m}",
                    self.config_path.display()
                ))
            });
        }
        Ok(None)
    }

    fn no_actor(&self) -> Error {
        Error::usage("no acting user: roster needs to know who you are").with_hint(format!(
            "pass --as EMAIL, set ROSTER_AS, or set identity.email in {}",
            self.config_path.display()
        ))
    }

    /// The workspace to act in: `-w`, else `workspace.default`, else the actor's only one.
    /// A workspace the actor does not belong to is reported as not found, like one that does
    /// not exist, so that slugs of other teams are not revealed.
    pub fn scope(&mut self) -> Result<Scope> {
        let actor = self.actor()?;
        // A default chosen on another database does not apply here (`workspace use` records
        // the database it was chosen on); the actor's only workspace here is used, saying so.
        let elsewhere = self
            .config
            .workspace
            .database
            .as_ref()
            .is_some_and(|db| *db != self.db.identity());
        let default = self
            .config
            .workspace
            .default
            .as_ref()
            .filter(|_| !elsewhere);
        let (slug, from) = match (&self.global.workspace, default) {
            (Some(s), _) => (Some(s.clone()), "-w"),
            (None, Some(d)) => {
                let s: Slug = d.parse().map_err(|m: String| {
                    Error::invalid(format!(
                        "workspace.default in {}: {m}",
                        self.config_path.display()
                    ))
                })?;
                (Some(s), "workspace.default")
            }
            (None, None) => (None, ""),
        };
        let other_default = self
            .config
            .workspace
            .default
            .as_ref()
            .filter(|_| elsewhere)
            .map(|d| {
                format!(
                    "the default workspace ({}) was chosen on {}, not on this database",
                    crate::domain::escape(d),
                    crate::domain::escape(self.config.workspace.database.as_deref().unwrap_or("-"))
                )
            });
        let out = self.out;
        let store = self.store()?;
        let slug = match slug {
            Some(s) => s,
            None => {
                let mine = store::workspaces::list_for_user(&store.reader(), &actor)?;
                match mine.as_slice() {
                    [one] => {
                        if let Some(why) = &other_default {
                            out.status(&format!(
                                "Acting in {}, your only workspace here: {why}.",
                                one.slug
                            ));
                        }
                        one.slug.clone()
                    }
                    [] => {
                        return Err(Error::not_found(format!("{actor} belongs to no workspace"))
                            .with_hint("create one with `roster workspace create NAME`"));
                    }
                    many => {
                        let choices: Vec<String> =
                            many.iter().map(|w| w.slug.to_string()).collect();
                        return Err(Error::usage(format!(
                            "which workspace? {actor} belongs to {}: {}",
                            many.len(),
                            choices.join(", ")
                        ))
                        .with_hint(format!(
                            "pass -w SLUG (e.g. -w {}) or set a default with `roster workspace use SLUG`{}",
                            choices[0],
                            other_default.map(|w| format!(" ({w})")).unwrap_or_default()
                        )));
                    }
                }
            }
        };
        let not_found = || {
            let e = Error::not_found(format!("workspace '{slug}' not found"));
            if from == "workspace.default" {
                e.with_hint(
                    "the default workspace is gone or not yours: `roster workspace use SLUG`",
                )
            } else {
                e.with_hint("list yours with `roster workspace list`")
            }
        };
        let workspace = store::workspaces::find(&store.reader(), &slug)?.ok_or_else(not_found)?;
        let membership = store::memberships::find(&store.reader(), workspace.id, &actor)?;
        let Some(m) = &membership else {
            return Err(not_found());
        };
        // Where 2FA is required, every command acting in the workspace needs a code or a live
        // session (`me`, `invite accept` and `2fa` do not act in one).
        let m = m.clone();
        crate::auth::enforce(self, &workspace, &m)?;
        Ok(Scope {
            actor,
            workspace,
            membership,
        })
    }

    /// The mail settings of this run: transport, sender, retry policy.
    pub fn mailer(&self) -> Result<mail::Mailer> {
        mail::Mailer::configured(&self.config, &self.config_path, &self.db)
    }

    /// Deliver the messages a committed change queued. The report stays the command's; a failed
    /// delivery (or mail settings that cannot be used) adds the error and makes the exit code 10:
    /// the change itself is saved and the messages stay queued.
    pub fn deliver(&mut self, report: Report, ids: &[i64]) -> Result<Report> {
        self.deliver_then(ids, |_| report)
    }

    /// Deliver, then build the report knowing the invitation tokens the sender minted into
    /// the messages that went out (message id, token): the command shows them once.
    pub fn deliver_then(
        &mut self,
        ids: &[i64],
        build: impl FnOnce(&[(i64, String)]) -> Report,
    ) -> Result<Report> {
        if ids.is_empty() {
            return Ok(build(&[]));
        }
        let now = self.now;
        let outcome = match self.mailer() {
            Ok(mailer) => {
                match mail::deliver(self.store()?, &mailer, mail::Select::Ids(ids), now) {
                    Ok(outcome) => outcome,
                    // The change is committed: whatever went wrong while mailing (say, a busy
                    // database while recording a delivery) must not hide the report.
                    Err(e) => {
                        let e = Error::new(ErrorKind::Mail, format!("the change was saved, but mailing failed: {}", e.message))
                        .with_hint("see `roster outbox list`; `roster outbox send` delivers what is still queued");
                        return Ok(build(&[]).failed(e));
                    }
                }
            }
            Err(e) => {
                let hint = format!(
                    "{}; then run `roster outbox send`",
                    e.hint.as_deref().unwrap_or("fix the [mail] settings")
                );
                let e = Error::new(
                    ErrorKind::Mail,
                    format!(
                        "the change was saved, but its email was not sent: {}",
                        e.message
                    ),
                )
                .with_hint(hint);
                return Ok(build(&[]).failed(e));
            }
        };
        let mut report = build(&outcome.tokens);
        if let Some(e) = outcome.error() {
            report = report.failed(e);
        } else if !outcome.queued.is_empty() {
            report.status.push(format!(
                "{} email(s) queued (mail transport none); deliver with `roster outbox send`.",
                outcome.queued.len()
            ));
        } else if outcome.held_back > 0 {
            report.status.push(format!(
                "{} email(s) queued: mail.max_per_minute was reached; deliver with `roster outbox send` in a minute.",
                outcome.held_back
            ));
        }
        Ok(report)
    }

    /// Confirm a destructive step: `--yes`, else a prompt on a terminal, else exit 2.
    pub fn confirm(&self, question: &str, flag_hint: &str) -> Result<()> {
        if self.global.yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::usage(format!(
                "{flag_hint} needs confirmation and there is no terminal to ask"
            ))
            .with_hint("pass --yes to confirm"));
        }
        if crate::wizard::confirm(question)? {
            Ok(())
        } else {
            Err(Error::cancelled())
        }
    }
}
