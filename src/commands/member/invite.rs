//! `roster member invite EMAIL --role R [access flags] [--assign …]`: invite a member, or update
//! or leave unchanged a pending invitation. The invitee gets a notification and an email with a
//! one-time token; only the token's SHA-256 is stored.

use serde_json::json;

use super::AccessFlags;
use crate::context::Ctx;
use crate::domain::{AssignSpec, Email, MemberRole, MemberStatus, MemberView, Role};
use crate::error::{Error, Result};
use crate::ops::Change;
use crate::ops::members::{self as member_ops, InviteRequest, Invited, invite};
use crate::output::Report;
use crate::store::{self, memberships::Settings};
use crate::wizard;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The invitee's email address
    pub email: Option<Email>,
    /// admin, editor or client
    #[arg(long, value_parser = super::MemberRoleParser)]
    pub role: Option<MemberRole>,
    #[command(flatten)]
    pub flags: AccessFlags,
    /// Assign an account: ACCOUNT[:approve][:full|:review][:owner|:member] (repeatable)
    #[arg(add = crate::complete::accounts(), long = "assign", value_name = "SPEC")]
    pub assign: Vec<AssignSpec>,
    /// Invite everyone in a CSV file (`-` for stdin): email,role,can_add_accounts,
    /// can_manage_posts,require_2fa,assign — all or nothing
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["email", "role", "can_add_accounts", "can_manage_posts", "require_2fa", "assign"])]
    pub from: Option<std::path::PathBuf>,
    /// Check and report, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not send the invitation email (the token is printed once, here)
    #[arg(long)]
    pub no_email: bool,
    /// How long the invitation stays valid (e.g. 36h, 14d; at most 365d) [default: the
    /// config's invitations.ttl, else 7d]; with --from, for every row
    #[arg(long, value_name = "DURATION", value_parser = parse_ttl)]
    pub ttl: Option<time::Duration>,
}

/// The longest invitation anyone asks for on purpose; more is a typo (`700d` for `70d`).
const MAX_TTL_DAYS: i64 = 365;

/// `--ttl`: the duration syntax of `[invitations] ttl`, positive and at most a year.
fn parse_ttl(s: &str) -> std::result::Result<time::Duration, String> {
    let d = crate::config::parse_duration(s)?;
    if d.is_negative() {
        return Err("a duration must be more than zero".into());
    }
    if d > time::Duration::days(MAX_TTL_DAYS) {
        return Err(format!(
            "'{}' is longer than an invitation may last ({MAX_TTL_DAYS}d)",
            s.trim()
        ));
    }
    Ok(d)
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<Report> {
    if let Some(path) = &args.from {
        return super::batch::run(ctx, path, args.dry_run, !args.no_email, args.ttl);
    }
    if (args.email.is_none() || args.role.is_none()) && ctx.interactive {
        ask(ctx, &mut args)?;
    }
    let (email, role) = match (args.email, args.role.map(Role::from)) {
        (Some(e), Some(r)) => (e, r),
        (e, r) => {
            let mut missing = Vec::new();
            if e.is_none() {
                missing.push("EMAIL");
            }
            if r.is_none() {
                missing.push("--role");
            }
            return Err(Error::usage(format!("missing {}", missing.join(" and "))).with_hint(
                "pass `roster member invite EMAIL --role client|editor|admin` with --can-add-accounts, \
                 --can-manage-posts, --require-2fa and --assign ACCOUNT[:approve][:full|:review][:owner|:member] \
                 as needed (on a terminal, leave them out to be asked)",
            ));
        }
    };
    let f = &args.flags;
    let req = InviteRequest {
        email,
        role,
        settings: Settings {
            role,
            can_add_accounts: f.can_add_accounts.unwrap_or(false),
            can_manage_posts: f.can_manage_posts.unwrap_or(false),
            require_2fa: f.require_2fa.unwrap_or(false),
        },
        assign: args.assign,
        send_email: !args.no_email,
    };
    let scope = ctx.scope()?;
    let now = ctx.now;
    let ttl = args.ttl.unwrap_or_else(|| ctx.config.invitation_ttl());
    let dry = args.dry_run;
    let store = ctx.store()?;
    // A dry run does everything in a transaction that is then rolled back.
    let run = |tx: &store::Tx<'_>| invite(tx, &scope.reload(tx)?, &req, now, ttl, None);
    let invited = if dry {
        store.rehearse(run)?
    } else {
        store.write(run)?
    };
    // Owner credentials nobody asked for are said aloud (stderr; -q silences it).
    let notes = super::default_credentials_notes(&req.assign, &invited.accounts, |s| {
        format!("assign {}:member", s.account)
    });
    let with_notes = move |mut r: Report| {
        for note in notes {
            r = r.with_status(note);
        }
        r
    };
    match invited.mail {
        Some(id) if !dry => {
            let slug = scope.workspace.slug.clone();
            ctx.deliver_then(&[id], move |tokens| {
                with_notes(with_minted(invited, &slug, tokens, dry))
            })
        }
        _ => Ok(with_notes(report(&invited, dry))),
    }
}

/// The wizard: offer the roles and accounts `decide()` allows, then show the invitation as it
/// would be made (a rehearsal of the very same `invite_one`) before asking to invite.
fn ask(ctx: &mut Ctx, args: &mut Args) -> Result<()> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let ttl = args.ttl.unwrap_or_else(|| ctx.config.invitation_ttl());
    let out = ctx.out;
    let store = ctx.store()?;
    let mut choices = wizard::InviteChoices {
        roles: Vec::new(),
        accounts: Vec::new(),
    };
    for (role, accounts) in store.read(|tx| member_ops::invite_choices(tx, &scope.reload(tx)?))? {
        choices.roles.push(role);
        for account in accounts {
            let label = format!("{} ({}, {})", account.slug, account.provider, account.name);
            choices.accounts.push((role, account.slug, label));
        }
    }
    let f = &args.flags;
    let mut answers = wizard::InviteAnswers {
        email: args.email.take(),
        role: args.role.map(Role::from),
        can_add_accounts: f.can_add_accounts,
        can_manage_posts: f.can_manage_posts,
        require_2fa: f.require_2fa,
        assign: std::mem::take(&mut args.assign),
    };
    let send_email = !args.no_email;
    let mut summary = |a: &wizard::InviteAnswers| -> Result<String> {
        let (Some(email), Some(role)) = (a.email.clone(), a.role) else {
            return Err(Error::internal("the wizard skipped a question"));
        };
        let req = InviteRequest {
            email,
            role,
            settings: Settings {
                role,
                can_add_accounts: a.can_add_accounts.unwrap_or(false),
                can_manage_posts: a.can_manage_posts.unwrap_or(false),
                require_2fa: a.require_2fa.unwrap_or(false),
            },
            assign: a.assign.clone(),
            send_email,
        };
        let invited = store.rehearse(|tx| invite(tx, &scope.reload(tx)?, &req, now, ttl, None))?;
        Ok(out.human(&report(&invited, true).view))
    };
    wizard::member_invite(&mut answers, &choices, &mut summary)?;
    args.email = answers.email;
    args.role = answers.role.and_then(MemberRole::of);
    args.flags.can_add_accounts = answers.can_add_accounts;
    args.flags.can_manage_posts = answers.can_manage_posts;
    args.flags.require_2fa = answers.require_2fa;
    args.assign = answers.assign;
    Ok(())
}

/// The report of an emailed invitation, with the token its delivered email carries (shown
/// once); none when the email is still queued: the token is minted when it goes out.
pub fn with_minted(
    mut invited: Invited,
    workspace: &crate::domain::Slug,
    tokens: &[(i64, String)],
    dry: bool,
) -> Report {
    if let Some((_, t)) = tokens.iter().find(|(id, _)| Some(*id) == invited.mail) {
        invited.show_token(workspace, t.clone());
        return report(&invited, dry);
    }
    report(&invited, dry).with_status(
        "The invitation's token is made when its email goes out; until then nobody holds one.",
    )
}

pub fn report(i: &Invited, dry: bool) -> Report {
    // The same table as `member show`, so the wizard's summary is what they will see later.
    let view = MemberView {
        email: i.email.clone(),
        role: i.role,
        status: i.status,
        access: i.access,
        can_add_accounts: i.can_add_accounts,
        can_manage_posts: i.can_manage_posts,
        require_2fa: i.require_2fa,
        twofa_required: i.require_2fa,
        twofa_enrolled: false,
        invited_by: Some(i.invited_by.clone()),
        expires_at: i.expires_at,
        accounts: i.accounts.clone(),
    };
    let mut fields = super::fields(&view, false);
    if !dry {
        fields.push(("result", format!("{:?}", i.result).to_lowercase()));
    }
    let mut data = serde_json::to_value(i).expect("serialisable");
    if dry {
        if let Some(o) = data.as_object_mut() {
            o.remove("token");
            o.remove("accept_command");
        }
        data["dry_run"] = json!(true);
    }
    let mut r = Report::object(&data, fields);
    // The token goes to stdout once, inside the command that uses it (stderr never holds it),
    // on a line of its own after the table. A rehearsal's token was never stored: showing it
    // would mislead.
    if let Some(cmd) = i.accept_command.as_ref().filter(|_| !dry) {
        r = r.with_command("accept with", cmd.clone());
    }
    let verb = match (dry, i.result) {
        (true, Change::Created) => "Would invite",
        (true, Change::Updated) => "Would update the invitation of",
        (true, Change::Unchanged) => "Nothing to change for",
        (false, Change::Created) => "Invited",
        (false, Change::Updated) => "Updated the invitation of",
        (false, Change::Unchanged) if i.status == MemberStatus::Active => {
            "Unchanged: already an active member with these settings:"
        }
        (false, Change::Unchanged) => "Unchanged: the pending invitation already says this for",
    };
    r = r.with_status(format!(
        "{verb} {} to {} as {}.",
        i.email, i.workspace, i.role
    ));
    if i.token.is_some() && !dry {
        r = r.with_status(
            "They accept with the command printed above; its token is shown only this once.",
        );
    }
    r
}
