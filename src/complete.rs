//! Dynamic shell completion (bash, zsh, fish): workspace slugs after `-w`, account slugs after
//! an ACC argument, `--account` and `--assign`, member emails after `member show|update|remove`
//! and `--member`. The shell calls `COMPLETE=<shell> roster -- <words>`; the candidates come
//! from the database named by `ROSTER_DB` (else the default), read-only, never created.

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::store::Location;
use crate::store::candidates::{self, Narrow};

/// The variable the registration scripts set, as clap_complete's `CompleteEnv` reads it.
pub const VAR: &str = "COMPLETE";

fn from_db(list: fn(&Location, Narrow<'_>) -> Vec<String>) -> Vec<CompletionCandidate> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    let Some(path) = database(&env) else {
        return Vec::new();
    };
    let (actor, workspace) = (env("ROSTER_AS"), env("ROSTER_WORKSPACE"));
    let narrow = Narrow {
        actor: actor.as_deref(),
        workspace: workspace.as_deref(),
    };
    list(&path, narrow)
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

/// The database as a command would find it: `ROSTER_DB`, else `[database] url` in the config
/// file (`ROSTER_CONFIG`, else the default), else the default file. `None` on any doubt.
fn database(env: &dyn Fn(&str) -> Option<String>) -> Option<Location> {
    let config_path = env("ROSTER_CONFIG")
        .map(std::path::PathBuf::from)
        .or_else(|| crate::config::default_config_path().ok())?;
    let config = crate::config::Config::load(&config_path).ok();
    let db = env("ROSTER_DB").or_else(|| config.as_ref().and_then(|c| c.database.url.clone()));
    match db {
        Some(db) => {
            let password = config
                .as_ref()
                .and_then(|c| c.database_password_for(&db, &config_path).ok().flatten());
            Location::parse(&db, password.as_deref()).ok()
        }
        None => crate::config::default_db_path().ok().map(Location::File),
    }
}

pub fn workspaces() -> ArgValueCandidates {
    ArgValueCandidates::new(|| from_db(candidates::workspaces))
}

pub fn accounts() -> ArgValueCandidates {
    ArgValueCandidates::new(|| from_db(candidates::accounts))
}

pub fn members() -> ArgValueCandidates {
    ArgValueCandidates::new(|| from_db(candidates::members))
}

/// Answer a completion request (when `COMPLETE` is set) and exit; otherwise return at once.
pub fn answer_if_asked() {
    clap_complete::CompleteEnv::with_factory(<crate::cli::Cli as clap::CommandFactory>::command)
        .var(VAR)
        .complete();
}

/// The registration script for a shell whose completion is dynamic; `None` for the others
/// (elvish, powershell), whose scripts stay generated in full.
pub fn registration(shell: clap_complete::Shell) -> Option<Vec<u8>> {
    use clap_complete::env::{Bash, EnvCompleter, Fish, Zsh};
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &Bash,
        clap_complete::Shell::Zsh => &Zsh,
        clap_complete::Shell::Fish => &Fish,
        _ => return None,
    };
    let mut buf = Vec::new();
    completer
        .write_registration(VAR, "roster", "roster", "roster", &mut buf)
        .ok()?;
    Some(buf)
}
