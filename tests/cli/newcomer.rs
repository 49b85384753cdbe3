//! Issue 14, a newcomer's first hour: removing the accounts one added, the credentials default
//! said aloud, hints on not-a-member errors, 2FA in `member list`, `--role` without owner, help
//! headings, man pages, `can --list` and `member invite --ttl`.

use crate::fixtures::{WS, acme, can, join, refused};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const CLIENT: &str = "client@brand.test";
const OTHER: &str = "other@brand.test";

fn add_account(env: &TestEnv, who: &str, slug: &str) {
    env.as_(
        who,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            slug,
            "--slug",
            slug,
        ],
    )
    .ok();
}

#[test]
fn clients_and_admins_with_add_accounts_remove_the_accounts_they_added_only() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &["--can-add-accounts"]);
    join(&env, OWNER, OTHER, "client", &["--can-add-accounts"]);
    join(&env, OWNER, ADMIN, "admin", &["--can-add-accounts"]);
    add_account(&env, CLIENT, "client-x");
    add_account(&env, ADMIN, "admin-x");

    // `can` answers from the same facts.
    can(
        &env,
        CLIENT,
        &["account.remove", "--account", "client-x"],
        true,
        "may remove the accounts they added",
    );
    can(
        &env,
        CLIENT,
        &["account.remove", "--account", "acme-fb"],
        false,
        "remove only the accounts they added",
    );
    can(
        &env,
        OTHER,
        &["account.remove", "--account", "client-x"],
        false,
        "was added by someone else",
    );

    // Others' accounts: the owner's, another member's.
    for (who, acc) in [
        (CLIENT, "acme-fb"),
        (CLIENT, "admin-x"),
        (OTHER, "client-x"),
        (ADMIN, "client-x"),
    ] {
        refused(
            &env,
            who,
            &["account", "remove", acc, "--yes"],
            3,
            "remove only the accounts they added",
        );
    }
    // Their own: allowed.
    env.as_(CLIENT, &["account", "remove", "client-x", "--yes"])
        .ok()
        .stderr_has("Removed account client-x");
    env.as_(ADMIN, &["account", "remove", "admin-x", "--yes"])
        .ok();
    let left = env.as_(OWNER, &["account", "list", "--json"]).ok().json();
    let slugs: Vec<&str> = left
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["acme-fb", "acme-ig"]);
}

#[test]
fn without_add_accounts_nobody_but_the_owner_removes_accounts() {
    let env = acme();
    join(&env, OWNER, CLIENT, "client", &["--can-add-accounts"]);
    add_account(&env, CLIENT, "client-x");
    // The owner takes the flag away: the account they added stays theirs to keep, not to remove.
    env.as_(
        OWNER,
        &["member", "update", CLIENT, "--can-add-accounts=false"],
    )
    .ok();
    refused(
        &env,
        CLIENT,
        &["account", "remove", "client-x", "--yes"],
        3,
        "without \"add social accounts\"",
    );
    let _ = WS;
}
