//! `roster member invite EMAIL --role R [access flags] [--assign …]`: invite a member, or update
//! or leave unchanged a pending invitation. The invitee gets a notification and an email with a
//! one-time token; only the token's SHA-256 is stored.

use rand::RngExt;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{AccessFlags, check_flags, member_target, notify, require_assign, resolve_assignments};
use crate::context::{Ctx, Scope};
use crate::domain::{
    AssignSpec, AssignmentView, Email, MemberStatus, MemberView, Role, Timestamp, access_words,
    format_ts,
};
use crate::error::{Error, Result};
use crate::mail::html_escape;
use crate::output::Report;
use crate::permissions::Action;
use crate::store::{self, accounts::AssignmentFacts, memberships::Settings};
use crate::wizard;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The invitee's email address
    pub email: Option<Email>,
    /// admin, editor or client
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    #[command(flatten)]
    pub flags: AccessFlags,
    /// Assign an account: ACCOUNT[:approve][:full|:review][:owner|:member] (repeatable)
    #[arg(long = "assign", value_name = "SPEC")]
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
}

/// One invitation, however it was asked for (flags, wizard, batch, config apply).
#[derive(Debug, Clone)]
pub struct InviteRequest {
    pub email: Email,
    pub role: Role,
    pub settings: Settings,
    pub assign: Vec<AssignSpec>,
    pub send_email: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

#[derive(Debug, Clone, Serialize)]
pub struct Invited {
    pub email: Email,
    pub workspace: String,
    pub role: Role,
    pub result: Outcome,
    pub access: &'static str,
    pub can_add_accounts: bool,
    pub can_manage_posts: bool,
    pub require_2fa: bool,
    pub invited_by: Email,
    pub accounts: Vec<AssignmentView>,
    /// Shown once, when a new token was made; never stored in clear.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept_command: Option<String>,
    #[serde(serialize_with = "crate::domain::serialize_ts_opt")]
    pub expires_at: Option<Timestamp>,
    #[serde(skip)]
    pub mail: Option<i64>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<Report> {
    if let Some(path) = &args.from {
        return super::batch::run(ctx, path, args.dry_run, !args.no_email);
    }
    if (args.email.is_none() || args.role.is_none()) && ctx.interactive {
        ask(ctx, &mut args)?;
    }
    let (email, role) = match (args.email, args.role) {
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
    let ttl = ctx.config.invitation_ttl();
    let dry = args.dry_run;
    let store = ctx.store()?;
    // A dry run does everything in a transaction that is then rolled back.
    let invited = if dry {
        store.rehearse(|tx| invite_one(tx, &scope, &req, now, ttl, None))?
    } else {
        store.write(|tx| invite_one(tx, &scope, &req, now, ttl, None))?
    };
    let report = report(&invited, dry);
    match invited.mail {
        Some(id) if !dry => ctx.deliver(report, &[id]),
        _ => Ok(report),
    }
}

/// The wizard: offer the roles and accounts `decide()` allows, then show the invitation as it
/// would be made (a rehearsal of the very same `invite_one`) before asking to invite.
fn ask(ctx: &mut Ctx, args: &mut Args) -> Result<()> {
    let scope = ctx.scope()?;
    let now = ctx.now;
    let ttl = ctx.config.invitation_ttl();
    let out = ctx.out;
    let store = ctx.store()?;
    let mut choices = wizard::InviteChoices {
        roles: Vec::new(),
        accounts: Vec::new(),
    };
    let probe = Email::from_trusted("invitee@invalid.invalid".into());
    for role in [Role::Client, Role::Editor, Role::Admin] {
        if !scope
            .decide(Action::MemberInvite, &member_target(&scope, &probe, role))
            .allowed
        {
            continue;
        }
        choices.roles.push(role);
        for account in store::accounts::list(store.conn(), scope.workspace.id)? {
            let held = match &scope.membership {
                Some(m) => store::accounts::assignment(store.conn(), m.id, account.id)?.is_some(),
                None => false,
            };
            let target = crate::permissions::Target {
                role: Some(role),
                account: Some(account.slug.to_string()),
                assigned: Some(held),
                ..crate::permissions::Target::default()
            };
            if scope.decide(Action::AccountAssign, &target).allowed {
                let label = format!("{} ({}, {})", account.slug, account.provider, account.name);
                choices.accounts.push((role, account.slug, label));
            }
        }
    }
    let f = &args.flags;
    let mut answers = wizard::InviteAnswers {
        email: args.email.take(),
        role: args.role,
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
        let invited = store.rehearse(|tx| invite_one(tx, &scope, &req, now, ttl, None))?;
        Ok(out.human(&report(&invited, true).view))
    };
    wizard::member_invite(&mut answers, &choices, &mut summary)?;
    args.email = answers.email;
    args.role = answers.role;
    args.flags.can_add_accounts = answers.can_add_accounts;
    args.flags.can_manage_posts = answers.can_manage_posts;
    args.flags.require_2fa = answers.require_2fa;
    args.assign = answers.assign;
    Ok(())
}

pub fn report(i: &Invited, dry: bool) -> Report {
    // The same table as `member show`, so the wizard's summary is what they will see later.
    let view = MemberView {
        email: i.email.clone(),
        role: i.role,
        status: MemberStatus::Pending,
        access: i.access,
        can_add_accounts: i.can_add_accounts,
        can_manage_posts: i.can_manage_posts,
        require_2fa: i.require_2fa,
        twofa_enrolled: false,
        invited_by: Some(i.invited_by.clone()),
        expires_at: i.expires_at,
        accounts: i.accounts.clone(),
    };
    let mut fields = super::fields(&view, false);
    if !dry {
        fields.push(("result", format!("{:?}", i.result).to_lowercase()));
    }
    // The token goes to stdout once, inside the command that uses it (stderr never holds it).
    // A rehearsal's token was never stored: showing it would mislead.
    if let Some(cmd) = i.accept_command.as_ref().filter(|_| !dry) {
        fields.push(("accept with", cmd.clone()));
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
    let verb = match (dry, i.result) {
        (true, Outcome::Created) => "Would invite",
        (true, Outcome::Updated) => "Would update the invitation of",
        (true, Outcome::Unchanged) => "Nothing to change for",
        (false, Outcome::Created) => "Invited",
        (false, Outcome::Updated) => "Updated the invitation of",
        (false, Outcome::Unchanged) => "Unchanged: the pending invitation already says this for",
    };
    r = r.with_status(format!(
        "{verb} {} to {} as {}.",
        i.email, i.workspace, i.role
    ));
    if i.token.is_some() && !dry {
        r = r.with_status("They accept with the command above; its token is shown only this once.");
    }
    r
}

/// Invite (or re-invite, or update the pending invitation of) one member, inside the caller's
/// transaction: permissions, validation, membership, assignments, invitation, notification,
/// outbox and audit.
pub fn invite_one(
    tx: &Connection,
    scope: &Scope,
    req: &InviteRequest,
    now: Timestamp,
    ttl: time::Duration,
    batch: Option<&str>,
) -> Result<Invited> {
    let ws = &scope.workspace;
    check_flags(req.role, &req.settings)?;
    scope
        .require(
            Action::MemberInvite,
            &member_target(scope, &req.email, req.role),
        )
        .map_err(|e| e.with_field("role"))?;
    if req.settings.require_2fa {
        scope
            .require(
                Action::MemberRequire2fa,
                &member_target(scope, &req.email, req.role),
            )
            .map_err(|e| e.with_field("require_2fa"))?;
    }
    let accounts = resolve_assignments(
        tx,
        ws.id,
        req.role,
        req.settings.can_manage_posts,
        &req.assign,
    )?;
    require_assign(tx, scope, req.role, &req.email, &accounts)
        .map_err(|e| e.with_field("assign"))?;

    let existing = store::memberships::find(tx, ws.id, &req.email)?;
    // Changing a pending invitation may lift a 2FA requirement: only its requirer (or the owner).
    if let Some(m) = existing
        .as_ref()
        .filter(|m| m.status == MemberStatus::Pending && m.require_2fa)
        && !req.settings.require_2fa
    {
        let by = store::memberships::require_2fa_by(tx, m.id)?;
        let target = crate::permissions::Target {
            lifting_own_requirement: Some(by.as_ref() == Some(&scope.actor)),
            ..member_target(scope, &req.email, m.role)
        };
        scope
            .require(Action::MemberRequire2fa, &target)
            .map_err(|e| e.with_field("require_2fa"))?;
    }
    let result = match &existing {
        Some(m) if m.status == MemberStatus::Active => {
            return Err(Error::conflict(format!(
                "{} is already an active member of {} ({})",
                req.email, ws.slug, m.role
            ))
            .with_hint(format!(
                "change their access with `roster member update {}`",
                req.email
            ))
            .with_field("email"));
        }
        Some(m) if m.role.holds_every_account() => {
            return Err(
                Error::conflict(format!("{} owns {}", req.email, ws.slug)).with_field("email")
            );
        }
        Some(m) if m.status == MemberStatus::Pending => {
            let open = store::invitations::pending(tx, m.id)?;
            let expired = open.as_ref().is_none_or(|i| i.expires_at <= now);
            let same_settings = m.role == req.role
                && m.can_add_accounts == req.settings.can_add_accounts
                && m.can_manage_posts == req.settings.can_manage_posts
                && m.require_2fa == req.settings.require_2fa
                && same_assignments(tx, m.id, &accounts)?;
            if same_settings && !expired {
                Outcome::Unchanged
            } else if expired {
                Outcome::Created
            } else {
                Outcome::Updated
            }
        }
        _ => Outcome::Created,
    };
    let inviter = store::users::ensure(tx, &scope.actor, now)?;
    let user = store::users::ensure(tx, &req.email, now)?;
    let membership = match &existing {
        Some(m) => {
            if result != Outcome::Unchanged {
                store::memberships::update(tx, m.id, &req.settings, now)?;
                store::memberships::set_status(
                    tx,
                    m.id,
                    MemberStatus::Pending,
                    Some(inviter),
                    now,
                )?;
                store::accounts::remove_all_assignments(tx, m.id)?;
            }
            m.id
        }
        None => store::memberships::insert(
            tx,
            &store::memberships::NewMembership {
                workspace_id: ws.id,
                user_id: user,
                role: req.role,
                status: MemberStatus::Pending,
                can_add_accounts: req.settings.can_add_accounts,
                can_manage_posts: req.settings.can_manage_posts,
                require_2fa: req.settings.require_2fa,
                invited_by: Some(inviter),
            },
            now,
        )?,
    };
    let mut invited = Invited {
        email: req.email.clone(),
        workspace: ws.slug.to_string(),
        role: req.role,
        result,
        access: access_words(
            req.role,
            req.settings.can_add_accounts,
            req.settings.can_manage_posts,
        ),
        can_add_accounts: req.settings.can_add_accounts,
        can_manage_posts: req.settings.can_manage_posts,
        require_2fa: req.settings.require_2fa,
        invited_by: scope.actor.clone(),
        accounts: Vec::new(),
        token: None,
        accept_command: None,
        expires_at: store::invitations::pending(tx, membership)?.map(|i| i.expires_at),
        mail: None,
    };
    if result == Outcome::Unchanged {
        invited.accounts = store::accounts::assignments_of_member(tx, membership)?;
        return Ok(invited);
    }
    for (account, _, facts) in &accounts {
        store::accounts::upsert_assignment(tx, membership, *account, facts, now)?;
    }
    let was_required = existing
        .as_ref()
        .is_some_and(|m| m.require_2fa && m.status == MemberStatus::Pending);
    if req.settings.require_2fa != was_required {
        store::memberships::set_require_2fa_by(
            tx,
            membership,
            req.settings.require_2fa.then_some(inviter),
        )?;
    }
    issue_invitation(
        tx,
        scope,
        membership,
        inviter,
        &mut invited,
        req.send_email,
        now,
        ttl,
    )?;
    let what = if result == Outcome::Updated {
        "updated your invitation to"
    } else {
        "invited you to"
    };
    notify(
        tx,
        &[user],
        ws.id,
        "invitation",
        &format!(
            "{} {what} {} ({}) as {}",
            scope.actor, ws.name, ws.slug, req.role
        ),
        now,
    )?;
    let before = existing.as_ref().map(|m| {
        json!({"role": m.role, "status": m.status, "can_add_accounts": m.can_add_accounts,
               "can_manage_posts": m.can_manage_posts, "require_2fa": m.require_2fa})
    });
    let mut audit = scope.audit(now, "member invite", "member.invite");
    let target = req.email.to_string();
    audit.target = Some(&target);
    audit.batch_id = batch;
    audit.before = before;
    audit.after = Some(json!({
        "role": req.role, "status": "pending", "can_add_accounts": req.settings.can_add_accounts,
        "can_manage_posts": req.settings.can_manage_posts, "require_2fa": req.settings.require_2fa,
        "assign": req.assign.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        "expires_at": invited.expires_at.map(format_ts), "email": req.send_email,
    }));
    store::audit::record(tx, &audit)?;
    Ok(invited)
}

/// Open a fresh invitation for a pending membership (the previous token stops working), and
/// queue its email. Used by invite and by `invite resend`.
#[allow(clippy::too_many_arguments)]
pub fn issue_invitation(
    tx: &Connection,
    scope: &Scope,
    membership: i64,
    inviter: i64,
    invited: &mut Invited,
    send_email: bool,
    now: Timestamp,
    ttl: time::Duration,
) -> Result<()> {
    let ws = &scope.workspace;
    invited.accounts = store::accounts::assignments_of_member(tx, membership)?;
    store::invitations::close(tx, membership, "superseded", now)?;
    let (token, hash) = new_token();
    let expires_at = now + ttl;
    let invitation = store::invitations::create(tx, membership, &hash, inviter, now, expires_at)?;
    invited.expires_at = Some(expires_at);
    let accept = format!("roster invite accept {} --token {token}", ws.slug);
    invited.accept_command = Some(accept.clone());
    invited.token = Some(token);
    if send_email {
        let (subject, text, html) = invitation_email(scope, invited, &accept, expires_at);
        invited.mail = Some(store::outbox::enqueue(
            tx,
            &store::outbox::NewMail {
                workspace: Some(ws.slug.as_str()),
                recipient: invited.email.as_str(),
                subject: &subject,
                body_text: &text,
                body_html: Some(&html),
                invitation: Some(invitation),
            },
            now,
        )?);
    }
    Ok(())
}

fn same_assignments(
    tx: &Connection,
    membership: i64,
    wanted: &[(i64, crate::domain::Slug, AssignmentFacts)],
) -> Result<bool> {
    let current = store::accounts::assignments_of_member(tx, membership)?;
    if current.len() != wanted.len() {
        return Ok(false);
    }
    Ok(wanted.iter().all(|(_, slug, f)| {
        current.iter().any(|c| {
            c.account == *slug
                && c.approve == f.approve
                && c.posting == f.posting
                && c.credentials == f.credentials
        })
    }))
}

/// A random token of 192 bits, and its SHA-256 (what the database keeps).
pub fn new_token() -> (String, [u8; 32]) {
    let mut bytes = [0u8; 24];
    rand::rng().fill(&mut bytes);
    let token: String = std::iter::once("inv_".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    (token.clone(), hash_token(&token))
}

pub fn hash_token(token: &str) -> [u8; 32] {
    Sha256::digest(token.trim().as_bytes()).into()
}

fn role_phrase(role: Role) -> &'static str {
    match role {
        Role::Owner => "the owner",
        Role::Admin => "an admin",
        Role::Editor => "an editor",
        Role::Client => "a client",
    }
}

/// Subject, text and HTML of an invitation: the workspace, the inviter, the role, the access in
/// Publer's words, each account with its settings, how to accept, and the expiry.
fn invitation_email(
    scope: &Scope,
    i: &Invited,
    accept: &str,
    expires: Timestamp,
) -> (String, String, String) {
    let ws = &scope.workspace;
    let subject = format!("{} invited you to {} on roster", scope.actor, ws.name);
    let mut lines = vec![
        "Hello,".to_string(),
        String::new(),
        format!(
            "{} invited you to the workspace \"{}\" ({}) as {}.",
            scope.actor,
            ws.name,
            ws.slug,
            role_phrase(i.role)
        ),
        String::new(),
        format!("Your access: {}.", i.access),
    ];
    if i.require_2fa || ws.require_2fa {
        lines.push("Two-factor authentication is required: enrol with `roster 2fa enroll` after accepting.".into());
    }
    lines.push(String::new());
    if i.accounts.is_empty() {
        lines.push("No social accounts are assigned to you yet.".into());
    } else {
        lines.push("Social accounts assigned to you:".into());
        for a in &i.accounts {
            lines.push(format!(
                "  - {} ({}, {}): {}",
                a.account,
                a.provider,
                a.account_name,
                a.summary()
            ));
            match a.credentials {
                Some(crate::domain::Credentials::Owner) => lines.push(
                    "      posts use the owner's credentials; only the owner reauthenticates this account".into(),
                ),
                Some(crate::domain::Credentials::Member) => lines.push(format!(
                    "      posts use your own credentials: connect it with `roster account reauth {}`",
                    a.account
                )),
                None => {}
            }
        }
    }
    lines.extend([
        String::new(),
        "To accept, run:".into(),
        String::new(),
        format!("    {accept}"),
        String::new(),
        format!("This invitation expires at {}.", format_ts(expires)),
        format!("To decline: roster invite decline {}", ws.slug),
    ]);
    let text = lines.join("\n") + "\n";
    let html = format!(
        "<!doctype html><html><body><pre style=\"font-family: sans-serif; white-space: pre-wrap\">{}</pre></body></html>",
        html_escape(&text)
    );
    (subject, text, html)
}
