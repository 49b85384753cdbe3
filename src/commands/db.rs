//! `roster db migrate` and `roster db copy SRC DEST`: setting up a PostgreSQL server's schema
//! (an explicit step there, since other people's roster binaries share it), and moving a whole
//! roster database between a SQLite file and a server, either way.

use std::path::PathBuf;

use serde_json::json;

use crate::context::Ctx;
use crate::error::Result;
use crate::output::Report;
use crate::store::{self, Location, Store};

#[derive(Debug, clap::Subcommand)]
pub enum DbCommand {
    /// Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)
    Migrate(MigrateArgs),
    /// Copy a whole roster database between a SQLite file and a PostgreSQL server
    Copy(CopyArgs),
}

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {}

#[derive(Debug, clap::Args)]
pub struct CopyArgs {
    /// Where to copy from: a roster SQLite file or a postgres:// URL
    #[arg(value_name = "SRC")]
    pub src: PathBuf,
    /// Where to copy to (must hold no rows): a new SQLite file or a postgres:// URL
    #[arg(value_name = "DEST")]
    pub dest: PathBuf,
}

pub fn run(ctx: &mut Ctx, cmd: DbCommand) -> Result<Report> {
    match cmd {
        DbCommand::Migrate(_) => migrate(ctx),
        DbCommand::Copy(a) => copy(ctx, a),
    }
}

fn migrate(ctx: &mut Ctx) -> Result<Report> {
    let at = ctx.db.clone();
    if let Location::File(path) = &at {
        // A file migrates when it is opened; this opens (and so upgrades) it, creating nothing.
        let version = Store::open_existing(&at)?.schema_version()?;
        return Ok(Report::text(
            json!({"database": at.display(), "from": version, "to": version, "role": null}),
            "",
        )
        .with_status(format!(
            "{} is at schema version {version} (a SQLite file is upgraded whenever roster opens it).",
            path.display()
        )));
    }
    let m = Store::migrate_server(&at)?;
    let what = if m.from == m.to {
        format!("already at schema version {}", m.to)
    } else if m.from == 0 {
        format!("set up at schema version {}", m.to)
    } else {
        format!("upgraded from schema version {} to {}", m.from, m.to)
    };
    Ok(Report::text(
        json!({"database": at.display(), "from": m.from, "to": m.to, "role": m.role}),
        "",
    )
    .with_status(format!(
        "{}: {what}. Everyday logins: `CREATE ROLE name LOGIN PASSWORD '…'` (as the admin), then `roster member login EMAIL name`, which grants them {}.",
        at.display(),
        m.role
    )))
}

fn copy(ctx: &mut Ctx, args: CopyArgs) -> Result<Report> {
    let parse = |p: &PathBuf| -> Result<Location> {
        Location::from_arg(p, |url| {
            ctx.config.database_password_for(url, &ctx.config_path)
        })
    };
    let (src, dest) = (parse(&args.src)?, parse(&args.dest)?);
    store::copy::refuse_same_place(&src, &dest)?;
    // A file destination is created here, new and 0600, as a backup is: an existing file (even
    // an empty one, whose mode would stay) is refused, and nothing there is followed.
    if let Location::File(p) = &dest {
        store::create_new_database_file(
            p,
            "the copy",
            "a copy goes into a new file or an empty database; choose a new file name, nothing was changed",
        )?;
    }
    let copied = store::copy::copy(&src, &dest).inspect_err(|_| {
        // A file this copy created goes again: a failed copy leaves nothing behind.
        if let Location::File(p) = &dest {
            for suffix in ["", "-wal", "-shm"] {
                let mut f = p.clone().into_os_string();
                f.push(suffix);
                let _ = std::fs::remove_file(f);
            }
        }
    })?;
    let tables: serde_json::Map<String, serde_json::Value> = copied
        .tables
        .iter()
        .map(|(t, n)| (t.clone(), json!(n)))
        .collect();
    Ok(Report::text(
        json!({"from": src.display(), "to": dest.display(), "rows": copied.rows, "tables": tables}),
        "",
    )
    .with_status(format!(
        "Copied {} rows from {} to {} ({} tables, counts verified).",
        copied.rows,
        src.display(),
        dest.display(),
        copied.tables.len()
    )))
}
