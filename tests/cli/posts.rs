//! Posts and approvals (issue 10): the two-stage chain, what each kind of client of the seed may
//! do on assigned and unassigned accounts, publishing with the right credentials, and every
//! refusal with its exit code and the database unchanged.

use serde_json::Value;

use crate::fixtures::{WS, acme, can, conn, join, notifications_in_db, refused};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const EDITOR: &str = "editor@acme.test";
const CLIENT: &str = "client@brand.test";

/// `post ARGS... --json` as `who` in acme, which must succeed; the post's JSON.
#[track_caller]
fn post(env: &TestEnv, who: &str, args: &[&str]) -> Value {
    let mut a = vec!["-w", WS, "post"];
    a.extend_from_slice(args);
    a.push("--json");
    env.as_(who, &a).ok().json()
}

fn id(v: &Value) -> String {
    v["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no id in {v}"))
        .to_string()
}

/// The kinds of notification `who` has received, oldest first.
fn kinds(env: &TestEnv, who: &str) -> Vec<String> {
    notifications_in_db(env, who)
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// The emails queued for `who` whose subject mentions approval.
fn approval_mails(env: &TestEnv, who: &str) -> i64 {
    conn(env).count(
        "SELECT count(*) FROM outbox WHERE recipient = ?1 AND subject LIKE '%waits for your approval%'",
        [who],
    )
}

/// acme with an admin on acme-fb, an editor posting for review on acme-fb, and a client who
/// approves posts on acme-fb.
fn chain_house() -> TestEnv {
    let env = acme();
    join(&env, OWNER, ADMIN, "admin", &["--assign", "acme-fb"]);
    join(
        &env,
        OWNER,
        EDITOR,
        "editor",
        &["--assign", "acme-fb:review"],
    );
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &["--assign", "acme-fb:approve"],
    );
    env
}

#[test]
fn the_two_stage_chain_from_draft_to_published() {
    let env = chain_house();
    let p = post(
        &env,
        EDITOR,
        &[
            "create",
            "--account",
            "acme-fb",
            "--text",
            "Black Friday: 30% off",
        ],
    );
    let n = id(&p);
    assert_eq!(
        (p["state"].as_str(), p["stage"].as_str()),
        (Some("pending_approval"), Some("internal")),
        "{p}"
    );
    // The internal stage waits on the owner and the admin assigned to acme-fb, not the client.
    for who in [OWNER, ADMIN] {
        assert_eq!(
            kinds(&env, who).last().map(String::as_str),
            Some("approval_request"),
            "{who}"
        );
        assert_eq!(approval_mails(&env, who), 1, "{who}");
    }
    assert_eq!(approval_mails(&env, CLIENT), 0);
    let waiting = post(&env, ADMIN, &["list", "--waiting-on-me"]);
    assert_eq!(waiting.as_array().unwrap().len(), 1, "{waiting}");
    assert_eq!(
        post(&env, CLIENT, &["list", "--waiting-on-me"]),
        Value::Array(vec![])
    );
    // The client cannot take the internal stage; the admin does.
    refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "approve", &n],
        3,
        "internal stage",
    );
    let p = post(&env, ADMIN, &["approve", &n, "--note", "fine by me"]);
    assert_eq!(
        (p["state"].as_str(), p["stage"].as_str()),
        (Some("pending_approval"), Some("client")),
        "{p}"
    );
    assert_eq!(
        kinds(&env, EDITOR).last().map(String::as_str),
        Some("post_approved")
    );
    assert_eq!(approval_mails(&env, CLIENT), 1);
    // Approving twice: the stage moved on, and admins do not approve the client stage.
    refused(
        &env,
        ADMIN,
        &["-w", WS, "post", "approve", &n],
        3,
        "client stage",
    );
    // The client declines with a note: back to the editor.
    refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "decline", &n, "--note", "  "],
        6,
        "needs a note",
    );
    let p = post(
        &env,
        CLIENT,
        &["decline", &n, "--note", "say 30 % with a space"],
    );
    assert_eq!(p["state"], "declined", "{p}");
    let (kind, msg) = notifications_in_db(&env, EDITOR).pop().unwrap();
    assert_eq!(kind, "post_declined");
    assert!(msg.contains("say 30 % with a space"), "{msg}");
    refused(
        &env,
        ADMIN,
        &["-w", WS, "post", "approve", &n],
        5,
        "declined",
    );
    // The editor edits and resubmits; the chain starts over.
    let p = post(
        &env,
        EDITOR,
        &["edit", &n, "--text", "Black Friday: 30 % off"],
    );
    assert_eq!(
        p["state"], "declined",
        "editing a declined post keeps it with its author: {p}"
    );
    let p = post(&env, EDITOR, &["submit", &n]);
    assert_eq!(p["stage"], "internal", "{p}");
    post(&env, OWNER, &["approve", &n]);
    let p = post(&env, CLIENT, &["approve", &n]);
    assert_eq!(p["state"], "scheduled", "{p}");
    refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "approve", &n],
        5,
        "scheduled",
    );
    // Editing a scheduled post sends it back to approval; approve it again, then publish.
    let p = post(
        &env,
        EDITOR,
        &["edit", &n, "--text", "Black Friday: 30 % off everything"],
    );
    assert_eq!(
        (p["state"].as_str(), p["stage"].as_str()),
        (Some("pending_approval"), Some("internal")),
        "{p}"
    );
    post(&env, ADMIN, &["approve", &n]);
    post(&env, CLIENT, &["approve", &n]);
    let p = post(&env, EDITOR, &["publish", &n]);
    assert_eq!(p["state"], "published", "{p}");
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "approve", &n],
        5,
        "published",
    );
    refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "edit", &n, "--text", "late"],
        5,
        "published",
    );
    // The history says who did what, when, with the notes.
    let shown = post(&env, CLIENT, &["show", &n]);
    let history: Vec<(String, String)> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["event"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str)> = vec![
        (EDITOR, "created"),
        (EDITOR, "submitted"),
        (ADMIN, "approved"),
        (CLIENT, "declined"),
        (EDITOR, "edited"),
        (EDITOR, "submitted"),
        (OWNER, "approved"),
        (CLIENT, "approved"),
        (CLIENT, "scheduled"),
        (EDITOR, "edited"),
        (ADMIN, "approved"),
        (CLIENT, "approved"),
        (CLIENT, "scheduled"),
        (EDITOR, "published"),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(a, e)| (a.to_string(), e.to_string()))
        .collect();
    assert_eq!(history, expected, "{shown}");
    let declined = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "declined")
        .unwrap();
    assert_eq!(
        (declined["stage"].as_str(), declined["note"].as_str()),
        (Some("client"), Some("say 30 % with a space"))
    );
    // The table form of show carries the history too.
    let table = env.as_(CLIENT, &["-w", WS, "post", "show", &n]).ok().stdout;
    assert!(
        table.contains(&format!(
            "declined by {CLIENT} (client stage) — note: say 30 % with a space"
        )),
        "{table}"
    );
}

#[test]
fn each_kind_of_client_on_assigned_and_unassigned_accounts() {
    let env = acme();
    join(
        &env,
        OWNER,
        EDITOR,
        "editor",
        &["--assign", "acme-fb", "--assign", "acme-ig"],
    );
    let ig = post(
        &env,
        EDITOR,
        &[
            "create",
            "--account",
            "acme-ig",
            "--text",
            "on instagram",
            "--draft",
        ],
    );
    let fb = post(
        &env,
        EDITOR,
        &[
            "create",
            "--account",
            "acme-fb",
            "--text",
            "on facebook",
            "--draft",
        ],
    );
    // (email, flags, may post)
    let kinds_of_client: [(&str, &[&str], bool); 4] = [
        ("readonly@brand.test", &[], false),
        ("adder@brand.test", &["--can-add-accounts"], false),
        ("poster@brand.test", &["--can-manage-posts"], true),
        (
            "both@brand.test",
            &["--can-add-accounts", "--can-manage-posts"],
            true,
        ),
    ];
    for (email, flags, posts) in kinds_of_client {
        let mut extra = flags.to_vec();
        extra.extend_from_slice(&["--assign", "acme-fb"]);
        join(&env, OWNER, email, "client", &extra);
        // Every post on their account, drafts included; nothing on the other.
        let seen = post(&env, email, &["list"]);
        let ids: Vec<i64> = seen
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, [fb["id"].as_i64().unwrap()], "{email}: {seen}");
        post(&env, email, &["show", &id(&fb)]);
        refused(
            &env,
            email,
            &["-w", WS, "post", "show", &id(&ig)],
            4,
            "not found",
        );
        refused(
            &env,
            email,
            &["-w", WS, "post", "list", "--account", "acme-ig"],
            3,
            "not assigned",
        );
        // The list is streamed: a refusal comes before its first byte, in every format.
        for format in ["json", "csv", "table"] {
            let r = refused(
                &env,
                email,
                &[
                    "-w",
                    WS,
                    "post",
                    "list",
                    "--account",
                    "acme-ig",
                    "--format",
                    format,
                ],
                3,
                "not assigned",
            );
            assert_eq!(r.stdout, "", "{format}");
        }
        refused(
            &env,
            email,
            &[
                "-w",
                WS,
                "post",
                "create",
                "--account",
                "acme-ig",
                "--text",
                "x",
            ],
            3,
            "denied",
        );
        refused(
            &env,
            email,
            &["-w", WS, "post", "edit", &id(&ig), "--text", "x"],
            4,
            "not found",
        );
        if posts {
            let mine = post(
                &env,
                email,
                &[
                    "create",
                    "--account",
                    "acme-fb",
                    "--text",
                    "from the client",
                    "--draft",
                ],
            );
            post(
                &env,
                email,
                &["edit", &id(&mine), "--text", "from the client, edited"],
            );
            // Clients who post manage others' posts on their accounts too.
            post(
                &env,
                email,
                &[
                    "edit",
                    &id(&fb),
                    "--text",
                    format!("edited by {email}").as_str(),
                ],
            );
            env.as_(email, &["-w", WS, "post", "delete", &id(&mine), "--yes"])
                .ok();
        } else {
            refused(
                &env,
                email,
                &[
                    "-w",
                    WS,
                    "post",
                    "create",
                    "--account",
                    "acme-fb",
                    "--text",
                    "x",
                ],
                3,
                "read-only",
            );
            refused(
                &env,
                email,
                &["-w", WS, "post", "edit", &id(&fb), "--text", "x"],
                3,
                "read-only",
            );
            refused(
                &env,
                email,
                &["-w", WS, "post", "delete", &id(&fb), "--yes"],
                3,
                "read-only",
            );
        }
    }
}

#[test]
fn refusals_leave_the_database_unchanged() {
    let env = chain_house();
    join(
        &env,
        OWNER,
        "other-editor@acme.test",
        "editor",
        &["--assign", "acme-fb"],
    );
    let n = id(&post(
        &env,
        EDITOR,
        &["create", "--account", "acme-fb", "--text", "mine"],
    ));
    let draft = id(&post(
        &env,
        EDITOR,
        &[
            "create",
            "--account",
            "acme-fb",
            "--text",
            "later",
            "--draft",
        ],
    ));
    // An editor edits and deletes only their own posts.
    refused(
        &env,
        "other-editor@acme.test",
        &["-w", WS, "post", "edit", &n, "--text", "x"],
        3,
        "editors edit and delete only their own posts",
    );
    refused(
        &env,
        "other-editor@acme.test",
        &["-w", WS, "post", "delete", &n, "--yes"],
        3,
        "only their own posts",
    );
    // Nobody approves their own post, and editors approve nothing.
    refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "approve", &n],
        3,
        "denied",
    );
    // A draft is not waiting for anyone.
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "approve", &draft],
        5,
        "draft",
    );
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "publish", &draft],
        5,
        &format!(
            "hint: it is a draft; submit it with:\nroster --as {OWNER} -w {WS} post submit {draft}"
        ),
    );
    refused(&env, OWNER, &["-w", WS, "post", "decline", &n], 2, "--note");
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "show", "999"],
        4,
        "post 999 not found",
    );
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "approve", "999"],
        4,
        "post 999 not found",
    );
    // Text over the network's limit, empty text, a time in the past.
    let long = "x".repeat(2_201);
    refused(
        &env,
        EDITOR,
        &[
            "-w",
            WS,
            "post",
            "create",
            "--account",
            "acme-ig",
            "--text",
            "x",
        ],
        3,
        "not assigned",
    );
    refused(
        &env,
        OWNER,
        &[
            "-w",
            WS,
            "post",
            "create",
            "--account",
            "acme-ig",
            "--text",
            &long,
        ],
        6,
        "at most 2200",
    );
    refused(
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
            "  ",
        ],
        6,
        "empty",
    );
    refused(
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
            "x",
            "--at",
            "2020-01-01T00:00:00Z",
        ],
        6,
        "not in the future",
    );
    refused(
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
            "x",
            "--at",
            "tomorrow",
        ],
        6,
        "not an RFC 3339 time",
    );
    refused(
        &env,
        OWNER,
        &[
            "-w",
            WS,
            "post",
            "create",
            "--account",
            "nope",
            "--text",
            "x",
        ],
        4,
        "account 'nope' not found",
    );
    // A role cannot change while the member has posts pending approval.
    refused(
        &env,
        OWNER,
        &["-w", WS, "member", "update", EDITOR, "--role", "admin"],
        5,
        "pending approval",
    );
    // Deleting needs a confirmation off a terminal.
    refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "delete", &draft],
        2,
        "--yes",
    );
}

#[test]
fn publishing_uses_the_authors_credentials() {
    let env = acme();
    join(
        &env,
        OWNER,
        CLIENT,
        "client",
        &[
            "--can-manage-posts",
            "--assign",
            "acme-ig:member",
            "--assign",
            "acme-fb:owner",
        ],
    );
    // Member credentials start needing reauthentication by the member.
    let ig = id(&post(
        &env,
        CLIENT,
        &["create", "--account", "acme-ig", "--text", "hello"],
    ));
    // The owner is told who must reauthenticate, with no command to run as someone else.
    let r = refused(
        &env,
        OWNER,
        &["-w", WS, "post", "publish", &ig],
        5,
        "own credentials",
    );
    assert!(
        r.stderr
            .contains(&format!("{CLIENT} must reauthenticate acme-ig first")),
        "{}",
        r.stderr
    );
    assert!(command_lines(&r.stderr).is_empty(), "{}", r.stderr);
    // The client is given the command, on a line of its own; it works as printed, and then
    // the post goes out.
    let r = refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "publish", &ig],
        5,
        "own credentials",
    );
    let lines = command_lines(&r.stderr);
    assert_eq!(
        lines,
        [format!(
            "roster --as {CLIENT} -w {WS} account reauth acme-ig"
        )],
        "{}",
        r.stderr
    );
    run_line(&env, lines[0]).ok();
    assert_eq!(post(&env, OWNER, &["publish", &ig])["state"], "published");
    // Owner credentials: when the account needs reauthentication, the owner must do it.
    conn(&env).execute(
        "UPDATE accounts SET auth_status = 'needs_reauth' WHERE slug = 'acme-fb'",
        [],
    );
    let fb = id(&post(
        &env,
        CLIENT,
        &["create", "--account", "acme-fb", "--text", "hello fb"],
    ));
    let r = refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "publish", &fb],
        5,
        "owner's credentials",
    );
    assert!(
        r.stderr
            .contains(&format!("{OWNER} must reauthenticate acme-fb first")),
        "{}",
        r.stderr
    );
    assert!(command_lines(&r.stderr).is_empty(), "{}", r.stderr);
    let r = refused(
        &env,
        OWNER,
        &["-w", WS, "post", "publish", &fb],
        5,
        "owner's credentials",
    );
    let lines = command_lines(&r.stderr);
    assert_eq!(
        lines,
        [format!(
            "roster --as {OWNER} -w {WS} account reauth acme-fb"
        )],
        "{}",
        r.stderr
    );
    run_line(&env, lines[0]).ok();
    assert_eq!(post(&env, CLIENT, &["publish", &fb])["state"], "published");
}

#[test]
fn unassigning_or_removing_hands_posts_to_the_owner_as_drafts() {
    let env = chain_house();
    let n = id(&post(
        &env,
        EDITOR,
        &["create", "--account", "acme-fb", "--text", "pending"],
    ));
    env.as_(
        OWNER,
        &[
            "-w", WS, "account", "unassign", "acme-fb", "--member", EDITOR,
        ],
    )
    .ok();
    let p = post(&env, OWNER, &["show", &n]);
    assert_eq!(
        (p["author"].as_str(), p["state"].as_str()),
        (Some(OWNER), Some("draft")),
        "{p}"
    );
    // The owner's own post needs only the client stage.
    let p = post(&env, OWNER, &["submit", &n]);
    assert_eq!(p["stage"], "client", "{p}");
    // roster can answers from the same facts.
    let r = env
        .as_(CLIENT, &["-w", WS, "can", "post.approve", "--post", &n])
        .ok();
    assert!(r.stdout.starts_with("allowed:"), "{}", r.stdout);
    let r = env
        .as_(ADMIN, &["-w", WS, "can", "post.approve", "--post", &n])
        .code(3);
    assert!(r.stdout.contains("client stage"), "{}", r.stdout);
}

/// The status lines' commands, each the whole of a line of its own: what someone copies.
fn command_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("roster "))
        .collect()
}

/// Run a printed command line exactly as printed (the binary for `roster`): no acting user or
/// workspace but what the line names.
fn run_line(env: &TestEnv, line: &str) -> crate::support::Run {
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words[0], "roster", "{line}");
    env.run(&words[1..])
}

/// Issue 23: the read-only client who gives the last approval is not told to publish (they may
/// not): they are told who can. Whoever may publish is given the command on a line of its own,
/// and it runs as printed; `post publish` asks decide()'s post.publish, as its audit row says.
#[test]
fn only_who_may_publish_is_told_how_and_the_command_runs_as_printed() {
    let env = chain_house();
    let n = id(&post(
        &env,
        EDITOR,
        &["create", "--account", "acme-fb", "--text", "Cyber Monday"],
    ));
    post(&env, ADMIN, &["approve", &n]);
    let r = env.as_(CLIENT, &["-w", WS, "post", "approve", &n]).ok();
    assert!(!r.stderr.contains("post publish"), "{}", r.stderr);
    assert!(command_lines(&r.stderr).is_empty(), "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "It is scheduled; {EDITOR} or {OWNER} can publish it."
        )),
        "{}",
        r.stderr
    );
    // Indeed they may not: refused, naming post.publish, with nothing written.
    can(
        &env,
        CLIENT,
        &["-w", WS, "post.publish", "--post", &n],
        false,
        "read-only on acme-fb",
    );
    refused(
        &env,
        CLIENT,
        &["-w", WS, "post", "publish", &n],
        3,
        "post.publish in acme: denied: only whoever may edit a post publishes it",
    );
    can(
        &env,
        EDITOR,
        &["-w", WS, "post.publish", "--post", &n],
        true,
        "whoever may edit a post publishes it",
    );
    can(
        &env,
        ADMIN,
        &["-w", WS, "post.publish", "--post", &n],
        true,
        "admins edit and delete posts on their assigned accounts",
    );

    // Hints to list what one may see go only to those who may list: not to someone whose
    // invitation is pending, who may do nothing yet.
    crate::fixtures::invite(&env, OWNER, "pending@brand.test", "client", &[]);
    let r = refused(
        &env,
        "pending@brand.test",
        &["-w", WS, "post", "show", &n],
        4,
        "not found",
    );
    assert!(!r.stderr.contains("post list"), "{}", r.stderr);
    let r = refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "show", "999"],
        4,
        "not found",
    );
    assert_eq!(
        command_lines(&r.stderr),
        [format!("roster --as {EDITOR} -w {WS} post list")],
        "{}",
        r.stderr
    );

    // A draft is not for the client to submit: they are told whose it is, with no command.
    let d = id(&post(
        &env,
        EDITOR,
        &[
            "create",
            "--account",
            "acme-fb",
            "--text",
            "Later",
            "--draft",
        ],
    ));
    let r = refused(&env, CLIENT, &["-w", WS, "post", "approve", &d], 5, "draft");
    assert!(
        r.stderr.contains(&format!(
            "hint: it is a draft; its author, {EDITOR}, submits it."
        )),
        "{}",
        r.stderr
    );
    assert!(command_lines(&r.stderr).is_empty(), "{}", r.stderr);

    // The admin gives the last approval of a post on an account no client approves: they may
    // publish it, and are told how, as themselves in this workspace.
    join(
        &env,
        OWNER,
        "e2@acme.test",
        "editor",
        &["--assign", "acme-ig:review"],
    );
    env.as_(
        OWNER,
        &["-w", WS, "account", "assign", "acme-ig", "--member", ADMIN],
    )
    .ok();
    let m = id(&post(
        &env,
        "e2@acme.test",
        &["create", "--account", "acme-ig", "--text", "New colours"],
    ));
    let r = env.as_(ADMIN, &["-w", WS, "post", "approve", &m]).ok();
    assert!(
        r.stderr.contains("It is scheduled; publish it with:\n"),
        "{}",
        r.stderr
    );
    let lines = command_lines(&r.stderr);
    assert_eq!(
        lines,
        [format!("roster --as {ADMIN} -w {WS} post publish {m}")],
        "{}",
        r.stderr
    );
    run_line(&env, lines[0])
        .ok()
        .stderr_has(&format!("Published post {m}."));
    let (action, command) = {
        let r = crate::fixtures::row(
            &env,
            "SELECT action, command FROM audit ORDER BY id DESC LIMIT 1",
            [],
        );
        (r[0].clone(), r[1].clone())
    };
    assert_eq!(
        (action.as_str(), command.as_str()),
        ("post.publish", "post publish")
    );

    // An author whose post needs no approval is told to publish it, and may.
    join(
        &env,
        OWNER,
        "e3@acme.test",
        "editor",
        &["--assign", "acme-ig:full"],
    );
    let r = env
        .as_(
            "e3@acme.test",
            &[
                "-w",
                WS,
                "post",
                "create",
                "--account",
                "acme-ig",
                "--text",
                "Hello",
            ],
        )
        .ok();
    let lines = command_lines(&r.stderr);
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!("roster --as e3@acme.test -w {WS} post publish ")),
        "{}",
        r.stderr
    );
    run_line(&env, lines[0]).ok();
}

/// Issue 23: `post show` prints no "scheduled -" for a scheduled post without a time, and
/// its history says the approval scheduled it ("approved by X (client stage); scheduled"),
/// not that the approver did ("X scheduled").
#[test]
fn post_show_says_what_is_true_of_a_scheduled_post() {
    let env = chain_house();
    let n = id(&post(
        &env,
        OWNER,
        &["create", "--account", "acme-fb", "--text", "Owner's word"],
    ));
    post(&env, CLIENT, &["approve", &n, "--note", "ok"]);
    let out = env.as_(OWNER, &["-w", WS, "post", "show", &n]).ok().stdout;
    assert!(out.contains("scheduled"), "{out}");
    assert!(!out.contains("publish at"), "{out}");
    assert!(
        !out.lines()
            .any(|l| l.contains("scheduled") && l.contains(" - ")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "approved by {CLIENT} (client stage); scheduled — note: ok"
        )),
        "{out}"
    );
    assert!(!out.contains(&format!("{CLIENT} scheduled")), "{out}");
    assert!(out.contains(&format!("submitted by {OWNER}")), "{out}");
    // With a time, the time is shown, under a name that says what it is.
    let m = id(&post(
        &env,
        OWNER,
        &[
            "create",
            "--account",
            "acme-fb",
            "--text",
            "Later",
            "--at",
            "2026-12-01T09:00:00Z",
        ],
    ));
    let out = env.as_(OWNER, &["-w", WS, "post", "show", &m]).ok().stdout;
    assert!(
        out.contains("publish at") && out.contains("2026-12-01T09:00:00Z"),
        "{out}"
    );
}
