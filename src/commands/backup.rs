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
    let db = ctx.db.display();
    ctx.store()?.backup_to(&args.file)?;
    let again = if ctx.db.is_server() {
        format!(
            "a roster SQLite file; put it on a new, empty database with `roster db copy {} URL`",
            args.file.display()
        )
    } else {
        format!("put it back with `roster restore {}`", args.file.display())
    };
    Ok(
        Report::text(json!({"database": db, "backup": args.file}), "").with_status(format!(
            "Backed up {db} to {} (0600); {again}.",
            args.file.display(),
        )),
    )
}

pub fn restore(ctx: &mut Ctx, args: RestoreArgs) -> Result<Report> {
    // Check the file before asking: a refusal leaves everything as it was.
    let version = store::maintenance::check_restorable(&args.file)?;
    if ctx.db.is_server() {
        return Err(crate::error::Error::usage(format!(
            "restore replaces a SQLite file; {} is a server",
            ctx.db.display()
        ))
        .with_hint(format!(
            "copy the backup into a new, empty database: `roster db copy {} URL`",
            args.file.display()
        )));
    }
    let db = ctx.db.display();
    ctx.confirm(
        &format!("Replace everything in {} with {}?", db, args.file.display()),
        "restore (it replaces the whole database)",
    )?;
    ctx.store()?.restore_from(&args.file)?;
    Ok(Report::text(
        json!({"database": db, "restored_from": args.file, "schema_version_of_backup": version,
               "schema_version": store::SCHEMA_VERSION}),
        "",
    )
    .with_status(format!("Restored {} from {}.", db, args.file.display())))
}
