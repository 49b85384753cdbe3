//! `config plan` and `config apply`: the changes that make the database match a roster.toml,
//! each made of the very ops calls that `apply` runs. The plan rehearses them (each step in a
//! savepoint, failures collected) so that what it says is allowed is what apply does.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::{ConfigFile, MemberConfig, Mode};
use crate::domain::{AssignSpec, Credentials, Email, MemberStatus, Posting, Role, Slug, Timestamp};
use crate::error::{Error, ErrorKind, Result};
use crate::ops::members::{Lookups, member_target};
use crate::ops::{self, Scope};
use crate::permissions::{Action, Target};
use crate::store::{self, Tx, accounts::AssignmentFacts, memberships::Settings};

/// The version of the `--json` plan document (and of saved plans).
pub const FORMAT_VERSION: &str = "1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeAction {
    Create,
    Update,
    Remove,
}

/// One ops call. A change is one or more of them.
#[derive(Debug, Clone)]
enum Step {
    CreateWorkspace(ops::workspaces::CreateRequest),
    Rename(String),
    Settings(bool),
    /// A difference no operation makes (an account's name, the owner): refused with this error.
    Refuse(Error),
    AddAccount(ops::accounts::AddRequest),
    RemoveAccount(Slug),
    Invite(ops::members::InviteRequest),
    Update(Email, ops::members::UpdateRequest),
    Unassign(Slug, Email),
    RemoveMember(Email),
}

/// A field of a change: its value in the database and in the file (null for none).
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub old: Value,
    pub new: Value,
}

/// One line of the plan: what changes, and whether `decide()` lets the actor make it.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: ChangeAction,
    pub kind: &'static str,
    pub key: String,
    /// What follows the key on the `+` line, e.g. `(facebook, "Acme Page")`.
    pub label: Option<String>,
    pub fields: Vec<Field>,
    pub allowed: bool,
    pub reason: Option<String>,
    /// Why the change cannot be made, when it cannot.
    pub error: Option<Error>,
    /// A member's role as it is now (or is invited as): what `decide()` is asked about.
    role: Option<Role>,
    steps: Vec<Step>,
}

/// The changes between a roster.toml and the database, in the order apply makes them.
#[derive(Debug, Clone)]
pub struct Plan {
    pub workspace: Slug,
    pub mode: Mode,
    pub changes: Vec<Change>,
    /// The database revision the plan was computed against (`store::workspaces::revision`).
    pub revision: String,
}

/// What an apply did: the mail it queued.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub mail: Vec<i64>,
}

/// The settings of one run of the steps.
#[derive(Debug, Clone)]
pub struct RunSettings {
    pub actor: Email,
    pub now: Timestamp,
    pub ttl: time::Duration,
    pub send_email: bool,
}

impl Plan {
    pub fn count(&self, a: ChangeAction) -> usize {
        self.changes.iter().filter(|c| c.action == a).count()
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// What the plan removes, in words: "1 member and 2 accounts".
    pub fn removals(&self) -> String {
        let mut kinds: Vec<(&str, usize)> = Vec::new();
        for c in self
            .changes
            .iter()
            .filter(|c| c.action == ChangeAction::Remove)
        {
            match kinds.iter_mut().find(|(k, _)| *k == c.kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((c.kind, 1)),
            }
        }
        let words: Vec<String> = kinds
            .iter()
            .map(|(k, n)| format!("{n} {k}{}", if *n == 1 { "" } else { "s" }))
            .collect();
        match words.as_slice() {
            [] => "nothing".into(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    pub fn first_refused(&self) -> Option<&Change> {
        self.changes.iter().find(|c| !c.allowed)
    }

    pub fn summary_line(&self) -> String {
        if self.is_empty() {
            return "No changes.".into();
        }
        format!(
            "Plan: {} to add, {} to change, {} to remove.",
            self.count(ChangeAction::Create),
            self.count(ChangeAction::Update),
            self.count(ChangeAction::Remove)
        )
    }

    /// The Terraform-style text: one line per change, indented field lines, the summary.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for c in &self.changes {
            out.push_str(&c.human());
        }
        if !self.is_empty() {
            out.push('\n');
        }
        out.push_str(&self.summary_line());
        out.push('\n');
        out
    }

    /// A SHA-256 over everything `apply` acts on when it makes this plan as `actor`: the
    /// workspace, mode and revision, and every change with its label and fields (old and new
    /// values), the very text `config plan` shows. The steps follow from those and the database
    /// at that revision, so two plans with one digest make the same calls. A saved plan keeps
    /// the digest of the plan it showed; apply recomputes the plan from the saved config and
    /// the database, and makes it only if its digest is the same.
    pub fn digest(&self, actor: &Email) -> String {
        use sha2::{Digest, Sha256};
        let changes: Vec<Value> = self
            .changes
            .iter()
            .map(|c| {
                let fields: Vec<Value> = c
                    .fields
                    .iter()
                    .map(|f| json!([f.name, f.old, f.new]))
                    .collect();
                json!([c.action, c.kind, c.key, c.label, fields])
            })
            .collect();
        let doc = json!({
            "format_version": FORMAT_VERSION,
            "actor": actor,
            "workspace": self.workspace,
            "mode": self.mode,
            "revision": self.revision,
            "changes": changes,
        });
        let digest = Sha256::digest(doc.to_string().as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    /// The `--json` document.
    pub fn json(&self) -> Value {
        json!({
            "format_version": FORMAT_VERSION,
            "workspace": self.workspace,
            "mode": self.mode,
            "changes": self.changes.iter().map(Change::json).collect::<Vec<_>>(),
            "summary": {
                "add": self.count(ChangeAction::Create),
                "change": self.count(ChangeAction::Update),
                "remove": self.count(ChangeAction::Remove),
            },
        })
    }
}

impl Change {
    fn new(action: ChangeAction, kind: &'static str, key: impl Into<String>) -> Change {
        Change {
            action,
            kind,
            key: key.into(),
            label: None,
            fields: Vec::new(),
            allowed: true,
            reason: None,
            error: None,
            role: None,
            steps: Vec::new(),
        }
    }

    fn field(&mut self, name: impl Into<String>, old: Value, new: Value) {
        self.fields.push(Field {
            name: name.into(),
            old,
            new,
        });
    }

    fn sign(&self) -> char {
        match self.action {
            ChangeAction::Create => '+',
            ChangeAction::Update => '~',
            ChangeAction::Remove => '-',
        }
    }

    /// The step as people name it, e.g. `+ member client@brand.test`.
    pub fn title(&self) -> String {
        format!("{} {} {}", self.sign(), self.kind, self.key)
    }

    fn human(&self) -> String {
        let mut line = self.title();
        if let Some(l) = &self.label {
            line.push(' ');
            line.push_str(l);
        }
        if !self.allowed
            && let Some(r) = &self.reason
        {
            line.push_str(&format!(" ({r})"));
        }
        line.push('\n');
        for f in &self.fields {
            line.push_str(&format!("    {}\n", field_line(self.action, f)));
        }
        line
    }

    fn json(&self) -> Value {
        let mut fields = Map::new();
        for f in &self.fields {
            fields.insert(f.name.clone(), json!({"old": f.old, "new": f.new}));
        }
        json!({
            "action": self.action,
            "kind": self.kind,
            "key": self.key,
            "fields": fields,
            "allowed": self.allowed,
            "reason": self.reason,
        })
    }
}

/// `role: editor -> client`, `assign acme-fb: approve false -> true`, or for a new thing just
/// its value.
fn field_line(action: ChangeAction, f: &Field) -> String {
    let name = f.name.replacen("assign.", "assign ", 1);
    if f.name.starts_with("assign.")
        && let (Value::Object(o), Value::Object(n)) = (&f.old, &f.new)
    {
        let moved: Vec<String> = ["approve", "posting", "credentials"]
            .iter()
            .filter(|k| o.get(**k) != n.get(**k))
            .map(|k| {
                format!(
                    "{k} {} -> {}",
                    word(o.get(*k).unwrap_or(&Value::Null)),
                    word(n.get(*k).unwrap_or(&Value::Null))
                )
            })
            .collect();
        return format!("{name}: {}", moved.join(", "));
    }
    match action {
        ChangeAction::Create => format!("{name}: {}", shown(&f.name, &f.new)),
        ChangeAction::Remove => format!("{name}: {}", shown(&f.name, &f.old)),
        ChangeAction::Update => format!(
            "{name}: {} -> {}",
            shown(&f.name, &f.old),
            shown(&f.name, &f.new)
        ),
    }
}

fn word(v: &Value) -> String {
    match v {
        Value::Null => "none".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn shown(name: &str, v: &Value) -> String {
    match v {
        Value::Null if name.starts_with("assign.") => "unassigned".into(),
        Value::Object(o) => {
            let mut parts = Vec::new();
            if o.get("approve") == Some(&Value::Bool(true)) {
                parts.push("approve".to_string());
            }
            for k in ["posting", "credentials"] {
                if let Some(Value::String(s)) = o.get(k) {
                    parts.push(format!("{k} {s}"));
                }
            }
            if parts.is_empty() {
                "assigned".into()
            } else {
                parts.join(", ")
            }
        }
        Value::String(s) if name == "name" || name == "handle" => format!("{s:?}"),
        other => word(other),
    }
}

fn facts_json(f: &AssignmentFacts) -> Value {
    json!({"approve": f.approve, "posting": f.posting, "credentials": f.credentials})
}

/// The assignments a file's member should have, as the ops would store them.
fn wanted_assignments(m: &MemberConfig) -> Result<Vec<(Slug, AssignmentFacts, AssignSpec)>> {
    m.assign
        .iter()
        .map(|a| {
            let spec = AssignSpec {
                account: a.account.clone(),
                approve: a.approve,
                posting: a.posting,
                credentials: a.credentials,
            };
            let facts = ops::members::assignment_facts(m.role.role(), m.can_manage_posts, &spec)?;
            Ok((a.account.clone(), facts, spec))
        })
        .collect()
}

fn spec_of(slug: &Slug, f: &AssignmentFacts) -> AssignSpec {
    AssignSpec {
        account: slug.clone(),
        approve: f.approve,
        posting: f.posting,
        credentials: f.credentials,
    }
}

fn settings_of(m: &MemberConfig) -> Settings {
    Settings {
        role: m.role.role(),
        can_add_accounts: m.can_add_accounts,
        can_manage_posts: m.can_manage_posts,
        require_2fa: m.require_2fa,
    }
}

/// Compute the changes between `file` and the database as `run.actor` would make them, then
/// rehearse each step in a savepoint of `tx` and record whether it was allowed. The caller
/// rolls `tx` back (`Store::rehearse`).
pub fn plan(tx: &Tx<'_>, file: &ConfigFile, run: &RunSettings) -> Result<Plan> {
    let mut plan = compute(tx, file, run)?;
    execute(tx, &mut plan, run)?;
    Ok(plan)
}

/// Make the changes in this transaction: the same steps as `plan`, and the plan with the
/// verdicts; the audit rows it wrote share `batch`. The caller commits only a plan without a
/// refused change (`Plan::first_refused`), so that one pass both checks and writes.
pub fn apply(
    tx: &Tx<'_>,
    file: &ConfigFile,
    run: &RunSettings,
    batch: &str,
) -> Result<(Plan, Applied)> {
    let first_audit = store::audit::last_id(tx)?;
    let mut plan = compute(tx, file, run)?;
    let applied = execute(tx, &mut plan, run)?;
    store::audit::tag_batch(tx, first_audit, batch)?;
    Ok((plan, applied))
}

/// The difference between the file and the database, read with a fixed number of queries.
fn compute(tx: &Tx<'_>, file: &ConfigFile, run: &RunSettings) -> Result<Plan> {
    let w = &file.workspace;
    let revision = store::workspaces::revision(tx, &w.slug)?;
    let mut changes = Vec::new();
    let existing = store::workspaces::find(tx, &w.slug)?;
    let mut plan = Plan {
        workspace: w.slug.clone(),
        mode: w.mode,
        changes: Vec::new(),
        revision,
    };
    let Some(ws) = existing else {
        if w.owner != run.actor {
            return Err(Error::invalid(format!(
                "workspace '{}' does not exist, and the file names {} as its owner while you act as {}: a new workspace belongs to whoever creates it",
                w.slug, w.owner, run.actor
            ))
            .with_hint(format!("run the plan as its owner: --as {}", w.owner)));
        }
        let mut c = Change::new(ChangeAction::Create, "workspace", w.slug.as_str());
        c.field("name", Value::Null, json!(w.name));
        c.field("owner", Value::Null, json!(w.owner));
        if w.require_2fa {
            c.field("require_2fa", Value::Null, json!(true));
        }
        c.steps
            .push(Step::CreateWorkspace(ops::workspaces::CreateRequest {
                name: ops::workspaces::parse_name(&w.name)?,
                slug: w.slug.clone(),
                require_2fa: w.require_2fa,
            }));
        changes.push(c);
        for a in &file.accounts {
            changes.push(add_account(a));
        }
        for m in &file.members {
            changes.push(invite_member(m, run.send_email)?);
        }
        plan.changes = changes;
        return Ok(plan);
    };
    // The workspace itself.
    let mut c = Change::new(ChangeAction::Update, "workspace", w.slug.as_str());
    if ws.name != w.name {
        c.field("name", json!(ws.name), json!(w.name));
        c.steps.push(Step::Rename(w.name.clone()));
    }
    if ws.require_2fa != w.require_2fa {
        c.field("require_2fa", json!(ws.require_2fa), json!(w.require_2fa));
        c.steps.push(Step::Settings(w.require_2fa));
    }
    if ws.owner != w.owner {
        c.field("owner", json!(ws.owner), json!(w.owner));
        c.steps.push(Step::Refuse(
            Error::conflict(format!(
                "{} is owned by {}: the owner changes only by `roster workspace transfer`",
                ws.slug, ws.owner
            ))
            .with_hint(format!("set owner = \"{}\" in the file", ws.owner)),
        ));
    }
    if !c.fields.is_empty() {
        changes.push(c);
    }
    // What the actor may see: a plan shows nothing more than `account list` and `member list`
    // do (an account or member they may not see is planned as one that does not exist).
    let scope = ops::load_scope(tx, &run.actor, &ws.slug)?;
    // Accounts.
    let accounts: Vec<_> = ops::accounts::visible(tx, &scope)?
        .into_iter()
        .map(|(a, _)| a)
        .collect();
    for a in &file.accounts {
        match accounts.iter().find(|x| x.slug == a.slug) {
            None => changes.push(add_account(a)),
            Some(x) => {
                let mut c = Change::new(ChangeAction::Update, "account", a.slug.as_str());
                if x.provider != a.provider {
                    c.field("provider", json!(x.provider), json!(a.provider));
                }
                if x.name != a.name {
                    c.field("name", json!(x.name), json!(a.name));
                }
                if x.handle != a.handle {
                    c.field("handle", json!(x.handle), json!(a.handle));
                }
                if !c.fields.is_empty() {
                    c.steps.push(Step::Refuse(
                        Error::conflict(format!(
                            "account '{}' exists with another provider, name or handle, and no command changes those",
                            a.slug
                        ))
                        .with_hint("write the account as `roster config export` shows it, or remove it and add it again"),
                    ));
                    changes.push(c);
                }
            }
        }
    }
    // Members: every membership and assignment of the workspace in two queries. A member the
    // actor may not see is planned as a stranger would be (no command tells members from
    // non-members to them).
    let mut rows = store::memberships::list(tx, ws.id, run.now)?;
    rows.retain(|r| ops::members::sees(&scope, &r.membership));
    let seen: HashSet<&Slug> = accounts.iter().map(|a| &a.slug).collect();
    let mut held: HashMap<i64, Vec<(Slug, AssignmentFacts)>> = HashMap::new();
    for (m, slug, f) in store::accounts::assignment_facts_of_workspace(tx, ws.id)?
        .into_iter()
        .filter(|(_, slug, _)| seen.contains(slug))
    {
        held.entry(m).or_default().push((slug, f));
    }
    let by_email: HashMap<&Email, &store::memberships::MemberRow> =
        rows.iter().map(|r| (&r.membership.email, r)).collect();
    let exact = w.mode == Mode::Exact;
    for m in &file.members {
        let row = by_email.get(&m.email).copied().filter(|r| {
            matches!(
                r.membership.status,
                MemberStatus::Active | MemberStatus::Pending | MemberStatus::Expired
            )
        });
        let Some(row) = row else {
            changes.push(invite_member(m, run.send_email)?);
            continue;
        };
        let cur = &row.membership;
        let have = held.get(&cur.id).map(Vec::as_slice).unwrap_or(&[]);
        let want = wanted_assignments(m)?;
        let mut c = Change::new(ChangeAction::Update, "member", m.email.as_str());
        c.role = Some(cur.role);
        if cur.role.holds_every_account() {
            c.field("role", json!(cur.role), json!(m.role));
            c.steps.push(Step::Refuse(Error::conflict(format!(
                "{} owns {}: the owner is [workspace] owner, not a member",
                m.email, ws.slug
            ))));
            changes.push(c);
            continue;
        }
        let role = m.role.role();
        let role_moved = cur.role != role;
        if role_moved {
            c.field("role", json!(cur.role), json!(role));
        }
        let mut flags = ops::members::UpdateRequest::default();
        if cur.can_add_accounts != m.can_add_accounts {
            c.field(
                "can_add_accounts",
                json!(cur.can_add_accounts),
                json!(m.can_add_accounts),
            );
            flags.can_add_accounts = Some(m.can_add_accounts);
        }
        if cur.can_manage_posts != m.can_manage_posts {
            c.field(
                "can_manage_posts",
                json!(cur.can_manage_posts),
                json!(m.can_manage_posts),
            );
            flags.can_manage_posts = Some(m.can_manage_posts);
        }
        if cur.require_2fa != m.require_2fa {
            c.field("require_2fa", json!(cur.require_2fa), json!(m.require_2fa));
            flags.require_2fa = Some(m.require_2fa);
        }
        let mut moved_specs = Vec::new();
        for (slug, f, spec) in &want {
            let old = have.iter().find(|(s, _)| s == slug).map(|(_, f)| f);
            if old != Some(f) {
                c.field(
                    format!("assign.{slug}"),
                    old.map_or(Value::Null, facts_json),
                    facts_json(f),
                );
                moved_specs.push(spec.clone());
            }
        }
        let mut dropped = Vec::new();
        for (slug, f) in have {
            if !want.iter().any(|(s, _, _)| s == slug) {
                if exact {
                    c.field(format!("assign.{slug}"), facts_json(f), Value::Null);
                }
                dropped.push((slug.clone(), *f));
            }
        }
        let expired = cur.status == MemberStatus::Expired;
        if expired {
            c.field("invitation", json!("expired"), json!("pending"));
        }
        if c.fields.is_empty() {
            continue;
        }
        if cur.status == MemberStatus::Active {
            if exact {
                for (slug, _) in &dropped {
                    c.steps.push(Step::Unassign(slug.clone(), m.email.clone()));
                }
            }
            if role_moved {
                flags.role = Some(role);
                // A new role rewrites every assignment: give the file's for all of them.
                moved_specs = want.iter().map(|(_, _, s)| s.clone()).collect();
            }
            flags.assign = moved_specs;
            if flags.role.is_some()
                || flags.can_add_accounts.is_some()
                || flags.can_manage_posts.is_some()
                || flags.require_2fa.is_some()
                || !flags.assign.is_empty()
            {
                c.steps.push(Step::Update(m.email.clone(), flags));
            }
        } else {
            // An open invitation is changed by inviting again with the whole of the settings;
            // in additive mode the assignments the file does not name are kept.
            let mut assign: Vec<AssignSpec> = want.iter().map(|(_, _, s)| s.clone()).collect();
            if !exact {
                assign.extend(dropped.iter().map(|(s, f)| spec_of(s, f)));
            }
            c.steps.push(Step::Invite(ops::members::InviteRequest {
                email: m.email.clone(),
                role,
                settings: settings_of(m),
                assign,
                send_email: run.send_email,
            }));
        }
        changes.push(c);
    }
    // What the file leaves out goes only in exact mode.
    if exact {
        let named: HashSet<&Email> = file.members.iter().map(|m| &m.email).collect();
        for r in &rows {
            let m = &r.membership;
            if m.role.holds_every_account()
                || named.contains(&m.email)
                || !matches!(
                    m.status,
                    MemberStatus::Active | MemberStatus::Pending | MemberStatus::Expired
                )
            {
                continue;
            }
            let mut c = Change::new(ChangeAction::Remove, "member", m.email.as_str());
            c.role = Some(m.role);
            c.label = Some(format!("({}, {})", m.role, m.status));
            c.steps.push(Step::RemoveMember(m.email.clone()));
            changes.push(c);
        }
        let listed: HashSet<&Slug> = file.accounts.iter().map(|a| &a.slug).collect();
        for a in &accounts {
            if !listed.contains(&a.slug) {
                let mut c = Change::new(ChangeAction::Remove, "account", a.slug.as_str());
                c.label = Some(format!("({}, {:?})", a.provider, a.name));
                c.steps.push(Step::RemoveAccount(a.slug.clone()));
                changes.push(c);
            }
        }
    }
    plan.changes = changes;
    Ok(plan)
}

fn add_account(a: &super::AccountConfig) -> Change {
    let mut c = Change::new(ChangeAction::Create, "account", a.slug.as_str());
    c.label = Some(format!("({}, {:?})", a.provider, a.name));
    if let Some(h) = &a.handle {
        c.field("handle", Value::Null, json!(h));
    }
    c.steps.push(Step::AddAccount(ops::accounts::AddRequest {
        provider: a.provider,
        name: a.name.clone(),
        slug: a.slug.clone(),
        handle: a.handle.clone(),
    }));
    c
}

/// `+ member`: an invitation with the file's settings.
fn invite_member(m: &MemberConfig, send_email: bool) -> Result<Change> {
    let mut c = Change::new(ChangeAction::Create, "member", m.email.as_str());
    c.role = Some(m.role.role());
    c.label = Some(format!("({})", m.role.role()));
    for (name, on) in [
        ("can_add_accounts", m.can_add_accounts),
        ("can_manage_posts", m.can_manage_posts),
        ("require_2fa", m.require_2fa),
    ] {
        if on {
            c.field(name, Value::Null, json!(true));
        }
    }
    let want = wanted_assignments(m)?;
    for (slug, f, _) in &want {
        c.field(format!("assign.{slug}"), Value::Null, facts_json(f));
    }
    c.steps.push(Step::Invite(ops::members::InviteRequest {
        email: m.email.clone(),
        role: m.role.role(),
        settings: settings_of(m),
        assign: want.into_iter().map(|(_, _, s)| s).collect(),
        send_email,
    }));
    Ok(c)
}

/// Run every change's steps in savepoints: a failed step marks its change refused (what it
/// wrote is undone) and the rest go on, so that every refusal is reported.
fn execute(tx: &Tx<'_>, plan: &mut Plan, run: &RunSettings) -> Result<Applied> {
    let slug = plan.workspace.clone();
    let mut scope: Option<Scope> = match store::workspaces::find(tx, &slug)? {
        Some(_) => Some(ops::load_scope(tx, &run.actor, &slug)?),
        None => None,
    };
    let mut applied = Applied::default();
    // What invitations look up, read once while only invitations follow one another.
    let mut look = Lookups::for_batch();
    for c in &mut plan.changes {
        let mut failure = None;
        for step in &c.steps {
            let outcome = tx.savepoint(|tx| run_step(tx, &mut scope, &mut look, step, run));
            if outcome.is_err() {
                // What the failed step wrote is undone: so is what was looked up meanwhile.
                look = Lookups::for_batch();
            }
            match outcome {
                Ok(mail) => applied.mail.extend(mail),
                Err(e) if matches!(e.kind, ErrorKind::Storage | ErrorKind::Internal) => {
                    return Err(e);
                }
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        match failure {
            Some(e) => {
                c.allowed = false;
                c.reason = Some(reason_of(&e));
                c.error = Some(e);
            }
            None => {
                c.reason = scope.as_ref().and_then(|s| allowed_reason(s, c));
            }
        }
    }
    Ok(applied)
}

/// `denied: …` out of an ops error (`member.invite in acme: denied: …`), else the message.
fn reason_of(e: &Error) -> String {
    for word in ["denied: ", "refused: "] {
        if let Some(i) = e.message.find(word) {
            return e.message[i..].to_string();
        }
    }
    format!("refused: {}", e.message)
}

/// The rule that allows a change, as `decide()` words it.
fn allowed_reason(scope: &Scope, c: &Change) -> Option<String> {
    let (action, target) = match (c.kind, c.action) {
        ("workspace", ChangeAction::Create) => {
            return Some("allowed: whoever creates a workspace owns it".into());
        }
        ("workspace", _) => (Action::WorkspaceRename, Target::default()),
        ("account", ChangeAction::Create) => (Action::AccountAdd, Target::default()),
        ("account", _) => (
            Action::AccountRemove,
            Target {
                account: Some(c.key.clone()),
                ..Target::default()
            },
        ),
        ("member", action) => {
            let email: Email = c.key.parse().ok()?;
            let role = c.role?;
            let a = match action {
                ChangeAction::Create => Action::MemberInvite,
                ChangeAction::Update => Action::MemberUpdate,
                ChangeAction::Remove => Action::MemberRemove,
            };
            (a, member_target(scope, &email, role))
        }
        _ => return None,
    };
    let d = scope.decide(action, &target);
    d.allowed.then(|| d.line())
}

fn need(scope: &Option<Scope>) -> Result<&Scope> {
    scope
        .as_ref()
        .ok_or_else(|| Error::internal("a config step before its workspace exists"))
}

/// One ops call; the mail it queued, if any.
fn run_step(
    tx: &Tx<'_>,
    scope: &mut Option<Scope>,
    look: &mut Lookups,
    step: &Step,
    run: &RunSettings,
) -> Result<Option<i64>> {
    let now = run.now;
    if !matches!(step, Step::Invite(_)) {
        // Any other change may move what invitations look up (accounts, assignments).
        *look = Lookups::for_batch();
    }
    match step {
        Step::CreateWorkspace(req) => {
            let ws = ops::workspaces::create(tx, &run.actor, req, now)?;
            *scope = Some(ops::load_scope(tx, &run.actor, &ws.slug)?);
        }
        Step::Rename(name) => {
            ops::workspaces::rename(tx, need(scope)?, name, now)?;
            *scope = Some(need(scope)?.reload(tx)?);
        }
        Step::Settings(on) => {
            ops::workspaces::settings(tx, need(scope)?, *on, now)?;
            *scope = Some(need(scope)?.reload(tx)?);
        }
        Step::Refuse(e) => return Err(e.clone()),
        Step::AddAccount(req) => {
            ops::accounts::add(tx, need(scope)?, req, now)?;
        }
        Step::RemoveAccount(slug) => {
            ops::accounts::remove(tx, need(scope)?, slug, now)?;
        }
        Step::Invite(req) => {
            let i = ops::members::invite_with(look, tx, need(scope)?, req, now, run.ttl, None)?;
            return Ok(i.mail);
        }
        Step::Update(email, req) => {
            ops::members::update(tx, need(scope)?, email, req, now)?;
        }
        Step::Unassign(slug, email) => {
            ops::accounts::unassign(tx, need(scope)?, slug, email, now)?;
        }
        Step::RemoveMember(email) => {
            ops::members::remove(tx, need(scope)?, email, now)?;
        }
    }
    Ok(None)
}

/// Posting and credentials as `export` writes them: only what differs from the defaults.
pub fn non_default_posting(p: Option<Posting>) -> Option<Posting> {
    p.filter(|p| *p != Posting::Full)
}

pub fn non_default_credentials(c: Option<Credentials>) -> Option<Credentials> {
    c.filter(|c| *c != Credentials::Owner)
}
