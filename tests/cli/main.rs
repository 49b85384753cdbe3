//! The one integration test binary: real `roster` subprocesses on real SQLite files.

mod batch;
mod config;
mod fixtures;
mod generated;
mod hardening;
mod members;
mod newcomer;
mod permissions;
mod posts;
mod replace;
mod scale;
mod smtp;
mod smtp_server;
mod storage;
mod story;
mod support;
mod tty;
mod twofa;
mod wizard;
mod workspace;
