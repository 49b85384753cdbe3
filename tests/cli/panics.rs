//! Issue 13, panics: every duration and date sum is checked, so values nobody expected are
//! clear errors (6, or 2 for a flag) and never a crash; a bug that still panics prints one line
//! and exits 1.

use crate::fixtures::{WS, acme, refused};
use crate::support::{OWNER, TestEnv};

fn config(env: &TestEnv, text: &str) {
    std::fs::write(env.config(), text).unwrap();
}

#[test]
fn a_huge_invitation_ttl_is_refused_at_load_for_every_command() {
    let env = acme();
    for ttl in [
        "99999999999999999999d",
        "9223372036854775807s",
        "106751991167301d",
        "3651d",
    ] {
        config(&env, &format!("[invitations]\nttl = \"{ttl}\"\n"));
        let r = refused(&env, OWNER, &["member", "list"], 6, "invitations.ttl");
        assert!(
            r.stderr.contains("is too long: at most 3650d"),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

#[test]
fn a_huge_mail_timeout_is_refused_at_load() {
    let env = acme();
    for t in ["9999999999h", "3650d", "11m"] {
        config(&env, &format!("[mail]\ntimeout = \"{t}\"\n"));
        let r = refused(&env, OWNER, &["workspace", "show"], 6, "mail.timeout");
        assert!(r.stderr.contains("is too long"), "{}", r.stderr);
    }
}

#[test]
fn audit_since_with_a_huge_span_is_a_usage_error() {
    let env = acme();
    refused(
        &env,
        OWNER,
        &["audit", "list", "--since", "99999999999999d"],
        2,
        "--since '99999999999999d' is too long: at most 3650d",
    );
    // Ten years before 2026 is still after 1970: fine.
    env.as_(OWNER, &["audit", "list", "--since", "3650d", "--json"])
        .ok();
}

#[test]
fn a_clock_near_the_end_of_the_calendar_is_refused() {
    let mut env = acme();
    env.now = "9999-12-31T23:00:00Z".into();
    refused(
        &env,
        OWNER,
        &["member", "invite", "x@b.test", "--role", "editor"],
        2,
        "ROSTER_NOW: '9999-12-31T23:00:00Z' is outside the years 1970 to 9000",
    );
}

#[test]
fn an_expiry_past_the_calendar_is_refused_before_anything_is_written() {
    let mut env = acme();
    config(
        &env,
        "[mail]\nurl = \"none:\"\n[invitations]\nttl = \"3650d\"\n",
    );
    env.now = "8999-12-31T23:00:00Z".into();
    refused(
        &env,
        OWNER,
        &["member", "invite", "x@b.test", "--role", "editor"],
        6,
        "the invitation's expiry would fall after the year 9000",
    );
    // The batch path goes through the same function.
    let csv = env.dir.path().join("in.csv");
    std::fs::write(&csv, "email,role\nx@b.test,editor\n").unwrap();
    let r = env.as_(
        OWNER,
        &["member", "invite", "--from", csv.to_str().unwrap()],
    );
    assert!(matches!(r.code, 6 | 8), "{r:?}");
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn a_post_time_past_the_calendar_is_a_flag_error() {
    let env = acme();
    for at in ["9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59Z"] {
        let r = refused(
            &env,
            OWNER,
            &[
                "-w",
                WS,
                "post",
                "create",
                "--account",
                "acme-fb",
                "--text",
                "hi",
                "--at",
                at,
            ],
            6,
            "is outside the years 1970 to 9000",
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

#[test]
fn mail_after_the_commit_never_crashes_on_a_late_clock() {
    // The backoff and leases are computed after the change is saved: held at the calendar's
    // end instead of overflowing.
    let mut env = acme();
    config(
        &env,
        "[mail]\nurl = \"smtp://127.0.0.1:9\"\ntimeout = \"1s\"\n[invitations]\nttl = \"1h\"\n",
    );
    env.now = "9000-12-31T22:00:00Z".into();
    let r = env.as_(OWNER, &["member", "invite", "x@b.test", "--role", "editor"]);
    assert_eq!(r.code, 10, "saved, mail queued: {r:?}");
    let r = env.as_(OWNER, &["outbox", "send"]);
    assert!(!r.stderr.contains("panicked") && r.code != 101, "{r:?}");
}

#[test]
fn the_panic_hook_prints_one_line_and_exits_1() {
    // ROSTER_TEST_PANIC is a test-only switch that panics on purpose (src/panic.rs).
    let env = acme();
    let before = env.dump();
    let mut c = env.cmd();
    c.env("ROSTER_TEST_PANIC", "1")
        .env("RUST_BACKTRACE", "full")
        .args(["--as", OWNER, "member", "list"]);
    let r = TestEnv::run_cmd(c);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    assert!(
        r.stderr.starts_with("error: roster hit a bug"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("please report it"), "{}", r.stderr);
    assert!(!r.stderr.contains("stack backtrace"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked at"), "{}", r.stderr);
    assert_eq!(env.dump(), before);
}
