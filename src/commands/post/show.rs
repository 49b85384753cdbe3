//! `roster post show ID`: one post with its history.

use serde_json::json;

use super::fields;
use crate::context::Ctx;
use crate::domain::format_ts;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The post's number
    pub id: i64,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let (post, events) = ctx
        .store()?
        .read(|tx| ops::posts::show(tx, &scope.reload(tx)?, args.id))?;
    let mut f = fields(&post);
    let history = events
        .iter()
        .map(|e| {
            let mut line = format!("{} {} {}", format_ts(e.at), e.actor, e.event);
            if let Some(s) = e.stage {
                line.push_str(&format!(" ({s} stage)"));
            }
            if let Some(n) = &e.note {
                line.push_str(&format!(": {n}"));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n");
    f.push(("history", history));
    let mut data = json!(post);
    data["history"] = json!(events);
    Ok(Report::object(&data, f))
}
