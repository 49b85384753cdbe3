//! The one integration test binary: real `roster` subprocesses on real SQLite files.

mod batch;
mod config;
mod config_plan;
mod fixtures;
mod generated;
mod hardening;
mod members;
mod output_json;
mod permissions;
mod posts;
mod readme;
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
