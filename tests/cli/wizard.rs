//! The wizard in a real pseudo-terminal: tmux runs roster, `send-keys` types, `capture-pane`
//! reads the screen. Each step's screen is checked, and the database after.

use crate::support::{OWNER, TestEnv};
use crate::tty::Term;

fn acme() -> TestEnv {
    let env = TestEnv::new();
    env.workspace("Acme Agency", "acme");
    env.as_(
        OWNER,
        &[
            "account",
            "add",
            "--provider",
            "facebook",
            "--name",
            "Acme Page",
            "--slug",
            "acme-fb",
        ],
    )
    .ok();
    env.as_(
        OWNER,
        &[
            "account",
            "add",
            "--provider",
            "instagram",
            "--name",
            "Acme IG",
            "--slug",
            "acme-ig",
        ],
    )
    .ok();
    env
}

/// The steps of the client invite, each with the text that must be on screen before it and
/// the keys that answer it.
const CLIENT_STEPS: &[(&str, &[&str])] = &[
    (
        "Email of the person to invite",
        &["client@brand.test", "\n"],
    ),
    ("Client: your customer", &["Enter"]),
    ("Access (space to tick", &["Down", "Space", "Enter"]),
    ("Require two-factor authentication?", &["y", "Enter"]),
    ("Assign acme-fb (facebook, Acme Page)?", &["y", "Enter"]),
    (
        "Should client@brand.test approve posts on acme-fb?",
        &["y", "Enter"],
    ),
    ("Post using owner credentials", &["Enter"]),
    ("Assign acme-ig (instagram, Acme IG)?", &["y", "Enter"]),
    (
        "Should client@brand.test approve posts on acme-ig?",
        &["n", "Enter"],
    ),
    ("Credentials on acme-ig", &["Down", "Enter"]),
    ("Invite?", &["Enter"]),
];

fn answer(t: &Term, keys: &[&str]) {
    match keys {
        [text, "\n"] => t.type_line(text),
        keys => t.keys(keys),
    }
}

#[test]
fn full_client_invite_walks_publers_dialog() {
    let env = acme();
    let t = Term::start(&env, &["--as", OWNER, "member", "invite"]);
    for (i, (prompt, keys)) in CLIENT_STEPS.iter().enumerate() {
        let screen = t.expect(prompt);
        match i {
            1 => {
                // Only the roles the owner may invite, in Publer's order; never "owner".
                assert!(
                    screen.contains("Editor: posts on assigned accounts")
                        && screen.contains("Admin: manages editors")
                );
                assert!(!screen.contains("Owner"), "{screen}");
            }
            2 => assert!(
                screen.contains("Add social accounts")
                    && screen.contains("Create, edit and delete posts")
            ),
            6 => assert!(screen.contains(
                "Post using member credentials (the member reauthenticates it themselves)"
            )),
            10 => {
                // The summary is `member show`'s table, before anything is written.
                assert!(
                    screen.contains("client@brand.test") && screen.contains("posting"),
                    "{screen}"
                );
                assert!(
                    screen.contains("acme-fb (approves posts, owner credentials)"),
                    "{screen}"
                );
                assert!(
                    screen.contains("acme-ig (member credentials, needs reauth)"),
                    "{screen}"
                );
                assert!(screen.contains("required, not enrolled"), "{screen}");
                assert!(
                    !screen.contains("inv_"),
                    "a rehearsal shows no token: {screen}"
                );
            }
            _ => {}
        }
        answer(&t, keys);
    }
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    let screen = t.screen();
    assert!(
        screen.contains("Invited client@brand.test to acme as client."),
        "{screen}"
    );
    assert!(
        screen.contains("invite accept acme --token inv_"),
        "{screen}"
    );

    let members = env.as_(OWNER, &["member", "list", "--json"]).ok().json();
    let client = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "client@brand.test")
        .unwrap()
        .clone();
    assert_eq!(client["status"], "pending");
    assert_eq!(client["access"], "posting");
    assert_eq!(client["can_manage_posts"], true);
    assert_eq!(client["can_add_accounts"], false);
    assert_eq!(client["require_2fa"], true);
    let accounts = client["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 2);
    assert_eq!(
        (
            accounts[0]["account"].as_str(),
            accounts[0]["approve"].as_bool(),
            accounts[0]["credentials"].as_str()
        ),
        (Some("acme-fb"), Some(true), Some("owner"))
    );
    assert_eq!(
        (
            accounts[1]["account"].as_str(),
            accounts[1]["approve"].as_bool(),
            accounts[1]["credentials"].as_str()
        ),
        (Some("acme-ig"), Some(false), Some("member"))
    );
}

/// A yes/no question waits for Enter, as a person types: a lone `y` answers nothing (it is
/// echoed after the prompt, and the next question is not asked), and `n⏎` then answers only
/// this question, so the Enter cannot fall through to the next one's default ("should they
/// approve posts?" defaults to yes). Anything but y/yes/n/no is asked again.
#[test]
fn a_yes_no_question_waits_for_enter() {
    let env = acme();
    let before = env.dump();
    let t = Term::start(&env, &["--as", OWNER, "member", "invite"]);
    for (prompt, keys) in &CLIENT_STEPS[..3] {
        t.expect(prompt);
        answer(&t, keys);
    }
    t.expect("Require two-factor authentication? (y/n) [no]: ");
    t.keys(&["y"]);
    let screen = t.expect("Require two-factor authentication? (y/n) [no]: y");
    assert!(
        !screen.contains("Assign acme-fb"),
        "a lone key answered the question:\n{screen}"
    );
    t.keys(&["BSpace"]);
    t.type_line("maybe");
    t.expect("answer y (yes) or n (no)");
    t.type_line("n");
    t.expect("Assign acme-fb (facebook, Acme Page)? (y/n) [no]: ");
    t.type_line("y");
    t.expect("Should client@brand.test approve posts on acme-fb? (y/n) [yes]: ");
    t.type_line("n");
    t.expect("Post using owner credentials");
    t.keys(&["Enter"]);
    t.expect("Assign acme-ig (instagram, Acme IG)?");
    t.type_line("no");
    let screen = t.expect("Invite? (y/n) [yes]: ");
    // The summary shows each choice as typed: 2FA off, acme-fb without approval.
    assert!(screen.contains("acme-fb (owner credentials)"), "{screen}");
    assert!(!screen.contains("approves posts"), "{screen}");
    assert!(!screen.contains("┆ acme-ig"), "{screen}");
    assert!(!screen.contains("required, not enrolled"), "{screen}");
    t.type_line("n");
    assert_eq!(t.exit_code(), 130, "{}", t.screen());
    drop(t);
    assert_eq!(
        env.dump(),
        before,
        "answering no to Invite? wrote something"
    );
}

#[test]
fn cancelling_at_any_step_writes_nothing() {
    let env = acme();
    let before = env.dump();
    for stop in 0..CLIENT_STEPS.len() {
        let t = Term::start(&env, &["--as", OWNER, "member", "invite"]);
        for (prompt, keys) in &CLIENT_STEPS[..stop] {
            t.expect(prompt);
            answer(&t, keys);
        }
        t.expect(CLIENT_STEPS[stop].0);
        // Ctrl-C everywhere; Esc too on the steps that are menus or questions.
        let key = if stop % 2 == 1 { "Escape" } else { "C-c" };
        let key = if stop == 0 { "C-c" } else { key };
        t.keys(&[key]);
        assert_eq!(t.exit_code(), 130, "step {stop} ({key}):\n{}", t.screen());
        assert!(
            t.screen().contains("cancelled; nothing was changed"),
            "{}",
            t.screen()
        );
        drop(t);
        assert_eq!(env.dump(), before, "step {stop} wrote something");
    }
}

#[test]
fn esc_cancels_a_text_prompt_even_after_typing_or_an_error() {
    let env = acme();
    let before = env.dump();
    for typed in [None, Some("half-typed"), Some("not-an-email")] {
        let t = Term::start(&env, &["--as", OWNER, "member", "invite"]);
        t.expect("Email of the person to invite");
        match typed {
            // Refused by the validation, asked again under the error.
            Some("not-an-email") => {
                t.type_line("not-an-email");
                t.expect("error: ");
            }
            Some(text) => {
                t.tmux(&["send-keys", "-l", text]);
                t.expect(text);
            }
            None => {}
        }
        t.keys(&["Escape"]);
        assert_eq!(t.exit_code(), 130, "{typed:?}:\n{}", t.screen());
        assert!(
            t.screen().contains("cancelled; nothing was changed"),
            "{}",
            t.screen()
        );
        drop(t);
        assert_eq!(
            env.dump(),
            before,
            "Esc at the email prompt wrote something"
        );
    }
}

#[test]
fn flags_given_are_not_asked_again() {
    let env = acme();
    let t = Term::start(
        &env,
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "ed@acme.test",
            "--require-2fa=false",
        ],
    );
    t.expect("Role");
    t.keys(&["Down", "Enter"]); // Editor
    let screen = t.expect("Assign acme-fb");
    assert!(!screen.contains("Email of the person"), "{screen}");
    assert!(!screen.contains("Require two-factor"), "{screen}");
    t.keys(&["y", "Enter"]);
    t.expect("Posting on acme-fb");
    t.keys(&["Down", "Enter"]); // review
    t.expect("Credentials on acme-fb");
    t.keys(&["Enter"]);
    t.expect("Assign acme-ig");
    t.keys(&["n", "Enter"]);
    let screen = t.expect("Invite?");
    assert!(
        screen.contains("acme-fb (posts need review, owner credentials)"),
        "{screen}"
    );
    t.keys(&["Enter"]);
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    let ed = env
        .as_(OWNER, &["member", "show", "ed@acme.test", "--json"])
        .ok()
        .json();
    assert_eq!(ed["role"], "editor");
    assert_eq!(ed["accounts"][0]["posting"], "review");
}

#[test]
fn without_a_terminal_the_flags_are_named() {
    let env = acme();
    let before = env.dump();
    env.as_(OWNER, &["member", "invite"])
        .code(2)
        .stderr_has("error: missing EMAIL and --role")
        .stderr_has("--can-add-accounts")
        .stderr_has("--assign ACCOUNT[:approve][:full|:review][:owner|:member]");
    env.as_(OWNER, &["member", "invite", "c@brand.test"])
        .code(2)
        .stderr_has("error: missing --role");
    env.as_(OWNER, &["account", "add"])
        .code(2)
        .stderr_has("missing --provider and --name");
    env.as_(OWNER, &["account", "assign"])
        .code(2)
        .stderr_has("missing ACC and --member");
    env.as_(OWNER, &["workspace", "create"])
        .code(2)
        .stderr_has("missing the workspace name");
    assert_eq!(env.dump(), before);

    // A terminal, but --no-input: no prompt, the same error.
    let t = Term::start(&env, &["--as", OWNER, "--no-input", "member", "invite"]);
    assert_eq!(t.exit_code(), 2);
    assert!(
        t.screen().contains("missing EMAIL and --role"),
        "{}",
        t.screen()
    );
    drop(t);
    assert_eq!(env.dump(), before);
}

#[test]
fn workspace_create_account_add_and_assign_ask_too() {
    let env = acme();
    let t = Term::start(&env, &["--as", OWNER, "workspace", "create"]);
    t.expect("Workspace name");
    t.type_line("Beta Brand");
    let screen = t.expect("Slug");
    assert!(
        screen.contains("beta-brand"),
        "the slug is offered from the name: {screen}"
    );
    t.keys(&["Enter"]);
    t.expect("Require two-factor authentication of every member?");
    t.keys(&["n", "Enter"]);
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    drop(t);
    env.as_(OWNER, &["-w", "beta-brand", "workspace", "show"])
        .ok();

    let t = Term::start(&env, &["--as", OWNER, "-w", "acme", "account", "add"]);
    t.expect("Provider");
    t.keys(&["Down", "Down", "Enter"]); // x
    t.expect("Account name");
    t.type_line("Acme on X");
    t.expect("Slug");
    t.keys(&["Enter"]);
    t.expect("Handle (optional)");
    t.type_line("@acme");
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    drop(t);
    let x = env
        .as_(
            OWNER,
            &["-w", "acme", "account", "show", "acme-on-x", "--json"],
        )
        .ok()
        .json();
    assert_eq!(
        (x["provider"].as_str(), x["handle"].as_str()),
        (Some("x"), Some("@acme"))
    );

    env.as_(
        OWNER,
        &[
            "-w",
            "acme",
            "member",
            "invite",
            "c@brand.test",
            "--role",
            "client",
            "--can-manage-posts",
            "--no-email",
        ],
    )
    .ok();
    let t = Term::start(
        &env,
        &["--as", OWNER, "-w", "acme", "account", "assign", "acme-ig"],
    );
    let screen = t.expect("Member");
    assert!(screen.contains("c@brand.test (client)"), "{screen}");
    assert!(
        !screen.contains("owner@acme.test (owner)"),
        "the owner holds every account already: {screen}"
    );
    t.keys(&["Enter"]);
    t.expect("Should c@brand.test approve posts on acme-ig?");
    t.keys(&["y", "Enter"]);
    t.expect("Credentials on acme-ig");
    t.keys(&["Down", "Enter"]);
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    drop(t);
    let c = env
        .as_(
            OWNER,
            &["-w", "acme", "member", "show", "c@brand.test", "--json"],
        )
        .ok()
        .json();
    assert_eq!(c["accounts"][0]["credentials"], "member");
    assert_eq!(c["accounts"][0]["approve"], true);
}

#[test]
fn destructive_commands_confirm_on_a_terminal() {
    let env = acme();
    let before = env.dump();
    let t = Term::start(&env, &["--as", OWNER, "workspace", "delete"]);
    t.expect("Delete workspace acme (Acme Agency) with all its members, accounts and posts?");
    t.keys(&["n", "Enter"]);
    assert_eq!(t.exit_code(), 130);
    drop(t);
    assert_eq!(env.dump(), before);
    let t = Term::start(&env, &["--as", OWNER, "workspace", "delete"]);
    t.expect("Delete workspace acme");
    t.keys(&["y", "Enter"]);
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    drop(t);
    assert_eq!(
        env.as_(OWNER, &["workspace", "list", "--json"])
            .ok()
            .stdout
            .trim(),
        "[]"
    );
}

#[test]
fn post_create_asks_for_the_account_and_the_text() {
    let env = acme();
    let t = Term::start(&env, &["--as", OWNER, "-w", "acme", "post", "create"]);
    let screen = t.expect("Account");
    // The accounts decide() lets the owner post on: every one.
    assert!(
        screen.contains("acme-fb (facebook, Acme Page)")
            && screen.contains("acme-ig (instagram, Acme IG)"),
        "{screen}"
    );
    t.keys(&["Down", "Enter"]);
    t.expect("Text of the post");
    t.type_line("Hello from the wizard");
    t.expect("Submit it for approval now?");
    t.keys(&["n", "Enter"]);
    assert_eq!(t.exit_code(), 0, "{}", t.screen());
    let posts = env
        .as_(OWNER, &["-w", "acme", "post", "list", "--json"])
        .ok()
        .json();
    assert_eq!(posts[0]["account"], "acme-ig", "{posts}");
    assert_eq!(posts[0]["text"], "Hello from the wizard", "{posts}");
    assert_eq!(posts[0]["state"], "draft", "{posts}");
}

/// The `account assign` wizard offers an admin only the members `decide()` lets them assign
/// accounts to: editors, not admins, and not clients (the owner's to manage, issue 20).
#[test]
fn the_assign_wizard_offers_an_admin_editors_only() {
    let env = acme();
    let admin = "admin@acme.test";
    for (who, role, assign) in [
        (admin, "admin", "acme-fb"),
        ("ed@acme.test", "editor", "acme-ig"),
        ("c@brand.test", "client", "acme-ig"),
    ] {
        let j = env
            .as_(
                OWNER,
                &[
                    "-w", "acme", "member", "invite", who, "--role", role, "--assign", assign,
                    "--json",
                ],
            )
            .ok()
            .json();
        let token = j["token"].as_str().expect("a token").to_string();
        env.as_(who, &["invite", "accept", "acme", "--token", &token])
            .ok();
    }
    let before = env.dump();
    let t = Term::start(
        &env,
        &["--as", admin, "-w", "acme", "account", "assign", "acme-fb"],
    );
    let screen = t.expect("Member");
    assert!(screen.contains("ed@acme.test (editor)"), "{screen}");
    assert!(!screen.contains("c@brand.test"), "{screen}");
    assert!(!screen.contains("owner@acme.test"), "{screen}");
    t.keys(&["Escape"]);
    drop(t);
    assert_eq!(env.dump(), before);
}
