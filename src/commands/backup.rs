//! `roster backup FILE` and `roster restore FILE`: a consistent copy of the whole database
//! through SQLite's online backup API, and putting one back.

use std::path::PathBuf;

use serde_json::json;

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new file to write (0600); an existing file is never overwritten
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A file written by `roster backup`
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn backup(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let db = ctx.db_path.clone();
    ctx.store()?.backup_to(&args.file)?;
    Ok(
        Report::text(json!({"database": db, "backup": args.file}), "").with_status(format!(
            "Backed up {} to {} (0600); put it back with `roster restore {}`.",
            db.display(),
            args.file.display(),
            args.file.display()
        )),
    )
}

pub fn restore(ctx: &mut Ctx, args: RestoreArgs) -> Result<Report> {
    // Check the file before asking: a refusal leaves everything as it was.
    let version = store::maintenance::check_restorable(&args.file)?;
    let db = ctx.db_path.clone();
    ctx.confirm(
        &format!(
            "Replace everything in {} with {}?",
            db.display(),
            args.file.display()
        ),
        "restore (it replaces the whole database)",
    )?;
    ctx.store()?.restore_from(&args.file)?;
    Ok(Report::text(
        json!({"database": db, "restored_from": args.file, "schema_version_of_backup": version,
               "schema_version": store::SCHEMA_VERSION}),
        "",
    )
    .with_status(format!(
        "Restored {} from {}.",
        db.display(),
        args.file.display()
    )))
}
