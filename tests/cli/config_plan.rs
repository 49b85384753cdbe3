//! `roster config plan`, `apply` and `export` on real databases: the diff, its verdicts, exit
//! codes 11/3/5/2, saved plans, modes, and the round trips (export → plan, apply → apply).

use std::path::PathBuf;

use proptest::prelude::*;
use roster::domain::{MemberStatus, Role};

use crate::fixtures::{count, refused};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";

const FILE: &str = r#"[workspace]
slug = "acme"
name = "Acme Agency"
owner = "owner@acme.test"

[[accounts]]
slug = "acme-fb"
provider = "facebook"
name = "Acme Page"

[[members]]
email = "client@brand.test"
role = "client"
can_manage_posts = true
assign = [
  { account = "acme-fb", approve = true },
]

[[members]]
email = "ed@acme.test"
role = "editor"
assign = [{ account = "acme-fb", posting = "review" }]
"#;

fn write(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// A workspace applied from FILE by the owner.
fn applied() -> (TestEnv, PathBuf) {
    let env = TestEnv::new();
    let f = write(&env, "roster.toml", FILE);
    env.as_(OWNER, &["config", "apply", s(&f), "--no-email"])
        .ok();
    (env, f)
}

#[test]
fn plan_apply_plan_on_an_empty_database() {
    let env = TestEnv::new();
    let f = write(&env, "roster.toml", FILE);
    let r = env
        .as_(OWNER, &["config", "plan", s(&f), "--exit-code"])
        .code(11);
    // The resource diff, then the permission diff (what each member will be allowed).
    let (resources, permissions) = r.stdout.split_once("\nPermission changes:\n").unwrap();
    assert!(
        permissions.contains("  client@brand.test\n    + account.view        acme-fb\n"),
        "{permissions}"
    );
    assert_eq!(
        resources,
        "+ workspace acme\n    name: \"Acme Agency\"\n    owner: owner@acme.test\n\
         + account acme-fb (facebook, \"Acme Page\")\n\
         + member client@brand.test (client)\n    can_manage_posts: true\n    assign acme-fb: approve, credentials owner\n\
         + member ed@acme.test (editor)\n    assign acme-fb: posting review, credentials owner\n\
         \nPlan: 4 to add, 0 to change, 0 to remove.\n"
    );
    // Plain plan exits 0 and changed nothing (no database file content beyond the schema).
    env.as_(OWNER, &["config", "plan", s(&f)]).ok();
    env.assert_nothing_stored("a plan is a read: it creates no database");
    env.as_(OWNER, &["config", "apply", s(&f)])
        .ok()
        .stderr_has("Apply complete: 4 added, 0 changed, 0 removed.");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM memberships WHERE status = 'pending'",
            []
        ),
        2
    );
    // Invitations went through the outbox (file transport by default) after the commit.
    assert_eq!(
        count(&env, "SELECT count(*) FROM outbox WHERE state = 'sent'", []),
        2
    );
    // One batch id for every audit row of the apply.
    assert_eq!(
        count(
            &env,
            "SELECT count(DISTINCT batch_id) FROM audit WHERE batch_id LIKE 'apply-%'",
            []
        ),
        1
    );
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM audit WHERE batch_id IS NULL",
            []
        ),
        0
    );
    // The pending invitations match the file: no changes, exit 0 with --exit-code.
    env.as_(OWNER, &["config", "plan", s(&f), "--exit-code"])
        .ok()
        .stdout_has("No changes.");
    let before = env.dump();
    env.as_(OWNER, &["config", "apply", s(&f)])
        .ok()
        .stdout_has("No changes.");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_pending_invitation_made_by_hand_that_matches_is_not_a_change() {
    let env = TestEnv::new();
    env.workspace("Acme Agency", "acme");
    env.as_(
        OWNER,
        &[
            "account",
            "add",
            "--provider",
            "facebook",
            "--name",
            "Acme Page",
            "--slug",
            "acme-fb",
        ],
    )
    .ok();
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "client@brand.test",
            "--role",
            "client",
            "--can-manage-posts",
            "--assign",
            "acme-fb:approve",
            "--no-email",
        ],
    )
    .ok();
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "ed@acme.test",
            "--role",
            "editor",
            "--assign",
            "acme-fb:review",
            "--no-email",
        ],
    )
    .ok();
    let f = write(&env, "roster.toml", FILE);
    env.as_(OWNER, &["config", "plan", s(&f), "--exit-code"])
        .ok()
        .stdout_has("No changes.");
    // A different setting on the pending invitation is an update of it.
    let g = write(
        &env,
        "other.toml",
        &FILE.replace("approve = true", "approve = false"),
    );
    env.as_(OWNER, &["config", "plan", s(&g), "--exit-code"])
        .code(11)
        .stdout_has("~ member client@brand.test\n    assign acme-fb: approve true -> false\n");
}

#[test]
fn an_update_shows_old_and_new_and_apply_makes_it() {
    let (env, _) = applied();
    let f = write(
        &env,
        "changed.toml",
        &FILE
            .replace("name = \"Acme Agency\"", "name = \"Acme & Co\"")
            .replace("role = \"editor\"", "role = \"editor\"\nrequire_2fa = true")
            .replace("posting = \"review\"", "posting = \"full\""),
    );
    let r = env.as_(OWNER, &["config", "plan", s(&f)]).ok();
    assert_eq!(
        r.stdout,
        "~ workspace acme\n    name: \"Acme Agency\" -> \"Acme & Co\"\n\
         ~ member ed@acme.test\n    require_2fa: false -> true\n    assign acme-fb: posting review -> full\n\
         \nPlan: 0 to add, 2 to change, 0 to remove.\n"
    );
    env.as_(OWNER, &["config", "apply", s(&f), "--no-email"])
        .ok();
    env.as_(OWNER, &["config", "plan", s(&f), "--exit-code"])
        .ok()
        .stdout_has("No changes.");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM workspaces WHERE name = 'Acme & Co'",
            []
        ),
        1
    );
}

#[test]
fn removals_only_in_exact_mode_and_with_yes_off_a_terminal() {
    let (env, _) = applied();
    let only_client = FILE[..FILE.find("[[members]]\nemail = \"ed@").unwrap()].to_string();
    let additive = write(&env, "additive.toml", &only_client);
    env.as_(OWNER, &["config", "plan", s(&additive), "--exit-code"])
        .ok()
        .stdout_has("No changes.");
    let exact = write(
        &env,
        "exact.toml",
        &only_client.replace(
            "owner = \"owner@acme.test\"",
            "owner = \"owner@acme.test\"\nmode = \"exact\"",
        ),
    );
    env.as_(OWNER, &["config", "plan", s(&exact), "--exit-code"])
        .code(11)
        .stdout_has("- member ed@acme.test (editor, pending)\n")
        .stdout_has("Plan: 0 to add, 0 to change, 1 to remove.");
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&exact)],
        2,
        "needs confirmation and there is no terminal to ask",
    )
    .stderr_has("--yes");
    env.as_(OWNER, &["config", "apply", s(&exact), "--yes"])
        .ok()
        .stderr_has("0 added, 0 changed, 1 removed");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE u.email = 'ed@acme.test' AND m.status = 'removed'",
            []
        ),
        1
    );
    env.as_(OWNER, &["config", "plan", s(&exact), "--exit-code"])
        .ok();
}

#[test]
fn an_admins_plan_shows_denied_steps_and_their_apply_changes_nothing() {
    let (env, _) = applied();
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    // The admin holds acme-fb: a plan shows an admin only the accounts they may see.
    env.as_(OWNER, &["account", "assign", "acme-fb", "--member", ADMIN])
        .ok();
    let f = write(
        &env,
        "more.toml",
        &format!(
            "{FILE}\n[[members]]\nemail = \"{ADMIN}\"\nrole = \"admin\"\n\n\
             [[members]]\nemail = \"new-client@brand.test\"\nrole = \"client\"\n\n\
             [[members]]\nemail = \"new-ed@acme.test\"\nrole = \"editor\"\n"
        ),
    );
    let r = env.as_(ADMIN, &["config", "plan", s(&f)]).ok();
    assert!(
        r.stdout
            .contains("+ member new-client@brand.test (client) (denied: "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("+ member new-ed@acme.test (editor)\n"),
        "{}",
        r.stdout
    );
    let json = env
        .as_(ADMIN, &["config", "plan", s(&f), "--json"])
        .ok()
        .json();
    let denied: Vec<&serde_json::Value> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["allowed"] == false)
        .collect();
    assert_eq!(denied.len(), 1, "{json}");
    assert_eq!(denied[0]["key"], "new-client@brand.test");
    assert!(
        denied[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("denied: ")
    );
    refused(
        &env,
        ADMIN,
        &["config", "apply", s(&f), "--yes"],
        3,
        "`+ member new-client@brand.test` is refused",
    );
}

#[test]
fn a_stale_saved_plan_is_refused() {
    let (env, _) = applied();
    let f = write(
        &env,
        "more.toml",
        &format!("{FILE}\n[[members]]\nemail = \"new-ed@acme.test\"\nrole = \"editor\"\n"),
    );
    let plan = env.dir.path().join("acme.plan");
    env.as_(OWNER, &["config", "plan", s(&f), "--out", s(&plan)])
        .ok()
        .stdout_has("+ member new-ed@acme.test (editor)");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&plan).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // Something changes the workspace after the plan was made.
    env.as_(OWNER, &["workspace", "rename", "Acme Two", "-w", "acme"])
        .ok();
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan)],
        5,
        "the plan is stale",
    )
    .stderr_has("config plan FILE --out PLAN");
    // A fresh plan applies, and only what it showed.
    env.as_(OWNER, &["config", "plan", s(&f), "--out", s(&plan)])
        .ok();
    env.as_(OWNER, &["config", "apply", s(&plan), "--no-email"])
        .ok()
        .stderr_has("1 added, 1 changed, 0 removed");
    // Another user cannot apply the owner's plan.
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    env.as_(OWNER, &["config", "plan", s(&f), "--out", s(&plan)])
        .ok();
    refused(
        &env,
        ADMIN,
        &["config", "apply", s(&plan)],
        5,
        "was planned by",
    );
}

#[test]
fn a_new_workspace_needs_its_owner_to_act() {
    let env = TestEnv::new();
    let f = write(&env, "roster.toml", FILE);
    env.as_("someone@else.test", &["config", "plan", s(&f)])
        .code(6)
        .stderr_has("a new workspace belongs to whoever creates it");
}

#[test]
fn the_json_plan_has_a_stable_shape() {
    let (env, _) = applied();
    let f = write(
        &env,
        "changed.toml",
        &FILE.replace(
            "role = \"client\"\ncan_manage_posts = true",
            "role = \"client\"",
        ),
    );
    let v = env
        .as_(OWNER, &["config", "plan", s(&f), "--json"])
        .ok()
        .json();
    assert_eq!(v["format_version"], "1");
    assert_eq!(v["workspace"], "acme");
    assert_eq!(
        v["summary"],
        serde_json::json!({"add": 0, "change": 1, "remove": 0})
    );
    let c = &v["changes"][0];
    assert_eq!(c["action"], "update");
    assert_eq!(c["kind"], "member");
    assert_eq!(c["key"], "client@brand.test");
    assert_eq!(
        c["fields"]["can_manage_posts"],
        serde_json::json!({"old": true, "new": false})
    );
    assert_eq!(
        c["fields"]["assign.acme-fb"]["new"],
        serde_json::json!({"approve": true, "posting": null, "credentials": null})
    );
    assert_eq!(c["allowed"], true);
    assert!(c["reason"].as_str().unwrap().starts_with("allowed: "));
}

#[test]
fn export_round_trips_and_keeps_comments() {
    let (env, _) = applied();
    let r = env.as_(OWNER, &["config", "export", "acme"]).ok();
    let out = write(&env, "exported.toml", &r.stdout);
    env.as_(OWNER, &["config", "plan", s(&out), "--exit-code"])
        .ok()
        .stdout_has("No changes.");
    // A person annotates the file; exporting into it keeps the notes where nothing changed.
    let annotated = r
        .stdout
        .replace("[[accounts]]", "# Our pages\n[[accounts]]")
        .replace("role = \"editor\"", "role = \"editor\" # hired in November");
    std::fs::write(&out, &annotated).unwrap();
    env.as_(OWNER, &["workspace", "rename", "Acme & Co", "-w", "acme"])
        .ok();
    env.as_(OWNER, &["config", "export", "acme", "--out", s(&out)])
        .ok();
    let merged = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        merged,
        annotated.replace("name = \"Acme Agency\"", "name = \"Acme & Co\"")
    );
    env.as_(OWNER, &["config", "plan", s(&out), "--exit-code"])
        .ok();
}

/// A random valid workspace: accounts, and members of every role with flags and assignments
/// their role allows.
pub(crate) fn workspace_file() -> impl Strategy<Value = String> {
    let accounts = 1usize..4;
    let member = (
        0usize..3,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((any::<bool>(), any::<bool>(), any::<bool>()), 3),
    );
    (accounts, prop::collection::vec(member, 0..5)).prop_map(|(n_acc, members)| {
        let mut t = String::from(
            "[workspace]\nslug = \"acme\"\nname = \"Acme\"\nowner = \"owner@acme.test\"\n",
        );
        let providers = ["facebook", "instagram", "x"];
        for (i, provider) in providers.iter().enumerate().take(n_acc) {
            t.push_str(&format!(
                "\n[[accounts]]\nslug = \"acc-{i}\"\nprovider = \"{provider}\"\nname = \"Account {i}\"\n"
            ));
        }
        for (i, (role, f1, f2, f3, assigns)) in members.into_iter().enumerate() {
            let role = ["admin", "editor", "client"][role];
            t.push_str(&format!(
                "\n[[members]]\nemail = \"m{i}@acme.test\"\nrole = \"{role}\"\n"
            ));
            let posts = match role {
                "client" => f2,
                _ => true,
            };
            if f1 && role != "editor" {
                t.push_str("can_add_accounts = true\n");
            }
            if f2 && role == "client" {
                t.push_str("can_manage_posts = true\n");
            }
            if f3 {
                t.push_str("require_2fa = true\n");
            }
            let mut parts = Vec::new();
            for (j, (on, a, b)) in assigns.into_iter().enumerate().take(n_acc) {
                if !on {
                    continue;
                }
                let mut p = format!("{{ account = \"acc-{j}\"");
                if role == "client" && a {
                    p.push_str(", approve = true");
                }
                if role == "editor" && a {
                    p.push_str(", posting = \"review\"");
                }
                if posts && b {
                    p.push_str(", credentials = \"member\"");
                }
                p.push_str(" }");
                parts.push(p);
            }
            if !parts.is_empty() {
                t.push_str(&format!("assign = [{}]\n", parts.join(", ")));
            }
        }
        t
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Apply, apply again (no changes), export, and plan the export (no changes).
    #[test]
    fn apply_is_idempotent_and_export_plans_no_changes(text in workspace_file()) {
        let env = TestEnv::new();
        let f = write(&env, "roster.toml", &text);
        let r = env.as_(OWNER, &["config", "apply", s(&f), "--no-email"]);
        prop_assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        let again = env.as_(OWNER, &["config", "apply", s(&f), "--no-email"]);
        prop_assert_eq!(again.code, 0, "{}", again.stderr);
        prop_assert_eq!(again.stdout.as_str(), "No changes.\n");
        let exported = env.as_(OWNER, &["config", "export", "acme"]);
        prop_assert_eq!(exported.code, 0, "{}", exported.stderr);
        let e = write(&env, "exported.toml", &exported.stdout);
        let plan = env.as_(OWNER, &["config", "plan", s(&e), "--exit-code"]);
        prop_assert_eq!(plan.code, 0, "{}\n{}\n{}", exported.stdout, plan.stdout, plan.stderr);
    }
}

/// On a terminal apply shows the plan and asks, even for additions; "no" changes nothing,
/// "yes" applies.
#[test]
fn apply_on_a_terminal_asks_first() {
    use crate::tty::Term;
    let env = TestEnv::new();
    let f = write(&env, "roster.toml", FILE);
    env.as_(OWNER, &["config", "plan", s(&f)]).ok();
    let t = Term::start(
        &env,
        &["--as", OWNER, "config", "apply", s(&f), "--no-email"],
    );
    t.expect("Plan: 4 to add, 0 to change, 0 to remove.");
    t.expect("Apply these changes to acme?");
    t.keys(&["n", "Enter"]);
    assert_eq!(t.exit_code(), 130);
    // Declined: no database was created for it.
    env.assert_nothing_stored("a declined apply creates no database");
    let t = Term::start(
        &env,
        &["--as", OWNER, "config", "apply", s(&f), "--no-email"],
    );
    t.expect("Apply these changes to acme?");
    t.keys(&["y", "Enter"]);
    assert_eq!(t.exit_code(), 0);
    t.expect("Apply complete: 4 added, 0 changed, 0 removed.");
}

/// A saved plan of FILE plus one new client, made by the owner of a workspace with an admin,
/// and its JSON.
fn saved_plan_with_a_new_client() -> (TestEnv, PathBuf, serde_json::Value) {
    let (env, _) = applied();
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    let f = write(
        &env,
        "more.toml",
        &format!("{FILE}\n[[members]]\nemail = \"new@brand.test\"\nrole = \"client\"\n"),
    );
    let plan = env.dir.path().join("acme.plan");
    env.as_(OWNER, &["config", "plan", s(&f), "--out", s(&plan)])
        .ok()
        .stdout_has("+ member new@brand.test (client)");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    (env, plan, saved)
}

fn save_edited(
    plan: &std::path::Path,
    saved: &serde_json::Value,
    edit: impl Fn(&mut serde_json::Value),
) {
    let mut v = saved.clone();
    edit(&mut v);
    assert_ne!(&v, saved, "the edit changed nothing");
    std::fs::write(plan, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

/// A saved plan applies exactly what `config plan` showed or nothing: apply recomputes the plan
/// from the config the file carries and requires the digest of the changes that were shown.
#[test]
fn an_edited_saved_plan_is_refused() {
    let (env, plan, saved) = saved_plan_with_a_new_client();
    let config = saved["config"].as_str().unwrap().to_string();
    assert!(saved["digest"].as_str().unwrap().starts_with("sha256:"));
    let to_admin = config.replace(
        "email = \"new@brand.test\"\nrole = \"client\"",
        "email = \"new@brand.test\"\nrole = \"admin\"",
    );
    // The new member's role, client -> admin, in the saved config: refused, nothing written.
    save_edited(&plan, &saved, |v| v["config"] = to_admin.clone().into());
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan), "--no-email"],
        5,
        "does not apply as it was planned",
    )
    .stderr_has("config plan FILE --out PLAN");
    let e = refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan), "--no-email", "--json"],
        5,
        "",
    )
    .json_err();
    assert_eq!(e["error"]["exit_code"], 5);
    // The digest edited as well (to anything but the digest of what would be made): refused.
    save_edited(&plan, &saved, |v| {
        v["config"] = to_admin.clone().into();
        v["digest"] = format!("sha256:{}", "0".repeat(64)).into();
    });
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan), "--no-email"],
        5,
        "does not apply as it was planned",
    );
    // The digest alone.
    save_edited(&plan, &saved, |v| {
        v["digest"] = format!("sha256:{}", "f".repeat(64)).into()
    });
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan), "--no-email"],
        5,
        "does not apply as it was planned",
    );
    // A plan without a digest (as saved before digests existed) matches nothing.
    save_edited(&plan, &saved, |v| {
        v.as_object_mut().unwrap().remove("digest");
    });
    refused(
        &env,
        OWNER,
        &["config", "apply", s(&plan), "--no-email"],
        5,
        "does not apply as it was planned",
    );
    // The actor it was planned for, made someone else's: refused too.
    save_edited(&plan, &saved, |v| v["actor"] = ADMIN.into());
    refused(
        &env,
        ADMIN,
        &["config", "apply", s(&plan), "--no-email"],
        5,
        "does not apply as it was planned",
    );
    // What changes nothing apply does (a comment, blank lines) is not refused; the plan
    // applies as it was shown.
    save_edited(&plan, &saved, |v| {
        v["config"] = format!(
            "# reviewed in #42\n\n{}\n\n",
            config.replace("\n[[", "\n\n[[")
        )
        .into()
    });
    env.as_(OWNER, &["config", "apply", s(&plan), "--no-email"])
        .ok()
        .stdout_has("+ member new@brand.test (client)")
        .stderr_has("1 added, 0 changed, 0 removed");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE u.email = 'new@brand.test' AND m.role = 'client'",
            []
        ),
        1
    );
}

/// On a terminal, the edited plan is refused before anything is shown or asked.
#[test]
fn an_edited_saved_plan_is_refused_on_a_terminal_before_the_question() {
    use crate::tty::Term;
    let (env, plan, saved) = saved_plan_with_a_new_client();
    let config = saved["config"].as_str().unwrap().replace(
        "email = \"new@brand.test\"\nrole = \"client\"",
        "email = \"new@brand.test\"\nrole = \"admin\"",
    );
    save_edited(&plan, &saved, |v| v["config"] = config.clone().into());
    let before = env.dump();
    let t = Term::start(
        &env,
        &["--as", OWNER, "config", "apply", s(&plan), "--no-email"],
    );
    t.expect("does not apply as it was planned");
    assert_eq!(t.exit_code(), 5);
    assert_eq!(env.dump(), before, "a refused apply changed the database");
}

const RO: &str = "ro@brand.test";
const POSTER: &str = "poster@brand.test";
const ED: &str = "ed@acme.test";

/// What `account list --json` and `member list --json` show `who`: account slugs, and member
/// emails (the owner left out: a file names them in [workspace]) with the accounts shown on each.
fn listed_to(env: &TestEnv, who: &str) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let accounts = env
        .as_(who, &["account", "list", "--json", "-w", "acme"])
        .ok()
        .json();
    let accounts = accounts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap().to_string())
        .collect();
    let members = env
        .as_(who, &["member", "list", "--json", "-w", "acme"])
        .ok()
        .json();
    let mut members: Vec<(String, Vec<String>)> = members
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] != "owner")
        .map(|m| {
            let on = m["accounts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["account"].as_str().unwrap().to_string())
                .collect();
            (m["email"].as_str().unwrap().to_string(), on)
        })
        .collect();
    members.sort();
    (accounts, members)
}

/// `config export` shows its caller what `account list` and `member list` show them and
/// nothing more (a read-only client saw every account of the workspace), and still plans as
/// `No changes.` for them.
#[test]
fn export_shows_each_caller_only_what_they_may_see() {
    let env = crate::fixtures::acme();
    crate::fixtures::insert_account(&env, "acme-tw", "x", "Acme X");
    for (who, role, update) in [
        (ADMIN, Role::Admin, vec!["--assign", "acme-fb"]),
        (ED, Role::Editor, vec!["--assign", "acme-ig"]),
        (RO, Role::Client, vec!["--assign", "acme-fb:approve"]),
        (
            POSTER,
            Role::Client,
            vec!["--can-manage-posts", "--assign", "acme-tw"],
        ),
    ] {
        env.add_member("acme", who, role, MemberStatus::Active);
        let mut args = vec!["member", "update", who, "-w", "acme"];
        args.extend(update);
        env.as_(OWNER, &args).ok();
    }
    for who in [RO, POSTER, ED, ADMIN, OWNER] {
        let before = env.dump();
        let text = env.as_(who, &["config", "export", "acme"]).ok().stdout;
        assert_eq!(env.dump(), before, "{who}: export changed the database");
        let (model, report) = roster::config_file::check_bytes("export.toml", text.as_bytes());
        let model = model.unwrap_or_else(|| panic!("{who}'s export:\n{}", report.human()));
        let (accounts, members) = listed_to(&env, who);
        let exported: Vec<String> = model.accounts.iter().map(|a| a.slug.to_string()).collect();
        assert_eq!(exported, accounts, "{who}'s export:\n{text}");
        let mut exported: Vec<(String, Vec<String>)> = model
            .members
            .iter()
            .map(|m| {
                let on: Vec<String> = m.assign.iter().map(|a| a.account.to_string()).collect();
                (m.email.to_string(), on)
            })
            .collect();
        exported.sort();
        // The same members; each with the accounts member list shows on them that the
        // caller may see.
        let shown: Vec<(String, Vec<String>)> = members
            .into_iter()
            .map(|(m, on)| (m, on.into_iter().filter(|a| accounts.contains(a)).collect()))
            .collect();
        assert_eq!(exported, shown, "{who}'s export:\n{text}");
        let f = write(&env, "exported.toml", &text);
        env.as_(who, &["config", "plan", s(&f), "--exit-code"])
            .ok()
            .stdout_has("No changes.");
    }
    // The read-only client sees their account and themselves.
    let text = env.as_(RO, &["config", "export", "acme"]).ok().stdout;
    assert!(text.contains("slug = \"acme-fb\""), "{text}");
    assert!(
        !text.contains("acme-ig") && !text.contains("acme-tw"),
        "{text}"
    );
    assert!(!text.contains(POSTER) && !text.contains(ED), "{text}");
}
