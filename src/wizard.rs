//! The only user of dialoguer: prompts that gather the answers a flag would have given. Every
//! answer then goes through the same `run` as the flags, so validation and permissions are one.

use dialoguer::Confirm;
use dialoguer::theme::ColorfulTheme;

use crate::error::{Error, Result};

/// Ask a yes/no question (default no). Esc or Ctrl-C cancels: exit 130, nothing written.
pub fn confirm(question: &str) -> Result<bool> {
    let answer = Confirm::with_theme(&ColorfulTheme::default())
        .with_prompt(question)
        .default(false)
        .interact_opt()
        .map_err(|e| match e {
            dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
                Error::cancelled()
            }
            other => Error::internal(format!("cannot prompt: {other}")),
        })?;
    answer.ok_or_else(Error::cancelled)
}
