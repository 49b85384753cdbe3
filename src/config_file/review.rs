//! How `config plan` shows a change to a reviewer: the effective-permission diff (who gains
//! and loses what, grouped by member) in text and JSON, and the whole plan — resource diff,
//! permission diff, failed expectations — as one Markdown comment for a pull request.

use serde_json::{Value, json};

use super::expect::Checked;
use super::plan::Plan;
use crate::ops::access::Delta;

/// `Permission changes:` then, per member, `+ post.approve  acme-ig` lines; nothing when no
/// answer changes.
pub fn diff_human(deltas: &[Delta]) -> String {
    if deltas.is_empty() {
        return String::new();
    }
    let mut out = String::from("\nPermission changes:\n");
    let width = deltas
        .iter()
        .map(|d| d.action.as_str().len())
        .max()
        .unwrap_or(0);
    let mut member = None;
    for d in deltas {
        if member != Some(&d.member) {
            out.push_str(&format!("  {}\n", d.member));
            member = Some(&d.member);
        }
        let sign = if d.gained { '+' } else { '-' };
        let acc = d.account.as_ref().map_or("-", |a| a.as_str());
        out.push_str(&format!("    {sign} {:width$}  {acc}\n", d.action.as_str()));
    }
    out.push_str(&format!("{}\n", diff_summary(deltas)));
    out
}

pub fn diff_summary(deltas: &[Delta]) -> String {
    let gained = deltas.iter().filter(|d| d.gained).count();
    format!(
        "Permissions: {gained} gained, {} lost.",
        deltas.len() - gained
    )
}

pub fn diff_json(deltas: &[Delta]) -> Value {
    json!(
        deltas
            .iter()
            .map(|d| json!({
                "member": d.member,
                "change": if d.gained { "+" } else { "-" },
                "action": d.action,
                "account": d.account,
                "reason": d.reason,
            }))
            .collect::<Vec<_>>()
    )
}

/// One Markdown comment: the resource diff as a `diff` block, the permission diff as a table
/// per member, and the failed expectations with their line. Text from the file (names, the
/// reasons) goes only into code spans and blocks, so it cannot become markup.
pub fn markdown(plan: &Plan, deltas: Option<&[Delta]>, checked: Option<&Checked>) -> String {
    let mut out = format!("### roster plan for `{}`\n\n", plan.workspace);
    out.push_str(&format!("**{}**\n\n", plan.summary_line()));
    if !plan.is_empty() {
        // The changes; the summary is the bold line above.
        let human = plan.human();
        let changes = human
            .rsplit_once("\n\nPlan:")
            .map_or(human.as_str(), |(c, _)| c);
        out.push_str(&fence("diff", changes));
    }
    match deltas {
        Some([]) => out.push_str("#### Permission changes\n\nNone: every member keeps exactly the permissions they have.\n\n"),
        Some(ds) => {
            out.push_str(&format!("#### Permission changes\n\n{}\n\n", diff_summary(ds)));
            out.push_str("| | member | action | account |\n|---|---|---|---|\n");
            for d in ds {
                out.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    if d.gained { "➕" } else { "➖" },
                    code(d.member.as_str()),
                    code(d.action.as_str()),
                    code(d.account.as_ref().map_or("-", |a| a.as_str()))
                ));
            }
            out.push('\n');
        }
        None => {}
    }
    if let Some(c) = checked {
        out.push_str(&format!("#### Expectations\n\n{}\n\n", c.summary()));
        if !c.ok() {
            out.push_str(&fence("text", &c.report.human()));
        }
    }
    out
}

/// A fenced block long enough that nothing inside can close it.
fn fence(lang: &str, body: &str) -> String {
    let mut ticks = String::from("```");
    while body.contains(&ticks) {
        ticks.push('`');
    }
    format!("{ticks}{lang}\n{}\n{ticks}\n\n", body.trim_end())
}

/// An inline code span that survives backticks and pipes in the text.
fn code(s: &str) -> String {
    let s = s.replace('|', "\\|");
    let mut ticks = String::from("`");
    while s.contains(&ticks) {
        ticks.push('`');
    }
    format!("{ticks}{s}{ticks}")
}
