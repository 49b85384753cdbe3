//! A batch writes its brand-new members by the set (issue 12): those rows must be exactly the
//! rows that inviting the same people one at a time writes — memberships, assignments,
//! invitations, notifications, queued email and audit — in file order, across chunks, and
//! mixed with rows that change an existing invitation (written one at a time in between).

use crate::fixtures::{WS, acme, conn, count, invite};
use crate::support::{OWNER, TestEnv};

/// The rows of the file: (email, role, can_add_accounts, can_manage_posts, require_2fa, assign).
const ROWS: &[(&str, &str, bool, bool, bool, &str)] = &[
    (
        "poster@brand.test",
        "client",
        false,
        true,
        true,
        "acme-fb:approve:owner;acme-ig:member",
    ),
    (
        "viewer@brand.test",
        "client",
        false,
        false,
        false,
        "acme-fb:approve",
    ),
    // Invited before the batch (pending): the batch changes the invitation, one at a time.
    ("again@brand.test", "client", false, false, false, "acme-ig"),
    (
        "editor@acme.test",
        "editor",
        false,
        false,
        false,
        "acme-fb:review:member;acme-ig",
    ),
    ("admin@acme.test", "admin", true, false, false, "acme-ig"),
    // Already a roster user (the owner of another workspace).
    ("other@elsewhere.test", "client", true, false, false, ""),
    ("nothing@brand.test", "client", false, false, false, ""),
];

fn csv() -> String {
    let mut text =
        String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
    for (email, role, add, posts, twofa, assign) in ROWS {
        text.push_str(&format!("{email},{role},{add},{posts},{twofa},{assign}\n"));
    }
    text
}

fn flags(row: &(&str, &str, bool, bool, bool, &str)) -> Vec<String> {
    let (_, _, add, posts, twofa, assign) = *row;
    let mut f = Vec::new();
    for (on, flag) in [
        (add, "--can-add-accounts"),
        (posts, "--can-manage-posts"),
        (twofa, "--require-2fa"),
    ] {
        if on {
            f.push(flag.to_string());
        }
    }
    for a in assign.split(';').filter(|a| !a.is_empty()) {
        f.push("--assign".into());
        f.push(a.into());
    }
    f
}

/// A workspace where `again@brand.test` has a pending invitation and `other@elsewhere.test`
/// owns a workspace of their own.
fn setup() -> TestEnv {
    let env = acme();
    env.as_(
        "other@elsewhere.test",
        &["workspace", "create", "Other", "--slug", "other"],
    )
    .ok();
    invite(
        &env,
        OWNER,
        "again@brand.test",
        "client",
        &["--assign", "acme-fb", "--no-email"],
    );
    env
}

/// Everything the invitations wrote, without ids, token hashes or batch ids: one line per row,
/// in the order written.
fn written(env: &TestEnv) -> Vec<String> {
    let mut c = conn(env);
    let mut out = Vec::new();
    for sql in [
        "SELECT u.email, m.role, m.status, m.can_add_accounts, m.can_manage_posts, m.require_2fa,
                inv.email, r.email, m.created_at, m.updated_at, m.accepted_at
         FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN users inv ON inv.id = m.invited_by LEFT JOIN users r ON r.id = m.require_2fa_by
         JOIN workspaces w ON w.id = m.workspace_id WHERE w.slug = 'acme' ORDER BY m.id",
        "SELECT u.email, a.slug, s.approve, s.posting, s.credentials, s.auth_status, s.created_at
         FROM assignments s JOIN memberships m ON m.id = s.membership_id
         JOIN users u ON u.id = m.user_id JOIN accounts a ON a.id = s.account_id
         ORDER BY u.email, a.slug",
        "SELECT u.email, i.state, inv.email, i.created_at, i.expires_at, length(i.token_hash)
         FROM invitations i JOIN memberships m ON m.id = i.membership_id
         JOIN users u ON u.id = m.user_id LEFT JOIN users inv ON inv.id = i.invited_by
         ORDER BY i.id",
        "SELECT u.email, w.slug, n.kind, n.message, n.created_at
         FROM notifications n JOIN users u ON u.id = n.user_id
         LEFT JOIN workspaces w ON w.id = n.workspace_id ORDER BY n.id",
        "SELECT recipient, workspace_slug, subject, body_text, body_html, state,
                invitation_id IS NOT NULL
         FROM outbox ORDER BY id",
        "SELECT actor, command, action, workspace, target, before, after, at
         FROM audit WHERE action = 'member.invite' ORDER BY id",
    ] {
        for r in c.typed_rows(sql, []) {
            out.push(r.join(" | "));
        }
        out.push("--".into());
    }
    out
}

#[test]
fn a_batch_writes_what_one_invite_at_a_time_writes() {
    for email in [false, true] {
        let mail: &[&str] = if email { &[] } else { &["--no-email"] };
        let one = setup();
        for row in ROWS {
            let mut args = vec![
                "-w".to_string(),
                WS.into(),
                "member".into(),
                "invite".into(),
                row.0.into(),
                "--role".into(),
                row.1.into(),
            ];
            args.extend(flags(row));
            args.extend(mail.iter().map(|s| s.to_string()));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            one.as_(OWNER, &args).ok();
        }
        let batch = setup();
        let path = batch.dir.path().join("rows.csv");
        std::fs::write(&path, csv()).unwrap();
        let mut args = vec![
            "-w",
            WS,
            "member",
            "invite",
            "--from",
            path.to_str().unwrap(),
        ];
        args.extend_from_slice(mail);
        batch.as_(OWNER, &args).ok();
        let (a, b) = (written(&one), written(&batch));
        assert_eq!(a, b, "email: {email}");
        // Every row of the file has the one batch id of the run.
        assert_eq!(
            count(
                &batch,
                "SELECT count(DISTINCT batch_id) FROM audit WHERE batch_id IS NOT NULL",
                [],
            ),
            1
        );
        assert_eq!(
            count(
                &batch,
                "SELECT count(*) FROM audit WHERE batch_id IS NOT NULL",
                []
            ),
            ROWS.len() as i64
        );
    }
}

#[test]
fn a_batch_longer_than_a_chunk_is_written_whole_and_in_file_order() {
    let env = setup();
    // 10,000 rows are flushed at a time: a re-invite lands in the middle of the second chunk.
    let n = 12_345;
    let mut text =
        String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
    for i in 0..n {
        if i == 11_000 {
            text.push_str("again@brand.test,client,,,,acme-ig\n");
        }
        let assign = if i % 3 == 0 {
            "acme-fb:approve"
        } else {
            "acme-ig;acme-fb"
        };
        text.push_str(&format!("c{i}@brand.test,client,,,,{assign}\n"));
    }
    let path = env.dir.path().join("rows.csv");
    std::fs::write(&path, text).unwrap();
    let r = env
        .as_(
            OWNER,
            &[
                "-w",
                WS,
                "member",
                "invite",
                "--from",
                path.to_str().unwrap(),
                "--no-email",
                "--json",
            ],
        )
        .ok();
    let rows = r.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), n + 1);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email LIKE 'c%@brand.test'",
            []
        ),
        n as i64
    );
    // Every new row shows its token once; each accepts.
    let token_of = |email: &str| {
        rows.iter()
            .find(|d| d["email"] == email)
            .and_then(|d| d["token"].as_str())
            .unwrap()
            .to_string()
    };
    for email in [
        "c0@brand.test",
        "c10000@brand.test",
        "c12344@brand.test",
        "again@brand.test",
    ] {
        let t = token_of(email);
        env.as_(email, &["invite", "accept", WS, "--token", &t])
            .ok();
    }
    let targets: Vec<String> = conn(&env)
        .column("SELECT target FROM audit WHERE action = 'member.invite' AND batch_id IS NOT NULL ORDER BY id", [])
        .into_iter()
        .map(Option::unwrap)
        .collect();
    let mut expected: Vec<String> = (0..n).map(|i| format!("c{i}@brand.test")).collect();
    expected.insert(11_000, "again@brand.test".into());
    assert_eq!(targets, expected, "audit rows follow the file");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM assignments s JOIN memberships m ON m.id = s.membership_id JOIN users u ON u.id = m.user_id WHERE u.email LIKE 'c%@brand.test'",
            []
        ),
        (n as i64) * 2 - (n as i64 + 2) / 3
    );
}
