//! `roster post create --account ACC --text T [--at RFC3339] [--draft]`: on a terminal, what is
//! missing is asked for.

use super::{step, stepped};
use crate::context::Ctx;
use crate::domain::{Slug, Timestamp, parse_ts};
use crate::error::{Error, Result};
use crate::ops::{self, posts::CreateRequest};
use crate::output::Report;
use crate::wizard;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The account to post on
    #[arg(add = crate::complete::accounts(), long, value_name = "ACC")]
    pub account: Option<Slug>,
    /// The post's text
    #[arg(long)]
    pub text: Option<String>,
    /// When to publish it (RFC 3339, e.g. 2026-12-01T09:00:00Z)
    #[arg(long, value_name = "RFC3339", value_parser = parse_at)]
    pub at: Option<Timestamp>,
    /// Keep it a draft (submit it later with `post submit`)
    #[arg(long)]
    pub draft: bool,
}

fn parse_at(s: &str) -> std::result::Result<Timestamp, String> {
    parse_ts(s).map_err(|e| format!("not an RFC 3339 time ({e}), e.g. 2026-12-01T09:00:00Z"))
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<Report> {
    if (args.account.is_none() || args.text.is_none()) && ctx.interactive {
        let scope = ctx.scope()?;
        let accounts = ctx
            .store()?
            .read(|tx| ops::posts::create_choices(tx, &scope.reload(tx)?))?;
        let labels: Vec<(Slug, String)> = accounts
            .into_iter()
            .map(|a| {
                let label = format!("{} ({}, {})", a.slug, a.provider, a.name);
                (a.slug, label)
            })
            .collect();
        wizard::post_create(&labels, &mut args.account, &mut args.text, &mut args.draft)?;
    }
    let (Some(account), Some(text)) = (args.account, args.text) else {
        return Err(Error::usage("missing --account or --text").with_hint(
            "pass `roster post create --account ACC --text \"…\" [--at RFC3339] [--draft]` \
             (on a terminal, leave them out to be asked)",
        ));
    };
    let req = CreateRequest {
        account,
        text,
        at: args.at,
        draft: args.draft,
    };
    let s = step(ctx, |tx, scope, now| {
        ops::posts::create(tx, scope, &req, now)
    })?;
    let status = format!("Created post {} on {}.", s.post.id, s.post.account);
    stepped(ctx, s, status)
}
