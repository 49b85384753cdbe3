//! `roster completions SHELL` and `roster man [COMMAND...] [--out DIR]`: generated from the
//! clap definition, and the copies committed under `completions/` are checked against them by a test.

use clap::CommandFactory;
use clap_complete::Shell;
use serde_json::Value;

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `member invite` [default: roster itself]
    #[arg(value_name = "COMMAND", conflicts_with = "out")]
    pub command: Vec<String>,
    /// Write every page into this folder instead (roster.1, roster-member-invite.1, ...)
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

/// The environment every page names (roff).
const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBROSTER_DB\fR
The database, as \fB\-\-db\fR: a file (default: the data directory's roster.db) or a postgres:// URL.
.TP
\fBROSTER_CONFIG\fR
The config file, as \fB\-\-config\fR (default: the config directory's config.toml).
.TP
\fBROSTER_AS\fR
The acting user, as \fB\-\-as\fR (else identity.email in the config file).
.TP
\fBROSTER_WORKSPACE\fR
The workspace, as \fB\-w\fR, \fB\-\-workspace\fR (else workspace.default, else your only workspace).
.TP
\fBROSTER_OTP\fR
A TOTP code where two\-factor authentication is required, as \fB\-\-otp\fR; empty means none.
.TP
\fBROSTER_NOW\fR
Fix the clock (RFC 3339), for tests.
.TP
\fBROSTER_MAIL_URL\fR
Where mail goes (smtp://, smtp+starttls://, smtps://, file:///FOLDER, none:); overrides [mail] url.
.TP
\fBROSTER_SMTP_PASSWORD\fR
The SMTP password; replaces the one in the mail URL, which is never stored.
.TP
\fBROSTER_BUSY_TIMEOUT\fR
How long to wait for another roster process that is writing (e.g. 30s, 2m); overrides [database] busy_timeout.
.TP
\fBNO_COLOR\fR
No colour, as \fB\-\-no\-color\fR.
"#;

/// SPEC §3's exit codes (roff).
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success, also an idempotent no\-op.
.TP
\fB1\fR
An unexpected internal error (a bug).
.TP
\fB2\fR
Usage: bad flags, missing input without a terminal, ambiguous workspace.
.TP
\fB3\fR
Permission denied.
.TP
\fB4\fR
Not found.
.TP
\fB5\fR
Conflict: already exists, wrong state, stale plan, last owner.
.TP
\fB6\fR
Invalid input or config.
.TP
\fB7\fR
Authentication: 2FA required, bad or reused code, locked out.
.TP
\fB8\fR
A batch partly failed.
.TP
\fB9\fR
Storage: unreadable or corrupt database, schema newer than this binary, database busy.
.TP
\fB10\fR
Email delivery failed; the change was saved and the message is queued.
.TP
\fB11\fR
\fBconfig plan \-\-exit\-code\fR: changes pending.
"#;

pub fn run(args: Args) -> Result<Report> {
    // bash, zsh and fish ask roster itself (slugs and emails come from the database); the
    // other shells get the whole static script.
    if let Some(script) = crate::complete::registration(args.shell) {
        return text(script);
    }
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "roster", &mut buf);
    text(buf)
}

pub fn man(args: ManArgs) -> Result<Report> {
    let mut root = Cli::command().disable_help_subcommand(true);
    // Built once, so that every subcommand knows its full name (roster-member-invite) and
    // carries the global options.
    root.build();
    if let Some(dir) = &args.out {
        let mut written = 0;
        write_all(&root, dir, &mut written).map_err(|e| {
            Error::new(
                crate::error::ErrorKind::Invalid,
                format!("cannot write man pages into {}: {e}", dir.display()),
            )
        })?;
        return Ok(
            Report::text(serde_json::json!({"dir": dir, "pages": written}), "")
                .with_status(format!("Wrote {written} man pages to {}.", dir.display())),
        );
    }
    let mut cmd = &root;
    for (i, word) in args.command.iter().enumerate() {
        cmd = cmd
            .get_subcommands()
            .find(|c| c.get_name() == word && !c.is_hide_set())
            .ok_or_else(|| {
                let parent = ["roster"]
                    .into_iter()
                    .chain(args.command[..i].iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" ");
                let choices: Vec<&str> = cmd
                    .get_subcommands()
                    .filter(|c| !c.is_hide_set())
                    .map(|c| c.get_name())
                    .collect();
                Error::usage(format!(
                    "no command `roster {}`",
                    args.command[..=i].join(" ")
                ))
                .with_hint(if choices.is_empty() {
                    format!("`{parent}` has no subcommands")
                } else {
                    format!("after `{parent}`: {}", choices.join(", "))
                })
            })?;
    }
    text(page(cmd).map_err(|e| Error::internal(format!("cannot render the man page: {e}")))?)
}

/// One page: clap_mangen's sections, then ENVIRONMENT and EXIT STATUS.
fn page(cmd: &clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("roster {}", env!("CARGO_PKG_VERSION")))
        .manual("roster manual");
    let mut w = Vec::new();
    man.render_title(&mut w)?;
    man.render_name_section(&mut w)?;
    man.render_synopsis_section(&mut w)?;
    man.render_description_section(&mut w)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut w)?;
    }
    if cmd.get_subcommands().any(|c| !c.is_hide_set()) {
        man.render_subcommands_section(&mut w)?;
    }
    w.extend_from_slice(ENVIRONMENT.as_bytes());
    w.extend_from_slice(EXIT_STATUS.as_bytes());
    man.render_version_section(&mut w)?;
    Ok(w)
}

/// Every page, the command's own and its subcommands', as NAME.1 in `dir`.
fn write_all(
    cmd: &clap::Command,
    dir: &std::path::Path,
    written: &mut usize,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let name = clap_mangen::Man::new(cmd.clone()).get_filename();
    let path = dir.join(name);
    // Written new and renamed into place, never through a link (files::write_private).
    crate::files::write_private(&path, &page(cmd)?)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    *written += 1;
    for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
        write_all(sub, dir, written)?;
    }
    Ok(())
}

fn text(buf: Vec<u8>) -> Result<Report> {
    let s = String::from_utf8(buf).map_err(|e| Error::internal(e.to_string()))?;
    Ok(Report::text(Value::Null, s))
}
