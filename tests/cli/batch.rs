//! `member invite --from FILE.csv|-`: all or nothing, every bad row reported, idempotent re-runs.

use std::io::Write;
use std::process::Stdio;

use crate::fixtures::{acme, join, refused};
use crate::support::{OWNER, TestEnv};

const HEADER: &str = "email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n";

fn csv(env: &TestEnv, name: &str, rows: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, format!("{HEADER}{rows}")).unwrap();
    path.display().to_string()
}

/// acme with its two accounts, acme-fb and acme-ig.
fn with_accounts() -> TestEnv {
    acme()
}

#[test]
fn a_valid_file_is_one_transaction_with_a_result_per_row() {
    let env = with_accounts();
    let file = csv(
        &env,
        "ok.csv",
        "a@brand.test,client,yes,,,acme-fb:approve\n\
         b@brand.test,client,no,TRUE,1,acme-fb:approve:owner;acme-ig:member\n\
         c@acme.test,editor,,,,acme-fb:review\n\
         \n\
         d@acme.test,admin,1,,,\n",
    );
    let r = env
        .as_(OWNER, &["member", "invite", "--from", &file, "--json"])
        .ok();
    let rows = r.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows.iter()
            .map(|r| (r["line"].as_u64().unwrap(), r["result"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        [
            (2, "created"),
            (3, "created"),
            (4, "created"),
            (6, "created")
        ]
    );
    assert!(
        rows.iter()
            .all(|r| r["token"].as_str().is_some_and(|t| t.starts_with("inv_")))
    );
    let b = env
        .as_(OWNER, &["member", "show", "b@brand.test", "--json"])
        .ok()
        .json();
    assert_eq!(
        (b["access"].as_str(), b["require_2fa"].as_bool()),
        (Some("posting"), Some(true))
    );
    assert_eq!(b["accounts"].as_array().unwrap().len(), 2);
    // One audit row per invitation, all with the same batch id.
    let batches = env.conn().column(
        "SELECT batch_id FROM audit WHERE action = 'member.invite'",
        [],
    );
    assert_eq!(batches.len(), 4);
    assert!(
        batches[0]
            .as_deref()
            .is_some_and(|b| b.starts_with("batch-"))
    );
    assert!(batches.iter().all(|b| *b == batches[0]));
    // Every invitee got an email.
    assert_eq!(std::fs::read_dir(env.outbox_dir()).unwrap().count(), 4);

    // Re-running the same file changes nothing: every row is unchanged, and says so.
    let before = env.dump();
    let again = env.as_(OWNER, &["member", "invite", "--from", &file]).ok();
    assert!(
        again.stderr.contains("0 created, 0 updated, 4 unchanged."),
        "{}",
        again.stderr
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn any_bad_row_and_nothing_is_written_with_every_bad_row_reported() {
    let env = with_accounts();
    join(&env, OWNER, "active@brand.test", "client", &[]);
    let before = env.dump();
    let file = csv(
        &env,
        "bad.csv",
        "good@brand.test,client,,,,acme-fb\n\
         not-an-email,client,,,,\n\
         x@brand.test,boss,,,,\n\
         y@brand.test,client,maybe,,,acme-fb:aprove\n\
         z@acme.test,editor,,,,acme-fb:approve\n\
         w@brand.test,client,,,,nope\n\
         active@brand.test,client,,yes,,\n\
         good@brand.test,client,,,,\n",
    );
    let r = env
        .as_(OWNER, &["member", "invite", "--from", &file, "--json"])
        .code(6);
    let rows = r.json();
    let got: Vec<(u64, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["line"].as_u64().unwrap(),
                b["column"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (3, "email".to_string()),
            (4, "role".to_string()),
            (5, "can_add_accounts".to_string()),
            (5, "assign".to_string()),
            (6, "assign".to_string()),
            (7, "assign".to_string()),
            (8, "email".to_string()),
            (9, "email".to_string()),
        ]
    );
    let reasons = rows.to_string();
    for why in [
        "'not-an-email' is not an email address",
        "'boss' is not a role",
        "'maybe' is not a boolean",
        "unknown setting 'aprove'",
        "approve-on-non-client",
        "account 'nope' not found",
        "already an active member",
        "good@brand.test is already on line 2",
    ] {
        assert!(reasons.contains(why), "{why} missing from {reasons}");
    }
    r.error_has("8 problem(s) in")
        .error_has("nothing was written");
    assert_eq!(env.dump(), before, "not even the good row was written");
    assert!(
        !env.outbox_dir().exists() || std::fs::read_dir(env.outbox_dir()).unwrap().count() == 1
    );
}

#[test]
fn a_bad_header_is_reported_before_any_row() {
    let env = with_accounts();
    let path = env.dir.path().join("header.csv");
    std::fs::write(&path, "mail,role,colour\nx@brand.test,client,blue\n").unwrap();
    let before = env.dump();
    let r = env
        .as_(
            OWNER,
            &["member", "invite", "--from", &path.display().to_string()],
        )
        .code(6);
    assert!(
        r.stdout.contains("mail")
            && r.stdout.contains("colour")
            && r.stdout.contains("unknown column"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("missing column"), "{}", r.stdout);
    assert_eq!(env.dump(), before);
}

#[test]
fn dry_run_reports_the_same_and_writes_nothing() {
    let env = with_accounts();
    let file = csv(&env, "ok.csv", "a@brand.test,client,,,,acme-fb:approve\n");
    let before = env.dump();
    let r = env
        .as_(
            OWNER,
            &["member", "invite", "--from", &file, "--dry-run", "--json"],
        )
        .ok();
    assert_eq!(r.json()[0]["result"], "created");
    assert!(
        r.json()[0].get("token").is_none(),
        "a rehearsal has no token"
    );
    assert!(
        r.stderr.contains("Dry run, nothing written: 1 created"),
        "{}",
        r.stderr
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn the_file_can_come_on_stdin_and_excludes_single_invite_flags() {
    let env = with_accounts();
    let mut c = env.cmd();
    c.args([
        "--as",
        OWNER,
        "member",
        "invite",
        "--from",
        "-",
        "--no-email",
        "--json",
    ])
    .stdin(Stdio::piped());
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{HEADER}s@brand.test,client,,,,\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["email"], "s@brand.test");

    let before = env.dump();
    refused(
        &env,
        OWNER,
        &["member", "invite", "x@brand.test", "--from", "-"],
        2,
        "cannot be used with",
    );
    refused(
        &env,
        OWNER,
        &["member", "invite", "--from", "/nonexistent.csv"],
        6,
        "cannot read /nonexistent.csv",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn an_admin_batch_is_held_to_the_admins_permissions() {
    let env = with_accounts();
    join(&env, OWNER, "admin@acme.test", "admin", &[]);
    let file = csv(
        &env,
        "admin.csv",
        "e@acme.test,editor,,,,\nc@brand.test,client,,,,\n",
    );
    let before = env.dump();
    let r = env
        .as_("admin@acme.test", &["member", "invite", "--from", &file])
        .code(3);
    assert!(
        r.stdout
            .contains("admins may invite editors only, not clients"),
        "{}",
        r.stdout
    );
    let j = env
        .as_(
            "admin@acme.test",
            &["member", "invite", "--from", &file, "--json"],
        )
        .code(3)
        .json();
    assert_eq!(
        (j[0]["line"].as_u64(), j[0]["column"].as_str()),
        (Some(3), Some("role")),
        "{j}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn header_encoding_and_line_endings_are_checked_too() {
    let env = with_accounts();
    let before = env.dump();
    let dup = env.dir.path().join("dup.csv");
    std::fs::write(
        &dup,
        "email,role,assign,assign\na@brand.test,client,acme-fb,nope\n",
    )
    .unwrap();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                "--from",
                &dup.display().to_string(),
                "--json",
            ],
        )
        .code(6);
    assert_eq!(r.json()[0]["reason"], "duplicate column");
    // Old Mac line endings still number lines.
    let cr = env.dir.path().join("cr.csv");
    std::fs::write(&cr, "email,role\rbad0,client\rbad1,client\r").unwrap();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                "--from",
                &cr.display().to_string(),
                "--json",
            ],
        )
        .code(6);
    let lines: Vec<u64> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3]);
    // Not UTF-8 (an Excel "CSV" in Latin-1): said so, with the line.
    let latin = env.dir.path().join("latin1.csv");
    std::fs::write(
        &latin,
        b"email,role\nok@brand.test,client\nj\xe9@brand.test,client\n",
    )
    .unwrap();
    env.as_(
        OWNER,
        &["member", "invite", "--from", &latin.display().to_string()],
    )
    .code(6)
    .stderr_has("is not UTF-8 (line 3)");
    // A repeated email is caught even when its first row is bad for another reason.
    let twice = csv(
        &env,
        "twice.csv",
        "a@brand.test,boss,,,,\na@brand.test,client,,,,\n",
    );
    let r = env
        .as_(OWNER, &["member", "invite", "--from", &twice, "--json"])
        .code(6);
    assert_eq!(r.json().as_array().unwrap().len(), 2, "{}", r.stdout);
    assert_eq!(env.dump(), before);
}

#[test]
fn without_email_the_table_shows_each_new_token_once() {
    let env = with_accounts();
    let file = csv(&env, "ok.csv", "a@brand.test,client,,,,\n");
    let r = env
        .as_(OWNER, &["member", "invite", "--from", &file, "--no-email"])
        .ok();
    assert!(
        r.stdout.contains("TOKEN") && r.stdout.matches("inv_").count() == 1,
        "{}",
        r.stdout
    );
    assert!(!r.stderr.contains("inv_"), "{}", r.stderr);
}
