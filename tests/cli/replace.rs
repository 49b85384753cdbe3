//! Every change asked about the state it replaces (issue 9): re-inviting over someone's pending
//! invitation is an update of that member, so an actor who may not manage the role they hold
//! now, or the accounts the change takes away or hands out, is refused — by flags and by CSV —
//! with exit 3, the database unchanged, and the original token still working.

use serde_json::Value;

use crate::fixtures::{WS, accept, acme, invite, join, refused, status_of, token};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const EDITOR: &str = "editor@acme.test";
const CLIENT: &str = "client@brand.test";
/// Invitations the owner sent and nobody has answered yet.
const P_ADMIN: &str = "p-admin@acme.test";
const P_CLIENT: &str = "p-client@brand.test";
const P_EDITOR: &str = "p-editor@acme.test";
const P_EDITOR_FB: &str = "p-editor-fb@acme.test";
/// A member who was removed, and one who never accepted, trying to act.
const GONE: &str = "gone@acme.test";
const WAITING: &str = "waiting@acme.test";

struct House {
    env: TestEnv,
    /// The owner's invitations with their tokens: every one must still work at the end.
    tokens: Vec<(&'static str, String)>,
}

/// acme with an admin holding acme-fb, an editor and a client on acme-fb, the owner's pending
/// invitations of each role, a removed admin and a pending editor.
fn house() -> House {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--assign", "acme-fb"]);
    join(&env, OWNER, EDITOR, "editor", &["--assign", "acme-fb"]);
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    join(&env, OWNER, GONE, "admin", &[]);
    env.as_(OWNER, &["member", "remove", GONE, "--yes"]).ok();
    invite(&env, OWNER, WAITING, "editor", &["--assign", "acme-fb"]);
    let mut tokens = Vec::new();
    for (email, role, extra) in [
        (P_ADMIN, "admin", vec!["--assign", "acme-ig"]),
        (
            P_CLIENT,
            "client",
            vec![
                "--can-manage-posts",
                "--assign",
                "acme-fb:approve:owner",
                "--assign",
                "acme-ig:member",
            ],
        ),
        (
            P_EDITOR,
            "editor",
            vec!["--assign", "acme-fb:review", "--assign", "acme-ig"],
        ),
        (P_EDITOR_FB, "editor", vec!["--assign", "acme-fb"]),
    ] {
        let v = invite(&env, OWNER, email, role, &extra);
        tokens.push((email, token(&v)));
    }
    House { env, tokens }
}

/// A CSV file of batch rows in the test's folder.
fn csv(env: &TestEnv, name: &str, rows: &[&str]) -> String {
    let path = env.dir.path().join(name);
    let mut text =
        String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn changes_are_checked_against_the_state_they_replace() {
    let h = house();
    let env = &h.env;
    let yes = "--yes";
    // (actor, command, what it is refused for)
    let flags: Vec<(&str, Vec<&str>, &str)> = vec![
        // The hole: an admin re-inviting over the owner's pending admin and client invitations.
        (
            ADMIN,
            vec!["member", "invite", P_ADMIN, "--role", "editor"],
            "admins",
        ),
        (
            ADMIN,
            vec!["member", "invite", P_ADMIN, "--role", "admin"],
            "admin",
        ),
        (
            ADMIN,
            vec!["member", "invite", P_CLIENT, "--role", "editor"],
            "client",
        ),
        (
            ADMIN,
            vec![
                "member", "invite", P_CLIENT, "--role", "editor", "--assign", "acme-fb",
            ],
            "client",
        ),
        // A re-invite of an editor (whom admins manage) that drops an account the admin does
        // not hold, or keeps one, or adds one.
        (
            ADMIN,
            vec![
                "member", "invite", P_EDITOR, "--role", "editor", "--assign", "acme-fb",
            ],
            "acme-ig",
        ),
        (
            ADMIN,
            vec!["member", "invite", P_EDITOR, "--role", "editor"],
            "acme-ig",
        ),
        (
            ADMIN,
            vec![
                "member",
                "invite",
                P_EDITOR,
                "--role",
                "editor",
                "--assign",
                "acme-fb:review",
                "--assign",
                "acme-ig",
            ],
            "acme-ig",
        ),
        (
            ADMIN,
            vec![
                "member",
                "invite",
                P_EDITOR_FB,
                "--role",
                "editor",
                "--assign",
                "acme-fb",
                "--assign",
                "acme-ig",
            ],
            "acme-ig",
        ),
        // Update, remove, resend, revoke of pending members of roles admins do not manage.
        (
            ADMIN,
            vec!["member", "update", P_ADMIN, "--can-add-accounts"],
            "admin",
        ),
        (
            ADMIN,
            vec!["member", "update", P_CLIENT, "--can-add-accounts"],
            "client",
        ),
        (
            ADMIN,
            vec!["member", "update", P_EDITOR, "--assign", "acme-ig:full"],
            "acme-ig",
        ),
        (ADMIN, vec!["member", "remove", P_ADMIN, yes], "admin"),
        (ADMIN, vec!["member", "remove", P_CLIENT, yes], "client"),
        (ADMIN, vec!["invite", "resend", P_ADMIN], "admin"),
        (ADMIN, vec!["invite", "resend", P_CLIENT], "client"),
        (ADMIN, vec!["invite", "revoke", P_ADMIN, yes], "admin"),
        (ADMIN, vec!["invite", "revoke", P_CLIENT, yes], "client"),
        // Assign and unassign on pending members.
        (
            ADMIN,
            vec!["account", "assign", "acme-fb", "--member", P_ADMIN],
            "admin",
        ),
        (
            ADMIN,
            vec!["account", "unassign", "acme-ig", "--member", P_ADMIN],
            "admin",
        ),
        (
            ADMIN,
            vec!["account", "assign", "acme-ig", "--member", P_EDITOR_FB],
            "acme-ig",
        ),
        (
            ADMIN,
            vec!["account", "unassign", "acme-ig", "--member", P_EDITOR],
            "acme-ig",
        ),
        // Editors and clients manage nobody.
        (
            EDITOR,
            vec![
                "member", "invite", P_EDITOR, "--role", "editor", "--assign", "acme-fb",
            ],
            "editor",
        ),
        (
            EDITOR,
            vec!["member", "invite", P_CLIENT, "--role", "client"],
            "editor",
        ),
        (EDITOR, vec!["invite", "revoke", P_EDITOR, yes], "editor"),
        (
            EDITOR,
            vec!["account", "unassign", "acme-fb", "--member", P_EDITOR],
            "editor",
        ),
        (
            CLIENT,
            vec!["member", "invite", P_CLIENT, "--role", "client"],
            "client",
        ),
        // Removed and pending members can do nothing.
        (
            GONE,
            vec!["member", "invite", P_EDITOR, "--role", "editor"],
            "removed",
        ),
        (
            WAITING,
            vec![
                "member",
                "invite",
                P_EDITOR_FB,
                "--role",
                "editor",
                "--assign",
                "acme-fb",
            ],
            "pending",
        ),
    ];
    for (who, args, needle) in &flags {
        let mut a = vec!["-w", WS];
        a.extend_from_slice(args);
        let r = refused(env, who, &a, 3, "denied");
        assert!(
            r.stderr.contains(needle),
            "{who} {}: the refusal does not name {needle:?}:\n{}",
            args.join(" "),
            r.stderr
        );
    }
    // Whom they may not see (clients see themselves and the owner; removed and pending members
    // nobody) is not found to them, exactly as a stranger is.
    let hidden: [(&str, Vec<&str>); 4] = [
        (CLIENT, vec!["invite", "resend", P_EDITOR]),
        (CLIENT, vec!["member", "remove", P_EDITOR, yes]),
        (GONE, vec!["invite", "resend", P_EDITOR]),
        (
            WAITING,
            vec!["account", "unassign", "acme-fb", "--member", P_EDITOR],
        ),
    ];
    for (who, args) in &hidden {
        let mut a = vec!["-w", WS];
        a.extend_from_slice(args);
        refused(
            env,
            who,
            &a,
            4,
            &format!("{P_EDITOR} is not a member of acme"),
        );
    }

    // The same re-invites by CSV: all or nothing, every row reported, exit 3 as a whole.
    let file = csv(
        env,
        "over-pending.csv",
        &[
            &format!("{P_ADMIN},editor,,,,"),
            &format!("{P_CLIENT},editor,,,,acme-fb"),
            &format!("{P_EDITOR},editor,,,,acme-fb"),
            &format!("{P_EDITOR_FB},editor,,,,acme-fb;acme-ig"),
        ],
    );
    let r = refused(
        env,
        ADMIN,
        &["-w", WS, "member", "invite", "--from", &file, "--json"],
        3,
        "nothing was written",
    );
    let rows: Value = r.json();
    let lines: Vec<i64> = rows
        .as_array()
        .unwrap_or_else(|| panic!("not a list of bad rows: {rows}"))
        .iter()
        .map(|b| b["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3, 4, 5], "every bad row is reported: {rows}");
    // One good row does not carry the bad ones: a denial among them still fails the file.
    let mixed = csv(
        env,
        "mixed.csv",
        &[
            "new-editor@acme.test,editor,,,,acme-fb",
            &format!("{P_ADMIN},editor,,,,"),
        ],
    );
    refused(
        env,
        ADMIN,
        &["-w", WS, "member", "invite", "--from", &mixed],
        3,
        "nothing was written",
    );

    // Every original token still works: nobody above replaced the owner's invitations.
    for (email, t) in &h.tokens {
        accept(env, email, t);
        assert_eq!(status_of(env, email), "active", "{email}");
    }
}

#[test]
fn what_the_actor_may_manage_still_goes_through() {
    let h = house();
    let env = &h.env;
    // An admin may re-invite an editor over the owner's invitation when the change stays on the
    // accounts the admin holds: a new token, the old one stops working.
    let (_, old) = h
        .tokens
        .iter()
        .find(|(e, _)| *e == P_EDITOR_FB)
        .unwrap()
        .clone();
    let v = invite(
        env,
        ADMIN,
        P_EDITOR_FB,
        "editor",
        &["--assign", "acme-fb:review"],
    );
    assert_eq!(v["result"], "updated", "{v}");
    env.as_(P_EDITOR_FB, &["invite", "accept", WS, "--token", &old])
        .code(7)
        .stderr_has("does not match");
    accept(env, P_EDITOR_FB, &token(&v));
    // The owner may turn a pending client invitation into an editor one.
    let v = invite(env, OWNER, P_CLIENT, "editor", &["--assign", "acme-fb"]);
    assert_eq!(v["result"], "updated", "{v}");
    assert_eq!(v["role"], "editor", "{v}");
}
