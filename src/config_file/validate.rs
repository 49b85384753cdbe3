//! `roster.toml` checked value by value with its spans: every problem becomes a diagnostic
//! (nothing stops at the first), and a file without errors becomes a `ConfigFile`.
//!
//! The rules on roles, flags and assignments are the command line's (`member::check_flags` and
//! `member::assignment_facts`): both ask the same `Role` predicates in `domain`, so a file
//! that validates is one `member invite` would accept flag by flag.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::str::FromStr;

use toml_edit::{Document, Item, TableLike, Value};

use super::diagnostic::{Code, Diagnostic, Found, Lines, Omitted, Severity};
use super::model::{
    AccountConfig, AssignConfig, ConfigFile, ExpectConfig, ExpectWhoConfig, MemberConfig,
    MemberRole, Mode, WorkspaceConfig,
};
use crate::domain::{Credentials, Email, Posting, Provider, Role, Slug};
use crate::permissions::Action;

const ROOT_FIELDS: &[&str] = &["workspace", "accounts", "members", "expect", "expect_who"];
const WORKSPACE_FIELDS: &[&str] = &["slug", "name", "owner", "require_2fa", "mode"];
const ACCOUNT_FIELDS: &[&str] = &["slug", "provider", "name", "handle"];
const MEMBER_FIELDS: &[&str] = &[
    "email",
    "role",
    "can_add_accounts",
    "can_manage_posts",
    "require_2fa",
    "assign",
];
const ASSIGN_FIELDS: &[&str] = &["account", "approve", "posting", "credentials"];
const EXPECT_FIELDS: &[&str] = &[
    "members", "member", "actions", "action", "accounts", "account", "role", "allowed", "because",
];
const EXPECT_WHO_FIELDS: &[&str] = &["action", "account", "role", "members"];

/// Check the text of a `roster.toml`: the model when there is no error, the diagnostics (the
/// first `SHOWN_PER_CODE` of each code, in file order) and how many more of each code there were.
pub fn check(text: &str) -> (Option<ConfigFile>, Vec<Diagnostic>, Vec<Omitted>) {
    let mut c = Checker {
        lines: Lines::new(text),
        found: Found::default(),
    };
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            c.error(Code::TomlSyntax, span, e.message().trim().to_string());
            return (None, c.found.diagnostics, Vec::new());
        }
    };
    let model = c.root(doc.as_table());
    let omitted = c.found.omitted();
    let mut diags = c.found.diagnostics;
    // In file order, as a reader goes through it (the checks run section by section).
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    let ok = !diags.iter().any(Diagnostic::is_error);
    (model.filter(|_| ok), diags, omitted)
}

struct Checker<'t> {
    lines: Lines<'t>,
    found: Found,
}

/// A value with where it stands in the file.
type At<T> = (T, Range<usize>);

fn span(item: &Item) -> Range<usize> {
    item.span().unwrap_or(0..0)
}

fn value_span(v: &Value) -> Range<usize> {
    v.span().unwrap_or(0..0)
}

/// A TOML type in the words of the spec: "a string", "an integer", "a table", ...
fn kind(item: &Item) -> &'static str {
    match item {
        Item::None => "nothing",
        Item::Value(Value::String(_)) => "a string",
        Item::Value(Value::Integer(_)) => "an integer",
        Item::Value(Value::Float(_)) => "a float",
        Item::Value(Value::Boolean(_)) => "a boolean",
        Item::Value(Value::Datetime(_)) => "a date-time",
        Item::Value(Value::Array(_)) => "an array",
        Item::Value(Value::InlineTable(_)) | Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
    }
}

impl Checker<'_> {
    /// Report an error: kept while its code is under the cap, else only counted.
    fn error(&mut self, code: Code, span: Range<usize>, msg: impl Into<String>) {
        let lines = &self.lines;
        self.found.add(Severity::Error, code, || {
            Diagnostic::error(lines, code, span, msg.into())
        });
    }

    /// Report fields not in `allowed` (at their key) and `required` ones that are absent (at
    /// `at`, the table's header or braces).
    fn fields(
        &mut self,
        t: &dyn TableLike,
        at: Range<usize>,
        what: &str,
        allowed: &[&str],
        required: &[&str],
    ) {
        let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
        for k in &keys {
            if !allowed.contains(&k.as_str()) {
                let span = t
                    .get_key_value(k)
                    .and_then(|(key, _)| key.span())
                    .unwrap_or(at.clone());
                self.error(
                    Code::UnknownField,
                    span,
                    format!(
                        "unknown field '{k}' in {what}; expected one of: {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
        for r in required {
            if t.get(r).is_none() {
                self.error(
                    Code::MissingField,
                    at.clone(),
                    format!("{what} lacks the required field '{r}'"),
                );
            }
        }
    }

    /// A string field, when present and a string (else `invalid-type`).
    fn string(&mut self, t: &dyn TableLike, key: &str, what: &str) -> Option<At<String>> {
        let item = t.get(key)?;
        match item.as_str() {
            Some(s) => Some((s.to_string(), span(item))),
            None => {
                self.error(
                    Code::InvalidType,
                    span(item),
                    format!("{what}.{key} must be a string, not {}", kind(item)),
                );
                None
            }
        }
    }

    /// A boolean field: false when absent; `None` when it is not a boolean.
    fn boolean(&mut self, t: &dyn TableLike, key: &str, what: &str) -> Option<At<bool>> {
        let Some(item) = t.get(key) else {
            return Some((false, 0..0));
        };
        match item.as_bool() {
            Some(b) => Some((b, span(item))),
            None => {
                self.error(
                    Code::InvalidType,
                    span(item),
                    format!(
                        "{what}.{key} must be a boolean (true or false), not {}",
                        kind(item)
                    ),
                );
                None
            }
        }
    }

    /// A string field parsed by `parse`; a refusal is reported with `code` and its reason.
    fn parsed<T>(
        &mut self,
        t: &dyn TableLike,
        key: &str,
        what: &str,
        code: Code,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Option<At<T>> {
        let (s, span) = self.string(t, key, what)?;
        match parse(&s) {
            Ok(v) => Some((v, span)),
            Err(why) => {
                self.error(code, span, format!("{what}.{key}: {why}"));
                None
            }
        }
    }

    /// The tables of an array of tables (`[[x]]`) or an array of inline tables (`x = [{..}]`).
    fn tables<'d>(&mut self, item: &'d Item, what: &str) -> Vec<(&'d dyn TableLike, Range<usize>)> {
        match item {
            Item::ArrayOfTables(aot) => aot
                .iter()
                .map(|t| (t as &dyn TableLike, t.span().unwrap_or(0..0)))
                .collect(),
            Item::Value(Value::Array(arr)) => {
                let mut out = Vec::new();
                for v in arr.iter() {
                    match v.as_inline_table() {
                        Some(t) => out.push((t as &dyn TableLike, value_span(v))),
                        None => self.error(
                            Code::InvalidType,
                            value_span(v),
                            format!("each entry of {what} must be a table"),
                        ),
                    }
                }
                out
            }
            other => {
                self.error(
                    Code::InvalidType,
                    span(other),
                    format!("{what} must be an array of tables, not {}", kind(other)),
                );
                Vec::new()
            }
        }
    }

    fn root(&mut self, root: &toml_edit::Table) -> Option<ConfigFile> {
        self.fields(root, 0..0, "the file", ROOT_FIELDS, &[]);
        let workspace = match root.get_key_value("workspace") {
            None => {
                self.error(
                    Code::MissingField,
                    0..0,
                    "the file lacks the required table [workspace]",
                );
                None
            }
            Some((key, item)) => match item.as_table_like() {
                Some(t) => {
                    let at = item
                        .as_table()
                        .and_then(|t| t.span())
                        .or_else(|| key.span())
                        .unwrap_or_else(|| span(item));
                    self.workspace(t, at)
                }
                None => {
                    self.error(
                        Code::InvalidType,
                        span(item),
                        format!("workspace must be a table, not {}", kind(item)),
                    );
                    None
                }
            },
        };
        // Every well-formed account slug is known, even that of an account with another error,
        // so that its assignments are not reported as unknown too.
        let mut known: HashSet<Slug> = HashSet::new();
        let accounts = match root.get("accounts") {
            Some(item) => self.accounts(item, &mut known),
            None => Some(Vec::new()),
        };
        let owner = workspace.as_ref().map(|w| w.owner.clone());
        let mut people: HashSet<Email> = owner.iter().cloned().collect();
        let members = match root.get("members") {
            Some(item) => self.members(item, &known, owner.as_ref(), &mut people),
            None => Some(Vec::new()),
        };
        let names = Names {
            accounts: &known,
            members: &people,
        };
        let expect = match root.get("expect") {
            Some(item) => self.expectations(item, &names),
            None => Some(Vec::new()),
        };
        let expect_who = match root.get("expect_who") {
            Some(item) => self.expect_who(item, &names),
            None => Some(Vec::new()),
        };
        Some(ConfigFile {
            workspace: workspace?,
            accounts: accounts?,
            members: members?,
            expect: expect?,
            expect_who: expect_who?,
        })
    }

    fn workspace(&mut self, t: &dyn TableLike, at: Range<usize>) -> Option<WorkspaceConfig> {
        let what = "[workspace]";
        self.fields(t, at, what, WORKSPACE_FIELDS, &["slug", "name", "owner"]);
        let slug = self.parsed(t, "slug", "workspace", Code::InvalidSlug, Slug::from_str);
        // The rule of `workspace create` and `workspace rename`.
        let name = self.parsed(t, "name", "workspace", Code::InvalidName, |s| {
            crate::ops::workspaces::parse_name(s).map_err(|e| e.message)
        });
        let owner = self.parsed(t, "owner", "workspace", Code::InvalidEmail, Email::from_str);
        let require_2fa = self.boolean(t, "require_2fa", "workspace");
        let mode = match t.get("mode") {
            None => Some(Mode::default()),
            Some(_) => self
                .parsed(t, "mode", "workspace", Code::UnknownMode, |s| {
                    Mode::parse(s)
                        .ok_or_else(|| format!("unknown mode '{s}'; expected additive or exact"))
                })
                .map(|(m, _)| m),
        };
        Some(WorkspaceConfig {
            slug: slug?.0,
            name: name?.0,
            owner: owner?.0,
            require_2fa: require_2fa?.0,
            mode: mode?,
        })
    }

    fn accounts(&mut self, item: &Item, known: &mut HashSet<Slug>) -> Option<Vec<AccountConfig>> {
        let mut out = Some(Vec::new());
        // Where each slug was first seen (a byte offset): its line is counted only for a duplicate,
        // since counting lines from the top for every entry made a long file quadratic.
        let mut seen: HashMap<Slug, usize> = HashMap::new();
        for (i, (t, at)) in self.tables(item, "[[accounts]]").into_iter().enumerate() {
            let what = format!("[[accounts]] #{}", i + 1);
            self.fields(
                t,
                at.clone(),
                &what,
                ACCOUNT_FIELDS,
                &["slug", "provider", "name"],
            );
            let slug = self.parsed(t, "slug", "accounts", Code::InvalidSlug, Slug::from_str);
            if let Some((s, span)) = &slug {
                if let Some(&first) = seen.get(s) {
                    let line = self.lines.pos(first).line;
                    self.error(
                        Code::DuplicateAccount,
                        span.clone(),
                        format!("account '{s}' is listed twice (first on line {line})"),
                    );
                } else {
                    seen.insert(s.clone(), span.start);
                    known.insert(s.clone());
                }
            }
            let provider = self.parsed(t, "provider", "accounts", Code::UnknownProvider, |s| {
                Provider::parse(s).ok_or_else(|| {
                    let all: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
                    format!(
                        "unknown provider '{s}'; expected one of: {}",
                        all.join(", ")
                    )
                })
            });
            // The rule of `account add`: one visible line, at most 100 characters.
            let name = self.parsed(t, "name", "accounts", Code::InvalidName, |s| {
                crate::domain::parse_display(s, "an account name", crate::domain::ACCOUNT_NAME_MAX)
            });
            let handle = match t.get("handle") {
                None => Some(None),
                Some(_) => self
                    .parsed(t, "handle", "accounts", Code::InvalidName, |s| {
                        crate::domain::parse_display(s, "a handle", crate::domain::HANDLE_MAX)
                    })
                    .map(|(h, _)| Some(h)),
            };
            let account = (|| {
                Some(AccountConfig {
                    slug: slug?.0,
                    provider: provider?.0,
                    name: name?.0,
                    handle: handle?,
                })
            })();
            match (account, out.as_mut()) {
                (Some(a), Some(list)) => list.push(a),
                _ => out = None,
            }
        }
        out
    }

    fn members(
        &mut self,
        item: &Item,
        accounts: &HashSet<Slug>,
        owner: Option<&Email>,
        people: &mut HashSet<Email>,
    ) -> Option<Vec<MemberConfig>> {
        let mut out = Some(Vec::new());
        let mut seen: HashMap<Email, usize> = HashMap::new(); // first byte offset, as above
        for (i, (t, at)) in self.tables(item, "[[members]]").into_iter().enumerate() {
            let what = format!("[[members]] #{}", i + 1);
            self.fields(t, at.clone(), &what, MEMBER_FIELDS, &["email", "role"]);
            let email = self.parsed(t, "email", "members", Code::InvalidEmail, Email::from_str);
            if let Some((e, span)) = &email {
                if owner == Some(e) {
                    self.error(
                        Code::OwnerAsMember,
                        span.clone(),
                        format!(
                            "{e} is the workspace owner ([workspace] owner); the owner is not listed in [[members]]"
                        ),
                    );
                } else if let Some(&first) = seen.get(e) {
                    let line = self.lines.pos(first).line;
                    self.error(
                        Code::DuplicateMember,
                        span.clone(),
                        format!("member {e} is listed twice (first on line {line})"),
                    );
                } else {
                    seen.insert(e.clone(), span.start);
                    people.insert(e.clone());
                }
            }
            let role = self.parsed(t, "role", "members", Code::UnknownRole, |s| {
                // `check_flags`: owners are made by `workspace create` or `transfer`, never invited.
                if s == "owner" {
                    return Err("owner is not a member role: the owner is [workspace] owner; use admin, editor or client".into());
                }
                MemberRole::parse(s)
                    .ok_or_else(|| format!("unknown role '{s}'; expected admin, editor or client"))
            });
            let add = self.boolean(t, "can_add_accounts", "members");
            let manage = self.boolean(t, "can_manage_posts", "members");
            let twofa = self.boolean(t, "require_2fa", "members");
            // The flag rules of `member::check_flags`.
            if let Some((r, _)) = &role {
                let r = r.role();
                if let Some((true, span)) = &manage
                    && !r.is_client()
                {
                    self.error(
                            Code::CanManagePostsOnNonClient,
                            span.clone(),
                            format!("can_manage_posts is a client permission; {r}s post on their assigned accounts by role"),
                        );
                }
                if let Some((true, span)) = &add
                    && !r.may_add_accounts_flag()
                {
                    self.error(
                        Code::CanAddAccountsOnEditor,
                        span.clone(),
                        "can_add_accounts is for admins and clients; editors never add accounts",
                    );
                }
            }
            let facts = role
                .as_ref()
                .map(|(r, _)| (*r, manage.as_ref().is_some_and(|m| m.0)));
            let assign = match t.get("assign") {
                None => Some(Vec::new()),
                Some(item) => self.assignments(item, accounts, facts),
            };
            let member = (|| {
                Some(MemberConfig {
                    email: email?.0,
                    role: role?.0,
                    can_add_accounts: add?.0,
                    can_manage_posts: manage?.0,
                    require_2fa: twofa?.0,
                    assign: assign?,
                })
            })();
            match (member, out.as_mut()) {
                (Some(m), Some(list)) => list.push(m),
                _ => out = None,
            }
        }
        out
    }

    /// A member's `assign` list. `facts` is the member's role and `can_manage_posts`, when
    /// they are known; the role-dependent rules are then those of `member::assignment_facts`.
    fn assignments(
        &mut self,
        item: &Item,
        accounts: &HashSet<Slug>,
        facts: Option<(MemberRole, bool)>,
    ) -> Option<Vec<AssignConfig>> {
        let mut out = Some(Vec::new());
        // A set, not a list: a member with thousands of entries must not cost their square.
        let mut seen: HashSet<Slug> = HashSet::new();
        for (t, at) in self.tables(item, "assign") {
            let what = "assign";
            self.fields(t, at.clone(), what, ASSIGN_FIELDS, &["account"]);
            let account = self.parsed(t, "account", what, Code::InvalidSlug, Slug::from_str);
            if let Some((a, span)) = &account {
                if !seen.insert(a.clone()) {
                    self.error(
                        Code::DuplicateAssignment,
                        span.clone(),
                        format!("account '{a}' is assigned twice to this member; give it one entry with all its settings"),
                    );
                }
                if !accounts.contains(a) {
                    self.error(
                        Code::UnknownAccount,
                        span.clone(),
                        format!("assign names account '{a}', which is not in [[accounts]]"),
                    );
                }
            }
            let approve = self.boolean(t, "approve", what);
            let posting = match t.get("posting") {
                None => Some(None),
                Some(_) => self
                    .parsed(t, "posting", what, Code::UnknownPosting, |s| {
                        Posting::parse(s).ok_or_else(|| {
                            format!("unknown posting '{s}'; expected full or review")
                        })
                    })
                    .map(|(p, span)| Some((p, span))),
            };
            let credentials = match t.get("credentials") {
                None => Some(None),
                Some(_) => self
                    .parsed(t, "credentials", what, Code::UnknownCredentials, |s| {
                        Credentials::parse(s).ok_or_else(|| {
                            format!("unknown credentials '{s}'; expected owner or member")
                        })
                    })
                    .map(|(c, span)| Some((c, span))),
            };
            if let Some((role, can_manage_posts)) = facts {
                let acc = account
                    .as_ref()
                    .map_or("?".to_string(), |a| a.0.to_string());
                let role = role.role();
                if let Some((true, span)) = &approve
                    && !role.is_client()
                {
                    self.error(
                            Code::ApproveOnNonClient,
                            span.clone(),
                            format!("approve on '{acc}': only clients approve posts; {role}s' posts are reviewed with posting = \"review\""),
                        );
                }
                if let Some(Some((_, span))) = &posting
                    && !role.has_posting_mode()
                {
                    self.error(
                        Code::PostingOnNonEditor,
                        span.clone(),
                        format!("posting on '{acc}' is an editor setting, not for {role}s"),
                    );
                }
                if let Some(Some((_, span))) = &credentials
                    && !role.posts(can_manage_posts)
                {
                    self.error(
                            Code::CredentialsWithoutPosting,
                            span.clone(),
                            format!("'{acc}' sets credentials, but this client cannot create/edit/delete posts (add can_manage_posts = true, or drop credentials)"),
                        );
                }
            }
            let entry = (|| {
                Some(AssignConfig {
                    account: account?.0,
                    approve: approve?.0,
                    posting: posting?.map(|p| p.0),
                    credentials: credentials?.map(|c| c.0),
                })
            })();
            match (entry, out.as_mut()) {
                (Some(e), Some(list)) => list.push(e),
                _ => out = None,
            }
        }
        out
    }

    /// A string or an array of strings (`members = [..]` or `member = ".."`), each with its span.
    fn strings(&mut self, t: &dyn TableLike, keys: &[&str], what: &str) -> Option<Vec<At<String>>> {
        let mut out = Vec::new();
        let mut any = false;
        for key in keys.iter().copied() {
            let Some(item) = t.get(key) else { continue };
            any = true;
            match item {
                Item::Value(Value::String(s)) => out.push((s.value().clone(), span(item))),
                Item::Value(Value::Array(arr)) => {
                    for v in arr.iter() {
                        match v.as_str() {
                            Some(s) => out.push((s.to_string(), value_span(v))),
                            None => self.error(
                                Code::InvalidType,
                                value_span(v),
                                format!("each entry of {what}.{key} must be a string"),
                            ),
                        }
                    }
                }
                other => self.error(
                    Code::InvalidType,
                    span(other),
                    format!(
                        "{what}.{key} must be a string or an array of strings, not {}",
                        kind(other)
                    ),
                ),
            }
        }
        any.then_some(out)
    }

    /// Members named by an expectation: emails of `[[members]]` or the owner.
    fn people(
        &mut self,
        list: Vec<At<String>>,
        names: &Names<'_>,
        what: &str,
    ) -> Option<Vec<Email>> {
        let mut out = Some(Vec::new());
        for (s, at) in list {
            let e = match Email::from_str(&s) {
                Ok(e) => e,
                Err(why) => {
                    self.error(Code::InvalidEmail, at, format!("{what}.members: {why}"));
                    out = None;
                    continue;
                }
            };
            if !names.members.contains(&e) {
                self.error(
                    Code::UnknownMember,
                    at,
                    format!("{what} names member {e}, who is neither in [[members]] nor the owner"),
                );
                out = None;
                continue;
            }
            if let Some(v) = out.as_mut() {
                v.push(e);
            }
        }
        out
    }

    fn action(&mut self, s: &str, at: Range<usize>, what: &str) -> Option<Action> {
        let a = Action::parse(s);
        if a.is_none() {
            let all: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
            self.error(
                Code::UnknownAction,
                at,
                format!(
                    "{what} names unknown action '{s}'; expected one of: {}",
                    all.join(", ")
                ),
            );
        }
        a
    }

    fn account_named(
        &mut self,
        s: &str,
        at: Range<usize>,
        names: &Names<'_>,
        what: &str,
    ) -> Option<Slug> {
        match Slug::from_str(s) {
            Ok(a) if names.accounts.contains(&a) => Some(a),
            Ok(a) => {
                self.error(
                    Code::UnknownAccount,
                    at,
                    format!("{what} names account '{a}', which is not in [[accounts]]"),
                );
                None
            }
            Err(why) => {
                self.error(Code::InvalidSlug, at, format!("{what}.accounts: {why}"));
                None
            }
        }
    }

    fn role_of(&mut self, t: &dyn TableLike, what: &str) -> Option<Option<Role>> {
        match t.get("role") {
            None => Some(None),
            Some(_) => self
                .parsed(t, "role", what, Code::UnknownRole, |s| {
                    Role::parse(s).ok_or_else(|| {
                        format!("unknown role '{s}'; expected owner, admin, editor or client")
                    })
                })
                .map(|(r, _)| Some(r)),
        }
    }

    /// An account given to an action that takes none (e.g. `member.invite`) is refused rather
    /// than ignored: the expectation would not say what it seems to.
    fn applicable(&mut self, actions: &[(Action, Range<usize>)], accounts: &[Slug], what: &str) {
        if accounts.is_empty() {
            return;
        }
        for (a, span) in actions {
            if !a.takes_account() {
                self.error(
                    Code::AccountNotApplicable,
                    span.clone(),
                    format!("{what}: {a} is not aimed at an account; drop accounts or list it in another expectation"),
                );
            }
        }
    }

    fn expectations(&mut self, item: &Item, names: &Names<'_>) -> Option<Vec<ExpectConfig>> {
        let mut out = Some(Vec::new());
        for (i, (t, at)) in self.tables(item, "[[expect]]").into_iter().enumerate() {
            let what = format!("[[expect]] #{}", i + 1);
            self.fields(t, at.clone(), &what, EXPECT_FIELDS, &["allowed"]);
            let members = match self.strings(t, &["members", "member"], &what) {
                Some(list) => self.people(list, names, &what),
                None => {
                    self.error(
                        Code::MissingField,
                        at.clone(),
                        format!("{what} lacks the required field 'members'"),
                    );
                    None
                }
            };
            let actions: Option<Vec<(Action, Range<usize>)>> =
                match self.strings(t, &["actions", "action"], &what) {
                    Some(list) => {
                        let mut ok = Some(Vec::new());
                        for (s, span) in list {
                            match (self.action(&s, span.clone(), &what), ok.as_mut()) {
                                (Some(a), Some(v)) => v.push((a, span)),
                                _ => ok = None,
                            }
                        }
                        ok
                    }
                    None => {
                        self.error(
                            Code::MissingField,
                            at.clone(),
                            format!("{what} lacks the required field 'actions'"),
                        );
                        None
                    }
                };
            let accounts = match self.strings(t, &["accounts", "account"], &what) {
                None => Some(Vec::new()),
                Some(list) => {
                    let mut ok = Some(Vec::new());
                    for (s, span) in list {
                        match (self.account_named(&s, span, names, &what), ok.as_mut()) {
                            (Some(a), Some(v)) => v.push(a),
                            _ => ok = None,
                        }
                    }
                    ok
                }
            };
            if let (Some(acts), Some(accs)) = (&actions, &accounts) {
                self.applicable(acts, accs, &what);
            }
            let role = self.role_of(t, "expect");
            let allowed = t.get("allowed").map(span);
            let allowed_value = match t.get("allowed") {
                Some(_) => self.boolean(t, "allowed", "expect").map(|(b, _)| b),
                None => None,
            };
            let because = match t.get("because") {
                None => Some(None),
                Some(_) => self.string(t, "because", "expect").map(|(s, _)| Some(s)),
            };
            let entry = (|| {
                Some(ExpectConfig {
                    members: members?,
                    actions: actions?.into_iter().map(|(a, _)| a).collect(),
                    accounts: accounts?,
                    role: role?,
                    allowed: allowed_value?,
                    because: because?,
                    span: allowed.unwrap_or(at.clone()),
                })
            })();
            match (entry, out.as_mut()) {
                (Some(e), Some(list)) => list.push(e),
                _ => out = None,
            }
        }
        out
    }

    fn expect_who(&mut self, item: &Item, names: &Names<'_>) -> Option<Vec<ExpectWhoConfig>> {
        let mut out = Some(Vec::new());
        for (i, (t, at)) in self.tables(item, "[[expect_who]]").into_iter().enumerate() {
            let what = format!("[[expect_who]] #{}", i + 1);
            self.fields(
                t,
                at.clone(),
                &what,
                EXPECT_WHO_FIELDS,
                &["action", "members"],
            );
            let action = match self.string(t, "action", &what) {
                Some((s, span)) => self.action(&s, span.clone(), &what).map(|a| (a, span)),
                None => None,
            };
            let account = match self.string(t, "account", &what) {
                None if t.get("account").is_none() => Some(None),
                None => None,
                Some((s, span)) => self.account_named(&s, span, names, &what).map(Some),
            };
            if let (Some(a), Some(Some(acc))) = (&action, &account) {
                self.applicable(std::slice::from_ref(a), std::slice::from_ref(acc), &what);
            }
            let role = self.role_of(t, "expect_who");
            let members_span = t.get("members").map(span);
            let members = match t.get("members") {
                None => None,
                Some(_) => match self.strings(t, &["members"], &what) {
                    Some(list) => self.people(list, names, &what),
                    None => None,
                },
            };
            let entry = (|| {
                Some(ExpectWhoConfig {
                    action: action?.0,
                    account: account?,
                    role: role?,
                    members: members?,
                    span: members_span.unwrap_or(at.clone()),
                })
            })();
            match (entry, out.as_mut()) {
                (Some(e), Some(list)) => list.push(e),
                _ => out = None,
            }
        }
        out
    }
}

/// The names an expectation may use: accounts of `[[accounts]]`, members of `[[members]]` and
/// the owner (well-formed ones, even where their entry has another error).
struct Names<'a> {
    accounts: &'a HashSet<Slug>,
    members: &'a HashSet<Email>,
}
