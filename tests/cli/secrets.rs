//! Issue 13, secrets at rest: a scripted run through invitations (emailed, queued, not
//! emailed), 2FA (enrol, verify, disable, reset) and SMTP with a password, then a search of the
//! database file, its WAL, the audit log, every `--json` output and every `.eml` for each
//! token, TOTP secret, session token and password. Each may appear only where it must be shown
//! once: the token in `--no-email` output or in the email that delivers it, the secret in the
//! output of `2fa enroll`.

use crate::fixtures::{WS, acme, emails, join, token, token_in};
use crate::support::{OWNER, TestEnv, ZERO_SECRET};
use crate::twofa::oathtool;

const PASSWORD: &str = "s3cret-Smtp-Passw0rd";

fn base32_decode(s: &str) -> Vec<u8> {
    let mut bits = 0u64;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.trim_end_matches('=').chars() {
        let v = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".find(c).unwrap() as u64;
        bits = (bits << 5) | v;
        n += 5;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Every `inv_` + 48 hex digits in `text`.
fn tokens_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("inv_") {
        let t: String = rest[i..].chars().take(52).collect();
        if t.len() == 52 && t[4..].chars().all(|c| c.is_ascii_hexdigit()) {
            out.push(t);
        }
        rest = &rest[i + 4..];
    }
    out
}

struct Outputs(Vec<(String, String)>);

impl Outputs {
    fn run(&mut self, env: &TestEnv, who: &str, args: &[&str]) -> crate::support::Run {
        let r = env.as_(who, args);
        self.0
            .push((args.join(" "), format!("{}\n{}", r.stdout, r.stderr)));
        r
    }
}

#[test]
fn no_token_secret_session_or_password_is_recoverable() {
    let mut env = acme();
    let mut out = Outputs(Vec::new());
    let cfg = |env: &TestEnv, text: &str| std::fs::write(env.config(), text).unwrap();

    // 1. Emailed invitations that stay queued (transport none:): no token anywhere.
    cfg(&env, "[mail]\nurl = \"none:\"\n");
    let queued = out
        .run(
            &env,
            OWNER,
            &[
                "member",
                "invite",
                "queued@brand.test",
                "--role",
                "client",
                "--json",
            ],
        )
        .ok();
    assert!(queued.json().get("token").is_none(), "{}", queued.stdout);
    assert!(tokens_in(&queued.stdout).is_empty());
    // 2. Not emailed: the token is shown once, by the command.
    let shown = out
        .run(
            &env,
            OWNER,
            &[
                "member",
                "invite",
                "shown@brand.test",
                "--role",
                "client",
                "--no-email",
                "--json",
            ],
        )
        .ok();
    let shown_token = token(&shown.json());
    // 3. An SMTP server that is down, with a password in the URL: the mail stays queued.
    cfg(
        &env,
        &format!("[mail]\nurl = \"smtp://roster:{PASSWORD}@127.0.0.1:9\"\ntimeout = \"1s\"\n"),
    );
    let r = out.run(
        &env,
        OWNER,
        &[
            "member",
            "invite",
            "smtp@brand.test",
            "--role",
            "editor",
            "--json",
        ],
    );
    assert_eq!(r.code, 10, "{r:?}");
    // 4. The file transport delivers everything queued: each email carries a fresh token.
    cfg(&env, "");
    env.now = "2026-11-28T10:00:00Z".into();
    out.run(&env, OWNER, &["outbox", "send", "--json"]).ok();
    // Each email carries its token twice: in the accept and in the decline command.
    let mut delivered: Vec<String> = emails(&env)
        .iter()
        .flat_map(|e| tokens_in(&e.text))
        .collect();
    delivered.sort();
    delivered.dedup();
    assert_eq!(
        delivered.len(),
        2,
        "queued@ and smtp@ got their tokens: {delivered:?}"
    );
    // Each delivered token works; so does the one shown.
    let queued_token =
        token_in(&crate::fixtures::email_to(&emails(&env), "queued@brand.test").text);
    out.run(
        &env,
        "queued@brand.test",
        &["invite", "accept", WS, "--token", &queued_token, "--json"],
    )
    .ok();
    out.run(
        &env,
        "shown@brand.test",
        &["invite", "accept", WS, "--token", &shown_token, "--json"],
    )
    .ok();
    // A resend mints another; the older one stops working.
    let smtp_first = token_in(&crate::fixtures::email_to(&emails(&env), "smtp@brand.test").text);
    let resent = out
        .run(
            &env,
            OWNER,
            &["invite", "resend", "smtp@brand.test", "--json"],
        )
        .ok();
    let smtp_second = token(&resent.json());
    assert_ne!(smtp_first, smtp_second);
    out.run(
        &env,
        "smtp@brand.test",
        &["invite", "accept", WS, "--token", &smtp_first],
    )
    .code(7);

    // 5. 2FA: a real enrolment, a verified session, then disable; a reset of another member.
    let enrolled = out.run(&env, OWNER, &["2fa", "enroll", "--json"]).ok();
    let secret = enrolled.json()["secret"].as_str().unwrap().to_string();
    let code = oathtool(&secret, &env.now);
    out.run(&env, OWNER, &["2fa", "verify", &code, "--json"])
        .ok();
    let session_dir = env.session_file(OWNER).parent().unwrap().to_path_buf();
    let session_tokens: Vec<String> = std::fs::read_dir(&session_dir)
        .unwrap()
        .map(|f| {
            std::fs::read_to_string(f.unwrap().path())
                .unwrap()
                .trim()
                .to_string()
        })
        .collect();
    assert!(!session_tokens.is_empty());
    env.now = "2026-11-28T10:01:00Z".into();
    let code = oathtool(&secret, &env.now);
    out.run(&env, OWNER, &["2fa", "disable", "--otp", &code, "--json"])
        .ok();
    join(&env, OWNER, "ed@acme.test", "editor", &["--no-email"]);
    env.enroll("ed@acme.test");
    out.run(
        &env,
        OWNER,
        &["2fa", "reset", "ed@acme.test", "--yes", "--json"],
    )
    .ok();
    out.run(&env, OWNER, &["audit", "list", "--json"]).ok();
    out.run(&env, OWNER, &["outbox", "list", "--json"]).ok();
    out.run(&env, OWNER, &["member", "list", "--json"]).ok();

    // The search: the file and its WAL, or every value a server database holds.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    match env.sqlite_file() {
        Some(db) => {
            for suffix in ["", "-wal"] {
                let mut p = db.clone().into_os_string();
                p.push(suffix);
                if let Ok(b) = std::fs::read(&p) {
                    files.push((p.to_string_lossy().into_owned(), b));
                }
            }
        }
        None => files.push(("the server database".into(), env.conn().raw_content())),
    }
    assert!(!files.is_empty());
    let all_tokens: Vec<String> = [
        shown_token.clone(),
        queued_token,
        smtp_first,
        smtp_second.clone(),
    ]
    .into_iter()
    .chain(delivered)
    .collect();
    let secret_raw = base32_decode(&secret);
    let mut secrets: Vec<(&str, Vec<u8>)> = vec![
        ("the TOTP secret (base32)", secret.clone().into_bytes()),
        ("the TOTP secret (raw)", secret_raw),
        (
            "the zero TOTP secret (base32)",
            ZERO_SECRET.as_bytes().to_vec(),
        ),
        ("the SMTP password", PASSWORD.as_bytes().to_vec()),
    ];
    for t in &all_tokens {
        secrets.push(("an invitation token", t.clone().into_bytes()));
    }
    for t in &session_tokens {
        secrets.push(("a session token", t.clone().into_bytes()));
    }
    for (name, bytes) in &files {
        for (what, s) in &secrets {
            assert!(!contains(bytes, s), "{what} is in {name}");
        }
        assert!(
            tokens_in(&String::from_utf8_lossy(bytes)).is_empty(),
            "a token-shaped string is in {name}"
        );
    }
    for (cmd, text) in &out.0 {
        for (what, s) in &secrets {
            let allowed = (cmd.contains("--no-email") && s == shown_token.as_bytes())
                || (cmd.starts_with("invite resend") && s == smtp_second.as_bytes())
                || (cmd.starts_with("2fa enroll") && what.starts_with("the TOTP secret"))
                || (cmd.starts_with("invite accept") && what == &"an invitation token");
            if !allowed {
                assert!(
                    !contains(text.as_bytes(), s),
                    "{what} is in the output of `{cmd}`"
                );
            }
        }
    }
    for e in emails(&env) {
        let raw = std::fs::read(&e.file).unwrap_or_else(|_| e.text.clone().into_bytes());
        for (what, s) in &secrets {
            if what != &"an invitation token" {
                assert!(!contains(&raw, s), "{what} is in {}", e.file);
            }
        }
    }
}
