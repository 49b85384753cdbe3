//! Issue 22: permission expectations in roster.toml (`[[expect]]`, `[[expect_who]]`) checked by
//! `config validate` (names), `plan` (on the planned state, exit 12), `apply` (refused, 12,
//! nothing written) and `check` (the database as it is); the plan's permission diff; `can --who`.

use std::path::PathBuf;

use crate::support::{OWNER, TestEnv};

const CLIENT: &str = "client@brand.test";
const EDITOR: &str = "ed@acme.test";
const ADMIN: &str = "admin@acme.test";

/// acme: two accounts, a client who approves on acme-fb (read-only), an editor in review on
/// acme-fb, an admin of acme-ig.
const BASE: &str = r#"[workspace]
slug = "acme"
name = "Acme Agency"
owner = "owner@acme.test"

[[accounts]]
slug = "acme-fb"
provider = "facebook"
name = "Acme Page"

[[accounts]]
slug = "acme-ig"
provider = "instagram"
name = "Acme Instagram"

[[members]]
email = "client@brand.test"
role = "client"
assign = [{ account = "acme-fb", approve = true }]

[[members]]
email = "ed@acme.test"
role = "editor"
assign = [{ account = "acme-fb", posting = "review" }]

[[members]]
email = "admin@acme.test"
role = "admin"
assign = [{ account = "acme-ig" }]
"#;

/// Expectations that hold on BASE.
const HOLDING: &str = r#"
[[expect]]
members = ["client@brand.test"]
actions = ["post.approve"]
accounts = ["acme-fb"]
allowed = true
because = "approve"

[[expect]]
member = "client@brand.test"
actions = ["post.create", "post.edit"]
account = "acme-fb"
allowed = false
because = "read-only"

[[expect_who]]
action = "post.approve"
account = "acme-fb"
members = ["client@brand.test"]
"#;

fn write(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// BASE applied by the owner, and every invitation accepted straight in the database (the
/// expectations count invitations as accepted anyway; `can --who` does not).
fn applied() -> TestEnv {
    let env = TestEnv::new();
    let f = write(&env, "base.toml", BASE);
    env.as_(OWNER, &["config", "apply", s(&f), "--no-email"])
        .ok();
    env.conn().execute(
        "UPDATE memberships SET status = ?1 WHERE status = ?2",
        ["active", "pending"],
    );
    env
}

/// The line of `needle` in `text` (1-based).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn validate_names_unknown_actions_accounts_and_members_in_every_format() {
    let env = TestEnv::new();
    let text = format!(
        "{BASE}\n[[expect]]\nmembers = [\"nobody@acme.test\"]\nactions = [\"post.fly\"]\naccounts = [\"acme-tw\"]\nallowed = true\n\n[[expect_who]]\naction = \"member.invite\"\naccount = \"acme-fb\"\nmembers = []\n"
    );
    let f = write(&env, "roster.toml", &text);
    let r = env.run(&["config", "validate", s(&f)]).code(6);
    let at = |needle: &str| {
        let line = line_of(&text, needle);
        let col = text.lines().nth(line - 1).unwrap().find(needle).unwrap() + 1;
        format!("roster.toml:{line}:{col}")
    };
    for (code, needle) in [
        ("unknown-member", "\"nobody@acme.test\""),
        ("unknown-action", "\"post.fly\""),
        ("unknown-account", "\"acme-tw\""),
        ("account-not-applicable", "\"member.invite\""),
    ] {
        assert!(
            r.stdout.contains(&format!("error[{code}]")),
            "{code}: {}",
            r.stdout
        );
        assert!(
            r.stdout.contains(&at(needle)),
            "{needle} at {}: {}",
            at(needle),
            r.stdout
        );
    }
    let j = env
        .run(&["config", "validate", s(&f), "--format", "json"])
        .code(6)
        .json();
    let codes: Vec<&str> = j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "unknown-member",
            "unknown-action",
            "unknown-account",
            "account-not-applicable"
        ]
    );
    let g = env
        .run(&["config", "validate", s(&f), "--format", "github"])
        .code(6);
    let line = line_of(&text, "post.fly");
    assert!(
        g.stdout.contains(&format!(
            "line={line},col=12,endLine={line},endColumn=22,title=unknown-action::"
        )),
        "{}",
        g.stdout
    );
    // The schema knows them.
    let schema = env.run(&["config", "schema"]).ok().stdout;
    assert!(schema.contains("\"expect_who\"") && schema.contains("post.approve"));
}

#[test]
fn plan_passes_holding_expectations_and_fails_broken_ones_with_caret_reason_and_12() {
    let env = applied();
    let ok = write(&env, "ok.toml", &format!("{BASE}{HOLDING}"));
    env.as_(OWNER, &["config", "plan", s(&ok)])
        .ok()
        .stdout_has("No changes.")
        .stdout_has("Expectations: all 4 hold.");
    // The client is made a poster in the same change: post.create is no longer denied, and
    // the reason no longer says read-only.
    let text = format!("{BASE}{HOLDING}").replacen(
        "role = \"client\"\n",
        "role = \"client\"\ncan_manage_posts = true\n",
        1,
    );
    let f = write(&env, "roster.toml", &text);
    let before = env.dump();
    let r = env.as_(OWNER, &["config", "plan", s(&f)]).code(12);
    let line = line_of(&text, "allowed = false");
    assert!(
        r.stdout.contains(&format!(
            "error[expectation-failed]: expected client@brand.test to be denied post.create on acme-fb, but decide() says allowed: clients create posts on their assigned accounts\n --> {}:{line}:11\n",
            f.display()
        )),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains(&format!("{line} | allowed = false\n   |           ^^^^^\n")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Expectations: 2 of 4 failed."),
        "{}",
        r.stdout
    );
    // The permission diff shows what the change grants.
    assert!(
        r.stdout
            .contains("Permission changes:\n  client@brand.test\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("    + post.create"), "{}", r.stdout);
    assert!(
        r.stderr.contains("2 permission expectation(s) failed"),
        "{}",
        r.stderr
    );
    assert_eq!(env.dump(), before, "a plan changed the database");
    // --json: the failures, the diff, and the error with exit 12.
    let j = env
        .as_(OWNER, &["config", "plan", s(&f), "--json"])
        .code(12);
    let doc = j.json();
    assert_eq!(doc["expectations"]["failed"], 2);
    assert_eq!(doc["expectations"]["failures"][0]["line"], line);
    assert_eq!(doc["expectations"]["failures"][0]["allowed"], true);
    let gained: Vec<String> = doc["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {} {} {}",
                d["change"].as_str().unwrap(),
                d["member"].as_str().unwrap(),
                d["action"].as_str().unwrap(),
                d["account"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        gained,
        [
            "+ client@brand.test post.create acme-fb",
            "+ client@brand.test post.delete acme-fb",
            "+ client@brand.test post.edit acme-fb",
            "+ client@brand.test post.publish acme-fb",
        ]
    );
    assert_eq!(j.json_err()["error"]["exit_code"], 12);
}

#[test]
fn a_because_that_does_not_match_fails_even_when_the_answer_does() {
    let env = applied();
    let text = format!(
        "{BASE}\n[[expect]]\nmember = \"ed@acme.test\"\naction = \"post.create\"\naccount = \"acme-fb\"\nallowed = true\nbecause = \"owner says so\"\n"
    );
    let f = write(&env, "roster.toml", &text);
    env.as_(OWNER, &["config", "plan", s(&f)])
        .code(12)
        .stdout_has("ed@acme.test is allowed post.create on acme-fb as expected, but not because of \"owner says so\": decide() says allowed: editors");
}

#[test]
fn expect_who_names_the_extra_and_the_missing_members() {
    let env = applied();
    let text = format!(
        "{BASE}\n[[expect_who]]\naction = \"post.view\"\naccount = \"acme-fb\"\nmembers = [\"ed@acme.test\", \"admin@acme.test\"]\n"
    );
    let f = write(&env, "roster.toml", &text);
    let r = env.as_(OWNER, &["config", "check", s(&f)]).code(12);
    assert!(r.stdout.contains(
        "expected exactly [admin@acme.test, ed@acme.test] to be allowed post.view on acme-fb: also allowed: client@brand.test (clients see the accounts assigned to them, and acme-fb is); not allowed: admin@acme.test (acme-fb is not assigned to you)"
    ), "{}", r.stdout);
}

#[test]
fn apply_refuses_with_12_and_writes_nothing_when_an_expectation_fails() {
    let env = applied();
    let text = format!("{BASE}{HOLDING}").replacen(
        "role = \"client\"\n",
        "role = \"client\"\ncan_manage_posts = true\n",
        1,
    );
    let f = write(&env, "roster.toml", &text);
    let before = env.dump();
    env.as_(OWNER, &["config", "apply", s(&f), "--no-email"])
        .code(12)
        .stdout_has("error[expectation-failed]")
        .stderr_has("2 permission expectation(s) failed: ")
        .stderr_has("nothing was changed");
    assert_eq!(env.dump(), before, "a refused apply wrote");
    // The same change with holding expectations applies.
    let fine = text.replace("because = \"read-only\"\n", "").replace(
        "actions = [\"post.create\", \"post.edit\"]\naccount = \"acme-fb\"\nallowed = false",
        "actions = [\"post.create\", \"post.edit\"]\naccount = \"acme-fb\"\nallowed = true",
    );
    let f = write(&env, "fine.toml", &fine);
    env.as_(OWNER, &["config", "apply", s(&f), "--no-email"])
        .ok();
}

#[test]
fn check_sees_a_change_made_by_a_command() {
    let env = applied();
    let f = write(&env, "roster.toml", &format!("{BASE}{HOLDING}"));
    env.as_(OWNER, &["config", "check", s(&f)])
        .ok()
        .stdout_has("Expectations: all 4 hold.");
    env.as_(OWNER, &["member", "update", CLIENT, "--can-manage-posts"])
        .ok();
    let before = env.dump();
    let r = env
        .as_(OWNER, &["config", "check", s(&f), "--format", "github"])
        .code(12);
    let line = line_of(&format!("{BASE}{HOLDING}"), "allowed = false");
    assert!(
        r.stdout.contains("::error file=") && r.stdout.contains(&format!(",line={line},col=11,")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(
            "title=expectation-failed::expected client@brand.test to be denied post.create"
        )
    );
    assert_eq!(env.dump(), before);
    // Checking what others may do is for owners and admins.
    env.as_(EDITOR, &["config", "check", s(&f)])
        .code(3)
        .stderr_has("owners and admins");
}

#[test]
fn plan_as_markdown_is_one_comment() {
    let env = applied();
    let text = format!("{BASE}{HOLDING}").replacen(
        "role = \"client\"\n",
        "role = \"client\"\ncan_manage_posts = true\n",
        1,
    );
    let f = write(&env, "roster.toml", &text);
    let r = env
        .as_(OWNER, &["config", "plan", s(&f), "--format", "markdown"])
        .code(12);
    let md = &r.stdout;
    assert!(md.starts_with("### roster plan for `acme`\n\n**Plan: 0 to add, 1 to change, 0 to remove.**\n\n```diff\n~ member client@brand.test"), "{md}");
    assert!(
        md.contains("credentials none -> owner\n```\n\n#### Permission changes"),
        "{md}"
    );
    assert!(md.contains("#### Permission changes\n\nPermissions: 4 gained, 0 lost.\n\n| | member | action | account |\n|---|---|---|---|\n| ➕ | `client@brand.test` | `post.create` | `acme-fb` |\n"), "{md}");
    assert!(md.contains("#### Expectations\n\nExpectations: 2 of 4 failed.\n\n```text\nerror[expectation-failed]"), "{md}");
    // Markdown is plan's alone.
    env.as_(OWNER, &["member", "list", "--format", "markdown"])
        .code(2);
}

#[test]
fn can_who_lists_every_member_allowed_with_the_rule() {
    let env = applied();
    let r = env
        .as_(
            OWNER,
            &[
                "can",
                "--who",
                "post.approve",
                "--account",
                "acme-fb",
                "--json",
            ],
        )
        .ok()
        .json();
    let who: Vec<(&str, &str)> = r
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["member"].as_str().unwrap(), a["rule"].as_str().unwrap()))
        .collect();
    assert_eq!(
        who,
        [
            ("owner@acme.test", "the owner approves the internal stage"),
            (
                CLIENT,
                "clients set to approve posts on an account approve its client stage"
            ),
        ]
    );
    // An admin sees only their accounts; an editor may not ask.
    env.as_(
        ADMIN,
        &["can", "--who", "post.view", "--account", "acme-fb"],
    )
    .code(4);
    env.as_(EDITOR, &["can", "--who", "post.view"]).code(3);
}

#[test]
fn exported_expectations_hold_now_and_catch_the_next_change() {
    let env = applied();
    let pins = env
        .as_(OWNER, &["config", "export", "--expectations"])
        .ok()
        .stdout;
    assert!(
        pins.contains("\n[[expect_who]]\naction = \"post.approve\"\naccount = \"acme-fb\"\nmembers = [\"client@brand.test\"]\n"),
        "{pins}"
    );
    let f = write(&env, "pinned.toml", &format!("{BASE}{pins}"));
    env.run(&["config", "validate", s(&f)]).ok();
    env.as_(OWNER, &["config", "check", s(&f)]).ok();
    env.as_(OWNER, &["config", "plan", s(&f)])
        .ok()
        .stdout_has("No changes.");
    env.as_(OWNER, &["member", "update", CLIENT, "--can-manage-posts"])
        .ok();
    let r = env.as_(OWNER, &["config", "check", s(&f)]).code(12);
    assert!(
        r.stdout.contains("expected exactly [ed@acme.test] to be allowed post.create on acme-fb: also allowed: client@brand.test (clients create posts on their assigned accounts)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Expectations: 4 of 38 failed."),
        "{}",
        r.stdout
    );
    // What others may do is for owners and admins to export.
    env.as_(EDITOR, &["config", "export", "--expectations"])
        .code(3);
}

mod consistency {
    //! `can --who` and the plan's permission diff against `roster can` asked member by member.

    use std::collections::BTreeSet;

    use proptest::prelude::*;
    use roster::permissions::Action;

    use super::{s, write};
    use crate::config_plan::workspace_file;
    use crate::support::{OWNER, TestEnv};

    /// Every invitation accepted (as the expectations and the diff count them).
    fn accept_all(env: &TestEnv) {
        env.conn().execute(
            "UPDATE memberships SET status = ?1 WHERE status = ?2",
            ["active", "pending"],
        );
    }

    fn strings(env: &TestEnv, args: &[&str], field: &str) -> Vec<String> {
        let r = env.as_(OWNER, args).ok().json();
        r.as_array()
            .unwrap()
            .iter()
            .map(|v| v[field].as_str().unwrap().to_string())
            .collect()
    }

    /// (member, action, account) allowed, asked with `roster --as M can …` one by one: `can
    /// --list` for the actions without an account, `can ACTION --account X` for the others.
    fn dump(env: &TestEnv, members: &BTreeSet<String>) -> BTreeSet<(String, String, String)> {
        let accounts = strings(env, &["account", "list", "--json"], "slug");
        let mut out = BTreeSet::new();
        for m in members {
            let list = env.as_(m, &["can", "--list", "--json"]);
            if list.code != 0 {
                continue; // no longer a member: nothing allowed
            }
            for a in list.json().as_array().unwrap() {
                let action = a["action"].as_str().unwrap();
                if a["allowed"] == true && !Action::parse(action).unwrap().takes_account() {
                    out.insert((m.clone(), action.to_string(), "-".to_string()));
                }
            }
            for action in Action::ALL.iter().filter(|a| a.takes_account()) {
                for acc in &accounts {
                    if env.as_(m, &["can", action.as_str(), "--account", acc]).code == 0 {
                        out.insert((m.clone(), action.to_string(), acc.clone()));
                    }
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

        #[test]
        fn who_and_the_permission_diff_equal_can_member_by_member(
            a in workspace_file(),
            b in workspace_file(),
        ) {
            // 2FA aside: every member must be able to ask `can` without a code.
            let a = a.replace("require_2fa = true\n", "");
            let b = b
                .replace("require_2fa = true\n", "")
                .replacen("owner = \"owner@acme.test\"\n", "owner = \"owner@acme.test\"\nmode = \"exact\"\n", 1);
            let env = TestEnv::new();
            let fa = write(&env, "a.toml", &a);
            env.as_(OWNER, &["config", "apply", s(&fa), "--no-email"]).ok();
            accept_all(&env);
            let members: BTreeSet<String> =
                strings(&env, &["member", "list", "--json"], "email").into_iter().collect();
            // can --who = the members for whom can allows.
            for acc in strings(&env, &["account", "list", "--json"], "slug") {
                for action in ["post.approve", "post.create", "account.assign", "account.remove"] {
                    let who: BTreeSet<String> = strings(
                        &env,
                        &["can", "--who", action, "--account", &acc, "--json"],
                        "member",
                    )
                    .into_iter()
                    .collect();
                    let can: BTreeSet<String> = members
                        .iter()
                        .filter(|m| env.as_(m, &["can", action, "--account", &acc]).code == 0)
                        .cloned()
                        .collect();
                    prop_assert_eq!(who, can, "{} on {}", action, acc);
                }
            }
            // The plan's diff = the dumps after applying it minus before.
            let fb = write(&env, "b.toml", &b);
            let plan = env.as_(OWNER, &["config", "plan", s(&fb), "--json"]);
            prop_assert!(plan.code == 0, "{}", plan.stderr);
            let planned: BTreeSet<(String, String, String, String)> = plan.json()["permissions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| (
                    d["change"].as_str().unwrap().to_string(),
                    d["member"].as_str().unwrap().to_string(),
                    d["action"].as_str().unwrap().to_string(),
                    d["account"].as_str().unwrap_or("-").to_string(),
                ))
                .collect();
            let before = dump(&env, &members);
            env.as_(OWNER, &["config", "apply", s(&fb), "--no-email", "--yes"]).ok();
            accept_all(&env);
            let mut everyone = members.clone();
            everyone.extend(strings(&env, &["member", "list", "--json"], "email"));
            let after = dump(&env, &everyone);
            let mut expected = BTreeSet::new();
            for (m, a, x) in after.difference(&before) {
                expected.insert(("+".to_string(), m.clone(), a.clone(), x.clone()));
            }
            for (m, a, x) in before.difference(&after) {
                expected.insert(("-".to_string(), m.clone(), a.clone(), x.clone()));
            }
            prop_assert_eq!(planned, expected);
        }
    }
}
