//! `roster me`: who the acting user is, their workspaces and roles.

use serde_json::json;

use crate::context::Ctx;
use crate::domain::WorkspaceMembership;
use crate::error::Result;
use crate::output::{Report, Tabular, View, to_value};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Report> {
    let actor = ctx.actor()?;
    let workspaces = store::workspaces::list_for_user(ctx.store()?.conn(), &actor)?;
    let data = json!({ "email": actor, "workspaces": to_value(&workspaces) });
    let mut text = format!("You are {actor}.\n");
    if workspaces.is_empty() {
        text.push_str("You belong to no workspace yet.\n");
        return Ok(Report::text(data, text));
    }
    let listing = Report::list(&workspaces);
    let rows = match listing.view {
        View::Table { rows, .. } => rows,
        _ => Vec::new(),
    };
    let headers = WorkspaceMembership::headers()
        .iter()
        .map(|h| h.to_string())
        .collect();
    Ok(Report {
        data: data.into(),
        view: View::Table { headers, rows },
        status: vec![text.trim_end().to_string()],
        exit: 0,
    })
}
