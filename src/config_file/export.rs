//! `config export`: a workspace as a roster.toml that `plan` reports as `No changes.` — written
//! fresh in a fixed order, or merged into an existing file with toml_edit so that the user's
//! comments and order survive wherever the values did not change.

use std::collections::{HashMap, HashSet};

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use super::{AccountConfig, AssignConfig, ConfigFile, MemberConfig, MemberRole, Mode};
use super::{WorkspaceConfig, plan};
use crate::domain::{MemberStatus, Slug};
use crate::error::Result;
use crate::ops::{self, Scope};
use crate::store::{self, Tx};

/// The workspace of `scope` as a config model, showing exactly what its actor may see: the
/// accounts `account list` shows them, and the members other than the owner that are active or
/// invited and that `member list` shows them, with their assignments on those accounts, and
/// non-default settings only. Visibility is asked of the same functions those commands use.
pub fn snapshot(tx: &Tx<'_>, scope: &Scope, now: crate::domain::Timestamp) -> Result<ConfigFile> {
    let ws = &scope.workspace;
    let visible = ops::accounts::visible(tx, scope)?;
    let shown: HashSet<Slug> = visible.iter().map(|(a, _)| a.slug.clone()).collect();
    let accounts = visible
        .into_iter()
        .map(|(a, _)| AccountConfig {
            slug: a.slug,
            provider: a.provider,
            name: a.name,
            handle: a.handle,
        })
        .collect();
    let mut held: HashMap<i64, Vec<AssignConfig>> = HashMap::new();
    for (m, slug, f) in store::accounts::assignment_facts_of_workspace(tx, ws.id)? {
        // An account the actor may not see is not named, not even in an assignment.
        if !shown.contains(&slug) {
            continue;
        }
        held.entry(m).or_default().push(AssignConfig {
            account: slug,
            approve: f.approve,
            posting: plan::non_default_posting(f.posting),
            credentials: plan::non_default_credentials(f.credentials),
        });
    }
    let mut members = Vec::new();
    for row in store::memberships::list(tx, ws.id, now)? {
        let m = row.membership;
        // The owner is `[workspace] owner`, never a member.
        let Some(role) = MemberRole::of(m.role) else {
            continue;
        };
        if !matches!(m.status, MemberStatus::Active | MemberStatus::Pending)
            || !ops::members::listed(scope, &m)
        {
            continue;
        }
        members.push(MemberConfig {
            email: m.email,
            role,
            can_add_accounts: m.can_add_accounts,
            can_manage_posts: m.can_manage_posts,
            require_2fa: m.require_2fa,
            assign: held.remove(&m.id).unwrap_or_default(),
        });
    }
    Ok(ConfigFile {
        workspace: WorkspaceConfig {
            slug: ws.slug.clone(),
            name: ws.name.clone(),
            owner: ws.owner.clone(),
            require_2fa: ws.require_2fa,
            mode: Mode::Additive,
        },
        accounts,
        members,
        expect: Vec::new(),
        expect_who: Vec::new(),
    })
}

/// The model as a fresh document: `[workspace]`, then `[[accounts]]` by slug, then
/// `[[members]]` by role and email; flags and assignment settings only where not the default.
pub fn document(file: &ConfigFile) -> DocumentMut {
    let mut doc = DocumentMut::new();
    let w = &file.workspace;
    let mut t = Table::new();
    t.insert("slug", toml_edit::value(w.slug.as_str()));
    t.insert("name", toml_edit::value(w.name.as_str()));
    t.insert("owner", toml_edit::value(w.owner.as_str()));
    t.insert("require_2fa", toml_edit::value(w.require_2fa));
    if w.mode == Mode::Exact {
        t.insert("mode", toml_edit::value("exact"));
    }
    doc.insert("workspace", Item::Table(t));
    if !file.accounts.is_empty() {
        let mut list = ArrayOfTables::new();
        for a in &file.accounts {
            let mut t = Table::new();
            t.insert("slug", toml_edit::value(a.slug.as_str()));
            t.insert("provider", toml_edit::value(a.provider.as_str()));
            t.insert("name", toml_edit::value(a.name.as_str()));
            if let Some(h) = &a.handle {
                t.insert("handle", toml_edit::value(h.as_str()));
            }
            list.push(t);
        }
        doc.insert("accounts", Item::ArrayOfTables(list));
    }
    if !file.members.is_empty() {
        let mut list = ArrayOfTables::new();
        for m in &file.members {
            let mut t = Table::new();
            t.insert("email", toml_edit::value(m.email.as_str()));
            t.insert("role", toml_edit::value(m.role.role().as_str()));
            for (k, on) in [
                ("can_add_accounts", m.can_add_accounts),
                ("can_manage_posts", m.can_manage_posts),
                ("require_2fa", m.require_2fa),
            ] {
                if on {
                    t.insert(k, toml_edit::value(true));
                }
            }
            if !m.assign.is_empty() {
                let mut arr = Array::new();
                for a in &m.assign {
                    arr.push_formatted(Value::InlineTable(assign_table(a)).decorated("\n  ", ""));
                }
                arr.set_trailing("\n");
                arr.set_trailing_comma(true);
                t.insert("assign", Item::Value(Value::Array(arr)));
            }
            list.push(t);
        }
        doc.insert("members", Item::ArrayOfTables(list));
    }
    doc
}

fn assign_table(a: &AssignConfig) -> InlineTable {
    let mut t = InlineTable::new();
    t.insert("account", a.account.as_str().into());
    if a.approve {
        t.insert("approve", true.into());
    }
    if let Some(p) = a.posting {
        t.insert("posting", p.as_str().into());
    }
    if let Some(c) = a.credentials {
        t.insert("credentials", c.as_str().into());
    }
    t
}

/// Merge the model into an existing document: values that did not change keep their comments
/// and place, entries that went are dropped, new ones are appended, and `mode` stays the user's.
pub fn merge(existing: &str, file: &ConfigFile) -> Result<String> {
    let mut doc: DocumentMut = existing.parse().map_err(|e: toml_edit::TomlError| {
        crate::error::Error::invalid(format!("cannot update the file: {}", e.message()))
    })?;
    let fresh = document(file);
    for (key, item) in fresh.iter() {
        match (doc.get_mut(key), item) {
            (Some(Item::Table(old)), Item::Table(new)) => sync_table(old, new, &["mode"]),
            (Some(Item::ArrayOfTables(old)), Item::ArrayOfTables(new)) => {
                sync_list(old, new, if key == "accounts" { "slug" } else { "email" })
            }
            _ => {
                doc.insert(key, item.clone());
            }
        }
    }
    for gone in ["accounts", "members"] {
        if fresh.get(gone).is_none() {
            doc.remove(gone);
        }
    }
    Ok(doc.to_string())
}

/// Whether a value left out of a fresh export means the same as its absence.
fn is_default(item: &Item) -> bool {
    matches!(item.as_bool(), Some(false))
        || matches!(item.as_str(), Some("full" | "owner" | "additive"))
}

fn same(a: &Value, b: &Value) -> bool {
    let mut a = a.clone();
    let mut b = b.clone();
    a.decor_mut().clear();
    b.decor_mut().clear();
    a.to_string() == b.to_string()
}

fn sync_table(old: &mut dyn TableLike, new: &dyn TableLike, keep: &[&str]) {
    // A key a fresh export leaves out is the default: one that says the default stays (the
    // user wrote it), one that says otherwise goes.
    let stale: Vec<String> = old
        .iter()
        .filter(|(k, v)| new.get(k).is_none() && !keep.contains(k) && !is_default(v))
        .map(|(k, _)| k.to_string())
        .collect();
    for k in stale {
        old.remove(&k);
    }
    for (k, v) in new.iter() {
        match (old.get_mut(k), v) {
            (Some(Item::Value(Value::Array(o))), Item::Value(Value::Array(n))) if k == "assign" => {
                sync_assign(o, n)
            }
            (Some(Item::Value(o)), Item::Value(n)) => {
                if !same(o, n) {
                    let decor = o.decor().clone();
                    *o = n.clone();
                    *o.decor_mut() = decor;
                }
            }
            (Some(o), n) => *o = n.clone(),
            (None, n) => {
                old.insert(k, n.clone());
            }
        }
    }
}

fn key_of<'a>(t: &'a dyn TableLike, key: &str) -> Option<&'a str> {
    t.get(key).and_then(Item::as_str)
}

fn sync_list(old: &mut ArrayOfTables, new: &ArrayOfTables, key: &str) {
    old.retain(|t| new.iter().any(|n| key_of(n, key) == key_of(t, key)));
    for t in old.iter_mut() {
        if let Some(n) = new.iter().find(|n| key_of(*n, key) == key_of(t, key)) {
            sync_table(t, n, &[]);
        }
    }
    for n in new.iter() {
        if !old.iter().any(|t| key_of(t, key) == key_of(n, key)) {
            old.push(n.clone());
        }
    }
}

fn sync_assign(old: &mut Array, new: &Array) {
    let account = |v: &Value| {
        v.as_inline_table()
            .and_then(|t| t.get("account"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    old.retain(|v| new.iter().any(|n| account(n) == account(v)));
    for v in old.iter_mut() {
        if let (Some(n), Some(o)) = (
            new.iter().find(|n| account(n) == account(v)),
            v.as_inline_table_mut(),
        ) && let Some(n) = n.as_inline_table()
        {
            sync_table(o, n, &[]);
        }
    }
    for n in new.iter() {
        if !old.iter().any(|v| account(v) == account(n)) {
            old.push_formatted(n.clone());
        }
    }
}

/// `[[expect_who]]` blocks that hold now (`config export --expectations`): for every action,
/// per account for those aimed at one, exactly the members other than the owner whom
/// `decide()` allows it, as the expectations count them (an invitation as accepted). Only
/// accounts and members `seen` shows are named. Appended to the roster.toml, they pin today's
/// permissions: `config plan` and `config check` then flag any change (exit 12).
pub fn expectations(world: &ops::access::World, seen: &ops::access::Seen) -> String {
    use ops::access::Invitations;
    let quote = |s: &str| toml_edit::Value::from(s).to_string();
    let mut out = String::new();
    let owner = &world.workspace.owner;
    for &action in crate::permissions::Action::ALL {
        let accounts: Vec<Option<&crate::domain::Account>> = if action.takes_account() {
            world
                .accounts
                .iter()
                .filter(|a| seen.accounts.contains(&a.slug))
                .map(Some)
                .collect()
        } else {
            vec![None]
        };
        for acc in accounts {
            let members: Vec<String> = world
                .who(action, acc, None, Invitations::Accepted, false)
                .into_iter()
                .filter(|a| a.member != *owner && seen.members.contains(&a.member))
                .map(|a| quote(a.member.as_str()))
                .collect();
            out.push_str(&format!(
                "\n[[expect_who]]\naction = {}\n",
                quote(action.as_str())
            ));
            if let Some(a) = acc {
                out.push_str(&format!("account = {}\n", quote(a.slug.as_str())));
            }
            out.push_str(&format!("members = [{}]\n", members.join(", ")));
        }
    }
    out
}
