//! `roster config schema`: the JSON Schema of roster.toml, as committed in
//! `schemas/roster.schema.json` (a test keeps the copy fresh).

use serde_json::Value;

use crate::config_file::schema_json;
use crate::error::Result;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<Report> {
    // Null data: printed as is in every format, like completions (it is JSON already).
    Ok(Report::text(Value::Null, schema_json()))
}
