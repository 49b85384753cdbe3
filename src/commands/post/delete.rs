//! `roster post delete ID`: the post and its history go (confirmed on a terminal, `--yes`
//! otherwise).

use serde_json::json;

use super::show::Args;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::Report;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Report> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    // Ask only once the deletion is known to be allowed: a rehearsal of the same change.
    let post = ctx
        .store()?
        .rehearse(|tx| ops::posts::delete(tx, &scope.reload(tx)?, args.id, now))?;
    ctx.confirm(
        &format!(
            "Delete post {} on {} by {}?",
            post.id, post.account, post.author
        ),
        &format!("deleting post {}", post.id),
    )?;
    let post = ctx
        .store()?
        .write(|tx| ops::posts::delete(tx, &scope.reload(tx)?, args.id, now))?;
    Ok(Report::text(
        json!({"deleted": post.id, "workspace": scope.workspace.slug}),
        "",
    )
    .with_status(format!("Deleted post {} on {}.", post.id, post.account)))
}
