//! `roster post show ID`: one post with its history.

use serde_json::json;

use super::fields;
use crate::context::Ctx;
use crate::domain::{PostEvent, format_ts};
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
    let history = history_lines(&events).join("\n");
    f.push(("history", history));
    let mut data = json!(post);
    data["history"] = json!(events);
    Ok(Report::object(&data, f))
}

/// The history as people read it: each step by whom, with its stage and note. Scheduling is
/// what a step led to, not something its actor did: it joins that step's line ("approved by
/// X (client stage); scheduled") instead of a line saying "X scheduled".
fn history_lines(events: &[PostEvent]) -> Vec<String> {
    let mut lines: Vec<(String, Option<String>)> = Vec::new();
    let mut prev: Option<&PostEvent> = None;
    for e in events {
        let follows = prev.is_some_and(|p| p.actor == e.actor && p.at == e.at);
        if e.event == "scheduled" && follows {
            if let Some((line, _)) = lines.last_mut() {
                line.push_str("; scheduled");
            }
        } else if e.event == "scheduled" {
            lines.push((format!("{} scheduled", format_ts(e.at)), None));
        } else {
            let mut line = format!("{} {} by {}", format_ts(e.at), e.event, e.actor);
            if let Some(s) = e.stage {
                line.push_str(&format!(" ({s} stage)"));
            }
            lines.push((line, e.note.clone()));
        }
        prev = Some(e);
    }
    lines
        .into_iter()
        .map(|(line, note)| match note {
            Some(n) => format!("{line} — note: {n}"),
            None => line,
        })
        .collect()
}
