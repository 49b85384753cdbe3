//! Issue 3's story, step by step: an owner adds social accounts, invites four clients, an admin
//! and an editor with every combination of access, 2FA and per-account settings; each accepts;
//! and `me`, `member list`, `notifications`, the `.eml` files and `can` agree with SPEC §2.

use serde_json::{Value, json};

use crate::fixtures::{
    WS, WS_NAME, accept, can, email_to, emails, find, invite, refused, settings, token,
};
use crate::support::{OWNER, TestEnv};

const A: &str = "a@brand.test"; // client: add social accounts only, approves acme-fb
const B: &str = "b@brand.test"; // client: posting, 2FA required, acme-fb:owner, acme-ig:member
const C: &str = "c@brand.test"; // client: read-only, approves acme-fb
const D: &str = "d@brand.test"; // client: posting without 2FA, acme-ig
const ADMIN: &str = "admin@acme.test"; // admin, holds acme-fb
const ED: &str = "ed@acme.test"; // editor, acme-fb with posts reviewed

const EXPIRES: &str = "2026-12-05T09:00:00Z";

/// The invitations of the story: who, role, flags, and what `member invite` must answer.
struct Invitee {
    email: &'static str,
    role: &'static str,
    args: &'static [&'static str],
    access: &'static str,
    require_2fa: bool,
    accounts: fn() -> Value,
}

fn invitees() -> Vec<Invitee> {
    vec![
        Invitee {
            email: A,
            role: "client",
            args: &["--can-add-accounts", "--assign", "acme-fb:approve"],
            access: "adds accounts, read-only posts",
            require_2fa: false,
            accounts: || json!([{"account": "acme-fb", "approve": true, "posting": null, "credentials": null, "auth_status": "connected"}]),
        },
        Invitee {
            email: B,
            role: "client",
            args: &[
                "--can-manage-posts",
                "--require-2fa",
                "--assign",
                "acme-fb:owner",
                "--assign",
                "acme-ig:member",
            ],
            access: "posting",
            require_2fa: true,
            accounts: || {
                json!([
                    {"account": "acme-fb", "approve": false, "posting": null, "credentials": "owner", "auth_status": "connected"},
                    {"account": "acme-ig", "approve": false, "posting": null, "credentials": "member", "auth_status": "needs_reauth"},
                ])
            },
        },
        Invitee {
            email: C,
            role: "client",
            args: &["--assign", "acme-fb:approve"],
            access: "read-only",
            require_2fa: false,
            accounts: || json!([{"account": "acme-fb", "approve": true, "posting": null, "credentials": null, "auth_status": "connected"}]),
        },
        Invitee {
            email: D,
            role: "client",
            args: &["--can-manage-posts", "--assign", "acme-ig"],
            access: "posting",
            require_2fa: false,
            accounts: || {
                // Members who post use the owner's credentials unless told otherwise.
                json!([{"account": "acme-ig", "approve": false, "posting": null, "credentials": "owner", "auth_status": "connected"}])
            },
        },
        Invitee {
            email: ADMIN,
            role: "admin",
            args: &["--assign", "acme-fb"],
            access: "admin",
            require_2fa: false,
            accounts: || json!([{"account": "acme-fb", "approve": false, "posting": null, "credentials": "owner", "auth_status": "connected"}]),
        },
        Invitee {
            email: ED,
            role: "editor",
            args: &["--assign", "acme-fb:review"],
            access: "editor",
            require_2fa: false,
            accounts: || json!([{"account": "acme-fb", "approve": false, "posting": "review", "credentials": "owner", "auth_status": "connected"}]),
        },
    ]
}

#[test]
fn owner_invites_clients_admin_and_editor_who_accept_and_act_within_spec() {
    let env = TestEnv::new();

    // 1. The owner creates the workspace and adds two social accounts.
    env.workspace(WS_NAME, WS);
    let fb = env
        .as_(
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
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(fb["slug"], "acme-fb");
    assert_eq!(fb["provider"], "facebook");
    let ig = env
        .as_(
            OWNER,
            &[
                "account",
                "add",
                "--provider",
                "instagram",
                "--name",
                "Acme Instagram",
                "--slug",
                "acme-ig",
                "--handle",
                "@acme",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(ig["slug"], "acme-ig");
    let accounts = env.as_(OWNER, &["account", "list", "--json"]).ok().json();
    assert_eq!(accounts.as_array().unwrap().len(), 2, "{accounts}");
    let fb = find(&accounts, "slug", "acme-fb");
    assert_eq!(fb["provider"], "facebook");
    assert_eq!(fb["name"], "Acme Page");
    assert_eq!(fb["added_by"], OWNER);
    assert_eq!(fb["auth_status"], "connected");
    assert_eq!(find(&accounts, "slug", "acme-ig")["handle"], "@acme");

    // 2. Six invitations, each answered with its access, 2FA, accounts and a one-time token.
    let mut tokens = Vec::new();
    for i in invitees() {
        let r = invite(&env, OWNER, i.email, i.role, i.args);
        assert_eq!(r["email"], i.email);
        assert_eq!(r["workspace"], WS);
        assert_eq!(r["role"], i.role);
        assert_eq!(r["result"], "created", "{r}");
        assert_eq!(r["access"], i.access, "{}", i.email);
        assert_eq!(r["require_2fa"], i.require_2fa, "{}", i.email);
        assert_eq!(settings(&r["accounts"]), (i.accounts)(), "{}", i.email);
        assert_eq!(r["expires_at"], EXPIRES);
        let t = token(&r);
        assert!(t.len() >= 32, "a token of at least 128 bits: {t}");
        assert_eq!(
            r["accept_command"],
            format!("roster --as {} invite accept {WS} --token {t}", i.email)
        );
        tokens.push((i.email, t));
    }
    // The token is stored only hashed: once its email was delivered, it appears nowhere in the
    // database (a queued email keeps it only until the server accepts it).
    let dump = env.dump();
    for (_, t) in &tokens {
        assert!(!dump.contains(t.as_str()), "a token is stored in clear");
    }
    assert!(
        dump.contains("--token {{invitation-token}}"),
        "the sent emails are kept, redacted"
    );

    // 3. Each invitee has an in-app notification before accepting, and sees the invitation.
    for i in invitees() {
        let n = env
            .as_(i.email, &["notifications", "list", "--json"])
            .ok()
            .json();
        let n = n.as_array().unwrap();
        assert_eq!(n.len(), 1, "{}: {n:?}", i.email);
        assert_eq!(n[0]["workspace"], WS);
        assert_eq!(n[0]["kind"], "invitation");
        assert_eq!(n[0]["read"], false);
        assert_eq!(n[0]["created_at"], crate::support::NOW);
        let msg = n[0]["message"].as_str().unwrap();
        assert!(
            msg.contains(OWNER) && msg.contains(WS) && msg.contains(i.role),
            "{msg}"
        );
        let pending = env.as_(i.email, &["invite", "list", "--json"]).ok().json();
        assert_eq!(pending[0]["workspace"], WS);
        assert_eq!(pending[0]["status"], "pending");
        assert_eq!(pending[0]["role"], i.role);
        assert_eq!(pending[0]["invited_by"], OWNER);
        assert_eq!(pending[0]["expires_at"], EXPIRES);
    }

    // 4. The invitation emails: one .eml per invitee, multipart text + HTML.
    let mails = emails(&env);
    assert_eq!(mails.len(), 6, "{mails:#?}");
    for (i, (_, t)) in invitees().iter().zip(&tokens) {
        let m = email_to(&mails, i.email);
        assert!(
            m.file.ends_with(".eml") && m.file.len() == "000001.eml".len(),
            "{}",
            m.file
        );
        assert_eq!(
            m.subject,
            format!("{OWNER} invited you to {WS_NAME} on roster")
        );
        assert!(
            m.content_type.starts_with("multipart/alternative"),
            "{}",
            m.content_type
        );
        for body in [&m.text, &m.html] {
            let accept_cmd = format!("roster --as {} invite accept {WS} --token {t}", i.email);
            assert!(
                body.contains(&accept_cmd),
                "{}: no accept command in\n{body}",
                i.email
            );
            assert!(body.contains(WS_NAME), "{body}");
            assert!(body.contains(OWNER), "{body}");
            assert!(body.contains(EXPIRES), "{body}");
            assert!(
                body.contains(i.access),
                "{}: access words missing\n{body}",
                i.email
            );
            assert!(
                body.contains("acme-fb") || body.contains("acme-ig"),
                "{body}"
            );
        }
        assert!(m.html.contains("<html"), "{}", m.html);
        assert!(
            m.text.contains(&format!(" as {} ", article(i.role)))
                || m.text.contains(&format!(" as {}.", article(i.role))),
            "{}: role missing\n{}",
            i.email,
            m.text
        );
    }
    // Per-account settings in the words of the invitation.
    let a = &email_to(&mails, A).text;
    assert!(
        a.contains("acme-fb (facebook, Acme Page): approves posts"),
        "{a}"
    );
    let b = &email_to(&mails, B).text;
    assert!(
        b.contains("acme-fb (facebook, Acme Page): owner credentials"),
        "{b}"
    );
    assert!(b.contains("only the owner reauthenticates"), "{b}");
    assert!(
        b.contains("acme-ig (instagram, Acme Instagram): member credentials"),
        "{b}"
    );
    assert!(b.contains("roster account reauth acme-ig"), "{b}");
    assert!(b.contains("roster 2fa enroll"), "{b}");
    assert!(!email_to(&mails, C).text.contains("2fa enroll"));
    let ed = &email_to(&mails, ED).text;
    assert!(ed.contains("posts need review"), "{ed}");
    // The outbox recorded every message as sent.
    let outbox = env.as_(OWNER, &["outbox", "list", "--json"]).ok().json();
    let outbox = outbox.as_array().unwrap();
    assert_eq!(outbox.len(), 6, "{outbox:?}");
    assert!(outbox.iter().all(|m| m["state"] == "sent"), "{outbox:?}");

    // 5. Everyone accepts with the token from the invitation.
    for (email, t) in &tokens {
        let r = accept(&env, email, t);
        assert_eq!(r["workspace"], WS);
        assert_eq!(r["status"], "active");
        assert_eq!(r["twofa_enrolment_needed"], *email == B, "{email}: {r}");
    }
    // Accepting again is a no-op.
    env.as_(A, &["invite", "accept", WS, "--token", &tokens[0].1])
        .ok()
        .stderr_has("already an active member");

    // 6. The owner is told of each acceptance.
    let n = env
        .as_(OWNER, &["notifications", "list", "--json"])
        .ok()
        .json();
    let accepted: Vec<&str> = n
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "acceptance")
        .map(|x| x["message"].as_str().unwrap())
        .collect();
    assert_eq!(accepted.len(), 6, "{n}");
    for i in invitees() {
        assert!(
            accepted
                .iter()
                .any(|m| m.contains(i.email) && m.contains(WS)),
            "no acceptance notification for {}: {accepted:?}",
            i.email
        );
    }
    let unread = env
        .as_(OWNER, &["notifications", "list", "--unread", "--json"])
        .ok()
        .json();
    let unread_before = unread.as_array().unwrap().len();
    assert!(unread_before >= 6, "{unread}");
    let first = unread[0]["id"].as_i64().unwrap().to_string();
    env.as_(OWNER, &["notifications", "read", &first]).ok();
    let unread = env
        .as_(OWNER, &["notifications", "list", "--unread", "--json"])
        .ok()
        .json();
    assert_eq!(unread.as_array().unwrap().len(), unread_before - 1);
    let all = env
        .as_(OWNER, &["notifications", "list", "--json"])
        .ok()
        .json();
    let read_one = all
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"].as_i64().unwrap().to_string() == first)
        .unwrap();
    assert_eq!(read_one["read"], true);
    env.as_(OWNER, &["notifications", "read", "--all"]).ok();
    let unread = env
        .as_(OWNER, &["notifications", "list", "--unread", "--json"])
        .ok()
        .json();
    assert_eq!(unread, json!([]));
    // Nobody reads someone else's notification.
    let a_note = env.as_(A, &["notifications", "list", "--json"]).ok().json()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let before = env.dump();
    let r = env.as_(D, &["notifications", "read", &a_note]);
    assert_ne!(r.code, 0, "D read A's notification: {r:?}");
    assert_eq!(env.dump(), before);

    // 7. `me`: role, access, 2FA and each account with its settings, for every member.
    for i in invitees() {
        let me = env.as_(i.email, &["me", "--json"]).ok().json();
        assert_eq!(me["email"], i.email);
        let ws = &me["workspaces"][0];
        assert_eq!(ws["slug"], WS);
        assert_eq!(ws["name"], WS_NAME);
        assert_eq!(ws["role"], i.role, "{me}");
        assert_eq!(ws["status"], "active");
        assert_eq!(ws["access"], i.access, "{me}");
        assert_eq!(ws["require_2fa"], i.require_2fa, "{me}");
        assert_eq!(settings(&ws["accounts"]), (i.accounts)(), "{}", i.email);
        assert_eq!(
            ws["accounts"][0]["provider"],
            if i.email == D {
                "instagram"
            } else {
                "facebook"
            }
        );
    }

    // 8. `member list`: the owner and admins see everyone; clients themselves and the owner.
    let list = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 7, "{list}");
    let owner = find(&list, "email", OWNER);
    assert_eq!(owner["role"], "owner");
    assert_eq!(owner["access"], "owner");
    for i in invitees() {
        let m = find(&list, "email", i.email);
        assert_eq!(m["role"], i.role);
        assert_eq!(m["status"], "active");
        assert_eq!(m["access"], i.access, "{m}");
        assert_eq!(m["require_2fa"], i.require_2fa, "{m}");
        assert_eq!(m["twofa_enrolled"], false);
        assert_eq!(m["invited_by"], OWNER);
        assert_eq!(settings(&m["accounts"]), (i.accounts)(), "{}", i.email);
    }
    assert_eq!(find(&list, "email", A)["can_add_accounts"], true);
    assert_eq!(find(&list, "email", A)["can_manage_posts"], false);
    assert_eq!(find(&list, "email", B)["can_manage_posts"], true);
    assert_eq!(find(&list, "email", C)["can_add_accounts"], false);
    assert_eq!(find(&list, "email", C)["can_manage_posts"], false);
    let clients = env
        .as_(OWNER, &["member", "list", "--role", "client", "--json"])
        .ok()
        .json();
    assert_eq!(clients.as_array().unwrap().len(), 4);
    let as_editor = env.as_(ED, &["member", "list", "--json"]).ok().json();
    assert_eq!(as_editor.as_array().unwrap().len(), 7);
    let as_client = env.as_(C, &["member", "list", "--json"]).ok().json();
    let seen: Vec<&str> = as_client
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen.contains(&OWNER) && seen.contains(&C), "{seen:?}");
    // Another member is not found to a client, exactly as a stranger is.
    refused(
        &env,
        C,
        &["member", "show", A],
        4,
        &format!("{A} is not a member of"),
    );
    let shown = env.as_(OWNER, &["member", "show", C, "--json"]).ok().json();
    assert_eq!(shown["access"], "read-only");
    let table = env.as_(OWNER, &["member", "show", B]).ok();
    assert!(
        table.stdout.contains("required, not enrolled"),
        "{}",
        table.stdout
    );
    let ws = env.as_(C, &["workspace", "show", "--json"]).ok().json();
    assert_eq!(ws["your_role"], "client");

    // 9. Account visibility: the owner sees all, everyone else their assigned accounts.
    let slugs = |who: &str, mine: bool| -> Vec<String> {
        let mut args = vec!["account", "list", "--json"];
        if mine {
            args.push("--mine");
        }
        let l = env.as_(who, &args).ok().json();
        l.as_array()
            .unwrap()
            .iter()
            .map(|a| a["slug"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(slugs(OWNER, false), ["acme-fb", "acme-ig"]);
    assert_eq!(slugs(C, false), ["acme-fb"]);
    assert_eq!(slugs(D, false), ["acme-ig"]);
    assert_eq!(slugs(ADMIN, false), ["acme-fb"]);
    env.as_(C, &["account", "show", "acme-fb", "--json"]).ok();
    let before = env.dump();
    let r = env.as_(C, &["account", "show", "acme-ig"]);
    assert!(
        (r.code == 3 || r.code == 4) && r.stderr.contains("acme-ig"),
        "C sees an account not assigned to them: {r:?}"
    );
    assert_eq!(env.dump(), before);

    // 10. B must enrol 2FA before doing anything in acme; `me` and `invite list` still work.
    for args in [
        &["workspace", "show"][..],
        &["member", "list"],
        &["account", "list"],
        &["can", "post.create", "--account", "acme-fb"],
        &["account", "reauth", "acme-ig"],
    ] {
        let r = refused(&env, B, args, 7, "roster 2fa enroll");
        assert!(r.stderr.contains("two-factor"), "{}", r.stderr);
    }
    env.as_(B, &["me"]).ok();
    env.enroll(B);
    env.as_(B, &["workspace", "show"]).ok();
    let b_row = find(
        &env.as_(OWNER, &["member", "list", "--json"]).ok().json(),
        "email",
        B,
    )
    .clone();
    assert_eq!(b_row["twofa_enrolled"], true);

    // 11. `can`, for each member, against SPEC §2.
    let ro = "clients without \"create/edit/delete posts\" are read-only on acme-fb";
    // A: adds accounts, read-only posts, approves acme-fb.
    can(&env, A, &["account.add"], true, "\"add social accounts\"");
    can(&env, A, &["post.create", "--account", "acme-fb"], false, ro);
    can(
        &env,
        A,
        &["post.approve", "--account", "acme-fb"],
        true,
        "approve",
    );
    can(
        &env,
        A,
        &["member.invite", "--role", "client"],
        false,
        "clients may not invite",
    );
    // B: posting with owner credentials on acme-fb, member credentials on acme-ig.
    can(
        &env,
        B,
        &["post.create", "--account", "acme-fb"],
        true,
        "assigned",
    );
    can(
        &env,
        B,
        &["post.create", "--account", "acme-ig"],
        true,
        "assigned",
    );
    can(&env, B, &["account.add"], false, "may not add accounts");
    can(
        &env,
        B,
        &["post.approve", "--account", "acme-fb"],
        false,
        "not set to approve",
    );
    can(
        &env,
        B,
        &["account.reauth", "--account", "acme-ig"],
        true,
        "their own assignment",
    );
    can(
        &env,
        B,
        &["account.reauth", "--account", "acme-fb"],
        false,
        "only the owner",
    );
    // C: read-only, approves acme-fb.
    can(&env, C, &["post.create", "--account", "acme-fb"], false, ro);
    can(
        &env,
        C,
        &["post.edit", "--account", "acme-fb"],
        false,
        "read-only",
    );
    can(&env, C, &["account.add"], false, "may not add accounts");
    can(
        &env,
        C,
        &["post.approve", "--account", "acme-fb"],
        true,
        "approve",
    );
    can(
        &env,
        C,
        &["post.view", "--account", "acme-ig"],
        false,
        "not assigned to you",
    );
    // D: posting on acme-ig only.
    can(
        &env,
        D,
        &["post.create", "--account", "acme-ig"],
        true,
        "assigned",
    );
    can(
        &env,
        D,
        &["post.create", "--account", "acme-fb"],
        false,
        "not assigned to you",
    );
    can(
        &env,
        D,
        &["account.reauth", "--account", "acme-ig"],
        false,
        "only the owner",
    );
    // Admin: manages editors, holds acme-fb, may not add accounts.
    can(
        &env,
        ADMIN,
        &["member.invite", "--role", "editor"],
        true,
        "admins may invite editors",
    );
    can(
        &env,
        ADMIN,
        &["member.invite", "--role", "client"],
        false,
        "admins may invite editors only",
    );
    can(
        &env,
        ADMIN,
        &["member.invite", "--role", "admin"],
        false,
        "admins may invite editors only",
    );
    can(&env, ADMIN, &["account.add"], false, "can_add_accounts");
    can(
        &env,
        ADMIN,
        &["account.assign", "--account", "acme-fb", "--member", ED],
        true,
        "accounts they hold",
    );
    can(
        &env,
        ADMIN,
        &["account.assign", "--account", "acme-ig", "--member", ED],
        false,
        "not assigned to you",
    );
    can(
        &env,
        ADMIN,
        &["post.approve", "--account", "acme-fb"],
        true,
        "internal stage",
    );
    can(
        &env,
        ADMIN,
        &["workspace.transfer"],
        false,
        "only the owner",
    );
    // Editor: posts on acme-fb, assigns nothing, approves nothing.
    can(
        &env,
        ED,
        &["account.assign", "--account", "acme-fb", "--member", C],
        false,
        "editors may not assign accounts",
    );
    can(
        &env,
        ED,
        &["post.create", "--account", "acme-fb"],
        true,
        "assigned",
    );
    can(
        &env,
        ED,
        &["post.approve", "--account", "acme-fb"],
        false,
        "owner or an admin",
    );
    can(
        &env,
        ED,
        &["member.invite", "--role", "editor"],
        false,
        "editors may not invite",
    );
    // Owner: reauthenticates owner credentials, not a member's own.
    can(
        &env,
        OWNER,
        &["account.reauth", "--account", "acme-fb", "--member", B],
        true,
        "owner's credentials",
    );
    can(
        &env,
        OWNER,
        &["account.reauth", "--account", "acme-ig", "--member", B],
        false,
        "only they can",
    );

    // 12. Reauthentication: B connects acme-ig themselves; acme-fb is the owner's to do.
    env.as_(B, &["account", "reauth", "acme-ig"]).ok();
    let me = env.as_(B, &["me", "--json"]).ok().json();
    assert_eq!(
        find(&me["workspaces"][0]["accounts"], "account", "acme-ig")["auth_status"],
        "connected"
    );
    refused(
        &env,
        B,
        &["account", "reauth", "acme-fb"],
        3,
        "only the owner",
    );
    refused(
        &env,
        D,
        &["account", "reauth", "acme-ig"],
        3,
        "only the owner",
    );
    refused(
        &env,
        OWNER,
        &["account", "reauth", "acme-ig", "--member", B],
        3,
        "only they",
    );
    env.as_(OWNER, &["account", "reauth", "acme-fb"]).ok();
    env.as_(OWNER, &["account", "reauth", "acme-fb", "--member", B])
        .ok();

    // 13. Adding and assigning accounts, within each one's rights.
    // A client who adds an account is assigned to it.
    env.as_(
        A,
        &[
            "account",
            "add",
            "--provider",
            "tiktok",
            "--name",
            "Brand TikTok",
            "--slug",
            "brand-tt",
        ],
    )
    .ok();
    assert_eq!(slugs(A, true), ["acme-fb", "brand-tt"]);
    assert_eq!(slugs(OWNER, false), ["acme-fb", "acme-ig", "brand-tt"]);
    let me = env.as_(A, &["me", "--json"]).ok().json();
    let tt = find(&me["workspaces"][0]["accounts"], "account", "brand-tt");
    assert_eq!(tt["provider"], "tiktok");
    assert_eq!(
        tt["credentials"],
        Value::Null,
        "A cannot post, so has no credentials"
    );
    refused(
        &env,
        C,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            "C on X",
            "--slug",
            "c-x",
        ],
        3,
        "may not add accounts",
    );
    refused(
        &env,
        ADMIN,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            "Admin X",
            "--slug",
            "adm-x",
        ],
        3,
        "can_add_accounts",
    );
    refused(
        &env,
        ED,
        &["account", "assign", "acme-fb", "--member", C, "--approve"],
        3,
        "editors may not assign accounts",
    );
    refused(
        &env,
        ADMIN,
        &["account", "assign", "acme-ig", "--member", ED],
        3,
        "not assigned to you",
    );
    // The admin changes the editor's posting mode on the account they hold; the editor is told.
    env.as_(
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            ED,
            "--posting",
            "full",
        ],
    )
    .ok();
    let shown = env
        .as_(OWNER, &["member", "show", ED, "--json"])
        .ok()
        .json();
    assert_eq!(shown["accounts"][0]["posting"], "full");
    let n = env
        .as_(ED, &["notifications", "list", "--json"])
        .ok()
        .json();
    assert!(
        n.as_array()
            .unwrap()
            .iter()
            .any(|x| x["message"].as_str().unwrap().contains("acme-fb")),
        "the editor was not told of the assignment change: {n}"
    );
    // The owner assigns acme-ig to C, then takes it away again.
    env.as_(
        OWNER,
        &["account", "assign", "acme-ig", "--member", C, "--approve"],
    )
    .ok();
    assert_eq!(slugs(C, false), ["acme-fb", "acme-ig"]);
    refused(
        &env,
        OWNER,
        &[
            "account",
            "assign",
            "acme-ig",
            "--member",
            C,
            "--credentials",
            "owner",
        ],
        6,
        "credentials-without-posting",
    );
    env.as_(OWNER, &["account", "unassign", "acme-ig", "--member", C])
        .ok();
    assert_eq!(slugs(C, false), ["acme-fb"]);

    // 14. The owner removes any account, with confirmation; its assignments go with it. A
    // client who may add accounts removes only those they added (SPEC §2, amended).
    refused(
        &env,
        A,
        &["account", "remove", "acme-ig", "--yes"],
        3,
        "remove only the accounts they added",
    );
    refused(&env, OWNER, &["account", "remove", "acme-ig"], 2, "--yes");
    env.as_(OWNER, &["account", "remove", "acme-ig", "--yes"])
        .ok();
    assert_eq!(slugs(OWNER, false), ["acme-fb", "brand-tt"]);
    assert_eq!(slugs(D, false), Vec::<String>::new());
    let me = env.as_(B, &["me", "--json"]).ok().json();
    assert_eq!(
        settings(&me["workspaces"][0]["accounts"])[0]["account"],
        "acme-fb"
    );
    assert_eq!(me["workspaces"][0]["accounts"].as_array().unwrap().len(), 1);
    let n = env.as_(D, &["notifications", "list", "--json"]).ok().json();
    assert!(
        n.as_array()
            .unwrap()
            .iter()
            .any(|x| x["message"].as_str().unwrap().contains("acme-ig")),
        "D was not told that acme-ig went: {n}"
    );
}

fn article(role: &str) -> &'static str {
    match role {
        "admin" => "an admin",
        "editor" => "an editor",
        _ => "a client",
    }
}
