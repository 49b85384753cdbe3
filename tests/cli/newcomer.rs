//! Issue 14, a newcomer's first hour: removing the accounts one added, the credentials default
//! said aloud, hints on not-a-member errors, 2FA in `member list`, `--role` without owner, help
//! headings, man pages, `can --list` and `member invite --ttl`.

use crate::fixtures::{WS, acme, can, join, refused};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const CLIENT: &str = "client@brand.test";
const OTHER: &str = "other@brand.test";

fn add_account(env: &TestEnv, who: &str, slug: &str) {
    env.as_(
        who,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            slug,
            "--slug",
            slug,
        ],
    )
    .ok();
}

#[test]
fn clients_and_admins_with_add_accounts_remove_the_accounts_they_added_only() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &["--can-add-accounts"]);
    join(&env, OWNER, OTHER, "client", &["--can-add-accounts"]);
    join(&env, OWNER, ADMIN, "admin", &["--can-add-accounts"]);
    add_account(&env, CLIENT, "client-x");
    add_account(&env, ADMIN, "admin-x");

    // `can` answers from the same facts.
    can(
        &env,
        CLIENT,
        &["account.remove", "--account", "client-x"],
        true,
        "may remove the accounts they added",
    );
    can(
        &env,
        CLIENT,
        &["account.remove", "--account", "acme-fb"],
        false,
        "remove only the accounts they added",
    );
    can(
        &env,
        OTHER,
        &["account.remove", "--account", "client-x"],
        false,
        "was added by someone else",
    );

    // Others' accounts: the owner's, another member's.
    for (who, acc) in [
        (CLIENT, "acme-fb"),
        (CLIENT, "admin-x"),
        (OTHER, "client-x"),
        (ADMIN, "client-x"),
    ] {
        refused(
            &env,
            who,
            &["account", "remove", acc, "--yes"],
            3,
            "remove only the accounts they added",
        );
    }
    // Their own: allowed.
    env.as_(CLIENT, &["account", "remove", "client-x", "--yes"])
        .ok()
        .stderr_has("Removed account client-x");
    env.as_(ADMIN, &["account", "remove", "admin-x", "--yes"])
        .ok();
    let left = env.as_(OWNER, &["account", "list", "--json"]).ok().json();
    let slugs: Vec<&str> = left
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["acme-fb", "acme-ig"]);
}

#[test]
fn without_add_accounts_nobody_but_the_owner_removes_accounts() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &["--can-add-accounts"]);
    add_account(&env, CLIENT, "client-x");
    // The owner takes the flag away: the account they added stays theirs to keep, not to remove.
    env.as_(
        OWNER,
        &["member", "update", CLIENT, "--can-add-accounts=false"],
    )
    .ok();
    refused(
        &env,
        CLIENT,
        &["account", "remove", "client-x", "--yes"],
        3,
        "without \"add social accounts\"",
    );
    let _ = WS;
}

const NOTE: &str = "posts with the owner's credentials (the default, as none was given): only the owner reauthenticates it";

#[test]
fn the_owner_credentials_default_is_said_on_stderr_when_not_given() {
    let env = acme();
    // invite: acme-fb without credentials gets the note, acme-ig:member does not.
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                CLIENT,
                "--role",
                "client",
                "--can-manage-posts",
                "--assign",
                "acme-fb",
                "--assign",
                "acme-ig:member",
                "--json",
            ],
        )
        .ok()
        .stderr_has(&format!("note: acme-fb: {CLIENT} {NOTE}"))
        .stderr_has("assign acme-fb:member for the member's own credentials");
    assert!(!r.stderr.contains("acme-ig:"), "{}", r.stderr);
    // Not in the JSON data.
    assert!(!r.stdout.contains("note"), "{}", r.stdout);
    // -q silences it.
    let q = env
        .as_(
            OWNER,
            &["-q", "member", "update", CLIENT, "--assign", "acme-ig"],
        )
        .ok();
    assert!(q.stderr.is_empty(), "{}", q.stderr);
    // update names it too.
    env.as_(
        OWNER,
        &["member", "update", CLIENT, "--assign", "acme-fb:approve"],
    )
    .ok()
    .stderr_has(&format!("note: acme-fb: {CLIENT} {NOTE}"));
    // Given explicitly: no note.
    let r = env
        .as_(
            OWNER,
            &["member", "update", CLIENT, "--assign", "acme-fb:owner"],
        )
        .ok();
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
    // A read-only client has no credentials at all: no note.
    let r = env
        .as_(
            OWNER,
            &[
                "member", "invite", OTHER, "--role", "client", "--assign", "acme-fb",
            ],
        )
        .ok();
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
}

#[test]
fn account_assign_says_the_owner_credentials_default_when_it_applies_it() {
    let env = acme();
    join(&env, OWNER, "editor@acme.test", "editor", &[]);
    env.as_(
        OWNER,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "editor@acme.test",
        ],
    )
    .ok()
    .stderr_has("note: acme-fb: editor@acme.test posts with the owner's credentials")
    .stderr_has("pass --credentials member");
    // Kept, not applied: no note.
    let r = env
        .as_(
            OWNER,
            &[
                "account",
                "assign",
                "acme-fb",
                "--member",
                "editor@acme.test",
                "--posting",
                "review",
            ],
        )
        .ok();
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
    let r = env
        .as_(
            OWNER,
            &[
                "account",
                "assign",
                "acme-ig",
                "--member",
                "editor@acme.test",
                "--credentials",
                "member",
            ],
        )
        .ok();
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
}

#[test]
fn not_a_member_errors_say_where_to_look_and_how_to_invite() {
    let env = acme();
    let hint = "list them with `roster -w acme member list`, or invite them: `roster -w acme member invite nobody@acme.test";
    for args in [
        vec![
            "account",
            "assign",
            "acme-fb",
            "--member",
            "nobody@acme.test",
        ],
        vec!["workspace", "transfer", "nobody@acme.test", "--yes"],
        vec!["member", "show", "nobody@acme.test"],
        vec!["member", "update", "nobody@acme.test", "--require-2fa"],
        vec!["can", "member.update", "--member", "nobody@acme.test"],
    ] {
        refused(
            &env,
            OWNER,
            &args,
            4,
            "nobody@acme.test is not a member of acme",
        )
        .stderr_has(hint);
    }
    env.as_(OWNER, &["member", "show", "nobody@acme.test", "--json"])
        .code(4)
        .error_hint_has("or invite them");
}

#[test]
fn member_list_shows_the_workspace_2fa_requirement() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &[]);
    env.enroll(OWNER);
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "on"])
        .ok();
    let list = env.as_(OWNER, &["member", "list"]).ok();
    let line = list.stdout.lines().find(|l| l.contains(CLIENT)).unwrap();
    assert!(line.contains("required, not enrolled"), "{}", list.stdout);
    let json = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    let c = crate::fixtures::find(&json, "email", CLIENT);
    assert_eq!(c["twofa_required"], true, "{c}");
    assert_eq!(
        c["require_2fa"], false,
        "the membership's own flag stays: {c}"
    );
    let show = env
        .as_(OWNER, &["member", "show", CLIENT, "--json"])
        .ok()
        .json();
    assert_eq!(show["twofa_required"], true);
}

#[test]
fn member_list_2fa_without_any_requirement_is_a_dash() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &[]);
    let json = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert_eq!(
        crate::fixtures::find(&json, "email", CLIENT)["twofa_required"],
        false
    );
}

#[test]
fn role_owner_is_not_offered_to_invite_or_update() {
    let env = acme();
    for args in [
        vec!["member", "invite", CLIENT, "--role", "owner"],
        vec!["member", "update", CLIENT, "--role", "owner"],
    ] {
        refused(
            &env,
            OWNER,
            &args,
            2,
            "[possible values: admin, editor, client]",
        )
        .stderr_has("owners are made by `workspace create` or `workspace transfer` only");
    }
    let help = env.run(&["member", "invite", "--help"]).ok();
    assert!(!help.stdout.contains("owner, admin"), "{}", help.stdout);
    // list and can still know owners.
    env.as_(OWNER, &["member", "list", "--role", "owner"]).ok();
    env.as_(OWNER, &["can", "member.invite", "--role", "owner"])
        .code(3);
    // Completion offers no owner for member invite/update --role; list --role still does.
    let roles = complete(&env, &[], &["member", "invite", "--role", ""]);
    assert_eq!(roles, ["admin", "editor", "client"]);
    assert!(complete(&env, &[], &["member", "list", "--role", ""]).contains(&"owner".to_string()));
    // The batch's role column says why too.
    let csv = env.dir.path().join("rows.csv");
    std::fs::write(
        &csv,
        "email,role,can_add_accounts,can_manage_posts,require_2fa,assign\nx@y.test,owner,,,,\n",
    )
    .unwrap();
    refused(
        &env,
        OWNER,
        &["member", "invite", "--from", csv.to_str().unwrap()],
        6,
        "1 problem(s)",
    )
    .stdout_has("nobody is invited as owner");
}

#[test]
fn global_options_have_their_own_heading() {
    let env = TestEnv::new();
    let help = env.run(&["member", "invite", "--help"]).ok().stdout;
    let own = help.find("--can-add-accounts").expect("own flag");
    let heading = help
        .find("Global options:")
        .unwrap_or_else(|| panic!("{help}"));
    let global = help.find("--workspace <SLUG>").expect("a global flag");
    assert!(own < heading && heading < global, "{help}");
    // Nothing global above the heading.
    assert!(!help[..heading].contains("--db <PATH>"), "{help}");
}

#[test]
fn invite_ttl_sets_the_expiry_of_this_invitation() {
    let env = acme();
    let v = crate::fixtures::invite(&env, OWNER, CLIENT, "client", &["--ttl", "36h"]);
    assert_eq!(v["expires_at"], "2026-11-29T21:00:00Z", "{v}");
    // The config's TTL stays the default.
    let v = crate::fixtures::invite(&env, OWNER, OTHER, "client", &[]);
    assert_eq!(v["expires_at"], "2026-12-05T09:00:00Z", "{v}");
    // For every row of a batch.
    let csv = env.dir.path().join("rows.csv");
    std::fs::write(
        &csv,
        "email,role,can_add_accounts,can_manage_posts,require_2fa,assign\nb1@y.test,client,,,,\n",
    )
    .unwrap();
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "--from",
            csv.to_str().unwrap(),
            "--ttl",
            "2d",
        ],
    )
    .ok();
    let exp = crate::fixtures::row(
        &env,
        "SELECT i.expires_at FROM invitations i JOIN memberships m ON m.id = i.membership_id
         JOIN users u ON u.id = m.user_id WHERE u.email = 'b1@y.test'",
        [],
    );
    assert!(exp[0].starts_with("2026-11-30T09:00:00"), "{exp:?}");
}

#[test]
fn bad_or_absurd_ttls_are_refused_and_change_nothing() {
    let env = acme();
    for (ttl, needle) in [
        ("soon", "is not a duration"),
        ("0d", "more than zero"),
        ("400d", "longer than an invitation may last (365d)"),
        ("99999999999999999d", "too long"),
        ("9223372036854775807s", "too long"),
    ] {
        refused(
            &env,
            OWNER,
            &["member", "invite", CLIENT, "--role", "client", "--ttl", ttl],
            6,
            needle,
        )
        .stderr_has("--ttl");
    }
}

#[test]
fn can_list_answers_every_action_from_decide() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &["--can-add-accounts"]);
    join(&env, OWNER, ADMIN, "admin", &[]);
    let before = env.dump();
    let mine = env.as_(CLIENT, &["can", "--list", "--json"]).ok().json();
    let mine = mine.as_array().unwrap();
    assert_eq!(
        mine.len(),
        roster::permissions::Action::ALL.len(),
        "every action of SPEC §2, and member.login"
    );
    let get = |list: &[serde_json::Value], a: &str| {
        list.iter()
            .find(|x| x["action"] == a)
            .unwrap_or_else(|| panic!("no {a}"))
            .clone()
    };
    assert_eq!(get(mine, "account.add")["allowed"], true);
    assert_eq!(
        get(mine, "account.remove")["condition"],
        "the ones they added, if can_add_accounts"
    );
    assert_eq!(get(mine, "audit.view")["allowed"], false);
    // Publishing is its own action (issue 23): this client may not edit posts, so may not.
    assert_eq!(get(mine, "post.publish")["allowed"], false);
    assert_eq!(get(mine, "audit.view")["verdict"], "denied");
    // The table says the same.
    env.as_(CLIENT, &["can", "--list"])
        .ok()
        .stdout_has("account.add")
        .stdout_has("denied");
    // An owner or admin asks about another member, seen from that member's membership.
    let theirs = env
        .as_(OWNER, &["can", "--list", "--member", CLIENT, "--json"])
        .ok()
        .json();
    assert_eq!(theirs.as_array().unwrap(), mine);
    let theirs = env
        .as_(ADMIN, &["can", "--list", "--member", CLIENT, "--json"])
        .ok()
        .json();
    assert_eq!(theirs.as_array().unwrap(), mine);
    // A client may not ask about others; nobody about strangers.
    env.as_(CLIENT, &["can", "--list", "--member", OWNER])
        .code(3)
        .stderr_has("audit.view");
    env.as_(OWNER, &["can", "--list", "--member", "nobody@acme.test"])
        .code(4)
        .stderr_has("or invite them");
    // --list takes no action or target.
    env.as_(OWNER, &["can", "--list", "member.invite"]).code(2);
    env.as_(OWNER, &["can"]).code(2).stderr_has("<ACTION>");
    assert_eq!(env.dump(), before, "can --list changed the database");
}

#[test]
fn man_prints_one_commands_page_with_environment_and_exit_status() {
    let env = TestEnv::new();
    let page = env.run(&["man", "member", "invite"]).ok().stdout;
    assert!(page.contains(".TH roster-member-invite 1"), "{page}");
    assert!(page.contains(r"\-\-ttl"), "the command's own flags");
    assert!(page.contains(".SH \"GLOBAL OPTIONS\""), "the globals apart");
    let env_at = page.find(".SH ENVIRONMENT").expect("ENVIRONMENT");
    let exit_at = page.find(".SH \"EXIT STATUS\"").expect("EXIT STATUS");
    assert!(env_at < exit_at);
    for var in [
        "ROSTER_DB",
        "ROSTER_CONFIG",
        "ROSTER_AS",
        "ROSTER_WORKSPACE",
        "ROSTER_OTP",
        "ROSTER_NOW",
        "ROSTER_MAIL_URL",
        "ROSTER_SMTP_PASSWORD",
        "ROSTER_BUSY_TIMEOUT",
        "NO_COLOR",
    ] {
        assert!(page[env_at..exit_at].contains(var), "{var} missing");
    }
    assert!(page[exit_at..].contains("Permission denied"));
    // The top page too, and a wrong command names the choices (2).
    env.run(&["man"])
        .ok()
        .stdout_has(".TH roster 1")
        .stdout_has(".SH ENVIRONMENT");
    env.run(&["man", "member", "bogus"])
        .code(2)
        .stderr_has("no command `roster member bogus`")
        .stderr_has("invite, list, show, update");
    // Man pages need no database.
    env.assert_nothing_stored("man touched the database");
}

#[test]
fn man_out_writes_every_page() {
    let env = TestEnv::new();
    let dir = env.dir.path().join("man");
    env.run(&["man", "--out", dir.to_str().unwrap()])
        .ok()
        .stderr_has("man pages to");
    for page in [
        "roster.1",
        "roster-member.1",
        "roster-member-invite.1",
        "roster-account-remove.1",
        "roster-2fa-enroll.1",
        "roster-can.1",
    ] {
        let text =
            std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(text.contains(".SH \"EXIT STATUS\""), "{page}");
    }
    assert!(!dir.join("roster-help.1").exists());
    env.run(&["man", "member", "--out", "x"]).code(2);
}

/// `COMPLETE=fish roster -- WORDS...`: what fish would offer for the last word.
fn complete(env: &TestEnv, vars: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let mut c = env.cmd();
    c.env("COMPLETE", "fish")
        .arg("--")
        .arg("roster")
        .args(words);
    for (k, v) in vars {
        c.env(k, v);
    }
    let r = TestEnv::run_cmd(c).ok();
    // Values only: after a positional, flags are offered as well.
    r.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .filter(|w| !w.starts_with('-'))
        .collect()
}

#[test]
fn dynamic_completion_offers_slugs_and_emails_from_the_database() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &[]);
    env.as_(
        "stranger@else.test",
        &["workspace", "create", "Else", "--slug", "else-ws"],
    )
    .ok();
    let before = env.dump();
    assert_eq!(complete(&env, &[], &["-w", ""]), ["acme", "else-ws"]);
    // Only the acting user's workspaces when ROSTER_AS names them.
    assert_eq!(
        complete(&env, &[("ROSTER_AS", CLIENT)], &["-w", ""]),
        ["acme"]
    );
    assert_eq!(
        complete(&env, &[], &["account", "remove", ""]),
        ["acme-fb", "acme-ig"]
    );
    assert_eq!(
        complete(&env, &[], &["post", "create", "--account", "acme-i"]),
        ["acme-ig"]
    );
    assert_eq!(
        complete(&env, &[], &["member", "invite", "x@y.test", "--assign", ""]),
        ["acme-fb", "acme-ig"]
    );
    let emails = complete(&env, &[("ROSTER_WORKSPACE", WS)], &["member", "show", ""]);
    assert_eq!(emails, [CLIENT, OWNER]);
    // The static parts still complete.
    assert!(complete(&env, &[], &["mem"]).contains(&"member".to_string()));
    assert!(complete(&env, &[], &["can", "member.inv"]).contains(&"member.invite".to_string()));
    assert_eq!(env.dump(), before, "completion changed the database");
    // No database: no candidates, and none is created.
    match env.missing_server_db() {
        None => {
            std::fs::remove_file(env.db()).unwrap();
            assert!(complete(&env, &[], &["-w", ""]).is_empty());
            assert!(!env.db().exists(), "completion created a database");
        }
        Some(missing) => {
            assert!(complete(&env, &[("ROSTER_DB", &missing.url)], &["-w", ""]).is_empty());
            assert!(!missing.exists(), "completion created a database");
        }
    }
    // The committed scripts call roster for bash, zsh and fish.
    for shell in ["bash", "zsh", "fish"] {
        env.run(&["completions", shell])
            .ok()
            .stdout_has("COMPLETE=");
    }
}

#[test]
fn workspace_show_gives_each_member_their_own_membership_and_accounts() {
    let env = acme();
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &[
            "--can-manage-posts",
            "--assign",
            "acme-fb:approve:owner",
            "--assign",
            "acme-ig:member",
        ],
    );
    let j = env
        .as_(CLIENT, &["-w", WS, "workspace", "show", "--json"])
        .ok()
        .json();
    let m = &j["membership"];
    assert_eq!(
        (m["role"].as_str(), m["access"].as_str()),
        (Some("client"), Some("posting")),
        "{j}"
    );
    assert_eq!(m["accounts"][0]["account"], "acme-fb", "{j}");
    assert_eq!(m["accounts"][0]["approve"], true, "{j}");
    assert_eq!(m["accounts"][0]["credentials"], "owner", "{j}");
    assert_eq!(m["accounts"][1]["credentials"], "member", "{j}");
    assert!(
        j.get("active_members").is_none(),
        "no head counts for a client: {j}"
    );
    let table = env
        .as_(CLIENT, &["-w", WS, "workspace", "show"])
        .ok()
        .stdout;
    assert!(
        table.contains("your access") && table.contains("posting"),
        "{table}"
    );
    assert!(
        table.contains("acme-fb (approves posts, owner credentials)"),
        "{table}"
    );
    assert!(
        table.contains("acme-ig (member credentials, needs reauth)"),
        "{table}"
    );
}

#[test]
fn a_wrong_code_is_refused_even_with_a_live_session() {
    let env = acme();
    env.enroll(OWNER);
    env.as_(
        OWNER,
        &["-w", WS, "workspace", "settings", "--require-2fa", "on"],
    )
    .ok();
    // The session alone is enough…
    env.as_(OWNER, &["-w", WS, "member", "list"]).ok();
    // …but a code given is checked, and a wrong one is 7, not ignored.
    let r = env
        .as_(OWNER, &["-w", WS, "member", "list", "--otp", "000000"])
        .code(7);
    assert!(r.stderr.contains("wrong two-factor code"), "{}", r.stderr);
}
