//! `member invite|list|show|update|remove|leave`, `invite accept|decline|revoke|resend`,
//! `workspace transfer`, and every bad input issue 3 names: message, exit code, and for
//! refusals a database left unchanged.
//!
//! Accounts are put straight into the database here (`fixtures::acme`), so these tests do not
//! depend on `account add`; the ones that need `account assign` or `account reauth` say so.

use serde_json::Value;

use crate::db::params;
use crate::fixtures::{
    WS, accept, acme, audit_rows, block_outbox, count, email_to, emails, find, invite, join,
    notifications_in_db, refused, row, settings, status_of, token,
};
use crate::support::{OWNER, TestEnv};

const CLIENT: &str = "client@brand.test";
const ADMIN: &str = "admin@acme.test";
const ED: &str = "ed@acme.test";

// ---------------------------------------------------------------------------------------------
// Bad invitations

#[test]
fn inviting_an_active_member_is_a_conflict_with_a_hint_to_update() {
    let env = acme();
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    let r = refused(
        &env,
        OWNER,
        &[
            "member",
            "invite",
            CLIENT,
            "--role",
            "client",
            "--can-manage-posts",
        ],
        5,
        "client@brand.test is already an active member of acme (client)",
    );
    assert!(
        r.stderr.contains("roster member update client@brand.test"),
        "{}",
        r.stderr
    );
    // The same refusal in JSON on stderr.
    let r = refused(
        &env,
        OWNER,
        &["member", "invite", CLIENT, "--role", "client", "--json"],
        5,
        "already an active member",
    );
    let e = r.json_err();
    assert_eq!(e["error"]["code"], "conflict");
    assert_eq!(e["error"]["exit_code"], 5);
    assert!(
        e["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("member update"),
        "{e}"
    );
    // Nor can anyone invite themselves.
    refused(
        &env,
        OWNER,
        &["member", "invite", OWNER, "--role", "admin"],
        3,
        "their own role",
    );
}

#[test]
fn unknown_role_is_a_usage_error() {
    let env = acme();
    let r = refused(
        &env,
        OWNER,
        &["member", "invite", CLIENT, "--role", "boss"],
        2,
        "invalid value 'boss' for '--role <ROLE>'",
    );
    assert!(
        r.stderr.contains("client"),
        "the valid roles are listed: {}",
        r.stderr
    );
    // Missing the role without a terminal names the flag.
    refused(
        &env,
        OWNER,
        &["member", "invite", CLIENT],
        2,
        "missing --role",
    );
}

#[test]
fn role_owner_is_refused_owners_come_from_create_or_transfer() {
    let env = acme();
    let r = refused(
        &env,
        OWNER,
        &["member", "invite", CLIENT, "--role", "owner"],
        2,
        "owners are made by `workspace create` or `workspace transfer` only",
    );
    assert!(
        r.stderr
            .contains("[possible values: admin, editor, client]"),
        "{}",
        r.stderr
    );
    // Nor can `member update` make an owner.
    join(&env, OWNER, ADMIN, "admin", &[]);
    refused(
        &env,
        OWNER,
        &["member", "update", ADMIN, "--role", "owner"],
        2,
        "invalid value 'owner' for '--role <ROLE>'",
    );
}

#[test]
fn unknown_duplicate_and_malformed_assignments() {
    let env = acme();
    let r = refused(
        &env,
        OWNER,
        &[
            "member", "invite", CLIENT, "--role", "client", "--assign", "acme-tt",
        ],
        4,
        "account 'acme-tt' not found",
    );
    assert!(r.stderr.contains("roster account list"), "{}", r.stderr);
    let r = refused(
        &env,
        OWNER,
        &[
            "member",
            "invite",
            CLIENT,
            "--role",
            "client",
            "--assign",
            "acme-fb",
            "--assign",
            "acme-fb:approve",
        ],
        6,
        "account 'acme-fb' is assigned twice",
    );
    assert!(r.stderr.contains("one --assign"), "{}", r.stderr);
    for (spec, why) in [
        ("acme-fb:aprove", "unknown setting 'aprove'"),
        ("acme-fb:full:review", "conflicts with an earlier setting"),
        ("acme-fb:owner:member", "conflicts with an earlier setting"),
        (":approve", "malformed assignment"),
        ("Acme FB", "malformed assignment"),
    ] {
        let r = refused(
            &env,
            OWNER,
            &[
                "member", "invite", CLIENT, "--role", "client", "--assign", spec,
            ],
            6,
            "malformed assignment",
        );
        assert!(r.stderr.contains(why), "{spec}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("ACCOUNT[:approve][:full|:review][:owner|:member]"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn settings_that_do_not_fit_the_role_are_invalid() {
    let env = acme();
    let inv = |role: &str, extra: &[&str]| {
        let mut a = vec!["member", "invite", "x@brand.test", "--role", role];
        a.extend_from_slice(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            inv("editor", &["--assign", "acme-fb:approve"]),
            "approve-on-non-client",
        ),
        (
            inv("admin", &["--assign", "acme-fb:approve"]),
            "approve-on-non-client",
        ),
        (
            inv("client", &["--assign", "acme-fb:owner"]),
            "credentials-without-posting",
        ),
        (
            inv(
                "client",
                &["--can-add-accounts", "--assign", "acme-ig:member"],
            ),
            "credentials-without-posting",
        ),
        (
            inv("client", &["--assign", "acme-fb:review"]),
            "posting-on-non-editor",
        ),
        (
            inv("admin", &["--assign", "acme-fb:full"]),
            "posting-on-non-editor",
        ),
        (
            inv("editor", &["--can-manage-posts"]),
            "--can-manage-posts is a client permission",
        ),
        (
            inv("admin", &["--can-manage-posts"]),
            "--can-manage-posts is a client permission",
        ),
        (
            inv("editor", &["--can-add-accounts"]),
            "--can-add-accounts is for admins and clients",
        ),
    ];
    for (args, needle) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = refused(&env, OWNER, &args, 6, needle);
        if *needle == "credentials-without-posting" {
            assert!(r.stderr.contains("--can-manage-posts"), "{}", r.stderr);
        }
    }
    // The same rules hold in `member update`.
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb"]);
    refused(
        &env,
        OWNER,
        &["member", "update", ED, "--assign", "acme-fb:approve"],
        6,
        "approve-on-non-client",
    );
    join(&env, OWNER, CLIENT, "client", &[]);
    refused(
        &env,
        OWNER,
        &["member", "update", CLIENT, "--assign", "acme-ig:member"],
        6,
        "credentials-without-posting",
    );
}

#[test]
fn admins_invite_only_editors_and_only_with_accounts_they_hold() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--assign", "acme-fb"]);
    refused(
        &env,
        ADMIN,
        &["member", "invite", "a2@acme.test", "--role", "admin"],
        3,
        "member.invite in acme: denied: admins may invite editors only, not admins",
    );
    refused(
        &env,
        ADMIN,
        &["member", "invite", CLIENT, "--role", "client"],
        3,
        "admins may invite editors only, not clients",
    );
    refused(
        &env,
        ADMIN,
        &[
            "member", "invite", ED, "--role", "editor", "--assign", "acme-ig",
        ],
        3,
        "admins assign only the accounts they hold, and acme-ig is not assigned to you",
    );
    // What they may do: an editor, on their own account, with 2FA required.
    let r = invite(
        &env,
        ADMIN,
        ED,
        "editor",
        &["--assign", "acme-fb:review", "--require-2fa"],
    );
    assert_eq!(r["result"], "created");
    assert_eq!(r["require_2fa"], true);
    assert_eq!(r["accounts"][0]["posting"], "review");
    let list = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert_eq!(find(&list, "email", ED)["invited_by"], ADMIN);
}

#[test]
fn editors_and_clients_invite_nobody() {
    let env = acme();
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb"]);
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--can-add-accounts", "--can-manage-posts"],
    );
    for role in ["admin", "editor", "client"] {
        refused(
            &env,
            ED,
            &["member", "invite", "new@brand.test", "--role", role],
            3,
            "editors may not invite members",
        );
        refused(
            &env,
            CLIENT,
            &["member", "invite", "new@brand.test", "--role", role],
            3,
            "clients may not invite members",
        );
    }
    // Nor do they revoke or resend.
    invite(&env, OWNER, "new@brand.test", "editor", &[]);
    refused(
        &env,
        ED,
        &["invite", "revoke", "new@brand.test", "--yes"],
        3,
        "editors may not invite",
    );
    // A client does not even learn that there is such an invitation: not found, as a stranger.
    refused(
        &env,
        CLIENT,
        &["invite", "resend", "new@brand.test"],
        4,
        "new@brand.test is not a member of acme",
    );
    // A stranger acts in no workspace of theirs.
    refused(
        &env,
        "stranger@else.test",
        &[
            "-w",
            WS,
            "member",
            "invite",
            "new2@brand.test",
            "--role",
            "client",
        ],
        4,
        "workspace 'acme' not found",
    );
}

// ---------------------------------------------------------------------------------------------
// Re-inviting, dry runs, --no-email

#[test]
fn reinviting_with_identical_settings_is_unchanged() {
    let env = acme();
    let args = [
        "--can-manage-posts",
        "--assign",
        "acme-fb:approve",
        "--assign",
        "acme-ig:member",
    ];
    let first = invite(&env, OWNER, CLIENT, "client", &args);
    let before = env.dump();
    let audits = audit_rows(&env);
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
                // the same assignments, in the other order
                "acme-ig:member",
                "--assign",
                "acme-fb:approve",
                "--json",
            ],
        )
        .ok()
        .stderr_has("Unchanged");
    let again = r.json();
    assert_eq!(again["result"], "unchanged");
    assert_eq!(
        again.get("token"),
        None,
        "no new token for an unchanged invitation"
    );
    assert_eq!(again["access"], "posting");
    assert_eq!(again["expires_at"], first["expires_at"]);
    assert_eq!(settings(&again["accounts"]), settings(&first["accounts"]));
    assert_eq!(
        audit_rows(&env),
        audits,
        "an unchanged re-invite writes no audit row"
    );
    assert_eq!(env.dump(), before, "an unchanged re-invite writes nothing");
    assert_eq!(emails(&env).len(), 1, "and sends no second email");
    // The first token still works.
    accept(&env, CLIENT, &token(&first));
}

#[test]
fn reinviting_with_other_settings_updates_and_replaces_the_token() {
    let env = acme();
    let first = invite(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    assert_eq!(first["access"], "read-only");
    let audits = audit_rows(&env);
    let second = invite(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--can-manage-posts", "--assign", "acme-fb:approve:member"],
    );
    assert_eq!(second["result"], "updated");
    assert_eq!(second["access"], "posting");
    assert_eq!(
        settings(&second["accounts"]),
        serde_json::json!([{"account": "acme-fb", "approve": true, "posting": null,
                             "credentials": "member", "auth_status": "needs_reauth"}])
    );
    let (old, new) = (token(&first), token(&second));
    assert_ne!(old, new);
    assert_eq!(audit_rows(&env), audits + 1);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM memberships WHERE role = 'client'",
            []
        ),
        1,
        "still one membership"
    );
    // A second email carries the new token; the invitee was told of the change.
    let mails = emails(&env);
    assert_eq!(mails.len(), 2);
    assert!(mails[1].text.contains(&new) && !mails[1].text.contains(&old));
    assert!(
        mails[1].text.contains("Your access: posting."),
        "{}",
        mails[1].text
    );
    let notes = notifications_in_db(&env, CLIENT);
    assert_eq!(notes.len(), 2);
    assert!(notes[1].1.contains("updated your invitation"), "{notes:?}");
    // The old token is no longer accepted; the new one is.
    let r = refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &old],
        7,
        "the token does not match the invitation to acme",
    );
    assert!(r.stderr.contains("latest invitation email"), "{}", r.stderr);
    accept(&env, CLIENT, &new);
    assert_eq!(status_of(&env, CLIENT), "active");
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = acme();
    let before = env.dump();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                CLIENT,
                "--role",
                "client",
                "--can-add-accounts",
                "--assign",
                "acme-fb:approve",
                "--dry-run",
                "--json",
            ],
        )
        .ok()
        .stderr_has("Would invite client@brand.test to acme as client.");
    let j = r.json();
    assert_eq!(j["dry_run"], true);
    assert_eq!(j["result"], "created");
    assert_eq!(j["access"], "adds accounts, read-only posts");
    assert_eq!(j["accounts"][0]["account"], "acme-fb");
    assert_eq!(env.dump(), before, "a dry run wrote to the database");
    assert!(emails(&env).is_empty(), "a dry run sent an email");
    // A dry run refuses what the real run would.
    refused(
        &env,
        OWNER,
        &[
            "member",
            "invite",
            CLIENT,
            "--role",
            "client",
            "--assign",
            "acme-fb:owner",
            "--dry-run",
        ],
        6,
        "credentials-without-posting",
    );
    // ... and reports an update of a pending invitation without making it.
    let first = invite(&env, OWNER, CLIENT, "client", &[]);
    let before = env.dump();
    let j = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                CLIENT,
                "--role",
                "client",
                "--can-manage-posts",
                "--dry-run",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(j["result"], "updated");
    assert_eq!(env.dump(), before);
    accept(&env, CLIENT, &token(&first));
}

#[test]
fn dry_run_prints_no_token_that_would_not_work() {
    // A rehearsal stores no invitation, so a token it printed could never be accepted.
    let env = acme();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                CLIENT,
                "--role",
                "client",
                "--dry-run",
                "--json",
            ],
        )
        .ok();
    let j = r.json();
    assert_eq!(j.get("token"), None, "a dry run printed a token: {j}");
    assert_eq!(j.get("accept_command"), None, "{j}");
    assert!(!r.stderr.contains("They accept with"), "{}", r.stderr);
}

#[test]
fn no_email_skips_the_message_but_prints_the_token() {
    let env = acme();
    let r = invite(&env, OWNER, CLIENT, "client", &["--no-email"]);
    assert_eq!(count(&env, "SELECT count(*) FROM outbox", []), 0);
    assert!(emails(&env).is_empty());
    accept(&env, CLIENT, &token(&r));
}

#[test]
fn unwritable_outbox_keeps_the_invitation_and_queues_the_message() {
    let mut env = acme();
    block_outbox(&env);
    let r = env
        .as_(
            OWNER,
            &["member", "invite", CLIENT, "--role", "client", "--json"],
        )
        .code(10)
        .stderr_has("roster outbox send");
    assert!(r.stderr.contains("could not be delivered"), "{}", r.stderr);
    assert!(r.stderr.contains(CLIENT), "{}", r.stderr);
    // The invitation was kept and the message queued with its error. The token is minted when
    // the email goes out, so none is printed nor stored yet.
    let j = r.json();
    assert_eq!(j["result"], "created");
    assert!(j.get("token").is_none(), "{j}");
    assert_eq!(status_of(&env, CLIENT), "pending");
    let mail = row(
        &env,
        "SELECT recipient, state, attempts, last_error IS NOT NULL FROM outbox",
        [],
    );
    assert_eq!(mail, [CLIENT, "queued", "1", "1"]);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM audit WHERE action = 'member.invite'",
            []
        ),
        1
    );
    let body = row(&env, "SELECT body_text FROM outbox", []).remove(0);
    assert!(body.contains("--token {{invitation-token}}"), "{body}");
    assert!(!body.contains("inv_"), "{body}");
    // Delivered later, the email carries a fresh token that works.
    std::fs::remove_file(crate::fixtures::outbox_dir(&env)).unwrap();
    env.now = "2026-11-28T09:05:00Z".into();
    env.as_(OWNER, &["outbox", "send"]).ok();
    let mail = crate::fixtures::emails(&env).remove(0);
    accept(&env, CLIENT, &crate::fixtures::token_in(&mail.text));
}

#[test]
fn queued_message_is_delivered_by_outbox_send() {
    let mut env = acme();
    block_outbox(&env);
    env.as_(OWNER, &["member", "invite", CLIENT, "--role", "client"])
        .code(10);
    let l = env.as_(OWNER, &["outbox", "list", "--json"]).ok().json();
    assert_eq!(l.as_array().unwrap().len(), 1);
    assert_eq!(l[0]["recipient"], CLIENT);
    assert_eq!(l[0]["state"], "queued");
    assert_eq!(l[0]["attempts"], 1);
    assert!(l[0]["last_error"].is_string(), "{l}");
    std::fs::remove_file(crate::fixtures::outbox_dir(&env)).unwrap();
    // The retry waits for its backoff; once it is due, `outbox send` delivers the message.
    env.as_(OWNER, &["outbox", "send"]).ok();
    assert!(emails(&env).is_empty(), "sent before its backoff was over");
    env.now = "2026-11-28T09:05:00Z".into();
    env.as_(OWNER, &["outbox", "send"]).ok();
    let l = env.as_(OWNER, &["outbox", "list", "--json"]).ok().json();
    assert_eq!(l[0]["state"], "sent", "{l}");
    let mails = emails(&env);
    let m = email_to(&mails, CLIENT);
    assert!(
        m.text.contains("invite accept acme --token inv_"),
        "{}",
        m.text
    );
    // Nothing is left to send.
    env.as_(OWNER, &["outbox", "send"]).ok();
    assert_eq!(emails(&env).len(), 1);
}

#[test]
fn workspace_wide_2fa_blocks_unenrolled_members_but_not_accept_or_me() {
    let env = acme();
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb"]);
    let r = invite(&env, OWNER, CLIENT, "client", &[]);
    env.enroll(OWNER);
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "on"])
        .ok();
    for args in [
        &["workspace", "show"][..],
        &["member", "list"],
        &["can", "post.create", "--account", "acme-fb"],
    ] {
        let e = refused(&env, ED, args, 7, "the workspace requires it");
        assert!(e.stderr.contains("roster 2fa enroll"), "{}", e.stderr);
    }
    env.as_(ED, &["me"]).ok();
    // Accepting is not gated; acting afterwards is.
    let j = accept(&env, CLIENT, &token(&r));
    assert_eq!(j["require_2fa"], true);
    assert_eq!(j["twofa_enrolment_needed"], true);
    refused(&env, CLIENT, &["workspace", "show"], 7, "roster 2fa enroll");
    env.enroll(ED);
    env.as_(ED, &["member", "list"]).ok();
}

// ---------------------------------------------------------------------------------------------
// Accepting: wrong token, expired, revoked, declined

#[test]
fn accept_needs_the_right_token() {
    let env = acme();
    let r = invite(&env, OWNER, CLIENT, "client", &[]);
    refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", "inv_0000"],
        7,
        "the token does not match the invitation to acme",
    );
    refused(
        &env,
        CLIENT,
        &["invite", "accept", WS],
        2,
        "missing --token",
    );
    // Someone else's token does not open their invitation to you.
    refused(
        &env,
        "other@brand.test",
        &["invite", "accept", WS, "--token", &token(&r)],
        4,
        "there is no invitation for other@brand.test in 'acme'",
    );
    // A pending member can do nothing but accept or decline.
    refused(&env, CLIENT, &["member", "list"], 3, "until it is active");
    // Without the workspace argument, the only invitation is meant.
    env.as_(CLIENT, &["invite", "accept", "--token", &token(&r)])
        .ok()
        .stderr_has("You joined Acme Agency (acme) as client.");
    // The inviter and the owner (here the same person) are told once.
    let notes = notifications_in_db(&env, OWNER);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, "acceptance");
    assert!(
        notes[0]
            .1
            .contains("client@brand.test accepted the invitation to acme as client")
    );
}

#[test]
fn expired_invitations_follow_the_clock_and_resend_revives_them() {
    let mut env = acme();
    let r = invite(&env, OWNER, CLIENT, "client", &[]);
    assert_eq!(r["expires_at"], "2026-12-05T09:00:00Z");
    // A day before the end it is pending.
    env.now = "2026-12-04T09:00:00Z".into();
    let l = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert_eq!(find(&l, "email", CLIENT)["status"], "pending");
    // After seven days it is expired: in `member list`, `--status expired` and `invite list`.
    env.now = "2026-12-06T09:00:00Z".into();
    let l = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert_eq!(find(&l, "email", CLIENT)["status"], "expired");
    let l = env
        .as_(OWNER, &["member", "list", "--status", "expired", "--json"])
        .ok()
        .json();
    assert_eq!(l.as_array().unwrap().len(), 1, "{l}");
    assert_eq!(l[0]["email"], CLIENT);
    let l = env
        .as_(OWNER, &["member", "list", "--status", "pending", "--json"])
        .ok()
        .json();
    assert!(
        l.as_array().unwrap().iter().all(|m| m["email"] != CLIENT),
        "{l}"
    );
    let mine = env.as_(CLIENT, &["invite", "list", "--json"]).ok().json();
    assert_eq!(mine[0]["status"], "expired");
    let e = refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &token(&r)],
        5,
        "the invitation to acme expired at 2026-12-05T09:00:00Z",
    );
    assert!(
        e.stderr.contains("roster invite resend client@brand.test"),
        "{}",
        e.stderr
    );
    // Resending makes a new token with a fresh expiry; the old token stays dead.
    let again = env
        .as_(OWNER, &["invite", "resend", CLIENT, "--json"])
        .ok()
        .json();
    assert_eq!(again["expires_at"], "2026-12-13T09:00:00Z");
    let new = token(&again);
    assert_ne!(new, token(&r));
    refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &token(&r)],
        7,
        "does not match",
    );
    accept(&env, CLIENT, &new);
}

#[test]
fn a_revoked_invitation_cannot_be_accepted() {
    let env = acme();
    let r = invite(&env, OWNER, CLIENT, "client", &[]);
    let e = refused(
        &env,
        OWNER,
        &["invite", "revoke", CLIENT],
        2,
        "needs confirmation",
    );
    assert!(e.stderr.contains("--yes"), "{}", e.stderr);
    env.as_(OWNER, &["invite", "revoke", CLIENT, "--yes"])
        .ok()
        .stderr_has("Revoked the invitation of client@brand.test to acme.");
    assert_eq!(status_of(&env, CLIENT), "revoked");
    let notes = notifications_in_db(&env, CLIENT);
    assert_eq!(notes.last().unwrap().0, "revoked");
    let e = refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &token(&r)],
        5,
        "the invitation to acme was revoked",
    );
    assert!(
        e.stderr.contains("ask for a new invitation"),
        "{}",
        e.stderr
    );
    refused(
        &env,
        OWNER,
        &["invite", "revoke", CLIENT, "--yes"],
        5,
        "has no pending invitation",
    );
    refused(
        &env,
        OWNER,
        &["invite", "resend", CLIENT],
        5,
        "has no pending invitation",
    );
    refused(
        &env,
        OWNER,
        &["invite", "revoke", "nobody@brand.test", "--yes"],
        4,
        "not a member",
    );
    // A new invitation starts over.
    let again = invite(&env, OWNER, CLIENT, "client", &[]);
    assert_eq!(again["result"], "created");
    accept(&env, CLIENT, &token(&again));
}

#[test]
fn a_declined_invitation_cannot_be_accepted() {
    let env = acme();
    let r = invite(&env, OWNER, CLIENT, "client", &[]);
    // Declining needs the token too: nobody answers someone else's invitation.
    let before = env.dump();
    refused(
        &env,
        CLIENT,
        &["invite", "decline", WS],
        2,
        "missing --token",
    );
    refused(
        &env,
        CLIENT,
        &["invite", "decline", WS, "--token", "inv_nope"],
        7,
        "the token does not match",
    );
    assert_eq!(env.dump(), before);
    env.as_(CLIENT, &["invite", "decline", WS, "--token", &token(&r)])
        .ok()
        .stderr_has("You declined the invitation to acme.");
    assert_eq!(status_of(&env, CLIENT), "declined");
    let notes = notifications_in_db(&env, OWNER);
    assert_eq!(notes.last().unwrap().0, "decline");
    assert!(notes.last().unwrap().1.contains(CLIENT));
    refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &token(&r)],
        5,
        "you declined the invitation to acme",
    );
    refused(
        &env,
        CLIENT,
        &["invite", "decline", WS, "--token", &token(&r)],
        5,
        "you declined",
    );
}

#[test]
fn resend_replaces_the_token_and_sends_again() {
    let env = acme();
    let r = invite(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    let again = env
        .as_(OWNER, &["invite", "resend", CLIENT, "--json"])
        .ok()
        .json();
    let new = token(&again);
    assert_ne!(new, token(&r));
    assert_eq!(again["accounts"][0]["account"], "acme-fb");
    let mails = emails(&env);
    assert_eq!(mails.len(), 2);
    assert!(
        mails[1]
            .text
            .contains(&format!("invite accept acme --token {new}"))
    );
    assert!(
        mails[1].text.contains("acme-fb"),
        "the resend names the accounts too"
    );
    let notes = notifications_in_db(&env, CLIENT);
    assert_eq!(notes.len(), 2);
    refused(
        &env,
        CLIENT,
        &["invite", "accept", WS, "--token", &token(&r)],
        7,
        "does not match",
    );
    accept(&env, CLIENT, &new);
    refused(
        &env,
        OWNER,
        &["invite", "resend", CLIENT],
        5,
        "has no pending invitation",
    );
}

// ---------------------------------------------------------------------------------------------
// Update, remove, leave, transfer

#[test]
fn update_changes_access_and_tells_the_member() {
    let env = acme();
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    let audits = audit_rows(&env);
    let r = env
        .as_(
            OWNER,
            &["member", "update", CLIENT, "--can-manage-posts", "--json"],
        )
        .ok()
        .stderr_has("Updated client@brand.test in acme.");
    let j = r.json();
    assert_eq!(j["access"], "posting");
    // Posting brings owner credentials on the assigned account; approve is kept.
    assert_eq!(
        settings(&j["accounts"]),
        serde_json::json!([{"account": "acme-fb", "approve": true, "posting": null,
                             "credentials": "owner", "auth_status": "connected"}])
    );
    assert_eq!(audit_rows(&env), audits + 1);
    assert_eq!(
        notifications_in_db(&env, CLIENT).last().unwrap().0,
        "access_change"
    );
    // The same settings again change nothing.
    let before = env.dump();
    env.as_(OWNER, &["member", "update", CLIENT, "--can-manage-posts"])
        .ok()
        .stderr_has("nothing changed");
    assert_eq!(env.dump(), before);
    // Off again with =false.
    let j = env
        .as_(
            OWNER,
            &[
                "member",
                "update",
                CLIENT,
                "--can-manage-posts=false",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(j["access"], "read-only");
    assert_eq!(j["accounts"][0]["credentials"], Value::Null);
}

#[test]
fn the_owner_cannot_be_removed_or_demoted_and_nobody_changes_their_own_role() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &[]);
    let r = refused(
        &env,
        OWNER,
        &["member", "remove", OWNER, "--yes"],
        5,
        "the owner cannot be removed",
    );
    assert!(
        r.stderr.contains("roster workspace transfer"),
        "{}",
        r.stderr
    );
    let r = refused(
        &env,
        OWNER,
        &["member", "update", OWNER, "--role", "admin"],
        5,
        "the owner cannot be demoted",
    );
    assert!(
        r.stderr.contains("roster workspace transfer"),
        "{}",
        r.stderr
    );
    refused(
        &env,
        ADMIN,
        &["member", "update", ADMIN, "--role", "editor"],
        3,
        "nobody changes their own role",
    );
    refused(
        &env,
        ADMIN,
        &["member", "update", OWNER, "--role", "editor"],
        3,
        "only the owner changes roles; you are an admin",
    );
    refused(
        &env,
        ADMIN,
        &["member", "remove", OWNER, "--yes"],
        3,
        "admins may remove editors only, not owners",
    );
    refused(
        &env,
        ADMIN,
        &["member", "remove", ADMIN, "--yes"],
        3,
        "you cannot remove yourself",
    );
    refused(
        &env,
        OWNER,
        &["member", "remove", "nobody@acme.test", "--yes"],
        4,
        "nobody@acme.test is not a member of acme",
    );
}

#[test]
fn role_changes_are_the_owners_and_wait_for_pending_posts() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &[]);
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb:review"]);
    refused(
        &env,
        ADMIN,
        &["member", "update", ED, "--role", "client"],
        3,
        "only the owner changes roles",
    );
    insert_post(&env, ED, "pending_approval");
    let r = refused(
        &env,
        OWNER,
        &["member", "update", ED, "--role", "client"],
        5,
        "has 1 post(s) pending approval",
    );
    assert!(
        r.stderr
            .contains("once those posts have been approved or declined"),
        "{}",
        r.stderr
    );
    conn_exec(&env, "UPDATE posts SET state = 'draft'");
    let j = env
        .as_(
            OWNER,
            &["member", "update", ED, "--role", "client", "--json"],
        )
        .ok()
        .json();
    assert_eq!(j["role"], "client");
    assert_eq!(j["access"], "read-only");
    // An editor's review setting does not survive becoming a client.
    assert_eq!(j["accounts"][0]["posting"], Value::Null);
    assert_eq!(
        notifications_in_db(&env, ED).last().unwrap().0,
        "role_change"
    );
}

fn conn_exec(env: &TestEnv, sql: &str) {
    crate::fixtures::conn(env).execute(sql, []);
}

/// A post by `author` on acme-fb in `state`, with an open internal approval when pending.
fn insert_post(env: &TestEnv, author: &str, state: &str) -> i64 {
    let mut c = crate::fixtures::conn(env);
    let id = c.count(
        "INSERT INTO posts (workspace_id, account_id, author_id, text, state, created_at, updated_at)
         VALUES ((SELECT id FROM workspaces WHERE slug = 'acme'),
                 (SELECT id FROM accounts WHERE slug = 'acme-fb'),
                 (SELECT id FROM users WHERE email = ?1), 'Hello', ?2, ?3, ?3)
         RETURNING id",
        [author, state, crate::support::NOW],
    );
    if state == "pending_approval" {
        c.execute(
            "INSERT INTO approvals (post_id, stage, state, created_at) VALUES (?1, 'internal', 'pending', ?2)",
            params![id, crate::support::NOW],
        );
    }
    id
}

#[test]
fn remove_hands_posts_to_the_owner() {
    let env = acme();
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb:review"]);
    let pending = insert_post(&env, ED, "pending_approval");
    let published = insert_post(&env, ED, "published");
    let r = refused(
        &env,
        OWNER,
        &["member", "remove", ED],
        2,
        "needs confirmation",
    );
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    let j = env
        .as_(OWNER, &["member", "remove", ED, "--yes", "--json"])
        .ok()
        .stderr_has("Removed ed@acme.test from acme.")
        .json();
    assert_eq!(j["posts_handed_to_owner"], 2);
    assert_eq!(status_of(&env, ED), "removed");
    let post = |id: i64| {
        row(
            &env,
            "SELECT u.email, p.state FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = ?1",
            [id],
        )
    };
    assert_eq!(post(pending), [OWNER, "draft"]);
    assert_eq!(post(published), [OWNER, "published"]);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM approvals WHERE state = 'pending'",
            []
        ),
        0
    );
    assert_eq!(
        count(&env, "SELECT count(*) FROM assignments", []),
        0,
        "the removed member's assignments are gone"
    );
    assert_eq!(notifications_in_db(&env, ED).last().unwrap().0, "removed");
    // A removed member does nothing in the workspace, and is not listed.
    refused(
        &env,
        ED,
        &["workspace", "show"],
        4,
        "ed@acme.test belongs to no workspace",
    );
    refused(
        &env,
        ED,
        &["-w", WS, "workspace", "show"],
        3,
        "your membership is removed",
    );
    let l = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    assert!(l.as_array().unwrap().iter().all(|m| m["email"] != ED));
    let l = env
        .as_(OWNER, &["member", "list", "--status", "removed", "--json"])
        .ok()
        .json();
    assert_eq!(l[0]["email"], ED);
    refused(
        &env,
        OWNER,
        &["member", "remove", ED, "--yes"],
        5,
        "already removed",
    );
}

#[test]
fn members_leave_but_the_owner_transfers_first() {
    let env = acme();
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb"]);
    refused(&env, ED, &["member", "leave"], 2, "needs confirmation");
    env.as_(ED, &["member", "leave", "--yes"])
        .ok()
        .stderr_has("You left acme.");
    assert_eq!(status_of(&env, ED), "removed");
    let notes = notifications_in_db(&env, OWNER);
    assert_eq!(notes.last().unwrap().0, "left");
    assert!(notes.last().unwrap().1.contains(ED));
    refused(
        &env,
        ED,
        &["member", "leave", "--yes"],
        4,
        "ed@acme.test belongs to no workspace",
    );
    refused(
        &env,
        ED,
        &["-w", WS, "member", "leave", "--yes"],
        3,
        "your membership is removed",
    );
    let r = refused(
        &env,
        OWNER,
        &["member", "leave", "--yes"],
        5,
        "the owner cannot leave",
    );
    assert!(
        r.stderr.contains("roster workspace transfer"),
        "{}",
        r.stderr
    );
}

#[test]
fn transfer_goes_to_an_active_admin_only() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--assign", "acme-fb"]);
    join(&env, OWNER, ED, "editor", &[]);
    invite(&env, OWNER, "pending-admin@acme.test", "admin", &[]);
    let r = refused(
        &env,
        OWNER,
        &["workspace", "transfer", ED, "--yes"],
        5,
        "ownership goes to an active admin, and ed@acme.test is editor (active)",
    );
    assert!(
        r.stderr
            .contains("roster member update ed@acme.test --role admin"),
        "{}",
        r.stderr
    );
    refused(
        &env,
        OWNER,
        &["workspace", "transfer", "pending-admin@acme.test", "--yes"],
        5,
        "is admin (pending)",
    );
    refused(
        &env,
        OWNER,
        &["workspace", "transfer", "nobody@acme.test", "--yes"],
        4,
        "nobody@acme.test is not a member of acme",
    );
    refused(
        &env,
        OWNER,
        &["workspace", "transfer", ADMIN],
        2,
        "needs confirmation",
    );
    refused(
        &env,
        ADMIN,
        &["workspace", "transfer", ADMIN, "--yes"],
        3,
        "only the owner",
    );

    env.as_(OWNER, &["workspace", "transfer", ADMIN, "--yes"])
        .ok()
        .stderr_has("admin@acme.test now owns acme; you are an admin.");
    let l = env.as_(ADMIN, &["member", "list", "--json"]).ok().json();
    assert_eq!(find(&l, "email", ADMIN)["role"], "owner");
    let old = find(&l, "email", OWNER);
    assert_eq!(old["role"], "admin");
    assert_eq!(old["access"], "admin, adds accounts");
    let ws = env.as_(ADMIN, &["workspace", "list", "--json"]).ok().json();
    assert_eq!(ws[0]["owner"], ADMIN);
    assert_eq!(
        notifications_in_db(&env, ADMIN).last().unwrap().0,
        "ownership"
    );
    // The old owner is an admin now: no second transfer, and may now leave.
    refused(
        &env,
        OWNER,
        &["workspace", "transfer", ADMIN, "--yes"],
        3,
        "only the owner",
    );
    env.as_(OWNER, &["member", "leave", "--yes"]).ok();
}

#[test]
fn member_list_filters_and_show() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--can-add-accounts"]);
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--can-add-accounts", "--can-manage-posts", "--require-2fa"],
    );
    invite(&env, OWNER, ED, "editor", &["--assign", "acme-fb:review"]);
    let l = env
        .as_(OWNER, &["member", "list", "--role", "editor", "--json"])
        .ok()
        .json();
    assert_eq!(l.as_array().unwrap().len(), 1);
    assert_eq!(l[0]["status"], "pending");
    assert_eq!(l[0]["expires_at"], "2026-12-05T09:00:00Z");
    let l = env
        .as_(OWNER, &["member", "list", "--status", "active", "--json"])
        .ok()
        .json();
    assert_eq!(l.as_array().unwrap().len(), 3);
    assert_eq!(find(&l, "email", ADMIN)["access"], "admin, adds accounts");
    let c = find(&l, "email", CLIENT);
    assert_eq!(c["access"], "full access");
    assert_eq!(c["require_2fa"], true);
    assert_eq!(c["twofa_enrolled"], false);
    env.enroll(CLIENT);
    let shown = env
        .as_(CLIENT, &["member", "show", CLIENT, "--json"])
        .ok()
        .json();
    assert_eq!(shown["twofa_enrolled"], true);
    assert_eq!(shown["access"], "full access");
    refused(
        &env,
        OWNER,
        &["member", "list", "--status", "gone"],
        2,
        "invalid value 'gone'",
    );
    refused(
        &env,
        OWNER,
        &["member", "show", "nobody@acme.test"],
        4,
        "nobody@acme.test is not a member of acme",
    );
}

// ---------------------------------------------------------------------------------------------
// Assignments and reauthentication (need `account assign` and `account reauth`)

#[test]
fn admin_cannot_assign_an_account_they_do_not_hold() {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--assign", "acme-fb"]);
    join(&env, OWNER, ED, "editor", &[]);
    join(&env, OWNER, CLIENT, "client", &[]);
    refused(
        &env,
        ADMIN,
        &["account", "assign", "acme-ig", "--member", ED],
        3,
        "admins assign only the accounts they hold, and acme-ig is not assigned to you",
    );
    refused(
        &env,
        ADMIN,
        &["account", "assign", "acme-fb", "--member", OWNER],
        3,
        "admins assign accounts to editors only, not owners",
    );
    refused(
        &env,
        ED,
        &["account", "assign", "acme-fb", "--member", CLIENT],
        3,
        "editors may not assign accounts",
    );
    refused(
        &env,
        OWNER,
        &["account", "assign", "acme-fb", "--member", ED, "--approve"],
        6,
        "approve-on-non-client",
    );
    refused(
        &env,
        OWNER,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            CLIENT,
            "--posting",
            "full",
        ],
        6,
        "posting-on-non-editor",
    );
    refused(
        &env,
        OWNER,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            CLIENT,
            "--credentials",
            "member",
        ],
        6,
        "credentials-without-posting",
    );
    refused(
        &env,
        OWNER,
        &["account", "assign", "acme-tt", "--member", ED],
        4,
        "acme-tt",
    );
    // What the admin may do: their own account, to an editor.
    env.as_(
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            ED,
            "--posting",
            "review",
        ],
    )
    .ok();
    let shown = env
        .as_(OWNER, &["member", "show", ED, "--json"])
        .ok()
        .json();
    assert_eq!(
        settings(&shown["accounts"]),
        serde_json::json!([{"account": "acme-fb", "approve": false, "posting": "review",
                             "credentials": "owner", "auth_status": "connected"}])
    );
    refused(
        &env,
        ED,
        &["account", "unassign", "acme-fb", "--member", ED],
        3,
        "may not assign",
    );
    env.as_(ADMIN, &["account", "unassign", "acme-fb", "--member", ED])
        .ok();
    let shown = env
        .as_(OWNER, &["member", "show", ED, "--json"])
        .ok()
        .json();
    assert_eq!(shown["accounts"], serde_json::json!([]));
}

#[test]
fn a_member_cannot_reauthenticate_an_owner_credential_account() {
    let env = acme();
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &[
            "--can-manage-posts",
            "--assign",
            "acme-fb:owner",
            "--assign",
            "acme-ig:member",
        ],
    );
    join(&env, OWNER, ED, "editor", &["--assign", "acme-fb"]);
    refused(
        &env,
        CLIENT,
        &["account", "reauth", "acme-fb"],
        3,
        "only the owner can reauthenticate acme-fb",
    );
    refused(
        &env,
        ED,
        &["account", "reauth", "acme-fb"],
        3,
        "only the owner",
    );
    refused(
        &env,
        OWNER,
        &["account", "reauth", "acme-ig", "--member", CLIENT],
        3,
        "only they can reauthenticate it",
    );
    refused(
        &env,
        ED,
        &["account", "reauth", "acme-ig", "--member", CLIENT],
        3,
        "only they can",
    );
    // The member connects their own credentials; the owner reconnects the owner's.
    env.as_(CLIENT, &["account", "reauth", "acme-ig"]).ok();
    let auth = |acc: &str| {
        row(
            &env,
            "SELECT s.auth_status FROM assignments s JOIN accounts a ON a.id = s.account_id
             JOIN memberships m ON m.id = s.membership_id JOIN users u ON u.id = m.user_id
             WHERE a.slug = ?1 AND u.email = ?2",
            [acc, CLIENT],
        )
        .remove(0)
    };
    assert_eq!(auth("acme-ig"), "connected");
    conn_exec(
        &env,
        "UPDATE accounts SET auth_status = 'needs_reauth' WHERE slug = 'acme-fb'",
    );
    let me = env.as_(CLIENT, &["me", "--json"]).ok().json();
    assert_eq!(
        find(&me["workspaces"][0]["accounts"], "account", "acme-fb")["auth_status"],
        "needs_reauth"
    );
    refused(
        &env,
        CLIENT,
        &["account", "reauth", "acme-fb"],
        3,
        "only the owner",
    );
    env.as_(OWNER, &["account", "reauth", "acme-fb", "--member", CLIENT])
        .ok();
    let me = env.as_(CLIENT, &["me", "--json"]).ok().json();
    assert_eq!(
        find(&me["workspaces"][0]["accounts"], "account", "acme-fb")["auth_status"],
        "connected"
    );
}
