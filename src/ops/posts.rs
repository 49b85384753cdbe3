//! Posts and their approvals (SPEC §1): create, edit, delete, submit, approve, decline,
//! publish. Publishing is local state: no social network is called. Every step asks `decide()`
//! about the post as it is now, writes its history, notifies the people concerned and queues
//! approval requests in the outbox.

use std::ops::ControlFlow;

use serde_json::json;

use super::{Scope, notify};
use crate::domain::{
    Account, ApprovalStage, AuthStatus, Credentials, Email, Post, PostEvent, PostState, Slug,
    Timestamp, format_ts,
};
use crate::error::{Error, Result};
use crate::permissions::{Action, Stage, Target};
use crate::store::{self, Tx, posts::Filter};

/// A post after a step, the approval requests it queued (delivered after the commit), and
/// what comes next, told to the actor: sentences, and each command they may run on a line of its
/// own.
#[derive(Debug, Clone)]
pub struct Stepped {
    pub post: Post,
    pub mail: Vec<i64>,
    pub next: Vec<String>,
}

/// A command for the acting user to copy, exactly as it runs: as them, in this workspace,
/// whatever their environment says.
pub fn command(scope: &Scope, args: &str) -> String {
    format!(
        "roster --as {} -w {} {args}",
        scope.actor, scope.workspace.slug
    )
}

/// A sentence that ends in a command: the command on a line of its own, to copy.
fn run_with(lead: &str, scope: &Scope, args: &str) -> String {
    format!("{lead}:\n{}", command(scope, args))
}

/// Who may publish a post, as `decide()` answers for each: its author and the owner are the
/// members every reader of the post knows of (the author is on the post, the owner on the
/// workspace); others are not named, so that nobody learns of members they may not see.
fn publishers(tx: &Tx<'_>, scope: &Scope, post: &Post) -> Result<Vec<Email>> {
    let mut out: Vec<Email> = Vec::new();
    for email in [&post.author, &scope.workspace.owner] {
        if out.contains(email) {
            continue;
        }
        let Some(theirs) = as_member(tx, scope, email)? else {
            continue;
        };
        let t = target(tx, &theirs, post)?;
        if theirs.decide(Action::PostPublish, &t).allowed {
            out.push(email.clone());
        }
    }
    Ok(out)
}

/// Next steps as an error's hint, which follows `hint: ` in lower case.
fn as_hint(lines: Vec<String>) -> String {
    let text = lines.join("\n");
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

/// What the actor is told after a step: for a scheduled post, the command to publish it when
/// `decide()` lets them, else who can; for a draft, the command to submit it when they may.
fn next_steps(tx: &Tx<'_>, scope: &Scope, post: &Post) -> Result<Vec<String>> {
    let t = target(tx, scope, post)?;
    let id = post.id;
    Ok(match (post.state, post.stage) {
        (PostState::PendingApproval, Some(stage)) => vec![format!(
            "It waits for approval at the {stage} stage; its approvers were notified."
        )],
        (PostState::Scheduled, _) if scope.decide(Action::PostPublish, &t).allowed => {
            vec![run_with(
                "It is scheduled; publish it with",
                scope,
                &format!("post publish {id}"),
            )]
        }
        (PostState::Scheduled, _) => {
            let who = publishers(tx, scope, post)?
                .iter()
                .map(Email::to_string)
                .collect::<Vec<_>>()
                .join(" or ");
            let who = if who.is_empty() {
                "whoever may edit it".to_string()
            } else {
                who
            };
            vec![format!("It is scheduled; {who} can publish it.")]
        }
        (PostState::Draft | PostState::Declined, _)
            if scope.decide(Action::PostEdit, &t).allowed =>
        {
            let lead = if post.state == PostState::Draft {
                "It is a draft; submit it with"
            } else {
                "It is declined; once its text says what the note asked, submit it again with"
            };
            vec![run_with(lead, scope, &format!("post submit {id}"))]
        }
        (PostState::Draft, _) => vec![format!(
            "It is a draft; its author, {}, submits it.",
            post.author
        )],
        (PostState::Declined, _) => vec![format!(
            "It is declined; its author, {}, edits and resubmits it.",
            post.author
        )],
        _ => Vec::new(),
    })
}

/// `post create`.
#[derive(Debug, Clone)]
pub struct CreateRequest {
    pub account: Slug,
    pub text: String,
    pub at: Option<Timestamp>,
    /// Keep it a draft instead of submitting it.
    pub draft: bool,
}

/// `post list` filters.
#[derive(Debug, Clone, Default)]
pub struct ListRequest {
    pub account: Option<Slug>,
    pub state: Option<PostState>,
    pub author: Option<Email>,
    pub waiting_on_me: bool,
}

fn stage_of(s: ApprovalStage) -> Stage {
    match s {
        ApprovalStage::Internal => Stage::Internal,
        ApprovalStage::Client => Stage::Client,
    }
}

/// The facts `decide()` needs about a post, relative to the actor: the same function answers
/// `roster can post.* --post ID` and the post commands.
pub fn target(tx: &Tx<'_>, scope: &Scope, post: &Post) -> Result<Target> {
    let (mine, text_by_self) = match &scope.membership {
        Some(m) => (
            store::accounts::assignment(tx, m.id, post.account_id)?,
            store::posts::text_writers(tx, post.id)?.contains(&m.user_id),
        ),
        None => (None, false),
    };
    Ok(Target {
        account: Some(post.account.to_string()),
        assigned: Some(mine.is_some()),
        approve: mine.is_some_and(|a| a.approve),
        post: Some(post.id),
        post_own: Some(post.author == scope.actor),
        post_text_by_self: Some(text_by_self),
        stage: post.stage.map(stage_of),
        ..Target::default()
    })
}

/// The facts about an account (no post yet), relative to the actor.
fn account_target(tx: &Tx<'_>, scope: &Scope, account: &Account) -> Result<Target> {
    let mine = match &scope.membership {
        Some(m) => store::accounts::assignment(tx, m.id, account.id)?,
        None => None,
    };
    Ok(Target {
        account: Some(account.slug.to_string()),
        assigned: Some(mine.is_some()),
        approve: mine.is_some_and(|a| a.approve),
        ..Target::default()
    })
}

fn not_found(scope: &Scope, id: i64) -> Error {
    let e = Error::not_found(format!("post {id} not found in {}", scope.workspace.slug));
    // Offered only to whoever may list posts (not, say, a pending member).
    if scope.decide(Action::PostView, &Target::default()).allowed {
        e.with_hint(run_with(
            "list the posts you can see with",
            scope,
            "post list",
        ))
    } else {
        e
    }
}

/// A post the actor can see: one on an account they cannot see is not found, as if it did not
/// exist.
pub fn visible(tx: &Tx<'_>, scope: &Scope, id: i64) -> Result<(Post, Target)> {
    let post =
        store::posts::get(tx, scope.workspace.id, id)?.ok_or_else(|| not_found(scope, id))?;
    let t = target(tx, scope, &post)?;
    if !scope.decide(Action::PostView, &t).allowed {
        return Err(not_found(scope, id));
    }
    Ok((post, t))
}

fn account(tx: &Tx<'_>, scope: &Scope, slug: &Slug) -> Result<Account> {
    store::accounts::find(tx, scope.workspace.id, slug)?.ok_or_else(|| {
        let e = Error::not_found(format!(
            "account '{slug}' not found in {}",
            scope.workspace.slug
        ));
        // Offered only to whoever may list them.
        if scope
            .decide(Action::AccountView, &Target::default())
            .allowed
        {
            e.with_hint(run_with("list them with", scope, "account list"))
        } else {
            e
        }
    })
}

/// A post's text: not empty, and within the network's limit.
fn check_text(text: &str, account: &Slug, provider: crate::domain::Provider) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::invalid("the post's text is empty").with_field("text"));
    }
    let n = text.chars().count();
    let limit = provider.text_limit();
    if n > limit {
        return Err(Error::invalid(format!(
            "the text is {n} characters; posts on {account} ({provider}) may have at most {limit}"
        ))
        .with_hint(format!("shorten it by {} characters", n - limit))
        .with_field("text"));
    }
    Ok(())
}

fn user(tx: &Tx<'_>, email: &Email, now: Timestamp) -> Result<i64> {
    store::users::ensure(tx, email, now)
}

fn audit(
    tx: &Tx<'_>,
    scope: &Scope,
    now: Timestamp,
    (command, action): (&str, &str),
    post: &Post,
    before: Option<serde_json::Value>,
    after: serde_json::Value,
) -> Result<()> {
    let mut a = scope.audit(now, command, action);
    let target = format!("post {} on {}", post.id, post.account);
    a.target = Some(&target);
    a.before = before;
    a.after = Some(after);
    store::audit::record(tx, &a)
}

/// Tell a post's author what happened to it.
fn tell_author(
    tx: &Tx<'_>,
    scope: &Scope,
    post: &Post,
    kind: &str,
    message: &str,
    now: Timestamp,
) -> Result<()> {
    let author = user(tx, &post.author, now)?;
    notify(tx, &[author], scope.workspace.id, kind, message, now)
}

fn reread(tx: &Tx<'_>, scope: &Scope, id: i64) -> Result<Post> {
    store::posts::get(tx, scope.workspace.id, id)?
        .ok_or_else(|| Error::internal(format!("post {id} vanished")))
}

/// Who may approve a stage of this post: the stage's approvers on the account whom `decide()`
/// lets approve it, so never whoever wrote or changed its text (the author, and anyone who
/// edited it). They are the ones asked, by notification and by an email with the commands to
/// run. (user id, email)
fn eligible_approvers(
    tx: &Tx<'_>,
    scope: &Scope,
    post: &Post,
    stage: ApprovalStage,
) -> Result<Vec<(i64, Email)>> {
    let mut out = Vec::new();
    for (id, email) in store::posts::approvers(tx, scope.workspace.id, post.account_id, stage)? {
        let Some(theirs) = as_member(tx, scope, &email)? else {
            continue;
        };
        let mut t = target(tx, &theirs, post)?;
        t.stage = Some(stage_of(stage));
        if theirs.decide(Action::PostApprove, &t).allowed {
            out.push((id, email));
        }
    }
    Ok(out)
}

/// The scope of another member of the workspace, to ask `decide()` about them.
fn as_member(tx: &Tx<'_>, scope: &Scope, email: &Email) -> Result<Option<Scope>> {
    Ok(
        store::memberships::find(tx, scope.workspace.id, email)?.map(|m| Scope {
            actor: email.clone(),
            workspace: scope.workspace.clone(),
            membership: Some(m),
        }),
    )
}

/// The stages a post needs, in order: internal when its author is an editor whose assignment on
/// the account is `review`; client when a client other than the author approves posts on it (a
/// client's own post skips the stage when they are its only approver). See `stage_needed` for a
/// stage every approver of which wrote or changed the text.
fn required_stages(tx: &Tx<'_>, scope: &Scope, post: &Post) -> Result<Vec<ApprovalStage>> {
    let ws = &scope.workspace;
    let mut stages = Vec::new();
    if let Some(m) = store::memberships::find(tx, ws.id, &post.author)?
        && m.role.has_posting_mode()
        && store::accounts::assignment(tx, m.id, post.account_id)?
            .is_some_and(|a| a.posting == Some(crate::domain::Posting::Review))
        && stage_needed(tx, scope, post, ApprovalStage::Internal)?
    {
        stages.push(ApprovalStage::Internal);
    }
    if stage_needed(tx, scope, post, ApprovalStage::Client)? {
        stages.push(ApprovalStage::Client);
    }
    Ok(stages)
}

/// Whether `stage` must approve this post. Its approvers are the account's, less the author.
/// When every one of them wrote or changed the text, the stage is skipped only if the current
/// text is one of theirs (the latest edit is theirs: their text is their say, as a client's own
/// post skips the client stage); otherwise it stays and waits, for the edits made after theirs
/// were approved by nobody. (Skipping it then would let an author's rewrite pass a stage whose
/// only approver once fixed a typo.)
fn stage_needed(tx: &Tx<'_>, scope: &Scope, post: &Post, stage: ApprovalStage) -> Result<bool> {
    let approvers: Vec<i64> =
        store::posts::approvers(tx, scope.workspace.id, post.account_id, stage)?
            .into_iter()
            .filter(|(_, e)| *e != post.author)
            .map(|(id, _)| id)
            .collect();
    if approvers.is_empty() {
        return Ok(false);
    }
    let writers = store::posts::text_writers(tx, post.id)?;
    if approvers.iter().any(|id| !writers.contains(id)) {
        return Ok(true);
    }
    let latest = store::posts::latest_text_writer(tx, post.id)?;
    Ok(!latest.is_some_and(|w| approvers.contains(&w)))
}

/// Move a submitted post on after `done` (none: just submitted): open the next stage's approval
/// and ask its approvers, or schedule it when no stage is left.
fn advance(
    tx: &Tx<'_>,
    scope: &Scope,
    post: &Post,
    done: Option<ApprovalStage>,
    actor: i64,
    now: Timestamp,
) -> Result<Vec<i64>> {
    let ws = &scope.workspace;
    let next = required_stages(tx, scope, post)?
        .into_iter()
        .find(|s| done.is_none_or(|d| *s > d));
    let Some(stage) = next else {
        store::posts::set_state(tx, post.id, PostState::Scheduled, now)?;
        store::posts::add_event(tx, post.id, actor, "scheduled", None, None, now)?;
        return Ok(Vec::new());
    };
    store::posts::set_state(tx, post.id, PostState::PendingApproval, now)?;
    store::posts::open_approval(tx, post.id, stage, now)?;
    let approvers = eligible_approvers(tx, scope, post, stage)?;
    let ids: Vec<i64> = approvers.iter().map(|(id, _)| *id).collect();
    let what = format!(
        "post {} by {} on {} waits for your approval ({stage} stage)",
        post.id, post.author, post.account
    );
    notify(tx, &ids, ws.id, "approval_request", &what, now)?;
    let mut mail = Vec::new();
    for (_, email) in &approvers {
        let (subject, text) = approval_email(scope, post, stage, email);
        mail.push(store::outbox::enqueue(
            tx,
            &store::outbox::NewMail {
                workspace: Some(ws.slug.as_str()),
                recipient: email.as_str(),
                subject: &subject,
                body_text: &text,
                body_html: Some(&crate::mail::html_page(&text)),
                invitation: None,
            },
            now,
        )?);
    }
    Ok(mail)
}

/// The email asking an approver to look at a post, with the commands to run, as them.
fn approval_email(
    scope: &Scope,
    post: &Post,
    stage: ApprovalStage,
    approver: &Email,
) -> (String, String) {
    let ws = &scope.workspace;
    let subject = format!(
        "Post {} on {} waits for your approval ({})",
        post.id, post.account, ws.name
    );
    let run = format!("roster --as {approver} -w {}", ws.slug);
    let text = format!(
        "Hello,\n\n{} wrote a post on {} ({}) in \"{}\" ({}) and it waits for your approval \
         at the {stage} stage:\n\n{}\n\nSee it with its history:\n\n    {run} post show {}\n\n\
         Approve it:\n\n    {run} post approve {}\n\nOr decline it with a note for its author:\n\n    \
         {run} post decline {} --note \"what to change\"\n",
        post.author,
        post.account,
        post.provider,
        ws.name,
        ws.slug,
        post.text
            .lines()
            .map(|l| format!("    > {l}"))
            .collect::<Vec<_>>()
            .join("\n"),
        post.id,
        post.id,
        post.id,
    );
    (subject, text)
}

/// Create a post on an account (a draft, or submitted at once).
pub fn create(tx: &Tx<'_>, scope: &Scope, req: &CreateRequest, now: Timestamp) -> Result<Stepped> {
    let acc = account(tx, scope, &req.account)?;
    scope
        .require(Action::PostCreate, &account_target(tx, scope, &acc)?)
        .map_err(|e| e.with_field("account"))?;
    check_text(&req.text, &acc.slug, acc.provider)?;
    if let Some(at) = req.at.filter(|at| *at <= now) {
        return Err(Error::invalid(format!(
            "--at {} is not in the future (now is {})",
            format_ts(at),
            format_ts(now)
        ))
        .with_field("at"));
    }
    let author = user(tx, &scope.actor, now)?;
    let id = store::posts::insert(
        tx,
        &store::posts::NewPost {
            workspace_id: scope.workspace.id,
            account_id: acc.id,
            author_id: author,
            text: &req.text,
            scheduled_at: req.at,
        },
        now,
    )?;
    store::posts::add_event(tx, id, author, "created", None, None, now)?;
    let mut mail = Vec::new();
    if !req.draft {
        let post = reread(tx, scope, id)?;
        store::posts::add_event(tx, id, author, "submitted", None, None, now)?;
        mail = advance(tx, scope, &post, None, author, now)?;
    }
    let post = reread(tx, scope, id)?;
    audit(
        tx,
        scope,
        now,
        ("post create", "post.create"),
        &post,
        None,
        json!({"state": post.state, "stage": post.stage, "scheduled_at": post.scheduled_at.map(format_ts)}),
    )?;
    let next = next_steps(tx, scope, &post)?;
    Ok(Stepped { post, mail, next })
}

/// Submit a draft (or a declined post) for approval.
pub fn submit(tx: &Tx<'_>, scope: &Scope, id: i64, now: Timestamp) -> Result<Stepped> {
    let (post, t) = visible(tx, scope, id)?;
    scope.require(Action::PostEdit, &t)?;
    if !matches!(post.state, PostState::Draft | PostState::Declined) {
        let hint = match post.state {
            PostState::PendingApproval => "it waits for approval already".to_string(),
            PostState::Scheduled => as_hint(next_steps(tx, scope, &post)?),
            _ => "published posts stay as they are".to_string(),
        };
        return Err(wrong_state(&post, "submit").with_hint(hint));
    }
    let actor = user(tx, &scope.actor, now)?;
    store::posts::add_event(tx, id, actor, "submitted", None, None, now)?;
    let mail = advance(tx, scope, &post, None, actor, now)?;
    let after = reread(tx, scope, id)?;
    audit(
        tx,
        scope,
        now,
        ("post submit", "post.edit"),
        &after,
        Some(json!({"state": post.state})),
        json!({"state": after.state, "stage": after.stage}),
    )?;
    let next = next_steps(tx, scope, &after)?;
    Ok(Stepped {
        post: after,
        mail,
        next,
    })
}

fn wrong_state(post: &Post, verb: &str) -> Error {
    let state = match (post.state, post.stage) {
        (PostState::PendingApproval, Some(s)) => format!("pending approval ({s} stage)"),
        (s, _) => s.as_str().replace('_', " "),
    };
    Error::conflict(format!("cannot {verb} post {}: it is {state}", post.id))
}

/// Change a post's text. An approved or scheduled post goes back to approval.
pub fn edit(tx: &Tx<'_>, scope: &Scope, id: i64, text: &str, now: Timestamp) -> Result<Stepped> {
    let (post, t) = visible(tx, scope, id)?;
    scope.require(Action::PostEdit, &t)?;
    if post.state == PostState::Published {
        return Err(wrong_state(&post, "edit").with_hint("published posts stay as they are"));
    }
    check_text(text, &post.account, post.provider)?;
    if text == post.text {
        let next = next_steps(tx, scope, &post)?;
        return Ok(Stepped {
            post,
            mail: Vec::new(),
            next,
        });
    }
    let actor = user(tx, &scope.actor, now)?;
    store::posts::set_text(tx, id, text, now)?;
    store::posts::add_event(tx, id, actor, "edited", None, None, now)?;
    let mut mail = Vec::new();
    if matches!(
        post.state,
        PostState::PendingApproval | PostState::Scheduled
    ) {
        // What was approved is not what will be published: every stage approves it again.
        store::posts::supersede_open_approvals(tx, id, now)?;
        let changed = reread(tx, scope, id)?;
        mail = advance(tx, scope, &changed, None, actor, now)?;
    }
    let after = reread(tx, scope, id)?;
    audit(
        tx,
        scope,
        now,
        ("post edit", "post.edit"),
        &after,
        Some(json!({"state": post.state, "text_chars": post.text.chars().count()})),
        json!({"state": after.state, "stage": after.stage, "text_chars": after.text.chars().count()}),
    )?;
    let next = next_steps(tx, scope, &after)?;
    Ok(Stepped {
        post: after,
        mail,
        next,
    })
}

/// Delete a post and its history.
pub fn delete(tx: &Tx<'_>, scope: &Scope, id: i64, now: Timestamp) -> Result<Post> {
    let (post, t) = visible(tx, scope, id)?;
    scope.require(Action::PostDelete, &t)?;
    store::posts::delete(tx, id)?;
    audit(
        tx,
        scope,
        now,
        ("post delete", "post.delete"),
        &post,
        Some(json!({"state": post.state, "author": post.author})),
        json!({"deleted": true}),
    )?;
    Ok(post)
}

/// The post waits for the actor's approval: pending, at a stage `decide()` lets them approve.
fn approvable(tx: &Tx<'_>, scope: &Scope, id: i64, verb: &str) -> Result<(Post, ApprovalStage)> {
    let (post, t) = visible(tx, scope, id)?;
    let stage = match (post.state, post.stage) {
        (PostState::PendingApproval, Some(s)) => s,
        _ => {
            let hint = match post.state {
                PostState::Draft | PostState::Declined => as_hint(next_steps(tx, scope, &post)?),
                PostState::Scheduled => "it was approved already".to_string(),
                _ => "published posts stay as they are".to_string(),
            };
            return Err(wrong_state(&post, verb).with_hint(hint));
        }
    };
    scope.require(Action::PostApprove, &t)?;
    Ok((post, stage))
}

/// Approve the stage a post waits in; the next stage (or the schedule) follows.
pub fn approve(
    tx: &Tx<'_>,
    scope: &Scope,
    id: i64,
    note: Option<&str>,
    now: Timestamp,
) -> Result<Stepped> {
    let (post, stage) = approvable(tx, scope, id, "approve")?;
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    let actor = user(tx, &scope.actor, now)?;
    store::posts::decide_open_approval(tx, id, "approved", actor, note, now)?;
    store::posts::add_event(tx, id, actor, "approved", Some(stage), note, now)?;
    let mail = advance(tx, scope, &post, Some(stage), actor, now)?;
    let after = reread(tx, scope, id)?;
    let mut msg = format!(
        "{} approved your post {} on {} ({stage} stage)",
        scope.actor, id, post.account
    );
    if after.state == PostState::Scheduled {
        msg.push_str("; it is scheduled");
    }
    tell_author(tx, scope, &post, "post_approved", &msg, now)?;
    audit(
        tx,
        scope,
        now,
        ("post approve", "post.approve"),
        &after,
        Some(json!({"state": post.state, "stage": stage})),
        json!({"state": after.state, "stage": after.stage, "note": note}),
    )?;
    let next = next_steps(tx, scope, &after)?;
    Ok(Stepped {
        post: after,
        mail,
        next,
    })
}

/// Decline the stage a post waits in: it goes back to its author with the note.
pub fn decline(tx: &Tx<'_>, scope: &Scope, id: i64, note: &str, now: Timestamp) -> Result<Stepped> {
    // Only whoever may decline it is told how.
    let (post, stage) = approvable(tx, scope, id, "decline")?;
    let note = note.trim();
    if note.is_empty() {
        return Err(
            Error::invalid("declining needs a note: tell the author what to change")
                .with_hint(run_with(
                    "say it with --note",
                    scope,
                    &format!("post decline {id} --note \"what to change\""),
                ))
                .with_field("note"),
        );
    }
    let actor = user(tx, &scope.actor, now)?;
    store::posts::decide_open_approval(tx, id, "declined", actor, Some(note), now)?;
    store::posts::set_state(tx, id, PostState::Declined, now)?;
    store::posts::add_event(tx, id, actor, "declined", Some(stage), Some(note), now)?;
    tell_author(
        tx,
        scope,
        &post,
        "post_declined",
        &format!(
            "{} declined your post {} on {} ({stage} stage): {note}",
            scope.actor, id, post.account
        ),
        now,
    )?;
    let after = reread(tx, scope, id)?;
    audit(
        tx,
        scope,
        now,
        ("post decline", "post.approve"),
        &after,
        Some(json!({"state": post.state, "stage": stage})),
        json!({"state": after.state, "note": note}),
    )?;
    let next = vec![format!(
        "It went back to its author, {}, with your note.",
        after.author
    )];
    Ok(Stepped {
        post: after,
        mail: Vec::new(),
        next,
    })
}

/// Publish a scheduled post with the credentials of its author's assignment: refused while
/// those credentials need reauthentication, naming who must reauthenticate.
pub fn publish(tx: &Tx<'_>, scope: &Scope, id: i64, now: Timestamp) -> Result<Stepped> {
    let (post, t) = visible(tx, scope, id)?;
    scope.require(Action::PostPublish, &t)?;
    if post.state != PostState::Scheduled {
        let hint = match post.state {
            PostState::Draft | PostState::Declined => as_hint(next_steps(tx, scope, &post)?),
            PostState::PendingApproval => "it waits for approval".to_string(),
            _ => "it was published already".to_string(),
        };
        return Err(wrong_state(&post, "publish").with_hint(hint));
    }
    let ws = &scope.workspace;
    let acc = account(tx, scope, &post.account)?;
    let author = store::memberships::find(tx, ws.id, &post.author)?;
    let assignment = match &author {
        // The owner holds every account and posts with its own connection.
        Some(m) if !m.role.holds_every_account() => {
            store::accounts::assignments_of_member(tx, m.id)?
                .into_iter()
                .find(|a| a.account == post.account)
        }
        _ => None,
    };
    match assignment {
        Some(a)
            if a.credentials == Some(Credentials::Member)
                && a.auth_status == AuthStatus::NeedsReauth =>
        {
            return Err(Error::conflict(format!(
                "post {id} publishes with {}'s own credentials on {}, which need reauthentication",
                post.author, post.account
            ))
            .with_hint(reauth_hint(scope, &post, Credentials::Member, &post.author)));
        }
        Some(a) if a.credentials == Some(Credentials::Member) => {}
        _ if acc.auth_status == AuthStatus::NeedsReauth => {
            return Err(Error::conflict(format!(
                "post {id} publishes with the owner's credentials on {}, which need reauthentication",
                post.account
            ))
            .with_hint(reauth_hint(scope, &post, Credentials::Owner, &ws.owner)));
        }
        _ => {}
    }
    let actor = user(tx, &scope.actor, now)?;
    store::posts::set_state(tx, id, PostState::Published, now)?;
    store::posts::add_event(tx, id, actor, "published", None, None, now)?;
    if post.author != scope.actor {
        let msg = format!(
            "{} published your post {} on {}",
            scope.actor, id, post.account
        );
        tell_author(tx, scope, &post, "post_published", &msg, now)?;
    }
    let after = reread(tx, scope, id)?;
    audit(
        tx,
        scope,
        now,
        ("post publish", "post.publish"),
        &after,
        Some(json!({"state": post.state})),
        json!({"state": after.state}),
    )?;
    Ok(Stepped {
        post: after,
        mail: Vec::new(),
        next: Vec::new(),
    })
}

/// Who must reauthenticate the credentials a post publishes with: the command when it is the
/// actor and `decide()` lets them, else their name.
fn reauth_hint(scope: &Scope, post: &Post, credentials: Credentials, who: &Email) -> String {
    let t = Target {
        account: Some(post.account.to_string()),
        credentials: Some(credentials),
        ..Target::default()
    };
    if *who == scope.actor && scope.decide(Action::AccountReauth, &t).allowed {
        run_with(
            "reauthenticate it, then publish again",
            scope,
            &format!("account reauth {}", post.account),
        )
    } else {
        format!(
            "{who} must reauthenticate {} first; then it can be published",
            post.account
        )
    }
}

/// What `post list` reads, once its checks pass: the posts the actor can see (the owner: all;
/// everyone else: those on their accounts), narrowed by the request.
pub fn list_filter<'r>(tx: &Tx<'_>, scope: &Scope, req: &'r ListRequest) -> Result<Filter<'r>> {
    scope.require(Action::PostView, &Target::default())?;
    let mut account_id = None;
    if let Some(slug) = &req.account {
        let acc = account(tx, scope, slug)?;
        scope.require(Action::PostView, &account_target(tx, scope, &acc)?)?;
        account_id = Some(acc.id);
    }
    let owner_sees_all = scope
        .decide(
            Action::PostView,
            &Target {
                assigned: Some(false),
                ..Target::default()
            },
        )
        .allowed;
    let assigned_to = match &scope.membership {
        Some(m) if !owner_sees_all => Some(m.id),
        _ => None,
    };
    let state = if req.waiting_on_me {
        Some(PostState::PendingApproval)
    } else {
        req.state
    };
    Ok(Filter {
        assigned_to,
        account_id,
        state,
        author: req.author.as_ref(),
    })
}

/// The posts `list_filter` allows, each handed to `f` as it is read (`Break` stops the
/// reading); checked first by `list_filter`, so that nothing is printed before a refusal.
pub fn each(
    tx: &Tx<'_>,
    scope: &Scope,
    req: &ListRequest,
    filter: &Filter<'_>,
    mut f: impl FnMut(&Post) -> ControlFlow<()>,
) -> Result<()> {
    store::posts::each(tx, scope.workspace.id, filter, |p| {
        // Waiting on me: the posts decide() lets the actor approve now.
        if req.waiting_on_me
            && !scope
                .decide(Action::PostApprove, &target(tx, scope, &p)?)
                .allowed
        {
            return Ok(ControlFlow::Continue(()));
        }
        Ok(f(&p))
    })
}

/// One post with its history.
pub fn show(tx: &Tx<'_>, scope: &Scope, id: i64) -> Result<(Post, Vec<PostEvent>)> {
    let (post, _) = visible(tx, scope, id)?;
    let events = store::posts::events(tx, id)?;
    Ok((post, events))
}

/// The accounts the actor may post on, for the wizard.
pub fn create_choices(tx: &Tx<'_>, scope: &Scope) -> Result<Vec<Account>> {
    let mut out = Vec::new();
    for a in store::accounts::list(tx, scope.workspace.id)? {
        if scope
            .decide(Action::PostCreate, &account_target(tx, scope, &a)?)
            .allowed
        {
            out.push(a);
        }
    }
    Ok(out)
}
