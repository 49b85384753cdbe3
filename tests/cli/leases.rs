//! Issue 13: `outbox send` does not call it a success while messages stay leased to another
//! (maybe dead) run, and a dead run's short lease is taken over.

use crate::fixtures::{acme, conn, emails};
use crate::support::OWNER;

#[test]
fn messages_leased_to_a_dead_run_are_reported_then_taken_over() {
    let mut env = acme();
    std::fs::write(env.config(), "[mail]\nurl = \"none:\"\n").unwrap();
    env.as_(
        OWNER,
        &["member", "invite", "c@brand.test", "--role", "client"],
    )
    .ok();
    // A run that claimed the message and died: its lease is still on the row.
    conn(&env).execute("UPDATE outbox SET lease_until = '2026-11-28T09:01:40Z'", []);
    std::fs::write(env.config(), "").unwrap();
    let r = env
        .as_(OWNER, &["outbox", "send"])
        .code(10)
        .stderr_has("1 message(s) stay queued: another `roster outbox send` holds them until 2026-11-28T09:01:40Z")
        .stderr_has("if it died, run `roster outbox send` again after 2026-11-28T09:01:40Z");
    assert!(emails(&env).is_empty(), "{r:?}");
    // After the lease, the next run takes it over.
    env.now = "2026-11-28T09:01:41Z".into();
    env.as_(OWNER, &["outbox", "send"]).ok();
    assert_eq!(emails(&env).len(), 1);
}
