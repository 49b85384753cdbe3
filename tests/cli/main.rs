//! The one integration test binary: real `roster` subprocesses on real SQLite files.

mod generated;
mod permissions;
mod storage;
mod support;
mod workspace;
