//! One folder per command group, one file per verb: each verb owns its clap `Args` and a
//! `run(ctx, args) -> Result<Report>`.

pub mod account;
pub mod audit;
pub mod can;
pub mod completions;
pub mod invite;
pub mod me;
pub mod member;
pub mod notifications;
pub mod outbox;
pub mod permissions;
pub mod twofa;
pub mod workspace;
