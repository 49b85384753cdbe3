//! Every view of a member names their assignments only on accounts the caller may see (SPEC §2:
//! members see the accounts assigned to them): `member list` and `member show` name exactly the
//! accounts of the caller's own `account list`, for an admin, an editor and a read-only client.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::fixtures::{acme, join};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const OTHER_ADMIN: &str = "other-admin@acme.test";
const EDITOR: &str = "editor@acme.test";
const CLIENT: &str = "client@brand.test";

/// acme-fb and acme-ig; the admin, the editor and the read-only client hold acme-fb only, the
/// other admin holds acme-ig only.
fn house() -> TestEnv {
    let env = acme();
    join(
        &env,
        OWNER,
        ADMIN,
        "admin",
        &["--assign", "acme-fb", "--no-email"],
    );
    join(
        &env,
        OWNER,
        OTHER_ADMIN,
        "admin",
        &["--assign", "acme-ig", "--no-email"],
    );
    join(
        &env,
        OWNER,
        EDITOR,
        "editor",
        &["--assign", "acme-fb", "--no-email"],
    );
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve", "--no-email"],
    );
    env
}

/// The slugs of `who`'s `account list --json`.
fn seen(env: &TestEnv, who: &str) -> BTreeSet<String> {
    let list = env.as_(who, &["account", "list", "--json"]).ok().json();
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap().to_string())
        .collect()
}

/// The account slugs named by a member view's assignments.
fn named(member: &Value) -> BTreeSet<String> {
    member["accounts"]
        .as_array()
        .unwrap_or_else(|| panic!("no accounts in {member}"))
        .iter()
        .map(|a| a["account"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn member_views_name_only_the_accounts_the_caller_may_see() {
    let env = house();
    for who in [ADMIN, EDITOR, CLIENT, OWNER] {
        let visible = seen(&env, who);
        let before = env.dump();
        let list = env.as_(who, &["member", "list", "--json"]).ok().json();
        let mut shown_any = BTreeSet::new();
        for m in list.as_array().unwrap() {
            let email = m["email"].as_str().unwrap();
            let names = named(m);
            assert!(
                names.is_subset(&visible),
                "{who}'s member list names {names:?} for {email}; account list shows {visible:?}"
            );
            let one = env
                .as_(who, &["member", "show", email, "--json"])
                .ok()
                .json();
            assert_eq!(
                named(&one),
                names,
                "{who}: member show {email} differs from list"
            );
            shown_any.extend(names);
        }
        assert_eq!(env.dump(), before, "{who}'s reads changed the database");
        // Nobody loses what they may see: their own accounts stay named.
        if who != OWNER {
            assert!(
                shown_any.contains("acme-fb"),
                "{who} no longer sees acme-fb: {list}"
            );
        }
    }
    // The case that leaked: the other admin's acme-ig, to an editor and an admin of acme-fb.
    for who in [ADMIN, EDITOR] {
        let one = env
            .as_(who, &["member", "show", OTHER_ADMIN, "--json"])
            .ok()
            .json();
        assert_eq!(named(&one), BTreeSet::new(), "{who} sees {one}");
    }
    // The owner sees every assignment.
    let one = env
        .as_(OWNER, &["member", "show", OTHER_ADMIN, "--json"])
        .ok()
        .json();
    assert_eq!(named(&one), BTreeSet::from(["acme-ig".to_string()]));
}
