//! `roster 2fa …` and 2FA enforcement (SPEC §5). Every expected code comes from an independent
//! implementation, Debian's `oathtool`, at the clock fixed by `ROSTER_NOW`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use roster::domain::{MemberStatus, Role, format_ts, parse_ts};

use crate::support::{NOW, OWNER, TestEnv, ZERO_SECRET};
use crate::tty::Term;

const ADMIN: &str = "admin@acme.test";
const EDITOR: &str = "ed@acme.test";
const CLIENT: &str = "client@brand.test";

/// The TOTP code of a base32 secret at an RFC 3339 time, as oathtool computes it.
pub fn oathtool(secret: &str, at: &str) -> String {
    let when = at.replace('T', " ").replace('Z', " UTC");
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret, "--now", &when])
        .output()
        .expect("these tests need oathtool: apt-get install oathtool");
    assert!(
        out.status.success(),
        "oathtool failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(code.len(), 6, "{code}");
    code
}

/// `t` moved by `secs` seconds.
pub fn shift(t: &str, secs: i64) -> String {
    format_ts(parse_ts(t).unwrap() + time::Duration::seconds(secs))
}

/// A 6-digit code that is not valid at `at`, even with a step of skew.
pub fn wrong_code(secret: &str, at: &str) -> String {
    let valid: Vec<String> = [-30, 0, 30]
        .iter()
        .map(|d| oathtool(secret, &shift(at, *d)))
        .collect();
    ["000000", "111111", "222222", "333333"]
        .iter()
        .find(|c| !valid.contains(&c.to_string()))
        .unwrap()
        .to_string()
}

pub struct Enrolled {
    pub secret: String,
    pub recovery: Vec<String>,
}

/// Enrol `who` the scripted way: `enroll --json`, then `verify` with oathtool's code at
/// `env.now` (which uses up that step). The session it starts is ended, as on another machine.
pub fn enrol(env: &TestEnv, who: &str) -> Enrolled {
    let j = env.as_(who, &["2fa", "enroll", "--json"]).ok().json();
    let secret = j["secret"].as_str().unwrap().to_string();
    let code = oathtool(&secret, &env.now);
    let v = env
        .as_(who, &["2fa", "verify", &code, "--json"])
        .ok()
        .json();
    let recovery = v["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    end_session(env, who);
    Enrolled { secret, recovery }
}

fn session_file(env: &TestEnv, who: &str) -> PathBuf {
    env.session_file(who)
}

fn end_session(env: &TestEnv, who: &str) {
    std::fs::remove_file(session_file(env, who)).unwrap();
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The failure counter and lock of a user, straight from the database.
fn counters(env: &TestEnv, who: &str) -> (i64, Option<String>) {
    let r = env.conn().rows(
        "SELECT failed_attempts, locked_until FROM totp JOIN users u ON u.id = user_id WHERE u.email = ?1",
        [who],
    );
    let [attempts, locked] = <[Option<String>; 2]>::try_from(r[0].clone()).unwrap();
    (attempts.unwrap().parse().unwrap(), locked)
}

/// The dump without the totp table, whose failure counter a refused code is allowed to change.
fn dump_but_counters(env: &TestEnv) -> String {
    let d = env.dump();
    let start = d.find("## totp\n").expect("totp table");
    let end = d[start + 1..]
        .find("## ")
        .map(|i| start + 1 + i)
        .unwrap_or(d.len());
    format!("{}{}", &d[..start], &d[end..])
}

/// Acme, owned by OWNER, who enrolled (for real) and requires 2FA of everyone.
fn acme_requiring_2fa(env: &TestEnv) -> Enrolled {
    env.workspace("Acme", "acme");
    let e = enrol(env, OWNER);
    // The code of this step was used by `verify`; the next step's code turns it on.
    let code = oathtool(&e.secret, &shift(&env.now, 30));
    env.as_(
        OWNER,
        &[
            "workspace",
            "settings",
            "--require-2fa",
            "on",
            "--otp",
            &code,
        ],
    )
    .ok();
    e
}

#[test]
fn scripted_enrolment_pending_then_verified() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "none");
    assert_eq!(s["enrolled"], false);

    let j = env.as_(OWNER, &["2fa", "enroll", "--json"]).ok().json();
    let first = j["secret"].as_str().unwrap().to_string();
    assert_eq!(first.len(), 32, "160 bits in base32: {first}");
    assert_eq!(
        j["otpauth_url"],
        format!("otpauth://totp/roster:owner%40acme.test?secret={first}&issuer=roster")
    );
    // Pending: not enforced, and shown as such.
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "pending");
    assert_eq!(s["enrolled"], false);
    env.as_(OWNER, &["workspace", "show"]).ok();

    // A pending enrolment can be restarted: a new secret, the old one no longer counts.
    let r = env.as_(OWNER, &["2fa", "enroll"]).ok();
    assert!(
        r.stderr.contains("Enrolment pending for owner@acme.test"),
        "{}",
        r.stderr
    );
    let second = r
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("secret:"))
        .unwrap()
        .trim()
        .to_string();
    assert_ne!(first, second);
    let stale = oathtool(&first, NOW);
    assert_ne!(stale, oathtool(&second, NOW));
    // A wrong code counts towards the lockout, as for an enrolled user (and changes nothing else).
    env.as_(OWNER, &["2fa", "verify", &stale])
        .code(7)
        .stderr_has("wrong code: it does not match the pending enrolment of owner@acme.test (1 of 5 failed attempts");
    let before = env.dump();
    env.as_(OWNER, &["2fa", "verify", "12345"])
        .code(6)
        .stderr_has("malformed two-factor code");
    assert_eq!(env.dump(), before);

    let code = oathtool(&second, NOW);
    let v = env
        .as_(OWNER, &["2fa", "verify", &code, "--json"])
        .ok()
        .json();
    assert_eq!(v["enrolled"], true);
    assert_eq!(v["session_expires_at"], "2026-11-28T21:00:00Z");
    let codes: Vec<String> = v["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10);
    for c in &codes {
        assert!(
            c.len() == 11
                && c.as_bytes()[5] == b'-'
                && c.chars().all(|ch| ch == '-' || ch.is_ascii_alphanumeric()),
            "{c}"
        );
    }
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 10);

    // The session file and the database are the owner's alone.
    let session = session_file(&env, OWNER);
    assert_eq!(mode(&session), 0o600);
    assert_eq!(mode(session.parent().unwrap()), 0o700);
    if let Some(db) = env.sqlite_file() {
        assert_eq!(mode(&db), 0o600);
    }
    let token = std::fs::read_to_string(&session)
        .unwrap()
        .trim()
        .to_string();
    assert!(token.len() >= 64, "{token}");

    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "enrolled");
    assert_eq!(s["recovery_codes_left"], 10);
    assert_eq!(s["session_expires_at"], "2026-11-28T21:00:00Z");

    // Enrolling again is a conflict, and changes nothing.
    let before = env.dump();
    env.as_(OWNER, &["2fa", "enroll", "--json"])
        .code(5)
        .stderr_has("owner@acme.test is already enrolled in two-factor authentication");
    assert_eq!(env.dump(), before);

    // Secrets never show again: not in the database (hashes only), the audit log, nor in the
    // JSON of other commands.
    let dump = env.dump();
    for c in &codes {
        assert!(!dump.contains(c.as_str()) && !dump.contains(&c.replace('-', "")));
    }
    assert!(!dump.contains(&token));
    assert!(!dump.contains(&second));
    for args in [
        &["audit", "list", "--json"][..],
        &["member", "list", "--json"],
        &["member", "show", OWNER, "--json"],
        &["me", "--json"],
        &["workspace", "show", "--json"],
        &["2fa", "status", "--json"],
        &["2fa", "recovery-codes", "--json"],
    ] {
        let out = env.as_(OWNER, args).ok();
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(!all.contains(&second), "{args:?} shows the secret");
        assert!(!all.contains(&token), "{args:?} shows the session token");
        assert!(!all.contains(&code), "{args:?} shows the code");
        for c in &codes {
            assert!(!all.contains(c.as_str()), "{args:?} shows a recovery code");
        }
    }
    let audit = env.as_(OWNER, &["audit", "list", "--json"]).ok().json();
    assert!(audit.as_array().is_some());
}

#[test]
fn codes_are_checked_against_oathtool_with_one_step_of_skew() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);
    // `verify` at NOW and `settings` at NOW+30 used those steps; go on a minute.
    env.now = shift(NOW, 90);
    let early = oathtool(&e.secret, &shift(&env.now, -30));
    env.as_(OWNER, &["-w", "acme", "workspace", "show", "--otp", &early])
        .ok();
    env.now = shift(NOW, 180);
    let late = oathtool(&e.secret, &shift(&env.now, 30));
    env.as_(OWNER, &["workspace", "show", "--otp", &late]).ok();
    // Two steps away is too far.
    env.now = shift(NOW, 300);
    let far = oathtool(&e.secret, &shift(&env.now, 60));
    if far != oathtool(&e.secret, &env.now) && far != oathtool(&e.secret, &shift(&env.now, 30)) {
        env.as_(OWNER, &["workspace", "show", "--otp", &far])
            .code(7)
            .stderr_has("wrong two-factor code for owner@acme.test");
    }
    // ROSTER_OTP works like --otp.
    env.now = shift(NOW, 400);
    let mut c = env.cmd();
    c.env("ROSTER_OTP", oathtool(&e.secret, &env.now)).args([
        "--as",
        OWNER,
        "workspace",
        "show",
        "--json",
    ]);
    let r = TestEnv::run_cmd(c).ok();
    assert_eq!(r.json()["slug"], "acme");
}

#[test]
fn enforcement_wrong_reused_malformed_and_missing_codes() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);

    // No code and no session: refused, with the ways to give one.
    let before = env.dump();
    env.as_(OWNER, &["workspace", "show"])
        .code(7)
        .stderr_has(
            "two-factor authentication is required in acme (the workspace requires it): no code given",
        )
        .stderr_has("hint: pass --otp CODE (or set ROSTER_OTP), or start a session: `roster 2fa verify CODE`");
    // A malformed code is invalid input, not a failed attempt: nothing is recorded.
    for bad in ["12345", "1234567", "abcdef", "12-34-56"] {
        env.as_(OWNER, &["workspace", "show", "--otp", bad])
            .code(6)
            .stderr_has("malformed two-factor code");
    }
    let r = env
        .as_(OWNER, &["--json", "workspace", "show", "--otp", "12345"])
        .code(6);
    assert_eq!(r.json_err()["error"]["code"], "invalid");
    assert_eq!(env.dump(), before);

    // The same code twice: the second time it is refused, and counted as a failure.
    env.now = shift(NOW, 60);
    let code = oathtool(&e.secret, &env.now);
    let before = env.dump();
    env.as_(OWNER, &["workspace", "rename", "Acme Two", "--otp", &code])
        .ok();
    let renamed = env.dump();
    assert_ne!(renamed, before);
    env.as_(
        OWNER,
        &["workspace", "rename", "Acme Three", "--otp", &code],
    )
    .code(7)
    .stderr_has("this two-factor code was already used");
    // A replay is refused but not counted: it can never succeed, so it teaches a guesser
    // nothing, and an exported ROSTER_OTP must not lock its user out.
    assert_eq!(env.dump(), renamed);
    assert_eq!(counters(&env, OWNER), (0, None));

    // A wrong code: refused and counted; the command changed nothing else.
    let bad = wrong_code(&e.secret, &env.now);
    let r = env
        .as_(
            OWNER,
            &["--json", "workspace", "rename", "X", "--otp", &bad],
        )
        .code(7);
    let err = r.json_err();
    assert_eq!(err["error"]["code"], "auth");
    assert_eq!(err["error"]["exit_code"], 7);
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("wrong two-factor code for owner@acme.test (1 of 5"),
        "{err}"
    );
    assert_eq!(dump_but_counters(&env), dump_but_counters_of(&renamed));
    assert_eq!(counters(&env, OWNER), (1, None));

    // A good code clears the failures.
    env.now = shift(NOW, 90);
    env.as_(
        OWNER,
        &["workspace", "show", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .ok();
    assert_eq!(counters(&env, OWNER), (0, None));
}

fn dump_but_counters_of(dump: &str) -> String {
    let start = dump.find("## totp\n").unwrap();
    let end = dump[start + 1..]
        .find("## ")
        .map(|i| start + 1 + i)
        .unwrap_or(dump.len());
    format!("{}{}", &dump[..start], &dump[end..])
}

#[test]
fn five_failures_lock_the_user_for_fifteen_minutes() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);
    env.now = shift(NOW, 60);
    let bad = wrong_code(&e.secret, &env.now);
    let before = dump_but_counters(&env);
    for n in 1..=4 {
        env.as_(OWNER, &["workspace", "show", "--otp", &bad])
            .code(7)
            .stderr_has(&format!("({n} of 5 failed attempts"));
    }
    env.as_(OWNER, &["workspace", "show", "--otp", &bad])
        .code(7)
        .stderr_has("wrong two-factor code for owner@acme.test: 5 failed attempts in a row, so owner@acme.test is locked out for 15 minutes (until 2026-11-28T09:16:00Z)");
    assert_eq!(dump_but_counters(&env), before);
    assert_eq!(
        counters(&env, OWNER),
        (5, Some("2026-11-28T09:16:00Z".into()))
    );

    // The sixth attempt is refused while locked, even with the right code, and not counted.
    let locked = env.dump();
    let good = oathtool(&e.secret, &env.now);
    env.as_(OWNER, &["workspace", "show", "--otp", &good])
        .code(7)
        .stderr_has("too many failed two-factor codes: owner@acme.test is locked out for another 15 minutes (until 2026-11-28T09:16:00Z)");
    assert_eq!(env.dump(), locked);
    env.now = shift(NOW, 60 + 5 * 60 + 20);
    env.as_(
        OWNER,
        &["workspace", "show", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .code(7)
    .stderr_has("locked out for another 10 minutes");
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["locked_until"], "2026-11-28T09:16:00Z");
    assert_eq!(env.dump(), locked);

    // When the lock ends, a good code works again and clears the count.
    env.now = "2026-11-28T09:16:00Z".into();
    env.as_(
        OWNER,
        &["workspace", "show", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .ok();
    assert_eq!(counters(&env, OWNER), (0, None));
}

#[test]
fn a_recovery_code_works_once() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);
    let code = &e.recovery[0];
    env.as_(OWNER, &["workspace", "show", "--otp", code]).ok();
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["recovery_codes_left"], 9);
    let before = dump_but_counters(&env);
    env.as_(OWNER, &["workspace", "show", "--otp", code])
        .code(7)
        .stderr_has("this recovery code was already used (at 2026-11-28T09:00:00Z); each recovery code works once");
    // Typed in capitals, without the dash: the same code, still used.
    env.as_(
        OWNER,
        &[
            "workspace",
            "show",
            "--otp",
            &code.replace('-', "").to_uppercase(),
        ],
    )
    .code(7)
    .stderr_has("already used");
    env.as_(OWNER, &["workspace", "show", "--otp", "abcde-fghjk"])
        .code(7)
        .stderr_has("wrong recovery code for owner@acme.test");
    assert_eq!(dump_but_counters(&env), before);
    // The used recovery code was refused twice without counting; the wrong one counted.
    assert_eq!(counters(&env, OWNER).0, 1);
    // Another one works, in capitals too.
    env.as_(
        OWNER,
        &["workspace", "show", "--otp", &e.recovery[1].to_uppercase()],
    )
    .ok();

    // A new set needs a fresh code; a session is not enough.
    env.now = shift(NOW, 60);
    let r = env
        .as_(OWNER, &["2fa", "recovery-codes", "--json"])
        .ok()
        .json();
    assert_eq!(r["recovery_codes_left"], 8);
    let before = env.dump();
    env.as_(OWNER, &["2fa", "recovery-codes", "--regenerate"])
        .code(7)
        .stderr_has(
            "a new set of recovery codes needs a fresh two-factor code from owner@acme.test",
        );
    assert_eq!(env.dump(), before);
    let fresh = env
        .as_(
            OWNER,
            &[
                "2fa",
                "recovery-codes",
                "--regenerate",
                "--json",
                "--otp",
                &oathtool(&e.secret, &env.now),
            ],
        )
        .ok()
        .json();
    assert_eq!(fresh["recovery_codes"].as_array().unwrap().len(), 10);
    env.as_(OWNER, &["workspace", "show", "--otp", &e.recovery[2]])
        .code(7)
        .stderr_has("wrong recovery code");
    let new = fresh["recovery_codes"][0].as_str().unwrap();
    env.as_(OWNER, &["workspace", "show", "--otp", new]).ok();
}

#[test]
fn a_session_lasts_twelve_hours() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);
    env.now = shift(NOW, 60);
    let v = env
        .as_(
            OWNER,
            &["2fa", "verify", &oathtool(&e.secret, &env.now), "--json"],
        )
        .ok()
        .json();
    assert_eq!(v["session_expires_at"], "2026-11-28T21:01:00Z");
    assert!(v.get("recovery_codes").is_none());
    assert_eq!(mode(&session_file(&env, OWNER)), 0o600);
    if let Some(db) = env.sqlite_file() {
        assert_eq!(mode(&db), 0o600);
    }

    // No code needed while it lasts.
    env.now = "2026-11-28T21:00:59Z".into();
    env.as_(OWNER, &["workspace", "show"]).ok();
    // Expired: refused, saying so, and nothing changes.
    env.now = "2026-11-28T21:01:00Z".into();
    let before = env.dump();
    env.as_(OWNER, &["workspace", "show"])
        .code(7)
        .stderr_has("your two-factor session expired at 2026-11-28T21:01:00Z; acme requires a code (the workspace requires it)")
        .stderr_has("roster 2fa verify CODE");
    assert_eq!(env.dump(), before);
    // A code still works, and so does a new session.
    env.as_(
        OWNER,
        &["workspace", "show", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .ok();
    env.now = shift("2026-11-28T21:01:00Z", 30);
    env.as_(OWNER, &["2fa", "verify", &oathtool(&e.secret, &env.now)])
        .ok()
        .stderr_has("a session runs until 2026-11-29T09:01:30Z");
    env.as_(OWNER, &["workspace", "show"]).ok();
}

#[test]
fn not_enrolled_where_required_is_refused_with_a_hint() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", CLIENT, Role::Client, MemberStatus::Active);
    env.as_(OWNER, &["member", "update", CLIENT, "--require-2fa"])
        .ok();
    let before = env.dump();
    env.as_(CLIENT, &["account", "list"])
        .code(7)
        .stderr_has("two-factor authentication is required in acme (your membership requires it) and client@brand.test has not enrolled")
        .stderr_has("hint: enrol first: `roster 2fa enroll`");
    assert_eq!(env.dump(), before);
    // A pending enrolment does not count yet.
    env.as_(CLIENT, &["2fa", "enroll", "--json"]).ok();
    env.as_(CLIENT, &["account", "list"])
        .code(7)
        .stderr_has("has not enrolled");
    let s = env.as_(CLIENT, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(
        s["required_by"],
        serde_json::json!([{"workspace": "acme", "by": "membership"}])
    );
}

#[test]
fn member_list_shows_who_is_missing_2fa() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", EDITOR, Role::Editor, MemberStatus::Active);
    env.add_member("acme", CLIENT, Role::Client, MemberStatus::Active);
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    env.as_(OWNER, &["member", "update", CLIENT, "--require-2fa"])
        .ok();
    env.as_(OWNER, &["member", "update", EDITOR, "--require-2fa"])
        .ok();
    env.enroll(EDITOR);
    let missing = env
        .as_(OWNER, &["member", "list", "--2fa", "missing", "--json"])
        .ok()
        .json();
    let emails: Vec<&str> = missing
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, [CLIENT]);
    let table = env.as_(OWNER, &["member", "list", "--2fa", "missing"]).ok();
    assert!(
        table.stdout.contains("required, not enrolled"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains(EDITOR), "{}", table.stdout);
    let enrolled = env
        .as_(OWNER, &["member", "list", "--2fa", "enrolled", "--json"])
        .ok()
        .json();
    assert_eq!(enrolled.as_array().unwrap().len(), 1);
    assert_eq!(enrolled[0]["email"], EDITOR);
    // A workspace requirement makes everyone required.
    env.enroll(OWNER);
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "on"])
        .ok();
    let missing = env
        .as_(OWNER, &["member", "list", "--2fa", "missing", "--json"])
        .ok()
        .json();
    let emails: Vec<&str> = missing
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, [ADMIN, CLIENT]);
    env.as_(OWNER, &["member", "list", "--2fa", "nobody"])
        .code(2)
        .stderr_has("invalid value 'nobody'");
}

#[test]
fn disable_is_refused_while_required() {
    let mut env = TestEnv::new();
    let e = acme_requiring_2fa(&env);
    env.now = shift(NOW, 60);
    let before = env.dump();
    env.as_(
        OWNER,
        &["2fa", "disable", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .code(3)
    .stderr_has("cannot turn off two-factor authentication for owner@acme.test: required in acme (the workspace requires it)")
    .stderr_has("hint: only whoever requires it can lift it");
    assert_eq!(env.dump(), before);

    // Lifted by the owner, it can be turned off, with a fresh code only.
    env.as_(
        OWNER,
        &[
            "workspace",
            "settings",
            "--require-2fa",
            "off",
            "--otp",
            &oathtool(&e.secret, &env.now),
        ],
    )
    .ok();
    env.now = shift(NOW, 90);
    env.as_(OWNER, &["2fa", "verify", &oathtool(&e.secret, &env.now)])
        .ok();
    let before = env.dump();
    env.as_(OWNER, &["2fa", "disable"]).code(7).stderr_has(
        "turning off two-factor authentication needs a fresh two-factor code from owner@acme.test",
    );
    assert_eq!(env.dump(), before);
    env.now = shift(NOW, 120);
    env.as_(
        OWNER,
        &["2fa", "disable", "--otp", &oathtool(&e.secret, &env.now)],
    )
    .ok()
    .stderr_has("Two-factor authentication is off for owner@acme.test");
    assert!(!session_file(&env, OWNER).exists());
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "none");
    let mut conn = env.conn();
    for table in ["totp", "recovery_codes", "sessions"] {
        let n = conn.count(&format!("SELECT count(*) FROM {table}"), []);
        assert_eq!(n, 0, "{table}");
    }
    // Nothing left to turn off: a no-op.
    env.as_(OWNER, &["2fa", "disable"])
        .ok()
        .stderr_has("nothing changed");
}

#[test]
fn disable_is_refused_while_a_membership_requires_it() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", CLIENT, Role::Client, MemberStatus::Active);
    env.as_(OWNER, &["member", "update", CLIENT, "--require-2fa"])
        .ok();
    env.enroll(CLIENT);
    let before = env.dump();
    env.as_(CLIENT, &["2fa", "disable"])
        .code(3)
        .stderr_has("required in acme (your membership requires it)");
    assert_eq!(env.dump(), before);
}

#[test]
fn resetting_2fa() {
    let mut env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    env.add_member("acme", EDITOR, Role::Editor, MemberStatus::Active);
    env.enroll(EDITOR);
    env.enroll(OWNER);

    // Nobody resets their own.
    let before = env.dump();
    env.as_(OWNER, &["2fa", "reset", OWNER])
        .code(3)
        .stderr_has("member.reset_2fa in acme: denied: nobody may reset the 2FA of themselves");
    env.as_(EDITOR, &["2fa", "reset", EDITOR])
        .code(3)
        .stderr_has("nobody may reset the 2FA of themselves");
    // Admins reset editors and clients only; editors nobody.
    env.as_(ADMIN, &["2fa", "reset", OWNER])
        .code(3)
        .stderr_has("admins may reset the 2FA of editors and clients only, not owners");
    env.as_(EDITOR, &["2fa", "reset", ADMIN])
        .code(3)
        .stderr_has("editors may not reset the 2FA of other members");
    // An enrolled owner needs a fresh code, not a session.
    env.as_(OWNER, &["2fa", "reset", EDITOR])
        .code(7)
        .stderr_has(
            "resetting the 2FA of ed@acme.test needs a fresh two-factor code from owner@acme.test",
        );
    let bad = wrong_code(ZERO_SECRET, &env.now);
    env.as_(OWNER, &["2fa", "reset", EDITOR, "--otp", &bad])
        .code(7)
        .stderr_has("wrong two-factor code");
    assert_eq!(dump_but_counters(&env), dump_but_counters_of(&before));

    // An admin who has not enrolled resets an editor without a code.
    env.as_(ADMIN, &["2fa", "reset", EDITOR, "--json"])
        .ok()
        .stderr_has("Reset the two-factor authentication of ed@acme.test");
    let s = env.as_(EDITOR, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "none");
    let notes = env
        .as_(EDITOR, &["notifications", "list", "--json"])
        .ok()
        .json();
    assert!(
        notes
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "2fa_reset"),
        "{notes}"
    );
    let audit = env.as_(OWNER, &["audit", "list", "--json"]).ok().json();
    let row = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "member.reset_2fa")
        .expect("an audit row");
    assert_eq!(row["actor"], ADMIN);
    assert_eq!(row["target"], EDITOR);
    assert_eq!(row["after"], serde_json::json!({"twofa": "none"}));
    // Nothing left to reset: a no-op.
    env.as_(ADMIN, &["2fa", "reset", EDITOR])
        .ok()
        .stderr_has("nothing to reset");

    // The owner resets the admin with a fresh code (oathtool on the test enrolment's secret).
    env.enroll(ADMIN);
    env.now = shift(NOW, 30);
    env.as_(
        OWNER,
        &[
            "2fa",
            "reset",
            ADMIN,
            "--otp",
            &oathtool(ZERO_SECRET, &env.now),
        ],
    )
    .ok();
    assert!(!session_file(&env, ADMIN).exists());
}

#[test]
fn a_reset_needs_rights_wherever_the_enrolment_guards_the_member() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", ADMIN, Role::Admin, MemberStatus::Active);
    env.add_member("acme", EDITOR, Role::Editor, MemberStatus::Active);
    env.as_(
        "boss@beta.test",
        &["workspace", "create", "Beta", "--slug", "beta"],
    )
    .ok();
    env.add_member("beta", EDITOR, Role::Admin, MemberStatus::Active);
    env.enroll(EDITOR);
    let before = env.dump();
    env.as_(ADMIN, &["-w", "acme", "2fa", "reset", EDITOR])
        .code(3)
        .stderr_has("cannot reset the 2FA of ed@acme.test: it also guards them in another workspace, where you may not reset it");
    assert_eq!(env.dump(), before);
    // A client of beta may not see its admins: the refusal names no workspace to them either
    // (before, it said "in beta"). A member of beta who sees them is told where.
    env.add_member("beta", ADMIN, Role::Client, MemberStatus::Active);
    let before = env.dump();
    let r = env
        .as_(ADMIN, &["-w", "acme", "2fa", "reset", EDITOR])
        .code(3)
        .stderr_has("it also guards them in another workspace, where you may not reset it");
    assert!(!r.stderr.contains("beta"), "{}", r.stderr);
    assert_eq!(env.dump(), before);
    env.add_member("beta", "ann@acme.test", Role::Admin, MemberStatus::Active);
    env.add_member("acme", "ann@acme.test", Role::Admin, MemberStatus::Active);
    let before = env.dump();
    env.as_("ann@acme.test", &["-w", "acme", "2fa", "reset", EDITOR])
        .code(3)
        .stderr_has("it also guards them in beta, where you may not reset it");
    assert_eq!(env.dump(), before);
}

#[test]
fn help_lists_the_2fa_commands() {
    let env = TestEnv::new();
    let help = env.run(&["2fa", "--help"]).ok().stdout;
    for verb in [
        "enroll",
        "verify",
        "status",
        "disable",
        "recovery-codes",
        "reset",
    ] {
        assert!(help.contains(verb), "{help}");
    }
}

#[test]
fn on_a_terminal_enrol_shows_a_qr_code_and_asks_for_codes() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let t = Term::start(&env, &["--as", OWNER, "2fa", "enroll"]);
    let screen = t.expect("First code from your authenticator app");
    assert!(screen.contains("Scan this QR code"), "{screen}");
    assert!(
        screen.contains('\u{2580}') || screen.contains('\u{2584}'),
        "{screen}"
    );
    let secret = screen
        .lines()
        .find_map(|l| l.trim().strip_prefix("secret:"))
        .unwrap()
        .trim()
        .to_string();
    // A wrong code is asked again; the right one enrols and shows the recovery codes.
    t.type_line(&wrong_code(&secret, NOW));
    t.expect("That is not the current 6-digit code; try again.");
    t.type_line(&oathtool(&secret, NOW));
    let screen = t.expect("EXIT=0");
    assert!(
        screen.contains("These 10 recovery codes are shown once"),
        "{screen}"
    );
    let s = env.as_(OWNER, &["2fa", "status", "--json"]).ok().json();
    assert_eq!(s["state"], "enrolled");
    assert_eq!(s["recovery_codes_left"], 10);

    // Where 2FA is required, a terminal asks for the code.
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "on"])
        .ok();
    drop(t);
    let t = Term::start(&env, &["--as", OWNER, "workspace", "show"]);
    t.expect("Two-factor code for owner@acme.test");
    t.type_line(&oathtool(&secret, &shift(NOW, 30)));
    let screen = t.expect("EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(screen.contains("acme"), "{screen}");
}
