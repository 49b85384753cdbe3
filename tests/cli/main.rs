//! The one integration test binary: real `roster` subprocesses on real databases, SQLite files
//! by default or PostgreSQL databases with `ROSTER_TEST_BACKEND=postgres` (see `support`).

mod batch;
mod bulk;
mod config;
mod config_plan;
mod db;
mod db_copy;
mod escalation;
mod fixtures;
mod foreign;
mod generated;
mod hardening;
mod input;
mod leases;
mod maintenance;
mod members;
mod newcomer;
mod output_json;
mod panics;
mod permissions;
mod posts;
mod readme;
mod replace;
mod scale;
mod secrets;
mod smtp;
mod smtp_server;
mod storage;
mod story;
mod streaming;
mod support;
mod tty;
mod twofa;
mod twofa_edges;
mod wizard;
mod workspace;
