//! roster: administer the workspaces of social-media publishing teams from a terminal, a
//! script or CI. The binary is a thin `main.rs`; everything lives here so tests can reach it.

pub mod auth;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod config;
pub mod config_file;
pub mod context;
pub mod domain;
pub mod error;
pub mod files;
pub mod mail;
pub mod ops;
pub mod output;
pub mod panic;
pub mod permissions;
pub mod store;
pub mod totp;
pub mod wizard;
