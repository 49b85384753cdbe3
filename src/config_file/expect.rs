//! The permission expectations of a roster.toml (`[[expect]]`, `[[expect_who]]`), checked by
//! asking `decide()` through `ops::access::World`, the same facts `roster can` gathers: on the
//! planned state by `config plan` and `apply`, on the database as it is by `config check`.
//! A failure is a diagnostic at the expectation's line, so it renders as `validate`'s do.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::diagnostic::{Code, Diagnostic, Found, Lines, Severity};
use super::{ConfigFile, FileReport};
use crate::domain::{Email, Role};
use crate::ops::access::{Invitations, World};

/// What checking a file's expectations found.
#[derive(Debug)]
pub struct Checked {
    /// How many answers were compared (one per member × action × account, one per `expect_who`).
    pub checked: usize,
    /// Every failure, counted; the first `SHOWN_PER_CODE` kept as diagnostics.
    pub failed: usize,
    pub report: FileReport,
    /// The failures kept, for `--json`.
    pub failures: Vec<Value>,
}

impl Checked {
    pub fn ok(&self) -> bool {
        self.failed == 0
    }

    pub fn summary(&self) -> String {
        match self.failed {
            0 => format!("Expectations: all {} hold.", self.checked),
            n => format!("Expectations: {n} of {} failed.", self.checked),
        }
    }

    pub fn json(&self) -> Value {
        json!({
            "checked": self.checked,
            "failed": self.failed,
            "failures": self.failures,
        })
    }
}

/// Check every expectation of `file` (named `name`, its text `text`) against `world` (`None`:
/// the workspace does not exist, so everyone is a stranger to it).
pub fn check(world: Option<&World>, file: &ConfigFile, name: &str, text: &str) -> Checked {
    let lines = Lines::new(text);
    let mut found = Found::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut failed = 0;
    let inv = Invitations::Accepted;
    let mut fail = |span: std::ops::Range<usize>, summary: String, detail: Value| {
        failed += 1;
        if failures.len() < super::SHOWN_PER_CODE {
            let pos = lines.pos(span.start);
            let mut d = detail;
            d["line"] = json!(pos.line);
            d["column"] = json!(pos.column);
            d["message"] = json!(summary);
            failures.push(d);
        }
        found.add(Severity::Error, Code::ExpectationFailed, || {
            Diagnostic::error(&lines, Code::ExpectationFailed, span, summary)
        });
    };
    for e in &file.expect {
        let accounts: Vec<Option<&crate::domain::Slug>> = if e.accounts.is_empty() {
            vec![None]
        } else {
            e.accounts.iter().map(Some).collect()
        };
        for email in &e.members {
            let member = world.and_then(|w| w.member(email));
            for &action in &e.actions {
                for acc in &accounts {
                    checked += 1;
                    let account = acc.and_then(|s| world.and_then(|w| w.account(s)));
                    let d = match (world, acc, account) {
                        // An account of the file that the workspace does not have (yet): the
                        // member cannot act on it.
                        (_, Some(slug), None) => missing_account(action, slug.as_str()),
                        (Some(w), _, _) => w.decide(member, action, account, e.role, inv),
                        (None, _, _) => {
                            crate::permissions::decide(None, action, &Default::default())
                        }
                    };
                    let because_ok = e
                        .because
                        .as_ref()
                        .is_none_or(|b| d.reason.to_lowercase().contains(&b.to_lowercase()));
                    if d.allowed == e.allowed && because_ok {
                        continue;
                    }
                    let on = acc.map_or(String::new(), |s| format!(" on {s}"));
                    let expected = if e.allowed { "allowed" } else { "denied" };
                    let summary = if d.allowed != e.allowed {
                        format!(
                            "expected {email} to be {expected} {action}{on}, but decide() says {}",
                            d.line()
                        )
                    } else {
                        format!(
                            "{email} is {expected} {action}{on} as expected, but not because of {:?}: decide() says {}",
                            e.because.as_deref().unwrap_or_default(),
                            d.line()
                        )
                    };
                    fail(
                        e.span.clone(),
                        summary,
                        json!({
                            "kind": "expect",
                            "member": email,
                            "action": action,
                            "account": acc,
                            "expected": e.allowed,
                            "because": e.because,
                            "allowed": d.allowed,
                            "reason": d.reason,
                        }),
                    );
                }
            }
        }
    }
    for e in &file.expect_who {
        checked += 1;
        let owner = &file.workspace.owner;
        let wanted: BTreeSet<&Email> = e.members.iter().filter(|m| *m != owner).collect();
        let account = e
            .account
            .as_ref()
            .and_then(|s| world.and_then(|w| w.account(s)));
        let allowed: Vec<(Email, String)> = match (world, &e.account, account) {
            (Some(w), None, _) | (Some(w), Some(_), Some(_)) => w
                .who(e.action, account, e.role, inv, false)
                .into_iter()
                .filter(|a| a.member != *owner)
                .map(|a| (a.member, a.reason))
                .collect(),
            _ => Vec::new(),
        };
        let got: BTreeSet<&Email> = allowed.iter().map(|(m, _)| m).collect();
        if got == wanted {
            continue;
        }
        let on = e
            .account
            .as_ref()
            .map_or(String::new(), |s| format!(" on {s}"));
        let extra: Vec<String> = allowed
            .iter()
            .filter(|(m, _)| !wanted.contains(m))
            .map(|(m, r)| format!("{m} ({r})"))
            .collect();
        let missing: Vec<String> = wanted
            .iter()
            .filter(|m| !got.contains(*m))
            .map(|m| {
                let member = world.and_then(|w| w.member(m));
                let why = match (world, account) {
                    (Some(w), _) if e.account.is_none() || account.is_some() => {
                        w.decide(member, e.action, account, e.role, inv).reason
                    }
                    _ => "the account does not exist".to_string(),
                };
                format!("{m} ({why})")
            })
            .collect();
        let mut parts = Vec::new();
        if !extra.is_empty() {
            parts.push(format!("also allowed: {}", extra.join("; ")));
        }
        if !missing.is_empty() {
            parts.push(format!("not allowed: {}", missing.join("; ")));
        }
        let summary = format!(
            "expected exactly [{}] to be allowed {}{on}: {}",
            wanted
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            e.action,
            parts.join("; ")
        );
        fail(
            e.span.clone(),
            summary,
            json!({
                "kind": "expect_who",
                "action": e.action,
                "account": e.account,
                "role": e.role.map(Role::as_str),
                "expected": wanted,
                "allowed": got,
            }),
        );
    }
    let omitted = found.omitted();
    let report = FileReport {
        file: name.to_string(),
        text: text.to_string(),
        diagnostics: found.diagnostics,
        omitted,
    };
    Checked {
        checked,
        failed,
        report,
        failures,
    }
}

/// The answer about an account the workspace does not have: nobody may act on it.
fn missing_account(action: crate::permissions::Action, slug: &str) -> crate::permissions::Decision {
    crate::permissions::Decision {
        action,
        verdict: crate::permissions::Verdict::Denied,
        allowed: false,
        reason: format!("account '{slug}' is not in the workspace"),
        scope: None,
        hint: None,
    }
}
