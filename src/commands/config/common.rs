//! What `config plan` and `config apply` share: entering the file's workspace as the acting
//! user (2FA included), the rehearsal, and saved plans.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::config_file::expect::{self, Checked};
use crate::config_file::{self, ConfigFile, plan};
use crate::context::Ctx;
use crate::domain::Email;
use crate::error::{Error, Result};
use crate::ops::access::{Seen, World};
use crate::store;

/// The `kind` of a saved plan file: how `apply` tells it from a roster.toml.
const SAVED_KIND: &str = "roster-plan";

/// A plan saved by `config plan --out`: the file it was made from, verbatim, the revision of
/// the database it was computed against, and the digest of the changes it showed
/// (`Plan::digest`), which binds the saved config to them: apply recomputes the plan from the
/// config and requires the same digest. `plan` is the `--json` document, for people and tools.
#[derive(Debug, Serialize, Deserialize)]
pub struct Saved {
    pub kind: String,
    pub format_version: String,
    pub workspace: String,
    pub actor: String,
    pub revision: String,
    /// Absent from a plan saved before digests: such a plan matches nothing, and is refused.
    #[serde(default)]
    pub digest: String,
    pub config_path: String,
    pub config: String,
    pub plan: serde_json::Value,
}

/// The settings of a run of the steps for this context.
pub fn settings(ctx: &Ctx, send_email: bool) -> Result<plan::RunSettings> {
    Ok(plan::RunSettings {
        actor: ctx.actor()?,
        now: ctx.now,
        ttl: ctx.config.invitation_ttl(),
        send_email,
    })
}

/// Act in the file's workspace: when it exists, the actor must belong to it (else not found)
/// and pass its 2FA requirement, as every command acting there does.
pub fn enter(ctx: &mut Ctx, file: &ConfigFile) -> Result<()> {
    let slug = file.workspace.slug.clone();
    let exists = store::workspaces::find(&ctx.store()?.reader(), &slug)?.is_some();
    if exists {
        ctx.global.workspace = Some(slug);
        ctx.scope()?;
    }
    Ok(())
}

/// A workspace state as `decide()` judges it, and what the actor may see of it.
pub struct Judged {
    pub world: Option<World>,
    pub seen: Seen,
}

impl Judged {
    pub fn of(tx: &store::Tx<'_>, file: &ConfigFile, run: &plan::RunSettings) -> Result<Judged> {
        let world = World::load(tx, &file.workspace.slug, run.now)?;
        let seen = Seen::of(tx, &run.actor, world.as_ref())?;
        Ok(Judged { world, seen })
    }
}

/// A rehearsed plan with the state it leads to (`after`, where the expectations are checked)
/// and, when asked for (`before`: for the permission diff), the state it starts from.
pub struct Rehearsed {
    pub plan: plan::Plan,
    pub before: Option<Judged>,
    pub after: Judged,
}

/// The plan of `file`, rehearsed. With a saved revision, a database that moved on since is a
/// conflict (exit 5).
pub fn rehearse(
    ctx: &mut Ctx,
    file: &ConfigFile,
    saved_revision: Option<&str>,
    send_email: bool,
    with_before: bool,
) -> Result<Rehearsed> {
    let run = settings(ctx, send_email)?;
    enter(ctx, file)?;
    ctx.store()?.rehearse(|tx| {
        if let Some(rev) = saved_revision {
            check_revision(tx, file, rev)?;
        }
        let before = match with_before {
            true => Some(Judged::of(tx, file, &run)?),
            false => None,
        };
        let plan = plan::plan(tx, file, &run)?;
        let after = Judged::of(tx, file, &run)?;
        Ok(Rehearsed {
            plan,
            before,
            after,
        })
    })
}

/// The expectations of `file` (named `name`, text `text`) on a judged state. Reading what
/// others may do is for those who may (`audit.view`: owners and admins), and about accounts
/// they may see; a file without expectations asks nothing.
pub fn expectations(
    judged: &Judged,
    file: &ConfigFile,
    name: &str,
    text: &str,
) -> Result<Option<Checked>> {
    if file.expect.is_empty() && file.expect_who.is_empty() {
        return Ok(None);
    }
    if judged.world.is_some() {
        if !judged.seen.audit {
            return Err(Error::new(
                crate::error::ErrorKind::Denied,
                format!(
                    "{name} has permission expectations, and checking what other members may do is for owners and admins (audit.view) in {}",
                    file.workspace.slug
                ),
            )
            .with_hint("ask an owner or admin to run it, or move the expectations to a file they check"));
        }
        let named = file
            .expect
            .iter()
            .flat_map(|e| e.accounts.iter())
            .chain(file.expect_who.iter().filter_map(|e| e.account.as_ref()));
        for a in named {
            let exists = judged
                .world
                .as_ref()
                .is_some_and(|w| w.account(a).is_some());
            if exists && !judged.seen.accounts.contains(a) {
                return Err(Error::not_found(format!(
                    "account '{a}' not found in {}",
                    file.workspace.slug
                )));
            }
        }
    }
    Ok(Some(expect::check(judged.world.as_ref(), file, name, text)))
}

/// The error of a run whose expectations failed (exit 12).
pub fn expectations_failed(c: &Checked) -> Error {
    Error::new(
        crate::error::ErrorKind::ExpectationsFailed,
        format!(
            "{} permission expectation(s) failed: {}",
            c.failed, c.report.file
        ),
    )
}

pub fn check_revision(tx: &store::Tx<'_>, file: &ConfigFile, rev: &str) -> Result<()> {
    if store::workspaces::revision(tx, &file.workspace.slug)? != rev {
        return Err(Error::conflict(format!(
            "the plan is stale: workspace '{}' changed since it was computed",
            file.workspace.slug
        ))
        .with_hint("make a new plan with `roster config plan FILE --out PLAN` and review it"));
    }
    Ok(())
}

/// A saved plan is made only as it was shown: the plan `apply` computed now from the saved
/// config must have the digest of the one `config plan` showed (an edit of the config, of the
/// digest, or of the actor or revision it was made for changes one side). Conflict (5).
pub fn check_digest(saved: &Saved, path: &Path, actor: &Email, p: &plan::Plan) -> Result<()> {
    if p.digest(actor) == saved.digest {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "{} does not apply as it was planned: the changes its config makes now are not the ones \
         `config plan` showed (the file was edited since it was saved, or an invitation it \
         counted on has expired)",
        path.display()
    ))
    .with_hint("make a new plan with `roster config plan FILE --out PLAN` and review it"))
}

/// Write a plan for `apply` (0600: it holds the whole config).
pub fn save(ctx: &Ctx, p: &plan::Plan, config: &Path, text: &str, out: &Path) -> Result<()> {
    let actor = ctx.actor()?;
    let saved = Saved {
        kind: SAVED_KIND.into(),
        format_version: plan::FORMAT_VERSION.into(),
        workspace: p.workspace.to_string(),
        digest: p.digest(&actor),
        actor: actor.to_string(),
        revision: p.revision.clone(),
        config_path: config.display().to_string(),
        config: text.to_string(),
        plan: p.json(),
    };
    let bytes = serde_json::to_vec_pretty(&saved).map_err(|e| Error::internal(e.to_string()))?;
    crate::files::write_private(out, &bytes)
        .map_err(|e| Error::invalid(format!("cannot write the plan {}: {e}", out.display())))
}

/// A roster.toml, or a saved plan (told apart by its content): the model, and the plan's
/// revision and actor when it is one.
/// A roster.toml or a saved plan, read once: its model, the plan when it is one, and the text
/// of the config (for the expectations' carets).
pub fn load_input(path: &Path) -> Result<(ConfigFile, Option<Saved>, String)> {
    let bytes = crate::files::read_regular(path)
        .map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display())))?;
    if let Ok(saved) = serde_json::from_slice::<Saved>(&bytes)
        && saved.kind == SAVED_KIND
    {
        if saved.format_version != plan::FORMAT_VERSION {
            return Err(Error::invalid(format!(
                "{} is a plan of format {}, this roster reads {}",
                path.display(),
                saved.format_version,
                plan::FORMAT_VERSION
            )));
        }
        let (model, report) = config_file::check_bytes(&saved.config_path, saved.config.as_bytes());
        return match model {
            Some(m) if report.errors() == 0 => {
                let text = saved.config.clone();
                Ok((m, Some(saved), text))
            }
            _ => Err(Error::invalid(format!(
                "the config saved in {} is not valid",
                path.display()
            ))),
        };
    }
    let (model, _, text) = config_file::load_bytes(&path.display().to_string(), &bytes)?;
    Ok((model, None, text))
}
