//! The one integration test binary: real `roster` subprocesses on real SQLite files.

mod batch;
mod config;
mod escalation;
mod fixtures;
mod foreign;
mod generated;
mod hardening;
mod input;
mod leases;
mod maintenance;
mod members;
mod panics;
mod permissions;
mod posts;
mod replace;
mod secrets;
mod smtp;
mod smtp_server;
mod storage;
mod story;
mod support;
mod tty;
mod twofa;
mod twofa_edges;
mod wizard;
mod workspace;
