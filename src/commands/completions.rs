//! `roster completions SHELL` and `roster man`: generated from the clap definition, and the
//! copies committed under `completions/` are checked against them by a test.

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
pub struct ManArgs {}

pub fn run(args: Args) -> Result<Report> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "roster", &mut buf);
    text(buf)
}

pub fn man(_args: ManArgs) -> Result<Report> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buf)
        .map_err(|e| Error::internal(format!("cannot render the man page: {e}")))?;
    text(buf)
}

fn text(buf: Vec<u8>) -> Result<Report> {
    let s = String::from_utf8(buf).map_err(|e| Error::internal(e.to_string()))?;
    Ok(Report::text(Value::Null, s))
}
