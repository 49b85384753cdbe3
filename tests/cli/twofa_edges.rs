//! Issue 13, 2FA edges: parallel `2fa verify` of one user, the lockout of a pending enrolment,
//! and the resetter's own fresh code where 2FA is required.

use crate::fixtures::{WS, acme, conn, join, refused};
use crate::support::OWNER;
use crate::twofa::{enrol, oathtool, shift, wrong_code};

const ED: &str = "ed@acme.test";

#[test]
fn parallel_verifies_with_recovery_codes_all_succeed_and_burn_only_their_own() {
    let env = acme();
    let e = enrol(&env, OWNER);
    let children: Vec<_> = e.recovery[..6]
        .iter()
        .map(|code| {
            let mut c = env.cmd();
            c.args(["--as", OWNER, "2fa", "verify", code, "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let left = conn(&env).count(
        "SELECT count(*) FROM recovery_codes WHERE used_at IS NULL",
        [],
    );
    assert_eq!(
        left,
        e.recovery.len() as i64 - 6,
        "each run used its own code, once"
    );
    let sessions = env.session_file(OWNER).parent().unwrap().to_path_buf();
    for f in std::fs::read_dir(&sessions).unwrap() {
        let name = f.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".tmp"), "a temporary file stayed: {name}");
    }
}

#[test]
fn a_pending_enrolment_locks_out_after_five_wrong_codes() {
    let env = acme();
    let j = env.as_(OWNER, &["2fa", "enroll", "--json"]).ok().json();
    let secret = j["secret"].as_str().unwrap().to_string();
    let wrong = wrong_code(&secret, &env.now);
    for i in 1..=4 {
        env.as_(OWNER, &["2fa", "verify", &wrong])
            .code(7)
            .stderr_has(&format!(
                "({i} of 5 failed attempts before a 15-minute lock)"
            ));
    }
    env.as_(OWNER, &["2fa", "verify", &wrong])
        .code(7)
        .stderr_has("5 failed attempts in a row, so owner@acme.test is locked out for 15 minutes");
    // The right code is not even looked at while locked.
    let right = oathtool(&secret, &env.now);
    refused(
        &env,
        OWNER,
        &["2fa", "verify", &right],
        7,
        "is locked out for another",
    );
    // Starting over does not reset the lock.
    let j = env.as_(OWNER, &["2fa", "enroll", "--json"]).ok().json();
    let secret = j["secret"].as_str().unwrap().to_string();
    let right = oathtool(&secret, &env.now);
    env.as_(OWNER, &["2fa", "verify", &right])
        .code(7)
        .stderr_has("is locked out for another");
    // After the lock, the right code confirms.
    let mut env = env;
    env.now = shift(&env.now, 16 * 60);
    let right = oathtool(&secret, &env.now);
    env.as_(OWNER, &["2fa", "verify", &right, "--json"]).ok();
}

#[test]
fn resetting_where_2fa_is_required_takes_the_resetter_s_fresh_code() {
    let mut env = acme();
    join(&env, OWNER, ED, "editor", &["--no-email", "--require-2fa"]);
    env.enroll(ED);
    // The owner has not enrolled: the member's membership requires 2FA, so no reset.
    refused(
        &env,
        OWNER,
        &["-w", WS, "2fa", "reset", ED, "--yes"],
        7,
        "resetting the 2FA of ed@acme.test needs a fresh two-factor code from owner@acme.test, who has not enrolled",
    );
    // Enrolled, with a live session but no fresh code: still no.
    let e = enrol(&env, OWNER);
    env.now = shift(&env.now, 60);
    env.as_(OWNER, &["2fa", "verify", &oathtool(&e.secret, &env.now)])
        .ok();
    refused(
        &env,
        OWNER,
        &["-w", WS, "2fa", "reset", ED, "--yes"],
        7,
        "needs a fresh two-factor code from owner@acme.test",
    );
    env.now = shift(&env.now, 60);
    let code = oathtool(&e.secret, &env.now);
    env.as_(
        OWNER,
        &["-w", WS, "2fa", "reset", ED, "--yes", "--otp", &code],
    )
    .ok();
}
