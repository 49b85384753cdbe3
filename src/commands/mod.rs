//! One folder per command group, one file per verb: each verb owns its clap `Args` and a
//! `run(ctx, args) -> Result<Report>`.

pub mod account;
pub mod audit;
pub mod backup;
pub mod can;
pub mod completions;
pub mod config;
pub mod db;
pub mod doctor;
pub mod invite;
pub mod me;
pub mod member;
pub mod notifications;
pub mod outbox;
pub mod permissions;
pub mod post;
pub mod twofa;
pub mod workspace;

/// The `--slug` given, else one derived from the display name (exit 6 when nothing is left of it).
pub fn slug_or_derived(
    given: Option<crate::domain::Slug>,
    name: &str,
) -> crate::error::Result<crate::domain::Slug> {
    match given {
        Some(s) => Ok(s),
        None => crate::domain::slugify(name).ok_or_else(|| {
            crate::error::Error::invalid(format!("cannot derive a slug from the name '{name}'"))
                .with_hint("pass one with --slug")
        }),
    }
}
