//! Email over SMTP against real servers on 127.0.0.1 (aiosmtpd, and a listener that never
//! answers): invitations arrive whole, failures keep the change and the message queued (exit
//! 10), `outbox send` retries with backoff and never sends a message twice.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::fixtures::{WS, acme, conn, count, row, status_of};
use crate::smtp_server::{Received, Silent, SmtpServer, free_port, read_maildir};
use crate::support::{OWNER, Run, TestEnv};

/// `roster --as OWNER ARGS` with this mail URL.
fn run_with(env: &TestEnv, url: &str, args: &[&str]) -> Run {
    let mut c = env.cmd();
    c.env("ROSTER_MAIL_URL", url)
        .arg("--as")
        .arg(OWNER)
        .args(args);
    TestEnv::run_cmd(c)
}

fn invite(env: &TestEnv, url: &str, email: &str) -> Run {
    run_with(
        env,
        url,
        &["member", "invite", email, "--role", "client", "--json"],
    )
}

fn send(env: &TestEnv, url: &str, extra: &[&str]) -> Run {
    let mut args = vec!["outbox", "send", "--json"];
    args.extend_from_slice(extra);
    run_with(env, url, &args)
}

fn write_config(env: &TestEnv, text: &str) {
    std::fs::write(env.config(), text).unwrap();
    std::fs::set_permissions(env.config(), std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// state, attempts and last error of the message to `to`.
fn mail_row(env: &TestEnv, to: &str) -> Vec<String> {
    row(
        env,
        "SELECT state, attempts, coalesce(last_error, '') FROM outbox WHERE recipient = ?1",
        [to],
    )
}

fn to<'a>(all: &'a [Received], rcpt: &str) -> &'a Received {
    let found: Vec<_> = all.iter().filter(|m| m.rcpt_to == [rcpt]).collect();
    assert_eq!(found.len(), 1, "messages to {rcpt}: {all:#?}");
    found[0]
}

#[test]
fn an_invitation_arrives_whole() {
    let server = SmtpServer::start();
    let env = acme();
    conn(&env)
        .execute(
            "UPDATE workspaces SET name = 'Café Zürich 東京' WHERE slug = ?1",
            [WS],
        )
        .unwrap();
    write_config(
        &env,
        "[mail]\nfrom = \"Büro Acme <roster@acme.test>\"\nreply_to = \"help@acme.test\"\n",
    );
    let r = invite(&env, &server.url(), "client@brand.test").ok();
    let accept = r.json()["accept_command"].as_str().unwrap().to_string();
    assert!(accept.starts_with("roster --as client@brand.test invite accept acme --token inv_"));

    let all = server.messages();
    assert_eq!(all.len(), 1, "{all:#?}");
    let m = to(&all, "client@brand.test");
    assert_eq!(m.header("To"), Some("client@brand.test"));
    assert_eq!(m.header("From"), Some("Büro Acme <roster@acme.test>"));
    assert_eq!(m.header("Reply-To"), Some("help@acme.test"));
    assert_eq!(
        m.header("Subject"),
        Some("owner@acme.test invited you to Café Zürich 東京 on roster")
    );
    assert_eq!(m.content_type, "multipart/alternative");
    let text = m.text.as_deref().expect("a text part");
    let html = m.html.as_deref().expect("an HTML part");
    for part in [text, html] {
        assert!(part.contains(&accept), "{part}");
        assert!(part.contains("Café Zürich 東京"), "{part}");
    }
    assert!(html.contains("<html>"), "{html}");
    assert!(m.header("Message-ID").unwrap().starts_with("<roster.1."));
    assert_eq!(mail_row(&env, "client@brand.test"), ["sent", "1", ""]);
}

#[test]
fn server_down_keeps_the_invitation_then_outbox_send_delivers_it_once() {
    let mut env = acme();
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let r = invite(&env, &url, "client@brand.test")
        .code(10)
        .error_has(&format!(
            "the change was saved, but the email to client@brand.test could not be delivered: the SMTP server 127.0.0.1:{port} refused the connection"
        ))
        .error_hint_has("the message stays queued: run `roster outbox send` to retry (due 2026-11-28T09:01:00Z");
    // The change is saved: the invitation stands and its token works.
    assert_eq!(r.json()["result"], "created");
    assert_eq!(status_of(&env, "client@brand.test"), "pending");
    let queued = mail_row(&env, "client@brand.test");
    assert_eq!(queued[..2], ["queued", "1"]);
    assert!(queued[2].contains("refused the connection"), "{queued:?}");

    // Before its backoff is over the message waits, even with the server back.
    let server = SmtpServer::start_on(port, "aiosmtpd.handlers.Mailbox");
    let s = send(&env, &url, &[])
        .ok()
        .stderr_has("Nothing to send.")
        .stderr_has("1 message(s) wait for their next attempt (the first at 2026-11-28T09:01:00Z)");
    assert_eq!(s.json()["not_due"], 1);
    assert!(server.messages().is_empty());

    env.now = "2026-11-28T09:05:00Z".into();
    let s = send(&env, &url, &[])
        .ok()
        .stderr_has(&format!("Delivered 1 of 1 message(s) via {url}."));
    assert_eq!(s.json()["sent"], 1);
    assert_eq!(mail_row(&env, "client@brand.test"), ["sent", "2", ""]);
    // Again: nothing left, nothing sent twice.
    send(&env, &url, &[]).ok().stderr_has("Nothing to send.");
    let all = server.messages();
    assert_eq!(all.len(), 1);
    let m = to(&all, "client@brand.test");
    // The token was minted when the email went out: none was printed while it was queued.
    assert!(r.json().get("token").is_none());
    let t = crate::fixtures::token_in(m.text.as_deref().unwrap());
    env.as_(
        "client@brand.test",
        &["invite", "accept", WS, "--token", &t],
    )
    .ok();
}

#[test]
fn a_refused_recipient_leaves_the_rest_of_the_batch_sent() {
    let server = SmtpServer::picky();
    let mut env = acme();
    write_config(&env, "[mail]\nmax_attempts = 2\n");
    let people = [
        "one@brand.test",
        "bounce@brand.test",
        "two@brand.test",
        "later@brand.test",
        "three@brand.test",
    ];
    for p in people {
        invite(&env, "none:", p)
            .ok()
            .stderr_has("1 email(s) queued (mail transport none)");
    }
    let url = server.url();
    let s = send(&env, &url, &[])
        .code(10)
        .stderr_has(&format!("Delivered 3 of 5 message(s) via {url}."))
        .stderr_has(&format!(
            "error: message 2 to bounce@brand.test: the SMTP server 127.0.0.1:{} answered 550 5.1.1 <bounce@brand.test>: no such mailbox (attempt 1, next after 2026-11-28T09:01:00Z)",
            server.port
        ))
        .stderr_has("error: message 4 to later@brand.test: the SMTP server")
        .error_has("2 emails could not be delivered");
    let j = s.json();
    assert_eq!(j["sent"], 3);
    assert_eq!(j["failed"].as_array().unwrap().len(), 2);
    let later = j["failed"][1]["error"].as_str().unwrap();
    assert!(
        later.contains("answered 451 4.3.0 try again later"),
        "{later}"
    );
    let all = server.messages();
    assert_eq!(all.len(), 3, "{all:#?}");
    for p in ["one@brand.test", "two@brand.test", "three@brand.test"] {
        to(&all, p);
        assert_eq!(mail_row(&env, p), ["sent", "1", ""]);
    }
    assert_eq!(mail_row(&env, "bounce@brand.test")[..2], ["queued", "1"]);
    assert_eq!(mail_row(&env, "later@brand.test")[..2], ["queued", "1"]);
    // The invitations themselves stand.
    assert_eq!(status_of(&env, "bounce@brand.test"), "pending");

    // The second (last) attempt gives up: the messages are marked failed.
    env.now = "2026-11-28T09:02:00Z".into();
    send(&env, &url, &[])
        .code(10)
        .stderr_has("Delivered 0 of 2 message(s)")
        .stderr_has(
            "marked failed after 2 attempt(s); `roster outbox send --retry-failed` tries again",
        );
    assert_eq!(mail_row(&env, "bounce@brand.test")[..2], ["failed", "2"]);
    let failed = run_with(
        &env,
        &url,
        &["outbox", "list", "--state", "failed", "--json"],
    )
    .ok()
    .json();
    assert_eq!(failed.as_array().unwrap().len(), 2, "{failed}");
    // A plain run leaves failed messages alone; --retry-failed queues them again.
    send(&env, &url, &[]).ok().stderr_has("Nothing to send.");
    let before = count(&env, "SELECT count(*) FROM audit", []);
    send(&env, &url, &["--retry-failed"])
        .code(10)
        .stderr_has("Put 2 failed message(s) back in the queue.");
    assert_eq!(mail_row(&env, "bounce@brand.test")[..2], ["queued", "1"]);
    assert_eq!(count(&env, "SELECT count(*) FROM audit", []), before + 1);
    assert_eq!(server.messages().len(), 3);
}

#[test]
fn a_server_that_never_answers_times_out_within_the_timeout() {
    let silent = Silent::start();
    let env = acme();
    write_config(&env, "[mail]\ntimeout = \"1s\"\n");
    let started = Instant::now();
    let r = invite(&env, &silent.url(), "client@brand.test")
        .code(10)
        .stderr_has("did not answer within 1s");
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(900), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert_eq!(r.json()["result"], "created");
    assert_eq!(mail_row(&env, "client@brand.test")[..2], ["queued", "1"]);

    // A run of several messages waits for the server once, not once per message.
    for p in [
        "a@brand.test",
        "b@brand.test",
        "c@brand.test",
        "d@brand.test",
    ] {
        invite(&env, "none:", p).ok();
    }
    let started = Instant::now();
    let s = send(&env, &silent.url(), &["--ignore-backoff"])
        .code(10)
        .stderr_has("Delivered 0 of 5 message(s)");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(4), "{took:?}");
    assert_eq!(s.json()["failed"].as_array().unwrap().len(), 5);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM outbox WHERE state = 'queued' AND last_error LIKE '%did not answer within 1s'",
            []
        ),
        5
    );
    // smtps:// to it is bounded by the same timeout.
    let started = Instant::now();
    invite(
        &env,
        &silent.url().replace("smtp://", "smtps://"),
        "e@brand.test",
    )
    .code(10)
    .stderr_has("did not answer within 1s");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_display_name_cannot_add_a_header() {
    let server = SmtpServer::start();
    let env = acme();
    // The command line refuses such a name ...
    let before = env.dump();
    env.as_(OWNER, &["workspace", "rename", "Acme\r\nX-Injected: yes"])
        .code(6)
        .stderr_has("contains an invisible or control character (U+000D");
    assert_eq!(env.dump(), before);
    // ... and one that got into the database anyway stays inside the subject.
    conn(&env)
        .execute(
            "UPDATE workspaces SET name = ?2 WHERE slug = ?1",
            [
                WS,
                "Acme\r\nBcc: victim@evil.test\r\nX-Injected: yes\nX-Also: yes",
            ],
        )
        .unwrap();
    invite(&env, &server.url(), "client@brand.test").ok();
    let all = server.messages();
    assert_eq!(all.len(), 1, "{all:#?}");
    let m = &all[0];
    assert_eq!(m.rcpt_to, ["client@brand.test"]);
    for (name, _) in &m.headers {
        assert!(
            !["bcc", "x-injected", "x-also"].contains(&name.to_ascii_lowercase().as_str()),
            "{:#?}",
            m.headers
        );
    }
    let subject = m.header("Subject").unwrap();
    assert!(subject.contains("Bcc: victim@evil.test"), "{subject}");
    assert!(
        !subject.contains('\n') && !subject.contains('\r'),
        "{subject}"
    );

    // A sender name with a line break is refused: the change is saved, the mail stays queued.
    write_config(
        &env,
        "[mail]\nfrom = \"Roster\\r\\nX-Injected: yes <roster@acme.test>\"\n",
    );
    invite(&env, &server.url(), "other@brand.test")
        .code(10)
        .error_has("the change was saved, but its email was not sent: mail.from must be one line without control characters")
        .stderr_has("then run `roster outbox send`");
    assert_eq!(status_of(&env, "other@brand.test"), "pending");
    assert_eq!(mail_row(&env, "other@brand.test"), ["queued", "0", ""]);
    // `outbox send` refuses the same settings without touching anything.
    let before = env.dump();
    send(&env, &server.url(), &[])
        .code(6)
        .stderr_has("mail.from must be one line");
    assert_eq!(env.dump(), before);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn two_concurrent_outbox_sends_deliver_each_message_once() {
    let server = SmtpServer::start();
    let env = acme();
    let n = 150;
    {
        let mut store = roster::store::Store::open(&env.db().into()).unwrap();
        let now = roster::domain::parse_ts(crate::support::NOW).unwrap();
        store
            .write(|tx| {
                for i in 0..n {
                    let to = format!("client{i}@brand.test");
                    roster::store::outbox::enqueue(
                        tx,
                        &roster::store::outbox::NewMail {
                            workspace: Some(WS),
                            recipient: &to,
                            subject: "Invitation",
                            body_text: "Hello\n",
                            body_html: Some("<p>Hello</p>"),
                            invitation: None,
                        },
                        now,
                    )?;
                }
                Ok(())
            })
            .unwrap();
    }
    let spawn = || {
        let mut c = env.cmd();
        c.env("ROSTER_MAIL_URL", server.url())
            .args(["--as", OWNER, "outbox", "send", "--json"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        c.spawn().expect("spawn roster")
    };
    let (a, b) = (spawn(), spawn());
    let mut sent = 0;
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let j: Value = serde_json::from_slice(&out.stdout).unwrap();
        sent += j["sent"].as_u64().unwrap();
    }
    assert_eq!(sent, n);
    let all = read_maildir(&server.maildir());
    assert_eq!(all.len(), n as usize);
    let mut rcpts: Vec<String> = all.iter().flat_map(|m| m.rcpt_to.clone()).collect();
    rcpts.sort();
    rcpts.dedup();
    assert_eq!(rcpts.len(), n as usize, "a recipient got two messages");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM outbox WHERE state = 'sent' AND attempts = 1 AND lease_until IS NULL",
            []
        ),
        n as i64
    );
}

#[test]
fn the_smtp_password_is_never_shown_nor_stored() {
    let server = SmtpServer::start();
    let env = acme();
    let url = format!("smtp://ann:s3cret-pw@127.0.0.1:{}", server.port);
    // aiosmtpd offers no login: the attempt fails, and the error names the user only.
    let r = invite(&env, &url, "client@brand.test")
        .code(10)
        .stderr_has("login as ann failed");
    let masked = format!("smtp://ann:****@127.0.0.1:{}", server.port);
    let s = send(&env, &url, &["--ignore-backoff"]).code(10);
    assert_eq!(s.json()["transport"], masked.as_str());
    // From the environment and from a private config file, likewise.
    let mut c = env.cmd();
    c.env(
        "ROSTER_MAIL_URL",
        format!("smtp://ann@127.0.0.1:{}", server.port),
    )
    .env("ROSTER_SMTP_PASSWORD", "s3cret-pw")
    .args([
        "--as",
        OWNER,
        "outbox",
        "send",
        "--ignore-backoff",
        "--json",
    ]);
    let e = TestEnv::run_cmd(c).code(10);
    assert_eq!(e.json()["transport"], masked.as_str());
    for run in [&r, &s, &e] {
        assert!(!run.stdout.contains("s3cret") && !run.stderr.contains("s3cret"));
    }
    assert!(!env.dump().contains("s3cret"));
    assert!(server.messages().is_empty());

    // A password in a config file others may read is refused until the file is private.
    std::fs::write(env.config(), format!("[mail]\nurl = \"{url}\"\n")).unwrap();
    std::fs::set_permissions(env.config(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = env.dump();
    let mut c = env.cmd();
    c.args(["--as", OWNER, "outbox", "send"]);
    TestEnv::run_cmd(c)
        .code(6)
        .stderr_has("holds the SMTP password but others may read it (mode 0644)")
        .stderr_has(&format!("chmod 600 {}", env.config().display()));
    assert_eq!(env.dump(), before);
    std::fs::set_permissions(env.config(), std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut c = env.cmd();
    c.args(["--as", OWNER, "outbox", "send", "--ignore-backoff"]);
    let ok = TestEnv::run_cmd(c)
        .code(10)
        .stderr_has("login as ann failed");
    assert!(!ok.stderr.contains("s3cret"));
    // Rewriting the config (workspace use) keeps it private.
    env.as_(OWNER, &["workspace", "use", WS]).ok();
    let mode = std::fs::metadata(env.config())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(!env.dump().contains("s3cret"));
}

#[test]
fn starttls_required_sends_nothing_to_a_plain_server() {
    let server = SmtpServer::start();
    let env = acme();
    let url = format!("smtp+starttls://127.0.0.1:{}", server.port);
    invite(&env, &url, "client@brand.test")
        .code(10)
        .stderr_has(&format!(
            "the SMTP server 127.0.0.1:{} does not offer STARTTLS, which smtp+starttls:// requires; nothing was sent",
            server.port
        ));
    assert!(server.messages().is_empty());
    assert_eq!(mail_row(&env, "client@brand.test")[..2], ["queued", "1"]);
}

#[test]
fn bad_mail_settings_are_refused_with_the_fix() {
    let env = acme();
    let before = env.dump();
    // outbox send changes nothing and names the problem (exit 6).
    for (url, needle) in [
        (
            "http://mail.example.test",
            "the scheme 'http:' is not supported",
        ),
        ("smtp://ann:pw@127.0.0.1:0", "'0' is not a port"),
        ("smtp://127.0.0.1:25/path", "has a path or query"),
    ] {
        let r = send(&env, url, &[]).code(6).stderr_has(needle);
        assert!(!r.stderr.contains(":pw@"), "{}", r.stderr);
        assert_eq!(env.dump(), before);
    }
    let mut c = env.cmd();
    c.env("ROSTER_MAIL_URL", "smtp://127.0.0.1:2525")
        .env("ROSTER_SMTP_PASSWORD", "x")
        .args(["--as", OWNER, "outbox", "send"]);
    TestEnv::run_cmd(c)
        .code(6)
        .stderr_has("ROSTER_SMTP_PASSWORD is set, but ROSTER_MAIL_URL names no user");
    write_config(&env, "[mail]\ntimeout = \"soon\"\n");
    env.as_(OWNER, &["outbox", "list"])
        .code(6)
        .stderr_has("mail.timeout: 'soon' is not a duration");
    write_config(&env, "[mail]\nmax_attempts = 0\n");
    env.as_(OWNER, &["outbox", "list"])
        .code(6)
        .stderr_has("must be at least 1");
    // With none:, outbox send says where the messages stay (exit 10).
    write_config(&env, "");
    invite(&env, "none:", "client@brand.test").ok();
    send(&env, "none:", &[])
        .code(10)
        .error_has("the mail transport is none:, so 1 due message(s) stay queued")
        .error_hint_has("set [mail] url");
    assert_eq!(mail_row(&env, "client@brand.test"), ["queued", "0", ""]);
}

#[test]
fn max_per_minute_holds_the_rest_back() {
    let server = SmtpServer::start();
    let mut env = acme();
    write_config(&env, "[mail]\nmax_per_minute = 2\n");
    for p in ["a@brand.test", "b@brand.test", "c@brand.test"] {
        invite(&env, "none:", p).ok();
    }
    send(&env, &server.url(), &[])
        .ok()
        .stderr_has("Delivered 2 of 2 message(s)")
        .stderr_has("1 message(s) held back: mail.max_per_minute (2) was reached");
    assert_eq!(server.messages().len(), 2);
    invite(&env, &server.url(), "d@brand.test")
        .ok()
        .stderr_has("1 email(s) queued: mail.max_per_minute was reached");
    env.now = "2026-11-28T09:01:00Z".into();
    send(&env, &server.url(), &[])
        .ok()
        .stderr_has("Delivered 2 of 2 message(s)");
    assert_eq!(server.messages().len(), 4);
}

#[test]
fn a_server_that_hangs_up_after_each_message_gets_every_message_once() {
    use std::sync::atomic::Ordering;
    let server = crate::smtp_server::OneShot::start();
    let env = acme();
    for p in ["a@brand.test", "b@brand.test", "c@brand.test"] {
        invite(&env, "none:", p).ok();
    }
    // The reused connection is found closed before MAIL: the message goes on a new one, with
    // no failed attempt recorded.
    send(&env, &server.url(), &[])
        .ok()
        .stderr_has("Delivered 3 of 3 message(s)");
    assert_eq!(server.accepted.load(Ordering::SeqCst), 3);
    assert_eq!(server.connections.load(Ordering::SeqCst), 3);
    for p in ["a@brand.test", "b@brand.test", "c@brand.test"] {
        assert_eq!(mail_row(&env, p), ["sent", "1", ""]);
    }
}

#[test]
fn a_closed_invitation_takes_its_unsent_email_with_it() {
    let env = acme();
    invite(&env, "none:", "client@brand.test").ok();
    // A resend supersedes the first email; a revoke takes the second.
    run_with(&env, "none:", &["invite", "resend", "client@brand.test"]).ok();
    let queued = env
        .as_(OWNER, &["outbox", "list", "--state", "queued", "--json"])
        .ok()
        .json();
    assert_eq!(
        queued.as_array().unwrap().len(),
        1,
        "only the resent email is left: {queued}"
    );
    env.as_(OWNER, &["invite", "revoke", "client@brand.test", "--yes"])
        .ok();
    let queued = env
        .as_(OWNER, &["outbox", "list", "--state", "queued", "--json"])
        .ok();
    assert_eq!(
        queued.stdout.trim(),
        "[]",
        "a revoked invitation is never emailed"
    );
    // With nothing queued, a none: transport is not an error.
    send(&env, "none:", &[]).ok();
}

#[test]
fn a_password_with_url_characters_is_still_masked() {
    let env = acme();
    let r = run_with(
        &env,
        "smtp://ann:pa/ss?x#y@127.0.0.1:9",
        &["outbox", "send"],
    );
    assert!(
        !r.stderr.contains("pa/ss") && !r.stdout.contains("pa/ss"),
        "{r:?}"
    );
}

#[test]
fn a_message_whose_lease_passed_to_another_run_is_not_sent_again() {
    // Run A claims a message, is paused past its lease; run B claims it. A must not send it:
    // its lease renewal (done right before each send) fails.
    let env = acme();
    invite(&env, "none:", "client@brand.test").ok();
    let mut store = roster::store::Store::open(&env.db().into()).unwrap();
    let t = |s: &str| roster::domain::parse_ts(s).unwrap();
    let id = store
        .write(|tx| Ok(roster::store::outbox::list(tx, WS, Some("queued"))?[0].id))
        .unwrap();
    let a_lease = t("2026-11-28T09:05:00Z");
    let a = store
        .write(|tx| roster::store::outbox::claim_ids(tx, &[id], t(crate::support::NOW), a_lease))
        .unwrap();
    assert_eq!(a.len(), 1);
    // B comes after A's lease ran out.
    let b = store
        .write(|tx| {
            roster::store::outbox::claim_ids(
                tx,
                &[id],
                t("2026-11-28T09:06:00Z"),
                t("2026-11-28T09:10:00Z"),
            )
        })
        .unwrap();
    assert_eq!(b.len(), 1, "the expired lease was taken over");
    let still_a = store
        .write(|tx| roster::store::outbox::renew_lease(tx, id, a_lease, t("2026-11-28T09:11:00Z")))
        .unwrap();
    assert!(!still_a, "A lost the message and must leave it to B");
    let still_b = store
        .write(|tx| {
            roster::store::outbox::renew_lease(
                tx,
                id,
                t("2026-11-28T09:10:00Z"),
                t("2026-11-28T09:11:00Z"),
            )
        })
        .unwrap();
    assert!(still_b);
}
