//! Issue 13: an escalation catalogue. Every invariant of SPEC §2 tried by every kind of actor —
//! admin, admin who may add accounts, editor, read-only client, client who may post and add
//! accounts, removed and pending members, a stranger, and the owner against the invariants —
//! by flags and by CSV. Each attempt is denied with its exit code and reason, and leaves the
//! database unchanged. (replace.rs and permissions.rs hold the replace-the-state cases and the
//! decide() table; nothing here repeats them.)

use crate::fixtures::{WS, accept, acme, invite, refused, token};
use crate::support::{OWNER, TestEnv};

const ADMIN: &str = "admin@acme.test";
const ADD_ADMIN: &str = "add-admin@acme.test";
const EDITOR: &str = "editor@acme.test";
const CLIENT: &str = "client@brand.test";
const POSTER: &str = "poster@brand.test";
const GONE: &str = "gone@acme.test";
const WAITING: &str = "waiting@acme.test";
const STRANGER: &str = "stranger@evil.test";

/// acme with every kind of actor, made through the real flow, and one draft post (id 1) of
/// the owner's on acme-fb.
fn house() -> TestEnv {
    let env = acme();
    let join = |who: &str, args: &[&str]| {
        let t = token(&invite(
            &env,
            OWNER,
            who,
            args[0],
            &[&args[1..], &["--no-email"]].concat(),
        ));
        accept(&env, who, &t);
    };
    join(ADMIN, &["admin", "--assign", "acme-fb"]);
    join(
        ADD_ADMIN,
        &["admin", "--can-add-accounts", "--assign", "acme-fb"],
    );
    join(EDITOR, &["editor", "--assign", "acme-fb"]);
    join(CLIENT, &["client", "--assign", "acme-fb:approve"]);
    join(
        POSTER,
        &[
            "client",
            "--can-manage-posts",
            "--can-add-accounts",
            "--assign",
            "acme-fb:approve:owner",
        ],
    );
    join(GONE, &["editor"]);
    env.as_(OWNER, &["member", "remove", GONE, "--yes"]).ok();
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            WAITING,
            "--role",
            "editor",
            "--no-email",
        ],
    )
    .ok();
    env.as_(
        OWNER,
        &[
            "post",
            "create",
            "--account",
            "acme-fb",
            "--text",
            "owner post",
            "--draft",
        ],
    )
    .ok();
    let csv = |name: &str, text: &str| std::fs::write(env.dir.path().join(name), text).unwrap();
    csv("c1.csv", "email,role\nx@b.test,client\n");
    csv("c2.csv", "email,role\nx@b.test,admin\n");
    csv("c3.csv", "email,role,assign\nx@b.test,editor,acme-ig\n");
    csv("c5.csv", "email,role\nowner@acme.test,admin\n");
    csv("c6.csv", "email,role\nadd-admin@acme.test,editor\n");
    csv(
        "c7.csv",
        "email,role,assign\nclient@brand.test,client,acme-fb\n",
    );
    csv(
        "c8.csv",
        "email,role,can_manage_posts,assign\nposter@brand.test,client,yes,acme-fb:approve:member\n",
    );
    // A config that takes "approve posts" away from the client on acme-fb (additive mode).
    csv(
        "t1.toml",
        "[workspace]\nslug = \"acme\"\nname = \"Acme Agency\"\nowner = \"owner@acme.test\"\n\n\
         [[accounts]]\nslug = \"acme-fb\"\nprovider = \"facebook\"\nname = \"Acme Page\"\n\n\
         [[members]]\nemail = \"client@brand.test\"\nrole = \"client\"\n\
         assign = [{ account = \"acme-fb\" }]\n",
    );
    env
}

type Attempt = (&'static str, &'static [&'static str], i32, &'static str);

const CATALOGUE: &[Attempt] = &[
    (
        ADMIN,
        &["member", "invite", "x@b.test", "--role", "admin"],
        3,
        "member.invite in acme: denied: admins may invite editors only, not admins",
    ),
    (
        ADMIN,
        &["member", "invite", "x@b.test", "--role", "client"],
        3,
        "member.invite in acme: denied: admins may invite editors only, not clients",
    ),
    (
        ADMIN,
        &["member", "update", "editor@acme.test", "--role", "admin"],
        3,
        "member.role in acme: denied: only the owner changes roles; you are an admin",
    ),
    (
        ADMIN,
        &["member", "update", "admin@acme.test", "--can-add-accounts"],
        3,
        "member.update in acme: denied: nobody changes their own role or flags",
    ),
    (
        ADMIN,
        &[
            "member",
            "update",
            "client@brand.test",
            "--can-manage-posts",
        ],
        3,
        "member.update in acme: denied: admins may update editors only, not clients",
    ),
    (
        ADMIN,
        &["member", "remove", "add-admin@acme.test", "--yes"],
        3,
        "member.remove in acme: denied: admins may remove editors only, not admins",
    ),
    (
        ADMIN,
        &["member", "remove", "owner@acme.test", "--yes"],
        3,
        "member.remove in acme: denied: admins may remove editors only, not owners",
    ),
    (
        ADMIN,
        &["member", "remove", "client@brand.test", "--yes"],
        3,
        "member.remove in acme: denied: admins may remove editors only, not clients",
    ),
    (
        ADMIN,
        &["workspace", "rename", "Pwned"],
        3,
        "workspace.rename in acme: denied: only the owner may rename the workspace; you are an admin",
    ),
    (
        ADMIN,
        &["workspace", "settings", "--require-2fa", "on"],
        3,
        "workspace.settings in acme: denied: only the owner may change workspace settings; you are an admin",
    ),
    (
        ADMIN,
        &["workspace", "transfer", "admin@acme.test", "--yes"],
        3,
        "workspace.transfer in acme: denied: only the owner may transfer the workspace; you are an admin",
    ),
    (
        ADMIN,
        &["workspace", "delete", "--yes"],
        3,
        "workspace.delete in acme: denied: only the owner may delete the workspace; you are an admin",
    ),
    (
        ADMIN,
        &["account", "add", "--provider", "x", "--name", "X"],
        3,
        "account.add in acme: denied: admins without \"add social accounts\" (can_add_accounts) may not add accounts",
    ),
    (
        ADMIN,
        &[
            "account",
            "assign",
            "acme-ig",
            "--member",
            "editor@acme.test",
        ],
        3,
        "account.assign in acme: denied: admins assign only the accounts they hold, and acme-ig is not assigned to you",
    ),
    // Clients are the owner's to manage: their assignments and the settings on them too
    // (approve, credentials), by every path.
    (
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "client@brand.test",
            "--approve=false",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients (clients are the owner's to manage)",
    ),
    (
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "client@brand.test",
            "--approve",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients",
    ),
    (
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "poster@brand.test",
            "--credentials",
            "member",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients",
    ),
    (
        ADMIN,
        &[
            "account",
            "unassign",
            "acme-fb",
            "--member",
            "client@brand.test",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients",
    ),
    (
        ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "add-admin@acme.test",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not admins",
    ),
    (
        ADD_ADMIN,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "poster@brand.test",
            "--approve=false",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients",
    ),
    (
        ADD_ADMIN,
        &[
            "account",
            "unassign",
            "acme-fb",
            "--member",
            "poster@brand.test",
        ],
        3,
        "account.assign in acme: denied: admins assign accounts to editors only, not clients",
    ),
    (
        ADMIN,
        &[
            "member",
            "update",
            "client@brand.test",
            "--assign",
            "acme-fb",
        ],
        3,
        "member.update in acme: denied: admins may update editors only, not clients",
    ),
    (
        ADMIN,
        &["member", "invite", "--from", "CSV:c7.csv"],
        3,
        "nothing was written",
    ),
    (
        ADD_ADMIN,
        &["member", "invite", "--from", "CSV:c8.csv"],
        3,
        "nothing was written",
    ),
    (
        ADMIN,
        &["config", "apply", "CSV:t1.toml", "--yes"],
        3,
        "`~ member client@brand.test` is refused",
    ),
    (
        ADMIN,
        &["account", "remove", "acme-fb", "--yes"],
        3,
        "account.remove in acme: denied: admins without \"add social accounts\" (can_add_accounts) may not remove accounts",
    ),
    (
        ADMIN,
        &["account", "reauth", "acme-fb"],
        3,
        "account.reauth in acme: denied: only the owner can reauthenticate acme-fb: it posts with the owner's credentials",
    ),
    (
        ADMIN,
        &[
            "member", "invite", "x@b.test", "--role", "editor", "--assign", "acme-ig",
        ],
        3,
        "account.assign in acme: denied: admins assign only the accounts they hold, and acme-ig is not assigned to you",
    ),
    (
        ADMIN,
        &[
            "member",
            "update",
            "editor@acme.test",
            "--assign",
            "acme-ig",
        ],
        3,
        "account.assign in acme: denied: admins assign only the accounts they hold, and acme-ig is not assigned to you",
    ),
    (
        ADMIN,
        &["member", "update", "admin@acme.test", "--role", "editor"],
        3,
        "member.role in acme: denied: nobody changes their own role",
    ),
    (
        ADMIN,
        &["member", "update", "owner@acme.test", "--role", "admin"],
        3,
        "member.role in acme: denied: only the owner changes roles; you are an admin",
    ),
    (
        ADD_ADMIN,
        &[
            "member",
            "update",
            "add-admin@acme.test",
            "--role",
            "editor",
        ],
        3,
        "member.role in acme: denied: nobody changes their own role",
    ),
    (
        ADD_ADMIN,
        &[
            "member",
            "invite",
            "x@b.test",
            "--role",
            "editor",
            "--can-add-accounts",
        ],
        6,
        "--can-add-accounts is for admins and clients; editors never add accounts",
    ),
    (
        ADD_ADMIN,
        &["account", "remove", "acme-ig", "--yes"],
        3,
        "account.remove in acme: denied: admins with \"add social accounts\" remove only the accounts they added, and acme-ig was added by someone else",
    ),
    (
        EDITOR,
        &["member", "invite", "x@b.test", "--role", "editor"],
        3,
        "member.invite in acme: denied: editors may not invite members",
    ),
    (
        EDITOR,
        &["member", "invite", "x@b.test", "--role", "client"],
        3,
        "member.invite in acme: denied: editors may not invite members",
    ),
    (
        EDITOR,
        &["member", "update", "editor@acme.test", "--role", "admin"],
        3,
        "member.role in acme: denied: nobody changes their own role",
    ),
    (
        EDITOR,
        &[
            "member",
            "update",
            "editor@acme.test",
            "--assign",
            "acme-ig",
        ],
        3,
        "member.update in acme: denied: nobody changes their own role or flags",
    ),
    (
        EDITOR,
        &["member", "remove", "client@brand.test", "--yes"],
        3,
        "member.remove in acme: denied: editors may not remove members",
    ),
    (
        EDITOR,
        &["account", "add", "--provider", "x", "--name", "X"],
        3,
        "account.add in acme: denied: editors may not add social accounts",
    ),
    (
        EDITOR,
        &[
            "account",
            "assign",
            "acme-ig",
            "--member",
            "editor@acme.test",
        ],
        3,
        "account.assign in acme: denied: editors may not assign accounts",
    ),
    (
        EDITOR,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "editor@acme.test",
            "--posting",
            "full",
        ],
        3,
        "account.assign in acme: denied: editors may not assign accounts",
    ),
    (
        EDITOR,
        &["account", "remove", "acme-fb", "--yes"],
        3,
        "account.remove in acme: denied: editors may not remove social accounts",
    ),
    (
        EDITOR,
        &["workspace", "rename", "Pwned"],
        3,
        "workspace.rename in acme: denied: only the owner may rename the workspace; you are an editor",
    ),
    (
        EDITOR,
        &["workspace", "delete", "--yes"],
        3,
        "workspace.delete in acme: denied: only the owner may delete the workspace; you are an editor",
    ),
    (
        EDITOR,
        &["post", "create", "--account", "acme-ig", "--text", "hi"],
        3,
        "post.create in acme: denied: acme-ig is not assigned to you",
    ),
    (
        EDITOR,
        &["post", "edit", "1", "--text", "mine"],
        3,
        "post.edit in acme: denied: editors edit and delete only their own posts",
    ),
    (
        EDITOR,
        &["post", "delete", "1", "--yes"],
        3,
        "post.delete in acme: denied: editors edit and delete only their own posts",
    ),
    (
        EDITOR,
        &["audit", "list"],
        3,
        "audit.view in acme: denied: only owners and admins read the audit log; you are an editor",
    ),
    (
        EDITOR,
        &["member", "update", "client@brand.test", "--require-2fa"],
        3,
        "member.require_2fa in acme: denied: editors may not require 2FA for other members",
    ),
    // Whom a client may not see is not found, exactly as a stranger is (SPEC §2).
    (
        CLIENT,
        &["member", "show", "admin@acme.test"],
        4,
        "admin@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &["member", "show", "stranger@evil.test"],
        4,
        "stranger@evil.test is not a member of acme",
    ),
    (
        CLIENT,
        &["member", "update", "editor@acme.test", "--require-2fa"],
        4,
        "editor@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &["member", "remove", "admin@acme.test", "--yes"],
        4,
        "admin@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &[
            "account",
            "assign",
            "acme-fb",
            "--member",
            "editor@acme.test",
        ],
        4,
        "editor@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &[
            "account",
            "unassign",
            "acme-fb",
            "--member",
            "editor@acme.test",
        ],
        4,
        "editor@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &[
            "account",
            "reauth",
            "acme-fb",
            "--member",
            "poster@brand.test",
        ],
        4,
        "poster@brand.test is not a member of acme",
    ),
    (
        CLIENT,
        &["invite", "revoke", "waiting@acme.test", "--yes"],
        4,
        "waiting@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &["invite", "resend", "waiting@acme.test"],
        4,
        "waiting@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &["2fa", "reset", "admin@acme.test"],
        4,
        "admin@acme.test is not a member of acme",
    ),
    (
        POSTER,
        &["member", "show", "client@brand.test"],
        4,
        "client@brand.test is not a member of acme",
    ),
    (
        POSTER,
        &["member", "update", "client@brand.test", "--role", "editor"],
        4,
        "client@brand.test is not a member of acme",
    ),
    (
        WAITING,
        &["member", "show", "admin@acme.test"],
        4,
        "admin@acme.test is not a member of acme",
    ),
    (
        CLIENT,
        &["member", "invite", "x@b.test", "--role", "client"],
        3,
        "member.invite in acme: denied: clients may not invite members",
    ),
    (
        CLIENT,
        &[
            "member",
            "update",
            "client@brand.test",
            "--can-manage-posts",
        ],
        3,
        "member.update in acme: denied: nobody changes their own role or flags",
    ),
    (
        CLIENT,
        &[
            "member",
            "update",
            "client@brand.test",
            "--can-add-accounts",
        ],
        3,
        "member.update in acme: denied: nobody changes their own role or flags",
    ),
    (
        CLIENT,
        &["member", "update", "client@brand.test", "--role", "admin"],
        3,
        "member.role in acme: denied: nobody changes their own role",
    ),
    (
        CLIENT,
        &["post", "create", "--account", "acme-fb", "--text", "hi"],
        3,
        "post.create in acme: denied: clients without \"create/edit/delete posts\" are read-only on acme-fb",
    ),
    (
        CLIENT,
        &["post", "edit", "1", "--text", "hi"],
        3,
        "post.edit in acme: denied: clients without \"create/edit/delete posts\" are read-only on acme-fb",
    ),
    (
        CLIENT,
        &["post", "delete", "1", "--yes"],
        3,
        "post.delete in acme: denied: clients without \"create/edit/delete posts\" are read-only on acme-fb",
    ),
    (
        CLIENT,
        &["account", "add", "--provider", "x", "--name", "X"],
        3,
        "account.add in acme: denied: clients without \"add social accounts\" (can_add_accounts) may not add accounts",
    ),
    (
        CLIENT,
        &[
            "account",
            "assign",
            "acme-ig",
            "--member",
            "client@brand.test",
        ],
        3,
        "account.assign in acme: denied: clients may not assign accounts",
    ),
    (
        CLIENT,
        &["account", "remove", "acme-fb", "--yes"],
        3,
        "account.remove in acme: denied: clients without \"add social accounts\" (can_add_accounts) may not remove accounts",
    ),
    (
        CLIENT,
        &["workspace", "rename", "Pwned"],
        3,
        "workspace.rename in acme: denied: only the owner may rename the workspace; you are a client",
    ),
    (
        CLIENT,
        &["workspace", "settings", "--require-2fa", "off"],
        3,
        "workspace.settings in acme: denied: only the owner may change workspace settings; you are a client",
    ),
    (
        CLIENT,
        &["audit", "list"],
        3,
        "audit.view in acme: denied: only owners and admins read the audit log; you are a client",
    ),
    (
        CLIENT,
        &["outbox", "list"],
        3,
        "member.invite in acme: denied: clients may not invite members",
    ),
    (
        CLIENT,
        &["member", "remove", "owner@acme.test", "--yes"],
        3,
        "member.remove in acme: denied: clients may not remove members",
    ),
    (
        POSTER,
        &["account", "remove", "acme-fb", "--yes"],
        3,
        "account.remove in acme: denied: clients with \"add social accounts\" remove only the accounts they added, and acme-fb was added by someone else",
    ),
    (
        POSTER,
        &[
            "member",
            "invite",
            "x@b.test",
            "--role",
            "client",
            "--can-manage-posts",
        ],
        3,
        "member.invite in acme: denied: clients may not invite members",
    ),
    (
        POSTER,
        &[
            "account",
            "assign",
            "acme-ig",
            "--member",
            "poster@brand.test",
        ],
        3,
        "account.assign in acme: denied: clients may not assign accounts",
    ),
    (
        POSTER,
        &["post", "create", "--account", "acme-ig", "--text", "hi"],
        3,
        "post.create in acme: denied: acme-ig is not assigned to you",
    ),
    (
        POSTER,
        &["member", "update", "poster@brand.test", "--role", "editor"],
        3,
        "member.role in acme: denied: nobody changes their own role",
    ),
    (
        GONE,
        &["account", "list"],
        3,
        "account.view in acme: denied: your membership is removed: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        GONE,
        &["member", "list"],
        3,
        "member.list in acme: denied: your membership is removed: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        GONE,
        &["post", "create", "--account", "acme-fb", "--text", "hi"],
        3,
        "post.create in acme: denied: your membership is removed: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        GONE,
        &["member", "invite", "x@b.test", "--role", "editor"],
        3,
        "member.invite in acme: denied: your membership is removed: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        WAITING,
        &["account", "list"],
        3,
        "account.view in acme: denied: your membership is pending: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        WAITING,
        &["member", "list"],
        3,
        "member.list in acme: denied: your membership is pending: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        WAITING,
        &["post", "create", "--account", "acme-fb", "--text", "hi"],
        3,
        "post.create in acme: denied: your membership is pending: until it is active you can do nothing but accept or decline the invitation",
    ),
    (
        STRANGER,
        &["member", "list"],
        4,
        "workspace 'acme' not found",
    ),
    (
        STRANGER,
        &["workspace", "show"],
        4,
        "workspace 'acme' not found",
    ),
    (
        STRANGER,
        &["member", "invite", "x@b.test", "--role", "admin"],
        4,
        "workspace 'acme' not found",
    ),
    (
        STRANGER,
        &[
            "invite",
            "accept",
            "acme",
            "--token",
            "inv_000000000000000000000000000000000000000000000000",
        ],
        4,
        "there is no invitation for stranger@evil.test in 'acme'",
    ),
    (
        OWNER,
        &["member", "remove", "owner@acme.test", "--yes"],
        5,
        "member.remove in acme: refused: the owner cannot be removed",
    ),
    (
        OWNER,
        &["member", "update", "owner@acme.test", "--role", "admin"],
        5,
        "member.role in acme: refused: the owner cannot be demoted: a workspace always has exactly one owner",
    ),
    (
        OWNER,
        &["member", "leave", "--yes"],
        5,
        "workspace.leave in acme: refused: the owner cannot leave the workspace",
    ),
    (
        OWNER,
        &["workspace", "transfer", "editor@acme.test", "--yes"],
        5,
        "workspace.transfer in acme: refused: ownership goes to an active admin, and editor@acme.test is editor (active)",
    ),
    (
        OWNER,
        &["workspace", "transfer", "client@brand.test", "--yes"],
        5,
        "workspace.transfer in acme: refused: ownership goes to an active admin, and client@brand.test is client (active)",
    ),
    (
        OWNER,
        &["member", "invite", "owner@acme.test", "--role", "admin"],
        3,
        "member.invite in acme: denied: nobody changes their own role or flags",
    ),
    (
        OWNER,
        &["member", "update", "client@brand.test", "--role", "owner"],
        2,
        "invalid value 'owner' for '--role <ROLE>'",
    ),
    (
        ADMIN,
        &["member", "invite", "owner@acme.test", "--role", "editor"],
        5,
        "owner@acme.test is already an active member of acme (owner)",
    ),
    (
        ADMIN,
        &["member", "invite", "--from", "CSV:c1.csv"],
        3,
        "nothing was written",
    ),
    (
        ADMIN,
        &["member", "invite", "--from", "CSV:c2.csv"],
        3,
        "nothing was written",
    ),
    (
        ADMIN,
        &["member", "invite", "--from", "CSV:c3.csv"],
        3,
        "nothing was written",
    ),
    (
        ADMIN,
        &["member", "invite", "--from", "CSV:c6.csv"],
        5,
        "nothing was written",
    ),
    (
        EDITOR,
        &["member", "invite", "--from", "CSV:c1.csv"],
        3,
        "nothing was written",
    ),
    (
        CLIENT,
        &["member", "invite", "--from", "CSV:c1.csv"],
        3,
        "nothing was written",
    ),
    (
        POSTER,
        &["member", "invite", "--from", "CSV:c1.csv"],
        3,
        "nothing was written",
    ),
    (
        OWNER,
        &["member", "invite", "--from", "CSV:c5.csv"],
        3,
        "nothing was written",
    ),
    (
        GONE,
        &["member", "invite", "--from", "CSV:c1.csv"],
        3,
        "nothing was written",
    ),
];

#[test]
fn every_escalation_is_denied_and_changes_nothing() {
    assert!(CATALOGUE.len() >= 60, "{} attempts", CATALOGUE.len());
    let env = house();
    let before = env.dump();
    let mut failures = Vec::new();
    for (who, args, code, needle) in CATALOGUE {
        let args: Vec<String> = std::iter::once("-w".to_string())
            .chain(std::iter::once(WS.to_string()))
            .chain(args.iter().map(|a| match a.strip_prefix("CSV:") {
                Some(f) => env.dir.path().join(f).display().to_string(),
                None => a.to_string(),
            }))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = env.as_(who, &args);
        if r.code != *code || !r.stderr.contains(needle) {
            failures.push(format!(
                "{who} `{}`: expected {code} with {needle:?}, got {}: {}",
                args.join(" "),
                r.code,
                r.stderr.lines().next().unwrap_or_default()
            ));
        }
        if env.dump() != before {
            panic!("{who} `{}` changed the database", args.join(" "));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_denied_batch_reports_the_rule_for_its_row() {
    let env = house();
    let f = env.dir.path().join("c1.csv");
    let r = env
        .as_(ADMIN, &["member", "invite", "--from", f.to_str().unwrap()])
        .code(3);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains("admins may invite editors only, not clients"),
        "{all}"
    );
}

// ---------------------------------------------------------------------------------------------
// Issue 20: nobody approves text they wrote or changed, whatever the stage.

/// `post ARGS... --json` as `who` in acme, which must succeed; the post's JSON.
#[track_caller]
fn post(env: &TestEnv, who: &str, args: &[&str]) -> serde_json::Value {
    let mut a = vec!["-w", WS, "post"];
    a.extend_from_slice(args);
    a.push("--json");
    env.as_(who, &a).ok().json()
}

/// (state, stage) of a post's JSON.
fn state(p: &serde_json::Value) -> (String, String) {
    (
        p["state"].as_str().unwrap_or("-").to_string(),
        p["stage"].as_str().unwrap_or("-").to_string(),
    )
}

fn pair(state: &str, stage: &str) -> (String, String) {
    (state.to_string(), stage.to_string())
}

/// How many approval requests for post `id` were mailed to `who`.
fn asked(env: &TestEnv, who: &str, id: i64) -> i64 {
    let subject = format!("Post {id} on %waits for your approval%");
    crate::fixtures::count(
        env,
        "SELECT count(*) FROM outbox WHERE recipient = ?1 AND subject LIKE ?2",
        [who, subject.as_str()],
    )
}

/// The editor's post on acme-fb (posting `mode`), submitted: its id.
fn editors_post(env: &TestEnv, mode: &str) -> i64 {
    env.as_(
        OWNER,
        &[
            "-w",
            WS,
            "account",
            "assign",
            "acme-fb",
            "--member",
            EDITOR,
            "--posting",
            mode,
        ],
    )
    .ok();
    let p = post(
        env,
        EDITOR,
        &["create", "--account", "acme-fb", "--text", "Black Friday"],
    );
    p["id"].as_i64().expect("an id")
}

/// The case: a client who may post and approves on acme-fb edits an editor's post
/// waiting in the client stage. The edit sends it back to the start of its approval, the other
/// approving client is asked, and the editing client cannot approve (nor decline) it.
#[test]
fn a_client_cannot_approve_a_post_they_edited() {
    let env = house();
    let id = editors_post(&env, "full");
    let n = id.to_string();
    assert_eq!(
        state(&post(&env, CLIENT, &["show", &n])),
        pair("pending_approval", "client")
    );
    assert_eq!(asked(&env, CLIENT, id), 1);
    let p = post(
        &env,
        POSTER,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    assert_eq!(state(&p), pair("pending_approval", "client"));
    // The other approving client is asked again; the editing client is not asked at all.
    assert_eq!(asked(&env, CLIENT, id), 2);
    assert_eq!(asked(&env, POSTER, id), 1);
    for verb in [
        vec!["post", "approve", n.as_str()],
        vec!["post", "decline", n.as_str(), "--note", "no"],
    ] {
        let args: Vec<&str> = ["-w", WS].into_iter().chain(verb).collect();
        let r = refused(
            &env,
            POSTER,
            &args,
            3,
            "post.approve in acme: denied: nobody approves text they wrote or changed: you edited this post, so another approver of this stage must",
        );
        assert!(r.stderr.starts_with("error: post.approve"), "{}", r.stderr);
    }
    // `can` gives the same answer, and the post does not wait on them.
    env.as_(POSTER, &["-w", WS, "can", "post.approve", "--post", &n])
        .code(3)
        .stdout_has("nobody approves text they wrote or changed");
    assert_eq!(
        post(&env, POSTER, &["list", "--waiting-on-me"]),
        serde_json::json!([])
    );
    assert_eq!(
        post(&env, CLIENT, &["list", "--waiting-on-me"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let p = post(&env, CLIENT, &["approve", &n]);
    assert_eq!(state(&p), pair("scheduled", "-"));
}

/// Once the client has changed the text, the author's own edits after it do not make it theirs
/// to approve: it still holds what they changed.
#[test]
fn a_later_edit_by_someone_else_does_not_clear_the_change() {
    let env = house();
    let id = editors_post(&env, "full");
    let n = id.to_string();
    post(
        &env,
        POSTER,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    post(
        &env,
        EDITOR,
        &["edit", &n, "--text", "Black Friday: 90% off!"],
    );
    refused(
        &env,
        POSTER,
        &["-w", WS, "post", "approve", &n],
        3,
        "nobody approves text they wrote or changed",
    );
}

/// The internal stage: an admin who edited an editor's post cannot approve it (the owner
/// can), and the owner who edited it cannot either (the admin can).
#[test]
fn whoever_edited_a_post_cannot_approve_its_internal_stage() {
    for (editing, other) in [(ADMIN, OWNER), (OWNER, ADMIN)] {
        let env = house();
        let id = editors_post(&env, "review");
        let n = id.to_string();
        let p = post(
            &env,
            editing,
            &["edit", &n, "--text", "Black Friday: 90% off"],
        );
        assert_eq!(state(&p), pair("pending_approval", "internal"), "{editing}");
        assert_eq!(asked(&env, editing, id), 1, "{editing} is not asked again");
        assert_eq!(asked(&env, other, id), 2, "{other} is asked again");
        refused(
            &env,
            editing,
            &["-w", WS, "post", "approve", &n],
            3,
            "post.approve in acme: denied: nobody approves text they wrote or changed",
        );
        let p = post(&env, other, &["approve", &n]);
        assert_eq!(state(&p), pair("pending_approval", "client"), "{editing}");
    }
}

/// An approver who edits a post that had passed a stage sends it back to the start: the owner
/// edits a post the admin approved, and the internal stage is asked again, of the admin.
#[test]
fn an_edit_by_an_approver_sends_the_post_back_to_the_start() {
    let env = house();
    let id = editors_post(&env, "review");
    let n = id.to_string();
    assert_eq!(
        state(&post(&env, ADMIN, &["approve", &n])),
        pair("pending_approval", "client")
    );
    let p = post(
        &env,
        OWNER,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    assert_eq!(state(&p), pair("pending_approval", "internal"));
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "approve", &n],
        3,
        "nobody approves text they wrote or changed",
    );
    assert_eq!(
        state(&post(&env, ADMIN, &["approve", &n])),
        pair("pending_approval", "client")
    );
}

/// A stage every approver of which wrote or changed the text is skipped, as a client's own
/// post skips the client stage when they are its only approver: here the only approving
/// client edits an editor's post, and nobody else's approval is wanted.
#[test]
fn a_stage_left_without_an_approver_is_skipped() {
    let env = house();
    env.as_(
        OWNER,
        &[
            "-w",
            WS,
            "account",
            "assign",
            "acme-fb",
            "--member",
            CLIENT,
            "--approve=false",
        ],
    )
    .ok();
    let id = editors_post(&env, "full");
    let n = id.to_string();
    let p = post(
        &env,
        POSTER,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    assert_eq!(state(&p), pair("scheduled", "-"));
    assert_eq!(asked(&env, POSTER, id), 1, "asked once, before the edit");
}

/// The skip above holds only while the current text is the approver's: once the author edits
/// after them, the stage comes back and waits (the rewrite was approved by nobody), and the
/// approver who once changed the text still may not approve it. Client stage: the only
/// approving client fixes the editor's post (scheduled, as above), then the editor rewrites it.
#[test]
fn an_authors_edit_after_the_only_approvers_brings_the_stage_back() {
    let env = house();
    env.as_(
        OWNER,
        &[
            "-w",
            WS,
            "account",
            "assign",
            "acme-fb",
            "--member",
            CLIENT,
            "--approve=false",
        ],
    )
    .ok();
    let id = editors_post(&env, "full");
    let n = id.to_string();
    let p = post(
        &env,
        POSTER,
        &["edit", &n, "--text", "Black Friday: 50% off"],
    );
    assert_eq!(state(&p), pair("scheduled", "-"));
    let p = post(
        &env,
        EDITOR,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    assert_eq!(state(&p), pair("pending_approval", "client"));
    let before = env.dump();
    refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "publish", &n],
        5,
        "it is pending approval",
    );
    refused(
        &env,
        POSTER,
        &["-w", WS, "post", "approve", &n],
        3,
        "nobody approves text they wrote or changed",
    );
    assert_eq!(env.dump(), before);
}

/// The same at the internal stage: an editor whose posts need review, no admin on the account;
/// the owner fixes a typo (the owner's text needs no internal approval), then the editor
/// rewrites it: the internal stage is back, and the owner, who changed the text, may not
/// approve it.
#[test]
fn an_editors_rewrite_after_the_owners_fix_needs_the_internal_stage_again() {
    let env = house();
    for admin in [ADMIN, ADD_ADMIN] {
        env.as_(
            OWNER,
            &[
                "-w", WS, "account", "unassign", "acme-fb", "--member", admin, "--yes",
            ],
        )
        .ok();
    }
    let id = editors_post(&env, "review");
    let n = id.to_string();
    assert_eq!(
        state(&post(&env, OWNER, &["show", &n])),
        pair("pending_approval", "internal")
    );
    let p = post(&env, OWNER, &["edit", &n, "--text", "Black Friday!"]);
    assert_eq!(state(&p), pair("pending_approval", "client"));
    let p = post(
        &env,
        EDITOR,
        &["edit", &n, "--text", "Black Friday: 90% off"],
    );
    assert_eq!(state(&p), pair("pending_approval", "internal"));
    let before = env.dump();
    refused(
        &env,
        OWNER,
        &["-w", WS, "post", "approve", &n],
        3,
        "nobody approves text they wrote or changed",
    );
    refused(
        &env,
        EDITOR,
        &["-w", WS, "post", "publish", &n],
        5,
        "it is pending approval",
    );
    assert_eq!(env.dump(), before);
}

// ---------------------------------------------------------------------------------------------
// Issue 20: no command tells members from non-members to whoever may not see them.

/// Run `args` (with `{}` standing for the email) as `who`, for a member they may not see and
/// for a stranger: the same exit code, and the same stdout and stderr but for the email, in
/// text and in JSON; nothing changed.
#[track_caller]
fn same_as_a_stranger(env: &TestEnv, who: &str, member: &str, args: &[&str]) {
    let stranger = "nobody-here@evil.test";
    let before = env.dump();
    for json in [false, true] {
        let run = |email: &str| {
            let mut a: Vec<String> = vec!["-w".into(), WS.into()];
            a.extend(args.iter().map(|x| x.replace("{}", email)));
            if json {
                a.push("--json".into());
            }
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let r = env.as_(who, &a);
            (
                r.code,
                r.stdout.replace(email, "EMAIL"),
                r.stderr.replace(email, "EMAIL"),
            )
        };
        let (m, s) = (run(member), run(stranger));
        assert_eq!(
            m,
            s,
            "{who} `{}` tells {member} from a stranger",
            args.join(" ")
        );
        assert_eq!(m.0, 4, "{who} `{}`: {}", args.join(" "), m.2);
    }
    assert_eq!(
        env.dump(),
        before,
        "{who} `{}` changed something",
        args.join(" ")
    );
}

#[test]
fn a_client_cannot_tell_members_from_strangers() {
    let env = house();
    let plan = |name: &str, mode: &str| {
        let path = env.dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "[workspace]\nslug = \"acme\"\nname = \"Acme Agency\"\nowner = \"owner@acme.test\"\n\
                 mode = \"{mode}\"\n\n[[members]]\nemail = \"{{}}\"\nrole = \"editor\"\n"
            ),
        )
        .unwrap();
        path.display().to_string()
    };
    let additive = plan("additive.toml", "additive");
    let commands: &[&[&str]] = &[
        &["member", "show", "{}"],
        &["can", "member.update", "--member", "{}"],
        &[
            "can",
            "account.assign",
            "--member",
            "{}",
            "--account",
            "acme-fb",
        ],
        &["can", "--list", "--member", "{}"],
        &["member", "update", "{}", "--require-2fa"],
        &["member", "remove", "{}", "--yes"],
        &["account", "assign", "acme-fb", "--member", "{}"],
        &["account", "unassign", "acme-fb", "--member", "{}"],
        &["account", "reauth", "acme-fb", "--member", "{}"],
        &["invite", "revoke", "{}", "--yes"],
        &["invite", "resend", "{}", "--no-email"],
        &["2fa", "reset", "{}"],
    ];
    for who in [CLIENT, POSTER] {
        for member in [ADMIN, EDITOR, WAITING, GONE] {
            for args in commands {
                same_as_a_stranger(&env, who, member, args);
            }
        }
    }
    // The other client too, and a pending member about anyone.
    same_as_a_stranger(&env, CLIENT, POSTER, &["member", "show", "{}"]);
    same_as_a_stranger(&env, POSTER, CLIENT, &["can", "--list", "--member", "{}"]);
    same_as_a_stranger(&env, WAITING, ADMIN, &["member", "show", "{}"]);
    // A plan names a member the client cannot see as it names a stranger; its templated
    // file has the email in place of `{}` (the plan itself exits 0 with a denied change).
    for member in [ADMIN, EDITOR] {
        let text = std::fs::read_to_string(&additive).unwrap();
        let run = |email: &str| {
            let f = env.dir.path().join("named.toml");
            std::fs::write(&f, text.replace("{}", email)).unwrap();
            let r = env.as_(CLIENT, &["-w", WS, "config", "plan", f.to_str().unwrap()]);
            (
                r.code,
                r.stdout.replace(email, "EMAIL"),
                r.stderr.replace(email, "EMAIL"),
            )
        };
        assert_eq!(run(member), run("nobody-here@evil.test"), "{member}");
    }
    // Exact mode lists for removal only the members the client can see (none it may remove).
    let exact = plan("exact.toml", "exact");
    let text = std::fs::read_to_string(&exact)
        .unwrap()
        .replace("{}", "nobody-here@evil.test");
    std::fs::write(&exact, text).unwrap();
    let r = env.as_(CLIENT, &["-w", WS, "config", "plan", &exact]);
    for hidden in [ADMIN, EDITOR, POSTER, WAITING] {
        assert!(!r.stdout.contains(hidden), "{hidden} in\n{}", r.stdout);
    }
    // Whom a client may see answers as before: the owner and themselves.
    env.as_(CLIENT, &["-w", WS, "member", "show", OWNER]).ok();
    env.as_(CLIENT, &["-w", WS, "member", "show", CLIENT]).ok();
    env.as_(
        CLIENT,
        &["-w", WS, "can", "member.update", "--member", OWNER],
    )
    .code(3)
    .stdout_has("clients may not update members");
}

/// `config plan` shows a client nothing of an account they may not see: an account of the
/// workspace not assigned to them is planned exactly as one that does not exist (the same
/// output but for the slug), with none of its provider or name, in text and JSON, and exact
/// mode lists no hidden account for removal.
#[test]
fn a_plan_shows_no_account_its_reader_may_not_see() {
    let env = house();
    let plan = |slug: &str, json: bool| {
        let cfg = env.dir.path().join(format!("{slug}.toml"));
        std::fs::write(
            &cfg,
            format!(
                "[workspace]\nslug = \"acme\"\nname = \"Acme Agency\"\nowner = \"{OWNER}\"\nmode = \"exact\"\n\n[[accounts]]\nslug = \"{slug}\"\nprovider = \"x\"\nname = \"Guess\"\n"
            ),
        )
        .unwrap();
        let mut args = vec!["-w", WS, "config", "plan", cfg.to_str().unwrap()];
        if json {
            args.push("--json");
        }
        let r = env.as_(CLIENT, &args);
        (
            r.code,
            r.stdout
                .replace(slug, "SLUG")
                .replace(cfg.to_str().unwrap(), "FILE"),
            r.stderr
                .replace(slug, "SLUG")
                .replace(cfg.to_str().unwrap(), "FILE"),
        )
    };
    let before = env.dump();
    for json in [false, true] {
        let hidden = plan("acme-ig", json);
        assert_eq!(hidden, plan("zz-nowhere", json), "json: {json}");
        assert!(
            !hidden.1.contains("Acme Instagram") && !hidden.1.contains("instagram"),
            "{}",
            hidden.1
        );
    }
    assert_eq!(env.dump(), before);
}
