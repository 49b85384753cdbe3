//! Writers wait for each other instead of failing (issue 12): a single invite started while a
//! batch writes, and batches run in parallel, all succeed; a writer that waits past its limit
//! exits 9 saying what it waited on. Batches export and re-import as `unchanged`.

use std::process::{Child, Stdio};

use crate::db::Db;
use crate::fixtures::{WS, acme, count};
use crate::support::{OWNER, TestEnv};

/// A CSV of `n` client rows `prefix{i}@brand.test`, each with two assignments.
fn rows(env: &TestEnv, name: &str, prefix: &str, n: usize) -> String {
    let mut text =
        String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
    for i in 0..n {
        text.push_str(&format!(
            "{prefix}{i}@brand.test,client,,yes,,acme-fb:approve:owner;acme-ig:member\n"
        ));
    }
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    let mut c = env.cmd();
    c.arg("--as").arg(OWNER).args(args);
    c.stdout(Stdio::null()).stderr(Stdio::piped());
    c.spawn().expect("start roster")
}

fn clients(env: &TestEnv) -> i64 {
    count(
        env,
        "SELECT count(*) FROM memberships WHERE role = 'client' AND status = 'pending'",
        [],
    )
}

#[test]
fn parallel_batches_and_a_single_invite_all_succeed() {
    let env = acme();
    let files: Vec<String> = (0..4)
        .map(|b| rows(&env, &format!("b{b}.csv"), &format!("b{b}-"), 600))
        .collect();
    let mut running: Vec<Child> = files
        .iter()
        .map(|f| {
            spawn(
                &env,
                &["-w", WS, "member", "invite", "--from", f, "--no-email"],
            )
        })
        .collect();
    // Started while the batches write: it waits for the lock, then goes through.
    running.push(spawn(
        &env,
        &[
            "-w",
            WS,
            "member",
            "invite",
            "single@brand.test",
            "--role",
            "client",
            "--no-email",
        ],
    ));
    for child in running {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer failed: {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(clients(&env), 4 * 600 + 1);
}

#[test]
fn a_writer_that_waits_past_its_limit_exits_9_and_says_so() {
    let env = acme();
    // Another process (this test) holds the write lock: SQLite's, or on a server the advisory
    // transaction lock roster's writers take (store::pg::WRITE_LOCK).
    let mut holder = env.conn();
    match &mut holder {
        Db::Sqlite(c) => c.execute_batch("BEGIN IMMEDIATE").unwrap(),
        Db::Pg(c) => c
            .batch_execute(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock({})",
                roster::store::pg::WRITE_LOCK
            ))
            .unwrap(),
    }
    let before = env.dump();
    let mut c = env.cmd();
    c.env("ROSTER_BUSY_TIMEOUT", "1s").args([
        "--as",
        OWNER,
        "-w",
        WS,
        "member",
        "invite",
        "late@brand.test",
        "--role",
        "client",
    ]);
    let r = TestEnv::run_cmd(c).code(9);
    assert!(
        r.stderr.contains("held its write lock for more than 1s"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("busy_timeout"), "{}", r.stderr);
    holder.execute("ROLLBACK", []);
    assert_eq!(env.dump(), before);
    // A bad limit is invalid input.
    let mut c = env.cmd();
    c.env("ROSTER_BUSY_TIMEOUT", "soon")
        .args(["--as", OWNER, "-w", WS, "member", "list"]);
    let r = TestEnv::run_cmd(c).code(6);
    assert!(r.stderr.contains("ROSTER_BUSY_TIMEOUT"), "{}", r.stderr);
}

#[test]
fn an_unedited_export_reimports_as_unchanged() {
    use crate::fixtures::{invite, join};
    let env = acme();
    join(
        &env,
        OWNER,
        "admin@acme.test",
        "admin",
        &["--can-add-accounts", "--assign", "acme-fb"],
    );
    join(
        &env,
        OWNER,
        "editor@acme.test",
        "editor",
        &["--assign", "acme-fb:review", "--assign", "acme-ig"],
    );
    join(
        &env,
        OWNER,
        "poster@brand.test",
        "client",
        &[
            "--can-manage-posts",
            "--require-2fa",
            "--assign",
            "acme-fb:approve:owner",
            "--assign",
            "acme-ig:member",
        ],
    );
    invite(
        &env,
        OWNER,
        "viewer@brand.test",
        "client",
        &["--assign", "acme-fb:approve"],
    );
    invite(&env, OWNER, "nothing@brand.test", "client", &[]);
    let csv_text = env.as_(OWNER, &["-w", WS, "member", "export"]).ok().stdout;
    let mut lines = csv_text.lines();
    assert_eq!(
        lines.next(),
        Some("email,role,can_add_accounts,can_manage_posts,require_2fa,assign"),
        "{csv_text}"
    );
    assert!(
        csv_text.contains(
            "poster@brand.test,client,false,true,true,acme-fb:approve:owner;acme-ig:member"
        ),
        "{csv_text}"
    );
    assert!(
        csv_text.contains(
            "editor@acme.test,editor,false,false,false,acme-fb:review:owner;acme-ig:full:owner"
        ),
        "{csv_text}"
    );
    assert!(
        !csv_text.contains(OWNER),
        "the owner is not a row: {csv_text}"
    );
    let path = env.dir.path().join("export.csv");
    std::fs::write(&path, &csv_text).unwrap();
    let before = env.dump();
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
                "--json",
            ],
        )
        .ok();
    let rows = r.json();
    assert_eq!(rows.as_array().unwrap().len(), 5, "{rows}");
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["result"] == "unchanged"),
        "{rows}"
    );
    assert_eq!(env.dump(), before, "an unedited export changed nothing");
    // The JSON form has the same fields.
    let j = env
        .as_(OWNER, &["-w", WS, "member", "export", "--json"])
        .ok()
        .json();
    let poster = j
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "poster@brand.test")
        .unwrap()
        .clone();
    assert_eq!(poster["assign"], "acme-fb:approve:owner;acme-ig:member");
    assert_eq!(poster["require_2fa"], true);
    // Edited, it updates what changed: a pending client gains an account.
    std::fs::write(
        &path,
        csv_text.replace(
            "viewer@brand.test,client,false,false,false,acme-fb:approve",
            "viewer@brand.test,client,false,false,false,acme-fb:approve;acme-ig",
        ),
    )
    .unwrap();
    let rows = env
        .as_(
            OWNER,
            &[
                "-w",
                WS,
                "member",
                "invite",
                "--from",
                path.to_str().unwrap(),
                "--json",
                "--no-email",
            ],
        )
        .ok()
        .json();
    let viewer = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == "viewer@brand.test")
        .unwrap()
        .clone();
    assert_eq!(viewer["result"], "updated", "{rows}");
    // Clients cannot export the membership.
    env.enroll("poster@brand.test");
    crate::fixtures::refused(
        &env,
        "poster@brand.test",
        &["-w", WS, "member", "export"],
        3,
        "denied",
    );
}

#[test]
fn a_new_members_accounts_are_reported_as_they_are_stored() {
    use crate::fixtures::{conn, invite};
    let env = acme();
    conn(&env).execute(
        "UPDATE accounts SET auth_status = 'needs_reauth' WHERE slug = 'acme-fb'",
        [],
    );
    for (email, extra) in [
        (
            "a@brand.test",
            vec![
                "--can-manage-posts",
                "--assign",
                "acme-fb:approve:owner",
                "--assign",
                "acme-ig:member",
            ],
        ),
        (
            "b@brand.test",
            vec!["--assign", "acme-ig:approve", "--assign", "acme-fb"],
        ),
        (
            "e@acme.test",
            vec![
                "--assign",
                "acme-ig:review:member",
                "--assign",
                "acme-fb:full",
            ],
        ),
    ] {
        let role = if email.ends_with("acme.test") {
            "editor"
        } else {
            "client"
        };
        let invited = invite(&env, OWNER, email, role, &extra);
        let shown = env
            .as_(OWNER, &["-w", WS, "member", "show", email, "--json"])
            .ok()
            .json();
        assert_eq!(invited["accounts"], shown["accounts"], "{email}");
    }
}

#[test]
fn a_bad_busy_timeout_in_the_config_is_invalid_and_names_the_key() {
    let env = acme();
    std::fs::write(env.config(), "[database]\nbusy_timeout = \"soon\"\n").unwrap();
    let before = env.dump();
    let r = env.as_(OWNER, &["-w", WS, "member", "list"]).code(6);
    assert!(r.stderr.contains("database.busy_timeout"), "{}", r.stderr);
    assert_eq!(env.dump(), before);
}
